/* SPDX-License-Identifier: MIT */
/* settings.c — figure options by name: the one table behind the command
 * line's --options and the spec files' keys. */
#include <stddef.h>
#include <string.h>

#include "figure/kinds.h"
#include "figure/numbers.h"
#include "figure/themes.h"

struct patchart_settings {
  patchart_figure_options options;
  GPtrArray *owned;  /* copies of the strings the options point to */
  GHashTable *lists; /* option name -> GPtrArray of its values, NULL-ended */
};

typedef gboolean (*setter) (patchart_settings *s, const char *value, GError **error);

typedef struct {
  patchart_option_info info;
  setter set;
  gssize text_field; /* offset of a const char * in the options, or -1 */
  gssize list_field; /* offset of a const char *const * (repeatable), or -1 */
} option;

/* In the table below, an option's info.kinds holds the data it applies to
 * (figure/kinds.h); patchart_option_list() turns that into the kinds that
 * draw such data. */
#define ALL_KINDS PATCHART_DATA_ANY
#define SERIES_KINDS PATCHART_DATA_SERIES
#define MATRIX_KINDS PATCHART_DATA_MATRIX
#define LINE_KINDS PATCHART_DATA_LINES
#define CELL_KINDS PATCHART_DATA_CELLS
#define TEXT(field) NULL, offsetof (patchart_figure_options, field), -1
#define LIST(check, field) check, -1, offsetof (patchart_figure_options, field)
#define OTHER(fn) fn, -1, -1
#define CHECKED(check, field) check, offsetof (patchart_figure_options, field), -1

static gboolean
bad_value (GError **error, const char *name, const char *value, const char *expected)
{
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE, "%s %s: expected %s", name,
               value ? value : "", expected);
  return FALSE;
}

static gboolean
set_size (patchart_settings *s, const char *value, GError **error)
{
  char *end = NULL;
  gint64 w, h;

  w = g_ascii_strtoll (value, &end, 10);
  if (end != value && (*end == 'x' || *end == 'X')) {
    const char *rest = end + 1;
    h = g_ascii_strtoll (rest, &end, 10);
    if (end != rest && *end == '\0' && w >= 0 && h >= 0 && w <= G_MAXINT && h <= G_MAXINT) {
      s->options.width = (int) w;
      s->options.height = (int) h;
      return TRUE;
    }
  }
  return bad_value (error, "size", value, "WIDTHxHEIGHT, e.g. 800x500");
}

static gboolean
set_scale (patchart_settings *s, const char *value, GError **error)
{
  char *end = NULL;
  double scale = g_ascii_strtod (value, &end);

  if (end == value || *end != '\0')
    return bad_value (error, "scale", value, "a number such as 2");
  s->options.scale = scale; /* its range is checked with the others */
  return TRUE;
}

static gboolean
set_top (patchart_settings *s, const char *value, GError **error)
{
  gint64 top;

  if (!g_ascii_string_to_signed (value, 10, 1, G_MAXINT, &top, NULL))
    return bad_value (error, "top", value, "a number of at least 1");
  s->options.top = (int) top;
  return TRUE;
}

static gboolean
set_sort (patchart_settings *s, const char *value, GError **error)
{
  static const char *const names[] = { "desc", "asc", "none" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (value, names[i]) == 0) {
      s->options.sort = (patchart_sort) i;
      return TRUE;
    }
  return bad_value (error, "sort", value, "desc, asc or none");
}

static gboolean
set_delimiter (patchart_settings *s, const char *value, GError **error)
{
  if (g_ascii_strcasecmp (value, "tab") == 0 || strcmp (value, "\\t") == 0) {
    s->options.delimiter = '\t';
    return TRUE;
  }
  if (strlen (value) != 1 || value[0] == '"' || value[0] == '\n' || value[0] == '\r')
    return bad_value (error, "delimiter", value, "one character or 'tab'");
  s->options.delimiter = value[0];
  return TRUE;
}

/* A flag's text: none (given on the command line), true or false. */
static gboolean
flag_value (const char *name, const char *value, gboolean *on, GError **error)
{
  if (value == NULL || g_ascii_strcasecmp (value, "true") == 0) {
    *on = TRUE;
    return TRUE;
  }
  if (g_ascii_strcasecmp (value, "false") == 0) {
    *on = FALSE;
    return TRUE;
  }
  return bad_value (error, name, value, "true or false");
}

