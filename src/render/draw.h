/* SPDX-License-Identifier: MIT */
/* draw.h — paints a layout's display list on cairo; measures nothing. */
#ifndef PATCHART_DRAW_H
#define PATCHART_DRAW_H

#include <cairo.h>

#include "chart/layout.h"
#include "text/subset.h"

/* Paints LAYOUT with its canvas at the user-space origin of CR. */
void patchart_draw_layout (const patchart_layout *layout, cairo_t *cr);

/* Paints LAYOUT scaled to fit BOX (user space of CR), centred in it and
 * clipped to its canvas; CR is left as it was. */
void patchart_draw_layout_in (const patchart_layout *layout, cairo_t *cr, const patchart_box *box);

/* On a PDF surface both also write the structure of a tagged PDF: a
 * figure's title as H1 (H2 when nested in a page), subtitle, note and
 * source as P, the chart as Figure; a page's items in the elements they
 * name (patchart_layout_set_tag(), patchart_layout_begin()). */

/* Appends the alt text of every Figure element that drawing LAYOUT opens,
 * in that order, to ALTS (borrowed from LAYOUT). */
void patchart_draw_alt_texts (const patchart_layout *layout, GPtrArray *alts);

/* Notes every glyph LAYOUT shows (nested layouts too) in SUBSETS. */
void patchart_draw_note_glyphs (const patchart_layout *layout, patchart_font_subsets *subsets);

/* Makes text drawn on SURFACE use the font faces of SUBSETS (made; taken
 * over, freed with the surface) instead of pango's. */
void patchart_draw_use_subsets (cairo_surface_t *surface, patchart_font_subsets *subsets);

/* Appends " KEY='VALUE'" to S, VALUE quoted as cairo's tag attributes
 * want it (links, destinations, bookmarks). */
void patchart_put_tag_string (GString *s, const char *key, const char *value);

/* The grid P as an image for a box of DW x DH pixels in SVG: each cell a
 * block of whole pixels near its drawn size, since SVG viewers smooth a
 * scaled image.  Sets *WIDTH and *HEIGHT; returns RGB24 pixels. */
GBytes *patchart_pixels_for_svg (const patchart_pixels *p, double dw, double dh, guint *width,
                                 guint *height);

#endif
