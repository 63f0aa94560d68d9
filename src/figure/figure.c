/* SPDX-License-Identifier: MIT */
/* figure.c — build and check figures from tables and options. */
#include <math.h>
#include <string.h>

#include "config.h"
#include "count/count.h"
#include "count/alias.h"
#include "count/countfile.h"
#include "data/cells.h"
#include "util/error.h"
#include "figure/figure.h"
#include "figure/kinds.h"
#include "figure/lang.h"
#include "figure/numbers.h"

const char *
patchart_version (void)
{
  return PATCHART_VERSION;
}

void
patchart_figure_options_init (patchart_figure_options *options, patchart_kind kind)
{
  g_return_if_fail (options != NULL);
  memset (options, 0, sizeof *options);
  options->kind = kind;
  options->width = 800;
  options->height = 500;
  options->scale = 1.0;
  options->shape = PATCHART_SHAPE_AUTO;
  options->sort = patchart_kind_info_of (kind)->default_sort;
  options->delimiter = ',';
  options->font_scale = 1.0;
}

static gboolean
check_size (const patchart_figure_options *o, GError **error)
{
  double px_w = o->width * o->scale, px_h = o->height * o->scale;

  if (o->width < PATCHART_MIN_SIDE || o->height < PATCHART_MIN_SIDE ||
      o->width > PATCHART_MAX_SIDE || o->height > PATCHART_MAX_SIDE) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "size %dx%d: width and height must be between %d and %d pixels", o->width,
                 o->height, PATCHART_MIN_SIDE, PATCHART_MAX_SIDE);
    return FALSE;
  }
  if (!(o->scale > 0 && o->scale <= PATCHART_MAX_SCALE) || px_w > PATCHART_MAX_IMAGE_SIDE ||
      px_h > PATCHART_MAX_IMAGE_SIDE || px_w * px_h > PATCHART_MAX_IMAGE_PIXELS) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "scale %g: must be above 0 and at most %g, and the image at most "
                 "%d pixels a side and %d pixels in all",
                 o->scale, PATCHART_MAX_SCALE, PATCHART_MAX_IMAGE_SIDE, PATCHART_MAX_IMAGE_PIXELS);
    return FALSE;
  }
  return TRUE;
}

/* The options that only make sense when counting raw records. */
static gboolean
check_count_options (const patchart_figure_options *o, GError **error)
{
  const char *names[] = { "split",     "ipc",     "alias",        "where", "date",
                          "from-year", "to-year", "skip-invalid", "unique" };
  gboolean given[] = { o->split != NULL,        o->ipc != PATCHART_IPC_NONE,
                       o->alias_file != NULL,   o->where != NULL && o->where[0] != NULL,
                       o->date_column != NULL,  o->from_year != 0,
                       o->to_year != 0,         o->skip_invalid,
                       o->unique_column != NULL };

  for (guint i = 0; i < G_N_ELEMENTS (names) && !o->count; i++)
    if (given[i]) {
      g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                   "%s: counts raw records, so it needs --count", names[i]);
      return FALSE;
    }
  if (o->count && o->value_column != NULL) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "value %s: --count counts records, it reads no values", o->value_column);
    return FALSE;
  }
  if (o->from_year && o->to_year && o->from_year > o->to_year) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE, "from-year %d is after to-year %d",
                 o->from_year, o->to_year);
    return FALSE;
  }
  if (o->others && o->top == 0) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "others: sums what --top N leaves out, so it needs --top");
    return FALSE;
  }
  return TRUE;
}

/* Names of the look that the tables know, and a colour that reads. */
static gboolean
check_look (const patchart_figure_options *o, GError **error)
{
  guint32 rgb;
  const char *what = NULL, *value = NULL, *expected = NULL;

  if (o->theme != NULL && patchart_theme_find (o->theme) == NULL)
    what = "theme", value = o->theme, expected = patchart_theme_names ();
  else if (o->palette != NULL && patchart_palette_find (o->palette) == NULL)
    what = "palette", value = o->palette, expected = patchart_palette_names ();
  else if (o->colors != NULL && patchart_scheme_find (o->colors) == NULL)
    what = "colors", value = o->colors, expected = patchart_scheme_names ();
  else if (o->accent != NULL && !patchart_color_parse (o->accent, &rgb))
    what = "accent", value = o->accent, expected = "a colour as #RRGGBB, e.g. #c0392b";
  if (what == NULL)
    return TRUE;
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE, "%s %s: expected %s", what, value,
               expected);
  return FALSE;
}

