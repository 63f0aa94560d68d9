/* SPDX-License-Identifier: MIT */
/* keys.c — the distinct, cut, aliased values of a column of a record. */
#include <string.h>

#include "count/dates.h"
#include "util/error.h"
#include "count/ipc.h"
#include "count/keys.h"

#define INVALID (-1)

struct patchart_keys {
  char *file;
  patchart_key_rule rule;
  GHashTable *memo;   /* raw value -> GINT (label index, or INVALID) */
  GHashTable *index;  /* label -> GUINT (its index) */
  GPtrArray *labels;  /* owned by INDEX's keys */
  GArray *places;     /* patchart_place per label */
  GStringChunk *text; /* the memo's keys */
  GString *value, *cut;
};

patchart_keys *
patchart_keys_new (const char *file, const patchart_key_rule *rule)
{
  patchart_keys *k = g_new0 (patchart_keys, 1);

  k->file = g_strdup (file);
  k->rule = *rule;
  k->memo = g_hash_table_new (g_str_hash, g_str_equal);
  k->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  k->labels = g_ptr_array_new ();
  k->places = g_array_new (FALSE, FALSE, sizeof (patchart_place));
  k->text = g_string_chunk_new (64 * 1024);
  k->value = g_string_new (NULL);
  k->cut = g_string_new (NULL);
  return k;
}

void
patchart_keys_free (patchart_keys *k)
{
  if (k == NULL)
    return;
  g_free (k->file);
  g_hash_table_destroy (k->memo);
  g_hash_table_destroy (k->index);
  g_ptr_array_free (k->labels, TRUE);
  g_array_free (k->places, TRUE);
  g_string_chunk_free (k->text);
  g_string_free (k->value, TRUE);
  g_string_free (k->cut, TRUE);
  g_free (k);
}

/* "CN-116579339-A", "CN116579339A", "wo 2023/123456": two letters, then
 * a separator or a digit. */
static gboolean
office_of (const char *raw, GString *out)
{
  while (*raw == ' ')
    raw++;
  if (!g_ascii_isalpha (raw[0]) || !g_ascii_isalpha (raw[1]) ||
      !(raw[2] == '-' || raw[2] == ' ' || raw[2] == '_' || g_ascii_isdigit (raw[2])))
    return FALSE;
  g_string_truncate (out, 0);
  g_string_append_c (out, g_ascii_toupper (raw[0]));
  g_string_append_c (out, g_ascii_toupper (raw[1]));
  return TRUE;
}

/* The label RAW stands for, in K->cut; FALSE if RAW is invalid. */
static gboolean
cut (patchart_keys *k, const char *raw)
{
  const char *display;

  if (k->rule.office && !office_of (raw, k->cut))
    return FALSE;
  if (k->rule.year) {
    int year = patchart_date_year (raw);
    g_string_printf (k->cut, "%d", year);
    return year > 0;
  }
  if (k->rule.ipc != PATCHART_IPC_NONE) {
    if (!patchart_ipc_cut (raw, k->rule.ipc, k->cut))
      return FALSE;
  } else if (!k->rule.office) {
    g_string_assign (k->cut, raw);
  }
  display = k->rule.alias ? patchart_alias_lookup (k->rule.alias, k->cut->str) : NULL;
  if (display != NULL)
    g_string_assign (k->cut, display);
  return TRUE;
}

static int
compare_places (const patchart_place *a, const patchart_place *b)
{
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->column != b->column)
    return a->column < b->column ? -1 : 1;
  return 0;
}

/* Moves label INDEX's place to PLACE if that is earlier. */
static void
keep_earlier (patchart_keys *k, guint index, patchart_place place)
{
  patchart_place *have = &g_array_index (k->places, patchart_place, index);

  if (compare_places (&place, have) < 0)
    *have = place;
}

/* The index of LABEL, added with PLACE if new; an earlier PLACE replaces
 * the one it has. */
static guint
intern_at (patchart_keys *k, const char *label, patchart_place place)
{
  gpointer found;
  char *copy;

  if (g_hash_table_lookup_extended (k->index, label, NULL, &found)) {
    keep_earlier (k, GPOINTER_TO_UINT (found), place);
    return GPOINTER_TO_UINT (found);
  }
  copy = g_strdup (label);
  g_ptr_array_add (k->labels, copy);
  g_array_append_val (k->places, place);
  g_hash_table_insert (k->index, copy, GUINT_TO_POINTER (k->labels->len - 1));
  return k->labels->len - 1;
}

static guint
intern (patchart_keys *k, const char *label, const patchart_csv_field *field)
{
  return intern_at (k, label, (patchart_place){ field->line, field->column });
}

/* The label index of the raw VALUE, or INVALID.  A value seen before
 * keeps its label, but FIELD may be an earlier place for it: a tally can
 * count a later piece of the file before an earlier one. */
static gint
lookup (patchart_keys *k, const char *value, const patchart_csv_field *field)
{
  gpointer found;
  gint index;

  if (g_hash_table_lookup_extended (k->memo, value, NULL, &found)) {
    index = GPOINTER_TO_INT (found);
    if (index != INVALID)
      keep_earlier (k, (guint) index, (patchart_place){ field->line, field->column });
    return index;
  }
  index = cut (k, value) ? (gint) intern (k, k->cut->str, field) : INVALID;
  g_hash_table_insert (k->memo, g_string_chunk_insert (k->text, value), GINT_TO_POINTER (index));
  return index;
}

