/* SPDX-License-Identifier: MIT */
/* test_scale.c — nice ticks, scales and the colour helpers (pure code). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "chart/color.h"
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
    cmocka_unit_test (test_text_contrasts),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
