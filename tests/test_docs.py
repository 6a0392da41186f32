"""The README documents every command and every setting, with its default."""

import re

import pytest
from helpers import ROOT

from framing.cli import main
from framing.settings import Settings, _toml_value, sections
from framing.text import segment

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _plain(text: str) -> str:
    """Text without Markdown code marks, with single spaces."""
    return " ".join(text.replace("`", "").split())


def _commands(group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize("command", list(_commands(main)))
def test_every_command_is_documented(command):
    assert f"framing {' '.join(command)}" in README


SETTINGS = [(name, key, field) for name, model in sections().items()
            for key, field in model.model_fields.items()]


@pytest.mark.parametrize("section, key, field", SETTINGS, ids=[f"{s}.{k}" for s, k, _ in SETTINGS])
def test_every_setting_is_documented_with_its_default(section, key, field):
    block = README.split(f"### [{section}]", 1)[1].split("\n### ", 1)[0]
    row = re.search(rf"^\| `{key}` \| `([^`]*)` \|", block, re.M)
    assert row, f"{section}.{key} is missing from README's settings reference"
    assert row.group(1) == _toml_value(getattr(getattr(Settings(), section), key))


@pytest.mark.parametrize("section, key, field", SETTINGS, ids=[f"{s}.{k}" for s, k, _ in SETTINGS])
def test_readme_describes_each_setting_as_the_settings_model_does(section, key, field):
    block = README.split(f"### [{section}]", 1)[1].split("\n### ", 1)[0]
    row = re.search(rf"^\| `{key}` \| `[^`]*` \| (.*) \|$", block, re.M)
    assert row, f"{section}.{key} is missing from README's settings reference"
    assert _plain(row.group(1)) == _plain(field.description)


def test_readme_states_the_paragraph_rule_the_code_follows():
    rule = _plain(segment.paragraphs.__doc__.split("\n\n")[1]).rstrip(".")
    assert rule in _plain(README)


def test_readme_names_no_setting_that_does_not_exist():
    known = {(s, k) for s, k, _ in SETTINGS}
    for section_block in README.split("\n### [")[1:]:
        section = section_block.split("]", 1)[0]
        for key in re.findall(r"^\| `(\w+)` \|", section_block, re.M):
            assert (section, key) in known, f"README documents unknown setting {section}.{key}"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = re.search(r"\*\*Set up and run the test suite\*\*.*?```sh\n(.+?)\n```", README, re.S)
    assert command and command.group(1) in ci


def test_readme_layout_names_every_module():
    layout = README.split("## Layout of the code", 1)[1].split("\n## ", 1)[0]
    package = ROOT / "framing"
    for path in sorted(package.rglob("*.py")):
        module = path.relative_to(ROOT).as_posix()
        folder = f"{path.parent.relative_to(ROOT).as_posix()}/"
        named = module in layout or (path.parent != package and folder in layout)
        assert named, f"README's 'Layout of the code' names neither {module} nor {folder}"


def test_readme_layout_names_nothing_that_does_not_exist():
    layout = README.split("## Layout of the code", 1)[1].split("\n## ", 1)[0]
    for name in re.findall(r"^(framing/\S+)", layout, re.M):
        assert (ROOT / name).exists(), f"README's layout names {name}, which does not exist"
