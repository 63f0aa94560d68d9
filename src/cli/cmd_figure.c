/* SPDX-License-Identifier: MIT */
/* cmd_figure.c — "patchart bars|ranking|heatmap [OPTIONS] INPUT -o OUTPUT":
 * every figure option comes from the library's option table (the same one
 * spec files use); this file adds only -o and --format. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct {
  patchart_settings *settings;
  char *output;
  char *format;
} figure_args;

/* GOption hands "--title" and its value; the library's table does the
 * rest.  DATA is the group's patchart_settings. */
static gboolean
set_option (const char *option_name, const char *value, gpointer data, GError **error)
{
  const char *name = g_str_has_prefix (option_name, "--") ? option_name + 2 : option_name;

  return patchart_settings_set (data, name, value, error);
}

/* -o and --format, into ARGS. */
static void
own_entries (figure_args *args, GOptionEntry own[2])
{
  own[0] = (GOptionEntry){ "output",
                           'o',
                           0,
                           G_OPTION_ARG_FILENAME,
                           &args->output,
                           "Write the figure to FILE ('-' for standard output)",
                           "FILE" };
  own[1] = (GOptionEntry){ "format",
                           0,
                           0,
                           G_OPTION_ARG_FILENAME,
                           &args->format,
                           "png, svg or pdf (default: from the output's extension)",
                           "FMT" };
}

GOptionEntry *
cli_figure_entries (patchart_kind kind)
{
  guint n_options;
  const patchart_option_info *infos = patchart_option_list (&n_options);
  GOptionEntry *entries = g_new0 (GOptionEntry, n_options + 1);
  guint n = 0;

  for (guint i = 0; i < n_options; i++) {
    if (!(infos[i].kinds & (1u << kind)))
      continue;
    entries[n] = (GOptionEntry){
      .long_name = infos[i].name,
      /* text is read as raw bytes, not converted from the locale: the
       * library checks that it is UTF-8 */
      .flags = infos[i].arg_name ? G_OPTION_FLAG_FILENAME : G_OPTION_FLAG_NO_ARG,
      .arg = G_OPTION_ARG_CALLBACK,
      .arg_data = (gpointer) set_option,
      .description = infos[i].help,
      .arg_description = infos[i].arg_name,
    };
    n++;
  }
  return entries;
}

GOptionEntry *
cli_figure_options (patchart_kind kind)
{
  static figure_args unused;
  GOptionEntry own[2], *options = cli_figure_entries (kind), *all;
  guint n = 0;

  own_entries (&unused, own);
  while (options[n].long_name != NULL)
    n++;
  all = g_new0 (GOptionEntry, G_N_ELEMENTS (own) + n + 1);
  memcpy (all, own, sizeof own);
  memcpy (all + G_N_ELEMENTS (own), options, n * sizeof *options);
  g_free (options);
  return all;
}

static GOptionContext *
make_context (const char *name, patchart_kind kind, figure_args *args)
{
  GOptionEntry own[3] = { { NULL } };
  char *parameter = g_strdup_printf ("INPUT -o OUTPUT - draw a %s chart", name);
  GOptionContext *context = g_option_context_new (parameter);
  GOptionGroup *group =
      g_option_group_new (name, "Figure options", "Show figure options", args->settings, NULL);
  GOptionEntry *entries = cli_figure_entries (kind);

  own_entries (args, own);
  g_option_group_add_entries (group, own);
  g_option_group_add_entries (group, entries);
  g_option_context_set_main_group (context, group);
  g_option_context_set_description (
      context,
      "INPUT is a CSV file, or '-' for standard input.  The format follows the output's\n"
      "extension (.png, .svg, .pdf) unless --format is given.  Exit status: 0 ok, 64 usage,\n"
      "65 bad data, 66 cannot read input, 72 fonts missing, 73 cannot write output.");
  g_free (entries);
  g_free (parameter);
  return context;
}

static int
pick_format (const char *name, const figure_args *args, patchart_format *format)
{
  if (args->format != NULL) {
    if (!patchart_format_from_name (args->format, format) || strchr (args->format, '.') != NULL)
      return cli_usage_error (name, "--format %s: expected png, svg or pdf", args->format);
    return 0;
  }
  if (strcmp (args->output, "-") == 0)
    return cli_usage_error (name, "writing to standard output needs --format");
  if (!patchart_format_from_name (args->output, format) || strchr (args->output, '.') == NULL)
    return cli_usage_error (name, "%s: unknown extension: use .png, .svg or .pdf, or --format",
                            args->output);
  return 0;
}

static int
render (const char *input, const figure_args *args, patchart_format format)
{
  GError *error = NULL;
  const patchart_figure_options *options = patchart_settings_get_options (args->settings);
  patchart_figure *figure = patchart_figure_new_from_file (input, options, &error);
  int status = CLI_EX_OK;

  if (figure != NULL && patchart_figure_get_warning (figure) != NULL)
    fprintf (stderr, "patchart: warning: %s\n", patchart_figure_get_warning (figure));
  if (figure == NULL || !cli_write_figure (figure, args->output, format, &error))
    status = cli_fail (error);
  g_clear_error (&error);
  patchart_figure_free (figure);
  return status;
}

int
cli_option_error (const char *name, const GError *error)
{
  if (error->domain == PATCHART_ERROR)
    return cli_usage_error (name, "--%s", error->message);
  return cli_usage_error (name, "%s", error->message);
}

int
cmd_figure (int argc, char **argv)
{
  const char *name = argv[0];
  patchart_kind kind = PATCHART_KIND_BARS;
  gboolean known = patchart_kind_from_name (name, &kind);
  figure_args args = { patchart_settings_new (kind), NULL, NULL };
  patchart_format format = PATCHART_FORMAT_PNG;
  GOptionContext *context = make_context (name, kind, &args);
  GError *error = NULL;
  char *prgname = g_strconcat ("patchart ", name, NULL);
  int status;

  g_assert (known); /* main.c calls this for kinds alone */
  g_set_prgname (prgname);
  g_free (prgname);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    status = cli_option_error (name, error);
  else if (argc != 2)
    status = cli_usage_error (name, argc < 2 ? "no INPUT given" : "expected one INPUT, got %d",
                              argc - 1);
  else if (args.output == NULL)
    status = cli_usage_error (name, "no output given: use -o FILE");
  else if ((status = pick_format (name, &args, &format)) == 0)
    status = render (argv[1], &args, format);
  g_clear_error (&error);
  g_option_context_free (context);
  patchart_settings_free (args.settings);
  g_free (args.output);
  g_free (args.format);
  return status;
}
