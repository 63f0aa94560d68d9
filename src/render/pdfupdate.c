/* SPDX-License-Identifier: MIT */
/* pdfupdate.c — what cairo 1.16 cannot write into a tagged PDF, added to
 * the file it wrote: the catalog with the document's language and "show
 * the title as the window title", and each Figure structure element with
 * its alt text.  The file is then written again, compactly (PDF 1.5): the
 * streams as cairo wrote them, each with its /Length in place of the
 * object that held it, and every other object (dictionaries, the alt
 * texts, the document information) in one compressed object stream,
 * found through a compressed cross-reference stream.  cairo's spacious
 * dictionaries and 20-byte xref entries were a tenth of a figure's PDF.
 *
 * cairo writes every object uncompressed with one classic xref table, so
 * the objects are found through that table, not by searching the bytes.
 * Everything written is a function of cairo's bytes and the inputs (zlib
 * at a fixed level): the file stays byte-reproducible. */
#include <string.h>

#include <zlib.h>

#include "patchart.h"
#include "render/pdf.h"

#define XREF_ENTRY 20 /* bytes of one entry of a classic xref table */

/* One of cairo's objects: its bytes between "N 0 obj\n" and "endobj",
 * or what replaces them. */
typedef struct {
  gsize start; /* of its body, in the file */
  gsize length;
  gboolean stream;  /* kept as it is, but for its /Length */
  gboolean dropped; /* a stream's length, now written in the stream */
  GString *edited;  /* the body to write instead, or NULL */
} pdf_object;

