/* SPDX-License-Identifier: MIT */
/* unique.h — --unique COLUMN: each distinct value of COLUMN (a family or
 * application id) counts once per label or pair, the way landscape
 * reports count families rather than publications.  A set of the
 * (label, column label, id) seen; tallies on other threads merge by union,
 * so the counts do not depend on which thread saw what. */
#ifndef PATCHART_UNIQUE_H
#define PATCHART_UNIQUE_H

#include <glib.h>

typedef struct patchart_unique patchart_unique;

patchart_unique *patchart_unique_new (void);
void patchart_unique_free (patchart_unique *seen);

/* Adds (A, B, ID); TRUE when it was new.  An empty ID is a record of its
 * own (LINE, its line in the file, tells it apart). */
gboolean patchart_unique_add (patchart_unique *seen, guint a, guint b, const char *id, guint line);

/* Called for each (A, B) new to the set merged into. */
typedef void (*patchart_unique_fn) (guint a, guint b, gpointer data);

/* Adds every entry of SRC to DST, its A and B mapped through MAP_A and
 * MAP_B (NULL: B as it is); ADDED hears of each new one. */
void patchart_unique_merge (patchart_unique *dst, const patchart_unique *src, const guint *map_a,
                            const guint *map_b, patchart_unique_fn added, gpointer data);

#endif
