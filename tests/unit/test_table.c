/* SPDX-License-Identifier: MIT */
/* test_table.c — reading CSV into a table: cells, positions, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "patchart.h"
#include "../csvrows.h"
#include "read/csvread.h"
#include "util/error.h"
#include "read/table.h"

#define NAME "t.csv"
#define COLUMNS "(columns: \"国家\", \"申请数\")"
#define NOT_UTF8 "); save the file as UTF-8, or name its encoding with --encoding"
#define GBK "); it looks like GBK/GB18030 (Chinese Excel): use --encoding GB18030"

/* Reads LENGTH bytes of DATA, which must succeed. */
static patchart_table *
read_len (const char *data, gsize length, const patchart_table_options *options)
{
  GError *error = NULL;
  patchart_table *table = patchart_table_read_data (NAME, data, length, options, &error);

  if (table == NULL)
    fail_msg ("unexpected error: %s", error->message);
  assert_null (error);
  return table;
}

static patchart_table *
read_ok (const char *data)
{
  return read_len (data, strlen (data), NULL);
}

static void
expect_error_len (const char *data, gsize length, const patchart_table_options *options, int code,
                  const char *message)
{
  GError *error = NULL;
  patchart_table *table = patchart_table_read_data (NAME, data, length, options, &error);

  assert_null (table);
  assert_non_null (error);
  assert_string_equal (error->message, message);
  assert_true (g_error_matches (error, PATCHART_ERROR, code));
  g_error_free (error);
}

static void
expect_error (const char *data, const char *message)
{
  expect_error_len (data, strlen (data), NULL, PATCHART_ERROR_DATA, message);
}

static void
expect_cell (const patchart_table *table, guint row, guint col, const char *text, guint line,
             guint column)
{
  const patchart_cell *cell = patchart_table_cell (table, row, col);

  assert_non_null (cell);
  assert_string_equal (cell->text, text);
  assert_int_equal (cell->line, line);
  assert_int_equal (cell->column, column);
}

static void
expect_column (const patchart_table *table, const char *spec, guint want)
{
  GError *error = NULL;
  guint col = 999;

  if (!patchart_table_find_column (table, spec, &col, &error))
    fail_msg ("\"%s\": %s", spec, error->message);
  assert_int_equal (col, want);
}

static void
expect_no_column (const patchart_table *table, const char *spec, const char *message)
{
  GError *error = NULL;
  guint col = 999;

  assert_false (patchart_table_find_column (table, spec, &col, &error));
  assert_non_null (error);
  assert_string_equal (error->message, message);
  assert_true (g_error_matches (error, PATCHART_ERROR, PATCHART_ERROR_USAGE));
  assert_int_equal (col, 999);
  g_error_free (error);
}

static const char *
data_dir (void)
{
  const char *dir = g_getenv ("PATCHART_TEST_DATA");

  return dir != NULL ? dir : "tests/data";
}

static void
test_options_init (void **state G_GNUC_UNUSED)
{
  patchart_table_options options;

  memset (&options, 0x55, sizeof options);
  patchart_table_options_init (&options);
  assert_int_equal (options.delimiter, ',');
  assert_true (options.has_header);
}

static void
test_simple (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("国家,申请数\n"
                                   "中国,\"30,124\"\n"
                                   "美国,12530\n");

  assert_string_equal (patchart_table_name (table), NAME);
  assert_int_equal (patchart_table_n_rows (table), 2);
  assert_int_equal (patchart_table_n_columns (table), 2);
  assert_string_equal (patchart_table_header (table, 0), "国家");
  assert_string_equal (patchart_table_header (table, 1), "申请数");
  expect_cell (table, 0, 0, "中国", 2, 1);
  expect_cell (table, 0, 1, "30,124", 2, 2);
  expect_cell (table, 1, 0, "美国", 3, 1);
  expect_cell (table, 1, 1, "12530", 3, 2);
  patchart_table_free (table);
}

/* libcsv drops spaces around unquoted fields; quotes keep them. */
static void
test_spaces_and_empty_fields (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("a,b,c\n"
                                   "  x , \"  y  \" ,\n"
                                   ",,\n");

  expect_cell (table, 0, 0, "x", 2, 1);
  expect_cell (table, 0, 1, "  y  ", 2, 2);
  expect_cell (table, 0, 2, "", 2, 3);
  expect_cell (table, 1, 0, "", 3, 1);
  expect_cell (table, 1, 2, "", 3, 3);
  patchart_table_free (table);
}

static void
test_find_column (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("Country, \" Count \",2020,Ünïcode\n"
                                   "x,1,2,3\n");

  expect_column (table, "Country", 0);
  expect_column (table, "country", 0); /* case-insensitive */
  expect_column (table, "COUNTRY", 0);
  expect_column (table, "Count", 1);    /* header trimmed */
  expect_column (table, "  count ", 1); /* spec trimmed too */
  expect_column (table, "ÜNÏCODE", 3);  /* folding beyond ASCII */
  expect_column (table, "2020", 2);     /* a name before an index */
  expect_column (table, "1", 0);
  expect_column (table, "4", 3);
  expect_column (table, "004", 3);
  assert_string_equal (patchart_table_header (table, 1), "Count");
  patchart_table_free (table);
}

