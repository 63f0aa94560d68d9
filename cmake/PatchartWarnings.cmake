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
  if(PATCHART_TSAN)
    # tests/tsan/glib_sync.c wraps these GLib calls so that TSan sees them
    target_compile_options(${target} PRIVATE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=thread
      -Wl,--wrap=g_mutex_lock,--wrap=g_mutex_unlock,--wrap=g_mutex_trylock,--wrap=g_cond_wait
      -Wl,--wrap=g_cond_wait_until,--wrap=g_async_queue_push,--wrap=g_async_queue_pop
      -Wl,--wrap=g_async_queue_try_pop,--wrap=g_async_queue_timeout_pop
      -Wl,--wrap=g_thread_pool_new,--wrap=g_thread_pool_push,--wrap=g_thread_pool_free
      -Wl,--wrap=g_once_init_enter,--wrap=g_once_init_leave)
  endif()
endfunction()
