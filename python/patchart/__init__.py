# SPDX-License-Identifier: MIT
"""patchart from Python: CSV data to publication-grade charts (PNG, SVG,
PDF) with correct Chinese, Japanese and Korean text.

    import patchart
    svg = patchart.render("bars", "countries.csv", title="申请量", top=10)
    png = patchart.render("ranking", df, format="png", lang="zh-CN")
    fig = patchart.figure("heatmap", "export.csv", count=True, split=";;",
                          rows="IPCR Classifications", columns="year:Application Date")
    fig.save("classes.pdf")          # in Jupyter, `fig` shows itself
    patchart.render_spec("article.spec", jobs=4)

Options are the command's (`patchart help bars`), with _ for -: title=,
top=10, no_header=True, where=["Jurisdiction=CN", "Type=A"].  The library is
libpatchart through ctypes: it is found through PATCHART_LIBRARY (a path),
beside the installed package, or by the system's loader.
"""
from ._errors import Error, ErrorCode
from ._figure import Figure, _kind, kinds, option_infos
from . import _lib
from ._spec import render_spec

__all__ = ["Error", "ErrorCode", "Figure", "figure", "render", "render_spec", "kinds", "options"]
__version__ = _lib.lib.patchart_version().decode()


def figure(kind, input, **options):
    """A Figure of KIND ("bars", "ranking", "heatmap") from INPUT.

    INPUT is a path (str or os.PathLike), CSV text (a str that holds a line
    break; a str on one line is a path), CSV bytes, a file object opened for
    reading, or an object with to_csv() such as a pandas DataFrame (written
    without its index, unless the index is named, as after a groupby).
    OPTIONS are the command's options with _ for -: a value True sets a
    flag and False or None leaves it; a list gives a repeatable option
    (where=) each value; size= takes "800x500" or (800, 500).  Raises Error
    with the command's message and exit status."""
    return Figure(kind, input, **options)


def render(kind, input, format="svg", **options):
    """The bytes of a PNG, SVG or PDF file of a KIND figure of INPUT (see figure())."""
    return Figure(kind, input, **options).to_bytes(format)


def options(kind=None):
    """{name: help} of the options (of KIND's figures), with Python's names."""
    mask = ~0
    if kind is not None:
        mask = 1 << _kind(kind)
    return {
        name.replace("-", "_"): help
        for name, (_, help, kinds_mask) in option_infos().items()
        if kinds_mask & mask
    }
