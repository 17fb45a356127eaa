"""Articles inside archives and dumps: WARC files, JSON Lines and JSON dumps, zip and tar archives.

Each archive is read in place, front to back, and gives one `Record` per article it holds:

- **WARC** (`.warc`, `.warc.gz`, from Heritrix, `wget --warc-file`, Webrecorder, Common Crawl), read
  with FastWARC: every `response` record with a 2xx status and every `resource` record whose content
  type is HTML or plain text is an article (requests, metadata, redirects, images and scripts are not
  articles and are passed over). Its name is the record's offset in the file (`crawl.warc.gz#1219`,
  the offset `warcio extract` and CDX indexes use), its address the `WARC-Target-URI`, its
  collection date the `WARC-Date`, its charset the one the HTTP header declares. A record the file
  ends inside (a crawl cut short) is an error, never half an article.
- **JSON Lines** (`.jsonl`, `.jsonl.gz`, `.ndjson`) and **JSON** (`.json`: one article object, or an
  array of them), as news-please and trafilatura write them: `Fields` says which keys hold the text,
  title, address and publication date. A record is named by its line (`dump.jsonl#12`, from 1) or
  its index in the array (`dump.json#0`); a lone object is the file itself.
- **zip** and **tar** (`.zip`, `.tar`, `.tar.gz`, `.tgz`): each member with an article's name
  (`.txt`, `.html`, `.htm`, `.md`) is an article named `pages.zip#2017/a.html`, its collection date
  the member's modification time; a member that is itself an archive or dump is read in turn
  (`pages.tar.gz#crawl.warc.gz#1219`).

The collection date plays the part a loose file's modification time plays: the last resort for a
year an article does not write. Nothing here parses: a Record is bytes and what the archive says
about them, and `reader.load_bytes` turns it into text as it does a file's bytes.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import IO, Any

from ..errors import DecodeError, EmptyFileError, FileTooLargeError, InputError, UnreadableFileError

#: names read as archives or dumps (compared in lower case)
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
JSON_SUFFIXES = (".json",)
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz")
ARCHIVE_SUFFIXES = WARC_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES + ZIP_SUFFIXES + TAR_SUFFIXES
#: members of a zip or tar that are articles
MEMBER_SUFFIXES = (".txt", ".html", ".htm", ".md")

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = {"text/plain": "txt", "text/markdown": "md", "text/x-markdown": "md"}


@dataclass(frozen=True, slots=True)
class Record:
    """One article out of an archive: its bytes and what the archive says about them."""

    path: str  # as in the records: the archive's path, '#', the record's name
    data: bytes = b""
    collected: dt.date | None = None  # the collection date (WARC-Date, a member's mtime, a download date)
    name: str = ""  # the name whose suffix tells txt / html / md when nothing else does
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    charset: str | None = None  # as declared outside the bytes (an HTTP header; JSON is UTF-8)
    format: str | None = None  # html / txt / md when the archive says; None: as the bytes look
    problem: InputError | None = None  # a record that could not be read: reported, never parsed


def _names(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    return tuple(name.strip() for name in value if name.strip())


@dataclass(frozen=True)
class Fields:
    """Which keys of a JSON article hold what: each a list of keys, the first one present wins.

    The defaults read news-please (`maintext`, `title`, `url`, `date_publish`, `description`,
    `date_download`) and trafilatura (`text`, `raw_text`, `title`, `url` / `source`, `date`,
    `filedate`) output as they are.
    """

    text: tuple[str, ...] = ("maintext", "text", "raw_text")
    title: tuple[str, ...] = ("title",)
    url: tuple[str, ...] = ("url", "source")
    date: tuple[str, ...] = ("date_publish", "date")
    lead: tuple[str, ...] = ("description",)  # a lead paragraph the text may leave out
    collected: tuple[str, ...] = ("date_download", "filedate")

    @classmethod
    def build(cls, *, text: str | None = None, title: str | None = None, url: str | None = None,
              date: str | None = None) -> Fields:
        """From comma-separated key lists (the CLI's --text-field ...); None keeps a default."""
        given = {"text": text, "title": title, "url": url, "date": date}
        return cls(**{key: _names(value) for key, value in given.items() if value is not None})


def is_archive(name: str) -> bool:
    """Is this file name one of an archive or dump that ingest reads record by record?"""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


Opener = Callable[[], AbstractContextManager[IO[bytes]]]


def iter_archive(open_: Opener, name: str, display: str, *, collected: dt.date | None = None,
                 fields: Fields = Fields(), max_bytes: int) -> Iterator[Record]:
    """The records of the archive `open_()` opens, in the order it stores them.

    name: the archive's file name (its suffix says what it is); display: its path in the records;
    collected: its own modification date (the collection date of what gives none). An archive that
    cannot be read, or breaks off, gives a last Record named as the archive, with the `problem`.
    """
    lower = name.lower()
    at = display
    try:
        with open_() as handle:
            if lower.endswith(WARC_SUFFIXES):
                reader = _warc(handle, display, max_bytes)
            elif lower.endswith(JSONL_SUFFIXES):
                reader = _jsonl(gzip.GzipFile(fileobj=handle) if lower.endswith(".gz") else handle,
                                display, fields, collected, max_bytes)
            elif lower.endswith(JSON_SUFFIXES):
                reader = _json(handle, display, fields, collected, max_bytes)
            elif lower.endswith(ZIP_SUFFIXES):
                reader = _zip(handle, display, fields, max_bytes)
            else:
                reader = _tar(handle, display, fields, max_bytes)
            for record in reader:
                at = record.path
                yield record
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError, ValueError) as exc:
        what = "cannot read the archive" if at == display else f"the archive breaks off after {at}"
        yield Record(display, problem=UnreadableFileError(f"{what}: {_why(exc)}"))


