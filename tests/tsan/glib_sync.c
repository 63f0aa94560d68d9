/* SPDX-License-Identifier: MIT */
/* glib_sync.c — in a ThreadSanitizer build only: tells TSan about GLib's
 * synchronisation, which it cannot see.  GLib's mutexes, conditions and
 * queues are futexes inside an uninstrumented libglib, so without this
 * every value handed from a worker to the main thread through a
 * GAsyncQueue, or guarded by a GMutex, is reported as a race.  Each GLib
 * call our code makes is wrapped (the linker's --wrap, see
 * cmake/PatchartWarnings.cmake) and marks the release or acquire TSan
 * would have seen from pthreads.  Pool jobs share one token: a job starts
 * after the push that queued it. */
#include <glib.h>

#pragma GCC visibility push(default) /* the linker resolves --wrap in every DSO */

void __tsan_acquire (void *addr);
void __tsan_release (void *addr);

#define WRAPPED(ret, name, args)                                                                   \
  ret __real_##name args;                                                                          \
  ret __wrap_##name args

WRAPPED (void, g_mutex_lock, (GMutex * mutex));
WRAPPED (void, g_mutex_unlock, (GMutex * mutex));
WRAPPED (gboolean, g_mutex_trylock, (GMutex * mutex));
WRAPPED (void, g_cond_wait, (GCond * cond, GMutex *mutex));
WRAPPED (gboolean, g_cond_wait_until, (GCond * cond, GMutex *mutex, gint64 end_time));
WRAPPED (void, g_async_queue_push, (GAsyncQueue * queue, gpointer data));
WRAPPED (gpointer, g_async_queue_pop, (GAsyncQueue * queue));
WRAPPED (gpointer, g_async_queue_try_pop, (GAsyncQueue * queue));
WRAPPED (gpointer, g_async_queue_timeout_pop, (GAsyncQueue * queue, guint64 timeout));
WRAPPED (GThreadPool *, g_thread_pool_new,
         (GFunc func, gpointer data, gint max_threads, gboolean exclusive, GError **error));
WRAPPED (gboolean, g_thread_pool_push, (GThreadPool * pool, gpointer data, GError **error));
WRAPPED (void, g_thread_pool_free, (GThreadPool * pool, gboolean immediate, gboolean wait));
WRAPPED (gboolean, g_once_init_enter, (volatile void *location));
WRAPPED (void, g_once_init_leave, (volatile void *location, gsize result));

void
__wrap_g_mutex_lock (GMutex *mutex)
{
  __real_g_mutex_lock (mutex);
  __tsan_acquire (mutex);
}

gboolean
__wrap_g_mutex_trylock (GMutex *mutex)
{
  gboolean locked = __real_g_mutex_trylock (mutex);

  if (locked)
    __tsan_acquire (mutex);
  return locked;
}

void
__wrap_g_mutex_unlock (GMutex *mutex)
{
  __tsan_release (mutex);
  __real_g_mutex_unlock (mutex);
}

void
__wrap_g_cond_wait (GCond *cond, GMutex *mutex)
{
  __tsan_release (mutex);
  __real_g_cond_wait (cond, mutex);
  __tsan_acquire (mutex);
}

gboolean
__wrap_g_cond_wait_until (GCond *cond, GMutex *mutex, gint64 end_time)
{
  gboolean signalled;

  __tsan_release (mutex);
  signalled = __real_g_cond_wait_until (cond, mutex, end_time);
  __tsan_acquire (mutex);
  return signalled;
}

void
__wrap_g_async_queue_push (GAsyncQueue *queue, gpointer data)
{
  __tsan_release (queue);
  __real_g_async_queue_push (queue, data);
}

gpointer
__wrap_g_async_queue_pop (GAsyncQueue *queue)
{
  gpointer data = __real_g_async_queue_pop (queue);

  __tsan_acquire (queue);
  return data;
}

gpointer
__wrap_g_async_queue_try_pop (GAsyncQueue *queue)
{
  gpointer data = __real_g_async_queue_try_pop (queue);

  __tsan_acquire (queue);
  return data;
}

gpointer
__wrap_g_async_queue_timeout_pop (GAsyncQueue *queue, guint64 timeout)
{
  gpointer data = __real_g_async_queue_timeout_pop (queue, timeout);

  __tsan_acquire (queue);
  return data;
}

static int pool_token; /* released by a push and a job's end, acquired by a job's start */

typedef struct {
  GFunc func;
  gpointer data;
} pool_job;

static void
run_job (gpointer data, gpointer user_data)
{
  pool_job *job = user_data;

  __tsan_acquire (&pool_token);
  job->func (data, job->data);
  __tsan_release (&pool_token);
}

GThreadPool *
__wrap_g_thread_pool_new (GFunc func, gpointer data, gint max_threads, gboolean exclusive,
                          GError **error)
{
  pool_job *job = g_new (pool_job, 1); /* lives as long as the program: few pools */

  job->func = func;
  job->data = data;
  __tsan_release (&pool_token);
  return __real_g_thread_pool_new (run_job, job, max_threads, exclusive, error);
}

gboolean
__wrap_g_thread_pool_push (GThreadPool *pool, gpointer data, GError **error)
{
  __tsan_release (&pool_token);
  return __real_g_thread_pool_push (pool, data, error);
}

void
__wrap_g_thread_pool_free (GThreadPool *pool, gboolean immediate, gboolean wait)
{
  __real_g_thread_pool_free (pool, immediate, wait);
  __tsan_acquire (&pool_token);
}

gboolean
__wrap_g_once_init_enter (volatile void *location)
{
  gboolean first = __real_g_once_init_enter (location);

  if (!first)
    __tsan_acquire ((void *) location);
  return first;
}

void
__wrap_g_once_init_leave (volatile void *location, gsize result)
{
  __tsan_release ((void *) location);
  __real_g_once_init_leave (location, result);
}
