/* SPDX-License-Identifier: MIT */
/* numbers.c — units, signs and decimals of the numbers a figure shows. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "figure/lang.h"
#include "figure/numbers.h"
#include "util/number.h"

#define MINUS "\u2212"
#define MAX_DECIMALS 8

static const struct {
  const char *name;
  double divisor;
} named_units[] = {
  { "k", 1e3 },  { "M", 1e6 },  { "B", 1e9 },  { "万", 1e4 }, { "萬", 1e4 },
  { "만", 1e4 }, { "亿", 1e8 }, { "億", 1e8 }, { "억", 1e8 },
};

gboolean
patchart_units_valid (const char *units)
{
  if (units == NULL || strcmp (units, "auto") == 0 || strcmp (units, "none") == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (named_units); i++)
    if (strcmp (units, named_units[i].name) == 0)
      return TRUE;
  return FALSE;
}

/* The unit a reader of LANG expects for numbers up to LARGEST: from
 * 100,000 on, myriads (万, 亿) in East Asian languages, thousands
 * (k, M, B) in English. */
static void
auto_unit (const char *lang, double largest, patchart_numbers *numbers)
{
  const patchart_words *words = patchart_words_for (lang);

  if (largest < 1e5)
    return;
  if (words->myriad != NULL) {
    numbers->divisor = largest >= 1e8 ? 1e8 : 1e4;
    numbers->unit = largest >= 1e8 ? words->yi : words->myriad;
    return;
  }
  numbers->divisor = largest >= 1e9 ? 1e9 : largest >= 1e6 ? 1e6 : 1e3;
  numbers->unit = largest >= 1e9 ? "B" : largest >= 1e6 ? "M" : "k";
}

void
patchart_numbers_for (const patchart_figure *figure, double largest, patchart_numbers *numbers)
{
  const char *units = figure->units;

  *numbers = (patchart_numbers){ 1, "", figure->prefix ? figure->prefix : "",
                                 figure->suffix ? figure->suffix : "" };
  if (units == NULL || strcmp (units, "auto") == 0) {
    auto_unit (figure->lang, fabs (largest), numbers);
    return;
  }
  for (guint i = 0; i < G_N_ELEMENTS (named_units); i++)
    if (strcmp (units, named_units[i].name) == 0) {
      numbers->divisor = named_units[i].divisor;
      numbers->unit = named_units[i].name;
    }
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* Whether two distinct values of the N sorted SCALED look alike at
 * DECIMALS. */
static gboolean
collide (const double *sorted, gsize n, int decimals)
{
  double factor = pow (10, decimals);

  for (gsize i = 1; i < n; i++)
    if (sorted[i] != sorted[i - 1] && round (sorted[i] * factor) == round (sorted[i - 1] * factor))
      return TRUE;
  return FALSE;
}

int
patchart_numbers_decimals (const patchart_numbers *numbers, const double *values, gsize n)
{
  double *scaled = g_new (double, MAX (n, 1)), largest = 0;
  gsize m = 0;
  int decimals;
  gboolean integers = TRUE;

  for (gsize i = 0; i < n; i++)
    if (isfinite (values[i])) {
      scaled[m++] = values[i] / numbers->divisor;
      largest = MAX (largest, fabs (scaled[m - 1]));
      integers = integers && scaled[m - 1] == floor (scaled[m - 1]);
    }
  if (numbers->divisor == 1)
    decimals = patchart_number_decimals_for (scaled, m);
  else /* "4.62M", "16.2M", "162万": about three digits */
    decimals = largest > 0 ? CLAMP (2 - (int) floor (log10 (largest)), 0, 2) : 0;
  /* whole numbers written whole never look alike: no need to sort a big heatmap's cells */
  if (integers && decimals == 0) {
    g_free (scaled);
    return 0;
  }
  qsort (scaled, m, sizeof *scaled, compare_doubles);
  while (decimals < MAX_DECIMALS && collide (scaled, m, decimals))
    decimals++;
  g_free (scaled);
  return decimals;
}

int
patchart_numbers_step_decimals (const patchart_numbers *numbers, double step)
{
  double scaled = step / numbers->divisor;
  int decimals = (int) -floor (log10 (scaled) + 1e-9);

  return CLAMP (decimals, 0, MAX_DECIMALS);
}

char *
patchart_numbers_format (const patchart_numbers *numbers, double value, int decimals)
{
  double scaled = value / numbers->divisor;
  /* zero is "0" whatever the decimals of its neighbours ("0", "0.0005") */
  char *digits = patchart_number_format (fabs (scaled), value == 0 ? 0 : decimals);
  gboolean zero = strspn (digits, "0.,") == strlen (digits);
  char *text = g_strconcat (scaled < 0 && !zero ? MINUS : "", numbers->prefix, digits,
                            value == 0 ? "" : numbers->unit, numbers->suffix, NULL);

  g_free (digits);
  return text;
}
