# cmake -DSTAGE=<linked page> -DSHELL_DIR=<shell/> -DPAGES_DIR=<web/> -DLANGUAGES_DIR=<language files>
#       -DSITE=<out> -DPYTHON=<python3> -P VersionSite.cmake
#
# Writes the deployable site: the scripts index.html names (index.js from the link, the rest from
# shell/) go inline into it; the style sheet and index.wasm get a short content hash in their names
# (index.3f9a2c41d0.wasm), and the references are rewritten to match (index.wasm's deferred part
# takes the wasm's hash: index-deferred.<hash>.wasm); so does the file of each
# interface language the program does not ship (icc-lang-pl.json), which index.html then names in a
# <link rel="icc-language" hreflang="pl"> for shell/icc-shell.js to fetch. index.html keeps its name: it
# is the one file served with "no-cache" (README, "Deploying"). The static pages beside the tool
# (each folder of web/: the embed demo, the accessibility statement) are copied as they are. Files of
# earlier builds are removed.
cmake_minimum_required(VERSION 3.21)  # file(COPY_FILE)

include("${CMAKE_CURRENT_LIST_DIR}/InlineCode.cmake")

# An empty folder argument would make the globs below walk the root of the filesystem.
foreach(required STAGE SHELL_DIR PAGES_DIR LANGUAGES_DIR SITE)
  if("${${required}}" STREQUAL "")
    message(FATAL_ERROR "VersionSite.cmake: -D${required}=<folder> is required")
  endif()
endforeach()

# name.ext -> name.<first 10 hex digits of the SHA-256 of content>.ext
function(versioned_name name content out)
  string(SHA256 hash "${content}")
  string(SUBSTRING "${hash}" 0 10 hash)
  string(REGEX REPLACE "^(.*)\\.([a-z]+)$" "\\1.${hash}.\\2" versioned "${name}")
  set(${out} "${versioned}" PARENT_SCOPE)
endfunction()

file(MAKE_DIRECTORY "${SITE}")
set(written index.html)

# The wasm first: index.js names it, so its hash goes into index.js (and so into index.js's hash).
# Its deferred part (cmake/SplitWasm.cmake; not there yet for the split's own profile run) is found
# by the loader beside it, as index-deferred.<hash>.wasm (shell/icc-shell.js): one hash covers
# both, as they only work together.
file(READ "${STAGE}/index.wasm" wasm_content HEX)
set(deferred_content "")
if(EXISTS "${STAGE}/index.deferred.wasm")
  file(READ "${STAGE}/index.deferred.wasm" deferred_content HEX)
endif()
string(SHA256 wasm_hash "${wasm_content}${deferred_content}")
string(SUBSTRING "${wasm_hash}" 0 10 wasm_hash)
set(wasm_name "index.${wasm_hash}.wasm")
file(COPY_FILE "${STAGE}/index.wasm" "${SITE}/${wasm_name}" ONLY_IF_DIFFERENT)
list(APPEND written "${wasm_name}")
if(EXISTS "${STAGE}/index.deferred.wasm")
  file(COPY_FILE "${STAGE}/index.deferred.wasm" "${SITE}/index-deferred.${wasm_hash}.wasm" ONLY_IF_DIFFERENT)
  list(APPEND written "index-deferred.${wasm_hash}.wasm")
endif()

file(READ "${STAGE}/index.html" html)
set(preload "<link rel=\"preload\" href=\"index.wasm\"")
replace_in_page(html "${preload}" "<link rel=\"preload\" href=\"${wasm_name}\""
                "index.html has no ${preload}: the wasm would be fetched only after the scripts")
# The page's scripts are one inline script at the end of the page, run in the order of their tags
# (index.js, the Emscripten loader, last), allowed by its hash in the page's Content-Security-Policy
# in place of 'self'. Each request of its own cost a cold load about 25 ms before the wasm arrived,
# and inline they run (and start the wasm's compile) while the wasm is still arriving
# (BENCHMARKS.md, eighth round).
function(page_file_content name out)
  if(EXISTS "${STAGE}/${name}")
    file(READ "${STAGE}/${name}" content)
  elseif(EXISTS "${SHELL_DIR}/${name}")
    file(READ "${SHELL_DIR}/${name}" content)
  else()
    message(FATAL_ERROR "index.html names ${name}, which is neither linked nor in ${SHELL_DIR}")
  endif()
  set(${out} "${content}" PARENT_SCOPE)
