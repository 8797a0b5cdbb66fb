# cmake -DSTAGE=<linked page> -DSHELL_DIR=<the page's minified scripts> -DPAGES_DIR=<web/>
#       -DLANGUAGES_DIR=<language files> -DOUT=<folder> -DNODE=<node> -DWASM_SPLIT=<wasm-split>
#       -DPROFILE_SCRIPT=<scripts/wasm_split_profile.mjs> -DPYTHON=<python3> -P SplitWasm.cmake
#
# Splits the site's wasm in two with binaryen's wasm-split: OUT/index.wasm holds the functions a
# visit runs while it fills in the questionnaire (found by running the instrumented page in
# headless Chromium, scripts/wasm_split_profile.mjs), OUT/index.deferred.wasm the rest, which the
# page fetches the first time one of them is called (shell/icc-shell.js, loadSplitModule).
# The profile is taken from this very build every time: wasm-split refuses a profile of other code.
cmake_minimum_required(VERSION 3.21)

foreach(required STAGE SHELL_DIR PAGES_DIR LANGUAGES_DIR OUT NODE WASM_SPLIT PROFILE_SCRIPT PYTHON)
  if("${${required}}" STREQUAL "")
    message(FATAL_ERROR "SplitWasm.cmake: -D${required}=... is required")
  endif()
endforeach()

# The profile run's page is the site itself (its language files too), with the instrumented wasm.
set(page "${OUT}/profile-site")
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DSTAGE=${STAGE}" "-DSHELL_DIR=${SHELL_DIR}" "-DPAGES_DIR=${PAGES_DIR}"
                        "-DLANGUAGES_DIR=${LANGUAGES_DIR}" "-DSITE=${page}" "-DPYTHON=${PYTHON}"
                        -P "${CMAKE_CURRENT_LIST_DIR}/VersionSite.cmake"
                RESULT_VARIABLE failed)
if(NOT failed)
  execute_process(COMMAND "${NODE}" "${PROFILE_SCRIPT}" "${page}" "${OUT}/profile"
                  OUTPUT_VARIABLE profiles RESULT_VARIABLE failed)
endif()
if(failed)
  message(FATAL_ERROR "SplitWasm.cmake: the profile run failed (${failed})")
endif()
string(STRIP "${profiles}" profiles)
string(REPLACE "\n" ";" profiles "${profiles}")

# The features clang 14 gives wasm32 by default; the linked file no longer says which it uses.
set(features --enable-mutable-globals --enable-sign-ext)
execute_process(COMMAND "${WASM_SPLIT}" --merge-profiles ${profiles} -o "${OUT}/profile" ${features}
                RESULT_VARIABLE failed)
if(NOT failed)
  execute_process(COMMAND "${WASM_SPLIT}" --split "${STAGE}/index.wasm.orig" "--profile=${OUT}/profile"
                          -o1 "${OUT}/index.wasm" -o2 "${OUT}/index.deferred.wasm" ${features}
                  RESULT_VARIABLE failed)
endif()
if(failed)
  message(FATAL_ERROR "SplitWasm.cmake: wasm-split failed (${failed})")
endif()
file(COPY "${STAGE}/index.html" "${STAGE}/index.js" DESTINATION "${OUT}")
file(REMOVE_RECURSE "${page}")
