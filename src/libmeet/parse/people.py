"""Who attended: named people with position and organisation (first version)."""
from __future__ import annotations

from ..models import Person
from .normalize import Doc
from .types import Span


def extract_attendees(doc: Doc) -> list[tuple[Person, list[Span]]]:
    return []