static gboolean
set_shape (patchart_settings *s, const char *name, const char *value, patchart_shape shape,
           GError **error)
{
  gboolean on;

  if (!flag_value (name, value, &on, error))
    return FALSE;
  if (on && s->options.shape != PATCHART_SHAPE_AUTO && s->options.shape != shape) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "%s: wide and long exclude each other", name);
    return FALSE;
  }
  if (on)
    s->options.shape = shape;
  else if (s->options.shape == shape)
    s->options.shape = PATCHART_SHAPE_AUTO;
  return TRUE;
}

static gboolean
set_wide (patchart_settings *s, const char *value, GError **error)
{
  return set_shape (s, "wide", value, PATCHART_SHAPE_WIDE, error);
}

static gboolean
set_long (patchart_settings *s, const char *value, GError **error)
{
  return set_shape (s, "long", value, PATCHART_SHAPE_LONG, error);
}

static gboolean
set_no_header (patchart_settings *s, const char *value, GError **error)
{
  return flag_value ("no-header", value, &s->options.no_header, error);
}

static gboolean
set_count (patchart_settings *s, const char *value, GError **error)
{
  return flag_value ("count", value, &s->options.count, error);
}

static gboolean
set_skip_invalid (patchart_settings *s, const char *value, GError **error)
{
  return flag_value ("skip-invalid", value, &s->options.skip_invalid, error);
}

static gboolean
set_others (patchart_settings *s, const char *value, GError **error)
{
  return flag_value ("others", value, &s->options.others, error);
}

static gboolean
set_svg_text (patchart_settings *s, const char *value, GError **error)
{
  return flag_value ("svg-text", value, &s->options.svg_text, error);
}

static gboolean
set_ipc (patchart_settings *s, const char *value, GError **error)
{
  static const char *const names[] = { "none", "section", "class", "subclass", "group" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (value, names[i]) == 0) {
      s->options.ipc = (patchart_ipc_level) i;
      return TRUE;
    }
  return bad_value (error, "ipc", value, "section, class, subclass or group");
}

static gboolean
year_value (const char *name, const char *value, int *year, GError **error)
{
  gint64 y;

  if (!g_ascii_string_to_signed (value, 10, 1, 9999, &y, NULL))
    return bad_value (error, name, value, "a year such as 2014");
  *year = (int) y;
  return TRUE;
}

static gboolean
set_from_year (patchart_settings *s, const char *value, GError **error)
{
  return year_value ("from-year", value, &s->options.from_year, error);
}

static gboolean
set_to_year (patchart_settings *s, const char *value, GError **error)
{
  return year_value ("to-year", value, &s->options.to_year, error);
}

static gboolean
check_split (patchart_settings *s, const char *value, GError **error)
{
  (void) s;
  return *value != '\0' || bad_value (error, "split", value, "a separator such as ';' or ';;'");
}

static gboolean
set_orient (patchart_settings *s, const char *value, GError **error)
{
  static const char *const names[] = { "auto", "vertical", "horizontal" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (value, names[i]) == 0) {
      s->options.orient = (patchart_orient) i;
      return TRUE;
    }
  return bad_value (error, "orient", value, "auto, vertical or horizontal");
}

static gboolean
set_font_scale (patchart_settings *s, const char *value, GError **error)
{
  char *end = NULL;
  double scale = g_ascii_strtod (value, &end);

  if (end == value || *end != '\0')
    return bad_value (error, "font-scale", value, "a number such as 1.25");
  s->options.font_scale = scale; /* its range is checked with the others */
  return TRUE;
}

static gboolean
check_units (patchart_settings *s, const char *value, GError **error)
{
  (void) s;
  return patchart_units_valid (value) ||
         bad_value (error, "units", value, "auto, none, k, M, B, 万, 亿, 萬, 億, 만 or 억");
}

/* --stack and --group choose one arrangement; the later one wins. */
static gboolean
set_stack (patchart_settings *s, const char *value, GError **error)
{
  gboolean on;

  if (!flag_value ("stack", value, &on, error))
    return FALSE;
  s->options.group = !on;
  return TRUE;
}

