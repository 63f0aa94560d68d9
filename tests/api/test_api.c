/* SPDX-License-Identifier: MIT */
/* test_api.c — the library as a C program uses it: drawing into a box of
 * the caller's own surface, leaving the caller's cairo state alone,
 * refusing a broken context, and writing files atomically. */
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <glib/gstdio.h>
#include <zlib.h>

#include <patchart.h>

static const char csv[] = "国家,申请数\n中国,30124\n美国,12530\n韩国,4123\n日本,1408\n";

static patchart_figure *
make_figure (void)
{
  patchart_figure_options options;
  GError *error = NULL;
  patchart_figure *figure;

  patchart_figure_options_init (&options, PATCHART_KIND_BARS);
  options.title = "各国申请数";
  figure = patchart_figure_new_from_data ("countries.csv", csv, strlen (csv), &options, &error);
  if (figure == NULL)
    fail_msg ("%s", error->message);
  return figure;
}

static guint32
pixel (cairo_surface_t *s, int x, int y)
{
  unsigned char *data = cairo_image_surface_get_data (s);
  return ((guint32 *) (data + y * cairo_image_surface_get_stride (s)))[x] & 0xffffff;
}

/* Only the viewport is painted; the rest of the caller's page is untouched. */
static void
test_render_into_viewport (void **state)
{
  patchart_figure *figure = make_figure ();
  cairo_surface_t *page = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600, 600);
  cairo_t *cr = cairo_create (page);
  patchart_rect box = { 100, 200, 400, 250 };
  GError *error = NULL;
  gboolean painted_inside = FALSE;

  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_paint (cr);
  assert_true (patchart_figure_render (figure, cr, &box, &error));
  cairo_surface_flush (page);
  for (int y = 0; y < 600; y += 3)
    for (int x = 0; x < 600; x += 3) {
      gboolean in = x >= 100 && x < 500 && y >= 200 && y < 450;
      if (!in)
        assert_int_equal (pixel (page, x, y), 0xff0000);
      else if (pixel (page, x, y) != 0xff0000)
        painted_inside = TRUE;
    }
  assert_true (painted_inside);
  assert_int_equal (pixel (page, 300, 210), 0xffffff); /* the figure's own background */
  cairo_destroy (cr);
  cairo_surface_destroy (page);
  patchart_figure_free (figure);
}

/* The caller's matrix, source and line width come back as they were. */
static void
test_render_restores_state (void **state)
{
  patchart_figure *figure = make_figure ();
  cairo_surface_t *page = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 300);
  cairo_t *cr = cairo_create (page);
  patchart_rect box = { 0, 0, 200, 125 };
  cairo_matrix_t before, after;
  double r, g, b, a;

  cairo_translate (cr, 10, 20);
  cairo_set_source_rgb (cr, 0.25, 0.5, 0.75);
  cairo_set_line_width (cr, 7);
  cairo_get_matrix (cr, &before);
  assert_true (patchart_figure_render (figure, cr, &box, NULL));
  cairo_get_matrix (cr, &after);
  assert_memory_equal (&before, &after, sizeof before);
  assert_int_equal (cairo_pattern_get_rgba (cairo_get_source (cr), &r, &g, &b, &a),
                    CAIRO_STATUS_SUCCESS);
  assert_true (r == 0.25 && g == 0.5 && b == 0.75);
  assert_true (cairo_get_line_width (cr) == 7);
  cairo_destroy (cr);
  cairo_surface_destroy (page);
  patchart_figure_free (figure);
}

static void
test_render_refuses_broken_context (void **state)
{
  patchart_figure *figure = make_figure ();
  cairo_surface_t *page = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 100, 100);
  cairo_t *cr = cairo_create (page);
  patchart_rect box = { 0, 0, 100, 100 };
  GError *error = NULL;

  cairo_restore (cr); /* unbalanced: puts cr in an error state */
  assert_false (patchart_figure_render (figure, cr, &box, &error));
  assert_int_equal (error->code, PATCHART_ERROR_INTERNAL);
  assert_non_null (strstr (error->message, "cairo context is in error"));
  g_error_free (error);
  cairo_destroy (cr);
  cairo_surface_destroy (page);
  patchart_figure_free (figure);
}

