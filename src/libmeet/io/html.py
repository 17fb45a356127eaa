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
    parts = _best_body(soup, sizes)
    body = parts[0] if parts else None
    in_text = False
    if headline is None and body is not None:
        headline = _headline_text(body, page_title)
        in_text = headline is not None and any(_inside(headline, part) for part in parts)
        if headline is not None and not named:
            title = _SPACES.sub(" ", headline.get_text(" ")).strip()
    addresses, newsroom = _site_addresses(soup, parts, sizes)  # (before the body is cleaned: the furniture is still there)
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
                addresses=addresses, newsroom=newsroom)


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


def _best_body(soup: BeautifulSoup, sizes: _Sizes) -> list[Tag]:
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
            drop(tag)


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
