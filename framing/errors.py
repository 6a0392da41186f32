"""Errors a user can cause and fix: each carries a one-line message naming the
file or setting at fault. The CLI prints them as ``Error: <message>``."""


class FramingError(Exception):
    """Base class for expected, user-facing errors."""


class ArticleError(FramingError):
    """An input article cannot be read or holds no text."""


class SettingsError(FramingError):
    """The settings file is missing, unreadable or invalid."""


class ReportError(FramingError):
    """The report cannot be produced or written."""
