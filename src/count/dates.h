/* SPDX-License-Identifier: MIT */
/* dates.h — the year of a date, as patent exports write dates.  Pure. */
#ifndef PATCHART_DATES_H
#define PATCHART_DATES_H

#include <glib.h>

/* The year of TEXT (spaces around it ignored), as exports write dates:
 * "2019-05-03", "2019/5/3", "2019.5.3", "20190503", "2019"; an ISO 8601
 * date-time with "T" ("2019-05-03T10:00:00Z", "...+09:00", "...-0500"),
 * a date with a time after a space ("2019/5/3 0:00",
 * "2019-05-03 10:00:00"), "2019年5月3日"; digits may be full-width.  The
 * date must be on the calendar ("2019-02-30" is not; "2020-02-29" is) and
 * the time of day real.  Returns 0 if TEXT is none of these. */
int patchart_date_year (const char *text);

#endif
