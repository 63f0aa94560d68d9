/* SPDX-License-Identifier: MIT */
/* spec.c — a spec file read with GKeyFile into one settings object per
 * figure, through the same option table as the command line. */
#include <string.h>

#include "util/error.h"
#include "figure/kinds.h"
#include "spec/spec.h"
#include "spec/speccolors.h"
#include "spec/speclines.h"

#define FIGURE_PREFIX "figure "

static const char *const report_keys[] = { "title", "subtitle", "author",    "date",
                                           "lang",  "page",     "data-files" };

static void
figure_free (gpointer data)
{
  patchart_spec_figure *fig = data;

  g_free (fig->name);
  g_free (fig->input);
  g_free (fig->output);
  g_free (fig->caption);
  patchart_settings_free (fig->settings);
  g_clear_error (&fig->problem);
  g_free (fig);
}

char *
patchart_spec_resolve (const patchart_spec *spec, const char *path)
{
  if (g_path_is_absolute (path) || strcmp (spec->dir, ".") == 0)
    return g_strdup (path);
  return g_build_filename (spec->dir, path, NULL);
}

static const patchart_option_info *
find_option (const char *name)
{
  guint n_options;
  const patchart_option_info *infos = patchart_option_list (&n_options);

  for (guint i = 0; i < n_options; i++)
    if (strcmp (infos[i].name, name) == 0)
      return &infos[i];
  return NULL;
}

