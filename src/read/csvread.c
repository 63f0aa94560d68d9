/* SPDX-License-Identifier: MIT */
/* csvread.c — CSV bytes into rows of fields with physical positions.
 *
 * libcsv reports neither lines nor columns, and it skips blank lines.  So we
 * feed it one physical line at a time and keep the counters ourselves.  A
 * line ends at "\n", "\r\n" or a lone "\r", because libcsv ends a row at
 * either byte.  A row starts on the first line fed to the parser between
 * rows that is not blank.  Every later field of the row starts on the line
 * where the delimiter before it was.  Only a quoted field can span lines,
 * and libcsv reports it at its closing quote, a line or more later. */
#include <csv.h>
#include <string.h>

#include "read/csvread.h"
#include "util/error.h"

#define BOM "\xEF\xBB\xBF"
/* How much of a file that is not UTF-8 is decoded to guess its encoding. */
#define GUESS_SAMPLE (256 * 1024)

typedef struct {
  const char *name;
  const char *data; /* the whole input, to guess its encoding */
  gsize length;
  char delimiter;
  struct csv_parser parser;
  guint line;       /* the physical line being fed, 1-based */
  guint field_line; /* where the field being parsed started */
  gboolean in_row;  /* a row has started and not yet ended */
  gboolean whole;   /* fed whole: lines counted at row ends (parse_whole) */
  gboolean checked; /* all the input is UTF-8 without NUL: no field checks */
  /* This row, in buffers that only grow (a GArray or GString per field
   * costs more than libcsv's parse of it). */
  char *text; /* the row's field texts, each NUL-terminated */
  gsize text_length, text_size;
  patchart_csv_field *fields;
  guint n_fields, fields_size;
  guint n_rows;
  patchart_csv_row_func func;
  gpointer user_data;
  GError *error; /* the first error: everything after it is ignored */
} reader;

/* The length of the physical line at S, its line end included.  Most
 * files have no "\r" (HAS_CR FALSE): memchr finds the line end then. */
static gsize
line_length (const char *s, gsize n, gboolean has_cr)
{
  gsize i;

  if (!has_cr) {
    const char *lf = memchr (s, '\n', n);
    return lf != NULL ? (gsize) (lf - s) + 1 : n;
  }
  for (i = 0; i < n; i++) {
    if (s[i] == '\n')
      return i + 1;
    if (s[i] == '\r')
      return i + 1 < n && s[i + 1] == '\n' ? i + 2 : i + 1;
  }
  return n;
}

/* A "\r" that ends the bytes counts as lone: they stop before a bad byte,
 * never before a "\n".  Most files have no "\r" at all: memchr then. */
guint
patchart_csv_count_lines (const char *s, gsize n)
{
  const char *end = s + n;
  guint n_lines = 0;

  if (memchr (s, '\r', n) == NULL) {
    for (const char *q = s; (q = memchr (q, '\n', (gsize) (end - q))) != NULL; q++)
      n_lines++;
    return n_lines;
  }
  for (gsize i = 0; i < n; i++)
    n_lines += s[i] == '\n' || (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'));
  return n_lines;
}

/* Whether libcsv skips the line at S as blank: spaces, tabs and line ends
 * that are not the delimiter. */
static gboolean
is_blank (const char *s, gsize n, char delimiter)
{
  gsize i;

  for (i = 0; i < n; i++) {
    gboolean space = s[i] == ' ' || s[i] == '\t';

    if (s[i] == delimiter || !(space || s[i] == '\r' || s[i] == '\n'))
      return FALSE;
  }
  return TRUE;
}

typedef struct {
  gboolean ok;       /* the sample decodes */
  guint n_kana;      /* hiragana and katakana */
  guint n_halfwidth; /* half-width katakana */
  guint n_cjk;       /* kana and common Han characters */
} decoding;

/* Decodes the first N bytes of DATA from CHARSET and counts what came out.
 * A sample cut inside a character is fine. */
static void
decode_sample (const char *data, gsize n, const char *charset, decoding *d)
{
  GError *error = NULL;
  gsize n_read = 0;
  char *text = g_convert (data, (gssize) n, "UTF-8", charset, &n_read, NULL, &error);

  memset (d, 0, sizeof *d);
  if (text == NULL && g_error_matches (error, G_CONVERT_ERROR, G_CONVERT_ERROR_PARTIAL_INPUT))
    text = g_convert (data, (gssize) n_read, "UTF-8", charset, NULL, NULL, NULL);
  g_clear_error (&error);
  if (text == NULL)
    return;
  d->ok = TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    d->n_kana += c >= 0x3041 && c <= 0x30FF;
    d->n_halfwidth += c >= 0xFF61 && c <= 0xFF9F;
    d->n_cjk += (c >= 0x3041 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF);
  }
  g_free (text);
}