static void
test_find_column_exact_first (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("Count,count,COUNT\n1,2,3\n");

  expect_column (table, "count", 1);
  expect_column (table, "COUNT", 2);
  expect_column (table, "cOUNT", 0); /* no exact match: the first folded */
  patchart_table_free (table);
}

static void
test_find_column_missing (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("国家,申请数\n中国,30124\n");

  expect_no_column (table, "x", "t.csv: no column \"x\" (columns: \"国家\", \"申请数\")");
  expect_no_column (table, "5", "t.csv: no column 5 (the file has 2)");
  expect_no_column (table, "0", "t.csv: no column 0 (the file has 2)");
  expect_no_column (table, "99999999999999999999999",
                    "t.csv: no column 99999999999999999999999 "
                    "(the file has 2)");
  expect_no_column (table, "-1", "t.csv: no column \"-1\" " COLUMNS);
  expect_no_column (table, "", "t.csv: no column \"\" " COLUMNS);
  expect_no_column (table, "\xff", "t.csv: no column \"\xef\xbf\xbd\" " COLUMNS);
  patchart_table_free (table);
}

static void
test_find_column_many (void **state G_GNUC_UNUSED)
{
  GString *csv = g_string_new (NULL);
  patchart_table *table = NULL;
  int i;

  for (i = 1; i <= 25; i++)
    g_string_append_printf (csv, "%sc%d", i > 1 ? "," : "", i);
  g_string_append (csv, "\n");
  table = read_ok (csv->str);
  expect_column (table, "c25", 24);
  expect_no_column (table, "c26",
                    "t.csv: no column \"c26\" (columns: \"c1\", \"c2\", "
                    "\"c3\", \"c4\", \"c5\", \"c6\", \"c7\", \"c8\", \"c9\", "
                    "\"c10\", \"c11\", \"c12\", \"c13\", \"c14\", \"c15\", "
                    "\"c16\", \"c17\", \"c18\", \"c19\", \"c20\" and 5 more)");
  patchart_table_free (table);
  g_string_free (csv, TRUE);
}

static void
test_quoted_commas_and_newlines (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("name,note\n"
                                   "\"a,b\",\"line 1\n"
                                   "line 2\n"
                                   "line 3\"\n"
                                   "\"say \"\"hi\"\"\",x\n"
                                   "c,\"\n"
                                   "\"\n"
                                   "last,row\n");

  assert_int_equal (patchart_table_n_rows (table), 4);
  expect_cell (table, 0, 0, "a,b", 2, 1);
  expect_cell (table, 0, 1, "line 1\nline 2\nline 3", 2, 2);
  expect_cell (table, 1, 0, "say \"hi\"", 5, 1);
  expect_cell (table, 1, 1, "x", 5, 2);
  expect_cell (table, 2, 0, "c", 6, 1);
  expect_cell (table, 2, 1, "\n", 6, 2);
  expect_cell (table, 3, 0, "last", 8, 1);
  expect_cell (table, 3, 1, "row", 8, 2);
  patchart_table_free (table);
}

/* A field after a multi-line field starts on the line its delimiter is. */
static void
test_field_after_multiline_field (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("a,b,c\n"
                                   "\"x\n"
                                   "y\",z,\"p\n"
                                   "\n"
                                   "q\"\n"
                                   "1,2,3\n");

  expect_cell (table, 0, 0, "x\ny", 2, 1);
  expect_cell (table, 0, 1, "z", 3, 2);
  expect_cell (table, 0, 2, "p\n\nq", 3, 3);
  expect_cell (table, 1, 0, "1", 6, 1);
  patchart_table_free (table);
}

static void
test_crlf (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("a,b\r\n"
                                   "1,2\r\n"
                                   "\r\n"
                                   "\"x\r\ny\",4\r\n"
                                   "5,6\r\n");

  assert_int_equal (patchart_table_n_rows (table), 3);
  assert_string_equal (patchart_table_header (table, 1), "b");
  expect_cell (table, 0, 1, "2", 2, 2);
  expect_cell (table, 1, 0, "x\r\ny", 4, 1); /* quoted text is kept as is */
  expect_cell (table, 1, 1, "4", 5, 2);
  expect_cell (table, 2, 0, "5", 6, 1);
  patchart_table_free (table);
}

/* libcsv ends a row at a lone CR too; so do our line numbers. */
static void
test_lone_cr (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("a,b\r1,2\r\r3,4");

  expect_cell (table, 0, 0, "1", 2, 1);
  expect_cell (table, 1, 1, "4", 4, 2);
  patchart_table_free (table);
}

