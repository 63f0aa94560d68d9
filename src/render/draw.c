/* SPDX-License-Identifier: MIT */
/* draw.c — cairo primitives for the display list.  Edges are snapped to
 * device pixels so bars and rules are crisp in PNG at any scale.  Links
 * and destinations are cairo tags: only a PDF surface keeps them. */
#include <math.h>
#include <string.h>

#include "chart/color.h"
#include "render/draw.h"
#include "text/subset.h"

static void
set_color (cairo_t *cr, patchart_rgb c)
{
  cairo_set_source_rgb (cr, c.r, c.g, c.b);
}

/* Rounds a user-space point to the nearest device pixel corner, or to a
 * pixel centre for a line of odd device width. */
static void
snap (cairo_t *cr, double *x, double *y, gboolean centre)
{
  cairo_user_to_device (cr, x, y);
  *x = centre ? floor (*x) + 0.5 : round (*x);
  *y = centre ? floor (*y) + 0.5 : round (*y);
  cairo_device_to_user (cr, x, y);
}

static void
draw_rect (cairo_t *cr, const patchart_box *b, patchart_rgb color)
{
  double x0 = b->x, y0 = b->y, x1 = b->x + b->w, y1 = b->y + b->h;

  snap (cr, &x0, &y0, FALSE);
  snap (cr, &x1, &y1, FALSE);
  set_color (cr, color);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_fill (cr);
}

/* Diagonal lines over the fill, clipped to the fill's own snapped box (so
 * that the lines start on whole device units: crisper, and shorter in PDF). */
static void
draw_hatch (cairo_t *cr, const patchart_item *item)
{
  const patchart_box *b = &item->box;
  double step = 4 * item->line_width;
  double x0 = b->x, y0 = b->y, x1 = b->x + b->w, y1 = b->y + b->h, w, h;

  draw_rect (cr, b, item->fill);
  snap (cr, &x0, &y0, FALSE);
  snap (cr, &x1, &y1, FALSE);
  w = x1 - x0;
  h = y1 - y0;
  cairo_save (cr);
  cairo_rectangle (cr, x0, y0, w, h);
  cairo_clip (cr);
  set_color (cr, item->color);
  cairo_set_line_width (cr, item->line_width * 0.75);
  for (double d = -h; d < w; d += step) {
    cairo_move_to (cr, x0 + d, y1);
    cairo_line_to (cr, x0 + d + h, y0);
  }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_rule (cairo_t *cr, const patchart_item *item)
{
  double x0 = item->box.x, y0 = item->box.y;
  double x1 = x0 + item->box.w, y1 = y0 + item->box.h;
  double dw = item->line_width, dh = 0;
  gboolean odd;

  cairo_user_to_device_distance (cr, &dw, &dh);
  odd = ((long) round (fabs (dw))) % 2 == 1;
  snap (cr, &x0, &y0, odd);
  snap (cr, &x1, &y1, odd);
  set_color (cr, item->color);
  cairo_set_line_width (cr, item->line_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
}

/* A polyline, not snapped: a data line runs at any angle. */
static void
draw_path (cairo_t *cr, const patchart_item *item)
{
  double dashes[] = { item->dash, item->dash * 0.7 };

  cairo_save (cr);
  set_color (cr, item->color);
  cairo_set_line_width (cr, item->line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, item->dash > 0 ? CAIRO_LINE_CAP_BUTT : CAIRO_LINE_CAP_ROUND);
  if (item->dash > 0)
    cairo_set_dash (cr, dashes, 2, 0);
  cairo_move_to (cr, item->points[0], item->points[1]);
  for (guint i = 1; i < item->n_points; i++)
    cairo_line_to (cr, item->points[2 * i], item->points[2 * i + 1]);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_dot (cairo_t *cr, const patchart_item *item)
{
  set_color (cr, item->color);
  cairo_new_sub_path (cr);
  cairo_arc (cr, item->box.x, item->box.y, item->line_width, 0, 2 * G_PI);
  cairo_fill (cr);
}

#define RAMP_SAMPLES 128

/* The colour map as a RAMP_SAMPLES x 1 image, sampled at pixel centres. */
static cairo_surface_t *
ramp_image (const patchart_palette *scheme)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, RAMP_SAMPLES, 1);
  guint32 *pixels = (guint32 *) cairo_image_surface_get_data (image);

  for (int i = 0; i < RAMP_SAMPLES; i++) {
    patchart_rgb c = patchart_palette_ramp (scheme, (i + 0.5) / RAMP_SAMPLES);
    pixels[i] = (guint32) lround (c.r * 255) << 16 | (guint32) lround (c.g * 255) << 8 |
                (guint32) lround (c.b * 255);
  }
  cairo_surface_mark_dirty (image);
  return image;
}

/* The colour map left to right.  In PDF as a smoothed image of it: cairo
 * writes a gradient of N stops as N objects, 1.4 KB for ours; the image is
 * a third of that, and where a viewer does not smooth it, neighbouring
 * samples differ by about 2 of 255 levels, too little to see. */
static void
draw_gradient (cairo_t *cr, const patchart_box *b, const patchart_palette *scheme)
{
  cairo_pattern_t *gradient;

  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF) {
    cairo_surface_t *image = ramp_image (scheme);
    cairo_matrix_t to_image;

    gradient = cairo_pattern_create_for_surface (image);
    cairo_surface_destroy (image);
    cairo_matrix_init_scale (&to_image, RAMP_SAMPLES / b->w, 1 / b->h);
    cairo_matrix_translate (&to_image, -b->x, -b->y);
    cairo_pattern_set_matrix (gradient, &to_image);
    cairo_pattern_set_extend (gradient, CAIRO_EXTEND_PAD);
    cairo_pattern_set_filter (gradient, CAIRO_FILTER_BILINEAR);
  } else {
    gradient = cairo_pattern_create_linear (b->x, 0, b->x + b->w, 0);
    for (guint i = 0; i < scheme->n_stops; i++) {
      double offset;
      patchart_rgb c = patchart_palette_stop (scheme, i, &offset);
      cairo_pattern_add_color_stop_rgb (gradient, offset, c.r, c.g, c.b);
    }
  }
  cairo_set_source (cr, gradient);
  cairo_rectangle (cr, b->x, b->y, b->w, b->h);
  cairo_fill (cr);
  cairo_pattern_destroy (gradient);
}

