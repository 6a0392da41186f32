"""The analyzers, in report order.

Each module has the public face that ``framing.analyzers.contract.Analyzer``
describes. This table is the one place that lists them; its keys are also the
names of their settings sections and of the fields of
``framing.pipeline.ArticleAnalysis``, in the same order.
"""

from framing.analyzers import attribution, loaded_language, readability, sentiment
from framing.analyzers.contract import Analyzer

ANALYZERS: dict[str, Analyzer] = {
    "sentiment": sentiment,
    "loaded_language": loaded_language,
    "attribution": attribution,
    "readability": readability,
}
