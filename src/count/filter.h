/* SPDX-License-Identifier: MIT */
/* filter.h — which raw records a count keeps: --where COLUMN=VALUE
 * (values of one column: any may match; different columns: all must) and
 * --from-year/--to-year on a date column. */
#ifndef PATCHART_FILTER_H
#define PATCHART_FILTER_H

#include <glib.h>

#include "read/csvread.h"
#include "count/keys.h"
#include "patchart.h"
#include "read/table.h"

typedef struct patchart_filter patchart_filter;

/* The filters of O, with columns found in HEADER (a table of the header
 * row alone); DATE_COL is the column of a year: key, or -1.  Errors: a
 * column that does not exist (PATCHART_ERROR_USAGE). */
patchart_filter *patchart_filter_new (const patchart_table *header,
                                      const patchart_figure_options *o, gint date_col,
                                      GError **error);

/* Sets *KEEP for ROW.  Invalid dates are errors or SKIPS, as for keys; a
 * record with no date is not kept by a year range. */
gboolean patchart_filter_keep (patchart_filter *filter, const patchart_csv_row *row, gboolean *keep,
                               patchart_skips *skips, GError **error);

void patchart_filter_free (patchart_filter *filter);

#endif
