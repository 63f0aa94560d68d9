# SPDX-License-Identifier: MIT
"""patchart.Error: the library's GError as a Python exception."""
import enum


class ErrorCode(enum.IntEnum):
    """The library's error codes (PATCHART_ERROR_* in patchart.h)."""

    USAGE = 0  # a bad option value
    DATA = 1  # the input is malformed or unusable
    INPUT = 2  # the input cannot be opened or read
    FONT = 3  # the bundled fonts cannot be loaded
    OUTPUT = 4  # the output cannot be created or written
    INTERNAL = 5  # a bug or a cairo failure


# The exit status the patchart command gives each code (src/cli/exit.c,
# sysexits.h): a script can pass Error.status on as its own.
_STATUS = {
    ErrorCode.USAGE: 64,
    ErrorCode.DATA: 65,
    ErrorCode.INPUT: 66,
    ErrorCode.FONT: 72,
    ErrorCode.OUTPUT: 73,
    ErrorCode.INTERNAL: 70,
}


class Error(Exception):
    """A failure of patchart, with the command's message and exit status.

    message  the one line the command prints after "patchart: ", naming
             file:line:col where there is one
    code     an ErrorCode (USAGE, DATA, INPUT, FONT, OUTPUT, INTERNAL)
    status   the command's exit status for it: 64, 65, 66, 72, 73 or 70
    failures render_spec only: {figure name: Error} of each failed figure
    """

    def __init__(self, message, code=ErrorCode.INTERNAL, failures=None):
        super().__init__(message)
        self.message = message
        self.code = ErrorCode(code)
        self.failures = dict(failures or {})

    @property
    def status(self):
        return _STATUS[self.code]

    def __str__(self):
        return self.message

    def __reduce__(self):  # whole across processes (multiprocessing, concurrent.futures)
        return (Error, (self.message, self.code, self.failures))
