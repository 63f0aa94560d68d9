/* SPDX-License-Identifier: MIT */
/* cells.h — typed values out of table cells, for the dataset builders.
 * Every failure is an error naming the cell's file:line:column. */
#ifndef PATCHART_CELLS_H
#define PATCHART_CELLS_H

#include <glib.h>

#include "read/table.h"

/* Column SPEC, or the 0-based DEFAULT_COL when SPEC is NULL. */
gboolean patchart_cells_pick_column (const patchart_table *table, const char *spec,
                                     guint default_col, guint *col, GError **error);

/* The header of COL, or "" without a header. */
const char *patchart_cells_column_name (const patchart_table *table, guint col);

/* FALSE, with an error, when the table has no data rows. */
gboolean patchart_cells_check_rows (const patchart_table *table, GError **error);

/* The number in a cell; an empty cell gives NAN when ALLOW_EMPTY. */
gboolean patchart_cells_number (const patchart_table *table, guint row, guint col,
                                gboolean allow_empty, double *value, GError **error);

/* The trimmed label in a cell, newly allocated; NULL if empty. */
char *patchart_cells_label (const patchart_table *table, guint row, guint col, GError **error);

/* *SUM += VALUE (a NAN sum takes VALUE), refusing an infinite total. */
gboolean patchart_cells_add (double *sum, double value, const patchart_table *table,
                             const patchart_cell *cell, GError **error);

/* The index of KEY in LABELS (indexed by INDEX), adding it if new, with
 * CELL's place appended to PLACES (of patchart_place); KEY is taken over. */
guint patchart_cells_intern (GHashTable *index, GPtrArray *labels, GArray *places, char *key,
                             const patchart_cell *cell);

/* Values above this (in size) are no chart's: they are refused. */
#define PATCHART_MAX_VALUE 1e15

/* LABELS as a NULL-terminated vector; the array is freed. */
char **patchart_cells_take_strv (GPtrArray *labels);

#endif
