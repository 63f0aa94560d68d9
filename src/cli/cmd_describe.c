/* SPDX-License-Identifier: MIT */
/* cmd_describe.c — "patchart describe INPUT [--kind K] [OPTIONS]": the
 * text description a figure's SVG and PDF carry (patchart_figure_describe()),
 * printed for a caption, an alt attribute or a check.  It takes the same
 * options as the figure commands; --kind picks which (default bars). */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* The value of --kind in ARGV ("--kind K" or "--kind=K"), or NULL: the
 * kind decides which options exist, so it is read before the others. */
static const char *
find_kind (int argc, char **argv)
{
  const char *kind = NULL;

  for (int i = 1; i < argc; i++) {
    if (strcmp (argv[i], "--") == 0)
      break;
    if (strcmp (argv[i], "--kind") == 0 && i + 1 < argc)
      kind = argv[++i];
    else if (g_str_has_prefix (argv[i], "--kind="))
      kind = argv[i] + strlen ("--kind=");
  }
  return kind;
}

static GOptionContext *
make_context (patchart_kind kind, patchart_settings *settings, char **kind_arg)
{
  GOptionEntry own[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, kind_arg, "bars, ranking, heatmap or line (default bars)",
      "K" },
    { NULL },
  };
  GOptionContext *context = g_option_context_new ("INPUT - describe a figure in words");
  GOptionGroup *group =
      g_option_group_new ("describe", "Figure options", "Show figure options", settings, NULL);
  GOptionEntry *entries = cli_figure_entries (kind);

  g_option_group_add_entries (group, own);
  g_option_group_add_entries (group, entries);
  g_option_context_set_main_group (context, group);
  g_option_context_set_description (
      context, "Prints the description that the figure's SVG (<desc>) and PDF (alt text) carry:\n"
               "--alt if given, else the kind, title and largest values in the figure's\n"
               "language.  Exit status as for the figure commands.");
  g_free (entries);
  return context;
}

static int
describe (const char *input, const patchart_settings *settings)
{
  GError *error = NULL;
  patchart_figure *figure =
      patchart_figure_new_from_file (input, patchart_settings_get_options (settings), &error);
  char *text;

  if (figure == NULL) {
    int status = cli_fail (error);
    g_error_free (error);
    return status;
  }
  if (patchart_figure_get_warning (figure) != NULL)
    fprintf (stderr, "patchart: warning: %s\n", patchart_figure_get_warning (figure));
  text = patchart_figure_describe (figure);
  printf ("%s\n", text);
  g_free (text);
  patchart_figure_free (figure);
  if (fflush (stdout) != 0) {
    fprintf (stderr, "patchart: <stdout>: cannot write\n");
    return CLI_EX_CANTCREAT;
  }
  return CLI_EX_OK;
}

int
cmd_describe (int argc, char **argv)
{
  const char *kind_name = find_kind (argc, argv);
  patchart_kind kind = PATCHART_KIND_BARS;
  patchart_settings *settings = NULL;
  GOptionContext *context = NULL;
  GError *error = NULL;
  char *kind_arg = NULL;
  int status;

  g_set_prgname ("patchart describe");
  if (kind_name != NULL && !patchart_kind_from_name (kind_name, &kind))
    return cli_usage_error ("describe", "--kind %s: expected bars, ranking, heatmap or line",
                            kind_name);
  settings = patchart_settings_new (kind);
  context = make_context (kind, settings, &kind_arg);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    status = cli_option_error ("describe", error);
  else if (argc != 2)
    status = cli_usage_error ("describe",
                              argc < 2 ? "no INPUT given" : "expected one INPUT, got %d", argc - 1);
  else
    status = describe (argv[1], settings);
  g_clear_error (&error);
  g_option_context_free (context);
  patchart_settings_free (settings);
  g_free (kind_arg);
  return status;
}
