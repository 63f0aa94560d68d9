/* SPDX-License-Identifier: MIT */
/* describe.c — a figure in a few sentences, for readers who cannot see
 * it (SVG <desc>, PDF alt text, "patchart describe"): the alt text given,
 * or the kind, the title and what the chart shows, in the figure's
 * language with the words of lang.c and the numbers written as the chart
 * writes them (numbers.c).
 *
 * Bars and rankings: the largest values.  Line charts: how the top few
 * series moved from their first to their last complete column (and their
 * peak when it lies between), years marked incomplete left out and named.
 * Heatmaps: the size, the largest cell and row total, and over year
 * columns how the total moved; else the largest column total. */
#include <math.h>

#include "figure/figure.h"
#include "figure/lang.h"
#include "figure/numbers.h"
#include "util/number.h"

#define TOP_ITEMS 5 /* values named before "and N more" */
#define TOP_LINES 3 /* a line chart's series whose trend is told */

/* How the figure writes a set of values: its unit and its decimals. */
typedef struct {
  patchart_numbers numbers;
  int decimals;
} writer;

static void
writer_init (writer *wr, const patchart_figure *f, const double *values, gsize n)
{
  double largest = 0;

  for (gsize i = 0; i < n; i++)
    if (isfinite (values[i]))
      largest = MAX (largest, fabs (values[i]));
  patchart_numbers_for (f, largest, &wr->numbers);
  wr->decimals = patchart_numbers_decimals (&wr->numbers, values, n);
}

static char *
write_number (const writer *wr, double value)
{
  return patchart_numbers_format (&wr->numbers, value, wr->decimals);
}

/* Ends the sentence in S with the language's full stop. */
static void
end_sentence (GString *s, const patchart_words *w)
{
  g_string_append (s, w->stop);
}

/* Appends TEMPLATE filled with the N ARGS. */
static void
put_filled (GString *s, const char *template, const char *const *args, guint n)
{
  char *text = patchart_words_fill_n (template, args, n);

  g_string_append (s, text);
  g_free (text);
}

/* "Bar chart: Title. " or "Bar chart. " */
static void
put_heading (GString *s, const patchart_figure *f, const patchart_words *w)
{
  g_string_append (s, w->kind_names[f->kind]);
  if (f->title != NULL && *f->title != '\0') {
    g_string_append (s, w->colon);
    g_string_append (s, f->title);
  }
  end_sentence (s, w);
}

/* "LABEL 30,124" */
static void
put_item (GString *s, const char *label, double value, const writer *wr)
{
  char *number = write_number (wr, value);

  g_string_append_printf (s, "%s %s", label, number);
  g_free (number);
}

/* "and N more" (TEMPLATE) after a list. */
static void
put_more (GString *s, const char *template, guint n)
{
  char *count = g_strdup_printf ("%u", n);
  const char *args[] = { count };

  put_filled (s, template, args, 1);
  g_free (count);
}

/* Bars split by series: each series' total over the bars shown, in
 * stacking order ("By series: CN 680, US 455, EP 135."). */
static void
describe_parts (GString *s, const patchart_series *series, const patchart_words *w,
                const writer *wr)
{
  guint shown = MIN (series->n_parts, TOP_ITEMS);

  g_string_append (s, w->by_series);
  for (guint j = 0; j < shown; j++) {
    double total = 0;
    for (guint i = 0; i < series->n_items; i++)
      total += patchart_series_part (series, i, j);
    if (j > 0)
      g_string_append (s, w->comma);
    put_item (s, series->part_names[j], total, wr);
  }
  if (series->n_parts > shown) {
    g_string_append (s, w->comma);
    put_more (s, w->more, series->n_parts - shown);
  }
  end_sentence (s, w);
}

/* The top items in the order shown (largest first, as sorted), then
 * how many more there are. */
static void
describe_series (GString *s, const patchart_figure *f, const patchart_words *w)
{
  const patchart_series *series = f->series;
  guint shown = MIN (series->n_items, TOP_ITEMS);
  writer wr;

  writer_init (&wr, f, series->values, series->n_items);
  for (guint i = 0; i < shown; i++) {
    if (i > 0)
      g_string_append (s, w->comma);
    put_item (s, series->labels[i], series->values[i], &wr);
  }
  if (series->n_items > shown) {
    g_string_append (s, w->comma);
    put_more (s, w->more, series->n_items - shown);
  }
  end_sentence (s, w);
  if (series->n_parts > 0)
    describe_parts (s, series, w, &wr);
}

/* Whether every column label is a whole number: years. */
static gboolean
columns_are_years (const patchart_matrix *m)
{
  for (guint c = 0; c < m->n_cols; c++) {
    double v;
    if (!patchart_number_parse (m->col_labels[c], &v) || v != floor (v))
      return FALSE;
  }
  return m->n_cols > 0;
}

/* What the trends of one figure share: the columns in order, how many of
 * them are complete (the rest are left out), and how values are written. */
