/* SPDX-License-Identifier: MIT */
/* svgout.c — a layout's display list written as SVG.
 *
 * cairo's SVG surface replays the drawing into <symbol>s of glyph paths,
 * one set per font size, with every coordinate printed by printf("%f"):
 * for a small figure that was half of the process's instructions and 120
 * KB of file.  Here each glyph is one <path> in font units, shared by every
 * size, and numbers are written with two decimals at most by integer
 * arithmetic.  Shapes are snapped to whole pixels as draw.c snaps them, so
 * the SVG looks like the PNG.  Text blocks carry their string in
 * aria-label, for screen readers; the glyph outlines make the text look
 * the same wherever the file is opened, with or without the fonts.
 * Links and destinations (report pages, written as PDF) have no SVG. */
#include <math.h>
#include <string.h>

#include "render/draw.h"
#include "render/pngout.h"
#include "render/svgout.h"

typedef struct {
  GString *defs, *body;
  GPtrArray *fonts;   /* fonts in order of first use; a glyph's id names its index */
  GHashTable *glyphs; /* (font index << 32 | glyph id) of each glyph defined */
  guint n_ids;        /* clip paths and gradients made so far */
  double scale;       /* of the open glyph group, or 0 if none is open */
} svg_writer;

/* Appends V rounded to two decimals, without trailing zeros. */
static void
put_number (GString *s, double v)
{
  long long n = llround (v * 100);
  gboolean negative = n < 0;
  char digits[32];
  int i = sizeof digits;
  int fraction;

  if (negative)
    n = -n;
  fraction = (int) (n % 100);
  n /= 100;
  digits[--i] = '\0';
  if (fraction != 0) {
    if (fraction % 10 != 0)
      digits[--i] = (char) ('0' + fraction % 10);
    digits[--i] = (char) ('0' + fraction / 10);
    digits[--i] = '.';
  }
  do {
    digits[--i] = (char) ('0' + n % 10);
    n /= 10;
  } while (n > 0);
  if (negative)
    digits[--i] = '-';
  g_string_append (s, digits + i);
}

/* Appends " NAME=\"V\"". */
static void
put_attr (GString *s, const char *name, double v)
{
  g_string_append_printf (s, " %s=\"", name);
  put_number (s, v);
  g_string_append_c (s, '"');
}

/* Appends "X Y", after COMMAND (an SVG path letter) unless it is 0. */
static void
put_point (GString *s, char command, double x, double y)
{
  if (command != 0)
    g_string_append_c (s, command);
  put_number (s, x);
  g_string_append_c (s, ' ');
  put_number (s, y);
}

static void
put_color (GString *s, const char *name, patchart_rgb c)
{
  g_string_append_printf (s, " %s=\"#%02x%02x%02x\"", name, (guint) lround (c.r * 255),
                          (guint) lround (c.g * 255), (guint) lround (c.b * 255));
}

/* Rounds to a whole pixel, or to a pixel's centre for a line of odd width
 * (as draw.c does on the device). */
static double
snap (double v, gboolean centre)
{
  return centre ? floor (v) + 0.5 : round (v);
}

static void
put_rect (GString *s, double x0, double y0, double x1, double y1)
{
  g_string_append (s, "<rect");
  put_attr (s, "x", x0);
  put_attr (s, "y", y0);
  put_attr (s, "width", x1 - x0);
  put_attr (s, "height", y1 - y0);
}

static void
write_rect (svg_writer *w, const patchart_box *b, patchart_rgb color)
{
  put_rect (w->body, snap (b->x, FALSE), snap (b->y, FALSE), snap (b->x + b->w, FALSE),
            snap (b->y + b->h, FALSE));
  put_color (w->body, "fill", color);
  g_string_append (w->body, "/>\n");
}

