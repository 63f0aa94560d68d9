/* SPDX-License-Identifier: MIT */
/* figure.h — a dataset plus furniture and options: pure data, no cairo. */
#ifndef PATCHART_FIGURE_H
#define PATCHART_FIGURE_H

#include "data/dataset.h"
#include "patchart.h"

/* Limits that keep a figure drawable and its image in memory. */
#define PATCHART_MIN_SIDE 200
#define PATCHART_MAX_SIDE 10000
#define PATCHART_MAX_SCALE 8.0
#define PATCHART_MAX_IMAGE_SIDE 32767       /* cairo's image surface limit */
#define PATCHART_MAX_IMAGE_PIXELS 100000000 /* 400 MB of ARGB */

struct patchart_figure {
  patchart_kind kind;
  char *title, *subtitle, *source, *note;
  char *input;             /* the input's name, for messages */
  char *lang;              /* resolved: "zh-CN", "zh-TW", "ja", "ko" or "en" */
  int width, height;       /* CSS pixels */
  double scale;            /* PNG pixels per CSS pixel */
  patchart_series *series; /* bars and ranking */
  patchart_matrix *matrix; /* heatmap */
  guint n_skipped;         /* values skipped as invalid (skip_invalid) */
  char *warning;           /* a line about them, or NULL */
};

/* Checks OPTIONS alone (sizes, language, top); PATCHART_ERROR_USAGE. */
gboolean patchart_figure_options_check (const patchart_figure_options *options, GError **error);

#endif
