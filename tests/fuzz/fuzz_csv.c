/* SPDX-License-Identifier: MIT */
/* fuzz_csv.c — the CSV reader (csvread.c through table.c) on any bytes.
 *
 * The first byte chooses the options: delimiter, header row, encoding.
 * Every table read is checked against itself: each cell's position lies
 * inside the input's lines and each cell is valid UTF-8.  The parser's two
 * ways of feeding libcsv (whole, when every row is on one line, or line
 * by line) must give the same rows, places and error. */
#include <stdio.h>
#include <string.h>

#include "../csvrows.h"
#include "fuzz.h"
#include "read/csvread.h"
#include "read/table.h"

static void
check_both_ways (const char *data, size_t size, char delimiter)
{
  char *whole = csvrows_parse (data, size, delimiter, FALSE);
  char *by_line = csvrows_parse (data, size, delimiter, TRUE);

  if (strcmp (whole, by_line) != 0) {
    fprintf (stderr, "whole:\n%s---\nby line:\n%s", whole, by_line);
    g_assert_not_reached ();
  }
  g_free (whole);
  g_free (by_line);
}

static void
check_table (const patchart_table *table, size_t size)
{
  guint n_rows = patchart_table_n_rows (table);
  guint n_cols = patchart_table_n_columns (table);

  g_assert (n_cols >= 1);
  for (guint row = 0; row < n_rows; row++)
    for (guint col = 0; col < n_cols; col++) {
      const patchart_cell *cell = patchart_table_cell (table, row, col);

      g_assert (g_utf8_validate (cell->text, -1, NULL));
      g_assert (cell->column == col + 1);
      g_assert (cell->line >= 1 && cell->line <= size + 1);
    }
  for (guint col = 0; col < n_cols; col++) {
    const char *name = patchart_table_header (table, col);
    g_assert (name == NULL || g_utf8_validate (name, -1, NULL));
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const char delimiters[] = { ',', ';', '\t', '|' };
  static const char *const encodings[] = { NULL, NULL, "GB18030", "UTF-16" };
  patchart_table_options options;
  patchart_table *table;
  GError *error = NULL;

  if (size < 1)
    return 0;
  patchart_table_options_init (&options);
  options.delimiter = delimiters[data[0] & 3];
  options.has_header = !(data[0] & 4);
  options.encoding = encodings[(data[0] >> 3) & 3];
  table =
      patchart_table_read_data ("fuzz.csv", (const char *) data + 1, size - 1, &options, &error);
  g_assert ((table == NULL) != (error == NULL));
  if (table != NULL)
    check_table (table, size);
  else
    g_assert (error->message != NULL && g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
  patchart_table_free (table);
  if (options.encoding == NULL) {
    check_both_ways ((const char *) data + 1, size - 1, options.delimiter);
    /* a space delimiter: lines of spaces are not blank */
    check_both_ways ((const char *) data + 1, size - 1, ' ');
  }
  return 0;
}