static gboolean
invalid (patchart_keys *k, const char *value, const patchart_csv_field *field,
         patchart_skips *skips, GError **error)
{
  GError *local = NULL;
  const char *what = k->rule.year     ? "a date on the calendar (2019-05-03, 2019/5/3 0:00, "
                                        "2019-05-03T10:00:00Z, 2019年5月3日, 20190503 or 2019)"
                     : k->rule.office ? "a publication number (CN-116579339-A, US2023123456A1)"
                                      : "an IPC code (G06N 3/08, G06N3/08 or G06N0003080000)";
  const char *level = k->rule.ipc == PATCHART_IPC_GROUP && !k->rule.year && !k->rule.office
                          ? " with a main group"
                          : "";

  patchart_set_error_at (&local, PATCHART_ERROR_DATA, k->file, field->line, field->column,
                         "column \"%s\": \"%s\" is not %s%s", k->rule.column_name, value, what,
                         level);
  if (!skips->enabled) {
    g_propagate_error (error, local);
    return FALSE;
  }
  if (skips->n_skipped++ == 0) {
    skips->first = g_strdup (local->message);
    skips->first_place = (patchart_place){ field->line, field->column };
  }
  g_error_free (local);
  return TRUE;
}

/* Takes the LENGTH bytes at TEXT, trimmed, as one value. */
static gboolean
take (patchart_keys *k, const char *text, gsize length, const patchart_csv_field *field,
      GArray *indexes, patchart_skips *skips, GError **error)
{
  guint i;
  gint index;

  while (length > 0 && g_ascii_isspace (*text))
    text++, length--;
  while (length > 0 && g_ascii_isspace (text[length - 1]))
    length--;
  if (length == 0)
    return TRUE;
  if (text[length] != '\0') { /* a part of the field: copied to end it */
    g_string_truncate (k->value, 0);
    g_string_append_len (k->value, text, (gssize) length);
    text = k->value->str;
  }
  index = lookup (k, text, field);
  if (index == INVALID)
    return invalid (k, text, field, skips, error);
  for (i = 0; i < indexes->len; i++)
    if (g_array_index (indexes, guint, i) == (guint) index)
      return TRUE;
  i = (guint) index;
  g_array_append_val (indexes, i);
  return TRUE;
}

gboolean
patchart_keys_of (patchart_keys *k, const patchart_csv_field *field, GArray *indexes,
                  patchart_skips *skips, GError **error)
{
  const char *p = field->text, *end = field->text + field->length;
  gsize sep = k->rule.split != NULL ? strlen (k->rule.split) : 0;

  g_array_set_size (indexes, 0);
  while (sep > 0) {
    const char *next = strstr (p, k->rule.split);
    if (next == NULL)
      break;
    if (!take (k, p, (gsize) (next - p), field, indexes, skips, error))
      return FALSE;
    p = next + sep;
  }
  return take (k, p, (gsize) (end - p), field, indexes, skips, error);
}

guint
patchart_keys_column (const patchart_keys *k)
{
  return k->rule.col;
}

gboolean
patchart_keys_is_year (const patchart_keys *k)
{
  return k->rule.year;
}

guint
patchart_keys_n_labels (const patchart_keys *k)
{
  return k->labels->len;
}

const char *
patchart_keys_label (const patchart_keys *k, guint index)
{
  return g_ptr_array_index (k->labels, index);
}

patchart_place
patchart_keys_place (const patchart_keys *k, guint index)
{
  return g_array_index (k->places, patchart_place, index);
}

const char *
patchart_keys_spec (const char *spec, gboolean *year, gboolean *office)
{
  while (*spec == ' ')
    spec++;
  *year = g_ascii_strncasecmp (spec, "year:", 5) == 0;
  *office = g_ascii_strncasecmp (spec, "office:", 7) == 0;
  return *year ? spec + 5 : *office ? spec + 7 : spec;
}

guint *
patchart_keys_merge (patchart_keys *dst, const patchart_keys *src)
{
  guint *map = g_new (guint, src->labels->len + 1);

  for (guint i = 0; i < src->labels->len; i++)
    map[i] = intern_at (dst, g_ptr_array_index (src->labels, i),
                        g_array_index (src->places, patchart_place, i));
  return map;
}

static int
compare_first_seen (gconstpointer a, gconstpointer b, gpointer data)
{
  const patchart_keys *k = data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  int by_place = compare_places (&g_array_index (k->places, patchart_place, x),
                                 &g_array_index (k->places, patchart_place, y));

  if (by_place != 0)
    return by_place;
  return strcmp (g_ptr_array_index (k->labels, x), g_ptr_array_index (k->labels, y));
}

guint *
patchart_keys_order (const patchart_keys *k)
{
  guint *order = g_new (guint, k->labels->len + 1);

  for (guint i = 0; i < k->labels->len; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) k->labels->len, sizeof (guint), compare_first_seen,
                     (gpointer) k);
  return order;
}

void
patchart_skips_merge (patchart_skips *dst, const patchart_skips *src)
{
  if (src->n_skipped == 0)
    return;
  if (dst->n_skipped == 0 || compare_places (&src->first_place, &dst->first_place) < 0) {
    g_free (dst->first);
    dst->first = g_strdup (src->first);
    dst->first_place = src->first_place;
  }
  dst->n_skipped += src->n_skipped;
}

void
patchart_skips_clear (patchart_skips *skips)
{
  g_clear_pointer (&skips->first, g_free);
  skips->n_skipped = 0;
}
