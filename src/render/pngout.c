/* SPDX-License-Identifier: MIT */
/* pngout.c — a cairo RGB24 image as PNG bytes, through libpng.
 *
 * Charts are flat colours and antialiased edges.  For them no row filter
 * and zlib level 2 give files about 10% smaller than cairo's writer (which
 * filters every row all five ways and deflates at level 6) for a fifth of
 * its instructions: 34M instead of 171M for an 800x500 figure.  A figure of
 * at most 256 colours (most of them: white, a few fills, grey text and its
 * antialiasing) is written with a palette instead, one byte per pixel:
 * half the bytes again and half the time.  The pixels are the same either
 * way.  libpng is already loaded by cairo.  No time or other varying chunk
 * is written, and the palette is in order of first appearance. */
#include <png.h>
#include <setjmp.h>
#include <stdint.h>

#include "patchart.h"
#include "render/pngout.h"

#define ZLIB_LEVEL 2
#define MAX_COLORS 256
#define SLOTS 1024 /* hash slots for MAX_COLORS: a power of two, mostly empty */

/* The colours of an image and each pixel's index among them. */
typedef struct {
  png_color colors[MAX_COLORS];
  guint n_colors;
  guint32 keys[SLOTS]; /* colour + 1; 0 for an empty slot */
  guint8 index_of[SLOTS];
  guint8 *indices; /* width * height */
} palette;

/* The index of colour C (0x00RRGGBB), added if new; -1 if it would be
 * the 257th. */
static int
palette_index (palette *p, guint32 c)
{
  guint slot = (c * 2654435761u) >> 22;

  while (p->keys[slot] != 0 && p->keys[slot] != c + 1)
    slot = (slot + 1) & (SLOTS - 1);
  if (p->keys[slot] != 0)
    return p->index_of[slot];
  if (p->n_colors == MAX_COLORS)
    return -1;
  p->keys[slot] = c + 1;
  p->index_of[slot] = (guint8) p->n_colors;
  p->colors[p->n_colors] = (png_color){ (png_byte) (c >> 16), (png_byte) (c >> 8), (png_byte) c };
  return p->n_colors++;
}

/* Indexes every pixel of IMAGE; FALSE if it has more than 256 colours. */
static gboolean
palette_fill (palette *p, cairo_surface_t *image)
{
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image);
  const guint8 *data = cairo_image_surface_get_data (image);
  guint8 *out = p->indices;
  guint32 last = G_MAXUINT32;
  int index = 0;

  for (int y = 0; y < height; y++) {
    const uint32_t *row = (const uint32_t *) (const void *) (data + (gsize) y * stride);
    for (int x = 0; x < width; x++) {
      guint32 c = row[x] & 0xffffff;
      if (c != last) {
        index = palette_index (p, c);
        if (index < 0)
          return FALSE;
        last = c;
      }
      *out++ = (guint8) index;
    }
  }
  return TRUE;
}

static void
append_bytes (png_structp png, png_bytep data, png_size_t length)
{
  g_byte_array_append (png_get_io_ptr (png), data, (guint) length);
}

static void
flush_nothing (png_structp png)
{
}

/* libpng reports errors by longjmp to the png_jmpbuf: keep the message. */
static void
on_error (png_structp png, png_const_charp message)
{
  char **failure = png_get_error_ptr (png);

  *failure = g_strdup (message);
  png_longjmp (png, 1);
}

static void
on_warning (png_structp png, png_const_charp message)
{
}

/* One row of 0x00RRGGBB pixels as R, G, B bytes. */
static void
pack_row (const uint32_t *pixels, int width, guint8 *row)
{
  for (int x = 0; x < width; x++) {
    row[3 * x] = (guint8) (pixels[x] >> 16);
    row[3 * x + 1] = (guint8) (pixels[x] >> 8);
    row[3 * x + 2] = (guint8) pixels[x];
  }
}

/* Writes IMAGE with the colours of P if it has them all, else as RGB
 * through ROW (3 bytes per pixel). */
static void
write_image (png_structp png, png_infop info, cairo_surface_t *image, const palette *p, guint8 *row)
{
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image);
  const guint8 *data = cairo_image_surface_get_data (image);

  png_set_IHDR (png, info, (png_uint_32) width, (png_uint_32) height, 8,
                p != NULL ? PNG_COLOR_TYPE_PALETTE : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  if (p != NULL)
    png_set_PLTE (png, info, p->colors, (int) p->n_colors);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_compression_level (png, ZLIB_LEVEL);
  png_write_info (png, info);
  for (int y = 0; y < height; y++) {
    if (p != NULL) {
      png_write_row (png, p->indices + (gsize) y * width);
      continue;
    }
    pack_row ((const uint32_t *) (const void *) (data + (gsize) y * stride), width, row);
    png_write_row (png, row);
  }
  png_write_end (png, info);
}

gboolean
patchart_png_encode (cairo_surface_t *image, GByteArray *out, GError **error)
{
  gsize width = (gsize) cairo_image_surface_get_width (image);
  char *failure = NULL;
  palette *p;
  guint8 *row;
  png_structp png;
  png_infop info;
  gboolean ok = FALSE;

  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24, FALSE);
  p = g_new0 (palette, 1);
  p->indices = g_malloc (width * (gsize) cairo_image_surface_get_height (image) + 1);
  row = g_malloc (width * 3 + 1);
  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, &failure, on_error, on_warning);
  info = png != NULL ? png_create_info_struct (png) : NULL;
  if (info == NULL)
    goto out;
  if (setjmp (png_jmpbuf (png)))
    goto out;
  png_set_write_fn (png, out, append_bytes, flush_nothing);
  write_image (png, info, image, palette_fill (p, image) ? p : NULL, row);
  ok = TRUE;
out:
  png_destroy_write_struct (&png, &info);
  g_free (row);
  g_free (p->indices);
  g_free (p);
  if (!ok)
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_INTERNAL, "cannot encode the PNG image: %s",
                 failure != NULL ? failure : "out of memory");
  g_free (failure);
  return ok;
}
