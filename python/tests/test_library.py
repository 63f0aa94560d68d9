"""Finding libpatchart: PATCHART_LIBRARY first, and a clear ImportError."""
import os
import subprocess
import sys
import unittest

from patchart import _lib


def import_with(env):
    return subprocess.run([sys.executable, "-c", "import patchart; print(patchart.__version__)"],
                          capture_output=True, text=True, env={**os.environ, **env})


class Library(unittest.TestCase):
    def test_loaded_from_patchart_library(self):
        wanted = os.environ.get("PATCHART_LIBRARY")
        if not wanted:
            self.skipTest("PATCHART_LIBRARY not set")
        self.assertEqual(_lib.lib._name, wanted)

    def test_a_bad_patchart_library_is_an_import_error(self):
        out = import_with({"PATCHART_LIBRARY": "/nonexistent/libpatchart.so.0"})
        self.assertNotEqual(out.returncode, 0)
        self.assertIn("ImportError: PATCHART_LIBRARY=/nonexistent/libpatchart.so.0: cannot load",
                      out.stderr)

    def test_the_source_tree_has_no_installed_location(self):
        from patchart import _location

        if "site-packages" in _location.__file__ or "dist-packages" in _location.__file__:
            self.skipTest("an installed package")
        self.assertIsNone(_location.LIBDIR)


if __name__ == "__main__":
    unittest.main()
