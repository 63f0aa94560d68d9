/* SPDX-License-Identifier: MIT */
/* target.h — what an output path names: a file to replace atomically (a
 * link is followed to it), a device or FIFO to write into, or an open
 * descriptor (/dev/stdout, /dev/fd/N); and the hold that lets a program
 * ending on a signal wait for the atomic writes in progress. */
#ifndef PATCHART_TARGET_H
#define PATCHART_TARGET_H

#include <glib.h>

typedef struct {
  char *path;       /* the file the links end at; NULL for a descriptor */
  int fd;           /* an open descriptor to write into, or -1 */
  gboolean special; /* PATH is a device, FIFO or socket: write into it */
} patchart_output_target;

/* Finds what PATH ("-": standard output) names, following its links.  A
 * folder is an output error.  Clear TARGET with
 * patchart_output_target_clear(). */
gboolean patchart_output_target_find (const char *path, patchart_output_target *target,
                                      GError **error);
void patchart_output_target_clear (patchart_output_target *target);

/* Around each atomic write (temporary file to rename): while one is held,
 * patchart_write_freeze() waits; after it, a hold waits for ever. */
void patchart_output_hold (void);
void patchart_output_release (void);

#endif
