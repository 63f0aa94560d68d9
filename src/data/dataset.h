/* SPDX-License-Identifier: MIT */
/* dataset.h — the numbers a figure shows, built from a table.
 *
 * A series is labels with one value each (bars, ranking); a matrix is row
 * labels x column labels with a value per cell, NAN where a cell is missing
 * (heatmap).  All number parsing and aggregation happen here; a dataset
 * keeps no pointer into its table. */
#ifndef PATCHART_DATASET_H
#define PATCHART_DATASET_H

#include <glib.h>

#include "patchart.h"
#include "util/error.h"

typedef struct patchart_table patchart_table; /* read/table.h */

typedef struct {
  guint n_items;
  char **labels;          /* n_items UTF-8 strings */
  double *values;         /* n_items finite values */
  patchart_place *places; /* n_items: where each label first appears */
  char *value_name;       /* header of the value column, or NULL */
  char *label_name;       /* header of the label column, or NULL */
  gboolean has_others;    /* the last item is the sum of those cut off */
  /* --series: each value split into parts, one per series (stacked or
   * grouped bars); values[i] is then the sum of item i's parts */
  guint n_parts;         /* 0: one value per label */
  char **part_names;     /* n_parts strings, in stacking order */
  double *parts;         /* n_items x n_parts, row-major; 0 where a pair has none */
  gboolean parts_others; /* the last part is the sum of the series folded into it */
} patchart_series;

typedef struct {
  guint n_rows, n_cols;
  char **row_labels;                       /* n_rows strings */
  char **col_labels;                       /* n_cols strings */
  patchart_place *row_places, *col_places; /* where each label first appears */
  double *values;                          /* n_rows * n_cols, row-major; NAN = missing cell */
  gboolean has_others;                     /* the last row is the sum of those cut off */
} patchart_matrix;

/* Labels from LABEL_SPEC (default: column 1) and values from VALUE_SPEC
 * (default: column 2) of every row.  Rows with the same label are summed.
 * Errors: an empty label or a cell that is not a number, named by
 * file:line:column; a table with no rows. */
patchart_series *patchart_series_from_table (const patchart_table *table, const char *label_spec,
                                             const char *value_spec, GError **error);

/* Orders by value (ties by label, so output is stable), then keeps the
 * first TOP items (0 = all). */
void patchart_series_sort (patchart_series *series, patchart_sort sort);
void patchart_series_truncate (patchart_series *series, guint top);

/* Puts the items in the order of their labels when every label is a
 * number (years), else leaves them. */
void patchart_series_sort_numeric_labels (patchart_series *series);

/* Drops the parts that are 0 in every item (series left out by --top). */
void patchart_series_drop_empty_parts (patchart_series *series);

/* Keeps the first KEEP parts and sums the rest into one more part LABEL
 * (when there are more than KEEP + 1). */
void patchart_series_fold_parts (patchart_series *series, guint keep, const char *label);

/* As truncate, but the items from TOP on become one more item LABEL
 * with their sum (placed last whatever the order). */
void patchart_series_truncate_others (patchart_series *series, guint top, const char *label);

/* The order that sorts N LABELS by VALUES (ties by label): a new array
 * of indexes, g_free() it. */
guint *patchart_rank_order (char **labels, const double *values, guint n, patchart_sort sort);

/* A series split into parts from a matrix (taken over and freed): rows
 * become labels, columns parts.  Parts are ordered by total, largest
 * first, unless every column label is a number (years: numeric order);
 * missing cells count 0. */
patchart_series *patchart_series_from_matrix (patchart_matrix *matrix);

/* Part J of item I. */
double patchart_series_part (const patchart_series *series, guint i, guint j);

patchart_series *patchart_series_copy (const patchart_series *series);
void patchart_series_free (patchart_series *series);

/* A matrix from a long table (ROW_SPEC, COLUMN_SPEC, VALUE_SPEC; default
 * columns 1, 2, 3; repeated pairs are summed) or a wide one (first column
 * row labels, header names column labels, empty cells missing).  AUTO
 * picks long for a 3-column table whose first column repeats a label or
 * whose second column is not numeric, wide otherwise.  Columns whose
 * labels are all numbers (years) are put in numeric order. */
