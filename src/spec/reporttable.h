/* SPDX-License-Identifier: MIT */
/* reporttable.h — a figure's data as a table on report pages
 * (patchart report --tables). */
#ifndef PATCHART_REPORTTABLE_H
#define PATCHART_REPORTTABLE_H

#include "chart/layout.h"
#include "figure/lang.h"

/* Where tables go: the text column of a page and how to get the next. */
typedef struct {
  patchart_text *text;         /* measures the cells */
  const patchart_words *words; /* the report's: a missing cell's word */
  double left, width;          /* the text column, points */
  double top, bottom;          /* the room on a page, points */
  /* A new page with its running head, or NULL with an error. */
  patchart_layout *(*new_page) (gpointer data, GError **error);
  gpointer data;
} patchart_table_pages;

/* FIGURE's data, from the top of a new page: CAPTION, a header row, then
 * one row per label (bars, ranking: label and value) or per row label
 * (heatmap: a column per column label; columns that do not fit the width
 * go on in a further table, row labels repeated).  Rows go on to new
 * pages as needed.  Tagged as Table, Caption, TR, TH (the header row and
 * the label column) and TD in the PDF. */
gboolean patchart_report_table (const patchart_figure *figure, const char *caption,
                                const patchart_table_pages *pages, GError **error);

#endif
