/* SPDX-License-Identifier: MIT */
/* subset.c — each font of a document cut down to its glyphs, as a cairo
 * font face.
 *
 * cairo 1.16 embeds a CFF font in a PDF by loading the font's whole CFF
 * table (11 MB for each bundled font) and copying it twice before it keeps
 * the glyphs used: most of a figure's PDF time and memory.  Here HarfBuzz's
 * subsetter first cuts the font (read through the mapping pango already
 * has) to the glyphs the document shows, numbered anew in the order of
 * their ids (the plan says which is which, and text.c draws pango's glyphs
 * by their new ids); FreeType opens the result from memory, and cairo only
 * ever sees that small font.  Keeping the ids instead (RETAIN_GIDS) made
 * the subsetter write an empty glyph for each of the 60,000 others: five
 * times the work. */
#include <ft2build.h>
#include <freetype/freetype.h>
#include <cairo-ft.h>
#include <hb-subset.h>
#include <pango/pangocairo.h>

#include "patchart.h"
#include "text/subset.h"

/* One font file's glyphs, and then its face. */
typedef struct {
  hb_face_t *source; /* pango's */
  hb_set_t *glyphs;
  hb_subset_plan_t *plan;  /* after making: the glyphs' new ids */
  cairo_font_face_t *face; /* after making */
} font_subset;

struct patchart_font_subsets {
  GHashTable *by_font; /* PangoFont * -> font_subset * (borrowed) */
  GPtrArray *subsets;  /* of font_subset *, in the order first seen */
};

static void
font_subset_free (font_subset *subset)
{
  hb_face_destroy (subset->source);
  hb_set_destroy (subset->glyphs);
  hb_subset_plan_destroy (subset->plan);
  if (subset->face != NULL)
    cairo_font_face_destroy (subset->face);
  g_free (subset);
}

patchart_font_subsets *
patchart_font_subsets_new (void)
{
  patchart_font_subsets *subsets = g_new0 (patchart_font_subsets, 1);

  subsets->by_font = g_hash_table_new (NULL, NULL);
  subsets->subsets = g_ptr_array_new_with_free_func ((GDestroyNotify) font_subset_free);
  return subsets;
}

void
patchart_font_subsets_free (patchart_font_subsets *subsets)
{
  if (subsets == NULL)
    return;
  g_hash_table_unref (subsets->by_font);
  g_ptr_array_unref (subsets->subsets);
  g_free (subsets);
}

/* FONT's subset; fonts of one file (regular in two languages) share one. */
static font_subset *
subset_of (patchart_font_subsets *subsets, gconstpointer font)
{
  font_subset *subset = g_hash_table_lookup (subsets->by_font, font);
  hb_face_t *source;

  if (subset != NULL)
    return subset;
  source = hb_font_get_face (pango_font_get_hb_font ((PangoFont *) font));
  for (guint i = 0; i < subsets->subsets->len && subset == NULL; i++) {
    font_subset *other = g_ptr_array_index (subsets->subsets, i);
    if (other->source == source)
      subset = other;
  }
  if (subset == NULL) {
    subset = g_new0 (font_subset, 1);
    subset->source = hb_face_reference (source);
    subset->glyphs = hb_set_create ();
    hb_set_add (subset->glyphs, 0); /* .notdef, which every font must keep */
    g_ptr_array_add (subsets->subsets, subset);
  }
  g_hash_table_insert (subsets->by_font, (gpointer) font, subset);
  return subset;
}

static void
note_glyph (const patchart_glyph *glyph, gpointer data)
{
  hb_set_add (subset_of (data, glyph->font)->glyphs, glyph->id);
}

void
patchart_font_subsets_add (patchart_font_subsets *subsets, const patchart_text_block *block)
{
  patchart_text_block_foreach_glyph (block, note_glyph, subsets);
}

/* What a subset face keeps alive: FreeType's face over HarfBuzz's bytes,
 * in a FreeType library of its own, since the face may be freed on any
 * thread (cairo keeps fonts for a while after their last use). */
typedef struct {
  FT_Library library;
  FT_Face face;
  hb_blob_t *blob;
} face_data;

static void
face_data_free (void *data)
{
  face_data *d = data;

  if (d->face != NULL)
    FT_Done_Face (d->face);
  if (d->library != NULL)
    FT_Done_FreeType (d->library);
  hb_blob_destroy (d->blob);
  g_free (d);
}

static const cairo_user_data_key_t face_data_key;

/* Tables the subset does without: the glyphs are laid out already, and
 * their text goes with them (cairo_show_text_glyphs()), not through a cmap.
 * Hidden from the subsetter, not only dropped from its output: with a cmap
 * it maps every character of the font (70% of its work). */
