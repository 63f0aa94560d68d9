# SPDX-License-Identifier: MIT
"""Paths, the patchart command and small file checks shared by the tests.

Run by CTest (python.unittest), or by hand from the source tree:
    PATCHART_LIBRARY=build/src/libpatchart.so PYTHONPATH=python \
        python3 -m unittest discover -s python/tests
"""
import os
import shutil
import struct
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.environ.get("EXAMPLES") or os.path.join(ROOT, "examples")
DATA = os.environ.get("DATA") or os.path.join(ROOT, "tests", "data")
LENS = os.path.join(EXAMPLES, "lens-export-synthetic.csv")
COUNTRIES = os.path.join(EXAMPLES, "countries.csv")
PATCHART = os.environ.get("PATCHART")  # the command, to compare with
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data):
    """(width, height) from a PNG's IHDR chunk, which must come first."""
    assert data[:8] == PNG_SIGNATURE, data[:8]
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13, kind
    return struct.unpack(">II", data[16:24])


def pdf_text(data):
    """The text pdftotext finds in a PDF's bytes, or None without pdftotext."""
    if shutil.which("pdftotext") is None:
        return None
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        out = subprocess.run(["pdftotext", f.name, "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def run_command(*args, cwd=None):
    """The patchart command's (exit status, stdout bytes, stderr text)."""
    out = subprocess.run([PATCHART, *args], capture_output=True, cwd=cwd)
    return out.returncode, out.stdout, out.stderr.decode("utf-8")