static void
test_bom_dropped (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("\xEF\xBB\xBF"
                                   "name,value\nx,1\n");

  assert_string_equal (patchart_table_header (table, 0), "name");
  expect_column (table, "name", 0);
  expect_cell (table, 0, 0, "x", 2, 1);
  patchart_table_free (table);
}

static void
test_blank_lines_counted (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("\n"
                                   "\n"
                                   "a,b\n"
                                   "\n"
                                   "1,2\n"
                                   "   \t\n"
                                   "3,4");

  assert_int_equal (patchart_table_n_rows (table), 2);
  expect_cell (table, 0, 0, "1", 5, 1);
  expect_cell (table, 1, 1, "4", 7, 2);
  patchart_table_free (table);
}

static void
test_ragged_rows (void **state G_GNUC_UNUSED)
{
  expect_error ("a,b\n1,2\n\n1,2,3\n", "t.csv:4:3: row has 3 fields but the header has 2");
  expect_error ("a,b,c\n1,2\n", "t.csv:2:3: row has 2 fields but the header has 3");
  expect_error ("a,b\n1\n", "t.csv:2:2: row has 1 field but the header has 2");
  /* The extra field is on the line after the row's first. */
  expect_error ("a,b\n\"x\ny\",2,3\n", "t.csv:3:3: row has 3 fields but the header has 2");
  /* A missing field is missing where the row ends. */
  expect_error ("a,b,c\n1,\"x\ny\"\n", "t.csv:3:3: row has 2 fields but the header has 3");
}

static void
test_ragged_rows_no_header (void **state G_GNUC_UNUSED)
{
  patchart_table_options options;
  const char *data = "1,2\n3\n";

  patchart_table_options_init (&options);
  options.has_header = FALSE;
  expect_error_len (data, strlen (data), &options, PATCHART_ERROR_DATA,
                    "t.csv:2:2: row has 1 field but the first row has 2");
}

static void
test_unterminated_quote (void **state G_GNUC_UNUSED)
{
  expect_error ("a,b\n1,\"open\n2,3\n4,5\n", "t.csv:2:2: unterminated quote: this quoted field "
                                             "is never closed");
  expect_error ("a,b\n\n  \"x\"\"", "t.csv:3:1: unterminated quote: this quoted field "
                                    "is never closed");
}

static void
test_stray_quote (void **state G_GNUC_UNUSED)
{
  expect_error ("a,b\n1,2\n\n3,x\"y\n", "t.csv:4:2: quote inside an unquoted field "
                                        "(quote the whole field and double the quote)");
  expect_error ("a,b\n\"x\"y,2\n", "t.csv:2:1: text after the closing quote "
                                   "(a quote inside quotes is written \"\")");
  expect_error ("a,b\n\"x\" \",2\n", "t.csv:2:1: text after the closing quote "
                                     "(a quote inside quotes is written \"\")");
  /* The bad quote is on the line after the field opened. */
  expect_error ("a,b\n1,\"x\ny\"z\n", "t.csv:3:2: text after the closing quote "
                                      "(a quote inside quotes is written \"\")");
}

static void
test_invalid_utf8 (void **state G_GNUC_UNUSED)
{
  expect_error ("a,b\n1,\xff\n", "t.csv:2:2: invalid UTF-8 (byte 0xFF" NOT_UTF8);
  expect_error ("a,b\n1,x\xc0\xaf\n", /* overlong "/" */
                "t.csv:2:2: invalid UTF-8 (byte 0xC0" NOT_UTF8);
  expect_error ("a,b\n\xed\xa0\x80,1\n", /* a UTF-16 surrogate */
                "t.csv:2:1: invalid UTF-8 (byte 0xED" NOT_UTF8);
  expect_error ("\xd6\xd0\xb9\xfa,b\n", /* 中国 in GBK */
                "t.csv:1:1: invalid UTF-8 (byte 0xD6" GBK);
  /* In a quoted field, the line of the bad byte. */
  expect_error ("a,b\n1,\"ok\nok\n\xe4\xb8\"\n", "t.csv:4:2: invalid UTF-8 (byte 0xE4" NOT_UTF8);
}

static void
test_nul_byte (void **state G_GNUC_UNUSED)
{
  static const char data[] = "a,b\n1,x\0y\n";
  static const char quoted[] = "a,b\n1,\"x\r\n\0\"\n";

  static const char zeros[64] = { 0 };
  static const char after_text[] = "a,b\n1,2\n\0\0\0\0\0\0\0\0\0\0\0\0";

  expect_error_len (data, sizeof data - 1, NULL, PATCHART_ERROR_DATA,
                    "t.csv:2:2: NUL byte: this is binary data, not CSV text");
  expect_error_len (quoted, sizeof quoted - 1, NULL, PATCHART_ERROR_DATA,
                    "t.csv:3:2: NUL byte: this is binary data, not CSV text");
  /* NUL bytes everywhere are binary junk, not UTF-16 */
  expect_error_len (zeros, sizeof zeros, NULL, PATCHART_ERROR_DATA,
                    "t.csv:1:1: NUL byte: this is binary data, not CSV text");
  expect_error_len (after_text, sizeof after_text - 1, NULL, PATCHART_ERROR_DATA,
                    "t.csv:3:1: NUL byte: this is binary data, not CSV text");
}

