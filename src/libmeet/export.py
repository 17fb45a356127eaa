"""`libmeet export`: re-export the records of an ingest run (events.json or events.jsonl) without re-parsing.

Every record is validated against the model before anything is written, so a hand-edited or
truncated file is reported with its record number and nothing half-written is left behind.
JSON and JSON Lines keep the records' text exactly; CSV cells are made spreadsheet-safe (output.safe_cell).
"""
from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import LibmeetError
from .output import atomic_open, csv_writer, dumps, records_csv

FORMATS = ("csv", "jsonl", "json")
#: names a delimiter may be given by on a command line
DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}


class ExportError(LibmeetError):
    """The input of an export is missing, not JSON, or holds a record the model rejects."""


def delimiter_char(value: str) -> str:
    """One CSV delimiter character from ',' ';' '|' or a name (tab, semicolon ...); ValueError otherwise."""
    char = DELIMITER_NAMES.get(value.lower(), value)
    if len(char) != 1 or char in "\"'\r\n" or char.isalnum():
        raise ValueError(f"{value!r} cannot separate CSV fields: give one character such as , ; | or 'tab'")
    return char


def records_file(source: str | os.PathLike) -> Path:
    """The file to read: `source` itself, or in an ingest output folder its events.jsonl (else events.json)."""
    source = Path(source)
    if source.is_dir():
        for name in ("events.jsonl", "events.json"):
            if (source / name).is_file():
                return source / name
        raise ExportError(f"{source}: no events.jsonl or events.json in this folder")
    if not source.is_file():
        raise ExportError(f"{source}: no such file")
    return source


def _raw_records(path: Path) -> Iterator[tuple[str, dict]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError(f"{path}: cannot read: {exc}") from None
    if text.lstrip().startswith("["):
        items = _loads(text, f"{path}")
        for number, item in enumerate(items, 1):
            yield f"record {number}", item
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield f"line {number}", _loads(line, f"{path}: line {number}")


def _loads(text: str, where: str) -> object:
    """JSON text, or an ExportError that says why not (bad syntax, nesting or a number too large to read)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(f"{where} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise ExportError(f"{where} is not an events file: its JSON is nested too deeply to be a record") from None
    except ValueError:  # a number of thousands of digits
        raise ExportError(f"{where} is not an events file: it holds a number thousands of digits long, "
                          "which no record has") from None


def read_records(source: str | os.PathLike) -> list[dict]:
    """The records of events.json / events.jsonl (or an output folder), each checked against the model.

    The dicts are returned as read, so a re-export keeps their text exactly.
    """
    from pydantic import ValidationError  # (pydantic and the models only when records are read: see libmeet.cli)

    from .models import Event

    path = records_file(source)
    records = []
    for where, record in _raw_records(path):
        if not isinstance(record, dict):
            raise ExportError(f"{path}: {where} is not an event record (a JSON object): it is {type(record).__name__}")
        try:  # strict: "false" is no boolean, 86400 no date, "3" no number (as `libmeet schema` says)
            Event.model_validate_json(dumps(record), strict=True)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(map(str, first["loc"])) or "record"
            raise ExportError(f"{path}: {where} is not a valid event record: {loc}: {first['msg']}"
                              f"{f' (and {exc.error_count() - 1} more)' if exc.error_count() > 1 else ''}") from None
        records.append(record)
    if not records:
        raise ExportError(f"{path}: holds no event record, so there is nothing to export")
    return records


def write_records(handle: IO[str], records: list[dict], fmt: str, *, delimiter: str = ",",
                  attendees: bool = False) -> None:
    """Write `records` to a text handle (opened with newline='') in `fmt`."""
    if fmt == "json":
        handle.write("[" + ",".join("\n" + dumps(r, indent=2) for r in records) + ("\n]\n" if records else "]\n"))
    elif fmt == "jsonl":
        handle.writelines(dumps(r) + "\n" for r in records)
    elif fmt == "csv":
        records_csv(csv_writer(handle, delimiter), records, attendees=attendees)
    else:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


def export_records(source: str | os.PathLike, out: str | os.PathLike | IO[bytes], *, fmt: str = "csv", bom: bool = True,
           delimiter: str = ",", attendees: bool = False) -> int:
    """Re-export the records of `source` to `out` (a path, written atomically, or a binary stream).

    CSV is UTF-8 with a byte-order mark unless `bom` is False. Returns the number of records.
    Raises ExportError before writing anything when the input is missing or invalid.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    delimiter = delimiter_char(delimiter)
    records = read_records(source)
    encoding = "utf-8-sig" if fmt == "csv" and bom else "utf-8"
    if isinstance(out, (str, os.PathLike)):
        with atomic_open(Path(out), encoding=encoding, newline="") as handle:
            write_records(handle, records, fmt, delimiter=delimiter, attendees=attendees)
    else:
        handle = io.TextIOWrapper(out, encoding=encoding, newline="", write_through=True)
        try:
            write_records(handle, records, fmt, delimiter=delimiter, attendees=attendees)
            handle.flush()
        finally:
            with contextlib.suppress(ValueError):
                handle.detach()
    return len(records)
