/* SPDX-License-Identifier: MIT */
/* report.c — every figure of a spec in one PDF: a title page with the
 * contents, then one page per figure with its caption, source and page
 * number, and one bookmark per figure.
 *
 * Every page is laid out first, as a display list (chart/layout.h) like a
 * figure's, with the figure's own list nested in it; then render/pdf.c
 * paints them all with draw.c.  The contents give each figure's page, so
 * they are laid out before the figures, and their page numbers are added
 * once the front pages are counted. */
#include <math.h>
#include <string.h>

#include "figure/figure.h"
#include "figure/lang.h"
#include "render/output.h"
#include "render/pdf.h"
#include "render/render.h"
#include "spec/report.h"
#include "spec/reporttable.h"
#include "spec/spec.h"
#include "text/text.h"

#define MM_TO_PT (72.0 / 25.4)
#define MARGIN_PT (20 * MM_TO_PT)
#define HEADER_PT 28.0    /* running head and its rule */
#define CAPTION_PT 64.0   /* room kept under a figure for caption and source */
#define FOOTER_PT 24.0    /* page number */
#define PT_PER_PX 0.75    /* a CSS pixel */
#define ENTRY_GAP 6.0     /* under each line of the contents */
#define ENTRY_NUMBER 36.0 /* room kept right of a caption in the contents */

/* A figure's line in the contents: its page number and its link are added
 * once the number of front pages is known. */
typedef struct {
  patchart_layout *page;
  patchart_box box;  /* the caption's */
  guint page_number; /* of the figure's page, from 1 */
} entry;

typedef struct {
  const patchart_spec *spec;
  patchart_figure **figures;
  guint n_figures;
  const char *lang; /* of the report's own words */
  const patchart_words *words;
  patchart_text *text;
  double width, height; /* the page, points */
  GPtrArray *pages;     /* of patchart_layout *, in order */
  guint n_front;        /* pages before the first figure (title, contents) */
  entry *entries;       /* one per figure */
} report;

typedef struct {
  double size;
  gboolean bold;
  double grey; /* 0 black .. 1 white */
  patchart_align align;
  const char *tag; /* structure element in the tagged PDF, or NULL */
} look;

static const look title_look = { 24, TRUE, 0.05, PATCHART_ALIGN_CENTER, "H1" };
static const look subtitle_look = { 14, FALSE, 0.25, PATCHART_ALIGN_CENTER, "P" };
static const look byline_look = { 11, FALSE, 0.25, PATCHART_ALIGN_CENTER, "P" };
static const look heading_look = { 13, TRUE, 0.05, PATCHART_ALIGN_LEFT, "H2" };
static const look entry_look = { 11, FALSE, 0.1, PATCHART_ALIGN_LEFT, "P" };
static const look number_look = { 11, FALSE, 0.1, PATCHART_ALIGN_RIGHT, NULL };
static const look caption_look = { 11, TRUE, 0.05, PATCHART_ALIGN_LEFT, "H2" };
static const look small_look = { 8.5, FALSE, 0.35, PATCHART_ALIGN_LEFT, "P" };
static const look head_look = { 8.5, FALSE, 0.35, PATCHART_ALIGN_LEFT, NULL };
static const look folio_look = { 8.5, FALSE, 0.35, PATCHART_ALIGN_CENTER, NULL };

static const patchart_rgb rule_grey = { 0.6, 0.6, 0.6 };

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

/* The caption key, else the figure's title, else its name. */
static const char *
caption_text (const report *r, guint i)
{
  const patchart_spec_figure *fig = g_ptr_array_index (r->spec->figures, i);
  const char *title = r->figures[i]->title;

  return fig->caption ? fig->caption : title ? title : fig->name;
}

