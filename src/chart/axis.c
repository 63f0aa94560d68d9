/* SPDX-License-Identifier: MIT */
/* axis.c — ticks and tick labels shared by bars and the heatmap legend. */
#include <math.h>

#include "chart/axis.h"
#include "util/number.h"

gboolean
patchart_all_integers (const double *values, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (!isnan (values[i]) && values[i] != floor (values[i]))
      return FALSE;
  return TRUE;
}

gboolean
patchart_axis_init (patchart_axis *axis, const patchart_layout *layout, double lo, double hi,
                    gboolean integers, double length, double spacing, GError **error)
{
  guint max_ticks = (guint) (length / spacing) + 1;

  *axis = (patchart_axis){ 0 };
  patchart_ticks_nice (lo, hi, max_ticks, integers ? 1 : 0, &axis->ticks);
  for (guint i = 0; i < axis->ticks.n_ticks; i++) {
    char *text = patchart_number_format (axis->ticks.ticks[i], axis->ticks.decimals);
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