static const cairo_user_data_key_t pixels_key;

/* The image of P with each pixel repeated KX times across and KY down. */
static GBytes *
blocks_of (const patchart_pixels *p, guint kx, guint ky)
{
  const guint32 *src = g_bytes_get_data (p->rgb, NULL);
  gsize w = (gsize) p->width * kx;
  guint32 *dst = g_new (guint32, w * p->height * ky);

  for (guint y = 0; y < p->height * ky; y++)
    for (gsize x = 0; x < w; x++)
      dst[y * w + x] = src[(y / ky) * p->width + x / kx];
  return g_bytes_new_take (dst, w * p->height * ky * sizeof *dst);
}

GBytes *
patchart_pixels_for_svg (const patchart_pixels *p, double dw, double dh, guint *width,
                         guint *height)
{
  guint kx = (guint) CLAMP (floor (dw / p->width), 1, 4096 / p->width + 1);
  guint ky = (guint) CLAMP (floor (dh / p->height), 1, 4096 / p->height + 1);

  *width = p->width * kx;
  *height = p->height * ky;
  return kx * ky > 1 ? blocks_of (p, kx, ky) : g_bytes_ref (p->rgb);
}

/* An image surface of P for a grid of DW x DH device units.  SVG viewers
 * smooth a scaled image (cairo 1.16 marks it nowhere, and librsvg 2.54
 * ignores image-rendering), so there each cell becomes a block of whole
 * pixels near its drawn size: only cell borders can blur.  The surface
 * keeps its pixels alive for as long as a PDF or SVG surface holds it. */
static cairo_surface_t *
pixels_surface (cairo_t *cr, const patchart_pixels *p, double dw, double dh)
{
  gboolean svg = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_SVG;
  guint width = p->width, height = p->height;
  GBytes *rgb = svg ? patchart_pixels_for_svg (p, dw, dh, &width, &height) : g_bytes_ref (p->rgb);
  cairo_surface_t *image = cairo_image_surface_create_for_data (
      (unsigned char *) g_bytes_get_data (rgb, NULL), CAIRO_FORMAT_RGB24, (int) width, (int) height,
      (int) (width * 4));

  cairo_surface_set_user_data (image, &pixels_key, rgb, (cairo_destroy_func_t) g_bytes_unref);
  return image;
}