static void
test_utf16 (void **state G_GNUC_UNUSED)
{
  static const char le[] = "\xff\xfe"
                           "a\0,\0b\0\n\0";
  static const char be[] = "\xfe\xff"
                           "\0a\0,\0b\0\n";
  static const char bare[] = "a\0,\0b\0\n\0"
                             "1\0,\0"
                             "2\0\n\0";
  static const char *message = "t.csv: looks like UTF-16 text (Excel's "
                               "\"Unicode text\"): use --encoding UTF-16, "
                               "or save it as UTF-8";

  expect_error_len (le, sizeof le - 1, NULL, PATCHART_ERROR_DATA, message);
  expect_error_len (be, sizeof be - 1, NULL, PATCHART_ERROR_DATA, message);
  static const char bare_be[] = "\0a\0,\0b\0\n\0"
                                "1\0,\0"
                                "2\0\n";
  static const char bare_cjk[] = "\x2d\x4e\xfd\x56,\0"
                                 "1\0\n\0"; /* 中国,1 */

  expect_error_len (bare, sizeof bare - 1, NULL, PATCHART_ERROR_DATA, message);
  expect_error_len (bare_be, sizeof bare_be - 1, NULL, PATCHART_ERROR_DATA, message);
  expect_error_len (bare_cjk, sizeof bare_cjk - 1, NULL, PATCHART_ERROR_DATA, message);
}

static void
test_empty (void **state G_GNUC_UNUSED)
{
  expect_error ("", "t.csv: empty file");
  expect_error ("\n\n\r\n", "t.csv: empty file");
  expect_error ("  \n\t\n", "t.csv: empty file");
  expect_error ("\xEF\xBB\xBF", "t.csv: empty file");
  expect_error ("\xEF\xBB\xBF\r\n", "t.csv: empty file");
  expect_error_len (NULL, 0, NULL, PATCHART_ERROR_DATA, "t.csv: empty file");
}

static void
test_header_only (void **state G_GNUC_UNUSED)
{
  patchart_table *table = read_ok ("a,b\n");

  assert_int_equal (patchart_table_n_rows (table), 0);
  assert_int_equal (patchart_table_n_columns (table), 2);
  assert_string_equal (patchart_table_header (table, 1), "b");
  expect_column (table, "b", 1);
  patchart_table_free (table);
}

static void
test_no_header (void **state G_GNUC_UNUSED)
{
  patchart_table_options options;
  patchart_table *table = NULL;
  const char *data = "\n中国,30124\n美国,12530\n";

  patchart_table_options_init (&options);
  options.has_header = FALSE;
  table = read_len (data, strlen (data), &options);
  assert_int_equal (patchart_table_n_rows (table), 2);
  assert_int_equal (patchart_table_n_columns (table), 2);
  assert_null (patchart_table_header (table, 0));
  expect_cell (table, 0, 0, "中国", 2, 1);
  expect_cell (table, 1, 1, "12530", 3, 2);
  expect_column (table, "2", 1);
  expect_no_column (table, "中国",
                    "t.csv: no column \"中国\" (the file has no header row; "
                    "give a number from 1 to 2)");
  expect_no_column (table, "3", "t.csv: no column 3 (the file has 2)");
  patchart_table_free (table);
}

static void
test_semicolon (void **state G_GNUC_UNUSED)
{
  patchart_table_options options;
  patchart_table *table = NULL;
  const char *data = "国家;申请数\n中国;30,124\n\"a;b\";1\n";

  patchart_table_options_init (&options);
  options.delimiter = ';';
  table = read_len (data, strlen (data), &options);
  assert_int_equal (patchart_table_n_columns (table), 2);
  expect_cell (table, 0, 1, "30,124", 2, 2);
  expect_cell (table, 1, 0, "a;b", 3, 1);
  patchart_table_free (table);
}

/* With a tab delimiter a leading tab is an empty field, not a blank. */
static void
test_tab (void **state G_GNUC_UNUSED)
{
  patchart_table_options options;
  patchart_table *table = NULL;
  const char *data = "a\tb\n\n\t2\n";

  patchart_table_options_init (&options);
  options.delimiter = '\t';
  table = read_len (data, strlen (data), &options);
  expect_cell (table, 0, 0, "", 3, 1);
  expect_cell (table, 0, 1, "2", 3, 2);
  patchart_table_free (table);
}

