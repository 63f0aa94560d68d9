/* SPDX-License-Identifier: MIT */
/* dates.c — the year of a date as exports write it: "2019-05-03",
 * "2019/5/3", "2019.5.3", "20190503", "2019", ISO 8601 date-times
 * ("2019-05-03T10:00:00Z", "...+09:00"), a date with a time after a space
 * ("2019/5/3 0:00", a spreadsheet's), "2019年5月3日"; full-width digits as
 * well.  Every date is checked against the calendar (GLib's), so
 * "2019-02-30" is no date.  The year is the one written: an offset never
 * moves a date into another year. */
#include <string.h>

#include "count/dates.h"
#include "util/fullwidth.h"

/* Reads MIN to MAX digits at *P as a number, moving *P past them; -1 (and
 * *P unmoved) if there are fewer than MIN or more than MAX. */
static int
digits (const char **p, int min, int max)
{
  int value = 0, n = 0;

  while (g_ascii_isdigit ((*p)[n])) {
    if (n == max)
      return -1;
    value = value * 10 + ((*p)[n] - '0');
    n++;
  }
  if (n < min)
    return -1;
  *p += n;
  return value;
}

/* Two digits at *P ("0500" gives 5), moving *P past them; -1 if there
 * are not two. */
static int
pair (const char **p)
{
  int value;

  if (!g_ascii_isdigit ((*p)[0]) || !g_ascii_isdigit ((*p)[1]))
    return -1;
  value = ((*p)[0] - '0') * 10 + ((*p)[1] - '0');
  *p += 2;
  return value;
}

/* Moves *P past WORD if it is there. */
static gboolean
skip (const char **p, const char *word)
{
  gsize n = strlen (word);

  if (strncmp (*p, word, n) != 0)
    return FALSE;
  *p += n;
  return TRUE;
}

/* "H[H]:MM[:SS[.fraction]]". */
static gboolean
time_of_day (const char **p)
{
  int hour = digits (p, 1, 2), minute, second = 0;

  if (hour < 0 || hour > 23 || !skip (p, ":"))
    return FALSE;
  minute = digits (p, 2, 2);
  if (skip (p, ":")) {
    second = digits (p, 2, 2);
    if (skip (p, ".") && digits (p, 1, 9) < 0)
      return FALSE;
  }
  return minute >= 0 && minute <= 59 && second >= 0 && second <= 60; /* 60: a leap second */
}

/* Nothing, "Z", or an offset "+HH", "+HHMM", "+HH:MM" (or "-"). */
static gboolean
zone (const char **p)
{
  int hours, minutes = 0;

  if (**p == '\0' || skip (p, "Z"))
    return TRUE;
  if (!skip (p, "+") && !skip (p, "-"))
    return FALSE;
  hours = pair (p);
  if (**p != '\0') {
    skip (p, ":");
    minutes = pair (p);
  }
  return hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59;
}

/* What may follow a date: nothing, "T" time and zone, or a space, time
 * and zone. */
static gboolean
rest (const char *p)
{
  if (*p == '\0')
    return TRUE;
  if (!skip (&p, "T") && !skip (&p, " "))
    return FALSE;
  return time_of_day (&p) && zone (&p) && *p == '\0';
}

/* "M[M]" SEP "D[D]" after the year, SEP one of "-/.", or "M月D日" after
 * "年"; sets *MONTH and *DAY and returns what follows, or NULL. */
static const char *
month_day (const char *p, int *month, int *day)
{
  char sep = *p;

  if (skip (&p, "年")) {
    *month = digits (&p, 1, 2);
    if (*month < 0 || !skip (&p, "月"))
      return NULL;
    *day = digits (&p, 1, 2);
    return *day >= 0 && skip (&p, "日") ? p : NULL;
  }
  if (sep == '\0' || strchr ("-/.", sep) == NULL)
    return NULL;
  p++;
  *month = digits (&p, 1, 2);
  if (*month < 0 || *p != sep)
    return NULL;
  p++;
  *day = digits (&p, 1, 2);
  return *day >= 0 ? p : NULL;
}

static gboolean
on_calendar (int year, int month, int day)
{
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* "YYYYMMDD": eight digits. */
static int
compact (const char *t)
{
  int year = 0, month = 0, day = 0;

  for (int i = 0; i < 8; i++) {
    int d = t[i] - '0';
    if (i < 4)
      year = year * 10 + d;
    else if (i < 6)
      month = month * 10 + d;
    else
      day = day * 10 + d;
  }
  return on_calendar (year, month, day) ? year : 0;
}

/* The year of T, its full-width forms made ASCII. */
static int
year_of (const char *t)
{
  const char *p = t;
  int year, month, day;

  if (strlen (t) == 8 && strspn (t, "0123456789") == 8)
    return compact (t);
  year = digits (&p, 4, 4);
  if (year < 1000)
    return 0;
  if (*p == '\0')
    return year;
  p = month_day (p, &month, &day);
  return p != NULL && on_calendar (year, month, day) && rest (p) ? year : 0;
}

/* TEXT without the spaces around it, full-width forms ("２０１９",
 * "：") as ASCII; ideographs like "年" stay. */
static char *
normal_form (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    char ascii = patchart_fullwidth_ascii (c);
    if (ascii != 0)
      g_string_append_c (out, ascii);
    else
      g_string_append_unichar (out, c);
  }
  g_strstrip (out->str);
  return g_string_free (out, FALSE);
}

int
patchart_date_year (const char *text)
{
  char *t;
  int year;

  if (!g_utf8_validate (text, -1, NULL))
    return 0;
  t = normal_form (text);
  year = year_of (t);
  g_free (t);
  return year;
}
