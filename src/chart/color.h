/* SPDX-License-Identifier: MIT */
/* color.h — palettes, the sequential colour map, readable text colours. */
#ifndef PATCHART_COLOR_H
#define PATCHART_COLOR_H

#include <glib.h>

typedef struct {
  double r, g, b; /* 0..1 */
} patchart_rgb;

/* The theme: a newspaper's restrained palette. */
typedef struct {
  patchart_rgb background, text, muted_text, grid, axis, bar, missing, missing_hatch;
} patchart_palette;

const patchart_palette *patchart_palette_light (void);

/* The sequential map at T in 0..1: light (few) to dark (many). */
patchart_rgb patchart_colormap (double t);

/* The colour map's stops, for gradients: N_STOPS of them at 0..1. */
guint patchart_colormap_n_stops (void);
patchart_rgb patchart_colormap_stop (guint i, double *offset);

/* The WCAG relative luminance of C, 0 (black) .. 1 (white). */
double patchart_luminance (patchart_rgb c);

/* C as cairo's 8-bit 0x00RRGGBB, rounded as cairo rounds a source colour. */
guint32 patchart_rgb24 (patchart_rgb c);

/* Dark or light text, whichever contrasts more with BACKGROUND. */
patchart_rgb patchart_text_on (patchart_rgb background);

#endif
