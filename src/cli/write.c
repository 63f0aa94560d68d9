/* SPDX-License-Identifier: MIT */
/* write.c — writing a figure so that an interrupted run leaves no
 * temporary file behind.
 *
 * The figure is rendered into memory first with the signals as they are:
 * Ctrl-C stops a long render at once, and no file exists yet.  Only the
 * write itself (temporary file, data, rename or removal) runs with SIGINT,
 * SIGTERM, SIGHUP and SIGQUIT blocked.  One that arrives meanwhile stays
 * pending and is delivered as they are unblocked, when the output is
 * either complete or absent, and ends the process as it would have.  No
 * handler runs, so nothing has to be async-signal-safe.  Standard output
 * has no temporary file and may block on a slow reader: it is written
 * with the signals as they are.
 *
 * Blocking is per thread: a command that writes from worker threads must
 * block these signals in every thread (block them before starting the
 * threads, which inherit the mask, and wait for them in one thread). */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <signal.h>
#include <string.h>

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

gboolean
cli_write_figure (const patchart_figure *figure, const char *path, patchart_format format,
                  GError **error)
{
  GBytes *bytes;
  sigset_t block, old;
  gboolean ok;

  bytes = patchart_figure_to_bytes (figure, format, error);
  if (bytes == NULL)
    return FALSE;
  if (strcmp (path, "-") == 0) {
    ok = patchart_write_bytes (path, bytes, error);
    goto out;
  }
  termination_signals (&block);
  pthread_sigmask (SIG_BLOCK, &block, &old);
  ok = patchart_write_bytes (path, bytes, error);
  pthread_sigmask (SIG_SETMASK, &old, NULL);
out:
  g_bytes_unref (bytes);
  return ok;
}
