"""Writing the outputs: atomic files, JSON, JSON Lines and spreadsheet-safe CSV."""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from .generations import Generation, OutputError, explain
from .titles import normalise_title

#: columns of events.csv, in order (documented in README)
EVENT_COLUMNS = (
    "id", "source_path", "source_url", "published", "title", "kind", "name", "edition",
    "start_date", "end_date", "place_text", "venue", "city", "province", "province_2025", "country",
    "online", "place_inferred", "organizers", "attendees", "attendee_count", "delegates",
    "organizations", "sites", "directions", "warnings", "event_group",
)
#: columns of attendees.csv, in order (documented in README)
ATTENDEE_COLUMNS = (
    "event_id", "source_path", "start_date", "end_date", "province", "city", "online",
    "name", "honorific", "academic_title", "academic_title_normalised", "position", "organization", "roles",
    "event_group", "person_id",
)
LIST_SEPARATOR = " ; "
#: report entries written to report.json together
REPORT_BATCH = 1000
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
        "event_group": record.get("event_group"),
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
            "academic_title_normalised": normalise_title(person.get("academic_title")),
            "position": person.get("position"),
            "organization": person.get("organization"),
            "roles": _joined(person.get("roles") or []),
            "event_group": record.get("event_group"),
            "person_id": person.get("person_id"),
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


_COMPACT = json.JSONEncoder(ensure_ascii=False)  # built once: json.dumps builds an encoder per call
_INDENTED = json.JSONEncoder(ensure_ascii=False, indent=2)
_STRING = json.encoder.encode_basestring  # what JSONEncoder(ensure_ascii=False) quotes strings with (C)


class _Unusual(Exception):
    """A value _indented leaves to the json module (a key that is not a string, an object it does not know)."""


def _scalar(value: Any) -> str:
    """A JSON scalar as JSONEncoder writes it."""
    if isinstance(value, str):
        return _STRING(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _COMPACT.encode(value)  # (NaN, Infinity as the json module writes them)
    raise _Unusual


#: how the common scalars are written, by their exact type (subclasses go through _scalar)
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _STRING, int: int.__repr__, bool: lambda b: "true" if b else "false", type(None): lambda _: "null",
    float: lambda f: _COMPACT.encode(f),
}


def _indented(value: Any, margin: str) -> str:
    """`value` as JSONEncoder(ensure_ascii=False, indent=2) writes it, byte for byte, at the indent `margin`:
    joined strings instead of the json module's pure-Python generators (which indenting falls back on)."""
    scalars = _SCALARS
    inner = margin + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for key, item in value.items():
            if type(key) is not str and not isinstance(key, str):
                raise _Unusual
            write = scalars.get(type(item))
            parts.append(_STRING(key) + ": " + (write(item) if write else _indented(item, inner)))
        return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + margin + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = []
        for item in value:
            write = scalars.get(type(item))
            parts.append(write(item) if write else _indented(item, inner))
        return "[\n" + inner + (",\n" + inner).join(parts) + "\n" + margin + "]"
    return _scalar(value)


def dumps(record: dict, indent: int | None = None) -> str:
    """JSON text as the outputs write it: letters as they are (no \\u escapes); one line, or indented by 2."""
    if indent is None:
        if all(type(v) is str for v in record.values()) and all(type(k) is str for k in record):
            # (most report entries: path, status, reason) as JSONEncoder writes them, without building an encoder
            return "{" + ", ".join(_STRING(k) + ": " + _STRING(v) for k, v in record.items()) + "}"
        return _COMPACT.encode(record)
    if indent == 2:
        try:
            return _indented(record, "")
        except (_Unusual, RecursionError):
            return _INDENTED.encode(record)  # (which says what it cannot encode)
    return json.JSONEncoder(ensure_ascii=False, indent=indent).encode(record)


class Rendered(NamedTuple):
    """One file's share of the five outputs, as the text written there.

    Workers render it (so the parent process only copies text), and the ingest cache keeps it (so a
    re-run over an unchanged file copies it again without parsing or serialising anything).
    """

    status: str  # ok | skipped | error
    message: str | None  # the reason of a skip, the message of an error
    entry: str  # its report.json entry, one line of JSON
    record: str | None = None  # the event record as one line of JSON (events.jsonl), when there is one
    pretty: str | None = None  # the record as events.json indents it
    event_rows: str = ""  # its events.csv line
    attendee_rows: str = ""  # its attendees.csv lines


def _csv_text(rows: Iterable[list[str]]) -> str:
    buffer = io.StringIO()
    csv_writer(buffer).writerows(rows)
    return buffer.getvalue()


