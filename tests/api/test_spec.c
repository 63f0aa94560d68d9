/* SPDX-License-Identifier: MIT */
/* test_spec.c — spec files through the public API: [defaults] and
 * per-figure overrides, paths relative to the spec, errors with the spec's
 * line (whole-spec errors at load, a figure's own when it is made), and
 * rendering on threads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>
#include <glib/gstdio.h>

#include <patchart.h>

static const char csv[] = "国家,申请数\n中国,30124\n美国,12530\n韩国,4123\n日本,1408\n";

typedef struct {
  char *dir;
  char *spec_path;
} fixture;

static int
setup (void **state)
{
  fixture *f = g_new0 (fixture, 1);
  char *sub, *data;

  f->dir = g_dir_make_tmp ("patchart-spec-XXXXXX", NULL);
  sub = g_build_filename (f->dir, "data", NULL);
  g_mkdir (sub, 0700);
  data = g_build_filename (sub, "countries.csv", NULL);
  g_file_set_contents (data, csv, -1, NULL);
  f->spec_path = g_build_filename (f->dir, "test.spec", NULL);
  g_free (data);
  g_free (sub);
  *state = f;
  return 0;
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL) {
    char *child = g_build_filename (path, name, NULL);
    if (g_file_test (child, G_FILE_TEST_IS_DIR))
      remove_tree (child);
    else
      g_unlink (child);
    g_free (child);
  }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

static int
teardown (void **state)
{
  fixture *f = *state;

  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->spec_path);
  g_free (f);
  return 0;
}

/* Writes TEXT as the spec and loads it; NULL with *ERROR on failure. */
static patchart_spec *
load (fixture *f, const char *text, GError **error)
{
  assert_true (g_file_set_contents (f->spec_path, text, -1, NULL));
  return patchart_spec_new_from_file (f->spec_path, error);
}

/* Loads TEXT, expecting an error whose message ends with ENDING. */
static void
expect_load_error (fixture *f, const char *text, const char *ending)
{
  GError *error = NULL;
  patchart_spec *spec = load (f, text, &error);

  assert_null (spec);
  assert_non_null (error);
  if (!g_str_has_suffix (error->message, ending))
    fail_msg ("\"%s\" does not end with \"%s\"", error->message, ending);
  assert_true (g_str_has_prefix (error->message, f->spec_path));
  g_error_free (error);
}

static void
test_defaults_and_overrides (void **state)
{
  fixture *f = *state;
  GError *error = NULL;
  patchart_spec *spec = load (f,
                              "# shared options\n"
                              "[defaults]\n"
                              "lang = zh-CN\n"
                              "source = 日经XTECH\n"
                              "size = 640x400\n"
                              "rows = 1\n" /* heatmaps only: skipped for bars */
                              "\n"
                              "[figure a]\n"
                              "kind = bars\n"
                              "input = data/countries.csv\n"
                              "title = 各国\n"
                              "\n"
                              "[figure b]\n"
                              "kind = ranking\n"
                              "input = data/countries.csv\n"
                              "size = 900x300\n"
                              "lang = ja\n"
                              "top = 3\n"
                              "no-header = false\n",
                              &error);
  const patchart_figure_options *a, *b;

  if (spec == NULL)
    fail_msg ("%s", error->message);
  assert_int_equal (patchart_spec_get_n_figures (spec), 2);
  assert_string_equal (patchart_spec_get_name (spec, 1), "b");
  a = patchart_spec_get_options (spec, 0);
  b = patchart_spec_get_options (spec, 1);
  assert_non_null (a);
  assert_non_null (b);
  assert_int_equal (a->kind, PATCHART_KIND_BARS);
  assert_string_equal (a->lang, "zh-CN");
  assert_string_equal (a->source, "日经XTECH");
  assert_string_equal (a->title, "各国");
  assert_int_equal (a->width, 640);
  assert_int_equal (a->height, 400);
  assert_int_equal (b->kind, PATCHART_KIND_RANKING);
  assert_string_equal (b->lang, "ja");
  assert_string_equal (b->source, "日经XTECH");
  assert_null (b->title);
  assert_int_equal (b->width, 900);
  assert_int_equal (b->top, 3);
  patchart_spec_free (spec);
}

static void
test_relative_paths (void **state)
{
  fixture *f = *state;
  patchart_spec *spec = load (f,
                              "[figure a]\nkind = bars\ninput = data/countries.csv\n"
                              "output = out/a.svg\n",
                              NULL);
  char *input = g_build_filename (f->dir, "data", "countries.csv", NULL);
  char *output = g_build_filename (f->dir, "out", "a.svg", NULL);
  guint index = 99;
  GError *error = NULL;
  patchart_figure *figure;

  assert_non_null (spec);
  assert_string_equal (patchart_spec_get_input (spec, 0), input);
  assert_string_equal (patchart_spec_get_output (spec, 0), output);
  assert_true (patchart_spec_find (spec, "a", &index));
  assert_int_equal (index, 0);
  assert_false (patchart_spec_find (spec, "b", &index));
  figure = patchart_spec_figure_new (spec, 0, &error);
  assert_non_null (figure);
  patchart_figure_free (figure);
  assert_true (patchart_spec_render_figure (spec, 0, &error));
  assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));
  g_free (input);
  g_free (output);
  patchart_spec_free (spec);
}

