/* kinds.h — one layout function per chart kind, dispatched by render.c.
 * Each fills LAYOUT's display list inside PLOT (what the furniture left). */
#ifndef PATCHART_KINDS_H
#define PATCHART_KINDS_H

#include "figure/figure.h"
#include "chart/layout.h"

typedef gboolean (*patchart_kind_layout_fn) (patchart_layout *layout,
                                             const patchart_figure *figure,
                                             const patchart_box *plot, GError **error);

gboolean patchart_bars_layout (patchart_layout *layout, const patchart_figure *figure,
                               const patchart_box *plot, GError **error);
gboolean patchart_ranking_layout (patchart_layout *layout, const patchart_figure *figure,
                                  const patchart_box *plot, GError **error);
gboolean patchart_heatmap_layout (patchart_layout *layout, const patchart_figure *figure,
                                  const patchart_box *plot, GError **error);

#endif
