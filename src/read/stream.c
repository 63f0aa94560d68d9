/* SPDX-License-Identifier: MIT */
/* stream.c — a CSV file cut into pieces of whole rows.
 *
 * csvread parses a buffer; a 100 MB export need not be one.  We read
 * blocks and cut after the last line end that is outside quotes.
 * Outside quotes is known from the parity of the quote bytes since the
 * start of the file: in RFC 4180 a quote is either one of a pair around a
 * field or one of a doubled pair inside it, and a stray quote is an error
 * csvread reports in the piece where it is.  Each piece knows the lines
 * before it, so that csvread numbers rows and errors as in the file. */
#define _GNU_SOURCE /* memrchr */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "util/error.h"
#include "read/stream.h"

#define BLOCK (1024 * 1024)
/* The first piece is read on its own before the threads start (it holds
 * the header): a small one lets them start sooner. */
#define FIRST_BLOCK (64 * 1024)
/* A record longer than this is cut anyway, so that a stray quote is
 * reported where it is rather than after reading the whole file. */
#define MAX_PIECE (64 * BLOCK)

struct patchart_pieces {
  char *name;
  FILE *fp; /* NULL for data in memory */
  gboolean is_stdin;
  const char *data; /* in memory: what is left */
  gsize left;
  GString *pending;   /* read but not yet handed out */
  GAsyncQueue *spare; /* GString: buffers of pieces given back, for reuse */
  gsize scanned;      /* bytes of PENDING whose quotes were counted */
  gsize cut;          /* end of the last line end outside quotes */
  gboolean in_quotes;
  gboolean eof;
  int read_errno; /* why reading failed, or 0 */
  guint n_pieces, lines;
  GIConv cd;             /* to UTF-8, or (GIConv) -1 for UTF-8 input */
  char *encoding;        /* what CD converts from */
  char delimiter;        /* to place a conversion error */
  GString *raw;          /* bytes read but not yet converted */
  GError *convert_error; /* reported once the rows before it are out */
};

static void
free_buffer (gpointer buffer)
{
  g_string_free (buffer, TRUE);
}

patchart_pieces *
patchart_pieces_open (const char *name, const char *path, const char *data, gsize length,
                      GError **error)
{
  patchart_pieces *p = g_new0 (patchart_pieces, 1);

  p->name = g_strdup (name);
  p->data = data;
  p->left = length;
  p->pending = g_string_sized_new (path != NULL ? 2 * BLOCK : 0);
  p->spare = g_async_queue_new_full (free_buffer);
  p->cd = (GIConv) -1;
  if (path != NULL) {
    p->is_stdin = strcmp (path, "-") == 0;
    p->fp = p->is_stdin ? stdin : fopen (path, "rb");
    if (p->fp == NULL) {
      patchart_set_error_at (error, PATCHART_ERROR_INPUT, name, 0, 0, "cannot open: %s",
                             g_strerror (errno));
      patchart_pieces_close (p);
      return NULL;
    }
  }
  return p;
}

void
patchart_pieces_close (patchart_pieces *p)
{
  if (p == NULL)
    return;
  if (p->fp != NULL && !p->is_stdin)
    fclose (p->fp);
  g_string_free (p->pending, TRUE);
  g_async_queue_unref (p->spare);
  if (p->cd != (GIConv) -1)
    g_iconv_close (p->cd);
  if (p->raw != NULL)
    g_string_free (p->raw, TRUE);
  g_clear_error (&p->convert_error);
  g_free (p->encoding);
  g_free (p->name);
  g_free (p);
}

gboolean
patchart_pieces_convert (patchart_pieces *p, const char *encoding, char delimiter, GError **error)
{
  /* iconv takes "" for the locale's charset: never wanted here */
  GIConv cd = *encoding ? g_iconv_open ("UTF-8", encoding) : (GIConv) -1;

  if (cd == (GIConv) -1) {
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, NULL, 0, 0,
                           "encoding %s: unknown (try GB18030, CP932, SHIFT_JIS, UTF-16, "
                           "or a name 'iconv --list' gives)",
                           encoding);
    return FALSE;
  }
  p->cd = cd;
  p->encoding = g_strdup (encoding);
  p->delimiter = delimiter;
  p->raw = g_string_sized_new (BLOCK + 16);
  return TRUE;
}

