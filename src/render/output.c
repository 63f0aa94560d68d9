/* SPDX-License-Identifier: MIT */
/* output.c — each format rendered into memory (PNG and PDF through cairo,
 * the PDF surface from pdf.c, SVG by svgout.c), then written atomically
 * (temporary file in the target folder + rename) to the target target.c
 * finds, or straight into a device, FIFO or open descriptor. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "render/output.h" /* its own header first: it stands alone */
#include "figure/figure.h"
#include "figure/lang.h"
#include "render/pdf.h"
#include "render/pngout.h"
#include "render/render.h"
#include "render/svgout.h"
#include "render/target.h"

#define PX_TO_PT 0.75

/* Draws FIGURE over the whole of SURFACE, WIDTH x HEIGHT user units. */
static gboolean
draw_on (const patchart_figure *figure, cairo_surface_t *surface, double width, double height,
         GError **error)
{
  cairo_t *cr = cairo_create (surface);
  patchart_rect viewport = { 0, 0, width, height };
  gboolean ok = patchart_figure_render (figure, cr, &viewport, error);

  cairo_destroy (cr);
  return ok;
}

static gboolean
render_png (const patchart_figure *f, GByteArray *out, GError **error)
{
  int w = (int) ceil (f->width * f->scale), h = (int) ceil (f->height * f->scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  gboolean ok = patchart_surface_check (surface, error) && draw_on (f, surface, w, h, error);

  if (ok) {
    cairo_surface_flush (surface);
    ok = patchart_png_encode (surface, out, error);
  }
  cairo_surface_destroy (surface);
  return ok;
}

/* SVG comes from the display list itself (svgout.c), not from cairo.  A
 * figure without a title is called by its kind ("柱状图"). */
static gboolean
render_svg (const patchart_figure *f, GByteArray *out, GError **error)
{
  patchart_layout *layout = patchart_figure_layout (f, error);
  char *desc;
  patchart_svg_info info = { f->title, NULL, f->lang, f->svg_text };
  gboolean ok;

  if (layout == NULL)
    return FALSE;
  if (info.title == NULL || *info.title == '\0')
    info.title = patchart_words_for (f->lang)->kind_names[f->kind];
  info.desc = desc = patchart_figure_describe (f);
  ok = patchart_svg_write (layout, &info, out, error);
  g_free (desc);
  patchart_layout_free (layout);
  return ok;
}

/* One page from pdf.c, as the report's pages are made: a tagged PDF. */
static GBytes *
render_pdf (const patchart_figure *f, GError **error)
{
  patchart_layout *layout = patchart_figure_layout (f, error);
  char *keywords = g_strdup_printf ("%s, %s", patchart_kind_get_name (f->kind), f->lang);
  patchart_pdf_info info = { .title = f->title,
                             .subject = f->subtitle ? f->subtitle : f->source,
                             .keywords = keywords,
                             .lang = f->lang,
                             .scale = PX_TO_PT };
  GBytes *bytes = NULL;

  if (layout != NULL)
    bytes = patchart_pdf_pages ((const patchart_layout *const *) &layout, 1, &info, NULL, 0, error);
  patchart_layout_free (layout);
  g_free (keywords);
  return bytes;
}

GBytes *
patchart_figure_to_bytes (const patchart_figure *figure, patchart_format format, GError **error)
{
  GByteArray *out;
  gboolean ok;

  g_return_val_if_fail (figure != NULL, NULL);
  if (format == PATCHART_FORMAT_PDF)
    return render_pdf (figure, error);
  out = g_byte_array_new ();
  if (format == PATCHART_FORMAT_PNG)
    ok = render_png (figure, out, error);
  else
    ok = render_svg (figure, out, error);
  if (!ok) {
    g_byte_array_unref (out);
    return NULL;
  }
  return g_byte_array_free_to_bytes (out);
}

/* Sets an output error "PATH: WHAT: reason" from ERRNO_VALUE. */
static void
set_output_error (GError **error, const char *path, const char *what, int errno_value)
{
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_OUTPUT, "%s: %s: %s", path, what,
               g_strerror (errno_value));
}

static gboolean
write_stdout (GBytes *bytes, GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (fwrite (data, 1, length, stdout) == length && fflush (stdout) == 0)
    return TRUE;
  set_output_error (error, "<stdout>", "cannot write", errno);
  return FALSE;
}

/* Writes all LENGTH bytes of DATA to FD; errno tells why it failed. */
static gboolean
write_all (int fd, const char *data, gsize length)
{
  while (length > 0) {
    gssize n = write (fd, data, length);

    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return FALSE;
    data += n;
    length -= (gsize) n;
  }
  return TRUE;
}

