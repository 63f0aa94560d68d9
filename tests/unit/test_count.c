/* SPDX-License-Identifier: MIT */
/* test_count.c — counting raw records: IPC levels in every spelling,
 * years from every date form, splits and duplicates within a cell,
 * aliases, filters, top N with others, both export shapes, errors at
 * their file:line:column, files cut into pieces and counted on threads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "count/count.h"
#include "count/countfile.h"
#include "count/dates.h"
#include "count/keys.h"
#include "figure/figure.h"
#include "count/ipc.h"
#include "read/stream.h"

static void
expect_cut (const char *code, patchart_ipc_level level, const char *want)
{
  GString *out = g_string_new (NULL);
  gboolean ok = patchart_ipc_cut (code, level, out);

  if (want == NULL)
    assert_false (ok);
  else if (!ok || strcmp (out->str, want) != 0)
    fail_msg ("%s at %s: got %s, want %s", code, patchart_ipc_level_name (level),
              ok ? out->str : "(invalid)", want);
  g_string_free (out, TRUE);
}

static void
test_ipc_levels_each_format (void **state)
{
  const char *spellings[] = { "G06N 3/08",   "G06N3/08",  "G06N0003080000",
                              "G06N   3/08", "g06n 3/08", " G06N3/08 (2006.01) ",
                              "G06N 3/0475" };

  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++) {
    expect_cut (spellings[i], PATCHART_IPC_SECTION, "G");
    expect_cut (spellings[i], PATCHART_IPC_CLASS, "G06");
    expect_cut (spellings[i], PATCHART_IPC_SUBCLASS, "G06N");
    expect_cut (spellings[i], PATCHART_IPC_GROUP, "G06N3");
  }
  expect_cut ("G06V10/82", PATCHART_IPC_GROUP, "G06V10");
  expect_cut ("G06V0010820000", PATCHART_IPC_GROUP, "G06V10");
  expect_cut ("H04L 9/40", PATCHART_IPC_GROUP, "H04L9");
  expect_cut ("G06N", PATCHART_IPC_SUBCLASS, "G06N");
  expect_cut ("G06", PATCHART_IPC_CLASS, "G06");
}

static void
test_ipc_invalid (void **state)
{
  const char *bad[] = { "",          "X06N 3/08",     "06N3/08",          "G6N3/08",
                        "G06N3",     "G06N 3/8",      "G06N/08",          "G06N 0/08",
                        "G06N3/08x", "G06N000308000", "machine learning", "G06N3/08;" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    expect_cut (bad[i], PATCHART_IPC_SECTION, NULL);
  expect_cut ("G06N", PATCHART_IPC_GROUP, NULL);
  expect_cut ("G06", PATCHART_IPC_SUBCLASS, NULL);
  expect_cut ("G", PATCHART_IPC_CLASS, NULL);
}

static void
test_years_each_form (void **state)
{
  assert_int_equal (patchart_date_year ("2019-05-03"), 2019);
  assert_int_equal (patchart_date_year ("2019/05/03"), 2019);
  assert_int_equal (patchart_date_year ("20190503"), 2019);
  assert_int_equal (patchart_date_year ("2019"), 2019);
  assert_int_equal (patchart_date_year (" 2019.5.3 "), 2019);
  assert_int_equal (patchart_date_year ("2019-5-3"), 2019);
  assert_int_equal (patchart_date_year ("2019-13-03"), 0);
  assert_int_equal (patchart_date_year ("2019-05-32"), 0);
  assert_int_equal (patchart_date_year ("20191303"), 0);
  assert_int_equal (patchart_date_year ("2019-05/03"), 0);
  assert_int_equal (patchart_date_year ("19-05-03"), 0);
  assert_int_equal (patchart_date_year ("May 3, 2019"), 0);
  assert_int_equal (patchart_date_year ("2019-"), 0);
  assert_int_equal (patchart_date_year ("201905"), 0);
  assert_int_equal (patchart_date_year (""), 0);
}

/* Options for KIND with --count. */
static patchart_figure_options
counting (patchart_kind kind)
{
  patchart_figure_options o;

  patchart_figure_options_init (&o, kind);
  o.count = TRUE;
  return o;
}

