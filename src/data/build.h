/* SPDX-License-Identifier: MIT */
/* build.h — series and long matrices built a part of a table at a time,
 * so that a table read in pieces need not be kept whole.  Rows given to
 * the builders in order give what the whole table gives, errors included:
 * the first cell that is wrong, at its file:line:column. */
#ifndef PATCHART_BUILD_H
#define PATCHART_BUILD_H

#include <glib.h>

#include "data/dataset.h"
#include "read/table.h"

typedef struct patchart_series_builder patchart_series_builder;
typedef struct patchart_long_builder patchart_long_builder;

/* A series of LABEL_SPEC's labels and VALUE_SPEC's values (as in
 * patchart_series_from_table()), the columns found in TABLE's header.
 * NULL with an error if a column is not there. */
patchart_series_builder *patchart_series_builder_new (const patchart_table *table,
                                                      const char *label_spec,
                                                      const char *value_spec, GError **error);

/* Adds the data rows TABLE holds; rows with the same label are summed. */
gboolean patchart_series_builder_add (patchart_series_builder *builder, const patchart_table *table,
                                      GError **error);

/* The series, with TABLE's header names; frees BUILDER. */
patchart_series *patchart_series_builder_finish (patchart_series_builder *builder,
                                                 const patchart_table *table);

void patchart_series_builder_free (patchart_series_builder *builder);

/* As above for a heatmap's long table: rows, columns and values from the
 * specs (default columns 1, 2, 3); repeated pairs are summed. */
patchart_long_builder *patchart_long_builder_new (const patchart_table *table, const char *row_spec,
                                                  const char *column_spec, const char *value_spec,
                                                  GError **error);
/* As above, from the 0-based columns found already. */
patchart_long_builder *patchart_long_builder_new_at (guint row_col, guint col_col, guint value_col);

gboolean patchart_long_builder_add (patchart_long_builder *builder, const patchart_table *table,
                                    GError **error);

/* The matrix (columns in the order they came), or NULL with an error:
 * too many cells, or a total too large; frees BUILDER. */
patchart_matrix *patchart_long_builder_finish (patchart_long_builder *builder,
                                               const patchart_table *table, GError **error);
void patchart_long_builder_free (patchart_long_builder *builder);

#endif
