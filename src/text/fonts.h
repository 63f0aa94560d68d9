/* SPDX-License-Identifier: MIT */
/* fonts.h — the bundled fonts behind a private fontconfig; the only file
 * that talks to fontconfig.  System fonts are never consulted, so output
 * is the same on every machine. */
#ifndef PATCHART_FONTS_H
#define PATCHART_FONTS_H

#include <glib.h>
#include <pango/pango.h>

/* The pango font map of the calling thread (pango font maps are not
 * thread-safe), made on first use over the shared private FcConfig.
 * Borrowed: it lives as long as the thread.  NULL with a
 * PATCHART_ERROR_FONT error if the bundled fonts cannot be loaded. */
PangoFontMap *patchart_fonts_map (GError **error);

/* The family name the bundled fonts carry (after a successful load). */
const char *patchart_fonts_family (void);

/* The font files loaded, NULL-terminated; owned by the module. */
const char *const *patchart_fonts_files (void);

/* Whether any bundled font has a glyph for C. */
gboolean patchart_fonts_has_char (gunichar c);

/* Where the fonts are loaded from, and their cache folder (NULL for none):
 * PATCHART_FONT_DIR; else the installed fonts relative to the library or
 * the program (a moved prefix still finds them); else the configured
 * install folder; else the source tree's, with the build's cache. */
void patchart_fonts_locate (char **dir, char **cache_dir);

/* Writes fontconfig's cache of the fonts in DIR into CACHE_DIR, unless a
 * cache there already matches them (the build's patchart-fontcache).
 * With FINAL_DIR (where a staged install's DIR will be), the cache is
 * named for that folder.
 * SOURCE_DATE_EPOCH must be unset: fontconfig would stamp the cache with
 * it instead of the folder's time, and then find the cache out of date. */
gboolean patchart_fonts_write_cache (const char *dir, const char *cache_dir, const char *final_dir,
                                     GError **error);

#endif
