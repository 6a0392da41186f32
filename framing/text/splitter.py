"""Sentence boundaries of one paragraph, decided as pysbd decides them, in a few passes.

pysbd (0.3.4, English, ``clean=False``) rewrites a paragraph some forty times: it
replaces every period, "!" and "?" that does not end a sentence by a placeholder
(abbreviations, initials, decimals, "U.S.", "p.m.", punctuation inside quotation marks
and brackets), cuts the rest with one regular expression, restores the placeholders and
splits once more where a closing quotation mark is followed by a capital. ``split`` does
the same work with the same rules in the same order, each written once and compiled
once, and skips every rule whose characters the paragraph does not hold. Its
placeholders are single private-use characters, so the rewritten paragraph keeps the
original's offsets and the sentences come out as spans rather than strings to be looked
for again.

The rules, in pysbd's order (what each keeps from ending a sentence):
  1. a period before "'s"; an upper-case initial ("J. R. Smith", "at A.");
  2. the abbreviation list (``English.Abbreviation``, read from pysbd): a listed word
     written before a period, after white space or at the start, case ignored; titles
     ("Gen.", "Dr.", "St.") before white space, number words ("No.", "p.") before a
     number, the others before lower case, a digit, "I", "(" or one of . : - ? ,
     (pysbd's own quirk kept: "e.g", "i.e", "u.s" are patterns, so "ice." and "egg."
     count as them);
  3. letters joined by periods ("U.S.", "p.m.", "e.g."), except "p.m."/"a.m." and
     "U.S."/"E.U."/"I" before a capitalised sentence starter ("The", "It", ...);
  4. a period before a digit, or after a digit and before a non-space ("4.2", "3.5m"),
     a list number opening the paragraph ("2. The"); a period between two ASCII letters
     or digits ("example.com"); a period opening a file extension (" .pdf ");
  5. ellipses: " . . . " and a closing ". . . ." whole, "...." and "..." before a capital
     but for their last period, any other "...";
  6. marks inside "double", “curly”, 'single' (after white space) and ‘single curly’
     quotation marks, (brackets), [square brackets] and --dashes--; "?" or "!" before a
     quotation mark; "!" before a comma or a space and lower case.
A sentence is then what pysbd's SENTENCE_BOUNDARY_REGEX matches, cut again after
[.!?-] and a closing quotation mark where a space and a capital follow.

A chunk that holds anything else pysbd treats specially is not decided here: ``split``
returns None and the caller asks pysbd (``_unusual``: two list markers, "..'s", numbered
references, runs of "!"/"?", pysbd's exclamation words, a roman numeral or a lone mark
in brackets, brackets between quotations, fullwidth marks, "°", line separators,
backslashes, letters that case-folding maps onto ASCII, pysbd's own placeholders).

Measured on every paragraph chunk of the examples, the 840 PolNeAR and the 371 PTC
training texts (33,700 chunks): 11,001 need no cutting (segment's shortcut), 22,636 are
cut here and 63 by pysbd (2 list markers 35, runs of "!"/"?" and the like 18, numbered
references 8, other 2). Boundaries that moved against pysbd's: none, so there are no
classes of differences to argue; the same spans chunk by chunk, and
benchmarks/same_results.py finds every JSON figure identical to main's on the 1,215
texts. Paragraphs strung at random from the tokens the rules look at (about 100,000),
and real chunks with such tokens inserted (about 78,000), came out the same as well.
tests/test_splitter.py holds a fictional paragraph for each rule and a seeded sample
of the random paragraphs.
"""

from __future__ import annotations

import re

from pysbd.lang.english import English

PERIOD, BANG, QUERY, APOSTROPHE = "\ue000", "\ue001", "\ue002", "\ue003"  # placeholders
SPACE = "\ue004"  # a space of ". . ." that pysbd hides with its periods
_END = "ȸ"  # pysbd's end mark for a paragraph that does not end in punctuation

_ABBREVIATION = English.Abbreviation
_STARTERS = English.AbbreviationReplacer.SENTENCE_STARTERS

# Anything below sends the paragraph to pysbd (see the module docstring).
# Each pattern starts with a literal or a set of characters, which the re module scans
# for quickly; lookbehinds come after.
_UNUSUAL_CHARACTER = re.compile(
    r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\\\ue000-\ue0ff]"  # line separators, placeholders
    r"|[\u0130\u0131\u017f\u212a]"  # İ ı ſ K: IGNORECASE folds them into ASCII letters
    r"|[∯∮ȸȹ☉☈☇☄♨☝ƪ☏♟♝♬♭ᓰᓱᓳᓴᓷᓸ✂⌬⎋。．！？（）「」«»°ǃ]")  # pysbd's own marks, fullwidth
_UNUSUAL_PERIOD = re.compile(
    r"\.(?:\.'"  # "..'s"
    r"|(?<=[^\d\s]\.)[\d\[])")  # numbered references ("as shown.12 The")
