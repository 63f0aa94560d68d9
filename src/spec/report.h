/* SPDX-License-Identifier: MIT */
/* report.h — the report's pages as display lists, for tests and for the
 * PDF writer (patchart_spec_write_report() in patchart.h). */
#ifndef PATCHART_REPORT_H
#define PATCHART_REPORT_H

#include "spec/spec.h"

/* The pages of SPEC's report on PAGE paper ("A4", "210x297"; NULL: the
 * spec's or A4): a new array of patchart_layout, or NULL with ERROR. */
GPtrArray *patchart_report_pages (const patchart_spec *spec, const char *page, GError **error);

#endif
