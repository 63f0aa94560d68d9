/* SPDX-License-Identifier: MIT */
/* cli.h — the patchart command: one function per command, and the one
 * place that turns errors into messages and sysexits.h codes.  Uses only
 * the public API. */
#ifndef PATCHART_CLI_H
#define PATCHART_CLI_H

#include <patchart.h>

#define CLI_EX_OK 0
#define CLI_EX_USAGE 64
#define CLI_EX_DATAERR 65
#define CLI_EX_NOINPUT 66
#define CLI_EX_SOFTWARE 70
#define CLI_EX_OSFILE 72
#define CLI_EX_CANTCREAT 73

/* The commands besides the chart kinds (main.c), as "patchart help" lists
 * them; each kind is a command of its own with CLI_FIGURE_USAGE. */
typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *usage;
  const char *summary;
} cli_command;
extern const cli_command cli_commands[];
extern const guint cli_n_commands;
#define CLI_FIGURE_USAGE "[OPTIONS] INPUT -o OUTPUT"

int cmd_figure (int argc, char **argv);
int cmd_fonts (int argc, char **argv);
int cmd_render (int argc, char **argv);
int cmd_report (int argc, char **argv);
int cmd_describe (int argc, char **argv);

/* One GOption entry per library option that applies to KIND, each a
 * callback that sets it in the patchart_settings given as the group's
 * user data; free the array with g_free() (cmd_figure.c). */
GOptionEntry *cli_figure_entries (patchart_kind kind);

/* A bad option value names the option as typed: "--top 0: ..."; returns
 * CLI_EX_USAGE. */
int cli_option_error (const char *command, const GError *error);

/* Blocks SIGINT, SIGTERM, SIGHUP and SIGQUIT in this thread and every one
 * made after, and starts the one thread that waits for them: it lets the
 * writes in progress end, then ends the process with the signal (write.c).
 * Call before any other thread starts. */
void cli_signals_start (void);

/* Each command's options as its --help lists them (the figure commands':
 * -o, --format and the library's table), for the man page and the shell
 * completions (doc.c); the entries point at unused storage.  g_free(). */
GOptionEntry *cli_figure_options (patchart_kind kind);
GOptionEntry *cli_render_options (void);
GOptionEntry *cli_report_options (void);
GOptionEntry *cli_fonts_options (void);

/* "patchart --generate man|bash|zsh": the man page or a completion script,
 * from the same tables as --help (doc.c; run by the build). */
int cli_generate (const char *what);

/* Renders FIGURE as FORMAT and writes it to PATH ("-": standard output)
 * with patchart_write_bytes(). */
gboolean cli_write_figure (const patchart_figure *figure, const char *path, patchart_format format,
                           GError **error);

/* Sets up the heap for one figure per process: grown in big steps and
 * marked for huge pages, big buffers included (memory.c). */
void cli_tune_memory (void);

/* Prints "patchart: MESSAGE" and returns the exit code for ERROR. */
int cli_fail (const GError *error);

/* Prints "patchart: MESSAGE" and a hint to --help; returns CLI_EX_USAGE. */
int cli_usage_error (const char *command, const char *format, ...) G_GNUC_PRINTF (2, 3);

#endif