typedef struct {
  const patchart_words *w;
  const patchart_matrix *m;
  guint n_complete; /* columns before the first incomplete one */
  gboolean years;   /* the columns are years: "2010年" */
  writer wr;
} trends;

static void
trends_init (trends *t, const patchart_figure *f, const patchart_words *w)
{
  t->w = w;
  t->m = f->matrix;
  t->n_complete = patchart_matrix_first_column_from (f->matrix, f->incomplete_from);
  t->years = columns_are_years (f->matrix);
}

/* Column C as "when": "2010年", "2010", or its label as it is. */
static char *
when_of (const trends *t, guint c)
{
  const char *args[] = { t->m->col_labels[c] };

  return t->years ? patchart_words_fill_n (t->w->year, args, 1) : g_strdup (args[0]);
}

/* The first and last present values of the complete columns, and the
 * largest (the first of equals); FALSE when none is present. */
static gboolean
find_ends (const trends *t, const double *values, guint *first, guint *last, guint *peak)
{
  gboolean any = FALSE;

  for (guint c = 0; c < t->n_complete; c++) {
    if (isnan (values[c]))
      continue;
    if (!any)
      *first = *peak = c;
    *last = c;
    if (values[c] > values[*peak])
      *peak = c;
    any = TRUE;
  }
  return any;
}

/* ", peaking at 31,000 in 2021" when the largest value lies between the
 * ends and is above both. */
static void
put_peak (GString *s, const trends *t, const double *values, guint first, guint last, guint peak)
{
  char *when, *value;

  if (!(values[peak] > values[first] && values[peak] > values[last]))
    return;
  when = when_of (t, peak);
  value = write_number (&t->wr, values[peak]);
  put_filled (s, t->w->peak, (const char *[]){ when, value }, 2);
  g_free (value);
  g_free (when);
}

/* "LABEL rose from 1,204 in 2010 to 30,124 in 2022." (or fell, stayed,
 * one value, no data) over the complete columns of VALUES. */
static void
put_trend (GString *s, const trends *t, const char *label, const double *values)
{
  guint first = 0, last = 0, peak = 0;
  char *args[5] = { NULL };
  const char *template;

  if (!find_ends (t, values, &first, &last, &peak)) {
    put_filled (s, t->w->empty, (const char *[]){ label }, 1);
    end_sentence (s, t->w);
    return;
  }
  args[0] = g_strdup (label);
  args[1] = write_number (&t->wr, values[first]);
  args[2] = when_of (t, first);
  args[3] = write_number (&t->wr, values[last]);
  args[4] = when_of (t, last);
  template = first == last                  ? t->w->single
             : values[last] > values[first] ? t->w->rose
             : values[last] < values[first] ? t->w->fell
                                            : t->w->same;
  put_filled (s, template, (const char *const *) args, G_N_ELEMENTS (args));
  put_peak (s, t, values, first, last, peak);
  end_sentence (s, t->w);
  for (guint i = 0; i < G_N_ELEMENTS (args); i++)
    g_free (args[i]);
}

/* "2023 incomplete (publication lag), left out of the trend." when
 * columns are marked incomplete. */
static void
put_incomplete (GString *s, const trends *t, const char *lang)
{
  const patchart_matrix *m = t->m;
  char *note;

  if (t->n_complete >= m->n_cols)
    return;
  note = patchart_incomplete_note (lang, m->col_labels[t->n_complete],
                                   t->n_complete + 1 < m->n_cols ? m->col_labels[m->n_cols - 1]
                                                                 : NULL);
  g_string_append (s, note);
  g_string_append (s, t->w->left_out);
  end_sentence (s, t->w);
  g_free (note);
}

/* The trend of the series with the largest totals ("Others" is not one
 * of them), then how many lines are not told, then the incomplete years. */
static void
describe_lines (GString *s, const patchart_figure *f, const patchart_words *w)
{
  const patchart_matrix *m = f->matrix;
  guint n_series = m->has_others && m->n_rows > 1 ? m->n_rows - 1 : m->n_rows;
  guint shown = MIN (n_series, TOP_LINES);
  double *totals = g_new (double, MAX (n_series, 1));
  guint *order;
  trends t;

  trends_init (&t, f, w);
  writer_init (&t.wr, f, m->values, (gsize) m->n_rows * m->n_cols);
  for (guint r = 0; r < n_series; r++)
    totals[r] = patchart_matrix_row_total (m, r);
  order = patchart_rank_order (m->row_labels, totals, n_series, PATCHART_SORT_DESC);
  for (guint i = 0; i < shown && t.n_complete > 0; i++)
    put_trend (s, &t, m->row_labels[order[i]], m->values + (gsize) order[i] * m->n_cols);
  if (m->n_rows > shown && t.n_complete > 0) {
    put_more (s, w->more_lines, m->n_rows - shown);
    end_sentence (s, w);
  }
  put_incomplete (s, &t, f->lang);
  g_free (order);
  g_free (totals);
}

/* The index of the largest present cell in the first N_ROWS rows (the
 * first of equals); FALSE when every cell is missing. */
