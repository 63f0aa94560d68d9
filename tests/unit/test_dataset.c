/* SPDX-License-Identifier: MIT */
/* test_dataset.c — series and matrices from tables: defaults, sums,
 * sorting with stable ties, top N, long/wide detection, missing cells,
 * errors at their cell. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "data/dataset.h"
#include "read/table.h"
#include "figure/figure.h"
#include "figure/lang.h"

static patchart_table *
table_of (const char *csv)
{
  patchart_table_options options;
  GError *error = NULL;
  patchart_table *table;

  patchart_table_options_init (&options);
  table = patchart_table_read_data ("t.csv", csv, strlen (csv), &options, &error);
  if (table == NULL)
    fail_msg ("%s", error->message);
  return table;
}

static patchart_series *
series_of (const char *csv, const char *label, const char *value, GError **error)
{
  patchart_table *table = table_of (csv);
  patchart_series *s = patchart_series_from_table (table, label, value, error);
  patchart_table_free (table);
  return s;
}

static void
test_series_defaults_and_sums (void **state)
{
  patchart_series *s = series_of ("k,v\n中国,30124\n美国,\"12,530\"\n中国,1\n", NULL, NULL, NULL);

  assert_int_equal (s->n_items, 2);
  assert_string_equal (s->labels[0], "中国");
  assert_true (s->values[0] == 30125);
  assert_true (s->values[1] == 12530);
  assert_string_equal (s->value_name, "v");
  patchart_series_free (s);
}

static void
test_series_by_name_and_index (void **state)
{
  const char *csv = "id,name,count\n1,百度,575\n2,腾讯控股,561\n";
  patchart_series *a = series_of (csv, "name", "count", NULL);
  patchart_series *b = series_of (csv, "2", "3", NULL);

  assert_string_equal (a->labels[1], b->labels[1]);
  assert_true (a->values[1] == 561 && b->values[1] == 561);
  patchart_series_free (a);
  patchart_series_free (b);
}

static void
test_series_sort_ties_by_label (void **state)
{
  patchart_series *s = series_of ("k,v\nb,1\nc,5\na,1\nd,3\n", NULL, NULL, NULL);

  patchart_series_sort (s, PATCHART_SORT_DESC);
  assert_string_equal (s->labels[0], "c");
  assert_string_equal (s->labels[2], "a"); /* the tie a/b is broken by label */
  assert_string_equal (s->labels[3], "b");
  patchart_series_sort (s, PATCHART_SORT_ASC);
  assert_string_equal (s->labels[0], "a");
  assert_string_equal (s->labels[3], "c");
  patchart_series_truncate (s, 2);
  assert_int_equal (s->n_items, 2);
  assert_null (s->labels[2]);
  patchart_series_free (s);
}

static void
test_series_errors_name_the_cell (void **state)
{
  GError *error = NULL;

  assert_null (series_of ("k,count\na,1\nb,n/a\n", NULL, NULL, &error));
  assert_string_equal (error->message,
                       "t.csv:3:2: column \"count\": expected a number, got \"n/a\"");
  g_clear_error (&error);
  assert_null (series_of ("k,v\n  ,1\n", NULL, NULL, &error));
  assert_string_equal (error->message, "t.csv:2:1: column \"k\": empty label");
  g_clear_error (&error);
  assert_null (series_of ("k,v\n", NULL, NULL, &error));
  assert_string_equal (error->message, "t.csv: no data rows");
  g_clear_error (&error);
  assert_null (series_of ("k\na\n", NULL, NULL, &error));
  assert_int_equal (error->code, PATCHART_ERROR_DATA);
  g_clear_error (&error);
  assert_null (series_of ("k,v\na,6e14\na,6e14\n", NULL, NULL, &error));
  assert_string_equal (error->message, "t.csv:3:2: the total for this label is too large");
  g_clear_error (&error);
  assert_null (series_of ("k,v\na,2e15\n", NULL, NULL, &error));
  assert_string_equal (
      error->message,
      "t.csv:2:2: column \"v\": 2e15 is larger than a chart can show (at most 1e+15)");
  g_clear_error (&error);
}

