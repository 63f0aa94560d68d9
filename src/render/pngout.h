/* SPDX-License-Identifier: MIT */
/* pngout.h — PNG bytes from a cairo image, through libpng with settings
 * for charts (cairo's own writer compresses harder and 5x slower). */
#ifndef PATCHART_PNGOUT_H
#define PATCHART_PNGOUT_H

#include <cairo.h>
#include <glib.h>

/* Appends IMAGE (a CAIRO_FORMAT_RGB24 image surface, flushed) to OUT as
 * an 8-bit RGB PNG.  Fails with PATCHART_ERROR_INTERNAL. */
gboolean patchart_png_encode (cairo_surface_t *image, GByteArray *out, GError **error);

#endif
