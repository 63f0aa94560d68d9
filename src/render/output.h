/* SPDX-License-Identifier: MIT */
/* output.h — what output.c shares with other writers (the report).  The
 * PDF date and metadata are pdf.h's. */
#ifndef PATCHART_OUTPUT_H
#define PATCHART_OUTPUT_H

#include <glib.h>

/* Writes BYTES to PATH ("-": standard output) as patchart_figure_write()
 * does: atomically, with nothing left behind on failure. */
gboolean patchart_output_write_bytes (const char *path, GBytes *bytes, GError **error);

#endif
