/* spec.h — spec files (GKeyFile) read into figure settings; shared by the
 * spec reader, the parallel renderer and the report. */
#ifndef PATCHART_SPEC_H
#define PATCHART_SPEC_H

#include <glib.h>

#include "patchart.h"

typedef struct {
  char *name;
  guint line;                  /* of its [figure NAME] line */
  char *input, *output;        /* resolved; output may be NULL */
  char *caption;               /* report caption, or NULL */
  patchart_format format;
  gboolean has_format;         /* from "format" or the output's extension */
  patchart_settings *settings;
  GError *problem;             /* the first problem in its keys, or NULL */
} patchart_spec_figure;

/* The [report] group; every field may be NULL. */
typedef struct {
  char *title, *subtitle, *author, *date, *lang, *page;
} patchart_spec_report;

struct patchart_spec {
  char *path;                  /* as given, for messages */
  char *dir;                   /* the folder relative paths start from */
  GPtrArray *figures;          /* of patchart_spec_figure *, in file order */
  patchart_spec_report report;
};

/* Where groups and keys are in the spec's text, for messages: GKeyFile
 * keeps no line numbers. */
typedef struct patchart_spec_lines patchart_spec_lines;

/* Scans TEXT; fails with "PATH:LINE: ..." on a line that is neither a
 * comment, a group nor a key = value. */
patchart_spec_lines *patchart_spec_lines_new (const char *path, const char *text,
                                              GError **error);
void patchart_spec_lines_free (patchart_spec_lines *lines);
/* The line of [GROUP] (KEY NULL) or of KEY in GROUP (its last one); 0 if unknown. */
guint patchart_spec_lines_find (const patchart_spec_lines *lines, const char *group,
                                const char *key);

/* A path from the spec, relative to its folder unless absolute. */
char *patchart_spec_resolve (const patchart_spec *spec, const char *path);

#endif
