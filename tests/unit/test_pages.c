/* SPDX-License-Identifier: MIT */
/* test_pages.c — the display list's page items, as the report uses them:
 * a nested layout is scaled into its box and clipped to its canvas (on
 * cairo and in SVG); links and destinations reach the PDF where they were
 * placed, bookmarks open them, and SVG leaves them out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "render/draw.h"
#include "render/pdf.h"
#include "render/svgout.h"

static const patchart_rgb red = { 1, 0, 0 };

/* A 100 x 50 canvas filled with red beyond its edges, and a word. */
static patchart_layout *
child_new (patchart_text *text)
{
  patchart_layout *child = patchart_layout_new_page (100, 50, "en", text);
  patchart_text_style style = { 12, FALSE, 0, 0, PATCHART_ALIGN_LEFT };
  GError *error = NULL;
  patchart_text_block *block = patchart_text_block_new (text, "Nested", &style, &error);

  assert_non_null (block);
  patchart_layout_rect (child, (patchart_box){ -50, -50, 300, 300 }, red);
  patchart_layout_text (child, block, 4, 4, (patchart_rgb){ 1, 1, 1 });
  return child;
}

/* A 300 x 300 page with the child nested in { 20, 20, 200, 200 }: scale 2,
 * so 200 x 100 from (20, 70). */
static patchart_layout *
page_new (patchart_text *text)
{
  patchart_layout *page = patchart_layout_new_page (300, 300, "en", text);

  patchart_layout_nest (page, (patchart_box){ 20, 20, 200, 200 }, child_new (text));
  patchart_layout_link (page, (patchart_box){ 50, 230, 200, 20 }, "fig'1");
  patchart_layout_dest (page, 0, 0, "fig'1");
  return page;
}

static guint32
pixel_at (cairo_surface_t *image, int x, int y)
{
  const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (image) +
                                          y * cairo_image_surface_get_stride (image));
  return row[x] & 0xffffff;
}

static void
test_nested_is_scaled_and_clipped (void **state)
{
  patchart_text *text = patchart_text_new ("en", NULL);
  patchart_layout *page = page_new (text);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 300);
  cairo_t *cr = cairo_create (image);

  (void) state;
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  patchart_draw_layout (page, cr);
  assert_int_equal (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (image);
  assert_int_equal (pixel_at (image, 150, 150), 0xff0000); /* inside */
  assert_int_equal (pixel_at (image, 21, 71), 0xff0000);   /* its top-left corner */
  assert_int_equal (pixel_at (image, 218, 168), 0xff0000); /* its bottom-right corner */
  assert_int_equal (pixel_at (image, 10, 10), 0xffffff);   /* outside the box */
  assert_int_equal (pixel_at (image, 120, 60), 0xffffff);  /* in the box, above the canvas */
  assert_int_equal (pixel_at (image, 120, 180), 0xffffff); /* in the box, below it */
  assert_int_equal (pixel_at (image, 230, 120), 0xffffff); /* right of the box */
  assert_int_equal (pixel_at (image, 100, 240), 0xffffff); /* a link draws nothing */
  cairo_destroy (cr);
  cairo_surface_destroy (image);
  patchart_layout_free (page);
  patchart_text_free (text);
}

static gboolean
has (GBytes *bytes, const char *needle)
{
  gsize length, n = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &length);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_pdf_links_dests_bookmarks (void **state)
{
  patchart_text *text = patchart_text_new ("en", NULL);
  patchart_layout *pages[] = { page_new (text), patchart_layout_new_page (200, 100, "en", text) };
  patchart_pdf_info info = { "A title", NULL, NULL, "one, two" };
  patchart_pdf_bookmark bookmarks[] = { { "Figure 1", "fig'1" } };
  GError *error = NULL;
  GBytes *pdf;

  (void) state;
  pdf = patchart_pdf_pages ((const patchart_layout *const *) pages, 2, &info, bookmarks, 1, &error);
  assert_null (error);
  assert_non_null (pdf);
  assert_true (has (pdf, "/Count 2"));
  assert_true (has (pdf, "/MediaBox [ 0 0 300 300 ]"));
  assert_true (has (pdf, "/MediaBox [ 0 0 200 100 ]"));
  /* the link where it was placed, y up from the foot of the page */
  assert_true (has (pdf, "/Subtype /Link"));
  assert_true (has (pdf, "/Rect [ 50 50 250 70 ]"));
  assert_true (has (pdf, "/Dest (fig'1)"));
  /* the destination at the top-left corner of page 1 */
  assert_true (has (pdf, "(fig'1) ["));
  assert_true (has (pdf, "/XYZ 0 300 0]"));
  assert_true (has (pdf, "/Type /Outlines"));
  assert_true (has (pdf, "/Title (Figure 1)"));
  assert_true (has (pdf, "/Title (A title)"));
  assert_true (has (pdf, "/Keywords (one, two)"));
  assert_true (has (pdf, "/Creator (patchart "));
  g_bytes_unref (pdf);
  patchart_layout_free (pages[0]);
  patchart_layout_free (pages[1]);
  patchart_text_free (text);
}

static void
test_svg_nests_and_skips_links (void **state)
{
  patchart_text *text = patchart_text_new ("en", NULL);
  patchart_layout *page = page_new (text);
  GByteArray *out = g_byte_array_new ();
  GError *error = NULL;
  char *svg;

  (void) state;
  assert_true (patchart_svg_write (page, NULL, out, &error));
  g_byte_array_append (out, (const guint8 *) "", 1);
  svg = (char *) out->data;
  assert_non_null (strstr (svg, "<clipPath id=\"c1\"><rect x=\"0\" y=\"0\" width=\"100\" "
                                "height=\"50\"/></clipPath>"));
  assert_non_null (strstr (svg, "<g transform=\"translate(20 70) scale(2)\" "
                                "clip-path=\"url(#c1)\">"));
  assert_non_null (strstr (svg, "aria-label=\"Nested\""));
  assert_null (strstr (svg, "fig"));
  /* a page has no background: the nested group comes first */
  assert_non_null (strstr (svg, "</defs>\n<g transform="));
  g_byte_array_unref (out);
  patchart_layout_free (page);
  patchart_text_free (text);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_nested_is_scaled_and_clipped),
    cmocka_unit_test (test_pdf_links_dests_bookmarks),
    cmocka_unit_test (test_svg_nests_and_skips_links),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
