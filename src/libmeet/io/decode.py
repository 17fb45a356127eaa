"""Bytes to text: BOMs, UTF-8, UTF-16, Windows-1258 and guessed encodings (first version)."""
from __future__ import annotations

import codecs

from ..errors import BinaryFileError, DecodeError, EmptyFileError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode an article's bytes; returns (text, encoding name). Raises InputError subclasses."""
    if not data.strip():
        raise EmptyFileError("empty file: nothing to read")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable: starts with a {name} byte-order mark but is not valid {name} ({exc.reason})") from None
    if b"\x00" in data[:4096]:
        raise BinaryFileError("binary file: it contains NUL bytes, so it is not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError:
        raise DecodeError("undecodable: not UTF-8, UTF-16 or Windows-1258") from None
