/* SPDX-License-Identifier: MIT */
/* pdf.h — PDF in memory through cairo: the one place that makes PDF
 * surfaces, sets their metadata and dates, and paints a document of page
 * layouts with bookmarks (the report's). */
#ifndef PATCHART_PDF_H
#define PATCHART_PDF_H

#include <cairo.h>
#include <glib.h>

#include "chart/layout.h"

/* The document's information; fields that are NULL are left out.  LANG
 * is its language (the catalog's /Lang); SCALE the points per layout unit
 * of its pages (0: 1). */
typedef struct {
  const char *title, *author, *subject, *keywords;
  const char *lang;
  double scale;
} patchart_pdf_info;

/* A bookmark on the outline's first level: its text, and the name of the
 * destination it opens (see patchart_layout_dest()). */
typedef struct {
  const char *title;
  const char *dest;
} patchart_pdf_bookmark;

/* The date PDF files carry, "YYYY-MM-DDTHH:MM:SSZ": SOURCE_DATE_EPOCH,
 * else 1970-01-01, so that the same command always writes the same bytes.
 * Returns a new string. */
char *patchart_pdf_date (void);

/* A PDF surface of WIDTH x HEIGHT points that appends its bytes to OUT
 * (which must outlive it), with INFO (or NULL), "patchart VERSION" as
 * its creator and patchart_pdf_date() as its dates.  Never NULL: check
 * its status (cairo_surface_status()); the caller destroys it. */
cairo_surface_t *patchart_pdf_surface_new (GByteArray *out, double width, double height,
                                           const patchart_pdf_info *info);

/* N_PAGES PAGES (N_PAGES >= 1) painted one a page, each page its layout's
 * size times INFO's scale in points; with INFO and N_BOOKMARKS BOOKMARKS.
 * A tagged PDF: a Document element holding what draw.c writes, alt texts,
 * language and the title as the window title (pdfupdate.c).  Returns the
 * PDF (g_bytes_unref()), or NULL with an error. */
GBytes *patchart_pdf_pages (const patchart_layout *const *pages, guint n_pages,
                            const patchart_pdf_info *info, const patchart_pdf_bookmark *bookmarks,
                            guint n_bookmarks, GError **error);

/* Rewrites PDF, as cairo wrote it, with the catalog given /Lang LANG
 * (unless NULL) and /ViewerPreferences << /DisplayDocTitle true >>, and
 * each Figure structure element, in cairo's numbering, ALTS[i] as its
 * /Alt; compactly: cairo's streams as they are (their lengths in place),
 * every other object in one compressed object stream, a compressed
 * cross-reference stream (pdfupdate.c).  Fails (PATCHART_ERROR_INTERNAL)
 * when the file is not as cairo 1.16 writes it or the number of Figure
 * elements is not N_ALTS; PDF is then left as it was. */
gboolean patchart_pdf_update_tags (GByteArray *pdf, const char *lang, char *const *alts,
                                   guint n_alts, GError **error);

/* TRUE if SURFACE is not in error; else PATCHART_ERROR_INTERNAL "cairo: ...". */
gboolean patchart_surface_check (cairo_surface_t *surface, GError **error);

#endif
