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
  double max_width;     /* wrap lines to this width (text/wrap.h); <= 0: no wrapping */
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

/* The block's font size in pixels. */
double patchart_text_block_size (const patchart_text_block *block);

/* The box the block's glyphs actually cover, from its top-left. */
void patchart_text_block_ink (const patchart_text_block *block, double *x, double *y, double *w,
                              double *h);

/* The block's text, as given. */
const char *patchart_text_block_string (const patchart_text_block *block);

/* The text as shown: its lines joined by newlines, an ellipsis at the
 * end if it was shortened. */
const char *patchart_text_block_shown (const patchart_text_block *block);

/* Whether the text had to be shortened with an ellipsis to fit, and
 * whether that ellipsis cuts a word (no break point left room for it). */
gboolean patchart_text_block_ellipsized (const patchart_text_block *block);
gboolean patchart_text_block_cut (const patchart_text_block *block);

/* Draws the block with its logical top-left corner at X, Y. */
void patchart_text_block_draw (const patchart_text_block *block, cairo_t *cr, double x, double y);

/* Other faces for a block's fonts (FONT: a patchart_glyph's font). */
typedef struct {
  /* The face to draw FONT's glyphs with, or NULL for the font's own. */
  cairo_font_face_t *(*face) (gconstpointer font, gpointer data);
  /* The id in that face of FONT's glyph GLYPH. */
  guint (*glyph) (gconstpointer font, guint glyph, gpointer data);
} patchart_faces;

/* As patchart_text_block_draw(), with the faces FACES give, and the text
 * passed along with the glyphs (cairo_show_text_glyphs()) as pango does,
 * so that the text of a PDF can be extracted. */
void patchart_text_block_draw_faces (const patchart_text_block *block, cairo_t *cr, double x,
                                     double y, const patchart_faces *faces, gpointer data);

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

/* One run of a block's glyphs: one font, one size, one line, with the
 * characters they show, for a writer of real text (svgout.c --svg-text). */
typedef struct {
  gconstpointer font; /* as patchart_glyph.font */
  double size;        /* px per em */
  const char *text;   /* the characters shown, LENGTH bytes (not NUL-ended) */
  int length;
  guint n_glyphs;               /* glyphs, in logical order */
  const patchart_glyph *glyphs; /* with x, y from the block's top-left */
  const int *clusters;          /* per glyph, the byte offset in TEXT where its cluster starts */
  double end_x;                 /* where the last glyph's advance ends */
  gboolean ellipsis;            /* the glyphs are an ellipsis, standing for TEXT */
  gboolean hyphen;              /* the last glyph is a hyphen added at a line break */
} patchart_glyph_run;

typedef void (*patchart_run_func) (const patchart_glyph_run *run, gpointer data);

/* Calls FUNC for every run of glyphs the block shows, in order. */
void patchart_text_block_foreach_run (const patchart_text_block *block, patchart_run_func func,
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
