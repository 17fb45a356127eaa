"""What the meeting set out: the forward-looking points (first version)."""
from __future__ import annotations

from .normalize import Doc
from .types import Span


def extract_directions(doc: Doc) -> list[tuple[str, Span]]:
    return []
