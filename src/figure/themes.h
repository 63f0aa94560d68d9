/* SPDX-License-Identifier: MIT */
/* themes.h — the looks a figure can have, as data: themes (background,
 * text, grid, accent, ...), series palettes and sequential colour schemes,
 * each a row of a table found by name.  Colours are 0xRRGGBB; chart/
 * turns them into a palette to draw with. */
#ifndef PATCHART_THEMES_H
#define PATCHART_THEMES_H

#include <glib.h>

#define PATCHART_MAX_COLORS 16

/* A named list of colours: a series palette (told apart) or a sequential
 * scheme (few to many, in order). */
typedef struct {
  const char *name;
  const guint32 *colors;
  guint n_colors;
} patchart_color_list;

typedef struct {
  const char *name;
  guint32 background, text, muted_text, grid, axis;
  guint32 accent;                 /* the marks of a single series (bars, ranking) */
  guint32 missing, missing_hatch; /* a heatmap's missing cells */
  guint32 band;                   /* behind incomplete years */
  const char *palette;            /* its series palette */
  const char *scheme;             /* its heatmap colour scheme */
  const char *diverging;          /* and for values either side of zero */
} patchart_theme;

/* The row called NAME (case ignored), or NULL; NULL finds the default. */
const patchart_theme *patchart_theme_find (const char *name);
const patchart_color_list *patchart_palette_find (const char *name);
const patchart_color_list *patchart_scheme_find (const char *name);

/* "default, dark or print" and the like, for messages; static strings. */
const char *patchart_theme_names (void);
const char *patchart_palette_names (void);
const char *patchart_scheme_names (void);

/* Reads "#RRGGBB" or "#RGB" (the # optional) into *RGB. */
gboolean patchart_color_parse (const char *text, guint32 *rgb);

#endif
