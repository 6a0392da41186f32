"""Reading input bytes safely: only regular files (or a stream such as standard
input), never more than a size limit.

Opening a named pipe for reading blocks until a writer appears, and a device
such as /dev/zero never ends, so a file is opened without blocking and checked
with fstat before a byte is read; reads stop one byte past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from framing.errors import FramingError

DEFAULT_SETTINGS_FILE = "framing.toml"  # read from the working directory when present
# Article formats, and the suffixes that name them (the command line's --format choices);
# here rather than in framing.text.readers so that the command line starts without the readers.
SUFFIX_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                  ".html": "html", ".htm": "html"}
FORMATS = ("txt", "md", "html")
SETTINGS_FILE_LIMIT = 5_000_000  # settings and lexicon files; a real one is a few KB

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"),
          (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


def read_regular_file(path: Path, *, limit: int, kind: str,
                      error: type[FramingError], hint: str = "") -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes.

    ``kind`` names what the file is for in messages ("article", "settings file");
    every problem raises ``error`` with one line naming the file; ``hint`` ends
    the message about the size limit (which setting changes it).
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not {_a(kind)}") from None
    except OSError as problem:
        raise error(f"{path}: cannot be read ({problem.strerror})") from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        what = next((name for test, name in _KINDS if test(mode)), "a special file")
        raise error(f"{path}: is {what}, not {_a(kind)}")
    with os.fdopen(descriptor, "rb") as stream:
        try:
            return read_stream(stream, limit=limit, name=str(path), kind=kind, error=error,
                               hint=hint)
        except OSError as problem:
            raise error(f"{path}: cannot be read ({problem.strerror})") from None


def read_stream(stream: BinaryIO, *, limit: int, name: str, kind: str,
                error: type[FramingError], hint: str = "") -> bytes:
    """At most ``limit`` bytes from ``stream``; more is an error naming ``name``."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise error(f"{name}: larger than the {_size(limit)} limit for {_a(kind)}{hint}")
    return data


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _size(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1_000_000:g} MB"
    if count >= 1_000:
        return f"{count / 1_000:g} KB"
    return f"{count} bytes"