static void
write_hatch (svg_writer *w, const patchart_item *item)
{
  const patchart_box *b = &item->box;
  double step = 4 * item->line_width;
  guint id = ++w->n_ids;

  write_rect (w, b, item->fill);
  g_string_append_printf (w->defs, "<clipPath id=\"c%u\">", id);
  put_rect (w->defs, b->x, b->y, b->x + b->w, b->y + b->h);
  g_string_append (w->defs, "/></clipPath>\n");
  g_string_append_printf (w->body, "<path clip-path=\"url(#c%u)\" fill=\"none\"", id);
  put_color (w->body, "stroke", item->color);
  put_attr (w->body, "stroke-width", item->line_width * 0.75);
  g_string_append (w->body, " d=\"");
  for (double d = -b->h; d < b->w; d += step) {
    put_point (w->body, 'M', b->x + d, b->y + b->h);
    put_point (w->body, 'L', b->x + d + b->h, b->y);
  }
  g_string_append (w->body, "\"/>\n");
}

static void
write_rule (svg_writer *w, const patchart_item *item)
{
  gboolean odd = ((long) round (item->line_width)) % 2 == 1;
  double x0 = snap (item->box.x, odd), y0 = snap (item->box.y, odd);
  double x1 = snap (item->box.x + item->box.w, odd), y1 = snap (item->box.y + item->box.h, odd);

  g_string_append (w->body, "<path fill=\"none\"");
  put_color (w->body, "stroke", item->color);
  put_attr (w->body, "stroke-width", item->line_width);
  g_string_append (w->body, " d=\"");
  put_point (w->body, 'M', x0, y0);
  put_point (w->body, 'L', x1, y1);
  g_string_append (w->body, "\"/>\n");
}

static void
write_gradient (svg_writer *w, const patchart_box *b)
{
  guint id = ++w->n_ids;

  g_string_append_printf (w->defs, "<linearGradient id=\"r%u\" gradientUnits=\"userSpaceOnUse\"",
                          id);
  put_attr (w->defs, "x1", b->x);
  put_attr (w->defs, "x2", b->x + b->w);
  g_string_append (w->defs, " y1=\"0\" y2=\"0\">\n");
  for (guint i = 0; i < patchart_colormap_n_stops (); i++) {
    double offset;
    patchart_rgb c = patchart_colormap_stop (i, &offset);

    g_string_append (w->defs, "<stop");
    put_attr (w->defs, "offset", offset);
    put_color (w->defs, "stop-color", c);
    g_string_append (w->defs, "/>\n");
  }
  g_string_append (w->defs, "</linearGradient>\n");
  put_rect (w->body, b->x, b->y, b->x + b->w, b->y + b->h);
  g_string_append_printf (w->body, " fill=\"url(#r%u)\"/>\n", id);
}

/* The grid as a PNG of whole-pixel blocks, stretched over its box. */
static gboolean
write_pixels (svg_writer *w, const patchart_item *item, GError **error)
{
  double x0 = snap (item->box.x, FALSE), y0 = snap (item->box.y, FALSE);
  double x1 = snap (item->box.x + item->box.w, FALSE);
  double y1 = snap (item->box.y + item->box.h, FALSE);
  guint width, height;
  GBytes *rgb = patchart_pixels_for_svg (&item->pixels, x1 - x0, y1 - y0, &width, &height);
  cairo_surface_t *image = cairo_image_surface_create_for_data (
      (unsigned char *) g_bytes_get_data (rgb, NULL), CAIRO_FORMAT_RGB24, (int) width, (int) height,
      (int) (width * 4));
  GByteArray *png = g_byte_array_new ();
  gboolean ok = patchart_png_encode (image, png, error);

  if (ok) {
    char *base64 = g_base64_encode (png->data, png->len);
    g_string_append (w->body, "<image style=\"image-rendering:pixelated\" "
                              "preserveAspectRatio=\"none\"");
    put_attr (w->body, "x", x0);
    put_attr (w->body, "y", y0);
    put_attr (w->body, "width", x1 - x0);
    put_attr (w->body, "height", y1 - y0);
    g_string_append_printf (w->body, " xlink:href=\"data:image/png;base64,%s\"/>\n", base64);
    g_free (base64);
  }
  g_byte_array_unref (png);
  cairo_surface_destroy (image);
  g_bytes_unref (rgb);
  return ok;
}

