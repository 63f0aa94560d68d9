/* SPDX-License-Identifier: MIT */
/* pdf.c — PDF surfaces that write into memory, their metadata, and a
 * document of page layouts painted by draw.c with an outline. */
#include <cairo-pdf.h>

#include "render/pdf.h"
#include "config.h"
#include "patchart.h"
#include "render/draw.h"

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

char *
patchart_pdf_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 seconds = 0;
  GDateTime *when;
  char *text;

  if (epoch != NULL && !g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64 / 2, &seconds, NULL))
    seconds = 0;
  when = g_date_time_new_from_unix_utc (seconds);
  if (when == NULL)
    when = g_date_time_new_from_unix_utc (0);
  text = g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
  g_date_time_unref (when);
  return text;
}

static void
set_if (cairo_surface_t *surface, cairo_pdf_metadata_t key, const char *value)
{
  if (value != NULL)
    cairo_pdf_surface_set_metadata (surface, key, value);
}

cairo_surface_t *
patchart_pdf_surface_new (GByteArray *out, double width, double height,
                          const patchart_pdf_info *info)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, out, width, height);
  char *date = patchart_pdf_date ();

  if (info != NULL) {
    set_if (surface, CAIRO_PDF_METADATA_TITLE, info->title);
    set_if (surface, CAIRO_PDF_METADATA_AUTHOR, info->author);
    set_if (surface, CAIRO_PDF_METADATA_SUBJECT, info->subject);
    set_if (surface, CAIRO_PDF_METADATA_KEYWORDS, info->keywords);
  }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "patchart " PATCHART_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
  g_free (date);
  return surface;
}

static void
add_bookmarks (cairo_surface_t *surface, const patchart_pdf_bookmark *bookmarks, guint n)
{
  GString *link = g_string_new (NULL);

  for (guint i = 0; i < n; i++) {
    g_string_truncate (link, 0);
    patchart_put_tag_string (link, "dest", bookmarks[i].dest);
    cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, bookmarks[i].title, link->str,
                                   0);
  }
  g_string_free (link, TRUE);
}

/* Each page at its own size, then the next, in one Document element. */
static void
paint_pages (cairo_surface_t *surface, const patchart_layout *const *pages, guint n_pages,
             double scale)
{
  cairo_t *cr = cairo_create (surface);

  cairo_tag_begin (cr, "Document", "");
  for (guint i = 0; i < n_pages; i++) {
    double w = pages[i]->width * scale, h = pages[i]->height * scale;

    /* the first page has the surface's size: set again after the
     * Document element is opened, cairo 1.16 would lose the structure */
    if (i > 0)
      cairo_pdf_surface_set_size (surface, w, h);
    if (scale == 1)
      patchart_draw_layout (pages[i], cr);
    else
      patchart_draw_layout_in (pages[i], cr, &(patchart_box){ 0, 0, w, h });
    cairo_show_page (cr);
  }
  cairo_tag_end (cr, "Document");
  cairo_destroy (cr);
}

/* Text drawn with the fonts cut down to the pages' glyphs (text/subset.c):
 * cairo then embeds a small font instead of reading the whole one. */
static gboolean
use_font_subsets (cairo_surface_t *surface, const patchart_layout *const *pages, guint n_pages,
                  GError **error)
{
  patchart_font_subsets *subsets = patchart_font_subsets_new ();

  for (guint i = 0; i < n_pages; i++)
    patchart_draw_note_glyphs (pages[i], subsets);
  if (!patchart_font_subsets_make (subsets, error)) {
    patchart_font_subsets_free (subsets);
    return FALSE;
  }
  patchart_draw_use_subsets (surface, subsets);
  return TRUE;
}

/* The structure cairo cannot write, added after it finished. */
static gboolean
update_tags (GByteArray *out, const patchart_layout *const *pages, guint n_pages,
             const patchart_pdf_info *info, GError **error)
{
  GPtrArray *alts = g_ptr_array_new ();
  gboolean ok;

  for (guint i = 0; i < n_pages; i++)
    patchart_draw_alt_texts (pages[i], alts);
  ok = patchart_pdf_update_tags (out, info != NULL ? info->lang : NULL, (char **) alts->pdata,
                                 alts->len, error);
  g_ptr_array_unref (alts);
  return ok;
}

gboolean
patchart_surface_check (cairo_surface_t *surface, GError **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_INTERNAL, "cairo: %s",
               cairo_status_to_string (status));
  return FALSE;
}

GBytes *
patchart_pdf_pages (const patchart_layout *const *pages, guint n_pages,
                    const patchart_pdf_info *info, const patchart_pdf_bookmark *bookmarks,
                    guint n_bookmarks, GError **error)
{
  GByteArray *out = g_byte_array_new ();
  cairo_surface_t *surface;
  double scale;
  gboolean ok;

  g_return_val_if_fail (pages != NULL && n_pages > 0, NULL);
  scale = info != NULL && info->scale > 0 ? info->scale : 1;
  surface = patchart_pdf_surface_new (out, pages[0]->width * scale, pages[0]->height * scale, info);
  ok = use_font_subsets (surface, pages, n_pages, error);
  if (ok) {
    add_bookmarks (surface, bookmarks, n_bookmarks);
    paint_pages (surface, pages, n_pages, scale);
  }
  cairo_surface_finish (surface);
  ok = ok && patchart_surface_check (surface, error);
  cairo_surface_destroy (surface);
  ok = ok && update_tags (out, pages, n_pages, info, error);
  if (!ok) {
    g_byte_array_unref (out);
    return NULL;
  }
  return g_byte_array_free_to_bytes (out);
}
