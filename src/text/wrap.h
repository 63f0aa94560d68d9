/* SPDX-License-Identifier: MIT */
/* wrap.h — where the lines of a label end: as few lines as fit the
 * width, balanced in length, at the best break points; an ellipsis only
 * when the lines run out, at a break point too.  Pure arithmetic on
 * measured advances (text.c measures). */
#ifndef PATCHART_WRAP_H
#define PATCHART_WRAP_H

#include "text/breaks.h"

/* One character of the text to wrap. */
typedef struct {
  double advance;        /* its width (0 inside a cluster) */
  patchart_break before; /* whether a line may start here */
  gboolean space;        /* dropped where a line ends */
  gboolean cursor;       /* the text may be cut before it (a cluster start) */
} patchart_wrap_char;

typedef struct {
  glong n_lines;
  glong *starts, *ends; /* character ranges, trailing spaces left out */
  gboolean ellipsized;  /* the last line is followed by an ellipsis */
  gboolean cut;         /* ... placed inside a word: nothing else fitted */
} patchart_wrap;

/* Plans the lines of the N characters of CHARS no wider than MAX_WIDTH,
 * at most MAX_LINES of them (0: as many as needed), with an ellipsis
 * ELLIPSIS wide where they run out.  Clear WRAP with
 * patchart_wrap_clear(). */
void patchart_wrap_plan (const patchart_wrap_char *chars, glong n, double max_width, int max_lines,
                         double ellipsis, patchart_wrap *wrap);
void patchart_wrap_clear (patchart_wrap *wrap);

#endif