/* Glyph outlines as SVG path data, y flipped to point down. */
static void
path_move (gpointer data, double x, double y)
{
  put_point (data, 'M', x, -y);
}

static void
path_line (gpointer data, double x, double y)
{
  put_point (data, 'L', x, -y);
}

static void
path_cubic (gpointer data, double x1, double y1, double x2, double y2, double x, double y)
{
  put_point (data, 'C', x1, -y1);
  put_point (data, ' ', x2, -y2);
  put_point (data, ' ', x, -y);
}

static void
path_close (gpointer data)
{
  g_string_append_c (data, 'Z');
}

static const patchart_outline_sink path_sink = { path_move, path_line, path_cubic, path_close };

/* The index of FONT among those seen, added if new. */
static guint
font_index (svg_writer *w, gconstpointer font)
{
  guint i;

  if (!g_ptr_array_find (w->fonts, font, &i)) {
    g_ptr_array_add (w->fonts, (gpointer) font);
    i = w->fonts->len - 1;
  }
  return i;
}

static void
write_glyph (const patchart_glyph *glyph, gpointer data)
{
  svg_writer *w = data;
  guint font = font_index (w, glyph->font);
  gint64 key = (gint64) font << 32 | glyph->id;

  if (!g_hash_table_contains (w->glyphs, &key)) {
    gint64 *stored = g_new (gint64, 1);
    *stored = key;
    g_hash_table_add (w->glyphs, stored);
    g_string_append_printf (w->defs, "<path id=\"g%u-%u\" d=\"", font, glyph->id);
    patchart_text_glyph_outline (glyph->font, glyph->id, &path_sink, w->defs);
    g_string_append (w->defs, "\"/>\n");
  }
  /* one group per scale; within it, positions in font units */
  if (glyph->scale != w->scale) {
    if (w->scale != 0)
      g_string_append (w->body, "</g>\n");
    g_string_append (w->body, "<g transform=\"scale(");
    g_string_append_printf (w->body, "%.9g", glyph->scale);
    g_string_append (w->body, ")\">\n");
    w->scale = glyph->scale;
  }
  g_string_append_printf (w->body, "<use xlink:href=\"#g%u-%u\"", font, glyph->id);
  put_attr (w->body, "x", glyph->x / glyph->scale);
  put_attr (w->body, "y", glyph->y / glyph->scale);
  g_string_append (w->body, "/>\n");
}

static void
write_text (svg_writer *w, const patchart_item *item, const char *string)
{
  char *label = g_markup_escape_text (string, -1);

  g_string_append_printf (w->body, "<g aria-label=\"%s\"", label);
  put_color (w->body, "fill", item->color);
  g_string_append (w->body, " transform=\"translate(");
  put_point (w->body, 0, item->box.x, item->box.y);
  g_string_append (w->body, ")\">\n");
  w->scale = 0;
  patchart_text_block_foreach_glyph (item->text, write_glyph, w);
  if (w->scale != 0)
    g_string_append (w->body, "</g>\n");
  g_string_append (w->body, "</g>\n");
  g_free (label);
}

static gboolean write_layout (svg_writer *w, const patchart_layout *layout, GError **error);

/* A nested layout as a group moved and scaled into its box and clipped to
 * its canvas, as draw.c paints it.  Its shapes are snapped to whole units
 * of its own canvas, not to the pixels of ours. */
