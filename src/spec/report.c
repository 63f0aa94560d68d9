/* report.c — every figure of a spec in one PDF: a title page with the
 * contents, then one page per figure with its caption, source and page
 * number, and one bookmark per figure. */
#include <cairo-pdf.h>
#include <string.h>

#include "config.h"
#include "figure/figure.h"
#include "render/output.h"
#include "spec/spec.h"
#include "text/text.h"

#define MM_TO_PT (72.0 / 25.4)
#define MARGIN_PT (20 * MM_TO_PT)
#define HEADER_PT 28.0   /* running head and its rule */
#define CAPTION_PT 64.0  /* room kept under a figure for caption and source */
#define FOOTER_PT 24.0   /* page number */

typedef struct {
  const char *lang;
  const char *figure;   /* before the figure's number */
  const char *contents;
  const char *data;     /* before the input's file name */
} words;

static const words all_words[] = {
  { "zh-CN", "图 ", "目录", "数据：" },
  { "zh-TW", "圖 ", "目錄", "資料：" },
  { "ja", "図", "目次", "データ：" },
  { "ko", "그림 ", "목차", "데이터: " },
  { "en", "Figure ", "Contents", "Data: " },
};

typedef struct {
  const patchart_spec *spec;
  patchart_figure **figures;
  guint n_figures;
  const words *words;
  patchart_text *text;
  double width, height;   /* the page, points */
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean dry;           /* measure and count pages, draw nothing */
  guint page;             /* the current page, from 1 */
  guint n_front;          /* pages before the first figure (title, contents) */
} report;

typedef struct {
  double size;
  gboolean bold;
  double grey;            /* 0 black .. 1 white */
  patchart_align align;
} look;

static const look title_look = { 24, TRUE, 0.05, PATCHART_ALIGN_CENTER };
static const look subtitle_look = { 14, FALSE, 0.25, PATCHART_ALIGN_CENTER };
static const look byline_look = { 11, FALSE, 0.25, PATCHART_ALIGN_CENTER };
static const look heading_look = { 13, TRUE, 0.05, PATCHART_ALIGN_LEFT };
static const look entry_look = { 11, FALSE, 0.1, PATCHART_ALIGN_LEFT };
static const look caption_look = { 11, TRUE, 0.05, PATCHART_ALIGN_LEFT };
static const look small_look = { 8.5, FALSE, 0.35, PATCHART_ALIGN_LEFT };
static const look folio_look = { 8.5, FALSE, 0.35, PATCHART_ALIGN_CENTER };

static const words *
words_for (const char *lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (all_words); i++)
    if (strcmp (all_words[i].lang, lang) == 0)
      return &all_words[i];
  return &all_words[G_N_ELEMENTS (all_words) - 1];
}

/* "A4", "letter" or "WxHmm" (50 to 2000 mm a side), in points. */
static gboolean
parse_page (const char *page, double *width, double *height, GError **error)
{
  double w = 0, h = 0;
  char *end = NULL;

  if (g_ascii_strcasecmp (page, "A4") == 0)
    w = 210, h = 297;
  else if (g_ascii_strcasecmp (page, "letter") == 0)
    w = 215.9, h = 279.4;
  else {
    w = g_ascii_strtod (page, &end);
    if (end != page && (*end == 'x' || *end == 'X'))
      h = g_ascii_strtod (end + 1, &end);
    if (end == NULL || strcmp (end, "mm") != 0 || !(w >= 50 && w <= 2000 && h >= 50 && h <= 2000))
      w = 0;
  }
  if (w == 0) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_USAGE,
                 "page %s: expected A4, letter or WIDTHxHEIGHTmm (50 to 2000 mm)", page);
    return FALSE;
  }
  *width = w * MM_TO_PT;
  *height = h * MM_TO_PT;
  return TRUE;
}

/* Reads every figure; on failure the message lists each failing one,
 * one a line, and the code is the first one's. */
static gboolean
make_figures (report *r, GError **error)
{
  GString *failures = g_string_new (NULL);
  int code = PATCHART_ERROR_INTERNAL;
  gboolean ok;

  r->n_figures = patchart_spec_get_n_figures (r->spec);
  r->figures = g_new0 (patchart_figure *, r->n_figures);
  for (guint i = 0; i < r->n_figures; i++) {
    GError *e = NULL;
    r->figures[i] = patchart_spec_figure_new (r->spec, i, &e);
    if (e == NULL)
      continue;
    if (failures->len == 0)
      code = e->code;
    g_string_append_printf (failures, "%s%s", failures->len ? "\n" : "", e->message);
    g_error_free (e);
  }
  ok = failures->len == 0;
  if (!ok)
    g_set_error_literal (error, PATCHART_ERROR, code, failures->str);
  g_string_free (failures, TRUE);
  return ok;
}

