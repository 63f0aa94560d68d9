/* SPDX-License-Identifier: MIT */
/* series.c — series colours, stacked and grouped bar parts, and the
 * legend that names the series in stacking order. */
#include "chart/series.h"
#include "util/error.h"

patchart_rgb
patchart_series_color (const patchart_layout *layout, const patchart_figure *figure, guint j)
{
  const patchart_palette *p = layout->palette;
  const patchart_series *s = figure->series;
  guint slot = figure->series_slots != NULL ? figure->series_slots[j] : j;

  if (s != NULL && s->parts_others && j + 1 == s->n_parts)
    return p->other_bar;
  return p->series[slot % MAX (p->n_series, 1)];
}

patchart_rgb
patchart_bar_tint (const patchart_layout *layout, const patchart_figure *figure, guint i,
                   patchart_rgb color)
{
  const patchart_series *s = figure->series;
  const patchart_palette *p = layout->palette;

  if (figure->highlighted != NULL && !figure->highlighted[i])
    return patchart_rgb_mix (color, p->background, 0.72);
  /* the others bar stands for many labels: its parts paler */
  if (s->has_others && i + 1 == s->n_items)
    return patchart_rgb_mix (color, p->background, 0.45);
  return color;
}

void
patchart_layout_part (patchart_layout *layout, const patchart_figure *figure, guint i, guint j,
                      patchart_box box)
{
  const patchart_series *s = figure->series;
  patchart_rgb color =
      patchart_bar_tint (layout, figure, i, patchart_series_color (layout, figure, j));

  if (patchart_bar_incomplete (figure, i))
    patchart_layout_hatch (layout, box, layout->palette->band, color);
  else
    patchart_layout_rect (layout, box, color);
  patchart_layout_mark (layout, "bar", s->labels[i], s->part_names[j],
                        patchart_series_part (s, i, j));
}

void
patchart_layout_parts (patchart_layout *layout, const patchart_figure *figure, guint i,
                       patchart_box box, gboolean horizontal)
{
  const patchart_series *s = figure->series;
  double total = s->values[i], along = horizontal ? box.w : box.h, done = 0, u = layout->unit;

  if (s->n_parts == 0) {
    patchart_layout_bar (layout, figure, i, box);
    patchart_layout_mark (layout, "bar", s->labels[i], NULL, s->values[i]);
    return;
  }
  if (!(total > 0))
    return;
  for (guint j = 0; j < s->n_parts; j++) {
    double length = along * patchart_series_part (s, i, j) / total;
    patchart_box b = horizontal
                         ? (patchart_box){ box.x + done, box.y, length, box.h }
                         : (patchart_box){ box.x, box.y + box.h - done - length, box.w, length };
    if (length <= 0)
      continue;
    patchart_layout_part (layout, figure, i, j, b);
    done += length;
    /* a hairline of background between parts, where they are long enough to keep it */
    if (done < along - 0.5 * u && length > 2 * u) {
      if (horizontal)
        patchart_layout_rule (layout, b.x + b.w, b.y, b.x + b.w, b.y + b.h, u,
                              layout->palette->background);
      else
        patchart_layout_rule (layout, b.x, b.y, b.x + b.w, b.y, u, layout->palette->background);
      patchart_layout_tag (layout, PATCHART_PART_PLOT);
    }
  }
}

typedef struct {
  double x;  /* of the swatch, from the legend's left */
  guint row; /* 0 on top */
} legend_entry;

/* Places entries left to right, a new row when the next would pass WIDTH;
 * returns the number of rows. */
static guint
flow (legend_entry *entries, patchart_text_block **blocks, guint n, double swatch_w, double gap,
      double width)
{
  double x = 0;
  guint row = 0;

  for (guint i = 0; i < n; i++) {
    double w = swatch_w + gap / 2 + patchart_text_block_width (blocks[i]);
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    entries[i] = (legend_entry){ x, row };
    x += w + gap;
  }
  return n > 0 ? row + 1 : 0;
}