static void
test_bad_delimiter (void **state G_GNUC_UNUSED)
{
  patchart_table_options options;
  static const char bad[] = { '"', '\n', '\r', '\0', (char) 0xE3 };
  gsize i;

  patchart_table_options_init (&options);
  for (i = 0; i < sizeof bad; i++) {
    options.delimiter = bad[i];
    expect_error_len ("a,b\n", 4, &options, PATCHART_ERROR_USAGE,
                      "the delimiter must be a tab or a printable ASCII "
                      "character other than '\"'");
  }
}

/* Everything after the first error is ignored. */
static void
test_first_error_wins (void **state G_GNUC_UNUSED)
{
  expect_error ("a,b\n1,\xff\n1,2,3\n\"open", "t.csv:2:2: invalid UTF-8 (byte 0xFF" NOT_UTF8);
  expect_error ("a,b\n1,2,3\nx\"y,\xff\n", "t.csv:2:3: row has 3 fields but the header has 2");
  /* the bad quote comes first, though the input is checked for UTF-8
   * before it is parsed */
  expect_error ("a,b\n1,x\"y\n2,\xff\n", "t.csv:2:2: quote inside an unquoted field "
                                         "(quote the whole field and double the quote)");
}

/* An input whose rows are each on one line is fed to libcsv whole, and
 * its lines counted at row ends; any other line by line.  Both give the
 * same rows, places and errors. */
static void
test_whole_and_by_line_agree (void **state G_GNUC_UNUSED)
{
  static const char *const inputs[] = {
    "a,b\n1,2\n",
    "a,b\r\n1,2\r\n\r\n3,4",             /* CRLF, a blank line, no final line end */
    "a,b\n\n  \n\t\n1,2\n \n3,4\n",      /* blank lines, spaces and tabs only */
    "a,b\n  1 , 2 \n\"x\",\"y\"\"z\"\n", /* spaces around fields, doubled quote */
    "a,b\n\"1,5\",2\n,\n\"\",\n",        /* a delimiter quoted; empty fields */
    "a,b\n1,x\"y\n2,3\n",                /* a stray quote */
    "a,b\n1,\"x\"y\n",                   /* text after the closing quote */
    "a,b\n1,\"open\n",                   /* a quote never closed, at the end */
    "a,b\n1,\"open",                     /* ... and no line end */
    "a,b\n1,\"x\ny\",3\n4,5\n",          /* a line end in quotes: by line */
    "a,b\r1,2\r\n3,4\n",                 /* a lone CR: by line */
    "a,b\n1,\xff\n",                     /* not UTF-8: by line */
    "a,b\n1,2,3\n\n4,5\n",               /* ragged rows are the caller's */
    "\xEF\xBB\xBF"
    "a,b\n1,2\n",       /* a BOM */
    "\n\n\na,b\n1,2\n", /* blank lines first */
    "a\r\n\r\n\r\n",
  };

  /* a space or a tab as the delimiter: blank lines are not blank */
  static const char delimiters[] = { ',', ' ', '\t' };

  for (gsize d = 0; d < G_N_ELEMENTS (delimiters); d++)
    for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++) {
      char *whole = csvrows_parse (inputs[i], strlen (inputs[i]), delimiters[d], FALSE);
      char *by_line = csvrows_parse (inputs[i], strlen (inputs[i]), delimiters[d], TRUE);
      if (strcmp (whole, by_line) != 0)
        fail_msg ("input %zu, delimiter '%c':\n%s---\n%s", i, delimiters[d], whole, by_line);
      g_free (whole);
      g_free (by_line);
    }
  /* and the places are the lines they are on */
  {
    char *out = csvrows_parse (inputs[2], strlen (inputs[2]), ',', FALSE);
    assert_string_equal (out, "row 1-1: 1:1[a] 1:2[b]\n"
                              "row 5-5: 5:1[1] 5:2[2]\n"
                              "row 7-7: 7:1[3] 7:2[4]\n");
    g_free (out);
    out = csvrows_parse (inputs[1], strlen (inputs[1]), ',', FALSE);
    assert_string_equal (out, "row 1-1: 1:1[a] 1:2[b]\n"
                              "row 2-2: 2:1[1] 2:2[2]\n"
                              "row 4-4: 4:1[3] 4:2[4]\n");
    g_free (out);
  }
}

static void
test_read_file (void **state G_GNUC_UNUSED)
{
  GError *error = NULL;
  char *path = g_build_filename (data_dir (), "countries.csv", NULL);
  patchart_table *table = patchart_table_read_file (path, NULL, &error);

  assert_non_null (table);
  assert_string_equal (patchart_table_name (table), path);
  assert_int_equal (patchart_table_n_rows (table), 4);
  expect_column (table, "申请数", 1);
  expect_cell (table, 0, 1, "30,124", 2, 2);
  expect_cell (table, 3, 0, "日本", 5, 1);
  patchart_table_free (table);
  g_free (path);
}

