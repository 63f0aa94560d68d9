/* SPDX-License-Identifier: MIT */
/* numbers.h — how a figure writes its numbers: one unit for the whole
 * figure (万 and 亿 for Chinese readers, k/M/B for English ones, or as
 * --units says), a real minus sign, --prefix and --suffix, and decimals
 * that keep distinct values distinct.  Axis ticks and value labels alike
 * go through here; no locale is consulted. */
#ifndef PATCHART_NUMBERS_H
#define PATCHART_NUMBERS_H

#include "figure/figure.h"

typedef struct {
  double divisor;     /* a number is shown divided by this */
  const char *unit;   /* written after it: "万", "M", ""; static */
  const char *prefix; /* borrowed from the figure; "" when none */
  const char *suffix;
} patchart_numbers;

/* Whether UNITS names a unit --units accepts ("auto", "none", "k", "万"...). */
gboolean patchart_units_valid (const char *units);

/* How FIGURE writes numbers whose largest magnitude is LARGEST. */
void patchart_numbers_for (const patchart_figure *figure, double largest,
                           patchart_numbers *numbers);

/* The decimals that show the N VALUES (NAN skipped) in NUMBERS: the fewest
 * (up to 3) that show them exactly, or with a unit about three significant
 * digits, and more while two distinct values would look the same. */
int patchart_numbers_decimals (const patchart_numbers *numbers, const double *values, gsize n);

/* The decimals for axis ticks STEP apart. */
int patchart_numbers_step_decimals (const patchart_numbers *numbers, double step);

/* VALUE as NUMBERS write it with DECIMALS: "−1,250", "162万", "$4.62M",
 * "12%".  A new string. */
char *patchart_numbers_format (const patchart_numbers *numbers, double value, int decimals);

#endif