static gboolean
set_group (patchart_settings *s, const char *value, GError **error)
{
  return flag_value ("group", value, &s->options.group, error);
}

/* Checks a --highlight value; the table appends it to the list. */
static gboolean
check_highlight (patchart_settings *s, const char *value, GError **error)
{
  (void) s;
  if (value == NULL || value[strspn (value, " \t")] == '\0')
    return bad_value (error, "highlight", value, "a label, e.g. 中国");
  return TRUE;
}

/* Checks a --where value; the table appends it to the list. */
static gboolean
check_where (patchart_settings *s, const char *value, GError **error)
{
  const char *eq = strchr (value, '=');

  (void) s;
  if (eq == NULL || eq == value)
    return bad_value (error, "where", value, "COLUMN=VALUE, e.g. Jurisdiction=CN");
  return TRUE;
}

/* A wide table's orientation for lines: a wide table, and where its
 * series are; the other orientation or --long is a contradiction. */
static gboolean
set_series_in (patchart_settings *s, const char *name, const char *value,
               patchart_series_layout series_in, GError **error)
{
  gboolean on;

  if (!flag_value (name, value, &on, error))
    return FALSE;
  if (on && s->options.series_in != PATCHART_SERIES_AUTO && s->options.series_in != series_in) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "%s: series-columns and series-rows exclude each other", name);
    return FALSE;
  }
  if (!set_shape (s, name, value, PATCHART_SHAPE_WIDE, error))
    return FALSE;
  if (on)
    s->options.series_in = series_in;
  else if (s->options.series_in == series_in)
    s->options.series_in = PATCHART_SERIES_AUTO;
  return TRUE;
}

static gboolean
set_series_columns (patchart_settings *s, const char *value, GError **error)
{
  return set_series_in (s, "series-columns", value, PATCHART_SERIES_COLUMNS, error);
}

static gboolean
set_series_rows (patchart_settings *s, const char *value, GError **error)
{
  return set_series_in (s, "series-rows", value, PATCHART_SERIES_ROWS, error);
}

static gboolean
set_incomplete_from (patchart_settings *s, const char *value, GError **error)
{
  return year_value ("incomplete-from", value, &s->options.incomplete_from, error);
}

/* Checks of text options' values; the table keeps the text. */
static gboolean
check_theme (patchart_settings *s, const char *value, GError **error)
{
  (void) s;
  return patchart_theme_find (value) != NULL ||
         bad_value (error, "theme", value, patchart_theme_names ());
}

static gboolean
check_palette (patchart_settings *s, const char *value, GError **error)
{
  (void) s;
  return patchart_palette_find (value) != NULL ||
         bad_value (error, "palette", value, patchart_palette_names ());
}

static gboolean
check_colors (patchart_settings *s, const char *value, GError **error)
{
  (void) s;
  return patchart_scheme_find (value) != NULL ||
         bad_value (error, "colors", value, patchart_scheme_names ());
}

static gboolean
check_accent (patchart_settings *s, const char *value, GError **error)
{
  guint32 rgb;

  (void) s;
  return patchart_color_parse (value, &rgb) ||
         bad_value (error, "accent", value, "a colour as #RRGGBB, e.g. #c0392b");
}

static gboolean
set_color_scale (patchart_settings *s, const char *value, GError **error)
{
  static const char *const names[] = { "auto", "linear", "log", "quantile", "diverging" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (value, names[i]) == 0) {
      s->options.color_scale = (patchart_color_scale) i;
      return TRUE;
    }
  return bad_value (error, "color-scale", value, "linear, log, quantile, diverging or auto");
}