/* What a file that is not UTF-8 looks like, as advice; a static string.
 * Chinese GBK text read as Shift_JIS turns into half-width katakana (its
 * common lead bytes 0xB0-0xDF are single katakana there), Japanese text
 * mostly into kana: that tells the two apart.  A byte or two that is not
 * UTF-8 is no evidence of either: it takes two CJK characters. */
static const char *
encoding_advice (const char *data, gsize length)
{
  gsize n = MIN (length, GUESS_SAMPLE);
  decoding sjis, gb;

  decode_sample (data, n, "CP932", &sjis);
  if (sjis.ok && sjis.n_cjk >= 2 && (sjis.n_halfwidth == 0 || sjis.n_kana > sjis.n_halfwidth))
    return "; it looks like Shift_JIS (Japanese Excel): use --encoding CP932";
  decode_sample (data, n, "GB18030", &gb);
  if (gb.ok && gb.n_cjk >= 2)
    return "; it looks like GBK/GB18030 (Chinese Excel): use --encoding GB18030";
  return "; save the file as UTF-8, or name its encoding with --encoding";
}

static gboolean
check_text (reader *r, const char *text, gsize length)
{
  const char *end = NULL;
  guint line;
  guint column = r->n_fields + 1;

  if (g_utf8_validate_len (text, length, &end))
    return TRUE;
  line = r->field_line + patchart_csv_count_lines (text, (gsize) (end - text));
  if (*end == '\0')
    patchart_set_error_at (&r->error, PATCHART_ERROR_DATA, r->name, line, column,
                           "NUL byte: this is binary data, not CSV text");
  else
    patchart_set_error_at (&r->error, PATCHART_ERROR_DATA, r->name, line, column,
                           "invalid UTF-8 (byte 0x%02X)%s", (guint) (guchar) *end,
                           encoding_advice (r->data, r->length));
  return FALSE;
}

/* A field or a row past the limits in csvread.h. */
static gboolean
check_size (reader *r, gsize length)
{
  guint column = r->n_fields + 1;

  if (length > PATCHART_CSV_MAX_FIELD)
    patchart_set_error_at (&r->error, PATCHART_ERROR_DATA, r->name, r->field_line, column,
                           "field longer than %u "
                           "bytes (the most a field may hold)",
                           (guint) PATCHART_CSV_MAX_FIELD);
  else if (column > PATCHART_CSV_MAX_FIELDS)
    patchart_set_error_at (&r->error, PATCHART_ERROR_DATA, r->name, r->field_line, column,
                           "row has more than %u "
                           "fields (the most a row may have)",
                           (guint) PATCHART_CSV_MAX_FIELDS);
  return r->error == NULL;
}

/* libcsv's field callback.  The text is copied with the NUL libcsv ends
 * it with (CSV_APPEND_NULL); until the row is delivered, a field's TEXT
 * holds its offset in R->TEXT, which may move as it grows. */
