/* SPDX-License-Identifier: MIT */
/* test_numbers.c — how a figure writes numbers (figure/numbers.c): units
 * by language and by --units, the minus sign, prefix and suffix, and
 * decimals that keep distinct values apart. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "figure/numbers.h"

/* VALUE as a figure in LANG with UNITS (NULL: auto) writes it, the unit
 * chosen for LARGEST and the decimals for VALUES. */
static void
expect (const char *lang, const char *units, double largest, const double *values, gsize n,
        double value, const char *want)
{
  patchart_figure figure = { .lang = (char *) lang, .units = (char *) units };
  patchart_numbers numbers;
  char *got;

  patchart_numbers_for (&figure, largest, &numbers);
  got = patchart_numbers_format (&numbers, value, patchart_numbers_decimals (&numbers, values, n));
  if (strcmp (got, want) != 0)
    fail_msg ("%s %s: %g shown as \"%s\", want \"%s\"", lang, units ? units : "auto", value, got,
              want);
  g_free (got);
}

static void
test_units_by_language (void **state)
{
  const double big[] = { 5123456, 1620000, 462000 };
  const double small[] = { 30124, 12530 };

  (void) state;
  expect ("zh-CN", NULL, 5123456, big, 3, 1620000, "162万");
  expect ("zh-CN", NULL, 5123456, big, 3, 462000, "46万");
  expect ("zh-TW", NULL, 5123456, big, 3, 1620000, "162萬");
  expect ("ja", NULL, 5123456, big, 3, 1620000, "162万");
  expect ("ko", NULL, 5123456, big, 3, 1620000, "162만");
  expect ("en", NULL, 5123456, big, 3, 1620000, "1.62M");
  expect ("en", NULL, 5123456, big, 3, 462000, "0.46M");
  expect ("zh-CN", NULL, 3.2e8, big, 0, 3.2e8, "3亿");
  expect ("en", NULL, 4.6e9, big, 0, 4.6e9, "5B");
  /* under 100,000 numbers are written out */
  expect ("zh-CN", NULL, 30124, small, 2, 30124, "30,124");
  expect ("en", NULL, 30124, small, 2, 12530, "12,530");
}

static void
test_units_asked_for (void **state)
{
  const double big[] = { 5123456, 1620000 };

  (void) state;
  expect ("zh-CN", "none", 5123456, big, 2, 1620000, "1,620,000");
  expect ("zh-CN", "M", 5123456, big, 2, 1620000, "1.62M");
  expect ("en", "万", 5123456, big, 2, 1620000, "162万");
  expect ("en", "k", 5123456, big, 2, 5123456, "5,123k");
  assert_true (patchart_units_valid ("억"));
  assert_true (patchart_units_valid ("auto"));
  assert_false (patchart_units_valid ("m"));
  assert_false (patchart_units_valid ("thousand"));
}

static void
test_signs_and_decimals (void **state)
{
  const double mixed[] = { 1250, -1250, -86 };
  const double tiny[] = { 0.0012, 0.0005, 0.0009 };
  const double close[] = { 1.51, 1.5, 2 };
  patchart_figure figure = { .lang = (char *) "en",
                             .prefix = (char *) "$",
                             .suffix = (char *) "%" };
  patchart_numbers numbers;
  char *text;

  (void) state;
  expect ("en", NULL, 1250, mixed, 3, -1250, "\u22121,250");
  expect ("en", NULL, 1250, mixed, 3, -86, "\u221286");
  /* 0.0012 and 0.0005 are not both "0.001" */
  expect ("en", NULL, 0.0012, tiny, 3, 0.0012, "0.0012");
  expect ("en", NULL, 0.0012, tiny, 3, 0.0005, "0.0005");
  expect ("en", NULL, 2, close, 3, 1.5, "1.50");
  patchart_numbers_for (&figure, 100, &numbers);
  text = patchart_numbers_format (&numbers, -12.5, 1);
  assert_string_equal (text, "\u2212$12.5%");
  g_free (text);
  text = patchart_numbers_format (&numbers, 0, 3);
  assert_string_equal (text, "$0%");
  g_free (text);
  assert_int_equal (patchart_numbers_step_decimals (&numbers, 0.25), 1);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_units_by_language),
    cmocka_unit_test (test_units_asked_for),
    cmocka_unit_test (test_signs_and_decimals),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
