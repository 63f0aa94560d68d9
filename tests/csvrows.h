/* SPDX-License-Identifier: MIT */
/* csvrows.h — what csvread makes of some bytes, written out as text, for
 * the tests that compare its two ways of feeding libcsv (whole, or line by
 * line): a unit test and the CSV fuzz target include it. */
#ifndef PATCHART_TESTS_CSVROWS_H
#define PATCHART_TESTS_CSVROWS_H
#include <glib.h>

#include "read/csvread.h"

/* "row LINE-END_LINE: LINE:COLUMN[TEXT] ..." onto the GString DATA. */
static gboolean
csvrows_write_row (const patchart_csv_row *row, gpointer data, GError **error)
{
  GString *out = data;

  (void) error;
  g_string_append_printf (out, "row %u-%u:", row->line, row->end_line);
  for (guint i = 0; i < row->n_fields; i++)
    g_string_append_printf (out, " %u:%u[%s]", row->fields[i].line, row->fields[i].column,
                            row->fields[i].text);
  g_string_append_c (out, '\n');
  return TRUE;
}

/* Every row of LENGTH bytes of DATA (named "t.csv") split at DELIMITER,
 * then "error: MESSAGE" if the parse failed; BY_LINE: parsed with
 * patchart_csv_parse_by_line ().  g_free () it. */
static char *
csvrows_parse (const char *data, gsize length, char delimiter, gboolean by_line)
{
  GString *out = g_string_new (NULL);
  GError *error = NULL;
  gboolean ok = by_line ? patchart_csv_parse_by_line ("t.csv", data, length, delimiter,
                                                      csvrows_write_row, out, &error)
                        : patchart_csv_parse ("t.csv", data, length, delimiter, csvrows_write_row,
                                              out, &error);

  if (!ok)
    g_string_append_printf (out, "error: %s\n", error->message);
  g_clear_error (&error);
  return g_string_free (out, FALSE);
}

#endif