static void
on_field (void *text, size_t length, void *data)
{
  reader *r = data;
  patchart_csv_field *field;

  if (r->error != NULL || !check_size (r, length) ||
      (!r->checked && !check_text (r, text ? text : "", length)))
    return;
  if (r->text_length + length + 1 > r->text_size) {
    r->text_size = MAX (2 * r->text_size, r->text_length + length + 1);
    r->text = g_realloc (r->text, r->text_size);
  }
  if (r->n_fields == r->fields_size) {
    r->fields_size *= 2;
    r->fields = g_renew (patchart_csv_field, r->fields, r->fields_size);
  }
  memcpy (r->text + r->text_length, text ? text : "", length + 1);
  field = &r->fields[r->n_fields++];
  *field =
      (patchart_csv_field){ GSIZE_TO_POINTER (r->text_length), length, r->field_line, r->n_fields };
  r->text_length += length + 1;
  r->field_line = r->line;
}

static void
deliver (reader *r)
{
  patchart_csv_field *fields = r->fields;
  patchart_csv_row row;
  guint i;

  for (i = 0; i < r->n_fields; i++)
    fields[i].text = r->text + GPOINTER_TO_SIZE (fields[i].text);
  row.fields = fields;
  row.n_fields = r->n_fields;
  row.line = fields[0].line;
  row.end_line = r->line;
  r->n_rows++;
  if (!r->func (&row, r->user_data, &r->error))
    patchart_set_error_at (&r->error, PATCHART_ERROR_INTERNAL, r->name, row.line, 0,
                           "row rejected");
}

/* libcsv's row callback. */
static void
on_row (int terminator, void *data)
{
  reader *r = data;

  if (r->error != NULL)
    return;
  r->in_row = FALSE;
  if (r->n_fields > 0)
    deliver (r);
  r->text_length = 0;
  r->n_fields = 0;
  if (r->whole && terminator == '\n') {
    r->line++;
    r->field_line = r->line;
  }
}

/* csv_parse stopped early: say why, at the byte it stopped on. */
static void
parse_failed (reader *r)
{
  guint column = r->n_fields + 1;

  if (csv_error (&r->parser) != CSV_EPARSE)
    patchart_set_error_at (&r->error, PATCHART_ERROR_INTERNAL, r->name, r->line, column,
                           "libcsv: %s", csv_strerror (csv_error (&r->parser)));
  else if (r->parser.quoted)
    patchart_set_error_at (&r->error, PATCHART_ERROR_DATA, r->name, r->line, column,
                           "text after the closing quote "
                           "(a quote inside quotes is written \"\")");
  else
    patchart_set_error_at (&r->error, PATCHART_ERROR_DATA, r->name, r->line, column,
                           "quote inside an unquoted field "
                           "(quote the whole field and double the quote)");
}

/* Feeds N bytes at S to libcsv in pieces, so that a field growing past
 * its limit stops the parse before it is held whole. */
static void
feed_bytes (reader *r, const char *s, gsize n)
{
  gsize done = 0;

  while (done < n && r->error == NULL) {
    gsize piece = MIN (n - done, PATCHART_CSV_MAX_FIELD);

    if (csv_parse (&r->parser, s + done, piece, on_field, on_row, r) < piece && r->error == NULL)
      parse_failed (r);
    done += piece;
    if (r->error == NULL)
      check_size (r, r->parser.entry_pos);
  }
}

/* Feeds one physical line of N bytes at S. */
static void
feed_line (reader *r, const char *s, gsize n)
{
  r->line++;
  if (!r->in_row && !is_blank (s, n, r->delimiter)) {
    r->in_row = TRUE;
    r->field_line = r->line;
  }
  feed_bytes (r, s, n);
}

/* Whether every row of the N bytes at S is on one line, and every line
 * ends in "\n" ("\r" only in "\r\n"): then libcsv's row ends (it reports
 * blank lines too, CSV_REPALL_NL) say which line a row is on, and the
 * bytes can be fed whole.  Quotes pair up from the start (it starts at a
 * row), so a line end between a quote and the next is inside a field. */
