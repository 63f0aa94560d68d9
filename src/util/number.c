/* SPDX-License-Identifier: MIT */
/* number.c — parse "30,124" and format 30124 as "30,124", without locale.
 *
 * Parsing checks the text against a strict grammar first and only then
 * hands the digits (commas removed) to g_ascii_strtod, which would accept
 * much more: "nan", "inf", hex.  Formatting lets g_ascii_formatd round
 * (locale-independent) and groups the digits itself.
 *
 * Rounding is that of C's printf: to the nearest decimal of the exact binary
 * value, a tie going to the even digit.  So 0.5 -> "0", 1.5 -> "2",
 * 2.5 -> "2" and 0.125 with 2 decimals -> "0.12"; 0.15 is really
 * 0.1499999999999999944... and gives "0.1" with one decimal. */
#include <math.h>
#include <string.h>

#include "util/number.h"
#include "util/fullwidth.h"

#define MAX_DECIMALS 20
/* The 309 digits of DBL_MAX, a sign, the point, the decimals, a NUL. */
#define FORMAT_BUF_SIZE (309 + 3 + MAX_DECIMALS)

static const char *
skip_spaces (const char *s)
{
  while (*s == ' ' || *s == '\t')
    s++;
  return s;
}

/* Copies the digits at S to OUT; returns what follows them. */
static const char *
copy_digits (const char *s, GString *out)
{
  while (g_ascii_isdigit (*s))
    g_string_append_c (out, *s++);
  return s;
}

/* Whether S starts a thousands group: a comma and exactly three digits. */
static gboolean
is_group (const char *s)
{
  return s[0] == ',' && g_ascii_isdigit (s[1]) && g_ascii_isdigit (s[2]) &&
         g_ascii_isdigit (s[3]) && !g_ascii_isdigit (s[4]);
}

/* The integer part: plain digits, or one to three digits (not starting
 * with 0, which would make "0,5" 5 instead of a decimal comma) followed by
 * groups.  Returns what follows, or NULL if it is malformed. */
static const char *
scan_integer (const char *s, GString *out)
{
  const char *start = s;

  s = copy_digits (s, out);
  if (*s != ',')
    return s;
  if (s == start || s - start > 3 || *start == '0')
    return NULL;
  for (; *s == ','; s += 4) {
    if (!is_group (s))
      return NULL;
    g_string_append_len (out, s + 1, 3);
  }
  return s;
}

/* The integer part and an optional fraction, with a digit in at least one
 * of them. */
static const char *
scan_mantissa (const char *s, GString *out)
{
  gsize before = out->len;
  gsize n_point = 0;

  s = scan_integer (s, out);
  if (s != NULL && *s == '.') {
    g_string_append_c (out, '.');
    n_point = 1;
    s = copy_digits (s + 1, out);
  }
  return s != NULL && out->len - before > n_point ? s : NULL;
}

/* An optional exponent: "e" or "E", an optional sign, digits. */
static const char *
scan_exponent (const char *s, GString *out)
{
  const char *digits = s + 1;

  if (*s != 'e' && *s != 'E')
    return s;
  if (*digits == '+' || *digits == '-')
    digits++;
  if (!g_ascii_isdigit (*digits))
    return NULL;
  g_string_append_len (out, s, digits - s);
  return copy_digits (digits, out);
}

/* Plain integers of up to 15 digits ("1350", "-7", " 42 "), most cells of
 * a big table, without building a copy for g_ascii_strtod: such a number
 * is exact in a double, so this is the value strtod would give. */
static gboolean
parse_plain_integer (const char *text, double *value)
{
  const char *s = skip_spaces (text);
  gboolean negative = *s == '-';
  guint64 n = 0;
  int n_digits = 0;

  if (*s == '+' || *s == '-')
    s++;
  for (; g_ascii_isdigit (*s); s++) {
    if (++n_digits > 15)
      return FALSE;
    n = n * 10 + (guint64) (*s - '0');
  }
  if (n_digits == 0 || *skip_spaces (s) != '\0')
    return FALSE;
  *value = negative ? -(double) n : (double) n;
  return TRUE;
}

static gboolean
is_thin_or_no_break_space (gunichar c)
{
  return c == 0x00A0 || c == 0x202F || c == 0x2009; /* no-break, narrow no-break, thin */
}

/* TEXT as the ASCII the strict grammar reads: full-width digits, signs and
 * separators ("３０，１２４", "－５") as ASCII, the minus sign U+2212 as
 * "-", a no-break or thin space between two digits as the thousands
 * comma ("30 124") and elsewhere as a space.  Any other character stays,
 * for the grammar to refuse.  NULL when TEXT is not UTF-8. */