/* Problems in one figure's keys are that figure's error, with the line. */
static void
test_figure_errors (void **state)
{
  fixture *f = *state;
  GError *error = NULL;
  patchart_spec *spec =
      load (f,
            "[figure good]\nkind = bars\ninput = data/countries.csv\n"
            "[figure typo]\nkind = bars\ninput = data/countries.csv\n\n  colour = red\n"
            "[figure nokind]\ninput = data/countries.csv\n"
            "[figure badkind]\nkind = pie\ninput = x.csv\n"
            "[figure noinput]\nkind = bars\n"
            "[figure badext]\nkind = bars\ninput = data/countries.csv\noutput = a.gif\n",
            &error);
  static const struct {
    const char *name, *message;
  } cases[] = {
    { "typo", ":8: figure typo: unknown key 'colour'" },
    { "nokind", ":9: figure nokind: no kind: add kind = bars, ranking, heatmap or line" },
    { "badkind", ":12: figure badkind: kind pie: expected bars, ranking, heatmap or line" },
    { "noinput", ":14: figure noinput: no input: add input = FILE.csv" },
    { "badext", ":19: figure badext: output " },
  };

  if (spec == NULL)
    fail_msg ("%s", error->message);
  assert_non_null (patchart_spec_get_options (spec, 0));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    guint index;
    patchart_figure *figure;
    assert_true (patchart_spec_find (spec, cases[i].name, &index));
    assert_null (patchart_spec_get_options (spec, index));
    figure = patchart_spec_figure_new (spec, index, &error);
    assert_null (figure);
    assert_int_equal (error->code, PATCHART_ERROR_USAGE);
    if (strstr (error->message, cases[i].message) == NULL)
      fail_msg ("\"%s\" lacks \"%s\"", error->message, cases[i].message);
    g_clear_error (&error);
  }
  patchart_spec_free (spec);
}

/* Problems of the whole spec fail the load, with the line. */
static void
test_spec_errors (void **state)
{
  fixture *f = *state;

  expect_load_error (f, "[defaults]\nlang = en\ncolor = red\n[figure a]\nkind = bars\n",
                     ":3: [defaults]: unknown key 'color'");
  expect_load_error (f, "[figure a]\nkind = bars\n\n[report]\ntitel = x\n",
                     ":5: [report]: unknown key 'titel' (expected title, subtitle, author, "
                     "date, lang, page or data-files)");
  expect_load_error (f, "[figure a]\nkind = bars\n[chart b]\n",
                     ":3: unknown group [chart b]: expected [defaults], [report] or [figure NAME]");
  expect_load_error (f, "# no group yet\ntitle = x\n", ":2: a key before the first [group]");
  expect_load_error (f, "[figure a]\nkind bars\n",
                     ":2: expected [group], key = value or a # comment");
  expect_load_error (f, "[figure a]\n[figure a]\n", ":2: [figure a] again (first on line 1)");
  expect_load_error (f, "[defaults]\nlang = en\n", ": no figures: add a [figure NAME] group");
}

static void
count_done (const patchart_spec *spec, guint index, const GError *error, gpointer data)
{
  guint *counts = data;

  (void) spec;
  (void) index;
  counts[error != NULL]++;
}

static void
test_render_all (void **state)
{
  fixture *f = *state;
  patchart_spec *spec =
      load (f,
            "[defaults]\nkind = bars\ninput = data/countries.csv\n" /* input: figures only */
            "[figure a]\noutput = out/a.png\n",
            NULL);
  guint counts[2] = { 0, 0 };
  guint only[] = { 1 };

  assert_null (spec); /* input is not a [defaults] key */
  spec = load (f,
               "[defaults]\nkind = bars\nformat = png\n"
               "[figure a]\ninput = data/countries.csv\noutput = out/a\n"
               "[figure b]\ninput = data/nosuch.csv\noutput = out/b.png\n"
               "[figure c]\ninput = data/countries.csv\noutput = out/c.svg\ntitle = C\n",
               NULL);
  assert_non_null (spec);
  assert_int_equal (patchart_spec_render_all (spec, NULL, 0, 2, count_done, counts), 1);
  assert_int_equal (counts[0], 2);
  assert_int_equal (counts[1], 1);
  assert_int_equal (patchart_spec_render_all (spec, only, 1, 0, NULL, NULL), 1);
  patchart_spec_free (spec);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_defaults_and_overrides, setup, teardown),
    cmocka_unit_test_setup_teardown (test_relative_paths, setup, teardown),
    cmocka_unit_test_setup_teardown (test_figure_errors, setup, teardown),
    cmocka_unit_test_setup_teardown (test_spec_errors, setup, teardown),
    cmocka_unit_test_setup_teardown (test_render_all, setup, teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