_UNUSUAL_MARK = re.compile(
    r"[!?][!?]|Yahoo!|Y!J|Yum!|![XK]"  # double marks, pysbd's exclamation words
    r"|\([!?]\)")  # a lone mark in brackets
_UNUSUAL_BRACKET = re.compile(
    r"\([mdclxvi]+\)\s[A-Z]"  # a roman numeral in brackets
    r'|["”]\s\(.*\)\s["“]')  # brackets between quotations
# List markers (searched in the chunk after a space): pysbd rewrites a list only when
# it finds two markers of one kind, so one is left to the rules here.
_LIST_ITEM = re.compile(
    r"\.(?:(?<=\s[a-z]\.)"  # a. b.
    r"|(?<=[\s\-⁃]\d\.)(?=[\s)])|(?<=[\s\-⁃]\d\d\.)(?=[\s)]))"  # 1. 2.
    r"|\)(?:(?<=[\s(][a-z]\))|(?<=[\s(][ivx]{2}\))|(?<=[\s(][ivx]{3}\))"  # a) (b) ii)
    r"|(?<=[\s(][ivx]{4}\))|(?<=[\s(][ivx]{5}\))"
    r"|(?<=\d\))(?=\s))")  # 1) 2)

_POSSESSIVE = re.compile(r"\.(?='s\s)|\.(?='s$)|\.(?='s\Z)")
_KG = re.compile(r"(?<=Co)\.(?=\sKG)")
_INITIAL = re.compile(r"\.(?:(?<=^[A-Z]\.)(?=\s)|(?<=\s[A-Z]\.)(?=,?\s))")
_LONGEST = max(len(a) for a in _ABBREVIATION.ABBREVIATIONS if a.isalpha())
# A period after a word of 1 to _LONGEST letters that follows white space (search the
# text after a space, so that the start counts too); the word is the last group.
_WORD_BEFORE_PERIOD = re.compile("\\.(?:" + "|".join(
    f"(?<=\\s([A-Za-z]{{{n}}})\\.)" for n in range(1, _LONGEST + 1)) + ")")
# "e.g", "u.s" and the like with their period as a wildcard, as pysbd searches for them
_DOTTED_BEFORE_PERIOD = [(a, re.compile(f"(?<!\\S){a}\\.", re.IGNORECASE))
                         for a in _ABBREVIATION.ABBREVIATIONS if not a.isalpha()]
_LETTER_PERIOD_LETTER = re.compile(r"\.(?<=[A-Za-z]\.)[A-Za-z]")  # in each of those
_AFTER_TITLE = re.compile(r"\s|:\d")
_AFTER_NUMBER_WORD = re.compile(r"\s\d|\s+\(")
_AFTER_ABBREVIATION = re.compile(r"[.:\-?,]|\s(?:[a-z]|I\s|I'm|I'll|\d|\()")
_LETTERS_AND_PERIODS = re.compile(r"\b[a-z](?:\.[a-z])+[.]", re.IGNORECASE)
_LETTER_BETWEEN_PERIODS = re.compile(r"\.[A-Za-z]\.")  # what any match of the above ends with
_AM_PM = re.compile(f"(?:(?<= P{PERIOD}M)|(?<=A{PERIOD}M)|(?<=p{PERIOD}m)|(?<=a{PERIOD}m))"
                    f"{PERIOD}(?=\\s[A-Z])")
_BEFORE_STARTER = re.compile(f"{PERIOD}\\s(?:{'|'.join(_STARTERS)})\\s")
_STARTER_AFTER = re.compile(
    "(U{0}S|U\\.S|U{0}K|E{0}U|E\\.U|U{0}S{0}A|U\\.S\\.A|I|i.v|I.V){0}(?=\\s(?:{1})\\s)".format(
        PERIOD, "|".join(_STARTERS)))
_NUMBER_PERIOD = re.compile(r"\.(?:(?=\d)|(?<=\d\.)(?=\S))")
_OPENING_NUMBER = re.compile(r"\d\d?\.(?=\s\S|\))")
_BEFORE_JOINED = re.compile(r"\.[a-zA-Z0-9_]")
_JOINED = re.compile(r"([a-zA-Z0-9_])\.([a-zA-Z0-9_])")  # consuming, as pysbd's: "a.b.c" keeps one

