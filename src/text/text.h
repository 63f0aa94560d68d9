/* SPDX-License-Identifier: MIT */
/* text.h — measured blocks of text; the only file that uses pango.
 *
 * Text is always plain text, never markup: "<b>" in a label shows as is.
 * A block is measured when made; drawing it later shows exactly what was
 * measured.  Sizes are CSS pixels. */
#ifndef PATCHART_TEXT_H
#define PATCHART_TEXT_H

#include <cairo.h>
#include <glib.h>

typedef enum { PATCHART_ALIGN_LEFT, PATCHART_ALIGN_CENTER, PATCHART_ALIGN_RIGHT } patchart_align;

typedef struct {
  double size; /* font size in pixels */
  gboolean bold;
  double max_width;     /* wrap lines to this width; <= 0: no wrapping */
  int max_lines;        /* with max_width, ellipsize after this many lines; 0: no limit */
  patchart_align align; /* of lines within the block */
} patchart_text_style;

/* Text in one language (a pango context over this thread's font map). */
typedef struct patchart_text patchart_text;
typedef struct patchart_text_block patchart_text_block;

/* LANG picks glyph forms for Han characters ("zh-CN", "ja", ...).
 * NULL with a PATCHART_ERROR_FONT error if the fonts cannot be loaded. */
patchart_text *patchart_text_new (const char *lang, GError **error);
void patchart_text_free (patchart_text *text);

/* Lays out STRING in STYLE.  Fails with PATCHART_ERROR_DATA naming the
 * text and the character when a glyph is missing from the fonts. */
patchart_text_block *patchart_text_block_new (patchart_text *text, const char *string,
                                              const patchart_text_style *style, GError **error);
void patchart_text_block_free (patchart_text_block *block);

/* The block's logical size, and the baseline of its first line below
 * its top. */
double patchart_text_block_width (const patchart_text_block *block);
double patchart_text_block_height (const patchart_text_block *block);
double patchart_text_block_baseline (const patchart_text_block *block);
int patchart_text_block_lines (const patchart_text_block *block);

/* The block's text, as given. */
const char *patchart_text_block_string (const patchart_text_block *block);

/* Whether the text had to be shortened with an ellipsis to fit. */
gboolean patchart_text_block_ellipsized (const patchart_text_block *block);

/* Draws the block with its logical top-left corner at X, Y. */
void patchart_text_block_draw (const patchart_text_block *block, cairo_t *cr, double x, double y);

/* One glyph of a block, for a writer that places glyphs itself (svgout.c). */
typedef struct {
  gconstpointer font; /* the font it is from: the same pointer for the same font */
  guint id;           /* glyph index in that font */
  double x, y;        /* its origin on the baseline, from the block's top-left, px */
  double scale;       /* px per font unit */
} patchart_glyph;

typedef void (*patchart_glyph_func) (const patchart_glyph *glyph, gpointer data);

/* Calls FUNC for every glyph the block shows, in order. */
void patchart_text_block_foreach_glyph (const patchart_text_block *block, patchart_glyph_func func,
                                        gpointer data);

/* A glyph's outline in font units, y up, as calls on a sink. */
typedef struct {
  void (*move_to) (gpointer data, double x, double y);
  void (*line_to) (gpointer data, double x, double y);
  void (*cubic_to) (gpointer data, double x1, double y1, double x2, double y2, double x, double y);
  void (*close) (gpointer data);
} patchart_outline_sink;

/* Traces glyph ID of FONT (from a patchart_glyph) onto SINK. */
void patchart_text_glyph_outline (gconstpointer font, guint id, const patchart_outline_sink *sink,
                                  gpointer data);

#endif
