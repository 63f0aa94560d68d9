/* SPDX-License-Identifier: MIT */
/* svgfont.c — the glyphs an SVG's real text uses, as an @font-face rule
 * with a font subset made by HarfBuzz's subsetter (--svg-text).
 *
 * The subset keeps the characters shown and the glyphs pango chose for
 * them, with the layout tables that lead from one to the other (locl:
 * Chinese and Japanese forms of one character), so a browser shaping the
 * text in the document's language picks the same glyphs.  Glyph ids are
 * not kept: the browser finds glyphs through the subset's own cmap, and
 * keeping ids would leave an empty slot for each of the 65,000 glyphs.
 * Hints go: patchart draws unhinted, and they are most of a CFF subset. */
#include <hb-subset.h>
#include <pango/pango.h>

#include "render/svgfont.h"

patchart_svg_font *
patchart_svg_font_new (gconstpointer font)
{
  patchart_svg_font *f = g_new0 (patchart_svg_font, 1);

  f->font = font;
  f->glyphs = hb_set_create ();
  f->chars = hb_set_create ();
  return f;
}

void
patchart_svg_font_free (patchart_svg_font *f)
{
  if (f == NULL)
    return;
  hb_set_destroy (f->glyphs);
  hb_set_destroy (f->chars);
  g_free (f);
}

void
patchart_svg_font_add (patchart_svg_font *f, guint glyph, const char *text, int length)
{
  hb_set_add (f->glyphs, glyph);
  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    hb_set_add (f->chars, g_utf8_get_char (p));
}

/* The subset's bytes, or NULL. */
static hb_blob_t *
subset_blob (const patchart_svg_font *f)
{
  hb_font_t *font = pango_font_get_hb_font ((PangoFont *) f->font);
  hb_subset_input_t *input = hb_subset_input_create_or_fail ();
  hb_face_t *subset;
  hb_blob_t *blob;

  if (input == NULL)
    return NULL;
  hb_set_union (hb_subset_input_glyph_set (input), f->glyphs);
  hb_set_union (hb_subset_input_unicode_set (input), f->chars);
  hb_subset_input_set_flags (input, HB_SUBSET_FLAGS_NO_HINTING);
  subset = hb_subset_or_fail (hb_font_get_face (font), input);
  hb_subset_input_destroy (input);
  if (subset == NULL)
    return NULL;
  blob = hb_face_reference_blob (subset);
  hb_face_destroy (subset);
  return blob;
}

gboolean
patchart_svg_font_face (const patchart_svg_font *f, const char *family, GString *css,
                        GError **error)
{
  hb_blob_t *blob = subset_blob (f);
  unsigned int length = 0;
  const char *data = blob != NULL ? hb_blob_get_data (blob, &length) : NULL;
  char *base64;

  if (length == 0) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_INTERNAL,
                 "SVG text: the font subset for %s could not be made", family);
    hb_blob_destroy (blob);
    return FALSE;
  }
  base64 = g_base64_encode ((const guchar *) data, length);
  g_string_append_printf (css,
                          "@font-face{font-family:\"%s\";"
                          "src:url(data:font/otf;base64,%s) format(\"opentype\")}\n",
                          family, base64);
  g_free (base64);
  hb_blob_destroy (blob);
  return TRUE;
}
