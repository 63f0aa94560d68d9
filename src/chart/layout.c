/* SPDX-License-Identifier: MIT */
/* layout.c — the display list, and the furniture every figure shares:
 * title and subtitle on top, note and source line at the bottom.  A
 * report's pages are display lists too (spec/report.c). */
#include <math.h>

#include "chart/layout.h"
#include "patchart.h"

/* Font size (px at unit 1) and weight of each role: four sizes in all,
 * fixed in CSS pixels, so a larger canvas gives more room, not larger
 * type (--font-scale sets the unit). */
static const struct {
  double size;
  gboolean bold;
} roles[] = {
  [PATCHART_ROLE_TITLE] = { 22, TRUE },  [PATCHART_ROLE_SUBTITLE] = { 15, FALSE },
  [PATCHART_ROLE_LABEL] = { 13, FALSE }, [PATCHART_ROLE_VALUE] = { 12, FALSE },
  [PATCHART_ROLE_SMALL] = { 12, FALSE },
};

patchart_layout *
patchart_layout_new (const patchart_figure *figure, patchart_text *text)
{
  patchart_layout *layout = g_new0 (patchart_layout, 1);

  layout->width = figure->width;
  layout->height = figure->height;
  layout->unit = figure->font_scale;
  layout->min_size = PATCHART_MIN_TEXT_PX;
  patchart_palette_init (&layout->colors, figure->theme, figure->palette, figure->scheme,
                         figure->accent);
  layout->palette = &layout->colors;
  layout->lang = figure->lang;
  layout->input = figure->input;
  layout->items = g_array_new (FALSE, TRUE, sizeof (patchart_item));
  layout->text = text;
  return layout;
}

patchart_layout *
patchart_layout_new_page (double width, double height, const char *lang, patchart_text *text)
{
  patchart_layout *layout = g_new0 (patchart_layout, 1);

  layout->width = width;
  layout->height = height;
  layout->unit = 1;
  layout->min_size = PATCHART_MIN_PAGE_TEXT_PT;
  layout->lang = lang;
  layout->items = g_array_new (FALSE, TRUE, sizeof (patchart_item));
  layout->text = text;
  return layout;
}

void
patchart_layout_free (patchart_layout *layout)
{
  if (layout == NULL)
    return;
  for (guint i = 0; i < layout->items->len; i++) {
    patchart_item *item = &g_array_index (layout->items, patchart_item, i);
    patchart_text_block_free (item->text);
    if (item->pixels.rgb != NULL)
      g_bytes_unref (item->pixels.rgb);
    patchart_layout_free (item->nested);
    g_free (item->name);
    g_free (item->mark.label);
    g_free (item->mark.column);
    g_free (item->points);
  }
  g_array_free (layout->items, TRUE);
  g_free (layout->alt);
  g_free (layout);
}

static void
add_item (patchart_layout *layout, patchart_item item)
{
  item.part = layout->part;
  g_array_append_val (layout->items, item);
}

void
patchart_layout_group (patchart_layout *layout, patchart_part part)
{
  layout->part = part;
}

static patchart_item *
last_item (patchart_layout *layout)
{
  g_return_val_if_fail (layout->items->len > 0, NULL);
  return &g_array_index (layout->items, patchart_item, layout->items->len - 1);
}

void
patchart_layout_tag (patchart_layout *layout, patchart_part part)
{
  patchart_item *item = last_item (layout);

  if (item != NULL)
    item->part = part;
}

void
patchart_layout_mark (patchart_layout *layout, const char *name, const char *label,
                      const char *column, double value)
{
  patchart_item *item = last_item (layout);

  if (item == NULL)
    return;
  item->part = PATCHART_PART_PLOT;
  g_free (item->mark.label);
  g_free (item->mark.column);
  item->mark = (patchart_mark){ name, g_strdup (label), g_strdup (column), value };
}

void
patchart_layout_rect (patchart_layout *layout, patchart_box box, patchart_rgb color)
{
  add_item (layout, (patchart_item){ .kind = PATCHART_ITEM_RECT, .box = box, .color = color });
}

void
patchart_layout_hatch (patchart_layout *layout, patchart_box box, patchart_rgb fill,
                       patchart_rgb color)
{
  add_item (layout, (patchart_item){ .kind = PATCHART_ITEM_HATCH,
                                     .box = box,
                                     .fill = fill,
                                     .color = color,
                                     .line_width = layout->unit });
}

