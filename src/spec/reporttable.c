/* SPDX-License-Identifier: MIT */
/* reporttable.c — a figure's data as a table: the cells as strings, their
 * text measured, the columns cut into tables as wide as the text column,
 * and the rows laid onto pages, each cell a tagged text item. */
#include <math.h>

#include "spec/reporttable.h"
#include "util/number.h"

#define CELL_SIZE 9.0   /* points */
#define CELL_PAD 3.0    /* around a cell's text */
#define LABEL_SHARE 0.4 /* of the width, at most, for the label column */
#define TABLE_GAP 18.0  /* under a table */

static const patchart_rgb ink = { 0.1, 0.1, 0.1 };
static const patchart_rgb rule_grey = { 0.6, 0.6, 0.6 };

/* The table as strings: the header row first, the label column first. */
typedef struct {
  guint n_rows, n_cols;
  char **cells; /* n_rows * n_cols, row-major */
} grid;

static char **
cell_at (grid *g, guint row, guint col)
{
  return &g->cells[row * g->n_cols + col];
}

static void
grid_init (grid *g, guint n_rows, guint n_cols)
{
  g->n_rows = n_rows;
  g->n_cols = n_cols;
  g->cells = g_new0 (char *, (gsize) n_rows *n_cols);
}

static void
grid_clear (grid *g)
{
  for (gsize i = 0; i < (gsize) g->n_rows * g->n_cols; i++)
    g_free (g->cells[i]);
  g_free (g->cells);
}

/* Labels and values; bars split into series get a column per series
 * before the total. */
static void
grid_of_series (grid *g, const patchart_series *s, const char *total)
{
  int decimals = patchart_number_decimals_for (s->values, s->n_items);
  guint n = s->n_parts;

  grid_init (g, s->n_items + 1, n + 2);
  *cell_at (g, 0, 0) = g_strdup (s->label_name ? s->label_name : "");
  for (guint j = 0; j < n; j++)
    *cell_at (g, 0, j + 1) = g_strdup (s->part_names[j]);
  *cell_at (g, 0, n + 1) = g_strdup (n > 0 ? total : s->value_name ? s->value_name : "");
  for (guint i = 0; i < s->n_items; i++) {
    *cell_at (g, i + 1, 0) = g_strdup (s->labels[i]);
    for (guint j = 0; j < n; j++)
      *cell_at (g, i + 1, j + 1) =
          patchart_number_format (patchart_series_part (s, i, j), decimals);
    *cell_at (g, i + 1, n + 1) = patchart_number_format (s->values[i], decimals);
  }
}

static void
grid_of_matrix (grid *g, const patchart_matrix *m, const char *no_data)
{
  guint n = m->n_rows * m->n_cols;
  int decimals = patchart_number_decimals_for (m->values, n);

  grid_init (g, m->n_rows + 1, m->n_cols + 1);
  *cell_at (g, 0, 0) = g_strdup ("");
  for (guint c = 0; c < m->n_cols; c++)
    *cell_at (g, 0, c + 1) = g_strdup (m->col_labels[c]);
  for (guint r = 0; r < m->n_rows; r++) {
    *cell_at (g, r + 1, 0) = g_strdup (m->row_labels[r]);
    for (guint c = 0; c < m->n_cols; c++) {
      double v = m->values[r * m->n_cols + c];
      *cell_at (g, r + 1, c + 1) =
          isnan (v) ? g_strdup (no_data) : patchart_number_format (v, decimals);
    }
  }
}

/* Measures the cell at ROW, COL: the header row bold, the label column
 * wrapped to its share of the width and left-aligned, numbers right. */
static patchart_text_block *
measure_cell (grid *g, const patchart_table_pages *pages, guint row, guint col, GError **error)
{
  patchart_text_style style = { CELL_SIZE, row == 0, 0, 0, PATCHART_ALIGN_RIGHT };

  if (col == 0) {
    style.max_width = pages->width * LABEL_SHARE - 2 * CELL_PAD;
    style.align = PATCHART_ALIGN_LEFT;
  }
  return patchart_text_block_new (pages->text, *cell_at (g, row, col), &style, error);
}

/* Where the table is being laid: the page, and the top of the next row. */
typedef struct {
  const patchart_table_pages *pages;
  patchart_layout *page;
  double y;
} cursor;

static gboolean
next_page (cursor *at, GError **error)
{
  at->page = at->pages->new_page (at->pages->data, error);
  at->y = at->pages->top;
  return at->page != NULL;
}

/* The cells of ROW in the columns 0, FIRST .. LAST - 1, in order. */
#define FOR_CELLS(c, first, last) for (guint c = 0; c < (last); c = c == 0 ? (first) : c + 1)

/* The label cell and cells FIRST to LAST - 1 of row ROW as one TR.  A
 * cell already placed (a label cell, in a further table) is measured
 * again. */
