/* SPDX-License-Identifier: MIT */
/* text.c — pango layouts for every piece of text a figure shows, and
 * their glyphs and outlines for the SVG writer. */
#include <hb.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "util/error.h"
#include "text/fonts.h"
#include "patchart.h"
#include "text/text.h"
#include "text/wrap.h"

struct patchart_text {
  PangoContext *context;
  char *lang;
  double ellipsis[2]; /* width of "…" regular and bold, pango units; 0: not yet measured */
};

/* Every block is laid out at this one size and scaled to its own, so a
 * figure needs two pango fonts (regular and bold) instead of one per size:
 * each new font costs pango a layout of a sample sentence for its metrics
 * and cairo a scaled font.  Metrics are unhinted, so a layout scales
 * exactly. */
#define REFERENCE_SIZE 16.0

struct patchart_text_block {
  PangoLayout *layout;    /* of the text as shown: lines joined by newlines */
  char *string;           /* the text as given */
  PangoRectangle logical; /* pango units, at REFERENCE_SIZE */
  double scale;           /* the block's size / REFERENCE_SIZE */
  gboolean ellipsized, cut;
};

/* The font options of every patchart_text context (patchart_text_new()). */
static cairo_font_options_t *
text_font_options (void)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  return options;
}

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
  text->lang = g_strdup (lang);
  /* Unhinted metrics and unrounded positions make a layout scale exactly,
   * so PNG at any --scale, SVG and PDF place every glyph alike. */
  pango_context_set_round_glyph_positions (text->context, FALSE);
  options = text_font_options ();
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
  g_free (text->lang);
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
  /* lines are aligned within the widest: pango never wraps (wrap.c does) */
  pango_layout_set_alignment (layout, aligns[style->align]);
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

/* The width of "…" in STYLE's weight, pango units at REFERENCE_SIZE. */
static double
ellipsis_width (patchart_text *text, const patchart_text_style *style)
{
  double *width = &text->ellipsis[style->bold ? 1 : 0];

  if (*width == 0) {
    PangoLayout *layout = pango_layout_new (text->context);
    PangoRectangle logical;

    apply_style (layout, style);
    pango_layout_set_text (layout, "…", -1);
    pango_layout_get_extents (layout, NULL, &logical);
    *width = logical.width;
    g_object_unref (layout);
  }
  return *width;
}

/* Each character of STRING as laid out on one line by LAYOUT: its
 * advance (a cluster's on its first character), break point and kind. */
static patchart_wrap_char *
wrap_chars (PangoLayout *layout, const char *string, const char *lang, glong *n)
{
  patchart_break *breaks = patchart_breaks_find (string, lang, n);
  patchart_wrap_char *chars = g_new0 (patchart_wrap_char, *n + 1);
  gsize length = strlen (string);
  glong *char_at = g_new (glong, length + 1); /* byte index -> character */
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  glong i = 0;

  for (const char *p = string; *p != '\0'; p = g_utf8_next_char (p), i++) {
    for (const char *q = p; q < g_utf8_next_char (p); q++)
      char_at[q - string] = i;
    chars[i].before = breaks[i];
    chars[i].space = g_unichar_isspace (g_utf8_get_char (p));
  }
  char_at[length] = i;
  do {
    PangoRectangle logical;
    glong c = char_at[MIN ((gsize) pango_layout_iter_get_index (iter), length)];

    pango_layout_iter_get_cluster_extents (iter, NULL, &logical);
    chars[c].advance += logical.width;
    chars[c].cursor = TRUE;
  } while (pango_layout_iter_next_cluster (iter));
  pango_layout_iter_free (iter);
  g_free (char_at);
  g_free (breaks);
  return chars;
}

