/* SPDX-License-Identifier: MIT */
/* ipc.h — International Patent Classification codes cut to a level.
 *
 * Understood spellings: "G06N 3/08", "G06N3/08", "G06N   3/08" (WIPO's
 * fixed width), "G06N0003080000" (14 characters: subclass, 4-digit group,
 * 6-digit subgroup), shorter codes ("G06N", "G06", "G") and a trailing
 * version such as " (2006.01)"; letters in either case.  Pure. */
#ifndef PATCHART_IPC_H
#define PATCHART_IPC_H

#include <glib.h>

#include "patchart.h"

/* Writes CODE cut to LEVEL into OUT (replacing its content): "G", "G06",
 * "G06N" or "G06N3".  Returns FALSE when CODE is not an IPC code or is
 * too short for LEVEL ("G06" has no subclass). */
gboolean patchart_ipc_cut (const char *code, patchart_ipc_level level, GString *out);

/* "section", "class", "subclass" or "group". */
const char *patchart_ipc_level_name (patchart_ipc_level level);

#endif
