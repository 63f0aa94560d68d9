/* SPDX-License-Identifier: MIT */
/* render.h — figure -> layout -> drawing on a caller's cairo_t. */
#ifndef PATCHART_RENDER_H
#define PATCHART_RENDER_H

#include "figure/figure.h"
#include "chart/layout.h"

/* Lays FIGURE out completely (text measured, every box placed).
 * Returns a new layout (patchart_layout_free()) or NULL. */
patchart_layout *patchart_figure_layout (const patchart_figure *figure, GError **error);

#endif
