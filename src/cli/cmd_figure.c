/* cmd_figure.c — "patchart bars|ranking|heatmap [OPTIONS] INPUT -o OUTPUT":
 * command-line options into patchart_figure_options, then render. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* What the options parse into before they are checked. */
typedef struct {
  char *output, *format, *size, *sort, *delimiter;
  char *title, *subtitle, *source, *note, *lang;
  char *label, *value, *rows, *columns;
  double scale;
  int top;
  gboolean wide, is_long, no_header;
} raw_options;

static void
raw_options_clear (raw_options *r)
{
  char **strings[] = { &r->output, &r->format, &r->size, &r->sort, &r->delimiter,
                       &r->title, &r->subtitle, &r->source, &r->note, &r->lang,
                       &r->label, &r->value, &r->rows, &r->columns };
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_clear_pointer (strings[i], g_free);
}

/* Numbers left as they were were not given. */
#define NOT_GIVEN G_MININT

/* Text options are read as raw bytes (FILENAME) so that UTF-8 titles pass
 * whatever the locale; the library checks they are valid UTF-8. */
#define TEXT G_OPTION_ARG_FILENAME

static GOptionContext *
make_context (const char *name, raw_options *r)
{
  GOptionEntry common[] = {
    { "output", 'o', 0, TEXT, &r->output, "Write the figure to FILE ('-' for standard output)", "FILE" },
    { "format", 0, 0, TEXT, &r->format, "png, svg or pdf (default: from the output's extension)", "FMT" },
    { "title", 0, 0, TEXT, &r->title, "Title, in bold above the chart", "TEXT" },
    { "subtitle", 0, 0, TEXT, &r->subtitle, "Subtitle under the title", "TEXT" },
    { "source", 0, 0, TEXT, &r->source, "Source line at the bottom ('来源：' etc. is added)", "TEXT" },
    { "note", 0, 0, TEXT, &r->note, "Note above the source line", "TEXT" },
    { "lang", 0, 0, TEXT, &r->lang, "zh-CN, zh-TW, ja, ko or en: glyph forms and words (default: guessed)", "L" },
    { "size", 0, 0, TEXT, &r->size, "Canvas in CSS pixels (default 800x500)", "WxH" },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &r->scale, "PNG pixels per CSS pixel (default 1)", "S" },
    { "top", 0, 0, G_OPTION_ARG_INT, &r->top, "Keep the first N after sorting", "N" },
    { "sort", 0, 0, TEXT, &r->sort, "desc, asc or none (default desc; heatmap rows: none)", "ORDER" },
    { "value", 0, 0, TEXT, &r->value, "Column of values: header name or 1-based index", "COL" },
    { "delimiter", 0, 0, TEXT, &r->delimiter, "Field separator: one character, or 'tab' (default ,)", "C" },
    { "no-header", 0, 0, G_OPTION_ARG_NONE, &r->no_header, "The first row is data, not column names", NULL },
    { NULL },
  };
  GOptionEntry series[] = {
    { "label", 0, 0, TEXT, &r->label, "Column of labels: header name or 1-based index (default 1)", "COL" },
    { NULL },
  };
  GOptionEntry matrix[] = {
    { "rows", 0, 0, TEXT, &r->rows, "Long table: column of row labels (default 1)", "COL" },
    { "columns", 0, 0, TEXT, &r->columns, "Long table: column of column labels (default 2)", "COL" },
    { "wide", 0, 0, G_OPTION_ARG_NONE, &r->wide, "Read a matrix: row labels, then one column each", NULL },
    { "long", 0, 0, G_OPTION_ARG_NONE, &r->is_long, "Read row,column,value lines", NULL },
    { NULL },
  };
  char *parameter = g_strdup_printf ("INPUT -o OUTPUT - draw a %s chart", name);
  GOptionContext *context = g_option_context_new (parameter);

  g_free (parameter);
  g_option_context_add_main_entries (context, common, NULL);
  g_option_context_add_main_entries (context, strcmp (name, "heatmap") == 0 ? matrix : series, NULL);
  g_option_context_set_description (context,
    "INPUT is a CSV file, or '-' for standard input.  The format follows the output's\n"
    "extension (.png, .svg, .pdf) unless --format is given.  Exit status: 0 ok, 64 usage,\n"
    "65 bad data, 66 cannot read input, 72 fonts missing, 73 cannot write output.");
  return context;
}

