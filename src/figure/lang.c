/* SPDX-License-Identifier: MIT */
/* lang.c — the language table, guessing a language, and the source line. */
#include <string.h>

#include "figure/lang.h"

static const patchart_words all_words[] = {
  { "zh-CN", "来源：", "其他", "无数据", "图 ", "目录", "数据：" },
  { "zh-TW", "來源：", "其他", "無資料", "圖 ", "目錄", "資料：" },
  { "ja", "出典：", "その他", "データなし", "図", "目次", "データ：" },
  { "ko", "출처: ", "기타", "데이터 없음", "그림 ", "목차", "데이터: " },
  { "en", "Source: ", "Others", "No data", "Figure ", "Contents", "Data: " },
};

#define ENGLISH (&all_words[G_N_ELEMENTS (all_words) - 1])

const patchart_words *
patchart_words_for (const char *lang)
{
  for (guint i = 0; lang != NULL && i < G_N_ELEMENTS (all_words); i++)
    if (strcmp (all_words[i].code, lang) == 0)
      return &all_words[i];
  return ENGLISH;
}

const char *
patchart_lang_canonical (const char *lang)
{
  char *folded = g_ascii_strdown (lang, -1);
  const char *found = NULL;

  g_strdelimit (folded, "_", '-');
  for (guint i = 0; i < G_N_ELEMENTS (all_words) && found == NULL; i++)
    if (g_ascii_strcasecmp (folded, all_words[i].code) == 0)
      found = all_words[i].code;
  g_free (folded);
  return found;
}

const char *
patchart_lang_list (void)
{
  return "zh-CN, zh-TW, ja, ko or en";
}

const char *
patchart_guess_lang (const char *text)
{
  guint han = 0, hangul = 0;

  /* Kana is only Japanese, so it decides; otherwise the more common of
   * Hangul and Han, Han taken as Simplified Chinese. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p)) {
    GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));
    if (script == G_UNICODE_SCRIPT_HIRAGANA || script == G_UNICODE_SCRIPT_KATAKANA)
      return "ja";
    hangul += script == G_UNICODE_SCRIPT_HANGUL;
    han += script == G_UNICODE_SCRIPT_HAN;
  }
  if (hangul + han == 0)
    return "en";
  return hangul > han ? "ko" : "zh-CN";
}

/* Words that already introduce a source, in any of our languages. */
static const char *const source_prefixes[] = {
  "来源", "來源", "出处", "出處", "资料来源", "資料來源", "数据来源", "出典",        "出所",
  "资料", "資料", "출처", "자료", "source",   "sources",  "data:",    "data source", NULL,
};

static gboolean
says_source (const char *text)
{
  char *folded = g_utf8_casefold (text, -1);
  gboolean says = FALSE;

  for (guint i = 0; source_prefixes[i] != NULL && !says; i++)
    says = g_str_has_prefix (folded, source_prefixes[i]);
  g_free (folded);
  return says;
}

char *
patchart_source_line (const char *source, const char *lang)
{
  if (source == NULL || *source == '\0')
    return NULL;
  if (says_source (source))
    return g_strdup (source);
  return g_strconcat (patchart_words_for (lang)->source, source, NULL);
}