static void
test_read_file_bom_crlf (void **state G_GNUC_UNUSED)
{
  patchart_table_options options;
  GError *error = NULL;
  char *path = g_build_filename (data_dir (), "bom-crlf-semicolon.csv", NULL);
  patchart_table *table = NULL;

  patchart_table_options_init (&options);
  options.delimiter = ';';
  table = patchart_table_read_file (path, &options, &error);
  assert_non_null (table);
  assert_string_equal (patchart_table_header (table, 0), "applicant");
  expect_cell (table, 1, 0, "腾讯\r\n控股", 3, 1);
  expect_cell (table, 1, 1, "561", 4, 2);
  patchart_table_free (table);
  g_free (path);
}

static void
test_read_missing_file (void **state G_GNUC_UNUSED)
{
  GError *error = NULL;
  patchart_table *table = patchart_table_read_file ("/nonexistent/x.csv", NULL, &error);

  assert_null (table);
  assert_true (g_error_matches (error, PATCHART_ERROR, PATCHART_ERROR_INPUT));
  assert_string_equal (error->message, "/nonexistent/x.csv: cannot open: "
                                       "No such file or directory");
  g_error_free (error);
}

static void
test_read_directory (void **state G_GNUC_UNUSED)
{
  GError *error = NULL;
  char *message = g_strdup_printf ("%s: cannot read: Is a directory", data_dir ());
  patchart_table *table = patchart_table_read_file (data_dir (), NULL, &error);

  assert_null (table);
  assert_true (g_error_matches (error, PATCHART_ERROR, PATCHART_ERROR_INPUT));
  assert_string_equal (error->message, message);
  g_error_free (error);
  g_free (message);
}

/* "-" reads standard input and calls it "<stdin>". */
static void
test_read_stdin (void **state G_GNUC_UNUSED)
{
  GError *error = NULL;
  char *path = g_build_filename (data_dir (), "countries.csv", NULL);
  patchart_table *table = NULL;

  assert_non_null (freopen (path, "rb", stdin));
  table = patchart_table_read_file ("-", NULL, &error);
  assert_non_null (table);
  assert_string_equal (patchart_table_name (table), "<stdin>");
  assert_int_equal (patchart_table_n_rows (table), 4);
  patchart_table_free (table);

  /* Standard input is at its end now: an empty file of that name. */
  assert_null (patchart_table_read_file ("-", NULL, &error));
  assert_string_equal (error->message, "<stdin>: empty file");
  g_error_free (error);
  g_free (path);
}

/* UTF-8 TEXT converted to CHARSET, as a file saved that way would be. */
static char *
encode (const char *text, const char *charset, gsize *length)
{
  char *bytes = g_convert (text, -1, charset, "UTF-8", NULL, length, NULL);

  assert_non_null (bytes);
  return bytes;
}

static void
test_encoding_convert (void **state G_GNUC_UNUSED)
{
  static const char *const charsets[] = { "GB18030", "CP932", "SHIFT_JIS", "UTF-16" };
  static const char text[] = "名称,数\n東京,1\n\"大\n阪\",2\n";
  patchart_table_options options;

  patchart_table_options_init (&options);
  assert_null (options.encoding);
  for (guint i = 0; i < G_N_ELEMENTS (charsets); i++) {
    gsize length;
    char *bytes = encode (text, charsets[i], &length);
    patchart_table *table;

    options.encoding = charsets[i];
    table = read_len (bytes, length, &options);
    assert_string_equal (patchart_table_header (table, 0), "名称");
    expect_cell (table, 0, 0, "東京", 2, 1);
    expect_cell (table, 1, 0, "大\n阪", 3, 1);
    expect_cell (table, 1, 1, "2", 4, 2);
    patchart_table_free (table);
    g_free (bytes);
  }
  /* UTF-16LE with its byte order mark, as Excel's "Unicode text" */
  {
    gsize length;
    char *bytes = encode ("\xef\xbb\xbf"
                          "a\tb\r\n中国,x\t1\r\n",
                          "UTF-16LE", &length);
    patchart_table *table;

    options.encoding = "UTF-16LE";
    options.delimiter = '\t';
    table = read_len (bytes, length, &options);
    assert_string_equal (patchart_table_header (table, 0), "a");
    expect_cell (table, 0, 0, "中国,x", 2, 1);
    patchart_table_free (table);
    g_free (bytes);
  }
}

