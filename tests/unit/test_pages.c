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

#include <zlib.h>

#include <cairo-pdf.h>

#include "render/draw.h"
#include "render/pdf.h"
#include "render/svgout.h"
#include "spec/report.h"

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

/* Where NEEDLE first occurs in the LENGTH bytes at DATA, or NULL. */
static const char *
find (const char *data, gsize length, const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

/* The PDF's bytes, each object stream's objects inflated after them:
 * what a search for an object's text must look through. */
static GString *
pdf_objects (const char *data, gsize length)
{
  GString *all = g_string_new_len (data, (gssize) length);
  const char *at = data, *end = data + length, *stream;

  while ((at = find (at, (gsize) (end - at), "/Type /ObjStm")) != NULL &&
         (stream = find (at, (gsize) (end - at), "stream\n")) != NULL) {
    uLongf size = 1 << 22;
    Bytef *inflated = g_malloc (size);
    stream += strlen ("stream\n");
    assert_int_equal (uncompress (inflated, &size, (const Bytef *) stream, (uLong) (end - stream)),
                      Z_OK);
    g_string_append_len (all, (const char *) inflated, (gssize) size);
    g_free (inflated);
    at = stream;
  }
  return all;
}

/* How many times NEEDLE occurs in the LENGTH bytes at DATA. */
static guint
count (const char *data, gsize length, const char *needle)
{
  guint n = 0;

  for (const char *at = data; (at = find (at, length - (gsize) (at - data), needle)) != NULL; at++)
    n++;
  return n;
}

static gboolean
has (GBytes *bytes, const char *needle)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  GString *all = pdf_objects (data, length);
  gboolean found = find (all->str, all->len, needle) != NULL;

  g_string_free (all, TRUE);
  return found;
}

static void
test_pdf_links_dests_bookmarks (void **state)
{
  patchart_text *text = patchart_text_new ("en", NULL);
  patchart_layout *pages[] = { page_new (text), patchart_layout_new_page (200, 100, "en", text) };
  patchart_pdf_info info = { "A title", NULL, NULL, "one, two", "en", 1 };
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

/* The smallest text of LAYOUT drawn at SCALE, in points; *WIDEST the
 * widest nested figure, in points. */
static double
smallest_text (const patchart_layout *layout, double scale, double *widest)
{
  double smallest = G_MAXDOUBLE;

  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *it = &g_array_index (layout->items, patchart_item, i);
    if (it->kind == PATCHART_ITEM_TEXT)
      smallest = MIN (smallest, patchart_text_block_size (it->text) * scale);
    if (it->kind == PATCHART_ITEM_NESTED) {
      double inner = it->box.w / it->nested->width;
      *widest = MAX (*widest, it->box.w);
      smallest = MIN (smallest, smallest_text (it->nested, scale * inner, widest));
    }
  }
  return smallest;
}

/* The report lays each figure out afresh at the text width: no text on a
 * page under 7 pt, and each figure as wide as the text (A4, A5 and letter). */
static void
test_report_type_sizes (void **state)
{
  const char *dir = g_getenv ("PATCHART_EXAMPLES");
  char *path = g_build_filename (dir ? dir : "examples", "article.spec", NULL);
  GError *error = NULL;
  patchart_spec *spec = patchart_spec_new_from_file (path, &error);
  const char *papers[] = { "A4", "148x210mm", "letter" };

  (void) state;
  assert_non_null (spec);
  for (guint p = 0; p < G_N_ELEMENTS (papers); p++) {
    GPtrArray *pages = patchart_report_pages (spec, papers[p], &error);
    double widest = 0, smallest = G_MAXDOUBLE, text_width;

    if (pages == NULL)
      fail_msg ("%s: %s", papers[p], error->message);
    text_width = ((patchart_layout *) pages->pdata[0])->width - 2 * 20 * 72 / 25.4;
    for (guint i = 0; i < pages->len; i++)
      smallest = MIN (smallest, smallest_text (pages->pdata[i], 1, &widest));
    if (smallest < 7 - 1e-6)
      fail_msg ("%s: text of %.2f pt", papers[p], smallest);
    if (widest < text_width - 1)
      fail_msg ("%s: figures %.1f pt wide in a text %.1f pt wide", papers[p], widest, text_width);
    g_ptr_array_unref (pages);
  }
  patchart_spec_free (spec);
  g_free (path);
}

static cairo_status_t
append_to (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PDF as cairo writes it, with one Figure element. */
static GByteArray *
cairo_pdf_with_figure (void)
{
  GByteArray *pdf = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to, pdf, 100, 100);
  cairo_t *cr = cairo_create (surface);

  cairo_tag_begin (cr, "Figure", "");
  cairo_rectangle (cr, 10, 10, 50, 50);
  cairo_fill (cr);
  cairo_tag_end (cr, "Figure");
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pdf;
}

/* The tagged PDF's update adds the alt text to cairo's file and writes it
 * again compactly: one object stream, a cross-reference stream, no
 * incremental update, no object holding a stream's length; it refuses
 * what cairo did not write and a count of alt texts that does not match
 * the Figure elements, and then leaves the bytes alone. */
