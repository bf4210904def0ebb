# Our own targets build with every warning as an error; third-party headers are SYSTEM includes.
function(rightslint_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-error=deprecated-declarations)
endfunction()
