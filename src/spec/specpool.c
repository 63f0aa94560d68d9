/* SPDX-License-Identifier: MIT */
/* specpool.c — every figure of a spec rendered on a GThreadPool; the
 * results come back to the calling thread through a queue, in the order
 * they finish. */
#include "spec/spec.h"

typedef struct {
  guint index;
  GError *error;
} result;

typedef struct {
  const patchart_spec *spec;
  GAsyncQueue *results;
} pool_data;

static void
render_one (gpointer job, gpointer data)
{
  pool_data *pool = data;
  result *r = g_new0 (result, 1);

  r->index = GPOINTER_TO_UINT (job) - 1;
  patchart_spec_render_figure (pool->spec, r->index, &r->error);
  g_async_queue_push (pool->results, r);
}

/* Pops N results and tells DONE of each; returns how many failed. */
static guint
collect (pool_data *pool, guint n, patchart_spec_done_fn done, gpointer user_data)
{
  guint n_failed = 0;

  for (guint i = 0; i < n; i++) {
    result *r = g_async_queue_pop (pool->results);
    if (r->error != NULL)
      n_failed++;
    if (done != NULL)
      done (pool->spec, r->index, r->error, user_data);
    g_clear_error (&r->error);
    g_free (r);
  }
  return n_failed;
}

guint
patchart_spec_render_all (const patchart_spec *spec, const guint *indices, guint n_indices,
                          guint n_threads, patchart_spec_done_fn done, gpointer user_data)
{
  pool_data pool = { spec, NULL };
  GThreadPool *threads;
  guint n, n_failed;

  g_return_val_if_fail (spec != NULL, 0);
  n = indices != NULL ? n_indices : spec->figures->len;
  pool.results = g_async_queue_new ();
  if (n_threads == 0)
    n_threads = g_get_num_processors ();
  /* exclusive threads: they (and their font maps) end with the pool */
  threads = g_thread_pool_new (render_one, &pool, (int) MAX (1, MIN (n_threads, n)), TRUE, NULL);
  for (guint i = 0; i < n; i++)
    g_thread_pool_push (threads, GUINT_TO_POINTER ((indices != NULL ? indices[i] : i) + 1), NULL);
  n_failed = collect (&pool, n, done, user_data);
  g_thread_pool_free (threads, FALSE, TRUE);
  g_async_queue_unref (pool.results);
  return n_failed;
}
