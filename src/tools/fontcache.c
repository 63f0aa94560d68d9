/* SPDX-License-Identifier: MIT */
/* fontcache.c — patchart-fontcache [FONT_DIR CACHE_DIR [FINAL_DIR]]: writes
 * fontconfig's cache of the bundled fonts when the project is built or
 * installed, so that patchart reads it at start instead of scanning 24 MB
 * of fonts.  Without arguments it caches the fonts patchart would load
 * (those installed beside it: run it again after moving the prefix); with
 * FINAL_DIR the cache is for where FONT_DIR will be once a staged install
 * (DESTDIR) is in place.
 * The cache only saves time: when it cannot be written this warns and
 * succeeds, and patchart scans the fonts as it would without it. */
#include <stdio.h>

#include "text/fonts.h"

int
main (int argc, char **argv)
{
  GError *error = NULL;
  char *dir = NULL, *cache_dir = NULL;
  const char *final_dir = argc == 4 ? argv[3] : NULL;

  if (argc != 1 && argc != 3 && argc != 4) {
    fprintf (stderr, "usage: patchart-fontcache [FONT_DIR CACHE_DIR [FINAL_DIR]]\n");
    return 64;
  }
  if (argc == 1)
    patchart_fonts_locate (&dir, &cache_dir);
  else {
    dir = g_canonicalize_filename (argv[1], NULL);
    cache_dir = g_canonicalize_filename (argv[2], NULL);
  }
  g_unsetenv ("SOURCE_DATE_EPOCH"); /* see patchart_fonts_write_cache() */
  if (cache_dir == NULL)
    fprintf (stderr, "patchart-fontcache: %s is PATCHART_FONT_DIR: no cache is kept for it\n", dir);
  else if (!patchart_fonts_write_cache (dir, cache_dir, final_dir, &error)) {
    fprintf (stderr, "patchart-fontcache: warning: %s; patchart will scan its fonts at start\n",
             error->message);
    g_error_free (error);
  }
  g_free (dir);
  g_free (cache_dir);
  return 0;
}
