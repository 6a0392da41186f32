from framing.report.highlight import Mark, Piece, paragraph_pieces
from framing.text.spans import Span

TEXT = "Hello big world. Bye now."
PARAGRAPHS = [Span(0, 16, TEXT[0:16]), Span(17, 25, TEXT[17:25])]


def test_overlapping_marks_become_flat_pieces():
    pieces = paragraph_pieces(TEXT, PARAGRAPHS, [Mark(0, 16, "tone"), Mark(6, 9, "loaded"),
                                                 Mark(10, 21, "quote")])
    assert pieces == [
        [Piece("Hello ", "tone"), Piece("big", "loaded tone"), Piece(" ", "tone"),
         Piece("world.", "quote tone")],
        [Piece("Bye ", "quote"), Piece("now.", "")],
    ]


def test_pieces_rebuild_each_paragraph_exactly():
    marks = [Mark(2, 20, "a"), Mark(2, 20, "a"), Mark(5, 6, "b")]
    for para, pieces in zip(PARAGRAPHS, paragraph_pieces(TEXT, PARAGRAPHS, marks)):
        assert "".join(p.text for p in pieces) == para.text
