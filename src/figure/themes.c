/* SPDX-License-Identifier: MIT */
/* themes.c — the tables of themes, series palettes and colour schemes. */
#include <string.h>

#include "figure/themes.h"

/* Okabe and Ito's colours (2008), told apart with every common colour
 * vision deficiency; yellow, faint on white, comes last.  On a dark
 * background black goes and the light ones come first. */
static const guint32 okabe_ito[] = { 0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7,
                                     0xe69f00, 0x56b4e9, 0x000000, 0xf0e442 };
static const guint32 okabe_ito_dark[] = { 0x56b4e9, 0xe69f00, 0x009e73, 0xf0e442,
                                          0xcc79a7, 0xd55e00, 0xe6e6e6 };
/* Paul Tol's "bright" scheme, also colour-blind safe. */
static const guint32 tol_bright[] = { 0x4477aa, 0xee6677, 0x228833, 0xccbb44,
                                      0x66ccee, 0xaa3377, 0xbbbbbb };
/* Greys told apart by lightness alone, for print. */
static const guint32 greys_series[] = { 0x000000, 0x7a7a7a, 0x4a4a4a, 0xa8a8a8 };

static const patchart_color_list palettes[] = {
  { "okabe-ito", okabe_ito, G_N_ELEMENTS (okabe_ito) },
  { "okabe-ito-dark", okabe_ito_dark, G_N_ELEMENTS (okabe_ito_dark) },
  { "tol-bright", tol_bright, G_N_ELEMENTS (tol_bright) },
  { "grey", greys_series, G_N_ELEMENTS (greys_series) },
};

/* Sequential schemes, few to many: ColorBrewer's YlGnBu (which stays
 * ordered in grey and for the common colour-vision deficiencies), Blues
 * and Greys, and viridis (dark to light, for dark backgrounds). */
static const guint32 ylgnbu[] = { 0xf4fad0, 0xd3eeb6, 0x9ed8b8, 0x5fbfc0,
                                  0x2f9bc1, 0x2168ac, 0x233f94, 0x0f1f5c };
static const guint32 blues[] = { 0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1,
                                 0x6baed6, 0x4292c6, 0x2171b5, 0x084594 };
static const guint32 greys[] = { 0xf7f7f7, 0xe0e0e0, 0xc6c6c6, 0xa8a8a8,
                                 0x888888, 0x666666, 0x444444, 0x1f1f1f };
static const guint32 viridis[] = { 0x440154, 0x46327e, 0x365c8d, 0x277f8e,
                                   0x1fa187, 0x4ac16d, 0xa0da39, 0xfde725 };

/* ColorBrewer's RdBu, negative red to positive blue through a neutral
 * near-white; in print, greys ordered by value. */
static const guint32 rdbu[] = { 0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xf7f7f7,
                                0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac };

static const patchart_color_list schemes[] = {
  { "ylgnbu", ylgnbu, G_N_ELEMENTS (ylgnbu) }, { "blues", blues, G_N_ELEMENTS (blues) },
  { "greys", greys, G_N_ELEMENTS (greys) },    { "viridis", viridis, G_N_ELEMENTS (viridis) },
  { "rdbu", rdbu, G_N_ELEMENTS (rdbu) },
};

/* The first row is the default: a newspaper's restrained look. */
static const patchart_theme themes[] = {
  { "default", 0xffffff, 0x1a1a1a, 0x5f5f5f, 0xe3e3e3, 0x333333, 0x1f6f9f, 0xffffff, 0xb8b8b8,
    0xf2f2f2, "okabe-ito", "ylgnbu", "rdbu" },
  { "dark", 0x1f2329, 0xe6e6e6, 0xa3a8b0, 0x3a4048, 0xbfc3c9, 0x56b4e9, 0x1f2329, 0x5c626b,
    0x2c3139, "okabe-ito-dark", "viridis", "rdbu" },
  { "print", 0xffffff, 0x000000, 0x404040, 0xd4d4d4, 0x000000, 0x4d4d4d, 0xffffff, 0x8c8c8c,
    0xebebeb, "grey", "greys", "greys" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (okabe_ito) <= PATCHART_MAX_COLORS);

#define FIND(table, name)                                                                          \
  do {                                                                                             \
    for (guint i = 0; i < G_N_ELEMENTS (table); i++)                                               \
      if ((name) == NULL || g_ascii_strcasecmp (table[i].name, (name)) == 0)                       \
        return &table[i];                                                                          \
    return NULL;                                                                                   \
  } while (0)

const patchart_theme *
patchart_theme_find (const char *name)
{
  FIND (themes, name);
}

const patchart_color_list *
patchart_palette_find (const char *name)
{
  FIND (palettes, name);
}

const patchart_color_list *
patchart_scheme_find (const char *name)
{
  FIND (schemes, name);
}

/* "a, b or c" from the names of N rows STRIDE bytes apart. */
static char *
names_of (const void *rows, gsize stride, guint n)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (list, "%s%s",
                            i == 0      ? ""
                            : i + 1 < n ? ", "
                                        : " or ",
                            *(const char *const *) ((const char *) rows + i * stride));
  return g_string_free (list, FALSE);
}

#define NAMES(table)                                                                               \
  do {                                                                                             \
    static char *names = NULL;                                                                     \
    if (g_once_init_enter (&names))                                                                \
      g_once_init_leave (&names, names_of (table, sizeof table[0], G_N_ELEMENTS (table)));         \
    return names;                                                                                  \
  } while (0)

const char *
patchart_theme_names (void)
{
  NAMES (themes);
}

const char *
patchart_palette_names (void)
{
  NAMES (palettes);
}

const char *
patchart_scheme_names (void)
{
  NAMES (schemes);
}

gboolean
patchart_color_parse (const char *text, guint32 *rgb)
{
  const char *hex = text[0] == '#' ? text + 1 : text;
  gsize n = strlen (hex);
  guint32 value = 0;

  if (n != 3 && n != 6)
    return FALSE;
  for (gsize i = 0; i < n; i++) {
    int digit = g_ascii_xdigit_value (hex[i]);
    if (digit < 0)
      return FALSE;
    value = value << (n == 3 ? 8 : 4) | (guint32) (n == 3 ? digit * 17 : digit);
  }
  *rgb = value;
  return TRUE;
}