static void
test_bytes_are_stable (void **state)
{
  patchart_figure *figure = make_figure ();
  GBytes *a = patchart_figure_to_bytes (figure, PATCHART_FORMAT_SVG, NULL);
  GBytes *b = patchart_figure_to_bytes (figure, PATCHART_FORMAT_SVG, NULL);
  GBytes *png = patchart_figure_to_bytes (figure, PATCHART_FORMAT_PNG, NULL);
  gsize n;

  assert_true (g_bytes_equal (a, b)); /* twice in one process, too */
  assert_memory_equal (g_bytes_get_data (png, &n), "\x89PNG", 4);
  g_bytes_unref (a);
  g_bytes_unref (b);
  g_bytes_unref (png);
  patchart_figure_free (figure);
}

static void
test_write_is_atomic (void **state)
{
  patchart_figure *figure = make_figure ();
  char *dir = g_dir_make_tmp ("patchart-api-XXXXXX", NULL);
  char *missing = g_build_filename (dir, "no", "such", "out.pdf", NULL);
  char *good = g_build_filename (dir, "out.pdf", NULL);
  GError *error = NULL;
  GDir *listing;

  assert_false (patchart_figure_write (figure, missing, PATCHART_FORMAT_PDF, &error));
  assert_int_equal (error->code, PATCHART_ERROR_OUTPUT);
  g_clear_error (&error);
  listing = g_dir_open (dir, 0, NULL);
  assert_null (g_dir_read_name (listing)); /* nothing left behind */
  g_dir_close (listing);
  assert_true (patchart_figure_write (figure, good, PATCHART_FORMAT_PDF, &error));
  assert_true (g_file_test (good, G_FILE_TEST_IS_REGULAR));
  g_unlink (good);
  g_rmdir (dir);
  g_free (good);
  g_free (missing);
  g_free (dir);
  patchart_figure_free (figure);
}

/* Render and write apart, as the command line does to hold signals off
 * during the write alone: the same bytes, the same atomic write. */
static void
test_write_bytes (void **state)
{
  patchart_figure *figure = make_figure ();
  char *dir = g_dir_make_tmp ("patchart-api-XXXXXX", NULL);
  char *path = g_build_filename (dir, "out.svg", NULL);
  char *missing = g_build_filename (dir, "no", "out.svg", NULL);
  GBytes *bytes = patchart_figure_to_bytes (figure, PATCHART_FORMAT_SVG, NULL);
  GError *error = NULL;
  char *written = NULL;
  gsize length = 0;

  assert_non_null (bytes);
  assert_true (patchart_write_bytes (path, bytes, &error));
  assert_true (g_file_get_contents (path, &written, &length, NULL));
  assert_int_equal (length, g_bytes_get_size (bytes));
  assert_memory_equal (written, g_bytes_get_data (bytes, NULL), length);
  assert_false (patchart_write_bytes (missing, bytes, &error));
  assert_int_equal (error->code, PATCHART_ERROR_OUTPUT);
  g_clear_error (&error);
  g_unlink (path);
  assert_int_equal (g_rmdir (dir), 0); /* nothing else was left */
  g_free (written);
  g_bytes_unref (bytes);
  g_free (missing);
  g_free (path);
  g_free (dir);
  patchart_figure_free (figure);
}

static void
test_format_names (void **state)
{
  patchart_format f;

  assert_true (patchart_format_from_name ("a/b/fig.PDF", &f) && f == PATCHART_FORMAT_PDF);
  assert_true (patchart_format_from_name ("svg", &f) && f == PATCHART_FORMAT_SVG);
  assert_false (patchart_format_from_name ("fig.jpeg", &f));
}

/* The kinds by name, from the one table the CLI, spec files and help read;
 * options apply by the data a kind draws. */
static void
test_kind_names (void **state)
{
  patchart_kind kind = PATCHART_N_KINDS;
  guint n_options;
  const patchart_option_info *infos = patchart_option_list (&n_options);

  for (patchart_kind k = 0; k < PATCHART_N_KINDS; k++) {
    assert_true (patchart_kind_from_name (patchart_kind_get_name (k), &kind));
    assert_int_equal (kind, k);
    assert_true (strlen (patchart_kind_get_summary (k)) > 10);
  }
  assert_string_equal (patchart_kind_get_name (PATCHART_KIND_RANKING), "ranking");
  assert_false (patchart_kind_from_name ("pie", &kind));
  assert_false (patchart_kind_from_name ("Bars", &kind));
  for (guint i = 0; i < n_options; i++) {
    guint series = 1u << PATCHART_KIND_BARS | 1u << PATCHART_KIND_RANKING;
    if (g_str_equal (infos[i].name, "label"))
      assert_int_equal (infos[i].kinds, series);
    if (g_str_equal (infos[i].name, "rows"))
      assert_int_equal (infos[i].kinds, 1u << PATCHART_KIND_HEATMAP | 1u << PATCHART_KIND_LINE);
    if (g_str_equal (infos[i].name, "series-rows"))
      assert_int_equal (infos[i].kinds, 1u << PATCHART_KIND_LINE);
    if (g_str_equal (infos[i].name, "title"))
      assert_int_equal (infos[i].kinds, (1u << PATCHART_N_KINDS) - 1);
  }
}