static gboolean
write_nested (svg_writer *w, const patchart_item *item, GError **error)
{
  const patchart_layout *child = item->nested;
  const patchart_box *b = &item->box;
  double scale = MIN (b->w / child->width, b->h / child->height);
  guint id = ++w->n_ids;
  gboolean ok;

  g_string_append_printf (w->defs, "<clipPath id=\"c%u\">", id);
  put_rect (w->defs, 0, 0, child->width, child->height);
  g_string_append (w->defs, "/></clipPath>\n");
  g_string_append (w->body, "<g transform=\"translate(");
  put_point (w->body, 0, b->x + (b->w - child->width * scale) / 2,
             b->y + (b->h - child->height * scale) / 2);
  g_string_append_printf (w->body, ") scale(%.9g)\" clip-path=\"url(#c%u)\">\n", scale, id);
  ok = write_layout (w, child, error);
  g_string_append (w->body, "</g>\n");
  return ok;
}

static gboolean
write_item (svg_writer *w, const patchart_item *item, GError **error)
{
  switch (item->kind) {
  case PATCHART_ITEM_RECT:
    write_rect (w, &item->box, item->color);
    break;
  case PATCHART_ITEM_HATCH:
    write_hatch (w, item);
    break;
  case PATCHART_ITEM_RULE:
    write_rule (w, item);
    break;
  case PATCHART_ITEM_GRADIENT:
    write_gradient (w, &item->box);
    break;
  case PATCHART_ITEM_TEXT:
    write_text (w, item, patchart_text_block_string (item->text));
    break;
  case PATCHART_ITEM_PIXELS:
    return write_pixels (w, item, error);
  case PATCHART_ITEM_NESTED:
    return write_nested (w, item, error);
  case PATCHART_ITEM_LINK:
  case PATCHART_ITEM_DEST:
    break; /* nothing to see */
  }
  return TRUE;
}

/* The background, then shapes, then text, as draw.c paints them. */
static gboolean
write_layout (svg_writer *w, const patchart_layout *layout, GError **error)
{
  gboolean ok = TRUE;

  if (layout->palette != NULL)
    write_rect (w, &(patchart_box){ 0, 0, layout->width, layout->height },
                layout->palette->background);
  for (guint pass = 0; pass < 2 && ok; pass++)
    for (guint i = 0; i < layout->items->len && ok; i++) {
      const patchart_item *item = &g_array_index (layout->items, patchart_item, i);
      if ((item->kind == PATCHART_ITEM_TEXT) == (pass == 1))
        ok = write_item (w, item, error);
    }
  return ok;
}

gboolean
patchart_svg_write (const patchart_layout *layout, const char *title, GByteArray *out,
                    GError **error)
{
  svg_writer w = { g_string_sized_new (1 << 16),
                   g_string_sized_new (1 << 16),
                   g_ptr_array_new (),
                   g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL),
                   0,
                   0 };
  GString *head = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  gboolean ok = write_layout (&w, layout, error);

  g_string_append_printf (head,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" "
                          "width=\"%dpx\" height=\"%dpx\" viewBox=\"0 0 %d %d\">\n",
                          (int) layout->width, (int) layout->height, (int) layout->width,
                          (int) layout->height);
  if (title != NULL && *title != '\0') {
    char *escaped = g_markup_escape_text (title, -1);
    g_string_append_printf (head, "<title>%s</title>\n", escaped);
    g_free (escaped);
  }
  if (ok) {
    g_byte_array_append (out, (const guint8 *) head->str, head->len);
    g_byte_array_append (out, (const guint8 *) "<defs>\n", 7);
    g_byte_array_append (out, (const guint8 *) w.defs->str, w.defs->len);
    g_byte_array_append (out, (const guint8 *) "</defs>\n", 8);
    g_byte_array_append (out, (const guint8 *) w.body->str, w.body->len);
    g_byte_array_append (out, (const guint8 *) "</svg>\n", 7);
  }
  g_string_free (head, TRUE);
  g_string_free (w.defs, TRUE);
  g_string_free (w.body, TRUE);
  g_ptr_array_unref (w.fonts);
  g_hash_table_destroy (w.glyphs);
  return ok;
}
