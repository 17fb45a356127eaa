"""libmeet.sqlite: the records, their groups and the people in them as one SQLite database.

Tables (foreign keys declared and enforced while writing; every join column indexed):

    groups         one row per meeting (event group): the values its sources agree on, `disagreements` as JSON
    events         one row per record (event id), with its `event_group`
    sources        one row per input file that gave a record (exact duplicates share the record)
    people         one row per person (`person_id`), with every spelling seen
    positions      what each person was seen holding, with the first and last event date
    organisations  one row per organisation (abbreviations written out: Bộ TT&TT = Bộ Thông tin và Truyền thông)
    attendees      one row per attendee of a record: event, person, organisation, as written
    organizers     the organising bodies of each record
    directions     the forward-looking points of each record, in order
    meta           what the database was made from (for reuse by the next ingest)

Full-text search (FTS5, external content; accents and tone marks ignored, so "hoa" finds hóa and hoá; đ stays đ):
events_fts (title, name), people_fts (name, names), directions_fts (text).
"""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from pathlib import Path

from ..output import LIST_SEPARATOR
from .build import Corpus, most_common
from .keys import org_key

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE groups (
    id TEXT PRIMARY KEY, kind TEXT, name TEXT, edition INTEGER, start_date TEXT, end_date TEXT, venue TEXT,
    city TEXT, province TEXT, province_2025 TEXT, country TEXT, online INTEGER, delegates INTEGER,
    records INTEGER NOT NULL, disagreements TEXT NOT NULL);
CREATE TABLE events (
    id TEXT PRIMARY KEY, event_group TEXT NOT NULL REFERENCES groups(id), title TEXT, kind TEXT, name TEXT,
    edition INTEGER, start_date TEXT, end_date TEXT, place_text TEXT, venue TEXT, city TEXT, province TEXT,
    province_2025 TEXT, country TEXT, online INTEGER, place_inferred INTEGER, delegates INTEGER,
    organizations INTEGER, sites INTEGER, warnings TEXT, parser_version TEXT);
CREATE TABLE sources (
    path TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id), sha256 TEXT, url TEXT, published TEXT,
    title TEXT, encoding TEXT, format TEXT);
CREATE TABLE organisations (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE people (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, names TEXT NOT NULL, events INTEGER NOT NULL,
    first_date TEXT, last_date TEXT);
CREATE TABLE positions (
    person_id TEXT NOT NULL REFERENCES people(id), position TEXT, organisation_id INTEGER REFERENCES organisations(id),
    organization TEXT, first_date TEXT, last_date TEXT, events INTEGER NOT NULL);
CREATE TABLE attendees (
    id INTEGER PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id), person_id TEXT NOT NULL REFERENCES people(id),
    name TEXT NOT NULL, honorific TEXT, academic_title TEXT, position TEXT,
    organisation_id INTEGER REFERENCES organisations(id), organization TEXT, roles TEXT);
CREATE TABLE organizers (
    event_id TEXT NOT NULL REFERENCES events(id), organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    name TEXT NOT NULL);
CREATE TABLE directions (id INTEGER PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id), n INTEGER NOT NULL,
    text TEXT NOT NULL);