/* A grid of colours as one image, each pixel stretched over its cell with
 * no smoothing, edges on device pixels: thousands of cells stay crisp and
 * small in every format. */
static void
draw_pixels (cairo_t *cr, const patchart_item *item)
{
  double x0 = item->box.x, y0 = item->box.y;
  double x1 = x0 + item->box.w, y1 = y0 + item->box.h, dw, dh;
  cairo_surface_t *image;

  snap (cr, &x0, &y0, FALSE);
  snap (cr, &x1, &y1, FALSE);
  dw = x1 - x0;
  dh = y1 - y0;
  cairo_user_to_device_distance (cr, &dw, &dh);
  image = pixels_surface (cr, &item->pixels, fabs (dw), fabs (dh));
  cairo_save (cr);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_clip (cr);
  cairo_translate (cr, x0, y0);
  cairo_scale (cr, (x1 - x0) / cairo_image_surface_get_width (image),
               (y1 - y0) / cairo_image_surface_get_height (image));
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_NEAREST);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (image);
}

void
patchart_put_tag_string (GString *s, const char *key, const char *value)
{
  g_string_append_printf (s, " %s='", key);
  for (const char *c = value; *c != '\0'; c++) {
    if (*c == '\'' || *c == '\\')
      g_string_append_c (s, '\\');
    g_string_append_c (s, *c);
  }
  g_string_append_c (s, '\'');
}

/* Appends PREFIX and V to S, with a dot for a decimal point whatever the
 * locale. */
static void
put_number_attr (GString *s, const char *prefix, double v)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (s, prefix);
  g_string_append (s, g_ascii_formatd (number, sizeof number, "%.3f", v));
}

/* cairo writes a link's rect and a destination's point as given, in the
 * page's coordinates, whatever the transformation: give them so. */
static void
draw_link (cairo_t *cr, const patchart_item *item)
{
  double x0 = item->box.x, y0 = item->box.y;
  double x1 = x0 + item->box.w, y1 = y0 + item->box.h;
  GString *attributes = g_string_new (NULL);

  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  patchart_put_tag_string (attributes, "dest", item->name);
  put_number_attr (attributes, " rect=[", MIN (x0, x1));
  put_number_attr (attributes, " ", MIN (y0, y1));
  put_number_attr (attributes, " ", fabs (x1 - x0));
  put_number_attr (attributes, " ", fabs (y1 - y0));
  g_string_append_c (attributes, ']');
  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes->str);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
  g_string_free (attributes, TRUE);
}

static void
draw_dest (cairo_t *cr, const patchart_item *item)
{
  double x = item->box.x, y = item->box.y;
  GString *attributes = g_string_new (NULL);

  cairo_user_to_device (cr, &x, &y);
  patchart_put_tag_string (attributes, "name", item->name);
  put_number_attr (attributes, " x=", x);
  put_number_attr (attributes, " y=", y);
  cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes->str);
  cairo_tag_end (cr, CAIRO_TAG_DEST);
  g_string_free (attributes, TRUE);
}

static const cairo_user_data_key_t subsets_key;

void
patchart_draw_use_subsets (cairo_surface_t *surface, patchart_font_subsets *subsets)
{
  if (cairo_surface_set_user_data (surface, &subsets_key, subsets,
                                   (cairo_destroy_func_t) patchart_font_subsets_free) !=
      CAIRO_STATUS_SUCCESS)
    patchart_font_subsets_free (subsets);
}

void
patchart_draw_note_glyphs (const patchart_layout *layout, patchart_font_subsets *subsets)
{
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *item = &g_array_index (layout->items, patchart_item, i);
    if (item->kind == PATCHART_ITEM_TEXT)
      patchart_font_subsets_add (subsets, item->text);
    else if (item->kind == PATCHART_ITEM_NESTED)
      patchart_draw_note_glyphs (item->nested, subsets);
  }
}

/* With the target's font subsets where it has them (pdf.c's), else with
 * pango's fonts. */
static void
draw_text (cairo_t *cr, const patchart_item *item)
{
  patchart_font_subsets *subsets =
      cairo_surface_get_user_data (cairo_get_target (cr), &subsets_key);

  if (subsets != NULL)
    patchart_text_block_draw_faces (item->text, cr, item->box.x, item->box.y,
                                    &patchart_font_subsets_faces, subsets);
  else
    patchart_text_block_draw (item->text, cr, item->box.x, item->box.y);
}