# Between quotation marks and brackets (pysbd's BetweenPunctuation, in its order).
# pysbd's patterns for "", [], (), “” emulate an atomic group so as to skip escaped
# characters ('"(?=(?P<tmp>[^"\\]+|\\{2}|\\.)*)(?P=tmp)"'); in a chunk without a backslash
# (one with goes to pysbd) that matches what '"[^"]+"' matches, and "--" + "[^-]*" + "--"
# is theirs for dashes written plainly.
# (The white space before a single quotation mark is looked behind from the mark.)
_SINGLE_QUOTED = re.compile(r"'(?<=\s')(?:[^']|'[a-zA-Z])*'")
_LEADING_APOSTROPHE = re.compile(r"'(?<=\s')(?:[^']|'[a-zA-Z])*'\S")
_ENCLOSED = [
    ("‘", re.compile(r"‘(?<=\s‘)(?:[^’]|’[a-zA-Z])*’")),
    ('"', re.compile(r'"[^"]+"')),
    ("[", re.compile(r"\[[^\]]+\]")),
    ("(", re.compile(r"\([^()]+\)")),
    ("--", re.compile(r"--[^-]*--")),
    ("“", re.compile(r"“[^”]+”")),
]
_QUERY_BEFORE_QUOTE = re.compile(r"\?(?=['\"])")
_BANG_MID_SENTENCE = re.compile(r"!(?=['\"])|!(?=,\s[a-z])|!(?=\s[a-z])")
_APOSTROPHE_SPACE = re.compile(r"'\s")
_SPACED_PERIOD = re.compile(r"\.(?<=\s\.)")
_FILE_EXTENSION = re.compile(  # " .pdf " (pysbd's FileFormatRule)
    r"\.(?<=\s\.)(?=(?:jpe?g|png|gif|tiff?|pdf|ps|docx?|xlsx?|svg|bmp|tga|exif|odt|html?|txt"
    r"|rtf|bat|sxw|xml|zip|exe|msi|blend|wmv|mp[34]|pptx?|flac|rb|cpp|cs|js)\s)")
# pysbd's ellipsis rules, in its order: " . . . " and a closing ". . . ." hide their
# spaces too (pysbd gives them back as plain spaces, so other white space there goes to
# pysbd); "...." before a capital keeps its last period, "..." before a capital its
# third, any other "..." none.
_SPACED_ELLIPSES = [re.compile(r"(?:\s\.){3}\s"), re.compile(r"(?<=[a-z])(?:\.\s){3}\.$")]
_ELLIPSES = [(re.compile(r"(?<=\S)\.{3}(?=\.\s[A-Z])"), PERIOD * 3),
             (re.compile(r"\.\.\.(?=\s+[A-Z])"), PERIOD * 2 + "."),
             (re.compile(r"\.\.\."), PERIOD * 3)]

# pysbd's SENTENCE_BOUNDARY_REGEX with its lazy "\S.*?[ends]" written as the same match
# "\S[^ends\n]*[ends]", which the re module runs without backtracking.
_ENDS = "。．.！!?？ȸȹ☉☈☇☄"
_SENTENCE = re.compile(English.SENTENCE_BOUNDARY_REGEX.replace(
    f"\\S.*?[{_ENDS}]", f"\\S[^{_ENDS}\\n]*[{_ENDS}]"))
_QUOTE_THEN_CAPITAL = re.compile(f"[!?.\\-{PERIOD}{BANG}{QUERY}][\"'“”]\\s[A-Z]")
_CUT_AFTER_QUOTE = re.compile(f"(?<=[!?.\\-{PERIOD}{BANG}{QUERY}][\"'“”])\\s(?=[A-Z])")


def _abbreviation_kinds() -> dict[str, re.Pattern[str]]:
    """Each abbreviation of the list (lower case) with what must follow its period."""
    kinds = {}
    for abbreviation in _ABBREVIATION.ABBREVIATIONS:
        if abbreviation in _ABBREVIATION.PREPOSITIVE_ABBREVIATIONS:
            kinds[abbreviation] = _AFTER_TITLE
        elif abbreviation in _ABBREVIATION.NUMBER_ABBREVIATIONS:
            kinds[abbreviation] = _AFTER_NUMBER_WORD
        else:
            kinds[abbreviation] = _AFTER_ABBREVIATION
    return kinds


_FOLLOWING = _abbreviation_kinds()


def split(chunk: str) -> list[tuple[int, int]] | None:
    """(start, end) of each sentence of ``chunk``, white space trimmed, as pysbd cuts
    it; None when the chunk holds something left to pysbd (``_unusual``)."""
    if not chunk.strip():
        return []
    if _unusual(chunk):
        return None
    text = _hide_abbreviation_periods(chunk)
    text = _NUMBER_PERIOD.sub(PERIOD, text)
    if text[:1].isdigit() and (opening := _OPENING_NUMBER.match(text)):
        text = text[:opening.end() - 1] + PERIOD + text[opening.end():]
    if _BEFORE_JOINED.search(text):
        text = _JOINED.sub(f"\\1{PERIOD}\\2", text)
    if _SPACED_PERIOD.search(text):
        text = _FILE_EXTENSION.sub(PERIOD, text)
        for pattern in _SPACED_ELLIPSES:
            if any(m.group().strip(" .") for m in pattern.finditer(text)):
                return None
            text = pattern.sub(_hide_spaced_ellipsis, text)
    if ".." in text:
        for pattern, hidden in _ELLIPSES:
            text = pattern.sub(hidden, text)
    if "." not in text and "!" not in text and "?" not in text:
        return _pieces(text, 0, len(text), True)  # no mark left: pysbd keeps it whole
    if text[-1] not in ".!?":
        text += _END
    text = _hide_enclosed(text)
    if "?" in text:
        text = _QUERY_BEFORE_QUOTE.sub(QUERY, text)
    if "!" in text:
        text = _BANG_MID_SENTENCE.sub(BANG, text)
    quoted = _QUOTE_THEN_CAPITAL.search(text) is not None
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        spans += _pieces(text, match.start(), match.end(), quoted)
    return spans


