/* SPDX-License-Identifier: MIT */
/* draw.h — paints a layout's display list on cairo; measures nothing. */
#ifndef PATCHART_DRAW_H
#define PATCHART_DRAW_H

#include <cairo.h>

#include "chart/layout.h"

/* Paints LAYOUT with its canvas at the user-space origin of CR. */
void patchart_draw_layout (const patchart_layout *layout, cairo_t *cr);

/* Paints LAYOUT scaled to fit BOX (user space of CR), centred in it and
 * clipped to its canvas; CR is left as it was. */
void patchart_draw_layout_in (const patchart_layout *layout, cairo_t *cr, const patchart_box *box);

/* Appends " KEY='VALUE'" to S, VALUE quoted as cairo's tag attributes
 * want it (links, destinations, bookmarks). */
void patchart_put_tag_string (GString *s, const char *key, const char *value);

/* The grid P as an image for a box of DW x DH pixels in SVG: each cell a
 * block of whole pixels near its drawn size, since SVG viewers smooth a
 * scaled image.  Sets *WIDTH and *HEIGHT; returns RGB24 pixels. */
GBytes *patchart_pixels_for_svg (const patchart_pixels *p, double dw, double dh, guint *width,
                                 guint *height);

#endif
