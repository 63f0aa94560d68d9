/* SPDX-License-Identifier: MIT */
/* render.c — the kind's layout (figure/kinds.c), then paint on any cairo_t. */
#include "render/draw.h"
#include "figure/kinds.h"
#include "render/render.h"

patchart_layout *
patchart_figure_layout (const patchart_figure *figure, GError **error)
{
  patchart_text *text = patchart_text_new (figure->lang, error);
  patchart_layout *layout = NULL;
  patchart_box plot;
  gboolean ok;

  if (text == NULL)
    return NULL;
  layout = patchart_layout_new (figure, text);
  ok = patchart_layout_furniture (layout, figure, &plot, error) &&
       patchart_layout_axis_titles (layout, figure, &plot, error);
  ok = ok && patchart_kind_info_of (figure->kind)->layout (layout, figure, &plot, error);
  layout->text = NULL;
  layout->alt = patchart_figure_describe (figure); /* --alt, or made from the data */
  patchart_text_free (text);
  if (!ok)
    g_clear_pointer (&layout, patchart_layout_free);
  return layout;
}

gboolean
patchart_figure_render (const patchart_figure *figure, cairo_t *cr, const patchart_rect *viewport,
                        GError **error)
{
  patchart_layout *layout;

  g_return_val_if_fail (figure != NULL && cr != NULL && viewport != NULL, FALSE);
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS) {
    g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_INTERNAL,
                 "the cairo context is in error: %s", cairo_status_to_string (cairo_status (cr)));
    return FALSE;
  }
  layout = patchart_figure_layout (figure, error);
  if (layout == NULL)
    return FALSE;
  patchart_draw_layout_in (
      layout, cr, &(patchart_box){ viewport->x, viewport->y, viewport->width, viewport->height });
  patchart_layout_free (layout);
  if (cairo_status (cr) == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, PATCHART_ERROR, PATCHART_ERROR_INTERNAL, "drawing failed: %s",
               cairo_status_to_string (cairo_status (cr)));
  return FALSE;
}
