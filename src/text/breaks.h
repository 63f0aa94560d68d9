/* SPDX-License-Identifier: MIT */
/* breaks.h — where a label may go on to a new line, and how good a place
 * that is.
 *
 * The base is UAX #14 as pango computes it for the text's language; on
 * top of it go rules a typesetter of East Asian text would apply: no break
 * inside a katakana word, kinsoku (no line starts with a small kana, a
 * prolonged sound mark, a closing bracket or 、。; none ends with an
 * opening bracket), Korean only at spaces, and breaks graded so a line
 * rather ends at a phrase boundary (after a space or a particle, where the
 * script changes, around a company form) than between two characters of
 * one word. */
#ifndef PATCHART_BREAKS_H
#define PATCHART_BREAKS_H

#include <glib.h>

typedef enum {
  PATCHART_BREAK_NO,   /* a line may not start here */
  PATCHART_BREAK_POOR, /* allowed, but likely inside a word */
  PATCHART_BREAK_FAIR, /* allowed; nothing known for or against */
  PATCHART_BREAK_GOOD, /* a phrase boundary */
  PATCHART_BREAK_MUST  /* after a newline in the text */
} patchart_break;

/* For each position 0..N of STRING's N characters, whether a line may
 * start before the character there (position N: never).  Sets *N_CHARS
 * to N.  LANG ("ja", "zh-CN", ...) picks pango's tailoring.  Free with
 * g_free(). */
patchart_break *patchart_breaks_find (const char *string, const char *lang, glong *n_chars);

#endif
