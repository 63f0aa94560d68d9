/* SPDX-License-Identifier: MIT */
/* fuzz_layout.c — the layout with made-up labels and sizes: whatever it
 * is given, a figure either keeps its promises (every box on the canvas,
 * no two texts' glyphs overlapping, no word cut, nothing under 10 px) or
 * is refused with a usage or data error; it never crashes.
 *
 * The first bytes choose the figure: kind, width and height (200..2000),
 * orientation, series (bars split by office, stacked or grouped; the first
 * label highlighted), furniture and type scale; every later byte adds a
 * piece of a label from a small set of words and characters in Latin,
 * Chinese, Japanese and Korean (bit 7 ends the label, its value the byte
 * after). */
#include <string.h>

#include "fuzz.h"
#include "render/render.h"

static const char *const pieces[] = {
  "International ",
  "Business ",
  "Machines ",
  "Co., ",
  "Ltd. ",
  "(Shenzhen) ",
  "Technology ",
  "Gesellschaft ",
  "mit ",
  "beschränkter ",
  "Haftung",
  "-",
  "/",
  " ",
  "A",
  "e",
  "Z",
  "0",
  "7",
  "中国",
  "科学院",
  "有限公司",
  "华为",
  "技术",
  "北京",
  "的",
  "、",
  "（",
  "）",
  "。",
  "株式会社",
  "ソニー",
  "グループ",
  "マイクロソフト",
  "・",
  "テクノロジー",
  "ちょっと",
  "ー",
  "ッ",
  "が",
  "の",
  "は",
  "삼성전자",
  " 주식회사",
  "한국",
  "연구원",
  "Aktiengesellschaft",
  "Supercalifragilisticexpialidocious",
  "\u2212",
  "%",
  "…",
  "G06N 3/04",
  "Neural ",
  "network ",
  "architectures",
  "2019",
  "日本電信電話",
  "Nokia ",
  "Oy",
  "「",
  "」",
  "Republic ",
  "of ",
  "Korea",
};

static void
append_field (GString *csv, const char *text)
{
  g_string_append_c (csv, '"');
  for (const char *p = text; *p != '\0'; p++) {
    if (*p == '"')
      g_string_append_c (csv, '"');
    g_string_append_c (csv, *p);
  }
  g_string_append_c (csv, '"');
}

static const char *const offices[] = {
  "CN", "美国", "Korea (Republic of)", "日本国特許庁", "European Patent Office",
};

/* The CSV the bytes after the header describe: label,value lines for
 * bars and rankings (label,office,value when SERIES), label,2020,2021,2022
 * for heatmaps and lines. */
static GString *
build_csv (const uint8_t *data, size_t size, gboolean matrix, gboolean series)
{
  GString *csv = g_string_new (matrix   ? "name,2020,2021,2022\n"
                               : series ? "name,office,value\n"
                                        : "name,value\n");
  GString *label = g_string_new (NULL);
  guint n = 0;

  for (size_t i = 0; i < size && n < 60; i++) {
    g_string_append (label, pieces[(data[i] & 0x7f) % G_N_ELEMENTS (pieces)]);
    if (!(data[i] & 0x80) && i + 1 < size)
      continue;
    if (label->str[strspn (label->str, " ")] != '\0') {
      guint value = i + 1 < size ? data[++i] : 1;
      append_field (csv, label->str);
      if (matrix)
        g_string_append_printf (csv, ",%u,%u,%u\n", value, value * 3 % 17, value / 3);
      else if (series)
        g_string_append_printf (csv, ",%s,%u\n", offices[value % G_N_ELEMENTS (offices)],
                                value * value);
      else
        g_string_append_printf (csv, ",%u\n", value * value);
      n++;
    }
    g_string_truncate (label, 0);
  }
  g_string_free (label, TRUE);
  return csv;
}

static gboolean
overlap (const patchart_box *a, const patchart_box *b)
{
  const double slack = 0.5;
  return a->x + slack < b->x + b->w && b->x + slack < a->x + a->w && a->y + slack < b->y + b->h &&
         b->y + slack < a->y + a->h;
}