patchart_matrix *patchart_matrix_from_table (const patchart_table *table, patchart_shape shape,
                                             const char *row_spec, const char *column_spec,
                                             const char *value_spec, GError **error);

/* The shape SHAPE stands for: AUTO resolved as above. */
patchart_shape patchart_matrix_shape_of (const patchart_table *table, patchart_shape shape,
                                         const char *row_spec, const char *column_spec,
                                         const char *value_spec);

/* A line chart's matrix, series x ordered x values (data/lines.c): a long
 * table as for a heatmap, or a wide one with its series in rows or columns
 * (SERIES_IN; AUTO: in rows when every header name after the first is a
 * number and the first column is not all numbers, else in columns). */
patchart_matrix *patchart_lines_from_table (const patchart_table *table, patchart_shape shape,
                                            patchart_series_layout series_in, const char *row_spec,
                                            const char *column_spec, const char *value_spec,
                                            GError **error);

/* When every column label is a whole number (years), adds a column, of
 * FILL in every row, for each one missing between the first and the last,
 * so that the columns step by one.  Fails when that would be more than
 * MAX_COLUMNS columns (PATCHART_ERROR_DATA). */
gboolean patchart_matrix_fill_steps (patchart_matrix *matrix, double fill, guint max_columns,
                                     const char *input, GError **error);

/* The first column whose label is a number of at least FROM (a year), or
 * n_cols when none is or FROM is 0. */
guint patchart_matrix_first_column_from (const patchart_matrix *matrix, int from);

/* Row R's total, missing cells counted 0. */
double patchart_matrix_row_total (const patchart_matrix *matrix, guint r);

/* Orders rows by their total (missing cells count 0), then keeps TOP rows. */
void patchart_matrix_sort_rows (patchart_matrix *matrix, patchart_sort sort);
void patchart_matrix_truncate_rows (patchart_matrix *matrix, guint top);
void patchart_matrix_truncate_rows_others (patchart_matrix *matrix, guint top, const char *label);

/* Puts columns whose labels are all numbers (years) in numeric order. */
void patchart_matrix_sort_numeric_columns (patchart_matrix *matrix);

/* What a figure's data is made of, for a table read in pieces (data/collect.c).
 * The strings are borrowed. */
typedef struct {
  gboolean matrix; /* a matrix (heatmap, line), else a series */
  gboolean lines;  /* a line chart's matrix (series_in applies) */
  patchart_shape shape;
  patchart_series_layout series_in;
  const char *label_spec, *row_spec, *column_spec, *value_spec;
  /* bars split into series: a long table's label, series (SERIES_SPEC)
   * and value columns, or with no SERIES_SPEC a wide table's columns */
  gboolean parts;
  const char *series_spec;
} patchart_collect_request;

typedef struct patchart_collector patchart_collector;

/* A collector for REQUEST, copied (its strings borrowed until it is freed). */
patchart_collector *patchart_collector_new (const patchart_collect_request *request);

/* The patchart_table_func for patchart_table_stream(), with a collector
 * as its user data: takes the rows of a series or a long matrix and drops
 * them from the table (its errors are the first bad cell's), or leaves
 * them to be kept when the table must be whole. */
gboolean patchart_collector_add (patchart_table *table, gpointer collector, GError **error);

/* When the whole input has been read into TABLE (its header and the rows
 * left in it): sets *SERIES or *MATRIX as patchart_series_from_table(),
 * patchart_matrix_from_table() or patchart_lines_from_table() would for
 * the whole table.  FALSE with an error otherwise. */
gboolean patchart_collector_finish (patchart_collector *collector, const patchart_table *table,
                                    patchart_series **series, patchart_matrix **matrix,
                                    GError **error);
void patchart_collector_free (patchart_collector *collector);

patchart_matrix *patchart_matrix_copy (const patchart_matrix *matrix);
void patchart_matrix_free (patchart_matrix *matrix);

#endif
