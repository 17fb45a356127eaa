"""The pure extraction core: normalised text in, pydantic records out. No I/O here.

The names are loaded when first used (PEP 562): importing a light module of the package (types, normalize,
version) does not compile the extractors' patterns, so a re-run that the cache answers never loads them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import exports

#: public name -> the module of this package that defines it
_WHERE = {"PARSER_VERSION": "version", "build_event": "event", "parse_text": "event",
          "Doc": "normalize", "fold": "normalize", "normalize_text": "normalize", "Meta": "types"}

__all__ = ["PARSER_VERSION", "Doc", "Meta", "build_event", "fold", "normalize_text", "parse_text"]


__getattr__, __dir__ = exports(__name__, _WHERE, globals())


if TYPE_CHECKING:  # for type checkers and editors: the same names, imported eagerly
    from .event import build_event, parse_text  # noqa: F401
    from .normalize import Doc, fold, normalize_text  # noqa: F401
    from .types import Meta  # noqa: F401
    from .version import PARSER_VERSION  # noqa: F401
