/* SPDX-License-Identifier: MIT */
/* pdfupdate.c — what cairo 1.16 cannot write into a tagged PDF, added as
 * an incremental update to the file it wrote: the catalog again with the
 * document's language and "show the title as the window title", and each
 * Figure structure element again with its alt text; then an xref section
 * for those objects and a trailer pointing back to cairo's (/Prev).
 *
 * cairo writes every object uncompressed with one classic xref table, so
 * the objects are found through that table, not by searching the bytes.
 * Everything written is a function of cairo's bytes and the inputs: the
 * file stays byte-reproducible. */
#include <string.h>

#include "patchart.h"
#include "render/pdf.h"

#define XREF_ENTRY 20 /* bytes of one entry of a classic xref table */

typedef struct {
  const char *data;
  gsize length;
  guint n_objects;  /* the trailer's /Size */
  guint root, info; /* object numbers */
  gsize xref;       /* offset of cairo's xref table */
  GError **error;
} pdf_file;

static gboolean
fail (pdf_file *f, const char *what)
{
  g_set_error (f->error, PATCHART_ERROR, PATCHART_ERROR_INTERNAL,
               "tagged PDF: cairo's output has %s", what);
  return FALSE;
}

/* The last occurrence of KEY in the file's last 1 KB, or NULL. */
static const char *
find_last (const pdf_file *f, const char *key)
{
  gsize from = f->length > 1024 ? f->length - 1024 : 0, n = strlen (key);
  const char *found = NULL;

  for (gsize i = from; i + n <= f->length; i++)
    if (memcmp (f->data + i, key, n) == 0)
      found = f->data + i;
  return found;
}

/* The number after KEY in the trailer (which starts at TRAILER). */
static gboolean
trailer_number (pdf_file *f, const char *trailer, const char *key, guint *value)
{
  const char *at = g_strstr_len (trailer, f->data + f->length - trailer, key);
  guint64 v;

  if (at == NULL || !g_ascii_isdigit (at[strlen (key)]))
    return fail (f, "no trailer entry");
  v = g_ascii_strtoull (at + strlen (key), NULL, 10);
  if (v == 0 || v > G_MAXINT)
    return fail (f, "a bad trailer entry");
  *value = (guint) v;
  return TRUE;
}

static gboolean
read_trailer (pdf_file *f)
{
  const char *startxref = find_last (f, "startxref\n");
  const char *trailer = find_last (f, "trailer\n");
  const char *xref;

  if (startxref == NULL || trailer == NULL)
    return fail (f, "no trailer");
  f->xref = g_ascii_strtoull (startxref + strlen ("startxref\n"), NULL, 10);
  xref = f->data + f->xref;
  if (f->xref + 5 > f->length || memcmp (xref, "xref\n", 5) != 0)
    return fail (f, "no classic xref table");
  return trailer_number (f, trailer, "/Size ", &f->n_objects) &&
         trailer_number (f, trailer, "/Root ", &f->root) &&
         trailer_number (f, trailer, "/Info ", &f->info);
}

/* Where the body of object N starts, after "N 0 obj\n"; NULL if the xref
 * table does not lead to it. */
static const char *
object_start (const pdf_file *f, guint n)
{
  const char *table = f->data + f->xref + strlen ("xref\n");
  const char *entries = memchr (table, '\n', f->data + f->length - table);
  char head[32];
  gsize offset;

  if (entries == NULL || n >= f->n_objects ||
      entries + 1 + (gsize) (n + 1) * XREF_ENTRY > f->data + f->length)
    return NULL;
  offset = g_ascii_strtoull (entries + 1 + (gsize) n * XREF_ENTRY, NULL, 10);
  g_snprintf (head, sizeof head, "%u 0 obj\n", n);
  if (offset + strlen (head) > f->length || memcmp (f->data + offset, head, strlen (head)) != 0)
    return NULL;
  return f->data + offset + strlen (head);
}

/* The body of object N (a dictionary, no stream), up to "endobj"; NULL if
 * not found. */
static const char *
object_body (const pdf_file *f, guint n, gsize *length)
{
  const char *body = object_start (f, n);
  const char *stop;

  if (body == NULL)
    return NULL;
  stop = g_strstr_len (body, MIN (f->length - (gsize) (body - f->data), 1 << 16), "endobj");
  if (stop == NULL)
    return NULL;
  *length = (gsize) (stop - body);
  return body;
}

static gboolean
printable_ascii (const char *string)
{
  for (const char *c = string; *c != '\0'; c++)
    if (*c < 0x20 || *c >= 0x7f)
      return FALSE;
  return TRUE;
}

/* STRING's bytes in a literal string, parentheses and backslashes
 * escaped, control characters (a title's line break) as octal escapes. */
static void
put_literal (GString *out, const char *string)
{
  for (const char *c = string; *c != '\0'; c++) {
    if (*c == '(' || *c == ')' || *c == '\\')
      g_string_append_c (out, '\\');
    if ((guchar) *c < 0x20)
      g_string_append_printf (out, "\\%03o", (guchar) *c);
    else
      g_string_append_c (out, *c);
  }
}

static void
put_utf16 (GString *out, const char *string)
{
  gunichar2 *utf16 = g_utf8_to_utf16 (string, -1, NULL, NULL, NULL);

  g_string_append (out, "<FEFF");
  for (gunichar2 *u = utf16; u != NULL && *u != 0; u++)
    g_string_append_printf (out, "%04X", *u);
  g_string_append_c (out, '>');
  g_free (utf16);
}

