/* SPDX-License-Identifier: MIT */
/* color.c — colours.  The sequential map runs from a pale yellow-green to
 * a deep blue (after ColorBrewer's YlGnBu), which stays ordered in grey
 * and for the common colour-vision deficiencies. */
#include <math.h>

#include "chart/color.h"

#define RGB(hex)                                                                                   \
  {                                                                                                \
    ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) &0xff) / 255.0               \
  }

static const patchart_palette light = {
  .background = RGB (0xffffff),
  .text = RGB (0x1a1a1a),
  .muted_text = RGB (0x5f5f5f),
  .grid = RGB (0xe3e3e3),
  .axis = RGB (0x333333),
  .bar = RGB (0x1f6f9f),
  .missing = RGB (0xffffff),
  .missing_hatch = RGB (0xb8b8b8),
};

static const patchart_rgb stops[] = {
  RGB (0xf4fad0), RGB (0xd3eeb6), RGB (0x9ed8b8), RGB (0x5fbfc0),
  RGB (0x2f9bc1), RGB (0x2168ac), RGB (0x233f94), RGB (0x0f1f5c),
};

const patchart_palette *
patchart_palette_light (void)
{
  return &light;
}

guint
patchart_colormap_n_stops (void)
{
  return G_N_ELEMENTS (stops);
}

patchart_rgb
patchart_colormap_stop (guint i, double *offset)
{
  *offset = (double) i / (G_N_ELEMENTS (stops) - 1);
  return stops[i];
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
patchart_colormap (double t)
{
  double x = CLAMP (isnan (t) ? 0 : t, 0, 1) * (G_N_ELEMENTS (stops) - 1);
  guint i = MIN ((guint) x, G_N_ELEMENTS (stops) - 2);
  double f = x - i;
  patchart_rgb a = stops[i], b = stops[i + 1];

  return (patchart_rgb){ level (a.r + (b.r - a.r) * f), level (a.g + (b.g - a.g) * f),
                         level (a.b + (b.b - a.b) * f) };
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

patchart_rgb
patchart_text_on (patchart_rgb background)
{
  static const patchart_rgb dark = RGB (0x1a1a1a), white = RGB (0xffffff);
  double l = patchart_luminance (background);
  double on_dark = (1.0 + 0.05) / (l + 0.05),
         on_light = (l + 0.05) / (patchart_luminance (dark) + 0.05);

  return on_dark > on_light ? white : dark;
}
