/* SPDX-License-Identifier: MIT */
/* fuzz_spec.c — spec files: the reader's own line scan, GKeyFile, the
 * [defaults], [report] and [figure NAME] groups and every figure's
 * settings; then each figure without a problem is built from a small fixed
 * table with its options, as render would build it from its input.  No
 * file is read or written: inputs and outputs are only resolved. */
#include <math.h>
#include <string.h>

#include "fuzz.h"
#include "spec/spec.h"

static const char table[] = "a,b,c\nx,1,2\ny,3,4\n";

/* What render and report rely on, for figure I of SPEC. */
static void
check_figure (const patchart_spec *spec, guint i)
{
  const char *name = patchart_spec_get_name (spec, i);
  const patchart_figure_options *options = patchart_spec_get_options (spec, i);
  const char *input = patchart_spec_get_input (spec, i);
  patchart_figure *figure;
  GError *error = NULL;
  guint found = G_MAXUINT;

  g_assert (name != NULL && g_utf8_validate (name, -1, NULL));
  g_assert (patchart_spec_find (spec, name, &found));
  g_assert (found <= i);
  g_assert (strcmp (patchart_spec_get_name (spec, found), name) == 0);
  g_assert (input == NULL || g_utf8_validate (input, -1, NULL));
  if (options == NULL)
    return;
  /* built from the fixed table instead of INPUT; counting too */
  figure = patchart_figure_new_from_data ("fuzz.csv", table, strlen (table), options, &error);
  g_assert ((figure == NULL) != (error == NULL));
  g_assert (error == NULL || g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
  patchart_figure_free (figure);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  patchart_spec *spec;
  GError *error = NULL;

  spec = patchart_spec_new_from_data ("fuzz/figures.spec", (const char *) data, size, &error);
  g_assert ((spec == NULL) != (error == NULL));
  if (spec == NULL) {
    g_assert (g_utf8_validate (error->message, -1, NULL));
    g_error_free (error);
    return 0;
  }
  for (guint i = 0; i < patchart_spec_get_n_figures (spec); i++)
    check_figure (spec, i);
  patchart_spec_free (spec);
  return 0;
}