void
patchart_layout_rule (patchart_layout *layout, double x0, double y0, double x1, double y1,
                      double width, patchart_rgb color)
{
  add_item (layout, (patchart_item){ .kind = PATCHART_ITEM_RULE,
                                     .box = { x0, y0, x1 - x0, y1 - y0 },
                                     .color = color,
                                     .line_width = width });
}

void
patchart_layout_gridline (patchart_layout *layout, double x0, double y0, double x1, double y1,
                          double width, patchart_rgb color)
{
  patchart_layout_rule (layout, x0, y0, x1, y1, width, color);
  patchart_layout_tag (layout, PATCHART_PART_PLOT);
}

void
patchart_layout_gradient (patchart_layout *layout, patchart_box box)
{
  add_item (layout, (patchart_item){
                        .kind = PATCHART_ITEM_GRADIENT, .box = box, .scheme = layout->palette });
}

void
patchart_layout_path (patchart_layout *layout, const double *xy, guint n_points, double width,
                      double dash, patchart_rgb color)
{
  add_item (layout, (patchart_item){ .kind = PATCHART_ITEM_PATH,
                                     .box = { xy[0], xy[1], 0, 0 },
                                     .color = color,
                                     .line_width = width,
                                     .points = g_memdup2 (xy, sizeof (double) * 2 * n_points),
                                     .n_points = n_points,
                                     .dash = dash });
}

void
patchart_layout_dot (patchart_layout *layout, double x, double y, double radius, patchart_rgb color)
{
  add_item (layout, (patchart_item){ .kind = PATCHART_ITEM_DOT,
                                     .box = { x, y, 0, 0 },
                                     .color = color,
                                     .line_width = radius });
}

void
patchart_layout_pixels (patchart_layout *layout, patchart_box box, patchart_pixels pixels)
{
  add_item (layout, (patchart_item){ .kind = PATCHART_ITEM_PIXELS, .box = box, .pixels = pixels });
}

void
patchart_layout_text (patchart_layout *layout, patchart_text_block *block, double x, double y,
                      patchart_rgb color)
{
  patchart_box box = { x, y, patchart_text_block_width (block),
                       patchart_text_block_height (block) };
  add_item (layout, (patchart_item){
                        .kind = PATCHART_ITEM_TEXT, .box = box, .color = color, .text = block });
}

void
patchart_layout_nest (patchart_layout *layout, patchart_box box, patchart_layout *child)
{
  add_item (layout, (patchart_item){ .kind = PATCHART_ITEM_NESTED, .box = box, .nested = child });
}

void
patchart_layout_link (patchart_layout *layout, patchart_box box, const char *dest)
{
  add_item (layout,
            (patchart_item){ .kind = PATCHART_ITEM_LINK, .box = box, .name = g_strdup (dest) });
}

void
patchart_layout_dest (patchart_layout *layout, double x, double y, const char *name)
{
  add_item (layout, (patchart_item){ .kind = PATCHART_ITEM_DEST,
                                     .box = { x, y, 0, 0 },
                                     .name = g_strdup (name) });
}

void
patchart_layout_set_tag (patchart_layout *layout, const char *tag)
{
  g_return_if_fail (layout->items->len > 0);
  g_array_index (layout->items, patchart_item, layout->items->len - 1).tag = tag;
}

void
patchart_layout_begin (patchart_layout *layout, const char *tag)
{
  add_item (layout, (patchart_item){ .kind = PATCHART_ITEM_BEGIN, .tag = tag });
}

void
patchart_layout_end (patchart_layout *layout, const char *tag)
{
  add_item (layout, (patchart_item){ .kind = PATCHART_ITEM_END, .tag = tag });
}

patchart_text_block *
patchart_layout_measure_scaled (const patchart_layout *layout, const char *string,
                                patchart_role role, double shrink, double max_width, int max_lines,
                                patchart_align align, GError **error)
{
  patchart_text_style style = {
    .size = MAX (roles[role].size * layout->unit * shrink, layout->min_size),
    .bold = roles[role].bold,
    .max_width = max_width,
    .max_lines = max_lines,
    .align = align,
  };
  return patchart_text_block_new (layout->text, string, &style, error);
}