endfunction()
string(REGEX MATCHALL "<script[^>]* src=\"[A-Za-z0-9_.-]+\\.js\"></script>\n" script_tags "${html}")
set(scripts "")
set(index_js_named FALSE)
foreach(tag IN LISTS script_tags)
  string(REGEX REPLACE "^.* src=\"([A-Za-z0-9_.-]+)\"></script>\n$" "\\1" name "${tag}")
  page_file_content("${name}" content)
  if(name STREQUAL "index.js")
    string(FIND "${content}" "\"index.wasm\"" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "index.js does not name \"index.wasm\": the Emscripten loader changed")
    endif()
    string(REPLACE "\"index.wasm\"" "\"${wasm_name}\"" content "${content}")
    set(index_js_named TRUE)
  endif()
  check_inlinable("${name}" "${content}" "</script")
  # A script that ends without a semicolon or newline must not run into the next one.
  string(APPEND scripts "${content}\n;\n")
  string(REPLACE "${tag}" "" html "${html}")
endforeach()
if(NOT index_js_named)
  message(FATAL_ERROR "index.html does not load index.js")
endif()
string(REPLACE "</body>" "<script>${scripts}</script>\n</body>" html "${html}")
csp_hash("${scripts}" scripts_hash)
replace_in_page(html "script-src 'self' " "script-src ${scripts_hash} "
                "index.html's Content-Security-Policy has no script-src 'self'")

string(REGEX MATCHALL "href=\"[A-Za-z0-9_.-]+\\.css\"" references "${html}")
foreach(reference IN LISTS references)
  string(REGEX REPLACE "^href=\"(.*)\"$" "\\1" name "${reference}")
  page_file_content("${name}" content)
  versioned_name("${name}" "${content}" versioned)
  if(NOT EXISTS "${SITE}/${versioned}")
    file(WRITE "${SITE}/${versioned}" "${content}")
  endif()
  string(REPLACE "href=\"${name}\"" "href=\"${versioned}\"" html "${html}")
  list(APPEND written "${versioned}")
endforeach()
file(GLOB language_files "${LANGUAGES_DIR}/icc-lang-*.json")
set(language_links "")
foreach(path IN LISTS language_files)
  get_filename_component(name "${path}" NAME)
  string(REGEX REPLACE "^icc-lang-(.*)\\.json$" "\\1" language "${name}")
  file(READ "${path}" content)
  versioned_name("${name}" "${content}" versioned)
  file(COPY_FILE "${path}" "${SITE}/${versioned}" ONLY_IF_DIFFERENT)
  string(APPEND language_links "<link rel=\"icc-language\" hreflang=\"${language}\" href=\"${versioned}\">\n")
  list(APPEND written "${versioned}")
endforeach()
string(REPLACE "</head>" "${language_links}</head>" html "${html}")
file(WRITE "${SITE}/index.html" "${html}")

# The static pages: the embed demo (README, "Embedding"), the accessibility statement.
file(GLOB pages RELATIVE "${PAGES_DIR}" LIST_DIRECTORIES true "${PAGES_DIR}/*")
foreach(page IN LISTS pages)
  if(IS_DIRECTORY "${PAGES_DIR}/${page}")
    file(REMOVE_RECURSE "${SITE}/${page}")
    file(COPY "${PAGES_DIR}/${page}/" DESTINATION "${SITE}/${page}")
    list(APPEND written "${page}")
  endif()
endforeach()

# Whatever an earlier build left (old versions, the unversioned names of older builds), but the
# precompressed copies of this build's files (scripts/precompress.mjs brings them up to date).
file(GLOB present RELATIVE "${SITE}" "${SITE}/*")
foreach(entry IN LISTS present)
  string(REGEX REPLACE "\\.(gz|br)$" "" original "${entry}")
  if(NOT original IN_LIST written)
    file(REMOVE_RECURSE "${SITE}/${entry}")
  endif()
endforeach()
