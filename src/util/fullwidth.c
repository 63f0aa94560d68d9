/* SPDX-License-Identifier: MIT */
/* fullwidth.c — full-width forms as ASCII, through their NFKC form. */
#include "util/fullwidth.h"

char
patchart_fullwidth_ascii (gunichar c)
{
  char utf8[8], *nfkc;
  char ascii = 0;

  if (c != 0x3000 && (c < 0xFF01 || c > 0xFF5E))
    return 0;
  utf8[g_unichar_to_utf8 (c, utf8)] = '\0';
  nfkc = g_utf8_normalize (utf8, -1, G_NORMALIZE_NFKC);
  if (nfkc != NULL && nfkc[0] > 0 && nfkc[1] == '\0')
    ascii = nfkc[0];
  g_free (nfkc);
  return ascii;
}
