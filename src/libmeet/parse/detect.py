"""Is this article the report of one specific meeting? If so: its kind, name and edition.

A meeting report names a meeting-type event (hội nghị, hội thảo, tập huấn ...) in a
sentence that also says it was held (tổ chức, diễn ra, khai mạc ...) and when (a day
and month). An article that only mentions a meeting in passing (a resolution of a
congress, a plan to hold congresses, a football team's training camp) has no such
sentence and is skipped with the reason.
"""
from __future__ import annotations

import re
from functools import cache

from . import lexicon
from .normalize import Doc, fold
from .types import Detection, Span

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

HELD = (
    r"tổ chức|diễn ra|khai mạc|bế mạc|khai giảng|bế giảng|tham dự|đến dự|về dự|dự và|chủ trì|"
    r"phát biểu|triệu tập|họp|nhóm họp|được tổ chức|tiến hành|đã nghe|thống nhất|kết luận"
)
_HELD = re.compile(r"(?<!\w)(?:" + HELD + r")(?!\w)")
_DAY_MONTH = re.compile(
    r"(?<![\d.,/])(?:\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*)?[/.-]\s*\d{1,2}(?![\d,])|"
    r"ngày\s+\d{1,2}(?!\d)|tháng\s+\d{1,2}(?!\d)|hôm nay|hôm qua|sáng nay|chiều nay|tối nay)"
)
#: a kind noun right after these words is a reference, not the event ("Nghị quyết Đại hội XII")
_PASSING = re.compile(
    r"(?:nghị quyết|kết luận|văn kiện|tinh thần|chuẩn bị|tiến tới|kế hoạch tổ chức|kế hoạch|sau|trước|từ sau|kể từ)\s+$"
)
_EDITION = re.compile(r"lần\s+thứ\s+([0-9]{1,3}|[IVXLC]{1,8})(?![\w])", re.I)
_NAME_END = re.compile(r"[.;:!?\n]|,\s|\s[-–]\s(?=\w)|\s(?:do|tại|với|nhằm|vào|từ|trong)\s")
_QUOTED = re.compile(r"\s*[\"“”'‘]([^\"“”\n]{3,200})[\"“”]")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


def roman_to_int(text: str) -> int | None:
    """XVIII → 18; None when it is not a well-formed Roman numeral."""
    text = text.upper()
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for current, following in zip(text, text[1:] + " "):
        value = _ROMAN[current]
        total += -value if following != " " and _ROMAN[following] > value else value
    return total if 0 < total < 1000 else None


def parse_edition(text: str) -> int | None:
    """'18' → 18, 'XVIII' → 18."""
    return int(text) if text.isdigit() else roman_to_int(text)


@cache
def _kind_pattern() -> re.Pattern[str]:
    kinds = [fold(k) for k in lexicon.words("event_kinds.txt")]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in kinds) + r")(?!\w)")


def _kind_of(low: str) -> str:
    """The kind noun, as the guidelines record it: 'hội nghị tập huấn' is a hội nghị."""
    for base in ("hội nghị", "hội thảo", "tập huấn", "tọa đàm", "diễn đàn", "đại hội"):
        if low.startswith(base):
            return base
    return low


def _name_at(doc: Doc, start: int, limit: int) -> tuple[str, Span]:
    """The event's name as written, from its kind noun to the end of the phrase."""
    quoted = _QUOTED.match(doc.text, pos=_kind_end(doc, start), endpos=limit)
    if quoted:
        end = quoted.end()
    else:
        stop = _NAME_END.search(doc.text, pos=start + 3, endpos=limit)
        end = stop.start() if stop else limit
    name = doc.text[start:end].strip(" \"“”'‘’,-–")
    return name, (start, start + len(name))


def _kind_end(doc: Doc, start: int) -> int:
    match = _kind_pattern().match(doc.low, pos=start)
    return match.end() if match else start


def detect(doc: Doc, title: str | None = None) -> Detection:
    """Decide whether the article reports a meeting; if so, which one."""
    low = doc.low
    best: tuple[int, int, int, int] | None = None  # (score, kind start, kind end, sentence end)
    previous = ""
    for sentence in _SENTENCE.finditer(low):
        s_start, s_end = sentence.span()
        text = sentence.group(0)
        context, previous = previous + text, text  # a dateline often stands in the sentence before
        for kind in _kind_pattern().finditer(text):
            before = text[max(0, kind.start() - 30): kind.start()]
            if _PASSING.search(before):
                continue
            held = _HELD.search(text)
            dated = _DAY_MONTH.search(context)
            if not held:
                continue
            score = 2 + (2 if dated else 0) - (s_start > 3000)
            if best is None or score > best[0]:
                best = (score, s_start + kind.start(), s_start + kind.end(), s_end)
            break
    title_kind = _kind_pattern().search(fold(title)) if title else None
    if best is None or (best[0] < 4 and not title_kind):
        if best is None and not _kind_pattern().search(low):
            return Detection(False, reason="not a meeting report: no meeting-type event (hội nghị, hội thảo, tập huấn ...) is named")
        return Detection(False, reason="not a meeting report: a meeting is mentioned, but no sentence says one was held on a given day")
    _, k_start, k_end, s_end = best
    kind = _kind_of(low[k_start:k_end])
    name, name_span = _name_at(doc, k_start, s_end)
    spans: dict[str, list[Span]] = {"kind": [(k_start, k_end)], "name": [name_span]}
    edition = None
    found = _EDITION.search(doc.text, pos=k_start, endpos=name_span[1] + 1)
    if found:
        edition = parse_edition(found.group(1))
        if edition:
            spans["edition"] = [found.span(1)]
    return Detection(True, kind=kind, name=name, edition=edition, anchor=k_start, spans=spans)