/* "图 1　Caption". */
static char *
caption (const report *r, guint i)
{
  return g_strdup_printf ("%s%u　%s", r->words->figure, i + 1, caption_text (r, i));
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
  stamp = patchart_pdf_date ();
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

/* The language of the report's own words: [report] lang, else the first
 * figure's. */
static const char *
report_lang (const report *r)
{
  const char *lang = r->spec->report.lang;

  if (lang != NULL && strcmp (patchart_words_for (lang)->code, lang) == 0)
    return lang;
  return patchart_figure_get_lang (r->figures[0]);
}

static double
content_width (const report *r)
{
  return r->width - 2 * MARGIN_PT;
}

static patchart_layout *
new_page (report *r)
{
  patchart_layout *page = patchart_layout_new_page (r->width, r->height, r->lang, r->text);

  g_ptr_array_add (r->pages, page);
  return page;
}

/* STRING measured in look L, wrapped to WIDTH. */
static patchart_text_block *
measure (const report *r, const char *string, const look *l, double width, GError **error)
{
  patchart_text_style style = { l->size, l->bold, width, 0, l->align };

  return patchart_text_block_new (r->text, string, &style, error);
}

/* Places BLOCK (taken over) on PAGE with its top at *Y, aligned within
 * WIDTH from X; moves *Y below it and returns its box. */
static patchart_box
put (patchart_layout *page, patchart_text_block *block, const look *l, double x, double *y,
     double width)
{
  double room = width - patchart_text_block_width (block);
  patchart_rgb grey = { l->grey, l->grey, l->grey };
  patchart_box box;

  /* a block is drawn from its own left edge: align it within WIDTH here */
  if (l->align != PATCHART_ALIGN_LEFT)
    x += l->align == PATCHART_ALIGN_CENTER ? room / 2 : room;
  patchart_layout_text (page, block, x, *y, grey);
  patchart_layout_set_tag (page, l->tag);
  box = g_array_index (page->items, patchart_item, page->items->len - 1).box;
  *y += box.h;
  return box;
}

/* measure() and put(). */
static gboolean
place (report *r, patchart_layout *page, const char *string, const look *l, double x, double *y,
       double width, GError **error)
{
  patchart_text_block *block = measure (r, string, l, width, error);

  if (block != NULL)
    put (page, block, l, x, y, width);
  return block != NULL;
}

/* Figure I's line in the contents at *Y, or at the top of a new page when
 * it does not fit above the foot. */
static gboolean
lay_entry (report *r, guint i, patchart_layout **page, double *y, GError **error)
{
  double bottom = r->height - MARGIN_PT - FOOTER_PT, width = content_width (r) - ENTRY_NUMBER;
  char *text = caption (r, i);
  patchart_text_block *block = measure (r, text, &entry_look, width, error);

  g_free (text);
  if (block == NULL)
    return FALSE;
  if (*y + patchart_text_block_height (block) + ENTRY_GAP > bottom && *y > MARGIN_PT) {
    *page = new_page (r);
    *y = MARGIN_PT;
  }
  r->entries[i].page = *page;
  r->entries[i].box = put (*page, block, &entry_look, MARGIN_PT, y, width);
  *y += ENTRY_GAP;
  return TRUE;
}

/* The contents from Y down on PAGE, onto more pages when they do not fit. */
static gboolean
lay_contents (report *r, patchart_layout *page, double y, GError **error)
{
  gboolean ok =
      place (r, page, r->words->contents, &heading_look, MARGIN_PT, &y, content_width (r), error);

  y += 10;
  for (guint i = 0; ok && i < r->n_figures; i++)
    ok = lay_entry (r, i, &page, &y, error);
  return ok;
}

/* Title, subtitle, author and date centred in the upper third; then the
 * contents. */
static gboolean
lay_title_page (report *r, GError **error)
{
  const patchart_spec_report *info = &r->spec->report;
  patchart_layout *page = new_page (r);
  char *title = report_title (r->spec), *date = report_date (r->spec);
  double y = r->height * 0.22, w = content_width (r);
  gboolean ok = place (r, page, title, &title_look, MARGIN_PT, &y, w, error);

  y += 10;
  if (ok && info->subtitle != NULL)
    ok = place (r, page, info->subtitle, &subtitle_look, MARGIN_PT, &y, w, error);
  y += 18;
  if (ok && info->author != NULL)
    ok = place (r, page, info->author, &byline_look, MARGIN_PT, &y, w, error);
  y += 4;
  if (ok && date != NULL)
    ok = place (r, page, date, &byline_look, MARGIN_PT, &y, w, error);
  ok = ok && lay_contents (r, page, MAX (y + 48, r->height * 0.45), error);
  g_free (title);
  g_free (date);
  return ok;
}

static patchart_box
union_box (patchart_box a, patchart_box b)
{
  double x0 = MIN (a.x, b.x), y0 = MIN (a.y, b.y);

  return (patchart_box){ x0, y0, MAX (a.x + a.w, b.x + b.w) - x0, MAX (a.y + a.h, b.y + b.h) - y0 };
}

/* Figure I's page number on the right of its line in the contents; the
 * line and the number link to the figure's page. */
static gboolean
lay_entry_number (report *r, guint i, GError **error)
{
  const entry *e = &r->entries[i];
  char *number = g_strdup_printf ("%u", e->page_number), *dest = dest_name (i);
  patchart_text_block *block = measure (r, number, &number_look, content_width (r), error);
  double y = e->box.y;

  if (block != NULL) {
    patchart_box box = put (e->page, block, &number_look, MARGIN_PT, &y, content_width (r));
    patchart_layout_link (e->page, union_box (e->box, box), dest);
  }
  g_free (dest);
  g_free (number);
  return block != NULL;
}

/* The running head: the report's title and a rule. */
static gboolean
lay_head (report *r, patchart_layout *page, GError **error)
{
  char *title = report_title (r->spec);
  double y = MARGIN_PT;
  gboolean ok = place (r, page, title, &head_look, MARGIN_PT, &y, content_width (r), error);

  patchart_layout_rule (page, MARGIN_PT, y + 4, r->width - MARGIN_PT, y + 4, 0.5, rule_grey);
  g_free (title);
  return ok;
}

/* Figure I laid out afresh for the page: as wide as the text, as tall as
 * its own proportions say up to 60% of the page (and the room left from
 * TOP), in CSS pixels of 0.75 pt, so its type keeps its size in points
 * (10 px, its smallest, is 7.5 pt) rather than shrinking with a picture.
 * Its source is left to the caption, and its title too where that is
 * the caption.  Sets *BOX to where it went. */
static gboolean
lay_figure (report *r, patchart_layout *page, guint i, double top, patchart_box *box,
            GError **error)
{
  patchart_figure view = *r->figures[i];
  double room = r->height - MARGIN_PT - FOOTER_PT - CAPTION_PT - top;
  double w = content_width (r), most = MIN (room, r->height * 0.6);
  double h = MIN (w * view.height / view.width, most);
  GError *tight = NULL;
  patchart_layout *figure;

  view.width = (int) floor (w / PT_PER_PX);
  view.height = (int) floor (h / PT_PER_PX);
  view.source = NULL;
  if (view.title != NULL && strcmp (caption_text (r, i), view.title) == 0)
    view.title = NULL;
  figure = patchart_figure_layout (&view, &tight);
  if (figure == NULL && g_error_matches (tight, PATCHART_ERROR, PATCHART_ERROR_USAGE)) {
    /* on narrow paper a figure may need more than its proportions */
    g_clear_error (&tight);
    view.height = (int) floor (most / PT_PER_PX);
    figure = patchart_figure_layout (&view, &tight);
  }
  if (figure == NULL) {
    g_propagate_prefixed_error (error, tight, "%s: ", patchart_spec_get_name (r->spec, i));
    return FALSE;
  }
  *box = (patchart_box){ MARGIN_PT, top, view.width * PT_PER_PX, view.height * PT_PER_PX };
  patchart_layout_nest (page, *box, figure);
  return TRUE;
}

/* Under the figure in BOX: its caption, then its source, and its data
 * file where [report] data-files asks for it. */
static gboolean
lay_caption (report *r, patchart_layout *page, guint i, const patchart_box *box, GError **error)
{
  const patchart_figure *f = r->figures[i];
  gboolean data = g_strcmp0 (r->spec->report.data_files, "true") == 0;
  char *text = caption (r, i), *base = g_path_get_basename (f->input);
  char *line =
      g_strdup_printf ("%s%s%s%s", f->source ? f->source : "", f->source && data ? "　" : "",
                       data ? r->words->data : "", data ? base : "");
  double y = box->y + box->h + 10;
  gboolean ok = place (r, page, text, &caption_look, box->x, &y, box->w, error);

  y += 4;
  if (*line != '\0')
    ok = ok && place (r, page, line, &small_look, box->x, &y, box->w, error);
  g_free (line);
  g_free (base);
  g_free (text);
  return ok;
}

/* A page after a figure's, with the running head (for its table). */
static patchart_layout *
table_page (gpointer data, GError **error)
{
  report *r = data;
  patchart_layout *page = new_page (r);

  return lay_head (r, page, error) ? page : NULL;
}

/* Figure I's data as a table (report --tables), on the pages after it. */
static gboolean
lay_data (report *r, guint i, GError **error)
{
  patchart_table_pages pages = {
    r->text,
    r->words,
    MARGIN_PT,
    content_width (r),
    MARGIN_PT + HEADER_PT,
    r->height - MARGIN_PT - FOOTER_PT,
    table_page,
    r,
  };
  char *text = caption (r, i);
  gboolean ok = patchart_report_table (r->figures[i], text, &pages, error);

  g_free (text);
  return ok;
}

/* A page with a named destination at its top, for links and bookmarks,
 * the running head, figure I, and its caption; then its data if asked. */
static gboolean
lay_figure_page (report *r, guint i, GError **error)
{
  patchart_layout *page = new_page (r);
  char *dest = dest_name (i);
  patchart_box box;
  gboolean ok;

  r->entries[i].page_number = r->pages->len;
  patchart_layout_dest (page, 0, 0, dest);
  ok = lay_head (r, page, error) && lay_figure (r, page, i, MARGIN_PT + HEADER_PT, &box, error) &&
       lay_caption (r, page, i, &box, error);
  if (ok && r->spec->report.tables)
    ok = lay_data (r, i, error);
  g_free (dest);
  return ok;
}

/* "2 / 5" at the foot of every page. */
static gboolean
lay_folios (report *r, GError **error)
{
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < r->pages->len; i++) {
    char *folio = g_strdup_printf ("%u / %u", i + 1, r->pages->len);
    double y = r->height - MARGIN_PT + FOOTER_PT / 2;

    ok = place (r, g_ptr_array_index (r->pages, i), folio, &folio_look, MARGIN_PT, &y,
                content_width (r), error);
    g_free (folio);
  }
  return ok;
}