static const hb_tag_t hidden[] = {
  HB_TAG ('c', 'm', 'a', 'p'), HB_TAG ('G', 'S', 'U', 'B'), HB_TAG ('G', 'P', 'O', 'S'),
  HB_TAG ('G', 'D', 'E', 'F'), HB_TAG ('B', 'A', 'S', 'E'), HB_TAG ('v', 'h', 'e', 'a'),
  HB_TAG ('v', 'm', 't', 'x'), HB_TAG ('V', 'O', 'R', 'G'), HB_TAG ('D', 'S', 'I', 'G'),
};

static hb_blob_t *
visible_table (hb_face_t *face, hb_tag_t tag, void *source)
{
  (void) face;
  for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
    if (tag == hidden[i])
      return hb_blob_get_empty ();
  return tag == 0 ? hb_blob_get_empty () : hb_face_reference_table (source, tag);
}

/* SUBSET's font with only its glyphs, numbered in their order (the plan
 * keeps the new ids).  NULL if HarfBuzz fails. */
static hb_blob_t *
cut (font_subset *subset)
{
  hb_face_t *visible = hb_face_create_for_tables (visible_table, hb_face_reference (subset->source),
                                                  (hb_destroy_func_t) hb_face_destroy);
  hb_subset_input_t *input = hb_subset_input_create_or_fail ();
  hb_face_t *cut_face = NULL;
  hb_blob_t *blob = NULL;

  hb_face_set_upem (visible, hb_face_get_upem (subset->source));
  hb_face_set_glyph_count (visible, hb_face_get_glyph_count (subset->source));
  if (input != NULL) {
    hb_set_union (hb_subset_input_glyph_set (input), subset->glyphs);
    for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
      hb_set_add (hb_subset_input_set (input, HB_SUBSET_SETS_DROP_TABLE_TAG), hidden[i]);
    subset->plan = hb_subset_plan_create_or_fail (visible, input);
  }
  if (subset->plan != NULL)
    cut_face = hb_subset_plan_execute_or_fail (subset->plan);
  if (cut_face != NULL)
    blob = hb_face_reference_blob (cut_face);
  hb_face_destroy (cut_face);
  hb_subset_input_destroy (input);
  hb_face_destroy (visible);
  return blob;
}

/* The bytes of BLOB as a cairo font face (which then owns them), or NULL. */
static cairo_font_face_t *
face_from (hb_blob_t *blob)
{
  face_data *d = g_new0 (face_data, 1);
  unsigned int length = 0;
  const char *bytes = hb_blob_get_data (blob, &length);
  cairo_font_face_t *face;

  d->blob = blob;
  if (length == 0 || FT_Init_FreeType (&d->library) != 0 ||
      FT_New_Memory_Face (d->library, (const FT_Byte *) bytes, (FT_Long) length, 0, &d->face) !=
          0) {
    face_data_free (d);
    return NULL;
  }
  face = cairo_ft_font_face_create_for_ft_face (d->face, 0);
  if (cairo_font_face_set_user_data (face, &face_data_key, d, face_data_free) !=
      CAIRO_STATUS_SUCCESS) {
    cairo_font_face_destroy (face);
    face_data_free (d);
    return NULL;
  }
  return face;
}

gboolean
patchart_font_subsets_make (patchart_font_subsets *subsets, GError **error)
{
  for (guint i = 0; i < subsets->subsets->len; i++) {
    font_subset *subset = g_ptr_array_index (subsets->subsets, i);
    hb_blob_t *blob = subset->face == NULL ? cut (subset) : NULL;

    if (subset->face != NULL)
      continue;
    subset->face = blob != NULL ? face_from (blob) : NULL;
    if (subset->face == NULL) {
      g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_FONT,
                   "cannot cut a font down to the glyphs of the PDF (HarfBuzz, FreeType)");
      return FALSE;
    }
  }
  return TRUE;
}

static cairo_font_face_t *
face_of (gconstpointer font, gpointer data)
{
  const patchart_font_subsets *subsets = data;
  const font_subset *subset = g_hash_table_lookup (subsets->by_font, font);

  return subset != NULL ? subset->face : NULL;
}

/* Every glyph drawn was noted: it has a new id. */
static guint
glyph_of (gconstpointer font, guint glyph, gpointer data)
{
  const patchart_font_subsets *subsets = data;
  const font_subset *subset = g_hash_table_lookup (subsets->by_font, font);

  return hb_map_get (hb_subset_plan_old_to_new_glyph_mapping (subset->plan), glyph);
}

const patchart_faces patchart_font_subsets_faces = { face_of, glyph_of };
