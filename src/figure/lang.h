/* SPDX-License-Identifier: MIT */
/* lang.h — the languages patchart speaks, and every word it writes itself
 * in them: one table, so that a new word or language is one place. */
#ifndef PATCHART_LANG_H
#define PATCHART_LANG_H

#include <glib.h>

#include "patchart.h"

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
  const char *myriad;   /* 10^4 as a unit of numbers ("万"), or NULL */
  const char *yi;       /* 10^8 ("亿"), or NULL */
  const char *see_axis; /* a note when bars are too narrow for their values */
  /* A figure's description (describe.c).  "{1}" and "{2}" stand for
   * what is filled in (patchart_words_fill()). */
  const char *kind_names[PATCHART_N_KINDS]; /* "Bar chart", "柱状图", ... */
  const char *colon;                        /* after the kind, before the title */
  const char *stop;                         /* ends a sentence */
  const char *comma;                        /* between items of a list */
  const char *more;                         /* after the top items: "and {1} more" */
  const char *grid;                         /* a heatmap's size: "{1} rows, {2} columns" */
  const char *highest;                      /* before a heatmap's largest cells */
  const char *top_row;                      /* "largest row total: {1} ({2})" */
  const char *top_column;                   /* the same for columns */
  /* after the incomplete years: "2023–2024" + " incomplete (publication lag)" */
  const char *incomplete;
  /* A trend (describe.c): {1} the series, {2} the first value, {3} when,
   * {4} the last value, {5} when ("China rose from 1,204 in 2010 to
   * 30,124 in 2022"); the last two are the same, "same" when they are
   * equal, "single" when there is one value, "empty" when none. */
  const char *rose, *fell, *same, *single, *empty;
  const char *peak;       /* after a trend whose peak is inside it: {1} when, {2} value */
  const char *year;       /* a column label that is a year, as "when": "{1}年" */
  const char *total;      /* a sum: a heatmap's column totals, a report table's bar parts */
  const char *more_lines; /* after the lines described: "{1} more lines" */
  const char *left_out;   /* after the incomplete note: ", left out of the trend" */
  const char *by_series;  /* before the totals of split bars' series: "By series: " */
} patchart_words;

/* The words of LANG; English for a language patchart does not know. */
const patchart_words *patchart_words_for (const char *lang);

/* TEMPLATE with "{1}" replaced by ONE and "{2}" by TWO (either may be
 * NULL if the template lacks it).  Returns a new string. */
char *patchart_words_fill (const char *template, const char *one, const char *two);

/* TEMPLATE with "{1}" to "{N_ARGS}" (N_ARGS <= 9) replaced by ARGS[0]... (a
 * NULL one by nothing); other braces are kept.  Returns a new string. */
char *patchart_words_fill_n (const char *template, const char *const *args, guint n_args);

/* The canonical spelling of LANG ("zh-cn", "zh_CN" -> "zh-CN"), or NULL
 * when it is none of ours. */
const char *patchart_lang_canonical (const char *lang);

/* "zh-CN, zh-TW, ja, ko or en", for messages. */
const char *patchart_lang_list (void);

/* The language code for TEXT when none is given: any kana -> ja, else
 * mostly Hangul -> ko, mostly Han -> zh-CN, no CJK -> en. */
const char *patchart_guess_lang (const char *text);

/* "FIRST–LAST incomplete (publication lag)" (or "FIRST ...", when LAST
 * is NULL) in LANG.  Returns a new string. */
char *patchart_incomplete_note (const char *lang, const char *first, const char *last);

/* The source line as shown: SOURCE prefixed with LANG's word for "source"
 * unless it already starts with such a word.  Returns a new string. */
char *patchart_source_line (const char *source, const char *lang);

#endif
