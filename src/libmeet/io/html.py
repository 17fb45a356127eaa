"""Saved web pages: the article body, its title, date and address, without the rest of the page.

A saved page carries far more than its article: menus, breadcrumbs, sidebars of other
headlines (with other dates and names), share bars, polls, comment boxes, footers with
addresses and visitor counters. The body is found the way readability tools do it, not by
any one site's layout:

1. explicit markers first count most: `itemprop=articleBody`, `<article>`, `<main>`, and class
   or id names such as content, detail, post, entry, article-body, fck_detail;
2. every paragraph gives its parent (and half to its grandparent) a score for its length and
   commas; a block made mostly of links (a menu, a list of other news) scores little;
3. inside the winner, link-dense lists, share bars, related-news boxes and tag lists go.

The text keeps one paragraph a line (an empty paragraph is a blank line); the page's headline
comes first when it stands outside the body, as in a plain-text article.

Nothing is ever fetched: lxml parses the markup as it is, no entity or DTD is resolved, no
link is followed. Markup is bounded in size before parsing, so time and memory are bounded.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
import warnings
from dataclasses import dataclass

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from ..errors import DecodeError, PageTooLargeError
from .sniff import declared_charset, looks_like_html  # noqa: F401  (part of this module's API)

#: markup beyond this (after inline images are dropped) is not one article page
MAX_MARKUP_CHARS = 4_000_000
#: an article page has a few hundred to a few thousand elements; far more is not one article
MAX_ELEMENTS = 20_000

_NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
               "button", "select", "option", "input", "textarea", "link", "meta", "head", "map", "audio", "video")
#: elements that never hold content in HTML5, which lxml's parser may still read as opening one
_VOID = ("embed", "source", "track", "param", "wbr", "keygen")
_PAGE_FURNITURE = ("nav", "header", "footer", "aside", "menu", "dialog")
_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table tbody thead tfoot section article main blockquote "
    "figure figcaption caption pre address hr center form fieldset details summary".split()
)
_PARAGRAPHS = ("p", "pre", "td", "blockquote", "li", "figcaption", "h2", "h3", "h4")
#: paragraphs that may hold paragraphs (a layout table's column, a list item or quote with <p>s in it)
_HOLDERS = frozenset(("td", "li", "blockquote"))
_HOLDS = ("p", "div", "table", "td", "li", "ul", "ol", "blockquote", "pre", "h2", "h3", "h4")

_POSITIVE = re.compile(
    r"article|body|content|detail|entry|post|story|main|news-?text|text-?news|fck|chi-?tiet|noi-?dung|sapo|lead",
    re.I,
)
_NEGATIVE = re.compile(
    r"menu|nav|breadcrumb|sidebar|side-?bar|widget|share|social|sharing|comment|related|lien-?quan|tin-?khac|"
    r"other|more-?news|most-?(?:read|view)|xem-?nhieu|doc-?nhieu|tag|keyword|footer|header|banner|advert|ads?\b|"
    r"ads-|quang-?cao|poll|vote|survey|binh-?chon|counter|visitor|thong-?ke|login|search|popup|modal|cookie|"
    r"binh-?luan(?!-?chuyen-?gia)|y-?kien-?(?:ban-?doc|doc-?gia)|hotline|rating|print|subscribe|newsletter|pagination|pager|toolbar|author-?box|list-?(?:news|event)|"
    r"event-?item|tab-?content|slider|carousel",
    re.I,
)
_EXPLICIT_BODY = re.compile(
    r"(?:^|[-_\s])(?:article-?body|articlebody|article-?content|post-?content|entry-?content|news-?content|"
    r"detail-?content|content-?detail|detail-?body|body-?text|fck_?detail|news-?detail|noi-?dung|chi-?tiet)"
    r"(?:$|[-_\s])",
    re.I,
)
_SAPO = re.compile(r"sapo|summary|chapeau|tom-?tat|(?:^|[-_\s])lead(?:$|[-_\s])|description|intro", re.I)
_SHARE_LABEL = re.compile(
    r"^(?:share|chia\s*sẻ|in\s*bài|bản\s*in|gửi\s*bài|print|e-?mail|tweet|like|bình\s*luận|comments?|"
    r"(?:bài|tin)\s*(?:viết\s*)?(?:liên\s*quan|khác|cùng\s*chuyên\s*mục|mới\s*nhất|đọc\s*nhiều|xem\s*nhiều)|"
    r"xem\s*thêm|đọc\s*thêm|từ\s*khóa|tags?)\W*$",
    re.I,
)
_TAG_OPEN = re.compile(r"<[A-Za-z]")
_DATA_URI = re.compile(r"data:[\w/+.-]{1,40};base64,[A-Za-z0-9+/=\s]{256,}")
_SPACES = re.compile(r"\s+")
_BREAK = "\x1e"  # a block boundary while rendering text
_EMPTY_PARAGRAPH = "\x1d"  # a paragraph with no text: a blank line


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    #: the site's own name (og:site_name) and the addresses its page gives for it (a contact block, a footer, a
    #: labelled "Địa chỉ:"), outside the article: page furniture the text leaves out, kept for where the host is
    site_name: str | None = None
    addresses: tuple[str, ...] = ()
    #: the page labels its address "Tòa soạn": the site is a newspaper's, whose pages tell other bodies' meetings
    newsroom: bool = False
    #: the page is a listing of other articles (a category page, a site's front page: linked headlines, each with its
    #: date or lead, and no article text of its own), which a mirror of a site saves beside its articles
    listing: bool = False


# --- dates a page states -------------------------------------------------------------------

_DATE_PATTERNS = (
    (re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), (1, 2, 3)),
    (re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)"), (3, 2, 1)),
    (re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)?\s*(\d{4})(?!\d)", re.I), (3, 2, 1)),
    (re.compile(r"(?<!\d)(\d{4})\s*/\s*(\d{1,2})\s*/\s*(\d{1,2})(?!\d)"), (1, 2, 3)),
)


def find_date(text: str) -> dt.date | None:
    """The first plausible calendar date written in `text` (25/03/2024, 2024-03-25, 25 Tháng 3, 2024 ...)."""
    found: list[tuple[int, dt.date]] = []
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            year, month, day = (int(match.group(i)) for i in order)
            try:
                value = dt.date(year, month, day)
            except ValueError:
                continue
            if 1990 <= value.year <= 2100:
                found.append((match.start(), value))
                break
    return min(found)[1] if found else None


# --- the page ------------------------------------------------------------------------------

def extract_page(markup: str) -> Page:
    """The article of a saved page: text (one paragraph a line), title, absolute URL, publication date."""
    markup = _DATA_URI.sub("data:,", markup)
    if len(markup) > MAX_MARKUP_CHARS:
        raise PageTooLargeError(
            f"too large: {len(markup) / 1_000_000:.1f} million characters of markup is not one article page "
            f"(limit {MAX_MARKUP_CHARS / 1_000_000:.0f} million)"
        )
    elements = len(_TAG_OPEN.findall(markup))
    if elements > MAX_ELEMENTS:
        raise PageTooLargeError(
            f"too large: a web page of {elements:,} elements is not one article page (limit {MAX_ELEMENTS:,})"
        )
    try:
        with warnings.catch_warnings():  # bs4's hints to programmers ("looks like XML") are no news to a user
            warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            soup = BeautifulSoup(markup, "lxml")
        return _extract(soup)
    except RecursionError:
        raise DecodeError("unreadable web page: its markup is nested too deeply to read") from None


def _extract(soup: BeautifulSoup) -> Page:
    for tag in soup.find_all(_VOID):  # void in HTML5, but lxml lets an unclosed one swallow what follows
        if tag.contents:
            tag.unwrap()
    for tag in soup.find_all(_NEVER_TEXT):
        if tag.name not in ("meta", "link", "head"):  # <head>'s meta tags give the title and date first
            tag.decompose()
    title = _meta(soup, ("og:title", "twitter:title")) or None
    site_name = _meta(soup, ("og:site_name",))
    url = _absolute(_canonical(soup))
    published = _meta_date(soup)
    headline = _headline(soup, title)
    page_title = title or _doc_title(soup)
    named = bool(title)
    if not title:
        title = _SPACES.sub(" ", headline.get_text(" ")).strip() if headline else _doc_title(soup)
    for tag in soup.find_all(("head", "meta", "link")):
        tag.decompose()

    sizes = _Sizes(soup)
    parts = _best_body(soup, sizes, headline)
    body = parts[0] if parts else None
    in_text = False
    if headline is None and body is not None:
        headline = _headline_text(body, page_title)
        in_text = headline is not None and any(_inside(headline, part) for part in parts)
        if headline is not None and not named:
            title = _SPACES.sub(" ", headline.get_text(" ")).strip()
    addresses, newsroom = _site_addresses(soup, parts, sizes)  # (before the body is cleaned: the furniture is still there)
    listing = _listing(parts, sizes, soup.body or soup)
    if published is None:
        published = _page_date(headline, body, sizes)
    lines: list[str] = []
    if headline is not None and not in_text:  # (a headline found as a line of the body stays where the body has it)
        head = _SPACES.sub(" ", headline.get_text(" ")).strip()
        if any(_inside(headline, part) for part in parts):
            headline.decompose()
        if head:
            lines.append(head)
    if body is not None:
        blocks = _lead_before(body, sizes) + parts
        for block in blocks:
            _clean(block, sizes)
        lines.extend(line for block in blocks for line in _render(block, sizes))
    if headline is None and title and _plain(title) not in _plain(" ".join(lines[:6])):
        lines.insert(0, title)  # no headline element: the title heads the text, as in a plain-text article
    text = "\n".join(lines).strip("\n")
    return Page(text=text, title=title or None, url=url, published=published, site_name=site_name,
                addresses=addresses, newsroom=newsroom, listing=listing)


def _meta(soup: BeautifulSoup, names: tuple[str, ...]) -> str | None:
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        if key in names:
            value = _SPACES.sub(" ", tag.get("content") or "").strip()
            if value:
                return value
    return None


def _canonical(soup: BeautifulSoup) -> str | None:
    for tag in soup.find_all("link"):
        rel = tag.get("rel") or []
        if "canonical" in [r.lower() for r in (rel if isinstance(rel, list) else [rel])] and tag.get("href"):
            return tag["href"].strip()
    return _meta(soup, ("og:url", "twitter:url"))


def _absolute(url: str | None) -> str | None:
    return url if url and re.match(r"https?://[^\s/]+\.[^\s/]", url, re.I) and len(url) < 2048 else None


_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "publish_date", "dc.date.issued", "dc.date", "date", "citation_publication_date",
              "parsely-pub-date", "sailthru.date", "article.published", "dcterms.created")


def _meta_date(soup: BeautifulSoup) -> dt.date | None:
    value = _meta(soup, _DATE_META)
    if value:
        return find_date(value)
    for tag in soup.find_all(attrs={"itemprop": re.compile(r"^datePublished$", re.I)}, limit=3):
        found = find_date(tag.get("content") or tag.get("datetime") or tag.get_text(" "))
        if found:
            return found
    return None


def _doc_title(soup: BeautifulSoup) -> str | None:
    if soup.title is None:
        return None
    text = _SPACES.sub(" ", soup.title.get_text(" ")).strip()
    site = _meta(soup, ("og:site_name",))
    if site:
        for sep in (" - ", " | ", " – ", " :: "):
            if text.endswith(sep + site):
                text = text[: -len(sep + site)]
            if text.startswith(site + sep):
                text = text[len(site + sep):]
        if text == site:
            return None  # the site's name is not the article's title
    return text or None


def _plain(text: str) -> str:
    """Words alone, lower case: the same title whatever its markup, case or line breaks."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