/* Measures STRING and draws it with its block's top-left at X, Y, lines
 * aligned within WIDTH; adds its height to *Y. */
static gboolean
show (report *r, const char *string, const look *l, double x, double *y, double width,
      GError **error)
{
  patchart_text_style style = { l->size, l->bold, width, 0, l->align };
  patchart_text_block *block = patchart_text_block_new (r->text, string, &style, error);
  double room;

  if (block == NULL)
    return FALSE;
  /* a block is drawn from its own left edge: align it within WIDTH here */
  room = width - patchart_text_block_width (block);
  if (l->align != PATCHART_ALIGN_LEFT)
    x += l->align == PATCHART_ALIGN_CENTER ? room / 2 : room;
  if (!r->dry) {
    cairo_set_source_rgb (r->cr, l->grey, l->grey, l->grey);
    patchart_text_block_draw (block, r->cr, x, *y);
  }
  *y += patchart_text_block_height (block);
  patchart_text_block_free (block);
  return TRUE;
}

static double
content_width (const report *r)
{
  return r->width - 2 * MARGIN_PT;
}

/* "图 1　Caption": the caption key, else the figure's title, else its name. */
static char *
caption (const report *r, guint i)
{
  const patchart_spec_figure *fig = g_ptr_array_index (r->spec->figures, i);
  const char *text = fig->caption ? fig->caption : r->figures[i]->title ? r->figures[i]->title : fig->name;
  return g_strdup_printf ("%s%u　%s", r->words->figure, i + 1, text);
}

static char *
dest_name (guint i)
{
  return g_strdup_printf ("figure-%u", i + 1);
}

/* The report's date: [report] date, else SOURCE_DATE_EPOCH's day, else none. */
static char *
report_date (const patchart_spec *spec)
{
  char *stamp;

  if (spec->report.date != NULL)
    return g_strdup (spec->report.date);
  if (g_getenv ("SOURCE_DATE_EPOCH") == NULL)
    return NULL;
  stamp = patchart_output_pdf_date ();
  stamp[10] = '\0'; /* YYYY-MM-DD */
  return stamp;
}

static char *
report_title (const patchart_spec *spec)
{
  char *base;
  char *dot;

  if (spec->report.title != NULL)
    return g_strdup (spec->report.title);
  base = g_path_get_basename (spec->path);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  return base;
}

/* "2 / 5" at the foot of the page, then the next page. */
static gboolean
end_page (report *r, GError **error)
{
  char *folio = g_strdup_printf ("%u / %u", r->page, r->n_front + r->n_figures);
  double y = r->height - MARGIN_PT + FOOTER_PT / 2;
  gboolean ok = show (r, folio, &folio_look, MARGIN_PT, &y, content_width (r), error);

  if (!r->dry)
    cairo_show_page (r->cr);
  r->page++;
  g_free (folio);
  return ok;
}

/* The height of figure I's line in the contents. */
static gboolean
entry_height (report *r, guint i, double *height, GError **error)
{
  char *text = caption (r, i);
  patchart_text_style style = { entry_look.size, FALSE, content_width (r) - 36, 0,
                                PATCHART_ALIGN_LEFT };
  patchart_text_block *block = patchart_text_block_new (r->text, text, &style, error);

  g_free (text);
  if (block == NULL)
    return FALSE;
  *height = patchart_text_block_height (block) + 6;
  patchart_text_block_free (block);
  return TRUE;
}

/* One line of the contents: the caption, and its page on the right; both
 * link to the figure. */
static gboolean
draw_entry (report *r, guint i, double *y, GError **error)
{
  char *text = caption (r, i), *dest = dest_name (i);
  char *page = g_strdup_printf ("%u", r->n_front + 1 + i);
  char *link = g_strdup_printf ("dest='%s'", dest);
  look right = entry_look;
  double top = *y;
  gboolean ok;

  right.align = PATCHART_ALIGN_RIGHT;
  if (!r->dry)
    cairo_tag_begin (r->cr, CAIRO_TAG_LINK, link);
  ok = show (r, text, &entry_look, MARGIN_PT, y, content_width (r) - 36, error)
       && show (r, page, &right, MARGIN_PT, &top, content_width (r), error);
  if (!r->dry)
    cairo_tag_end (r->cr, CAIRO_TAG_LINK);
  *y += 6;
  g_free (link);
  g_free (dest);
  g_free (page);
  g_free (text);
  return ok;
}

