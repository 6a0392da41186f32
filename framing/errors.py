"""Errors a user can cause and fix: each carries a one-line message naming the
file or setting at fault. The CLI prints them as ``Error: <message>``."""

from pathlib import Path


class FramingError(Exception):
    """Base class for expected, user-facing errors."""


class ArticleError(FramingError):
    """An input article cannot be read or holds no text."""


class SettingsError(FramingError):
    """The settings file is missing, unreadable or invalid."""


class ReportError(FramingError):
    """The report cannot be produced or written."""


class OutputError(ReportError):
    """An output file cannot be written where it was asked for."""


def read_settings_file(path: Path, kind: str) -> str:
    """The UTF-8 text of a file the settings name (the settings file itself, a
    lexicon); any reason it cannot be read becomes a SettingsError naming it.
    Only a regular file of at most 5 MB is read (not a pipe or a device)."""
    from framing.inputs import SETTINGS_FILE_LIMIT, read_regular_file

    if not path.exists():
        raise SettingsError(f"{path}: {kind} not found")
    data = read_regular_file(path, limit=SETTINGS_FILE_LIMIT, kind=kind, error=SettingsError)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: not a UTF-8 text file") from None
