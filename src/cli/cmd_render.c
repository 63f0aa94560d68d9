/* SPDX-License-Identifier: MIT */
/* cmd_render.c — "patchart render SPEC [-j N] [--only NAME...]": every
 * figure of a spec to its own file, on N threads; a failing figure is
 * reported and the others go on. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

typedef struct {
  int jobs;
  char **only;
  gboolean quiet, verbose;
} render_args;

typedef struct {
  const render_args *args;
  guint n_done, n_total;
  gboolean progress; /* a progress line on a terminal */
  GError **errors;   /* per figure of the spec, kept to print in spec order */
  int status;
} render_run;

static GOptionEntry *
render_entries (render_args *args)
{
  GOptionEntry entries[] = {
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &args->jobs,
      "Render on N threads (default: one per processor)", "N" },
    { "only", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args->only,
      "Render only figure NAME (repeat, or NAME,NAME)", "NAME" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &args->quiet, "Print errors only", NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &args->verbose, "Print each file written", NULL },
    { NULL },
  };

  return g_memdup2 (entries, sizeof entries);
}

GOptionEntry *
cli_render_options (void)
{
  static render_args unused;

  return render_entries (&unused);
}

static GOptionContext *
make_context (render_args *args)
{
  GOptionEntry *entries = render_entries (args);
  GOptionContext *context = g_option_context_new ("SPEC - render every figure of a spec file");

  g_option_context_add_main_entries (context, entries, NULL);
  g_free (entries);
  g_option_context_set_description (
      context,
      "SPEC is a key file: [defaults], [report] and [figure NAME] groups whose keys are the\n"
      "figure options (title = ..., top = 10) plus kind, input, output and format.\n"
      "Exit status: 0 when every figure was written, else the first failure's (64, 65, 66, 73).");
  return context;
}

static gboolean
contains (const GArray *indices, guint index)
{
  for (guint i = 0; i < indices->len; i++)
    if (g_array_index (indices, guint, i) == index)
      return TRUE;
  return FALSE;
}

/* The figures named by --only (each value may hold NAME,NAME). */
static GArray *
select_figures (const patchart_spec *spec, char **only)
{
  GArray *indices = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; only[i] != NULL; i++) {
    char **names = g_strsplit (only[i], ",", -1);
    for (guint k = 0; names[k] != NULL; k++) {
      guint index;
      if (!patchart_spec_find (spec, g_strstrip (names[k]), &index)) {
        cli_usage_error ("render", "--only %s: no [figure %s] in the spec", names[k], names[k]);
        g_array_set_size (indices, 0);
        g_strfreev (names);
        return indices;
      }
      if (!contains (indices, index)) /* each figure once, or two threads write it */
        g_array_append_val (indices, index);
    }
    g_strfreev (names);
  }
  return indices;
}

static void
show_progress (const render_run *run)
{
  fprintf (stderr, "\r\033[Krendering: %u/%u figures", run->n_done, run->n_total);
  fflush (stderr);
}

/* Called as each figure is done, in this thread. */
static void
figure_done (const patchart_spec *spec, guint index, const GError *error, gpointer data)
{
  render_run *run = data;

  (void) spec;
  run->n_done++;
  if (error != NULL)
    run->errors[index] = g_error_copy (error);
  if (run->progress)
    show_progress (run);
}

/* Errors (and with --verbose, the files written) in the spec's order, so a
 * log reads the same whatever -j. */
static void
report_results (render_run *run, const patchart_spec *spec, const guint *indices, guint n)
{
  guint n_failed = 0;

  if (run->progress)
    fputs ("\r\033[K", stderr);
  for (guint i = 0; i < n; i++) {
    GError *error = run->errors[indices[i]];
    if (error != NULL) {
      int status = cli_fail (error);
      if (run->status == CLI_EX_OK)
        run->status = status;
      n_failed++;
    } else if (run->args->verbose) {
      printf ("wrote %s\n", patchart_spec_get_output (spec, indices[i]));
    }
  }
  if (n_failed > 0 && !run->args->quiet)
    fprintf (stderr, "patchart: %u of %u figures failed\n", n_failed, n);
  else if (run->progress || run->args->verbose)
    fprintf (stderr, "rendered %u figures\n", n);
}

/* The figures to render, in spec order: --only's, else all.  NULL (after
 * a message) if --only names a figure the spec does not have. */
static GArray *
pick_figures (const patchart_spec *spec, char **only)
{
  GArray *indices;

  if (only != NULL) {
    indices = select_figures (spec, only);
    if (indices->len > 0)
      return indices;
    g_array_unref (indices);
    return NULL;
  }
  indices = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < patchart_spec_get_n_figures (spec); i++)
    g_array_append_val (indices, i);
  return indices;
}

static int
render (const char *path, const render_args *args)
{
  GError *error = NULL;
  patchart_spec *spec = patchart_spec_new_from_file (path, &error);
  render_run run = { args, 0, 0, FALSE, NULL, CLI_EX_OK };
  GArray *indices = NULL;

  if (spec == NULL) {
    run.status = cli_fail (error);
    goto out;
  }
  indices = pick_figures (spec, args->only);
  if (indices == NULL) {
    run.status = CLI_EX_USAGE;
    goto out;
  }
  run.n_total = indices->len;
  run.progress = !args->quiet && isatty (STDERR_FILENO);
  run.errors = g_new0 (GError *, patchart_spec_get_n_figures (spec));
  if (run.progress)
    show_progress (&run);
  patchart_spec_render_all (spec, (guint *) indices->data, indices->len, (guint) args->jobs,
                            figure_done, &run);
  report_results (&run, spec, (guint *) indices->data, indices->len);
  for (guint i = 0; i < patchart_spec_get_n_figures (spec); i++)
    g_clear_error (&run.errors[i]);
out:
  g_free (run.errors);
  if (indices != NULL)
    g_array_unref (indices);
  g_clear_error (&error);
  patchart_spec_free (spec);
  return run.status;
}

int
cmd_render (int argc, char **argv)
{
  render_args args = { 0, NULL, FALSE, FALSE };
  GOptionContext *context = make_context (&args);
  GError *error = NULL;
  int status;

  g_set_prgname ("patchart render");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    status = cli_usage_error ("render", "%s", error->message);
  else if (argc != 2)
    status = cli_usage_error ("render", argc < 2 ? "no SPEC given" : "expected one SPEC, got %d",
                              argc - 1);
  else if (args.jobs < 0 || args.jobs > 1024)
    status = cli_usage_error ("render", "-j %d: expected 1 to 1024 threads", args.jobs);
  else if (args.quiet && args.verbose)
    status = cli_usage_error ("render", "--quiet and --verbose exclude each other");
  else
    status = render (argv[1], &args);
  g_clear_error (&error);
  g_option_context_free (context);
  g_strfreev (args.only);
  return status;
}