static const option options[] = {
  { { "title", "TEXT", "Title, in bold above the chart", ALL_KINDS }, TEXT (title) },
  { { "subtitle", "TEXT", "Subtitle under the title", ALL_KINDS }, TEXT (subtitle) },
  { { "source", "TEXT", "Source line at the bottom ('来源：' etc. is added)", ALL_KINDS },
    TEXT (source) },
  { { "note", "TEXT", "Note above the source line", ALL_KINDS }, TEXT (note) },
  { { "alt", "TEXT", "Description for screen readers (default: made from the data)", ALL_KINDS },
    TEXT (alt) },
  { { "lang", "L", "zh-CN, zh-TW, ja, ko or en: glyph forms and words (default: guessed)",
      ALL_KINDS },
    TEXT (lang) },
  { { "size", "WxH", "Canvas in CSS pixels (default 800x500)", ALL_KINDS }, OTHER (set_size) },
  { { "scale", "S", "PNG pixels per CSS pixel (default 1)", ALL_KINDS }, OTHER (set_scale) },
  { { "top", "N", "Keep the first N after sorting", ALL_KINDS }, OTHER (set_top) },
  { { "sort", "ORDER", "desc, asc or none (default desc; heatmap rows: none)", ALL_KINDS },
    OTHER (set_sort) },
  { { "label", "COL",
      "Column of labels: name or 1-based index (default 1); --count: year:COL, office:COL",
      SERIES_KINDS },
    TEXT (label_column) },
  { { "value", "COL", "Column of values: header name or 1-based index", ALL_KINDS },
    TEXT (value_column) },
  { { "rows", "COL", "Long table: column of row labels (line: series) (default 1)", MATRIX_KINDS },
    TEXT (row_column) },
  { { "columns", "COL",
      "Long table: column of column labels (line: x values) (default 2); --count: year:COL",
      MATRIX_KINDS },
    TEXT (column_column) },
  { { "wide", NULL, "Read a matrix: row labels, then one column each", MATRIX_KINDS },
    OTHER (set_wide) },
  { { "long", NULL, "Read row,column,value lines", MATRIX_KINDS }, OTHER (set_long) },
  { { "delimiter", "C", "Field separator: one character, or 'tab' (default ,)", ALL_KINDS },
    OTHER (set_delimiter) },
  { { "encoding", "NAME", "Input encoding if not UTF-8: GB18030, CP932, UTF-16, ...", ALL_KINDS },
    TEXT (encoding) },
  { { "no-header", NULL, "The first row is data, not column names", ALL_KINDS },
    OTHER (set_no_header) },
  { { "others", NULL, "With --top N: one more bar (heatmap: row) with the rest", ALL_KINDS },
    OTHER (set_others) },
  { { "count", NULL, "Each row is one record: count records per label (heatmap: per pair)",
      ALL_KINDS },
    OTHER (set_count) },
  { { "split", "SEP", "--count: a cell holds several values separated by SEP (e.g. ';;')",
      ALL_KINDS },
    CHECKED (check_split, split) },
  { { "ipc", "LEVEL", "--count: cut IPC codes to section, class, subclass or group", ALL_KINDS },
    OTHER (set_ipc) },
  { { "alias", "FILE",
      "--count: CSV of raw,display names that labels (and series) are mapped through", ALL_KINDS },
    TEXT (alias_file) },
  { { "where", "COL=VALUE", "--count: keep records whose COL is VALUE (repeatable)", ALL_KINDS },
    LIST (check_where, where) },
  { { "date", "COL", "--count: column of dates for --from-year/--to-year (default: a year: column)",
      ALL_KINDS },
    TEXT (date_column) },
  { { "from-year", "YEAR", "--count: keep records dated in YEAR or later", ALL_KINDS },
    OTHER (set_from_year) },
  { { "to-year", "YEAR", "--count: keep records dated in YEAR or earlier", ALL_KINDS },
    OTHER (set_to_year) },
  { { "skip-invalid", NULL, "--count: skip bad dates and IPC codes (counted in a warning)",
      ALL_KINDS },
    OTHER (set_skip_invalid) },
  { { "orient", "DIR",
      "auto, vertical or horizontal bars (default auto: horizontal when labels "
      "do not fit side by side)",
      SERIES_KINDS },
    OTHER (set_orient) },
  { { "font-scale", "F", "Type size factor, 0.5 to 3 (default 1; --size gives room, not type)",
      ALL_KINDS },
    OTHER (set_font_scale) },
  { { "units", "U",
      "auto, none, k, M, B, 万, 亿, 萬, 億, 만 or 억 (default auto: 万/亿 or k/M/B from 100,000 "
      "by language)",
      ALL_KINDS },
    CHECKED (check_units, units) },
  { { "prefix", "TEXT", "Before every number shown, e.g. '$'", ALL_KINDS }, TEXT (prefix) },
  { { "suffix", "TEXT", "After every number shown, e.g. '%'", ALL_KINDS }, TEXT (suffix) },
  { { "highlight", "LABEL",
      "Draw LABEL's bar (line: series) in the accent colour and the rest muted (repeatable; "
      "case, width and spaces ignored)",
      SERIES_KINDS | LINE_KINDS },
    LIST (check_highlight, highlight) },
  { { "legend-title", "TEXT", "Title of the colour legend (default: the value column's header)",
      MATRIX_KINDS },
    TEXT (legend_title) },
  { { "value-title", "TEXT", "Title of the value axis, e.g. 'Filings'", SERIES_KINDS | LINE_KINDS },
    TEXT (value_title) },
  { { "label-title", "TEXT", "Title under the labels or years, e.g. 'Application year'",
      SERIES_KINDS | LINE_KINDS },
    TEXT (label_title) },
  { { "svg-text", NULL, "SVG: real text with the font embedded, not outlines", ALL_KINDS },
    OTHER (set_svg_text) },
  { { "series", "COL",
      "Split each bar by COL's values (long table: label, series, value; --count: per record); "
      "stacked, with a legend",
      SERIES_KINDS },
    TEXT (series_column) },
  { { "stack", NULL, "Series stacked on each other, total on top (default)", SERIES_KINDS },
    OTHER (set_stack) },
  { { "group", NULL, "Series side by side in each bar's place", SERIES_KINDS }, OTHER (set_group) },
  { { "series-columns", NULL,
      "Wide table: one column per series (line: x values down the first column; bars: labels)",
      LINE_KINDS | SERIES_KINDS },
    OTHER (set_series_columns) },
  { { "series-rows", NULL,
      "Wide table: series down the first column, x values (years) across the header", LINE_KINDS },
    OTHER (set_series_rows) },
  { { "incomplete-from", "YEAR",
      "Years from YEAR on are incomplete (publication lag): dashed over a band, with a note",
      MATRIX_KINDS | SERIES_KINDS },
    OTHER (set_incomplete_from) },
  { { "theme", "NAME", "default, dark or print (greyscale-safe): background, text, colours",
      ALL_KINDS },
    CHECKED (check_theme, theme) },
  { { "palette", "NAME",
      "Series colours: okabe-ito (colour-blind safe), okabe-ito-dark, tol-bright or grey "
      "(default: the theme's)",
      LINE_KINDS | SERIES_KINDS },
    CHECKED (check_palette, palette) },
  { { "accent", "COLOR", "Colour of the bars, as #RRGGBB (default: the theme's)", SERIES_KINDS },
    CHECKED (check_accent, accent) },
  { { "colors", "NAME",
      "Colour scheme: ylgnbu, blues, greys, viridis or rdbu (default: the theme's)", CELL_KINDS },
    CHECKED (check_colors, colors) },
  { { "color-scale", "SCALE",
      "linear, log, quantile (classes of equal size) or diverging (around 0); default: "
      "diverging when values cross 0, else linear",
      CELL_KINDS },
    OTHER (set_color_scale) },
  { { "unique", "COL",
      "--count: each distinct value of COL (a family id) counts once per label, pair or series",
      ALL_KINDS },
    TEXT (unique_column) },
};

