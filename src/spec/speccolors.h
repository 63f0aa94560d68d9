/* SPDX-License-Identifier: MIT */
/* speccolors.h — one colour per series name across the figures of a spec:
 * 中国 is the same colour in the filings line and in the bars by office. */
#ifndef PATCHART_SPECCOLORS_H
#define PATCHART_SPECCOLORS_H

#include "spec/spec.h"

patchart_spec_colors *patchart_spec_colors_new (void);
void patchart_spec_colors_free (patchart_spec_colors *colors);

/* The figure built for INDEX while the spec's colours were worked out,
 * handed out once (its data is then read only once), or NULL.  The first
 * call of either function below for a figure that draws several series
 * builds, when two or more figures of SPEC do, each of them in file
 * order, and gives each series name the colour it first had, or one no
 * other series of that figure has; other figures never wait for that.
 * Thread-safe. */
patchart_figure *patchart_spec_colors_take (const patchart_spec *spec, guint index);

/* Gives FIGURE, built for figure INDEX of SPEC, the spec's colour of
 * each of its series. */
void patchart_spec_colors_apply (const patchart_spec *spec, guint index, patchart_figure *figure);

#endif
