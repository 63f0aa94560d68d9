/* SPDX-License-Identifier: MIT */
/* fonts.c — a private FcConfig holding only the bundled fonts.
 *
 * Making it fontconfig's current config matters for speed: otherwise
 * pango starts the system fontconfig in a thread and waits for it (160 ms
 * with a cold cache, and warnings where no cache is writable).  But a
 * program that draws its own text with system fonts must keep its config,
 * so only patchart_fonts_private_only() makes ours current.
 *
 * Scanning the two 12 MB fonts (fontconfig reads every cmap entry to build
 * their character sets) takes about 6 ms, so the build writes a fontconfig
 * cache for them (patchart-fontcache) and loading reads it instead, in
 * under 1 ms.  The cache is only read, never written here: without it, or
 * when it no longer matches the font files, the fonts are scanned as
 * before, with the same result and no fontconfig warnings. */
#define _GNU_SOURCE /* st_mtim, dladdr */
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "config.h"
#include "text/fonts.h"
#include "patchart.h"

/* In the order fontconfig lists a folder (by name), so the scanned and
 * the cached configurations hold the fonts in the same order. */
static const char *const font_names[] = {
  "NotoSansCJKsc-Bold.subset.otf",
  "NotoSansCJKsc-Regular.subset.otf",
};

typedef struct {
  FcConfig *config;
  FcCharSet *coverage;
  char *family;
  char *files[G_N_ELEMENTS (font_names) + 1];
  char *failure;   /* why loading failed, or NULL */
  char *cache_dir; /* the fontconfig cache they were read from, or NULL */
} font_set;

static font_set fonts;
static gboolean make_current;

/* The folder of the file this code was loaded from: libpatchart.so, or
 * the program it is linked into.  NULL when neither can be told. */
static char *
module_dir (void)
{
  Dl_info info;
  char *path = NULL, *dir;

  if (dladdr (&fonts, &info) != 0 && info.dli_fname != NULL && strstr (info.dli_fname, ".so"))
    path = realpath (info.dli_fname, NULL);
  if (path == NULL)
    path = g_file_read_link ("/proc/self/exe", NULL);
  if (path == NULL)
    return NULL;
  dir = g_path_get_dirname (path);
  g_free (path);
  return dir;
}

static gboolean
holds_fonts (const char *dir)
{
  char *probe = g_build_filename (dir, font_names[0], NULL);
  gboolean found = g_file_test (probe, G_FILE_TEST_IS_REGULAR);

  g_free (probe);
  return found;
}

/* The installed fonts beside this library (lib/ -> share/patchart/fonts) or
 * the program linking it statically (bin/ -> share/...), wherever the
 * prefix was moved; NULL when there are none. */
static char *
relocated_dir (void)
{
  const char *relative[] = { PATCHART_FONT_DIR_FROM_LIBDIR, PATCHART_FONT_DIR_FROM_BINDIR };
  char *base = module_dir ();
  char *dir = NULL;

  for (guint i = 0; base != NULL && dir == NULL && i < G_N_ELEMENTS (relative); i++) {
    dir = g_canonicalize_filename (relative[i], base);
    if (!holds_fonts (dir))
      g_clear_pointer (&dir, g_free);
  }
  g_free (base);
  return dir;
}

void
patchart_fonts_locate (char **dir, char **cache_dir)
{
  const char *env = g_getenv ("PATCHART_FONT_DIR");

  *cache_dir = NULL;
  if (env != NULL && *env != '\0') {
    *dir = g_strdup (env); /* scanned: no cache is kept for it */
    return;
  }
  *dir = relocated_dir ();
  if (*dir == NULL && holds_fonts (PATCHART_FONT_DIR_INSTALL))
    *dir = g_strdup (PATCHART_FONT_DIR_INSTALL);
  if (*dir != NULL) {
    *cache_dir = g_canonicalize_filename ("../fontcache", *dir);
    return;
  }
  *dir = g_strdup (PATCHART_FONT_DIR_SOURCE);
  *cache_dir = g_strdup (PATCHART_FONT_CACHE_BUILD);
}

