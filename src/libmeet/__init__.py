"""libmeet: Vietnamese meeting reports in, validated event records out.

    from libmeet import parse_text, parse_file, ingest, validate_paths, export_records
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import FileResult, IngestSummary, count_articles, ingest, iter_articles, parse_file  # noqa: E402
from .errors import LibmeetError  # noqa: E402
from .io.archives import Fields  # noqa: E402
from .export import ExportError, export_records, read_records  # noqa: E402
from .models import Attendance, Event, Person, Place, Skip, Source, event_schema  # noqa: E402
from .parse import Meta, parse_text  # noqa: E402
from .validate import Policy, ValidationReport, validate_paths  # noqa: E402

__all__ = [
    "Attendance", "Event", "ExportError", "Fields", "FileResult", "IngestSummary", "LibmeetError", "Meta", "Person", "Place",
    "Policy", "Skip", "Source", "ValidationReport", "__version__", "count_articles", "event_schema", "export_records",
    "ingest",
    "iter_articles", "parse_file", "parse_text", "read_records", "validate_paths",
]
