"""Read one article file: size and type checks, decoding, HTML cleaning → (text, Meta)."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import FileTooLargeError, UnreadableFileError
from ..parse.types import Meta
from .decode import decode_bytes
from .html import extract_page, looks_like_html

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")
MAX_BYTES = 20 * 1024 * 1024  # a news article, even a saved page with inline images, is far smaller


@dataclass(frozen=True)
class Loaded:
    text: str
    meta: Meta


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FileTooLargeError(
                f"too large: {size / 1_048_576:.1f} MB is over the {max_bytes / 1_048_576:.0f} MB limit for one article"
            )
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read the file: {exc.strerror or exc}") from None


def load(path: Path, *, reference_date: dt.date | None = None, max_bytes: int = MAX_BYTES,
         display_path: str | None = None) -> Loaded:
    """Read, decode and clean one article; raises InputError subclasses with a readable reason."""
    data = read_bytes(path, max_bytes)
    text, encoding = decode_bytes(data)
    suffix = path.suffix.lower()
    fmt = "html" if suffix in (".html", ".htm") else ("md" if suffix == ".md" else "txt")
    title = url = None
    if fmt == "html" or looks_like_html(text):
        page = extract_page(text)
        text, title, url, fmt = page.text, page.title, page.url, "html"
    try:
        mtime = dt.date.fromtimestamp(os.stat(path).st_mtime)
    except (OSError, ValueError, OverflowError):
        mtime = None
    meta = Meta(
        path=display_path or str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        title=title,
        url=url,
        reference_date=reference_date,
        mtime=mtime,
        encoding=encoding,
        format=fmt,
    )
    return Loaded(text, meta)
