/* SPDX-License-Identifier: MIT */
/* scale.c — nice ticks after Heckbert, "Nice numbers for graph labels"
 * (Graphics Gems, 1990). */
#include <math.h>

#include "chart/scale.h"

double
patchart_nice_number (double x, gboolean round)
{
  double exponent = floor (log10 (x));
  double fraction = x / pow (10, exponent);
  double nice;

  if (round)
    nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
  else
    nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * pow (10, exponent);
}

static int
decimals_for_step (double step)
{
  int decimals = (int) -floor (log10 (step) + 1e-9);
  return decimals > 0 ? decimals : 0;
}

/* The smallest nice step that covers [LO, HI] in at most MAX_TICKS ticks. */
static double
step_for (double lo, double hi, guint max_ticks, double min_step)
{
  double step = MAX (patchart_nice_number ((hi - lo) / (max_ticks - 1), FALSE), min_step);

  while (ceil (hi / step - 1e-9) - floor (lo / step + 1e-9) + 1 > max_ticks)
    step = patchart_nice_number (step * 1.01, FALSE);
  return step;
}

void
patchart_ticks_nice (double lo, double hi, guint max_ticks, double min_step, patchart_ticks *t)
{
  double step;

  max_ticks = CLAMP (max_ticks, 2, PATCHART_MAX_TICKS);
  if (!(hi > lo)) {
    hi = lo + (lo == 0 ? 1 : fabs (lo));
  }
  step = step_for (lo, hi, max_ticks, min_step);
  t->lo = floor (lo / step + 1e-9) * step;
  t->hi = ceil (hi / step - 1e-9) * step;
  t->step = step;
  t->decimals = decimals_for_step (step);
  t->n_ticks = 0;
  for (double v = t->lo; v <= t->hi + step * 1e-6 && t->n_ticks < PATCHART_MAX_TICKS; v += step) {
    /* snap away the rounding error the additions pile up */
    t->ticks[t->n_ticks++] = round (v / step) * step;
  }
}

double
patchart_scale_map (const patchart_scale *s, double v)
{
  if (s->d1 == s->d0)
    return s->r0;
  return s->r0 + (v - s->d0) / (s->d1 - s->d0) * (s->r1 - s->r0);
}
