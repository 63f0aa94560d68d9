/* SPDX-License-Identifier: MIT */
/* The public header compiles on its own, warning-free and pedantic. */
#include <patchart.h>

int
main (void)
{
  patchart_figure_options options;

  patchart_figure_options_init (&options, PATCHART_KIND_BARS);
  return options.width == 800 ? 0 : 1;
}