def _why(exc: BaseException) -> str:
    text = (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) or type(exc).__name__
    return text[0].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def _too_large(path: str, size: int, max_bytes: int) -> Record:
    return Record(path, problem=FileTooLargeError(
        f"too large: {size / 1_048_576:.1f} MB is over the {max_bytes / 1_048_576:.0f} MB limit for one article"))


def _day(value: dt.datetime | float | None) -> dt.date | None:
    try:
        if isinstance(value, dt.datetime):
            return value.date()
        return None if value is None else dt.date.fromtimestamp(value)
    except (ValueError, OverflowError, OSError):
        return None


# --- WARC ----------------------------------------------------------------------------------

def _warc(handle: IO[bytes], display: str, max_bytes: int) -> Iterator[Record]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType  # only when a WARC is read

    wanted = WarcRecordType.response | WarcRecordType.resource
    last, repeat = -1, 0
    for rec in ArchiveIterator(handle, record_types=wanted, parse_http=True, auto_decode="none"):
        # a WARC compressed as one gzip stream (not one member per record) gives one offset to many
        # records: the second is named offset+1, and so on
        pos = rec.stream_pos
        repeat = repeat + 1 if pos <= last else 0
        last = max(last, pos)
        path = f"{display}#{last}+{repeat}" if repeat else f"{display}#{pos}"
        if rec.is_http:
            headers = rec.http_headers
            if headers is None or not 200 <= (headers.status_code or 0) < 300:
                continue  # a redirect, an error page: not an article
            content_type, charset = rec.http_content_type, rec.http_charset
        else:
            headers = None
            content_type, charset = _content_type(rec.headers.get("Content-Type"))
        fmt = _format_of(content_type)
        if fmt is False:
            continue  # an image, a script, a style sheet ...
        if rec.content_length > max_bytes:
            yield _too_large(path, rec.content_length, max_bytes)
            continue
        data = rec.reader.read()
        if len(data) < rec.content_length:
            yield Record(path, problem=UnreadableFileError(
                f"truncated: the archive ends {rec.content_length - len(data):,} bytes into this record"))
            continue
        try:
            data = _http_decode(data, headers)
        except (OSError, ValueError) as exc:
            yield Record(path, problem=DecodeError(f"undecodable HTTP body: {_why(exc)}"))
            continue
        try:
            collected = rec.record_date.date()
        except (ValueError, OverflowError, TypeError):
            collected = None
        yield Record(path, data, collected, url=rec.headers.get("WARC-Target-URI"), charset=charset,
                     format=fmt or None)


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    kind, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return kind.strip().lower(), charset


def _format_of(content_type: str | None) -> str | bool | None:
    """html / txt / md; None when no type is given (the bytes decide); False when not an article."""
    if not content_type:
        return None
    content_type = content_type.lower()
    if content_type.startswith(_HTML_TYPES):
        return "html"
    return _TEXT_TYPES.get(content_type, False)


def _http_decode(data: bytes, headers: Any) -> bytes:
    """Undo the transfer and content encodings an HTTP response was sent with (as a browser does)."""
    if headers is None:
        return data
    from fastwarc.stream_io import BrotliReader, ChunkedReader, GzipReader

    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        data = ChunkedReader(io.BytesIO(data)).read()
    for coding in reversed([c.strip().lower() for c in (headers.get("Content-Encoding") or "").split(",")]):
        if coding in ("gzip", "x-gzip"):
            data = GzipReader(io.BytesIO(data)).read()
        elif coding == "deflate":
            data = GzipReader(io.BytesIO(data), zlib=True).read()
        elif coding == "br":
            data = BrotliReader(io.BytesIO(data)).read()
    return data


