/* SPDX-License-Identifier: MIT */
/* fontstart.c — font start-up of one process: the time patchart takes to
 * load its bundled fonts into a private fontconfig configuration
 * (patchart_fonts_private_only(), what the command does first).  Prints
 * milliseconds; bench/run.sh runs it in many fresh processes and reports
 * the median.  Public API only. */
#include <patchart.h>
#include <stdio.h>

int
main (void)
{
  GError *error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!patchart_fonts_private_only (&error)) {
    fprintf (stderr, "fontstart: %s\n", error->message);
    g_error_free (error);
    return 1;
  }
  printf ("%.3f\n", (double) (g_get_monotonic_time () - start) / 1000.0);
  return 0;
}
