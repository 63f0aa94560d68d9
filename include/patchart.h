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
  PATCHART_ERROR_USAGE,    /* a bad option value [64] */
  PATCHART_ERROR_DATA,     /* the input is malformed or unusable [65] */
  PATCHART_ERROR_INPUT,    /* the input cannot be opened or read [66] */
  PATCHART_ERROR_FONT,     /* the bundled fonts cannot be loaded [72] */
  PATCHART_ERROR_OUTPUT,   /* the output cannot be created or written [73] */
  PATCHART_ERROR_INTERNAL  /* a bug or a cairo failure [70] */
} patchart_error_code;

PATCHART_EXPORT GQuark patchart_error_quark (void);

/* The version as "MAJOR.MINOR.PATCH"; a static string. */
PATCHART_EXPORT const char *patchart_version (void);

typedef enum {
  PATCHART_KIND_BARS,    /* vertical bars, one per label */
  PATCHART_KIND_RANKING, /* horizontal bars, largest on top, ranked */
  PATCHART_KIND_HEATMAP  /* rows x columns matrix, sequential colours */
} patchart_kind;

typedef enum {
  PATCHART_FORMAT_PNG,
  PATCHART_FORMAT_SVG,
  PATCHART_FORMAT_PDF
} patchart_format;

typedef enum {
  PATCHART_SORT_DESC, /* largest first */
  PATCHART_SORT_ASC,  /* smallest first */
  PATCHART_SORT_NONE  /* input order */
} patchart_sort;

typedef enum {
  PATCHART_SHAPE_AUTO, /* heatmap: detect long or wide from the table */
  PATCHART_SHAPE_LONG, /* row,column,value per line */
  PATCHART_SHAPE_WIDE  /* a matrix: first column row labels, header columns */
} patchart_shape;

/* Everything that describes a figure besides its data.  Fill with
 * patchart_figure_options_init() and then set what you need; strings are
 * borrowed for the duration of the call that takes the options and copied
 * by it.  A NULL string means "not given". */
typedef struct {
  patchart_kind kind;

  /* Furniture. */
  const char *title;
  const char *subtitle;
  const char *source;   /* "来源：" (or the --lang word) is prefixed unless present */
  const char *note;
  const char *lang;     /* zh-CN, zh-TW, ja, ko, en; NULL = guess from the text */

  /* Canvas, in CSS pixels (0.75 pt each in PDF and SVG). */
  int width;            /* default 800 */
  int height;           /* default 500 */
  double scale;         /* PNG pixels per CSS pixel; default 1 */

  /* Data selection. */
  const char *label_column;  /* bars/ranking labels: header name or 1-based index */
  const char *value_column;  /* values (bars, ranking, long heatmap) */
  const char *row_column;    /* long heatmap rows */
  const char *column_column; /* long heatmap columns */
  patchart_shape shape;
  patchart_sort sort;   /* default DESC for bars and ranking, NONE for heatmaps */
  int top;              /* keep the first N after sorting; 0 = all */
  char delimiter;       /* default ',' */
  gboolean no_header;   /* the first row is data, not names */

  /* Input encoding, any name iconv knows ("GB18030", "CP932", "UTF-16");
   * NULL = UTF-8.  The input is converted to UTF-8 before it is read. */
  const char *encoding;
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
patchart_figure_new_from_file (const char *path,
                               const patchart_figure_options *options,
                               GError **error);

/* As patchart_figure_new_from_file(), from LENGTH bytes of DATA;
 * NAME stands for the file in error messages. */
PATCHART_EXPORT patchart_figure *
patchart_figure_new_from_data (const char *name,
                               const char *data,
                               gsize length,
                               const patchart_figure_options *options,
                               GError **error);

/* Frees FIGURE; NULL is fine. */
PATCHART_EXPORT void patchart_figure_free (patchart_figure *figure);

/* The figure's resolved language ("zh-CN", "ja", ...); owned by FIGURE. */
PATCHART_EXPORT const char *patchart_figure_get_lang (const patchart_figure *figure);

typedef struct {
  double x, y, width, height;
} patchart_rect;

/* Draws FIGURE on CR, fitted into VIEWPORT (in CR's user units): the
 * figure is laid out at its own width x height in CSS pixels and scaled
 * uniformly to fit, centred.  CR is left as it was (saved and restored).
 * Fails if CR is already in an error state or a label cannot be drawn. */
PATCHART_EXPORT gboolean
patchart_figure_render (const patchart_figure *figure,
                        cairo_t *cr,
                        const patchart_rect *viewport,
                        GError **error);

/* Renders FIGURE as FORMAT into memory.  Returns the file's bytes, freed
 * with g_bytes_unref(), or NULL.  The bytes are the same on every run:
 * PDF dates come from SOURCE_DATE_EPOCH, or 1970-01-01 when it is unset. */
PATCHART_EXPORT GBytes *
patchart_figure_to_bytes (const patchart_figure *figure,
                          patchart_format format,
                          GError **error);

/* Renders FIGURE as FORMAT to PATH atomically: the bytes go to a temporary
 * file in PATH's directory that is renamed over PATH, so on failure no file
 * (and no temporary file) is left behind. */
PATCHART_EXPORT gboolean
patchart_figure_write (const patchart_figure *figure,
                       const char *path,
                       patchart_format format,
                       GError **error);

/* Writes BYTES (from patchart_figure_to_bytes()) to PATH as
 * patchart_figure_write() does: atomically, through a temporary file in
 * PATH's folder; "-" writes to standard output.  Rendering and writing
 * apart let a program block its termination signals for the write alone,
 * so that an interrupted run leaves no temporary file (the patchart
 * command does). */
PATCHART_EXPORT gboolean patchart_write_bytes (const char *path, GBytes *bytes, GError **error);

/* The format named by NAME ("png", "svg", "pdf") or by the extension of
 * the file name NAME.  Returns FALSE if there is none. */
PATCHART_EXPORT gboolean patchart_format_from_name (const char *name,
                                                    patchart_format *format);

/* Describes the bundled fonts that serve LANG: one line per font file.
 * If TEXT is given, the lines that follow list each character of TEXT that
 * no bundled font can draw ("U+1F600 😀").  Sets *N_MISSING to how many.
 * Returns a new string, freed with g_free(), or NULL. */
PATCHART_EXPORT char *patchart_fonts_describe (const char *lang,
                                               const char *text,
                                               guint *n_missing,
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

G_END_DECLS

#endif /* PATCHART_H */