static void
test_pdf_update (void **state)
{
  static const char garbage[] = "%PDF-1.5\nnot a PDF at all\n%%EOF";
  char *alts[] = { "one (1)", "two" };
  GByteArray *pdf = g_byte_array_new ();
  GError *error = NULL;
  guint length;
  GString *all;
  const char *raw;

  (void) state;
  g_byte_array_append (pdf, (const guint8 *) garbage, sizeof garbage - 1);
  assert_false (patchart_pdf_update_tags (pdf, "en", alts, 1, &error));
  assert_non_null (strstr (error->message, "tagged PDF"));
  assert_int_equal (pdf->len, sizeof garbage - 1);
  g_clear_error (&error);
  g_byte_array_unref (pdf);

  pdf = cairo_pdf_with_figure ();
  length = pdf->len;
  assert_false (patchart_pdf_update_tags (pdf, "en", alts, 2, &error));
  assert_non_null (strstr (error->message, "fewer Figure elements"));
  g_clear_error (&error);
  assert_false (patchart_pdf_update_tags (pdf, "en", alts, 0, &error));
  assert_non_null (strstr (error->message, "more Figure elements"));
  g_clear_error (&error);
  assert_int_equal (pdf->len, length);

  assert_true (patchart_pdf_update_tags (pdf, "ko", alts, 1, &error));
  assert_true (pdf->len < length); /* cairo's file was larger */
  all = pdf_objects ((const char *) pdf->data, pdf->len);
  assert_non_null (find (all->str, all->len, "/Alt (one \\(1\\))"));
  assert_non_null (find (all->str, all->len, "/Lang (ko)"));
  assert_non_null (find (all->str, all->len, "/DisplayDocTitle true"));
  /* written once, not updated: one %%EOF and one catalog, a
   * cross-reference stream, each stream's length a number */
  raw = (const char *) pdf->data;
  assert_int_equal (count (raw, pdf->len, "%%EOF"), 1);
  assert_int_equal (count (all->str, all->len, "/Type /Catalog"), 1);
  assert_int_equal (count (raw, pdf->len, "/Type /XRef"), 1);
  assert_int_equal (count (raw, pdf->len, "/Type /ObjStm"), 1);
  assert_int_equal (count (raw, pdf->len, "\nxref\n"), 0);
  assert_int_equal (count (raw, pdf->len, "/Prev"), 0);
  for (const char *at = raw; (at = find (at, pdf->len - (gsize) (at - raw), "/Length ")) != NULL;
       at++) {
    char *end;
    g_ascii_strtoull (at + strlen ("/Length "), &end, 10);
    assert_false (g_str_has_prefix (end, " 0 R"));
  }
  g_string_free (all, TRUE);
  g_byte_array_unref (pdf);
}

/* An xref entry that leads to no object (one cairo numbered and never
 * wrote: offset 0) becomes a free entry; the file is written all the same. */
static void
test_pdf_update_unwritten_object (void **state)
{
  char *alts[] = { "one" };
  GByteArray *cairo = cairo_pdf_with_figure ();
  const char *raw = (const char *) cairo->data, *xref, *trailer, *size;
  GByteArray *pdf = g_byte_array_new ();
  guint64 n_objects;
  GError *error = NULL;
  GString *all;
  char *line;

  (void) state;
  /* "0 N" -> "0 N+1", one more entry "0000000000 00000 n", "/Size N+1" */
  xref = find (raw, cairo->len, "\nxref\n0 ");
  trailer = find (raw, cairo->len, "trailer\n");
  size = find (raw, cairo->len, "/Size ");
  assert_true (xref != NULL && trailer != NULL && size != NULL && xref < trailer && trailer < size);
  xref += strlen ("\nxref\n0 ");
  n_objects = g_ascii_strtoull (xref, NULL, 10);
  g_byte_array_append (pdf, cairo->data, (guint) (xref - raw));
  line = g_strdup_printf ("%u", (guint) n_objects + 1);
  g_byte_array_append (pdf, (const guint8 *) line, (guint) strlen (line));
  g_free (line);
  xref = strchr (xref, '\n');
  g_byte_array_append (pdf, (const guint8 *) xref, (guint) (trailer - xref));
  g_byte_array_append (pdf, (const guint8 *) "0000000000 00000 n \n", 20);
  g_byte_array_append (pdf, (const guint8 *) trailer, (guint) (size - trailer));
  line = g_strdup_printf ("/Size %u", (guint) n_objects + 1);
  g_byte_array_append (pdf, (const guint8 *) line, (guint) strlen (line));
  g_free (line);
  size = strchr (size + strlen ("/Size "), '\n');
  g_byte_array_append (pdf, (const guint8 *) size, (guint) (raw + cairo->len - size));

  assert_true (patchart_pdf_update_tags (pdf, "en", alts, 1, &error));
  assert_null (error);
  all = pdf_objects ((const char *) pdf->data, pdf->len);
  assert_non_null (find (all->str, all->len, "/Alt (one)"));
  /* the object stream and the cross-reference stream come after it */
  line = g_strdup_printf ("/Type /XRef /Size %u ", (guint) n_objects + 3);
  assert_non_null (find (all->str, all->len, line));
  g_free (line);
  g_string_free (all, TRUE);
  g_byte_array_unref (pdf);
  g_byte_array_unref (cairo);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_nested_is_scaled_and_clipped),
    cmocka_unit_test (test_pdf_links_dests_bookmarks),
    cmocka_unit_test (test_pdf_update),
    cmocka_unit_test (test_pdf_update_unwritten_object),
    cmocka_unit_test (test_svg_nests_and_skips_links),
    cmocka_unit_test (test_report_type_sizes),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