static void
draw_item (cairo_t *cr, const patchart_item *item)
{
  switch (item->kind) {
  case PATCHART_ITEM_RECT:
    draw_rect (cr, &item->box, item->color);
    break;
  case PATCHART_ITEM_HATCH:
    draw_hatch (cr, item);
    break;
  case PATCHART_ITEM_RULE:
    draw_rule (cr, item);
    break;
  case PATCHART_ITEM_GRADIENT:
    draw_gradient (cr, &item->box, item->scheme);
    break;
  case PATCHART_ITEM_TEXT:
    set_color (cr, item->color);
    draw_text (cr, item);
    break;
  case PATCHART_ITEM_PIXELS:
    draw_pixels (cr, item);
    break;
  case PATCHART_ITEM_NESTED:
    patchart_draw_layout_in (item->nested, cr, &item->box);
    break;
  case PATCHART_ITEM_LINK:
    draw_link (cr, item);
    break;
  case PATCHART_ITEM_DEST:
    draw_dest (cr, item);
    break;
  case PATCHART_ITEM_PATH:
    draw_path (cr, item);
    break;
  case PATCHART_ITEM_DOT:
    draw_dot (cr, item);
    break;
  case PATCHART_ITEM_BEGIN:
  case PATCHART_ITEM_END:
    break; /* structure: see draw_page_tagged() */
  }
}

static gboolean
same_color (patchart_rgb a, patchart_rgb b)
{
  return a.r == b.r && a.g == b.g && a.b == b.b;
}

/* Whether ITEM is text that draw_texts() paints: with ALL, every text;
 * else only text outside the structure elements of its own. */
static gboolean
grouped_text (const patchart_item *item, gboolean all)
{
  return item->kind == PATCHART_ITEM_TEXT && (all || item->tag == NULL);
}

/* Text is painted after every shape, one colour at a time.  The kinds
 * never cover text with a shape, so the image is the same; but in PDF
 * each run of text in one colour becomes one text object instead of one
 * per label, which makes a heatmap's page a third smaller. */
static void
draw_texts (cairo_t *cr, const GArray *items, gboolean all)
{
  for (guint i = 0; i < items->len; i++) {
    const patchart_item *first = &g_array_index (items, patchart_item, i);
    gboolean painted = FALSE;

    if (!grouped_text (first, all))
      continue;
    for (guint j = 0; j < i && !painted; j++) {
      const patchart_item *earlier = &g_array_index (items, patchart_item, j);
      painted = grouped_text (earlier, all) && same_color (earlier->color, first->color);
    }
    if (painted)
      continue;
    for (guint j = i; j < items->len; j++) {
      const patchart_item *item = &g_array_index (items, patchart_item, j);
      if (grouped_text (item, all) && same_color (item->color, first->color))
        draw_item (cr, item);
    }
  }
}

static void
draw_background (const patchart_layout *layout, cairo_t *cr)
{
  if (layout->palette != NULL) {
    set_color (cr, layout->palette->background);
    cairo_rectangle (cr, 0, 0, layout->width, layout->height);
    cairo_fill (cr);
  }
}

static void
draw_plain (const patchart_layout *layout, cairo_t *cr)
{
  draw_background (layout, cr);
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *item = &g_array_index (layout->items, patchart_item, i);
    if (item->kind != PATCHART_ITEM_TEXT)
      draw_item (cr, item);
  }
  draw_texts (cr, layout->items, TRUE);
}

/* Structure (tagged PDF) is written only on a PDF surface, and not
 * inside a group, where cairo 1.16 would not keep it. */
static gboolean
tagged (cairo_t *cr)
{
  return cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF &&
         cairo_get_group_target (cr) == cairo_get_target (cr);
}

/* ITEM, text in a structure element of its own; a title takes HEADING. */
static void
draw_tagged_text (cairo_t *cr, const patchart_item *item, const char *heading)
{
  const char *tag = strcmp (item->tag, "H1") == 0 ? heading : item->tag;

  cairo_tag_begin (cr, tag, "");
  draw_item (cr, item);
  cairo_tag_end (cr, tag);
}

static gint
by_top (gconstpointer a, gconstpointer b)
{
  double y = (*(const patchart_item *const *) a)->box.y;
  double z = (*(const patchart_item *const *) b)->box.y;
  return y < z ? -1 : y > z;
}

