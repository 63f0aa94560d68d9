/* SPDX-License-Identifier: MIT */
/* patchart.h — render CSV data into charts (PNG, SVG, PDF) with CJK text.
 *
 * The flow is one way: read a CSV file into a figure (which parses and
 * checks all data), then draw that figure on a cairo_t of your own or write
 * it to a file.  Every function that can fail takes a GError ** last; on
 * failure it returns NULL or FALSE and sets an error in PATCHART_ERROR whose
 * message names the file, line and column where there is one.
 *
 * Threads: a figure may be rendered from any thread, one thread at a time
 * per figure; patchart keeps one pango font map per thread.
 */
#ifndef PATCHART_H
#define PATCHART_H

#include <cairo.h>
#include <glib.h>

#include "patchart_export.h"

G_BEGIN_DECLS

/* Error domain and codes.  The command line maps each code to one
 * sysexits.h value (shown in brackets). */
#define PATCHART_ERROR (patchart_error_quark ())
typedef enum {
  PATCHART_ERROR_USAGE,   /* a bad option value [64] */
  PATCHART_ERROR_DATA,    /* the input is malformed or unusable [65] */
  PATCHART_ERROR_INPUT,   /* the input cannot be opened or read [66] */
  PATCHART_ERROR_FONT,    /* the bundled fonts cannot be loaded [72] */
  PATCHART_ERROR_OUTPUT,  /* the output cannot be created or written [73] */
  PATCHART_ERROR_INTERNAL /* a bug or a cairo failure [70] */
} patchart_error_code;

PATCHART_EXPORT GQuark patchart_error_quark (void);

/* The version of this header; CMake checks that it is the project's. */
#define PATCHART_VERSION_MAJOR 0
#define PATCHART_VERSION_MINOR 1
#define PATCHART_VERSION_MICRO 0

/* The version as "MAJOR.MINOR.PATCH"; a static string. */
PATCHART_EXPORT const char *patchart_version (void);

typedef enum {
  PATCHART_KIND_BARS,    /* vertical bars, one per label */
  PATCHART_KIND_RANKING, /* horizontal bars, largest on top, ranked */
  PATCHART_KIND_HEATMAP, /* rows x columns matrix, sequential colours */
  PATCHART_KIND_LINE,    /* one line per series over ordered x values (years) */
  PATCHART_N_KINDS       /* how many kinds there are; not a kind */
} patchart_kind;

/* A kind's name as the command line and spec files spell it ("bars"),
 * and its one line of help: static strings. */
PATCHART_EXPORT const char *patchart_kind_get_name (patchart_kind kind);
PATCHART_EXPORT const char *patchart_kind_get_summary (patchart_kind kind);

/* Sets *KIND to the kind called NAME; FALSE when there is none. */
PATCHART_EXPORT gboolean patchart_kind_from_name (const char *name, patchart_kind *kind);

typedef enum { PATCHART_FORMAT_PNG, PATCHART_FORMAT_SVG, PATCHART_FORMAT_PDF } patchart_format;

typedef enum {
  PATCHART_SORT_DESC, /* largest first */
  PATCHART_SORT_ASC,  /* smallest first */
  PATCHART_SORT_NONE  /* input order */
} patchart_sort;

/* The level an IPC classification code is cut to (--ipc): G06N 3/08 is
 * section G, class G06, subclass G06N, main group G06N3. */
typedef enum {
  PATCHART_IPC_NONE, /* labels are not IPC codes */
  PATCHART_IPC_SECTION,
  PATCHART_IPC_CLASS,
  PATCHART_IPC_SUBCLASS,
  PATCHART_IPC_GROUP
} patchart_ipc_level;

typedef enum {
  PATCHART_SHAPE_AUTO, /* heatmap: detect long or wide from the table */
  PATCHART_SHAPE_LONG, /* row,column,value per line */
  PATCHART_SHAPE_WIDE  /* a matrix: first column row labels, header columns */
} patchart_shape;

/* Which way bars run: AUTO turns them horizontal when their labels do
 * not fit side by side under vertical bars. */
typedef enum {
  PATCHART_ORIENT_AUTO,
  PATCHART_ORIENT_VERTICAL,
  PATCHART_ORIENT_HORIZONTAL
} patchart_orient;
/* Where a wide table holds a line chart's series. */
typedef enum {
  PATCHART_SERIES_AUTO,    /* told apart by where the numbers are */
  PATCHART_SERIES_COLUMNS, /* x values down the first column, one column per series */
  PATCHART_SERIES_ROWS     /* series down the first column, x values across the header */
} patchart_series_layout;

