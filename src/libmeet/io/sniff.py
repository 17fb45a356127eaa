"""Cheap looks at a file before the heavy readers: is it a web page, what charset does it declare.

Kept apart from html.py so that plain-text articles never pay for importing BeautifulSoup.
"""
from __future__ import annotations

import re

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (`<meta charset>` or http-equiv content-type)."""
    head = data[:8192]
    if b"<" not in head:  # most articles: no tag at all (the case-blind regex would try every byte)
        return None
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def looks_like_html(text: str) -> bool:
    if "<" not in text[:2048]:  # most articles: no tag at all, so no need to lower-case the head
        return False
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or ("<div" in head and "</" in head)
