/* SPDX-License-Identifier: MIT */
/* target.c — what an output path names.  A link is followed so that its
 * target is replaced and the link stays a link; a device, FIFO or socket
 * is written into (replacing /dev/null, as root may, would destroy it);
 * /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N are the
 * descriptors themselves, so an append or a pipe is written as the shell
 * set it up, even where the link behind them leads nowhere ("pipe:[...]"). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "render/target.h"
#include <patchart.h>

#define MAX_LINKS 40 /* as the kernel's ELOOP limit */

/* The descriptor PATH names, or -1. */
static int
descriptor_named (const char *path)
{
  static const char *const fd_folders[] = { "/dev/fd/", "/proc/self/fd/" };
  char *end;
  long n;

  if (strcmp (path, "-") == 0 || strcmp (path, "/dev/stdout") == 0)
    return STDOUT_FILENO;
  if (strcmp (path, "/dev/stderr") == 0)
    return STDERR_FILENO;
  for (guint i = 0; i < G_N_ELEMENTS (fd_folders); i++) {
    if (!g_str_has_prefix (path, fd_folders[i]))
      continue;
    path += strlen (fd_folders[i]);
    errno = 0;
    n = strtol (path, &end, 10);
    if (g_ascii_isdigit (*path) && *end == '\0' && errno == 0 && n <= G_MAXINT)
      return (int) n;
  }
  return -1;
}

/* The path LINK points to, relative targets taken from LINK's folder;
 * NULL when LINK is not a link. */
static char *
follow (const char *link)
{
  char *to = g_file_read_link (link, NULL);
  char *dir, *joined;

  if (to == NULL || g_path_is_absolute (to))
    return to;
  dir = g_path_get_dirname (link);
  joined = g_build_filename (dir, to, NULL);
  g_free (dir);
  g_free (to);
  return joined;
}

static gboolean
set_error (GError **error, const char *path, const char *message)
{
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_OUTPUT, "%s: cannot write: %s", path, message);
  return FALSE;
}

/* Sets TARGET from the end of PATH's links, END. */
static gboolean
classify (const char *path, char *end, patchart_output_target *target, GError **error)
{
  GStatBuf st;

  target->path = end;
  if (g_stat (end, &st) != 0)
    return TRUE; /* a new file, or an error the write names */
  if (S_ISDIR (st.st_mode)) {
    g_clear_pointer (&target->path, g_free);
    return set_error (error, path, "it is a folder: name a file in it");
  }
  target->special = !S_ISREG (st.st_mode);
  return TRUE;
}

gboolean
patchart_output_target_find (const char *path, patchart_output_target *target, GError **error)
{
  char *at = g_strdup (path);

  *target = (patchart_output_target){ NULL, -1, FALSE };
  for (guint n = 0; n <= MAX_LINKS; n++) {
    char *next;

    target->fd = descriptor_named (at);
    if (target->fd >= 0) {
      g_free (at);
      return TRUE;
    }
    next = follow (at);
    if (next == NULL)
      return classify (path, at, target, error);
    g_free (at);
    at = next;
  }
  g_free (at);
  return set_error (error, path, g_strerror (ELOOP));
}

void
patchart_output_target_clear (patchart_output_target *target)
{
  g_clear_pointer (&target->path, g_free);
}

static GMutex hold_lock;
static GCond hold_cond;
static guint n_held;
static gboolean frozen;

void
patchart_output_hold (void)
{
  g_mutex_lock (&hold_lock);
  while (frozen)
    g_cond_wait (&hold_cond, &hold_lock);
  n_held++;
  g_mutex_unlock (&hold_lock);
}

void
patchart_output_release (void)
{
  g_mutex_lock (&hold_lock);
  n_held--;
  g_cond_broadcast (&hold_cond);
  g_mutex_unlock (&hold_lock);
}

void
patchart_write_freeze (void)
{
  g_mutex_lock (&hold_lock);
  frozen = TRUE;
  while (n_held > 0)
    g_cond_wait (&hold_cond, &hold_lock);
  g_mutex_unlock (&hold_lock);
}