static gboolean
parse_size (const char *text, int *width, int *height)
{
  char *end = NULL;
  gint64 w, h;

  w = g_ascii_strtoll (text, &end, 10);
  if (end == text || (*end != 'x' && *end != 'X'))
    return FALSE;
  text = end + 1;
  h = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0' || w < 0 || h < 0 || w > G_MAXINT || h > G_MAXINT)
    return FALSE;
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

static gboolean
parse_sort (const char *text, patchart_sort *sort)
{
  static const char *const names[] = { "desc", "asc", "none" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0) {
      *sort = (patchart_sort) i;
      return TRUE;
    }
  return FALSE;
}

static gboolean
parse_delimiter (const char *text, char *delimiter)
{
  if (g_ascii_strcasecmp (text, "tab") == 0 || strcmp (text, "\\t") == 0) {
    *delimiter = '\t';
    return TRUE;
  }
  if (strlen (text) != 1 || text[0] == '"' || text[0] == '\n' || text[0] == '\r')
    return FALSE;
  *delimiter = text[0];
  return TRUE;
}

/* Checks the values that need it and fills OPTIONS; returns 0 or an exit code. */
static int
fill_options (const char *name, const raw_options *r, patchart_figure_options *o)
{
  o->title = r->title;
  o->subtitle = r->subtitle;
  o->source = r->source;
  o->note = r->note;
  o->lang = r->lang;
  o->label_column = r->label;
  o->value_column = r->value;
  o->row_column = r->rows;
  o->column_column = r->columns;
  o->no_header = r->no_header;
  if (r->size != NULL && !parse_size (r->size, &o->width, &o->height))
    return cli_usage_error (name, "--size %s: expected WIDTHxHEIGHT, e.g. 800x500", r->size);
  if (r->scale != NOT_GIVEN)
    o->scale = r->scale;
  if (r->top != NOT_GIVEN && r->top < 1)
    return cli_usage_error (name, "--top %d: expected a number of at least 1", r->top);
  if (r->top != NOT_GIVEN)
    o->top = r->top;
  if (r->sort != NULL && !parse_sort (r->sort, &o->sort))
    return cli_usage_error (name, "--sort %s: expected desc, asc or none", r->sort);
  if (r->delimiter != NULL && !parse_delimiter (r->delimiter, &o->delimiter))
    return cli_usage_error (name, "--delimiter '%s': expected one character or 'tab'", r->delimiter);
  if (r->wide && r->is_long)
    return cli_usage_error (name, "--wide and --long exclude each other");
  o->shape = r->wide ? PATCHART_SHAPE_WIDE : r->is_long ? PATCHART_SHAPE_LONG : PATCHART_SHAPE_AUTO;
  return 0;
}

static int
pick_format (const char *name, const raw_options *r, patchart_format *format)
{
  if (r->format != NULL) {
    if (!patchart_format_from_name (r->format, format) || strchr (r->format, '.') != NULL)
      return cli_usage_error (name, "--format %s: expected png, svg or pdf", r->format);
    return 0;
  }
  if (strcmp (r->output, "-") == 0)
    return cli_usage_error (name, "writing to standard output needs --format");
  if (!patchart_format_from_name (r->output, format) || strchr (r->output, '.') == NULL)
    return cli_usage_error (name, "%s: unknown extension: use .png, .svg or .pdf, or --format",
                            r->output);
  return 0;
}

static patchart_kind
kind_of (const char *name)
{
  if (strcmp (name, "ranking") == 0)
    return PATCHART_KIND_RANKING;
  return strcmp (name, "heatmap") == 0 ? PATCHART_KIND_HEATMAP : PATCHART_KIND_BARS;
}

static int
render (const char *input, const raw_options *r, const patchart_figure_options *o,
        patchart_format format)
{
  GError *error = NULL;
  patchart_figure *figure = patchart_figure_new_from_file (input, o, &error);
  int status = CLI_EX_OK;

  if (figure == NULL || !patchart_figure_write (figure, r->output, format, &error))
    status = cli_fail (error);
  g_clear_error (&error);
  patchart_figure_free (figure);
  return status;
}

int
cmd_figure (int argc, char **argv)
{
  const char *name = argv[0];
  raw_options r = { .scale = NOT_GIVEN, .top = NOT_GIVEN };
  patchart_figure_options options;
  patchart_format format = PATCHART_FORMAT_PNG;
  GOptionContext *context = make_context (name, &r);
  GError *error = NULL;
  char *prgname = g_strconcat ("patchart ", name, NULL);
  int status;

  g_set_prgname (prgname);
  g_free (prgname);
  patchart_figure_options_init (&options, kind_of (name));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    status = cli_usage_error (name, "%s", error->message);
  else if (argc != 2)
    status = cli_usage_error (name, argc < 2 ? "no INPUT given" : "expected one INPUT, got %d",
                              argc - 1);
  else if (r.output == NULL)
    status = cli_usage_error (name, "no output given: use -o FILE");
  else if ((status = fill_options (name, &r, &options)) == 0 &&
           (status = pick_format (name, &r, &format)) == 0)
    status = render (argv[1], &r, &options, format);
  g_clear_error (&error);
  g_option_context_free (context);
  raw_options_clear (&r);
  return status;
}
