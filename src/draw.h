/* draw.h — paints a layout's display list on cairo; measures nothing. */
#ifndef PATCHART_DRAW_H
#define PATCHART_DRAW_H

#include <cairo.h>

#include "layout.h"

/* Paints LAYOUT with its canvas at the user-space origin of CR. */
void patchart_draw_layout (const patchart_layout *layout, cairo_t *cr);

#endif
