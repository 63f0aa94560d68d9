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
 * Links and destinations (report pages, written as PDF) have no SVG.
 *
 * For readers and editors: <title> and <desc> come first and label the
 * root (role="img"); the items are grouped by the part of the figure they
 * belong to (<g id="title">, "plot", "axis", ...), each group's shapes
 * before its text as draw.c paints them (the parts never overlap but the
 * plot's marks, which are under the axis line and the value labels), and
 * marks carry class="bar" data-label="..." data-value="...".
 *
 * With --svg-text, text is real <text>, one element per run of glyphs
 * with each character's x from pango, so it sits exactly where the
 * outlines would, in a subset of the font embedded as @font-face
 * (svgfont.c): selectable, searchable, translatable, and the same in a
 * browser without the fonts.  An ellipsis or a hyphen added at a line
 * break is not in the text: those glyphs stay outlines. */
#include <math.h>
#include <string.h>

#include "render/draw.h"
#include "render/pngout.h"
#include "render/svgfont.h"
#include "render/svgout.h"

typedef struct {
  GString *defs, *body;
  GPtrArray *fonts;   /* fonts in order of first use; a glyph's id names its index */
  GHashTable *glyphs; /* (font index << 32 | glyph id) of each glyph defined */
  guint n_ids;        /* clip paths and gradients made so far */
  double scale;       /* of the open glyph group, or 0 if none is open */
  guint depth;        /* of nested layouts: ids only at the top */
  gboolean real_text; /* <text>, not outlines */
  GPtrArray *used;    /* patchart_svg_font per font index, for real text */
  struct {
    GString *chars, *xs; /* escaped characters and their x, or empty */
    guint font;          /* index */
    double size, y;
  } line; /* the <text> being gathered */
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

/* Appends " NAME=\"TEXT\"", TEXT escaped. */
static void
put_text_attr (GString *s, const char *name, const char *text)
{
  char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (s, " %s=\"%s\"", name, escaped);
  g_free (escaped);
}

/* Appends a mark's class and data attributes, if it is one. */
static void
put_mark (GString *s, const patchart_mark *mark)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (mark == NULL || mark->name == NULL)
    return;
  put_text_attr (s, "class", mark->name);
  if (mark->label != NULL)
    put_text_attr (s, "data-label", mark->label);
  if (mark->column != NULL)
    put_text_attr (s, "data-column", mark->column);
  if (!isnan (mark->value))
    put_text_attr (s, "data-value", g_ascii_dtostr (number, sizeof number, mark->value));
}

/* BOX filled with COLOR; MARK (or NULL) says what it shows. */
static void
write_rect (svg_writer *w, const patchart_box *b, patchart_rgb color, const patchart_mark *mark)
{
  put_rect (w->body, snap (b->x, FALSE), snap (b->y, FALSE), snap (b->x + b->w, FALSE),
            snap (b->y + b->h, FALSE));
  put_color (w->body, "fill", color);
  put_mark (w->body, mark);
  g_string_append (w->body, "/>\n");
}

static void
write_hatch (svg_writer *w, const patchart_item *item)
{
  const patchart_box *b = &item->box;
  double step = 4 * item->line_width;
  guint id = ++w->n_ids;

  write_rect (w, b, item->fill, &item->mark);
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
write_path (svg_writer *w, const patchart_item *item)
{
  g_string_append (w->body, "<path fill=\"none\" stroke-linejoin=\"round\"");
  put_color (w->body, "stroke", item->color);
  put_attr (w->body, "stroke-width", item->line_width);
  if (item->dash > 0) {
    g_string_append (w->body, " stroke-dasharray=\"");
    put_point (w->body, 0, item->dash, item->dash * 0.7);
    g_string_append_c (w->body, '"');
  } else {
    g_string_append (w->body, " stroke-linecap=\"round\"");
  }
  g_string_append (w->body, " d=\"");
  for (guint i = 0; i < item->n_points; i++)
    put_point (w->body, i == 0 ? 'M' : 'L', item->points[2 * i], item->points[2 * i + 1]);
  g_string_append (w->body, "\"/>\n");
}

static void
write_dot (svg_writer *w, const patchart_item *item)
{
  g_string_append (w->body, "<circle");
  put_attr (w->body, "cx", item->box.x);
  put_attr (w->body, "cy", item->box.y);
  put_attr (w->body, "r", item->line_width);
  put_color (w->body, "fill", item->color);
  g_string_append (w->body, "/>\n");
}

static void
write_gradient (svg_writer *w, const patchart_box *b, const patchart_palette *scheme)
{
  guint id = ++w->n_ids;

  g_string_append_printf (w->defs, "<linearGradient id=\"r%u\" gradientUnits=\"userSpaceOnUse\"",
                          id);
  put_attr (w->defs, "x1", b->x);
  put_attr (w->defs, "x2", b->x + b->w);
  g_string_append (w->defs, " y1=\"0\" y2=\"0\">\n");
  for (guint i = 0; i < scheme->n_stops; i++) {
    double offset;
    patchart_rgb c = patchart_palette_stop (scheme, i, &offset);

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

/* What real text of font index I uses. */
static patchart_svg_font *
used_font (svg_writer *w, guint i)
{
  while (w->used->len <= i)
    g_ptr_array_add (w->used, patchart_svg_font_new (g_ptr_array_index (w->fonts, w->used->len)));
  return g_ptr_array_index (w->used, i);
}

/* Where the cluster starting at byte START of RUN's text ends: at the
 * next cluster's start, or at the end of the text. */
static int
cluster_end (const patchart_glyph_run *run, int start)
{
  int end = run->length;

  for (guint i = 0; i < run->n_glyphs; i++)
    if (run->clusters[i] > start && run->clusters[i] < end)
      end = run->clusters[i];
  return end;
}

/* Where the glyphs from glyph I on, up to the next cluster, end. */
static double
cluster_end_x (const patchart_glyph_run *run, guint i)
{
  for (guint k = i + 1; k < run->n_glyphs; k++)
    if (run->clusters[k] != run->clusters[i])
      return run->glyphs[k].x;
  return run->end_x;
}

/* Appends the LENGTH bytes of TEXT to CHARS, escaped, and to XS their x,
 * spread evenly from X0 to X1. */
static void
put_cluster (GString *chars, GString *xs, const char *text, int length, double x0, double x1)
{
  glong n = g_utf8_strlen (text, length), k = 0;

  for (const char *p = text; p < text + length; p = g_utf8_next_char (p), k++) {
    char *escaped = g_markup_escape_text (p, g_utf8_next_char (p) - p);
    g_string_append (chars, escaped);
    g_free (escaped);
    if (xs->len > 0)
      g_string_append_c (xs, ' ');
    put_number (xs, x0 + (x1 - x0) * k / n);
  }
}

/* Writes the <text> gathered so far, if any. */
static void
flush_line (svg_writer *w)
{
  char size[G_ASCII_DTOSTR_BUF_SIZE];

  if (w->line.chars->len == 0)
    return;
  g_string_append_printf (w->body,
                          "<text xml:space=\"preserve\" font-family=\"patchart-%u\" "
                          "font-size=\"%s\" x=\"%s\"",
                          w->line.font, g_ascii_formatd (size, sizeof size, "%.9g", w->line.size),
                          w->line.xs->str);
  put_attr (w->body, "y", w->line.y);
  g_string_append_printf (w->body, ">%s</text>\n", w->line.chars->str);
  g_string_truncate (w->line.chars, 0);
  g_string_truncate (w->line.xs, 0);
}

/* An ellipsis, or a hyphen pango added at a line break, is no character
 * of the text: its N glyphs are drawn as outlines, as without --svg-text. */
static void
write_outlines (svg_writer *w, const patchart_glyph *glyphs, guint n)
{
  flush_line (w);
  w->scale = 0;
  for (guint i = 0; i < n; i++)
    write_glyph (&glyphs[i], w);
  if (w->scale != 0)
    g_string_append (w->body, "</g>\n");
  w->scale = 0;
}

/* Gathers a run into the <text> of its line: runs on one baseline in one
 * font and size (pango splits "中国 Patent" by script) make one element,
 * so a browser finds the words across them.  The characters of each
 * cluster are spread over its glyphs' advance: a browser does not form a
 * ligature between characters placed one by one, so "fi", one glyph in
 * pango, is f and i side by side. */
static void
write_run (const patchart_glyph_run *run, gpointer data)
{
  svg_writer *w = data;
  guint index = font_index (w, run->font);
  patchart_svg_font *font = used_font (w, index);
  GString *chars = w->line.chars, *xs = w->line.xs;
  guint n_text = run->ellipsis ? 0 : run->hyphen ? run->n_glyphs - 1 : run->n_glyphs;

  if (index != w->line.font || run->size != w->line.size || run->glyphs[0].y != w->line.y)
    flush_line (w);
  w->line.font = index;
  w->line.size = run->size;
  w->line.y = run->glyphs[0].y;
  for (guint i = 0; i < n_text; i++) {
    int start = run->clusters[i], end;
    if (i > 0 && start == run->clusters[i - 1]) {
      patchart_svg_font_add (font, run->glyphs[i].id, NULL, 0);
      continue; /* a further glyph of the same cluster */
    }
    end = cluster_end (run, start);
    patchart_svg_font_add (font, run->glyphs[i].id, run->text + start, end - start);
    put_cluster (chars, xs, run->text + start, end - start, run->glyphs[i].x,
                 cluster_end_x (run, i));
  }
  if (n_text < run->n_glyphs)
    write_outlines (w, run->glyphs + n_text, run->n_glyphs - n_text);
}

static void
write_real_text (svg_writer *w, const patchart_item *item)
{
  g_string_append (w->body, "<g");
  put_color (w->body, "fill", item->color);
  g_string_append (w->body, " transform=\"translate(");
  put_point (w->body, 0, item->box.x, item->box.y);
  g_string_append (w->body, ")\">\n");
  patchart_text_block_foreach_run (item->text, write_run, w);
  flush_line (w);
  g_string_append (w->body, "</g>\n");
}

/* The @font-face rules of the fonts real text used, as a <style>. */
static gboolean
write_font_faces (svg_writer *w, GString *out, GError **error)
{
  gboolean ok = TRUE;

  if (w->used->len == 0)
    return TRUE;
  g_string_append (out, "<style>\n");
  for (guint i = 0; i < w->used->len && ok; i++) {
    char *family = g_strdup_printf ("patchart-%u", i);
    ok = patchart_svg_font_face (g_ptr_array_index (w->used, i), family, out, error);
    g_free (family);
  }
  g_string_append (out, "</style>\n");
  return ok;
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
    write_rect (w, &item->box, item->color, &item->mark);
    break;
  case PATCHART_ITEM_HATCH:
    write_hatch (w, item);
    break;
  case PATCHART_ITEM_RULE:
    write_rule (w, item);
    break;
  case PATCHART_ITEM_GRADIENT:
    write_gradient (w, &item->box, item->scheme);
    break;
  case PATCHART_ITEM_TEXT:
    if (w->real_text)
      write_real_text (w, item);
    else
      write_text (w, item, patchart_text_block_string (item->text));
    break;
  case PATCHART_ITEM_PIXELS:
    return write_pixels (w, item, error);
  case PATCHART_ITEM_NESTED:
    return write_nested (w, item, error);
  case PATCHART_ITEM_PATH:
    write_path (w, item);
    break;
  case PATCHART_ITEM_DOT:
    write_dot (w, item);
    break;
  case PATCHART_ITEM_LINK:
  case PATCHART_ITEM_DEST:
  case PATCHART_ITEM_BEGIN:
  case PATCHART_ITEM_END:
    break; /* nothing to see */
  }
  return TRUE;
}

static const char *const part_names[PATCHART_N_PARTS] = {
  [PATCHART_PART_TITLE] = "title",   [PATCHART_PART_SUBTITLE] = "subtitle",
  [PATCHART_PART_PLOT] = "plot",     [PATCHART_PART_AXIS] = "axis",
  [PATCHART_PART_LABELS] = "labels", [PATCHART_PART_LEGEND] = "legend",
  [PATCHART_PART_NOTE] = "note",     [PATCHART_PART_SOURCE] = "source",
};

static gboolean
has_part (const patchart_layout *layout, patchart_part part)
{
  for (guint i = 0; i < layout->items->len; i++)
    if (g_array_index (layout->items, patchart_item, i).part == part)
      return TRUE;
  return FALSE;
}

/* The items of PART: shapes, then text, as draw.c paints them. */
static gboolean
write_part (svg_writer *w, const patchart_layout *layout, patchart_part part, GError **error)
{
  gboolean ok = TRUE;

  for (guint pass = 0; pass < 2 && ok; pass++)
    for (guint i = 0; i < layout->items->len && ok; i++) {
      const patchart_item *item = &g_array_index (layout->items, patchart_item, i);
      if (item->part == part && (item->kind == PATCHART_ITEM_TEXT) == (pass == 1))
        ok = write_item (w, item, error);
    }
  return ok;
}

/* The background, then each part in its group (a page's items, of no
 * part, first and ungrouped). */
static gboolean
write_layout (svg_writer *w, const patchart_layout *layout, GError **error)
{
  gboolean ok = TRUE;

  if (layout->palette != NULL)
    write_rect (w, &(patchart_box){ 0, 0, layout->width, layout->height },
                layout->palette->background, NULL);
  w->depth++;
  for (patchart_part part = 0; part < PATCHART_N_PARTS && ok; part++) {
    if (!has_part (layout, part))
      continue;
    if (part_names[part] != NULL)
      g_string_append_printf (w->body, "<g %s=\"%s\">\n", w->depth == 1 ? "id" : "class",
                              part_names[part]);
    ok = write_part (w, layout, part, error);
    if (part_names[part] != NULL)
      g_string_append (w->body, "</g>\n");
  }
  w->depth--;
  return ok;
}

/* The XML declaration, the root, <title> and <desc>. */
static GString *
head_of (const patchart_layout *layout, const patchart_svg_info *info)
{
  GString *head = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  gboolean title = info->title != NULL && *info->title != '\0';
  gboolean desc = info->desc != NULL && *info->desc != '\0';

  g_string_append_printf (head,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" "
                          "width=\"%dpx\" height=\"%dpx\" viewBox=\"0 0 %d %d\"",
                          (int) layout->width, (int) layout->height, (int) layout->width,
                          (int) layout->height);
  if (info->lang != NULL)
    put_text_attr (head, "xml:lang", info->lang);
  if (title || desc)
    g_string_append_printf (head, " role=\"img\" aria-labelledby=\"%s%s%s\"",
                            title ? "chart-title" : "", title && desc ? " " : "",
                            desc ? "chart-desc" : "");
  g_string_append (head, ">\n");
  if (title) {
    char *escaped = g_markup_escape_text (info->title, -1);
    g_string_append_printf (head, "<title id=\"chart-title\">%s</title>\n", escaped);
    g_free (escaped);
  }
  if (desc) {
    char *escaped = g_markup_escape_text (info->desc, -1);
    g_string_append_printf (head, "<desc id=\"chart-desc\">%s</desc>\n", escaped);
    g_free (escaped);
  }
  return head;
}

gboolean
patchart_svg_write (const patchart_layout *layout, const patchart_svg_info *info, GByteArray *out,
                    GError **error)
{
  svg_writer w = { g_string_sized_new (1 << 16),
                   g_string_sized_new (1 << 16),
                   g_ptr_array_new (),
                   g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL),
                   0,
                   0,
                   0,
                   info != NULL && info->text,
                   g_ptr_array_new_with_free_func ((GDestroyNotify) patchart_svg_font_free),
                   { g_string_new (NULL), g_string_new (NULL), 0, 0, 0 } };
  static const patchart_svg_info none = { 0 };
  GString *head = head_of (layout, info != NULL ? info : &none);
  gboolean ok = write_layout (&w, layout, error);

  if (ok) {
    GString *faces = g_string_new (NULL);
    ok = write_font_faces (&w, faces, error);
    g_string_prepend (w.defs, faces->str);
    g_string_free (faces, TRUE);
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
  g_ptr_array_unref (w.used);
  g_string_free (w.line.chars, TRUE);
  g_string_free (w.line.xs, TRUE);
  g_ptr_array_unref (w.fonts);
  g_hash_table_destroy (w.glyphs);
  return ok;
}
