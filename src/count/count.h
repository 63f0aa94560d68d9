/* SPDX-License-Identifier: MIT */
/* count.h — raw records counted, one row at a time, into tallies: how
 * many records have each label (bars, ranking) or each row x column pair
 * (heatmap).  Nothing of a row is kept after its callback: memory grows
 * with the number of distinct values, not with rows.
 *
 * A counter holds what the options and the header decide (columns, key
 * rules, filters, aliases).  Its first tally reads the header; once the
 * counter is ready, more tallies can count other parts of the file on
 * other threads, one thread per tally.  Merging adds them all into the
 * first, and the result does not depend on which tally counted what. */
#ifndef PATCHART_COUNT_H
#define PATCHART_COUNT_H

#include <glib.h>

#include "count/alias.h"
#include "read/csvread.h"
#include "data/dataset.h"
#include "count/filter.h"
#include "count/keys.h"
#include "count/unique.h"
#include "patchart.h"
#include "read/table.h"

typedef struct patchart_counter patchart_counter;

typedef struct {
  patchart_counter *counter;
  patchart_keys *keys[2]; /* labels; or rows and columns */
  patchart_filter *filter;
  GArray *counts;          /* series: guint per label */
  GPtrArray *cells;        /* matrix: a GArray of guint per row label */
  GArray *indexes[2];      /* the current record's labels */
  patchart_unique *seen;   /* --unique: (labels, id) counted, else NULL */
  guint n_records, n_kept; /* data records read, and kept by the filters */
  patchart_skips skips;
} patchart_tally;

struct patchart_counter {
  char *name;
  const patchart_figure_options *o;
  patchart_alias *alias;
  gboolean ready; /* the header (or first row) has been read */
  guint n_columns;
  patchart_table *header; /* the header row alone */
  guint n_keys;           /* 1 (series) or 2 (matrix) */
  patchart_key_rule rules[2];
  char *names[2];  /* the counted columns' names */
  gint date_col;   /* a year: column, or -1 */
  gint unique_col; /* --unique's column, or -1 */
  GPtrArray *tallies;
};

/* A counter for the options O (columns, split, ipc, alias, where, years,
 * skip_invalid), borrowed until it is freed; NAME names the input in
 * messages.  MATRIX counts pairs of keys (rows and columns), else one key
 * (labels).  Reads the alias file; NULL with an error if it cannot. */
patchart_counter *patchart_counter_new (const char *name, const patchart_figure_options *o,
                                        gboolean matrix, GError **error);
void patchart_counter_free (patchart_counter *counter);

/* The first tally: give it the file's first rows. */
patchart_tally *patchart_counter_first (patchart_counter *counter);

/* One more tally, for another thread; the counter must be ready. */
patchart_tally *patchart_counter_add_tally (patchart_counter *counter);

/* The patchart_csv_row_func that counts a row into a tally (the user
 * data).  The first row is the header, unless no_header; a first row that
 * starts "search URL:" (a Google Patents export) comes before the header
 * and is passed over. */
gboolean patchart_tally_add_row (const patchart_csv_row *row, gpointer tally, GError **error);

/* Adds every other tally into the first and frees them. */
void patchart_counter_merge (patchart_counter *counter);

/* From the merged counts: the series (bars, ranking) or the matrix
 * (heatmap).  Error: no record was counted (PATCHART_ERROR_DATA). */
patchart_series *patchart_counter_series (const patchart_counter *counter, GError **error);
patchart_matrix *patchart_counter_matrix (const patchart_counter *counter, GError **error);

/* Values skipped as invalid, and a new line saying so, or NULL. */
guint patchart_counter_n_skipped (const patchart_counter *counter);
char *patchart_counter_warning (const patchart_counter *counter);

#endif
