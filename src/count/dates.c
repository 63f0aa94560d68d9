/* SPDX-License-Identifier: MIT */
/* dates.c — the year of "2019-05-03", "2019/05/03", "20190503", "2019". */
#include <string.h>

#include "count/dates.h"

/* Reads 1 to MAX digits at *P as a number, moving *P past them; -1 if
 * there is no digit. */
static int
number (const char **p, int max)
{
  int value = 0, n = 0;

  while (n < max && g_ascii_isdigit ((*p)[n])) {
    value = value * 10 + ((*p)[n] - '0');
    n++;
  }
  *p += n;
  return n > 0 ? value : -1;
}

static gboolean
month_day (int month, int day)
{
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/* "YYYYMMDD": eight digits. */
static int
compact (const char *t, gsize n)
{
  if (n != 8 || strspn (t, "0123456789") != 8)
    return 0;
  if (!month_day ((t[4] - '0') * 10 + (t[5] - '0'), (t[6] - '0') * 10 + (t[7] - '0')))
    return 0;
  return (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
}

/* "YYYY", or "YYYY" SEP "M[M]" SEP "D[D]" with one separator of "-/.". */
static int
separated (const char *t)
{
  const char *p = t;
  int year = number (&p, 4), month, day;
  char sep;

  if (p - t != 4 || year < 1000)
    return 0;
  if (*p == '\0')
    return year;
  sep = *p;
  if (strchr ("-/.", sep) == NULL)
    return 0;
  p++;
  month = number (&p, 2);
  if (month < 0 || *p != sep)
    return 0;
  p++;
  day = number (&p, 2);
  return *p == '\0' && month_day (month, day) ? year : 0;
}

int
patchart_date_year (const char *text)
{
  char *t = g_strstrip (g_strdup (text));
  int year = strlen (t) == 8 && strspn (t, "0123456789") == 8 ? compact (t, 8) : separated (t);

  if (year < 1000)
    year = 0;
  g_free (t);
  return year;
}
