/* stream.h — a CSV file read in pieces, so that its rows can be counted
 * in memory that does not grow with the file. */
#ifndef PATCHART_STREAM_H
#define PATCHART_STREAM_H

#include <glib.h>

#include "csvread.h"

/* As patchart_csv_parse() over the whole of PATH ("-": standard input,
 * named "<stdin>"), but reading about a megabyte at a time: each piece
 * ends at a line end outside quotes, so rows are whole, and line numbers
 * (in rows and in errors) are those of the file.  An unreadable file is
 * PATCHART_ERROR_INPUT. */
gboolean patchart_csv_parse_file (const char *path, char delimiter,
                                  patchart_csv_row_func func, gpointer user_data,
                                  GError **error);

#endif