/* Each label remembers where it first appears, through sorting. */
static void
test_series_places (void **state)
{
  patchart_series *s = series_of ("k,v\nb,1\n\n\"a\nz\",5\nb,9\n", NULL, NULL, NULL);

  patchart_series_sort (s, PATCHART_SORT_DESC);
  assert_string_equal (s->labels[0], "b");
  assert_int_equal (s->places[0].line, 2);
  assert_int_equal (s->places[0].column, 1);
  assert_int_equal (s->places[1].line, 4); /* after a blank line */
  patchart_series_free (s);
}

static patchart_matrix *
matrix_of (const char *csv, patchart_shape shape)
{
  patchart_table *table = table_of (csv);
  GError *error = NULL;
  patchart_matrix *m = patchart_matrix_from_table (table, shape, NULL, NULL, NULL, &error);

  if (m == NULL)
    fail_msg ("%s", error->message);
  patchart_table_free (table);
  return m;
}

static double
cell (const patchart_matrix *m, guint r, guint c)
{
  return m->values[r * m->n_cols + c];
}

static void
test_matrix_long_detected (void **state)
{
  patchart_matrix *m = matrix_of ("class,year,n\nG06N3,2023,5\nG06N3,2022,3\nG06V10,2023,7\n"
                                  "G06N3,2023,1\n",
                                  PATCHART_SHAPE_AUTO);

  assert_int_equal (m->n_rows, 2);
  assert_int_equal (m->n_cols, 2);
  assert_string_equal (m->col_labels[0], "2022"); /* years in numeric order */
  assert_true (cell (m, 0, 1) == 6);              /* repeated pair summed */
  assert_true (isnan (cell (m, 1, 0)));           /* absent pair is missing, not 0 */
  patchart_matrix_free (m);
}

static void
test_matrix_wide_detected (void **state)
{
  patchart_matrix *m = matrix_of ("class,2014,2015\nG06N3,12,0\nG06V10,,6\n", PATCHART_SHAPE_AUTO);

  assert_int_equal (m->n_rows, 2);
  assert_int_equal (m->n_cols, 2);
  assert_true (cell (m, 0, 1) == 0);
  assert_true (isnan (cell (m, 1, 0)));
  patchart_matrix_free (m);
}

static void
test_matrix_forced_shape (void **state)
{
  /* three numeric columns, unique rows: auto reads it as wide ... */
  const char *csv = "r,c,v\na,1,2\nb,3,4\n";
  patchart_matrix *wide = matrix_of (csv, PATCHART_SHAPE_AUTO);
  patchart_matrix *lng = matrix_of (csv, PATCHART_SHAPE_LONG);

  assert_int_equal (wide->n_cols, 2);
  assert_int_equal (lng->n_cols, 2);
  assert_string_equal (lng->col_labels[0], "1");
  assert_true (cell (lng, 1, 1) == 4);
  assert_true (isnan (cell (lng, 0, 1)));
  patchart_matrix_free (wide);
  patchart_matrix_free (lng);
}

static void
test_matrix_sort_rows (void **state)
{
  patchart_matrix *m = matrix_of ("k,a,b\nlow,1,\nhigh,5,5\nmid,3,3\n", PATCHART_SHAPE_WIDE);

  patchart_matrix_sort_rows (m, PATCHART_SORT_DESC);
  assert_string_equal (m->row_labels[0], "high");
  assert_string_equal (m->row_labels[2], "low");
  assert_true (isnan (cell (m, 2, 1)));
  patchart_matrix_truncate_rows (m, 1);
  assert_int_equal (m->n_rows, 1);
  patchart_matrix_free (m);
}

static patchart_matrix *
lines_of (const char *csv, patchart_series_layout series_in)
{
  patchart_table *table = table_of (csv);
  GError *error = NULL;
  patchart_matrix *m =
      patchart_lines_from_table (table, PATCHART_SHAPE_AUTO, series_in, NULL, NULL, NULL, &error);
  if (m == NULL)
    fail_msg ("%s", error->message);
  patchart_table_free (table);
  return m;
}

/* A line chart's table either way round gives series x years; where the
 * numbers are tells them apart, and a flag overrides it. */
