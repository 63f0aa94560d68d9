/* figure.h — a dataset plus furniture and options: pure data, no cairo. */
#ifndef PATCHART_FIGURE_H
#define PATCHART_FIGURE_H

#include "data/dataset.h"
#include "patchart.h"

/* Limits that keep a figure drawable and its image in memory. */
#define PATCHART_MIN_SIDE 200
#define PATCHART_MAX_SIDE 10000
#define PATCHART_MAX_SCALE 8.0
#define PATCHART_MAX_IMAGE_SIDE 32767      /* cairo's image surface limit */
#define PATCHART_MAX_IMAGE_PIXELS 100000000 /* 400 MB of ARGB */

struct patchart_figure {
  patchart_kind kind;
  char *title, *subtitle, *source, *note;
  char *input;          /* the input's name, for messages */
  char *lang;           /* resolved: "zh-CN", "zh-TW", "ja", "ko" or "en" */
  int width, height;    /* CSS pixels */
  double scale;         /* PNG pixels per CSS pixel */
  patchart_series *series; /* bars and ranking */
  patchart_matrix *matrix; /* heatmap */
  guint n_skipped;      /* values skipped as invalid (skip_invalid) */
  char *warning;        /* a line about them, or NULL */
};

/* Checks OPTIONS alone (sizes, language, top); PATCHART_ERROR_USAGE. */
gboolean patchart_figure_options_check (const patchart_figure_options *options,
                                        GError **error);

/* The word for "the rest" in LANG: 其他, その他, 기타, Others. */
const char *patchart_others_word (const char *lang);

/* The language code for TEXT when none is given: any kana -> ja, else
 * mostly Hangul -> ko, mostly Han -> zh-CN, no CJK -> en. */
const char *patchart_guess_lang (const char *text);

/* The source line as shown: SOURCE prefixed with LANG's word for "source"
 * unless it already starts with such a word.  Returns a new string. */
char *patchart_source_line (const char *source, const char *lang);

#endif
