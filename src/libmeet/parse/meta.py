"""What an article says about itself in its header: publication date, address, title.

Saved articles carry a few header lines before the body: a crawl header
(``# url = …`` / ``# date = 20210424``), a dateline (``Ngày đăng bài: 26/10/2021 10:02``,
``Chủ nhật, 21-04-2024, 22:51``), a view counter, then the title.
"""
from __future__ import annotations

import datetime as dt
import re

from .normalize import Doc
from .types import Published

HEADER_CHARS = 600  # a header is short: never look for it deep in the body

_CRAWL_URL = re.compile(r"^# *url *= *(\S+)", re.M)
_CRAWL_DATE = re.compile(r"^# *(?:date|published) *= *(\d{4})-?(\d{2})-?(\d{2})\b", re.M)
_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn)"
_DATELINE = re.compile(
    r"^(?:(?:ngày\s*(?:đăng(?:\s*bài)?|xuất\s*bản|cập\s*nhật)|đăng\s*(?:lúc|ngày)|cập\s*nhật|published|posted)\s*:?\s*"
    r"|" + _WEEKDAY + r"\s*,?\s*(?:ngày\s*)?)"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})",
    re.M | re.I,
)
_HEADER_NOISE = re.compile(
    r"^(?:#.*|lượt\s*xem.*|views?:.*|e-?mail\s*print|print|in\s*bài.*|\W*|"
    r"(?:ngày\s*đăng|cập\s*nhật|đăng\s*lúc|" + _WEEKDAY + r").*\d{4}.*)$",
    re.I,
)
_MARKUP = re.compile(r"^[#*_\s]+|[*_\s]+$")


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def find_meta(doc: Doc) -> Published | None:
    """The publication date (and address) the article's header states, with their spans."""
    head = doc.text[:HEADER_CHARS]
    url_match = _CRAWL_URL.search(head)
    url = url_match.group(1) if url_match else None
    url_span = url_match.span(1) if url_match else None
    for pattern, order in ((_CRAWL_DATE, (1, 2, 3)), (_DATELINE, (3, 2, 1))):
        match = pattern.search(head)
        if match:
            value = _date(*(match.group(i) for i in order))
            if value:
                return Published(value, match.span(), url, url_span)
    if url:
        return Published(None, None, url, url_span)
    return None


def first_line_title(doc: Doc) -> str | None:
    """The title line of a plain-text article: the first short line that is not header noise."""
    lines = doc.text[:HEADER_CHARS].split("\n")
    for index, line in enumerate(lines[:8]):
        line = line.strip()
        if not line or _HEADER_NOISE.match(line):
            continue
        if line.startswith("**") and not line.endswith("**") and index + 1 < len(lines):
            line = line + " " + lines[index + 1].strip()  # a bold title wrapped over two lines
        title = _MARKUP.sub("", line)
        if 10 <= len(title) <= 250 and not title.endswith((".", ":", ";")):
            return title
        return None
    return None
