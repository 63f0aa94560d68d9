/* SPDX-License-Identifier: MIT */
/* colorscale.c — linear, diverging, log and quantile colour scales. */
#include <math.h>

#include "chart/colorscale.h"

patchart_color_scale
patchart_color_scale_resolve (patchart_color_scale scale, double lo, double hi)
{
  if (scale != PATCHART_COLOR_SCALE_AUTO)
    return scale;
  return lo < 0 && hi > 0 ? PATCHART_COLOR_SCALE_DIVERGING : PATCHART_COLOR_SCALE_LINEAR;
}

guint
patchart_log_ticks (double lo, double hi, double *ticks, double *d0, double *d1)
{
  static const double steps[] = { 1, 2, 5 };
  int e0 = (int) floor (log10 (lo) + 1e-9), e1 = (int) ceil (log10 (hi) - 1e-9);
  guint n = 0, every = 1;

  if (e1 <= e0)
    e1 = e0 + 1;
  while ((guint) (e1 - e0) / every + 1 > PATCHART_MAX_TICKS)
    every++; /* more decades than ticks: every second, third... power */
  for (int e = e0; e <= e1; e++) {
    for (guint s = 0; s < G_N_ELEMENTS (steps); s++) {
      double v = steps[s] * pow (10, e);
      gboolean fine = e1 - e0 == 1 && s > 0 && e < e1; /* one decade: 2 and 5 too */
      if ((s == 0 && (e - e0) % every == 0) || fine)
        ticks[n++] = v;
    }
  }
  *d0 = pow (10, e0);
  *d1 = pow (10, e1);
  return n;
}

double
patchart_log_t (double v, double d0, double d1)
{
  return (log10 (v) - log10 (d0)) / (log10 (d1) - log10 (d0));
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

guint
patchart_quantile_breaks (const double *values, gsize n, guint max_classes, double *breaks)
{
  GArray *sorted = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_breaks = 0;

  for (gsize i = 0; i < n; i++)
    if (!isnan (values[i]))
      g_array_append_val (sorted, values[i]);
  g_array_sort (sorted, compare_doubles);
  for (guint j = 0; j <= max_classes && sorted->len > 0; j++) {
    gsize at = (gsize) ((double) j * (sorted->len - 1) / max_classes + 0.5);
    double v = g_array_index (sorted, double, at);
    if (n_breaks == 0 || v > breaks[n_breaks - 1])
      breaks[n_breaks++] = v;
  }
  g_array_free (sorted, TRUE);
  return n_breaks;
}

guint
patchart_quantile_class (const double *breaks, guint n_breaks, double v)
{
  guint c = 0;

  while (c + 2 < n_breaks && v >= breaks[c + 1])
    c++;
  return c;
}