CREATE INDEX events_group ON events(event_group);
CREATE INDEX events_start ON events(start_date);
CREATE INDEX events_province ON events(province, start_date);
CREATE INDEX groups_start ON groups(start_date);
CREATE INDEX sources_event ON sources(event_id);
CREATE INDEX positions_person ON positions(person_id);
CREATE INDEX positions_organisation ON positions(organisation_id);
CREATE INDEX attendees_event ON attendees(event_id);
CREATE INDEX attendees_person ON attendees(person_id);
CREATE INDEX attendees_organisation ON attendees(organisation_id);
CREATE INDEX organizers_event ON organizers(event_id);
CREATE INDEX organizers_organisation ON organizers(organisation_id);
CREATE INDEX directions_event ON directions(event_id);
CREATE VIRTUAL TABLE events_fts USING fts5(title, name, content='events', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE people_fts USING fts5(name, names, content='people', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE directions_fts USING fts5(text, content='directions', tokenize='unicode61 remove_diacritics 2');
"""

_FTS = ("events_fts", "people_fts", "directions_fts")


def _joined(items) -> str | None:
    text = LIST_SEPARATOR.join(str(i) for i in items if i not in (None, ""))
    return text or None


class _Organisations:
    """Organisation ids by key, numbered in the order first met; the name is the most common spelling."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.spellings: dict[str, list[str]] = {}

    def id(self, name: str | None, province: str | None = None) -> int | None:
        key = org_key(name, province)
        if not key:
            return None
        self.spellings.setdefault(key, []).append(name)
        return self.ids.setdefault(key, len(self.ids) + 1)

    def rows(self):
        return [(i, key, most_common(self.spellings[key])) for key, i in self.ids.items()]


def _write(db: sqlite3.Connection, corpus: Corpus) -> None:
    orgs = _Organisations()
    db.executemany("INSERT INTO groups VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [
        (s["event_group"], s["kind"], s["name"], s["edition"], s["start_date"], s["end_date"], s["venue"],
         s["city"], s["province"], s["province_2025"], s["country"], s["online"], s["delegates"], s["records"],
         json.dumps(s["disagreements"], ensure_ascii=False, sort_keys=True)) for s in corpus.summaries])
    events, sources, attendees, organizers, directions = [], [], [], [], []
    seen: set[str] = set()
    for record, group, pids in zip(corpus.records, corpus.group_of, corpus.person_ids):
        source, place = record.get("source") or {}, record.get("place") or {}
        attendance = record.get("attendance") or {}
        sources.append((source.get("path"), record["id"], source.get("sha256"), source.get("url"),
                        source.get("published"), source.get("title"), source.get("encoding"), source.get("format")))
        if record["id"] in seen:  # an exact duplicate file: one event, two sources
            continue
        seen.add(record["id"])
        province = place.get("province")
        events.append((record["id"], group, source.get("title"), record.get("kind"), record.get("name"),
                       record.get("edition"), record.get("start_date"), record.get("end_date"), place.get("text"),
                       place.get("venue"), place.get("city"), province, place.get("province_2025"),
                       place.get("country"), place.get("online"), place.get("inferred"), attendance.get("delegates"),
                       attendance.get("organizations"), attendance.get("sites"), _joined(record.get("warnings") or []),
                       record.get("parser_version")))
        for person, pid in zip(record.get("attendees") or [], pids):
            attendees.append((record["id"], pid, person.get("name"), person.get("honorific"),
                              person.get("academic_title"), person.get("position"),
                              orgs.id(person.get("organization"), province), person.get("organization"),
                              _joined(person.get("roles") or [])))
        for name in record.get("organizers") or []:
            if (oid := orgs.id(name, province)) is not None:
                organizers.append((record["id"], oid, name))
        directions.extend((record["id"], n, text) for n, text in enumerate(record.get("directions") or [], 1))
    db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", events)
    db.executemany("INSERT INTO sources VALUES (?,?,?,?,?,?,?,?)", sources)
    db.executemany("INSERT INTO people VALUES (?,?,?,?,?,?)", [
        (p.id, p.name, _joined(p.names), p.events, p.first, p.last) for p in corpus.people])
    positions = [(p.id, post.position, orgs.id(post.organization), post.organization, post.first, post.last,
                  post.events) for p in corpus.people for post in p.posts]
    db.executemany("INSERT INTO organisations VALUES (?,?,?)", orgs.rows())
    db.executemany("INSERT INTO positions VALUES (?,?,?,?,?,?,?)", positions)
    db.executemany("INSERT INTO attendees (event_id, person_id, name, honorific, academic_title, position,"
                   " organisation_id, organization, roles) VALUES (?,?,?,?,?,?,?,?,?)", attendees)
    db.executemany("INSERT INTO organizers VALUES (?,?,?)", organizers)
    db.executemany("INSERT INTO directions (event_id, n, text) VALUES (?,?,?)", directions)
    for table in _FTS:
        db.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def write_database(path: str | os.PathLike, corpus: Corpus, *, meta: dict[str, str] | None = None) -> None:
    """Write the corpus as a new SQLite database at `path` (which must not exist yet).

    meta: key-value pairs for the `meta` table (what the database was made from).
    """
    path = Path(path)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA foreign_keys=ON")
        db.executescript(SCHEMA)
        db.execute("BEGIN")
        _write(db, corpus)
        db.executemany("INSERT INTO meta VALUES (?, ?)", sorted((meta or {}).items()))
        db.execute("COMMIT")
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise ValueError(f"libmeet.sqlite: broken references {problems[:3]}")


def add_meta(path: str | os.PathLike, meta: dict[str, str]) -> None:
    """Add key-value pairs to the `meta` table of a database write_database wrote (when they are known only after)."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
