# SPDX-License-Identifier: MIT
# The patchart command of the release archive, linked statically against
# its libraries (scripts/build-release.sh; the default build links Debian's
# shared libraries).
#
# A command that carries its libraries runs on any x86-64 Linux with only
# libc and libm, and starts ~9 ms sooner than one loading 41 shared
# libraries: Debian's own archives for cairo, glib, fontconfig, freetype and
# the rest, and pango and HarfBuzz (which Debian ships shared only) from
# PATCHART_STATIC_DEPS, built by build-release.sh from Debian's source
# packages at the installed versions.
# HarfBuzz's subsetter (libharfbuzz-subset) comes from the same build.

set(PATCHART_STATIC_DEPS "${PROJECT_SOURCE_DIR}/build-release/deps" CACHE PATH
    "Where scripts/build-release.sh put the static pango and HarfBuzz")
option(PATCHART_STATIC_CLI "Link the patchart command statically (needs -DBUILD_SHARED_LIBS=OFF)" OFF)

# In link order; the group makes the order a courtesy rather than a must.
# PATCHART_STATIC_EXTRA_ARCHIVES names more archives of PATCHART_STATIC_DEPS
# (build-release.sh passes what it built beyond these).
set(PATCHART_STATIC_EXTRA_ARCHIVES "" CACHE STRING
    "More archives (names without lib and .a) from PATCHART_STATIC_DEPS, linked first")
set(_patchart_own_archives ${PATCHART_STATIC_EXTRA_ARCHIVES} pangocairo-1.0 pangoft2-1.0 pango-1.0
    harfbuzz-subset harfbuzz)
set(_patchart_system_archives cairo pixman-1 fontconfig expat freetype png16 brotlidec
    brotlicommon z gio-2.0 gobject-2.0 gmodule-2.0 glib-2.0 ffi pcre2-8 fribidi thai datrie csv)

# Sets OUT to the archives to link, or to "" (with the reason in the log)
# when static linking is off or not possible here.
function(patchart_static_archives out)
  set(${out} "" PARENT_SCOPE)
  if(NOT PATCHART_STATIC_CLI)
    return()
  endif()
  if(BUILD_SHARED_LIBS OR PATCHART_SANITIZE OR PATCHART_FUZZ)
    message(FATAL_ERROR "PATCHART_STATIC_CLI needs -DBUILD_SHARED_LIBS=OFF and no sanitizers")
  endif()
  set(archives "")
  foreach(name IN LISTS _patchart_own_archives _patchart_system_archives)
    # a cached path whose file is gone (build-release/ removed) is looked up again
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
      unset(PATCHART_ARCHIVE_${name} CACHE)
      message(FATAL_ERROR "PATCHART_STATIC_CLI: no lib${name}.a (scripts/build-release.sh "
                          "builds pango's and HarfBuzz's into PATCHART_STATIC_DEPS)")
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
