/* SPDX-License-Identifier: MIT */
/* test_scale.c — nice ticks, scales and the colour helpers (pure code). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "chart/color.h"
#include "chart/colorscale.h"
#include "chart/scale.h"

static void
assert_ticks (double lo, double hi, guint max, double min_step, double first, double last,
              double step)
{
  patchart_ticks t;

  patchart_ticks_nice (lo, hi, max, min_step, &t);
  if (fabs (t.ticks[0] - first) > 1e-9 || fabs (t.ticks[t.n_ticks - 1] - last) > 1e-9 ||
      fabs (t.step - step) > 1e-9)
    fail_msg ("[%g, %g] max %u: got %g..%g step %g, want %g..%g step %g", lo, hi, max, t.ticks[0],
              t.ticks[t.n_ticks - 1], t.step, first, last, step);
  assert_true (t.n_ticks <= max);
  assert_true (t.lo <= lo && t.hi >= hi);
}

static void
test_nice_ticks (void **state)
{
  assert_ticks (0, 30124, 6, 0, 0, 40000, 10000); /* the country bars */
  assert_ticks (0, 30124, 8, 0, 0, 35000, 5000);
  assert_ticks (0, 575, 6, 0, 0, 600, 200);
  assert_ticks (0, 1350, 6, 0, 0, 1500, 500);
  assert_ticks (-120, 480, 7, 0, -200, 600, 200); /* step 100 would need 8 ticks */
  assert_ticks (-120, 480, 8, 0, -200, 500, 100);
  assert_ticks (0, 0.37, 5, 0, 0, 0.4, 0.1);
  assert_ticks (0, 3, 8, 0, 0, 3, 0.5);
  assert_ticks (0, 3, 8, 1, 0, 3, 1);  /* counts: whole steps only */
  assert_ticks (5, 5, 6, 0, 5, 10, 1); /* a flat series still has a range */
  assert_ticks (0, 0, 6, 0, 0, 1, 0.2);
}

static void
test_ticks_are_exact (void **state)
{
  patchart_ticks t;

  patchart_ticks_nice (0, 0.7, 8, 0, &t);
  for (guint i = 0; i < t.n_ticks; i++)
    assert_true (fabs (t.ticks[i] - i * 0.1) < 1e-12); /* no 0.30000000000000004 */
  assert_int_equal (t.decimals, 1);
  patchart_ticks_nice (0, 30124, 6, 0, &t);
  assert_int_equal (t.decimals, 0);
}

static void
test_nice_number (void **state)
{
  assert_true (patchart_nice_number (7300, FALSE) == 10000);
  assert_true (patchart_nice_number (1300, FALSE) == 2000);
  assert_true (patchart_nice_number (1300, TRUE) == 1000);
  assert_true (patchart_nice_number (0.042, FALSE) == 0.05);
}

static void
test_scale_map (void **state)
{
  patchart_scale s = { 0, 40000, 400, 100 }; /* y grows downward */

  assert_true (patchart_scale_map (&s, 0) == 400);
  assert_true (patchart_scale_map (&s, 40000) == 100);
  assert_true (patchart_scale_map (&s, 10000) == 325);
}

static void
test_colormap_light_to_dark (void **state)
{
  double previous = 2;

  for (int i = 0; i <= 20; i++) {
    double l = patchart_luminance (patchart_colormap (i / 20.0));
    assert_true (l < previous); /* more is always darker */
    previous = l;
  }
  assert_true (patchart_luminance (patchart_colormap (0)) > 0.85);
  assert_true (patchart_luminance (patchart_colormap (1)) < 0.05);
}

static void
test_text_contrasts (void **state)
{
  patchart_rgb light = patchart_colormap (0.05), dark = patchart_colormap (0.95);

  assert_true (patchart_luminance (patchart_text_on (light)) < 0.1);
  assert_true (patchart_luminance (patchart_text_on (dark)) > 0.9);
  /* every cell colour gets text of at least 4.5:1 (WCAG AA), including
   * the middle greys where the palette's dark text falls short */
  for (int i = 0; i <= 1000; i++) {
    patchart_rgb cell = patchart_colormap (i / 1000.0);
    double ratio = patchart_contrast (patchart_text_on (cell), cell);
    if (ratio < 4.5)
      fail_msg ("colour map at %.3f: text contrast %.2f:1", i / 1000.0, ratio);
  }
  for (int grey = 0; grey <= 255; grey++) {
    patchart_rgb cell = { grey / 255.0, grey / 255.0, grey / 255.0 };
    if (patchart_contrast (patchart_text_on (cell), cell) < 4.5)
      fail_msg ("grey %d: text contrast below 4.5:1", grey);
  }
  assert_true (
      fabs (patchart_contrast ((patchart_rgb){ 0, 0, 0 }, (patchart_rgb){ 1, 1, 1 }) - 21) < 1e-9);
}

/* Log ticks are powers of ten around the values (with 2 and 5 within
 * one decade); quantile breaks split the values into classes of about
 * equal size; auto is diverging exactly when the values cross zero. */
static void
test_color_scales (void **state)
{
  double ticks[PATCHART_MAX_TICKS], d0, d1, breaks[6];
  const double values[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, NAN, 100 };
  const double same[] = { 4, 4, 4 };
  guint n;

  n = patchart_log_ticks (3, 1350, ticks, &d0, &d1);
  assert_int_equal (n, 5); /* 1 10 100 1000 10000 */
  assert_true (ticks[0] == 1 && ticks[4] == 10000 && d0 == 1 && d1 == 10000);
  assert_true (fabs (patchart_log_t (100, d0, d1) - 0.5) < 1e-12);
  n = patchart_log_ticks (3, 8, ticks, &d0, &d1);
  assert_int_equal (n, 4); /* 1 2 5 10 */
  assert_true (ticks[1] == 2 && ticks[2] == 5 && ticks[3] == 10);
  n = patchart_quantile_breaks (values, G_N_ELEMENTS (values), 5, breaks);
  assert_int_equal (n, 6);
  assert_true (breaks[0] == 1 && breaks[5] == 100);
  assert_int_equal (patchart_quantile_class (breaks, n, 1), 0);
  assert_int_equal (patchart_quantile_class (breaks, n, 100), 4);
  assert_int_equal (patchart_quantile_breaks (same, 3, 5, breaks), 1);
  assert_int_equal (patchart_color_scale_resolve (PATCHART_COLOR_SCALE_AUTO, -1, 5),
                    PATCHART_COLOR_SCALE_DIVERGING);
  assert_int_equal (patchart_color_scale_resolve (PATCHART_COLOR_SCALE_AUTO, 0, 5),
                    PATCHART_COLOR_SCALE_LINEAR);
  assert_int_equal (patchart_color_scale_resolve (PATCHART_COLOR_SCALE_LOG, -1, 5),
                    PATCHART_COLOR_SCALE_LOG);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_nice_ticks),
    cmocka_unit_test (test_ticks_are_exact),
    cmocka_unit_test (test_nice_number),
    cmocka_unit_test (test_scale_map),
    cmocka_unit_test (test_colormap_light_to_dark),
    cmocka_unit_test (test_color_scales),
    cmocka_unit_test (test_text_contrasts),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
