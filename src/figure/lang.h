/* SPDX-License-Identifier: MIT */
/* lang.h — the languages patchart speaks, and every word it writes itself
 * in them: one table, so that a new word or language is one place. */
#ifndef PATCHART_LANG_H
#define PATCHART_LANG_H

#include <glib.h>

/* What patchart writes in one language.  Separators are part of a word
 * where the language puts one ("来源：", "Source: "). */
typedef struct {
  const char *code;     /* "zh-CN", "zh-TW", "ja", "ko", "en" */
  const char *source;   /* before a source line */
  const char *others;   /* the bar that sums what --top leaves out */
  const char *no_data;  /* the heatmap legend's missing cells */
  const char *figure;   /* report: before a figure's number */
  const char *contents; /* report: the contents' heading */
  const char *data;     /* report: before a figure's input */
} patchart_words;

/* The words of LANG; English for a language patchart does not know. */
const patchart_words *patchart_words_for (const char *lang);

/* The canonical spelling of LANG ("zh-cn", "zh_CN" -> "zh-CN"), or NULL
 * when it is none of ours. */
const char *patchart_lang_canonical (const char *lang);

/* "zh-CN, zh-TW, ja, ko or en", for messages. */
const char *patchart_lang_list (void);

/* The language code for TEXT when none is given: any kana -> ja, else
 * mostly Hangul -> ko, mostly Han -> zh-CN, no CJK -> en. */
const char *patchart_guess_lang (const char *text);

/* The source line as shown: SOURCE prefixed with LANG's word for "source"
 * unless it already starts with such a word.  Returns a new string. */
char *patchart_source_line (const char *source, const char *lang);

#endif