void
patchart_pieces_done (patchart_pieces *p, patchart_piece *piece)
{
  if (piece == NULL)
    return;
  if (piece->buffer->allocated_len <= 4 * BLOCK)
    g_async_queue_push (p->spare, piece->buffer);
  else /* grown for a long record: not kept */
    g_string_free (piece->buffer, TRUE);
  g_free (piece);
}

/* The last line end in the N bytes at S, as the offset after it, or 0.
 * A final "\r" may be half of "\r\n": it does not count. */
static gsize
last_line_end (const char *s, gsize n)
{
  const char *lf = memrchr (s, '\n', n);
  const char *cr = memrchr (s, '\r', n);

  if (lf != NULL && (cr == NULL || lf > cr))
    return (gsize) (lf - s) + 1;
  if (cr != NULL && cr + 1 < s + n)
    return (gsize) (cr - s) + 1;
  return 0;
}

/* Finds the last line end outside quotes in the new bytes of PENDING,
 * going from quote to quote with memchr. */
static void
scan (patchart_pieces *p)
{
  const char *b = p->pending->str, *end = b + p->pending->len;
  const char *at = b + p->scanned;

  while (at < end) {
    const char *quote = memchr (at, '"', (gsize) (end - at));
    const char *stop = quote != NULL ? quote : end;
    if (!p->in_quotes) {
      gsize cut = last_line_end (at, (gsize) (stop - at));
      if (cut > 0)
        p->cut = (gsize) (at - b) + cut;
    }
    if (quote == NULL)
      break;
    p->in_quotes = !p->in_quotes;
    at = quote + 1;
  }
  p->scanned = p->pending->len;
  if (p->scanned > 0 && b[p->scanned - 1] == '\r' && !p->in_quotes) {
    p->scanned--; /* look at it again with the byte after it */
  }
}

/* Appends up to a block of the input to BYTES; the bytes read, 0 at the
 * end or on a read error (kept in READ_ERRNO). */
static gsize
read_block (patchart_pieces *p, GString *bytes)
{
  gsize want = p->n_pieces == 0 ? FIRST_BLOCK : BLOCK, n;

  if (p->fp == NULL) {
    n = MIN (p->left, want);
    g_string_append_len (bytes, p->data, (gssize) n);
    p->data += n;
    p->left -= n;
  } else {
    g_string_set_size (bytes, bytes->len + want);
    n = fread (bytes->str + bytes->len - want, 1, want, p->fp);
    g_string_set_size (bytes, bytes->len - want + n);
    if (n == 0 && ferror (p->fp))
      p->read_errno = errno != 0 ? errno : EIO;
  }
  return n;
}

/* The byte at BAD is not in the encoding (or starts a character the input
 * ends inside): its place is where the text converted so far ends.
 * PENDING starts at a row, after the lines handed out. */
static void
convert_failed (patchart_pieces *p, const char *bad)
{
  guint line, column;

  patchart_csv_locate (p->pending->str, p->pending->len, p->delimiter, &line, &column);
  patchart_set_error_at (&p->convert_error, PATCHART_ERROR_DATA, p->name, p->lines + line, column,
                         "not %s text (byte 0x%02X): check --encoding", p->encoding,
                         (guint) (guchar) *bad);
}

/* One g_iconv() call from IN onto PENDING (IN NULL: back to the initial
 * shift state); 0 or why it stopped (errno). */
static int
convert_step (patchart_pieces *p, char **in, gsize *in_left)
{
  gsize room = 3 * (in != NULL ? *in_left : 0) + 16, old = p->pending->len, out_left = room;
  char *out;
  gsize r;
  int e;

  g_string_set_size (p->pending, old + room);
  out = p->pending->str + old;
  r = g_iconv (p->cd, in, in_left, &out, &out_left);
  e = r == (gsize) -1 ? errno : 0;
  g_string_set_size (p->pending, old + room - out_left);
  return e;
}

