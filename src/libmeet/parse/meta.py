"""What an article says about itself in its header: publication date, address, title.

Saved articles carry a few header lines before the body: a crawl header (``# url = …`` /
``# date = 20210424``), a labelled dateline (``Ngày đăng bài: 26/10/2021 10:02``, ``Cập nhật: …``,
``(Ngày đăng: …)``), or a line holding only a date (``Chủ nhật, 21-04-2024, 22:51``,
``25 Tháng 3, 2024``), a view counter, then the title. A saved web page puts its menus first, so
the header is not "the first N characters" but everything before the body: the lines up to the
second paragraph of running text. Of the date-only lines there, the one nearest before the first
paragraph is the article's (a date at the very top of a page is often the site's "today").
A date inside running text ("Ngày 8/10/2020, tại ...") is the event's, never the publication's.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from . import lexicon
from .lexicon import alternation
from .normalize import Doc, strip_accents
from .types import Published

HEADER_CHARS = 600  # a plain-text title is in the first lines
#: a title is short (99.9% of the bench corpus's under 120 characters); a longer first line is the lead of a crawl that
#: dropped the title ("Cụ thể, tại cuộc họp báo PV Dân trí nêu câu hỏi liên quan đến việc ... đến đâu?")
_TITLE_MAX = 160
#: ... but a site's title may run longer, one sentence with no end mark: "Thư viện Tạ Quang Bửu (Trường Đại học Bách
#: khoa Hà Nội) tổ chức Hội thảo “Chia sẻ tài nguyên thông tin và dịch vụ hỗ trợ đào tạo – nghiên cứu cho các trường
#: đại học” In" (a university library's page, 168 characters with its print button; no first line of the bench, the
#: dantri sets or dev is such a line)
_LONG_TITLE_MAX = 220


def _long_title(line: str) -> bool:
    """A first line longer than most titles that still reads as one: one sentence with no end mark."""
    return _TITLE_MAX < len(line) <= _LONG_TITLE_MAX and ". " not in line and not line.endswith(("?", "!", "\"", "”"))


HEADER_LIMIT = 12000  # a saved page's menus can be long, but the header never goes deeper than this
PARAGRAPH = 150  # a line this long is running text: the body has begun

#: the written forms of a day, a month and a year (shared with parse/dates.py)
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
MONTH = r"(?:1[0-2]|0?[1-9])"
YEAR = r"(?:19[5-9]\d|20\d\d)"
_D, _M, _Y = DAY, MONTH, YEAR
_DATE = (
    rf"(?:(?P<d1>{_D})\s?[/.-]\s?(?P<m1>{_M})\s?[/.-]\s?(?P<y1>{_Y})"
    rf"|(?P<y2>{_Y})-(?P<m2>1[0-2]|0[1-9])-(?P<d2>3[01]|[12]\d|0[1-9])"
    rf"|(?P<d3>{_D})\s+tháng\s+(?P<m3>{_M})\s*(?:,|năm|/)\s*(?P<y3>{_Y}))(?!\d)"
)
_TIME = r"(?:\d{1,2}\s?[:h]\s?\d{2}(?:\s?(?:am|pm|sa|ch))?(?:\s*\(?\s*gmt\s?[+-]\s?\d{1,2}\)?)?)"

#: (a "#" at a line's start: what ^ says under re.M, asserted after the "#", so that the engine skips ahead to the
#: next "#" instead of trying every position of the header)
_CRAWL_URL = re.compile(r"#(?<![^\n]#) *url *= *(\S+)")
_CRAWL_DATE = re.compile(r"#(?<![^\n]#) *(?:date|published) *= *(\d{4})-?(\d{2})-?(\d{2})\b")
_MARKUP = re.compile(r"^[#*_\s]+|[*_\s]+$")


_WEEKDAY = rf"(?:{alternation(lexicon.table('dates_cues.json')['weekdays'])})"
_LABEL = rf"(?:{alternation(lexicon.table('dates_cues.json')['published'])})"
_LABELLED = re.compile(  # (what (?<!\w) before _LABEL says, asserted after its first letter: the engine skips ahead)
    rf"(?:{alternation(lexicon.table('dates_cues.json')['published'], word_start=True)})\s*:?\s*(?:lúc\s*)?(?:{_TIME}\s*[,|-]?\s*)?(?:{_WEEKDAY}\s*[,-]?\s*)?(?:ngày\s*)?{_DATE}"
)
_DATE_LINE = re.compile(
    rf"^[\s(\[|]*(?:{_WEEKDAY}\s*[,-]?\s*)?(?:{_TIME}\s*[,|-]?\s*)?(?:ngày\s*)?{_DATE}"
    rf"(?:\s*[,|-]?\s*(?:lúc\s*)?{_TIME})?[\s)\]|]*$",
    re.M,
)
_HEADER_NOISE = re.compile(
    rf"^(?:#.*|lượt\s*xem.*|views?:.*|e-?mail\s*print|print|in\s*bài.*|\W*|(?:{_LABEL}|{_WEEKDAY})\b.*\d{{4}}.*)$",
)


def _date(match: re.Match[str]) -> dt.date | None:
    for i in "123":
        if match.group("y" + i):
            try:
                return dt.date(int(match.group("y" + i)), int(match.group("m" + i)), int(match.group("d" + i)))
            except ValueError:
                return None
    return None


def header_end(doc: Doc) -> int:
    """Where the header stops: the start of the second paragraph of running text (or a fixed limit)."""
    seen = 0
    pos = 0
    text = doc.text
    limit = min(len(text), HEADER_LIMIT)
    while pos < limit:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end - pos >= PARAGRAPH:
            seen += 1
            if seen == 2:
                return pos
        pos = end + 1
    return limit


def _first_paragraph(doc: Doc, end: int) -> int:
    pos = 0
    while pos < end:
        line_end = doc.text.find("\n", pos)
        line_end = len(doc.text) if line_end < 0 else line_end
        if line_end - pos >= PARAGRAPH:
            return pos
        pos = line_end + 1
    return end


@lru_cache(maxsize=4)  # (asked by build_event and again by dates.extract_dates: read once a doc)
def find_meta(doc: Doc) -> Published | None:
    """The publication date (and address) the article's header states, with their spans."""
    end = header_end(doc)
    low = doc.low
    url_match = _CRAWL_URL.search(doc.text, 0, end)
    url = url_match.group(1) if url_match else None
    url_span = url_match.span(1) if url_match else None
    found: tuple[dt.date, tuple[int, int]] | None = None
    crawl = _CRAWL_DATE.search(low, 0, end)
    if crawl:
        try:
            found = dt.date(*(int(crawl.group(i)) for i in (1, 2, 3))), crawl.span()
        except ValueError:
            found = None
    if found is None:
        labelled = _LABELLED.search(low, 0, end)
        if labelled and _date(labelled):
            found = _date(labelled), labelled.span()
    if found is None:
        body = _first_paragraph(doc, end)
        lines = [m for m in _DATE_LINE.finditer(low, 0, end) if _date(m)]
        before = [m for m in lines if m.end() <= body]
        line = before[-1] if before else (lines[0] if lines else None)
        if line:
            found = _date(line), line.span()
    if found:
        return Published(found[0], found[1], url, url_span)
    if url:
        return Published(None, None, url, url_span)
    return None


