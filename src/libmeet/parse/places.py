"""Where the event took place (first version: a few provinces, online)."""
from __future__ import annotations

import re

from ..models import Place
from .normalize import Doc
from .types import Span


class PlaceResult:
    __slots__ = ("place", "spans", "warnings")

    def __init__(self, place: Place, spans: dict[str, list[Span]] | None = None, warnings: list[str] | None = None):
        self.place = place
        self.spans = spans or {}
        self.warnings = warnings or []


_ONLINE = re.compile(r"trực tuyến|điểm cầu|online")


def extract_place(doc: Doc, *, anchor: int = 0, event_date=None) -> PlaceResult:
    online = _ONLINE.search(doc.low)
    if online:
        return PlaceResult(Place(online=True), {"place.online": [online.span()]})
    return PlaceResult(Place())