static gboolean
one_row_per_line (const char *s, gsize n)
{
  const char *end = s + n, *at = s;
  gboolean quoted = FALSE;

  for (const char *cr = s; (cr = memchr (cr, '\r', (gsize) (end - cr))) != NULL; cr++)
    if (cr + 1 == end || cr[1] != '\n')
      return FALSE;
  while (at < end) {
    const char *quote = memchr (at, '"', (gsize) (end - at));
    const char *stop = quote != NULL ? quote : end;

    if (quoted && memchr (at, '\n', (gsize) (stop - at)) != NULL)
      return FALSE;
    if (quote == NULL)
      break;
    quoted = !quoted;
    at = quote + 1;
  }
  return TRUE;
}

/* Parses the N bytes at S one physical line at a time, counting lines as
 * it goes: any input, as the file's lines. */
static void
parse_by_line (reader *r, const char *s, gsize n)
{
  gboolean has_cr = memchr (s, '\r', n) != NULL;
  gsize pos = 0;

  while (pos < n && r->error == NULL) {
    gsize length = line_length (s + pos, n - pos, has_cr);
    feed_line (r, s + pos, length);
    pos += length;
  }
}

/* Parses the N bytes at S whole, one_row_per_line () being true: a call
 * into libcsv per line costs more than the line's parse. */
static void
parse_whole (reader *r, const char *s, gsize n)
{
  r->whole = TRUE;
  r->line++;
  r->field_line = r->line;
  feed_bytes (r, s, n);
}

/* Ends the parse; only a whole input (IS_START) with no row is empty. */
static void
finish (reader *r, gboolean is_start)
{
  if (r->error != NULL)
    return;
  if (csv_fini (&r->parser, on_field, on_row, r) != 0)
    patchart_set_error_at (&r->error, PATCHART_ERROR_DATA, r->name, r->field_line, r->n_fields + 1,
                           "unterminated quote: this quoted field "
                           "is never closed");
  if (r->n_rows == 0 && is_start)
    patchart_set_error_at (&r->error, PATCHART_ERROR_DATA, r->name, 0, 0, "empty file");
}

static void
reader_init (reader *r, const char *name, char delimiter)
{
  memset (r, 0, sizeof *r);
  r->name = name;
  r->delimiter = delimiter;
  csv_init (&r->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_REPALL_NL);
  csv_set_delim (&r->parser, (unsigned char) delimiter);
  csv_set_realloc_func (&r->parser, g_realloc);
  csv_set_free_func (&r->parser, g_free);
  csv_set_blk_size (&r->parser, 4096);
  r->text_size = 1024;
  r->text = g_malloc (r->text_size);
  r->fields_size = 16;
  r->fields = g_new (patchart_csv_field, r->fields_size);
}

static void
reader_clear (reader *r)
{
  csv_free (&r->parser);
  g_free (r->text);
  g_free (r->fields);
  g_clear_error (&r->error);
}

void
patchart_csv_locate (const char *text, gsize n, char delimiter, guint *line, guint *column)
{
  gboolean quoted = FALSE;

  *line = 1;
  *column = 1;
  for (gsize i = 0; i < n; i++) {
    gboolean line_end = text[i] == '\n' || (text[i] == '\r' && (i + 1 >= n || text[i + 1] != '\n'));

    if (text[i] == '"')
      quoted = !quoted;
    else if (text[i] == delimiter && !quoted)
      (*column)++;
    if (line_end) {
      (*line)++;
      if (!quoted)
        *column = 1;
    }
  }
}

/* UTF-16 starts with a byte order mark or, when much of it is ASCII, has
 * a NUL byte in every other place: at least a quarter of the bytes, all
 * but a few at even offsets (big-endian) or all but a few at odd ones
 * (little-endian).  Binary junk with NUL bytes on both (a run of zeros)
 * is not UTF-16, and UTF-8 text has no NUL byte at all. */
