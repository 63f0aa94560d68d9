/* SPDX-License-Identifier: MIT */
/* pngcmp — what a person checks in a PNG, for the end-to-end tests.
 *
 *   pngcmp size FILE                      prints "WIDTH HEIGHT"
 *   pngcmp compare ACTUAL EXPECTED DIFF MAX_CHANGED MAX_DELTA
 *       counts pixels whose largest channel difference exceeds MAX_DELTA;
 *       fails (exit 1) when more than MAX_CHANGED pixels differ or the sizes
 *       differ, and then writes DIFF: changed pixels in red over a faded copy.
 *   pngcmp differ A B MIN_CHANGED          fails unless at least MIN_CHANGED
 *       pixels differ (to prove that an option changes the picture).
 */
#include <cairo.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static cairo_surface_t *
load (const char *path)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);

  if (cairo_surface_status (image) != CAIRO_STATUS_SUCCESS) {
    fprintf (stderr, "pngcmp: %s: %s\n", path,
             cairo_status_to_string (cairo_surface_status (image)));
    exit (2);
  }
  cairo_surface_flush (image);
  return image;
}

static int
channel_delta (uint32_t a, uint32_t b)
{
  int worst = 0;

  for (int shift = 0; shift < 32; shift += 8) {
    int d = abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff));
    worst = d > worst ? d : worst;
  }
  return worst;
}

/* Counts differing pixels; marks them in DIFF when it is not NULL. */
static long
count_changed (cairo_surface_t *a, cairo_surface_t *b, int max_delta, cairo_surface_t *diff)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  int sa = cairo_image_surface_get_stride (a), sb = cairo_image_surface_get_stride (b);
  unsigned char *da = cairo_image_surface_get_data (a), *db = cairo_image_surface_get_data (b);
  unsigned char *dd = diff ? cairo_image_surface_get_data (diff) : NULL;
  int sd = diff ? cairo_image_surface_get_stride (diff) : 0;
  long changed = 0;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++) {
      uint32_t pa = ((uint32_t *) (da + y * sa))[x], pb = ((uint32_t *) (db + y * sb))[x];
      int bad = channel_delta (pa, pb) > max_delta;
      changed += bad;
      if (dd != NULL)
        ((uint32_t *) (dd + y * sd))[x] =
            bad ? 0xffff0000 : 0xff000000 | ((pa & 0xfefefe) >> 1) | 0x808080;
    }
  return changed;
}

static int
same_size (cairo_surface_t *a, cairo_surface_t *b)
{
  return cairo_image_surface_get_width (a) == cairo_image_surface_get_width (b) &&
         cairo_image_surface_get_height (a) == cairo_image_surface_get_height (b);
}

static int
compare (const char *actual, const char *expected, const char *diff_path, long max_changed,
         int max_delta)
{
  cairo_surface_t *a = load (actual), *b = load (expected), *diff;
  long changed;

  if (!same_size (a, b)) {
    fprintf (stderr, "pngcmp: %s is %dx%d, %s is %dx%d\n", actual,
             cairo_image_surface_get_width (a), cairo_image_surface_get_height (a), expected,
             cairo_image_surface_get_width (b), cairo_image_surface_get_height (b));
    return 1;
  }
  diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, cairo_image_surface_get_width (a),
                                     cairo_image_surface_get_height (a));
  changed = count_changed (a, b, max_delta, diff);
  cairo_surface_mark_dirty (diff);
  printf ("pngcmp: %ld pixels differ by more than %d (allowed %ld)\n", changed, max_delta,
          max_changed);
  if (changed > max_changed)
    cairo_surface_write_to_png (diff, diff_path);
  cairo_surface_destroy (diff);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  return changed > max_changed;
}

static int
differ (const char *a_path, const char *b_path, long min_changed)
{
  cairo_surface_t *a = load (a_path), *b = load (b_path);
  long changed = same_size (a, b) ? count_changed (a, b, 32, NULL) : min_changed;

  printf ("pngcmp: %ld pixels differ\n", changed);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  return changed < min_changed;
}

int
main (int argc, char **argv)
{
  if (argc == 3 && strcmp (argv[1], "size") == 0) {
    cairo_surface_t *image = load (argv[2]);
    printf ("%d %d\n", cairo_image_surface_get_width (image),
            cairo_image_surface_get_height (image));
    cairo_surface_destroy (image);
    return 0;
  }
  if (argc == 7 && strcmp (argv[1], "compare") == 0)
    return compare (argv[2], argv[3], argv[4], atol (argv[5]), atoi (argv[6]));
  if (argc == 5 && strcmp (argv[1], "differ") == 0)
    return differ (argv[2], argv[3], atol (argv[4]));
  fprintf (stderr, "usage: pngcmp size FILE | compare ACTUAL EXPECTED DIFF MAX_CHANGED MAX_DELTA"
                   " | differ A B MIN_CHANGED\n");
  return 2;
}