def _unusual(chunk: str) -> bool:
    """Whether the chunk holds something pysbd treats in a way not copied here."""
    if _UNUSUAL_CHARACTER.search(chunk) or _UNUSUAL_PERIOD.search(chunk):
        return True
    if ("!" in chunk or "?" in chunk) and _UNUSUAL_MARK.search(chunk):
        return True
    if "(" in chunk and _UNUSUAL_BRACKET.search(chunk):
        return True
    found = _LIST_ITEM.finditer(" " + chunk)
    return next(found, None) is not None and next(found, None) is not None


def _hide_abbreviation_periods(text: str) -> str:
    """Steps 1 to 3 of the module docstring (pysbd's AbbreviationReplacer)."""
    if ".'s" in text:
        text = _POSSESSIVE.sub(PERIOD, text)
    if "KG" in text:
        text = _KG.sub(PERIOD, text)
    text = _INITIAL.sub(PERIOD, text)
    hidden = [m.start() - 1 for m in _WORD_BEFORE_PERIOD.finditer(" " + text)
              if (following := _FOLLOWING.get(m.group(m.lastindex).lower()))
              and following.match(text, m.start())]
    joined = _LETTER_PERIOD_LETTER.search(text) is not None
    if joined:
        lowered = text.lower()
        for abbreviation, pattern in _DOTTED_BEFORE_PERIOD:
            if abbreviation in lowered:  # pysbd looks only for those spelled out somewhere
                hidden += [m.end() - 1 for m in pattern.finditer(text)
                           if _AFTER_ABBREVIATION.match(text, m.end())]
    if hidden:
        chars = list(text)
        for at in hidden:
            chars[at] = PERIOD
        text = "".join(chars)
    if joined and _LETTER_BETWEEN_PERIODS.search(text):
        text = _LETTERS_AND_PERIODS.sub(_hide_periods, text)
    if PERIOD in text:
        if "m" + PERIOD in text or "M" + PERIOD in text:
            text = _AM_PM.sub(".", text)
        if _BEFORE_STARTER.search(text):
            text = _STARTER_AFTER.sub(r"\1.", text)
    return text


def _hide_spaced_ellipsis(match: re.Match[str]) -> str:
    return match.group().replace(".", PERIOD).replace(" ", SPACE)


def _hide_periods(match: re.Match[str]) -> str:
    return match.group().replace(".", PERIOD)


def _hide_enclosed(text: str) -> str:
    """Marks between quotation marks and brackets hidden (step 6)."""
    if "'" in text and not (_LEADING_APOSTROPHE.search(text) and not _APOSTROPHE_SPACE.search(text)):
        text = _SINGLE_QUOTED.sub(_hide_marks, text)
    for opening, pattern in _ENCLOSED:
        if opening in text:
            text = pattern.sub(_hide_marks_and_apostrophes, text)
    return text


def _hide_marks(match: re.Match[str]) -> str:
    return match.group().replace(".", PERIOD).replace("!", BANG).replace("?", QUERY)


def _hide_marks_and_apostrophes(match: re.Match[str]) -> str:
    return _hide_marks(match).replace("'", APOSTROPHE)


def _pieces(text: str, start: int, end: int, quoted: bool) -> list[tuple[int, int]]:
    """The trimmed sentences of the match ``text[start:end]`` after pysbd's last cut
    (``quoted``: whether ``text`` has a place for that cut at all). pysbd leaves a
    sentence of letters alone instead of trimming it, which comes to the same."""
    if text[end - 1] == _END:
        end -= 1
    cuts = [start]
    # pysbd restores its placeholders first, so they count as the marks they hide
    if quoted and _QUOTE_THEN_CAPITAL.search(sentence := text[start:end]):
        for cut in _CUT_AFTER_QUOTE.finditer(sentence):
            cuts += [start + cut.start(), start + cut.end()]
    cuts.append(end)
    spans = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        while a < b and (text[a].isspace() or text[a] == SPACE):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] == SPACE):
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans
