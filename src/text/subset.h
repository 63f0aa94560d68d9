/* SPDX-License-Identifier: MIT */
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

/* Makes each font noted into a font face of only its glyphs noted, in the
 * order of their ids (HarfBuzz's subsetter, then FreeType from memory).
 * FALSE with a PATCHART_ERROR_FONT error if a font cannot be cut. */
gboolean patchart_font_subsets_make (patchart_font_subsets *subsets, GError **error);

/* Each font's subset face (after patchart_font_subsets_make(); NULL if the
 * font was not noted) and its glyph ids there, for
 * patchart_text_block_draw_faces() with the subsets as its data. */
extern const patchart_faces patchart_font_subsets_faces;

#endif