static patchart_figure *
figure_of (const char *csv, const patchart_figure_options *o, GError **error)
{
  return patchart_figure_new_from_data ("t.csv", csv, strlen (csv), o, error);
}

/* The series as "label=value label=value". */
static char *
series_text (const patchart_figure *f)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < f->series->n_items; i++)
    g_string_append_printf (s, "%s%s=%g", i ? " " : "", f->series->labels[i], f->series->values[i]);
  return g_string_free (s, FALSE);
}

static void
expect_series (const char *csv, const patchart_figure_options *o, const char *want)
{
  GError *error = NULL;
  patchart_figure *f = figure_of (csv, o, &error);
  char *got;

  if (f == NULL)
    fail_msg ("%s", error->message);
  got = series_text (f);
  if (strcmp (got, want) != 0)
    fail_msg ("got   %s\nwant  %s", got, want);
  g_free (got);
  patchart_figure_free (f);
}

static void
expect_error (const char *csv, const patchart_figure_options *o, int code, const char *want)
{
  GError *error = NULL;
  patchart_figure *f = figure_of (csv, o, &error);

  assert_null (f);
  assert_non_null (error);
  if (error->code != code || strstr (error->message, want) == NULL)
    fail_msg ("got %d \"%s\", want %d \"%s\"", error->code, error->message, code, want);
  g_error_free (error);
}

static void
test_count_rows_per_label (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_RANKING);

  o.label_column = "applicant";
  expect_series ("id,applicant\n1,Baidu\n2,Tencent\n3,Baidu\n4,  Baidu \n5,\n", &o,
                 "Baidu=3 Tencent=1");
}

static void
test_split_counts_distinct_values_once (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_RANKING);

  o.label_column = "2";
  o.split = ";";
  /* a record with Baidu twice counts once; empty values are skipped */
  expect_series ("id,a\n1,Baidu; Tencent ;Baidu\n2,;Tencent;;\n3,Huawei\n", &o,
                 "Tencent=2 Baidu=1 Huawei=1");
  o.split = ";;";
  expect_series ("id,a\n1,A;;B;;A\n2,B\n", &o, "B=2 A=1");
}

static void
test_ipc_duplicates_after_cutting (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_BARS);

  o.split = ";";
  o.ipc = PATCHART_IPC_GROUP;
  /* G06N3/08 and G06N 3/04 are one main group: the record counts once */
  expect_series ("ipc\nG06N3/08;G06N 3/04;G06V10/82\nG06N0003080000\n", &o, "G06N3=2 G06V10=1");
  o.ipc = PATCHART_IPC_SUBCLASS;
  expect_series ("ipc\nG06N3/08;G06N 3/04;G06V10/82\nG06N0003080000\n", &o, "G06N=2 G06V=1");
}

static char *
write_temp (const char *text)
{
  char *path = NULL;
  int fd = g_file_open_tmp ("patchart-test-XXXXXX.csv", &path, NULL);

  assert_true (fd >= 0);
  assert_true (write (fd, text, strlen (text)) == (ssize_t) strlen (text));
  close (fd);
  return path;
}

static void
test_alias_case_and_space_insensitive (void **state)
{
  char *alias = write_temp ("raw,display\nBAIDU ONLINE,百度\nbaidu,百度\nＴｅｎｃｅｎｔ,腾讯\n");
  patchart_figure_options o = counting (PATCHART_KIND_RANKING);

  o.alias_file = alias;
  o.split = ";";
  /* two spellings of Baidu in one record count once; Other passes as is */
  expect_series ("a\nBaidu Online;baiduonline\nBAIDU\ntencent\nOther\n", &o,
                 "百度=2 Other=1 腾讯=1");
  unlink (alias);
  g_free (alias);
}

