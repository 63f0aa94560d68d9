/* SPDX-License-Identifier: MIT */
/* write.c — termination signals handled in one place, so that an
 * interrupted run leaves no temporary file behind.
 *
 * Before any thread starts, main() blocks SIGINT, SIGTERM, SIGHUP and
 * SIGQUIT; every thread made later (render's pool, the counting threads,
 * pango's) inherits the mask, so none of them is ever interrupted.  One
 * thread waits for these signals.  When one comes it lets the atomic
 * writes in progress finish (each file is then whole), holds back any
 * later one (patchart_write_freeze()), and ends the process with the
 * signal, as the default action would have: status 130 for SIGINT, 143 for
 * SIGTERM (a command that ends meanwhile waits for it at exit).  A render
 * is stopped at once, as no file exists yet; no handler runs, so nothing
 * has to be async-signal-safe.  A write into standard output, a device or
 * a FIFO may block on a slow reader: it is not held, so a signal ends it. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

#include "cli.h"

static void
termination_signals (sigset_t *set)
{
  sigemptyset (set);
  sigaddset (set, SIGINT);
  sigaddset (set, SIGTERM);
  sigaddset (set, SIGHUP);
  sigaddset (set, SIGQUIT);
}

static GMutex dying_lock;
static gboolean dying; /* a signal came: the process ends with it */

static gpointer
wait_for_signal (gpointer data)
{
  sigset_t *set = data;
  int sig = 0;

  while (sigwait (set, &sig) != 0)
    ;
  g_mutex_lock (&dying_lock);
  dying = TRUE;
  g_mutex_unlock (&dying_lock);
  patchart_write_freeze ();
  signal (sig, SIG_DFL);
  pthread_sigmask (SIG_UNBLOCK, set, NULL);
  raise (sig);
  return NULL; /* not reached: the default action ends the process */
}

/* At exit: a command that ends while the signal thread lets a write end
 * waits for it, so the process still ends with the signal, not with 0. */
static void
wait_if_dying (void)
{
  gboolean wait;

  g_mutex_lock (&dying_lock);
  wait = dying;
  g_mutex_unlock (&dying_lock);
  while (wait)
    g_usleep (G_USEC_PER_SEC);
}

void
cli_signals_start (void)
{
  static sigset_t set;

  termination_signals (&set);
  pthread_sigmask (SIG_BLOCK, &set, NULL);
  atexit (wait_if_dying);
  g_thread_unref (g_thread_new ("signals", wait_for_signal, &set));
}

gboolean
cli_write_figure (const patchart_figure *figure, const char *path, patchart_format format,
                  GError **error)
{
  GBytes *bytes = patchart_figure_to_bytes (figure, format, error);
  gboolean ok;

  if (bytes == NULL)
    return FALSE;
  ok = patchart_write_bytes (path, bytes, error);
  g_bytes_unref (bytes);
  return ok;
}
