/* SPDX-License-Identifier: MIT */
/* specrun.c — a spec's figures made and written, one by one or on a
 * pool of threads (each with its own pango font map, see fonts.c). */
#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "spec/spec.h"
#include "spec/speccolors.h"

static const patchart_spec_figure *
figure_at (const patchart_spec *spec, guint index)
{
  g_return_val_if_fail (spec != NULL && index < spec->figures->len, NULL);
  return g_ptr_array_index (spec->figures, index);
}

guint
patchart_spec_get_n_figures (const patchart_spec *spec)
{
  g_return_val_if_fail (spec != NULL, 0);
  return spec->figures->len;
}

const char *
patchart_spec_get_name (const patchart_spec *spec, guint index)
{
  const patchart_spec_figure *fig = figure_at (spec, index);
  return fig != NULL ? fig->name : NULL;
}

gboolean
patchart_spec_find (const patchart_spec *spec, const char *name, guint *index)
{
  g_return_val_if_fail (spec != NULL && name != NULL, FALSE);
  for (guint i = 0; i < spec->figures->len; i++)
    if (strcmp (figure_at (spec, i)->name, name) == 0) {
      *index = i;
      return TRUE;
    }
  return FALSE;
}

const patchart_figure_options *
patchart_spec_get_options (const patchart_spec *spec, guint index)
{
  const patchart_spec_figure *fig = figure_at (spec, index);
  return fig != NULL && fig->problem == NULL ? patchart_settings_get_options (fig->settings) : NULL;
}

const char *
patchart_spec_get_input (const patchart_spec *spec, guint index)
{
  const patchart_spec_figure *fig = figure_at (spec, index);
  return fig != NULL ? fig->input : NULL;
}

const char *
patchart_spec_get_output (const patchart_spec *spec, guint index)
{
  const patchart_spec_figure *fig = figure_at (spec, index);
  return fig != NULL ? fig->output : NULL;
}

/* Puts "SPEC:LINE: figure NAME: " before a message from the library. */
static void
prefix_error (const patchart_spec *spec, const patchart_spec_figure *fig, GError **error)
{
  g_prefix_error (error, "%s:%u: figure %s: ", spec->path, fig->line, fig->name);
}

patchart_figure *
patchart_spec_figure_new (const patchart_spec *spec, guint index, GError **error)
{
  const patchart_spec_figure *fig = figure_at (spec, index);
  patchart_figure *figure;

  g_return_val_if_fail (fig != NULL, NULL);
  if (fig->problem != NULL) {
    g_propagate_error (error, g_error_copy (fig->problem));
    return NULL;
  }
  figure = patchart_spec_colors_take (spec, index);
  if (figure == NULL)
    figure = patchart_figure_new_from_file (fig->input,
                                            patchart_settings_get_options (fig->settings), error);
  if (figure == NULL)
    prefix_error (spec, fig, error);
  else
    patchart_spec_colors_apply (spec, index, figure);
  return figure;
}

/* Makes the output's folder, so a spec can write into out/ from scratch. */
static gboolean
make_folder (const patchart_spec *spec, const patchart_spec_figure *fig, GError **error)
{
  char *dir = g_path_get_dirname (fig->output);
  gboolean ok = g_mkdir_with_parents (dir, 0777) == 0;

  if (!ok)
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_OUTPUT,
                 "%s:%u: figure %s: %s: cannot "
                 "create the folder: %s",
                 spec->path, fig->line, fig->name, dir, g_strerror (errno));
  g_free (dir);
  return ok;
}

gboolean
patchart_spec_render_figure (const patchart_spec *spec, guint index, GError **error)
{
  const patchart_spec_figure *fig = figure_at (spec, index);
  patchart_figure *figure = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (fig != NULL, FALSE);
  if (fig->problem == NULL && fig->output == NULL) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "%s:%u: figure %s: no output: add output = FILE.png, .svg or .pdf", spec->path,
                 fig->line, fig->name);
    return FALSE;
  }
  figure = patchart_spec_figure_new (spec, index, error);
  if (figure == NULL || !make_folder (spec, fig, error))
    goto out;
  ok = patchart_figure_write (figure, fig->output, fig->format, error);
  if (!ok)
    prefix_error (spec, fig, error);
out:
  patchart_figure_free (figure);
  return ok;
}