static gboolean
looks_utf16 (const char *data, gsize length)
{
  gsize n = MIN (length, 4096);
  gsize n_nul[2] = { 0, 0 };

  if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    return TRUE;
  for (gsize i = 0; i < n; i++)
    n_nul[i % 2] += data[i] == '\0';
  for (int parity = 0; parity < 2; parity++)
    if (n_nul[parity] >= 2 && n_nul[parity] * 4 >= n && n_nul[1 - parity] * 8 <= n_nul[parity])
      return TRUE;
  return FALSE;
}

gboolean
patchart_csv_check_start (const char *name, const char *data, gsize length, char delimiter,
                          GError **error)
{
  const char *nul;
  guint line, column;

  if (looks_utf16 (data, length)) {
    patchart_set_error_at (error, PATCHART_ERROR_DATA, name, 0, 0,
                           "looks like UTF-16 text (Excel's \"Unicode text\"): "
                           "use --encoding UTF-16, or save it as UTF-8");
    return FALSE;
  }
  nul = length > 0 ? memchr (data, '\0', length) : NULL;
  if (nul == NULL)
    return TRUE;
  patchart_csv_locate (data, (gsize) (nul - data), delimiter, &line, &column);
  patchart_set_error_at (error, PATCHART_ERROR_DATA, name, line, column,
                         "NUL byte: this is binary data, not CSV text");
  return FALSE;
}

static gboolean
check_input (const char *name, const char *data, gsize length, char delimiter, GError **error)
{
  if (delimiter != '\t' && (delimiter < ' ' || delimiter > '~' || delimiter == '"')) {
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, NULL, 0, 0,
                           "the delimiter must be a tab or a printable "
                           "ASCII character other than '\"'");
    return FALSE;
  }
  return patchart_csv_check_start (name, data, length, delimiter, error);
}

/* The parse of patchart_csv_parse_part (); BY_LINE: always line by line. */
static gboolean
parse (const char *name, const char *data, gsize length, char delimiter, guint lines_before,
       gboolean is_start, gboolean by_line, patchart_csv_row_func func, gpointer user_data,
       GError **error)
{
  reader r;
  gsize pos = 0;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!check_input (name, data, length, delimiter, error))
    return FALSE;
  if (is_start && length >= 3 && memcmp (data, BOM, 3) == 0)
    pos = 3;
  reader_init (&r, name, delimiter);
  r.data = data;
  r.length = length;
  r.func = func;
  r.user_data = user_data;
  r.line = lines_before;
  /* one pass over the whole input is cheaper than one per field; if it
   * fails, the fields are checked one by one, so that the error reported
   * is the first in the file, whatever its kind */
  r.checked = g_utf8_validate_len (data + pos, length - pos, NULL);
  if (r.checked && !by_line && one_row_per_line (data + pos, length - pos))
    parse_whole (&r, data + pos, length - pos);
  else
    parse_by_line (&r, data + pos, length - pos);
  finish (&r, is_start);
  ok = r.error == NULL;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&r.error));
  reader_clear (&r);
  return ok;
}

gboolean
patchart_csv_parse_part (const char *name, const char *data, gsize length, char delimiter,
                         guint lines_before, gboolean is_start, patchart_csv_row_func func,
                         gpointer user_data, GError **error)
{
  return parse (name, data, length, delimiter, lines_before, is_start, FALSE, func, user_data,
                error);
}

gboolean
patchart_csv_parse_by_line (const char *name, const char *data, gsize length, char delimiter,
                            patchart_csv_row_func func, gpointer user_data, GError **error)
{
  return parse (name, data, length, delimiter, 0, TRUE, TRUE, func, user_data, error);
}

gboolean
patchart_csv_parse (const char *name, const char *data, gsize length, char delimiter,
                    patchart_csv_row_func func, gpointer user_data, GError **error)
{
  return patchart_csv_parse_part (name, data, length, delimiter, 0, TRUE, func, user_data, error);
}