typedef struct {
  const char *data;
  gsize length;
  guint n_objects;  /* the trailer's /Size */
  guint root, info; /* object numbers */
  gsize xref;       /* offset of cairo's xref table */
  GError **error;
  pdf_object *objects; /* n_objects; the first (free) unused */
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

/* Whether the body of length LENGTH ends with "endstream". */
static gboolean
ends_as_stream (const char *body, gsize length)
{
  static const char tail[] = "endstream";

  while (length > 0 && g_ascii_isspace (body[length - 1]))
    length--;
  return length >= sizeof tail - 1 &&
         memcmp (body + length - (sizeof tail - 1), tail, sizeof tail - 1) == 0;
}

/* The last "endobj" in the LENGTH bytes at AT, or NULL. */
static const char *
last_endobj (const char *at, gsize length)
{
  static const char key[] = "endobj";

  for (gsize i = length; i >= sizeof key - 1; i--)
    if (memcmp (at + i - (sizeof key - 1), key, sizeof key - 1) == 0)
      return at + i - (sizeof key - 1);
  return NULL;
}

static gint
by_start (gconstpointer a, gconstpointer b, gpointer data)
{
  const pdf_object *objects = data;
  gsize x = objects[*(const guint *) a].start, y = objects[*(const guint *) b].start;
  return x < y ? -1 : x > y;
}

/* The numbers of the objects in the file in the order they are there: a
 * new array of *N_FOUND. */
static guint *
file_order (const pdf_file *f, guint *n_found)
{
  guint *order = g_new (guint, MAX (f->n_objects, 2) - 1);

  *n_found = 0;
  for (guint n = 1; n < f->n_objects; n++)
    if (f->objects[n].start != 0)
      order[(*n_found)++] = n;
  g_qsort_with_data (order, (gint) *n_found, sizeof *order, by_start, f->objects);
  return order;
}

/* Every object through the xref table; an object ends at the last
 * "endobj" before the next one (or the table): a stream may hold any
 * bytes, "endobj" too.  An entry that leads to no object (one cairo
 * numbered and never wrote) becomes a free one. */
static gboolean
read_objects (pdf_file *f)
{
  guint *order, n_found;
  gboolean ok = TRUE;

  f->objects = g_new0 (pdf_object, MAX (f->n_objects, 1));
  for (guint n = 1; n < f->n_objects; n++) {
    const char *body = object_start (f, n);
    f->objects[n].start = body != NULL ? (gsize) (body - f->data) : 0;
    f->objects[n].dropped = body == NULL;
  }
  order = file_order (f, &n_found);
  if (n_found == 0)
    ok = fail (f, "no objects");
  for (guint i = 0; ok && i < n_found; i++) {
    pdf_object *o = &f->objects[order[i]];
    gsize end = i + 1 < n_found ? f->objects[order[i + 1]].start : f->xref;
    const char *stop = end > o->start ? last_endobj (f->data + o->start, end - o->start) : NULL;
    if (stop == NULL) {
      ok = fail (f, "an object without endobj");
      break;
    }
    o->length = (gsize) (stop - (f->data + o->start));
    o->stream = ends_as_stream (f->data + o->start, o->length);
  }
  g_free (order);
  return ok;
}

static const char *
body_of (const pdf_file *f, guint n, gsize *length)
{
  const pdf_object *o = &f->objects[n];

  if (o->edited != NULL) {
    *length = o->edited->len;
    return o->edited->str;
  }
  *length = o->length;
  return f->data + o->start;
}

/* Object N again: its dictionary with EXTRA before the closing ">>". */
static gboolean
rewrite (pdf_file *f, guint n, const char *extra)
{
  gsize length = 0;
  const char *body = n < f->n_objects && !f->objects[n].stream ? body_of (f, n, &length) : NULL;
  const char *close = NULL;
  GString *edited;

  for (gsize i = length; body != NULL && i >= 2 && close == NULL; i--)
    if (body[i - 2] == '>' && body[i - 1] == '>')
      close = body + i - 2;
  if (close == NULL)
    return fail (f, "an object that is no dictionary");
  edited = g_string_new_len (body, close - body);
  g_string_append (edited, extra);
  g_string_append_len (edited, close, body + length - close);
  if (f->objects[n].edited != NULL)
    g_string_free (f->objects[n].edited, TRUE);
  f->objects[n].edited = edited;
  return TRUE;
}

static gboolean
is_figure (const pdf_file *f, guint n)
{
  static const char head[] = "<< /Type /StructElem\n   /S /Figure\n";
  const pdf_object *o = &f->objects[n];

  return !o->stream && o->length >= sizeof head - 1 &&
         memcmp (f->data + o->start, head, sizeof head - 1) == 0;
}

/* Each Figure element, in cairo's numbering (the order they were opened),
 * again with its alt text. */
static gboolean
add_alt_texts (pdf_file *f, char *const *alts, guint n_alts)
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
    ok = rewrite (f, n, extra->str);
  }
  if (ok && next != n_alts)
    ok = fail (f, "fewer Figure elements than figures");
  g_string_free (extra, TRUE);
  return ok;
}

/* The number of an object that holds nothing but a whole number (as
 * cairo writes a stream's length) in "/Length N 0 R" of stream BODY, or 0. */
static guint
length_object (const pdf_file *f, const char *body, gsize length)
{
  const char *key = g_strstr_len (body, MIN (length, 256), "/Length ");
  char *end = NULL;
  guint64 n;
  const pdf_object *o;

  if (key == NULL)
    return 0;
  n = g_ascii_strtoull (key + strlen ("/Length "), &end, 10);
  if (n == 0 || n >= f->n_objects || !g_str_has_prefix (end, " 0 R"))
    return 0;
  o = &f->objects[n];
  if (o->stream || o->edited != NULL || o->length == 0) /* none, or not written */
    return 0;
  for (gsize i = 0; i < o->length; i++)
    if (!g_ascii_isdigit (f->data[o->start + i]) && !g_ascii_isspace (f->data[o->start + i]))
      return 0;
  return (guint) n;
}

/* Each stream's "/Length N 0 R" written as the number object N holds;
 * N is then dropped. */
