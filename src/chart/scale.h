/* SPDX-License-Identifier: MIT */
/* scale.h — linear scales and nice tick values (pure). */
#ifndef PATCHART_SCALE_H
#define PATCHART_SCALE_H

#include <glib.h>

#define PATCHART_MAX_TICKS 12

typedef struct {
  double lo, hi; /* the axis range: from the first tick to the last */
  double step;   /* between ticks: 1, 2 or 5 times a power of ten */
  guint n_ticks;
  double ticks[PATCHART_MAX_TICKS];
  int decimals; /* to print every tick alike */
} patchart_ticks;

/* Ticks covering [LO, HI] with at most MAX_TICKS (2..PATCHART_MAX_TICKS)
 * ticks, and as many as fit, spaced at least MIN_STEP apart (1 for counts,
 * so no "0.5 patents"; 0 for no minimum).  LO == HI is widened. */
void patchart_ticks_nice (double lo, double hi, guint max_ticks, double min_step,
                          patchart_ticks *ticks);

/* The nice number (1, 2, 5 x 10^k) nearest X when ROUND, else the
 * smallest nice number at least X.  X > 0. */
double patchart_nice_number (double x, gboolean round);

typedef struct {
  double d0, d1; /* domain */
  double r0, r1; /* range */
} patchart_scale;

/* Maps V from the domain to the range, linearly. */
double patchart_scale_map (const patchart_scale *scale, double v);

#endif
