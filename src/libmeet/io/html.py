"""Saved web pages: the article body, title and date, without menus and sidebars (first version)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template")
_BLOCK = re.compile(r"^(?:p|div|h[1-6]|li|tr|br|section|article|blockquote|figcaption|caption|td|dd|dt)$")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or ("<div" in head and "</" in head)


def extract_page(markup: str) -> Page:
    soup = BeautifulSoup(markup, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup(_DROP):
        tag.decompose()
    body = soup.find("article") or soup.body or soup
    text = body.get_text("\n", strip=True)
    return Page(text=text, title=title)
