/* SPDX-License-Identifier: MIT */
/* alias.c — raw applicant spellings mapped to one display name. */
#include <string.h>

#include "count/alias.h"
#include "util/error.h"
#include "read/table.h"

struct patchart_alias {
  GHashTable *names; /* folded raw name -> display name */
  GHashTable *lines; /* folded raw name -> line it was given on */
};

char *
patchart_fold_name (const char *raw)
{
  char *nfkc = g_utf8_normalize (raw, -1, G_NORMALIZE_ALL_COMPOSE);
  char *folded = g_utf8_casefold (nfkc != NULL ? nfkc : raw, -1);
  GString *key = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    if (!g_unichar_isspace (c))
      g_string_append_unichar (key, c);
  }
  g_free (nfkc);
  g_free (folded);
  return g_string_free (key, FALSE);
}

static patchart_alias *
alias_new (void)
{
  patchart_alias *a = g_new0 (patchart_alias, 1);

  a->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  a->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return a;
}

/* A first row "raw,display" names the columns. */
static gboolean
is_header (const patchart_table *t)
{
  char *raw = g_strstrip (g_strdup (patchart_table_cell (t, 0, 0)->text));
  char *display = g_strstrip (g_strdup (patchart_table_cell (t, 0, 1)->text));
  gboolean header =
      g_ascii_strcasecmp (raw, "raw") == 0 && g_ascii_strcasecmp (display, "display") == 0;

  g_free (raw);
  g_free (display);
  return header;
}

/* Adds row ROW of T; FALSE with an error for an empty name or a raw name
 * already mapped to another display name. */
static gboolean
add_row (patchart_alias *a, const patchart_table *t, guint row, GError **error)
{
  const patchart_cell *raw = patchart_table_cell (t, row, 0);
  const patchart_cell *display = patchart_table_cell (t, row, 1);
  char *key = patchart_fold_name (raw->text), *name = g_strstrip (g_strdup (display->text));
  const char *known = g_hash_table_lookup (a->names, key);
  const patchart_cell *bad = *key == '\0' ? raw : *name == '\0' ? display : NULL;
  gboolean ok = FALSE;

  if (bad != NULL) {
    patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (t), bad->line,
                           bad->column, "alias: empty name");
    goto out;
  }
  if (known != NULL && strcmp (known, name) != 0) {
    patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (t), raw->line,
                           raw->column, "alias: \"%s\" is mapped to \"%s\" on line %u already",
                           raw->text, known,
                           GPOINTER_TO_UINT (g_hash_table_lookup (a->lines, key)));
    goto out;
  }
  g_hash_table_insert (a->lines, g_strdup (key), GUINT_TO_POINTER (raw->line));
  g_hash_table_insert (a->names, g_steal_pointer (&key), g_steal_pointer (&name));
  ok = TRUE;
out:
  g_free (key);
  g_free (name);
  return ok;
}

patchart_alias *
patchart_alias_read (const char *path, char delimiter, GError **error)
{
  patchart_table_options topts;
  patchart_table *t;
  patchart_alias *a = NULL;

  patchart_table_options_init (&topts);
  topts.delimiter = delimiter;
  topts.has_header = FALSE;
  t = patchart_table_read_file (path, &topts, error);
  if (t == NULL)
    return NULL;
  if (patchart_table_n_columns (t) != 2) {
    patchart_set_error_at (error, PATCHART_ERROR_DATA, patchart_table_name (t), 1, 0,
                           "alias: expected two columns, raw,display; found %u",
                           patchart_table_n_columns (t));
    goto out;
  }
  a = alias_new ();
  for (guint row = is_header (t) ? 1 : 0; row < patchart_table_n_rows (t); row++)
    if (!add_row (a, t, row, error)) {
      g_clear_pointer (&a, patchart_alias_free);
      break;
    }
out:
  patchart_table_free (t);
  return a;
}

const char *
patchart_alias_lookup (const patchart_alias *alias, const char *raw)
{
  char *key = patchart_fold_name (raw);
  const char *name = g_hash_table_lookup (alias->names, key);

  g_free (key);
  return name;
}

void
patchart_alias_free (patchart_alias *alias)
{
  if (alias == NULL)
    return;
  g_hash_table_destroy (alias->lines);
  g_hash_table_destroy (alias->names);
  g_free (alias);
}
