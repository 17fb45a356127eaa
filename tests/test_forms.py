"""The same article gives the same record whatever form it arrives in.

Every plain-text dev article is turned into each form an archive may hold it in: a saved web
page (with a menu, breadcrumb, a sidebar of other headlines with other dates and names, a share
bar, a poll and a footer), NFD with CRLF line ends (macOS / Windows), UTF-16, Windows-1258,
TCVN3 (ABC) and VNI. Each must give the record of the plain text, apart from its `source`
(path, hash, encoding, format, and the evidence of its publication date), and so the same dev
score. TCVN3 has no curly quotes, dashes or ellipsis: that form is compared with the plain text
reduced the same way, as an old archive would have written it.
"""
import datetime as dt
import html
import json
import unicodedata

import pytest

from libmeet import ingest, parse_file
from libmeet.io.legacy import decode_tcvn3, decode_vni, encode_tcvn3, encode_vni
from libmeet.models import Skip
from libmeet.parse.normalize import normalize_text

from .conftest import DEV_GOLD, DEV_RAW, load_scorer
from .test_decode import cp1258

ARTICLES = sorted(DEV_RAW.glob("*.txt")) if DEV_RAW.is_dir() else []
pytestmark = pytest.mark.skipif(not ARTICLES, reason="dev corpus not beside the checkout")

#: what TCVN3 cannot carry, as old archives wrote it instead
TCVN3_REPERTOIRE = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "..."})


def plain_text(path) -> str:
    return path.read_text(encoding="utf-8")


def saved_page(text: str, title: str | None, published: dt.date | None, stem: str) -> str:
    """The article as a news site would have served it, with everything around it."""
    lines = normalize_text(text).split("\n")
    if title and lines[0] == title:  # the title line is the page's headline
        headline = f'<h1 class="article-title">{html.escape(title)}</h1>'
        lines = lines[1:]
    else:  # an article without a title line, or with header lines before it: no headline element
        headline = ""
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" if line else "<p>&nbsp;</p>" for line in lines)
    date_line = f'<p class="date-post">Thứ hai, {published:%d/%m/%Y} 08:15</p>' if published else ""
    head_title = f"{html.escape(title)} - Báo Điện tử Tỉnh" if title else "Báo Điện tử Tỉnh"
    og_title = f'<meta property="og:title" content="{html.escape(title, quote=True)}">' if title else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{head_title}</title>
{og_title}
<meta property="og:site_name" content="Báo Điện tử Tỉnh">
<link rel="canonical" href="https://baotinh.vn/tin-tuc/{stem}.html">
<link rel="stylesheet" href="https://baotinh.vn/css/site.css">
<script src="https://baotinh.vn/js/analytics.js"></script>
<script>window.dataLayer = [{{"author": "Nguyễn Văn Tác Giả", "date": "01/01/2015"}}];</script>
<style>.menu li {{ display: inline }}</style>
</head><body>
<div id="top-bar"><span class="today">Hôm nay: 02/02/2016</span> | <a href="/lien-he">Liên hệ</a></div>
<nav class="main-menu"><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li>
<li><a href="/giao-duc">Giáo dục</a></li><li><a href="/the-thao">Thể thao</a></li></ul></nav>
<div class="container">
 <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ol>
 <div class="row">
  <div class="col-md-8 main-col">
   {headline}
   {date_line}
   <div class="share-tools"><span>Chia sẻ:</span><a href="#" class="fb">Facebook</a><a href="#">Zalo</a></div>
   <div class="article-content">
{paragraphs}
   </div>
   <div class="tags"><a href="/tag/hoi-nghi">hội nghị</a>, <a href="/tag/tinh">tỉnh</a></div>
   <div class="related-news"><h3>Tin liên quan</h3><ul>
    <li><a href="/a">Ông Phạm Văn Bên Cạnh chủ trì hội nghị ngày 05/06/2012 tại Cần Thơ</a></li>
    <li><a href="/b">Bà Trần Thị Khác Bài khai mạc hội thảo ngày 17/8/2011</a></li></ul></div>
   <div class="comment-box"><h3>Ý kiến bạn đọc</h3><form><textarea></textarea><button>Gửi</button></form></div>
  </div>
  <aside class="col-md-4 sidebar">
   <div class="box-most-read"><h3>Đọc nhiều nhất</h3><ul>
    <li><a href="/c">Hội nghị tổng kết của tỉnh Lai Châu ngày 12/12/2013</a><span class="time">12/12/2013</span></li>
    <li><a href="/d">Đồng chí Lê Văn Sidebar tiếp đoàn công tác tại Hà Giang</a><span class="time">03/03/2013</span></li>
    <li><a href="/e">Khai mạc Đại hội thể dục thể thao tỉnh Bắc Kạn lần thứ IX</a><span class="time">09/09/2013</span></li>
   </ul></div>
   <div class="poll"><h3>Thăm dò ý kiến</h3><p>Bạn đọc tin tức chủ yếu qua kênh nào?</p>
    <label><input type="radio" name="q"> Báo in</label><label><input type="radio" name="q"> Báo điện tử</label></div>
  </aside>
 </div>
