/* SPDX-License-Identifier: MIT */
/* rows.h — horizontal bars, one row each: rank (when the order is by
 * value), name wrapped in its column, bar, value.  The ranking draws
 * these, and so do bars whose labels do not fit side by side. */
#ifndef PATCHART_ROWS_H
#define PATCHART_ROWS_H

#include "chart/layout.h"

/* Lays out FIGURE's series in PLOT as rows; with RANKS, each row but the
 * others row is numbered ("=3" for a tie). */
gboolean patchart_rows_layout (patchart_layout *layout, const patchart_figure *figure,
                               const patchart_box *plot, gboolean ranks, GError **error);

#endif
