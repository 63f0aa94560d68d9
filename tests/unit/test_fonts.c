/* SPDX-License-Identifier: MIT */
/* test_fonts.c — which fonts text is drawn from, and what the private
 * fontconfig configuration asks of them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include "text/fonts.h"
#include "text/text.h"

static void
add_font (const patchart_glyph *glyph, gpointer data)
{
  g_hash_table_add (data, (gpointer) glyph->font);
}

typedef struct {
  patchart_text *text;
  patchart_text_block *block;
  GHashTable *fonts; /* those its glyphs come from */
} laid_out;

static laid_out
lay_out (const char *lang, const char *string, gboolean bold)
{
  GError *error = NULL;
  patchart_text_style style = { .size = 16, .bold = bold };
  laid_out l = { .text = patchart_text_new (lang, &error) };

  assert_non_null (l.text);
  l.block = patchart_text_block_new (l.text, string, &style, &error);
  assert_null (error);
  l.fonts = g_hash_table_new (NULL, NULL);
  patchart_text_block_foreach_glyph (l.block, add_font, l.fonts);
  return l;
}

/* The one font all of L's glyphs come from. */
static gconstpointer
only_font (const laid_out *l)
{
  GList *fonts = g_hash_table_get_keys (l->fonts);
  gconstpointer font = fonts->data;

  assert_int_equal (g_list_length (fonts), 1);
  g_list_free (fonts);
  return font;
}

static void
done (laid_out *l)
{
  g_hash_table_destroy (l->fonts);
  patchart_text_block_free (l->block);
  patchart_text_free (l->text);
}

/* pango gives a Latin word in Chinese text a language of its own ("en").
 * The font must not differ for it, nor for another language: SVG output
 * defines glyphs once per font.  The language picks glyph forms through
 * shaping, not through the font; the weight picks the font. */
static void
test_one_font_per_weight (void **state)
{
  laid_out mixed = lay_out ("zh-CN", "生成式AI相关专利 G06N3 2023年", FALSE);
  laid_out latin = lay_out ("zh-CN", "Patentfield", FALSE);
  laid_out japanese = lay_out ("ja", "データAIグラフ", FALSE);
  laid_out bold = lay_out ("zh-CN", "日经XTECH、Patentfield", TRUE);

  (void) state;
  assert_ptr_equal (only_font (&mixed), only_font (&latin));
  assert_ptr_equal (only_font (&mixed), only_font (&japanese));
  assert_ptr_not_equal (only_font (&mixed), only_font (&bold));
  done (&mixed);
  done (&latin);
  done (&japanese);
  done (&bold);
}

/* pango makes a fontconfig pattern, and matches it in two new threads, for
 * every font description and language it meets: a Latin word in Chinese
 * text has a language of its own ("en").  With two fonts the language
 * chooses nothing, so the configuration takes it out of the patterns, and
 * the languages share them. */
static void
test_patterns_carry_no_language (void **state)
{
  PangoFontMap *map = patchart_fonts_map (NULL);
  FcConfig *config;
  FcPattern *pattern = FcPatternCreate ();
  FcChar8 *value = NULL;

  (void) state;
  assert_non_null (map);
  config = pango_fc_font_map_get_config (PANGO_FC_FONT_MAP (map));
  FcPatternAddString (pattern, FC_LANG, (const FcChar8 *) "en");
  FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) patchart_fonts_family ());
  FcPatternAddInteger (pattern, FC_WEIGHT, FC_WEIGHT_BOLD);
  assert_true (FcConfigSubstitute (config, pattern, FcMatchPattern));
  assert_int_equal (FcPatternGetString (pattern, FC_LANG, 0, &value), FcResultNoMatch);
  /* the rest stays */
  assert_int_equal (FcPatternGetString (pattern, FC_FAMILY, 0, &value), FcResultMatch);
  FcPatternDestroy (pattern);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_one_font_per_weight),
    cmocka_unit_test (test_patterns_carry_no_language),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
