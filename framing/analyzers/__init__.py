"""The analyzers, in report order.

Each module has the same public face: ``TITLE`` and ``ABOUT`` (its heading and
the reader-facing explanation in the report's appendix), ``Settings`` (its
settings section), a frozen ``Result`` with ``to_json()``, ``METRICS`` (its
headline figures), ``analyze(article, settings) -> Result`` and, where it has
heavy resources, ``load(settings)``. This table is the one place that
lists them.
"""

from framing.analyzers import attribution, loaded_language, readability, sentiment

ANALYZERS = {
    "sentiment": sentiment,
    "loaded_language": loaded_language,
    "attribution": attribution,
    "readability": readability,
}