/* The promises of a drawn figure. */
static void
check_layout (const patchart_layout *layout)
{
  GArray *items = layout->items;

  for (guint i = 0; i < items->len; i++) {
    const patchart_item *a = &g_array_index (items, patchart_item, i);
    const patchart_box *b = &a->box;

    if (!(b->x >= -0.5 && b->y >= -0.5 && b->x + b->w <= layout->width + 0.5 &&
          b->y + b->h <= layout->height + 0.5))
      g_printerr ("off the canvas: item %u (kind %d, \"%s\") at %g,%g %gx%g in %gx%g\n", i, a->kind,
                  a->kind == PATCHART_ITEM_TEXT ? patchart_text_block_shown (a->text) : "", b->x,
                  b->y, b->w, b->h, layout->width, layout->height);
    g_assert (b->x >= -0.5 && b->y >= -0.5 && b->x + b->w <= layout->width + 0.5 &&
              b->y + b->h <= layout->height + 0.5);
    if (a->kind != PATCHART_ITEM_TEXT)
      continue;
    g_assert (patchart_text_block_size (a->text) >= 10 - 1e-9);
    g_assert (!patchart_text_block_cut (a->text));
    for (guint j = i + 1; j < items->len; j++) {
      const patchart_item *c = &g_array_index (items, patchart_item, j);
      if (c->kind == PATCHART_ITEM_TEXT) {
        patchart_box ia = patchart_item_ink (a), ic = patchart_item_ink (c);
        if (overlap (&ia, &ic))
          g_printerr ("overlap: \"%s\" at %g,%g %gx%g and \"%s\" at %g,%g %gx%g\n",
                      patchart_text_block_shown (a->text), ia.x, ia.y, ia.w, ia.h,
                      patchart_text_block_shown (c->text), ic.x, ic.y, ic.w, ic.h);
        g_assert (!overlap (&ia, &ic));
      }
    }
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  patchart_figure_options o;
  patchart_figure *figure;
  patchart_layout *layout;
  GError *error = NULL;
  GString *csv;

  if (size < 4)
    return 0;
  gboolean matrix, series;
  char *first = NULL;
  const char *highlight[2] = { NULL, NULL };

  /* heatmaps have no orientation: one of its values makes them lines */
  patchart_figure_options_init (&o, data[0] % 3 == PATCHART_KIND_HEATMAP && (data[0] >> 2) % 3 == 1
                                        ? PATCHART_KIND_LINE
                                        : (patchart_kind) (data[0] % 3));
  matrix = o.kind == PATCHART_KIND_HEATMAP || o.kind == PATCHART_KIND_LINE;
  series = !matrix && (data[0] >> 5) % 4 >= 1;
  o.width = 200 + (data[1] % 46) * 40;
  o.height = 200 + (data[2] % 46) * 40;
  o.orient = (patchart_orient) ((data[0] >> 2) % 3);
  o.title = data[3] & 1 ? "生成式AI相关专利申请数量在五大专利局的分布与变化（2014–2025年）" : NULL;
  o.source = data[3] & 2 ? "Patentfield" : NULL;
  o.note = data[3] & 4 ? "Note: made-up data for testing the layout." : NULL;
  o.font_scale = data[3] & 8 ? 1.5 : 1;
  o.lang = (const char *const[]){ NULL, "zh-CN", "ja", "ko", "en" }[(data[3] >> 4) % 5];
  csv = build_csv (data + 4, size - 4, matrix, series);
  o.series_column = series ? "office" : NULL;
  o.group = series && (data[0] >> 5) % 4 == 2;
  /* the first label, highlighted */
  if ((data[0] >> 5) % 4 == 3 && o.kind != PATCHART_KIND_HEATMAP) {
    const char *row = strchr (csv->str, '\n') + 1; /* the first data row, if any */
    const char *end = *row == '"' ? strstr (row + 1, "\",") : NULL;
    if (end != NULL)
      first = g_strndup (row + 1, end - row - 1);
    highlight[0] = first;
    o.highlight = highlight;
  }
  figure = patchart_figure_new_from_data ("fuzz.csv", csv->str, csv->len, &o, &error);
  if (figure != NULL) {
    layout = patchart_figure_layout (figure, &error);
    if (layout != NULL)
      check_layout (layout);
    else
      g_assert (error->code == PATCHART_ERROR_USAGE || error->code == PATCHART_ERROR_DATA);
    patchart_layout_free (layout);
    patchart_figure_free (figure);
  }
  g_clear_error (&error);
  g_string_free (csv, TRUE);
  g_free (first);
  return 0;
}
