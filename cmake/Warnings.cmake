# rightslint_warnings(TARGET): our code builds with -Wall -Wextra -Werror.
function(rightslint_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-error=deprecated-declarations)
  # GCC 12 at -O2 reports a false -Wrestrict inside libstdc++ for `"literal" + std::string + ...`
  # (GCC bug 105651, fixed in GCC 13); it would fail Release builds of correct code.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
endfunction()
