/* SPDX-License-Identifier: MIT */
/* main.c — the patchart command: dispatch to one function per command. */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef int (*command_fn) (int argc, char **argv);

/* Each chart kind is a command of its own (the library's table of kinds);
 * these are the others. */
const cli_command cli_commands[] = {
  { "render", cmd_render, "SPEC [-j N] [--only NAME]", "every figure of a spec, each to its file" },
  { "report", cmd_report, "SPEC -o REPORT.pdf", "all figures of a spec in one PDF" },
  { "fonts", cmd_fonts, "[--lang L] [TEXT]", "which fonts serve, and any glyph they lack" },
  { "describe", cmd_describe, "INPUT [--kind K] [OPTIONS]", "a figure's text description" },
};
const guint cli_n_commands = G_N_ELEMENTS (cli_commands);

static command_fn
find_command (const char *name)
{
  patchart_kind kind;

  if (patchart_kind_from_name (name, &kind))
    return cmd_figure;
  for (guint i = 0; i < cli_n_commands; i++)
    if (strcmp (cli_commands[i].name, name) == 0)
      return cli_commands[i].run;
  return NULL;
}

static int
print_help (void)
{
  printf ("Usage: patchart COMMAND [OPTIONS]\n\n"
          "Render CSV data into charts (PNG, SVG, PDF) with Chinese, Japanese and Korean text.\n\n"
          "Commands:\n");
  for (patchart_kind k = 0; k < PATCHART_N_KINDS; k++)
    printf ("  %-8s %-26s %s\n", patchart_kind_get_name (k), CLI_FIGURE_USAGE,
            patchart_kind_get_summary (k));
  for (guint i = 0; i < cli_n_commands; i++)
    printf ("  %-8s %-26s %s\n", cli_commands[i].name, cli_commands[i].usage,
            cli_commands[i].summary);
  printf ("  %-8s %-26s %s\n\n", "help", "[COMMAND]", "this text, or a command's options");
  printf ("Examples:\n"
          "  patchart bars countries.csv --title '各国申请数' -o countries.png\n"
          "  patchart heatmap classes.csv --lang zh-CN -o classes.pdf\n\n"
          "Exit status: 0 ok, 64 usage, 65 bad data, 66 cannot read input,\n"
          "72 fonts missing, 73 cannot write output, 70 internal error.\n"
          "Run 'patchart help COMMAND' for a command's options.\n");
  return CLI_EX_OK;
}

/* As GNU tools print it: name and version, copyright, licence. */
static int
print_version (void)
{
  printf ("patchart %s\n"
          "Copyright (C) 2026 The patchart authors.\n"
          "License MIT: <https://spdx.org/licenses/MIT.html>.\n"
          "This is free software: you are free to change and redistribute it.\n"
          "There is NO WARRANTY, to the extent permitted by law.\n"
          "The bundled Noto Sans CJK fonts are under the SIL Open Font License 1.1.\n",
          patchart_version ());
  return CLI_EX_OK;
}

/* "patchart help [COMMAND]": the command's own --help. */
static int
run_help (int argc, char **argv)
{
  command_fn cmd;
  char *help_argv[] = { NULL, (char *) "--help", NULL };

  if (argc < 2)
    return print_help ();
  cmd = find_command (argv[1]);
  if (cmd == NULL)
    return cli_usage_error (NULL, "unknown command '%s'", argv[1]);
  help_argv[0] = argv[1];
  return cmd (2, help_argv);
}

/* g_print(), which GOption's --help uses, turns what the locale's charset
 * cannot show into "?" (all of the CJK text in the C locale).  patchart
 * writes UTF-8 whatever the locale, as its figures and messages are. */
static void
print_utf8 (const char *text)
{
  fputs (text, stdout);
}

int
main (int argc, char **argv)
{
  command_fn cmd;
  GError *error = NULL;

  /* Glyph forms follow --lang alone, never the environment. */
  g_unsetenv ("PANGO_LANGUAGE");
  g_unsetenv ("LANGUAGE");
  g_set_prgname ("patchart");
  g_set_print_handler (print_utf8);
  /* Past a file size limit, a write fails (and the temporary file is
   * removed) instead of the process being killed half way. */
  signal (SIGXFSZ, SIG_IGN);
  cli_signals_start (); /* before any thread: they inherit the mask */

  if (argc < 2)
    return cli_usage_error (NULL, "no command given");

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    return print_help ();
  if (strcmp (argv[1], "--version") == 0 || strcmp (argv[1], "-V") == 0)
    return print_version ();
  if (strcmp (argv[1], "--generate") == 0 && argc == 3)
    return cli_generate (argv[2]);
  if (strcmp (argv[1], "help") == 0)
    return run_help (argc - 1, argv + 1);
  cmd = find_command (argv[1]);
  if (cmd == NULL)
    return cli_usage_error (NULL, "unknown command '%s'", argv[1]);
  cli_tune_memory (); /* before the fonts load: their tables go into huge pages */
  if (!patchart_fonts_private_only (&error)) {
    int status = cli_fail (error);
    g_error_free (error);
    return status;
  }
  return cmd (argc - 1, argv + 1);
}
