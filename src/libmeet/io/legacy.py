"""The legacy 8-bit Vietnamese encodings Python has no codec for: TCVN3 (ABC) and VNI Windows.

Old archives (Word files saved as text, pages set in .VnTime or VNI-Times fonts) carry
Vietnamese in these font encodings. Their tables are data files in `io/data/`:

- `tcvn3.json`: TCVN 5712:1993 byte → letter. One byte per letter; ABC fonts use the
  lowercase positions, and the capitals with tone marks of VN1 are in the table too.
- `vni.json`: VNI Windows, where a letter is a base letter followed by one mark letter of
  Windows-1252 ("aù" = á, "oä" = ộ, "ñ" = đ).

`vietnamese_score` says how much a decoded text reads as Vietnamese: the decoder tries each
encoding and keeps the one whose text has the most valid syllables and common words.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources

TCVN3 = "tcvn3"
VNI = "vni"


def _data(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


@cache
def _tcvn3_decode_table() -> dict[int, str]:
    table = {int(k, 16): v for k, v in json.loads(_data("tcvn3.json")).items() if k != "#"}
    return {i: table.get(i, chr(i)) for i in range(256)}


@cache
def _tcvn3_encode_table() -> dict[str, int]:
    return {v: k for k, v in _tcvn3_decode_table().items()}


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 (ABC) bytes → Unicode text (every byte has a meaning, so this never fails)."""
    return data.decode("latin-1").translate(_tcvn3_decode_table())


def encode_tcvn3(text: str) -> bytes:
    """Unicode → TCVN3 bytes; ValueError for a character TCVN3 cannot carry (curly quotes, dashes ...)."""
    table = _tcvn3_encode_table()
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        code = table.get(char)
        if code is None:
            raise ValueError(f"{char!r} has no TCVN3 code")
        out.append(code)
    return bytes(out)


@cache
def _cp1252_table() -> dict[int, str]:
    """Windows-1252 as VNI fonts use it; its five unassigned bytes read as Latin-1."""
    table = {}
    for i in range(256):
        try:
            table[i] = bytes([i]).decode("cp1252")
        except UnicodeDecodeError:
            table[i] = chr(i)
    return table


@cache
def _vni_tables() -> tuple[dict[str, str], re.Pattern[str], dict[str, str]]:
    mapping = {k: v for k, v in json.loads(_data("vni.json")).items() if k != "#"}
    mapping.setdefault("yï", "ỵ")  # some VNI fonts write ỵ as y + dot rather than î
    mapping.setdefault("YÏ", "Ỵ")
    pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
    inverse: dict[str, str] = {}
    for seq, letter in sorted(mapping.items(), key=lambda kv: (kv[0] in ("yï", "YÏ"), kv[0])):
        inverse.setdefault(letter, seq)
    return mapping, pattern, inverse


def decode_vni(data: bytes) -> str:
    """VNI Windows bytes → Unicode text (never fails)."""
    mapping, pattern, _ = _vni_tables()
    text = data.decode("latin-1").translate(_cp1252_table())
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def encode_vni(text: str) -> bytes:
    """Unicode → VNI Windows bytes; ValueError for a character outside VNI and Windows-1252."""
    _, _, inverse = _vni_tables()
    parts = [inverse.get(c, c) for c in unicodedata.normalize("NFC", text)]
    try:
        return "".join(parts).encode("cp1252")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{exc.object[exc.start]!r} has no VNI code") from None


# --- how Vietnamese does a decoding read? --------------------------------------------------

_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_TONED = "".join(c for c in _VOWELS if any(m in unicodedata.normalize("NFD", c) for m in "\u0300\u0301\u0303\u0309\u0323"))
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[" + _VOWELS + r"]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_TWO_TONES = re.compile(r"[" + _TONED + r"].*[" + _TONED + r"]")
_WORD = re.compile(r"[^\W\d_]+")
_UNICODE_VIETNAMESE = re.compile(r"[ăđơưĂĐƠƯĩũĨŨ\u1ea0-\u1ef9]")


@cache
def _common_words() -> frozenset[str]:
    return frozenset(
        line.strip() for line in _data("common_words.txt").splitlines() if line.strip() and not line.startswith("#")
    )


def vietnamese_score(text: str) -> tuple[float, float]:
    """(share of words that are valid Vietnamese syllables, share of words among the most common ones).

    Words are runs of letters; a wrong decoding breaks words at symbols, puts two tone marks in
    one syllable or letters no syllable has, so its shares fall.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    if not words:
        return 0.0, 0.0
    common = _common_words()
    valid = hits = 0
    for word in words:
        if _SYLLABLE.fullmatch(word) and not _TWO_TONES.search(word):
            valid += 1
            hits += word in common
    return valid / len(words), hits / len(words)


def repair_mojibake(text: str) -> tuple[str, str] | None:
    """TCVN3 or VNI text that went through a Western decoding ("Héi nghÞ", "Hoäi nghò") made right again.

    Old pages set in .VnTime or VNI-Times fonts reach us as Unicode of the wrong letters: stored
    as UTF-8 by a later conversion, or written with Latin-1 entities (`&THORN;`). When the text
    reads poorly as Vietnamese, only has Windows-1252 letters, and its bytes read far better in a
    legacy table, returns (repaired text, "tcvn3" or "vni"); otherwise None.
    """
    sample = text[:32_768]
    if sample.isascii() or _UNICODE_VIETNAMESE.search(sample):
        return None  # letters only Unicode Vietnamese has (ă đ ơ ư ạ ... ỹ): it was decoded right
    valid, _ = vietnamese_score(sample)
    if valid >= 0.6:
        return None
    for codec in ("cp1252", "latin-1"):
        try:
            raw = text.encode(codec)
            break
        except UnicodeEncodeError:
            continue
    else:
        return None
    best: tuple[float, str, str] | None = None
    for name, decode in ((TCVN3, decode_tcvn3), (VNI, decode_vni)):
        fixed = decode(raw)
        score = vietnamese_score(fixed[:32_768])
        if score[0] >= 0.8 and score[1] >= 0.15 and (best is None or score[0] + 2 * score[1] > best[0]):
            best = (score[0] + 2 * score[1], fixed, name)
    return (best[1], best[2]) if best else None