</div>
<footer class="site-footer"><p>Cơ quan chủ quản: Tỉnh ủy. Tổng biên tập: Hoàng Văn Chủ Biên.</p>
<p>Địa chỉ: 38 Lê Lợi, TP. Đông Hà, tỉnh Quảng Trị. Điện thoại: 0233 3852 000.</p>
<div class="visitor-counter">Đang truy cập: 123 — Lượt truy cập: 4.567.890</div></footer>
</body></html>"""


def record(outcome) -> dict:
    """What a form must not change: the record without its source fields."""
    if isinstance(outcome, Skip):
        return {"skipped": outcome.reason}
    data = outcome.model_dump(mode="json", exclude={"source"})
    data["evidence"] = {k: v for k, v in data["evidence"].items() if not k.startswith("source.")}
    return data


def carried(text: str, encode, decode) -> bytes | None:
    """The text in a legacy charset, or None when the charset cannot carry it (a French 'Î', a Russian name):
    no archive holds such an article in that charset."""
    try:
        data = encode(text)
    except (ValueError, UnicodeError):
        return None
    return data if unicodedata.normalize("NFC", decode(data)) == unicodedata.normalize("NFC", text) else None


def forms(path, base) -> dict[str, tuple[str, bytes]]:
    """Each form of one article: name -> (file suffix, bytes); the legacy ones when the charset carries the text."""
    text = plain_text(path)
    made = {
        "saved page": (".html", saved_page(text, base.source.title if not isinstance(base, Skip) else None,
                                           base.source.published if not isinstance(base, Skip) else None,
                                           path.stem).encode("utf-8")),
        "nfd crlf": (".txt", unicodedata.normalize("NFD", text).replace("\n", "\r\n").encode("utf-8")),
        "utf-16": (".txt", text.encode("utf-16")),
        "windows-1258": (".txt", carried(text, cp1258, lambda data: data.decode("cp1258"))),
        "vni": (".txt", carried(text, encode_vni, decode_vni)),
    }
    return {name: (suffix, data) for name, (suffix, data) in made.items() if data is not None}


ENCODINGS = {"saved page": "utf-8", "nfd crlf": "utf-8", "utf-16": "utf-16", "windows-1258": "cp1258", "vni": "vni"}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_each_form_gives_the_same_record(path, tmp_path):
    base = parse_file(path)
    expected = record(base)
    for name, (suffix, data) in forms(path, base).items():
        target = tmp_path / f"{path.stem}{suffix}"
        target.write_bytes(data)
        outcome = parse_file(target)
        assert record(outcome) == expected, name
        if not isinstance(outcome, Skip):
            assert outcome.source.encoding == ENCODINGS[name], name
            assert outcome.source.format == ("html" if suffix == ".html" else "txt")
            if name == "saved page":
                assert outcome.source.url == f"https://baotinh.vn/tin-tuc/{path.stem}.html"


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_tcvn3_gives_the_record_of_the_same_text(path, tmp_path):
    text = plain_text(path).translate(TCVN3_REPERTOIRE)
    data = carried(text, encode_tcvn3, decode_tcvn3)
    if data is None:
        pytest.skip("TCVN3 cannot carry this article's letters")
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "tcvn3.txt").write_bytes(data)
    outcome = parse_file(tmp_path / "tcvn3.txt")
    assert record(outcome) == record(parse_file(tmp_path / "utf8.txt"))
    if not isinstance(outcome, Skip):
        assert outcome.source.encoding == "tcvn3"


def _ingest_scores(folder, out) -> dict:
    summary = ingest(folder, out)
    assert summary.errors == 0, summary.results
    return load_scorer().score(DEV_GOLD, out / "events.json")["metrics"]


def test_the_dev_score_is_the_same_in_every_form(tmp_path):
    """The whole pipeline (ingest, outputs, scorer) over each form of the dev articles."""
    folders: dict[str, object] = {}
    bases = {path: parse_file(path) for path in ARTICLES}
    for name in ("plain", "plain in TCVN3 repertoire", "tcvn3", *ENCODINGS):
        folders[name] = tmp_path / name.replace(" ", "-")
        folders[name].mkdir()
    for path, base in bases.items():
        made = forms(path, base)
        reduced = plain_text(path).translate(TCVN3_REPERTOIRE)
        tcvn3 = carried(reduced, encode_tcvn3, decode_tcvn3)
        if len(made) < len(ENCODINGS) or tcvn3 is None:
            continue  # an article a legacy charset cannot carry is in no archive in that form
        (folders["plain"] / path.name).write_bytes(path.read_bytes())
        (folders["plain in TCVN3 repertoire"] / path.name).write_text(reduced, encoding="utf-8")
        (folders["tcvn3"] / path.name).write_bytes(tcvn3)
        for name, (suffix, data) in made.items():
            (folders[name] / f"{path.stem}{suffix}").write_bytes(data)
    scores = {name: _ingest_scores(folder, tmp_path / f"out-{folder.name}") for name, folder in folders.items()}
    for name in ENCODINGS:
        assert scores[name] == scores["plain"], name
    assert scores["tcvn3"] == scores["plain in TCVN3 repertoire"]
    events = json.loads((tmp_path / "out-tcvn3" / "events.json").read_text(encoding="utf-8"))
    assert events and {e["source"]["encoding"] for e in events} == {"tcvn3"}
