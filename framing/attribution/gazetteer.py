"""Countries, capitals, seats of power and demonyms: the names that stand for a
government ("Moscow said", "the Kremlin warned", "the U.S. said") or a people
("the Russians said").

Country names come from pycountry (ISO 3166, Debian's iso-codes data; LGPL-2.1,
used as a library); ``data/attribution_governments.tsv`` adds the names news
uses that ISO does not ("U.S.", "Britain", "Russia"), capitals and seats of
power; ``data/attribution_demonyms.tsv`` lists the peoples.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache

from framing.data import data_rows, package_file

_LEADING = frozenset({"the"})
_POSSESSIVE_RE = re.compile(r"['’]s?$")


def _key(words: Sequence[str]) -> str:
    """"The U.S.'s" → "u.s": lower case, without "the", a possessive or a final full stop."""
    kept = [w for w in words]
    while kept and kept[0].lower() in _LEADING:
        kept = kept[1:]
    text = " ".join(kept).lower()
    return _POSSESSIVE_RE.sub("", text).rstrip(".")


def countries() -> list[dict[str, str]]:
    """pycountry's ISO 3166-1 entries (``name``, ``common_name``, ``official_name``…), in
    its order, read from its data file: importing pycountry costs 30 ms of start-up, most
    of it asking importlib.metadata for its own version."""
    path = package_file("pycountry", "databases", "iso3166-1.json")
    return json.loads(path.read_text(encoding="utf-8"))["3166-1"]


@lru_cache(maxsize=1)
def _governments() -> dict[str, str]:
    """Each government name (lower case) → how it is shown: a country's alias as the
    country ("us" → "United States"), a capital or seat as written ("Kremlin")."""
    names: dict[str, str] = {}
    for country in countries():
        shown = country.get("common_name") or country["name"]
        for name in (country["name"], country.get("common_name"), country.get("official_name")):
            if name and "," not in name:
                names[name.lower()] = shown
    for name, country, kind in data_rows("attribution_governments.tsv"):
        if kind == "person":
            names.pop(name, None)
            continue
        names[name] = country if kind == "alias" else " ".join(
            w[:1].upper() + w[1:] for w in name.split())
    return names


@lru_cache(maxsize=1)
def _demonyms() -> tuple[frozenset[str], frozenset[str]]:
    adjectives, plurals = set(), set()
    for adjective, plural in data_rows("attribution_demonyms.tsv"):
        adjectives.add(adjective)
        plurals.add(plural)
    return frozenset(adjectives), frozenset(plurals)


def government_name(words: Sequence[str]) -> str | None:
    """How a government named by ``words`` is shown ("U.S." → "United States",
    "the Kremlin" → "Kremlin"), or None when the words name no government."""
    return _governments().get(_key(words))


def is_people(words: Sequence[str]) -> bool:
    """Whether ``words`` name a people as a group ("the Russians", "Americans", "the Chinese")."""
    return _key(words) in _demonyms()[1]


def is_demonym_adjective(words: Sequence[str]) -> bool:
    """Whether ``words`` are only a people's adjective ("Russian"): no source by itself."""
    key = _key(words)
    return key in _demonyms()[0] and key not in _demonyms()[1]
