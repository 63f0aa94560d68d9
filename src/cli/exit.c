/* SPDX-License-Identifier: MIT */
/* exit.c — error messages and exit codes (sysexits.h values). */
#include <stdio.h>

#include "cli.h"

int
cli_fail (const GError *error)
{
  static const int codes[] = {
    [PATCHART_ERROR_USAGE] = CLI_EX_USAGE,      [PATCHART_ERROR_DATA] = CLI_EX_DATAERR,
    [PATCHART_ERROR_INPUT] = CLI_EX_NOINPUT,    [PATCHART_ERROR_FONT] = CLI_EX_OSFILE,
    [PATCHART_ERROR_OUTPUT] = CLI_EX_CANTCREAT, [PATCHART_ERROR_INTERNAL] = CLI_EX_SOFTWARE,
  };

  fprintf (stderr, "patchart: %s\n", error->message);
  if (error->domain == PATCHART_ERROR && error->code >= 0 &&
      (gsize) error->code < G_N_ELEMENTS (codes))
    return codes[error->code];
  return CLI_EX_SOFTWARE;
}

int
cli_usage_error (const char *command, const char *format, ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "patchart: %s\nTry 'patchart %s%s--help' for more information.\n", text,
           command ? command : "", command ? " " : "");
  g_free (text);
  return CLI_EX_USAGE;
}
