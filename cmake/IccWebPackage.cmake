# The web deliverables, made from what icc_web and icc_web_single link into build/web/stage/
# (included from src/app/CMakeLists.txt):
#  - build/web/site/: index.html with content-hashed names for its scripts, wasm and style sheet, so
#    a new release is never mixed with cached files of an old one; plus the static pages in web/*/
#    (the embed demo, the accessibility statement).
#    Beside each file a server would compress, a .gz and a .br copy (scripts/precompress.mjs).
#  - build/web/single/icc-index.html: the whole tool in one file, its CSP allowing exactly its own
#    inline script and style by hash.
file(GLOB ICC_SHELL_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/shell/*.js" "${PROJECT_SOURCE_DIR}/shell/*.css")
file(GLOB ICC_PAGE_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/web/*/*")

# Node runs Emscripten already; it also writes the precompressed copies.
find_program(ICC_NODE NAMES node nodejs REQUIRED)

# The page's own scripts ship without their comments and spaces (scripts/minify_page_scripts.mjs,
# through Emscripten's JavaScript optimizer): 6.6 KB less gzip. Both deliverables take them from here.
set(ICC_SHELL_STAGE "${CMAKE_BINARY_DIR}/stage/shell")
set(ICC_STAGED_SHELL_FILES "")
foreach(file IN LISTS ICC_SHELL_FILES)
  get_filename_component(name "${file}" NAME)
  list(APPEND ICC_STAGED_SHELL_FILES "${ICC_SHELL_STAGE}/${name}")
endforeach()
set(ICC_JS_OPTIMIZER "$ENV{EMSCRIPTEN_ROOT}/tools/acorn-optimizer.js")
add_custom_command(
  OUTPUT ${ICC_STAGED_SHELL_FILES}
  COMMAND ${CMAKE_COMMAND} -E env "NODE_PATH=${ICC_EMSCRIPTEN_NODE_PATH}"
          "${ICC_NODE}" "${PROJECT_SOURCE_DIR}/scripts/minify_page_scripts.mjs" "${ICC_JS_OPTIMIZER}"
          "${ICC_SHELL_STAGE}" ${ICC_SHELL_FILES}
  DEPENDS ${ICC_SHELL_FILES} "${PROJECT_SOURCE_DIR}/scripts/minify_page_scripts.mjs"
  COMMENT "Minifying the page's scripts"
  VERBATIM)
# Several targets use these files and the language files: each is made by its own target, which the
# others wait for (a custom command shared by two targets would run in both at once, one of them
# reading files the other is still writing).
add_custom_target(icc_page_scripts DEPENDS ${ICC_STAGED_SHELL_FILES})

# The site's wasm in two parts (cmake/SplitWasm.cmake): what the questionnaire needs, and the rest.
find_program(ICC_WASM_SPLIT wasm-split REQUIRED)
set(ICC_SPLIT_DIR "${CMAKE_BINARY_DIR}/stage/split")
add_custom_command(
  OUTPUT "${ICC_SPLIT_DIR}/index.wasm" "${ICC_SPLIT_DIR}/index.deferred.wasm"
  COMMAND ${CMAKE_COMMAND} "-DSTAGE=${CMAKE_BINARY_DIR}/stage/site" "-DSHELL_DIR=${ICC_SHELL_STAGE}"
          "-DPAGES_DIR=${PROJECT_SOURCE_DIR}/web" "-DLANGUAGES_DIR=${ICC_LANGUAGE_FILES_DIR}"
          "-DOUT=${ICC_SPLIT_DIR}" "-DNODE=${ICC_NODE}" "-DWASM_SPLIT=${ICC_WASM_SPLIT}"
          "-DPROFILE_SCRIPT=${PROJECT_SOURCE_DIR}/scripts/wasm_split_profile.mjs" "-DPYTHON=${Python3_EXECUTABLE}"
          -P "${PROJECT_SOURCE_DIR}/cmake/SplitWasm.cmake"
  DEPENDS icc_web "$<TARGET_FILE:icc_web>" ${ICC_STAGED_SHELL_FILES} ${ICC_PAGE_FILES} ${ICC_LANGUAGE_FILES}
          "${PROJECT_SOURCE_DIR}/cmake/SplitWasm.cmake" "${PROJECT_SOURCE_DIR}/cmake/VersionSite.cmake" "${PROJECT_SOURCE_DIR}/cmake/InlineCode.cmake"
          "${PROJECT_SOURCE_DIR}/scripts/wasm_split_profile.mjs"
  COMMENT "Splitting the site's wasm (a profile run in headless Chromium, then wasm-split)"
  VERBATIM)

set(ICC_SITE_STAMP "${CMAKE_BINARY_DIR}/stage/site.stamp")
add_custom_command(
  OUTPUT "${ICC_SITE_STAMP}"
  COMMAND ${CMAKE_COMMAND} "-DSTAGE=${ICC_SPLIT_DIR}" "-DSHELL_DIR=${ICC_SHELL_STAGE}"
          "-DPAGES_DIR=${PROJECT_SOURCE_DIR}/web" "-DLANGUAGES_DIR=${ICC_LANGUAGE_FILES_DIR}"
          "-DSITE=${CMAKE_BINARY_DIR}/site" "-DPYTHON=${Python3_EXECUTABLE}"
          -P "${PROJECT_SOURCE_DIR}/cmake/VersionSite.cmake"
  COMMAND "${ICC_NODE}" "${PROJECT_SOURCE_DIR}/scripts/precompress.mjs" "${CMAKE_BINARY_DIR}/site"
  COMMAND ${CMAKE_COMMAND} -E touch "${ICC_SITE_STAMP}"
  DEPENDS "${ICC_SPLIT_DIR}/index.wasm" "${ICC_SPLIT_DIR}/index.deferred.wasm" ${ICC_STAGED_SHELL_FILES} ${ICC_PAGE_FILES} ${ICC_LANGUAGE_FILES}
          "${PROJECT_SOURCE_DIR}/cmake/VersionSite.cmake" "${PROJECT_SOURCE_DIR}/cmake/InlineCode.cmake" "${PROJECT_SOURCE_DIR}/scripts/precompress.mjs"
  COMMENT "Writing build/web/site with versioned file names"
  VERBATIM)
add_custom_target(icc_site ALL DEPENDS "${ICC_SITE_STAMP}")
add_dependencies(icc_site icc_page_scripts icc_language_files)

set(ICC_SINGLE_FILE "${CMAKE_BINARY_DIR}/single/icc-index.html")
add_custom_command(
  OUTPUT "${ICC_SINGLE_FILE}"
  COMMAND ${CMAKE_COMMAND} "-DINPUT=$<TARGET_FILE:icc_web_single>" "-DSHELL_DIR=${ICC_SHELL_STAGE}"
          "-DSTATEMENT=${PROJECT_SOURCE_DIR}/web/accessibility/index.html" "-DLANGUAGES_DIR=${ICC_LANGUAGE_FILES_DIR}"
          "-DOUTPUT=${ICC_SINGLE_FILE}"
          "-DPYTHON=${Python3_EXECUTABLE}" -P "${PROJECT_SOURCE_DIR}/cmake/InlineSingleFile.cmake"
  DEPENDS icc_web_single "$<TARGET_FILE:icc_web_single>" ${ICC_STAGED_SHELL_FILES} ${ICC_LANGUAGE_FILES}
          "${PROJECT_SOURCE_DIR}/web/accessibility/index.html"
          "${PROJECT_SOURCE_DIR}/cmake/InlineSingleFile.cmake" "${PROJECT_SOURCE_DIR}/cmake/InlineCode.cmake"
  COMMENT "Writing the single-file build build/web/single/icc-index.html"
  VERBATIM)
add_custom_target(icc_single ALL DEPENDS "${ICC_SINGLE_FILE}")
add_dependencies(icc_single icc_page_scripts icc_language_files)