patchart_text_block *
patchart_layout_measure (const patchart_layout *layout, const char *string, patchart_role role,
                         double max_width, int max_lines, patchart_align align, GError **error)
{
  return patchart_layout_measure_scaled (layout, string, role, 1.0, max_width, max_lines, align,
                                         error);
}

gboolean
patchart_layout_check_room (const patchart_layout *layout, double w, double h, const char *what,
                            GError **error)
{
  double min_side = 40 * layout->unit;

  if (w >= min_side && h >= min_side)
    return TRUE;
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
               "%gx%g is too small for %s and its text: use a larger --size or "
               "shorter labels",
               layout->width, layout->height, what);
  return FALSE;
}

/* Places STRING in ROLE at the top (downward from *Y) or, with FROM_BOTTOM,
 * upward from *Y; moves *Y past it. */
static gboolean
stack_text (patchart_layout *layout, const char *string, patchart_role role, int max_lines,
            gboolean from_bottom, double *y, patchart_rgb color, patchart_part part,
            const char *tag, GError **error)
{
  double margin = 20 * layout->unit;
  patchart_text_block *block;

  if (string == NULL || *string == '\0')
    return TRUE;
  block = patchart_layout_measure (layout, string, role, layout->width - 2 * margin, max_lines,
                                   PATCHART_ALIGN_LEFT, error);
  if (block == NULL)
    return FALSE;
  if (from_bottom)
    *y -= patchart_text_block_height (block);
  patchart_layout_text (layout, block, margin, *y, color);
  patchart_layout_tag (layout, part);
  patchart_layout_set_tag (layout, tag);
  if (!from_bottom)
    *y += patchart_text_block_height (block);
  return TRUE;
}

gboolean
patchart_layout_furniture (patchart_layout *layout, const patchart_figure *figure,
                           patchart_box *plot, GError **error)
{
  double u = layout->unit, margin = 20 * u;
  double top = margin, bottom = layout->height - margin;
  const patchart_palette *p = layout->palette;

  if (!stack_text (layout, figure->title, PATCHART_ROLE_TITLE, 2, FALSE, &top, p->text,
                   PATCHART_PART_TITLE, "H1", error))
    return FALSE;
  if (figure->subtitle != NULL && figure->title != NULL)
    top += 4 * u;
  if (!stack_text (layout, figure->subtitle, PATCHART_ROLE_SUBTITLE, 2, FALSE, &top, p->muted_text,
                   PATCHART_PART_SUBTITLE, "P", error) ||
      !stack_text (layout, figure->source, PATCHART_ROLE_SMALL, 2, TRUE, &bottom, p->muted_text,
                   PATCHART_PART_SOURCE, "P", error))
    return FALSE;
  if (figure->source != NULL && figure->note != NULL)
    bottom -= 3 * u;
  if (!stack_text (layout, figure->note, PATCHART_ROLE_SMALL, 3, TRUE, &bottom, p->muted_text,
                   PATCHART_PART_NOTE, "P", error))
    return FALSE;
  patchart_layout_group (layout, PATCHART_PART_PLOT);
  if (top > margin)
    top += 16 * u;
  if (bottom < layout->height - margin)
    bottom -= 14 * u;
  *plot = (patchart_box){ margin, top, layout->width - 2 * margin, bottom - top };
  layout->plot = *plot;
  return patchart_layout_check_room (layout, plot->w, plot->h, "the chart", error);
}

gboolean
patchart_layout_axis_titles (patchart_layout *layout, const patchart_figure *figure,
                             patchart_box *plot, GError **error)
{
  double u = layout->unit;
  patchart_text_block *block;

  if (figure->value_title != NULL && figure->value_title[0] != '\0') {
    block = patchart_layout_measure (layout, figure->value_title, PATCHART_ROLE_SMALL,
                                     plot->w * 0.6, 2, PATCHART_ALIGN_LEFT, error);
    if (block == NULL)
      return FALSE;
    patchart_layout_text (layout, block, plot->x, plot->y, layout->palette->muted_text);
    patchart_layout_tag (layout, PATCHART_PART_AXIS);
    plot->y += patchart_text_block_height (block) + 6 * u;
    plot->h -= patchart_text_block_height (block) + 6 * u;
  }
  if (figure->label_title != NULL && figure->label_title[0] != '\0') {
    block = patchart_layout_measure (layout, figure->label_title, PATCHART_ROLE_SMALL, plot->w, 2,
                                     PATCHART_ALIGN_CENTER, error);
    if (block == NULL)
      return FALSE;
    plot->h -= patchart_text_block_height (block) + 6 * u;
    patchart_layout_text (layout, block,
                          plot->x + (plot->w - patchart_text_block_width (block)) / 2,
                          plot->y + plot->h + 6 * u, layout->palette->muted_text);
    patchart_layout_tag (layout, PATCHART_PART_AXIS);
  }
  return patchart_layout_check_room (layout, plot->w, plot->h, "the chart", error);
}

