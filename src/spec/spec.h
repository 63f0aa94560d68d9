/* SPDX-License-Identifier: MIT */
/* spec.h — spec files (GKeyFile) read into figure settings; shared by the
 * spec reader, the parallel renderer and the report. */
#ifndef PATCHART_SPEC_H
#define PATCHART_SPEC_H

#include <glib.h>

#include "patchart.h"

typedef struct {
  char *name;
  guint line;           /* of its [figure NAME] line */
  char *input, *output; /* resolved; output may be NULL */
  char *caption;        /* report caption, or NULL */
  patchart_format format;
  gboolean has_format; /* from "format" or the output's extension */
  patchart_settings *settings;
  GError *problem; /* the first problem in its keys, or NULL */
} patchart_spec_figure;

/* The [report] group; every field may be NULL.  TABLES: each figure's
 * data as a table after it (patchart_spec_set_report_tables()). */
typedef struct {
  char *title, *subtitle, *author, *date, *lang, *page;
  char *data_files; /* "true": each figure's input file under its caption */
  gboolean tables;
} patchart_spec_report;

typedef struct patchart_spec_colors patchart_spec_colors; /* spec/speccolors.h */

struct patchart_spec {
  char *path;         /* as given, for messages */
  char *dir;          /* the folder relative paths start from */
  GPtrArray *figures; /* of patchart_spec_figure *, in file order */
  patchart_spec_report report;
  patchart_spec_colors *colors; /* series colours shared by its figures */
};

/* A spec from LENGTH bytes of TEXT, as if read from the file PATH (named
 * in messages; relative paths start from its folder).  NULL on error. */
patchart_spec *patchart_spec_new_from_data (const char *path, const char *text, gsize length,
                                            GError **error);

/* A path from the spec, relative to its folder unless absolute. */
char *patchart_spec_resolve (const patchart_spec *spec, const char *path);

#endif
