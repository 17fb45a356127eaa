"""Read one article file: size and type checks, decoding, HTML cleaning → (text, Meta)."""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from ..errors import FileTooLargeError, NotAFileError, UnreadableFileError
from ..parse.types import Meta
from .decode import decode_bytes
from .sniff import declared_charset, looks_like_html
from .legacy import repair_mojibake

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")
MAX_BYTES = 20 * 1024 * 1024  # a news article, even a saved page with inline images, is far smaller
_MARKUP = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*|!--)[\s>/]")


#: O_NONBLOCK so that a pipe or device named .txt is refused, not waited on
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class Loaded:
    text: str
    meta: Meta


_OS_REASONS = {
    errno.ELOOP: "it is a symbolic link that loops back on itself",
    errno.ENOENT: "it does not exist (a broken link, or it vanished while being read)",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "it is a folder",
    errno.ENAMETOOLONG: "its name is too long",
}


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, refusing before reading anything that is not a regular file of article size."""
    return _read(path, max_bytes)[0]


def _read(path: Path | str, max_bytes: int) -> tuple[bytes, os.stat_result]:
    """(bytes, stat) from one open: O_NONBLOCK so that a pipe or device named .txt is refused, not waited on."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a pipe, socket or device"
                raise NotAFileError(f"not a regular file: it is {kind}, so it was not read")
            if info.st_size > max_bytes:
                raise FileTooLargeError(
                    f"too large: {info.st_size / 1_048_576:.1f} MB is over the {max_bytes / 1_048_576:.0f} MB "
                    "limit for one article"
                )
            # sized from fstat (os.read allocates what it is asked for: never the limit per small file);
            # a regular file reads short only at its end
            data = os.read(fd, info.st_size + 1)
            while info.st_size < len(data) <= max_bytes:  # it grew since fstat: read on, up to the limit
                more = os.read(fd, min(1 << 20, max_bytes + 1 - len(data)))
                if not more:
                    break
                data += more
        finally:
            os.close(fd)
    except OSError as exc:
        reason = _OS_REASONS.get(exc.errno or -1) or exc.strerror or str(exc)
        raise UnreadableFileError(f"cannot read the file: {reason}") from None
    if len(data) > max_bytes:  # it grew while being read
        raise FileTooLargeError(f"too large: over the {max_bytes / 1_048_576:.0f} MB limit for one article")
    return data, info


def load(path: Path | str, *, reference_date: dt.date | str | None = None, max_bytes: int = MAX_BYTES,
         display_path: str | None = None) -> Loaded:
    """Read, decode and clean one article; raises InputError subclasses with a readable reason."""
    data, info = _read(path, max_bytes)
    try:
        mtime = dt.date.fromtimestamp(info.st_mtime)
    except (ValueError, OverflowError, OSError):
        mtime = None
    return load_bytes(data, os.fspath(path), display_path=display_path, reference_date=reference_date, mtime=mtime)


#: `reference_date=MTIME`: take each article's own collection date (a file's modification time, a WARC record's
#: capture date) as its reference date (wget/HTTrack mirrors, unpacked crawl dumps keep it)
MTIME = "mtime"


def reference(value: dt.date | str | None) -> dt.date | str | None:
    """A reference date as the API takes it: a date, an ISO date string ("2017-07-31"), MTIME, or None."""
    if value is None or value == MTIME or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"reference date {value!r}: give YYYY-MM-DD or {MTIME!r}") from None


def load_bytes(data: bytes, name: str, *, display_path: str | None = None, reference_date: dt.date | str | None = None,
               mtime: dt.date | None = None, url: str | None = None, title: str | None = None,
               published: dt.date | None = None, charset: str | None = None, fmt: str | None = None) -> Loaded:
    """Decode and clean an article's bytes, however they were read (a file, an archive's record).

    name: its file name (the suffix says txt / html / md unless `fmt` does); mtime: the date it was
    collected (a file's modification time); url, title, published, charset: what the container says
    (a page's own canonical address, title and date are preferred to url and the others).
    """
    reference_date = reference(reference_date)
    if reference_date == MTIME:  # --reference-date mtime: each file's own modification time is its collection date
        reference_date = mtime
    suffix = os.path.splitext(name)[1].lower()
    site_name: str | None = None
    addresses: tuple[str, ...] = ()
    newsroom = listing = False
    fmt = fmt or ("html" if suffix in (".html", ".htm") else ("md" if suffix == ".md" else "txt"))
    text, encoding = decode_bytes(data, charset or declared_charset(data))
    if looks_like_html(text) or (fmt == "html" and _MARKUP.search(text, 0, 65536)):
        from .html import extract_page  # BeautifulSoup is imported only when a page needs it

        page = extract_page(text)
        text, fmt = page.text, "html"
        title, url, published = page.title or title, page.url or url, page.published or published
        site_name, addresses, newsroom, listing = page.site_name, page.addresses, page.newsroom, page.listing
    elif fmt == "html":  # plain text saved under a web page's name: read as the text it is
        fmt = "txt"
    repaired = repair_mojibake(text)
    if repaired:  # legacy font text that reached us through a Western decoding
        text, legacy = repaired
        encoding = f"{legacy} (as {encoding})"
        title = (repair_mojibake(title) or (title,))[0] if title else title
        site_name = (repair_mojibake(site_name) or (site_name,))[0] if site_name else site_name
        addresses = tuple((repair_mojibake(a) or (a,))[0] for a in addresses)
    meta = Meta(
        path=display_path or name,
        sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        url=url,
        published=published,
        reference_date=reference_date,
        mtime=mtime,
        encoding=encoding,
        format=fmt,
        site_name=site_name,
        site_addresses=addresses,
        site_newsroom=newsroom,
        listing=listing,
    )
    return Loaded(text, meta)
