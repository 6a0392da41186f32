from collections import Counter
from pathlib import Path

import pytest

from framing.data import DATA_DIR, word_list

DATA_FILES = sorted(p for p in DATA_DIR.iterdir() if p.suffix in (".tsv", ".txt"))
WORD_LISTS = [p for p in DATA_FILES if p.suffix == ".txt"]


def test_every_data_file_says_what_it_is_where_from_and_licence():
    assert len(DATA_FILES) >= 20
    for path in DATA_FILES:
        header = [line for line in path.read_text(encoding="utf-8").splitlines()
                  if line.startswith("#")]
        assert header and header[0].startswith("# framing "), path.name
        assert any(line.startswith("# Source:") for line in header), path.name
        assert any("Licence: MIT" in line for line in header), path.name


@pytest.mark.parametrize("path", WORD_LISTS, ids=lambda p: p.name)
def test_a_word_list_holds_each_entry_once(path):
    entries = [line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    assert entries
    assert [e for e, n in Counter(entries).items() if n > 1] == []


@pytest.mark.parametrize("names", [
    ("weekdays.txt", "time_words.txt", "attribution_before_that.txt"),  # when something was said
    ("ly_nouns.txt", "loaded_not_degree.txt"),  # -ly words that are not adverbs (of degree)
])
def test_lists_used_together_share_no_entries(names):
    seen: dict[str, str] = {}
    for name in names:
        for entry in word_list(name):
            assert entry not in seen, f"{entry!r} in {name} and {seen[entry]}"
            seen[entry] = name


def test_every_package_folder_is_installed():
    """A subpackage missing from pyproject's list works in an editable install and breaks
    every other install (a clean CI run): each folder of framing/ with an __init__.py is
    listed."""
    import tomllib

    root = Path(__file__).resolve().parents[1]
    listed = set(tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(root).parts)
             for p in (root / "framing").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)


def test_a_cached_value_is_built_once_and_read_back(tmp_path, monkeypatch):
    from framing.data import cache_dir, cached

    monkeypatch.setenv("FRAMING_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "source.txt"
    source.write_text("a b")
    builds = []

    def build():
        builds.append(1)
        return {"words": ("a", "b"), "count": 2}

    assert cached("demo", source, build) == cached("demo", source, build) == build()
    assert len(builds) == 2  # the first call and the direct one: the second call read it back
    [kept] = cache_dir().iterdir()
    kept.write_bytes(b"\x00 damaged")
    assert cached("demo", source, build) == {"words": ("a", "b"), "count": 2}
    source.write_text("a b c")  # a changed source is not answered from the old copy
    assert cached("demo", source, lambda: "new") == "new"


def test_without_a_writable_cache_the_value_is_built_every_time(tmp_path, monkeypatch):
    from framing.data import cached

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("FRAMING_CACHE_DIR", str(blocked / "cache"))
    assert cached("demo", blocked, lambda: [1, 2]) == [1, 2]
    assert cached("demo", blocked, lambda: object) is object  # marshal cannot keep it


def test_without_a_home_folder_nothing_is_cached(tmp_path, monkeypatch):
    from pathlib import Path

    from framing.data import cached

    def no_home(cls):
        raise RuntimeError("Could not determine home directory")

    monkeypatch.delenv("FRAMING_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", classmethod(no_home))
    source = tmp_path / "source.txt"
    source.write_text("x")
    assert cached("demo", source, lambda: {"a": 1}) == {"a": 1}
