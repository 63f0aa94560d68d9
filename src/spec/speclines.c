/* SPDX-License-Identifier: MIT */
/* speclines.c — the line of every group and key in a spec file's text,
 * because GKeyFile reads the same syntax but forgets where things were. */
#include <string.h>

#include "util/error.h"
#include "spec/speclines.h"

struct patchart_spec_lines {
  GHashTable *lines; /* "group" or "group\nkey" -> line number */
};

static char *
lines_key (const char *group, const char *key)
{
  return key != NULL ? g_strconcat (group, "\n", key, NULL) : g_strdup (group);
}

/* Records one stripped line LINE of the text; *GROUP is the current group. */
static gboolean
scan_line (patchart_spec_lines *lines, char *line, guint number, char **group, const char *path,
           GError **error)
{
  gsize length = strlen (line);
  char *equals;

  if (length == 0 || line[0] == '#')
    return TRUE;
  if (line[0] == '[' && line[length - 1] == ']') {
    g_free (*group);
    *group = g_strndup (line + 1, length - 2);
    if (g_hash_table_contains (lines->lines, *group)) {
      patchart_set_error_at (error, PATCHART_ERROR_USAGE, path, number, 0,
                             "[%s] again (first on line %u)", *group,
                             GPOINTER_TO_UINT (g_hash_table_lookup (lines->lines, *group)));
      return FALSE;
    }
    g_hash_table_insert (lines->lines, g_strdup (*group), GUINT_TO_POINTER (number));
    return TRUE;
  }
  equals = strchr (line, '=');
  if (equals == NULL || equals == line) {
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, path, number, 0,
                           "expected [group], key = value or a # comment");
    return FALSE;
  }
  if (*group == NULL) {
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, path, number, 0,
                           "a key before the first [group]");
    return FALSE;
  }
  *equals = '\0';
  g_hash_table_insert (lines->lines, lines_key (*group, g_strstrip (line)),
                       GUINT_TO_POINTER (number));
  return TRUE;
}

patchart_spec_lines *
patchart_spec_lines_new (const char *path, const char *text, GError **error)
{
  patchart_spec_lines *lines = g_new0 (patchart_spec_lines, 1);
  char **split = g_strsplit (text, "\n", -1);
  char *group = NULL;
  gboolean ok = TRUE;

  lines->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; ok && split[i] != NULL; i++)
    ok = scan_line (lines, g_strstrip (split[i]), i + 1, &group, path, error);
  g_free (group);
  g_strfreev (split);
  if (!ok)
    g_clear_pointer (&lines, patchart_spec_lines_free);
  return lines;
}

void
patchart_spec_lines_free (patchart_spec_lines *lines)
{
  if (lines == NULL)
    return;
  g_hash_table_destroy (lines->lines);
  g_free (lines);
}

guint
patchart_spec_lines_find (const patchart_spec_lines *lines, const char *group, const char *key)
{
  char *k = lines_key (group, key);
  guint line = GPOINTER_TO_UINT (g_hash_table_lookup (lines->lines, k));

  g_free (k);
  return line;
}
