/* SPDX-License-Identifier: MIT */
/* ipc.c — IPC codes cut to section, class, subclass or main group. */
#include <string.h>

#include "count/ipc.h"

/* The parts of a code; a part not present is empty (0 digits). */
typedef struct {
  char section;   /* 'A'..'H', or 0 */
  char class_[3]; /* two digits */
  char subclass;  /* a letter, or 0 */
  guint group;    /* main group number */
  gboolean has_group;
} ipc_code;

static gboolean
digits (const char *p, guint n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (p[i]))
      return FALSE;
  return TRUE;
}

/* A version in brackets, "(2006.01)", spaces around it, or nothing. */
static gboolean
only_version (const char *p)
{
  while (*p == ' ')
    p++;
  if (*p == '(') {
    const char *close = strchr (p, ')');
    if (close == NULL || !digits (p + 1, 4))
      return FALSE;
    for (const char *q = p + 5; q < close; q++)
      if (!g_ascii_isdigit (*q) && *q != '.')
        return FALSE;
    p = close + 1;
    while (*p == ' ')
      p++;
  }
  return *p == '\0';
}

/* "0003080000": a 4-digit group and 6-digit subgroup, zero-padded. */
static const char *
parse_padded_group (const char *p, ipc_code *c)
{
  if (strlen (p) < 10 || !digits (p, 10) || g_ascii_isdigit (p[10]))
    return NULL;
  c->group = (guint) ((p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0'));
  c->has_group = c->group > 0;
  return c->has_group ? p + 10 : NULL;
}

/* " 3/08", "3/08", "10/82", "3/00": a main group, a slash, a subgroup. */
static const char *
parse_group (const char *p, ipc_code *c)
{
  guint n = 0;

  while (*p == ' ')
    p++;
  if (strlen (p) >= 10 && digits (p, 10))
    return parse_padded_group (p, c);
  c->group = 0;
  while (g_ascii_isdigit (p[n]) && n < 4)
    c->group = c->group * 10 + (guint) (p[n++] - '0');
  if (n == 0 || c->group == 0 || p[n] != '/' || !g_ascii_isdigit (p[n + 1]))
    return NULL;
  p += n + 1;
  for (n = 0; g_ascii_isdigit (p[n]); n++)
    ;
  if (n < 2 || n > 6)
    return NULL;
  c->has_group = TRUE;
  return p + n;
}

static gboolean
parse (const char *text, ipc_code *c)
{
  const char *p = text;

  memset (c, 0, sizeof *c);
  if (*p < 'A' || *p > 'H')
    return FALSE;
  c->section = *p++;
  if (*p == '\0' || only_version (p))
    return TRUE;
  if (!digits (p, 2))
    return FALSE;
  memcpy (c->class_, p, 2);
  p += 2;
  if (only_version (p))
    return TRUE;
  if (!g_ascii_isupper (*p))
    return FALSE;
  c->subclass = *p++;
  if (only_version (p))
    return TRUE;
  p = parse_group (p, c);
  return p != NULL && only_version (p);
}

gboolean
patchart_ipc_cut (const char *code, patchart_ipc_level level, GString *out)
{
  char *upper = g_ascii_strup (code, -1);
  ipc_code c;
  gboolean ok = parse (g_strstrip (upper), &c);

  g_free (upper);
  g_string_truncate (out, 0);
  if (!ok || level == PATCHART_IPC_NONE)
    return ok;
  if ((level >= PATCHART_IPC_CLASS && c.class_[0] == 0) ||
      (level >= PATCHART_IPC_SUBCLASS && c.subclass == 0) ||
      (level >= PATCHART_IPC_GROUP && !c.has_group))
    return FALSE;
  g_string_append_c (out, c.section);
  if (level >= PATCHART_IPC_CLASS)
    g_string_append_len (out, c.class_, 2);
  if (level >= PATCHART_IPC_SUBCLASS)
    g_string_append_c (out, c.subclass);
  if (level >= PATCHART_IPC_GROUP)
    g_string_append_printf (out, "%u", c.group);
  return TRUE;
}

const char *
patchart_ipc_level_name (patchart_ipc_level level)
{
  static const char *const names[] = { "none", "section", "class", "subclass", "group" };

  return (guint) level < G_N_ELEMENTS (names) ? names[level] : "?";
}
