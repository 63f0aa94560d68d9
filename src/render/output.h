/* output.h — what output.c shares with other writers (the report). */
#ifndef PATCHART_OUTPUT_H
#define PATCHART_OUTPUT_H

#include <glib.h>

/* The date PDF files carry, "YYYY-MM-DDTHH:MM:SSZ": SOURCE_DATE_EPOCH,
 * else 1970-01-01.  Returns a new string. */
char *patchart_output_pdf_date (void);

/* Writes BYTES to PATH ("-": standard output) as patchart_figure_write()
 * does: atomically, with nothing left behind on failure. */
gboolean patchart_output_write_bytes (const char *path, GBytes *bytes, GError **error);

#endif