/* The text of WRAP's lines of STRING, joined by newlines. */
static char *
wrapped_text (const char *string, const patchart_wrap *wrap)
{
  GString *out = g_string_new (NULL);

  for (glong l = 0; l < wrap->n_lines; l++) {
    const char *start = g_utf8_offset_to_pointer (string, wrap->starts[l]);
    const char *end = g_utf8_offset_to_pointer (string, wrap->ends[l]);

    if (l > 0)
      g_string_append_c (out, '\n');
    g_string_append_len (out, start, end - start);
  }
  if (wrap->ellipsized)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* Sets the block's text in lines no wider than STYLE's max_width (in at
 * most its max_lines), breaking only where breaks.c allows. */
static void
wrap_block (patchart_text_block *block, patchart_text *text, const patchart_text_style *style)
{
  double max_width = style->max_width / block->scale * PANGO_SCALE, plan_width = max_width;
  glong n;
  patchart_wrap_char *chars = wrap_chars (block->layout, block->string, text->lang, &n);
  PangoRectangle logical;

  /* A line shaped on its own can come out wider than the advances it had
   * in the whole text (contextual spacing of CJK punctuation, kerning):
   * plan again for a narrower width until the lines fit, or call the
   * result cut so that the layout turns it down. */
  for (int attempt = 0; attempt < 4; attempt++) {
    patchart_wrap wrap;
    char *shown;

    patchart_wrap_plan (chars, n, plan_width, style->max_lines, ellipsis_width (text, style),
                        &wrap);
    shown = wrapped_text (block->string, &wrap);
    block->ellipsized = wrap.ellipsized;
    block->cut = wrap.cut;
    pango_layout_set_text (block->layout, shown, -1);
    g_free (shown);
    patchart_wrap_clear (&wrap);
    pango_layout_get_extents (block->layout, NULL, &logical);
    if (logical.width <= max_width * (1 + 1e-6))
      break;
    block->cut = TRUE; /* unless a narrower plan fits */
    plan_width *= max_width / logical.width * 0.98;
  }
  g_free (chars);
}

static gboolean
needs_wrapping (const patchart_text_block *block, const patchart_text_style *style)
{
  if (style->max_width <= 0)
    return FALSE;
  return block->scale * block->logical.width / PANGO_SCALE > style->max_width ||
         (style->max_lines > 0 && pango_layout_get_line_count (block->layout) > style->max_lines);
}

patchart_text_block *
patchart_text_block_new (patchart_text *text, const char *string, const patchart_text_style *style,
                         GError **error)
{
  patchart_text_block *block = g_new0 (patchart_text_block, 1);

  block->layout = pango_layout_new (text->context);
  block->string = g_strdup (string);
  block->scale = style->size / REFERENCE_SIZE;
  apply_style (block->layout, style);
  pango_layout_set_text (block->layout, string, -1);
  if (pango_layout_get_unknown_glyphs_count (block->layout) > 0) {
    set_missing_glyph_error (string, error);
    patchart_text_block_free (block);
    return NULL;
  }
  pango_layout_get_extents (block->layout, NULL, &block->logical);
  if (needs_wrapping (block, style)) {
    wrap_block (block, text, style);
    pango_layout_get_extents (block->layout, NULL, &block->logical);
  }
  return block;
}

void
patchart_text_block_free (patchart_text_block *block)
{
  if (block == NULL)
    return;
  g_object_unref (block->layout);
  g_free (block->string);
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

double
patchart_text_block_size (const patchart_text_block *block)
{
  return block->scale * REFERENCE_SIZE;
}

void
patchart_text_block_ink (const patchart_text_block *block, double *x, double *y, double *w,
                         double *h)
{
  PangoRectangle ink;

  pango_layout_get_extents (block->layout, &ink, NULL);
  *x = block->scale * (ink.x - block->logical.x) / PANGO_SCALE;
  *y = block->scale * (ink.y - block->logical.y) / PANGO_SCALE;
  *w = block->scale * ink.width / PANGO_SCALE;
  *h = block->scale * ink.height / PANGO_SCALE;
}

int
patchart_text_block_lines (const patchart_text_block *block)
{
  return pango_layout_get_line_count (block->layout);
}

const char *
patchart_text_block_string (const patchart_text_block *block)
{
  return block->string;
}

const char *
patchart_text_block_shown (const patchart_text_block *block)
{
  return pango_layout_get_text (block->layout);
}

gboolean
patchart_text_block_ellipsized (const patchart_text_block *block)
{
  return block->ellipsized;
}

gboolean
patchart_text_block_cut (const patchart_text_block *block)
{
  return block->cut;
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

static double
glyph_y (double base_y, const PangoGlyphInfo *info)
{
  return info->geometry.y_offset == 0 ? base_y
                                      : base_y + (double) info->geometry.y_offset / PANGO_SCALE;
}

/* The glyphs of RUN (its origin on the baseline at BASE_X, BASE_Y) and
 * its clusters, as pango's cairo renderer makes them (pangocairo-render.c,
 * the same arithmetic, so the same positions): empty glyphs left out, and
 * not counted. */
static void
show_run (cairo_t *cr, const char *text, PangoGlyphItem *run, double base_x, double base_y,
          const patchart_faces *faces, gpointer data)
{
  PangoGlyphString *glyphs = run->glyphs;
  cairo_glyph_t *out = g_new (cairo_glyph_t, glyphs->num_glyphs);
  cairo_text_cluster_t *clusters = g_new (cairo_text_cluster_t, glyphs->num_glyphs);
  int n_out = 0, n_clusters = 0, x = 0;
  gboolean backward = run->item->analysis.level % 2 == 1;
  gconstpointer font = run->item->analysis.font;
  PangoGlyphItemIter iter;

  for (int i = 0; i < glyphs->num_glyphs; i++) {
    const PangoGlyphInfo *info = &glyphs->glyphs[i];
    if (info->glyph != PANGO_GLYPH_EMPTY && !(info->glyph & PANGO_GLYPH_UNKNOWN_FLAG))
      out[n_out++] =
          (cairo_glyph_t){ faces != NULL ? faces->glyph (font, info->glyph, data) : info->glyph,
                           base_x + (double) (x + info->geometry.x_offset) / PANGO_SCALE,
                           glyph_y (base_y, info) };
    x += info->geometry.width;
  }
  for (gboolean more = pango_glyph_item_iter_init_start (&iter, run, text); more;
       more = pango_glyph_item_iter_next_cluster (&iter)) {
    int first = MIN (iter.start_glyph, iter.end_glyph + 1);
    int last = MAX (iter.start_glyph + 1, iter.end_glyph);
    int n = 0;

    for (int i = first; i < last; i++) {
      guint glyph = glyphs->glyphs[i].glyph;
      n += glyph != PANGO_GLYPH_EMPTY && !(glyph & PANGO_GLYPH_UNKNOWN_FLAG);
    }
    clusters[n_clusters++] = (cairo_text_cluster_t){ iter.end_index - iter.start_index, n };
  }
  cairo_show_text_glyphs (cr, text + run->item->offset, run->item->length, out, n_out, clusters,
                          n_clusters, backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : 0);
  g_free (clusters);
  g_free (out);
}

void
patchart_text_block_draw_faces (const patchart_text_block *block, cairo_t *cr, double x, double y,
                                const patchart_faces *faces, gpointer data)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  const char *text = pango_layout_get_text (block->layout);
  cairo_font_options_t *options = text_font_options ();

  double origin_x, origin_y;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, block->scale, block->scale);
  cairo_set_font_options (cr, options);
  /* through cairo's current point, as patchart_text_block_draw(): the
   * origin rounded alike */
  cairo_move_to (cr, (double) -block->logical.x / PANGO_SCALE,
                 (double) -block->logical.y / PANGO_SCALE);
  cairo_get_current_point (cr, &origin_x, &origin_y);
  do {
    PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
    cairo_font_face_t *face = run != NULL ? faces->face (run->item->analysis.font, data) : NULL;
    PangoRectangle logical;

    if (run == NULL)
      continue; /* the end of a line */
    pango_layout_iter_get_run_extents (iter, NULL, &logical);
    if (face != NULL) {
      cairo_set_font_face (cr, face);
      cairo_set_font_size (cr, REFERENCE_SIZE);
    } else {
      cairo_set_scaled_font (
          cr, pango_cairo_font_get_scaled_font ((PangoCairoFont *) run->item->analysis.font));
    }
    show_run (cr, text, run, origin_x + (double) logical.x / PANGO_SCALE,
              origin_y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE,
              face != NULL ? faces : NULL, data);
  } while (pango_layout_iter_next_run (iter));
  cairo_restore (cr);
  cairo_font_options_destroy (options);
  pango_layout_iter_free (iter);
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

/* The glyphs of RUN (on a line with BASELINE, the run starting at
 * LOGICAL_X, pango units) into GLYPHS and their clusters into CLUSTERS;
 * returns the x where the run ends, px. */
static double
run_glyphs (const patchart_text_block *block, PangoLayoutRun *run, int logical_x, int baseline,
            patchart_glyph *glyphs, int *clusters)
{
  double px = block->scale / PANGO_SCALE;
  int x = logical_x;

  for (int i = 0; i < run->glyphs->num_glyphs; i++) {
    const PangoGlyphInfo *info = &run->glyphs->glyphs[i];
    glyphs[i] = (patchart_glyph){
      .font = run->item->analysis.font,
      .id = info->glyph,
      .x = (x + info->geometry.x_offset - block->logical.x) * px,
      .y = (baseline + info->geometry.y_offset - block->logical.y) * px,
      .scale = REFERENCE_SIZE * block->scale / units_per_em (run->item->analysis.font),
    };
    clusters[i] = run->glyphs->log_clusters[i];
    x += info->geometry.width;
  }
  return (x - block->logical.x) * px;
}

void
patchart_text_block_foreach_run (const patchart_text_block *block, patchart_run_func func,
                                 gpointer data)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  const char *text = pango_layout_get_text (block->layout);

  do {
    PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
    PangoRectangle logical;
    patchart_glyph_run out;
    double end_x;
    patchart_glyph *glyphs;
    int *clusters;

    if (run == NULL || run->glyphs->num_glyphs == 0)
      continue; /* the end of a line */
    pango_layout_iter_get_run_extents (iter, NULL, &logical);
    glyphs = g_new (patchart_glyph, run->glyphs->num_glyphs);
    clusters = g_new (int, run->glyphs->num_glyphs);
    end_x =
        run_glyphs (block, run, logical.x, pango_layout_iter_get_baseline (iter), glyphs, clusters);
    out =
        (patchart_glyph_run){ run->item->analysis.font,
                              REFERENCE_SIZE * block->scale,
                              text + run->item->offset,
                              run->item->length,
                              (guint) run->glyphs->num_glyphs,
                              glyphs,
                              clusters,
                              end_x,
                              (run->item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) != 0,
                              (run->item->analysis.flags & PANGO_ANALYSIS_FLAG_NEED_HYPHEN) != 0 };
    func (&out, data);
    g_free (glyphs);
    g_free (clusters);
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
