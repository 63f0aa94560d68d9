/* SPDX-License-Identifier: MIT */
/* axis.c — ticks and tick labels shared by bars and the heatmap legend. */
#include <math.h>

#include "chart/axis.h"

gboolean
patchart_all_integers (const double *values, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (!isnan (values[i]) && values[i] != floor (values[i]))
      return FALSE;
  return TRUE;
}

/* The share of the axis past the data: [LO, HI] on TICKS. */
static double
empty_share (const patchart_ticks *ticks, double lo, double hi)
{
  double span = ticks->hi - ticks->lo;
  return span > 0 ? ((ticks->hi - hi) + (lo - ticks->lo)) / span : 0;
}

gboolean
patchart_axis_init (patchart_axis *axis, const patchart_layout *layout,
                    const patchart_numbers *numbers, double lo, double hi, gboolean integers,
                    double length, double spacing, GError **error)
{
  guint max_ticks = (guint) (length / spacing) + 1, most = (guint) (length / (spacing * 2 / 3)) + 1;
  int decimals;

  *axis = (patchart_axis){ 0 };
  patchart_ticks_nice (lo, hi, max_ticks, integers ? 1 : 0, &axis->ticks);
  /* 0..40,000 for a largest value of 30,124 leaves a quarter empty */
  for (guint more = max_ticks + 1;
       more <= MIN (most, PATCHART_MAX_TICKS) && empty_share (&axis->ticks, lo, hi) > 0.2; more++)
    patchart_ticks_nice (lo, hi, more, integers ? 1 : 0, &axis->ticks);
  decimals = patchart_numbers_step_decimals (numbers, axis->ticks.step);
  for (guint i = 0; i < axis->ticks.n_ticks; i++) {
    char *text = patchart_numbers_format (numbers, axis->ticks.ticks[i], decimals);
    axis->labels[i] = patchart_layout_measure (layout, text, PATCHART_ROLE_SMALL, 0, 0,
                                               PATCHART_ALIGN_LEFT, error);
    g_free (text);
    if (axis->labels[i] == NULL) {
      patchart_axis_clear (axis);
      return FALSE;
    }
    axis->max_label_width =
        MAX (axis->max_label_width, patchart_text_block_width (axis->labels[i]));
    axis->label_height = MAX (axis->label_height, patchart_text_block_height (axis->labels[i]));
  }
  return TRUE;
}

void
patchart_axis_clear (patchart_axis *axis)
{
  for (guint i = 0; i < PATCHART_MAX_TICKS; i++)
    g_clear_pointer (&axis->labels[i], patchart_text_block_free);
}

patchart_text_block *
patchart_axis_take_label (patchart_axis *axis, guint i)
{
  patchart_text_block *label = axis->labels[i];

  axis->labels[i] = NULL;
  return label;
}
