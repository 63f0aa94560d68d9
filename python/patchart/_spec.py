"""render_spec: every figure of a spec file, on the library's thread pool."""
import ctypes

from ._errors import Error
from ._lib import DONE_FN, GError, c_path, error_value, lib, take_error, text_of


def render_spec(path, jobs=0):
    """Renders every figure of the spec file at PATH, each to its output, on
    JOBS threads (0: one per processor); the bytes do not depend on JOBS.

    Returns {figure name: output path}.  If any figure fails the others are
    still written, and an Error is raised whose message has one line per
    failed figure ("SPEC:LINE: figure NAME: ..."), whose .failures maps each
    failed figure's name to its Error, and whose .status is the first
    failure's, in the spec's order (as `patchart render` exits)."""
    if not isinstance(jobs, int) or isinstance(jobs, bool) or not 0 <= jobs <= 1024:
        raise Error(f"jobs={jobs!r}: expected 1 to 1024 threads, or 0 for one per processor", 0)
    error = ctypes.POINTER(GError)()
    spec = lib.patchart_spec_new_from_file(c_path(path), error)
    if not spec:
        raise take_error(error)
    try:
        failed = {}

        def done(_spec, index, gerror, _data):
            if gerror:  # owned by the library: copied, not freed
                failed[index] = error_value(gerror)

        callback = DONE_FN(done)  # kept alive for the call
        lib.patchart_spec_render_all(spec, None, 0, jobs, callback, None)
        n = lib.patchart_spec_get_n_figures(spec)
        names = [text_of(lib.patchart_spec_get_name(spec, i)) for i in range(n)]
        if failed:
            raise _failure(names, failed)
        return {names[i]: text_of(lib.patchart_spec_get_output(spec, i)) for i in range(n)}
    finally:
        lib.patchart_spec_free(spec)


def _failure(names, failed):
    order = sorted(failed)
    lines = [f"{len(order)} of {len(names)} figures failed:"]
    lines += [failed[i].message for i in order]
    first = failed[order[0]]
    return Error("\n".join(lines), first.code, {names[i]: failed[i] for i in order})
