/* SPDX-License-Identifier: MIT */
/* test_exports.c — dates and numbers as exports write them: each case has
 * a name that a failure prints. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "count/dates.h"
#include "util/number.h"

typedef struct {
  const char *name;
  const char *text;
  int year; /* 0: not a date */
} date_case;

static const date_case dates[] = {
  { "ISO date", "2019-05-03", 2019 },
  { "slashes", "2019/05/03", 2019 },
  { "slashes, one digit", "2019/5/3", 2019 },
  { "dots", "2019.5.3", 2019 },
  { "hyphens, one digit", "2019-5-3", 2019 },
  { "compact", "20190503", 2019 },
  { "year alone", "2019", 2019 },
  { "spaces around", " 2019.5.3 ", 2019 },
  { "ISO date-time, Z", "2019-05-03T10:00:00Z", 2019 },
  { "ISO date-time, +09:00", "2019-05-03T10:00:00+09:00", 2019 },
  { "ISO date-time, -0500", "2019-05-03T10:00:00-0500", 2019 },
  { "ISO date-time, -05", "2019-05-03T10:00-05", 2019 },
  { "ISO date-time, fraction", "2019-05-03T10:00:00.123Z", 2019 },
  { "ISO date-time, no zone", "2019-05-03T10:00:00", 2019 },
  { "an offset keeps the written year", "2019-12-31T23:00:00-05:00", 2019 },
  { "spreadsheet date and time", "2019/5/3 0:00", 2019 },
  { "date, space, time", "2019-05-03 10:00:00", 2019 },
  { "date, space, time, zone", "2019-05-03 10:00:00+08:00", 2019 },
  { "kanji", "2019年5月3日", 2019 },
  { "kanji, two digits", "2019年05月03日", 2019 },
  { "full-width digits", "２０１９年５月３日", 2019 },
  { "full-width ISO", "２０１９－０５－０３", 2019 },
  { "leap day", "2020-02-29", 2020 },
  { "leap day of 2000", "2000-02-29", 2000 },
  { "leap second", "2016-12-31T23:59:60Z", 2016 },
  { "February 30", "2019-02-30", 0 },
  { "February 29, not a leap year", "2019-02-29", 0 },
  { "February 29 of 1900", "1900-02-29", 0 },
  { "April 31", "2019-04-31", 0 },
  { "compact April 31", "20190431", 0 },
  { "kanji February 30", "2019年2月30日", 0 },
  { "month 13", "2019-13-03", 0 },
  { "day 32", "2019-05-32", 0 },
  { "month 0", "2019-00-03", 0 },
  { "day 0", "2019-05-00", 0 },
  { "compact month 13", "20191303", 0 },
  { "mixed separators", "2019-05/03", 0 },
  { "two-digit year", "19-05-03", 0 },
  { "three-digit month", "2019-005-03", 0 },
  { "words", "May 3, 2019", 0 },
  { "dangling separator", "2019-", 0 },
  { "six digits", "201905", 0 },
  { "empty", "", 0 },
  { "year before 1000", "0999", 0 },
  { "text after", "2019-02-30x", 0 },
  { "hour 24", "2019-05-03T24:00:00Z", 0 },
  { "minute 60", "2019-05-03T10:60:00Z", 0 },
  { "one-digit minute", "2019-05-03T10:0Z", 0 },
  { "bad zone", "2019-05-03T10:00:00Q", 0 },
  { "zone hour 24", "2019-05-03T10:00:00+24:00", 0 },
  { "time without a date", "2019T10:00", 0 },
  { "T and nothing", "2019-05-03T", 0 },
  { "two spaces", "2019-05-03  10:00", 0 },
  { "kanji without day", "2019年5月", 0 },
  { "invalid UTF-8", "2019\xff", 0 },
};

static void
test_dates (void **state G_GNUC_UNUSED)
{
  int n_failed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++) {
    int year = patchart_date_year (dates[i].text);
    if (year != dates[i].year) {
      print_error ("date case \"%s\" (%s): year %d, want %d\n", dates[i].name, dates[i].text, year,
                   dates[i].year);
      n_failed++;
    }
  }
  assert_int_equal (n_failed, 0);
}

typedef struct {
  const char *name;
  const char *text;
  gboolean ok;
  double value;
} number_case;

static const number_case numbers[] = {
  { "full-width digits", "３０１２４", TRUE, 30124 },
  { "full-width groups", "３０，１２４", TRUE, 30124 },
  { "full-width minus", "－５", TRUE, -5 },
  { "full-width plus", "＋５", TRUE, 5 },
  { "full-width point", "１２．５", TRUE, 12.5 },
  { "full-width exponent", "１Ｅ３", TRUE, 1000 },
  { "ideographic spaces around", "\u3000４２\u3000", TRUE, 42 },
  { "mixed widths", "3０,1２4", TRUE, 30124 },
  { "minus sign U+2212", "\u22125", TRUE, -5 },
  { "no-break space groups", "30\u00a0124", TRUE, 30124 },
  { "narrow no-break space groups", "1\u202f234\u202f567", TRUE, 1234567 },
  { "thin space groups", "1\u2009234.5", TRUE, 1234.5 },
  { "no-break space around", "\u00a042\u00a0", TRUE, 42 },
  { "ASCII space groups stay refused", "30 124", FALSE, 0 },
  { "no-break space, two digits", "30\u00a012", FALSE, 0 },
  { "no-break space, four digits", "30\u00a01245", FALSE, 0 },
  { "full-width misplaced comma", "１，２３", FALSE, 0 },
  { "full-width NaN", "ＮａＮ", FALSE, 0 },
  { "full-width inf", "ｉｎｆ", FALSE, 0 },
  { "superscript two", "10\u00b2", FALSE, 0 },
  { "circled one", "\u2460", FALSE, 0 },
  { "Arabic-Indic digits", "\u0663\u0660", FALSE, 0 },
  { "ideographic comma", "30\u3001124", FALSE, 0 },
  { "full-width letters", "ａｂｃ", FALSE, 0 },
  { "invalid UTF-8", "3\xff", FALSE, 0 },
};

static void
test_numbers (void **state G_GNUC_UNUSED)
{
  int n_failed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++) {
    double value = -1;
    gboolean ok = patchart_number_parse (numbers[i].text, &value);
    if (ok != numbers[i].ok || (ok && value != numbers[i].value)) {
      print_error ("number case \"%s\" (%s): %s %.17g, want %s %.17g\n", numbers[i].name,
                   numbers[i].text, ok ? "read" : "refused", value,
                   numbers[i].ok ? "read" : "refused", numbers[i].value);
      n_failed++;
    }
  }
  assert_int_equal (n_failed, 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_dates),
    cmocka_unit_test (test_numbers),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
