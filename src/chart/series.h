/* SPDX-License-Identifier: MIT */
/* series.h — what several series share across kinds: each series' colour
 * (the same for a name across the figures of a spec), bars split into
 * stacked parts, and the legend that names the series. */
#ifndef PATCHART_SERIES_H
#define PATCHART_SERIES_H

#include "chart/layout.h"

/* The colour of series J: a bar's part, or a line chart's row. */
patchart_rgb patchart_series_color (const patchart_layout *layout, const patchart_figure *figure,
                                    guint j);

/* COLOR as bar I shows it: faded most of the way to the background when
 * other bars are highlighted. */
patchart_rgb patchart_bar_tint (const patchart_layout *layout, const patchart_figure *figure,
                                guint i, patchart_rgb color);

/* Draws bar I of FIGURE's series in BOX: one colour, or its parts stacked
 * from the axis (upwards, or rightwards when HORIZONTAL), each a mark. */
void patchart_layout_parts (patchart_layout *layout, const patchart_figure *figure, guint i,
                            patchart_box box, gboolean horizontal);

/* One bar of series J of bar I, in BOX (grouped bars). */
void patchart_layout_part (patchart_layout *layout, const patchart_figure *figure, guint i, guint j,
                           patchart_box box);

typedef enum {
  PATCHART_SWATCH_BOX, /* a filled square: bars */
  PATCHART_SWATCH_LINE /* a short thick line: lines */
} patchart_swatch;

/* Places a legend of the N NAMES in COLORS (line swatches with a dot
 * where DOTTED, which may be NULL) along the top of *PLOT, as many rows
 * as it needs, and takes its height off *PLOT.  Fails when the legend
 * would take more than a third of the plot even at the smallest size. */
gboolean patchart_legend_take (patchart_layout *layout, char *const *names,
                               const patchart_rgb *colors, const gboolean *dotted, guint n,
                               patchart_swatch swatch, patchart_box *plot, GError **error);

/* Stacked parts add up from the axis: an error names a bar with a part
 * below 0 (grouped bars may have them). */
gboolean patchart_parts_check_stack (const patchart_layout *layout, const patchart_figure *figure,
                                     GError **error);

/* The legend of FIGURE's bar parts, when its bars have any. */
gboolean patchart_parts_legend_take (patchart_layout *layout, const patchart_figure *figure,
                                     patchart_box *plot, GError **error);

#endif
