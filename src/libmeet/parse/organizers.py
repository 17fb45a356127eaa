"""Who organised the event: the subject of "tổ chức" in the sentence that reports it.

    Cục Thông tin Khoa học và Công nghệ Quốc gia đã tổ chức Hội nghị ...
    Thư viện Quốc gia Việt Nam phối hợp với Vụ Thư viện và các đơn vị liên quan tổ chức Hội nghị ...
    ... Hội thảo do Trường Đại học Sư phạm tổ chức ...
"""
from __future__ import annotations

import re

from functools import cache

from . import lexicon
from .normalize import Doc, fold
from .types import Span

_WINDOW = 400  # the organiser stands in the same sentence as the event's mention
_VERB_LEADS = ("đã", "sẽ", "vừa", "long trọng", "trọng thể", "chính thức", "đồng")
_VERB = re.compile(
    r"(?:" + "|".join(_VERB_LEADS) + r")?\s*(?:phối hợp\s+)?tổ chức(?!\s+(?:của|thành|lại))"
)
#: the letters that may stand in _VERB before "tổ chức" (with white space); "ổ" is not one of them
_VERB_LETTERS = frozenset("".join(_VERB_LEADS) + "phối hợp")
_BY = re.compile(r"(?<!\w)do\s+(?=[A-ZĐÂĂÊÔƠƯ])")
_WITH = re.compile(r"\s+(?:phối hợp với|phối hợp cùng|cùng với|kết hợp với|cùng)\s+|,\s+")
_SENTENCE_BREAK = re.compile(r"[.;!?\n]\s")
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]|,\s")
_GENERIC_PARTNERS = re.compile(r"\s+(?:và|cùng)\s+(?:các|một số|nhiều)\s.*$")
_LEAD_NOISE = re.compile(
    r"^(?:(?:được sự (?:đồng ý|cho phép|chỉ đạo) của [^,]+,\s*)|(?:sáng|chiều|tối|trưa)\s+(?:nay|qua)?\s*|"
    r"vừa qua|hôm nay|mới đây|theo đó|trước đó|hôm qua|tiếp đó)\s*,?\s*",
    re.I,
)
_TAIL_NOISE = re.compile(r"\s+(?:đã|sẽ|vừa|đang|long trọng|trọng thể|chính thức|đăng cai|chủ trì)$", re.I)
_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9&]{1,}\b")
_BRAND = re.compile(r"[A-Z][a-z]{3,}(?:\s[A-Z][A-Za-z]+){0,2}$")  # Olympia, Outward Bound: no Vietnamese letters


@cache
def _heads() -> re.Pattern[str]:
    heads = sorted({fold(h) for h in lexicon.words("organization_heads.txt")}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(h) for h in heads) + r")(?!\w)")


def _is_organization(text: str) -> bool:
    """Starts with an organisation head noun (Bộ, Cục, Thư viện ...) or is an acronym/brand (UBND, Olympia)."""
    if _heads().match(fold(text)) or _BRAND.match(text):
        return True
    return bool(_ACRONYM.match(text)) and len(text.split()) <= 3
_MAX_WORDS = 16


def _clean(text: str) -> str | None:
    text = _GENERIC_PARTNERS.sub("", _LEAD_NOISE.sub("", text.strip(" ,;:-–\n"))).strip()
    while True:
        stripped = _TAIL_NOISE.sub("", text)
        if stripped == text:
            break
        text = stripped
    if not text or not _is_organization(text) or len(text.split()) > _MAX_WORDS:
        return None
    if re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}", text):  # a dateline, not an organisation
        return None
    return text


def _split(text: str, offset: int) -> list[tuple[str, Span]]:
    """'A phối hợp với B và các đơn vị liên quan' → [A, B] (generic 'các ...' partners dropped)."""
    parts: list[tuple[str, Span]] = []
    position = 0
    for match in list(_WITH.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        piece = text[position:end]
        cleaned = _clean(piece)
        if cleaned:
            start = offset + position + piece.index(cleaned)
            parts.append((cleaned, (start, start + len(cleaned))))
        if match:
            position = match.end()
    return parts


def _verbs(low: str, start: int, end: int) -> list[re.Match[str]]:
    """What _VERB.finditer(low, start, end) gives, looked for only where a match can start. Everything before its
    "tổ chức" is optional, so the engine would try it at every place; but each match holds one "tổ chức" (found by a
    plain search) and starts no further back than _VERB_LETTERS and white space run (not past the "ổ" of the one
    before): it is the first match tried there, in order, from the last one's end."""
    found: list[re.Match[str]] = []
    done = start
    at = low.find("tổ chức", start, end)
    while at >= 0:
        first = at
        while first > done and (low[first - 1] in _VERB_LETTERS or low[first - 1].isspace()):
            first -= 1
        for place in range(first, at + 1):
            match = _VERB.match(low, place, end)
            if match:
                found.append(match)
                done = match.end()
                break
        at = low.find("tổ chức", max(at + 1, done), end)
    return found


def extract_organizers(doc: Doc, anchor: int) -> list[tuple[str, Span]]:
    """The organising bodies named around the event's main mention, with their spans."""
    text = doc.text
    low = doc.low
    start = max(0, anchor - _WINDOW)
    end = min(len(text), anchor + _WINDOW)
    # "X (đã) tổ chức <event>": the subject clause just before the verb nearest the anchor
    best: tuple[int, int] | None = None
    for verb in _verbs(low, start, end):
        if not verb.group(0).strip():
            continue
        distance = abs(verb.end() - anchor)
        if best is None or distance < best[0]:
            best = (distance, verb.start())
    found: list[tuple[str, Span]] = []
    if best is not None and best[0] < 120:
        verb_start = best[1]
        sentence_from = max((m.end() for m in _SENTENCE_BREAK.finditer(text, start, verb_start)), default=start)
        by = None
        for by in _BY.finditer(text, sentence_from, verb_start):
            pass  # the last "do X" before the verb: "Sự kiện do X chủ trì, Y đăng cai tổ chức"
        if by is not None:
            found = _split(text[by.end():verb_start], by.end())
        else:
            clause_from = max((m.end() for m in _CLAUSE_BREAK.finditer(text, start, verb_start)), default=start)
            found = _split(text[clause_from:verb_start], clause_from)
    if not found:
        # "<event> do X (phối hợp với Y) tổ chức"
        by = _BY.search(text, anchor, min(end, anchor + 300))
        if by:
            verb = _VERB.search(low, by.end(), min(len(text), by.end() + 200))
            if verb:
                found = _split(text[by.end():verb.start()], by.end())
    unique: dict[str, tuple[str, Span]] = {}
    for name, span in found:
        unique.setdefault(name.casefold(), (name, span))
    return list(unique.values())