/* Writes DATA to a temporary file beside TARGET, then renames it over
 * TARGET: TARGET is the old file or the whole new one, never a part.  On
 * failure the temporary file is removed, and the message names PATH (what
 * the user gave, perhaps a link to TARGET), not it.
 *
 * The data are not synced to the disk before the rename, as
 * g_file_set_contents() does when it replaces a file: a figure is made
 * again, not archived, like a compiler's output (no compiler syncs); ext4
 * writes out a file renamed over another with the rename (auto_da_alloc);
 * and the sync cost 0.9 ms of a 17 ms figure, each time a build redraws it. */
static gboolean
write_file (const char *path, const char *target, GBytes *bytes, GError **error)
{
  char *temp = g_strconcat (target, ".XXXXXX", NULL);
  int fd = g_mkstemp_full (temp, O_WRONLY, 0666);
  gboolean created = fd >= 0;
  gboolean ok = FALSE;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (fd < 0) {
    set_output_error (error, path, "cannot create", errno);
    goto out;
  }
  if (!write_all (fd, data, length)) {
    set_output_error (error, path, "cannot write", errno);
    goto out;
  }
  ok = close (fd) == 0;
  fd = -1;
  if (!ok) {
    set_output_error (error, path, "cannot write", errno);
    goto out;
  }
  ok = g_rename (temp, target) == 0;
  if (!ok)
    set_output_error (error, path, "cannot create", errno);
out:
  if (fd >= 0)
    close (fd);
  if (created && !ok)
    g_unlink (temp);
  g_free (temp);
  return ok;
}

/* Writes DATA straight into FD, which the caller keeps open. */
static gboolean
write_fd (const char *path, int fd, GBytes *bytes, GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (fd == STDOUT_FILENO)
    fflush (stdout); /* what the program printed before comes first */
  if (write_all (fd, data, length))
    return TRUE;
  set_output_error (error, path, "cannot write", errno);
  return FALSE;
}

/* A device, a FIFO or a socket is opened and written as it is: replacing
 * /dev/null with a file, or a FIFO that a reader waits on, would destroy
 * what the user named. */
static gboolean
write_special (const char *path, const char *target, GBytes *bytes, GError **error)
{
  int fd = g_open (target, O_WRONLY | O_NOCTTY, 0);
  gboolean ok;

  if (fd < 0) {
    set_output_error (error, path, "cannot open", errno);
    return FALSE;
  }
  ok = write_fd (path, fd, bytes, error);
  if (close (fd) != 0 && ok) {
    set_output_error (error, path, "cannot write", errno);
    ok = FALSE;
  }
  return ok;
}

gboolean
patchart_write_bytes (const char *path, GBytes *bytes, GError **error)
{
  patchart_output_target target;
  gboolean ok;

  g_return_val_if_fail (path != NULL && bytes != NULL, FALSE);
  if (strcmp (path, "-") == 0)
    return write_stdout (bytes, error);
  if (!patchart_output_target_find (path, &target, error))
    return FALSE;
  if (target.fd >= 0)
    ok = write_fd (path, target.fd, bytes, error);
  else if (target.special)
    ok = write_special (path, target.path, bytes, error);
  else {
    patchart_output_hold ();
    ok = write_file (path, target.path, bytes, error);
    patchart_output_release ();
  }
  patchart_output_target_clear (&target);
  return ok;
}

gboolean
patchart_figure_write (const patchart_figure *figure, const char *path, patchart_format format,
                       GError **error)
{
  GBytes *bytes;
  gboolean ok;

  g_return_val_if_fail (figure != NULL && path != NULL, FALSE);
  bytes = patchart_figure_to_bytes (figure, format, error);
  if (bytes == NULL)
    return FALSE;
  ok = patchart_write_bytes (path, bytes, error);
  g_bytes_unref (bytes);
  return ok;
}

gboolean
patchart_format_from_name (const char *name, patchart_format *format)
{
  static const struct {
    const char *name;
    patchart_format format;
  } formats[] = { { "png", PATCHART_FORMAT_PNG },
                  { "svg", PATCHART_FORMAT_SVG },
                  { "pdf", PATCHART_FORMAT_PDF } };
  const char *dot = strrchr (name, '.');
  const char *ext = dot != NULL ? dot + 1 : name;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (ext, formats[i].name) == 0) {
      *format = formats[i].format;
      return TRUE;
    }
  return FALSE;
}

/* For other writers (report.c): the same write. */
gboolean
patchart_output_write_bytes (const char *path, GBytes *bytes, GError **error)
{
  return patchart_write_bytes (path, bytes, error);
}