static void
test_encoding_errors (void **state G_GNUC_UNUSED)
{
  patchart_table_options options;
  gsize length;
  char *gbk = encode ("名称,数\n中国,1\n美国,2\n", "GB18030", &length);
  char *sjis = encode ("名称,数\nトヨタ,1\nソニー,2\n", "CP932", &length);

  patchart_table_options_init (&options);
  expect_error (gbk, "t.csv:1:1: invalid UTF-8 (byte 0xC3" GBK);
  expect_error (sjis, "t.csv:1:1: invalid UTF-8 (byte 0x96); it looks like Shift_JIS "
                      "(Japanese Excel): use --encoding CP932");
  /* A byte the named encoding does not have: its line and field. */
  options.encoding = "GB18030";
  expect_error_len ("a,b\n\xd6\xd0,1\n\"x\ny\",\xff\n", 16, &options, PATCHART_ERROR_DATA,
                    "t.csv:4:2: not GB18030 text (byte 0xFF): check --encoding");
  options.encoding = "no-such-charset";
  expect_error_len ("a,b\n", 4, &options, PATCHART_ERROR_USAGE,
                    "encoding no-such-charset: unknown (try GB18030, CP932, SHIFT_JIS, "
                    "UTF-16, or a name 'iconv --list' gives)");
  options.encoding = "";
  expect_error_len ("a,b\n", 4, &options, PATCHART_ERROR_USAGE,
                    "encoding : unknown (try GB18030, CP932, SHIFT_JIS, "
                    "UTF-16, or a name 'iconv --list' gives)");
  g_free (gbk);
  g_free (sjis);
}

/* The reader converts a block at a time: stream.c's BLOCK. */
#define BLOCK (1024 * 1024)

/* A GB18030 file whose row "CHAR,2" (CHAR in GB18030) starts BEFORE bytes
 * before the end of the first block, after the header and filler rows
 * "x,1" (the first one padded); then a row "y,3".  *N_FILLER: the filler
 * rows. */
static GString *
straddling (const char *utf8_char, gsize before, guint *n_filler)
{
  gsize length;
  char *header = encode ("名称,数\n", "GB18030", &length);
  char *bytes = NULL;
  GString *file = g_string_new_len (header, (gssize) length);
  gsize rest = BLOCK - before - file->len;
  gsize n4 = rest / 4 - 1, pad = rest - 4 * n4;

  g_string_append (file, "x,");
  for (gsize i = 0; i < pad - 3; i++)
    g_string_append_c (file, '1');
  g_string_append_c (file, '\n');
  for (gsize i = 0; i < n4; i++)
    g_string_append (file, "x,1\n");
  assert_int_equal (file->len, BLOCK - before);
  bytes = encode (utf8_char, "GB18030", &length);
  assert_true (length > before);
  g_string_append_len (file, bytes, (gssize) length);
  g_string_append (file, ",2\ny,3\n");
  *n_filler = (guint) n4 + 1;
  g_free (header);
  g_free (bytes);
  return file;
}

/* A table read from FILE's bytes, in memory or from a file on disk. */
static patchart_table *
read_gb18030 (const GString *file, gboolean from_disk)
{
  patchart_table_options options;
  GError *error = NULL;
  char *path = NULL;
  patchart_table *table;
  int fd;

  patchart_table_options_init (&options);
  options.encoding = "GB18030";
  if (!from_disk)
    return read_len (file->str, file->len, &options);
  fd = g_file_open_tmp ("patchart-XXXXXX.csv", &path, NULL);
  assert_true (fd >= 0);
  close (fd);
  assert_true (g_file_set_contents (path, file->str, (gssize) file->len, NULL));
  table = patchart_table_read_file (path, &options, &error);
  if (table == NULL)
    fail_msg ("unexpected error: %s", error->message);
  unlink (path);
  g_free (path);
  return table;
}

/* A character cut by the end of a block is carried over to the next one:
 * 2-byte GB18030 (中) and 4-byte (U+20000), cut after each of its bytes,
 * read from memory and from a file. */
