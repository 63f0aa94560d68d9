/* SPDX-License-Identifier: MIT */
/* report_page.c — a report generator that owns its PDF page and asks
 * patchart to draw two figures into boxes on it.
 *
 * Usage: report_page COUNTRIES.csv APPLICANTS.csv OUT.pdf */
#include <cairo-pdf.h>
#include <stdio.h>

#include <patchart.h>

#define A4_WIDTH_PT 595.28
#define A4_HEIGHT_PT 841.89
#define MARGIN_PT 56.0

static patchart_figure *
load (const char *path, patchart_kind kind, const char *title, GError **error)
{
  patchart_figure_options options;

  patchart_figure_options_init (&options, kind);
  options.title = title;
  options.source = "日经XTECH、Patentfield";
  options.lang = "zh-CN";
  options.width = 720;
  options.height = 420;
  return patchart_figure_new_from_file (path, &options, error);
}

/* The page's own furniture: a rule and a running head drawn by the
 * program itself, not by patchart. */
static void
draw_page_frame (cairo_t *cr)
{
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_set_line_width (cr, 0.8);
  cairo_move_to (cr, MARGIN_PT, MARGIN_PT - 12);
  cairo_line_to (cr, A4_WIDTH_PT - MARGIN_PT, MARGIN_PT - 12);
  cairo_stroke (cr);
  cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 9);
  cairo_move_to (cr, MARGIN_PT, MARGIN_PT - 18);
  cairo_show_text (cr, "Patent report - page 1");
}

int
main (int argc, char **argv)
{
  GError *error = NULL;
  patchart_figure *countries = NULL, *applicants = NULL;
  cairo_surface_t *surface = NULL;
  cairo_t *cr = NULL;
  double box_w = A4_WIDTH_PT - 2 * MARGIN_PT, box_h = box_w * 420 / 720;
  patchart_rect top = { MARGIN_PT, MARGIN_PT, box_w, box_h };
  patchart_rect bottom = { MARGIN_PT, MARGIN_PT + box_h + 24, box_w, box_h };
  int status = 1;

  if (argc != 4) {
    fprintf (stderr, "usage: %s COUNTRIES.csv APPLICANTS.csv OUT.pdf\n", argv[0]);
    return 64;
  }
  countries = load (argv[1], PATCHART_KIND_BARS, "各国和地区的生成式AI相关专利申请数量", &error);
  applicants = countries ? load (argv[2], PATCHART_KIND_RANKING, "申请人排名", &error) : NULL;
  if (applicants == NULL)
    goto out;

  surface = cairo_pdf_surface_create (argv[3], A4_WIDTH_PT, A4_HEIGHT_PT);
  cr = cairo_create (surface);
  draw_page_frame (cr);
  if (!patchart_figure_render (countries, cr, &top, &error) ||
      !patchart_figure_render (applicants, cr, &bottom, &error))
    goto out;
  cairo_show_page (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
    status = 0;
  else
    fprintf (stderr, "report_page: %s\n", cairo_status_to_string (cairo_surface_status (surface)));
out:
  if (error != NULL)
    fprintf (stderr, "report_page: %s\n", error->message);
  g_clear_error (&error);
  if (cr != NULL)
    cairo_destroy (cr);
  if (surface != NULL)
    cairo_surface_destroy (surface);
  patchart_figure_free (countries);
  patchart_figure_free (applicants);
  return status;
}
