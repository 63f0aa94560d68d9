/* SPDX-License-Identifier: MIT */
/* keys.h — the values of one column of a raw record, as a figure counts
 * them: split at a separator, trimmed, empty ones dropped, cut to a year
 * or an IPC level, mapped through aliases, each distinct value once.
 *
 * A key column interns its labels (first seen, first numbered) and keeps
 * a memo from raw text to label, so each distinct raw value is cut and
 * looked up once: memory grows with distinct values, not with rows. */
#ifndef PATCHART_KEYS_H
#define PATCHART_KEYS_H

#include <glib.h>

#include "count/alias.h"
#include "read/csvread.h"
#include "patchart.h"
#include "read/table.h"

/* Values skipped as invalid (--skip-invalid): how many, and the first. */
typedef struct {
  gboolean enabled;
  guint n_skipped;
  char *first; /* "FILE:LINE:COL: message" of the first, or NULL */
  patchart_place first_place;
} patchart_skips;

typedef struct {
  guint col;                   /* 0-based column */
  gboolean year;               /* the year of a date */
  patchart_ipc_level ipc;      /* cut IPC codes to this level */
  const patchart_alias *alias; /* display names, or NULL; borrowed */
  const char *split;           /* value separator, or NULL; borrowed */
  const char *column_name;     /* for messages; borrowed */
  gboolean office;             /* the office of a publication number */
} patchart_key_rule;

typedef struct patchart_keys patchart_keys;

/* A key column for RULE; FILE names the input in messages. */
patchart_keys *patchart_keys_new (const char *file, const patchart_key_rule *rule);
void patchart_keys_free (patchart_keys *keys);

/* Replaces INDEXES (of guint) with the distinct labels of FIELD, in the
 * order they appear.  An invalid value (not a date, not an IPC code) is
 * an error at FIELD's place, or counted in SKIPS when it is enabled. */
gboolean patchart_keys_of (patchart_keys *keys, const patchart_csv_field *field, GArray *indexes,
                           patchart_skips *skips, GError **error);

/* The 0-based column KEYS reads, and whether its labels are years. */
guint patchart_keys_column (const patchart_keys *keys);
gboolean patchart_keys_is_year (const patchart_keys *keys);

/* The labels so far, and where each was first seen. */
guint patchart_keys_n_labels (const patchart_keys *keys);
const char *patchart_keys_label (const patchart_keys *keys, guint index);
patchart_place patchart_keys_place (const patchart_keys *keys, guint index);

/* The column spec without a "year:" or "office:" prefix, and which it
 * had: the year of a date, or the office (country) code at the start of
 * a publication number ("CN-116579339-A", "US2023123456A1" -> CN, US). */
const char *patchart_keys_spec (const char *spec, gboolean *year, gboolean *office);

void patchart_skips_clear (patchart_skips *skips);

/* Adds the skips of SRC to DST, keeping the first in the file. */
void patchart_skips_merge (patchart_skips *dst, const patchart_skips *src);

/* Interns every label of SRC in DST, each keeping the earlier of its two
 * places.  Returns, for each label index of SRC, its index in DST: a new
 * array of patchart_keys_n_labels (SRC), g_free() it. */
guint *patchart_keys_merge (patchart_keys *dst, const patchart_keys *src);

/* The label indexes in the order the labels first appear in the file
 * (ties, values of one cell, by label), the same however the file was
 * split between threads: a new array, g_free() it. */
guint *patchart_keys_order (const patchart_keys *keys);

#endif
