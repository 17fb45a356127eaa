"""Articles in object storage and other file systems, through fsspec: s3://, gs://, file://, memory:// ...

`RemoteTree(url)` is the remote counterpart of a local RAW_DIR: the files under the URL (or the one
file it names) with an article's or an archive's name, sorted by their path under it, and each named
in the records as the URL and that path (`s3://bucket/crawl/2017/a.html`). Loose files are fetched
many at a time (fsspec's concurrent `cat`), then parsed like local ones from their bytes; archives are
streamed with `open`, record by record (`libmeet.io.archives`). An object's last-modified time is its
collection date, as a local file's mtime is.

Credentials and endpoints are fsspec's and the backend's own: for S3, the usual AWS variables or
`~/.aws`, and `FSSPEC_S3_ENDPOINT_URL` (or `AWS_ENDPOINT_URL`) for an S3-compatible server such as
MinIO. fsspec itself is an optional extra (`pip install 'libmeet[s3]'` brings it with s3fs; gs://
needs gcsfs, and any other fsspec backend works once installed).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import FileTooLargeError, RemoteError, UnreadableFileError
from .archives import Opener, Record, is_archive

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(target: object) -> bool:
    """Is RAW_DIR given as a URL (s3://bucket/prefix, file:///data, memory://x) rather than a local path?"""
    return isinstance(target, str) and bool(_SCHEME.match(target))


@dataclass(frozen=True, slots=True)
class RemoteFile:
    path: str  # in the file system (fsspec's form, without the protocol)
    display: str  # as in the records: the URL given and the path under it
    name: str
    size: int
    modified: dt.datetime | None
    tag: str | None  # an ETag or checksum when the store gives one: changes whenever the bytes do

    def signature(self) -> tuple[int, int, int]:
        """(size, modified in ns, a number from the tag) for the cache's unchanged-file check."""
        ns = int(self.modified.timestamp() * 1e9) if self.modified else 0
        tag = int(hashlib.sha256(self.tag.encode()).hexdigest()[:15], 16) if self.tag else 0
        return self.size, ns, tag

    @property
    def collected(self) -> dt.date | None:
        return self.modified.astimezone().date() if self.modified else None


def _modified(info: dict[str, Any]) -> dt.datetime | None:
    for key in ("mtime", "LastModified", "last_modified", "updated", "modified", "created"):
        value = info.get(key)
        try:
            if isinstance(value, dt.datetime):
                return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
            if isinstance(value, (int, float)):
                return dt.datetime.fromtimestamp(value, dt.timezone.utc)
            if isinstance(value, str) and value:
                parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
                return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)
        except (ValueError, OverflowError, OSError):
            continue
    return None


def _tag(info: dict[str, Any]) -> str | None:
    for key in ("ETag", "etag", "md5Hash", "md5", "checksum"):
        if info.get(key):
            return str(info[key])
    return None


class RemoteTree:
    """The files under one URL, as fsspec sees them."""

    def __init__(self, url: str) -> None:
        try:
            from fsspec.core import url_to_fs
        except ImportError:
            raise RemoteError(f"{url}: reading URLs needs fsspec: pip install 'libmeet[s3]' (and gcsfs for gs://)") \
                from None
        try:
            self.fs, self.root = url_to_fs(url)
        except (ImportError, ValueError) as exc:
            raise RemoteError(f"{url}: {exc}") from None
        self.url = url

    def files(self, suffixes: tuple[str, ...]) -> list[RemoteFile]:
        """The files under the URL whose names end with one of `suffixes` (no hidden ones), sorted by path."""
        try:
            self.fs.invalidate_cache()  # a listing fsspec kept from before would miss what came since
            if self.fs.isfile(self.root):
                info = self.fs.info(self.root)
                return [self._file(info, self.url)]
            found = self.fs.find(self.root, detail=True)
        except (OSError, ValueError) as exc:
            raise RemoteError(f"cannot list {self.url}: {exc}") from None
        if not found and not self.fs.isdir(self.root):
            raise RemoteError(f"cannot list {self.url}: nothing is there")
        base = self.url.rstrip("/") + "/"
        root = self.root.rstrip("/") + "/"
        files = []
        for path, info in found.items():
            rel = path[len(root):] if path.startswith(root) else path.rsplit("/", 1)[-1]
            name = rel.rsplit("/", 1)[-1]
            if info.get("type", "file") != "file" or name.startswith(".") or not name.lower().endswith(suffixes):
                continue
            files.append(self._file(info, base + rel))
        files.sort(key=lambda f: f.display)
        return files

    def _file(self, info: dict[str, Any], display: str) -> RemoteFile:
        name = info["name"].rstrip("/").rsplit("/", 1)[-1]
        return RemoteFile(info["name"], display, name, int(info.get("size") or 0), _modified(info), _tag(info))

    def fetch(self, files: list[RemoteFile], max_bytes: int) -> list[Record]:
        """The files' bytes as Records, fetched together (concurrently where the backend can)."""
        small = [f.path for f in files if f.size <= max_bytes]
        try:
            got = self.fs.cat(small, on_error="return") if small else {}
        except Exception as exc:  # noqa: BLE001 - a failed batch: every file of it gets the reason
            got = {path: exc for path in small}
        records = []
        for f in files:
            data = got.get(f.path)
            if f.size > max_bytes:
                problem: Exception | None = FileTooLargeError(
                    f"too large: {f.size / 1_048_576:.1f} MB is over the {max_bytes / 1_048_576:.0f} MB limit "
                    "for one article")
            elif isinstance(data, BaseException) or data is None:
                problem = UnreadableFileError(f"cannot read the file: {data or 'not returned'}")
            elif len(data) > max_bytes:
                problem = FileTooLargeError(f"too large: over the {max_bytes / 1_048_576:.0f} MB limit for one article")
            else:
                problem = None
            records.append(Record(f.display, data if problem is None else b"", f.collected, name=f.name,
                                  problem=problem))
        return records

    def opener(self, f: RemoteFile) -> Opener:
        """How to stream an archive: large reads ahead, as an archive is read front to back."""
        return lambda: self.fs.open(f.path, "rb", block_size=8 << 20, cache_type="readahead")


def runs(files: list[RemoteFile], size: int = 64) -> Iterator[list[RemoteFile]]:
    """The files in order as runs of up to `size` loose files, and each archive alone."""
    run: list[RemoteFile] = []
    for f in files:
        if is_archive(f.name):
            if run:
                yield run
                run = []
            yield [f]
            continue
        run.append(f)
        if len(run) >= size:
            yield run
            run = []
    if run:
        yield run
