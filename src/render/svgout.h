/* SPDX-License-Identifier: MIT */
/* svgout.h — SVG written from the display list, not through cairo. */
#ifndef PATCHART_SVGOUT_H
#define PATCHART_SVGOUT_H

#include "chart/layout.h"

/* What the document says about itself, besides the drawing. */
typedef struct {
  const char *title; /* its <title>, or NULL for none */
  const char *desc;  /* its <desc> (the figure's description), or NULL */
  const char *lang;  /* its xml:lang, or NULL */
  gboolean text;     /* text as <text> in an embedded font subset, not outlines */
} patchart_svg_info;

/* Appends LAYOUT as an SVG document to OUT (INFO may be NULL: nothing
 * said): <title> and <desc> first, the
 * root an image labelled by them, the items in a group per part of the
 * figure (id="title", "plot", ...), marks with their class and data.
 * Fails only if an image or a font subset cannot be made. */
gboolean patchart_svg_write (const patchart_layout *layout, const patchart_svg_info *info,
                             GByteArray *out, GError **error);

#endif
