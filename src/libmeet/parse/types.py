"""Small result types shared by the extractors (pure data, no behaviour)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

Span = tuple[int, int]

#: the words of a record's message whose date has no year (parse.dates writes them; libmeet.api counts such records
#: without importing the extractors)
NO_YEAR = "has no year"


@dataclass(frozen=True, slots=True)
class Meta:
    """What the reader around the core knows about the article besides its text."""

    path: str = "<text>"
    sha256: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    reference_date: dt.date | None = None  # --reference-date: the year to assume when the article gives none
    mtime: dt.date | None = None  # the file's modification time: last resort for a missing year
    encoding: str | None = None
    format: str | None = None
    # a web page's own site: its name (og:site_name) and the addresses the page gives for it outside the article (a
    # contact block, a footer), as written; empty for plain text. The core reads them for a meeting the site's own
    # body hosted at home (places.at_host); it never sees the markup.
    site_name: str | None = None
    site_addresses: tuple[str, ...] = ()
    site_newsroom: bool = False  # the page labels its address "Tòa soạn": a newspaper's, not a host's
    # the page is a listing of other articles (a category page a site's mirror saves beside its articles: linked
    # headlines with their dates or leads, no article of its own): skipped, never read as one article
    listing: bool = False


@dataclass(frozen=True, slots=True)
class Detection:
    is_event: bool
    reason: str | None = None  # why this is not a meeting report
    kind: str | None = None
    name: str | None = None
    edition: int | None = None
    anchor: int = 0  # offset of the main mention of the event: extractors look near it first
    lonely: bool = False  # named once, never come back to, not in the title: a report only if the article says more
    undated: bool = False  # no sentence names a day for it: a date found elsewhere is of something else
    placeless: bool = False  # told only deep down in a crawl that lost its lead: no province is implied by names
    # reported with no day in its own sentence, though the article comes back to it: a date found past this offset
    # (the lead's end) is of something else unless it is written after a mention of the meeting
    doubt_days_after: int | None = None
    spans: dict[str, list[Span]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DateResult:
    start: dt.date | None = None
    end: dt.date | None = None
    spans: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    told_plan: bool = False  # the one day written was the day a plan for the meeting was told (detect.told_day)
    start_span: Span | None = None  # an earlier first day told within the meeting's frame (dates._frame_day_before)


@dataclass(frozen=True, slots=True)
class Published:
    date: dt.date | None
    span: Span | None = None
    url: str | None = None
    url_span: Span | None = None
