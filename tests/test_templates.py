"""The templates loop and print: every expression is a name, every statement a loop,
a test of a prepared value, an include or an import."""

import re

import pytest

from framing.analyzers import ANALYZERS
from framing.report.render import builtin_templates

TEMPLATES = sorted(builtin_templates().rglob("*.html"))
NAME = r"[A-Za-z_][\w.]*"
EXPRESSIONS = [re.compile(rf"{NAME}"),  # a value
               re.compile(rf"{NAME}\({NAME}\)")]  # a macro call on a value
STATEMENTS = [re.compile(p) for p in (
    rf"for \w+ in {NAME}", "endfor", "else", rf"if {NAME}", "endif",
    r'include "[\w/]+\.html"', r'import "[\w/]+\.html" as \w+', r"macro \w+\(\w+\)", "endmacro")]


def tags(source: str, kind: str) -> list[str]:
    source = re.sub(r"\{#.*?#\}", "", source, flags=re.S)
    pattern = {"expression": r"\{\{-?(.*?)-?\}\}", "statement": r"\{%-?(.*?)-?%\}"}[kind]
    return [" ".join(tag.split()) for tag in re.findall(pattern, source, flags=re.S)]


def test_the_templates_are_found_and_one_partial_stands_per_section():
    names = {p.relative_to(builtin_templates()).as_posix() for p in TEMPLATES}
    assert {"report.html", "charts.html", "sections/cover.html", "sections/glance.html",
            "sections/sentiment.html", "sections/loaded_language.html", "sections/attribution.html",
            "sections/readability.html", "sections/texts.html", "sections/appendix.html"} <= names


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_templates_do_no_arithmetic_formatting_or_comparison(path):
    source = path.read_text(encoding="utf-8")
    expressions, statements = tags(source, "expression"), tags(source, "statement")
    assert expressions or statements
    assert [e for e in expressions if not any(p.fullmatch(e) for p in EXPRESSIONS)] == []
    assert [s for s in statements if not any(p.fullmatch(s) for p in STATEMENTS)] == []


def test_the_scan_would_catch_arithmetic_filters_and_comparisons():
    for bad in ("{{ outlets|length + 1 }}", "{{ x|round(2) }}", "{{ '%.1f' % x }}", "{{ a * 100 }}",
                "{{ a / b }}", "{{ a - 1 }}", "{{ x or 'none' }}", "{{ x|join(', ') }}"):
        assert not any(p.fullmatch(e) for e in tags(bad, "expression") for p in EXPRESSIONS), bad
    for bad in ("{% if t.count > 1 %}", "{% if t.css == 'axis' %}", "{% if not loop.last %}",
                "{% set n = a + b %}", "{% for o in outlets if o.warnings %}"):
        assert not any(p.fullmatch(s) for s in tags(bad, "statement") for p in STATEMENTS), bad


def test_section_titles_and_leads_are_not_written_into_the_templates():
    source = "\n".join(p.read_text(encoding="utf-8") for p in TEMPLATES)
    for module in ANALYZERS.values():
        assert f">{module.TITLE}<" not in source
        for paragraph in module.ABOUT:
            assert paragraph[:40] not in source