# --- JSON Lines and JSON -------------------------------------------------------------------

def _jsonl(handle: IO[bytes], display: str, fields: Fields, collected: dt.date | None,
           max_bytes: int) -> Iterator[Record]:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        path = f"{display}#{number}"
        if len(line) > max_bytes:
            yield _too_large(path, len(line), max_bytes)
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            yield Record(path, problem=DecodeError(f"not JSON: {exc}"))
            continue
        yield from_json(value, path, fields, collected)


def _json(handle: IO[bytes], display: str, fields: Fields, collected: dt.date | None,
          max_bytes: int) -> Iterator[Record]:
    data = handle.read()
    try:
        value = json.loads(data)
    except ValueError as exc:
        yield Record(display, problem=DecodeError(f"not JSON: {exc}"))
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from_json(item, f"{display}#{index}", fields, collected)
    else:
        yield from_json(value, display, fields, collected)


def _first(obj: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _json_date(value: str | None) -> dt.date | None:
    """2017-02-06, 2017-02-06 10:00:00, 2017-02-06T10:00:00+07:00 ... (the date as written)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def from_json(value: Any, path: str, fields: Fields = Fields(), collected: dt.date | None = None) -> Record:
    """One JSON article as a Record: the title line, the lead when the text leaves it out, then the text."""
    if not isinstance(value, dict):
        return Record(path, problem=DecodeError(f"not an article: a JSON {type(value).__name__}, not an object"))
    body = _first(value, fields.text)
    if body is None:
        return Record(path, problem=EmptyFileError(
            f"no article text: none of the keys {', '.join(fields.text)} holds any"))
    title = _first(value, fields.title)
    lead = _first(value, fields.lead)
    parts = [body]
    if lead and lead not in body[: len(lead) + 200]:
        parts.insert(0, lead)
    if title and not body.startswith(title):
        parts.insert(0, title)
    return Record(path, "\n".join(parts).encode("utf-8"),
                  _json_date(_first(value, fields.collected)) or collected,
                  url=_first(value, fields.url), title=title, published=_json_date(_first(value, fields.date)),
                  charset="utf-8")


# --- zip and tar ---------------------------------------------------------------------------

def _member(path: str, name: str, size: int, read: Callable[[], bytes], opener: Opener,
            collected: dt.date | None, fields: Fields, max_bytes: int) -> Iterator[Record]:
    base = name.rsplit("/", 1)[-1]
    if not base or base.startswith(".") or name.startswith("__MACOSX/"):
        return
    lower = base.lower()
    if lower.endswith(MEMBER_SUFFIXES):
        if size > max_bytes:
            yield _too_large(path, size, max_bytes)
        else:
            yield Record(path, read(), collected, name=base)
    elif is_archive(lower):
        yield from iter_archive(opener, base, path, collected=collected, fields=fields, max_bytes=max_bytes)


def _zip(handle: IO[bytes], display: str, fields: Fields, max_bytes: int) -> Iterator[Record]:
    with zipfile.ZipFile(handle) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            yield from _member(f"{display}#{info.filename}", info.filename, info.file_size,
                               lambda info=info: archive.read(info), lambda info=info: archive.open(info),
                               _zip_day(info), fields, max_bytes)


def _zip_day(info: zipfile.ZipInfo) -> dt.date | None:
    try:
        return dt.date(*info.date_time[:3])
    except ValueError:
        return None


def _tar(handle: IO[bytes], display: str, fields: Fields, max_bytes: int) -> Iterator[Record]:
    with tarfile.open(fileobj=handle, mode="r|*") as archive:  # a stream: read once, front to back
        for member in archive:
            if not member.isfile():
                continue

            def read(member: tarfile.TarInfo = member) -> bytes:
                file = archive.extractfile(member)
                return file.read() if file else b""

            def opener(member: tarfile.TarInfo = member) -> AbstractContextManager[IO[bytes]]:
                file = archive.extractfile(member)
                # a zip needs to seek, which a tar stream cannot: it is read into memory first
                return io.BytesIO(file.read() if file else b"") if member.name.lower().endswith(ZIP_SUFFIXES) \
                    else file  # type: ignore[return-value]

            yield from _member(f"{display}#{member.name}", member.name, member.size, read, opener,
                               _day(member.mtime), fields, max_bytes)


def open_local(path: str | os.PathLike) -> Opener:
    """How to open a local archive."""
    return lambda: open(path, "rb")
