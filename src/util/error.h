/* SPDX-License-Identifier: MIT */
/* error.h — set a PATCHART_ERROR at a place in a file. */
#ifndef PATCHART_ERROR_H
#define PATCHART_ERROR_H

#include <glib.h>

#include "patchart.h"

/* Where something came from in an input: 1-based line and column. */
typedef struct {
  guint line, column;
} patchart_place;

/* Sets *ERROR (if ERROR is not NULL and *ERROR is unset) to CODE with the
 * message "FILE:LINE:COLUMN: text".  LINE or COLUMN 0 leaves that part out;
 * a NULL FILE leaves the whole place out. */
void patchart_set_error_at (GError **error, int code, const char *file, guint line, guint column,
                            const char *format, ...) G_GNUC_PRINTF (6, 7);

/* TEXT from the input as a message quotes it: at most
 * PATCHART_EXCERPT_CHARS characters (then "…"), line ends and other control
 * characters written as \n, \r, \t, \xHH, so that a message stays one
 * short line.  Returns a new string. */
#define PATCHART_EXCERPT_CHARS 60
char *patchart_excerpt (const char *text);

#endif