static void
test_alias_errors (void **state)
{
  char *alias = write_temp ("raw,display\nbaidu,百度\nBaidu,Baidu Inc\n");
  patchart_figure_options o = counting (PATCHART_KIND_RANKING);
  char *want = g_strdup_printf ("%s:3:1: alias: \"Baidu\" is mapped to \"百度\" on line 2", alias);

  o.alias_file = alias;
  expect_error ("a\nx\n", &o, PATCHART_ERROR_DATA, want);
  unlink (alias);
  g_free (alias);
  g_free (want);
}

static void
test_where_filters (void **state)
{
  const char *csv = "office,applicant,date\nCN,A,2014-01-01\nUS,B,2015-01-01\ncn,C,2013-12-31\n"
                    "KR,D,2023-06-01\nCN,E,2024-01-01\nCN,F,\n";
  const char *where_cn[] = { "office=CN", NULL };
  const char *where_cn_kr[] = { "office=CN", " office = KR ", NULL };
  const char *where_two[] = { "office=CN", "applicant=A", NULL };
  patchart_figure_options o = counting (PATCHART_KIND_RANKING);

  o.label_column = "applicant";
  o.where = where_cn;
  expect_series (csv, &o, "A=1 C=1 E=1 F=1");
  o.where = where_cn_kr; /* one column: any value */
  expect_series (csv, &o, "A=1 C=1 D=1 E=1 F=1");
  o.where = where_two; /* two columns: both */
  expect_series (csv, &o, "A=1");
  o.where = where_cn_kr;
  o.date_column = "date";
  o.from_year = 2014;
  o.to_year = 2023; /* an empty date is in no range */
  expect_series (csv, &o, "A=1 D=1");
}

static void
test_year_filter_needs_dates (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_BARS);

  o.from_year = 2014;
  expect_error ("a,b\nx,y\n", &o, PATCHART_ERROR_USAGE, "--date COLUMN");
  o.date_column = "nope";
  expect_error ("a,b\nx,y\n", &o, PATCHART_ERROR_USAGE, "no column \"nope\"");
}

static void
test_years_as_labels (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_BARS);

  o.label_column = "year:Application Date";
  o.sort = PATCHART_SORT_NONE;
  expect_series ("Application Date\n2019-05-03\n2019/05/03\n20190503\n2019\n2021-01-01\n", &o,
                 "2019=4 2020=0 2021=1");
}

static void
test_office_of_publication_numbers (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_BARS);

  o.label_column = "office:id";
  expect_series ("id\nCN-116579339-A\nUS-2023123456-A1\ncn116579339a\nEP3456789B1\n"
                 "wo 2023/123456\n",
                 &o, "CN=2 EP=1 US=1 WO=1");
  expect_error ("id\nCN-1-A\n123456\n", &o, PATCHART_ERROR_DATA,
                "t.csv:3:1: column \"id\": \"123456\" is not a publication number");
}

static void
test_top_with_others (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_RANKING);
  const char *csv = "a\nA\nA\nA\nB\nB\nC\nD\n";
  GError *error = NULL;
  patchart_figure *f;

  o.top = 2;
  o.others = TRUE;
  o.lang = "ja";
  expect_series (csv, &o, "A=3 B=2 その他=2");
  o.lang = "zh-CN";
  expect_series (csv, &o, "A=3 B=2 其他=2");
  o.lang = "ko";
  expect_series (csv, &o, "A=3 B=2 기타=2");
  o.lang = NULL;
  expect_series (csv, &o, "A=3 B=2 Others=2");
  o.top = 4; /* nothing left over: no others bar */
  expect_series (csv, &o, "A=3 B=2 C=1 D=1");
  o.top = 2;
  f = figure_of (csv, &o, &error);
  assert_true (f->series->has_others);
  patchart_figure_free (f);
}

