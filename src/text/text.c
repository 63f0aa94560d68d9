/* SPDX-License-Identifier: MIT */
/* text.c — pango layouts for every piece of text a figure shows, and
 * their glyphs and outlines for the SVG writer. */
#include <hb.h>
#include <pango/pangocairo.h>

#include "util/error.h"
#include "text/fonts.h"
#include "patchart.h"
#include "text/text.h"

struct patchart_text {
  PangoContext *context;
};

/* Every block is laid out at this one size and scaled to its own, so a
 * figure needs two pango fonts (regular and bold) instead of one per size:
 * each new font costs pango a layout of a sample sentence for its metrics
 * and cairo a scaled font.  Metrics are unhinted, so a layout scales
 * exactly. */
#define REFERENCE_SIZE 16.0

struct patchart_text_block {
  PangoLayout *layout;
  PangoRectangle logical; /* pango units, at REFERENCE_SIZE */
  double scale;           /* the block's size / REFERENCE_SIZE */
};

patchart_text *
patchart_text_new (const char *lang, GError **error)
{
  PangoFontMap *map = patchart_fonts_map (error);
  patchart_text *text;
  cairo_font_options_t *options;

  if (map == NULL)
    return NULL;
  text = g_new0 (patchart_text, 1);
  text->context = pango_font_map_create_context (map);
  pango_context_set_language (text->context, pango_language_from_string (lang));
  /* Unhinted metrics and unrounded positions make a layout scale exactly,
   * so PNG at any --scale, SVG and PDF place every glyph alike. */
  pango_context_set_round_glyph_positions (text->context, FALSE);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (text->context, options);
  cairo_font_options_destroy (options);
  return text;
}

void
patchart_text_free (patchart_text *text)
{
  if (text == NULL)
    return;
  g_object_unref (text->context);
  g_free (text);
}

static PangoFontDescription *
font_for (const patchart_text_style *style)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, patchart_fonts_family ());
  pango_font_description_set_weight (font, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_absolute_size (font, REFERENCE_SIZE * PANGO_SCALE);
  return font;
}

static void
apply_style (PangoLayout *layout, const patchart_text_style *style)
{
  static const PangoAlignment aligns[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER,
                                           PANGO_ALIGN_RIGHT };
  PangoFontDescription *font = font_for (style);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_alignment (layout, aligns[style->align]);
  if (style->max_width > 0) {
    pango_layout_set_width (layout,
                            (int) (style->max_width * REFERENCE_SIZE / style->size * PANGO_SCALE));
    pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    if (style->max_lines > 0) {
      pango_layout_set_height (layout, -style->max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  }
}

/* Characters pango draws as nothing rather than as a glyph. */
static gboolean
invisible (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);
  return c == '\n' || c == '\r' || c == '\t' || type == G_UNICODE_FORMAT ||
         type == G_UNICODE_NON_SPACING_MARK || (c >= 0xFE00 && c <= 0xFE0F);
}

/* The first character of STRING the fonts lack; with SKIP_INVISIBLE, of
 * those that would show.  0 if none. */
static gunichar
first_missing (const char *string, gboolean skip_invisible)
{
  for (const char *p = string; *p != '\0'; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    if (!(skip_invisible && invisible (c)) && !patchart_fonts_has_char (c))
      return c;
  }
  return 0;
}

static void
set_missing_glyph_error (const char *string, GError **error)
{
  /* A mark that cannot combine with what precedes it (a second accent on
   * one letter) needs a glyph of its own. */
  gunichar missing = first_missing (string, TRUE);
  char *excerpt = patchart_excerpt (string);

  if (missing == 0)
    missing = first_missing (string, FALSE);
  if (missing != 0 && g_unichar_isprint (missing)) {
    char utf8[8] = { 0 };
    g_unichar_to_utf8 (missing, utf8);
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_DATA,
                 "text \"%s\": the bundled fonts have no glyph for U+%04X \"%s\"", excerpt, missing,
                 utf8);
  } else {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_DATA,
                 "text \"%s\": the bundled fonts cannot draw U+%04X", excerpt, missing);
  }
  g_free (excerpt);
}

patchart_text_block *
patchart_text_block_new (patchart_text *text, const char *string, const patchart_text_style *style,
                         GError **error)
{
  patchart_text_block *block = g_new0 (patchart_text_block, 1);

  block->layout = pango_layout_new (text->context);
  block->scale = style->size / REFERENCE_SIZE;
  apply_style (block->layout, style);
  pango_layout_set_text (block->layout, string, -1);
  if (pango_layout_get_unknown_glyphs_count (block->layout) > 0) {
    set_missing_glyph_error (string, error);
    patchart_text_block_free (block);
    return NULL;
  }
  pango_layout_get_extents (block->layout, NULL, &block->logical);
  return block;
}

void
patchart_text_block_free (patchart_text_block *block)
{
  if (block == NULL)
    return;
  g_object_unref (block->layout);
  g_free (block);
}

double
patchart_text_block_width (const patchart_text_block *block)
{
  return block->scale * block->logical.width / PANGO_SCALE;
}

double
patchart_text_block_height (const patchart_text_block *block)
{
  return block->scale * block->logical.height / PANGO_SCALE;
}

