"""The pure extraction core: normalised text in, pydantic records out. No I/O here.

The names are loaded when first used (PEP 562): importing a light module of the package (types, normalize,
version) does not compile the extractors' patterns, so a re-run that the cache answers never loads them.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: public name -> the module of this package that defines it
_WHERE = {"PARSER_VERSION": "version", "build_event": "event", "parse_text": "event",
          "Doc": "normalize", "fold": "normalize", "normalize_text": "normalize", "Meta": "types"}

__all__ = ["PARSER_VERSION", "Doc", "Meta", "build_event", "fold", "normalize_text", "parse_text"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


if TYPE_CHECKING:  # for type checkers and editors: the same names, imported eagerly
    from .event import build_event, parse_text  # noqa: F401
    from .normalize import Doc, fold, normalize_text  # noqa: F401
    from .types import Meta  # noqa: F401
    from .version import PARSER_VERSION  # noqa: F401