/* How a heatmap's values map to colours. */
typedef enum {
  PATCHART_COLOR_SCALE_AUTO,     /* diverging when the values cross zero, else linear */
  PATCHART_COLOR_SCALE_LINEAR,   /* colour in proportion to the value */
  PATCHART_COLOR_SCALE_LOG,      /* to its logarithm: values must be above 0 */
  PATCHART_COLOR_SCALE_QUANTILE, /* classes of about equally many cells */
  PATCHART_COLOR_SCALE_DIVERGING /* two colours away from a neutral zero */
} patchart_color_scale;

/* Everything that describes a figure besides its data.  Fill with
 * patchart_figure_options_init() and then set what you need; strings are
 * borrowed for the duration of the call that takes the options and copied
 * by it.  A NULL string means "not given". */
typedef struct {
  patchart_kind kind;

  /* Furniture. */
  const char *title;
  const char *subtitle;
  const char *source; /* "来源：" (or the --lang word) is prefixed unless present */
  const char *note;
  const char *lang; /* zh-CN, zh-TW, ja, ko, en; NULL = guess from the text */

  /* Canvas, in CSS pixels (0.75 pt each in PDF and SVG). */
  int width;    /* default 800 */
  int height;   /* default 500 */
  double scale; /* PNG pixels per CSS pixel; default 1 */

  /* Data selection. */
  const char *label_column;  /* bars/ranking labels: header name or 1-based index */
  const char *value_column;  /* values (bars, ranking, long heatmap) */
  const char *row_column;    /* long heatmap rows */
  const char *column_column; /* long heatmap columns */
  patchart_shape shape;
  patchart_sort sort; /* default DESC for bars and ranking, NONE for heatmaps */
  int top;            /* keep the first N after sorting; 0 = all */
  char delimiter;     /* default ',' */
  gboolean no_header; /* the first row is data, not names */

  /* Counting raw records (count = TRUE): every row is one record, and the
   * figure shows how many records have each label (bars, ranking) or each
   * row x column pair (heatmap).  A column spec "year:NAME" takes the year
   * of the dates in NAME.  The fields below need count, except others. */
  gboolean count;
  const char *split;        /* separator of values within a cell, e.g. ";" */
  patchart_ipc_level ipc;   /* cut label (heatmap: row) values to this level */
  const char *alias_file;   /* CSV of raw,display names for labels (rows) */
  const char *const *where; /* NULL-terminated "COLUMN=VALUE" filters, or NULL */
  const char *date_column;  /* dates for from_year/to_year; default: a year: column */
  int from_year, to_year;   /* keep records dated within these years; 0 = open */
  gboolean skip_invalid;    /* skip bad dates and IPC codes, counted, not an error */
  gboolean others;          /* with top: one more item with the sum of the rest */
  /* each distinct value of this column (a family id) counts once per
   * label or pair, NULL: every record counts */
  const char *unique_column;

  /* Input encoding, any name iconv knows ("GB18030", "CP932", "UTF-16");
   * NULL = UTF-8.  The input is converted to UTF-8 before it is read. */
  const char *encoding;

  /* Look and numbers. */
  patchart_orient orient;       /* bars; default AUTO */
  double font_scale;            /* type size factor, default 1 (scale is device resolution) */
  const char *units;            /* auto (NULL), none, k, M, B, 万, 亿, 萬, 億, 만, 억 */
  const char *prefix;           /* before every number shown, e.g. "$" */
  const char *suffix;           /* after it, e.g. "%" */
  const char *legend_title;     /* heatmap; default the value column's header */
  const char *const *highlight; /* NULL-terminated labels drawn in the accent colour, the
                                   rest muted (matched as aliases are), or NULL */
  /* Accessibility and editing. */
  const char *alt;         /* the figure's description (SVG <desc>, PDF alt text); NULL =
                            * generated from the data (patchart_figure_describe()) */
  gboolean svg_text;       /* SVG: real <text> with an embedded font subset, not outlines */
  const char *value_title; /* over the value axis (bars, ranking, line), e.g. "Filings" */
  const char *label_title; /* under the labels or years, e.g. "Application year" */
  /* Line charts: the wide table's orientation (a line chart reads the
   * heatmap's row_column, column_column and value_column as series, x and
   * value); and the years from incomplete_from on (0 = none), which lag
   * behind (patents are published about 18 months after filing): marked
   * on line charts and heatmaps. */
  patchart_series_layout series_in;
  int incomplete_from;

  /* The look, by name (NULL = the theme's own): theme "default", "dark"
   * or "print"; palette, the series colours ("okabe-ito", ...); accent,
   * "#RRGGBB" for the marks of bars and rankings; colors, the heatmap's
   * colour scheme ("ylgnbu", "blues", "greys", "viridis"). */
  const char *theme;
  const char *palette;
  const char *accent;
  const char *colors;
  patchart_color_scale color_scale; /* heatmap; default AUTO */

  /* Series in bars and rankings: each bar split by the values of this
   * column of a long table (label, series, value), or with --count by the
   * records' values in it (applicants by office); or, with series_in
   * COLUMNS, one series per value column of a wide table.  Stacked, with
   * the total over each bar, unless group puts them side by side. */
  const char *series_column;
  gboolean group;
} patchart_figure_options;