double
patchart_text_block_baseline (const patchart_text_block *block)
{
  return block->scale * (pango_layout_get_baseline (block->layout) - block->logical.y) /
         PANGO_SCALE;
}

int
patchart_text_block_lines (const patchart_text_block *block)
{
  return pango_layout_get_line_count (block->layout);
}

const char *
patchart_text_block_string (const patchart_text_block *block)
{
  return pango_layout_get_text (block->layout);
}

gboolean
patchart_text_block_ellipsized (const patchart_text_block *block)
{
  return pango_layout_is_ellipsized (block->layout);
}

void
patchart_text_block_draw (const patchart_text_block *block, cairo_t *cr, double x, double y)
{
  /* Drawn as measured: no pango_cairo_update_layout(), which would hand
   * the layout CR's matrix, and so new fonts at that matrix, and lay every
   * block out again (a fifth of the instructions of a figure) for the same
   * glyphs at the same places, since metrics are unhinted. */
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, block->scale, block->scale);
  cairo_move_to (cr, (double) -block->logical.x / PANGO_SCALE,
                 (double) -block->logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, block->layout);
  cairo_restore (cr);
}

/* Font units per em of FONT. */
static double
units_per_em (PangoFont *font)
{
  return hb_face_get_upem (hb_font_get_face (pango_font_get_hb_font (font)));
}

void
patchart_text_block_foreach_glyph (const patchart_text_block *block, patchart_glyph_func func,
                                   gpointer data)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  double px = block->scale / PANGO_SCALE; /* px per pango unit */

  do {
    PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
    PangoRectangle logical;
    int x, baseline = pango_layout_iter_get_baseline (iter);
    patchart_glyph glyph;

    if (run == NULL)
      continue; /* the end of a line */
    pango_layout_iter_get_run_extents (iter, NULL, &logical);
    glyph.font = run->item->analysis.font;
    glyph.scale = REFERENCE_SIZE * block->scale / units_per_em (run->item->analysis.font);
    x = logical.x;
    for (int i = 0; i < run->glyphs->num_glyphs; i++) {
      const PangoGlyphInfo *info = &run->glyphs->glyphs[i];

      if (info->glyph != PANGO_GLYPH_EMPTY && !(info->glyph & PANGO_GLYPH_UNKNOWN_FLAG)) {
        glyph.id = info->glyph;
        glyph.x = (x + info->geometry.x_offset - block->logical.x) * px;
        glyph.y = (baseline + info->geometry.y_offset - block->logical.y) * px;
        func (&glyph, data);
      }
      x += info->geometry.width;
    }
  } while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
}

/* Through cairo, which reads the glyph with the FreeType face it already
 * holds for the font (so no part of the font file is touched that layout
 * did not read), under its own lock (so threads drawing other figures
 * with the same face are safe), at one em = UNITS_PER_EM: font units. */
void
patchart_text_glyph_outline (gconstpointer font, guint id, const patchart_outline_sink *sink,
                             gpointer data)
{
  PangoFont *pango_font = (PangoFont *) font;
  cairo_scaled_font_t *scaled = pango_cairo_font_get_scaled_font ((PangoCairoFont *) pango_font);
  double upem = units_per_em (pango_font);
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_matrix_t em, identity;
  cairo_scaled_font_t *unit;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  cairo_glyph_t glyph = { id, 0, 0 };
  cairo_path_t *path;
  const cairo_path_data_t *move = NULL;

  cairo_scaled_font_get_font_options (scaled, options);
  cairo_matrix_init_scale (&em, upem, upem);
  cairo_matrix_init_identity (&identity);
  unit =
      cairo_scaled_font_create (cairo_scaled_font_get_font_face (scaled), &em, &identity, options);
  cairo_set_scaled_font (cr, unit);
  cairo_glyph_path (cr, &glyph, 1);
  path = cairo_copy_path (cr);
  /* cairo's y points down, font units' up; cairo moves to a contour's
   * start after closing it: a move is passed on only when a line follows */
  for (int i = 0; path->status == CAIRO_STATUS_SUCCESS && i < path->num_data;
       i += path->data[i].header.length) {
    const cairo_path_data_t *p = &path->data[i];

    if (p->header.type == CAIRO_PATH_MOVE_TO) {
      move = &p[1];
      continue;
    }
    if (move != NULL) {
      sink->move_to (data, move->point.x, -move->point.y);
      move = NULL;
    }
    switch (p->header.type) {
    case CAIRO_PATH_MOVE_TO:
      break;
    case CAIRO_PATH_LINE_TO:
      sink->line_to (data, p[1].point.x, -p[1].point.y);
      break;
    case CAIRO_PATH_CURVE_TO:
      sink->cubic_to (data, p[1].point.x, -p[1].point.y, p[2].point.x, -p[2].point.y, p[3].point.x,
                      -p[3].point.y);
      break;
    case CAIRO_PATH_CLOSE_PATH:
      sink->close (data);
      break;
    }
  }
  cairo_path_destroy (path);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  cairo_scaled_font_destroy (unit);
  cairo_font_options_destroy (options);
}
