"""Finding the articles under an input folder, and saying what was left out and why.

`walk` lists, sorted by path, every entry of the folder's tree that `ingest` reports on:

- article files (by suffix) and archives, to be read;
- files with any other suffix (.pdf, .docx, .mhtml, .text ...): skipped, with the reason;
- folders that cannot be listed (permissions): an error, since the articles in them were not read;
- symbolic links that lead out of the input folder (a link to /etc/shadow): skipped unless
  `follow_links`; links to folders are never followed (a loop could trap the walk), and say so.

Hidden files and folders (a name starting with '.') are left out silently: they are the tools'
(.git, .DS_Store, libmeet's own .libmeet in an output folder), not articles.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Found:
    """One entry: `full` the path to open, `rel` its path under the root (None when the root is a file);
    `status`/`reason` set when it is not read ("skipped" or "error", and why)."""

    full: str
    rel: str | None
    status: str | None = None
    reason: str | None = None


def _suffix(name: str) -> str:
    stem, dot, ext = name.rpartition(".")
    return f".{ext.lower()}" if dot and stem else "no suffix"


def walk(top: str, suffixes: tuple[str, ...], *, follow_links: bool = False) -> Iterator[Found]:
    """Every entry under the folder `top` that ingest reports on (see the module's doc), sorted by path."""
    real_top = os.path.join(os.path.realpath(top), "")
    found: list[tuple[str, str | None, str | None]] = []  # (rel, status, reason)
    folders = [""]
    while folders:
        prefix = folders.pop()
        where = os.path.join(top, prefix) if prefix else top
        try:
            with os.scandir(where) as listing:
                entries = list(listing)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            found.append((prefix, "error", f"cannot read this folder ({reason.lower()}): the articles in it "
                                           "were not read"))
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            rel = prefix + name
            try:
                link = entry.is_symlink()
                if not link and entry.is_dir():
                    folders.append(rel + "/")
                    continue
            except OSError:
                link = False
            target = os.path.realpath(entry.path) if link else ""
            if link and os.path.isdir(target):
                found.append((rel, "skipped", "a link to a folder: links to folders are not followed"))
                continue
            if not name.lower().endswith(suffixes):
                found.append((rel, "skipped", f"not read: libmeet reads {', '.join(_names(suffixes))} files, "
                                              f"not {_suffix(name)}"))
                continue
            if link:
                if not follow_links and not target.startswith(real_top) and os.path.lexists(target):
                    found.append((rel, "skipped", "a link to a file outside the input folder: not followed "
                                                  "(give --follow-links to read it)"))
                    continue
            found.append((rel, None, None))
    found.sort()
    head = os.path.join(top, "")
    for rel, status, reason in found:
        yield Found(head + (rel if os.sep == "/" else rel.replace("/", os.sep)), rel, status, reason)


def _names(suffixes: tuple[str, ...]) -> list[str]:
    shown = [s for s in suffixes if s in (".txt", ".html", ".htm", ".md")]
    return shown + (["archives"] if len(shown) < len(suffixes) else [])
