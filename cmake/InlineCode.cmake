# Helpers of the scripts that put code inline in a page (VersionSite.cmake, InlineSingleFile.cmake).
# Inline code needs its hash in the Content-Security-Policy ('sha256-…'), never 'unsafe-inline'.
# Needs -DPYTHON=<python3> (CMake has no base64).

# The CSP source for `content`: 'sha256-<base64 of the SHA-256 digest>'.
function(csp_hash content out)
  string(SHA256 hex "${content}")
  execute_process(COMMAND "${PYTHON}" -c "import base64, sys; print(base64.b64encode(bytes.fromhex(sys.argv[1])).decode())" "${hex}"
                  OUTPUT_VARIABLE base64 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  set(${out} "'sha256-${base64}'" PARENT_SCOPE)
endfunction()

# Inline code must not close its own element early.
function(check_inlinable name content closing)
  string(FIND "${content}" "${closing}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "${name} contains ${closing} and cannot be put inline")
  endif()
endfunction()

# Replaces `text` by `replacement` in the variable `page`; stops the build with `problem` if the
# page lacks it (the page's source changed under the script).
function(replace_in_page page text replacement problem)
  string(FIND "${${page}}" "${text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${problem}")
  endif()
  string(REPLACE "${text}" "${replacement}" result "${${page}}")
  set(${page} "${result}" PARENT_SCOPE)
endfunction()
