/* SPDX-License-Identifier: MIT */
/* svgfont.h — fonts embedded in an SVG for its real text (--svg-text). */
#ifndef PATCHART_SVGFONT_H
#define PATCHART_SVGFONT_H

#include <glib.h>
#include <hb.h>

#include "patchart.h"

/* What an SVG shows of one font: the glyphs and the characters. */
typedef struct {
  gconstpointer font; /* a patchart_glyph's font (a PangoFont) */
  hb_set_t *glyphs;
  hb_set_t *chars;
} patchart_svg_font;

patchart_svg_font *patchart_svg_font_new (gconstpointer font);
void patchart_svg_font_free (patchart_svg_font *f);

/* Notes GLYPH and the LENGTH bytes of TEXT it shows as used. */
void patchart_svg_font_add (patchart_svg_font *f, guint glyph, const char *text, int length);

/* Appends to CSS an @font-face rule naming FAMILY, with the subset of
 * F's font that holds what was added, as OpenType in a data URI. */
gboolean patchart_svg_font_face (const patchart_svg_font *f, const char *family, GString *css,
                                 GError **error);

#endif
