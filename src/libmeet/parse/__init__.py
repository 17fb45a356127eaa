"""The pure extraction core: normalised text in, pydantic records out. No I/O here."""
from __future__ import annotations

from .event import PARSER_VERSION, build_event, parse_text
from .normalize import Doc, fold, normalize_text
from .types import Meta

__all__ = ["PARSER_VERSION", "Doc", "Meta", "build_event", "fold", "normalize_text", "parse_text"]
