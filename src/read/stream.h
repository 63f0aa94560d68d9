/* SPDX-License-Identifier: MIT */
/* stream.h — a CSV file read in pieces of whole rows, so that it can be
 * read or counted in memory that does not grow with the file (counted on
 * several threads), converted to UTF-8 on the way if need be. */
#ifndef PATCHART_STREAM_H
#define PATCHART_STREAM_H

#include <glib.h>

#include "read/csvread.h"

typedef struct patchart_pieces patchart_pieces;

/* About a megabyte of whole rows, and where they are in the file. */
typedef struct {
  const char *data; /* NUL-terminated */
  GString *buffer;  /* holds DATA */
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

/* Converts the input from ENCODING (an iconv name) to UTF-8 as it is
 * read, a block at a time; DELIMITER places a conversion error.  Call it
 * before the first piece.  FALSE with PATCHART_ERROR_USAGE for an encoding
 * iconv does not know.  A byte not in ENCODING, or a character the input
 * ends inside, is a PATCHART_ERROR_DATA "not ENCODING text" at its line
 * and field, returned by patchart_pieces_next() once the whole rows
 * before it are handed out. */
gboolean patchart_pieces_convert (patchart_pieces *pieces, const char *encoding, char delimiter,
                                  GError **error);

void patchart_pieces_close (patchart_pieces *pieces);
/* Gives PIECE back once parsed: its buffer is kept for a later piece.
 * Any thread may call it, before patchart_pieces_close(). */
void patchart_pieces_done (patchart_pieces *pieces, patchart_piece *piece);

/* patchart_csv_parse() over PIECE with the file's line numbers, in rows
 * and in errors.  Blank lines only are not an "empty file" after the
 * first piece. */
gboolean patchart_piece_parse (const patchart_piece *piece, const char *name, char delimiter,
                               patchart_csv_row_func func, gpointer user_data, GError **error);

#endif
