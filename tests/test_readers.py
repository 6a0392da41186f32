import codecs

import pytest

from framing.errors import ArticleError
from framing.text.readers import parse_article, read_article


def test_txt_headline_when_blank_line_follows():
    a = parse_article(b"The headline\n\nBody text here.", name="a.txt")
    assert a.headline.text == "The headline"
    assert a.title == "The headline"
    assert a.text[a.body_start:].strip() == "Body text here."


def test_txt_without_blank_second_line_has_no_headline():
    a = parse_article(b"First sentence.\nSecond sentence.", name="a.txt")
    assert a.headline is None
    assert a.body_start == 0


def test_txt_text_is_the_file_with_only_crlf_folded():
    data = b"Head\r\n\r\nBody \xe2\x80\x9cquoted\xe2\x80\x9d.\r\nMore.\r\n"
    a = parse_article(data, name="a.txt")
    assert a.text == data.decode("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize("data, encoding", [
    (codecs.BOM_UTF8 + "Café news\n\nRésumé.".encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + "Café news\n\nRésumé.".encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + "Café news\n\nRésumé.".encode("utf-16-be"), "utf-16"),
])
def test_encodings_with_marks(data, encoding):
    a = parse_article(data, name="a.txt")
    assert a.encoding == encoding
    assert a.title == "Café news"
    assert a.warnings == ()


def test_legacy_8bit_is_decoded_as_guessed_with_a_warning_naming_the_guess():
    # Windows-1250 and -1252 agree on every character here; either guess reads it right.
    a = parse_article("Café news\n\nRésumé — done.".encode("cp1252"), name="old.txt")
    assert a.title == "Café news"
    assert a.text == "Café news\n\nRésumé — done."
    assert a.encoding in ("cp1250", "cp1252")
    assert a.warnings == (f"old.txt: not valid UTF-8; read as windows-{a.encoding[2:]} "
                          "(guessed; check accented characters)",)


def test_central_european_8bit_is_guessed_as_such():
    text = ("Zprávy z Prahy\n\nŽluťoučký kůň úpěl ďábelské ódy. Příliš žluťoučký kůň "
            "úpěl ďábelské ódy v Brně.")
    a = parse_article(text.encode("cp1250"), name="cz.txt")
    assert a.text == text
    assert "read as windows-1250 (guessed" in a.warnings[0]


def test_markdown_front_matter():
    data = (b"---\ntitle: Bridge closes\noutlet: The Star\ndate: 2026-10-14\n"
            b"url: https://example.org/x\n---\n\nThe **council** voted [today](http://x).\n")
    a = parse_article(data, name="a.md")
    assert (a.outlet, a.title, a.date, a.url) == ("The Star", "Bridge closes", "2026-10-14",
                                                  "https://example.org/x")
    assert a.text == "Bridge closes\n\nThe council voted today."
    assert a.headline.text == "Bridge closes"


def test_html_main_text_headline_and_site_name(examples):
    a = read_article(examples[2])
    assert a.outlet == "Harrowgate Evening Post"
    assert a.headline is not None and a.text.startswith(a.headline.text)
    assert len(a.words) > 300
    boilerplate = examples[2].read_text(encoding="utf-8")
    assert "<p>" in boilerplate and "<p>" not in a.text


def test_label_overrides_outlet(examples):
    assert read_article(examples[1], label="Mine").outlet == "Mine"


def test_file_stem_is_the_fallback_outlet(examples):
    assert read_article(examples[0]).outlet == "wire-report"


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\t\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_unusable_content(data, message):
    with pytest.raises(ArticleError, match=message) as error:
        parse_article(data, name="bad.txt")
    assert "bad.txt" in str(error.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="is a folder"):
        read_article(tmp_path)


def test_html_without_text_is_an_error():
    with pytest.raises(ArticleError, match="no article text"):
        parse_article(b"<html><head><title></title></head><body><div> </div></body></html>", name="empty.html")


@pytest.mark.parametrize("name, data", [
    ("head.txt", b"Bridge closes after vote\n\n"),
    ("head.txt", b"Bridge closes after vote\n\n  \n"),
    ("head.md", b"# Bridge closes after vote\n"),
    ("head.md", b"---\ntitle: Bridge closes after vote\n---\n\n"),
])
def test_a_headline_without_a_body_is_refused_the_same_way_for_txt_and_md(name, data):
    with pytest.raises(ArticleError) as error:
        parse_article(data, name=name)
    assert str(error.value) == f"{name}: the article has a title but no body text"


def test_invalid_bytes_after_a_utf8_mark_get_the_same_warning_as_without_it():
    body = "Café news\n\nRésumé — done.".encode("cp1252")
    plain = parse_article(body, name="old.txt")
    marked = parse_article(codecs.BOM_UTF8 + body, name="old.txt")
    assert marked.warnings == plain.warnings != ()
    assert marked.text == plain.text
    assert "\ufffd" not in marked.text
