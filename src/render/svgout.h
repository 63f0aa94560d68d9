/* SPDX-License-Identifier: MIT */
/* svgout.h — SVG written from the display list, not through cairo. */
#ifndef PATCHART_SVGOUT_H
#define PATCHART_SVGOUT_H

#include "chart/layout.h"

/* Appends LAYOUT as an SVG document (TITLE, or NULL, as its <title>) to
 * OUT.  Fails only if an image cannot be encoded. */
gboolean patchart_svg_write (const patchart_layout *layout, const char *title, GByteArray *out,
                             GError **error);

#endif
