# SPDX-License-Identifier: MIT
# Warnings and sanitizers for every target of ours.
function(patchart_add_compile_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wstrict-prototypes
    -Wmissing-prototypes -Wshadow -Wno-unused-parameter)
  if(PATCHART_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(PATCHART_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined
      -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