/* Every page: the front pages, counted; the figures' pages; then what
 * needed the count. */
static gboolean
lay_out (report *r, GError **error)
{
  gboolean ok;

  r->lang = report_lang (r);
  r->words = patchart_words_for (r->lang);
  r->text = patchart_text_new (r->lang, error);
  if (r->text == NULL)
    return FALSE;
  r->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) patchart_layout_free);
  r->entries = g_new0 (entry, r->n_figures);
  ok = lay_title_page (r, error);
  r->n_front = r->pages->len;
  for (guint i = 0; ok && i < r->n_figures; i++)
    ok = lay_figure_page (r, i, error);
  for (guint i = 0; ok && i < r->n_figures; i++)
    ok = lay_entry_number (r, i, error);
  return ok && lay_folios (r, error);
}

/* The pages painted into a PDF with a bookmark per figure and the
 * report's metadata. */
static GBytes *
paint (const report *r, GError **error)
{
  const patchart_spec_report *about = &r->spec->report;
  patchart_pdf_bookmark *bookmarks = g_new0 (patchart_pdf_bookmark, r->n_figures);
  char *title = report_title (r->spec);
  GString *keywords = g_string_new (NULL);
  patchart_pdf_info info = { title, about->author, about->subtitle, NULL, r->lang, 1 };
  GBytes *bytes;

  for (guint i = 0; i < r->n_figures; i++) {
    g_string_append_printf (keywords, "%s%s", i ? ", " : "", patchart_spec_get_name (r->spec, i));
    bookmarks[i] = (patchart_pdf_bookmark){ caption (r, i), dest_name (i) };
  }
  info.keywords = keywords->str;
  bytes = patchart_pdf_pages ((const patchart_layout *const *) r->pages->pdata, r->pages->len,
                              &info, bookmarks, r->n_figures, error);
  for (guint i = 0; i < r->n_figures; i++) {
    g_free ((char *) bookmarks[i].title);
    g_free ((char *) bookmarks[i].dest);
  }
  g_free (bookmarks);
  g_string_free (keywords, TRUE);
  g_free (title);
  return bytes;
}