gboolean
patchart_figure_options_split (const patchart_figure_options *o)
{
  return !patchart_kind_draws_matrix (o->kind) &&
         (o->series_column != NULL || o->series_in == PATCHART_SERIES_COLUMNS);
}

/* --series, --series-columns, --group: which go together. */
static gboolean
check_series_options (const patchart_figure_options *o, GError **error)
{
  const char *problem = NULL;
  gboolean wide = o->series_in == PATCHART_SERIES_COLUMNS;

  if (patchart_kind_draws_matrix (o->kind))
    return TRUE;
  if (o->series_in == PATCHART_SERIES_ROWS)
    problem = "series-rows: bars read their series from --series COL or --series-columns";
  else if (wide && o->series_column != NULL)
    problem = "series-columns: reads a wide table's value columns; --series names the column "
              "of a long table, give one or the other";
  else if (wide && o->count)
    problem = "series-columns: --count takes its series from a column: --series COL";
  else if (wide && o->label_column != NULL)
    problem = "label: a wide table's labels are its first column";
  else if (wide && o->value_column != NULL)
    problem = "value: with --series-columns every column after the first is a series";
  else if (o->group && !patchart_figure_options_split (o))
    problem = "group: sets series side by side, so it needs --series COL or --series-columns";
  if (problem == NULL)
    return TRUE;
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE, "%s", problem);
  return FALSE;
}

gboolean
patchart_figure_options_check (const patchart_figure_options *o, GError **error)
{
  if (!check_size (o, error) || !check_look (o, error))
    return FALSE;
  if (o->lang != NULL && patchart_lang_canonical (o->lang) == NULL) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE, "language \"%s\": expected %s",
                 o->lang, patchart_lang_list ());
    return FALSE;
  }
  if (!(o->font_scale >= PATCHART_MIN_FONT_SCALE && o->font_scale <= PATCHART_MAX_FONT_SCALE)) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "font-scale %g: expected a number from %g to %g", o->font_scale,
                 PATCHART_MIN_FONT_SCALE, PATCHART_MAX_FONT_SCALE);
    return FALSE;
  }
  if (!patchart_units_valid (o->units)) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "units %s: expected auto, none, k, M, B, 万, 亿, 萬, 億, 만 or 억", o->units);
    return FALSE;
  }
  if (o->top < 0) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE, "top %d: expected a positive number",
                 o->top);
    return FALSE;
  }
  return check_count_options (o, error) && check_series_options (o, error);
}

/* The figure's language when none is given: that of its furniture, or of
 * the labels it will show when the furniture has no CJK text. */
static const char *
guess_figure_lang (const patchart_figure_options *o, const patchart_figure *f)
{
  GString *text = g_string_new (NULL);
  const char *parts[] = { o->title, o->subtitle, o->note, o->source };
  guint top = o->top > 0 ? (guint) o->top : G_MAXUINT;
  const char *lang;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      g_string_append (text, parts[i]);
  lang = patchart_guess_lang (text->str);
  g_string_truncate (text, 0);
  if (f->series != NULL)
    for (guint i = 0; i < f->series->n_items && i < top; i++)
      g_string_append (text, f->series->labels[i]);
  if (f->matrix != NULL)
    for (guint i = 0; i < f->matrix->n_rows && i < top; i++)
      g_string_append (text, f->matrix->row_labels[i]);
  if (g_str_equal (lang, "en"))
    lang = patchart_guess_lang (text->str);
  g_string_free (text, TRUE);
  return lang;
}

static gboolean
check_utf8 (const patchart_figure_options *o, GError **error)
{
  const char *names[] = { "title",  "subtitle",     "source", "note",        "prefix",
                          "suffix", "legend-title", "alt",    "value-title", "label-title" };
  const char *parts[] = { o->title,  o->subtitle,     o->source, o->note,        o->prefix,
                          o->suffix, o->legend_title, o->alt,    o->value_title, o->label_title };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && !g_utf8_validate (parts[i], -1, NULL)) {
      g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE, "%s: invalid UTF-8", names[i]);
      return FALSE;
    }
  return TRUE;
}

