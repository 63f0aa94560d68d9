# SPDX-License-Identifier: MIT
# The patchart command, linked statically against its libraries.
#
# Loading 41 shared libraries costs a patchart process about 9 ms, most of
# the time a small figure takes, so the command links the static archives
# instead: Debian's own for cairo, glib, fontconfig, freetype and the rest,
# and pango and HarfBuzz from PATCHART_STATIC_DEPS, which
# scripts/build-static-deps.sh builds from Debian's sources at the installed
# versions.  Only libc and libm stay shared.  When an archive is missing the
# command is linked against the shared libraries, as the library always is.

set(PATCHART_STATIC_DEPS "${PROJECT_SOURCE_DIR}/build-deps/prefix" CACHE PATH
    "Where scripts/build-static-deps.sh put the static pango and HarfBuzz")
option(PATCHART_STATIC_CLI "Link the patchart command statically when the archives exist" ON)

# In link order; the group makes the order a courtesy rather than a must.
set(_patchart_own_archives pangocairo-1.0 pangoft2-1.0 pango-1.0 harfbuzz)
set(_patchart_system_archives cairo pixman-1 fontconfig expat freetype png16 brotlidec
    brotlicommon z gio-2.0 gobject-2.0 gmodule-2.0 glib-2.0 ffi pcre2-8 fribidi thai datrie csv)

# Sets OUT to the archives to link, or to "" (with the reason in the log)
# when static linking is off or not possible here.
function(patchart_static_archives out)
  set(${out} "" PARENT_SCOPE)
  if(NOT PATCHART_STATIC_CLI OR BUILD_SHARED_LIBS OR PATCHART_SANITIZE OR PATCHART_FUZZ)
    return()
  endif()
  set(archives "")
  foreach(name IN LISTS _patchart_own_archives _patchart_system_archives)
    # a cached path whose file is gone (build-deps/ removed) is looked up again
    if(PATCHART_ARCHIVE_${name} AND NOT EXISTS "${PATCHART_ARCHIVE_${name}}")
      unset(PATCHART_ARCHIVE_${name} CACHE)
    endif()
    if(name IN_LIST _patchart_own_archives)
      find_library(PATCHART_ARCHIVE_${name} NAMES lib${name}.a
                   PATHS ${PATCHART_STATIC_DEPS}/lib NO_DEFAULT_PATH)
    else()
      find_library(PATCHART_ARCHIVE_${name} NAMES lib${name}.a)
    endif()
    if(NOT PATCHART_ARCHIVE_${name})
      message(STATUS "patchart command: shared libraries (no lib${name}.a; "
                     "scripts/build-static-deps.sh builds pango's and HarfBuzz's)")
      unset(PATCHART_ARCHIVE_${name} CACHE)
      return()
    endif()
    list(APPEND archives ${PATCHART_ARCHIVE_${name}})
  endforeach()
  message(STATUS "patchart command: static libraries (pango, HarfBuzz from ${PATCHART_STATIC_DEPS})")
  set(${out} ${archives} PARENT_SCOPE)
endfunction()

# Links TARGET (an executable using only patchart.h) against the patchart
# archive and ARCHIVES, without the shared libraries the library target
# brings along.
function(patchart_link_static target archives)
  add_dependencies(${target} patchart)
  target_include_directories(${target} PRIVATE
    ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include
    ${CAIRO_INCLUDE_DIRS} ${GLIB_INCLUDE_DIRS})
  target_compile_definitions(${target} PRIVATE PATCHART_STATIC_DEFINE)
  target_link_libraries(${target} PRIVATE $<TARGET_FILE:patchart>
    -Wl,--start-group ${archives} -Wl,--end-group m Threads::Threads ${CMAKE_DL_LIBS})
endfunction()
