/* SPDX-License-Identifier: MIT */
/* colorscale.h — how a heatmap's values become positions 0..1 on its
 * colour scheme, and the values its legend shows: linear and diverging
 * (nice ticks, the latter symmetric about zero), log (powers of ten), and
 * quantile (classes of about equally many cells, labelled by their
 * breaks).  Pure. */
#ifndef PATCHART_COLORSCALE_H
#define PATCHART_COLORSCALE_H

#include "chart/scale.h"
#include "patchart.h"

/* AUTO as it is meant for values LO .. HI: diverging when they cross zero,
 * else linear. */
patchart_color_scale patchart_color_scale_resolve (patchart_color_scale scale, double lo,
                                                   double hi);

/* Log: the powers of ten from below LO to above HI (both above 0) in
 * TICKS (with 2 and 5 times them when the values span one decade or
 * less), at most PATCHART_MAX_TICKS; *D0 and *D1 the ends. */
guint patchart_log_ticks (double lo, double hi, double *ticks, double *d0, double *d1);

/* Where V lies from D0 to D1 (both above 0) on a log scale, 0..1. */
double patchart_log_t (double v, double d0, double d1);

/* Quantile: the breaks between at most MAX_CLASSES classes of the N
 * VALUES (NAN skipped), the lowest first and the highest last, no two
 * equal: n_classes + 1 of them in BREAKS (room for MAX_CLASSES + 1).
 * Returns how many breaks; 1 when every value is the same. */
guint patchart_quantile_breaks (const double *values, gsize n, guint max_classes, double *breaks);

/* The class of V among N_BREAKS breaks: 0 .. N_BREAKS - 2. */
guint patchart_quantile_class (const double *breaks, guint n_breaks, double v);

#endif
