/* SPDX-License-Identifier: MIT */
/* kinds.c — the table of chart kinds, and the public lookups over it. */
#include <string.h>

#include "figure/kinds.h"

static const patchart_kind_info kinds[] = {
  { PATCHART_KIND_BARS, "bars", "vertical bars, one per label", PATCHART_DATA_SERIES,
    PATCHART_SORT_DESC, patchart_bars_layout },
  { PATCHART_KIND_RANKING, "ranking", "horizontal bars, largest on top", PATCHART_DATA_SERIES,
    PATCHART_SORT_DESC, patchart_ranking_layout },
  { PATCHART_KIND_HEATMAP, "heatmap", "rows x columns in a colour scale",
    PATCHART_DATA_MATRIX | PATCHART_DATA_CELLS, PATCHART_SORT_NONE, patchart_heatmap_layout },
  { PATCHART_KIND_LINE, "line", "one line per series over years, incomplete years marked",
    PATCHART_DATA_MATRIX | PATCHART_DATA_LINES, PATCHART_SORT_DESC, patchart_line_layout },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == PATCHART_N_KINDS);

const patchart_kind_info *
patchart_kind_info_of (patchart_kind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), &kinds[0]);
  g_assert (kinds[kind].kind == kind);
  return &kinds[kind];
}

const char *
patchart_kind_names (void)
{
  static char *names = NULL;

  if (g_once_init_enter (&names)) {
    GString *list = g_string_new (NULL);
    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
      g_string_append_printf (list, "%s%s",
                              i == 0                         ? ""
                              : i + 1 < G_N_ELEMENTS (kinds) ? ", "
                                                             : " or ",
                              kinds[i].name);
    g_once_init_leave (&names, g_string_free (list, FALSE));
  }
  return names;
}

gboolean
patchart_kind_draws_matrix (patchart_kind kind)
{
  return (patchart_kind_info_of (kind)->data & PATCHART_DATA_MATRIX) != 0;
}

gboolean
patchart_kind_draws_lines (patchart_kind kind)
{
  return (patchart_kind_info_of (kind)->data & PATCHART_DATA_LINES) != 0;
}

const char *
patchart_kind_get_name (patchart_kind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), NULL);
  return kinds[kind].name;
}

const char *
patchart_kind_get_summary (patchart_kind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), NULL);
  return kinds[kind].summary;
}

gboolean
patchart_kind_from_name (const char *name, patchart_kind *kind)
{
  g_return_val_if_fail (name != NULL && kind != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strcmp (kinds[i].name, name) == 0) {
      *kind = kinds[i].kind;
      return TRUE;
    }
  return FALSE;
}