static void
test_heatmap_counts_pairs (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_HEATMAP);
  const char *csv = "ipc,date\n\"G06N3/08;G06V10/82\",2019-05-03\nG06N3/04,2021\n"
                    "G06N3/08;G06N3/04,20210101\n";
  GError *error = NULL;
  patchart_figure *f;

  o.row_column = "ipc";
  o.column_column = "year:date";
  o.split = ";";
  o.ipc = PATCHART_IPC_GROUP;
  f = figure_of (csv, &o, &error);
  assert_non_null (f);
  assert_int_equal (f->matrix->n_rows, 2);
  assert_int_equal (f->matrix->n_cols, 3); /* 2020 filled in */
  assert_string_equal (f->matrix->row_labels[0], "G06N3");
  assert_string_equal (f->matrix->col_labels[1], "2020");
  assert_true (f->matrix->values[0] == 1 && f->matrix->values[1] == 0 && f->matrix->values[2] == 2);
  assert_true (f->matrix->values[3] == 1 && f->matrix->values[5] == 0);
  patchart_figure_free (f);
}

static void
test_google_patents_shape (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_RANKING);

  o.label_column = "assignee";
  expect_series ("search URL:,https://patents.google.com/?q=x\n"
                 "id,title,assignee,priority date\n"
                 "CN-1-A,t,百度,2019-01-01\nCN-2-A,\"t, u\",腾讯,2020-01-01\nCN-3-A,t,百度,2021\n",
                 &o, "百度=2 腾讯=1");
}

static void
test_lens_shape (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_RANKING);

  o.label_column = "IPCR Classifications";
  o.split = ";;";
  o.ipc = PATCHART_IPC_SUBCLASS;
  expect_series ("#,Jurisdiction,Applicants,IPCR Classifications\n"
                 "1,CN,A;;B,G06N3/08;;G06F40/30\n2,CN,A,G06N3/04\n",
                 &o, "G06N=2 G06F=1");
}

static void
test_bad_rows_name_their_place (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_HEATMAP);

  o.row_column = "ipc";
  o.column_column = "year:date";
  o.ipc = PATCHART_IPC_GROUP;
  o.split = ";";
  expect_error ("ipc,date\nG06N3/08,2019\nG06N3/08\n", &o, PATCHART_ERROR_DATA,
                "t.csv:3:2: row has 1 field but the header has 2");
  expect_error ("ipc,date\nG06N3/08,2019\n\nG06N3/08,2019-13-01\n", &o, PATCHART_ERROR_DATA,
                "t.csv:4:2: column \"date\": \"2019-13-01\" is not a date");
  expect_error ("ipc,date\n\"G06N3/08;\nG06Q\",2019\n", &o, PATCHART_ERROR_DATA,
                "t.csv:2:1: column \"ipc\": \"G06Q\" is not an IPC code");
  expect_error ("ipc,date\nG06N3/08;deep learning,2019\n", &o, PATCHART_ERROR_DATA,
                "t.csv:2:1: column \"ipc\": \"deep learning\" is not an IPC code");
}

static void
test_skip_invalid_counts (void **state)
{
  patchart_figure_options o = counting (PATCHART_KIND_BARS);
  GError *error = NULL;
  patchart_figure *f;

  o.split = ";";
  o.ipc = PATCHART_IPC_SUBCLASS;
  o.skip_invalid = TRUE;
  f = figure_of ("ipc\nG06N3/08;nonsense\nnonsense\nH04L9/40\n?\n", &o, &error);
  assert_non_null (f);
  assert_int_equal (patchart_figure_get_n_skipped (f), 3);
  assert_non_null (strstr (patchart_figure_get_warning (f),
                           "skipped 3 invalid values (--skip-invalid); the first: t.csv:2:1:"));
  assert_int_equal (f->series->n_items, 2);
  patchart_figure_free (f);
}

