# The web preset's toolchain: Emscripten's own toolchain file, from wherever this machine has
# Emscripten. EMSCRIPTEN_ROOT (environment) names the folder holding emcc and cmake/; without it,
# em-config on the PATH says (Debian's package, or emsdk after `source emsdk_env.sh`). Another
# toolchain file can be passed instead: -DCMAKE_TOOLCHAIN_FILE=<emscripten>/cmake/Modules/Platform/Emscripten.cmake.
if(NOT DEFINED ENV{EMSCRIPTEN_ROOT})
  find_program(ICC_EM_CONFIG em-config)
  if(NOT ICC_EM_CONFIG)
    message(FATAL_ERROR "Emscripten not found: put em-config on the PATH or set EMSCRIPTEN_ROOT")
  endif()
  execute_process(COMMAND "${ICC_EM_CONFIG}" EMSCRIPTEN_ROOT OUTPUT_VARIABLE root
                  OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  # Kept for this CMake run: the toolchain file is read again for every try_compile.
  set(ENV{EMSCRIPTEN_ROOT} "${root}")
endif()

# emcc's JavaScript optimizer (any -O1+ link) needs acorn and terser. emsdk has them in its own
# node_modules; Debian's package uses the system's node modules, which node finds only through
# NODE_PATH: the links get it from here, so that no build command has to set it.
if(NOT EXISTS "$ENV{EMSCRIPTEN_ROOT}/node_modules/acorn")
  find_path(ICC_EMSCRIPTEN_NODE_PATH acorn PATHS ENV NODE_PATH "$ENV{EMSCRIPTEN_ROOT}/../nodejs" NO_DEFAULT_PATH
            DOC "Folder of the node modules emcc's JavaScript optimizer needs (acorn)")
  if(ICC_EMSCRIPTEN_NODE_PATH)
    set(CMAKE_C_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=${ICC_EMSCRIPTEN_NODE_PATH}")
    set(CMAKE_CXX_LINKER_LAUNCHER "${CMAKE_C_LINKER_LAUNCHER}")
  endif()
endif()

include("$ENV{EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")
