/* stream.c — a CSV file through csvread one piece at a time.
 *
 * csvread parses a buffer; a 100 MB export need not be one.  We read
 * blocks and hand csvread everything up to the last line end that is
 * outside quotes.  Outside quotes is known from the parity of the quote
 * bytes since the start of the file: in RFC 4180 a quote is either one
 * of a pair around a field or one of a doubled pair inside it, and a
 * stray quote is an error csvread reports in the piece where it is.
 * Each piece starts at line 1 for csvread, so we shift the line numbers
 * of its rows and of its error messages by the lines before it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "stream.h"

#define BLOCK (1024 * 1024)

typedef struct {
  const char *name;
  char delimiter;
  patchart_csv_row_func func;
  gpointer user_data;
  guint lines_before;    /* line ends in the pieces already parsed */
  guint n_rows;          /* rows delivered from this piece */
  gboolean func_failed;  /* FUNC's error: its lines are the file's already */
  gboolean in_quotes;    /* at the scan position */
  gsize scanned;         /* bytes of PENDING whose quotes were counted */
  gsize cut;             /* end of the last line end outside quotes */
  GString *pending;
  GArray *fields;        /* the current row, its lines shifted */
} stream;

/* Counts quotes in the new bytes of PENDING and finds the last place
 * after a line end outside quotes. */
static void
scan (stream *s)
{
  const char *b = s->pending->str;

  for (gsize i = s->scanned; i < s->pending->len; i++) {
    if (b[i] == '"')
      s->in_quotes = !s->in_quotes;
    else if (!s->in_quotes && (b[i] == '\n' || (b[i] == '\r' && i + 1 < s->pending->len && b[i + 1] != '\n')))
      s->cut = i + 1;
  }
  /* a final "\r" may be the first half of "\r\n": look again later */
  s->scanned = s->pending->len;
  if (s->pending->len > 0 && b[s->pending->len - 1] == '\r')
    s->scanned--;
}

/* How many line ends the N bytes at P hold, as csvread counts them. */
static guint
count_lines (const char *p, gsize n)
{
  guint lines = 0;

  for (gsize i = 0; i < n; i++)
    lines += p[i] == '\n' || (p[i] == '\r' && (i + 1 == n || p[i + 1] != '\n'));
  return lines;
}

/* csvread's row callback: the row with its lines shifted. */
static gboolean
shifted_row (const patchart_csv_row *row, gpointer data, GError **error)
{
  stream *s = data;
  patchart_csv_row copy = *row;

  g_array_set_size (s->fields, 0);
  g_array_append_vals (s->fields, row->fields, row->n_fields);
  for (guint i = 0; i < row->n_fields; i++)
    g_array_index (s->fields, patchart_csv_field, i).line += s->lines_before;
  copy.fields = (const patchart_csv_field *) s->fields->data;
  copy.line += s->lines_before;
  copy.end_line += s->lines_before;
  s->n_rows++;
  s->func_failed = !s->func (&copy, s->user_data, error);
  return !s->func_failed;
}

/* An error csvread set inside a piece: "NAME:LINE..." names a line of
 * the piece; make it the file's. */
static void
shift_error (stream *s, GError *error)
{
  gsize n = strlen (s->name);
  const char *p = error->message + n + 1;
  char *end = NULL;
  guint64 line;
  char *message;

  if (strncmp (error->message, s->name, n) != 0 || error->message[n] != ':' ||
      !g_ascii_isdigit (*p))
    return;
  line = g_ascii_strtoull (p, &end, 10);
  message = g_strdup_printf ("%s:%" G_GUINT64_FORMAT "%s", s->name, line + s->lines_before, end);
  g_free (error->message);
  error->message = message;
}

/* Parses the first N bytes of PENDING and drops them. */
static gboolean
parse_piece (stream *s, gsize n, gboolean first, GError **error)
{
  GError *local = NULL;
  gboolean ok;

  s->n_rows = 0;
  ok = patchart_csv_parse (s->name, s->pending->str, n, s->delimiter, shifted_row, s, &local);
  if (!ok && !first && s->n_rows == 0 && g_str_has_suffix (local->message, ": empty file")) {
    g_clear_error (&local); /* blank lines only: the file is not empty */
    ok = TRUE;
  }
  if (!ok && !s->func_failed && local->domain == PATCHART_ERROR)
    shift_error (s, local);
  if (!ok)
    g_propagate_error (error, local);
  s->lines_before += count_lines (s->pending->str, n);
  g_string_erase (s->pending, 0, (gssize) n);
  s->scanned -= n;
  s->cut = 0;
  return ok;
}

/* Reads blocks from FP and parses every whole piece. */
static gboolean
pump (stream *s, FILE *fp, GError **error)
{
  char *block = g_malloc (BLOCK);
  gboolean first = TRUE, ok = TRUE;
  size_t n;

  while (ok && (n = fread (block, 1, BLOCK, fp)) > 0) {
    g_string_append_len (s->pending, block, (gssize) n);
    scan (s);
    /* a record longer than 64 blocks is parsed as it is, so that a stray
     * quote is reported where it is rather than read to the end */
    if (s->cut == 0 && s->pending->len >= 64 * BLOCK)
      s->cut = s->pending->len;
    if (s->cut > 0) {
      ok = parse_piece (s, s->cut, first, error);
      first = FALSE;
    }
  }
  g_free (block);
  if (ok && ferror (fp)) {
    patchart_set_error_at (error, PATCHART_ERROR_INPUT, s->name, 0, 0, "cannot read: %s",
                           g_strerror (errno));
    return FALSE;
  }
  if (ok && (first || s->pending->len > 0))
    ok = parse_piece (s, s->pending->len, first, error);
  return ok;
}

gboolean
patchart_csv_parse_file (const char *path, char delimiter, patchart_csv_row_func func,
                         gpointer user_data, GError **error)
{
  gboolean is_stdin = strcmp (path, "-") == 0;
  stream s = { .name = is_stdin ? "<stdin>" : path, .delimiter = delimiter, .func = func,
               .user_data = user_data };
  FILE *fp = is_stdin ? stdin : fopen (path, "rb");
  gboolean ok;

  if (fp == NULL) {
    patchart_set_error_at (error, PATCHART_ERROR_INPUT, s.name, 0, 0, "cannot open: %s",
                           g_strerror (errno));
    return FALSE;
  }
  s.pending = g_string_sized_new (2 * BLOCK);
  s.fields = g_array_new (FALSE, FALSE, sizeof (patchart_csv_field));
  ok = pump (&s, fp, error);
  if (!is_stdin)
    fclose (fp);
  g_string_free (s.pending, TRUE);
  g_array_free (s.fields, TRUE);
  return ok;
}
