/* SPDX-License-Identifier: MIT */
/* error.c — the PATCHART_ERROR domain and messages that name a place. */
#include "util/error.h"

G_DEFINE_QUARK (patchart - error - quark, patchart_error)

char *
patchart_excerpt (const char *text)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++) {
    gunichar c = g_utf8_get_char (p);

    if (n == PATCHART_EXCERPT_CHARS) {
      g_string_append (out, "…");
      break;
    }
    if (c == '\n')
      g_string_append (out, "\\n");
    else if (c == '\r')
      g_string_append (out, "\\r");
    else if (c == '\t')
      g_string_append (out, "\\t");
    else if (c < 0x20 || c == 0x7F)
      g_string_append_printf (out, "\\x%02X", c);
    else
      g_string_append_unichar (out, c);
  }
  return g_string_free (out, FALSE);
}

void
patchart_set_error_at (GError **error, int code, const char *file, guint line, guint column,
                       const char *format, ...)
{
  va_list args;
  char *text = NULL;
  GString *msg = NULL;

  if (error == NULL || *error != NULL)
    return; /* keep the first error: it is the most significant */

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  msg = g_string_new (NULL);
  if (file != NULL) {
    g_string_append (msg, file);
    if (line > 0)
      g_string_append_printf (msg, ":%u", line);
    if (line > 0 && column > 0)
      g_string_append_printf (msg, ":%u", column);
    g_string_append (msg, ": ");
  }
  g_string_append (msg, text);
  g_set_error_literal (error, PATCHART_ERROR, code, msg->str);
  g_string_free (msg, TRUE);
  g_free (text);
}
