import re

import pysbd
import pytest
from pysbd.lang.english import English

from framing.text import segment, splitter

SEGMENTER = pysbd.Segmenter(language="en", clean=False)


def fast(chunk: str) -> list[str]:
    spans = splitter.split(chunk)
    assert spans is not None, "the splitter left this chunk to pysbd"
    return [chunk[a:b] for a, b in spans]


def by_pysbd(chunk: str) -> list[str]:
    return [s.strip() for s in SEGMENTER.segment(chunk) if s.strip()]


# Each case: a fictional paragraph and the sentences pysbd makes of it.
CASES = {
    "titles before a name": (
        "Gen. Ana Ortiz met Sen. Ray Kline and Dr. Lu on Main St. in the rain. They left.",
        ["Gen. Ana Ortiz met Sen. Ray Kline and Dr. Lu on Main St. in the rain.", "They left."]),
    "a title ends no sentence even before a capital": (
        "The parade went down Elm St. The crowd cheered.",
        ["The parade went down Elm St. The crowd cheered."]),
    "other abbreviations before lower case, a digit or a comma": (
        "Talks resumed on Jan. 5 and ran until Feb., etc. and so on. Then they stopped.",
        ["Talks resumed on Jan. 5 and ran until Feb., etc. and so on.", "Then they stopped."]),
    "an abbreviation before a capital ends the sentence": (
        "The vote was held in Jan. The result came later.",
        ["The vote was held in Jan.", "The result came later."]),
    "number words before a number": (
        "He wore No. 4 for the club. See p. 12 for more.",
        ["He wore No. 4 for the club.", "See p. 12 for more."]),
    "initials": (
        "J. R. Smith of Plan B. Then nobody spoke. A. Diaz agreed.",
        ["J. R. Smith of Plan B. Then nobody spoke.", "A. Diaz agreed."]),
    "U.S. before a sentence starter and before other words": (
        "Aid from the U.S. reached the port. It came from the U.S. The navy said so.",
        ["Aid from the U.S. reached the port.", "It came from the U.S.", "The navy said so."]),
    "a.m. and P.M.": (
        "The talks began at 9 a.m. on Friday. They ended at 5 P.M. The mayor left.",
        ["The talks began at 9 a.m. on Friday.", "They ended at 5 P.M.", "The mayor left."]),
    "decimals, amounts and addresses": (
        "Prices rose 4.2 percent to $3.5m. Read more at example.com today. Done.",
        ["Prices rose 4.2 percent to $3.5m.", "Read more at example.com today.", "Done."]),
    "a possessive after a period": (
        "The U.S.'s share fell. Nobody minded.",
        ["The U.S.'s share fell.", "Nobody minded."]),
    "double quotation marks": (
        'She said: "We are ready. Nobody doubts it." Then she left.',
        ['She said: "We are ready. Nobody doubts it."', "Then she left."]),
    "curly quotation marks": (
        "“The plan works. It always did,” the mayor said. “Really?” he asked.",
        ["“The plan works. It always did,” the mayor said.", "“Really?” he asked."]),
    "single quotation marks after a space": (
        "He called it 'a farce. A sham.' Then he sat down. It's over.",
        ["He called it 'a farce. A sham.'", "Then he sat down.", "It's over."]),
    "a question or exclamation before a quotation mark": (
        'He asked "why?" and she said "no!" to him. Fine.',
        ['He asked "why?" and she said "no!" to him.', "Fine."]),
    "an exclamation before lower case": (
        "Wow! that was close. Yes! It was.",
        ["Wow! that was close.", "Yes!", "It was."]),
    "ellipses": (
        "It rose... and then fell. Then... The end came.... Nobody knew.",
        ["It rose... and then fell.", "Then...", "The end came....", "Nobody knew."]),
    "spaced ellipses": (
        "He paused . . . and then spoke. She waited. . . . Then she left. Wait . . . The vote came.",
        ["He paused . . . and then spoke.", "She waited.", ". . . Then she left.",
         "Wait . . . The vote came."]),
    "a file name after a space, and a closing spaced ellipsis": (
        "Open the file report .pdf now. It is long. The end . . . .",
        ["Open the file report .pdf now.", "It is long.", "The end . . . ."]),
    "brackets": (
        "He left (as he said. Twice.) early. [Edited. Again.] Then he came back.",
        ["He left (as he said. Twice.) early.", "[Edited. Again.] Then he came back."]),
    "dashes": (
        "The plan --drawn up in 2019. Or so.-- failed. Next.",
        ["The plan --drawn up in 2019. Or so.-- failed.", "Next."]),
    "no closing punctuation": (
        "Officials said the bridge would close. More details later",
        ["Officials said the bridge would close.", "More details later"]),
    "a lone list number at the start": (
        "2. The second point matters. It really does.",
        ["2. The second point matters.", "It really does."]),
    "pysbd's 'i.e' pattern matches 'ice' only where 'i.e' is written": (
        "Skaters fell on thin ice. I saw it, i.e. twice. Skaters fell on thin ice. he said.",
        ["Skaters fell on thin ice. I saw it, i.e. twice.", "Skaters fell on thin ice. he said."]),
    "'ice' before 'I' is no abbreviation where 'i.e' is not written": (
        "Skaters fell on thin ice. I saw it.", ["Skaters fell on thin ice.", "I saw it."]),
    "without any mark": ("A headline without a stop", ["A headline without a stop"]),
}


