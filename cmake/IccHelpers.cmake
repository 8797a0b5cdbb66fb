# Shared build helpers: warnings for our own code, the private copy of nlohmann/json, and the
# embedding of data files (fonts, index, translations) into the binary.

# Warnings apply to our targets only; third-party code (ImGui, GoogleTest) keeps its own flags.
function(icc_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
endfunction()

# nlohmann/json gets an include folder of its own: adding /usr/include to an Emscripten compile
# would let the host's libc headers shadow Emscripten's.
set(ICC_DEPS_INCLUDE "${CMAKE_BINARY_DIR}/deps/include")
if(NOT EXISTS "${ICC_DEPS_INCLUDE}/nlohmann/json.hpp")
  file(COPY "${NLOHMANN_JSON_DIR}/" DESTINATION "${ICC_DEPS_INCLUDE}/nlohmann")
endif()
add_library(icc_json INTERFACE)
target_include_directories(icc_json SYSTEM INTERFACE "${ICC_DEPS_INCLUDE}")
# No exceptions in the web build: parse with allow_exceptions=false and check types instead.
target_compile_definitions(icc_json INTERFACE JSON_NO_IO)

# icc_embed_files(<target> FILES <path>...)
# Generates a .cpp that holds each file as a byte array, plus a lookup by file name
# (icc::embedded::Find("name.ext"), declared in src/app/embedded.h), and adds it to <target>.
# JSON files are embedded without the whitespace between tokens (scripts/minify_json.py): fewer
# bytes to download and to parse at start.
function(icc_embed_files target)
  cmake_parse_arguments(ARG "" "" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded.cpp")
  set(embedded "")
  foreach(file IN LISTS ARG_FILES)
    if(file MATCHES "\\.json$")
      get_filename_component(name "${file}" NAME)
      set(minified "${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded/${name}")
      add_custom_command(
        OUTPUT "${minified}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded"
        COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/scripts/minify_json.py" "${file}" "${minified}"
        DEPENDS "${file}" "${CMAKE_SOURCE_DIR}/scripts/minify_json.py"
        VERBATIM)
      set(file "${minified}")
    endif()
    list(APPEND embedded "${file}")
  endforeach()
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${out} "-DFILES=${embedded}"
            -P "${CMAKE_SOURCE_DIR}/cmake/EmbedFiles.cmake"
    DEPENDS ${embedded} "${CMAKE_SOURCE_DIR}/cmake/EmbedFiles.cmake"
    COMMENT "Embedding data files into ${target}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
