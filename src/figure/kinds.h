/* SPDX-License-Identifier: MIT */
/* kinds.h — the one table of chart kinds: name, help line, the data it
 * draws (which decides how its input is read and which options apply),
 * default order, and the layout function that draws it.
 *
 * The table lives at the figure stage because reading and checking
 * options need a kind's data; the layout functions it names are defined
 * in chart/, one file per kind.  Adding a kind is one file in chart/, one
 * prototype below and one row in kinds.c. */
#ifndef PATCHART_KINDS_H
#define PATCHART_KINDS_H

#include "figure/figure.h"

/* What a kind draws; options apply to kinds by these bits. */
typedef enum {
  PATCHART_DATA_SERIES = 1 << 0, /* labels and values */
  PATCHART_DATA_MATRIX = 1 << 1, /* rows x columns of values */
  PATCHART_DATA_LINES = 1 << 2,  /* a matrix read as series x ordered x values */
  PATCHART_DATA_CELLS = 1 << 3,  /* a matrix drawn as coloured cells */
  PATCHART_DATA_ANY = PATCHART_DATA_SERIES | PATCHART_DATA_MATRIX
} patchart_data_kind;

struct patchart_layout;
struct patchart_box;

/* Fills LAYOUT's display list inside PLOT (what the furniture left). */
typedef gboolean (*patchart_kind_layout_fn) (struct patchart_layout *layout,
                                             const patchart_figure *figure,
                                             const struct patchart_box *plot, GError **error);

typedef struct {
  patchart_kind kind;
  const char *name;    /* as the command line and spec files spell it */
  const char *summary; /* one line of help */
  patchart_data_kind data;
  patchart_sort default_sort;
  patchart_kind_layout_fn layout;
} patchart_kind_info;

/* The row of KIND; KIND must be a valid kind. */
const patchart_kind_info *patchart_kind_info_of (patchart_kind kind);

/* Every kind's name as a list for messages: "bars, ranking or heatmap";
 * a static string. */
const char *patchart_kind_names (void);

/* Whether KIND draws a matrix (else a series); whether it draws lines. */
gboolean patchart_kind_draws_matrix (patchart_kind kind);
gboolean patchart_kind_draws_lines (patchart_kind kind);

/* The layout functions, in chart/<name>.c. */
gboolean patchart_bars_layout (struct patchart_layout *layout, const patchart_figure *figure,
                               const struct patchart_box *plot, GError **error);
gboolean patchart_ranking_layout (struct patchart_layout *layout, const patchart_figure *figure,
                                  const struct patchart_box *plot, GError **error);
gboolean patchart_heatmap_layout (struct patchart_layout *layout, const patchart_figure *figure,
                                  const struct patchart_box *plot, GError **error);
gboolean patchart_line_layout (struct patchart_layout *layout, const patchart_figure *figure,
                               const struct patchart_box *plot, GError **error);

#endif
