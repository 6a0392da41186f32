"""Small helpers shared by the tests."""

from pathlib import Path

from framing.text.readers import parse_article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = [EXAMPLES / "wire-report.txt", EXAMPLES / "partisan-piece.md",
                 EXAMPLES / "opinion-column.html"]


def article(text: str, name: str = "t.txt", **kwargs):
    """An Article from a literal text."""
    return parse_article(text.encode("utf-8"), name=name, **kwargs)