/* STRING as a PDF 2.0 text string in UTF-8: (literal) with its byte-order
 * mark, if it is not ASCII. */
static void
put_utf8_string (GString *out, const char *string)
{
  g_string_append_c (out, '(');
  if (!printable_ascii (string))
    g_string_append (out, "\xEF\xBB\xBF");
  put_literal (out, string);
  g_string_append_c (out, ')');
}

/* STRING as a PDF text string: (literal) if printable ASCII, else
 * UTF-16BE in hex with its byte-order mark. */
static void
put_text_string (GString *out, const char *string)
{
  if (!printable_ascii (string)) {
    put_utf16 (out, string);
    return;
  }
  g_string_append_c (out, '(');
  put_literal (out, string);
  g_string_append_c (out, ')');
}

typedef struct {
  guint number;
  gsize offset;
} written;

/* Object N again: its dictionary BODY with EXTRA before the closing ">>". */
static gboolean
rewrite (pdf_file *f, GString *update, gsize base, guint n, const char *extra, GArray *done)
{
  gsize length = 0;
  const char *body = object_body (f, n, &length);
  const char *close = NULL;
  written w = { n, base + update->len };

  for (gsize i = length; body != NULL && i >= 2 && close == NULL; i--)
    if (body[i - 2] == '>' && body[i - 1] == '>')
      close = body + i - 2;
  if (close == NULL)
    return fail (f, "an object that is no dictionary");
  g_string_append_printf (update, "%u 0 obj\n", n);
  g_string_append_len (update, body, close - body);
  g_string_append (update, extra);
  g_string_append_len (update, close, body + length - close);
  g_string_append (update, "endobj\n");
  g_array_append_val (done, w);
  return TRUE;
}

static gboolean
is_figure (const pdf_file *f, guint n)
{
  static const char head[] = "<< /Type /StructElem\n   /S /Figure\n";
  const char *body = object_start (f, n);

  return body != NULL && (gsize) (f->data + f->length - body) > sizeof head &&
         memcmp (body, head, sizeof head - 1) == 0;
}

/* Each Figure element, in cairo's numbering (the order they were opened),
 * again with its alt text. */
static gboolean
add_alt_texts (pdf_file *f, GString *update, gsize base, char *const *alts, guint n_alts,
               GArray *done)
{
  GString *extra = g_string_new (NULL);
  guint next = 0;
  gboolean ok = TRUE;

  for (guint n = 1; ok && n < f->n_objects; n++) {
    if (!is_figure (f, n))
      continue;
    if (next == n_alts) {
      ok = fail (f, "more Figure elements than figures");
      break;
    }
    /* /Alt for screen readers.  /T, the element's title, the same for
     * structure viewers, which show /T, not /Alt; in UTF-8 (PDF 2.0),
     * since poppler's pdfinfo -struct prints /T's bytes as they are */
    g_string_assign (extra, "   /Alt ");
    put_text_string (extra, alts[next]);
    g_string_append (extra, "\n   /T ");
    put_utf8_string (extra, alts[next++]);
    g_string_append_c (extra, '\n');
    ok = rewrite (f, update, base, n, extra->str, done);
  }
  if (ok && next != n_alts)
    ok = fail (f, "fewer Figure elements than figures");
  g_string_free (extra, TRUE);
  return ok;
}

static gint
by_number (gconstpointer a, gconstpointer b)
{
  guint x = ((const written *) a)->number, y = ((const written *) b)->number;
  return x < y ? -1 : x > y;
}

/* The xref section of the objects in DONE, and the trailer. */
static void
put_xref (const pdf_file *f, GString *update, gsize base, GArray *done)
{
  gsize xref = base + update->len;

  g_array_sort (done, by_number);
  g_string_append (update, "xref\n");
  for (guint i = 0; i < done->len; i++) {
    const written *w = &g_array_index (done, written, i);
    g_string_append_printf (update, "%u 1\n%010" G_GSIZE_FORMAT " 00000 n \n", w->number,
                            w->offset);
  }
  g_string_append_printf (update,
                          "trailer\n<< /Size %u\n   /Root %u 0 R\n   /Info %u 0 R\n"
                          "   /Prev %" G_GSIZE_FORMAT "\n>>\nstartxref\n%" G_GSIZE_FORMAT
                          "\n%%%%EOF\n",
                          f->n_objects, f->root, f->info, f->xref, xref);
}

gboolean
patchart_pdf_update_tags (GByteArray *pdf, const char *lang, char *const *alts, guint n_alts,
                          GError **error)
{
  pdf_file f = { (const char *) pdf->data, pdf->len, 0, 0, 0, 0, error };
  GString *update = g_string_new ("\n");
  GString *catalog = g_string_new (NULL);
  GArray *done = g_array_new (FALSE, FALSE, sizeof (written));
  gsize base = pdf->len;
  gboolean ok;

  if (lang != NULL) {
    g_string_append (catalog, "   /Lang ");
    put_text_string (catalog, lang);
    g_string_append_c (catalog, '\n');
  }
  g_string_append (catalog, "   /ViewerPreferences << /DisplayDocTitle true >>\n");
  ok = read_trailer (&f) && rewrite (&f, update, base, f.root, catalog->str, done) &&
       add_alt_texts (&f, update, base, alts, n_alts, done);
  if (ok) {
    put_xref (&f, update, base, done);
    g_byte_array_append (pdf, (const guint8 *) update->str, update->len);
  }
  g_array_unref (done);
  g_string_free (catalog, TRUE);
  g_string_free (update, TRUE);
  return ok;
}
