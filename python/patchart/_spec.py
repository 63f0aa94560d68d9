# SPDX-License-Identifier: MIT
"""render_spec: the figures of a spec file, on the library's thread pool."""
import ctypes

from ._errors import Error, ErrorCode
from ._lib import DONE_FN, GError, c_path, c_text, error_value, lib, take_error, text_of


def render_spec(path, jobs=0, only=None):
    """Renders every figure of the spec file at PATH (or those named in
    ONLY), each to its output, on JOBS threads (0: one per processor); the
    bytes do not depend on JOBS.

    Returns {figure name: output path}.  If any figure fails the others are
    still written, and an Error is raised whose message has one line per
    failed figure ("SPEC:LINE: figure NAME: ..."), whose .failures maps each
    failed figure's name to its Error, and whose .status is the first
    failure's, in the spec's order (as `patchart render` exits)."""
    if not isinstance(jobs, int) or isinstance(jobs, bool) or not 0 <= jobs <= 1024:
        raise Error(f"jobs={jobs!r}: expected 1 to 1024 threads, or 0 for one per processor",
                    ErrorCode.USAGE)
    error = ctypes.POINTER(GError)()
    spec = lib.patchart_spec_new_from_file(c_path(path), error)
    if not spec:
        raise take_error(error)
    try:
        return _render(spec, _indices(spec, only), jobs)
    finally:
        lib.patchart_spec_free(spec)


def _indices(spec, only):
    """The figures to render, in the spec's order: ONLY's, else all."""
    if only is None:
        return list(range(lib.patchart_spec_get_n_figures(spec)))
    if isinstance(only, str):
        only = [only]
    indices = set()
    for name in only:
        index = ctypes.c_uint()
        if not isinstance(name, str) or not lib.patchart_spec_find(spec, c_text(name), index):
            raise Error(f"only: no [figure {name}] in the spec", ErrorCode.USAGE)
        indices.add(index.value)  # each figure once, or two threads write it
    return sorted(indices)


def _render(spec, indices, jobs):
    failed = {}

    def done(_spec, index, gerror, _data):
        if gerror:  # owned by the library: copied, not freed
            failed[index] = error_value(gerror)

    callback = DONE_FN(done)  # kept alive for the call
    array = (ctypes.c_uint * len(indices))(*indices)
    lib.patchart_spec_render_all(spec, array, len(indices), jobs, callback, None)
    names = {i: text_of(lib.patchart_spec_get_name(spec, i)) for i in indices}
    if failed:
        raise _failure(names, failed)
    return {names[i]: text_of(lib.patchart_spec_get_output(spec, i)) for i in indices}


def _failure(names, failed):
    order = sorted(failed)
    lines = [f"{len(order)} of {len(names)} figures failed:"]
    lines += [failed[i].message for i in order]
    first = failed[order[0]]
    return Error("\n".join(lines), first.code, {names[i]: failed[i] for i in order})
