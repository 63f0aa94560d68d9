/* SPDX-License-Identifier: MIT */
/* color.c — colours: a theme's table row turned into a palette, the
 * colour scheme interpolated, contrast and readable text colours. */
#include <math.h>

#include "chart/color.h"

#define RGB(hex)                                                                                   \
  {                                                                                                \
    ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) &0xff) / 255.0               \
  }

static patchart_rgb
rgb_of (guint32 hex)
{
  return (patchart_rgb) RGB (hex);
}

static guint
colors_of (const patchart_color_list *list, patchart_rgb *out)
{
  guint n = MIN (list->n_colors, PATCHART_MAX_COLORS);

  for (guint i = 0; i < n; i++)
    out[i] = rgb_of (list->colors[i]);
  return n;
}

patchart_rgb
patchart_rgb_mix (patchart_rgb a, patchart_rgb b, double f)
{
  return (patchart_rgb){ (int) ((a.r + (b.r - a.r) * f) * 255 + 0.5) / 255.0,
                         (int) ((a.g + (b.g - a.g) * f) * 255 + 0.5) / 255.0,
                         (int) ((a.b + (b.b - a.b) * f) * 255 + 0.5) / 255.0 };
}

void
patchart_palette_init (patchart_palette *p, const patchart_theme *theme,
                       const patchart_color_list *series, const patchart_color_list *scheme,
                       guint32 accent)
{
  *p = (patchart_palette){
    .background = rgb_of (theme->background),
    .text = rgb_of (theme->text),
    .muted_text = rgb_of (theme->muted_text),
    .grid = rgb_of (theme->grid),
    .axis = rgb_of (theme->axis),
    .bar = rgb_of (accent),
    .missing = rgb_of (theme->missing),
    .missing_hatch = rgb_of (theme->missing_hatch),
    .band = rgb_of (theme->band),
  };
  /* the others bar a grey between text and background; bars not
   * highlighted the accent faded most of the way to the background */
  p->other_bar = patchart_rgb_mix (p->muted_text, p->background, 0.45);
  p->muted_bar = patchart_rgb_mix (p->bar, p->background, 0.72);
  p->n_series = colors_of (series, p->series);
  p->n_stops = colors_of (scheme, p->stops);
}

void
patchart_palette_init_scheme (patchart_palette *p, const patchart_color_list *scheme)
{
  p->n_stops = colors_of (scheme, p->stops);
}

patchart_rgb
patchart_palette_stop (const patchart_palette *p, guint i, double *offset)
{
  *offset = (double) i / (p->n_stops - 1);
  return p->stops[i];
}

/* C (0 to 1) in whole 8-bit levels, as every format shows it: a PDF then
 * says "0.94902" where it said "0.949616", and equal cells repeat exactly.
 * (Not round(): a libm call, a tenth of a big heatmap's time.) */
static double
level (double c)
{
  return (int) (c * 255 + 0.5) / 255.0;
}

patchart_rgb
patchart_palette_ramp (const patchart_palette *p, double t)
{
  double x = CLAMP (isnan (t) ? 0 : t, 0, 1) * (p->n_stops - 1);
  guint i = MIN ((guint) x, p->n_stops - 2);
  double f = x - i;
  patchart_rgb a = p->stops[i], b = p->stops[i + 1];

  return (patchart_rgb){ level (a.r + (b.r - a.r) * f), level (a.g + (b.g - a.g) * f),
                         level (a.b + (b.b - a.b) * f) };
}

patchart_rgb
patchart_colormap (double t)
{
  patchart_palette p;
  const patchart_theme *theme = patchart_theme_find (NULL);

  patchart_palette_init (&p, theme, patchart_palette_find (theme->palette),
                         patchart_scheme_find (theme->scheme), theme->accent);
  return patchart_palette_ramp (&p, t);
}

static guint32
channel_8 (double c)
{
  return ((guint32) (CLAMP (c, 0, 1) * 65535.0 + 0.5)) >> 8;
}

guint32
patchart_rgb24 (patchart_rgb c)
{
  return channel_8 (c.r) << 16 | channel_8 (c.g) << 8 | channel_8 (c.b);
}

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

double
patchart_luminance (patchart_rgb c)
{
  return 0.2126 * linear (c.r) + 0.7152 * linear (c.g) + 0.0722 * linear (c.b);
}

double
patchart_contrast (patchart_rgb a, patchart_rgb b)
{
  double la = patchart_luminance (a), lb = patchart_luminance (b);
  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

patchart_rgb
patchart_text_on (patchart_rgb background)
{
  static const patchart_rgb dark = RGB (0x1a1a1a), white = RGB (0xffffff), black = RGB (0x000000);
  double on_dark = patchart_contrast (dark, background);
  double on_white = patchart_contrast (white, background);

  if (on_dark >= 4.5 || on_white >= 4.5)
    return on_dark >= on_white ? dark : white;
  return black; /* white falls short only where black reaches 4.58:1 */
}

patchart_rgb
patchart_readable_on (patchart_rgb color, patchart_rgb background, patchart_rgb text)
{
  patchart_rgb c = color;

  for (int i = 1; i <= 10 && patchart_contrast (c, background) < 4.5; i++) {
    double f = i / 10.0;
    c = (patchart_rgb){ level (color.r + (text.r - color.r) * f),
                        level (color.g + (text.g - color.g) * f),
                        level (color.b + (text.b - color.b) * f) };
  }
  return c;
}
