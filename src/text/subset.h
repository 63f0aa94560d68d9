/* subset.h — a document's fonts cut down to the glyphs it shows, before
 * cairo sees them: cairo's PDF writer then reads and copies a few
 * kilobytes of each font instead of its whole 12 MB. */
#ifndef PATCHART_SUBSET_H
#define PATCHART_SUBSET_H

#include <cairo.h>
#include <glib.h>

#include "text/text.h"

typedef struct patchart_font_subsets patchart_font_subsets;

patchart_font_subsets *patchart_font_subsets_new (void);
void patchart_font_subsets_free (patchart_font_subsets *subsets);

/* Notes every glyph BLOCK shows. */
void patchart_font_subsets_add (patchart_font_subsets *subsets, const patchart_text_block *block);

/* Makes each font noted into a font face of only its glyphs noted, with
 * the same glyph ids (HarfBuzz's subsetter, then FreeType from memory).
 * FALSE with a PATCHART_ERROR_FONT error if a font cannot be cut. */
gboolean patchart_font_subsets_make (patchart_font_subsets *subsets, GError **error);

/* A patchart_face_func: FONT's subset face (after
 * patchart_font_subsets_make()), or NULL if FONT was not noted.  DATA is
 * the subsets; the face is theirs. */
cairo_font_face_t *patchart_font_subsets_face (gconstpointer font, gpointer data);

#endif