static gboolean
is_one_of (const char *key, const char *const *names, guint n_names)
{
  for (guint i = 0; i < n_names; i++)
    if (strcmp (key, names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Keeps the first problem of FIG: "SPEC:LINE: figure NAME: text". */
static void G_GNUC_PRINTF (5, 6)
    figure_problem (const patchart_spec *spec, patchart_spec_figure *fig, guint line, int code,
                    const char *format, ...)
{
  va_list args;
  char *text;

  if (fig->problem != NULL)
    return;
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  patchart_set_error_at (&fig->problem, code, spec->path, line, 0, "figure %s: %s", fig->name,
                         text);
  g_free (text);
}

/* The figure's kind: its own "kind" key, else [defaults]'. */
static gboolean
figure_kind (const patchart_spec *spec, patchart_spec_figure *fig, GKeyFile *kf,
             const patchart_spec_lines *lines, const char *group, patchart_kind *kind)
{
  const char *where = g_key_file_has_key (kf, group, "kind", NULL) ? group : "defaults";
  char *name = g_key_file_get_string (kf, where, "kind", NULL);
  gboolean ok = name != NULL && patchart_kind_from_name (name, kind);

  if (name == NULL)
    figure_problem (spec, fig, fig->line, PATCHART_ERROR_USAGE, "no kind: add kind = %s",
                    patchart_kind_names ());
  else if (!ok)
    figure_problem (spec, fig, patchart_spec_lines_find (lines, where, "kind"),
                    PATCHART_ERROR_USAGE, "kind %s: expected %s", name, patchart_kind_names ());
  g_free (name);
  return ok;
}

typedef enum { KEY_OPTION, KEY_SET, KEY_BAD_FORMAT } key_result;

/* The keys only specs have: kind (read first, by figure_kind()), format,
 * input, output and caption.  [defaults] holds no others (check_defaults). */
static key_result
set_spec_key (const patchart_spec *spec, patchart_spec_figure *fig, const char *key,
              const char *value)
{
  char **field = NULL;

  if (strcmp (key, "kind") == 0)
    return KEY_SET;
  if (strcmp (key, "format") == 0) {
    fig->has_format = patchart_format_from_name (value, &fig->format) && !strchr (value, '.');
    return fig->has_format ? KEY_SET : KEY_BAD_FORMAT;
  }
  if (strcmp (key, "input") == 0)
    field = &fig->input;
  else if (strcmp (key, "output") == 0)
    field = &fig->output;
  else if (strcmp (key, "caption") == 0)
    field = &fig->caption;
  else
    return KEY_OPTION;
  g_free (*field);
  *field = field == &fig->caption ? g_strdup (value) : patchart_spec_resolve (spec, value);
  return KEY_SET;
}

/* A repeatable option lists its values as GKeyFile lists do: "A=1;B=2". */
static void
set_list_option (const patchart_spec *spec, patchart_spec_figure *fig, const char *key,
                 const char *value, guint line)
{
  char **values = g_strsplit (value, ";", -1);
  GError *error = NULL;

  for (guint i = 0; values[i] != NULL && error == NULL; i++)
    if (*g_strstrip (values[i]) != '\0' &&
        !patchart_settings_set (fig->settings, key, values[i], &error))
      figure_problem (spec, fig, line, error->code, "%s", error->message);
  g_clear_error (&error);
  g_strfreev (values);
}

/* Sets figure option KEY from VALUE; options of another kind in
 * [defaults] are skipped, as they are meant for the other figures. */
static void
set_option (const patchart_spec *spec, patchart_spec_figure *fig, const char *key,
            const char *value, gboolean from_defaults, guint line)
{
  const patchart_option_info *info = find_option (key);
  patchart_kind kind = patchart_settings_get_options (fig->settings)->kind;
  GError *error = NULL;
  char *path = NULL;

  if (info == NULL) {
    figure_problem (spec, fig, line, PATCHART_ERROR_USAGE, "unknown key '%s'", key);
    return;
  }
  if (from_defaults && !(info->kinds & (1u << kind)))
    return;
  if (patchart_option_is_repeatable (key)) {
    set_list_option (spec, fig, key, value, line);
    return;
  }
  if (info->arg_name != NULL && strcmp (info->arg_name, "FILE") == 0)
    value = path = patchart_spec_resolve (spec, value);
  if (!patchart_settings_set (fig->settings, key, value, &error))
    figure_problem (spec, fig, line, error->code, "%s", error->message);
  g_clear_error (&error);
  g_free (path);
}

static void
apply_key (const patchart_spec *spec, patchart_spec_figure *fig, GKeyFile *kf,
           const patchart_spec_lines *lines, const char *group, const char *key)
{
  gboolean from_defaults = strcmp (group, "defaults") == 0;
  guint line = patchart_spec_lines_find (lines, group, key);
  GError *error = NULL;
  char *value = g_key_file_get_string (kf, group, key, &error);
  key_result result = value != NULL ? set_spec_key (spec, fig, key, value) : KEY_SET;

  if (value == NULL)
    figure_problem (spec, fig, line, PATCHART_ERROR_USAGE, "%s: %s", key, error->message);
  else if (result == KEY_BAD_FORMAT)
    figure_problem (spec, fig, line, PATCHART_ERROR_USAGE, "format %s: expected png, svg or pdf",
                    value);
  else if (result == KEY_OPTION)
    set_option (spec, fig, key, value, from_defaults, line);
  g_clear_error (&error);
  g_free (value);
}

static void
apply_group (const patchart_spec *spec, patchart_spec_figure *fig, GKeyFile *kf,
             const patchart_spec_lines *lines, const char *group)
{
  char **keys = g_key_file_get_keys (kf, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    apply_key (spec, fig, kf, lines, group, keys[i]);
  g_strfreev (keys);
}

/* What a figure needs besides options: an input, and a format if it has
 * an output. */
static void
check_figure (const patchart_spec *spec, patchart_spec_figure *fig,
              const patchart_spec_lines *lines, const char *group)
{
  if (fig->input == NULL)
    figure_problem (spec, fig, fig->line, PATCHART_ERROR_USAGE, "no input: add input = FILE.csv");
  if (fig->output != NULL && !fig->has_format)
    fig->has_format =
        patchart_format_from_name (fig->output, &fig->format) && strchr (fig->output, '.') != NULL;
  if (fig->output != NULL && !fig->has_format)
    figure_problem (
        spec, fig, patchart_spec_lines_find (lines, group, "output"), PATCHART_ERROR_USAGE,
        "output %s: unknown extension: use .png, .svg or .pdf, or format =", fig->output);
}

static patchart_spec_figure *
read_figure (const patchart_spec *spec, GKeyFile *kf, const patchart_spec_lines *lines,
             const char *group)
{
  patchart_spec_figure *fig = g_new0 (patchart_spec_figure, 1);
  patchart_kind kind = PATCHART_KIND_BARS;

  fig->name = g_strdup (group + strlen (FIGURE_PREFIX));
  fig->line = patchart_spec_lines_find (lines, group, NULL);
  figure_kind (spec, fig, kf, lines, group, &kind);
  fig->settings = patchart_settings_new (kind);
  if (fig->problem != NULL)
    return fig;
  if (g_key_file_has_group (kf, "defaults"))
    apply_group (spec, fig, kf, lines, "defaults");
  apply_group (spec, fig, kf, lines, group);
  check_figure (spec, fig, lines, group);
  return fig;
}

/* [defaults] may hold options, kind and format; anything else is an
 * error of the whole spec, as it would touch every figure. */
static gboolean
check_defaults (const patchart_spec *spec, GKeyFile *kf, const patchart_spec_lines *lines,
                GError **error)
{
  static const char *const spec_keys[] = { "kind", "format" };
  char **keys = g_key_file_get_keys (kf, "defaults", NULL, NULL);
  gboolean ok = TRUE;

  for (guint i = 0; ok && keys[i] != NULL; i++)
    if (!is_one_of (keys[i], spec_keys, G_N_ELEMENTS (spec_keys)) &&
        find_option (keys[i]) == NULL) {
      patchart_set_error_at (error, PATCHART_ERROR_USAGE, spec->path,
                             patchart_spec_lines_find (lines, "defaults", keys[i]), 0,
                             "[defaults]: unknown key '%s'", keys[i]);
      ok = FALSE;
    }
  g_strfreev (keys);
  return ok;
}

static gboolean
read_report (patchart_spec *spec, GKeyFile *kf, const patchart_spec_lines *lines, GError **error)
{
  char **keys = g_key_file_get_keys (kf, "report", NULL, NULL);
  char **fields[] = { &spec->report.title,     &spec->report.subtitle, &spec->report.author,
                      &spec->report.date,      &spec->report.lang,     &spec->report.page,
                      &spec->report.data_files };
  gboolean ok = TRUE;

  G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (report_keys));
  for (guint i = 0; ok && keys[i] != NULL; i++) {
    ok = is_one_of (keys[i], report_keys, G_N_ELEMENTS (report_keys));
    if (!ok)
      patchart_set_error_at (error, PATCHART_ERROR_USAGE, spec->path,
                             patchart_spec_lines_find (lines, "report", keys[i]), 0,
                             "[report]: unknown key '%s' (expected title, subtitle, author, "
                             "date, lang, page or data-files)",
                             keys[i]);
    for (guint k = 0; ok && k < G_N_ELEMENTS (report_keys); k++)
      if (strcmp (keys[i], report_keys[k]) == 0) {
        g_free (*fields[k]);
        *fields[k] = g_key_file_get_string (kf, "report", keys[i], NULL);
      }
  }
  if (ok && spec->report.data_files != NULL && strcmp (spec->report.data_files, "true") != 0 &&
      strcmp (spec->report.data_files, "false") != 0) {
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, spec->path,
                           patchart_spec_lines_find (lines, "report", "data-files"), 0,
                           "[report]: data-files %s: expected true or false",
                           spec->report.data_files);
    ok = FALSE;
  }
  g_strfreev (keys);
  return ok;
}

static gboolean
read_group (patchart_spec *spec, GKeyFile *kf, const patchart_spec_lines *lines, const char *group,
            GError **error)
{
  if (strcmp (group, "defaults") == 0)
    return check_defaults (spec, kf, lines, error);
  if (strcmp (group, "report") == 0)
    return read_report (spec, kf, lines, error);
  if (g_str_has_prefix (group, FIGURE_PREFIX) && group[strlen (FIGURE_PREFIX)] != '\0') {
    g_ptr_array_add (spec->figures, read_figure (spec, kf, lines, group));
    return TRUE;
  }
  patchart_set_error_at (
      error, PATCHART_ERROR_USAGE, spec->path, patchart_spec_lines_find (lines, group, NULL), 0,
      "unknown group [%s]: expected [defaults], [report] or [figure NAME]", group);
  return FALSE;
}

/* Two figures writing one file would race under -j: the later one in the
 * file fails instead. */
static void
check_outputs (const patchart_spec *spec, const patchart_spec_lines *lines)
{
  GHashTable *owners = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < spec->figures->len; i++) {
    patchart_spec_figure *fig = g_ptr_array_index (spec->figures, i);
    char *group = g_strconcat (FIGURE_PREFIX, fig->name, NULL);
    patchart_spec_figure *owner = fig->output ? g_hash_table_lookup (owners, fig->output) : NULL;

    if (owner != NULL)
      figure_problem (spec, fig, patchart_spec_lines_find (lines, group, "output"),
                      PATCHART_ERROR_USAGE, "output %s: figure %s (line %u) writes it already",
                      fig->output, owner->name, owner->line);
    else if (fig->output != NULL)
      g_hash_table_insert (owners, fig->output, fig);
    g_free (group);
  }
  g_hash_table_destroy (owners);
}

static gboolean
read_groups (patchart_spec *spec, GKeyFile *kf, const patchart_spec_lines *lines, GError **error)
{
  char **groups = g_key_file_get_groups (kf, NULL);
  gboolean ok = TRUE;

  for (guint i = 0; ok && groups[i] != NULL; i++)
    ok = read_group (spec, kf, lines, groups[i], error);
  g_strfreev (groups);
  if (ok)
    check_outputs (spec, lines);
  if (ok && spec->figures->len == 0) {
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, spec->path, 0, 0,
                           "no figures: add a [figure NAME] group");
    ok = FALSE;
  }
  return ok;
}