/* Sets every field to its default for KIND. */
PATCHART_EXPORT void patchart_figure_options_init (patchart_figure_options *options,
                                                   patchart_kind kind);

/* Figure options by name, as the command line ("--title X") and spec
 * files ("title = X") give them: one table serves both, so an option added
 * here exists in both.  A settings object owns the strings it is given. */
typedef struct patchart_settings patchart_settings;

typedef struct {
  const char *name;     /* "title", "size", "no-header", ... */
  const char *arg_name; /* "TEXT", "WxH", ...; NULL for a flag */
  const char *help;     /* one line */
  guint kinds;          /* bit (1 << kind) for each kind it applies to */
} patchart_option_info;

/* The options, N_OPTIONS of them; a static table. */
PATCHART_EXPORT const patchart_option_info *patchart_option_list (guint *n_options);

/* Whether each patchart_settings_set() of option NAME adds one more value
 * (--where A=1 --where B=2) instead of replacing it; a spec file lists
 * such values as "where = A=1;B=2". */
PATCHART_EXPORT gboolean patchart_option_is_repeatable (const char *name);

/* New settings with KIND's defaults; free with patchart_settings_free(). */
PATCHART_EXPORT patchart_settings *patchart_settings_new (patchart_kind kind);
PATCHART_EXPORT patchart_settings *patchart_settings_copy (const patchart_settings *settings);
PATCHART_EXPORT void patchart_settings_free (patchart_settings *settings);

/* Sets option NAME from its text VALUE (a flag takes NULL, "true" or
 * "false").  Fails with PATCHART_ERROR_USAGE, the message starting with
 * "NAME VALUE: ", for an unknown name, an option of another kind, or a
 * value that cannot be read. */
PATCHART_EXPORT gboolean patchart_settings_set (patchart_settings *settings, const char *name,
                                                const char *value, GError **error);

/* The options as set so far; owned by SETTINGS, valid until it changes. */
PATCHART_EXPORT const patchart_figure_options *
patchart_settings_get_options (const patchart_settings *settings);

typedef struct patchart_figure patchart_figure;

/* Reads PATH ("-" for standard input) as CSV and builds a figure.
 * Returns a new figure, freed with patchart_figure_free(), or NULL. */
PATCHART_EXPORT patchart_figure *
patchart_figure_new_from_file (const char *path, const patchart_figure_options *options,
                               GError **error);

/* As patchart_figure_new_from_file(), from LENGTH bytes of DATA;
 * NAME stands for the file in error messages. */
PATCHART_EXPORT patchart_figure *
patchart_figure_new_from_data (const char *name, const char *data, gsize length,
                               const patchart_figure_options *options, GError **error);

/* Frees FIGURE; NULL is fine. */
PATCHART_EXPORT void patchart_figure_free (patchart_figure *figure);

/* How many values the figure skipped as invalid (skip_invalid), and one
 * line that says so ("FILE: skipped N ..."), owned by FIGURE; NULL when
 * none was skipped.  The library prints nothing itself. */
PATCHART_EXPORT guint patchart_figure_get_n_skipped (const patchart_figure *figure);
PATCHART_EXPORT const char *patchart_figure_get_warning (const patchart_figure *figure);

