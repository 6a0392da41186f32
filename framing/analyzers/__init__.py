"""The analyzers, in report order.

Each module has the same public face: ``Settings`` (its settings section),
a frozen ``Result`` with ``to_json()``, ``METRICS`` (its headline figures) and
``analyze(article, settings) -> Result``. This table is the one place that
lists them.
"""

from framing.analyzers import attribution, loaded_language, readability, sentiment

ANALYZERS = {
    "sentiment": sentiment,
    "loaded_language": loaded_language,
    "attribution": attribution,
    "readability": readability,
}