gboolean
patchart_legend_take (patchart_layout *layout, char *const *names, const patchart_rgb *colors,
                      const gboolean *dotted, guint n, patchart_swatch swatch, patchart_box *plot,
                      GError **error)
{
  double u = layout->unit, min_shrink = patchart_layout_min_shrink (layout, PATCHART_ROLE_SMALL);
  double swatch_w = (swatch == PATCHART_SWATCH_LINE ? 18 : 11) * u, gap = 14 * u;
  double widest, line_h = 0, height = 0;
  legend_entry *entries = g_new (legend_entry, MAX (n, 1));
  patchart_text_block **blocks = NULL;
  guint n_rows = 0;

  for (double shrink = 1;; shrink = MAX (shrink - 0.1, min_shrink)) {
    /* a name on one line, or two where one would cut a word */
    for (int lines = 1; lines <= 2; lines++) {
      patchart_blocks_free (blocks, n);
      blocks = patchart_layout_measure_many (layout, names, NULL, n, PATCHART_ROLE_SMALL, shrink,
                                             plot->w - swatch_w - gap, lines, PATCHART_ALIGN_LEFT,
                                             &widest, &line_h, error);
      if (blocks == NULL) {
        g_free (entries);
        return FALSE;
      }
      if (patchart_blocks_first_cut (blocks, n) == n)
        break;
    }
    n_rows = flow (entries, blocks, n, swatch_w, gap, plot->w);
    height = n_rows * (line_h + 3 * u);
    if ((height <= plot->h / 3 && patchart_blocks_first_cut (blocks, n) == n) ||
        shrink <= min_shrink)
      break;
  }
  if (patchart_blocks_first_cut (blocks, n) < n) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "a series name does not fit the legend of a %gx%g figure even on two lines: "
                 "use a wider --size or a shorter name (--alias)",
                 layout->width, layout->height);
    patchart_blocks_free (blocks, n);
    g_free (entries);
    return FALSE;
  }
  if (height > plot->h / 3) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "a legend of %u series does not fit a %gx%g figure: use --top N, fewer series "
                 "or a larger --size",
                 n, layout->width, layout->height);
    patchart_blocks_free (blocks, n);
    g_free (entries);
    return FALSE;
  }
  patchart_layout_group (layout, PATCHART_PART_LEGEND);
  for (guint i = 0; i < n; i++) {
    double x = plot->x + entries[i].x, y = plot->y + entries[i].row * (line_h + 3 * u);
    double mid = y + line_h / 2, side = MIN (11 * u, line_h * 0.75);
    if (swatch == PATCHART_SWATCH_LINE)
      patchart_layout_rule (layout, x, mid, x + swatch_w, mid, 2 * u, colors[i]);
    if (swatch == PATCHART_SWATCH_LINE && dotted != NULL && dotted[i])
      patchart_layout_dot (layout, x + swatch_w / 2, mid, 3 * u, colors[i]);
    if (swatch == PATCHART_SWATCH_BOX)
      patchart_layout_rect (layout, (patchart_box){ x, mid - side / 2, side, side }, colors[i]);
    patchart_layout_text (layout, blocks[i], x + swatch_w + gap / 2, y, layout->palette->text);
    blocks[i] = NULL;
  }
  patchart_layout_group (layout, PATCHART_PART_PLOT);
  plot->y += height + 8 * u;
  plot->h -= height + 8 * u;
  patchart_blocks_free (blocks, n);
  g_free (entries);
  return TRUE;
}

gboolean
patchart_parts_legend_take (patchart_layout *layout, const patchart_figure *figure,
                            patchart_box *plot, GError **error)
{
  const patchart_series *s = figure->series;
  patchart_rgb *colors;
  gboolean ok;

  if (s->n_parts == 0)
    return TRUE;
  colors = g_new (patchart_rgb, s->n_parts);
  for (guint j = 0; j < s->n_parts; j++)
    colors[j] = patchart_series_color (layout, figure, j);
  ok = patchart_legend_take (layout, s->part_names, colors, NULL, s->n_parts, PATCHART_SWATCH_BOX,
                             plot, error);
  g_free (colors);
  return ok;
}

/* Stacked parts add up from the axis: each must be 0 or more. */
gboolean
patchart_parts_check_stack (const patchart_layout *layout, const patchart_figure *figure,
                            GError **error)
{
  const patchart_series *s = figure->series;

  for (guint i = 0; i < s->n_items && !figure->group; i++)
    for (guint j = 0; j < s->n_parts; j++)
      if (patchart_series_part (s, i, j) < 0) {
        char *excerpt = patchart_excerpt (s->labels[i]);
        patchart_set_error_at (error, PATCHART_ERROR_DATA, layout->input, s->places[i].line, 0,
                               "\"%s\" has %g for %s: stacked bars show parts of 0 or more "
                               "(use --group)",
                               excerpt, patchart_series_part (s, i, j), s->part_names[j]);
        g_free (excerpt);
        return FALSE;
      }
  return TRUE;
}