/* What the figure's kind takes from a table. */
static void
collect_request (const patchart_figure_options *o, patchart_collect_request *r)
{
  memset (r, 0, sizeof *r);
  r->lines = patchart_kind_draws_lines (o->kind);
  r->matrix = r->lines || patchart_kind_draws_matrix (o->kind);
  r->shape = o->shape;
  r->series_in = o->series_in;
  r->label_spec = o->label_column;
  r->row_spec = o->row_column;
  r->column_spec = o->column_column;
  r->value_spec = o->value_column;
  r->parts = patchart_figure_options_split (o);
  r->series_spec = o->series_column;
}

/* A line chart shows every year from the first to the last: a year
 * missing from a table is a gap; one in which nothing was counted, 0. */
static gboolean
fill_steps (patchart_figure *f, const patchart_figure_options *o, GError **error)
{
  if (!patchart_kind_draws_lines (o->kind))
    return TRUE;
  return patchart_matrix_fill_steps (f->matrix, o->count ? 0 : NAN, (guint) f->width, f->input,
                                     error);
}

/* A heatmap cell needs at least a pixel: more rows or columns than the
 * canvas has pixels cannot be drawn, and would take long to try. */
static gboolean
check_fits (const patchart_figure *f, GError **error)
{
  if (f->matrix == NULL ||
      (f->matrix->n_rows <= (guint) f->height && f->matrix->n_cols <= (guint) f->width))
    return TRUE;
  if (f->matrix->n_rows > (guint) f->height)
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "%u rows do not fit a %dx%d figure: use --top N or a taller --size",
                 f->matrix->n_rows, f->width, f->height);
  else
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "%u columns do not fit a %dx%d figure: use a wider --size", f->matrix->n_cols,
                 f->width, f->height);
  return FALSE;
}

static patchart_figure *
figure_new (const char *input, const patchart_figure_options *o)
{
  patchart_figure *f = g_new0 (patchart_figure, 1);

  f->kind = o->kind;
  f->input = g_strdup (input);
  f->width = o->width;
  f->height = o->height;
  f->scale = o->scale;
  f->title = g_strdup (o->title);
  f->subtitle = g_strdup (o->subtitle);
  f->note = g_strdup (o->note);
  f->orient = o->orient;
  f->font_scale = o->font_scale;
  f->units = g_strdup (o->units);
  f->prefix = g_strdup (o->prefix);
  f->suffix = g_strdup (o->suffix);
  f->legend_title = g_strdup (o->legend_title);
  f->alt = g_strdup (o->alt);
  f->svg_text = o->svg_text;
  f->value_title = g_strdup (o->value_title);
  f->label_title = g_strdup (o->label_title);
  f->incomplete_from = o->incomplete_from;
  f->group = o->group;
  f->theme = patchart_theme_find (o->theme);
  f->palette = patchart_palette_find (o->palette ? o->palette : f->theme->palette);
  f->scheme = patchart_scheme_find (o->colors ? o->colors : f->theme->scheme);
  f->diverging = patchart_scheme_find (o->colors ? o->colors : f->theme->diverging);
  f->color_scale = o->color_scale;
  if (o->accent == NULL || !patchart_color_parse (o->accent, &f->accent))
    f->accent = f->theme->accent;
  return f;
}

/* Counted heatmap rows come in no meaningful order: rank them by total
 * unless asked otherwise. */
static patchart_sort
effective_sort (const patchart_figure_options *o)
{
  if (o->count && patchart_kind_draws_matrix (o->kind) && o->sort == PATCHART_SORT_NONE)
    return PATCHART_SORT_DESC;
  return o->sort;
}