static void
test_usage_checks (void **state)
{
  patchart_figure_options o;

  patchart_figure_options_init (&o, PATCHART_KIND_BARS);
  o.split = ";";
  expect_error ("a\nb\n", &o, PATCHART_ERROR_USAGE, "split: counts raw records");
  o = counting (PATCHART_KIND_BARS);
  o.value_column = "2";
  expect_error ("a,b\nb,1\n", &o, PATCHART_ERROR_USAGE, "reads no values");
  o = counting (PATCHART_KIND_BARS);
  o.others = TRUE;
  expect_error ("a\nb\n", &o, PATCHART_ERROR_USAGE, "needs --top");
  o = counting (PATCHART_KIND_BARS);
  o.label_column = "year:nope";
  expect_error ("a\nb\n", &o, PATCHART_ERROR_USAGE, "no column \"nope\"");
}

/* A file of N_ROWS records, several pieces long, with a quoted field
 * that spans lines; every 7th record is in 2019. */
static GString *
big_csv (guint n_rows)
{
  GString *csv = g_string_new ("id,applicant,date,title\n");

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (csv, "%u,APPLICANT %u;SHARED,%s,\"a title,\nover two lines\"\n", i,
                            i % 1000, i % 7 == 0 ? "2019-01-01" : "2020-01-01");
  return csv;
}

/* A read error is an error even to a caller that asks for no GError, never
 * the end of a short file: a directory opens with fopen() but cannot be
 * read. */
static void
test_read_error_is_not_the_end (void **state)
{
  char *dir = g_dir_make_tmp ("patchart-XXXXXX", NULL);
  patchart_pieces *pieces = patchart_pieces_open ("dir", dir, NULL, 0, NULL);
  patchart_piece *piece = (patchart_piece *) &piece;
  GError *error = NULL;

  assert_non_null (pieces);
  assert_false (patchart_pieces_next (pieces, &piece, NULL));
  assert_null (piece);
  patchart_pieces_close (pieces);
  pieces = patchart_pieces_open ("dir", dir, NULL, 0, NULL);
  assert_false (patchart_pieces_next (pieces, &piece, &error));
  assert_int_equal (error->code, PATCHART_ERROR_INPUT);
  assert_non_null (strstr (error->message, "dir: cannot read: "));
  g_error_free (error);
  patchart_pieces_close (pieces);
  rmdir (dir);
  g_free (dir);
}

/* Pieces of a string end at line ends outside quotes, and the last one at
 * the end: then *PIECE is NULL and the call still succeeds. */
static void
test_pieces_end (void **state)
{
  const char *csv = "a,b\n\"x\ny\",2\n";
  patchart_pieces *pieces = patchart_pieces_open ("s", NULL, csv, strlen (csv), NULL);
  patchart_piece *piece = NULL;

  assert_true (patchart_pieces_next (pieces, &piece, NULL));
  assert_non_null (piece);
  assert_int_equal (piece->length, strlen (csv));
  assert_int_equal (patchart_csv_count_lines (piece->data, piece->length), 3);
  patchart_pieces_done (pieces, piece);
  assert_true (patchart_pieces_next (pieces, &piece, NULL));
  assert_null (piece);
  patchart_pieces_close (pieces);
  assert_int_equal (patchart_csv_count_lines ("a\rb\r\nc\n\r", 9), 4);
}

static void
test_pieces_and_threads (void **state)
{
  GString *csv = big_csv (60000); /* about 4 MB: several pieces */
  char *path = write_temp (csv->str);
  patchart_figure_options o = counting (PATCHART_KIND_RANKING);
  GError *error = NULL;
  patchart_figure *f, *g;

  o.label_column = "applicant";
  o.split = ";";
  f = patchart_figure_new_from_file (path, &o, &error);
  g = patchart_figure_new_from_data ("t.csv", csv->str, csv->len, &o, &error);
  assert_non_null (f);
  assert_non_null (g);
  assert_int_equal (f->series->n_items, 1001);
  assert_string_equal (f->series->labels[0], "SHARED");
  assert_true (f->series->values[0] == 60000);
  assert_string_equal (f->series->labels[1], "APPLICANT 0");
  assert_true (f->series->values[1] == 60);
  /* the place a label first appears, whichever thread saw it */
  assert_int_equal (f->series->places[1].line, 2);
  for (guint i = 0; i < f->series->n_items; i++)
    assert_string_equal (f->series->labels[i], g->series->labels[i]);
  patchart_figure_free (f);
  patchart_figure_free (g);
  unlink (path);
  g_free (path);
  g_string_free (csv, TRUE);
}