/* The furniture's texts above the chart (ABOVE) or below it, top down:
 * reading order, whatever order they were laid out in. */
static void
draw_furniture (const patchart_layout *layout, cairo_t *cr, gboolean above, const char *heading)
{
  GPtrArray *texts = g_ptr_array_new ();

  for (guint i = 0; i < layout->items->len; i++) {
    patchart_item *item = &g_array_index (layout->items, patchart_item, i);
    if (item->kind == PATCHART_ITEM_TEXT && item->tag != NULL &&
        (item->box.y < layout->plot.y) == above)
      g_ptr_array_add (texts, item);
  }
  g_ptr_array_sort (texts, by_top);
  for (guint i = 0; i < texts->len; i++)
    draw_tagged_text (cr, g_ptr_array_index (texts, i), heading);
  g_ptr_array_unref (texts);
}

/* A figure: its title (HEADING: H1, or H2 in a report) and subtitle, the
 * chart as one Figure element (its alt text is added to the file by
 * pdfupdate.c), then note and source.  Painted as draw_plain() paints it. */
static void
draw_figure_tagged (const patchart_layout *layout, cairo_t *cr, const char *heading)
{
  draw_background (layout, cr);
  draw_furniture (layout, cr, TRUE, heading);
  cairo_tag_begin (cr, "Figure", "");
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *item = &g_array_index (layout->items, patchart_item, i);
    if (item->kind != PATCHART_ITEM_TEXT)
      draw_item (cr, item);
  }
  draw_texts (cr, layout->items, FALSE);
  cairo_tag_end (cr, "Figure");
  draw_furniture (layout, cr, FALSE, heading);
}

static void draw_fitted (const patchart_layout *layout, cairo_t *cr, const patchart_box *box,
                         const char *heading);

/* A page: every item in order, text in its structure element if it has
 * one, structure opened and closed where the page says, and nested
 * figures with H2 titles. */
static void
draw_page_tagged (const patchart_layout *layout, cairo_t *cr)
{
  draw_background (layout, cr);
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *item = &g_array_index (layout->items, patchart_item, i);

    if (item->kind == PATCHART_ITEM_BEGIN)
      cairo_tag_begin (cr, item->tag, "");
    else if (item->kind == PATCHART_ITEM_END)
      cairo_tag_end (cr, item->tag);
    else if (item->kind == PATCHART_ITEM_NESTED)
      draw_fitted (item->nested, cr, &item->box, "H2");
    else if (item->kind == PATCHART_ITEM_TEXT && item->tag != NULL)
      draw_tagged_text (cr, item, "H1");
    else
      draw_item (cr, item);
  }
}

static void
draw_any (const patchart_layout *layout, cairo_t *cr, const char *heading)
{
  if (!tagged (cr))
    draw_plain (layout, cr);
  else if (layout->alt != NULL)
    draw_figure_tagged (layout, cr, heading);
  else
    draw_page_tagged (layout, cr);
}

void
patchart_draw_layout (const patchart_layout *layout, cairo_t *cr)
{
  draw_any (layout, cr, "H1");
}

static void
draw_fitted (const patchart_layout *layout, cairo_t *cr, const patchart_box *box,
             const char *heading)
{
  double scale = MIN (box->w / layout->width, box->h / layout->height);

  cairo_save (cr);
  cairo_translate (cr, box->x + (box->w - layout->width * scale) / 2,
                   box->y + (box->h - layout->height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_clip (cr);
  draw_any (layout, cr, heading);
  cairo_restore (cr);
}

void
patchart_draw_layout_in (const patchart_layout *layout, cairo_t *cr, const patchart_box *box)
{
  draw_fitted (layout, cr, box, "H1");
}

/* In the order draw_any() opens their Figure elements. */
void
patchart_draw_alt_texts (const patchart_layout *layout, GPtrArray *alts)
{
  if (layout->alt != NULL) {
    g_ptr_array_add (alts, layout->alt);
    return;
  }
  for (guint i = 0; i < layout->items->len; i++) {
    const patchart_item *item = &g_array_index (layout->items, patchart_item, i);
    if (item->kind == PATCHART_ITEM_NESTED)
      patchart_draw_alt_texts (item->nested, alts);
  }
}
