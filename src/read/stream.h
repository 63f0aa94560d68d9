/* SPDX-License-Identifier: MIT */
/* stream.h — a CSV file read in pieces of whole rows, so that it can be
 * counted in memory that does not grow with the file, on several threads. */
#ifndef PATCHART_STREAM_H
#define PATCHART_STREAM_H

#include <glib.h>

#include "read/csvread.h"

typedef struct patchart_pieces patchart_pieces;

/* About a megabyte of whole rows, and where they are in the file. */
typedef struct {
  char *data;
  gsize length;
  guint index;        /* 0 for the first piece, then 1, 2, ... */
  guint lines_before; /* line ends in the file before this piece */
} patchart_piece;

/* Opens PATH ("-": standard input, "<stdin>" in messages), or wraps
 * LENGTH bytes of DATA (borrowed) when PATH is NULL; NAME names it in
 * messages.  NULL with PATCHART_ERROR_INPUT if the file cannot be opened. */
patchart_pieces *patchart_pieces_open (const char *name, const char *path, const char *data,
                                       gsize length, GError **error);

/* Sets *PIECE to the next piece, or to NULL at the end.  FALSE (with
 * *PIECE NULL) on a read error, PATCHART_ERROR_INPUT.  Each piece ends at
 * a line end outside quotes (or the file's end); an empty file gives one
 * empty piece. */
gboolean patchart_pieces_next (patchart_pieces *pieces, patchart_piece **piece, GError **error);

void patchart_pieces_close (patchart_pieces *pieces);
void patchart_piece_free (patchart_piece *piece);

/* patchart_csv_parse() over PIECE with the file's line numbers, in rows
 * and in errors.  Blank lines only are not an "empty file" after the
 * first piece. */
gboolean patchart_piece_parse (const patchart_piece *piece, const char *name, char delimiter,
                               patchart_csv_row_func func, gpointer user_data, GError **error);

#endif
