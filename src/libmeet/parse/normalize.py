"""Vietnamese text normalised once, at the door.

`normalize_text` gives the article's *normalised text*: Unicode NFC (NFD from macOS
and the combining tone marks of Windows-1258 become precomposed letters), one kind
of line end, no invisible characters, single spaces inside lines and at most one
blank line between paragraphs. Evidence offsets point into this text, and the
record keeps values as written in it.

`Doc` carries two more strings of exactly the same length, so that a match found in
one is a span in all three:

- `key`: the text with one tone-mark placement (the classic one: hóa, thúy, khỏe
  rather than hoá, thuý, khoẻ), for matching names and words however spelled;
- `low`: `key` lower-cased, for case-blind lexicon look-ups.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

# --- whitespace and invisible characters -------------------------------------------------

#: characters that show nothing (soft hyphen, zero-width space and joiners, BOM): dropped, even inside words
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"
INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
_ODD_SPACE = r"\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# runs of two or more, or any space that is not a plain one
_SPACES = re.compile(rf"[ {_ODD_SPACE}]{{2,}}|[{_ODD_SPACE}]")
_PLAIN_SPACES = re.compile(r"  +")
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\u0085]")
_TRAILING = re.compile(r" *\n *")
_BLANKS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
#: any character that one of the passes below changes, but for plain spaces and line ends: most
#: articles have none, and one search over a character set is far cheaper than every pass
_ODD_CHARACTER = re.compile(
    rf"[\r\u2028\u2029\u0085\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e\x00-\x08\x0e-\x1f\x7f{_ODD_SPACE}]")


#: an HTML entity a crawl left in the plain text, its ";" often lost ("&nbspTại cuộc họp, ...", "Bộ VH-TT&ampDL"):
#: the few a page's text is written with (a space, &, quotes, brackets) and numeric ones
_ENTITY = re.compile(r"&(?:(nbsp)|(amp)|(quot)|(lt)|(gt)|(apos)|#(\d{2,5})|#[xX]([0-9a-fA-F]{2,4}));?")
_ENTITY_CHARS = (" ", "&", '"', "<", ">", "'")


def _entity(match: re.Match[str]) -> str:
    if match.group(7) or match.group(8):
        code = int(match.group(7)) if match.group(7) else int(match.group(8), 16)
        return chr(code) if 32 <= code < 0xD800 or 0xE000 <= code < 0x110000 else " "
    return _ENTITY_CHARS[match.lastindex - 1]


def normalize_text(raw: str) -> str:
    """NFC, `\\n` line ends, no invisible or control characters, no leftover HTML entities, single spaces, ≤1
    blank line."""
    text = unicodedata.normalize("NFC", raw)
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    if _ODD_CHARACTER.search(text):
        text = INVISIBLE.sub("", _LINE_ENDS.sub("\n", text))
        text = _CONTROL.sub(" ", text)
        text = _SPACES.sub(" ", text)
    elif "  " in text:  # the same pass when the only spaces are plain ones
        text = _PLAIN_SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _TRAILING.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANKS.sub("\n\n", text)
    return text.strip()


# --- one tone-mark placement ---------------------------------------------------------------
# The two spellings in use differ only for the open syllables ending in oa, oe, uy:
# classic "hóa, hòe, thúy" against modern "hoá, hoè, thuý". We map modern to classic.
# ("quý" keeps its mark on y: there the u belongs to the consonant qu.)

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _with_tone(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _build_tone_map() -> dict[str, str]:
    table: dict[str, str] = {}
    for first, seconds in (("o", "ae"), ("u", "y")):
        for second in seconds:
            for tone in _TONES:
                for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                    table[f + _with_tone(s, tone)] = _with_tone(f, tone) + s
    return table


_TONE_MAP = _build_tone_map()
_TONED = {v: "".join(sorted({k[1] for k in _TONE_MAP if k[0] in v})) for v in ("oO", "uU")}
# led by a character set, so that the regex engine skips ahead to the next o or u instead of trying
# every position; the pairs it finds that are not in the map (u + toned a) are left as they are
_MODERN = re.compile(r"[oOuU](?<![qQ][oOuU])[" + _TONED["oO"] + _TONED["uU"] + r"](?!\w)")


def tone_key(text: str) -> str:
    """The same text (same length) with one tone-mark placement: hoá → hóa, Thuý → Thúy."""
    return _MODERN.sub(lambda m: _TONE_MAP.get(m.group(0), m.group(0)), text)


def lower_same_length(text: str) -> str:
    """Lower case without changing the length (a few non-Vietnamese letters grow under str.lower)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)


def fold(text: str) -> str:
    """The matching form of a short string: NFC, one tone placement, lower case, single spaces."""
    return _fold_short(text) if len(text) <= _SHORT else _fold(text)


#: strings up to this long are folded once and kept: the same ones are asked again and again (a title per
#: extractor, a job title per mention, a gazetteer name per hit); longer ones (a sentence) would only fill the cache
_SHORT = 200


def _fold(text: str) -> str:
    return lower_same_length(tone_key(" ".join(unicodedata.normalize("NFC", text).split())))


_fold_short = lru_cache(maxsize=8192)(_fold)


_TONE_CHARS = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


def strip_tones(text: str) -> str:
    """Remove the five tone marks but keep vowel quality (for loose gazetteer matching)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_CHARS))


def strip_accents(text: str) -> str:
    """ASCII-ish fold: every diacritic gone, đ → d (for accent-less spellings like 'Ha Noi')."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Doc:
    """An article's normalised text, with its matching forms of the same length."""

    text: str

    @classmethod
    def from_raw(cls, raw: str) -> Doc:
        return cls(normalize_text(raw))

    @cached_property
    def key(self) -> str:
        key = tone_key(self.text)
        assert len(key) == len(self.text)
        return key

    @cached_property
    def low(self) -> str:
        return lower_same_length(self.key)

    def __len__(self) -> int:
        return len(self.text)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]
