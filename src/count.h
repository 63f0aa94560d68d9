/* count.h — raw records counted, one row at a time, into a series (how
 * many records have each label) or a matrix (how many have each row x
 * column pair).  Nothing of a row is kept after its callback: memory
 * grows with the number of distinct values, not with rows. */
#ifndef PATCHART_COUNT_H
#define PATCHART_COUNT_H

#include <glib.h>

#include "csvread.h"
#include "dataset.h"
#include "patchart.h"

typedef struct patchart_counter patchart_counter;

/* A counter for the options O (kind, columns, split, ipc, alias, where,
 * years, skip_invalid), borrowed until it is freed; NAME names the input
 * in messages.  Reads the alias file; NULL with an error if it cannot. */
patchart_counter *patchart_counter_new (const char *name, const patchart_figure_options *o,
                                        GError **error);
void patchart_counter_free (patchart_counter *counter);

/* The patchart_csv_row_func that counts a row (COUNTER is the user data).
 * The first row is the header, unless no_header; a first row that starts
 * "search URL:" (a Google Patents export) comes before the header and is
 * passed over. */
gboolean patchart_counter_add_row (const patchart_csv_row *row, gpointer counter,
                                   GError **error);

/* The counts so far, for bars/ranking and for heatmaps.  Errors: no
 * record was counted (PATCHART_ERROR_DATA). */
patchart_series *patchart_counter_series (const patchart_counter *counter, GError **error);
patchart_matrix *patchart_counter_matrix (const patchart_counter *counter, GError **error);

/* Values skipped as invalid, and a line saying so; NULL when none. */
guint patchart_counter_n_skipped (const patchart_counter *counter);
char *patchart_counter_warning (const patchart_counter *counter);

#endif