/* Parses TEXT: our own scan first, for line numbers, then GKeyFile. */
static gboolean
parse (patchart_spec *spec, const char *text, gsize length, GError **error)
{
  patchart_spec_lines *lines = NULL;
  GKeyFile *kf = g_key_file_new ();
  GError *kf_error = NULL;
  gboolean ok = FALSE;

  if (!g_utf8_validate (text, (gssize) length, NULL)) {
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, spec->path, 0, 0, "not UTF-8 text");
    goto out;
  }
  lines = patchart_spec_lines_new (spec->path, text, error);
  if (lines == NULL)
    goto out;
  if (!g_key_file_load_from_data (kf, text, length, G_KEY_FILE_NONE, &kf_error)) {
    patchart_set_error_at (error, PATCHART_ERROR_USAGE, spec->path, 0, 0, "%s", kf_error->message);
    goto out;
  }
  ok = read_groups (spec, kf, lines, error);
out:
  g_clear_error (&kf_error);
  g_key_file_free (kf);
  patchart_spec_lines_free (lines);
  return ok;
}

patchart_spec *
patchart_spec_new_from_data (const char *path, const char *text, gsize length, GError **error)
{
  patchart_spec *spec = g_new0 (patchart_spec, 1);
  char *terminated = g_strndup (text, length); /* the line scan reads to a NUL */

  spec->path = g_strdup (path);
  spec->dir = g_path_get_dirname (path);
  spec->figures = g_ptr_array_new_with_free_func (figure_free);
  spec->colors = patchart_spec_colors_new ();
  if (!parse (spec, terminated, length, error))
    g_clear_pointer (&spec, patchart_spec_free);
  g_free (terminated);
  return spec;
}

patchart_spec *
patchart_spec_new_from_file (const char *path, GError **error)
{
  patchart_spec *spec;
  char *text = NULL;
  gsize length = 0;
  GError *read_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  if (!g_file_get_contents (path, &text, &length, &read_error)) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_INPUT, "%s", read_error->message);
    g_error_free (read_error);
    return NULL;
  }
  spec = patchart_spec_new_from_data (path, text, length, error);
  g_free (text);
  return spec;
}

void
patchart_spec_free (patchart_spec *spec)
{
  if (spec == NULL)
    return;
  g_free (spec->path);
  g_free (spec->dir);
  g_ptr_array_free (spec->figures, TRUE);
  g_free (spec->report.title);
  g_free (spec->report.subtitle);
  g_free (spec->report.author);
  g_free (spec->report.date);
  g_free (spec->report.lang);
  g_free (spec->report.page);
  g_free (spec->report.data_files);
  patchart_spec_colors_free (spec->colors);
  g_free (spec);
}