_LOGO = re.compile(r"logo|brand|site-?name|site-?title", re.I)


def _headline(soup: BeautifulSoup, title: str | None) -> Tag | None:
    """The page's headline element: the heading most like the page's title, else the first real h1.

    Not a site logo set in an <h1> on every page (a heading that is all link, or named logo/brand).
    """
    reference = _words(title or _doc_title(soup) or "")
    best, best_overlap, first_h1 = None, 0.0, None
    for heading in soup.find_all(("h1", "h2", "h3"), limit=60):
        text = _SPACES.sub(" ", heading.get_text(" ")).strip()
        words = _words(text)
        if len(words) < 2 or _LOGO.search(_names(heading)):
            continue
        linked = sum(len(_SPACES.sub(" ", a.get_text(" ")).strip()) for a in heading.find_all("a"))
        if linked > 0.5 * len(text):
            continue
        if heading.name == "h1" and first_h1 is None:
            first_h1 = heading
        if reference:
            overlap = len(words & reference) / len(words | reference) + (0.05 if heading.name == "h1" else 0.0)
            if overlap >= 0.5 and overlap > best_overlap:
                best, best_overlap = heading, overlap
    return best or first_h1


_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—»]|::)\s+")


def _headline_text(body: Tag, title: str | None) -> Tag | None:
    """A headline set in no heading (a table cell's <b>, a `div class="tieude"` of an old or mirrored site): an
    element just before the body, beside it (under the body's parent or grandparent), whose whole text is the page's
    title or the title less the part at either end that names the site ("Hội nghị ... - UBND huyện Hương Sơn"),
    whichever is longer. Not a link (a list of other news names its headlines too), nor the site's banner, menu or
    breadcrumb, which lie away from the body; when several match, the longest."""
    if not title:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    seps = _TITLE_SEPARATORS.findall(title)
    heads = [title]
    if len(parts) > 1:  # (a headline may hold " - " itself: "Việt - Lào"; the site's name is the shorter end)
        less_last = "".join(p + q for p, q in zip(parts[:-1], [*seps[:-1], ""]))
        less_first = "".join(p + q for p, q in zip(parts[1:], [*seps[1:], ""]))
        heads.append(max(less_last, less_first, key=lambda part: len(_words(part))))
    wanted = {_plain(part) for part in heads if len(_words(part)) >= 3}
    wanted.discard("")
    scope = body.parent.parent if body.parent is not None and body.parent.parent is not None else body.parent
    if not wanted or scope is None:
        return None
    opening = body.find_all(string=True, limit=5)  # (the headline may open the body itself)
    last_of_opening = opening[-1] if opening else None
    best, best_size, checked = None, 0, 0
    for string in scope.find_all(string=True, limit=5000):
        if isinstance(string, Comment) or len(string) > 400 or _plain(string) not in wanted:
            if string is last_of_opening:
                break
            continue
        checked += 1
        parent = string.parent
        if checked > 20 or parent is None:
            break
        if parent.name in ("a", "title", "option") or _in_link(parent):
            continue
        size = len(_plain(parent.get_text(" ")))
        if _plain(parent.get_text(" ")) in wanted and size > best_size and _leads_to(parent, body):
            best, best_size = parent, size  # (its whole text: not a block it opens)
        if string is last_of_opening:
            break
    return best


