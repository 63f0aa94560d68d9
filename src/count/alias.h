/* SPDX-License-Identifier: MIT */
/* alias.h — display names for raw labels, from a two-column CSV file.
 *
 * Each row is "raw,display"; a first row that says exactly that is a
 * header.  Matching ignores case, white space and full-width forms
 * (NFKC), so "Baidu Online", "BAIDU ONLINE" and "baiduonline" are one. */
#ifndef PATCHART_ALIAS_H
#define PATCHART_ALIAS_H

#include <glib.h>

typedef struct patchart_alias patchart_alias;

/* Reads PATH.  Errors: unreadable (PATCHART_ERROR_INPUT), not two
 * columns, an empty name, a raw name mapped twice to different names
 * (PATCHART_ERROR_DATA, at file:line:column). */
patchart_alias *patchart_alias_read (const char *path, char delimiter, GError **error);

/* The display name for RAW, owned by ALIAS, or NULL when there is none. */
const char *patchart_alias_lookup (const patchart_alias *alias, const char *raw);

void patchart_alias_free (patchart_alias *alias);

/* RAW without case, white space or width differences, as aliases and
 * --highlight match names: a new string. */
char *patchart_fold_name (const char *raw);

#endif
