"""The corpus layer's outputs of `libmeet ingest`, written into the output set with the per-article files.

Incremental with the ingest cache: libmeet.sqlite keeps a key over the code and every record's text,
and the sha256 of the other three files. When a run gives the same records again and the files are as
written, they are copied instead of computed again, so a re-run of an unchanged corpus stays as fast
as the cache makes the rest.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..output import OutputSet
from ..parallel import in_background
from .links import fill_links

if TYPE_CHECKING:
    from .build import Corpus
    from .groups import EventKey

# (build, groups, keys, database and tables are imported only when the files are built: a re-run that reuses them
# never loads the grouping, nor the parser's place and name lexicons it needs)

DATABASE = "libmeet.sqlite"
#: the text files the corpus layer adds to an ingest's outputs, and how each is written
TEXT_OUTPUTS = ("events_grouped.json", "events_grouped.csv", "people.csv")
#: every file the corpus layer adds
CORPUS_OUTPUTS = (*TEXT_OUTPUTS, DATABASE)


#: the text files written alongside the database, in its process: the two halves of the work take about as long
_ASIDE = ("events_grouped.csv", "people.csv")


def _write_text(path: Path, corpus: Corpus, *, bom: bool) -> str:
    """Write the text output `path` names (one of TEXT_OUTPUTS) from the corpus; the sha256 of its bytes."""
    csv = path.name.endswith(".csv")
    buffer = io.StringIO(newline="" if csv else None)
    _writer(path.name)(buffer, corpus)
    data = buffer.getvalue().encode("utf-8-sig" if csv and bom else "utf-8")
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def _writer(name: str) -> Callable[[io.StringIO, Corpus], None]:
    """The function of libmeet.corpus.tables that writes the text output `name` (one of TEXT_OUTPUTS)."""
    from . import tables

    return {"events_grouped.json": tables.write_grouped_json, "events_grouped.csv": tables.write_grouped_csv,
            "people.csv": tables.write_people_csv}[name]


def corpus_key(records: Sequence[str], code: str = "") -> str:
    """What the corpus outputs depend on: the code (its fingerprint) and every record's JSON text, in order."""
    digest = hashlib.sha256(code.encode() + b"\0")
    for record in records:
        digest.update(record.encode())
        digest.update(b"\n")
    return digest.hexdigest()


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _reusable(out_dir: Path, key: str, bom: bool) -> bool:
    """Whether the corpus files in out_dir were made from the same records and are as they were written."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{out_dir / DATABASE}?mode=ro", uri=True)) as db:
            stored = dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return False
    return stored.get("records_key") == key and stored.get("bom") == str(bom) and all(
        stored.get(name) == _sha256(out_dir / name) for name in TEXT_OUTPUTS)


def _record_id(record: str) -> str:
    """The id of a record from its JSON text, which starts with it ({"id": "ev-...", ...})."""
    return record[8:record.index('"', 8)]


def _stored_links(database: Path, records: Sequence[str]) -> tuple[list[str], list[list[str]], int]:
    """The groups and person ids of the records as the last run's libmeet.sqlite has them, and the group count."""
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        group_of = dict(db.execute("SELECT id, event_group FROM events"))
        people: dict[str, list[str]] = {}
        for event, person in db.execute("SELECT event_id, person_id FROM attendees ORDER BY id"):
            people.setdefault(event, []).append(person)
        count = db.execute("SELECT count(*) FROM groups").fetchone()[0]
    ids = [_record_id(r) for r in records]
    return [group_of[i] for i in ids], [people.get(i, []) for i in ids], count


def _link_or_copy(source: Path, target: Path) -> None:
    """Put the last run's file into the new generation: a hard link to it (no bytes written again, nothing
    to sync; libmeet never writes an output file in place) where the file system allows and the file is still
    writable, a copy elsewhere (a link keeps the old file's mode: one a user made read-only would fail the sync
    the generation's commit opens it for; review 53)."""
    real = os.path.realpath(source)
    try:
        if not os.access(real, os.W_OK):
            raise PermissionError(real)
        os.link(real, target)
    except OSError:
        shutil.copyfile(source, target)


def write_corpus(outputs: OutputSet, records: Sequence[str], *, code: str = "", reuse: bool = True,
                 keys: Sequence[EventKey | None] | None = None) -> int:
    """Write the four corpus files into `outputs` from the records (JSON text, in output order), and
    each record's event_group and each attendee's person_id into the record outputs.

    code: the fingerprint of the code that made the records (the key for reuse); reuse: copy the
    files of the last run when its records were the same; keys: the grouping key of each record where it is
    known already (see build_corpus). Returns the number of event groups.
    """
    key = corpus_key(records, code)
    out_dir = outputs.out_dir
    if reuse and _reusable(out_dir, key, outputs.bom):
        group_of, person_ids, count = _stored_links(out_dir / DATABASE, records)
        for name in CORPUS_OUTPUTS:
            _link_or_copy(out_dir / name, outputs.extra_path(name))
        outputs.on_complete(lambda paths: fill_links(paths, group_of, person_ids, bom=outputs.bom))
        return count
    import json

    from .build import build_corpus, slim
    from .database import add_meta, write_database

    corpus = build_corpus([slim(json.loads(r)) for r in records], keys)
    database = outputs.extra_path(DATABASE)
    texts = {name: outputs.extra_path(name) for name in TEXT_OUTPUTS}  # (named here: the generation switches them in)

    def write() -> None:
        database.unlink(missing_ok=True)  # (what a failed attempt left)
        write_database(database, corpus)
        add_meta(database, {name: _write_text(texts[name], corpus, bom=outputs.bom) for name in _ASIDE})

    # the database and the CSV files in a process of its own (the workers are done: a core is free) while this one
    # writes the JSON file and fills in the links; waited for, and its meta added, before the outputs are switched in
    written = in_background(write)
    outputs.on_complete(lambda paths: fill_links(paths, corpus.group_of, corpus.person_ids, bom=outputs.bom))
    hashes = {name: _write_text(texts[name], corpus, bom=outputs.bom) for name in TEXT_OUTPUTS if name not in _ASIDE}
    meta = {"records_key": key, "bom": str(outputs.bom), **hashes}

    def finish(paths: object) -> None:
        written()
        add_meta(database, meta)

    outputs.on_complete(finish)
    return len(corpus.groups)