static void
test_error_lines_in_later_pieces (void **state)
{
  GString *csv = big_csv (60000);
  char *path, *want;
  patchart_figure_options o = counting (PATCHART_KIND_RANKING);
  GError *error = NULL;

  /* record 50000 starts on line 2 + 2 * 50000; its date is bad, and so is
   * a later one: the first in the file is reported */
  g_string_append (csv, "x,y,2019-99-01,z\n");
  g_string_replace (csv, "50000,APPLICANT 0;SHARED,2020-01-01",
                    "50000,APPLICANT 0;SHARED,2020-01-55", 1);
  path = write_temp (csv->str);
  o.label_column = "applicant";
  o.date_column = "date";
  o.from_year = 2019;
  assert_null (patchart_figure_new_from_file (path, &o, &error));
  want = g_strdup_printf ("%s:100002:3: column \"date\": \"2020-01-55\" is not a date", path);
  if (!g_str_has_prefix (error->message, want))
    fail_msg ("%s", error->message);
  g_clear_error (&error);
  g_free (want);
  unlink (path);
  g_free (path);
  g_string_free (csv, TRUE);
}

static void
test_csv_errors_in_later_pieces (void **state)
{
  GString *csv = big_csv (40000);
  char *path, *want;
  patchart_figure_options o = counting (PATCHART_KIND_RANKING);
  GError *error = NULL;

  g_string_append (csv, "1,a\"b,2019,t\n");
  path = write_temp (csv->str);
  assert_null (patchart_figure_new_from_file (path, &o, &error));
  want = g_strdup_printf ("%s:80002:2: quote inside an unquoted field", path);
  if (!g_str_has_prefix (error->message, want))
    fail_msg ("%s", error->message);
  g_clear_error (&error);
  g_free (want);
  unlink (path);
  g_free (path);
  g_string_free (csv, TRUE);
}

/* A tally may count a later piece of the file before an earlier one: a
 * value seen again at an earlier place moves its label's place there,
 * whether or not the memo already knew the raw value. */
static void
test_keys_keep_the_earliest_place (void **state)
{
  patchart_key_rule rule = { .col = 0, .column_name = "applicant" };
  patchart_keys *k = patchart_keys_new ("t.csv", &rule);
  GArray *indexes = g_array_new (FALSE, FALSE, sizeof (guint));
  patchart_skips skips = { 0 };
  patchart_csv_field later = { "ACME", 4, 900, 2 }, earlier = { "ACME", 4, 40, 3 };
  patchart_csv_field padded = { " ACME ", 6, 7, 1 };

  assert_true (patchart_keys_of (k, &later, indexes, &skips, NULL));
  assert_int_equal (patchart_keys_n_labels (k), 1);
  assert_int_equal (patchart_keys_place (k, 0).line, 900);
  assert_true (patchart_keys_of (k, &earlier, indexes, &skips, NULL));
  assert_int_equal (patchart_keys_place (k, 0).line, 40);
  assert_int_equal (patchart_keys_place (k, 0).column, 3);
  assert_true (patchart_keys_of (k, &later, indexes, &skips, NULL));
  assert_int_equal (patchart_keys_place (k, 0).line, 40);
  /* trimmed, the same label */
  assert_true (patchart_keys_of (k, &padded, indexes, &skips, NULL));
  assert_int_equal (patchart_keys_n_labels (k), 1);
  assert_int_equal (patchart_keys_place (k, 0).line, 7);
  g_array_free (indexes, TRUE);
  patchart_keys_free (k);
}

