"""Academic and professional titles in one written form, for the `academic_title_normalised` column.

Records keep a title as the article wrote it (TS, Ts, Tiến sỹ, PGS-TS, Giáo sư Tiến sĩ ...); a
spreadsheet that counts doctors needs one spelling: TS, PGS.TS, ThS, GS.TSKH, BS.CKII ... (the
forms in `data/academic_titles.json`). A title that is neither a known written-out form nor made of
known abbreviations is given as written.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources

_SEPARATORS = re.compile(r"[\s.\-–/]+")


@cache
def _table() -> dict:
    return json.loads(resources.files("libmeet").joinpath("data/academic_titles.json").read_text(encoding="utf-8"))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("ỹ", "ĩ"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("sy", "si")


def normalise_title(written: str | None) -> str | None:
    """'Tiến sỹ' -> 'TS', 'PGS-TS' -> 'PGS.TS', 'Ths' -> 'ThS'; None for None or an empty title."""
    if not written or not written.strip():
        return None
    folded = " ".join(_SEPARATORS.split(_fold(written).strip(" .")))
    table = _table()
    if folded in table["written_out"]:
        return table["written_out"][folded]
    parts = [p for p in folded.split(" ") if p]
    if parts and all(p in table["parts"] for p in parts):
        return ".".join(table["parts"][p] for p in parts)
    return written.strip()