def render(entry: dict, record: dict | None = None) -> Rendered:
    """A file's report entry and event record (as JSON data) as the text of every output."""
    message = entry.get("message") or entry.get("reason")
    if record is None:
        return Rendered(entry["status"], message, dumps(entry))
    return Rendered(entry["status"], message, dumps(entry), dumps(record), dumps(record, indent=2),
                    _csv_text([event_row(record)]), _csv_text(attendee_rows(record)))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A new empty file beside `path` to write (by name: a database, a copy), synced and renamed over `path`
    when the block succeeds; on any failure it is removed and `path` is untouched."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        try:
            os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes it private; outputs get the usual permissions
        finally:
            os.close(fd)
        yield Path(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_open(path: Path, *, encoding: str = "utf-8", newline: str | None = None) -> Iterator[IO[str]]:
    """Write to a temporary file beside `path`, then rename over it; on any failure `path` is untouched."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding=encoding, newline=newline) as handle:
        yield handle


class OutputSet:
    """The five outputs of `libmeet ingest`, streamed record by record into a new generation of the
    output folder and switched in together when the run ends well (libmeet.generations).

    Records must be added in source-path order; nothing is held in memory but the open files.
    Raises generations.OutputError (one line: what, where, what to do) when they cannot be written.
    """

    def __init__(self, out_dir: Path, *, bom: bool = True) -> None:
        self.out_dir = out_dir
        self.bom = bom
        self._stack = contextlib.ExitStack()
        self._count = 0
        self._finishers: list[Callable[[dict[str, Path]], None]] = []
        self._report_count = 0
        self._entries: list[str] = []  # report entries not yet written (REPORT_BATCH at most)
        self.generation = Generation(out_dir)

    @property
    def committed(self) -> bool:
        """The new outputs are in place (an interruption after this changed nothing)."""
        return self.generation.committed

    def __enter__(self) -> OutputSet:
        enter = self._stack.enter_context
        folder = enter(self.generation).folder
        csv_encoding = "utf-8-sig" if self.bom else "utf-8"
        try:
            self._json = enter(open(folder / "events.json", "w", encoding="utf-8"))
            self._jsonl = enter(open(folder / "events.jsonl", "w", encoding="utf-8"))
            self._events_handle = enter(open(folder / "events.csv", "w", encoding=csv_encoding, newline=""))
            self._people_handle = enter(open(folder / "attendees.csv", "w", encoding=csv_encoding, newline=""))
            self._report = enter(open(folder / "report.json", "w", encoding="utf-8"))
            csv_writer(self._events_handle).writerow(EVENT_COLUMNS)
            csv_writer(self._people_handle).writerow(ATTENDEE_COLUMNS)
            self._json.write("[")
            self._report.write("[")
        except OSError as exc:
            self._stack.close()
            raise OutputError(explain(exc, self.out_dir)) from None
        except BaseException:
            self._stack.close()
            raise
        return self

    def add(self, rendered: Rendered) -> None:
        """One file's report entry, and its event in the other four outputs when it has one."""
        try:
            if rendered.record is not None:
                self._json.write(("," if self._count else "") + "\n" + (rendered.pretty or ""))
                self._jsonl.write(rendered.record + "\n")
                self._events_handle.write(rendered.event_rows)
                self._people_handle.write(rendered.attendee_rows)
                self._count += 1
            self._entries.append(rendered.entry)
            if len(self._entries) >= REPORT_BATCH:
                self._write_entries()
        except OSError as exc:
            raise OutputError(explain(exc, self.out_dir)) from None

    def _write_entries(self) -> None:
        """The report entries added since the last call, in one write (rather than one a file)."""
        if self._entries:
            self._report.write(("," if self._report_count else "") + "\n  " + ",\n  ".join(self._entries))
            self._report_count += len(self._entries)
            self._entries.clear()

    def extra_path(self, name: str) -> Path:
        """A file name to write another output to (a database), switched into place together with the five."""
        return self.generation.extra(name)

    def on_complete(self, finish: Callable[[dict[str, Path]], None]) -> None:
        """Call `finish` with the new files of the four record outputs (name -> path), once they are
        complete and before they are put in place; it may rewrite them (the corpus layer fills in links)."""
        self._finishers.append(finish)

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool | None:
        try:
            if exc_type is None:
                try:
                    self._write_entries()
                    self._json.write("\n]\n" if self._count else "]\n")
                    self._report.write("\n]\n" if self._report_count else "]\n")
                    for handle in (self._json, self._jsonl, self._events_handle, self._people_handle, self._report):
                        handle.close()
                    folder = self.generation.folder
                    for finish in self._finishers:  # (nothing is put in place when one fails)
                        finish({name: folder / name for name in ("events.json", "events.jsonl", "events.csv",
                                                                 "attendees.csv")})
                except OSError as exc:
                    raise OutputError(explain(exc, self.out_dir)) from None
                self.generation.commit()
        finally:
            with contextlib.suppress(OSError):  # a handle that could not flush (disk full) is dropped with its folder
                self._stack.close()
        return None