@pytest.mark.parametrize("chunk, expected", CASES.values(), ids=CASES.keys())
def test_the_splitter_cuts_as_pysbd_does(chunk, expected):
    assert by_pysbd(chunk) == expected  # the case says what pysbd does
    assert fast(chunk) == expected


@pytest.mark.parametrize("chunk", [
    "1. First item 2. Second item 3. Third item",
    "Options: a) one b) two c) three.",
    "Wait\xa0. . . now it starts. Then.",
    "Search on Yahoo! News today. Then stop.",
    "As shown in the study.12 The others disagreed.",
    "Really?! Yes!! No.",
    "A line\rbreak. Inside it.",
    "The İstanbul office. Open.",
])
def test_unusual_chunks_go_to_pysbd_and_come_out_as_pysbd_cuts_them(chunk):
    assert splitter.split(chunk) is None
    spans = segment.sentences(chunk, segment.paragraphs(chunk))
    assert [s.text for s in spans] == by_pysbd(chunk.replace("\n", " "))


def test_spans_index_the_chunk_exactly_and_in_order():
    chunk = '  "Yes." He nodded.   Then: rain... Sleet.  More to come '
    spans = splitter.split(chunk)
    assert spans == sorted(spans)
    assert all(chunk[a:b] == chunk[a:b].strip() != "" for a, b in spans)
    assert [chunk[a:b] for a, b in spans] == by_pysbd(chunk)


def test_the_sentence_pattern_is_pysbds_with_its_lazy_run_rewritten():
    assert splitter._SENTENCE.pattern != English.SENTENCE_BOUNDARY_REGEX
    samples = ['"Go home." He left. (Then two.) Next', "A.. b!? c ȸ", "x   . . y? 'Ok,' z. Ends"]
    for text in samples:
        assert [m.span() for m in splitter._SENTENCE.finditer(text)] == \
            [m.span() for m in re.finditer(English.SENTENCE_BOUNDARY_REGEX, text)]


TOKENS = ("the said plan Smith The It I He They Why ice egg Co KG Mr. Mrs. Dr. Gen. St. Jan. No. no. "
          "p. etc. e.g. i.e. U.S. u.s. E.U. p.m. a.m. P.M. J. A. R. Inc. Sen. v. vs. Fig. art. is. "
          "Ph.D. 4.2 3.5m 5 12 .pdf example.com $1.5 50. \" “ ” ' ‘ ’ ( ) [ ] -- - , ; : ! ? . ... "
          "'s I'm").split()


def test_random_token_soup_is_cut_as_pysbd_cuts_it():
    """Paragraphs strung from the tokens the rules look at, with and without spaces
    between them; the splitter decides most of them, always as pysbd does."""
    import random

    rng = random.Random(13)
    decided = 0
    for _ in range(400):
        chunk = "".join(rng.choice(TOKENS) + rng.choice(["", " ", " ", "  "])
                        for _ in range(rng.randint(2, 24))).strip()
        spans = splitter.split(chunk)
        if spans is not None and re.search(r"[.!?]", chunk):
            decided += 1
            assert [chunk[a:b] for a, b in spans] == by_pysbd(chunk), chunk
    assert decided > 200