static char *
ascii_form (const char *text)
{
  GString *out;

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    char ascii = patchart_fullwidth_ascii (c);
    const char *next = g_utf8_next_char (p);
    if (ascii != 0)
      g_string_append_c (out, ascii);
    else if (c == 0x2212)
      g_string_append_c (out, '-');
    else if (is_thin_or_no_break_space (c))
      g_string_append_c (out, out->len > 0 && g_ascii_isdigit (out->str[out->len - 1]) &&
                                      g_unichar_isdigit (g_utf8_get_char (next))
                                  ? ','
                                  : ' ');
    else
      g_string_append_unichar (out, c);
  }
  return g_string_free (out, FALSE);
}

static gboolean
is_ascii (const char *text)
{
  for (; *text != '\0'; text++)
    if ((guchar) *text >= 0x80)
      return FALSE;
  return TRUE;
}

static gboolean
parse_ascii (const char *text, double *value)
{
  GString *clean = NULL;
  const char *s;
  char *end = NULL;
  double v = 0;
  gboolean ok = FALSE;

  if (parse_plain_integer (text, value))
    return TRUE;
  clean = g_string_new (NULL);
  s = skip_spaces (text);
  if (*s == '+' || *s == '-')
    g_string_append_c (clean, *s++);
  s = scan_mantissa (s, clean);
  if (s != NULL)
    s = scan_exponent (s, clean);
  if (s != NULL && *skip_spaces (s) == '\0') {
    v = g_ascii_strtod (clean->str, &end);
    /* An overflow gives an infinity; an underflow a zero, which is fine. */
    ok = *end == '\0' && isfinite (v);
  }
  g_string_free (clean, TRUE);
  if (ok)
    *value = v;
  return ok;
}

gboolean
patchart_number_parse (const char *text, double *value)
{
  char *ascii;
  gboolean ok;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  if (is_ascii (text))
    return parse_ascii (text, value);
  ascii = ascii_form (text);
  ok = ascii != NULL && is_ascii (ascii) && parse_ascii (ascii, value);
  g_free (ascii);
  return ok;
}

/* Whether the digits of PLAIN ("-0.00") are all zeros. */
static gboolean
is_zero (const char *plain)
{
  return strspn (plain, "-0.") == strlen (plain);
}

/* PLAIN ("-1234.50") with thousands groups and never "-0". */
static char *
group (const char *plain)
{
  GString *out = g_string_new (NULL);
  const char *digits = plain + (*plain == '-' ? 1 : 0);
  gsize n_int = strspn (digits, "0123456789");
  gsize i;

  if (digits != plain && !is_zero (plain))
    g_string_append_c (out, '-');
  for (i = 0; i < n_int; i++) {
    if (i > 0 && (n_int - i) % 3 == 0)
      g_string_append_c (out, ',');
    g_string_append_c (out, digits[i]);
  }
  g_string_append (out, digits + n_int);
  return g_string_free (out, FALSE);
}

/* DECIMALS is taken as 0..20.  Not numbers give "nan", "inf" and "-inf":
 * callers are to reject them first. */
char *
patchart_number_format (double value, int decimals)
{
  char format[16];
  char plain[FORMAT_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("nan");
  if (isinf (value))
    return g_strdup (value > 0 ? "inf" : "-inf");
  decimals = CLAMP (decimals, 0, MAX_DECIMALS);
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (plain, sizeof plain, format, value);
  return group (plain);
}

/* Whether VALUE rounded to DECIMALS shows it without visible error. */
static gboolean
shows (double value, int decimals)
{
  static const double scale[] = { 1, 10, 100, 1000 };
  double magnitude = fabs (value);
  double rounded;

  /* Beyond 1e15 the tolerance is more than any rounding can change. */
  if (!isfinite (value) || magnitude >= 1e15)
    return TRUE;
  rounded = round (value * scale[decimals]) / scale[decimals];
  return fabs (rounded - value) <= 1e-9 * MAX (1.0, magnitude);
}

/* NaN and infinities are shown as words and need no decimals. */
int
patchart_number_decimals_for (const double *values, gsize n_values)
{
  int decimals;
  gsize i;

  g_return_val_if_fail (values != NULL || n_values == 0, 0);
  for (decimals = 0; decimals < 3; decimals++) {
    for (i = 0; i < n_values && shows (values[i], decimals); i++)
      ;
    if (i == n_values)
      return decimals;
  }
  return 3;
}