/* The contents from Y down, onto more pages when they do not fit. */
static gboolean
draw_contents (report *r, double y, GError **error)
{
  double bottom = r->height - MARGIN_PT - FOOTER_PT, height = 0;
  gboolean ok = show (r, r->words->contents, &heading_look, MARGIN_PT, &y, content_width (r),
                      error);

  y += 10;
  for (guint i = 0; ok && i < r->n_figures; i++) {
    ok = entry_height (r, i, &height, error);
    if (ok && y + height > bottom && y > MARGIN_PT) {
      ok = end_page (r, error);
      y = MARGIN_PT;
    }
    ok = ok && draw_entry (r, i, &y, error);
  }
  return ok;
}

/* Title, subtitle, author and date centred in the upper third; then the
 * contents. */
static gboolean
draw_title_page (report *r, GError **error)
{
  const patchart_spec_report *info = &r->spec->report;
  char *title = report_title (r->spec), *date = report_date (r->spec);
  double y = r->height * 0.22, w = content_width (r);
  gboolean ok = show (r, title, &title_look, MARGIN_PT, &y, w, error);

  y += 10;
  if (ok && info->subtitle != NULL)
    ok = show (r, info->subtitle, &subtitle_look, MARGIN_PT, &y, w, error);
  y += 18;
  if (ok && info->author != NULL)
    ok = show (r, info->author, &byline_look, MARGIN_PT, &y, w, error);
  y += 4;
  if (ok && date != NULL)
    ok = show (r, date, &byline_look, MARGIN_PT, &y, w, error);
  ok = ok && draw_contents (r, MAX (y + 48, r->height * 0.45), error) && end_page (r, error);
  g_free (title);
  g_free (date);
  return ok;
}

/* The front pages once without drawing, to number the pages after them. */
static gboolean
count_front_pages (report *r, GError **error)
{
  gboolean ok;

  r->dry = TRUE;
  r->page = 1;
  ok = draw_title_page (r, error);
  r->n_front = r->page - 1;
  r->dry = FALSE;
  r->page = 1;
  return ok;
}

