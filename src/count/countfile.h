/* SPDX-License-Identifier: MIT */
/* countfile.h — a whole input counted, its pieces shared between threads. */
#ifndef PATCHART_COUNTFILE_H
#define PATCHART_COUNTFILE_H

#include <glib.h>

#include "count/count.h"

/* Counts every row of PATH ("-": standard input), or of LENGTH bytes of
 * DATA when PATH is NULL, into COUNTER, and merges the tallies.  The
 * first rows are read on this thread until the header is known; the rest
 * is read a piece at a time and counted on up to one thread per processor
 * (at most 4), with a few pieces in memory at once; an input in the
 * options' --encoding is converted to UTF-8 a block at a time.  The error is the one
 * the rows would give read in order, one thread alone. */
gboolean patchart_count_input (patchart_counter *counter, const char *path, const char *data,
                               gsize length, GError **error);

#endif
