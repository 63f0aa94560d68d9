/* SPDX-License-Identifier: MIT */
/* dates.h — the year of a date, as patent exports write dates.  Pure. */
#ifndef PATCHART_DATES_H
#define PATCHART_DATES_H

#include <glib.h>

/* The year of TEXT (spaces around it ignored): "2019-05-03",
 * "2019/05/03", "2019.05.03", "2019-5-3", "20190503" or "2019".  Month
 * and day are checked (1-12, 1-31).  Returns 0 if TEXT is none of these. */
int patchart_date_year (const char *text);

#endif