/* The running head: the report's title and a rule. */
static gboolean
draw_head (report *r, GError **error)
{
  char *title = report_title (r->spec);
  double y = MARGIN_PT;
  gboolean ok = show (r, title, &small_look, MARGIN_PT, &y, content_width (r), error);

  cairo_set_source_rgb (r->cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (r->cr, 0.5);
  cairo_move_to (r->cr, MARGIN_PT, y + 4);
  cairo_line_to (r->cr, r->width - MARGIN_PT, y + 4);
  cairo_stroke (r->cr);
  g_free (title);
  return ok;
}

/* Figure I fitted to the text width (or to the height left) from TOP;
 * sets *BOX to where it went. */
static gboolean
draw_figure (report *r, guint i, double top, patchart_rect *box, GError **error)
{
  const patchart_figure *f = r->figures[i];
  double room = r->height - MARGIN_PT - FOOTER_PT - CAPTION_PT - top;
  double scale = MIN (content_width (r) / f->width, room / f->height);

  *box = (patchart_rect) { MARGIN_PT + (content_width (r) - f->width * scale) / 2, top,
                           f->width * scale, f->height * scale };
  return patchart_figure_render (f, r->cr, box, error);
}

/* Under the figure in BOX: its caption, then its source and data file. */
static gboolean
draw_caption (report *r, guint i, const patchart_rect *box, GError **error)
{
  const patchart_figure *f = r->figures[i];
  char *text = caption (r, i), *base = g_path_get_basename (f->input);
  char *line = g_strdup_printf ("%s%s%s%s", f->source ? f->source : "", f->source ? "　" : "",
                                r->words->data, base);
  double y = box->y + box->height + 10;
  gboolean ok = show (r, text, &caption_look, box->x, &y, box->width, error);

  y += 4;
  ok = ok && show (r, line, &small_look, box->x, &y, box->width, error);
  g_free (line);
  g_free (base);
  g_free (text);
  return ok;
}

/* A named destination at the top of the page, for links and bookmarks. */
static void
mark_page (report *r, guint i)
{
  char *dest = dest_name (i);
  char *attributes = g_strdup_printf ("name='%s' x=0 y=0", dest);

  cairo_tag_begin (r->cr, CAIRO_TAG_DEST, attributes);
  cairo_tag_end (r->cr, CAIRO_TAG_DEST);
  g_free (attributes);
  g_free (dest);
}

static gboolean
draw_figure_page (report *r, guint i, GError **error)
{
  patchart_rect box;
  gboolean ok;

  mark_page (r, i);
  ok = draw_head (r, error) && draw_figure (r, i, MARGIN_PT + HEADER_PT, &box, error)
       && draw_caption (r, i, &box, error) && end_page (r, error);
  return ok;
}

static void
add_outline (report *r)
{
  for (guint i = 0; i < r->n_figures; i++) {
    char *text = caption (r, i), *dest = dest_name (i);
    char *link = g_strdup_printf ("dest='%s'", dest);
    cairo_pdf_surface_add_outline (r->surface, CAIRO_PDF_OUTLINE_ROOT, text, link, 0);
    g_free (link);
    g_free (dest);
    g_free (text);
  }
}

static void
set_metadata (report *r)
{
  const patchart_spec_report *info = &r->spec->report;
  char *title = report_title (r->spec), *date = patchart_output_pdf_date ();
  GString *keywords = g_string_new (NULL);

  for (guint i = 0; i < r->n_figures; i++)
    g_string_append_printf (keywords, "%s%s", i ? ", " : "", patchart_spec_get_name (r->spec, i));
  cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_TITLE, title);
  if (info->author != NULL)
    cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_AUTHOR, info->author);
  if (info->subtitle != NULL)
    cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_SUBJECT, info->subtitle);
  cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_KEYWORDS, keywords->str);
  cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_CREATOR,
                                  "patchart " PATCHART_VERSION);
  cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_MOD_DATE, date);
  g_string_free (keywords, TRUE);
  g_free (date);
  g_free (title);
}

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The language of the report's own words: [report] lang, else the first
 * figure's. */
static const char *
report_lang (const report *r)
{
  const char *lang = r->spec->report.lang;

  if (lang != NULL && strcmp (words_for (lang)->lang, lang) == 0)
    return lang;
  return patchart_figure_get_lang (r->figures[0]);
}

static gboolean
draw_pages (report *r, GByteArray *out, GError **error)
{
  gboolean ok;

  r->words = words_for (report_lang (r));
  r->text = patchart_text_new (r->words->lang, error);
  if (r->text == NULL)
    return FALSE;
  r->surface = cairo_pdf_surface_create_for_stream (append_bytes, out, r->width, r->height);
  r->cr = cairo_create (r->surface);
  set_metadata (r);
  add_outline (r);
  ok = count_front_pages (r, error) && draw_title_page (r, error);
  for (guint i = 0; ok && i < r->n_figures; i++)
    ok = draw_figure_page (r, i, error);
  cairo_destroy (r->cr);
  cairo_surface_finish (r->surface);
  if (ok && cairo_surface_status (r->surface) != CAIRO_STATUS_SUCCESS) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_INTERNAL, "cairo: %s",
                 cairo_status_to_string (cairo_surface_status (r->surface)));
    ok = FALSE;
  }
  cairo_surface_destroy (r->surface);
  return ok;
}

gboolean
patchart_spec_write_report (const patchart_spec *spec, const char *path, const char *page,
                            GError **error)
{
  report r = { .spec = spec };
  GByteArray *out = g_byte_array_new ();
  GBytes *bytes = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (spec != NULL && path != NULL, FALSE);
  if (page == NULL)
    page = spec->report.page != NULL ? spec->report.page : "A4";
  if (!parse_page (page, &r.width, &r.height, error) || !make_figures (&r, error)
      || !draw_pages (&r, out, error))
    goto out;
  bytes = g_byte_array_free_to_bytes (out);
  out = NULL;
  ok = patchart_output_write_bytes (path, bytes, error);
out:
  for (guint i = 0; r.figures != NULL && i < r.n_figures; i++)
    patchart_figure_free (r.figures[i]);
  g_free (r.figures);
  patchart_text_free (r.text);
  if (out != NULL)
    g_byte_array_unref (out);
  if (bytes != NULL)
    g_bytes_unref (bytes);
  return ok;
}
