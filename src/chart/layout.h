/* SPDX-License-Identifier: MIT */
/* layout.h — every box of a figure or a report page, carved from the
 * canvas before any drawing: a display list of rectangles, rules,
 * gradients, measured text, nested figures, links and destinations.  The
 * kinds and the report fill it; draw.c paints it and measures nothing. */
#ifndef PATCHART_LAYOUT_H
#define PATCHART_LAYOUT_H

#include "chart/color.h"
#include "figure/figure.h"
#include "figure/numbers.h"
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
  PATCHART_ITEM_DEST,     /* destination called name at (box.x, box.y) (PDF only) */
  PATCHART_ITEM_PATH,     /* line through points, round joins; dashed when dash > 0 */
  PATCHART_ITEM_DOT,      /* disc of radius line_width centred at (box.x, box.y) */
  PATCHART_ITEM_BEGIN,    /* opens the structure element tag on a page (tagged PDF only) */
  PATCHART_ITEM_END       /* closes the structure element tag (tagged PDF only) */
} patchart_item_kind;

/* A grid of colours: WIDTH x HEIGHT 0x00RRGGBB (cairo's RGB24), row by row. */
typedef struct {
  guint width, height;
  GBytes *rgb; /* shared with the surfaces drawn from it */
} patchart_pixels;

/* The named part of a figure an item belongs to, for the SVG writer's
 * groups (id="title", ...): a designer or a script finds every part.
 * Painting ignores it. */
typedef enum {
  PATCHART_PART_NONE, /* not part of a figure's parts (report pages) */
  PATCHART_PART_TITLE,
  PATCHART_PART_SUBTITLE,
  PATCHART_PART_PLOT,   /* the marks (bars, cells) and gridlines */
  PATCHART_PART_AXIS,   /* axis lines, tick labels, category names */
  PATCHART_PART_LABELS, /* the values written on or beside the marks */
  PATCHART_PART_LEGEND,
  PATCHART_PART_NOTE,
  PATCHART_PART_SOURCE,
  PATCHART_N_PARTS
} patchart_part;

/* What a mark shows, for the SVG writer: class="bar" data-label="中国"
 * data-value="30124" (and data-column for a cell). */
typedef struct {
  const char *name; /* the class: "bar", "cell", ...; NULL: not a mark */
  char *label;      /* owned by the layout */
  char *column;     /* a cell's column, or NULL; owned by the layout */
  double value;     /* NAN for a missing cell */
} patchart_mark;

typedef struct {
  patchart_item_kind kind;
  patchart_part part;
  patchart_box box;
  patchart_rgb color;
  patchart_rgb fill;              /* hatch background */
  double line_width;              /* rules and hatching */
  patchart_text_block *text;      /* owned by the layout */
  patchart_pixels pixels;         /* PATCHART_ITEM_PIXELS; rgb owned by the layout */
  struct patchart_layout *nested; /* PATCHART_ITEM_NESTED; owned by the layout */
  char *name;                     /* PATCHART_ITEM_LINK and _DEST; owned by the layout */
  patchart_mark mark;             /* what a bar or cell shows */
  double *points;                 /* PATCHART_ITEM_PATH: x, y pairs; owned by the layout */
  guint n_points;
  double dash;                    /* PATCHART_ITEM_PATH: length of dashes and gaps, 0 = solid */
  const patchart_palette *scheme; /* PATCHART_ITEM_GRADIENT: its colours (the layout's) */
  const char *tag;                /* text, _BEGIN, _END: structure element ("H1", "P", "TD"), or
                                   * NULL; static */
} patchart_item;

/* What text is for; each role has its own size and weight. */
typedef enum {
  PATCHART_ROLE_TITLE,
  PATCHART_ROLE_SUBTITLE,
  PATCHART_ROLE_LABEL,
  PATCHART_ROLE_VALUE,
  PATCHART_ROLE_SMALL
} patchart_role;

/* Nothing is set smaller: 10 CSS px in a figure, 7 pt on a report page. */
#define PATCHART_MIN_TEXT_PX 10.0
#define PATCHART_MIN_PAGE_TEXT_PT 7.0