patchart_text_block **
patchart_layout_measure_many (const patchart_layout *layout, char *const *strings,
                              const patchart_place *places, guint n, patchart_role role,
                              double shrink, double max_width, int max_lines, patchart_align align,
                              double *widest, double *tallest, GError **error)
{
  patchart_text_block **blocks = g_new0 (patchart_text_block *, n);

  *widest = *tallest = 0;
  for (guint i = 0; i < n; i++) {
    blocks[i] = patchart_layout_measure_scaled (layout, strings[i], role, shrink, max_width,
                                                max_lines, align, error);
    if (blocks[i] == NULL) {
      if (places != NULL && error != NULL)
        g_prefix_error (error, "%s:%u:%u: ", layout->input, places[i].line, places[i].column);
      patchart_blocks_free (blocks, n);
      return NULL;
    }
    *widest = MAX (*widest, patchart_text_block_width (blocks[i]));
    *tallest = MAX (*tallest, patchart_text_block_height (blocks[i]));
  }
  return blocks;
}

double
patchart_blocks_tallest (patchart_text_block *const *blocks, guint n)
{
  double tallest = 0;

  for (guint i = 0; i < n; i++)
    if (blocks[i] != NULL)
      tallest = MAX (tallest, patchart_text_block_height (blocks[i]));
  return tallest;
}

guint
patchart_blocks_first_cut (patchart_text_block *const *blocks, guint n)
{
  for (guint i = 0; i < n; i++)
    if (patchart_text_block_cut (blocks[i]))
      return i;
  return n;
}

void
patchart_blocks_free (patchart_text_block **blocks, guint n)
{
  if (blocks == NULL)
    return;
  for (guint i = 0; i < n; i++)
    patchart_text_block_free (blocks[i]);
  g_free (blocks);
}

patchart_box
patchart_item_ink (const patchart_item *item)
{
  patchart_box ink;

  patchart_text_block_ink (item->text, &ink.x, &ink.y, &ink.w, &ink.h);
  ink.x += item->box.x;
  ink.y += item->box.y;
  return ink;
}

gboolean
patchart_bar_incomplete (const patchart_figure *figure, guint i)
{
  const patchart_series *s = figure->series;
  gint64 year;

  return figure->incomplete_from > 0 && !(s->has_others && i + 1 == s->n_items) &&
         g_ascii_string_to_signed (s->labels[i], 10, 1, 9999, &year, NULL) &&
         year >= figure->incomplete_from;
}

void
patchart_layout_bar (patchart_layout *layout, const patchart_figure *figure, guint i,
                     patchart_box box)
{
  patchart_rgb color = patchart_bar_color (layout, figure, i);

  if (patchart_bar_incomplete (figure, i))
    patchart_layout_hatch (layout, box, layout->palette->band, color);
  else
    patchart_layout_rect (layout, box, color);
}

patchart_rgb
patchart_bar_color (const patchart_layout *layout, const patchart_figure *figure, guint i)
{
  const patchart_series *s = figure->series;

  if (s->has_others && i + 1 == s->n_items)
    return layout->palette->other_bar;
  if (figure->highlighted != NULL && !figure->highlighted[i])
    return layout->palette->muted_bar;
  return layout->palette->bar;
}

double
patchart_layout_min_shrink (const patchart_layout *layout, patchart_role role)
{
  return MIN (1.0, layout->min_size / (roles[role].size * layout->unit));
}

char **
patchart_format_values (const patchart_numbers *numbers, const double *values, guint n,
                        int decimals)
{
  char **texts = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    texts[i] = patchart_numbers_format (numbers, values[i], decimals);
  return texts;
}
