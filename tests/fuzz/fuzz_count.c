/* SPDX-License-Identifier: MIT */
/* fuzz_count.c — counting raw records: a fuzzed set of counting options
 * over a fuzzed export.  The input is option lines ("label=year:date",
 * "split=;", "ipc=group", "where=office=CN", "from-year=2015",
 * "skip-invalid", ...) up to the first NUL byte, then the export's CSV
 * bytes.  The first byte chooses the kind.  "count" is always on; "alias"
 * (a file to read) is left out.  Each built figure is checked as fuzz_figure
 * checks one. */
#include <math.h>
#include <string.h>

#include "figure/figure.h"
#include "fuzz.h"

static void
set_line (patchart_settings *settings, char *line)
{
  char *eq = strchr (line, '=');
  GError *error = NULL;
  gboolean ok;

  if (eq != NULL)
    *eq = '\0';
  if (strcmp (line, "alias") == 0)
    return;
  ok = patchart_settings_set (settings, line, eq != NULL ? eq + 1 : NULL, &error);
  g_assert (ok == (error == NULL));
  g_clear_error (&error);
}

static void
check_figure (const patchart_figure *f)
{
  if (f->series != NULL) {
    for (guint i = 0; i < f->series->n_items; i++) {
      g_assert (g_utf8_validate (f->series->labels[i], -1, NULL));
      g_assert (*f->series->labels[i] != '\0');
      g_assert (isfinite (f->series->values[i]) && f->series->values[i] >= 0);
    }
  }
  if (f->matrix != NULL) {
    g_assert (f->matrix->n_rows >= 1 && f->matrix->n_cols >= 1);
    for (gsize i = 0; i < (gsize) f->matrix->n_rows * f->matrix->n_cols; i++)
      g_assert (!isinf (f->matrix->values[i]));
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *nul;
  char *text, **lines;
  patchart_settings *settings;
  patchart_figure *figure;
  GError *error = NULL;
  gsize n_options;

  if (size < 1)
    return 0;
  nul = memchr (data + 1, '\0', size - 1);
  n_options = nul != NULL ? (gsize) (nul - (const char *) data) - 1 : size - 1;
  settings = patchart_settings_new ((patchart_kind) (data[0] % 3));
  g_assert (patchart_settings_set (settings, "count", NULL, NULL));
  text = g_strndup ((const char *) data + 1, n_options);
  lines = g_strsplit (text, "\n", 32);
  for (guint i = 0; lines[i] != NULL; i++)
    set_line (settings, lines[i]);
  data += 1 + n_options + (nul != NULL);
  size -= 1 + n_options + (nul != NULL);
  figure = patchart_figure_new_from_data ("export.csv", (const char *) data, size,
                                          patchart_settings_get_options (settings), &error);
  g_assert ((figure == NULL) != (error == NULL));
  if (figure != NULL)
    check_figure (figure);
  else
    g_assert (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
  patchart_figure_free (figure);
  patchart_settings_free (settings);
  g_strfreev (lines);
  g_free (text);
  return 0;
}