typedef struct patchart_layout {
  double width, height;            /* the canvas, CSS pixels */
  double unit;                     /* type and spacing scale: --font-scale */
  double min_size;                 /* no text smaller than this */
  const patchart_palette *palette; /* NULL on a page: no background */
  const char *lang;                /* the figure's */
  const char *input;               /* the figure's input name, for messages */
  GArray *items;                   /* of patchart_item, in painting order */
  patchart_text *text;             /* borrowed while laying out */
  patchart_part part;              /* of the items added next */
  patchart_palette colors;         /* what palette points to in a figure */
  char *alt;                       /* a figure's: its alt text (tagged PDF); NULL on a page */
  patchart_box plot;               /* a figure's: the chart's box inside the furniture */
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
/* A rule of the plot's grid, drawn under the marks: part of the plot. */
void patchart_layout_gridline (patchart_layout *layout, double x0, double y0, double x1, double y1,
                               double width, patchart_rgb color);
void patchart_layout_gradient (patchart_layout *layout, patchart_box box);
/* A line of WIDTH through N_POINTS points (XY: x, y pairs, copied);
 * dashed with dashes and gaps of DASH when DASH > 0. */
void patchart_layout_path (patchart_layout *layout, const double *xy, guint n_points, double width,
                           double dash, patchart_rgb color);
/* A disc of RADIUS centred at X, Y. */
void patchart_layout_dot (patchart_layout *layout, double x, double y, double radius,
                          patchart_rgb color);
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

/* Items added from now on belong to PART (after the furniture: the plot). */
void patchart_layout_group (patchart_layout *layout, patchart_part part);
/* The item added last belongs to PART. */
void patchart_layout_tag (patchart_layout *layout, patchart_part part);
/* The item added last is a mark of the plot, of class NAME (static),
 * showing VALUE for LABEL (and COLUMN, or NULL); both copied. */
void patchart_layout_mark (patchart_layout *layout, const char *name, const char *label,
                           const char *column, double value);
/* Makes the last item placed a structure element TAG (static: "H1",
 * "P", "TH", "TD") in a tagged PDF. */
void patchart_layout_set_tag (patchart_layout *layout, const char *tag);
/* Opens and closes a structure element TAG (static: "Table", "TR") around
 * the items placed in between, on a page (tagged PDF). */
void patchart_layout_begin (patchart_layout *layout, const char *tag);
void patchart_layout_end (patchart_layout *layout, const char *tag);

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

/* The height of the tallest of N BLOCKS (NULL ones skipped). */
double patchart_blocks_tallest (patchart_text_block *const *blocks, guint n);

/* The first of N BLOCKS shortened inside a word, or N when none is. */
guint patchart_blocks_first_cut (patchart_text_block *const *blocks, guint n);

/* Frees N BLOCKS, skipping those set to NULL after being placed. */
void patchart_blocks_free (patchart_text_block **blocks, guint n);

/* Whether bar I of FIGURE's series is a year from --incomplete-from on. */
gboolean patchart_bar_incomplete (const patchart_figure *figure, guint i);

/* Draws bar I of FIGURE in BOX: filled, or hatched when its year is
 * incomplete. */
void patchart_layout_bar (patchart_layout *layout, const patchart_figure *figure, guint i,
                          patchart_box box);

/* Where the glyphs of text item ITEM are on the canvas (within its box). */
patchart_box patchart_item_ink (const patchart_item *item);

/* The colour of bar I of FIGURE's series: the others bar grey, bars not
 * highlighted (when some are) muted, the rest the accent. */
patchart_rgb patchart_bar_color (const patchart_layout *layout, const patchart_figure *figure,
                                 guint i);

/* The smallest shrink of ROLE's size that is still at least min_size. */
double patchart_layout_min_shrink (const patchart_layout *layout, patchart_role role);

/* VALUES as NUMBERS write them with DECIMALS: a NULL-terminated vector. */
char **patchart_format_values (const patchart_numbers *numbers, const double *values, guint n,
                               int decimals);

/* Lays out the title, subtitle, note and source line, and sets *PLOT to
 * the box that is left for the chart. */
gboolean patchart_layout_furniture (patchart_layout *layout, const patchart_figure *figure,
                                    patchart_box *plot, GError **error);

/* Places the figure's axis titles: the value title over the top left of
 * *PLOT, the label title centred under it; *PLOT shrinks to what is
 * left. */
gboolean patchart_layout_axis_titles (patchart_layout *layout, const patchart_figure *figure,
                                      patchart_box *plot, GError **error);

/* Fails with a clear error when BOX is too small to draw a chart in. */
gboolean patchart_layout_check_room (const patchart_layout *layout, double w, double h,
                                     const char *what, GError **error);

#endif
