"""Bytes to text, whatever an archive holds.

In order: empty files and known binary formats are refused with the reason; a byte-order
mark decides (UTF-8, UTF-16, UTF-32); UTF-16 without a mark is recognised by its zero
bytes; valid UTF-8 is UTF-8; a declared charset (an HTML page's `<meta charset>`) is
honoured unless it is a Western one that legacy Vietnamese pages declared for their font
encodings; otherwise Windows-1258, TCVN3 (ABC) and VNI are each tried and the decoding that
reads most as Vietnamese wins (`legacy.vietnamese_score`); charset-normalizer guesses the
rest. Windows-1258 gives combining tone marks: the core's normaliser makes them NFC.

`decode_bytes` returns (text, encoding name) and raises only `InputError` subclasses.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import BinaryFileError, DecodeError, EmptyFileError
from .legacy import TCVN3, VNI, decode_tcvn3, decode_vni, vietnamese_score

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "utf-8"), (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32", "utf-32"), (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "utf-16"))
_BOM_STARTS = tuple(bom for bom, _, _ in _BOMS)

#: the opening bytes of the binary formats most often misnamed .txt, and what to call them
_SIGNATURES = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc/.xls)"), (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"), (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"BZh91", "a bzip2 archive"), (b"\x7fELF", "a program"),
    (b"ID3", "an MP3 file"), (b"OggS", "an audio file"), (b"RIFF", "a media file (RIFF)"),
    (b"\x00\x00\x00", "a media or binary file"), (b"SQLite format 3", "an SQLite database"),
)
_MAGICS = tuple(magic for magic, _ in _SIGNATURES)

#: charsets that Vietnamese pages in TCVN3/VNI fonts declared: they say nothing about the letters
_WESTERN = frozenset({"ascii", "iso8859-1", "cp1252", "latin-1", "iso8859-15"})
_ALIASES = {"tcvn": TCVN3, "tcvn3": TCVN3, "tcvn-3": TCVN3, "tcvn5712": TCVN3, "tcvn-5712": TCVN3,
            "tcvn5712-1": TCVN3, "abc": TCVN3, "vn3": TCVN3, "vni": VNI, "vni-windows": VNI,
            "windows-1258": "cp1258", "cp1258": "cp1258"}

_LEGACY = ("cp1258", TCVN3, VNI)
SAMPLE = 32 * 1024  # encodings are judged on the first 32 KB
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TEXTY = re.compile(r"[\w\s.,;:!?'\"()\[\]/%&+\-–—“”‘’«»…•*#@=<>|$€°]")


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode an article's bytes; returns (text, encoding name). Raises InputError subclasses."""
    if not data or data.isspace():  # (what `not data.strip()` says, without copying the bytes)
        raise EmptyFileError("empty file: nothing to read" if not data else "empty file: only blank space")
    for bom, codec, name in _BOMS if data.startswith(_BOM_STARTS) else ():
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"undecodable: it starts with a {name.upper()} byte-order mark but is not valid {name.upper()} "
                    f"(byte {exc.start})"
                ) from None
    if data.startswith(_MAGICS):  # (one test for all: most files are text)
        what = next(what for magic, what in _SIGNATURES if data.startswith(magic))
        raise BinaryFileError(f"binary file: this is {what}, not a text article")
    if data.startswith(b"MZ") and b"\x00" in data[:256]:
        raise BinaryFileError("binary file: this is a Windows program, not a text article")
    if data.find(b"\x00", 0, SAMPLE) >= 0:  # (most files have none: UTF-16 without a mark has many)
        bomless = _utf16_without_bom(data)
        if bomless:
            return bomless
        raise BinaryFileError("binary file: it contains zero bytes, so it is not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly:
        return mostly
    name = _codec_name(declared)
    if name and name not in _WESTERN and not name.startswith(("utf-16", "utf-32")):  # as browsers: a page
        # whose bytes are ASCII-compatible cannot be UTF-16, whatever its <meta> says
        if name in _LEGACY:  # a Vietnamese 8-bit charset: pages were often mislabelled, so the bytes decide
            return _guess(data, prefer=name)
        text = _try(data, name)
        if text is not None:
            return text, name
    return _guess(data)


#: an encoding name ends so when bytes were replaced (libmeet.api adds a warning to the record)
REPLACED = " replaced)"
#: bytes that Windows-1252 text slips into UTF-8 (curly quotes, dashes, a no-break space), read as Windows-1252
_CP1252_STRAYS = frozenset(range(0x80, 0xA1)) - {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def _stray(exc: UnicodeDecodeError) -> tuple[str, int]:
    bad = exc.object[exc.start:exc.end]
    if len(bad) == 1 and bad[0] in _CP1252_STRAYS:
        return bytes(bad).decode("cp1252"), exc.end
    return "\ufffd", exc.end


codecs.register_error("libmeet-stray", _stray)


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few bad bytes (a file cut mid-character, a stray no-break space, Windows-1252 quotes):
    decoded, stray Windows-1252 bytes read as such and the rest replaced by U+FFFD, rather than the whole
    article lost. Legacy 8-bit text, where most high bytes are not UTF-8, is left to the guessers."""
    bad = 0
    at = 0
    view = memoryview(data)
    while True:
        try:
            codecs.utf_8_decode(view[at:], "strict", True)
            break
        except UnicodeDecodeError as exc:
            bad += 1
            at += exc.end
            if bad > 64:
                return None
    text = data.decode("utf-8", "libmeet-stray")
    wide = len(text) - len(text.encode("ascii", "ignore")) - bad  # letters beyond ASCII that decoded well
    if bad > 2 and wide < 20 * bad:
        return None
    return text, f"utf-8 ({bad} bad byte{'s' if bad > 1 else ''}{REPLACED}"


def _codec_name(declared: str | None) -> str | None:
    if not declared:
        return None
    key = declared.strip().strip("\"'").lower()
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        return codecs.lookup(key).name
    except (LookupError, ValueError):
        return None


def _try(data: bytes, name: str) -> str | None:
    if name == TCVN3:
        return decode_tcvn3(data)
    if name == VNI:
        return decode_vni(data)
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError, ValueError):
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark: every other byte of its Latin letters is zero."""
    sample = data[:SAMPLE - SAMPLE % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros > 0.3 * half and other < 0.02 * half:
            try:
                return data[: len(data) - len(data) % 2].decode(codec), "utf-16"
            except UnicodeDecodeError:
                return None
    return None


def _texty(text: str) -> bool:
    """Does a decoding look like prose rather than bytes: few control characters, mostly letters and punctuation?"""
    if not text:
        return False
    text = unicodedata.normalize("NFC", text)
    controls = len(_CONTROL.findall(text))
    return controls <= 0.01 * len(text) and len(_TEXTY.findall(text)) >= 0.9 * len(text)


def _guess(data: bytes, prefer: str | None = None) -> tuple[str, str]:
    """Not UTF-8: the legacy decoding that reads most as Vietnamese (the declared one on a near tie),
    else charset-normalizer's guess."""
    sample = data[:SAMPLE]
    best: tuple[float, str] | None = None
    for name in _LEGACY:
        text = _try(sample if name != "cp1258" else data, name)
        if text is None:
            continue
        valid, common = vietnamese_score(text[: SAMPLE])
        if valid >= 0.6 and common >= 0.1 and _texty(text[:SAMPLE]):
            score = valid + 2 * common + (0.2 if name == prefer else 0.0)
            if best is None or score > best[0]:
                best = (score, name)
    if best:
        return _try(data, best[1]) or "", best[1]
    guessed = _charset_normalizer(data)
    if guessed:
        return guessed
    text = _try(data, "cp1258")
    if text is not None and _texty(text[:SAMPLE]):
        return text, "cp1258"
    raise BinaryFileError(
        "binary or unreadable: the bytes are not text in UTF-8, UTF-16, Windows-1258, TCVN3, VNI or any other "
        "encoding that could be recognised"
    )


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(data[: 4 * SAMPLE]).best()
        if match is None or not match.encoding:
            return None
        text = data.decode(match.encoding)
    except Exception:  # noqa: BLE001 - a guesser's failure only means "no guess"
        return None
    return (text, match.encoding) if _texty(text[:SAMPLE]) else None
