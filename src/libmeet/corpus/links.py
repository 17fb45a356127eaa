"""The links of the corpus layer written into the per-article outputs: each record's `event_group`
and each attendee's `person_id` (and event group) in events.json, events.jsonl, events.csv and attendees.csv.

Records are rendered (and cached) before the corpus is known, with these fields empty: null in JSON,
an empty last cell in CSV. Once the groups and people are known, each file is read once and written
again with them filled in, record by record in output order; nothing else in it changes.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

_GROUP = '"event_group": null'
_PERSON = '"person_id": null'


def _quoted(value: str) -> str:
    return '"' + value + '"'  # ids are [a-z0-9-]: no escaping needed


def _rewrite(path: Path, lines: Iterator[str], *, newline: str | None = None, encoding: str = "utf-8") -> None:
    tmp = path.with_name(path.name + ".links")
    with open(tmp, "w", encoding=encoding, newline=newline) as out:
        out.writelines(lines)
    os.replace(tmp, path)


def _jsonl(path: Path, groups: Sequence[str], people: Sequence[Sequence[str]]) -> Iterator[str]:
    with open(path, encoding="utf-8") as handle:
        for line, group, pids in zip(handle, groups, people, strict=True):
            line = line.replace(_GROUP, '"event_group": ' + _quoted(group), 1)
            for pid in pids:
                line = line.replace(_PERSON, '"person_id": ' + _quoted(pid), 1)
            yield line


def _json(path: Path, groups: Sequence[str], people: Sequence[Sequence[str]]) -> Iterator[str]:
    """The text of events.json with the links filled in, a block of whole lines at a time: the lines to fill are
    found by str.find (a scan in C), not by a comparison in Python for each of its ~150 lines a record."""
    group_line, person_line = f"  {_GROUP},\n", f"      {_PERSON}\n"
    records = iter(zip(groups, people, strict=True))
    pids: Iterator[str] = iter(())
    with open(path, encoding="utf-8") as handle:
        while True:
            block = handle.read(_BLOCK)
            if not block:
                return
            if not block.endswith("\n"):
                block += handle.readline()  # (whole lines only: the block starts a line, as does the next)
            parts = []
            done = 0
            for at, line in sorted([*_starts(block, group_line), *_starts(block, person_line)]):
                if line is group_line:
                    group, record_pids = next(records)
                    pids = iter(record_pids)
                    filled = f'  "event_group": {_quoted(group)},\n'
                else:
                    filled = f'      "person_id": {_quoted(next(pids))}\n'
                parts.append(block[done:at])
                parts.append(filled)
                done = at + len(line)
            parts.append(block[done:])
            yield "".join(parts)


#: characters of events.json read at a time by _json
_BLOCK = 1 << 20


def _starts(block: str, line: str) -> Iterator[tuple[int, str]]:
    """(where, line) for each line of `block` (which starts a line) that is `line` (which ends with its newline)."""
    if block.startswith(line):
        yield 0, line
    at, after_newline = 0, "\n" + line
    while (at := block.find(after_newline, at)) >= 0:
        at += 1  # (the line starts after the newline that ends the line before)
        yield at, line
        at += len(line) - 1  # from this line's own newline: the next line may be another such


def _csv_rows(path: Path, encoding: str) -> Iterator[str]:
    """The rows of a CSV file as written (each ends with CR LF; a line break inside a cell is a lone LF)."""
    with open(path, encoding=encoding, newline="") as handle:
        rest = ""
        for chunk in iter(lambda: handle.read(1 << 16), ""):
            rows = (rest + chunk).split("\r\n")
            rest = rows.pop()
            yield from rows
        if rest:
            yield rest


def _events_csv(path: Path, encoding: str, groups: Sequence[str]) -> Iterator[str]:
    rows = _csv_rows(path, encoding)
    yield next(rows) + "\r\n"
    for row, group in zip(rows, groups, strict=True):
        yield row + group + "\r\n"  # the last cell, event_group, was empty


def _attendees_csv(path: Path, encoding: str, groups: Sequence[str], people: Sequence[Sequence[str]]) -> Iterator[str]:
    rows = _csv_rows(path, encoding)
    yield next(rows) + "\r\n"
    cells = (f"{group},{pid}" for group, pids in zip(groups, people, strict=True) for pid in pids)
    for row, both in zip(rows, cells, strict=True):
        yield row[:-1] + both + "\r\n"  # the last two cells, event_group and person_id, were empty (",")


def fill_links(paths: dict[str, Path], groups: Sequence[str], people: Sequence[Sequence[str]], *,
               bom: bool = True) -> None:
    """Write each record's group and each attendee's person id into the four record outputs.

    paths: the files (events.json, events.jsonl, events.csv, attendees.csv); groups: the group of each
    record in output order; people: the person id of each attendee of each record.
    """
    encoding = "utf-8-sig" if bom else "utf-8"
    _rewrite(paths["events.jsonl"], _jsonl(paths["events.jsonl"], groups, people))
    _rewrite(paths["events.json"], _json(paths["events.json"], groups, people))
    _rewrite(paths["events.csv"], _events_csv(paths["events.csv"], encoding, groups), newline="", encoding=encoding)
    _rewrite(paths["attendees.csv"], _attendees_csv(paths["attendees.csv"], encoding, groups, people),
             newline="", encoding=encoding)
