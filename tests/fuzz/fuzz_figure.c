/* SPDX-License-Identifier: MIT */
/* fuzz_figure.c — the dataset builder: CSV bytes to a figure's series or
 * matrix (selecting columns, parsing numbers, summing, long/wide
 * detection, sorting, cutting to top N), as patchart_figure_new_from_data()
 * does it, and the figure's description.
 *
 * The first four bytes choose the options, as cmark's fuzzer does:
 *   0: kind (bits 0-1), shape (bits 2-3), no header (bit 4), sort (bits 5-6)
 *   1: top N (0-15), delimiter (bits 4-5), encoding (bits 6-7)
 *   2: label or row column, 3: value or column column (0 = default,
 *      else "1".."3" or a header name). */
#include <math.h>
#include <string.h>

#include "figure/figure.h"
#include "fuzz.h"

static const char *
column_spec (uint8_t byte)
{
  static const char *const specs[] = { NULL, "1", "2", "3", "a", "value", " 2 ", "0" };
  return specs[byte & 7];
}

static void
choose_options (const uint8_t *b, patchart_figure_options *o)
{
  static const char delimiters[] = { ',', ';', '\t', ',' };
  static const char *const encodings[] = { NULL, NULL, "GB18030", "CP932" };

  patchart_figure_options_init (o, (patchart_kind) ((b[0] & 3) % PATCHART_N_KINDS));
  o->shape = (patchart_shape) (((b[0] >> 2) & 3) % 3);
  o->no_header = (b[0] >> 4) & 1;
  o->sort = (patchart_sort) (((b[0] >> 5) & 3) % 3);
  o->top = b[1] & 15;
  o->delimiter = delimiters[(b[1] >> 4) & 3];
  o->encoding = encodings[(b[1] >> 6) & 3];
  if (o->kind == PATCHART_KIND_HEATMAP || o->kind == PATCHART_KIND_LINE) {
    o->row_column = column_spec (b[2]);
    o->column_column = column_spec (b[3]);
    o->value_column = column_spec (b[3] >> 3);
  } else {
    o->label_column = column_spec (b[2]);
    o->value_column = column_spec (b[3]);
  }
}

/* What a built figure promises the drawing code. */
static void
check_figure (const patchart_figure *f)
{
  char *description;

  if (f->series != NULL) {
    for (guint i = 0; i < f->series->n_items; i++) {
      g_assert (g_utf8_validate (f->series->labels[i], -1, NULL));
      g_assert (*f->series->labels[i] != '\0');
      g_assert (isfinite (f->series->values[i]));
    }
  }
  if (f->matrix != NULL) {
    g_assert (f->matrix->n_rows >= 1 && f->matrix->n_cols >= 1);
    for (gsize i = 0; i < (gsize) f->matrix->n_rows * f->matrix->n_cols; i++)
      g_assert (!isinf (f->matrix->values[i]));
  }
  g_assert (f->lang != NULL);
  description = patchart_figure_describe (f);
  g_assert (g_utf8_validate (description, -1, NULL) && *description != '\0');
  g_free (description);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  patchart_figure_options options;
  patchart_figure *figure;
  GError *error = NULL;

  if (size < 4)
    return 0;
  choose_options (data, &options);
  figure = patchart_figure_new_from_data ("fuzz.csv", (const char *) data + 4, size - 4, &options,
                                          &error);
  g_assert ((figure == NULL) != (error == NULL));
  if (figure != NULL)
    check_figure (figure);
  else
    g_assert (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
  patchart_figure_free (figure);
  return 0;
}
