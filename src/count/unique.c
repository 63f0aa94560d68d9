/* SPDX-License-Identifier: MIT */
/* unique.c — the set of (label, column label, id) a --unique count has seen. */
#include <string.h>

#include "count/unique.h"

struct patchart_unique {
  GHashTable *set; /* of seen_key, owned */
};

typedef struct {
  guint a, b;
  char *id;
} seen_key;

static guint
key_hash (gconstpointer p)
{
  const seen_key *k = p;

  return g_str_hash (k->id) ^ (k->a * 2654435761u) ^ (k->b * 40503u);
}

static gboolean
key_equal (gconstpointer p, gconstpointer q)
{
  const seen_key *x = p, *y = q;

  return x->a == y->a && x->b == y->b && strcmp (x->id, y->id) == 0;
}

static void
key_free (gpointer p)
{
  seen_key *k = p;

  g_free (k->id);
  g_free (k);
}

patchart_unique *
patchart_unique_new (void)
{
  patchart_unique *seen = g_new0 (patchart_unique, 1);

  seen->set = g_hash_table_new_full (key_hash, key_equal, key_free, NULL);
  return seen;
}

void
patchart_unique_free (patchart_unique *seen)
{
  if (seen == NULL)
    return;
  g_hash_table_destroy (seen->set);
  g_free (seen);
}

/* Takes over ID.  (g_hash_table_add() would replace an equal key, and
 * free the one there.) */
static gboolean
add_key (patchart_unique *seen, guint a, guint b, char *id)
{
  seen_key *k;

  if (g_hash_table_contains (seen->set, &(seen_key){ a, b, id })) {
    g_free (id);
    return FALSE;
  }
  k = g_new (seen_key, 1);
  *k = (seen_key){ a, b, id };
  g_hash_table_add (seen->set, k);
  return TRUE;
}

gboolean
patchart_unique_add (patchart_unique *seen, guint a, guint b, const char *id, guint line)
{
  char *key = g_strstrip (g_strdup (id));

  if (*key == '\0') { /* no id: a record of its own, never equal to an id */
    g_free (key);
    key = g_strdup_printf ("\x01%u", line);
  }
  return add_key (seen, a, b, key);
}

void
patchart_unique_merge (patchart_unique *dst, const patchart_unique *src, const guint *map_a,
                       const guint *map_b, patchart_unique_fn added, gpointer data)
{
  GHashTableIter iter;
  gpointer p;

  g_hash_table_iter_init (&iter, src->set);
  while (g_hash_table_iter_next (&iter, &p, NULL)) {
    const seen_key *k = p;
    guint a = map_a[k->a], b = map_b ? map_b[k->b] : k->b;
    if (add_key (dst, a, b, g_strdup (k->id)))
      added (a, b, data);
  }
}
