"""How many attended: delegates, organisations, sites (first version)."""
from __future__ import annotations

import re

from ..models import Attendance
from .normalize import Doc
from .types import Span

_DELEGATES = re.compile(r"(?:hơn|gần|khoảng|trên|có)?\s*(\d[\d.]*)\s+(?:đại biểu|cán bộ|giáo viên|người)")


def extract_attendance(doc: Doc) -> tuple[Attendance, dict[str, list[Span]]]:
    match = _DELEGATES.search(doc.low)
    if match:
        return Attendance(delegates=int(match.group(1).replace(".", ""))), {"attendance.delegates": [match.span(1)]}
    return Attendance(), {}
