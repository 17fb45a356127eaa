"""The ingest cache: what each article gave last time, so a re-run parses only what changed.

It lives in the output folder (`.libmeet-cache.sqlite`), one row per input file:

    path (as in the records) | sha256 of the file's bytes | the modification date the parser saw
    | size, mtime, ctime (ns) and inode when it was looked at, and when that was | the file's share of
    the five outputs, rendered (status, message, report entry, record, CSV rows)

A row is used only when the file holds the same bytes (the same sha256) and has the same
modification date (which the parser may use for a missing year). Whether the bytes are the same
is known without reading them when size, mtime, ctime and inode are all as stored, as git's index
does: writing a file changes its mtime and ctime, and another file (a link re-pointed) has another
inode. A file whose mtime or ctime stood within a few seconds of the moment it was looked at could
still have been rewritten within one tick of a coarse clock, so such a "racy" row is checked by
hashing the bytes, as is every file whose stat changed (a copy, a touch); only a different hash
means the file is parsed again.

The whole cache is dropped when the parser changes: its fingerprint covers `PARSER_VERSION` and the
bytes of every source and data file of the package, plus the ingest options that change records
(reference date, size limit).

Every row carries a CRC-32 of its rendered outputs, checked before the row is used: a row edited by
hand or damaged on disk is parsed again, never copied into the outputs. A cache file that SQLite
finds damaged (at opening or at any step of the run) is set aside as `.libmeet-cache.sqlite.damaged`
with a warning, and the run goes on without it; the next run builds a new one.

Look-ups come in path order, so they are a merge over the table in key order, never the whole
table in memory; rows of files that are gone are deleted at the end. Rows are written a few hundred
at a time, each batch committed, so an interrupted run keeps what it parsed.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
import stat
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .output import Rendered

CACHE_NAME = ".libmeet-cache.sqlite"
#: where a damaged cache is moved (the last one only)
DAMAGED_SUFFIX = ".damaged"
#: rows written between two commits
COMMIT_EVERY = 500
#: a file stat'ed this close to its last change is "racy": its bytes are hashed on the next run
RACY_NS = 3_000_000_000
_COLUMNS = ("path TEXT PRIMARY KEY, sha256 BLOB NOT NULL, mtime TEXT NOT NULL, size INTEGER NOT NULL,"
            " mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL, ino INTEGER NOT NULL, seen_ns INTEGER NOT NULL,"
            " status TEXT NOT NULL, message TEXT, entry TEXT NOT NULL, record TEXT, pretty TEXT,"
            " event_rows TEXT NOT NULL, attendee_rows TEXT NOT NULL, checksum INTEGER NOT NULL")
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "DROP TABLE IF EXISTS files",  # the tables of earlier layouts
    "DROP TABLE IF EXISTS results",
    "DROP TABLE IF EXISTS results_v2",
    f"CREATE TABLE IF NOT EXISTS results_v3 ({_COLUMNS}) WITHOUT ROWID",
)
_RENDERED = len(Rendered._fields)
#: words of the SQLite errors that say nothing about the file's health (the rest mean damage)
_PASSING = ("locked", "busy", "readonly", "read-only", "disk is full", "disk i/o", "unable to open", "interrupted")
_PACKAGE = Path(__file__).resolve().parent


def checksum(rendered: tuple) -> int:
    """CRC-32 of a row's rendered outputs, its seven fields (output.Rendered's) joined by a byte no text holds, an
    absent one as empty (one format, not a generator: it runs on every row of a re-run)."""
    status, message, entry, record, pretty, event_rows, attendee_rows = rendered
    text = f"{status}\0{message or ''}\0{entry}\0{record or ''}\0{pretty or ''}\0{event_rows}\0{attendee_rows}"
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


@cache
def code_fingerprint() -> str:
    """sha256 over the parser version and every .py and data file of the package (any code change shows)."""
    from .parse.version import PARSER_VERSION  # (not the parser: a re-run need not load it)

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
    """What a file is now, from one stat: enough to look it up and, after parsing, to store it."""

    path: str  # as in the records (an archive's record: the archive's path and the record's ordinal, in order)
    file: str  # where it is read from
    size: int
    mtime_ns: int
    ctime_ns: int
    ino: int  # the file itself: a link pointed elsewhere, or another file moved here, is another inode
    digest: bytes | None = None  # the sha256 of bytes already in memory (an archive's record): no stat, no reading
    day: str | None = None  # the collection date the parser sees, when it is not the file's mtime
    exact: bool = False  # ino is a content tag (an object's ETag): an unchanged signature is never "racy"

    def mtime(self) -> str:
        if self.day is not None:
            return self.day
        return dt.date.fromtimestamp(self.mtime_ns / 1e9).isoformat()


def probe(path: str | Path, display: str, max_bytes: int) -> Probe | None:
    """Stat the file; None when it cannot be cached (not a regular file, too large, a name that is not text)."""
    try:
        display.encode("utf-8")
        info = os.stat(path)
    except (OSError, UnicodeEncodeError, ValueError):
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:  # a pipe named .txt would block a read
        return None
    return Probe(display, os.fspath(path), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def probe_bytes(key: str, data: bytes, day: dt.date | None) -> Probe | None:
    """The Probe of an article held in memory (a record of an archive), looked up as `key`."""
    try:
        key.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return Probe(key, "", len(data), 0, 0, 0, hashlib.sha256(data).digest(), day.isoformat() if day else "")


def file_sha256(path: str, max_bytes: int) -> bytes | None:
    """The sha256 of the file's bytes; None when it cannot be read or has grown past max_bytes."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(min(size, max_bytes) + 1)  # sized from fstat: no max_bytes buffer per file
    except OSError:
        return None
    return None if len(data) > max_bytes else hashlib.sha256(data).digest()


