/* SPDX-License-Identifier: MIT */
/* fontcache.c — patchart-fontcache FONT_DIR CACHE_DIR: writes fontconfig's
 * cache of the bundled fonts when the project is built or installed, so
 * that patchart reads it at start instead of scanning 24 MB of fonts.
 * The cache only saves time: when it cannot be written this warns and
 * succeeds, and patchart scans the fonts as it would without it. */
#include <stdio.h>

#include "text/fonts.h"

int
main (int argc, char **argv)
{
  GError *error = NULL;

  if (argc != 3) {
    fprintf (stderr, "usage: patchart-fontcache FONT_DIR CACHE_DIR\n");
    return 64;
  }
  g_unsetenv ("SOURCE_DATE_EPOCH"); /* see patchart_fonts_write_cache() */
  if (!patchart_fonts_write_cache (argv[1], argv[2], &error)) {
    fprintf (stderr, "patchart-fontcache: warning: %s; patchart will scan its fonts at start\n",
             error->message);
    g_error_free (error);
  }
  return 0;
}
