/* SPDX-License-Identifier: MIT */
/* table.h — a CSV file as rows of UTF-8 cells that remember where they were.
 *
 * The table knows nothing of charts.  Reading checks the file completely:
 * strict quoting, UTF-8 (a leading BOM is dropped), no NUL bytes, every row
 * as wide as the header.  Errors name FILE:LINE:COLUMN with physical line
 * numbers (blank lines and quoted newlines counted) and 1-based field
 * numbers, as PATCHART_ERROR_DATA; an unreadable file is
 * PATCHART_ERROR_INPUT. */
#ifndef PATCHART_TABLE_H
#define PATCHART_TABLE_H

#include <glib.h>

#include "util/error.h"

typedef struct {
  const char *text; /* NUL-terminated UTF-8, owned by the table */
  guint line;       /* 1-based physical line where the field starts */
  guint column;     /* 1-based field number within its row */
} patchart_cell;

typedef struct {
  char delimiter;       /* field separator, ',' by default */
  gboolean has_header;  /* the first row names the columns (default TRUE) */
  const char *encoding; /* the bytes' encoding for iconv ("GB18030", "CP932",
                         * "UTF-16"); NULL (the default) for UTF-8 */
} patchart_table_options;

typedef struct patchart_table patchart_table;

void patchart_table_options_init (patchart_table_options *options);

/* Reads PATH ("-" reads standard input, named "<stdin>" in messages).
 * Returns a new table (patchart_table_free()) or NULL. */
patchart_table *patchart_table_read_file (const char *path, const patchart_table_options *options,
                                          GError **error);

/* Reads LENGTH bytes of DATA; NAME is the file name used in messages.
 * With an encoding in OPTIONS, the bytes are converted to UTF-8 as they
 * are read: bytes that are not in that encoding are a PATCHART_ERROR_DATA
 * at their line and field, an encoding iconv does not know a
 * PATCHART_ERROR_USAGE.  Conversion keeps line ends, so positions are those
 * of the file. */
patchart_table *patchart_table_read_data (const char *name, const char *data, gsize length,
                                          const patchart_table_options *options, GError **error);

/* Called with the table read so far, after each piece of the file (about
 * a megabyte of whole rows) that held data rows.  It may take the data
 * rows and drop them (patchart_table_drop_rows()), or leave them to be
 * kept.  Returns FALSE with an error to stop the reading. */
typedef gboolean (*patchart_table_func) (patchart_table *table, gpointer user_data, GError **error);

/* Reads PATH ("-": standard input), or LENGTH bytes of DATA when PATH is
 * NULL, as the two functions above do, calling FUNC (if not NULL) with
 * USER_DATA after each piece: memory holds one piece and the rows FUNC
 * leaves, never the whole file.  NAME names the input in messages.
 * Returns the table (the header and the rows left), or NULL with the
 * first error in the file's order, or FUNC's. */
patchart_table *patchart_table_stream (const char *name, const char *path, const char *data,
                                       gsize length, const patchart_table_options *options,
                                       patchart_table_func func, gpointer user_data,
                                       GError **error);

/* Drops the data rows TABLE holds; the header stays. */
void patchart_table_drop_rows (patchart_table *table);

void patchart_table_free (patchart_table *table);

/* Whether ENCODING (NULL: none given) means UTF-8. */
gboolean patchart_encoding_is_utf8 (const char *encoding);

/* The file name used in messages; owned by the table. */
const char *patchart_table_name (const patchart_table *table);

/* Data rows held (the header row is not counted) and columns. */
guint patchart_table_n_rows (const patchart_table *table);
guint patchart_table_n_columns (const patchart_table *table);

/* The name of column COL (0-based), or NULL without a header. */
const char *patchart_table_header (const patchart_table *table, guint col);

/* The header names as "a", "b", "c" (the first 20, then "and N more"),
 * for a message; newly allocated.  The table must have a header. */
char *patchart_table_list_columns (const patchart_table *table);

/* The cell at data row ROW and column COL, both 0-based and in range. */
const patchart_cell *patchart_table_cell (const patchart_table *table, guint row, guint col);

/* Finds the column SPEC names: a header name (exact match first, then
 * case-insensitive), else a 1-based index "1".."N".  On failure sets a
 * PATCHART_ERROR_USAGE error naming the file and the columns there are. */
gboolean patchart_table_find_column (const patchart_table *table, const char *spec, guint *col,
                                     GError **error);

#endif
