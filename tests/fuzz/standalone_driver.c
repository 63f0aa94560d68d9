/* SPDX-License-Identifier: MIT */
/* standalone_driver.c — runs a fuzz target over files, without libFuzzer,
 * so that any compiler's build replays the corpus as an ordinary test
 * (after libgit2's fuzzers/standalone_driver.c).
 *
 *   fuzz_csv_replay FILE|FOLDER...
 *
 * Every file (every file in a folder, not recursing) is passed once to
 * LLVMFuzzerTestOneInput; a crash or a failed assertion fails the run. */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "fuzz.h"

static int
run_file (const char *path)
{
  char *data = NULL;
  gsize length = 0;
  GError *error = NULL;

  if (!g_file_get_contents (path, &data, &length, &error)) {
    fprintf (stderr, "%s\n", error->message);
    g_error_free (error);
    return 1;
  }
  LLVMFuzzerTestOneInput ((const uint8_t *) data, length);
  g_free (data);
  return 0;
}

static int
run_folder (const char *path, guint *n_files)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  int failed = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_dir_close (dir);
  for (guint i = 0; i < names->len; i++) {
    const char *file = g_ptr_array_index (names, i);
    if (g_file_test (file, G_FILE_TEST_IS_REGULAR)) {
      failed |= run_file (file);
      (*n_files)++;
    }
  }
  g_ptr_array_unref (names);
  return failed;
}

int
main (int argc, char **argv)
{
  guint n_files = 0;
  int failed = 0;

  for (int i = 1; i < argc; i++) {
    if (g_file_test (argv[i], G_FILE_TEST_IS_DIR)) {
      failed |= run_folder (argv[i], &n_files);
    } else {
      failed |= run_file (argv[i]);
      n_files++;
    }
  }
  printf ("%u inputs replayed%s\n", n_files, failed ? ", some unreadable" : "");
  return failed || n_files == 0;
}