@lru_cache(maxsize=1)
def _site_chrome() -> frozenset[str]:
    """A saved page's menu and accessibility lines that come before its title ("Nhảy đến nội dung")."""
    return frozenset(lexicon.words("meta_site_chrome.txt"))


def first_line_title(doc: Doc) -> str | None:
    """The title line of a plain-text article: the first short line that is not header noise."""
    lines = doc.text[:HEADER_CHARS].split("\n")
    for index, line in enumerate(lines[:8]):
        line = line.strip()
        if not line or _HEADER_NOISE.match(line.lower()) or _DATE_LINE.match(line.lower()) \
                or line.lower().rstrip(" .…") in _site_chrome():
            continue
        if line.startswith("**") and not line.endswith("**") and index + 1 < len(lines):
            line = line + " " + lines[index + 1].strip()  # a bold title wrapped over two lines
        title = _MARKUP.sub("", line)
        if (10 <= len(title) <= _TITLE_MAX or _long_title(title)) and not title.endswith((".", ":", ";")) \
                and not _lost_title(doc, title):
            return title
        return None
    return None


#: how many of the address's words a crawl's first line must share to be its title
_SLUG_SHARE = 0.5


def _lost_title(doc: Doc, line: str) -> bool:
    """Whether a crawl that opens on its "# url = ..." header lost its title, the first short line being a photo
    caption or a subheading the address does not match: "Phát động mỗi công dân là một chiến sĩ chống dịch" under
    "…/an-giang-tam-dung-tiep-nhan-cach-ly-nguoi-nhap-canh-duong-hang-khong-….htm" (not the title it kept: "GDP Việt
    Nam đã vượt Singapore; Đường sắt Cát Linh - Hà Đông sắp vận hành" under "…/gdp-viet-nam-da-vuot-singapore-…")."""
    slug = url_slug(doc)  # (given no address, only the crawl's own header has one)
    if not slug:
        return False
    words = slug.split()
    said = set(re.findall(r"\w+", strip_accents(line).lower()))
    return sum(w in said for w in words) < _SLUG_SHARE * len(words)


_SLUG = re.compile(r"/([a-z0-9]+(?:-[a-z0-9]+){2,})(?:-?\d{6,})?(?:\.[a-z]{2,5})?/?$")


def url_slug(doc: Doc, url: str | None = None) -> str | None:
    """The words of the article's address ("…/toa-dam-truc-tuyen-viem-gan-virus-…-20210427090337164.htm" →
    "toa dam truc tuyen viem gan virus …"): the title without its accents, for crawls that keep the
    address but not the title (a ``# url =`` header)."""
    found = _CRAWL_URL.search(doc.text, 0, HEADER_CHARS)  # the article's own header first, else where it came from
    url = found.group(1) if found else url
    m = _SLUG.search(url.split("?", 1)[0].split("#", 1)[0].lower()) if url else None
    if not m:
        return None
    words = [w for w in m.group(1).split("-") if not w.isdigit() or len(w) < 6]
    return " ".join(words) if len(words) >= 3 else None
