/* SPDX-License-Identifier: MIT */
/* number.h — parse and format numbers as people write them in tables.
 * No locale is consulted: "." is the decimal point, "," groups thousands. */
#ifndef PATCHART_NUMBER_H
#define PATCHART_NUMBER_H

#include <glib.h>

/* Parses TEXT strictly: optional spaces around, an optional sign, digits
 * with optional thousands groups ("30,124", "1,234,567.5"), an optional
 * fraction and exponent.  Rejects the empty string, NaN, infinities, hex,
 * misplaced commas ("1,23") and values that overflow a double.  As
 * Japanese and Chinese spreadsheets write them, full-width digits, signs
 * and separators ("３０，１２４", "－５") are read as ASCII (their NFKC
 * form), "−" (U+2212) as "-", and a no-break or thin space between digits
 * as the thousands comma ("30 124"); the grammar is the same.  Returns
 * TRUE and sets *VALUE on success. */
gboolean patchart_number_parse (const char *text, double *value);

/* Formats VALUE with DECIMALS digits after the point and thousands groups:
 * 30124 -> "30,124", -1234.5 with 1 -> "-1,234.5".  Never "-0".
 * Returns a new string (g_free()). */
char *patchart_number_format (double value, int decimals);

/* The fewest decimals (0..3) that show every one of the N_VALUES VALUES
 * without visible rounding error. */
int patchart_number_decimals_for (const double *values, gsize n_values);

#endif
