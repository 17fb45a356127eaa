"""The library API the CLI is a thin shell over: parse_file, iter_articles, ingest."""
from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import LibmeetError
from .io.reader import ARTICLE_SUFFIXES, MAX_BYTES, load
from .models import Event, Skip
from .output import OutputSet
from .parse import Meta, parse_text


@dataclass
class FileResult:
    """The outcome for one input file, as report.json records it."""

    path: str
    status: str  # ok | skipped | error
    message: str | None = None
    event: Event | None = None

    def report_entry(self) -> dict:
        entry: dict = {"path": self.path, "status": self.status}
        if self.event is not None:
            entry["event_id"] = self.event.id
            if self.event.warnings:
                entry["warnings"] = list(self.event.warnings)
        if self.message:
            entry["reason" if self.status == "skipped" else "message"] = self.message
        return entry


@dataclass
class IngestSummary:
    files: int = 0
    events: int = 0
    skipped: int = 0
    errors: int = 0
    seconds: float = 0.0
    out_dir: Path | None = None
    results: list[dict] = field(default_factory=list)  # the report entries of errors and skips


def parse_file(path: str | os.PathLike, *, reference_date: dt.date | None = None,
               max_bytes: int = MAX_BYTES, display_path: str | None = None) -> Event | Skip:
    """Read, decode and parse one article file. Raises LibmeetError subclasses for unreadable input."""
    loaded = load(Path(path), reference_date=reference_date, max_bytes=max_bytes, display_path=display_path)
    return parse_text(loaded.text, loaded.meta)


def process_file(path: Path, display: str, *, reference_date: dt.date | None = None,
                 max_bytes: int = MAX_BYTES) -> FileResult:
    """parse_file, with every documented failure turned into a per-file result."""
    try:
        outcome = parse_file(path, reference_date=reference_date, max_bytes=max_bytes, display_path=display)
    except LibmeetError as exc:
        message = str(exc)
        status = "skipped" if message.startswith(("empty", "binary", "too large")) else "error"
        return FileResult(display, status, message)
    except RecursionError:
        return FileResult(display, "error", "too deeply nested to parse")
    if isinstance(outcome, Skip):
        return FileResult(display, "skipped", outcome.reason)
    return FileResult(display, "ok", event=outcome)


def iter_articles(root: str | os.PathLike, suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> Iterator[tuple[Path, str]]:
    """Article files under `root` (or `root` itself), sorted by path, as (path, path relative to root).

    Symbolic links to directories are not followed, so a link loop cannot trap the walk.
    """
    root = Path(root)
    if root.is_file():
        yield root, root.name
        return
    found: list[tuple[str, Path]] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for name in files:
            if name.lower().endswith(suffixes) and not name.startswith("."):
                full = Path(folder, name)
                found.append((full.relative_to(root).as_posix(), full))
    for rel, full in sorted(found):
        yield full, rel


def ingest(raw_dir: str | os.PathLike, out_dir: str | os.PathLike, *, reference_date: dt.date | None = None,
           max_bytes: int = MAX_BYTES, on_result: Callable[[FileResult], None] | None = None) -> IngestSummary:
    """Parse every article under raw_dir and write the five outputs of SPEC.md into out_dir atomically."""
    started = time.perf_counter()
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    summary = IngestSummary(out_dir=out_dir)
    with OutputSet(out_dir) as outputs:
        for path, rel in iter_articles(raw_dir):
            display = (raw_dir / rel).as_posix() if raw_dir.is_dir() else str(path)
            result = process_file(path, display, reference_date=reference_date, max_bytes=max_bytes)
            summary.files += 1
            if result.event is not None:
                outputs.add_event(result.event.model_dump(mode="json"))
                summary.events += 1
            elif result.status == "skipped":
                summary.skipped += 1
            else:
                summary.errors += 1
            entry = result.report_entry()
            outputs.add_report(entry)
            if result.status != "ok":
                summary.results.append(entry)
            if on_result:
                on_result(result)
    summary.seconds = time.perf_counter() - started
    return summary