static void
test_encoding_pieces (void **state G_GNUC_UNUSED)
{
  static const struct {
    const char *text;
    gsize before;
  } cases[] = {
    { "中", 1 }, { "\xf0\xa0\x80\x80", 1 }, { "\xf0\xa0\x80\x80", 2 }, { "\xf0\xa0\x80\x80", 3 }
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (int disk = 0; disk < 2; disk++) {
      guint n_filler;
      GString *file = straddling (cases[i].text, cases[i].before, &n_filler);
      patchart_table *table = read_gb18030 (file, disk);

      assert_string_equal (patchart_table_header (table, 1), "数");
      assert_int_equal (patchart_table_n_rows (table), n_filler + 2);
      expect_cell (table, n_filler, 0, cases[i].text, n_filler + 2, 1);
      expect_cell (table, n_filler, 1, "2", n_filler + 2, 2);
      expect_cell (table, n_filler + 1, 0, "y", n_filler + 3, 1);
      patchart_table_free (table);
      g_string_free (file, TRUE);
    }
}

/* A byte not in the encoding after the first block, and a file that ends
 * inside a character: each at its line and field in the whole file. */
static void
test_encoding_pieces_errors (void **state G_GNUC_UNUSED)
{
  patchart_table_options options;
  guint n_filler;
  GString *file = straddling ("中", 1, &n_filler);
  gsize length = file->len;
  char *message;

  patchart_table_options_init (&options);
  options.encoding = "GB18030";
  g_string_append (file, "z,1\n\"q\nq\",\xff\n");
  message =
      g_strdup_printf ("t.csv:%u:2: not GB18030 text (byte 0xFF): check --encoding", n_filler + 6);
  expect_error_len (file->str, file->len, &options, PATCHART_ERROR_DATA, message);
  g_free (message);
  g_string_truncate (file, length);
  g_string_append (file, "w,\xd6");
  message =
      g_strdup_printf ("t.csv:%u:2: not GB18030 text (byte 0xD6): check --encoding", n_filler + 4);
  expect_error_len (file->str, file->len, &options, PATCHART_ERROR_DATA, message);
  g_free (message);
  g_string_free (file, TRUE);
}

/* A field past the limit stops the parse at the field, quoted or not,
 * and so does a row with too many fields. */
static void
test_limits (void **state G_GNUC_UNUSED)
{
  GString *data = g_string_new ("a,b\nx,");
  patchart_table *table;
  GError *error = NULL;

  g_string_append_printf (data, "%*s\n", PATCHART_CSV_MAX_FIELD, "1");
  table = read_ok (data->str);
  patchart_table_free (table);
  g_string_assign (data, "a,b\nx,1\ny,\"");
  for (guint i = 0; i <= PATCHART_CSV_MAX_FIELD; i++)
    g_string_append_c (data, i % 100 ? 'z' : '\n');
  g_string_append (data, "\"\n");
  expect_error (data->str, "t.csv:3:2: field longer than 65536 bytes (the most a field may hold)");
  g_string_assign (data, "a");
  for (guint i = 1; i < PATCHART_CSV_MAX_FIELDS; i++)
    g_string_append (data, ",a");
  g_string_append (data, "\n");
  table = read_ok (data->str);
  assert_int_equal (patchart_table_n_columns (table), PATCHART_CSV_MAX_FIELDS);
  patchart_table_free (table);
  g_string_insert (data, 0, "b,");
  assert_null (patchart_table_read_data (NAME, data->str, data->len, NULL, &error));
  assert_string_equal (error->message,
                       "t.csv:1:16385: row has more than 16384 fields (the most a row may have)");
  g_error_free (error);
  g_string_free (data, TRUE);
}

/* Input text quoted in a message: one short line. */
static void
test_excerpt (void **state G_GNUC_UNUSED)
{
  char *text = patchart_excerpt ("a\nb\r\tc\x01\x7f中");
  GString *long_text = g_string_new (NULL);

  assert_string_equal (text, "a\\nb\\r\\tc\\x01\\x7F中");
  g_free (text);
  for (guint i = 0; i < 100; i++)
    g_string_append (long_text, "数");
  text = patchart_excerpt (long_text->str);
  assert_int_equal (g_utf8_strlen (text, -1), PATCHART_EXCERPT_CHARS + 1);
  assert_true (g_str_has_suffix (text, "数…"));
  g_free (text);
  g_string_truncate (long_text, PATCHART_EXCERPT_CHARS * 3);
  text = patchart_excerpt (long_text->str);
  assert_string_equal (text, long_text->str);
  g_free (text);
  g_string_free (long_text, TRUE);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_options_init),
    cmocka_unit_test (test_simple),
    cmocka_unit_test (test_spaces_and_empty_fields),
    cmocka_unit_test (test_find_column),
    cmocka_unit_test (test_find_column_exact_first),
    cmocka_unit_test (test_find_column_missing),
    cmocka_unit_test (test_find_column_many),
    cmocka_unit_test (test_quoted_commas_and_newlines),
    cmocka_unit_test (test_field_after_multiline_field),
    cmocka_unit_test (test_crlf),
    cmocka_unit_test (test_lone_cr),
    cmocka_unit_test (test_bom_dropped),
    cmocka_unit_test (test_blank_lines_counted),
    cmocka_unit_test (test_ragged_rows),
    cmocka_unit_test (test_ragged_rows_no_header),
    cmocka_unit_test (test_unterminated_quote),
    cmocka_unit_test (test_stray_quote),
    cmocka_unit_test (test_invalid_utf8),
    cmocka_unit_test (test_nul_byte),
    cmocka_unit_test (test_utf16),
    cmocka_unit_test (test_empty),
    cmocka_unit_test (test_header_only),
    cmocka_unit_test (test_no_header),
    cmocka_unit_test (test_semicolon),
    cmocka_unit_test (test_tab),
    cmocka_unit_test (test_bad_delimiter),
    cmocka_unit_test (test_first_error_wins),
    cmocka_unit_test (test_whole_and_by_line_agree),
    cmocka_unit_test (test_read_file),
    cmocka_unit_test (test_read_file_bom_crlf),
    cmocka_unit_test (test_read_missing_file),
    cmocka_unit_test (test_read_directory),
    cmocka_unit_test (test_read_stdin),
    cmocka_unit_test (test_encoding_convert),
    cmocka_unit_test (test_encoding_errors),
    cmocka_unit_test (test_encoding_pieces),
    cmocka_unit_test (test_encoding_pieces_errors),
    cmocka_unit_test (test_limits),
    cmocka_unit_test (test_excerpt),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
