# cmake -DINPUT=<linked single-file page> -DSHELL_DIR=<shell/> -DSTATEMENT=<accessibility statement page>
#       -DLANGUAGES_DIR=<language files> -DOUTPUT=<file> -DPYTHON=<python3> -P InlineSingleFile.cmake
#
# Makes the single-file build self-contained: the page's own scripts and style sheet (shell/) are
# put inline beside the script Emscripten inlined (which holds the wasm as base64), and the
# accessibility statement (a page of its own on the site) becomes a section of the page that its
# link shows (icc.css: #accessibility-statement:target). The file of each interface language the
# program does not ship, which the site fetches, is a data block here (<script type="application/json"
# data-icc-language="pl">, never run) that shell/icc-shell.js reads instead. Inline code is
# allowed by its hash (cmake/InlineCode.cmake): the policy is rewritten to allow exactly these
# scripts and this style and nothing from anywhere else. The only "connection" left is the loader
# reading its own embedded wasm from a data: URL.
cmake_minimum_required(VERSION 3.20)

include("${CMAKE_CURRENT_LIST_DIR}/InlineCode.cmake")

file(READ "${INPUT}" html)
set(script_hashes "")
set(style_hashes "")

# Emscripten's inline script: "<script>\n" + the loader and runtime (wasm inside) + "\n</script>".
string(FIND "${html}" "<script>\n" start)
string(FIND "${html}" "\n</script>" end REVERSE)
if(start EQUAL -1 OR end LESS start)
  message(FATAL_ERROR "${INPUT} has no inline script: was it linked with -sSINGLE_FILE=1?")
endif()
math(EXPR content_start "${start} + 8")
math(EXPR content_length "${end} + 1 - ${content_start}")
string(SUBSTRING "${html}" ${content_start} ${content_length} runtime)
check_inlinable("the Emscripten runtime" "${runtime}" "</script")
csp_hash("${runtime}" hash)
list(APPEND script_hashes "${hash}")

# The wasm and the scripts are inline: nothing to preload (the comment before the line goes too).
string(REGEX REPLACE "<!-- The wasm is fetched from the start[^>]*-->\n(<link rel=\"preload\"[^>]*>\n)+" "" html "${html}")
if(html MATCHES "rel=\"preload\"")
  message(FATAL_ERROR "${INPUT} still preloads a file: the single file must load nothing")
endif()

# The page's own files, referenced by name in shell/index.html.
string(REGEX MATCHALL "<script src=\"[A-Za-z0-9_.-]+\\.js\"></script>" scripts "${html}")
foreach(tag IN LISTS scripts)
  string(REGEX REPLACE "^<script src=\"(.*)\"></script>$" "\\1" name "${tag}")
  file(READ "${SHELL_DIR}/${name}" content)
  check_inlinable("${name}" "${content}" "</script")
  csp_hash("${content}" hash)
  list(APPEND script_hashes "${hash}")
  string(REPLACE "${tag}" "<script>${content}</script>" html "${html}")
endforeach()
string(REGEX MATCHALL "<link rel=\"stylesheet\" href=\"[A-Za-z0-9_.-]+\\.css\">" sheets "${html}")
foreach(tag IN LISTS sheets)
  string(REGEX REPLACE "^<link rel=\"stylesheet\" href=\"(.*)\">$" "\\1" name "${tag}")
  file(READ "${SHELL_DIR}/${name}" content)
  check_inlinable("${name}" "${content}" "</style")
  csp_hash("${content}" hash)
  list(APPEND style_hashes "${hash}")
  string(REPLACE "${tag}" "<style>${content}</style>" html "${html}")
endforeach()

file(GLOB language_files "${LANGUAGES_DIR}/icc-lang-*.json")
if(NOT language_files)
  message(FATAL_ERROR "no language files in ${LANGUAGES_DIR}")
endif()
set(language_blocks "")
foreach(path IN LISTS language_files)
  get_filename_component(name "${path}" NAME)
  string(REGEX REPLACE "^icc-lang-(.*)\\.json$" "\\1" language "${name}")
  file(READ "${path}" content)
  check_inlinable("${name}" "${content}" "</")
  string(APPEND language_blocks "<script type=\"application/json\" data-icc-language=\"${language}\">${content}</script>\n")
endforeach()
string(REPLACE "</head>" "${language_blocks}</head>" html "${html}")

# The accessibility statement: its body, with its landmarks made plain (the tool's mirror has the
# page's main landmark) and its link back to the tool closing it.
file(READ "${STATEMENT}" statement)
string(FIND "${statement}" "<body>\n" start)
string(FIND "${statement}" "</body>" end)
if(start EQUAL -1 OR end LESS start)
  message(FATAL_ERROR "${STATEMENT} has no <body>")
endif()
math(EXPR start "${start} + 7")
math(EXPR length "${end} - ${start}")
string(SUBSTRING "${statement}" ${start} ${length} statement)
string(REGEX REPLACE "</?(header|main)>" "" statement "${statement}")
# The links to the statement in other languages: pages of the site that the single file lacks.
string(REGEX REPLACE "  <p class=\"languages\">[^\n]*</p>\n" "" statement "${statement}")
string(REPLACE "href=\"../\"" "href=\"#\"" statement "${statement}")
# Every link to it (the skip link, the one for visitors without JavaScript) leads to the section.
replace_in_page(html "href=\"accessibility/\"" "href=\"#accessibility-statement\""
                "${INPUT} has no link to accessibility/")
string(REPLACE "<h1>" "<h1 id=\"accessibility-statement-title\">" statement "${statement}")
string(REPLACE "</body>" "<section id=\"accessibility-statement\" aria-labelledby=\"accessibility-statement-title\">\n${statement}</section>\n</body>" html "${html}")

# The policy: nothing from anywhere (the file has no origin of its own to trust), except exactly
# the code above, wasm compilation, images from data:/blob: (the favicon, downloads) and the
# loader's read of its own embedded wasm (a data: URL).
list(JOIN script_hashes " " script_sources)
list(JOIN style_hashes " " style_sources)
set(policy "default-src 'none'; script-src ${script_sources} 'wasm-unsafe-eval'; style-src ${style_sources}; img-src data: blob:; connect-src data:; object-src 'none'; base-uri 'none'; form-action 'none'")
string(REGEX MATCH "<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*\">" meta "${html}")
if(NOT meta)
  message(FATAL_ERROR "${INPUT} has no Content-Security-Policy meta element")
endif()
string(REPLACE "${meta}" "<meta http-equiv=\"Content-Security-Policy\" content=\"${policy}\">" html "${html}")

file(WRITE "${OUTPUT}" "${html}")
