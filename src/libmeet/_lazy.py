"""Names a package exports from its modules, imported on first use (PEP 562): `import libmeet` or a re-run that the
cache answers throughout loads none of the extractors, the grouping or pydantic until a name that needs them is read."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def exports(package: str, where: dict[str, str], names: dict[str, Any], *, within: str | None = None
            ) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The `__getattr__` and `__dir__` of the module `package` (its `globals()` as `names`): each name of `where` (name
    -> the module that defines it, relative to the package `within`, `package` itself by default) imported from its
    module when first read, then kept (and replaceable, as a test replaces one)."""

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", within or package), name)
        names[name] = value  # looked up once
        return value

    def __dir__() -> list[str]:
        return sorted({*names, *where})

    return __getattr__, __dir__