/* An empty configuration whose only cache folder is CACHE_DIR (none when
 * NULL).  Its one rule takes the language out of every pattern pango asks
 * for: with two fonts the language chooses nothing (glyph forms follow the
 * language that pango hands HarfBuzz, not the pattern), but each pattern
 * costs pango two threads, and a Latin word in Chinese text gets a
 * language of its own ("en"): four patterns per figure instead of two. */
static FcConfig *
config_new (const char *cache_dir)
{
  FcConfig *config = FcConfigCreate ();
  char *cache = cache_dir != NULL ? g_markup_printf_escaped ("<cachedir>%s</cachedir>", cache_dir)
                                  : g_strdup ("");
  char *xml = g_strconcat ("<fontconfig>", cache,
                           "<match target=\"pattern\"><edit name=\"lang\" mode=\"delete_all\"/>"
                           "</match></fontconfig>",
                           NULL);

  if (!FcConfigParseAndLoadFromMemory (config, (const FcChar8 *) xml, FcFalse))
    g_clear_pointer (&config, FcConfigDestroy);
  g_free (xml);
  g_free (cache);
  return config;
}

static gboolean
newer (const struct stat *a, const struct stat *b)
{
  return a->st_mtim.tv_sec > b->st_mtim.tv_sec ||
         (a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec > b->st_mtim.tv_nsec);
}

/* Whether CACHE (read from CACHE_FILE) holds exactly our fonts, and none of
 * them in DIR changed after it was written.  fontconfig itself only checks
 * the folder's time, which a font rewritten in place leaves alone.  A cache
 * written in a staged install names the files where they were then: only
 * their names must match (fontconfig moves them to DIR). */
static gboolean
cache_matches (FcCache *cache, const char *cache_file, const char *dir)
{
  FcFontSet *set = FcCacheCopySet (cache);
  struct stat cache_stat, font_stat;
  gboolean ok = set != NULL && set->nfont == G_N_ELEMENTS (font_names) &&
                g_stat (cache_file, &cache_stat) == 0;

  for (int i = 0; ok && i < set->nfont; i++) {
    char *path = g_canonicalize_filename (font_names[i], dir);
    FcChar8 *file = NULL;

    ok = FcPatternGetString (set->fonts[i], FC_FILE, 0, &file) == FcResultMatch &&
         strrchr ((const char *) file, '/') != NULL &&
         g_strcmp0 (strrchr ((const char *) file, '/') + 1, font_names[i]) == 0 &&
         g_stat (path, &font_stat) == 0 && !newer (&font_stat, &cache_stat);
    g_free (path);
  }
  if (set != NULL)
    FcFontSetDestroy (set);
  return ok;
}

/* A configuration of our fonts in DIR read from the cache in CACHE_DIR, or
 * NULL when there is none that matches them. */
static FcConfig *
load_cached (const char *dir, const char *cache_dir)
{
  FcConfig *config = cache_dir != NULL ? config_new (cache_dir) : NULL;
  FcChar8 *cache_file = NULL;
  FcCache *cache =
      config != NULL ? FcDirCacheLoad ((const FcChar8 *) dir, config, &cache_file) : NULL;
  gboolean ok = cache != NULL && cache_matches (cache, (const char *) cache_file, dir);

  /* finds the cache just loaded, so it neither scans nor writes */
  ok = ok && FcConfigAppFontAddDir (config, (const FcChar8 *) dir) &&
       FcConfigGetFonts (config, FcSetApplication) != NULL &&
       FcConfigGetFonts (config, FcSetApplication)->nfont == G_N_ELEMENTS (font_names);
  if (cache != NULL)
    FcDirCacheUnload (cache);
  FcStrFree (cache_file);
  if (!ok && config != NULL)
    g_clear_pointer (&config, FcConfigDestroy);
  return config;
}