def _leads_to(headline: Tag, body: Tag) -> bool:
    """Whether what stands between a headline and the body is no more than a date line or a byline: not a list of
    other news (a side column's heading named as the page is) nor a stretch of text."""
    if _inside(headline, body):
        return True
    text = links = 0
    for steps, element in enumerate(headline.next_elements):
        if element is body or steps > 400:
            return steps <= 400
        if isinstance(element, NavigableString) and not isinstance(element, Comment) and not _inside(element, headline):
            size = len(element.strip())
            text += size
            if size and _in_link(element):
                links += size
            if links > 40 or text > 400:
                return False
    return True


def _in_link(tag: Tag, depth: int = 4) -> Tag | None:
    """The link a tag stands in, looking a few levels up (a headline or a date is never deep inside its link)."""
    for _ in range(depth):
        tag = tag.parent
        if tag is None:
            return None
        if tag.name == "a":
            return tag
    return None


def _inside(tag: Tag, container: Tag) -> bool:
    return any(parent is container for parent in tag.parents)


def _names(tag: Tag) -> str:
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    return " ".join([*classes, tag.get("id") or "", tag.get("itemprop") or "", tag.get("role") or ""])


class _Sizes:
    """Text length, linked text length, commas and own (direct) text length of every element.

    Measured in one pass over the tree (no recursion, no re-reading of subtrees), so that scoring
    a deeply nested or huge page stays linear.
    """

    def __init__(self, root: Tag) -> None:
        self.text: dict[int, int] = {}
        self.links: dict[int, int] = {}
        self.commas: dict[int, int] = {}
        self.own: dict[int, int] = {}
        stack: list[tuple[Tag, bool]] = [(root, False)]
        while stack:
            node, closing = stack.pop()
            key = id(node)
            if not closing:
                stack.append((node, True))
                own = commas = 0
                for child in node.contents:
                    if isinstance(child, Tag):
                        stack.append((child, False))
                    elif isinstance(child, NavigableString) and not isinstance(child, Comment):
                        size = len(_SPACES.sub(" ", child).strip())
                        own += size
                        commas += child.count(",")
                self.text[key], self.own[key], self.commas[key], self.links[key] = own, own, commas, 0
                continue
            parent = node.parent
            if node.name == "a":
                self.links[key] = self.text[key]
            if parent is not None and id(parent) in self.text:
                pkey = id(parent)
                self.text[pkey] += self.text[key] + 1
                self.links[pkey] += self.links[key]
                self.commas[pkey] += self.commas[key]

    def length(self, tag: Tag) -> int:
        return self.text.get(id(tag), 0)

    def link_density(self, tag: Tag) -> float:
        total = self.text.get(id(tag), 0)
        return min(1.0, self.links.get(id(tag), 0) / total) if total else 0.0