static gboolean
largest_cell (const patchart_matrix *m, guint n_rows, gsize *top)
{
  gboolean found = FALSE;

  for (gsize i = 0; i < (gsize) n_rows * m->n_cols; i++)
    if (!isnan (m->values[i]) && (!found || m->values[i] > m->values[*top])) {
      *top = i;
      found = TRUE;
    }
  return found;
}

/* The index of the largest of N totals, the first on a tie. */
static guint
largest_of (const double *totals, guint n)
{
  guint best = 0;

  for (guint i = 1; i < n; i++)
    if (totals[i] > totals[best])
      best = i;
  return best;
}

/* "largest row total: LABEL (TOTAL)" from N TOTALS and their LABELS. */
static void
put_total (GString *s, const patchart_figure *f, const char *template, char **labels,
           const double *totals, guint n)
{
  guint best = largest_of (totals, n);
  writer wr;
  char *number;

  writer_init (&wr, f, totals, n);
  number = write_number (&wr, totals[best]);
  put_filled (s, template, (const char *[]){ labels[best], number }, 2);
  g_free (number);
}

/* Each column's total over all rows ("Others" too: it is part of the
 * whole); NAN where every cell of a column is missing. */
static double *
column_totals (const patchart_matrix *m)
{
  double *totals = g_new (double, m->n_cols);

  for (guint c = 0; c < m->n_cols; c++) {
    totals[c] = NAN;
    for (guint r = 0; r < m->n_rows; r++) {
      double v = m->values[(gsize) r * m->n_cols + c];
      if (!isnan (v))
        totals[c] = isnan (totals[c]) ? v : totals[c] + v;
    }
  }
  return totals;
}

/* The largest row total of the first N_ROWS rows; then, over years, how
 * the total moved, else the largest column total. */
static void
put_totals (GString *s, const patchart_figure *f, guint n_rows, const patchart_words *w)
{
  const patchart_matrix *m = f->matrix;
  double *rows = g_new (double, n_rows), *cols = column_totals (m);
  trends t;

  trends_init (&t, f, w);
  for (guint r = 0; r < n_rows; r++)
    rows[r] = patchart_matrix_row_total (m, r);
  put_total (s, f, w->top_row, m->row_labels, rows, n_rows);
  if (t.years && m->n_cols > 1) {
    end_sentence (s, w);
    writer_init (&t.wr, f, cols, m->n_cols);
    if (t.n_complete > 0)
      put_trend (s, &t, w->total, cols);
    put_incomplete (s, &t, f->lang);
  } else {
    for (guint c = 0; c < m->n_cols; c++)
      cols[c] = isnan (cols[c]) ? 0 : cols[c];
    g_string_append (s, w->comma);
    put_total (s, f, w->top_column, m->col_labels, cols, m->n_cols);
    end_sentence (s, w);
  }
  g_free (rows);
  g_free (cols);
}

/* Its size, its largest cell ("ROW / COLUMN VALUE"), its largest row and
 * how its total moved.  The "Others" row sums many rows: no cell or row
 * total of it is named. */
static void
describe_matrix (GString *s, const patchart_figure *f, const patchart_words *w)
{
  const patchart_matrix *m = f->matrix;
  guint n_rows = m->has_others && m->n_rows > 1 ? m->n_rows - 1 : m->n_rows;
  char *rows = g_strdup_printf ("%u", m->n_rows), *cols = g_strdup_printf ("%u", m->n_cols);
  gsize top = 0;

  put_filled (s, w->grid, (const char *[]){ rows, cols }, 2);
  end_sentence (s, w);
  if (largest_cell (m, n_rows, &top)) {
    char *label =
        g_strdup_printf ("%s / %s", m->row_labels[top / m->n_cols], m->col_labels[top % m->n_cols]);
    writer wr;

    writer_init (&wr, f, m->values, (gsize) m->n_rows * m->n_cols);
    g_string_append (s, w->highest);
    put_item (s, label, m->values[top], &wr);
    end_sentence (s, w);
    put_totals (s, f, n_rows, w);
    g_free (label);
  }
  g_free (rows);
  g_free (cols);
}

char *
patchart_figure_describe (const patchart_figure *figure)
{
  const patchart_words *w;
  GString *s;

  g_return_val_if_fail (figure != NULL, NULL);
  if (figure->alt != NULL && *figure->alt != '\0')
    return g_strdup (figure->alt);
  w = patchart_words_for (figure->lang);
  s = g_string_new (NULL);
  put_heading (s, figure, w);
  if (figure->series != NULL)
    describe_series (s, figure, w);
  if (figure->matrix != NULL && figure->kind == PATCHART_KIND_LINE)
    describe_lines (s, figure, w);
  else if (figure->matrix != NULL)
    describe_matrix (s, figure, w);
  /* English and Korean stops end in a space, for the next sentence */
  while (s->len > 0 && s->str[s->len - 1] == ' ')
    g_string_truncate (s, s->len - 1);
  return g_string_free (s, FALSE);
}