/* Converts what RAW holds onto PENDING, leaving in RAW a character the
 * block ends inside; at the END of the input, nothing may be left. */
static void
convert (patchart_pieces *p, gboolean end)
{
  char *in = p->raw->str;
  gsize in_left = p->raw->len;
  int e = 0;

  while (in_left > 0) {
    e = convert_step (p, &in, &in_left);
    if (e != 0 && e != E2BIG)
      break;
  }
  if (e == EINVAL && !end)
    ; /* a character cut by the block's end: the next block ends it */
  else if (e != 0 || in_left > 0)
    convert_failed (p, in);
  else if (end)
    while (convert_step (p, NULL, NULL) == E2BIG)
      ;
  g_string_erase (p->raw, 0, (gssize) (in - p->raw->str));
}

/* Reads one more block into PENDING, converted if need be; FALSE at the
 * end, on a read error (kept in READ_ERRNO) or a conversion error (kept
 * in CONVERT_ERROR). */
static gboolean
fill (patchart_pieces *p)
{
  gsize n;

  if (p->cd == (GIConv) -1)
    return read_block (p, p->pending) > 0;
  n = read_block (p, p->raw);
  if (p->read_errno == 0)
    convert (p, n == 0);
  return n > 0 && p->convert_error == NULL;
}

/* The first N bytes of PENDING as a piece: the piece takes PENDING's
 * buffer rather than a copy, and the rest starts a spare one, so that
 * memory is not given back to the system and asked for again. */
static patchart_piece *
take (patchart_pieces *p, gsize n)
{
  patchart_piece *piece = g_new0 (patchart_piece, 1);
  gsize rest = p->pending->len - n;
  GString *next = g_async_queue_try_pop (p->spare);

  if (next == NULL)
    next = g_string_sized_new (rest + BLOCK);
  g_string_truncate (next, 0);
  g_string_append_len (next, p->pending->str + n, (gssize) rest);
  g_string_truncate (p->pending, n);
  piece->buffer = p->pending;
  piece->data = p->pending->str;
  piece->length = n;
  piece->index = p->n_pieces++;
  piece->lines_before = p->lines;
  p->pending = next;
  p->lines += patchart_csv_count_lines (piece->data, n);
  p->scanned -= MIN (p->scanned, n);
  p->cut = 0;
  return piece;
}

gboolean
patchart_pieces_next (patchart_pieces *p, patchart_piece **piece, GError **error)
{
  *piece = NULL;
  while (!p->eof && p->cut == 0 && p->pending->len < MAX_PIECE) {
    p->eof = !fill (p);
    if (p->read_errno != 0) {
      patchart_set_error_at (error, PATCHART_ERROR_INPUT, p->name, 0, 0, "cannot read: %s",
                             g_strerror (p->read_errno));
      return FALSE;
    }
    scan (p);
    if (p->n_pieces == 0 && memchr (p->pending->str, '\0', p->pending->len) != NULL) {
      /* binary data: all of it read so far is the piece that csvread
       * refuses, rather than 64 MB without a line end */
      *piece = take (p, p->pending->len);
      return TRUE;
    }
  }
  if (p->cut > 0) {
    *piece = take (p, p->cut);
  } else if (p->convert_error != NULL) {
    g_propagate_error (error, g_steal_pointer (&p->convert_error));
    return FALSE;
  } else if (p->pending->len > 0 || p->n_pieces == 0)
    *piece = take (p, p->pending->len);
  return TRUE;
}

gboolean
patchart_piece_parse (const patchart_piece *piece, const char *name, char delimiter,
                      patchart_csv_row_func func, gpointer user_data, GError **error)
{
  return patchart_csv_parse_part (name, piece->data, piece->length, delimiter, piece->lines_before,
                                  piece->index == 0, func, user_data, error);
}
