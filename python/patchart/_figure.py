# SPDX-License-Identifier: MIT
"""Figures: options by their command-line names, inputs of several kinds,
and the Figure object that renders itself (and shows itself in Jupyter)."""
import ctypes
import hashlib
import os
import re
import threading
import warnings
import weakref

from ._errors import Error, ErrorCode
from ._lib import GError as _GError
from ._lib import c_path, c_text, lib, take_bytes, take_error, text_of


def option_infos():
    """{name: (arg_name or None, help, kinds mask)} of the library's options."""
    n = ctypes.c_uint()
    infos = lib.patchart_option_list(ctypes.byref(n))
    return {
        text_of(infos[i].name): (text_of(infos[i].arg_name), text_of(infos[i].help), infos[i].kinds)
        for i in range(n.value)
    }


_OPTIONS = option_infos()


def kinds():
    """The names of the chart kinds ("bars", "ranking", "heatmap", ...)."""
    mask = 0
    for _, _, kinds_mask in _OPTIONS.values():
        mask |= kinds_mask
    return [text_of(lib.patchart_kind_get_name(i)) for i in range(32) if mask & (1 << i)]


def _kind(name):
    kind = ctypes.c_int()
    if not isinstance(name, str) or not lib.patchart_kind_from_name(c_text(name), kind):
        raise Error(f"kind {name!r}: expected one of {', '.join(kinds())}", ErrorCode.USAGE)
    return kind.value


def _format(name):
    fmt = ctypes.c_int()
    if not isinstance(name, str) or "." in name or not lib.patchart_format_from_name(
        c_text(name), fmt
    ):
        raise Error(f"format {name!r}: expected png, svg or pdf", ErrorCode.USAGE)
    return fmt.value


def _one_value(value):
    """One option value as the command line's text."""
    if isinstance(value, os.PathLike):
        return os.fsdecode(os.fspath(value))
    if isinstance(value, (str, int, float)):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not an option value (str, number, path)")


def _values(name, pyname, value):
    """The texts to set option NAME to: None for a flag, one per value of a
    repeatable option, none for False or None."""
    if value is None or value is False:
        return []
    if value is True:
        return [None]
    if isinstance(value, (list, tuple)):
        if lib.patchart_option_is_repeatable(c_text(name)):
            return [_one_value(v) for v in value]
        if name == "size" and len(value) == 2:
            return ["%sx%s" % tuple(value)]
        raise Error(f"{pyname}={value!r}: takes one value, not a list", ErrorCode.USAGE)
    return [_one_value(value)]


def _set(settings, name, text):
    error = ctypes.POINTER(_GError)()
    value = None if text is None else c_text(text)
    if not lib.patchart_settings_set(settings, c_text(name), value, error):
        raise take_error(error)  # "top 0: ...", as the library and spec files name options


class _Settings:
    """A patchart_settings made from keyword options; freed on exit."""

    def __init__(self, kind, options):
        for pyname in options:
            if pyname.replace("_", "-") not in _OPTIONS:
                raise Error(f"{pyname}: no such option", ErrorCode.USAGE)
        self.handle = lib.patchart_settings_new(kind)
        try:
            for pyname, value in options.items():
                name = pyname.replace("_", "-")
                for text in _values(name, pyname, value):
                    _set(self.handle, name, text)
        except BaseException:
            self.close()
            raise

    def close(self):
        lib.patchart_settings_free(self.handle)
        self.handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _frame_csv(frame):
    """A DataFrame's CSV: its columns, and its index first only where the
    index is named (as after a groupby), not pandas' row numbers."""
    names = getattr(getattr(frame, "index", None), "names", None) or [None]
    return frame.to_csv(index=any(n is not None for n in names))


