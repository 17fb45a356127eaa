"""Lexicons and gazetteers shipped as data files inside the package (parse/data/).

Loaded once on first use and never changed afterwards.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files("libmeet.parse").joinpath("data", name).read_text(encoding="utf-8")


_CHOICES = re.compile(r"\{([^{}]*)\}")


def _choices(entry: str) -> list[str]:
    """The entries a line stands for: one, or one for each choice of each "{a|b}" in it, the first braces varying
    slowest ("{đã|vừa} gặp{ và|,} nói chuyện với" is "đã gặp và nói chuyện với", "đã gặp, nói chuyện với", "vừa gặp và
    nói chuyện với", "vừa gặp, nói chuyện với")."""
    braces = _CHOICES.search(entry)
    if not braces:
        return [entry]
    return [choice for option in braces.group(1).split("|")
            for choice in _choices(entry[:braces.start()] + option + entry[braces.end():])]


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of a one-entry-per-line list (``#`` starts a comment; a line with "{a|b}" stands for one entry
    each choice, _choices), longest first."""
    entries = []
    for line in _read(name).splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.extend(_choices(entry))
    return tuple(sorted(dict.fromkeys(entries), key=len, reverse=True))


@cache
def _labels(name: str) -> dict[str, tuple[str, ...]]:
    """The entries of a list written "surface = label" (a bare line is its own label), parsed once for labelled() and
    tagged(): surface → its labels, one a line it is on, in the order of words() (longest entry first)."""
    labels: dict[str, tuple[str, ...]] = {}
    for entry in words(name):
        surface, _, label = entry.partition("=")
        surface = surface.strip()
        labels[surface] = (*labels.get(surface, ()), label.strip() or surface)
    return labels


@cache
def labelled(name: str) -> dict[str, str]:
    """The entries of a list written "surface = label" (a bare line is its own label): surface → label, longest
    surface first ("cuộc họp = họp" in event_kinds.txt); a surface has one label (a list of tags is tagged()'s)."""
    pairs = {}
    for surface, labels in _labels(name).items():
        if len(labels) > 1:
            raise ValueError(f"{name}: {surface!r} is labelled twice: {labels}")
        pairs[surface] = labels[0]
    return pairs


@cache
def own_labels(name: str) -> tuple[str, ...]:
    """The bare lines of a "surface = label" list: the entries written as their own label, longest first ("hội nghị",
    not "cuộc họp = họp")."""
    return tuple(entry for entry in words(name) if "=" not in entry)


@cache
def surfaces(name: str) -> tuple[str, ...]:
    """The surfaces of a list written "surface = label" or "surface = tag tag ..." (a bare line is its own surface),
    longest first: what a list's entries match in a text, whatever they are labelled or tagged."""
    return tuple(sorted(_labels(name), key=len, reverse=True))


@cache
def tagged(name: str, tag: str) -> tuple[str, ...]:
    """The surfaces of a list written "surface = tag tag ..." that carry `tag`, longest first ("cho hay" of
    tells_verbs.txt's "told"); a surface on two lines carries the tags of both."""
    return tuple(sorted((surface for surface, labels in _labels(name).items()
                         if any(tag in label.split() for label in labels)), key=len, reverse=True))


def no_stop(chars: str) -> str:
    """A regex for one character that is none of `chars` (written as inside a character set: ".;:!?"), or a dot
    inside a word, which is no sentence end ("TP.HCM"): `(?:\\.(?=\\w)|[^chars])`."""
    return rf"(?:\.(?=\w)|[^{chars}])"


@cache
def table(name: str) -> Any:
    """A JSON data file."""
    return json.loads(_read(name))


_WORD_CHARACTER = re.compile(r"\w")


def whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    """The spans of `re.finditer(r"(?<!\\w)" + re.escape(word) + r"(?!\\w)", text)`, in the same order (`word` not
    empty), found by substring search: no pattern compiled for each name a text is searched for ("ông Dũng")."""
    if not word:  # (every place between two non-word characters, as the regex would: never asked for)
        yield from (m.span() for m in re.finditer(r"(?<!\w)(?!\w)", text))
        return
    size = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + size
        if not (at and _WORD_CHARACTER.match(text, at - 1)) and not _WORD_CHARACTER.match(text, end):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def alternation(entries: Iterable[str], *, spaces: bool = False, word_start: bool = False,
                gap: str | None = None, cased: bool = False, after: str | None = None) -> str:
    """A regex matching any of the literal entries, preferring the longest that fits.

    It is written as a trie ("hội (?:nghị(?:\\s+tập huấn|)|thảo)"), which matches exactly what the
    plain alternation of the entries longest first would, in the same order when backtracking, but
    lets the regex engine try one branch per character instead of every entry at every position.

    spaces: a space in an entry matches any run of white space ("hội  nghị", a line break).
    gap: a space in an entry matches this regex instead (implies spaces).
    word_start: the match must start a word (what ``(?<!\\w)`` before it says); it is asserted after
    the first character, so that the pattern, when it opens a regex, is led by a character set and
    the engine skips ahead to the next possible first letter instead of trying every position.
    cased: a (lower-case) letter of an entry matches every character whose lower case it is (`cased_letter`),
    as the entry would match the text lower-cased.
    after: a fixed-width regex that the text right before the match must match (what ``(?<=after)`` before it
    says), asserted after the first character as word_start is, for the same reason.
    """
    return _emit(_trie(entries, gap or (r"\s+" if spaces else None), cased), word_start, after, top=True)


def alternatives(entries: Iterable[str], then: str, *, spaces: bool = False, word_start: bool = False) -> str:
    """`alternation(entries) + then`, written as the trie's first branches each followed by `then` and not grouped
    (the same matches, tried in the same order): a regex made of it and further alternatives ("A|B") is led by a
    character set when each of them is, so that the engine skips ahead instead of trying every position."""
    trie = _trie(entries, r"\s+" if spaces else None, False)
    assert "" not in trie, "an empty entry"
    return "|".join(_emit({token: node}, word_start) + then for token, node in sorted(trie.items(), key=_initial_rank))


def _trie(entries: Iterable[str], gap: str | None, cased: bool) -> dict[str, dict]:
    trie: dict[str, dict] = {}
    for entry in set(entries):
        node = trie
        for token in _tokens(entry, gap, cased):
            node = node.setdefault(token, {})
        node[""] = {}  # an entry ends here
    return trie


def _tokens(entry: str, gap: str | None, cased: bool = False) -> list[str]:
    tokens: list[str] = []
    for char in entry:
        if gap and char.isspace():
            if tokens and tokens[-1] == gap:
                continue
            tokens.append(gap)
        else:
            tokens.append(cased_letter(char) if cased else re.escape(char))
    return tokens


#: the capital and the small letters of the scripts the articles are written in (Latin with its Vietnamese forms, Greek,
#: Cyrillic), for character sets: "[" + UPPER + "]" matches a capital
UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
LOWER = "".join(c for c in map(chr, range(0x61, 0x1F00)) if c.islower() and c.isalpha())
#: characters whose lower case is a letter other than their own upper case: KELVIN SIGN is "k"; "İ" lowers to
#: "i" and a combining dot, so it is read as an "i" (a text may then match where its lower case does not, never
#: the reverse)
_OTHER_CAPITALS = {"k": "\u212a", "i": "\u0130"}


def letter_forms(char: str) -> list[str]:
    """The characters whose lower case is `char`: itself, its capital, and the few of _OTHER_CAPITALS."""
    forms = {char, *_OTHER_CAPITALS.get(char, "")}
    upper = char.upper()
    if len(upper) == 1 and upper.lower() == char:
        forms.add(upper)
    return sorted(forms)


def cased_letter(char: str) -> str:
    """A regex for the characters whose lower case is `char` (letter_forms), so that a pattern of lower-case letters
    matches a text as it would match the text lower-cased, without lower-casing it."""
    forms = letter_forms(char)
    return re.escape(char) if len(forms) == 1 else "[" + "".join(re.escape(f) for f in forms) + "]"


#: the letters the words of Vietnamese news start with, the most frequent first (the bench corpus, lower-cased)
_WORD_INITIALS = "tcnđvhlbksmpgdqxraôởuáyảeiýủfưwứấjăíoâổzéơúẩốùàồêạ"


def _initial_rank(item: tuple[str, dict] | str) -> tuple[int, str]:
    """A first token's place among a trie's first branches: the branch of a frequent word initial first, so that where
    the engine tries the trie it reaches the branch of the letter there after few others (rare and other characters
    after them, in order). The first tokens are distinct characters (a letter, escaped, or a letter's cases in a set:
    `cased_letter`), so at most one branch can match at a place and their order changes no match."""
    token = item if isinstance(item, str) else item[0]
    letter = token.lstrip("[\\")[:1].lower()
    rank = _WORD_INITIALS.find(letter) if letter else -1
    return (rank if rank >= 0 else len(_WORD_INITIALS)), token


def _emit(node: dict[str, dict], word_start: bool = False, after: str | None = None, top: bool = False) -> str:
    branches = []
    tokens = sorted(t for t in node if t)
    if top and all(len(t) == 1 or len(t) == 2 and t[0] == "\\" or t.startswith("[") for t in tokens):
        tokens.sort(key=_initial_rank)  # (each one character: see _initial_rank)
    for token in tokens:
        head = token
        if word_start:  # the character before the first is not a word character (entries start with one)
            head = token + rf"(?<!\w{token})"
        if after is not None:
            head += rf"(?<={after}{token})"
        branches.append(head + _emit(node[token]))
    if "" in node:
        branches.append("")  # ending here is tried last: longer entries first
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


#: the lookbehind assertions a regex may open on (none holding a bracket but inside a character class)
_LEADING_LOOKBEHINDS = re.compile(r"(?:\(\?<[!=](?:\[(?:\\.|[^\]\\])*\]|\\.|[^()\[\\])*\))+")


class WordLed:
    """A regex that opens on lookbehinds ("(?<!\\w)", a word's start), searched for through the same regex without
    them: the engine skips ahead to a literal or a set of first letters only when the pattern opens on one, and tries a
    lookbehind at every position of the text otherwise (tens of times slower over a long text). Gives the regex's own
    matches (each is one of the bare regex at the same place, tried there in turn); `search` and `finditer` are those
    it speeds up (its matches are never empty), the rest is the regex's."""

    __slots__ = ("regex", "lead", "pattern")

    def __init__(self, pattern: str | re.Pattern[str], flags: int = 0) -> None:
        self.regex = re.compile(pattern, flags)
        self.pattern = self.regex.pattern
        opening = _LEADING_LOOKBEHINDS.match(self.pattern)
        if not opening:
            raise ValueError(f"no lookbehind opens {self.pattern!r}")
        self.lead = re.compile(self.pattern[opening.end():], self.regex.flags)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        lead, regex = self.lead, self.regex
        while (first := lead.search(string, pos, endpos)) is not None:
            found = regex.match(string, first.start(), endpos)
            if found is not None:
                return found
            if first.start() >= min(len(string), endpos):
                return None  # (an empty match at the end, the lookbehind failing there: nothing further to try)
            pos = first.start() + 1
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        while (found := self.search(string, pos, endpos)) is not None:
            if found.end() == found.start():  # (an empty match: the regex's own rule for the next one)
                yield from self.regex.finditer(string, found.start(), endpos)
                return
            yield found
            pos = found.end()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)