static void
test_lines_orientation (void **state)
{
  patchart_matrix *down = lines_of ("year,CN,US\n2015,5,1\n2014,3,\n", PATCHART_SERIES_AUTO);
  patchart_matrix *across = lines_of ("office,2015,2014\nCN,5,3\nUS,1,\n", PATCHART_SERIES_AUTO);
  patchart_matrix *forced = lines_of ("a,2015,2014\n2020,5,3\n", PATCHART_SERIES_ROWS);
  patchart_matrix *three = lines_of ("year,CN,US\n2014,3,4\n2015,5,1\n", PATCHART_SERIES_AUTO);

  for (guint i = 0; i < 2; i++) {
    patchart_matrix *m = i == 0 ? down : across;
    assert_int_equal (m->n_rows, 2);
    assert_int_equal (m->n_cols, 2);
    assert_string_equal (m->row_labels[0], "CN");
    assert_string_equal (m->col_labels[0], "2014"); /* x in order */
    assert_true (cell (m, 0, 0) == 3 && cell (m, 0, 1) == 5);
    assert_true (isnan (cell (m, 1, 0)));
  }
  assert_int_equal (forced->n_rows, 1);
  assert_string_equal (forced->row_labels[0], "2020");
  assert_int_equal (three->n_rows, 2); /* three columns, read wide */
  assert_string_equal (three->row_labels[1], "US");
  patchart_matrix_free (down);
  patchart_matrix_free (across);
  patchart_matrix_free (forced);
  patchart_matrix_free (three);
}

/* Every year from the first to the last: a missing one is a gap (or the
 * fill given), and a span too wide for the figure is an error. */
static void
test_lines_fill_steps (void **state)
{
  patchart_matrix *m = lines_of ("year,CN\n2014,3\n2017,5\n", PATCHART_SERIES_AUTO);
  patchart_matrix *words = lines_of ("q,CN\nQ1,3\nQ3,5\n", PATCHART_SERIES_AUTO);
  patchart_matrix *wide = lines_of ("year,CN\n1,3\n9000,5\n", PATCHART_SERIES_AUTO);
  GError *error = NULL;

  assert_true (patchart_matrix_fill_steps (m, NAN, 800, "t.csv", NULL));
  assert_int_equal (m->n_cols, 4);
  assert_string_equal (m->col_labels[1], "2015");
  assert_true (isnan (cell (m, 0, 1)) && isnan (cell (m, 0, 2)));
  assert_true (cell (m, 0, 3) == 5);
  assert_true (patchart_matrix_fill_steps (words, 0, 800, "t.csv", NULL));
  assert_int_equal (words->n_cols, 2); /* not numbers: drawn as they come */
  assert_false (patchart_matrix_fill_steps (wide, NAN, 800, "t.csv", &error));
  assert_string_equal (error->message, "t.csv: x values from 1 to 9000: 9000 steps are more "
                                       "than a 800-pixel-wide line chart can show");
  g_error_free (error);
  patchart_matrix_free (m);
  patchart_matrix_free (words);
  patchart_matrix_free (wide);
}

static void
test_guess_lang (void **state)
{
  assert_string_equal (patchart_guess_lang ("中国 30124"), "zh-CN");
  assert_string_equal (patchart_guess_lang ("日本のとっきょ"), "ja");
  assert_string_equal (patchart_guess_lang ("한국 특허 中"), "ko");
  assert_string_equal (patchart_guess_lang ("Patents"), "en");
}

static void
test_source_line (void **state)
{
  char *s;

  s = patchart_source_line ("日经XTECH", "zh-CN");
  assert_string_equal (s, "来源：日经XTECH");
  g_free (s);
  s = patchart_source_line ("出处：日经XTECH", "zh-CN");
  assert_string_equal (s, "出处：日经XTECH");
  g_free (s);
  s = patchart_source_line ("Source: JPO", "ja");
  assert_string_equal (s, "Source: JPO");
  g_free (s);
  s = patchart_source_line ("KIPO", "ko");
  assert_string_equal (s, "출처: KIPO");
  g_free (s);
  assert_null (patchart_source_line (NULL, "en"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_series_defaults_and_sums),
    cmocka_unit_test (test_series_by_name_and_index),
    cmocka_unit_test (test_series_sort_ties_by_label),
    cmocka_unit_test (test_series_errors_name_the_cell),
    cmocka_unit_test (test_series_places),
    cmocka_unit_test (test_matrix_long_detected),
    cmocka_unit_test (test_matrix_wide_detected),
    cmocka_unit_test (test_matrix_forced_shape),
    cmocka_unit_test (test_matrix_sort_rows),
    cmocka_unit_test (test_lines_orientation),
    cmocka_unit_test (test_lines_fill_steps),
    cmocka_unit_test (test_guess_lang),
    cmocka_unit_test (test_source_line),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
