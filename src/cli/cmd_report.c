/* SPDX-License-Identifier: MIT */
/* cmd_report.c — "patchart report SPEC -o REPORT.pdf [--page P]": every
 * figure of a spec in one PDF document. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct {
  char *output;
  char *page;
  gboolean tables;
} report_args;

static GOptionEntry *
report_entries (report_args *args)
{
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args->output,
      "Write the report to FILE.pdf ('-' for standard output)", "FILE" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &args->page,
      "A4, letter or WxHmm (default: [report] page, else A4)", "SIZE" },
    { "tables", 0, 0, G_OPTION_ARG_NONE, &args->tables, "After each figure, its data as a table",
      NULL },
    { NULL },
  };

  return g_memdup2 (entries, sizeof entries);
}

GOptionEntry *
cli_report_options (void)
{
  static report_args unused;

  return report_entries (&unused);
}

static GOptionContext *
make_context (report_args *args)
{
  GOptionEntry *entries = report_entries (args);
  GOptionContext *context = g_option_context_new ("SPEC -o REPORT.pdf - all figures in one PDF");

  g_option_context_add_main_entries (context, entries, NULL);
  g_free (entries);
  g_option_context_set_description (
      context,
      "A title page from the spec's [report] group (title, subtitle, author, date, lang, page),\n"
      "then one page per figure with its caption (caption = ..., else its title) and source.\n"
      "If any figure fails, each failure is listed and no file is written.");
  return context;
}

/* A message of many lines (one per failing figure): "patchart: " on each. */
static int
fail_lines (const GError *error)
{
  char **lines = g_strsplit (error->message, "\n", -1);
  guint n = g_strv_length (lines);
  GError *last;

  for (guint i = 0; i + 1 < n; i++)
    fprintf (stderr, "patchart: %s\n", lines[i]);
  last = g_error_new_literal (error->domain, error->code, lines[n - 1]);
  n = (guint) cli_fail (last);
  g_error_free (last);
  g_strfreev (lines);
  return (int) n;
}

static int
report (const char *path, const report_args *args)
{
  GError *error = NULL;
  patchart_spec *spec = patchart_spec_new_from_file (path, &error);
  int status = CLI_EX_OK;

  if (spec != NULL)
    patchart_spec_set_report_tables (spec, args->tables);
  if (spec == NULL || !patchart_spec_write_report (spec, args->output, args->page, &error))
    status = fail_lines (error);
  g_clear_error (&error);
  patchart_spec_free (spec);
  return status;
}

int
cmd_report (int argc, char **argv)
{
  report_args args = { NULL, NULL, FALSE };
  GOptionContext *context = make_context (&args);
  GError *error = NULL;
  int status;

  g_set_prgname ("patchart report");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    status = cli_usage_error ("report", "%s", error->message);
  else if (argc != 2)
    status = cli_usage_error ("report", argc < 2 ? "no SPEC given" : "expected one SPEC, got %d",
                              argc - 1);
  else if (args.output == NULL)
    status = cli_usage_error ("report", "no output given: use -o FILE.pdf");
  else
    status = report (argv[1], &args);
  g_clear_error (&error);
  g_option_context_free (context);
  g_free (args.output);
  g_free (args.page);
  return status;
}
