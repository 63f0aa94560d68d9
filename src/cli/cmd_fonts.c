/* SPDX-License-Identifier: MIT */
/* cmd_fonts.c — "patchart fonts [--lang L] [TEXT]". */
#include <stdio.h>

#include "cli.h"

static GOptionEntry *
fonts_entries (char **lang)
{
  GOptionEntry entries[] = {
    { "lang", 0, 0, G_OPTION_ARG_FILENAME, lang, "Language: zh-CN, zh-TW, ja, ko, en", "L" },
    { NULL },
  };

  return g_memdup2 (entries, sizeof entries);
}

GOptionEntry *
cli_fonts_options (void)
{
  static char *unused;

  return fonts_entries (&unused);
}

int
cmd_fonts (int argc, char **argv)
{
  char *lang = NULL;
  GOptionEntry *entries = fonts_entries (&lang);
  GOptionContext *context = g_option_context_new ("[TEXT] - list the bundled fonts");
  GError *error = NULL;
  char *report = NULL;
  guint n_missing = 0;
  int status = CLI_EX_OK;

  g_set_prgname ("patchart fonts");
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_description (
      context, "Prints the font files patchart draws with and, for TEXT, every character they\n"
               "cannot draw.  Exit status 65 when a character is missing.");
  if (!g_option_context_parse (context, &argc, &argv, &error)) {
    status = cli_usage_error ("fonts", "%s", error->message);
    goto out;
  }
  if (argc > 2) {
    status = cli_usage_error ("fonts", "expected at most one TEXT argument");
    goto out;
  }
  report = patchart_fonts_describe (lang, argc == 2 ? argv[1] : NULL, &n_missing, &error);
  if (report == NULL) {
    status = cli_fail (error);
    goto out;
  }
  fputs (report, stdout);
  if (n_missing > 0)
    status = CLI_EX_DATAERR;
out:
  g_clear_error (&error);
  g_option_context_free (context);
  g_free (entries);
  g_free (report);
  g_free (lang);
  return status;
}
