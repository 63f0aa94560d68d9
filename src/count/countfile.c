/* SPDX-License-Identifier: MIT */
/* countfile.c — pieces of an input counted on worker threads.
 *
 * The reading thread cuts pieces (stream.c) and hands each to a
 * GThreadPool; a worker takes a free tally from a queue, counts the piece
 * into it and gives it back, so each tally is used by one thread at a
 * time.  A queue of tokens bounds the pieces in memory.  Errors are kept
 * per piece: the one reported is that of the first piece in the file
 * that failed, as a single thread would have found it.  An input in
 * another encoding is converted as it is read (stream.c). */
#include "count/countfile.h"
#include "read/stream.h"

#define MAX_THREADS 4
#define PIECES_PER_THREAD 2

typedef struct {
  patchart_counter *counter;
  patchart_pieces *pieces;
  GAsyncQueue *tallies; /* free tallies */
  GAsyncQueue *tokens;  /* one per piece that may be in memory */
  GMutex lock;
  GError *error; /* the error of piece ERROR_INDEX */
  guint error_index;
  gint failed; /* atomic: an error has been seen */
} workers;

/* Keeps ERROR if it comes from an earlier piece than the one kept. */
static void
keep_error (workers *w, guint index, GError *error)
{
  g_mutex_lock (&w->lock);
  if (w->error == NULL || index < w->error_index) {
    g_clear_error (&w->error);
    w->error = error;
    w->error_index = index;
    error = NULL;
  }
  g_mutex_unlock (&w->lock);
  g_clear_error (&error);
  g_atomic_int_set (&w->failed, 1);
}

static gboolean
later_than_error (workers *w, guint index)
{
  gboolean later;

  if (!g_atomic_int_get (&w->failed))
    return FALSE;
  g_mutex_lock (&w->lock);
  later = w->error != NULL && index > w->error_index;
  g_mutex_unlock (&w->lock);
  return later;
}

static void
work (gpointer data, gpointer user_data)
{
  patchart_piece *piece = data;
  workers *w = user_data;
  GError *error = NULL;

  if (!later_than_error (w, piece->index)) {
    patchart_tally *t = g_async_queue_pop (w->tallies);
    if (!patchart_piece_parse (piece, w->counter->name, w->counter->o->delimiter,
                               patchart_tally_add_row, t, &error))
      keep_error (w, piece->index, error);
    g_async_queue_push (w->tallies, t);
  }
  patchart_pieces_done (w->pieces, piece);
  g_async_queue_push (w->tokens, GINT_TO_POINTER (1));
}

/* Counts pieces on this thread until the header is known. */
static gboolean
read_header (patchart_counter *c, patchart_pieces *pieces, gboolean *more, GError **error)
{
  patchart_piece *piece;
  gboolean ok = TRUE;

  *more = TRUE;
  while (ok && !c->ready) {
    if (!patchart_pieces_next (pieces, &piece, error))
      return FALSE;
    if (piece == NULL) {
      *more = FALSE;
      return TRUE;
    }
    ok = patchart_piece_parse (piece, c->name, c->o->delimiter, patchart_tally_add_row,
                               patchart_counter_first (c), error);
    patchart_pieces_done (pieces, piece);
  }
  return ok;
}

static guint
n_threads (void)
{
  return CLAMP (g_get_num_processors (), 1, MAX_THREADS);
}

static void
workers_init (workers *w, patchart_counter *c, patchart_pieces *pieces)
{
  w->counter = c;
  w->pieces = pieces;
  w->tallies = g_async_queue_new ();
  w->tokens = g_async_queue_new ();
  g_mutex_init (&w->lock);
  g_async_queue_push (w->tallies, patchart_counter_first (c));
  for (guint i = 1; i < n_threads (); i++)
    g_async_queue_push (w->tallies, patchart_counter_add_tally (c));
  for (guint i = 0; i < n_threads () * PIECES_PER_THREAD; i++)
    g_async_queue_push (w->tokens, GINT_TO_POINTER (1));
}

static void
workers_clear (workers *w)
{
  g_async_queue_unref (w->tallies);
  g_async_queue_unref (w->tokens);
  g_mutex_clear (&w->lock);
  g_clear_error (&w->error);
}

/* Hands every further piece to the pool; returns when all are counted. */
static gboolean
share (patchart_counter *c, patchart_pieces *pieces, GError **error)
{
  workers w = { 0 };
  GThreadPool *pool;
  GError *read_error = NULL;
  patchart_piece *piece = NULL;
  gboolean ok;

  workers_init (&w, c, pieces);
  pool = g_thread_pool_new (work, &w, (gint) n_threads (), FALSE, NULL);
  while (!g_atomic_int_get (&w.failed)) {
    g_async_queue_pop (w.tokens);
    if (!patchart_pieces_next (pieces, &piece, &read_error) || piece == NULL)
      break;
    g_thread_pool_push (pool, piece, NULL);
  }
  g_thread_pool_free (pool, FALSE, TRUE);
  ok = w.error == NULL && read_error == NULL;
  if (w.error != NULL)
    g_propagate_error (error, g_steal_pointer (&w.error));
  else if (read_error != NULL)
    g_propagate_error (error, g_steal_pointer (&read_error));
  g_clear_error (&read_error);
  workers_clear (&w);
  return ok;
}

gboolean
patchart_count_input (patchart_counter *c, const char *path, const char *data, gsize length,
                      GError **error)
{
  patchart_pieces *pieces = patchart_pieces_open (c->name, path, data, length, error);
  GError *local = NULL;
  gboolean more = FALSE, ok;

  if (pieces == NULL)
    return FALSE;
  if (!patchart_encoding_is_utf8 (c->o->encoding) &&
      !patchart_pieces_convert (pieces, c->o->encoding, c->o->delimiter, error)) {
    patchart_pieces_close (pieces);
    return FALSE;
  }
  ok = read_header (c, pieces, &more, &local) && (!more || share (c, pieces, &local));
  patchart_pieces_close (pieces);
  patchart_counter_merge (c);
  if (!ok)
    g_propagate_error (error, local);
  return ok;
}