/* A short description of FIGURE for readers who cannot see it: the
 * options' alt text if given, else made from the data in the figure's
 * language: the kind, the title, then for bars and rankings the largest
 * values with their labels (the top 5, then "and N more"); for a line
 * chart how its 3 largest series moved from their first to their last
 * complete column (a peak between named; incomplete years left out and
 * named); for a heatmap its size, largest cell, largest row total and,
 * over year columns, how the total moved (else the largest column
 * total).  Numbers as the figure writes them.  Returns a new string
 * (g_free()). */
PATCHART_EXPORT char *patchart_figure_describe (const patchart_figure *figure);

/* The figure's resolved language ("zh-CN", "ja", ...); owned by FIGURE. */
PATCHART_EXPORT const char *patchart_figure_get_lang (const patchart_figure *figure);

typedef struct {
  double x, y, width, height;
} patchart_rect;

/* Draws FIGURE on CR, fitted into VIEWPORT (in CR's user units): the
 * figure is laid out at its own width x height in CSS pixels and scaled
 * uniformly to fit, centred.  CR is left as it was (saved and restored).
 * Fails if CR is already in an error state or a label cannot be drawn. */
PATCHART_EXPORT gboolean patchart_figure_render (const patchart_figure *figure, cairo_t *cr,
                                                 const patchart_rect *viewport, GError **error);

/* Renders FIGURE as FORMAT into memory.  Returns the file's bytes, freed
 * with g_bytes_unref(), or NULL.  The bytes are the same on every run:
 * PDF dates come from SOURCE_DATE_EPOCH, or 1970-01-01 when it is unset. */
PATCHART_EXPORT GBytes *patchart_figure_to_bytes (const patchart_figure *figure,
                                                  patchart_format format, GError **error);

/* Renders FIGURE as FORMAT to PATH atomically: the bytes go to a temporary
 * file in PATH's directory that is renamed over PATH, so on failure no file
 * (and no temporary file) is left behind.  A symbolic link is followed: its
 * target is replaced, in the target's folder, and the link stays.  A
 * device, a FIFO, "/dev/stdout", "/dev/stderr" and "/dev/fd/N" are written
 * into directly, never replaced; a folder is an error. */
PATCHART_EXPORT gboolean patchart_figure_write (const patchart_figure *figure, const char *path,
                                                patchart_format format, GError **error);

/* Writes BYTES (from patchart_figure_to_bytes()) to PATH as
 * patchart_figure_write() does: atomically, through a temporary file in
 * PATH's folder; "-" writes to standard output.  Rendering and writing
 * apart let a program block its termination signals for the write alone,
 * so that an interrupted run leaves no temporary file (the patchart
 * command does). */
PATCHART_EXPORT gboolean patchart_write_bytes (const char *path, GBytes *bytes, GError **error);

/* Waits until no atomic write (temporary file, then rename) is in progress
 * and holds back every later one for good.  For a program about to end on
 * a signal, from the one thread that waits for signals: once it returns,
 * ending the process leaves no temporary file.  Writes into a device, a
 * FIFO or a descriptor are not held. */
PATCHART_EXPORT void patchart_write_freeze (void);

/* The format named by NAME ("png", "svg", "pdf") or by the extension of
 * the file name NAME.  Returns FALSE if there is none. */
PATCHART_EXPORT gboolean patchart_format_from_name (const char *name, patchart_format *format);

/* Describes the bundled fonts that serve LANG: one line per font file.
 * If TEXT is given, the lines that follow list each character of TEXT that
 * no bundled font can draw ("U+1F600 😀").  Sets *N_MISSING to how many.
 * Returns a new string, freed with g_free(), or NULL. */
PATCHART_EXPORT char *patchart_fonts_describe (const char *lang, const char *text, guint *n_missing,
                                               GError **error);

/* Makes patchart's private font configuration (the bundled fonts only)
 * fontconfig's current one and loads it.  This spares the system font
 * scan that pango otherwise waits for (about 4 ms warm, 160 ms with a cold
 * cache, plus warnings where no cache is writable), but afterwards
 * fontconfig knows no system fonts in this process: call it first thing,
 * and only in a program that draws no text of its own (the patchart
 * command does).  Without it patchart still draws with its bundled fonts
 * only and leaves the program's fontconfig alone. */
PATCHART_EXPORT gboolean patchart_fonts_private_only (GError **error);

