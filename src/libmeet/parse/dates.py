"""When the event took place: a date range read from the text (first version)."""
from __future__ import annotations

import datetime as dt
import re

from .normalize import Doc
from .types import DateResult

_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*(?:[-–]\s*(\d{1,2})\s*)?/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])")


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def extract_dates(doc: Doc, *, anchor: int = 0, published: dt.date | None = None,
                  reference_date: dt.date | None = None, mtime: dt.date | None = None) -> DateResult:
    """The event's start and end date, nearest to the event's main mention."""
    matches = sorted(_DATE.finditer(doc.low), key=lambda m: abs(m.start() - anchor))
    for match in matches:
        d1, d2, month, year = match.groups()
        warnings = []
        if year is None:
            fallback = published or reference_date or mtime
            if fallback is None:
                continue
            year = fallback.year
            warnings.append(f"the year of the event date is not written; {year} was assumed")
        start = _make(int(year), int(month), int(d1))
        end = _make(int(year), int(month), int(d2)) if d2 else start
        if start and end and end >= start:
            return DateResult(start, end, [match.span()], warnings)
    return DateResult()