static gboolean
applies (const option *o, patchart_kind kind)
{
  return (o->info.kinds & patchart_kind_info_of (kind)->data) != 0;
}

const patchart_option_info *
patchart_option_list (guint *n_options)
{
  static patchart_option_info infos[G_N_ELEMENTS (options)];
  static gsize once = 0;

  if (g_once_init_enter (&once)) {
    for (guint i = 0; i < G_N_ELEMENTS (options); i++) {
      infos[i] = options[i].info;
      infos[i].kinds = 0;
      for (guint k = 0; k < PATCHART_N_KINDS; k++)
        if (applies (&options[i], k))
          infos[i].kinds |= 1u << k;
    }
    g_once_init_leave (&once, 1);
  }
  *n_options = G_N_ELEMENTS (options);
  return infos;
}

static const option *find_option (const char *name);

gboolean
patchart_option_is_repeatable (const char *name)
{
  const option *o = find_option (name);
  return o != NULL && o->list_field >= 0;
}

patchart_settings *
patchart_settings_new (patchart_kind kind)
{
  patchart_settings *s = g_new0 (patchart_settings, 1);

  patchart_figure_options_init (&s->options, kind);
  s->owned = g_ptr_array_new_with_free_func (g_free);
  s->lists =
      g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  return s;
}

