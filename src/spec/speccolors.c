/* SPDX-License-Identifier: MIT */
/* speccolors.c — series colours shared by the figures of a spec, worked
 * out once from every figure that draws several series. */
#include <string.h>

#include "count/alias.h"
#include "figure/figure.h"
#include "figure/kinds.h"
#include "spec/speccolors.h"

struct patchart_spec_colors {
  GMutex lock;
  gboolean ready;
  guint n;                 /* figures in the spec */
  patchart_figure **built; /* n: built to learn their series, not yet handed out */
  guint **slots;           /* n: palette slot of each series, or NULL */
  guint *n_slots;          /* n */
};

patchart_spec_colors *
patchart_spec_colors_new (void)
{
  patchart_spec_colors *c = g_new0 (patchart_spec_colors, 1);

  g_mutex_init (&c->lock);
  return c;
}

void
patchart_spec_colors_free (patchart_spec_colors *c)
{
  if (c == NULL)
    return;
  for (guint i = 0; i < c->n; i++) {
    patchart_figure_free (c->built[i]);
    g_free (c->slots[i]);
  }
  g_free (c->built);
  g_free (c->slots);
  g_free (c->n_slots);
  g_mutex_clear (&c->lock);
  g_free (c);
}

static const patchart_spec_figure *
figure_at (const patchart_spec *spec, guint index)
{
  return g_ptr_array_index (spec->figures, index);
}

static gboolean
draws_series (const patchart_spec_figure *fig)
{
  const patchart_figure_options *o;

  if (fig->problem != NULL)
    return FALSE;
  o = patchart_settings_get_options (fig->settings);
  return patchart_kind_draws_lines (o->kind) || patchart_figure_options_split (o);
}

/* The slot for each of FIGURE's N series: a name's slot from an earlier
 * figure (in NAMED) unless another series here has it, else the slot
 * used least so far (USAGE) that none here has. */
static guint *
assign (const patchart_figure *figure, char *const *names, guint n, GHashTable *named, guint *usage)
{
  guint n_colors = MAX (1, MIN (figure->palette->n_colors, PATCHART_MAX_COLORS));
  gboolean taken[PATCHART_MAX_COLORS] = { FALSE };
  guint *slots = g_new (guint, MAX (n, 1));
  char **keys = g_new0 (char *, n + 1);

  for (guint j = 0; j < n; j++) {
    gpointer known;
    keys[j] = patchart_fold_name (names[j]);
    slots[j] = G_MAXUINT;
    known = g_hash_table_lookup (named, keys[j]);
    if (known != NULL && GPOINTER_TO_UINT (known) - 1 < n_colors &&
        !taken[GPOINTER_TO_UINT (known) - 1]) {
      slots[j] = GPOINTER_TO_UINT (known) - 1;
      taken[slots[j]] = TRUE;
    }
  }
  for (guint j = 0; j < n; j++) {
    guint best = j % n_colors;
    if (slots[j] != G_MAXUINT)
      continue;
    for (guint k = n_colors; k-- > 0;)
      if (!taken[k] && (taken[best] || usage[k] <= usage[best]))
        best = k;
    slots[j] = best;
    taken[best] = TRUE;
    usage[best]++;
    if (!g_hash_table_contains (named, keys[j])) {
      g_hash_table_insert (named, keys[j], GUINT_TO_POINTER (best + 1));
      keys[j] = NULL;
    }
  }
  g_strfreev (keys);
  return slots;
}

static void
prepare (const patchart_spec *spec, patchart_spec_colors *c)
{
  GHashTable *named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint usage[PATCHART_MAX_COLORS] = { 0 }, n_series_figures = 0;

  c->n = spec->figures->len;
  c->built = g_new0 (patchart_figure *, MAX (c->n, 1));
  c->slots = g_new0 (guint *, MAX (c->n, 1));
  c->n_slots = g_new0 (guint, MAX (c->n, 1));
  for (guint i = 0; i < c->n; i++)
    n_series_figures += draws_series (figure_at (spec, i));
  /* one figure alone keeps its colours in its own order */
  for (guint i = 0; i < c->n && n_series_figures > 1; i++) {
    const patchart_spec_figure *fig = figure_at (spec, i);
    char *const *names;
    if (!draws_series (fig))
      continue;
    /* a figure that fails here fails again, with its message, when it is made */
    c->built[i] = patchart_figure_new_from_file (
        fig->input, patchart_settings_get_options (fig->settings), NULL);
    if (c->built[i] == NULL)
      continue;
    names = patchart_figure_series_names (c->built[i], &c->n_slots[i]);
    c->slots[i] = assign (c->built[i], names, c->n_slots[i], named, usage);
  }
  g_hash_table_destroy (named);
  c->ready = TRUE;
}

patchart_figure *
patchart_spec_colors_take (const patchart_spec *spec, guint index)
{
  patchart_spec_colors *c = spec->colors;
  patchart_figure *figure;

  /* a figure of one series needs nobody else's colours */
  if (index >= spec->figures->len || !draws_series (figure_at (spec, index)))
    return NULL;
  g_mutex_lock (&c->lock);
  if (!c->ready)
    prepare (spec, c);
  figure = index < c->n ? c->built[index] : NULL;
  if (figure != NULL)
    c->built[index] = NULL;
  g_mutex_unlock (&c->lock);
  return figure;
}

void
patchart_spec_colors_apply (const patchart_spec *spec, guint index, patchart_figure *figure)
{
  patchart_spec_colors *c = spec->colors;
  guint n;

  patchart_figure_series_names (figure, &n);
  if (n == 0)
    return;
  g_mutex_lock (&c->lock);
  if (!c->ready)
    prepare (spec, c);
  if (index < c->n && c->slots[index] != NULL && c->n_slots[index] == n) {
    g_free (figure->series_slots);
    figure->series_slots = g_memdup2 (c->slots[index], sizeof (guint) * n);
  }
  g_mutex_unlock (&c->lock);
}
