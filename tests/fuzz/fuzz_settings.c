/* SPDX-License-Identifier: MIT */
/* fuzz_settings.c — figure options set from text, as the command line and
 * spec files give them ("title=X", "size=800x500", "no-header"), one per
 * line; then the options are checked by building a figure from a small
 * fixed table.  The first byte chooses the kind of figure.  (Spec files
 * themselves get their own target with the spec reader.) */
#include <string.h>

#include "fuzz.h"
#include "patchart.h"

static const char table[] = "a,b,c\nx,1,2\ny,3,4\n";

static void
set_line (patchart_settings *settings, char *line)
{
  char *eq = strchr (line, '=');
  GError *error = NULL;
  gboolean ok;

  if (eq != NULL)
    *eq = '\0';
  ok = patchart_settings_set (settings, line, eq != NULL ? eq + 1 : NULL, &error);
  g_assert (ok == (error == NULL));
  g_clear_error (&error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *text;
  char **lines;
  patchart_settings *settings, *copy;
  patchart_figure *figure;
  GError *error = NULL;

  if (size < 1)
    return 0;
  settings = patchart_settings_new ((patchart_kind) (data[0] % 3));
  text = g_strndup ((const char *) data + 1, size - 1); /* stops at a NUL, as argv would */
  lines = g_strsplit (text, "\n", 64);
  for (guint i = 0; lines[i] != NULL; i++)
    set_line (settings, lines[i]);
  copy = patchart_settings_copy (settings);
  patchart_settings_free (settings);
  figure = patchart_figure_new_from_data ("fuzz.csv", table, strlen (table),
                                          patchart_settings_get_options (copy), &error);
  g_assert ((figure == NULL) != (error == NULL));
  g_clear_error (&error);
  patchart_figure_free (figure);
  patchart_settings_free (copy);
  g_strfreev (lines);
  g_free (text);
  return 0;
}