static void
inline_lengths (pdf_file *f)
{
  for (guint n = 1; n < f->n_objects; n++) {
    pdf_object *o = &f->objects[n];
    const char *body = f->data + o->start, *key;
    guint held = o->stream ? length_object (f, body, o->length) : 0;
    const char *ref_end;
    char *number;

    if (held == 0)
      continue;
    key = g_strstr_len (body, MIN (o->length, 256), "/Length ") + strlen ("/Length ");
    ref_end = strstr (key, " 0 R") + strlen (" 0 R");
    number = g_strstrip (g_strndup (f->data + f->objects[held].start, f->objects[held].length));
    o->edited = g_string_new_len (body, key - body);
    g_string_append (o->edited, number);
    g_string_append_len (o->edited, ref_end, body + o->length - ref_end);
    f->objects[held].dropped = TRUE;
    g_free (number);
  }
}

/* An entry of the cross-reference stream: its type (0 free, 1 at an
 * offset, 2 in the object stream), then the offset, or the stream's
 * number and the index in it (free: the next free object, generation). */
typedef struct {
  guint8 type;
  guint32 field2, field3;
} xref_entry;

#define XREF_WIDTHS "[1 4 3]"

/* DATA deflated (zlib, best compression: the same bytes every time) as
 * the stream of object N with the dictionary entries DICT. */
static gboolean
put_stream (pdf_file *f, GString *out, guint n, const char *dict, const char *data, gsize length)
{
  uLongf size = compressBound (length);
  Bytef *deflated = g_malloc (size);
  gboolean ok = compress2 (deflated, &size, (const Bytef *) data, length, 9) == Z_OK;

  if (ok) {
    g_string_append_printf (out, "%u 0 obj\n<< %s /Filter /FlateDecode /Length %lu >>\nstream\n", n,
                            dict, (unsigned long) size);
    g_string_append_len (out, (const char *) deflated, (gssize) size);
    g_string_append (out, "\nendstream\nendobj\n");
  }
  g_free (deflated);
  return ok || fail (f, "a stream zlib cannot compress");
}

/* Each object neither stream nor dropped, in one object stream (number
 * N), their entries of type 2. */
static gboolean
put_object_stream (pdf_file *f, GString *out, guint n, xref_entry *entries)
{
  GString *head = g_string_new (NULL), *objects = g_string_new (NULL);
  guint count = 0;
  char *dict;
  gboolean ok;

  for (guint i = 1; i < f->n_objects; i++) {
    gsize length;
    const char *body;
    if (f->objects[i].stream || f->objects[i].dropped)
      continue;
    body = body_of (f, i, &length);
    while (length > 0 && g_ascii_isspace (*body))
      body++, length--;
    while (length > 0 && g_ascii_isspace (body[length - 1]))
      length--;
    g_string_append_printf (head, "%u %" G_GSIZE_FORMAT " ", i, objects->len);
    g_string_append_len (objects, body, (gssize) length);
    g_string_append_c (objects, '\n');
    entries[i] = (xref_entry){ 2, n, count++ };
  }
  dict = g_strdup_printf ("/Type /ObjStm /N %u /First %" G_GSIZE_FORMAT, count, head->len);
  entries[n] = (xref_entry){ 1, (guint32) out->len, 0 };
  g_string_append_len (head, objects->str, (gssize) objects->len);
  ok = put_stream (f, out, n, dict, head->str, head->len);
  g_free (dict);
  g_string_free (head, TRUE);
  g_string_free (objects, TRUE);
  return ok;
}

/* The cross-reference stream (number N, at the end of OUT) of ENTRIES for
 * the objects 0 to N, with the trailer's entries; then startxref. */