static const char **
text_field (patchart_settings *s, const option *o)
{
  return (const char **) ((char *) &s->options + o->text_field);
}

static const char *const **
list_field (patchart_settings *s, const option *o)
{
  return (const char *const **) ((char *) &s->options + o->list_field);
}

/* Appends VALUE to the repeatable option O: its field points at the
 * NULL-terminated list of every value given so far. */
static void
append_value (patchart_settings *s, const option *o, const char *value)
{
  GPtrArray *list = g_hash_table_lookup (s->lists, o->info.name);

  if (list == NULL) {
    list = g_ptr_array_new_with_free_func (g_free);
    g_hash_table_insert (s->lists, (gpointer) o->info.name, list);
  } else {
    g_ptr_array_remove_index (list, list->len - 1); /* the NULL */
  }
  g_ptr_array_add (list, g_strdup (value));
  g_ptr_array_add (list, NULL);
  *list_field (s, o) = (const char *const *) list->pdata;
}

static void
copy_field (patchart_settings *copy, const option *o)
{
  if (o->text_field >= 0 && *text_field (copy, o) != NULL) {
    char *text = g_strdup (*text_field (copy, o));
    g_ptr_array_add (copy->owned, text);
    *text_field (copy, o) = text;
  }
  if (o->list_field >= 0 && *list_field (copy, o) != NULL) {
    const char *const *values = *list_field (copy, o);
    *list_field (copy, o) = NULL;
    for (guint i = 0; values[i] != NULL; i++)
      append_value (copy, o, values[i]);
  }
}

patchart_settings *
patchart_settings_copy (const patchart_settings *settings)
{
  patchart_settings *copy = patchart_settings_new (settings->options.kind);

  copy->options = settings->options;
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    copy_field (copy, &options[i]);
  return copy;
}

void
patchart_settings_free (patchart_settings *settings)
{
  if (settings == NULL)
    return;
  g_ptr_array_free (settings->owned, TRUE);
  g_hash_table_destroy (settings->lists);
  g_free (settings);
}

static const option *
find_option (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    if (strcmp (options[i].info.name, name) == 0)
      return &options[i];
  return NULL;
}

/* NAME or VALUE is not UTF-8 (a file name may be): said as figure.c
 * says it of text options, in a message that is UTF-8 itself. */
static gboolean
not_utf8 (GError **error, const char *name)
{
  char *shown = g_utf8_make_valid (name, -1);

  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE, "%s: invalid UTF-8", shown);
  g_free (shown);
  return FALSE;
}

gboolean
patchart_settings_set (patchart_settings *settings, const char *name, const char *value,
                       GError **error)
{
  const option *o;

  g_return_val_if_fail (settings != NULL && name != NULL, FALSE);
  o = find_option (name);
  if (!g_utf8_validate (name, -1, NULL) ||
      (value != NULL && !g_utf8_validate (value, -1, NULL) &&
       (o == NULL || g_strcmp0 (o->info.arg_name, "FILE") != 0)))
    return not_utf8 (error, name);
  if (o == NULL || !applies (o, settings->options.kind)) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE, "%s%s%s: no such option%s", name,
                 value ? " " : "", value ? value : "", o ? " for this kind of figure" : "");
    return FALSE;
  }
  if (o->info.arg_name != NULL && value == NULL)
    return bad_value (error, name, "", o->info.arg_name);
  if (o->list_field >= 0) {
    if (o->set != NULL && !o->set (settings, value, error))
      return FALSE;
    append_value (settings, o, value);
    return TRUE;
  }
  if (o->text_field < 0)
    return o->set (settings, value, error);
  if (o->set != NULL && !o->set (settings, value, error))
    return FALSE;
  g_ptr_array_add (settings->owned, g_strdup (value));
  *text_field (settings, o) = g_ptr_array_index (settings->owned, settings->owned->len - 1);
  return TRUE;
}

const patchart_figure_options *
patchart_settings_get_options (const patchart_settings *settings)
{
  g_return_val_if_fail (settings != NULL, NULL);
  return &settings->options;
}
