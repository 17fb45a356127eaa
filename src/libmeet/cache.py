"""The ingest cache: what each article gave last time, so a re-run parses only what changed.

It lives in the output folder (`.libmeet-cache.sqlite`), one row per input file:

    path (as in the records) | sha256 of the file's bytes | its modification date | report entry | record

A row is used only when the file's bytes hash to the same sha256 and its modification date (which
the parser may use for a missing year) is the same. The whole cache is dropped when the parser
changes: its fingerprint covers `PARSER_VERSION` and the bytes of every source and data file of the
package, plus the ingest options that change records (reference date, size limit).

Look-ups come in path order, so they are a merge over the table in key order, never the whole
table in memory; rows of files that are gone are deleted at the end. Rows are written as they come
and committed every few hundred files, so an interrupted run keeps what it parsed.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CACHE_NAME = ".libmeet-cache.sqlite"
#: rows written between two commits
COMMIT_EVERY = 500
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, sha256 BLOB NOT NULL, mtime TEXT NOT NULL,"
    " entry TEXT NOT NULL, record TEXT) WITHOUT ROWID",
)
_PACKAGE = Path(__file__).resolve().parent


@cache
def code_fingerprint() -> str:
    """sha256 over the parser version and every .py and data file of the package (any code change shows)."""
    from .parse.event import PARSER_VERSION

    digest = hashlib.sha256(PARSER_VERSION.encode())
    for folder, dirs, files in os.walk(_PACKAGE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")) or name.startswith("."):
                continue
            full = Path(folder, name)
            digest.update(full.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            digest.update(full.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def fingerprint(**options: object) -> str:
    """The code fingerprint combined with the ingest options that change records."""
    text = code_fingerprint() + "".join(f"\n{k}={options[k]!r}" for k in sorted(options))
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Probe:
    """What a file is now: enough to look it up and, after parsing, to store it."""

    path: str
    sha256: bytes
    mtime: str


@dataclass(frozen=True)
class Hit:
    entry: str  # the report entry, as JSON text
    record: str | None  # the event record, as JSON text (one line), when there is one


def probe(path: str | Path, display: str, max_bytes: int) -> Probe | None:
    """Hash the file as it is now; None when it cannot be cached (unreadable, too large, odd name)."""
    try:
        display.encode("utf-8")
        if not os.path.isfile(path):  # a pipe or device named .txt: opening it would wait for ever
            return None
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            if stat.st_size > max_bytes:
                return None
            data = handle.read()  # sized from fstat; read(max_bytes) would allocate max_bytes every time
        mtime = dt.date.fromtimestamp(stat.st_mtime).isoformat()
    except (OSError, UnicodeEncodeError, ValueError, OverflowError):
        return None
    if len(data) > max_bytes:
        return None
    return Probe(display, hashlib.sha256(data).digest(), mtime)


class ResultCache:
    """The cache of one output folder; use as a context manager, look up in path order."""

    def __init__(self, out_dir: Path, key: str) -> None:
        self.file = Path(out_dir) / CACHE_NAME
        self.key = key
        self._pending = 0
        self._stale: list[str] = []
        self._next: tuple | None = None
        self._rows: Iterator[tuple] | None = None
        self.hits = 0

    def __enter__(self) -> ResultCache:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._open()
        except sqlite3.OperationalError:  # locked, read-only ...: the caller decides
            self._close_connections()
            raise
        except sqlite3.DatabaseError:  # not a database, or damaged: start again
            self._close_connections()
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{self.file}{suffix}")
            self._open()
        return self

    def _open(self) -> None:
        self._db = sqlite3.connect(self.file, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        for statement in _SCHEMA:
            self._db.execute(statement)
        row = self._db.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()
        if row is None or row[0] != self.key:
            self._db.execute("BEGIN")
            self._db.execute("DELETE FROM files")
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (self.key,))
            self._db.execute("COMMIT")
        # a second connection reads the snapshot taken at its first step, in key order,
        # while the first one writes (WAL lets both go on)
        self._reader = sqlite3.connect(self.file, isolation_level=None)
        self._rows = iter(self._reader.execute("SELECT path, sha256, mtime, entry, record FROM files ORDER BY path"))
        self._next = next(self._rows, None)
        self._db.execute("BEGIN")

    def _close_connections(self) -> None:
        for name in ("_reader", "_db"):
            connection = getattr(self, name, None)
            if connection is not None:
                connection.close()
                setattr(self, name, None)

    def get(self, now: Probe) -> Hit | None:
        """The stored result of `now.path` if the file is unchanged. Calls must come in path order."""
        row = self._next
        while row is not None and row[0] < now.path:
            self._stale.append(row[0])
            row = next(self._rows, None)
        if row is None or row[0] != now.path:
            self._next = row
            return None
        self._next = next(self._rows, None)
        if row[1] != now.sha256 or row[2] != now.mtime:
            return None
        self.hits += 1
        return Hit(row[3], row[4])

    def put(self, now: Probe, entry: str, record: str | None) -> None:
        self._db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                         (now.path, now.sha256, now.mtime, entry, record))
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self._db.execute("COMMIT")
            self._db.execute("BEGIN")
            self._pending = 0

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is None:  # the rest of the table is files no longer there
                while self._next is not None:
                    self._stale.append(self._next[0])
                    self._next = next(self._rows, None)
                self._db.executemany("DELETE FROM files WHERE path = ?", ((p,) for p in self._stale))
            self._rows = None
            self._db.execute("COMMIT")
        finally:
            self._close_connections()
