# SPDX-License-Identifier: MIT
"""libpatchart through ctypes: where it is found, the types of the functions
used, and GLib's GError and GBytes turned into Python values (and freed)."""
import ctypes
import os

from . import _location
from ._errors import Error, ErrorCode

# The SONAME first; a build without a versioned SONAME has only the other.
_NAMES = ("libpatchart.so.0", "libpatchart.so")


def _installed_paths():
    """The library beside the installed package, as `cmake --install` put it."""
    if _location.LIBDIR is None:
        return []
    here = os.path.dirname(os.path.abspath(__file__))
    libdir = os.path.normpath(os.path.join(here, _location.LIBDIR))
    return [os.path.join(libdir, name) for name in _NAMES]


def _load():
    """PATCHART_LIBRARY (a path) alone if set; else the installed library,
    else the loader's search (ld.so.cache, LD_LIBRARY_PATH)."""
    env = os.environ.get("PATCHART_LIBRARY")
    if env:
        try:
            return ctypes.CDLL(env)
        except OSError as e:
            raise ImportError(f"PATCHART_LIBRARY={env}: cannot load: {e}") from None
    tried = []
    candidates = [p for p in _installed_paths() if os.path.exists(p)] + list(_NAMES)
    for name in candidates:
        try:
            return ctypes.CDLL(name)
        except OSError as e:
            tried.append(str(e))
    raise ImportError(
        "cannot find libpatchart (" + "; ".join(tried) + "): install patchart, or set "
        "PATCHART_LIBRARY to the library's path, e.g. PATCHART_LIBRARY=build/src/libpatchart.so"
    )


lib = _load()


class GError(ctypes.Structure):
    _fields_ = [("domain", ctypes.c_uint32), ("code", ctypes.c_int), ("message", ctypes.c_char_p)]


class OptionInfo(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("arg_name", ctypes.c_char_p),
        ("help", ctypes.c_char_p),
        ("kinds", ctypes.c_uint),
    ]


_p = ctypes.c_void_p
_str = ctypes.c_char_p
_int = ctypes.c_int  # enums and gboolean
_uint = ctypes.c_uint
_err = ctypes.POINTER(ctypes.POINTER(GError))

DONE_FN = ctypes.CFUNCTYPE(None, _p, _uint, ctypes.POINTER(GError), _p)

_PROTOTYPES = {
    "patchart_version": (_str, []),
    "patchart_error_quark": (ctypes.c_uint32, []),
    "patchart_kind_get_name": (_str, [_int]),
    "patchart_kind_from_name": (_int, [_str, ctypes.POINTER(_int)]),
    "patchart_format_from_name": (_int, [_str, ctypes.POINTER(_int)]),
    "patchart_option_list": (ctypes.POINTER(OptionInfo), [ctypes.POINTER(_uint)]),
    "patchart_option_is_repeatable": (_int, [_str]),
    "patchart_settings_new": (_p, [_int]),
    "patchart_settings_free": (None, [_p]),
    "patchart_settings_set": (_int, [_p, _str, _str, _err]),
    "patchart_settings_get_options": (_p, [_p]),
    "patchart_figure_new_from_file": (_p, [_str, _p, _err]),
    "patchart_figure_new_from_data": (_p, [_str, _str, ctypes.c_size_t, _p, _err]),
    "patchart_figure_free": (None, [_p]),
    "patchart_figure_get_n_skipped": (_uint, [_p]),
    "patchart_figure_get_warning": (_str, [_p]),
    "patchart_figure_get_lang": (_str, [_p]),
    "patchart_figure_to_bytes": (_p, [_p, _int, _err]),
    "patchart_figure_write": (_int, [_p, _str, _int, _err]),
    "patchart_spec_new_from_file": (_p, [_str, _err]),
    "patchart_spec_free": (None, [_p]),
    "patchart_spec_get_n_figures": (_uint, [_p]),
    "patchart_spec_get_name": (_str, [_p, _uint]),
    "patchart_spec_find": (_int, [_p, _str, ctypes.POINTER(_uint)]),
    "patchart_spec_get_output": (_str, [_p, _uint]),
    "patchart_spec_render_all": (_uint, [_p, ctypes.POINTER(_uint), _uint, _uint, DONE_FN, _p]),
    # GLib's, found through libpatchart's own dependencies: the same copy
    "g_error_free": (None, [ctypes.POINTER(GError)]),
    "g_bytes_get_data": (_p, [_p, ctypes.POINTER(ctypes.c_size_t)]),
    "g_bytes_unref": (None, [_p]),
}


def _bind():
    for name, (restype, argtypes) in _PROTOTYPES.items():
        function = getattr(lib, name)
        function.restype = restype
        function.argtypes = argtypes


_bind()
ERROR_DOMAIN = lib.patchart_error_quark()


def error_value(error):
    """A GError (pointer) as an Error; the GError itself is left alone."""
    e = error.contents
    message = e.message.decode("utf-8", "replace")
    known = e.domain == ERROR_DOMAIN and e.code in ErrorCode._value2member_map_
    return Error(message, ErrorCode(e.code) if known else ErrorCode.INTERNAL)


def take_error(error):
    """The GError in ERROR (a POINTER(GError) set by a call) as an Error,
    freeing the GError."""
    if not error:
        return Error("the library failed without saying why", ErrorCode.INTERNAL)
    value = error_value(error)
    lib.g_error_free(error)
    return value


def take_bytes(gbytes):
    """The contents of a GBytes as bytes, releasing the GBytes."""
    try:
        size = ctypes.c_size_t()
        data = lib.g_bytes_get_data(gbytes, ctypes.byref(size))
        return ctypes.string_at(data, size.value) if size.value else b""
    finally:
        lib.g_bytes_unref(gbytes)


def c_text(text):
    """TEXT (str) as a C string in UTF-8; an Error if it holds a NUL."""
    data = text.encode("utf-8", "surrogateescape")
    if b"\0" in data:
        raise Error(f"{text!r}: text with a NUL character", ErrorCode.USAGE)
    return data


def c_path(path):
    """A path (str, bytes or os.PathLike) as a C string of the file system's bytes."""
    data = os.fsencode(path)
    if b"\0" in data:
        raise Error(f"{path!r}: a path with a NUL character", ErrorCode.USAGE)
    return data


def text_of(value):
    return None if value is None else value.decode("utf-8", "replace")
