/* SPDX-License-Identifier: MIT */
/* axis.h — a value axis: nice ticks and their measured labels. */
#ifndef PATCHART_AXIS_H
#define PATCHART_AXIS_H

#include "chart/layout.h"
#include "chart/scale.h"

typedef struct {
  patchart_ticks ticks;
  patchart_text_block *labels[PATCHART_MAX_TICKS]; /* owned until placed */
  double max_label_width;
  double label_height;
} patchart_axis;

/* Nice ticks over [LO, HI] that fit LENGTH pixels at one per SPACING
 * pixels at most (whole numbers only when INTEGERS), and more (down to
 * two thirds of SPACING) when the last would leave over a fifth of the
 * axis empty; their labels written as NUMBERS say and measured in the
 * SMALL role. */
gboolean patchart_axis_init (patchart_axis *axis, const patchart_layout *layout,
                             const patchart_numbers *numbers, double lo, double hi,
                             gboolean integers, double length, double spacing, GError **error);

/* Whether all N VALUES (NAN skipped) are whole numbers. */
gboolean patchart_all_integers (const double *values, gsize n);

/* Frees the labels that were not handed to a layout. */
void patchart_axis_clear (patchart_axis *axis);

/* Hands tick label I to the caller (NULL afterwards in the axis). */
patchart_text_block *patchart_axis_take_label (patchart_axis *axis, guint i);

#endif
