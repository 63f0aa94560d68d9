/* SPDX-License-Identifier: MIT */
/* wrap.c — line ends chosen for the fewest lines, then for lines of even
 * length at good break points (a small dynamic program: labels are short),
 * and an ellipsis at a break point when the lines run out. */
#include <math.h>

#include "text/wrap.h"

/* What a break point costs, in the units of a line's squared width
 * (a full line costs 1): a poor break is worth a fair amount of
 * imbalance, a single character alone on the last line almost anything. */
#define COST_POOR 1.0
#define COST_FAIR 0.25
#define COST_ORPHAN 5.0

typedef struct {
  const patchart_wrap_char *chars;
  glong n;
  double *prefix; /* prefix[i]: width of characters 0..i-1 */
  double max_width;
} wrap_text;

/* Width of the line of characters [A, B), trailing spaces left out. */
static double
line_width (const wrap_text *t, glong a, glong b)
{
  while (b > a && t->chars[b - 1].space)
    b--;
  return t->prefix[b] - t->prefix[a];
}

static glong
trimmed_end (const wrap_text *t, glong a, glong b)
{
  while (b > a && t->chars[b - 1].space)
    b--;
  return b;
}

static gboolean
is_break (const wrap_text *t, glong i)
{
  return i == t->n || t->chars[i].before != PATCHART_BREAK_NO;
}

static gboolean
fits (const wrap_text *t, double width)
{
  return width <= t->max_width * (1 + 1e-9);
}

/* The farthest break point after A that ends a line that fits (no
 * newline skipped); A when none does. */
static glong
farthest_fit (const wrap_text *t, glong a)
{
  glong best = a;

  for (glong b = a + 1; b <= t->n; b++) {
    if (!is_break (t, b))
      continue;
    if (!fits (t, line_width (t, a, b)))
      break;
    best = b;
    if (b < t->n && t->chars[b].before == PATCHART_BREAK_MUST)
      break;
  }
  return best;
}

/* The fewest lines that hold the text, or -1 when a word is too wide. */
static glong
fewest_lines (const wrap_text *t)
{
  glong lines = 0;

  for (glong a = 0; a < t->n; lines++) {
    glong b = farthest_fit (t, a);
    if (b == a)
      return -1;
    a = b;
  }
  return MAX (lines, 1);
}

static double
break_cost (patchart_break b)
{
  return b == PATCHART_BREAK_POOR ? COST_POOR : b == PATCHART_BREAK_FAIR ? COST_FAIR : 0;
}

static glong
visible_chars (const wrap_text *t, glong a, glong b)
{
  glong count = 0;
  for (glong i = a; i < b; i++)
    count += !t->chars[i].space && t->chars[i].cursor;
  return count;
}

/* The cheapest way to set the text in exactly LINES lines (it can be
 * done: fewest_lines() said so): line ends into WRAP. */
static void
balance (const wrap_text *t, glong lines, patchart_wrap *wrap)
{
  glong n = t->n, stride = n + 1;
  double *cost = g_new (double, (lines + 1) * stride);
  glong *from = g_new0 (glong, (lines + 1) * stride);

  for (glong i = 0; i < (lines + 1) * stride; i++)
    cost[i] = INFINITY;
  cost[0] = 0;
  for (glong l = 1; l <= lines; l++)
    for (glong b = 1; b <= n; b++) {
      if (!is_break (t, b))
        continue;
      for (glong a = b - 1; a >= 0; a--) {
        double w;
        if (a > 0 && !is_break (t, a))
          continue;
        w = line_width (t, a, b);
        if (!fits (t, w))
          break;
        if (isfinite (cost[(l - 1) * stride + a])) {
          double c = cost[(l - 1) * stride + a] + (w / t->max_width) * (w / t->max_width) +
                     (b < n ? break_cost (t->chars[b].before) : 0);
          if (b == n && l > 1 && visible_chars (t, a, b) == 1)
            c += COST_ORPHAN;
          if (c < cost[l * stride + b]) {
            cost[l * stride + b] = c;
            from[l * stride + b] = a;
          }
        }
        if (a > 0 && t->chars[a].before == PATCHART_BREAK_MUST)
          break; /* a line never runs across a newline */
      }
    }
  wrap->n_lines = lines;
  wrap->starts = g_new (glong, lines);
  wrap->ends = g_new (glong, lines);
  for (glong l = lines, b = n; l >= 1; l--) {
    glong a = from[l * stride + b];
    wrap->starts[l - 1] = a;
    wrap->ends[l - 1] = trimmed_end (t, a, b);
    b = a;
  }
  g_free (cost);
  g_free (from);
}

/* The end of a last line from A that fits with an ellipsis after it: at
 * a break point if one fits, else (*CUT) at a character. */
static glong
ellipsis_end (const wrap_text *t, glong a, double ellipsis, gboolean *cut)
{
  glong best = a;

  *cut = FALSE;
  for (glong b = a + 1; b < t->n; b++) {
    if (!is_break (t, b))
      continue;
    if (!fits (t, line_width (t, a, b) + ellipsis))
      break;
    best = b;
    if (t->chars[b].before == PATCHART_BREAK_MUST)
      break;
  }
  if (best > a)
    return trimmed_end (t, a, best);
  *cut = TRUE;
  for (glong c = a + 1; c < t->n; c++) {
    if (!t->chars[c].cursor)
      continue;
    if (!fits (t, line_width (t, a, c) + ellipsis))
      break;
    best = c;
  }
  return trimmed_end (t, a, best);
}

/* Full lines while they last, then one line cut short with an ellipsis. */
static void
shorten (const wrap_text *t, int max_lines, double ellipsis, patchart_wrap *wrap)
{
  glong a = 0, l = 0;

  wrap->starts = g_new (glong, max_lines);
  wrap->ends = g_new (glong, max_lines);
  for (; l < max_lines - 1; l++) {
    glong b = farthest_fit (t, a);
    if (b == a)
      break; /* a word too wide for any line: it is the one cut */
    wrap->starts[l] = a;
    wrap->ends[l] = trimmed_end (t, a, b);
    a = b;
  }
  wrap->starts[l] = a;
  wrap->ends[l] = ellipsis_end (t, a, ellipsis, &wrap->cut);
  wrap->n_lines = l + 1;
  wrap->ellipsized = TRUE;
}

void
patchart_wrap_plan (const patchart_wrap_char *chars, glong n, double max_width, int max_lines,
                    double ellipsis, patchart_wrap *wrap)
{
  wrap_text t = { chars, n, g_new (double, n + 1), max_width };
  glong lines;

  *wrap = (patchart_wrap){ 0 };
  t.prefix[0] = 0;
  for (glong i = 0; i < n; i++)
    t.prefix[i + 1] = t.prefix[i] + chars[i].advance;
  lines = fewest_lines (&t);
  if (lines > 0 && (max_lines <= 0 || lines <= max_lines))
    balance (&t, lines, wrap);
  else
    shorten (&t, max_lines > 0 ? max_lines : (int) MIN (n + 1, G_MAXINT), ellipsis, wrap);
  g_free (t.prefix);
}

void
patchart_wrap_clear (patchart_wrap *wrap)
{
  g_free (wrap->starts);
  g_free (wrap->ends);
  *wrap = (patchart_wrap){ 0 };
}