def _best_body(soup: BeautifulSoup, sizes: _Sizes, headline: Tag | None = None) -> list[Tag]:
    """The element holding the article (with any sibling holding the rest of it), in page order."""
    root = soup.body or soup
    page_size = max(1, sizes.length(root))
    set_aside: set[int] = set()
    for tag in root.find_all(_PAGE_FURNITURE):
        # set aside, not dropped: an <article>'s own <header> holds its headline and date
        if id(tag) not in set_aside and sizes.length(tag) < 0.5 * page_size:
            tag["data-libmeet-furniture"] = "1"
            set_aside.update(id(t) for t in tag.find_all(True))
            set_aside.add(id(tag))
    for box in _news_boxes(root, sizes, page_size, headline):
        box["data-libmeet-newsbox"] = "1"
        if id(box) not in set_aside:
            set_aside.update(id(t) for t in box.find_all(True))
            set_aside.add(id(box))
    scores: dict[int, float] = {}
    nodes: dict[int, Tag] = {}

    def add(node: Tag | None, value: float) -> None:
        if node is None or not isinstance(node, Tag) or node.name in ("[document]", "html"):
            return
        nodes[id(node)] = node
        scores[id(node)] = scores.get(id(node), 0.0) + value

    holding: set[int] = set()  # (the elements holding a paragraph or a block: one pass up from each, not a search down)
    for inner in root.find_all(_HOLDS):
        node = inner.parent
        while node is not None and id(node) not in holding:
            holding.add(id(node))
            node = node.parent
    for para in root.find_all(_PARAGRAPHS):
        length = sizes.length(para)
        if length < 25 or id(para) in set_aside:
            continue
        if para.name in _HOLDERS and id(para) in holding:
            continue  # a layout cell (a column of a <table> page) or an item holding paragraphs: they count, not it
        value = 1 + sizes.commas.get(id(para), 0) + min(length // 100, 3)
        add(para.parent, value)
        add(para.parent.parent if para.parent else None, value / 2)
    for div in root.find_all("div"):
        own = sizes.own.get(id(div), 0)
        if own >= 25 and id(div) not in set_aside:  # text set with <br> straight in a div
            value = 1 + sizes.commas.get(id(div), 0) + min(own // 100, 3)  # (its lines' commas, as a paragraph's)
            add(div, value)
            add(div.parent, value)  # (a body split in several such divs: the one holding them all)
            add(div.parent.parent if div.parent else None, value / 2)
    if not scores:
        return [root] if sizes.length(root) else []

    def final(key: int) -> float:
        node = nodes[key]
        names = _names(node)
        bonus = 0.0
        if _EXPLICIT_BODY.search(names) or node.get("itemprop", "").lower() == "articlebody":
            bonus += 25
        elif _POSITIVE.search(names):
            bonus += 10
        if _NEGATIVE.search(names) and not _EXPLICIT_BODY.search(names):
            bonus -= 25
        if node.name in ("article", "main"):
            bonus += 10
        return (scores[key] + bonus) * (1 - _body_link_density(node, sizes))

    best = nodes[max(scores, key=final)]
    best_score = final(id(best))
    parts = [best]
    if best.parent is not None:  # the rest of an article split by a box in the middle: like siblings
        for sibling in best.parent.find_all(True, recursive=False):
            if sibling is best:
                continue
            names = _names(sibling)
            if _NEGATIVE.search(names) or sibling.get("data-libmeet-furniture") or sibling.name in _PAGE_FURNITURE:
                continue
            if id(sibling) in scores and sizes.link_density(sibling) < 0.25 and \
                    (final(id(sibling)) >= max(8.0, 0.3 * best_score) or
                     (_EXPLICIT_BODY.search(names) and _EXPLICIT_BODY.search(_names(best)))):
                parts.append(sibling)
    if len(parts) > 1:
        order = {id(child): index for index, child in enumerate(best.parent.contents)}
        parts.sort(key=lambda tag: order.get(id(tag), 0))
    return parts


#: the label heading a box of other news: "TIN MỚI", "Các tin khác", "Tin cùng chuyên mục", "Bài viết mới", "Xem nhiều"
_NEWS_BOX_LABEL = re.compile(
    r"^(?:các\s+)?(?:bài|tin)(?:\s+tức)?(?:\s+viết)?\s+(?:liên\s+quan|khác|cùng\s+chuyên\s+mục|"
    r"mới(?:\s+nhất|\s+cập\s+nhật|\s+đăng)?|đọc\s+nhiều(?:\s+nhất)?|xem\s+nhiều(?:\s+nhất)?|nổi\s+bật|tiêu\s+điểm|"
    r"đã\s+đưa)\W*$|^(?:đọc|xem)\s+nhiều(?:\s+nhất)?\W*$",
    re.I,
)


def _news_boxes(root: Tag, sizes: _Sizes, page_size: int, headline: Tag | None = None) -> list[Tag]:
    """Boxes of other news headed by their label, whatever their markup names them: a table page's "TIN MỚI" column
    (a label row, then rows of other stories' leads, unlinked), a div with its "Các tin khác" heading. The box is what
    holds the label first (its row when it is a cell), a small part of the page; its leads are not the article. Not a
    box holding the article's headline (or an <h1>): there the label is the article's category ("<div class=cat>Tin
    nổi bật</div><h1>…</h1><p>…", a "TIN MỚI" row over the article's own rows)."""
    boxes: list[Tag] = []
    for string in root.find_all(string=re.compile(r"^\s*(?:các\s+)?(?:bài|tin|đọc|xem)\s", re.I), limit=200):
        if isinstance(string, Comment) or len(string) > 40 or not _NEWS_BOX_LABEL.match(string.strip()):
            continue
        label = string.parent
        for _ in range(20):  # (the whole element the label is: <td class="title_box"><b>TIN MỚI</b></td>)
            if label is None or label.parent is None or label.parent is root or \
                    sizes.length(label.parent) > sizes.length(label) + 2:
                break
            label = label.parent
        if label is None or label is root:
            continue
        if label.name in ("td", "th") and label.parent is not None and label.parent.name == "tr":
            label = label.parent  # (a label cell: its row heads the table)
        box = label.parent
        if box is None or box is root or box.find(True) is not label or box.name in ("[document]", "html"):
            continue  # (the label must open its box)
        if box.name == "tbody" and box.parent is not None and box.parent.name == "table":
            box = box.parent
        if sizes.length(box) < 0.5 * page_size and sizes.length(box) <= 2000 and \
                not _EXPLICIT_BODY.search(_names(box)) and box.find("h1") is None and \
                (headline is None or not _inside(headline, box)) and _items_linked(box, label, sizes):
            boxes.append(box)
    return boxes


def _items_linked(box: Tag, label: Tag, sizes: _Sizes) -> bool:
    """Whether the items under a box's label are other stories: linked, at least half of them, or (a table page's
    column of unlinked leads) opening with a lead, not with a headline (an article under its category's label)."""
    items = label.find_next_siblings(True, limit=100)
    unwrapped = False
    while len(items) == 1:
        items, unwrapped = items[0].find_all(True, recursive=False, limit=100), True
    if not items:
        return False
    linked = sum(1 for item in items if item.name == "a" or item.find("a", href=True) is not None)
    if len(items) >= 2 and 2 * linked >= len(items):
        return True
    # (unlinked: a column's rows each another story's lead — not the paragraphs of one text the label heads, nor
    # a headline over a text)
    leads = [item for item in items if item.name in ("tr", "li", "div", "td", "article")
             and 60 <= sizes.length(item) <= _MAX_TEASER and len(item.find_all("p", limit=2)) <= 1]
    return not unwrapped and len(leads) >= 2 and len(leads) == len(items)


def _body_link_density(node: Tag, sizes: _Sizes) -> float:
    """Link density; of an element named as the article's body (`detail-content`, `articleBody`), without the related
    news boxes set in it ("Đọc thêm", `relatedbox`), which cleaning drops: a short article with a list of three linked
    headlines inside its body is still the article."""
    if not (_EXPLICIT_BODY.search(_names(node)) or node.get("itemprop", "").lower() == "articlebody"):
        return sizes.link_density(node)
    text, links = sizes.length(node), sizes.links.get(id(node), 0)
    for box in node.find_all(True, limit=2000):
        names = _names(box)
        if _NEGATIVE.search(names) and not _EXPLICIT_BODY.search(names) and \
                not any(_NEGATIVE.search(_names(p)) for p in box.parents if _inside(p, node)):
            text -= sizes.length(box)
            links -= sizes.links.get(id(box), 0)
    return min(1.0, max(0, links) / text) if text > 0 else 0.0


#: a listing holds at least this many teasers (a linked headline with its date or its lead beside it) ...
_MIN_TEASERS = 5
#: ... and no more text of its own than this outside them, unlinked (a category's one-line description, "Trang 1 2 3")
_MAX_OWN_TEXT = 200
#: how far up from a linked headline its teaser may reach (an item's headline is never deep inside it) ...
_TEASER_DEPTH = 25
#: ... and how long a teaser may be: a headline, a date, a lead of a few lines (never an article's text) ...
_MAX_TEASER = 800
#: ... its unlinked text (a lead) at most this long
_MAX_LEAD = 500
#: a paragraph of text, not a date or a label ("Trang: 1 2 3", "Xem thêm:")
_PROSE = 40


def _listing(parts: list[Tag], sizes: _Sizes, root: Tag | None = None) -> bool:
    """Whether the body found is a listing of other articles (a category page, a front page): at least five linked
    headlines, each opening its block (not a link in a sentence), each in a teaser of its own with a date or a lead
    beside it, and hardly any text outside the teasers: no article that stands apart. An article with a list of
    related news in it ("Xem thêm:", "Tin cùng chuyên mục") has its own paragraphs beside them. When the body found
    is one teaser (a list named "list-news" scores low), what holds it is read, a few levels up."""
    scope, found = parts, None
    for _ in range(8):
        found = _teasers_in(scope, sizes) if scope else None
        up = scope[0].parent if scope else None
        if found is not None or up is None or up.name in ("[document]", "html"):
            break
        if scope is parts and (sum(sizes.length(part) - sizes.links.get(id(part), 0) for part in parts) > _MAX_LEAD
                               or not all(_headline_leads(part, sizes) for part in parts)):
            return False  # (no climbing from a body with text of its own: an article's, not one teaser's)
        scope = [up]
    return found is not None and found[0] >= _MIN_TEASERS and found[1] <= _MAX_OWN_TEXT and \
        not _article_before(scope[0]) and not (root is not None and _prose_elsewhere(root, scope, sizes))


def _prose_elsewhere(root: Tag, scope: list[Tag], sizes: _Sizes) -> bool:
    """Whether the page holds text of its own outside the list and its furniture (menus, headers, footers, side
    boxes named so): a paragraph of 200 characters, or two of a line or more — an article the list stands beside
    (a short one under a short headline, or after a column of teasers set before it), not a listing."""
    inside = {id(part) for part in scope}
    total, paragraphs = 0, 0
    for tag in root.find_all(True, limit=20000):
        size = sizes.own.get(id(tag), 0)
        if size < _PROSE or tag.name in ("a", "h1", "title", "script", "style", "option", "label", "button"):
            continue
        node, away = tag, True
        for _ in range(40):  # (up to the root: inside the list, a link or the furniture, it is not the page's own)
            if node is None or node is root:
                break
            if id(node) in inside or node.name in ("a", "nav", "header", "footer", "aside", "form", "menu") or \
                    node.get("data-libmeet-furniture") or node.get("data-libmeet-newsbox") or \
                    _NEGATIVE.search(_names(node)):
                away = False
                break
            node = node.parent
        if away and not _a_teasers_lead(tag, sizes):
            total += size
            paragraphs += 1
            if total >= _MAX_OWN_TEXT or paragraphs >= 2:
                return True
    return False


def _a_teasers_lead(tag: Tag, sizes: _Sizes) -> bool:
    """Whether a text is the lead of a teaser: a small block, a few levels up, that opens on a linked headline."""
    node = tag.parent
    for _ in range(3):
        if node is None or sizes.length(node) > _MAX_TEASER:
            return False
        link = node.find("a", href=True)
        if link is not None and len(_SPACES.sub(" ", link.get_text(" ")).strip()) >= 20 and _opens(node, link):
            return True
        node = node.parent
    return False


def _article_before(list_: Tag) -> bool:
    """Whether an article's paragraphs stand before the list, under its headline: a short article whose box of
    related posts scored as the body ("Bài viết liên quan", a "Tin mới nhất" module in the article's column). The
    walk goes back from the list up to the first <h1> (the headline, or a category's title), a bounded one."""
    prose, node = 0, list_.previous_element
    for _ in range(400):
        if node is None or isinstance(node, Tag) and node.name == "h1":
            break
        if isinstance(node, NavigableString) and not isinstance(node, Comment) and \
                len(_SPACES.sub(" ", node).strip()) >= _PROSE and node.parent is not None and \
                node.parent.name not in ("a", "script", "style", "title") and _in_link(node.parent) is None:
            prose += 1
            if prose >= 2:
                return True
        node = node.previous_element
    return False


def _teasers_in(parts: list[Tag], sizes: _Sizes) -> tuple[int, int] | None:
    """(teasers, unlinked text outside them) in the parts; None when fewer than five linked headlines stand there."""
    heads: list[Tag] = []
    last_href = None
    for part in parts:
        for link in part.find_all("a", limit=5000):
            text = _SPACES.sub(" ", link.get_text(" ")).strip()
            if len(text) < 20 or len(_words(text)) < 4:
                continue
            href = (link.get("href") or "").strip()
            if re.match(r"(?:#|javascript:|$)", href, re.I):
                continue  # (a link within the page — a live blog's entry, a table of contents —: not another article)
            if href == last_href:
                continue  # (its lead linked to the same article: one teaser)
            if _FILE_LINK.search(href) or not _opens_its_block(link) or _goes_on_in_a_sentence(link, sizes):
                continue  # (an attached file, a photo; a link opening a sentence of the article)
            heads.append(link)
            last_href = href
    if len(heads) < _MIN_TEASERS:
        return None
    inside = {id(part) for part in parts}
    count: dict[int, int] = {}
    for link in heads:  # (one pass up from each headline, a bounded one: never a search down)
        node = link.parent
        for _ in range(_TEASER_DEPTH):  # (up to the part itself: an article's parts may be its teasers, one each)
            if node is None:
                break
            count[id(node)] = count.get(id(node), 0) + 1
            if id(node) in inside:
                break
            node = node.parent
    teasers, covered = 0, set()
    for link in heads:
        item, node = link, link.parent
        for _ in range(_TEASER_DEPTH):
            if node is None or count.get(id(node), 0) != 1 or sizes.length(node) > _MAX_TEASER or \
                    not _headline_leads(node, sizes) or not _opens(node, link):
                break  # (never up to what holds an article's paragraphs beside a link: the one link in a short article)
            item, node = node, node.parent
        if sizes.length(item) > sizes.length(link) + 8 and _headline_leads(item, sizes):
            teasers += 1
        covered.add(id(item))
        covered.update(id(tag) for tag in item.find_all(True))
    own, paragraphs = 0, 0  # (the text set straight in an element outside the teasers, not linked: a category's
    for part in parts:      # description, a pager; two paragraphs of it are an article's)
        for tag in (part, *part.find_all(True)):
            if id(tag) not in covered and tag.name != "a" and _in_link(tag) is None:
                size = sizes.own.get(id(tag), 0)
                own += size
                paragraphs += size >= _PROSE
                if own > _MAX_OWN_TEXT or paragraphs >= 2:
                    return teasers, max(own, _MAX_OWN_TEXT + 1)
    return teasers, own


def _headline_leads(item: Tag, sizes: _Sizes) -> bool:
    """Whether a teaser's headline is its main content: beside it a date, a lead of a few lines (unlinked, under
    400 characters), never two paragraphs of their own (an article's, around its one link)."""
    if sizes.length(item) - sizes.links.get(id(item), 0) > _MAX_LEAD:
        return False
    paragraphs = 0
    for tag in item.find_all(_PARAGRAPHS + ("div",), limit=200):
        if sizes.length(tag) >= _PROSE and not sizes.links.get(id(tag)) and tag.find(_BLOCK_TAGS) is None:
            paragraphs += 1
            if paragraphs >= 2:
                return False
    return True


def _opens_its_block(link: Tag) -> bool:
    """Whether a link's text opens the block it stands in (a teaser's headline), not a link within a sentence."""
    block = link.parent
    for _ in range(4):
        if block is None or block.name in _BLOCK:
            break
        block = block.parent
    return block is not None and _opens(block, link)


def _opens(block: Tag, link: Tag) -> bool:
    """Whether the link comes first in the block, with at most a date or a bullet before it ("» ", "12/03/2024 ")."""
    before: list[str] = []
    node = block.next_element  # (its first words: a few steps in, never a search of it all; `.descendants` would
    for _ in range(60):        # look for the block's last descendant first, at a cost growing with its depth)
        if node is None:
            return False
        if node is link:
            return True
        if isinstance(node, NavigableString) and not isinstance(node, Comment) and node.strip():
            before.append(str(node))
            if _BESIDE_HEADLINE.sub(" ", " ".join(before)).strip():
                return False
        node = node.next_element
    return False


#: a link to a file, not to an article: an attached document ("Tải về Kế hoạch số 56/KH-UBND"), a photo
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|bmp|webp|tiff?|mp[34])(?:[?#]|$)", re.I)
#: what may follow a teaser's headline on its line: a date, a time, a count of views, in brackets or not
_BESIDE_HEADLINE = re.compile(r"\d{1,4}(?:[/.:h-]\d{1,4})*|[^\w]+|_", re.I)


def _goes_on_in_a_sentence(link: Tag, sizes: _Sizes) -> bool:
    """Whether the link's line goes on after it in words ("<p><a>Nghị quyết về …</a>: được thông qua.</p>",
    "<a>Ủy ban nhân dân huyện</a> tổ chức hội nghị …", "<a>Toàn cảnh hội nghị</a> (Ảnh: Minh Đức)"): the link is part
    of the article's text, not a teaser's headline, whose line holds at most its date. The line ends at a block or a
    <br> (a table row's lead under its headline)."""
    rest: list[str] = []
    node, steps = link, 0
    while node is not None and node.name not in _BLOCK and steps < 40:
        for sibling in node.next_siblings:
            steps += 1
            if steps >= 40:
                break
            if isinstance(sibling, Tag):
                if sibling.name in _BLOCK or sibling.name == "br" or sizes.length(sibling) > 300 or \
                        sibling.find(_BLOCK_OR_BREAK) is not None:
                    return _is_prose(" ".join(rest))
                if sibling.name != "a":
                    rest.append(sibling.get_text(" "))
            elif not isinstance(sibling, Comment):
                rest.append(str(sibling))
        node = node.parent
    return _is_prose(" ".join(rest))


_BLOCK_OR_BREAK = tuple(_BLOCK) + ("br",)
_BLOCK_TAGS = tuple(_BLOCK)


def _is_prose(text: str) -> bool:
    return len(_BESIDE_HEADLINE.sub(" ", text).split()) >= 3


def _lead_before(body: Tag, sizes: _Sizes) -> list[Tag]:
    """A lead paragraph (sapo) set apart just before the body, as news sites do."""
    found: list[Tag] = []
    scope = body.parent.parent if body.parent is not None and body.parent.parent is not None else body.parent
    if scope is None:
        return found
    around = {id(p) for p in body.parents}
    taken: set[int] = set()
    for tag in scope.find_all(True):
        if tag is body:
            break
        if id(tag) in around or id(tag) in taken:
            continue
        names = _names(tag)
        if _SAPO.search(names) and not _NEGATIVE.search(names):
            if sizes.length(tag) >= 40 and sizes.link_density(tag) < 0.3:
                found.append(tag)
                taken.update(id(t) for t in tag.find_all(True))
    return found


def _clean(block: Tag, sizes: _Sizes) -> None:
    """Drop what is not the article inside the body: link lists, share bars, related news, tags."""
    removed: set[int] = set()

    def drop(tag: Tag) -> None:
        removed.add(id(tag))
        removed.update(id(t) for t in tag.descendants)
        tag.decompose()

    for tag in list(block.find_all(True)):
        if id(tag) in removed:
            continue
        names = _names(tag)
        negative = _NEGATIVE.search(names) and not _EXPLICIT_BODY.search(names)
        if tag.name in _PAGE_FURNITURE or tag.get("data-libmeet-furniture") or (negative and sizes.length(tag) < 2000):
            parent = tag.parent
            drop(tag)
            if parent is not None and parent is not block and sizes.length(parent) < 80 and \
                    _SHARE_LABEL.match(_SPACES.sub(" ", parent.get_text(" ")).strip()):
                drop(parent)
    for tag in list(block.find_all(("ul", "ol", "div", "section", "table", "p", "dl"))):
        if id(tag) not in removed and sizes.links.get(id(tag)) and sizes.link_density(tag) > 0.5:
            label = tag.find_previous_sibling()
            drop(tag)
            # (and the label that stood over it in a paragraph of its own: "<p><strong>Xem thêm:</strong></p><ul>")
            if label is not None and id(label) not in removed and label.name in _BLOCK and \
                    sizes.length(label) < 80 and not sizes.links.get(id(label)) and \
                    _SHARE_LABEL.match(_SPACES.sub(" ", label.get_text(" ")).strip()):
                drop(label)


def _render(block: Tag, sizes: _Sizes) -> list[str]:
    """The block's text, one paragraph a line; an empty paragraph gives an empty line."""
    parts: list[str] = []
    _walk(block, parts, sizes)
    raw = "".join(parts)
    lines = []
    for chunk in re.split(_BREAK + "+", raw):
        if _EMPTY_PARAGRAPH in chunk and not chunk.replace(_EMPTY_PARAGRAPH, "").strip():
            lines.append("")
            continue
        line = _SPACES.sub(" ", chunk.replace(_EMPTY_PARAGRAPH, " ")).strip()
        if line:
            lines.append(line)
    return lines


def _walk(root: Tag, parts: list[str], sizes: _Sizes) -> None:
    """Iterative walk (no recursion, so no depth limit) adding text and block boundaries."""
    stack: list[tuple[object, bool]] = [(root, False)]
    preformatted = 0  # inside <pre>, a line end is a line end
    while stack:
        node, closing = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
                parts.append(str(node).replace("\n", _BREAK) if preformatted else str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name == "br":
            parts.append(_BREAK)
            continue
        block = name in _BLOCK
        if name == "pre":
            preformatted += -1 if closing else 1
        if closing:
            if block:
                parts.append(_BREAK)
            continue
        if block:
            parts.append(_BREAK)
            if name == "p" and not sizes.length(node) and node.find("img") is None:
                parts.append(_EMPTY_PARAGRAPH)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))


#: an element named for the current day (a site's banner clock) and a line telling it: never the page's date
_TODAY = re.compile(r"today|hom-?nay|current-?(?:date|time)|date-?now|clock", re.I)
_TODAY_LINE = re.compile(r"\s*(?:hôm nay|today)\b", re.I)
_HATOM_PUBLISHED = re.compile(r"(?:^|\s)published(?:$|\s)", re.I)
_DATE_NAMES = re.compile(r"date|time|publish|posted|ngay-?dang|thoi-?gian", re.I)


def _page_date(headline: Tag | None, body: Tag | None, sizes: _Sizes) -> dt.date | None:
    """The date line near the headline (before the body), or a <time> / date-classed element next to it."""
    if headline is not None:
        seen: list[str] = []
        size = 0
        lead: set[int] = set()
        for steps, element in enumerate(headline.next_elements):
            if (body is not None and element is body) or steps > 2000:
                break
            if isinstance(element, Tag) and _SAPO.search(_names(element)) and _a_lead(element, sizes):
                # the lead (sapo) is the story's text: a date in it is the event's, not the page's; read on past it
                lead.update(id(string) for string in element.find_all(string=True, limit=200))
            if isinstance(element, Tag) and _TODAY.search(_names(element)):
                lead.update(id(string) for string in element.find_all(string=True, limit=50))
            if isinstance(element, NavigableString) and _TODAY_LINE.match(unicodedata.normalize("NFC", element[:24])):
                continue  # ("Hôm nay: 31/07/2017" in a site's banner: the day it was visited, not published)
            if isinstance(element, NavigableString) and not isinstance(element, Comment) and id(element) not in lead:
                seen.append(str(element))
                size += len(element)
                if size > 400:
                    break
        found = find_date(" ".join(seen))
        if found:
            return found
    scopes = [s for s in (headline.parent if headline is not None else None, body,
                          body.parent if body is not None else None) if s is not None]
    for scope in scopes:
        for tag in scope.find_all(("time", "span", "div", "p", "em", "i", "small", "abbr"), limit=600):
            names = _names(tag)
            if tag.name == "abbr" and not _HATOM_PUBLISHED.search(names):
                continue  # (a comment's "timeago", an "updated" stamp: not when the page was published)
            if tag.name == "time" or _DATE_NAMES.search(names):
                parent = tag.parent
                if parent is not None and _teaser(tag, parent, sizes):
                    continue  # a teaser of other news: a linked headline with its date
                if tag.find_parent(attrs={"data-libmeet-furniture": "1"}, name=("aside", "nav", "footer", "menu")):
                    continue
                # (an hAtom <abbr class="published" title="2017-02-06T08:00:00+07:00">08:00</abbr>, as Blogger writes it)
                found = ((find_date(tag.get("title") or "") if tag.name == "abbr" else None)
                         or find_date(tag.get("datetime") or tag.get_text(" ")))
                if found:
                    return found
    return None


def _a_lead(tag: Tag, sizes: _Sizes) -> bool:
    """A lead paragraph or a caption named as such (sapo, description ...): short, with no blocks of its own (a wrapper
    named "summary" or "intro" round the date line and the lead is not one)."""
    return sizes.length(tag) < 800 and tag.find(("p", "div", "table", "ul", "ol", "section", "article", "time")) is None


def _teaser(date: Tag, parent: Tag, sizes: _Sizes) -> bool:
    """Whether a date element stands in a teaser of other news: its parent mostly linked text. A date linked to its own
    post (Blogger's `<a class="timestamp-link"><abbr class="published">`, a permalink round a <time>) is the post's:
    its own linked text does not count, but the rest of what holds the link does: a date linked beside another linked
    headline (`<li><a><time>…</time></a> <a>Hội nghị …</a></li>`) is a teaser."""
    link = date if date.name == "a" else _in_link(date)
    if link is None:
        return sizes.link_density(parent) > 0.5
    own = sizes.length(link)
    if own - sizes.length(date) > 3:
        return True  # (the link holds more than the date: a linked headline with its date)
    holder = link.parent
    for _ in range(3):  # (up from the link until there is something beside it: a separator alone is not text)
        if holder is None:
            return False
        rest = sizes.length(holder) - own
        if rest > 3:
            return (sizes.links.get(id(holder), 0) - own) / rest > 0.5
        holder = holder.parent
    return False


# --- the site's own address ----------------------------------------------------------------------------------

#: an element named for the site's address or contact details: a contact block, an address modal, a vcard
_ADDRESS_NAMES = re.compile(r"address|(?:^|[-_\s])adr(?:$|[-_\s])|dia-?chi|contact|lien-?he|location|vcard", re.I)
#: a label before an address: "Địa chỉ: ...", "Trụ sở chính: ...", "Cơ sở 2: ...", "Address: ..."
_ADDRESS_LABEL = re.compile(
    r"^\s*(?:(?:(?:địa\s*chỉ|trụ\s*sở)\s+)?t(?:òa|oà)\s*soạn(?:\s+và\s+trị\s*sự)?|địa\s*chỉ(?:\s+liên\s+hệ)?|đ/c|address|"
    r"trụ\s*sở(?:\s*chính)?|văn\s*phòng(?:\s*đại\s*diện)?|"
    r"cơ\s*sở(?:\s*\d+)?|chi\s*nhánh(?:\s*\d+)?|campus(?:\s*\d+)?)\s*(?P<colon>[:：])?\s*",
    re.I,
)
#: the words of a Vietnamese address (a street, a ward, an urban area ...)
_ADDRESS_WORDS = re.compile(
    r"(?<!\w)(?:số\s*\d|đường|phố|phường|quận|huyện|xã|thị\s*xã|thị\s*trấn|tỉnh|thành\s*phố|tp\.?|kđt|khu\s*đô\s*thị|"
    r"khu\s*phố|tầng|ngõ|ngách|hẻm|thôn|ấp|tổ\s*dân\s*phố|[pq]\.\s*\d|street|road|ward|district)(?!\w)",
    re.I,
)
#: what ends an address on its line: the phone, e-mail or web address after it
_ADDRESS_END = re.compile(r"\s*(?:[|•]|(?<!\w)(?:điện\s*thoại|đt|tel|hotline|fax|email|e-mail|website)\b).*$", re.I)
_MAX_ADDRESS = 200
#: the label of a newspaper's address: "Tòa soạn: 71 Hàng Trống, Hoàn Kiếm, Hà Nội", "Địa chỉ tòa soạn: …", "Trụ sở
#: tòa soạn: …", "Tòa soạn và trị sự: …" (the word anywhere in the label, before its colon)
_NEWSROOM = re.compile(r"t(?:òa|oà)\s*soạn", re.I)
_MAX_ADDRESSES = 12


def _site_addresses(soup: BeautifulSoup, body_parts: list[Tag], sizes: _Sizes) -> tuple[tuple[str, ...], bool]:
    """The addresses the page gives for its site, outside the article (the article may name other addresses): the
    value of a label ("Địa chỉ" then "KĐT Trung Văn, Nam Từ Liêm, Hà Nội"), or a line that reads as an address in a
    contact block, an address modal, a footer or an <address>. All of them, in page order (a body with branches has
    several; the core decides what they say); and whether one is labelled "Tòa soạn" (a newspaper's newsroom).
    When the article is the page's <body> itself (or none is found), its paragraphs cannot be told from the page's,
    so only the blocks named for the address are read, never a label in the text ("Địa chỉ: số 5 phố Huế, ..., nơi
    tiếp nhận hồ sơ" is the article's)."""
    root = soup.body or soup
    found: dict[str, None] = {}
    newsroom = False
    apart = bool(body_parts) and body_parts[0] is not root  # (the article is an element of its own)
    inside = {id(t) for part in body_parts for t in (part, *part.find_all(True))} if apart else set()

    def add(value: str, labelled: bool, label: str = "") -> None:
        nonlocal newsroom
        value = _ADDRESS_END.sub("", _SPACES.sub(" ", value)).strip(" ,.;:-–—")
        if not 6 <= len(value) <= _MAX_ADDRESS or len(found) >= _MAX_ADDRESSES:
            return
        if "@" in value or re.search(r"https?:|www\.", value, re.I) or not re.search(r"[^\W\d_]{2}", value):
            return
        if labelled or "," in value and (_ADDRESS_WORDS.search(value) or value.count(",") >= 2):
            found[value] = None
            newsroom = newsroom or bool(_NEWSROOM.search(label))

    # a label, and its value after it or in the element next to it (a bare label only in an element of its own, a
    # short one: not a whole page's text read again for each of a thousand "Địa chỉ" in it)
    for string in root.find_all(string=re.compile(r"^\s*(?:địa|đ/c|address|trụ|tòa|toà|văn|cơ|chi|campus)", re.I),
                                limit=1000) if apart else ():
        if isinstance(string, Comment) or id(string.parent) in inside:
            continue
        label = _ADDRESS_LABEL.match(string)
        if not label:
            continue
        rest = string[label.end():].strip()
        if label.group("colon") and rest:
            add(rest, True, label.group(0))
        elif not rest and string.parent is not None and sizes.length(string.parent) <= _MAX_ADDRESS * 2 \
                and _SPACES.sub(" ", string.parent.get_text(" ")).strip().rstrip(":： ") \
                == _SPACES.sub(" ", string).strip().rstrip(":： "):
            follower = string.parent.find_next_sibling()
            if follower is not None and sizes.length(follower) <= _MAX_ADDRESS * 2:
                add(follower.get_text(" "), True, label.group(0))
    # a contact block's or a footer's lines
    blocks = [tag for tag in root.find_all(True) if id(tag) not in inside and (
        tag.name in ("footer", "address") or _ADDRESS_NAMES.search(_names(tag))
        or "address" in (tag.get("itemprop") or "").lower())]
    for block in blocks[:60]:
        if sizes.length(block) > 4000:
            continue
        for line in _lines(block):
            label = _ADDRESS_LABEL.match(line)
            if label and label.group("colon"):
                add(line[label.end():], True, label.group(0))
            elif not label or label.end() < len(line):
                add(line, False)
    return tuple(found), newsroom


def _lines(block: Tag) -> list[str]:
    """A block's text, one paragraph (block element, <br>) a line, without changing the page."""
    parts: list[str] = []
    stack: list[object] = [block]
    while stack:
        node = stack.pop()
        if node is None:  # a block's end
            parts.append(_BREAK)
        elif isinstance(node, NavigableString):
            if not isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
                parts.append(str(node))
        elif isinstance(node, Tag):
            if node.name == "br" or node.name in _BLOCK:
                parts.append(_BREAK)
                stack.append(None)
            stack.extend(reversed(node.contents))
    return [line for line in (_SPACES.sub(" ", chunk).strip() for chunk in "".join(parts).split(_BREAK)) if line]