/* Spec files: many figures, and a report, described in one GKeyFile.
 *
 *   [defaults]          options every figure starts from
 *   [report]            title, subtitle, author, date, lang, page
 *   [figure NAME]       kind, input, output, format, caption + options
 *
 * Figure options have the names of patchart_option_list(); relative paths
 * (input, output, options whose argument is a FILE) are relative to the
 * spec file.  Errors name the spec file and line. */
typedef struct patchart_spec patchart_spec;

/* Reads the spec at PATH.  A broken spec (syntax, unknown group, an
 * unknown key in [defaults] or [report], a repeated figure name) fails
 * with PATCHART_ERROR_USAGE, or _INPUT if it cannot be read.  A problem
 * within one figure (unknown key, bad value, no input) does not fail the
 * spec: it is kept and returned when that figure is made, so the others
 * can still be rendered.  Returns a new spec (patchart_spec_free()). */
PATCHART_EXPORT patchart_spec *patchart_spec_new_from_file (const char *path, GError **error);
PATCHART_EXPORT void patchart_spec_free (patchart_spec *spec);

/* The figures, in the order of the file. */
PATCHART_EXPORT guint patchart_spec_get_n_figures (const patchart_spec *spec);
/* The name of figure INDEX ("countries" for [figure countries]). */
PATCHART_EXPORT const char *patchart_spec_get_name (const patchart_spec *spec, guint index);
/* Sets *INDEX to the figure called NAME; FALSE if there is none. */
PATCHART_EXPORT gboolean patchart_spec_find (const patchart_spec *spec, const char *name,
                                             guint *index);
/* Figure INDEX's options after [defaults] and its own keys, or NULL if
 * they have a problem; owned by SPEC. */
PATCHART_EXPORT const patchart_figure_options *patchart_spec_get_options (const patchart_spec *spec,
                                                                          guint index);
/* Its input and output paths as resolved (output may be NULL); owned by SPEC. */
PATCHART_EXPORT const char *patchart_spec_get_input (const patchart_spec *spec, guint index);
PATCHART_EXPORT const char *patchart_spec_get_output (const patchart_spec *spec, guint index);

/* Reads figure INDEX's input into a new figure (patchart_figure_free()),
 * or fails with the message "SPEC:LINE: figure NAME: ...". */
PATCHART_EXPORT patchart_figure *patchart_spec_figure_new (const patchart_spec *spec, guint index,
                                                           GError **error);

/* Renders figure INDEX to its output, atomically (the output's folder is
 * made if missing).  Errors as patchart_spec_figure_new(). */
PATCHART_EXPORT gboolean patchart_spec_render_figure (const patchart_spec *spec, guint index,
                                                      GError **error);

/* Called in the thread that called patchart_spec_render_all() as each
 * figure is done; ERROR is NULL on success and is owned by the caller of
 * the callback (valid during the call). */
typedef void (*patchart_spec_done_fn) (const patchart_spec *spec, guint index, const GError *error,
                                       gpointer user_data);

/* Renders the N_INDICES figures INDICES (NULL: every figure) on
 * N_THREADS threads (0: one per processor), each to its own output; a
 * failing figure does not stop the others.  DONE (or NULL) hears of each.
 * The bytes of each output do not depend on N_THREADS.  Returns the
 * number of figures that failed. */
PATCHART_EXPORT guint patchart_spec_render_all (const patchart_spec *spec, const guint *indices,
                                                guint n_indices, guint n_threads,
                                                patchart_spec_done_fn done, gpointer user_data);

/* Writes every figure of SPEC into one PDF at PATH, atomically: a title
 * page from [report], then one page per figure, scaled to the page, with
 * its caption, source and page number; one bookmark per figure.  PAGE is
 * "A4", "letter" or "WxHmm"; NULL takes [report] page, else A4.  If any
 * figure fails, no file is written and the error lists every failure. */
PATCHART_EXPORT gboolean patchart_spec_write_report (const patchart_spec *spec, const char *path,
                                                     const char *page, GError **error);

/* With TABLES, patchart_spec_write_report() puts each figure's data after
 * it as a table (a tagged Table in the PDF), on pages of their own. */
PATCHART_EXPORT void patchart_spec_set_report_tables (patchart_spec *spec, gboolean tables);

G_END_DECLS

#endif /* PATCHART_H */
