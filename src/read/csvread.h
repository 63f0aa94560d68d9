/* SPDX-License-Identifier: MIT */
/* csvread.h — CSV bytes into rows of fields that know where they were.
 *
 * The only user of libcsv.  Parsing is strict (RFC 4180 quoting), checks
 * that every field is UTF-8 without NUL bytes, drops a leading UTF-8 BOM
 * and refuses UTF-16.  Positions are physical: lines count every line end
 * ("\n", "\r\n" or a lone "\r"), blank lines and quoted newlines included;
 * columns are 1-based field numbers within the row. */
#ifndef PATCHART_CSVREAD_H
#define PATCHART_CSVREAD_H

#include <glib.h>

/* Limits that keep a hostile file from exhausting memory or time: a field
 * holds at most PATCHART_CSV_MAX_FIELD bytes (Excel's own cell limit is
 * 32,767 characters), a row at most PATCHART_CSV_MAX_FIELDS fields (Excel's
 * 16,384 columns).  Past either, the parse stops with an error at the
 * field. */
#define PATCHART_CSV_MAX_FIELD (64 * 1024)
#define PATCHART_CSV_MAX_FIELDS 16384

typedef struct {
  const char *text; /* NUL-terminated UTF-8, valid during the row callback */
  gsize length;     /* bytes in TEXT, without the terminating NUL */
  guint line;       /* 1-based physical line where the field starts */
  guint column;     /* 1-based field number within its row */
} patchart_csv_field;

typedef struct {
  const patchart_csv_field *fields;
  guint n_fields; /* at least 1 */
  guint line;     /* where the row starts (its first field's line) */
  guint end_line; /* where the row ends */
} patchart_csv_row;

/* Receives one row.  Returns FALSE and sets ERROR to stop the parse. */
typedef gboolean (*patchart_csv_row_func) (const patchart_csv_row *row, gpointer user_data,
                                           GError **error);

/* How many line ends the N bytes at S hold: "\n", "\r\n" and a lone "\r"
 * each end a line, as libcsv ends a row at either byte. */
guint patchart_csv_count_lines (const char *s, gsize n);

/* Where the first N bytes of TEXT end: the physical line and the field
 * (counting DELIMITERs outside quotes), as the parser counts them; worked
 * out again when an error needs them rather than kept for every byte. */
void patchart_csv_locate (const char *text, gsize n, char delimiter, guint *line, guint *column);

/* Refuses LENGTH bytes of DATA, a file's start or all of it, if they look
 * like UTF-16 (a byte order mark, or a NUL in every other place) or hold
 * any NUL byte: binary data, named at the first NUL's line and field.
 * PATCHART_ERROR_DATA.  patchart_csv_parse() checks its input with it; a
 * reader calls it on the first piece of a file before reading the rest. */
gboolean patchart_csv_check_start (const char *name, const char *data, gsize length, char delimiter,
                                   GError **error);

/* Parses LENGTH bytes of DATA split at DELIMITER (an ASCII character other
 * than a quote or a line end) and calls FUNC for every row, in order.
 * NAME is the file name used in messages.  Returns FALSE on the first
 * error: PATCHART_ERROR_DATA "NAME:LINE:COLUMN: ..." for malformed data,
 * "NAME: empty file" when there is no row at all, PATCHART_ERROR_USAGE for a
 * bad delimiter, or whatever FUNC set.  Input that is not UTF-8 but looks
 * like GB18030 (GBK), Shift_JIS (CP932) or UTF-16 gets a message that says
 * so and names the --encoding to convert it with. */
gboolean patchart_csv_parse (const char *name, const char *data, gsize length, char delimiter,
                             patchart_csv_row_func func, gpointer user_data, GError **error);

/* patchart_csv_parse() over a part of a file that starts at a row, after
 * LINES_BEFORE line ends: rows and errors carry the file's line numbers.
 * Only the part IS_START may begin with a BOM or be an "empty file". */
gboolean patchart_csv_parse_part (const char *name, const char *data, gsize length, char delimiter,
                                  guint lines_before, gboolean is_start, patchart_csv_row_func func,
                                  gpointer user_data, GError **error);

/* patchart_csv_parse(), feeding libcsv one physical line at a time even
 * where the input could be fed whole (every row on one line: lines are
 * then counted at row ends).  For tests, which check that the two agree
 * on rows, fields, places and errors. */
gboolean patchart_csv_parse_by_line (const char *name, const char *data, gsize length,
                                     char delimiter, patchart_csv_row_func func, gpointer user_data,
                                     GError **error);

#endif
