/* fonts.c — a private FcConfig holding only the bundled fonts.
 *
 * Making it fontconfig's current config matters for speed: otherwise
 * pango starts the system fontconfig in a thread and waits for it (160 ms
 * with a cold cache, and warnings where no cache is writable).  But a
 * program that draws its own text with system fonts must keep its config,
 * so only patchart_fonts_private_only() makes ours current. */
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "config.h"
#include "fonts.h"
#include "patchart.h"

static const char *const font_names[] = {
  "NotoSansCJKsc-Regular.subset.otf",
  "NotoSansCJKsc-Bold.subset.otf",
};

typedef struct {
  FcConfig *config;
  FcCharSet *coverage;
  char *family;
  char *files[G_N_ELEMENTS (font_names) + 1];
  char *failure; /* why loading failed, or NULL */
} font_set;

static font_set fonts;
static gboolean make_current;

/* PATCHART_FONT_DIR, else the installed fonts, else the source tree's. */
static const char *
font_dir (void)
{
  const char *dir = g_getenv ("PATCHART_FONT_DIR");
  char *probe;
  gboolean installed;

  if (dir != NULL && *dir != '\0')
    return dir;
  probe = g_build_filename (PATCHART_FONT_DIR_INSTALL, font_names[0], NULL);
  installed = g_file_test (probe, G_FILE_TEST_IS_REGULAR);
  g_free (probe);
  return installed ? PATCHART_FONT_DIR_INSTALL : PATCHART_FONT_DIR_SOURCE;
}

static gboolean
add_font (const char *dir, const char *name, guint i)
{
  char *path = g_canonicalize_filename (name, dir);

  fonts.files[i] = path;
  if (FcConfigAppFontAddFile (fonts.config, (const FcChar8 *) path))
    return TRUE;
  fonts.failure = g_strdup_printf ("cannot load the bundled font %s (set PATCHART_FONT_DIR "
                                   "to the folder that holds it)", path);
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

static void
load_fonts (void)
{
  const char *dir = font_dir ();

  fonts.config = FcConfigCreate ();
  for (guint i = 0; i < G_N_ELEMENTS (font_names); i++)
    if (!add_font (dir, font_names[i], i))
      return;
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
