"""Which language an article is written in, and whether framing may analyse it.

framing's analyzers are English-only (VADER, the lexicons, the attribution cues,
the syllable counts), so every article records its language:

- the **text** is classified by py3langid's model (a naive Bayes model over byte
  n-grams for 140 languages, shipped inside that package; deterministic, offline),
  run by ``framing.text.language_model``, which gives py3langid's answers faster. The
  text classified is what the analyzers read: headline and paragraphs, without
  boilerplate lines, at most ``SAMPLE_CHARS`` characters of it;
- the **declared** language of an HTML page (``<html lang>``, else a
  ``content-language`` meta element) is recorded too, and decides when the text
  alone is too short to tell.

The detector's word is taken when the text has at least ``MIN_WORDS`` words and
it gives its guess a probability of at least ``MIN_CONFIDENCE``. Measured on
short news paragraphs written for the purpose (English, German, Spanish, French,
Italian, Dutch, Portuguese), every guess at 12 words or more was right, and no
English text of 6 words or more was taken for another language; guesses on
2–5 words were wrong about one time in ten, with probabilities mostly under 0.8.
Below that evidence the declared language is used when there is one, and the
article is refused as non-English only when the evidence is *reliable*: the
detector's confident guess, or a declared language the detector's weaker guess
agrees with. A short text is never refused on the detector's word alone.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from framing.data import data_rows
from framing.errors import FramingError

if TYPE_CHECKING:
    from framing.text.language_model import LanguageModel

MIN_WORDS = 15
MIN_CONFIDENCE = 0.8
SAMPLE_CHARS = 20_000  # classification is linear; this much text settles any article
_NO_LANGUAGE = "zxx"  # the detector's label for text with no linguistic content

_HTML_TAG_RE = re.compile(r"<html\b[^>]*>", re.I)
_LANG_ATTR_RE = re.compile(r"""\blang\s*=\s*["']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-]*)?""", re.I)
_META_RE = re.compile(r"<meta\b[^>]*>", re.I)
_CONTENT_LANGUAGE_RE = re.compile(r"""http-equiv\s*=\s*["']?content-language""", re.I)
_CONTENT_RE = re.compile(r"""\bcontent\s*=\s*["']?\s*([A-Za-z]{2,3})\b""", re.I)


@dataclass(frozen=True, slots=True)
class Language:
    """An article's language and the evidence for it.

    ``code`` is an ISO 639-1 code (ISO 639-3 where the language has none), or
    None when undetermined. ``source`` says where it came from: ``"text"`` (the
    detector), ``"text+html"`` (the detector, agreeing with the page's declared
    language), ``"html"`` (the declaration, the text being too short to tell) or
    ``"none"``. ``confidence`` is the detector's probability for its own guess
    ``detected`` (0–1, higher is surer); ``declared`` is the HTML page's language.
    ``reliable`` is True when the evidence is strong enough to refuse the article.
    """

    code: str | None
    source: str
    confidence: float
    detected: str | None
    declared: str | None
    reliable: bool

    @property
    def name(self) -> str:
        """English name and code, e.g. ``German (de)``; ``undetermined`` without a code."""
        return f"{language_name(self.code)} ({self.code})" if self.code else "undetermined"

    @property
    def is_english(self) -> bool:
        return self.code == "en"

    def to_json(self) -> dict:
        return {"language": self.code, "language_source": self.source,
                "language_confidence": round(self.confidence, 3),
                "language_detected": self.detected, "language_declared": self.declared}


UNDETERMINED = Language(None, "none", 0.0, None, None, False)


_loading = threading.Lock()  # one load, whichever thread asks first


def _identifier() -> LanguageModel:
    with _loading:
        return _load_identifier()


@lru_cache(maxsize=1)
def _load_identifier() -> LanguageModel:
    from framing.text.language_model import LanguageModel, load_arrays  # numpy: only when needed

    return LanguageModel(load_arrays())


@lru_cache(maxsize=1)
def load_in_background() -> None:
    """Start loading the detector's model in a thread, once per process, so that it
    overlaps with other start-up work; the first ``detect`` waits for it. The first load
    on a machine decompresses the model (0.5 s of CPU, most of it in LZMA, which releases
    the interpreter lock) and caches it; later ones map the cached copy in milliseconds.
    A failed load is left to that call to report. Later calls start nothing."""
    def load_quietly() -> None:
        try:
            _identifier()
        except FramingError:
            pass

    threading.Thread(target=load_quietly, name="framing-language-model", daemon=True).start()


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return {code: name.strip() for code, name in data_rows("language_names.tsv")}


def language_name(code: str) -> str:
    """The English name of a language code; the code itself when unknown."""
    return _names().get(code, code)


def detect(text: str, *, words: int, declared: str | None = None) -> Language:
    """The language of ``text`` (which has ``words`` words), given the language
    its page declares, if any. See the module docstring for the precedence."""
    detected, confidence = None, 0.0
    if words:
        label, probability = _identifier().classify(text[:SAMPLE_CHARS])
        if label != _NO_LANGUAGE:
            detected, confidence = str(label), float(probability)
    declared = declared.lower() if declared else None
    if detected and words >= MIN_WORDS and confidence >= MIN_CONFIDENCE:
        source = "text+html" if declared == detected else "text"
        return Language(detected, source, confidence, detected, declared, True)
    if declared:
        return Language(declared, "html", confidence, detected, declared, detected == declared)
    if detected:
        return Language(detected, "text", confidence, detected, None, False)
    return UNDETERMINED


def declared_language(html: str) -> str | None:
    """The primary language subtag an HTML page declares (``<html lang="de-AT">``
    gives ``de``), else its ``content-language`` meta element's; None when neither."""
    tag = _HTML_TAG_RE.search(html)
    if tag and (match := _LANG_ATTR_RE.search(tag.group())):
        return match.group(1).lower()
    for meta in _META_RE.finditer(html):
        element = meta.group()
        if _CONTENT_LANGUAGE_RE.search(element) and (match := _CONTENT_RE.search(element)):
            return match.group(1).lower()
    return None


def not_english(language: Language) -> str | None:
    """Why an article must not be analysed as English (``reads as German (de),
    and framing's analyzers are English-only``), or None when it may be: English,
    undetermined, or a guess too weak to act on."""
    if language.reliable and not language.is_english:
        return f"reads as {language.name}, and framing's analyzers are English-only"
    return None