static gboolean
add_font (guint i)
{
  if (FcConfigAppFontAddFile (fonts.config, (const FcChar8 *) fonts.files[i]))
    return TRUE;
  fonts.failure = g_strdup_printf ("cannot load the bundled font %s (set PATCHART_FONT_DIR "
                                   "to the folder that holds it)",
                                   fonts.files[i]);
  return FALSE;
}

/* Reads the family name and the union of the fonts' coverage. */
static void
read_fonts (void)
{
  FcFontSet *set = FcConfigGetFonts (fonts.config, FcSetApplication);
  FcChar8 *family = NULL;

  fonts.coverage = FcCharSetCreate ();
  for (int i = 0; set != NULL && i < set->nfont; i++) {
    FcCharSet *chars = NULL;
    if (FcPatternGetCharSet (set->fonts[i], FC_CHARSET, 0, &chars) == FcResultMatch)
      FcCharSetMerge (fonts.coverage, chars, NULL);
    if (fonts.family == NULL &&
        FcPatternGetString (set->fonts[i], FC_FAMILY, 0, &family) == FcResultMatch)
      fonts.family = g_strdup ((const char *) family);
  }
}

/* Renames the cache fontconfig wrote for DIR in CACHE_DIR to the name it
 * looks for when the fonts are in FINAL_DIR (a staged install's folder
 * once in place): fontconfig names a cache after its folder, and moves
 * the font files of a cache found for another folder to the one asked. */
static gboolean
rename_cache (const char *dir, const char *cache_dir, const char *final_dir)
{
  char *from = g_compute_checksum_for_string (G_CHECKSUM_MD5, dir, -1);
  char *to = g_compute_checksum_for_string (G_CHECKSUM_MD5, final_dir, -1);
  GDir *folder = g_dir_open (cache_dir, 0, NULL);
  const char *name;
  gboolean done = FALSE;

  while (folder != NULL && !done && (name = g_dir_read_name (folder)) != NULL) {
    char *old_path, *new_path;

    if (!g_str_has_prefix (name, from))
      continue;
    old_path = g_build_filename (cache_dir, name, NULL);
    new_path = g_strconcat (cache_dir, "/", to, name + strlen (from), NULL);
    done = g_rename (old_path, new_path) == 0;
    g_free (old_path);
    g_free (new_path);
  }
  if (folder != NULL)
    g_dir_close (folder);
  g_free (from);
  g_free (to);
  return done;
}

gboolean
patchart_fonts_write_cache (const char *dir, const char *cache_dir, const char *final_dir,
                            GError **error)
{
  FcConfig *config = final_dir == NULL ? load_cached (dir, cache_dir) : NULL;
  FcCache *cache;

  if (config != NULL)
    goto out; /* up to date */
  if (g_mkdir_with_parents (cache_dir, 0755) != 0 || (config = config_new (cache_dir)) == NULL) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_FONT, "%s: cannot create: %s", cache_dir,
                 g_strerror (errno));
    return FALSE;
  }
  /* scans DIR and writes the cache */
  cache = FcDirCacheRead ((const FcChar8 *) dir, FcTrue, config);
  if (cache != NULL)
    FcDirCacheUnload (cache);
  FcConfigDestroy (config);
  config = load_cached (dir, cache_dir);
  if (config == NULL) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_FONT,
                 "fontconfig wrote no usable cache of %s into %s", dir, cache_dir);
    return FALSE;
  }
  if (final_dir != NULL && g_strcmp0 (final_dir, dir) != 0 &&
      !rename_cache (dir, cache_dir, final_dir)) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_FONT, "%s: cannot name the cache for %s",
                 cache_dir, final_dir);
    FcConfigDestroy (config);
    return FALSE;
  }
out:
  FcConfigDestroy (config);
  return TRUE;
}

