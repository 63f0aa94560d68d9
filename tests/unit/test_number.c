/* SPDX-License-Identifier: MIT */
/* test_number.c — parsing and formatting numbers as tables write them. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "util/number.h"

static void
expect_parse (const char *text, double want)
{
  double value = -12345.678;

  if (!patchart_number_parse (text, &value))
    fail_msg ("\"%s\" was rejected", text);
  if (value != want)
    fail_msg ("\"%s\" parsed as %.17g, want %.17g", text, value, want);
}

static void
expect_reject (const char *text)
{
  double value = -12345.678;

  if (patchart_number_parse (text, &value))
    fail_msg ("\"%s\" was accepted as %.17g", text, value);
  assert_true (value == -12345.678); /* left alone */
}

static void
expect_format (double value, int decimals, const char *want)
{
  char *text = patchart_number_format (value, decimals);

  assert_string_equal (text, want);
  g_free (text);
}

static void
test_parse_plain (void **state G_GNUC_UNUSED)
{
  expect_parse ("30124", 30124);
  expect_parse ("0", 0);
  expect_parse ("007", 7);
  expect_parse ("-3.5", -3.5);
  expect_parse ("+7", 7);
  expect_parse (".5", 0.5);
  expect_parse ("5.", 5);
  expect_parse ("-.25", -0.25);
  expect_parse ("1234567", 1234567);
}

static void
test_parse_spaces (void **state G_GNUC_UNUSED)
{
  expect_parse (" 42 ", 42);
  expect_parse ("\t42", 42);
  expect_parse ("42  ", 42);
  expect_reject ("4 2");
  expect_reject ("- 42");
  expect_reject ("42\n");
}

static void
test_parse_groups (void **state G_GNUC_UNUSED)
{
  expect_parse ("30,124", 30124);
  expect_parse ("1,234,567.89", 1234567.89);
  expect_parse ("-1,000", -1000);
  expect_parse ("999,999", 999999);
  expect_parse ("1,234e3", 1234000);
}

static void
test_parse_exponent (void **state G_GNUC_UNUSED)
{
  expect_parse ("1e3", 1000);
  expect_parse ("1.5E-2", 0.015);
  expect_parse ("2e+2", 200);
  expect_parse ("1e-400", 0); /* underflows to zero: still a number */
  expect_reject ("1e");
  expect_reject ("1e+");
  expect_reject ("e3");
  expect_reject ("1e3.5");
}

static void
test_reject_words (void **state G_GNUC_UNUSED)
{
  expect_reject ("");
  expect_reject ("   ");
  expect_reject ("nan");
  expect_reject ("NaN");
  expect_reject ("inf");
  expect_reject ("-inf");
  expect_reject ("infinity");
  expect_reject ("Infinity");
  expect_reject ("0x10");
  expect_reject ("n/a");
  expect_reject ("12abc");
  expect_reject (".");
  expect_reject ("-");
  expect_reject ("+-1");
  expect_reject ("1.2.3");
}

static void
test_reject_commas (void **state G_GNUC_UNUSED)
{
  expect_reject ("1,23");
  expect_reject ("1,,234");
  expect_reject (",123");
  expect_reject ("12,");
  expect_reject ("1,2345");
  expect_reject ("1234,567");
  expect_reject ("0,5");
  expect_reject ("0,500"); /* a decimal comma, not 500 */
  expect_reject ("1,234,56");
  expect_reject ("1.234,5");
  expect_reject ("1,234.5,6");
}

static void
test_reject_overflow (void **state G_GNUC_UNUSED)
{
  expect_reject ("1e999");
  expect_reject ("-1e999");
  expect_parse ("1e308", 1e308);
}

static void
test_format_groups (void **state G_GNUC_UNUSED)
{
  expect_format (30124, 0, "30,124");
  expect_format (1234567.891, 2, "1,234,567.89");
  expect_format (-1234.5, 1, "-1,234.5");
  expect_format (999, 0, "999");
  expect_format (1000, 0, "1,000");
  expect_format (-999999, 0, "-999,999");
  expect_format (100000, 2, "100,000.00");
  expect_format (0.25, 3, "0.250");
  expect_format (1e21, 0, "1,000,000,000,000,000,000,000");
}

static void
test_format_never_minus_zero (void **state G_GNUC_UNUSED)
{
  expect_format (-0.0, 0, "0");
  expect_format (-0.0, 2, "0.00");
  expect_format (-0.4, 0, "0");
  expect_format (-0.004, 2, "0.00");
  expect_format (-0.6, 0, "-1");
}