/* Options by name: the table the command line and spec files share. */
static void
test_settings (void **state)
{
  patchart_settings *s = patchart_settings_new (PATCHART_KIND_HEATMAP), *copy;
  const patchart_figure_options *o;
  GError *error = NULL;
  char title[] = "分类";

  assert_true (patchart_settings_set (s, "title", title, NULL));
  title[0] = 'x'; /* the settings keep their own copy */
  assert_true (patchart_settings_set (s, "size", "640x400", NULL));
  assert_true (patchart_settings_set (s, "top", "5", NULL));
  assert_true (patchart_settings_set (s, "wide", NULL, NULL));
  o = patchart_settings_get_options (s);
  assert_string_equal (o->title, "分类");
  assert_true (o->width == 640 && o->height == 400 && o->top == 5);
  assert_int_equal (o->shape, PATCHART_SHAPE_WIDE);

  assert_false (patchart_settings_set (s, "long", "true", &error));
  assert_string_equal (error->message, "long: wide and long exclude each other");
  g_clear_error (&error);
  assert_false (patchart_settings_set (s, "top", "0", &error));
  assert_string_equal (error->message, "top 0: expected a number of at least 1");
  g_clear_error (&error);
  assert_false (patchart_settings_set (s, "label", "name", &error));
  assert_string_equal (error->message, "label name: no such option for this kind of figure");
  g_clear_error (&error);
  assert_false (patchart_settings_set (s, "colour", "red", &error));
  assert_int_equal (error->code, PATCHART_ERROR_USAGE);
  g_clear_error (&error);

  copy = patchart_settings_copy (s);
  patchart_settings_free (s);
  assert_string_equal (patchart_settings_get_options (copy)->title, "分类");
  patchart_settings_free (copy);
}

/* The description: made from the data in the figure's language, or the
 * alt text given (by name, as the command line and spec files give it). */
static void
test_describe (void **state)
{
  const char two[] = "country,n\n中国,30124\n美国,12530\n";
  patchart_settings *s = patchart_settings_new (PATCHART_KIND_BARS);
  patchart_figure *f;
  char *text;

  assert_true (patchart_settings_set (s, "title", "各国申请数", NULL));
  f = patchart_figure_new_from_data ("t.csv", two, sizeof two - 1,
                                     patchart_settings_get_options (s), NULL);
  assert_non_null (f);
  text = patchart_figure_describe (f);
  assert_string_equal (text, "柱状图：各国申请数。中国 30,124，美国 12,530。");
  g_free (text);
  patchart_figure_free (f);

  assert_true (patchart_settings_set (s, "alt", "Two bars", NULL));
  f = patchart_figure_new_from_data ("t.csv", two, sizeof two - 1,
                                     patchart_settings_get_options (s), NULL);
  text = patchart_figure_describe (f);
  assert_string_equal (text, "Two bars");
  g_free (text);
  patchart_figure_free (f);
  patchart_settings_free (s);
}

