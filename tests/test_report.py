import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import EXAMPLE_FILES, article
from pypdf import PdfReader

from framing.cli import main
from framing.errors import ReportError
from framing.pipeline import analyze_articles
from framing.text.readers import read_article
from framing.report import report_html
from framing.files import write_atomically
from framing.report.render import builtin_templates, render_pdf, template_only_fetcher, write_pdf
from framing.settings import Settings


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def example_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    config = folder / "framing.toml"
    config.write_text('[report]\ntitle = "Bridge coverage compared"\n[sentiment]\nneutral_band = 0.35\n')
    output = folder / "demo.pdf"
    result = CliRunner().invoke(main, ["report", *map(str, EXAMPLE_FILES), "-o", str(output),
                                       "--html", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == [str(output.with_suffix(".html")), str(output)]
    return output


def test_example_report_names_every_outlet_headline_and_section(example_report):
    reader = PdfReader(example_report)
    assert len(reader.pages) >= 3
    text = flat(pdf_text(example_report))
    for path in EXAMPLE_FILES:
        a = read_article(path)
        assert a.outlet in text
        assert flat(a.title)[:40] in text
    for section in ("At a glance", "Sentiment", "Readability", "The articles side by side",
                    "Methodology and settings", "SHA-256"):
        assert section in text
    assert reader.metadata.title == "Bridge coverage compared"
    # the summary opens the report, each sentence pointing to its section and page
    first = flat(reader.pages[0].extract_text())
    assert "Key differences" in first and "Distinctive words" in text
    pages = [int(n) for n in re.findall(r"→ Loaded language, page (\d+)", first)]
    assert pages and all(3 <= n <= len(reader.pages) for n in pages)
    assert "no clear difference" in text
    bookmarks = [item.title for item in _flatten(reader.outline)]
    assert {"Bridge coverage compared", "Sentiment", "Readability"} <= set(bookmarks)


def _flatten(outline):
    for item in outline:
        if isinstance(item, list):
            yield from _flatten(item)
        else:
            yield item


def test_settings_file_visibly_changes_the_report(example_report):
    text = flat(pdf_text(example_report))
    assert "Bridge coverage compared" in text
    html = example_report.with_suffix(".html").read_text(encoding="utf-8")
    assert "±0.35" in html and "±0.05" not in html


MALICIOUS = ("Attack test\n\n"
             "Here is <script>alert('x')</script> and <img src=\"file:///etc/passwd\"> "
             "and {{ 7*7 }} and <link rel=\"stylesheet\" href=\"http://example.com/x.css\"> "
             "and <style>@import url(file:///etc/hostname);</style> in the text.")


def test_article_markup_is_literal_text_and_nothing_outside_templates_is_read(tmp_path, no_network):
    articles = [article(MALICIOUS, name="evil.txt"), read_article(EXAMPLE_FILES[0])]
    analyses = analyze_articles(articles, Settings())
    html, dirs = report_html(analyses, Settings())
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<img src="file:///etc/passwd">' not in html
    output = tmp_path / "evil.pdf"
    fetcher = write_pdf(html, output, dirs)
    text = "".join(pdf_text(output).split())  # line wrapping may split a literal
    for literal in ("<script>alert('x')</script>", '<img src="file:///etc/passwd">', "{{ 7*7 }}"):
        assert "".join(literal.split()) in text
    assert "and{{7*7}}and" in text  # not evaluated to 49
    assert fetcher.served == [] and fetcher.refused == []  # the stylesheet is inline


def test_fetcher_serves_only_template_files(tmp_path):
    fetcher = template_only_fetcher([builtin_templates()])
    css = (builtin_templates() / "report.css").resolve()
    assert fetcher.fetch(css.as_uri()).read().startswith(b"/*")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    for url in (outside.as_uri(), "file:///etc/passwd", "http://127.0.0.1/x.css",
                (builtin_templates() / ".." / ".." / "etc" / "passwd").as_uri()):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert len(fetcher.refused) == 4


def test_failed_write_leaves_nothing_behind(tmp_path):
    output = tmp_path / "report.pdf"

    def half_then_fail(path):
        Path(path).write_bytes(b"%PDF-1.7 half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ReportError, match="report.pdf"):
        write_atomically(output, half_then_fail)
    assert list(tmp_path.iterdir()) == []


def test_user_templates_override_the_built_in_ones(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "report.html").write_text("<html><body><h1>{{ title }}</h1>"
                                      "{% for o in outlets %}<p>{{ o.name }}</p>{% endfor %}</body></html>")
    settings = Settings(report={"templates_dir": str(mine), "title": "Custom"})
    analyses = analyze_articles([read_article(p) for p in EXAMPLE_FILES[:2]], settings)
    html, dirs = report_html(analyses, settings)
    assert html.startswith("<html><body><h1>Custom</h1>") and dirs[0] == mine.resolve()


@pytest.fixture(scope="module")
def two_analyses():
    return analyze_articles([read_article(p) for p in EXAMPLE_FILES[:2]], Settings())


def test_a_user_skeleton_includes_the_built_in_section_partials(tmp_path, two_analyses):
    (tmp_path / "report.html").write_text('<html><body><h1>{{ title }}</h1>'
                                          '{% include "sections/readability.html" %}</body></html>')
    html, _ = report_html(two_analyses, Settings(report={"templates_dir": str(tmp_path)}))
    assert '<section id="readability" class="analysis">' in html and "<svg" in html
    assert 'id="sentiment"' not in html


def test_a_user_partial_or_chart_macro_replaces_only_its_own_part(tmp_path, two_analyses):
    (tmp_path / "sections").mkdir()
    (tmp_path / "sections" / "readability.html").write_text(
        "<section id=\"readability\"><h1>{{ readability.head.title }}, my way</h1></section>")
    (tmp_path / "charts.html").write_text(
        "{% macro chart(c) %}<p class=\"my-chart\">{{ c.title }}</p>{% endmacro %}")
    html, _ = report_html(two_analyses, Settings(report={"templates_dir": str(tmp_path)}))
    assert "<h1>Readability, my way</h1>" in html and "Flesch reading ease per outlet" not in html
    assert '<p class="my-chart">Mean sentence tone per outlet</p>' in html and "<svg" not in html
    assert 'id="methodology"' in html and "/* framing report stylesheet" in html


def test_an_unknown_name_in_a_template_is_an_error(tmp_path, two_analyses):
    (tmp_path / "report.html").write_text("<p>{{ stylesheets }}</p>")
    with pytest.raises(ReportError, match="stylesheets"):
        report_html(two_analyses, Settings(report={"templates_dir": str(tmp_path)}))


def test_a_user_stylesheet_is_inlined_in_place_of_the_built_in_one(tmp_path, two_analyses):
    (tmp_path / "report.css").write_text("body { color: black; } /* </style><script>x</script> */")
    html, _ = report_html(two_analyses, Settings(report={"templates_dir": str(tmp_path)}))
    assert "body { color: black; }" in html and "/* framing report stylesheet" not in html
    # the comment cannot end the <style> element: only our two </style> tags remain
    assert "</style><script>" not in html and html.count("</style>") == 2
    assert "file://" not in html  # the HTML report needs no file beside it


def test_eight_articles_render_from_any_folder_into_reports(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    files = [str(EXAMPLE_FILES[i % 3]) for i in range(8)]
    labels = [arg for i in range(8) for arg in ("-l", f"Outlet number {i + 1}")]
    result = CliRunner().invoke(main, ["report", *files, *labels])
    assert result.exit_code == 0, result.output
    outlets = "-vs-".join(f"outlet-number-{i + 1}" for i in range(8))[:80]
    output = tmp_path / "reports" / f"{outlets}-harrowgate-council-votes-to-close-marlow-street.pdf"
    assert result.stdout.strip() == str(Path("reports") / output.name)
    text = flat(pdf_text(output))
    for i in range(8):
        assert f"Outlet number {i + 1}" in text


def test_boilerplate_is_greyed_in_the_texts_and_the_language_listed_with_the_inputs():
    copied = read_article(EXAMPLE_FILES[0].parent.parent / "tests" / "fixtures" / "copied-page.txt")
    analyses = analyze_articles([copied, read_article(EXAMPLE_FILES[0])], Settings())
    html, _ = report_html(analyses, Settings())
    for line in ("Facebook Twitter YouTube SoundCloud RSS", "Watch a video of this report here:",
                 "(Photo Credit: Mil.ru)"):
        assert f'<span class="boilerplate">{line}</span>' in html
    assert "txt, utf-8, English (en)" in html


def test_the_pdf_is_tagged_and_the_same_html_gives_the_same_bytes():
    html = ("<!doctype html><html lang='en'><head><title>Same</title></head><body>"
            "<h1>Same story</h1><p>Two runs, one PDF: the fonts embedded are identical.</p>"
            "</body></html>")
    dirs = [builtin_templates()]
    runs = [render_pdf(html, dirs)[0] for _ in range(2)]
    undated = [re.sub(rb"/(Creation|Mod)Date \([^)]*\)|<xmp:\w+Date>[^<]*</xmp:\w+Date>", b"", pdf)
               for pdf in runs]
    assert undated[0] == undated[1]
    catalog = PdfReader(io.BytesIO(runs[0])).trailer["/Root"]
    assert "/StructTreeRoot" in catalog and catalog["/MarkInfo"]["/Marked"]
    assert b"pdfuaid" in catalog["/Metadata"].get_object().get_data()
