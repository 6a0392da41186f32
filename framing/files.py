"""Writing output files without clobbering what is not ours.

Every file is written to a temporary ``.NAME.*.part`` beside its target and
renamed into place only when all of a run's files are complete, so a failure
leaves neither half a file nor a stray temporary. A file we replace keeps its
permission mode. Targets that are inputs of the run or not regular files
(devices, FIFOs, folders) are refused before anything is written.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from framing.errors import OutputError

Writer = Callable[[str], object]


def check_target(path: Path, *, inputs: Sequence[Path] = (), what: str = "output") -> None:
    """Refuse ``path`` as a file to write when it is one of ``inputs`` or exists
    as something other than a regular file."""
    for source in inputs:
        if _same_file(path, source):
            raise OutputError(f"{path}: is one of the input files; refusing to overwrite it "
                              f"(choose another {what} name)")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except NotADirectoryError:
        raise OutputError(f"{path.parent}: is not a folder") from None
    except OSError as error:
        raise OutputError(f"{path}: cannot be checked ({error.strerror})") from None
    if stat.S_ISDIR(mode):
        raise OutputError(f"{path}: is a directory")
    if not stat.S_ISREG(mode):
        raise OutputError(f"{path}: exists and is not a regular file; refusing to replace it")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return a.resolve() == b.resolve()


@contextmanager
def output_folder(folder: Path) -> Iterator[None]:
    """Create ``folder`` (and missing parents) for the block; if the block fails,
    remove the folders created here again, as long as they are still empty."""
    created = []
    for parent in [folder, *folder.parents]:
        if parent.exists() or parent.is_symlink():
            break
        created.append(parent)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{folder}: is not a folder") from None
    except OSError as error:
        raise OutputError(f"{folder}: cannot create the output folder ({error.strerror})") from None
    succeeded = False
    try:
        yield
        succeeded = True
    finally:
        if not succeeded:
            for path in created:  # deepest first
                try:
                    path.rmdir()
                except OSError:
                    break


def write_atomically(output: Path, write: Writer) -> None:
    """Call ``write(temporary_path)`` then move the result to ``output``; on any
    failure nothing is left at ``output`` or beside it."""
    write_all_atomically([(output, write)])


def write_all_atomically(outputs: Sequence[tuple[Path, Writer]]) -> None:
    """Write every ``(output, write)`` pair to a temporary file first and move
    them into place only once all are written; on failure none is moved and
    no temporary file is left behind."""
    with staged_outputs([output for output, _ in outputs]) as temporaries:
        for (output, write), temporary in zip(outputs, temporaries):
            try:
                write(temporary)
            except OSError as error:
                raise OutputError(f"{output}: cannot write ({error.strerror})") from None


@contextmanager
def staged_outputs(outputs: Sequence[Path]) -> Iterator[list[str]]:
    """Temporary files beside each of ``outputs`` for the block to fill (several
    at once, as a stream); when the block ends normally all are moved into place,
    otherwise none is, and no temporary file is left behind."""
    temporaries: list[str] = []
    try:
        for output in outputs:
            _temporary(output, temporaries)
        yield list(temporaries)
        for output, temporary in zip(outputs, temporaries):
            check_target(output)  # it may have changed while we were writing
            try:
                os.chmod(temporary, _mode_for(output))
                os.replace(temporary, output)
            except OSError as error:
                raise OutputError(f"{output}: cannot write ({error.strerror})") from None
    finally:
        for temporary in temporaries:
            if os.path.lexists(temporary):
                os.unlink(temporary)


def _temporary(output: Path, temporaries: list[str]) -> None:
    """Create an empty temporary file beside ``output`` and record it at once in
    ``temporaries``, so that an interruption cannot orphan it."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part",
                                             dir=output.parent)
    except OSError as error:
        raise OutputError(f"{output}: cannot write here ({error.strerror})") from None
    temporaries.append(temporary)
    os.close(handle)


def _mode_for(output: Path) -> int:
    """The mode of the file being replaced, else the default for a new file."""
    try:
        return stat.S_IMODE(os.stat(output).st_mode)
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