/* Sorts, resolves the language, keeps the top N (and the others). */
static void
figure_finish (patchart_figure *f, const patchart_figure_options *o)
{
  guint top = (guint) o->top;

  f->sort = effective_sort (o);
  if (f->matrix != NULL)
    patchart_matrix_sort_rows (f->matrix, effective_sort (o));
  else if (o->count && f->sort == PATCHART_SORT_NONE)
    patchart_series_sort_numeric_labels (f->series); /* records come in no order; years do */
  else
    patchart_series_sort (f->series, effective_sort (o));
  f->lang = g_strdup (o->lang ? patchart_lang_canonical (o->lang) : guess_figure_lang (o, f));
  if (f->matrix != NULL && o->others)
    patchart_matrix_truncate_rows_others (f->matrix, top, patchart_words_for (f->lang)->others);
  else if (f->matrix != NULL)
    patchart_matrix_truncate_rows (f->matrix, top);
  else if (o->others)
    patchart_series_truncate_others (f->series, top, patchart_words_for (f->lang)->others);
  else
    patchart_series_truncate (f->series, top);
  if (f->series != NULL && f->series->n_parts > 0) {
    /* more series than colours cannot be told apart: the smallest share one grey part */
    patchart_series_drop_empty_parts (f->series);
    patchart_series_fold_parts (f->series, MAX (f->palette->n_colors, 2) - 1,
                                patchart_words_for (f->lang)->others);
  }
  f->source = patchart_source_line (o->source, f->lang);
}

/* Marks the bars (a line chart's series) --highlight names; each name
 * must match one. */
static gboolean
mark_highlights (patchart_figure *f, const patchart_figure_options *o, GError **error)
{
  char **labels = f->series != NULL ? f->series->labels : f->matrix->row_labels;
  guint n = f->series != NULL ? f->series->n_items : f->matrix->n_rows;

  if (o->highlight == NULL || o->highlight[0] == NULL ||
      (f->series == NULL && !patchart_kind_draws_lines (f->kind)))
    return TRUE;
  f->highlighted = g_new0 (gboolean, MAX (n, 1));
  for (guint h = 0; o->highlight[h] != NULL; h++) {
    char *want = patchart_fold_name (o->highlight[h]);
    gboolean found = FALSE;

    for (guint i = 0; i < n; i++) {
      char *label = patchart_fold_name (labels[i]);
      if (strcmp (label, want) == 0)
        found = f->highlighted[i] = TRUE;
      g_free (label);
    }
    g_free (want);
    if (!found) {
      GString *some = g_string_new (NULL);
      for (guint i = 0; i < n && i < 5; i++)
        g_string_append_printf (some, "%s%s", i ? ", " : "", labels[i]);
      g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                   "highlight \"%s\": no label matches it (the labels: %s%s)", o->highlight[h],
                   some->str, n > 5 ? ", ..." : "");
      g_string_free (some, TRUE);
      return FALSE;
    }
  }
  return TRUE;
}

static void
table_options (const patchart_figure_options *o, patchart_table_options *t)
{
  patchart_table_options_init (t);
  t->delimiter = o->delimiter;
  t->has_header = !o->no_header;
  t->encoding = o->encoding;
}

/* A table of values read from PATH, or from LENGTH bytes of DATA when PATH
 * is NULL, in pieces: a series or a long matrix takes each piece's rows as
 * they come (data/collect.c), so the table is never whole in memory. */
static patchart_figure *
figure_from_table (const char *name, const char *path, const char *data, gsize length,
                   const patchart_figure_options *o, GError **error)
{
  patchart_table_options topts;
  patchart_collect_request request;
  patchart_collector *collector = NULL;
  patchart_table *table = NULL;
  patchart_figure *f = NULL;

  table_options (o, &topts);
  collect_request (o, &request);
  collector = patchart_collector_new (&request);
  table = patchart_table_stream (name, path, data, length, &topts, patchart_collector_add,
                                 collector, error);
  if (table == NULL)
    goto out;
  f = figure_new (patchart_table_name (table), o);
  if (!patchart_collector_finish (collector, table, &f->series, &f->matrix, error)) {
    g_clear_pointer (&f, patchart_figure_free);
    goto out;
  }
  figure_finish (f, o);
  if (!fill_steps (f, o, error) || !check_fits (f, error) || !mark_highlights (f, o, error))
    g_clear_pointer (&f, patchart_figure_free);
out:
  patchart_table_free (table);
  patchart_collector_free (collector);
  return f;
}

static patchart_series *
counted_parts (patchart_matrix *m)
{
  return m != NULL ? patchart_series_from_matrix (m) : NULL;
}

/* Counts the records of PATH, or of LENGTH bytes of DATA when PATH is
 * NULL, streaming: no table is built. */
