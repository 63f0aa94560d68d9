/* SPDX-License-Identifier: MIT */
/* color.h — palettes, the sequential colour map, readable text colours. */
#ifndef PATCHART_COLOR_H
#define PATCHART_COLOR_H

#include <glib.h>

#include "figure/themes.h"

typedef struct {
  double r, g, b; /* 0..1 */
} patchart_rgb;

/* The colours a figure is drawn with: a theme (figure/themes.c) with its
 * series palette and colour scheme, as numbers cairo takes. */
typedef struct {
  patchart_rgb background, text, muted_text, grid, axis, bar, missing, missing_hatch;
  patchart_rgb other_bar;                   /* the --others bar: many labels, not one */
  patchart_rgb muted_bar;                   /* bars not highlighted when some are */
  patchart_rgb band;                        /* behind incomplete years */
  patchart_rgb series[PATCHART_MAX_COLORS]; /* one colour per series, in order */
  guint n_series;
  patchart_rgb stops[PATCHART_MAX_COLORS]; /* the colour scheme, few to many */
  guint n_stops;
} patchart_palette;

/* Fills PALETTE from THEME, the series colours SERIES, the scheme SCHEME
 * and the bars' colour ACCENT (0xRRGGBB). */
void patchart_palette_init (patchart_palette *palette, const patchart_theme *theme,
                            const patchart_color_list *series, const patchart_color_list *scheme,
                            guint32 accent);

/* A + (B - A) * F, in whole 8-bit levels. */
patchart_rgb patchart_rgb_mix (patchart_rgb a, patchart_rgb b, double f);

/* Makes SCHEME the palette's colour scheme. */
void patchart_palette_init_scheme (patchart_palette *palette, const patchart_color_list *scheme);

/* The palette's colour scheme at T in 0..1 (few to many). */
patchart_rgb patchart_palette_ramp (const patchart_palette *palette, double t);

/* The default scheme at T in 0..1: light (few) to dark (many). */
patchart_rgb patchart_colormap (double t);

/* Stop I of the palette's scheme, and its OFFSET in 0..1, for gradients. */
patchart_rgb patchart_palette_stop (const patchart_palette *palette, guint i, double *offset);

/* The WCAG relative luminance of C, 0 (black) .. 1 (white). */
double patchart_luminance (patchart_rgb c);

/* C as cairo's 8-bit 0x00RRGGBB, rounded as cairo rounds a source colour. */
guint32 patchart_rgb24 (patchart_rgb c);

/* The WCAG contrast ratio of A and B, 1 .. 21. */
double patchart_contrast (patchart_rgb a, patchart_rgb b);

/* Text for BACKGROUND with a contrast of at least 4.5:1 (WCAG AA): the
 * palette's dark text or white where either reaches it, black else. */
patchart_rgb patchart_text_on (patchart_rgb background);

/* COLOR for text on BACKGROUND: COLOR itself where it reads well (WCAG
 * 4.5:1), else mixed towards TEXT, in steps of a tenth, until it does. */
patchart_rgb patchart_readable_on (patchart_rgb color, patchart_rgb background, patchart_rgb text);

#endif