static void
load_fonts (void)
{
  char *dir, *cache_dir;

  patchart_fonts_locate (&dir, &cache_dir);
  fonts.config = load_cached (dir, cache_dir);
  for (guint i = 0; i < G_N_ELEMENTS (font_names); i++)
    fonts.files[i] = g_canonicalize_filename (font_names[i], dir);
  g_free (dir);
  if (fonts.config != NULL)
    fonts.cache_dir = cache_dir;
  else
    g_free (cache_dir);
  if (fonts.config == NULL) {
    fonts.config = config_new (NULL);
    for (guint i = 0; i < G_N_ELEMENTS (font_names); i++)
      if (!add_font (i))
        return;
  }
  read_fonts ();
  if (make_current)
    FcConfigSetCurrent (fonts.config);
}

static gboolean
fonts_loaded (GError **error)
{
  static gsize once = 0;

  if (g_once_init_enter (&once)) {
    load_fonts ();
    g_once_init_leave (&once, 1);
  }
  if (fonts.failure == NULL)
    return TRUE;
  g_set_error_literal (error, PATCHART_ERROR, PATCHART_ERROR_FONT, fonts.failure);
  return FALSE;
}

gboolean
patchart_fonts_private_only (GError **error)
{
  make_current = TRUE;
  return fonts_loaded (error);
}

static void
unref_map (gpointer map)
{
  g_object_unref (map);
}

static GPrivate thread_map = G_PRIVATE_INIT (unref_map);

PangoFontMap *
patchart_fonts_map (GError **error)
{
  PangoFontMap *map = g_private_get (&thread_map);

  if (map != NULL)
    return map;
  if (!fonts_loaded (error))
    return NULL;
  map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
  pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (map), fonts.config);
  g_private_set (&thread_map, map);
  return map;
}

const char *
patchart_fonts_family (void)
{
  return fonts.family != NULL ? fonts.family : "sans-serif";
}

const char *const *
patchart_fonts_files (void)
{
  return (const char *const *) fonts.files;
}

gboolean
patchart_fonts_has_char (gunichar c)
{
  return fonts.coverage != NULL && FcCharSetHasChar (fonts.coverage, c);
}

static void
describe_files (GString *out)
{
  FcFontSet *set = FcConfigGetFonts (fonts.config, FcSetApplication);

  for (int i = 0; set != NULL && i < set->nfont; i++) {
    FcChar8 *file = NULL, *family = NULL, *style = NULL;
    FcPatternGetString (set->fonts[i], FC_FILE, 0, &file);
    FcPatternGetString (set->fonts[i], FC_FAMILY, 0, &family);
    FcPatternGetString (set->fonts[i], FC_STYLE, 0, &style);
    g_string_append_printf (out, "%s: %s %s\n", file ? (char *) file : "?",
                            family ? (char *) family : "?", style ? (char *) style : "");
  }
  if (fonts.cache_dir != NULL)
    g_string_append_printf (out, "fontconfig cache: %s\n", fonts.cache_dir);
  else
    g_string_append (out, "fontconfig cache: none (the fonts are scanned at each start)\n");
}

static guint
describe_missing (GString *out, const char *text)
{
  GHashTable *seen = g_hash_table_new (NULL, NULL);
  guint n_missing = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    char utf8[8] = { 0 };
    if (c == '\n' || c == '\t' || patchart_fonts_has_char (c) ||
        !g_hash_table_add (seen, GUINT_TO_POINTER (c)))
      continue;
    if (g_unichar_isprint (c))
      g_unichar_to_utf8 (c, utf8);
    g_string_append_printf (out, "missing: U+%04X %s\n", c, utf8);
    n_missing++;
  }
  g_hash_table_destroy (seen);
  return n_missing;
}

char *
patchart_fonts_describe (const char *lang, const char *text, guint *n_missing, GError **error)
{
  GString *out;

  if (patchart_fonts_map (error) == NULL)
    return NULL;
  out = g_string_new (NULL);
  describe_files (out);
  if (lang != NULL)
    g_string_append_printf (out, "language: %s (Han glyph forms follow it)\n", lang);
  *n_missing = text != NULL ? describe_missing (out, text) : 0;
  return g_string_free (out, FALSE);
}
