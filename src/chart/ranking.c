/* SPDX-License-Identifier: MIT */
/* ranking.c — horizontal bars, largest on top, numbered when the order
 * is by value (chart/rows.c draws them); values below zero are refused. */
#include "chart/rows.h"
#include "chart/series.h"
#include "figure/kinds.h"
#include "util/error.h"

static gboolean
check_values (const patchart_layout *layout, const patchart_series *s, GError **error)
{
  for (guint i = 0; i < s->n_items; i++)
    if (s->values[i] < 0) {
      char *excerpt = patchart_excerpt (s->labels[i]);
      patchart_set_error_at (error, PATCHART_ERROR_DATA, layout->input, s->places[i].line, 0,
                             "\"%s\" has %g: a ranking shows values of 0 or more", excerpt,
                             s->values[i]);
      g_free (excerpt);
      return FALSE;
    }
  return TRUE;
}

gboolean
patchart_ranking_layout (patchart_layout *layout, const patchart_figure *figure,
                         const patchart_box *plot, GError **error)
{
  patchart_box rest = *plot;

  /* ranks say something only when the order is by value */
  return check_values (layout, figure->series, error) &&
         patchart_parts_check_stack (layout, figure, error) &&
         patchart_parts_legend_take (layout, figure, &rest, error) &&
         patchart_rows_layout (layout, figure, &rest, figure->sort != PATCHART_SORT_NONE, error);
}
