"""Lexicons and gazetteers shipped as data files inside the package (parse/data/).

Loaded once on first use and never changed afterwards.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files("libmeet.parse").joinpath("data", name).read_text(encoding="utf-8")


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of a one-entry-per-line list (``#`` starts a comment), longest first."""
    entries = []
    for line in _read(name).splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(sorted(dict.fromkeys(entries), key=len, reverse=True))


@cache
def table(name: str) -> Any:
    """A JSON data file."""
    return json.loads(_read(name))


def alternation(entries: Iterable[str]) -> str:
    """A regex alternation of literal entries, longest first (so "hội nghị tập huấn" wins over "hội nghị")."""
    return "|".join(re.escape(e) for e in sorted(set(entries), key=len, reverse=True))
