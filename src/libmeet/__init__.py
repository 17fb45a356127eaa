"""libmeet: Vietnamese meeting reports in, validated event records out.

    from libmeet import parse_text, parse_file, ingest, validate_paths, export_records

The names are loaded when first used (PEP 562), so `import libmeet` and `libmeet --version` stay
quick: the parser, its lexicons and the pydantic models load only for what needs them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import exports

__version__ = "0.1.0"

#: public name -> the module that defines it
_WHERE = {
    "FileResult": "api", "IngestSummary": "api", "count_articles": "api", "ingest": "api", "iter_articles": "api",
    "parse_file": "api",
    "LibmeetError": "errors",
    "Corpus": "corpus.build", "build_corpus": "corpus.build", "write_database": "corpus.database",
    "Fields": "io.archives",
    "ExportError": "export", "export_records": "export", "read_records": "export",
    "Attendance": "models", "Event": "models", "Person": "models", "Place": "models", "Skip": "models",
    "Source": "models", "event_schema": "models",
    "Meta": "parse", "parse_text": "parse",
    "Policy": "validate", "ValidationReport": "validate", "validate_paths": "validate",
}

__all__ = sorted([*_WHERE, "__version__"])


__getattr__, __dir__ = exports(__name__, _WHERE, globals())


if TYPE_CHECKING:  # for type checkers and editors: the same names, imported eagerly
    from .api import FileResult, IngestSummary, count_articles, ingest, iter_articles, parse_file  # noqa: F401
    from .corpus.build import Corpus, build_corpus  # noqa: F401
    from .corpus.database import write_database  # noqa: F401
    from .errors import LibmeetError  # noqa: F401
    from .export import ExportError, export_records, read_records  # noqa: F401
    from .io.archives import Fields  # noqa: F401
    from .models import Attendance, Event, Person, Place, Skip, Source, event_schema  # noqa: F401
    from .parse import Meta, parse_text  # noqa: F401
    from .validate import Policy, ValidationReport, validate_paths  # noqa: F401
