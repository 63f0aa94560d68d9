/* SPDX-License-Identifier: MIT */
/* breaks.c — line break opportunities: UAX #14 from pango's log
 * attributes, tightened and graded by rules of East Asian typesetting. */
#include <pango/pango.h>
#include <string.h>

#include "text/breaks.h"

static gboolean
is_small_kana (gunichar c)
{
  static const gunichar small[] = {
    0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096,
    0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6
  };

  if ((c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF67 && c <= 0xFF6F))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (small); i++)
    if (c == small[i])
      return TRUE;
  return FALSE;
}

/* Kinsoku: characters that may not begin a line. */
static gboolean
no_line_start (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return is_small_kana (c) || type == G_UNICODE_CLOSE_PUNCTUATION ||
         type == G_UNICODE_FINAL_PUNCTUATION ||
         (c < 0x80 && c != 0 && strchr (",.:;!?%)]}", (int) c) != NULL) ||
         /* ー ｰ ゝ ゞ ヽ ヾ 々 〻 、 。 ， ． ・ ･ ： ； ？ ！ ‥ … ゠ ％ */
         (c != 0 && g_utf8_strchr ("ーｰゝゞヽヾ々〻、。，．・･：；？！‥…゠％", -1, c) != NULL);
}

/* Kinsoku: characters that may not end a line. */
static gboolean
no_line_end (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);
  return type == G_UNICODE_OPEN_PUNCTUATION || type == G_UNICODE_INITIAL_PUNCTUATION;
}

/* Letters of a katakana word, with its prolonged sound mark (the middle
 * dot between two words is not one: a line may end after it). */
static gboolean
is_katakana_letter (gunichar c)
{
  return (g_unichar_get_script (c) == G_UNICODE_SCRIPT_KATAKANA && c != 0x30FB && c != 0xFF65) ||
         c == 0x30FC || c == 0xFF70;
}

static gboolean
is_hangul (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HANGUL;
}

/* Writing without spaces between words, where UAX #14 (or pango's
 * dictionary, for Thai and its neighbours) knows the break points. */
static gboolean
is_unspaced (gunichar c)
{
  switch (g_unichar_get_script (c)) {
  case G_UNICODE_SCRIPT_HAN:
  case G_UNICODE_SCRIPT_HIRAGANA:
  case G_UNICODE_SCRIPT_KATAKANA:
  case G_UNICODE_SCRIPT_BOPOMOFO:
  case G_UNICODE_SCRIPT_HANGUL:
  case G_UNICODE_SCRIPT_THAI:
  case G_UNICODE_SCRIPT_LAO:
  case G_UNICODE_SCRIPT_KHMER:
  case G_UNICODE_SCRIPT_MYANMAR:
  case G_UNICODE_SCRIPT_YI:
    return TRUE;
  default:
    /* CJK punctuation and full-width forms are Common */
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
  }
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2013;
}

/* Company forms and similar words that end (or begin) a name's phrase. */
static const char *const phrase_words[] = {
  "株式会社", "有限会社", "合同会社", "股份有限公司", "有限责任公司", "有限責任公司", "有限公司",
  "集团",     "集團",     "公司",     "研究所",       "研究院",       "大学",         "大學",
};

/* How many characters of a phrase word start at TEXT + I (0 if none). */
static glong
phrase_word_at (const gunichar *text, glong i, glong n)
{
  for (guint w = 0; w < G_N_ELEMENTS (phrase_words); w++) {
    const char *p = phrase_words[w];
    glong k = 0;

    while (*p != '\0' && i + k < n && g_utf8_get_char (p) == text[i + k]) {
      p = g_utf8_next_char (p);
      k++;
    }
    if (*p == '\0')
      return k;
  }
  return 0;
}

/* Whether a line may start before C, after P, beyond what UAX #14 says. */
static gboolean
allowed (gunichar p, gunichar c)
{
  if (no_line_start (c) || no_line_end (p))
    return FALSE;
  if (is_katakana_letter (p) && is_katakana_letter (c))
    return FALSE;
  /* Korean is set with spaces between words, Latin too (or after a
   * hyphen): UAX #14's other breaks there would split words */
  if (g_unichar_isspace (p))
    return TRUE;
  if (is_hangul (p) || is_hangul (c))
    return FALSE;
  if (!is_unspaced (p) && !is_unspaced (c))
    return is_hyphen (p);
  return TRUE;
}

static patchart_break
grade (gunichar p, gunichar c)
{
  GUnicodeScript sp = g_unichar_get_script (p), sc = g_unichar_get_script (c);

  if (g_unichar_isspace (p) || is_hyphen (p) || p == '/' || p == 0x7684 /* 的 */ ||
      g_unichar_type (p) == G_UNICODE_CLOSE_PUNCTUATION ||
      (p != 0 && g_utf8_strchr ("、，。・･", -1, p) != NULL))
    return PATCHART_BREAK_GOOD;
  /* a run of hiragana ending: a particle or an inflection is done */
  if (sp == G_UNICODE_SCRIPT_HIRAGANA && sc != G_UNICODE_SCRIPT_HIRAGANA)
    return PATCHART_BREAK_GOOD;
  if (sc == G_UNICODE_SCRIPT_HIRAGANA)
    return PATCHART_BREAK_POOR; /* inside a word, or before its ending */
  if (is_katakana_letter (p) != is_katakana_letter (c) || is_unspaced (p) != is_unspaced (c))
    return PATCHART_BREAK_GOOD; /* where the script changes */
  return PATCHART_BREAK_FAIR;
}

patchart_break *
patchart_breaks_find (const char *string, const char *lang, glong *n_chars)
{
  glong n = g_utf8_strlen (string, -1);
  gunichar *text = g_utf8_to_ucs4_fast (string, -1, NULL);
  PangoLogAttr *attrs = g_new0 (PangoLogAttr, n + 1);
  patchart_break *breaks = g_new0 (patchart_break, n + 1);

  pango_get_log_attrs (string, (int) strlen (string), -1, pango_language_from_string (lang), attrs,
                       (int) n + 1);
  for (glong i = 1; i < n; i++) {
    gunichar p = text[i - 1], c = text[i];

    if (attrs[i].is_mandatory_break)
      breaks[i] = PATCHART_BREAK_MUST;
    else if (attrs[i].is_line_break && allowed (p, c))
      breaks[i] = grade (p, c);
  }
  /* a company form is a phrase of its own: "ソニーグループ|株式会社" */
  for (glong i = 0; i < n; i++) {
    glong k = phrase_word_at (text, i, n);

    if (k == 0)
      continue;
    if (i > 0 && breaks[i] != PATCHART_BREAK_NO && breaks[i] != PATCHART_BREAK_MUST)
      breaks[i] = PATCHART_BREAK_GOOD;
    if (i + k < n && breaks[i + k] != PATCHART_BREAK_NO && breaks[i + k] != PATCHART_BREAK_MUST)
      breaks[i + k] = PATCHART_BREAK_GOOD;
    for (glong j = i + 1; j < i + k; j++) /* nor inside one */
      if (breaks[j] != PATCHART_BREAK_MUST)
        breaks[j] = MIN (breaks[j], PATCHART_BREAK_POOR);
  }
  g_free (attrs);
  g_free (text);
  *n_chars = n;
  return breaks;
}
