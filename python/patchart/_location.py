# SPDX-License-Identifier: MIT
"""Where the installed package finds libpatchart.

In the source tree there is no such place (None): set PATCHART_LIBRARY.
`cmake --install` installs a generated copy of this file (python/location.py.in)
naming the library's folder relative to the package's."""

LIBDIR = None