static void
test_settings_repeatable_where (void **state)
{
  patchart_settings *s = patchart_settings_new (PATCHART_KIND_BARS), *copy;
  const patchart_figure_options *o;
  GError *error = NULL;

  assert_true (patchart_settings_set (s, "where", "office=CN", &error));
  assert_true (patchart_settings_set (s, "where", "office=KR", &error));
  assert_false (patchart_settings_set (s, "where", "office", &error));
  assert_int_equal (error->code, PATCHART_ERROR_USAGE);
  g_clear_error (&error);
  assert_true (patchart_settings_set (s, "ipc", "group", &error));
  assert_false (patchart_settings_set (s, "ipc", "family", &error));
  g_clear_error (&error);
  copy = patchart_settings_copy (s);
  patchart_settings_free (s);
  o = patchart_settings_get_options (copy);
  assert_string_equal (o->where[0], "office=CN");
  assert_string_equal (o->where[1], "office=KR");
  assert_null (o->where[2]);
  assert_int_equal (o->ipc, PATCHART_IPC_GROUP);
  patchart_settings_free (copy);
}

/* A copy owns every string: set by the table or by a checking setter
 * (units and split once pointed into the original, freed with it). */
static void
test_settings_copy_owns_strings (void **state)
{
  patchart_settings *s = patchart_settings_new (PATCHART_KIND_BARS), *copy;
  const patchart_figure_options *o, *c;
  GError *error = NULL;

  (void) state;
  assert_true (patchart_settings_set (s, "units", "k", &error));
  assert_true (patchart_settings_set (s, "split", ";;", &error));
  assert_true (patchart_settings_set (s, "title", "T", &error));
  assert_true (patchart_settings_set (s, "count", NULL, &error));
  copy = patchart_settings_copy (s);
  o = patchart_settings_get_options (s);
  c = patchart_settings_get_options (copy);
  assert_ptr_not_equal (o->units, c->units);
  assert_ptr_not_equal (o->split, c->split);
  assert_ptr_not_equal (o->title, c->title);
  patchart_settings_free (s);
  assert_string_equal (c->units, "k");
  assert_string_equal (c->split, ";;");
  assert_true (patchart_figure_options_check (c, &error));
  patchart_settings_free (copy);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_ipc_levels_each_format),
    cmocka_unit_test (test_settings_copy_owns_strings),
    cmocka_unit_test (test_ipc_invalid),
    cmocka_unit_test (test_years_each_form),
    cmocka_unit_test (test_count_rows_per_label),
    cmocka_unit_test (test_split_counts_distinct_values_once),
    cmocka_unit_test (test_ipc_duplicates_after_cutting),
    cmocka_unit_test (test_alias_case_and_space_insensitive),
    cmocka_unit_test (test_alias_errors),
    cmocka_unit_test (test_where_filters),
    cmocka_unit_test (test_year_filter_needs_dates),
    cmocka_unit_test (test_years_as_labels),
    cmocka_unit_test (test_office_of_publication_numbers),
    cmocka_unit_test (test_top_with_others),
    cmocka_unit_test (test_heatmap_counts_pairs),
    cmocka_unit_test (test_google_patents_shape),
    cmocka_unit_test (test_lens_shape),
    cmocka_unit_test (test_bad_rows_name_their_place),
    cmocka_unit_test (test_skip_invalid_counts),
    cmocka_unit_test (test_usage_checks),
    cmocka_unit_test (test_read_error_is_not_the_end),
    cmocka_unit_test (test_pieces_end),
    cmocka_unit_test (test_pieces_and_threads),
    cmocka_unit_test (test_error_lines_in_later_pieces),
    cmocka_unit_test (test_csv_errors_in_later_pieces),
    cmocka_unit_test (test_settings_repeatable_where),
    cmocka_unit_test (test_keys_keep_the_earliest_place),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
