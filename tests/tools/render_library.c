/* SPDX-License-Identifier: MIT */
/* render_library.c — render_library KIND CSV OUTPUT TITLE: draws a figure
 * through libpatchart linked against the shared system libraries, as a C
 * program would, so a test can hold the patchart command (linked
 * statically, cmake/StaticCli.cmake) to the same bytes. */
#include <stdio.h>
#include <string.h>

#include <patchart.h>

int
main (int argc, char **argv)
{
  static const char *const kinds[] = { "bars", "ranking", "heatmap" };
  static const patchart_kind kind_values[] = { PATCHART_KIND_BARS, PATCHART_KIND_RANKING,
                                               PATCHART_KIND_HEATMAP };
  patchart_figure_options options;
  patchart_figure *figure;
  patchart_format format;
  GError *error = NULL;
  int kind = -1;

  if (argc != 5) {
    fprintf (stderr, "usage: render_library KIND CSV OUTPUT TITLE\n");
    return 64;
  }
  for (int i = 0; i < 3; i++)
    if (strcmp (argv[1], kinds[i]) == 0)
      kind = i;
  if (kind < 0 || !patchart_format_from_name (argv[3], &format)) {
    fprintf (stderr, "render_library: unknown kind or format\n");
    return 64;
  }
  patchart_figure_options_init (&options, kind_values[kind]);
  options.title = argv[4];
  figure = patchart_figure_new_from_file (argv[2], &options, &error);
  if (figure == NULL || !patchart_figure_write (figure, argv[3], format, &error)) {
    fprintf (stderr, "render_library: %s\n", error->message);
    return 1;
  }
  patchart_figure_free (figure);
  return 0;
}