/* Every option in the table can be set from text. */
static void
test_option_list (void **state)
{
  guint n;
  const patchart_option_info *infos = patchart_option_list (&n);

  assert_true (n >= 15);
  for (guint i = 0; i < n; i++) {
    patchart_kind kind = (patchart_kind) g_bit_nth_lsf (infos[i].kinds, -1);
    patchart_settings *s = patchart_settings_new (kind);
    const char *value = infos[i].arg_name == NULL                    ? NULL
                        : g_str_equal (infos[i].name, "size")        ? "400x300"
                        : g_str_equal (infos[i].name, "sort")        ? "asc"
                        : g_str_equal (infos[i].name, "delimiter")   ? ";"
                        : g_str_equal (infos[i].name, "ipc")         ? "group"
                        : g_str_equal (infos[i].name, "where")       ? "office=CN"
                        : g_str_equal (infos[i].name, "orient")      ? "vertical"
                        : g_str_equal (infos[i].name, "units")       ? "k"
                        : g_str_equal (infos[i].name, "theme")       ? "dark"
                        : g_str_equal (infos[i].name, "palette")     ? "grey"
                        : g_str_equal (infos[i].name, "accent")      ? "#c0392b"
                        : g_str_equal (infos[i].name, "colors")      ? "blues"
                        : g_str_equal (infos[i].name, "color-scale") ? "log"
                                                                     : "2";
    if (!patchart_settings_set (s, infos[i].name, value, NULL))
      fail_msg ("option %s cannot be set", infos[i].name);
    patchart_settings_free (s);
  }
}

/* Where NEEDLE first occurs in BYTES (which may hold NULs), or NULL. */
static const char *
find_bytes (GBytes *bytes, const char *needle)
{
  gsize length, n = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &length);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

/* The inflated first stream of PDF (the page's content), or NULL. */
static char *
pdf_page_content (GBytes *pdf)
{
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);
  const char *start = find_bytes (pdf, "stream\n");
  uLongf size = 1 << 20;
  char *content = g_malloc0 (size + 1);

  assert_non_null (start);
  start += strlen ("stream\n");
  assert_int_equal (
      uncompress ((Bytef *) content, &size, (const Bytef *) start, (uLong) (data + length - start)),
      Z_OK);
  return content;
}

/* A heatmap's PDF is compact: text is painted after the shapes, one colour
 * at a time, so the value labels share text objects instead of one per
 * cell; colours are whole 8-bit levels; the legend is one small image. */
static void
test_pdf_heatmap_is_compact (void **state)
{
  static const char grid[] = "class,2021,2022,2023,2024\n"
                             "G06N,10,20,30,40\nG06F,15,25,35,45\nG06V,5,50,500,5000\n";
  patchart_figure_options options;
  GError *error = NULL;
  patchart_figure *figure;
  GBytes *pdf;
  char *content;
  guint text_objects = 0, n_colors = 0;

  patchart_figure_options_init (&options, PATCHART_KIND_HEATMAP);
  options.title = "分类";
  figure = patchart_figure_new_from_data ("grid.csv", grid, strlen (grid), &options, &error);
  assert_non_null (figure);
  pdf = patchart_figure_to_bytes (figure, PATCHART_FORMAT_PDF, &error);
  assert_non_null (pdf);
  content = pdf_page_content (pdf);
  for (const char *p = content; (p = strstr (p, "BT\n")) != NULL; p++)
    text_objects++;
  /* title, axis labels and legend in their colours, and the 12 cell
   * labels in two (dark on light cells, white on dark ones) */
  assert_in_range (text_objects, 1, 5);

  /* every fill colour is a whole 8-bit level, as in PNG */
  for (char *line = strtok (content, "\n"); line != NULL; line = strtok (NULL, "\n")) {
    double r, g, b;
    int end = 0;
    if (sscanf (line, "%lf %lf %lf rg%n", &r, &g, &b, &end) == 3 && end > 0)
      for (int i = 0; i < 3; i++) {
        double level = (i == 0 ? r : i == 1 ? g : b) * 255;
        assert_true (fabs (level - round (level)) < 0.01);
        n_colors++;
      }
  }
  assert_true (n_colors >= 3 * 12);
  /* the colour legend is one image, not a gradient of one object per stop */
  assert_non_null (find_bytes (pdf, "/Subtype /Image"));
  assert_null (find_bytes (pdf, "/FunctionType"));
  g_free (content);
  g_bytes_unref (pdf);
  patchart_figure_free (figure);
  (void) state;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_render_into_viewport),
    cmocka_unit_test (test_render_restores_state),
    cmocka_unit_test (test_render_refuses_broken_context),
    cmocka_unit_test (test_bytes_are_stable),
    cmocka_unit_test (test_write_is_atomic),
    cmocka_unit_test (test_write_bytes),
    cmocka_unit_test (test_format_names),
    cmocka_unit_test (test_kind_names),
    cmocka_unit_test (test_settings),
    cmocka_unit_test (test_option_list),
    cmocka_unit_test (test_describe),
    cmocka_unit_test (test_pdf_heatmap_is_compact),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