/* Ties go to the even digit, as C's printf rounds. */
static void
test_format_rounding (void **state G_GNUC_UNUSED)
{
  expect_format (0.5, 0, "0");
  expect_format (1.5, 0, "2");
  expect_format (2.5, 0, "2");
  expect_format (-2.5, 0, "-2");
  expect_format (0.125, 2, "0.12");
  expect_format (0.375, 2, "0.38");
  expect_format (0.15, 1, "0.1"); /* 0.1499999999999999944... */
  /* 2.67499999999999982236431605997495353221893310546875 */
  expect_format (2.675, 2, "2.67");
  expect_format (1234.5678, 2, "1,234.57");
}

static void
test_format_odd_arguments (void **state G_GNUC_UNUSED)
{
  expect_format (12.5, -1, "12"); /* negative decimals count as 0 */
  expect_format (NAN, 0, "nan");
  expect_format (INFINITY, 0, "inf");
  expect_format (-INFINITY, 0, "-inf");
  expect_format (1.0, 99, "1.00000000000000000000"); /* at most 20 */
  expect_format (-1.7976931348623157e308, 0,
                 "-179,769,313,486,231,570,814,527,423,731,704,356,798,070,"
                 "567,525,844,996,598,917,476,803,157,260,780,028,538,760,"
                 "589,558,632,766,878,171,540,458,953,514,382,464,234,321,"
                 "326,889,464,182,768,467,546,703,537,516,986,049,910,576,"
                 "551,282,076,245,490,090,389,328,944,075,868,508,455,133,"
                 "942,304,583,236,903,222,948,165,808,559,332,123,348,274,"
                 "797,826,204,144,723,168,738,177,180,919,299,881,250,404,"
                 "026,184,124,858,368");
}

static void
test_parse_format_round_trip (void **state G_GNUC_UNUSED)
{
  static const char *texts[] = { "30,124", "1,234,567.89", "-1,234.5", "0.5", "12" };
  static const int decimals[] = { 0, 2, 1, 1, 0 };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (texts); i++) {
    double value = 0;
    char *again = NULL;

    assert_true (patchart_number_parse (texts[i], &value));
    again = patchart_number_format (value, decimals[i]);
    assert_string_equal (again, texts[i]);
    g_free (again);
  }
}

/* Plain integers take a short path: the same values as the general one. */
static void
test_parse_integers_exact (void **state G_GNUC_UNUSED)
{
  static const char *texts[] = { "0",
                                 "-0",
                                 "+5",
                                 "007",
                                 " 42 ",
                                 "\t-1350\t",
                                 "999999999999999",
                                 "-999999999999999",
                                 "9999999999999999",
                                 "1234567890123456789",
                                 "9007199254740993" };
  double value = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    expect_parse (texts[i], g_ascii_strtod (texts[i], NULL));
  assert_true (patchart_number_parse ("-0", &value));
  assert_true (signbit (value));
  expect_reject ("+");
  expect_reject ("-");
  expect_reject ("12 3");
  expect_reject ("12-");
}

static void
test_decimals_for (void **state G_GNUC_UNUSED)
{
  static const double counts[] = { 30124, 12530, 4123, 1408 };
  static const double halves[] = { 1, 2.5, 3 };
  static const double quarters[] = { 0.25, 1 };
  static const double eighths[] = { 0.125, 7 };
  static const double tiny[] = { 1, 0.0001 };
  static const double tenths[] = { 0.1, 0.2, 0.3 };
  static const double near_integer[] = { 1.0000000001, 2 };
  static const double odd[] = { NAN, 7, INFINITY };
  static const double huge[] = { 1e300, -1e300 };

  assert_int_equal (patchart_number_decimals_for (counts, 4), 0);
  assert_int_equal (patchart_number_decimals_for (halves, 3), 1);
  assert_int_equal (patchart_number_decimals_for (quarters, 2), 2);
  assert_int_equal (patchart_number_decimals_for (eighths, 2), 3);
  assert_int_equal (patchart_number_decimals_for (tiny, 2), 3);
  assert_int_equal (patchart_number_decimals_for (tenths, 3), 1);
  assert_int_equal (patchart_number_decimals_for (near_integer, 2), 0);
  assert_int_equal (patchart_number_decimals_for (odd, 3), 0);
  assert_int_equal (patchart_number_decimals_for (huge, 2), 0);
  assert_int_equal (patchart_number_decimals_for (NULL, 0), 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_parse_plain),
    cmocka_unit_test (test_parse_spaces),
    cmocka_unit_test (test_parse_groups),
    cmocka_unit_test (test_parse_exponent),
    cmocka_unit_test (test_reject_words),
    cmocka_unit_test (test_reject_commas),
    cmocka_unit_test (test_reject_overflow),
    cmocka_unit_test (test_format_groups),
    cmocka_unit_test (test_format_never_minus_zero),
    cmocka_unit_test (test_format_rounding),
    cmocka_unit_test (test_format_odd_arguments),
    cmocka_unit_test (test_parse_format_round_trip),
    cmocka_unit_test (test_parse_integers_exact),
    cmocka_unit_test (test_decimals_for),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