static gboolean
put_xref_stream (pdf_file *f, GString *out, guint n, xref_entry *entries)
{
  GByteArray *table = g_byte_array_new ();
  gsize at = out->len;
  char *dict;
  gboolean ok;

  entries[n] = (xref_entry){ 1, (guint32) at, 0 };
  for (guint i = 0; i <= n; i++) {
    guint8 row[8] = { entries[i].type,        entries[i].field2 >> 24, entries[i].field2 >> 16,
                      entries[i].field2 >> 8, entries[i].field2,       entries[i].field3 >> 16,
                      entries[i].field3 >> 8, entries[i].field3 };
    g_byte_array_append (table, row, sizeof row);
  }
  dict = g_strdup_printf ("/Type /XRef /Size %u /W " XREF_WIDTHS " /Root %u 0 R /Info %u 0 R",
                          n + 1, f->root, f->info);
  ok = put_stream (f, out, n, dict, (const char *) table->data, table->len);
  g_string_append_printf (out, "startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", at);
  g_free (dict);
  g_byte_array_unref (table);
  return ok;
}

/* Free entries: object 0 and the dropped ones, linked as a list. */
static void
free_entries (const pdf_file *f, xref_entry *entries)
{
  guint last = 0;

  entries[0] = (xref_entry){ 0, 0, 65535 };
  for (guint i = 1; i < f->n_objects; i++)
    if (f->objects[i].dropped) {
      entries[i] = (xref_entry){ 0, 0, 0 };
      entries[last].field2 = i;
      last = i;
    }
}

/* The file again: cairo's header, the streams in cairo's order, the
 * object stream and the cross-reference stream.  NULL on failure. */
static GString *
write_compact (pdf_file *f)
{
  guint n_found;
  guint *order = file_order (f, &n_found);
  xref_entry *entries = g_new0 (xref_entry, f->n_objects + 2);
  gsize head = f->objects[order[0]].start - 1; /* the '\n' of the first "N 0 obj\n" */
  GString *out;
  gboolean ok = f->xref < G_MAXUINT32;

  while (head > 0 && f->data[head - 1] != '\n')
    head--;
  out = g_string_new_len (f->data, (gssize) head); /* "%PDF-1.5" and its binary comment */
  free_entries (f, entries);
  for (guint i = 0; ok && i < n_found; i++) {
    guint n = order[i];
    gsize length;
    const char *body;
    if (!f->objects[n].stream)
      continue;
    body = body_of (f, n, &length);
    entries[n] = (xref_entry){ 1, (guint32) out->len, 0 };
    g_string_append_printf (out, "%u 0 obj\n", n);
    g_string_append_len (out, body, (gssize) length);
    g_string_append (out, "endobj\n");
  }
  ok = ok && put_object_stream (f, out, f->n_objects, entries) &&
       put_xref_stream (f, out, f->n_objects + 1, entries);
  g_free (order);
  g_free (entries);
  if (!ok) {
    g_string_free (out, TRUE);
    return NULL;
  }
  return out;
}

static void
objects_free (pdf_file *f)
{
  for (guint n = 0; f->objects != NULL && n < f->n_objects; n++)
    if (f->objects[n].edited != NULL)
      g_string_free (f->objects[n].edited, TRUE);
  g_free (f->objects);
}

gboolean
patchart_pdf_update_tags (GByteArray *pdf, const char *lang, char *const *alts, guint n_alts,
                          GError **error)
{
  pdf_file f = { (const char *) pdf->data, pdf->len, 0, 0, 0, 0, error, NULL };
  GString *catalog = g_string_new (NULL), *out = NULL;
  gboolean ok;

  if (lang != NULL) {
    g_string_append (catalog, "   /Lang ");
    put_text_string (catalog, lang);
    g_string_append_c (catalog, '\n');
  }
  g_string_append (catalog, "   /ViewerPreferences << /DisplayDocTitle true >>\n");
  ok = read_trailer (&f) && read_objects (&f) && rewrite (&f, f.root, catalog->str) &&
       add_alt_texts (&f, alts, n_alts);
  if (ok) {
    inline_lengths (&f);
    out = write_compact (&f);
    ok = out != NULL;
  }
  if (ok) {
    g_byte_array_set_size (pdf, 0);
    g_byte_array_append (pdf, (const guint8 *) out->str, out->len);
    g_string_free (out, TRUE);
  }
  objects_free (&f);
  g_string_free (catalog, TRUE);
  return ok;
}