class ResultCache:
    """The cache of one output folder; use as a context manager, look up in path order."""

    def __init__(self, out_dir: Path, key: str, max_bytes: int) -> None:
        self.file = Path(out_dir) / CACHE_NAME
        self.key = key
        self.max_bytes = max_bytes
        self.seen_ns = time.time_ns()  # every stat of this run comes after it: the safe side for "racy"
        self._batch: list[tuple] = []  # rows to write, a few hundred at a time
        self._stale: list[str] = []
        self._next: tuple | None = None
        self._rows: Iterator[tuple] | None = None
        self.hits = 0
        self.hashed = 0  # rows that needed the file's bytes hashed to be trusted
        self.bad_rows = 0  # rows whose checksum did not hold (parsed again)
        self.warnings: list[str] = []  # for a person: the cache was damaged and set aside ...
        self.broken = False  # set aside during this run: no more look-ups or writes
        self._days: dict[int, str] = {}  # mtime_ns -> the date Probe.mtime gives (the same all run long)

    def __enter__(self) -> ResultCache:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._open()
        except sqlite3.OperationalError:  # locked, read-only ...: the caller decides
            self._close_connections()
            raise
        except sqlite3.DatabaseError as exc:  # not a database, or damaged: set it aside, start again
            self._set_aside(exc)
        return self

    def _set_aside(self, exc: Exception) -> None:
        """The file is damaged: move it (and its journal) aside, warn, and start a new one (results parsed
        from now on are kept in it; one that cannot be made means no cache for the rest of the run)."""
        self._close_connections()
        self._rows, self._next, self._batch = None, None, []
        self.broken = True
        aside = f"{self.file}{DAMAGED_SUFFIX}"
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.replace(f"{self.file}{suffix}", f"{aside}{suffix}")
        self.warnings.append(f"the cache {self.file} was damaged ({exc}): set aside as {aside}; "
                             "it is rebuilt from this run on")
        try:
            self._open()
            self.broken = False
        except sqlite3.Error:
            self._close_connections()

    def _failed(self, exc: sqlite3.Error) -> None:
        """A step of the cache failed mid-run: damage sets the file aside; anything else (disk full,
        locked) stops using it for this run, leaving it as it was."""
        if not any(word in str(exc).lower() for word in _PASSING):
            self._set_aside(exc)
            return
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("ROLLBACK")
        self._close_connections()
        self._rows, self._next, self._batch = None, None, []
        self.broken = True
        self.warnings.append(f"the cache {self.file} could not be used ({exc}): this run went on without it")

    def _open(self) -> None:
        self._db = sqlite3.connect(self.file, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        for statement in _SCHEMA:
            self._db.execute(statement)
        row = self._db.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()
        if row is None or row[0] != self.key:
            self._db.execute("BEGIN")
            self._db.execute("DELETE FROM results_v3")
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (self.key,))
            self._db.execute("COMMIT")
        # a second connection reads the snapshot taken at its first step, in key order,
        # while the first one writes (WAL lets both go on)
        self._reader = sqlite3.connect(self.file, isolation_level=None)
        self._rows = iter(self._reader.execute(
            "SELECT path, sha256, mtime, size, mtime_ns, ctime_ns, ino, seen_ns, status, message, entry, record, pretty,"
            " event_rows, attendee_rows, checksum FROM results_v3 ORDER BY path"))
        self._next = next(self._rows, None)
        self._db.execute("BEGIN")

    def _close_connections(self) -> None:
        for name in ("_reader", "_db"):
            connection = getattr(self, name, None)
            if connection is not None:
                connection.close()
                setattr(self, name, None)

    def get(self, now: Probe) -> Rendered | None:
        """The stored result of `now.path` if the file is unchanged. Calls must come in path order."""
        if self.broken:
            return None
        try:
            return self._get(now)
        except sqlite3.Error as exc:
            self._failed(exc)
            return None

    def _get(self, now: Probe) -> Rendered | None:
        row = self._next
        while row is not None and row[0] < now.path:
            self._stale.append(row[0])
            row = next(self._rows, None)
        if row is None or row[0] != now.path:
            self._next = row
            return None
        self._next = next(self._rows, None)
        _, sha, mtime, size, mtime_ns, ctime_ns, ino, seen_ns = row[:8]
        if now.day is None:  # the file's modification date, worked out once per modification time in a run
            day = self._days.get(now.mtime_ns)
            if day is None:
                day = self._days[now.mtime_ns] = now.mtime()
        else:
            day = now.day
        if mtime != day:
            return None
        if now.digest is not None:
            if now.digest != sha:
                return None
        elif (size, mtime_ns, ctime_ns, ino) != (now.size, now.mtime_ns, now.ctime_ns, now.ino) or \
                (not now.exact and max(mtime_ns, ctime_ns) >= seen_ns - RACY_NS):
            self.hashed += 1
            if file_sha256(now.file, self.max_bytes) != sha:
                return None
            # unchanged by its bytes: its new stat saves hashing it next time
            self._db.execute("UPDATE results_v3 SET size = ?, mtime_ns = ?, ctime_ns = ?, ino = ?, seen_ns = ? "
                             "WHERE path = ?", (now.size, now.mtime_ns, now.ctime_ns, now.ino, self.seen_ns, now.path))
        rendered = row[8:8 + _RENDERED]
        if row[8 + _RENDERED] != checksum(rendered) or rendered[0] not in ("ok", "skipped"):
            self.bad_rows += 1  # edited by hand or damaged: parse the file again
            return None
        self.hits += 1
        return Rendered(*rendered)

    def put(self, now: Probe, sha256: str, mtime: str, rendered: Rendered) -> None:
        """Keep what the file gave: sha256 (hex) and modification date as the parser read them."""
        if self.broken:
            return
        self._batch.append((now.path, bytes.fromhex(sha256), mtime, now.size, now.mtime_ns, now.ctime_ns, now.ino,
                            self.seen_ns, *rendered, checksum(rendered)))
        if len(self._batch) >= COMMIT_EVERY:
            try:
                self._flush()
                self._db.execute("COMMIT")
                self._db.execute("BEGIN")
            except sqlite3.Error as exc:
                self._failed(exc)

    def _flush(self) -> None:
        self._db.executemany("INSERT OR REPLACE INTO results_v3 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             self._batch)
        self._batch.clear()

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.broken:
            return
        try:
            self._close(exc_type)
        except sqlite3.Error as error:
            self._failed(error)

    def _close(self, exc_type: object) -> None:
        try:
            self._flush()  # what was parsed is kept, even when the run stops early
            if exc_type is None:  # the rest of the table is files no longer there
                while self._next is not None:
                    self._stale.append(self._next[0])
                    self._next = next(self._rows, None)
                self._db.executemany("DELETE FROM results_v3 WHERE path = ?", ((p,) for p in self._stale))
            self._rows = None
            self._db.execute("COMMIT")
        finally:
            self._close_connections()
