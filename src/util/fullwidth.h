/* SPDX-License-Identifier: MIT */
/* fullwidth.h — the full-width forms of ASCII ("３０１２４", "－", "，")
 * that Japanese and Chinese spreadsheets write, as ASCII.  Pure. */
#ifndef PATCHART_FULLWIDTH_H
#define PATCHART_FULLWIDTH_H

#include <glib.h>

/* The ASCII character that C's NFKC form is, when C is a full-width form
 * of ASCII (U+FF01 to U+FF5E) or the ideographic space (U+3000, a ' ');
 * else 0.  Nothing else is folded: NFKC would also make "²" a "2". */
char patchart_fullwidth_ascii (gunichar c);

#endif
