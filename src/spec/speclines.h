/* SPDX-License-Identifier: MIT */
/* speclines.h — the line of each group and key in a spec's text, which
 * GKeyFile does not keep, and syntax errors with their lines. */
#ifndef PATCHART_SPECLINES_H
#define PATCHART_SPECLINES_H

#include <glib.h>

/* Where groups and keys are in the spec's text, for messages: GKeyFile
 * keeps no line numbers. */
typedef struct patchart_spec_lines patchart_spec_lines;

/* Scans TEXT; fails with "PATH:LINE: ..." on a line that is neither a
 * comment, a group nor a key = value. */
patchart_spec_lines *patchart_spec_lines_new (const char *path, const char *text, GError **error);
void patchart_spec_lines_free (patchart_spec_lines *lines);
/* The line of [GROUP] (KEY NULL) or of KEY in GROUP (its last one); 0 if unknown. */
guint patchart_spec_lines_find (const patchart_spec_lines *lines, const char *group,
                                const char *key);

#endif
