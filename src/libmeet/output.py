"""Writing the outputs: atomic files, JSON, JSON Lines and spreadsheet-safe CSV."""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

#: columns of events.csv, in order (documented in README)
EVENT_COLUMNS = (
    "id", "source_path", "source_url", "published", "title", "kind", "name", "edition",
    "start_date", "end_date", "place_text", "venue", "city", "province", "province_2025", "country",
    "online", "place_inferred", "organizers", "attendees", "attendee_count", "delegates",
    "organizations", "sites", "directions", "warnings",
)
#: columns of attendees.csv, in order (documented in README)
ATTENDEE_COLUMNS = (
    "event_id", "source_path", "start_date", "end_date", "province", "city", "online",
    "name", "honorific", "academic_title", "position", "organization", "roles",
)
LIST_SEPARATOR = " ; "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """A CSV cell as text; one that a spreadsheet would run as a formula is neutralised with a leading '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    # one kind of line break inside a cell: spreadsheets show CR LF and lone CR differently
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _joined(items: Iterable[Any]) -> str:
    return LIST_SEPARATOR.join(str(i) for i in items if i not in (None, ""))


def event_row(record: dict) -> list[str]:
    source = record.get("source") or {}
    place = record.get("place") or {}
    attendance = record.get("attendance") or {}
    attendees = record.get("attendees") or []
    values = {
        "id": record.get("id"),
        "source_path": source.get("path"),
        "source_url": source.get("url"),
        "published": source.get("published"),
        "title": source.get("title"),
        "kind": record.get("kind"),
        "name": record.get("name"),
        "edition": record.get("edition"),
        "start_date": record.get("start_date"),
        "end_date": record.get("end_date"),
        "place_text": place.get("text"),
        "venue": place.get("venue"),
        "city": place.get("city"),
        "province": place.get("province"),
        "province_2025": place.get("province_2025"),
        "country": place.get("country"),
        "online": bool(place.get("online")),
        "place_inferred": bool(place.get("inferred")),
        "organizers": _joined(record.get("organizers") or []),
        "attendees": _joined(a.get("name") for a in attendees),
        "attendee_count": len(attendees),
        "delegates": attendance.get("delegates"),
        "organizations": attendance.get("organizations"),
        "sites": attendance.get("sites"),
        "directions": _joined(record.get("directions") or []),
        "warnings": _joined(record.get("warnings") or []),
    }
    return [safe_cell(values[c]) for c in EVENT_COLUMNS]


def attendee_rows(record: dict) -> Iterator[list[str]]:
    source = record.get("source") or {}
    place = record.get("place") or {}
    for person in record.get("attendees") or []:
        values = {
            "event_id": record.get("id"),
            "source_path": source.get("path"),
            "start_date": record.get("start_date"),
            "end_date": record.get("end_date"),
            "province": place.get("province"),
            "city": place.get("city"),
            "online": bool(place.get("online")),
            "name": person.get("name"),
            "honorific": person.get("honorific"),
            "academic_title": person.get("academic_title"),
            "position": person.get("position"),
            "organization": person.get("organization"),
            "roles": _joined(person.get("roles") or []),
        }
        yield [safe_cell(values[c]) for c in ATTENDEE_COLUMNS]


def csv_writer(handle: IO[str], delimiter: str = ",") -> Any:
    return csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")


def records_csv(writer: Any, records: Iterable[dict], *, attendees: bool = False) -> None:
    """The rows of events.csv (or of attendees.csv when `attendees`), header first."""
    writer.writerow(ATTENDEE_COLUMNS if attendees else EVENT_COLUMNS)
    for record in records:
        if attendees:
            writer.writerows(attendee_rows(record))
        else:
            writer.writerow(event_row(record))


def dumps(record: dict, indent: int | None = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_open(path: Path, *, encoding: str = "utf-8", newline: str | None = None) -> Iterator[IO[str]]:
    """Write to a temporary file beside `path`, then rename over it; on any failure `path` is untouched."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes it private; outputs get the usual permissions
        with io.open(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class OutputSet:
    """The five outputs of `libmeet ingest`, streamed record by record and renamed into place together.

    Records must be added in source-path order; nothing is held in memory but the open files.
    """

    def __init__(self, out_dir: Path, *, bom: bool = True) -> None:
        self.out_dir = out_dir
        self.bom = bom
        self._stack = contextlib.ExitStack()
        self._count = 0

    def __enter__(self) -> OutputSet:
        enter = self._stack.enter_context
        csv_encoding = "utf-8-sig" if self.bom else "utf-8"
        self._json = enter(atomic_open(self.out_dir / "events.json"))
        self._jsonl = enter(atomic_open(self.out_dir / "events.jsonl"))
        self._events_handle = enter(atomic_open(self.out_dir / "events.csv", encoding=csv_encoding, newline=""))
        self._people_handle = enter(atomic_open(self.out_dir / "attendees.csv", encoding=csv_encoding, newline=""))
        self._report = enter(atomic_open(self.out_dir / "report.json"))
        self._events_csv = csv_writer(self._events_handle)
        self._people_csv = csv_writer(self._people_handle)
        self._events_csv.writerow(EVENT_COLUMNS)
        self._people_csv.writerow(ATTENDEE_COLUMNS)
        self._json.write("[")
        self._report.write("[")
        self._report_count = 0
        return self

    def add_event(self, record: dict) -> None:
        self._json.write(("," if self._count else "") + "\n" + dumps(record, indent=2))
        self._jsonl.write(dumps(record) + "\n")
        self._events_csv.writerow(event_row(record))
        for row in attendee_rows(record):
            self._people_csv.writerow(row)
        self._count += 1

    def add_report(self, entry: dict) -> None:
        self._report.write(("," if self._report_count else "") + "\n  " + dumps(entry))
        self._report_count += 1

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool | None:
        if exc_type is None:
            self._json.write("\n]\n" if self._count else "]\n")
            self._report.write("\n]\n" if self._report_count else "]\n")
        return self._stack.__exit__(exc_type, exc, tb)
