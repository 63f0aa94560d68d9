/* SPDX-License-Identifier: MIT */
/* layout.h — every box of a figure or a report page, carved from the
 * canvas before any drawing: a display list of rectangles, rules,
 * gradients, measured text, nested figures, links and destinations.  The
 * kinds and the report fill it; draw.c paints it and measures nothing. */
#ifndef PATCHART_LAYOUT_H
#define PATCHART_LAYOUT_H

#include "chart/color.h"
#include "figure/figure.h"
#include "text/text.h"

typedef struct patchart_box {
  double x, y, w, h;
} patchart_box;

typedef enum {
  PATCHART_ITEM_RECT,     /* box filled with color */
  PATCHART_ITEM_HATCH,    /* box filled with fill, hatched with color */
  PATCHART_ITEM_RULE,     /* line from (box.x, box.y) to (box.x + box.w, box.y + box.h) */
  PATCHART_ITEM_GRADIENT, /* box filled left to right with the colour map */
  PATCHART_ITEM_TEXT,     /* text with its top-left at (box.x, box.y) */
  PATCHART_ITEM_PIXELS,   /* box filled with a grid of colours, nearest neighbour */
  PATCHART_ITEM_NESTED,   /* the layout nested, scaled to fit box, centred, clipped */
  PATCHART_ITEM_LINK,     /* box links to the destination called name (PDF only) */
  PATCHART_ITEM_DEST      /* destination called name at (box.x, box.y) (PDF only) */
} patchart_item_kind;

/* A grid of colours: WIDTH x HEIGHT 0x00RRGGBB (cairo's RGB24), row by row. */
typedef struct {
  guint width, height;
  GBytes *rgb; /* shared with the surfaces drawn from it */
} patchart_pixels;

typedef struct {
  patchart_item_kind kind;
  patchart_box box;
  patchart_rgb color;
  patchart_rgb fill;              /* hatch background */
  double line_width;              /* rules and hatching */
  patchart_text_block *text;      /* owned by the layout */
  patchart_pixels pixels;         /* PATCHART_ITEM_PIXELS; rgb owned by the layout */
  struct patchart_layout *nested; /* PATCHART_ITEM_NESTED; owned by the layout */
  char *name;                     /* PATCHART_ITEM_LINK and _DEST; owned by the layout */
} patchart_item;

/* What text is for; each role has its own size and weight. */
typedef enum {
  PATCHART_ROLE_TITLE,
  PATCHART_ROLE_SUBTITLE,
  PATCHART_ROLE_LABEL,
  PATCHART_ROLE_VALUE,
  PATCHART_ROLE_SMALL
} patchart_role;

typedef struct patchart_layout {
  double width, height;            /* the canvas, CSS pixels */
  double unit;                     /* type and spacing scale, 1 at 800x500 */
  const patchart_palette *palette; /* NULL on a page: no background */
  const char *lang;                /* the figure's */
  const char *input;               /* the figure's input name, for messages */
  GArray *items;                   /* of patchart_item, in painting order */
  patchart_text *text;             /* borrowed while laying out */
} patchart_layout;

patchart_layout *patchart_layout_new (const patchart_figure *figure, patchart_text *text);
/* A page of WIDTH x HEIGHT (points in a PDF) with no background, unit 1,
 * for text in LANG measured with TEXT (borrowed while laying out). */
patchart_layout *patchart_layout_new_page (double width, double height, const char *lang,
                                           patchart_text *text);
void patchart_layout_free (patchart_layout *layout);

void patchart_layout_rect (patchart_layout *layout, patchart_box box, patchart_rgb color);
void patchart_layout_hatch (patchart_layout *layout, patchart_box box, patchart_rgb fill,
                            patchart_rgb color);
void patchart_layout_rule (patchart_layout *layout, double x0, double y0, double x1, double y1,
                           double width, patchart_rgb color);
void patchart_layout_gradient (patchart_layout *layout, patchart_box box);
/* Fills BOX with PIXELS (its rgb taken over), each stretched to a cell. */
void patchart_layout_pixels (patchart_layout *layout, patchart_box box, patchart_pixels pixels);
/* Places BLOCK (taken over) with its top-left at X, Y. */
void patchart_layout_text (patchart_layout *layout, patchart_text_block *block, double x, double y,
                           patchart_rgb color);
/* Places CHILD (taken over) in BOX, scaled to fit and centred, as
 * patchart_figure_render() places a figure in a viewport. */
void patchart_layout_nest (patchart_layout *layout, patchart_box box, patchart_layout *child);
/* Makes BOX a link to the destination called DEST (copied). */
void patchart_layout_link (patchart_layout *layout, patchart_box box, const char *dest);
/* Names the point X, Y of the page NAME (copied), for links and bookmarks. */
void patchart_layout_dest (patchart_layout *layout, double x, double y, const char *name);

/* Measures STRING in ROLE's style, wrapped to MAX_WIDTH (<= 0: no
 * wrapping) and ellipsized after MAX_LINES (0: no limit). */
patchart_text_block *patchart_layout_measure (const patchart_layout *layout, const char *string,
                                              patchart_role role, double max_width, int max_lines,
                                              patchart_align align, GError **error);

/* As patchart_layout_measure() with a font size factor SHRINK (<= 1). */
patchart_text_block *patchart_layout_measure_scaled (const patchart_layout *layout,
                                                     const char *string, patchart_role role,
                                                     double shrink, double max_width, int max_lines,
                                                     patchart_align align, GError **error);

/* Measures N STRINGS alike; sets *WIDEST and *TALLEST to the largest
 * block's width and height.  Returns N blocks (patchart_blocks_free()).
 * PLACES (or NULL) say where each string is in the input, for errors. */
patchart_text_block **
patchart_layout_measure_many (const patchart_layout *layout, char *const *strings,
                              const patchart_place *places, guint n, patchart_role role,
                              double shrink, double max_width, int max_lines, patchart_align align,
                              double *widest, double *tallest, GError **error);

/* Frees N BLOCKS, skipping those set to NULL after being placed. */
void patchart_blocks_free (patchart_text_block **blocks, guint n);

/* VALUES as labels with DECIMALS digits: a NULL-terminated vector. */
char **patchart_format_values (const double *values, guint n, int decimals);

/* Lays out the title, subtitle, note and source line, and sets *PLOT to
 * the box that is left for the chart. */
gboolean patchart_layout_furniture (patchart_layout *layout, const patchart_figure *figure,
                                    patchart_box *plot, GError **error);

/* Fails with a clear error when BOX is too small to draw a chart in. */
gboolean patchart_layout_check_room (const patchart_layout *layout, double w, double h,
                                     const char *what, GError **error);

#endif