static void
report_clear (report *r)
{
  for (guint i = 0; r->figures != NULL && i < r->n_figures; i++)
    patchart_figure_free (r->figures[i]);
  g_free (r->figures);
  if (r->pages != NULL)
    g_ptr_array_unref (r->pages);
  g_free (r->entries);
  patchart_text_free (r->text);
}

/* Reads the figures of R's spec and lays out its pages on PAGE paper. */
static gboolean
report_build (report *r, const char *page, GError **error)
{
  if (page == NULL)
    page = r->spec->report.page != NULL ? r->spec->report.page : "A4";
  return parse_page (page, &r->width, &r->height, error) && make_figures (r, error) &&
         lay_out (r, error);
}

GPtrArray *
patchart_report_pages (const patchart_spec *spec, const char *page, GError **error)
{
  report r = { .spec = spec };
  GPtrArray *pages = NULL;

  if (report_build (&r, page, error))
    pages = g_ptr_array_ref (r.pages);
  report_clear (&r);
  return pages;
}

void
patchart_spec_set_report_tables (patchart_spec *spec, gboolean tables)
{
  g_return_if_fail (spec != NULL);
  spec->report.tables = tables;
}

gboolean
patchart_spec_write_report (const patchart_spec *spec, const char *path, const char *page,
                            GError **error)
{
  report r = { .spec = spec };
  GBytes *bytes = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (spec != NULL && path != NULL, FALSE);
  if (report_build (&r, page, error)) {
    bytes = paint (&r, error);
    ok = bytes != NULL && patchart_output_write_bytes (path, bytes, error);
  }
  report_clear (&r);
  if (bytes != NULL)
    g_bytes_unref (bytes);
  return ok;
}