def _input(data):
    """("file", path) or ("data", name, bytes, text) for render's INPUT;
    TEXT is true where the bytes were encoded here from str (UTF-8)."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        return ("data", "<bytes>", bytes(data), False)
    if isinstance(data, os.PathLike):
        return ("file", os.fspath(data))
    if isinstance(data, str):
        # CSV text has at least a header line and a data line; anything on
        # one line is a file name
        if "\n" in data or "\r" in data:
            return ("data", "<string>", data.encode("utf-8", "surrogateescape"), True)
        return ("file", data)
    if hasattr(data, "to_csv"):
        text = _frame_csv(data)
        return ("data", "<%s>" % type(data).__name__, text.encode("utf-8", "surrogateescape"), True)
    if hasattr(data, "read"):
        content = data.read()
        name = getattr(data, "name", None)
        name = name if isinstance(name, str) else "<stream>"
        if isinstance(content, str):
            return ("data", name, content.encode("utf-8", "surrogateescape"), True)
        return ("data", name, bytes(content), False)
    raise TypeError(
        f"{type(data).__name__} is not an input: a path, CSV text or bytes, "
        "a file object, or an object with to_csv() (a pandas DataFrame)"
    )


def _new_figure(kind, data, options):
    source = _input(data)
    if source[0] == "data" and source[3] and options.get("encoding"):
        raise Error(
            "encoding: applies to files and bytes; text is already decoded", ErrorCode.USAGE
        )
    with _Settings(_kind(kind), options) as settings:
        figure_options = lib.patchart_settings_get_options(settings.handle)
        error = ctypes.POINTER(_GError)()
        if source[0] == "file":
            handle = lib.patchart_figure_new_from_file(c_path(source[1]), figure_options, error)
        else:
            _, name, content, _ = source
            handle = lib.patchart_figure_new_from_data(
                c_text(name), content, len(content), figure_options, error
            )
    if not handle:
        raise take_error(error)
    return handle


def _scoped_svg(svg):
    """SVG text whose ids (glyphs "g0-17", clips "c1", gradients) are this
    figure's own.  A notebook puts every SVG into one HTML page, where ids
    are shared: a second figure would draw the first one's glyphs.  The
    prefix is a hash of the figure, so the same figure gives the same text."""
    prefix = "p" + hashlib.sha1(svg).hexdigest()[:12] + "-"
    text = svg.decode("utf-8")
    text = text.replace(' id="', ' id="' + prefix)
    return re.sub(r'(href="#|url\(#)', lambda m: m.group(1) + prefix, text)


class Figure:
    """A figure read and checked from its data, ready to render in any format.

    Jupyter shows it through _repr_svg_ and _repr_png_.
    """

    def __init__(self, kind, input, **options):
        self._handle = _new_figure(kind, input, options)
        # freed when the Figure goes, or at exit, while the library is still there
        weakref.finalize(self, lib.patchart_figure_free, self._handle)
        self._lock = threading.Lock()  # one thread at a time per figure
        self.kind = kind
        warning = lib.patchart_figure_get_warning(self._handle)
        if warning is not None:
            warnings.warn(text_of(warning), stacklevel=3)

    @property
    def lang(self):
        """The figure's language ("zh-CN", "ja", ...), given or guessed."""
        return text_of(lib.patchart_figure_get_lang(self._handle))

    @property
    def n_skipped(self):
        """How many values skip_invalid=True skipped."""
        return lib.patchart_figure_get_n_skipped(self._handle)

    def to_bytes(self, format="svg"):
        """The figure as a PNG, SVG or PDF file's bytes (the same on every run)."""
        fmt = _format(format)
        error = ctypes.POINTER(_GError)()
        with self._lock:
            gbytes = lib.patchart_figure_to_bytes(self._handle, fmt, error)
        if not gbytes:
            raise take_error(error)
        return take_bytes(gbytes)

    def save(self, path, format=None):
        """Writes the figure to PATH atomically (no partial file on failure);
        the format is FORMAT, else PATH's extension."""
        if format is None:
            fmt = ctypes.c_int()
            name = os.fsdecode(os.fspath(path))
            if "." not in os.path.basename(name) or not lib.patchart_format_from_name(
                c_path(path), fmt
            ):
                raise Error(
                    f"{name}: unknown extension: use .png, .svg or .pdf, or format=",
                    ErrorCode.USAGE,
                )
            fmt = fmt.value
        else:
            fmt = _format(format)
        error = ctypes.POINTER(_GError)()
        with self._lock:
            ok = lib.patchart_figure_write(self._handle, c_path(path), fmt, error)
        if not ok:
            raise take_error(error)

    def _repr_svg_(self):
        return _scoped_svg(self.to_bytes("svg"))

    def _repr_png_(self):
        return self.to_bytes("png")

    def __repr__(self):
        return f"<patchart.Figure {self.kind} lang={self.lang}>"
