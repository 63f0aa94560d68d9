/* SPDX-License-Identifier: MIT */
/* figure.h — a dataset plus furniture and options: pure data, no cairo. */
#ifndef PATCHART_FIGURE_H
#define PATCHART_FIGURE_H

#include "data/dataset.h"
#include "figure/themes.h"
#include "patchart.h"

/* Limits that keep a figure drawable and its image in memory. */
#define PATCHART_MIN_SIDE 200
#define PATCHART_MAX_SIDE 10000
#define PATCHART_MAX_SCALE 8.0
#define PATCHART_MAX_IMAGE_SIDE 32767       /* cairo's image surface limit */
#define PATCHART_MAX_IMAGE_PIXELS 100000000 /* 400 MB of ARGB */
#define PATCHART_MIN_FONT_SCALE 0.5
#define PATCHART_MAX_FONT_SCALE 3.0

struct patchart_figure {
  patchart_kind kind;
  char *title, *subtitle, *source, *note;
  char *input;             /* the input's name, for messages */
  char *lang;              /* resolved: "zh-CN", "zh-TW", "ja", "ko" or "en" */
  int width, height;       /* CSS pixels */
  double scale;            /* PNG pixels per CSS pixel */
  patchart_series *series; /* bars and ranking */
  patchart_matrix *matrix; /* heatmap, line (series x ordered x values) */
  patchart_sort sort;      /* as sorted: ranks only mean something by value */
  patchart_orient orient;
  double font_scale;
  char *units, *prefix, *suffix, *legend_title;
  gboolean *highlighted; /* per bar (line: per series), or NULL when nothing is highlighted */
  gboolean group;        /* bars' parts side by side, not stacked */
  guint *series_slots;   /* palette slot of each series (bar part, line), or NULL: in order */
  int incomplete_from;   /* years from this one on are incomplete; 0 = none */
  guint n_skipped;       /* values skipped as invalid (skip_invalid) */
  char *warning;         /* a line about them, or NULL */
  char *alt;             /* the description given, or NULL */
  gboolean svg_text;     /* SVG text as <text>, not outlines */
  char *value_title, *label_title; /* axis titles, or NULL */
  /* the look, from static tables: theme, series colours, heatmap colours */
  const patchart_theme *theme;
  const patchart_color_list *palette, *scheme;
  const patchart_color_list *diverging; /* the scheme for values either side of zero */
  guint32 accent;                       /* the theme's, or --accent */
  patchart_color_scale color_scale;
};

/* Checks OPTIONS alone (sizes, language, top); PATCHART_ERROR_USAGE. */
gboolean patchart_figure_options_check (const patchart_figure_options *options, GError **error);

/* Whether O splits bars into series (--series COL or --series-columns). */
gboolean patchart_figure_options_split (const patchart_figure_options *o);

/* The names of the series FIGURE draws in colours (bar parts, lines but
 * the others line), *N of them; borrowed. */
char *const *patchart_figure_series_names (const patchart_figure *figure, guint *n);

#endif
