# SPDX-License-Identifier: MIT
"""Finding libpatchart: PATCHART_LIBRARY first, and a clear ImportError."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from patchart import _lib


PACKAGE = os.path.dirname(os.path.abspath(_lib.__file__))
# imports the package, draws, and prints the library it loaded
LOADED = ("import patchart, patchart._lib as l; patchart.render('bars', 'a,b\\nx,1\\n'); "
          "print(l.lib._name)")


def import_with(env, code="import patchart; print(patchart.__version__)", unset=()):
    environ = {k: v for k, v in {**os.environ, **env}.items() if k not in unset}
    # from / : not the current folder's package
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=environ, cwd="/")


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

    def installed(self, tmp, names):
        """A copy of the package in TMP/site whose _location names TMP/lib,
        where the library is under each of NAMES; the site folder."""
        site, libdir = os.path.join(tmp, "site"), os.path.join(tmp, "lib")
        shutil.copytree(PACKAGE, os.path.join(site, "patchart"),
                        ignore=shutil.ignore_patterns("__pycache__"))
        with open(os.path.join(site, "patchart", "_location.py"), "w") as f:
            f.write('LIBDIR = "../../lib"\n')
        os.mkdir(libdir)
        for name in names:
            os.symlink(os.environ["PATCHART_LIBRARY"], os.path.join(libdir, name))
        return site

    def test_beside_the_installed_package_soname_first(self):
        if not os.environ.get("PATCHART_LIBRARY"):
            self.skipTest("PATCHART_LIBRARY not set")
        for names, wanted in (
            (["libpatchart.so.0", "libpatchart.so"], "libpatchart.so.0"),
            (["libpatchart.so"], "libpatchart.so"),  # a build without a versioned SONAME
        ):
            with self.subTest(names=names), tempfile.TemporaryDirectory() as tmp:
                site = self.installed(tmp, names)
                out = import_with({"PYTHONPATH": site}, LOADED, unset=["PATCHART_LIBRARY"])
                self.assertEqual(out.returncode, 0, out.stderr)
                self.assertEqual(out.stdout.strip(), os.path.join(tmp, "lib", wanted))

    def test_through_the_loader(self):
        if not os.environ.get("PATCHART_LIBRARY"):
            self.skipTest("PATCHART_LIBRARY not set")
        with tempfile.TemporaryDirectory() as tmp:
            os.symlink(os.environ["PATCHART_LIBRARY"], os.path.join(tmp, "libpatchart.so.0"))
            out = import_with({"LD_LIBRARY_PATH": tmp}, LOADED, unset=["PATCHART_LIBRARY"])
            self.assertEqual(out.returncode, 0, out.stderr)
            self.assertEqual(out.stdout.strip(), "libpatchart.so.0")

    def test_none_found(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = import_with({"LD_LIBRARY_PATH": tmp}, unset=["PATCHART_LIBRARY"])
        if out.returncode == 0:
            self.skipTest("a libpatchart is installed on this system")
        self.assertIn("ImportError: cannot find libpatchart", out.stderr)
        self.assertIn("set PATCHART_LIBRARY", out.stderr)

    def test_the_source_tree_has_no_installed_location(self):
        from patchart import _location

        if "site-packages" in _location.__file__ or "dist-packages" in _location.__file__:
            self.skipTest("an installed package")
        self.assertIsNone(_location.LIBDIR)


if __name__ == "__main__":
    unittest.main()