static patchart_figure *
figure_from_count (const char *name, const char *path, const char *data, gsize length,
                   const patchart_figure_options *o, GError **error)
{
  /* bars split by series count (label, series) pairs, as a heatmap does */
  gboolean split = patchart_figure_options_split (o);
  patchart_figure_options pairs = *o;
  patchart_counter *counter;
  patchart_figure *f = NULL;
  gboolean ok;

  pairs.row_column = o->label_column;
  pairs.column_column = o->series_column;
  counter = patchart_counter_new (name, split ? &pairs : o,
                                  split || patchart_kind_draws_matrix (o->kind), error);
  if (counter == NULL)
    return NULL;
  ok = patchart_count_input (counter, path, data, length, error);
  if (ok) {
    f = figure_new (name, o);
    if (patchart_kind_draws_matrix (o->kind))
      f->matrix = patchart_counter_matrix (counter, error);
    else if (split)
      f->series = counted_parts (patchart_counter_matrix (counter, error));
    else
      f->series = patchart_counter_series (counter, error);
    f->n_skipped = patchart_counter_n_skipped (counter);
    f->warning = patchart_counter_warning (counter);
  }
  if (f != NULL && f->matrix == NULL && f->series == NULL)
    g_clear_pointer (&f, patchart_figure_free);
  if (f != NULL)
    figure_finish (f, o);
  if (f != NULL &&
      (!fill_steps (f, o, error) || !check_fits (f, error) || !mark_highlights (f, o, error)))
    g_clear_pointer (&f, patchart_figure_free);
  patchart_counter_free (counter);
  return f;
}

patchart_figure *
patchart_figure_new_from_file (const char *path, const patchart_figure_options *options,
                               GError **error)
{
  const char *name;

  g_return_val_if_fail (path != NULL && options != NULL, NULL);
  if (!patchart_figure_options_check (options, error) || !check_utf8 (options, error))
    return NULL;
  name = strcmp (path, "-") == 0 ? "<stdin>" : path;
  if (options->count)
    return figure_from_count (name, path, NULL, 0, options, error);
  return figure_from_table (name, path, NULL, 0, options, error);
}

patchart_figure *
patchart_figure_new_from_data (const char *name, const char *data, gsize length,
                               const patchart_figure_options *options, GError **error)
{
  g_return_val_if_fail (name != NULL && data != NULL && options != NULL, NULL);
  if (!patchart_figure_options_check (options, error) || !check_utf8 (options, error))
    return NULL;
  if (options->count)
    return figure_from_count (name, NULL, data, length, options, error);
  return figure_from_table (name, NULL, data, length, options, error);
}

guint
patchart_figure_get_n_skipped (const patchart_figure *figure)
{
  g_return_val_if_fail (figure != NULL, 0);
  return figure->n_skipped;
}

const char *
patchart_figure_get_warning (const patchart_figure *figure)
{
  g_return_val_if_fail (figure != NULL, NULL);
  return figure->warning;
}

const char *
patchart_figure_get_lang (const patchart_figure *figure)
{
  g_return_val_if_fail (figure != NULL, NULL);
  return figure->lang;
}

void
patchart_figure_free (patchart_figure *f)
{
  if (f == NULL)
    return;
  g_free (f->title);
  g_free (f->subtitle);
  g_free (f->source);
  g_free (f->note);
  g_free (f->alt);
  g_free (f->lang);
  g_free (f->input);
  g_free (f->warning);
  g_free (f->units);
  g_free (f->prefix);
  g_free (f->suffix);
  g_free (f->legend_title);
  g_free (f->value_title);
  g_free (f->label_title);
  g_free (f->highlighted);
  g_free (f->series_slots);
  patchart_series_free (f->series);
  patchart_matrix_free (f->matrix);
  g_free (f);
}

char *const *
patchart_figure_series_names (const patchart_figure *f, guint *n)
{
  if (f->series != NULL) {
    *n = f->series->n_parts - (f->series->parts_others ? 1 : 0); /* others is grey */
    return f->series->part_names;
  }
  if (patchart_kind_draws_lines (f->kind)) {
    *n = f->matrix->n_rows - (f->matrix->has_others ? 1 : 0); /* the others line is grey */
    return f->matrix->row_labels;
  }
  *n = 0;
  return NULL;
}