static gboolean
lay_row (cursor *at, grid *g, patchart_text_block **blocks, const double *widths, guint row,
         guint first, guint last, GError **error)
{
  patchart_text_block **cells = &blocks[row * g->n_cols];
  double height = 0, x = at->pages->left;

  FOR_CELLS (c, first, last)
  {
    if (cells[c] == NULL && (cells[c] = measure_cell (g, at->pages, row, c, error)) == NULL)
      return FALSE;
    height = MAX (height, patchart_text_block_height (cells[c]) + 2 * CELL_PAD);
  }
  if (at->y + height > at->pages->bottom && !next_page (at, error))
    return FALSE;
  patchart_layout_begin (at->page, "TR");
  FOR_CELLS (c, first, last)
  {
    double room = widths[c] - 2 * CELL_PAD - patchart_text_block_width (cells[c]);

    patchart_layout_text (at->page, cells[c], x + CELL_PAD + (c == 0 ? 0 : room), at->y + CELL_PAD,
                          ink);
    patchart_layout_set_tag (at->page, row == 0 || c == 0 ? "TH" : "TD");
    cells[c] = NULL; /* the page's now */
    x += widths[c];
  }
  patchart_layout_end (at->page, "TR");
  if (row == 0)
    patchart_layout_rule (at->page, at->pages->left, at->y + height, x, at->y + height, 0.5,
                          rule_grey);
  at->y += height;
  return TRUE;
}

/* The columns FIRST to LAST - 1, with the label column, as one Table. */
static gboolean
lay_table (cursor *at, grid *g, patchart_text_block **blocks, const double *widths,
           const char *caption, guint first, guint last, GError **error)
{
  patchart_text_style style = { CELL_SIZE + 1, TRUE, at->pages->width, 0, PATCHART_ALIGN_LEFT };
  patchart_text_block *title = patchart_text_block_new (at->pages->text, caption, &style, error);
  gboolean ok = title != NULL;

  if (!ok)
    return FALSE;
  if (at->y + 3 * patchart_text_block_height (title) > at->pages->bottom && at->y > at->pages->top)
    ok = next_page (at, error);
  if (!ok) {
    patchart_text_block_free (title);
    return FALSE;
  }
  patchart_layout_begin (at->page, "Table");
  patchart_layout_text (at->page, title, at->pages->left, at->y, ink);
  patchart_layout_set_tag (at->page, "Caption");
  at->y += patchart_text_block_height (title) + CELL_PAD;
  for (guint row = 0; ok && row < g->n_rows; row++)
    ok = lay_row (at, g, blocks, widths, row, first, last, error);
  patchart_layout_end (at->page, "Table");
  at->y += TABLE_GAP;
  return ok;
}

/* Measures every cell; sets each column's width. */
static patchart_text_block **
measure_all (grid *g, const patchart_table_pages *pages, double *widths, GError **error)
{
  patchart_text_block **blocks = g_new0 (patchart_text_block *, (gsize) g->n_rows * g->n_cols);

  for (guint r = 0; r < g->n_rows; r++)
    for (guint c = 0; c < g->n_cols; c++) {
      patchart_text_block *b = measure_cell (g, pages, r, c, error);
      if (b == NULL) {
        patchart_blocks_free (blocks, g->n_rows * g->n_cols);
        return NULL;
      }
      blocks[r * g->n_cols + c] = b;
      widths[c] = MAX (widths[c], patchart_text_block_width (b) + 2 * CELL_PAD);
    }
  return blocks;
}

/* The first column after FIRST that does not fit beside the label column
 * (at least one more than FIRST). */
static guint
columns_that_fit (const grid *g, const double *widths, double width, guint first)
{
  double used = widths[0] + widths[first];
  guint last = first + 1;

  while (last < g->n_cols && used + widths[last] <= width)
    used += widths[last++];
  return last;
}

gboolean
patchart_report_table (const patchart_figure *figure, const char *caption,
                       const patchart_table_pages *pages, GError **error)
{
  grid g = { 0 };
  cursor at = { pages, NULL, 0 };
  patchart_text_block **blocks = NULL;
  double *widths = NULL;
  gboolean ok = FALSE;

  if (figure->series != NULL)
    grid_of_series (&g, figure->series, pages->words->total);
  else
    grid_of_matrix (&g, figure->matrix, pages->words->no_data);
  widths = g_new0 (double, g.n_cols);
  blocks = measure_all (&g, pages, widths, error);
  ok = blocks != NULL && next_page (&at, error);
  for (guint first = 1; ok && first < g.n_cols;) {
    guint last = columns_that_fit (&g, widths, pages->width, first);
    ok = lay_table (&at, &g, blocks, widths, caption, first, last, error);
    first = last;
  }
  if (blocks != NULL)
    patchart_blocks_free (blocks, g.n_rows * g.n_cols);
  g_free (widths);
  grid_clear (&g);
  return ok;
}
