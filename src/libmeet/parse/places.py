"""Where the event took place: province (as named then, and after the 2025 merger), city, venue, country, online.

How Vietnamese news says where a meeting was held, strongest first:

    Ngày 8/10/2020, tại thành phố Nha Trang - tỉnh Khánh Hòa, Cục ... tổ chức Hội nghị ...   (dateline "tại")
    Sáng 25-5, tại TP Trịnh Châu (tỉnh Hà Nam, Trung Quốc), đã khai mạc ...                  (abroad)
    Hội nghị cấp cao ASEAN diễn ra hôm nay 24/4 ở thủ đô Jakarta của Indonesia                 ("ở", abroad)
    Tỉnh ủy An Giang tổ chức Hội nghị lần thứ 8 ...                                           (host unit)
    Thanh Hóa: Huyện Tĩnh Gia tập trung ...                                                    (title prefix)
    Phó Giám đốc Sở Văn hóa và Thể thao tỉnh Bình Định phát biểu chào mừng ...                 (implied host)

Online: "được tổ chức theo hình thức trực tuyến", "Hội thảo trực tuyến", "qua nền tảng Zoom", "tại 63 điểm
cầu"; a hybrid ("điểm cầu chính tại Hà Nội", "trực tiếp kết hợp trực tuyến") is not online and keeps its place, nor
is a meeting said to sit in person ("hội nghị trực tiếp") where "họp trực tuyến" tells of other meetings.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..models import Place
from . import lexicon
from .detect import DAY_LEAD, in_read_more, read_more_links
from .names import UPPER
from .normalize import Doc, fold
from .types import Span

VIETNAM = "Việt Nam"
#: where the central ministries sit
MINISTRIES_SEAT = "Hà Nội"
MERGER_DATE = dt.date(2025, 7, 1)


class PlaceResult:
    __slots__ = ("place", "spans", "warnings", "home_by_default", "abroad_in_lead")

    def __init__(self, place: Place, spans: dict[str, list[Span]] | None = None, warnings: list[str] | None = None,
                 home_by_default: bool = False, abroad_in_lead: bool = False):
        self.place = place
        self.spans = spans or {}
        self.warnings = warnings or []
        # (the country, Việt Nam or none yet, is home only by default: no place is stated, or the meeting is online)
        self.home_by_default = home_by_default
        # (a default Việt Nam, home_by_default, in a story whose title or lead names a country or a place abroad and
        # not Việt Nam: "Nga xác nhận tiêu diệt thủ lĩnh IS ...", _abroad_in_lead)
        self.abroad_in_lead = abroad_in_lead

    def abroad_all_the_same(self) -> PlaceResult:
        """The result without the default country: the people at the meeting are all foreigners, so it may well
        have been abroad ("Vì sao ông Sean Spicer dần 'biến mất' khỏi ống kính?" names no American place)."""
        if not self.home_by_default:
            return self
        return PlaceResult(self.place.model_copy(update={"country": None, "inferred": False}), self.spans,
                           [w for w in self.warnings if w not in (AT_HOME, AT_HOME_ASSUMED)])


# --- the gazetteer ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # province | city | district | venue | country | fcity | ambiguous | skip
    name: str  # canonical name: province/city as recorded, country's Vietnamese name
    province: str | None = None  # for cities: the province it lay in
    country: str | None = None  # for foreign places
    strict: bool = False  # read as a place only with a prefix (tỉnh, TP ...) or right after tại/ở
    centrally_run: bool = False


_SEP = r"(?:\s*[-–—.]\s*|\s+)"


_KEY_GAP = re.compile(r"[\s.\-–—]+")


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """A place name as the gazetteer is keyed: folded, its spaces, dots and dashes one space (the same names are
    looked up again and again)."""
    return _KEY_GAP.sub(" ", fold(name)).strip()


_SHORT_FOREIGN = re.compile(r"^\w{1,4}$|^\w*[^\x00-\x7f]\w*$")


@cache
def gazetteer() -> dict[str, tuple[Entry, ...]]:
    """Folded name → the places it can mean (a province and its city of the same name, a Chinese province ...)."""
    found: dict[str, list[Entry]] = {}

    def add(name: str, entry: Entry) -> None:
        found.setdefault(_key(name), []).append(entry)

    data = lexicon.table("provinces.json")
    for item in data["provinces"]:
        central = item["kind"] == "thành phố"
        # "Hồ Chí Minh" alone is as often the President (tư tưởng Hồ Chí Minh) as the city
        add(item["name"], Entry("province", item["name"], strict=item["name"] == "Hồ Chí Minh", centrally_run=central))
        for alias in item["aliases"]:
            add(alias, Entry("province", item["name"], centrally_run=central))
    for item in lexicon.table("places_cities.json")["cities"]:
        add(item["name"], Entry("city", item["name"], province=item["province"], strict=not item["loose"]))
    foreign = lexicon.table("places_foreign.json")
    for country, aliases in foreign["countries"].items():
        for name in (country, *aliases):
            # (a spelling by Vietnamese syllables, "Cu-ba", "Chi-lê", "Ca-ta", is read with its dashes as spaces: "Bệnh
            # viện Việt Nam - Cu Ba", a byline "Chi Lê"; only with a prefix or right after "tại" / "ở")
            add(name, Entry("country", country, country=country,
                            strict=bool(_SHORT_FOREIGN.match(name)) or "-" in name))
    for city, country in (*foreign["cities"].items(), *foreign["venues"].items()):  # (a seat of government: a place)
        add(city, Entry("fcity", city, country=country, strict=bool(_SHORT_FOREIGN.match(city))))
    for region, country in foreign["ambiguous"].items():
        add(region, Entry("ambiguous", region, country=country))
    for province, names in lexicon.table("places_districts.json")["districts"].items():
        for name in names:
            add(name, Entry("district", name, province=province, strict=True))
    venues = lexicon.table("places_venues.json")
    for name, province in venues["venues"].items():
        add(name, Entry("venue", name, province=province))
    for ministry in venues["ministries"]:  # a ministry's headquarters: "trụ sở Bộ Công Thương"
        add(f"Trụ sở Bộ {ministry}", Entry("venue", f"Trụ sở Bộ {ministry}", province=MINISTRIES_SEAT))
    for name in foreign.get("not_places", ()):
        add(name, Entry("skip", name))
    return {k: tuple(v) for k, v in found.items()}


@cache
def province_records() -> dict[str, dict]:
    return {p["name"]: p for p in lexicon.table("provinces.json")["provinces"]}


#: a unit's word before its name, as a trie (lexicon.alternation): tried at every word start of a text, where eight of
#: the twelve start with "t" (none is the start of another, so at most one matches at a place: their order is no matter)
_PREFIX = lexicon.alternation(("tỉnh", "thành phố", "tp", "t.p", "thị xã", "tx", "thủ đô", "huyện", "quận", "thị trấn", "xã",
                               "phường"))
_CITY_PREFIXES = frozenset({"thành phố", "tp", "t.p", "thị xã", "tx"})
_PROVINCE_PREFIXES = frozenset({"tỉnh", "thủ đô"}) | _CITY_PREFIXES
_LOCAL_PREFIXES = frozenset({"huyện", "quận", "thị trấn", "xã", "phường"})
#: the words of a ward or a commune, which may share a district's name elsewhere
_WARD_PREFIXES = frozenset({"xã", "phường"})
#: the year written right after a place (its country may come between): "thông qua tại Lima, Peru năm 2016", "tại Hà
#: Nội vào năm 2014"
_YEAR_AFTER = re.compile(r"[^.;:!?()\n]{0,20}?(?<!\w)năm\s+(\d{4})(?!\d)")


@cache
def _names_re() -> re.Pattern[str]:
    alternation = lexicon.alternation(gazetteer(), gap=_SEP)  # a trie: fast over long texts
    return re.compile(rf"(?<!\w)(?:(?P<pre>{_PREFIX})(?:\.\s*|\s+))?(?P<name>{alternation})(?!\w)")


@cache
def _person_words() -> frozenset[str]:
    return frozenset(lexicon.words("places_person_words.txt"))


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # of the whole match, prefix included
    end: int
    name_start: int
    entry: Entry
    prefix: str | None

    @property
    def foreign(self) -> bool:
        return self.entry.kind in ("country", "fcity")


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
#: a capitalised word next: the name read goes on into a longer one ("Mỹ Đình", not "Mỹ")
_NAME_GOES_ON = re.compile(r"[ \t]+[" + lexicon.UPPER + r"]")
#: (a district's Party committee names the district: "Huyện ủy Phúc Thọ tổ chức tọa đàm", "Quận ủy Long Biên")
_CONTEXT_BEFORE = re.compile(r"(?:tại|ở|đến|sang|về|nước|thủ đô|vương quốc|thăm|huyện ủy|quận ủy)\s+$")
#: a form of address or a nickname's word right before: the name is a person's ("ông Đức", "bầu Đức"; not a word that
#: merely ends so: "Chiến tranh Iraq", "miền đông Ukraine")
_HONORIFIC_BEFORE = lexicon.WordLed(r"(?<!\w)(?:ông|bà|anh|chị|em|cô|thầy|đồng chí|đ/c|cháu|con|bầu)\s+$")


#: a deputy's constituency names the province that elected them, not where they sit: "ĐBQH tỉnh Hà Tĩnh",
#: "đại biểu Quốc hội (đoàn Bến Tre)", "chuyển từ đoàn TP.HCM về đoàn Thanh Hóa", "đại biểu Hoàng Bình Quân (Tuyên Quang)"
#: (searched before every gazetteer hit: each branch led by its first letter, "starts a word" asserted after it, so that
#: the engine skips ahead to the next candidate)
_CONSTITUENCY = re.compile(
    lexicon.alternatives(("đbqh", "đại biểu quốc hội", "đại biểu hđnd"), r"(?:\s+khóa\s+\w+)?[\s(]*(?:đoàn\s+)?$",
                         word_start=True)
    + "|" + lexicon.alternatives(("về", "từ", "của", "các"), r"\s+đoàn\s+$", word_start=True)
    # ... or the delegation after the deputy's name, in brackets or after a dash: "ĐB Đỗ Văn Sinh (đoàn Quảng Trị)",
    # "Đại biểu Quốc hội Nguyễn Thị Phúc – Đoàn Hưng Yên"
    + r"|[(\-–—]\s*đoàn\s+$"
    # "đại biểu Hoàng Bình Quân (Tuyên Quang)", "ĐB Nguyễn Phước Lộc (TP.HCM)"
    # (an initial may stand in the name: "đại biểu K. Nhiễu (Lâm Đồng)")
    + "|" + lexicon.alternatives(("đbqh", "đb", "đại biểu"), r"(?:\s+quốc hội)?(?:\s*\(\w+\))?\s+"
                                 r"(?:[^()\n,.;:]|(?<=\w)\.(?=\s)){3,35}\(\s*$", word_start=True))


#: the place of a case talked over, not of the meeting: "vụ việc ở Yên Bái", "vụ bổ nhiệm lãnh đạo ở Hải Dương",
#: "(nhất là vụ việc tại xã Đồng Tâm, Hà Nội)" - "vụ" as a case, not "chức vụ", "dịch vụ", "nhiệm vụ", "Quốc vụ",
#: nor the ministry's "Nội vụ" ("buổi họp báo ... của Bộ Nội vụ diễn ra chiều 27/6 tại Hà Nội")
#: "vụ" as a case, not a duty, a service or a post ("chức vụ", "dịch vụ", "nhiệm vụ", "thời vụ" ...)
_CASE_VU = (r"(?<!\w)(?<!chức )(?<!dịch )(?<!nhiệm )(?<!quốc )(?<!thường )(?<!nghĩa )(?<!thời )(?<!công )"
            r"(?<!phục )(?<!nghiệp )(?<!đặc )(?<!nội )(?<!ngoại )(?<!tài )(?<!quân )vụ")
_INCIDENT = lexicon.WordLed(_CASE_VU + r"(?:\s+(?:việc|án|tai nạn|cháy|nổ))?\s[^.,;:()]{0,25}?(?:tại|ở)"
                            r"(?:\s+(?:xã|phường|huyện|quận|thị xã|tỉnh|thành phố|tp\.?)\s+[^.,;:()]{1,20}?,)?\s+$")


#: "tại / ở" in a clause telling of a case the meeting talked over, where the case happened: "họp báo thông tin chính thức
#: về vụ bắt giữ nghi phạm ... trong vụ cướp ngân hàng táo tợn xảy ra tại thị xã Duyên Hải", "Về vụ việc 8 người tử vong
#: khi chạy thận ở BVĐK tỉnh Hòa Bình, ngày 27/6, ...", "Liên quan đến vụ 17 người nhập viện sau khi ăn cơm gà ở Đà Nẵng",
#: "trả lời thắc mắc của báo chí về trường hợp diễn viên hài Minh Béo phạm tội ấu dâm ở Mỹ", "sự cố y khoa ... tại" (the
#: case word, then its clause up to "tại", no comma between; "vụ" as in _INCIDENT, and not a department's "Vụ trưởng").
#: At home only, as _INCIDENT: abroad, the officials who speak of a case are mostly where it happened ("Cảnh sát trưởng
#: London, bà Cressida Dick hôm 4/6 cho biết, ... số thương vong trong vụ khủng bố ở London đã tăng")
_CASE_AT = re.compile(r"(?:" + _CASE_VU + r"(?!\s+(?:trưởng|phó)(?!\w))"
                      r"|(?<!\w)(?:sự\s+(?:việc|cố)|trường\s+hợp|xảy\s+ra|liên\s+quan\s+(?:đến|tới)))(?!\w)([^.,;:!?()\n]{0,90})$")
#: ... unless the clause names the meeting or its holding after the case word ("vụ việc được đưa ra tại hội nghị")
_CASE_AT_EVENT = re.compile(r"(?<!\w)(?:diễn ra|tổ chức|khai mạc|họp|chủ trì)(?!\w)")


#: "tại" after a stake: the company the capital is held in, not where anything sat: "đang đàm phán để thoái vốn tại SHB
#: Finance", "thông tin về tình hình thoái vốn tại Tổng công ty Bia- Rượu- Nước giải khát Hà Nội (Habeco)", "thoái 100%
#: vốn Nhà nước tại Công ty CP sứ Bát Tràng", "mua lại toàn bộ phần vốn góp của đối tác tại Công ty TNHH HAI Long An",
#: "chuyển nhượng vốn của SHB tại SHB Lào", "người đại diện vốn chủ sở hữu nhà nước tại NAPAS", "sở hữu 25% số cổ phần
#: có quyền biểu quyết tại PV Gas D"
_CAPITAL_AT = re.compile(r"(?<!\w)(?:vốn|cổ phần)(?:\s+(?:nhà nước|nn|góp|xong|chủ sở hữu|có quyền biểu quyết|"
                         r"của(?:\s+[^\s.,;:()]+){1,2}?)){0,3}\s+$")


#: a state of affairs the meeting talks over, right before "tại / ở", not where it sits: "Ngoại trưởng các nước EU đã
#: họp bàn về các vấn đề liên quan tình hình tại Ukraine", "trọng tâm là cuộc khủng hoảng tại Syria", "buổi thảo luận
#: ..., vấn đề quá tải tại sân bay Tân Sơn Nhất", "giảm căng thẳng ở Đông Ukraine" (places_topic_words.txt, at most one
#: word between, written lower case: "tình hình dịch ở Campuchia", not a place's name: "họp bàn về chiến sự Syria tại
#: Astana"); not a state seen on a visit or checked: "khảo sát tình hình sạt lở bờ biển Tây tại Cà Mau", "kiểm tra
#: tình hình tại cơ sở"
_TOPIC_CHECKED = re.compile(r"(?:" + lexicon.alternation(lexicon.words("places_topic_checked.txt"), word_start=True)
                            + r")\s+$")


@cache
def _topic_at() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(" + lexicon.alternation(lexicon.words("places_topic_words.txt"), spaces=True)
                      + r")(?:\s+(?P<gap>[" + lexicon.LOWER + r"]+))?\s+$")


def _topic_before(doc: Doc, at: int) -> bool:
    """Whether the place after "tại / ở" at `at` is a topic's (_topic_at), read on the folded text (the word between
    lower case in the text itself)."""
    m = _topic_at().search(doc.low, max(0, at - 40), at)
    return bool(m) and not (m.group("gap") and not doc.text[m.start("gap")].islower()) \
        and not _TOPIC_CHECKED.search(doc.low, max(0, m.start() - 20), m.start())


def _set_topics_aside(found: list[Candidate]) -> tuple[list[Candidate], Candidate | None]:
    """The readings without the topics' places (_topic_at), and the topic's reading when it would have been chosen:
    then, unless another place is stated, no place is given rather than one implied by how often it is named ("tình
    hình dịch ở Campuchia" in a report of Kiên Giang's meeting that does not say where it sat)."""
    rest = [c for c in found if c.why != "topic"]
    if len(rest) == len(found):
        return found, None
    best = _best([replace(c) for c in found])  # (_best adds up a group's support on its copies)
    if best is None or best.why != "topic":
        return rest, None
    # nor is the topic's place stated by its weaker mentions, which the topic outweighs: "Cục Quản lý lao động ngoài
    # nước đã có buổi làm việc với các doanh nghiệp đưa người lao động đi làm việc tại Qatar" beside "chưa có biến
    # động hay chịu ảnh hưởng của tình hình tại Qatar" (a working session at home)
    return [c for c in rest if not (c.why == "at" and (c.province, c.country) == (best.province, best.country)
                                    and c.score < _STATED_MIN)], best


#: a figure's place in a comparison, not a venue: "có 36% DN Mỹ ... dự định mở rộng kinh doanh tại Việt Nam (so
#: với 48% ở Indonesia, 21% ở Thái Lan)", "36% doanh nghiệp Mỹ dự định mở rộng kinh doanh, cao hơn ở Thái Lan (21%)"
#: - a share right before "ở / tại", or in brackets right after the place
_FIGURE_BEFORE = re.compile(r"\d\s*(?:%|phần trăm)\s*$")
_FIGURE_AFTER = re.compile(r"\s*\(\s*\d[\d.,]*\s*(?:%|phần trăm)")
#: ... or what the news is compared with, in the same clause: "thu hút hơn 2000 đại biểu, nhiều gấp 4 lần so với hội
#: nghị đầu tiên tại Thành phố Hồ Chí Minh", "so với Hội nghị lần trước tổ chức tại TPHCM thì tính gay gắt đã giảm"
_COMPARED = r"(?<!\w)so\s+với(?!\w)[^.,;:!?()\n]{0,70}"
_COMPARED_BEFORE = re.compile(_COMPARED + "$")


#: a sentence that opens on an earlier occasion, away from the event's own: "Trước đó, vào sáng 10/5, tại TP Hồ Chí Minh đã
#: diễn ra Hội nghị công bố quyết định ..." in a report of the meeting held the next day at the Ban Kinh tế Trung ương
_EARLIER = re.compile(r"\W*trước\s+đó\s*,")


#: a business named after a place: "Ngân hàng TMCP Sài Gòn Thương Tín", "Tổng công ty Tân cảng Sài Gòn", "Công ty
#: CP Bia Hà Nội" - the company word, then only capitalised words up to the place name (led by its first letters, as
#: _CONSTITUENCY)
_COMPANY_BEFORE = re.compile(
    lexicon.alternatives(("Ngân hàng", "NH", "TMCP", "Công ty", "Cty", "CTCP", "Tổng công ty", "Tổng Công ty", "Tập đoàn",
                          "Hãng"),
        # (a dash may join two names: "Ngân hàng TMCP Sài Gòn - Hà Nội (SHB) tổ chức họp đại hội đồng cổ đông")
        r"(?:(?:\s+|\s*[-–]\s*)[A-ZĐ0-9][\w.&-]*)*(?:\s+|\s*[-–]\s*)$", word_start=True)
    # ... or a plant: "Nhà máy đạm Ninh Bình", "Nhà máy Nhiên liệu sinh học Ethanol Phú Thọ"
    + r"|N(?<!\wN)hà máy(?:\s+[\w.&-]+){1,5}?\s+$")

#: a business's office or branch, then "tại": where the business sits, not where anything was held: "Ông Wataru
#: Fujisaki - Trưởng đại diện văn phòng Tokyo Gas Asia tại Hà Nội", "chi nhánh Vietcombank tại TP.HCM" (its name
#: capitalised)
_OFFICE_BEFORE = re.compile(r"(?<!\w)(?:[Vv]ăn phòng|[Cc]hi nhánh)(?:\s+đại diện)?(?:\s+[" + lexicon.UPPER
                            + r"][\w.&-]*){1,6}\s+$")

#: the last photo credit before a place, in the sentence the splitter read ("... ở Tampa, Florida ngày 6/2. Ảnh:
#: AFP/TTXVN Phát biểu trong cuộc gặp ... tại thủ đô Washington")
_CREDIT_BEFORE = re.compile(r"(?<!\w)(?:ảnh|nguồn)\s*:")


def _after_credit(before: str) -> str:
    """The words before a place past the last photo credit among them (all of them when none is)."""
    last = None
    for last in _CREDIT_BEFORE.finditer(before):  # (one linear pass: no ".*" tried at every start)
        pass
    return before[last.end():] if last else before


#: a research or teaching body a person is linked to, then "ở / tại": where a speaker works, never a venue ("Ông Andrei
#: Kolesnikov thuộc Trung tâm nghiên cứu Carnegie ở Moskva nhận định", "ông Moon Chung-in, Giáo sư Đại học Yonsei ở
#: Seoul"; not "tại Trung tâm Hội nghị Quốc gia ở Hà Nội", nor a body that holds the meeting: "Viện Hồ Chí Minh ở Saint
#: Petersburg ... đã tổ chức hội thảo")
#: (a bare "của / thuộc", places_affiliations.txt "link", only after a person's name, its last word capitalised, group
#: "name": not a meeting's or a venue's own "của", "Hội nghị thường niên của Quỹ Tiền tệ Quốc tế tại Washington", "tại
#: trụ sở của Viện Hàn lâm Khoa học xã hội Việt Nam ở Hà Nội", "tại giảng đường của Trường Đại học Bách khoa ở Hà Nội";
#: a post's, "Chuyên gia cao cấp của Trung tâm Đông - Tây", is read with the post)
@cache
def _affiliation_before() -> re.Pattern[str]:
    by = lexicon.alternation(lexicon.tagged("places_affiliations.txt", "post"), spaces=True)
    links = lexicon.alternation(lexicon.tagged("places_affiliations.txt", "link"), spaces=True)
    bodies = lexicon.alternation(lexicon.words("places_institutes.txt"), spaces=True)
    return re.compile(rf"(?<!\w)(?:(?:{by})(?:(?:\s+[\w-]+){{0,3}}?\s+(?:{links}))?|(?P<name>[\w.-]+)\s+(?:{links}))"
                      rf"\s+(?:{bodies})(?:\s+[\w.&'’-]+){{1,8}}?\s+$")


#: a meeting's or a venue's noun in the words a bare "của / thuộc" follows (_affiliation_before): no person's link
_NOT_A_PERSON = re.compile(r"(?<!\w)(?:trụ\s+sở|hội\s+trường|giảng\s+đường|phòng|nhà|tòa\s+nhà|khách\s+sạn|cơ\s+sở)(?!\w)")


def _affiliated(doc: Doc, at: int) -> bool:
    """Whether the place at `at` is where a research or teaching body a person is linked to sits (_affiliation_before):
    the link a post, or a bare "của / thuộc" right after a person's name and no meeting's nor venue's noun in its
    clause."""
    m = _affiliation_before().search(doc.low, max(0, at - 80), at)
    if not m or m.group("name") is None:
        return bool(m)
    if not doc.text[m.start("name")].isupper():
        return False
    clause = max(doc.low.rfind(mark, max(0, m.start() - 60), m.start()) for mark in ",;:(\n.!?")
    words = doc.low[max(clause + 1, m.start() - 60):m.end("name")]
    return not (_event_re().search(words) or _NOT_A_PERSON.search(words))


#: a newspaper or a broadcaster named after its city, the source of the news, not where it happened: "thông tin như
#: vậy với Pháp Luật TP.HCM", "báo Hà Nội Mới", "Đài Truyền hình TP.HCM"
_OUTLET_BEFORE = re.compile(r"(?<!\w)(?:báo|tờ|pháp luật|đài truyền hình|đài phát thanh và truyền hình)\s+$")


#: a place abroad written after "tại" then its country after a comma: "tại Brussel, Bỉ", "tại Ham-buốc, Đức" (a short
#: country's name, read as a place only in context)
_PLACE_THEN_COMMA = re.compile(r"(?<!\w)(?:[Tt]ại|[Ởở])\s+[" + lexicon.UPPER + r"][\w.-]*(?:\s+[" + lexicon.UPPER
                               + r"][\w.-]*){0,3}\s*,\s*$")
#: ... not one of a list of places: "ở Châu Âu, Mỹ, Singapore" (the next item a place of the gazetteer; not the
#: sentence going on: "Ngày 26/5, tại Taormina, Ý, Thủ tướng Nhật Bản ...")
_LIST_GOES_ON = re.compile(r"\s*(?:,|và|hay|hoặc)\s+(?P<item>[" + lexicon.UPPER + r"][\w.-]*(?:\s+[" + lexicon.UPPER
                           + r"][\w.-]*){0,3})")
#: a lower-case head word, then a capitalised name: "phòng Bầu Dục", "cung điện Versailles"
_LOWER_HEAD = re.compile(r"[" + lexicon.LOWER + r"]+(?:\s+[" + lexicon.LOWER + r"]+)?\s+[" + lexicon.UPPER + r"]")


def _list_goes_on(text: str, at: int) -> bool:
    """Whether a place of the gazetteer follows at `at` as the next item of a list (_LIST_GOES_ON)."""
    m = _LIST_GOES_ON.match(text, at)
    if not m:
        return False
    words = m.group("item").split()
    table = gazetteer()
    return any(_key(" ".join(words[:n])) in table for n in range(1, len(words) + 1))


@cache
def _foreign_venues() -> frozenset[str]:
    """The seats and landmarks abroad (places_foreign.json venues), keyed as the gazetteer is."""
    return frozenset(_key(name) for name in lexicon.table("places_foreign.json")["venues"])


def _hits(doc: Doc) -> list[Hit]:
    """Every gazetteer name written as a place (capitalised, not inside a person's name)."""
    table = gazetteer()
    persons = _person_words()
    out: list[Hit] = []
    links = read_more_links(doc.text)
    for m in _names_re().finditer(doc.low):
        ns = m.start("name")
        if links and in_read_more(links, ns):
            continue  # a link to another story: "[Các nhà đàm phán TPP sẽ nhóm họp vào giữa tháng 7 tại Nhật Bản]"
        entries = table.get(_key(m.group("name")))
        if not entries:
            continue
        if not doc.text[ns].isupper() and not (doc.low.startswith("trụ sở ", ns) and any(e.kind == "venue" for e in entries)
                                               and doc.text[ns + 7:ns + 8].isupper()) \
                and not (_key(m.group("name")) in _foreign_venues() and _LOWER_HEAD.match(doc.text, ns)):
            continue  # (a headquarters is written "trụ sở Bộ Quốc phòng": the body's name keeps its capital; a landmark
            # abroad often opens lower case, its name kept: "cuộc gặp riêng 15 phút tại phòng Bầu Dục")
        pre = m.group("pre")
        pre = pre.replace(".", "") if pre else None
        before = doc.low[max(0, m.start() - 20):m.start()]
        # (a place's name right after a venue's is the place whose venue it is: "tại Nhà Quốc hội Lào", "Trụ sở Quốc
        # hội Mỹ", "Nhà hát Lớn Hải Phòng" - not the hall of the same name in Hà Nội; but a name that goes on is a
        # place's own: "Trung tâm Hội nghị Quốc gia Mỹ Đình")
        after_venue = (bool(out) and out[-1].entry.kind == "venue" and not doc.text[out[-1].end:m.start()].strip()
                       and not _NAME_GOES_ON.match(doc.text, m.end()))
        in_context = bool(pre) or bool(_CONTEXT_BEFORE.search(before)) or after_venue or (
            not (out and out[-1].entry.kind in _DOMESTIC and out[-1].end > m.start() - 40)
            and bool(_PLACE_THEN_COMMA.search(doc.text, max(0, m.start() - 40), m.start()))
            and not _NAME_GOES_ON.match(doc.text, m.end()) and not _list_goes_on(doc.text, m.end()))
        if not pre:
            if _HONORIFIC_BEFORE.search(before):
                continue
            w = _WORD_BEFORE.search(doc.text[max(0, ns - 12):ns])
            if w and w.group(1) in persons and w.group(1)[0].isupper():
                continue
            if _COMPANY_BEFORE.search(doc.text, max(0, ns - 60), ns):
                continue  # a company's name, not a place it is in (the guidelines: never from an organiser's name)
        if _OUTLET_BEFORE.search(doc.low, max(0, m.start() - 32), m.start()):
            continue  # the newspaper the news came from: "Pháp Luật TP.HCM"
        entry = _choose(entries, pre, in_context)
        if entry is None or _CONSTITUENCY.search(doc.low, max(0, m.start() - 40), m.start()) or (
                entry.kind in _DOMESTIC and _INCIDENT.search(doc.low, max(0, m.start() - 45), m.start())):
            continue  # (a deputy's constituency, or where a case happened, is not where anything is held)
        if entry.kind in ("province", "city", "district") and not _title_case(doc.text[ns:m.end()]):
            continue  # "Hòa bình là khát vọng": the word, not the province
        if after_venue:
            out.pop()  # (the place is the venue's: no vote for the province of the hall of the same name)
        out.append(Hit(m.start() if pre else ns, m.end(), ns, entry, pre))
    return _abroad_when_named_so(out, table)


def _abroad_when_named_so(hits: list[Hit], table: dict[str, tuple[Entry, ...]]) -> list[Hit]:
    """Hà Nam next to Trung Quốc is the Chinese province: a name both Vietnamese and foreign goes with its neighbours."""
    countries = [h for h in hits if h.entry.kind in ("country", "fcity")]
    if not countries:
        return hits
    out = []
    for h in hits:
        if h.entry.kind in ("province", "ambiguous"):
            foreign = next((e for e in table.get(_key(h.entry.name), ()) if e.kind == "ambiguous"), None)
            if foreign and any(abs(c.start - h.start) <= 80 for c in countries if c.entry.country == foreign.country):
                h = Hit(h.start, h.end, h.name_start, Entry("fcity", h.entry.name, country=foreign.country), h.prefix)
        out.append(h)
    return out


_SYLLABLE = re.compile(r"\w+")


def _title_case(name: str) -> bool:
    return all(w[0].isupper() or w[0].isdigit() for w in _SYLLABLE.findall(name))


def _choose(entries: tuple[Entry, ...], pre: str | None, in_context: bool) -> Entry | None:
    by_kind = {e.kind: e for e in entries}
    if "skip" in by_kind:
        return None
    province, city, district = by_kind.get("province"), by_kind.get("city"), by_kind.get("district")
    if "venue" in by_kind and pre is None:
        return by_kind["venue"]
    if district and pre not in _WARD_PREFIXES and (pre in _LOCAL_PREFIXES or pre in _CITY_PREFIXES
                                                    or (pre is None and in_context and not province)):
        return district  # (not a ward or a commune of the same name: "phường Tân Bình, thị xã Dĩ An" is in Bình Dương)
    if pre in _LOCAL_PREFIXES:  # huyện Phú Quốc, thị trấn Sa Pa: a place inside a province, never the province
        return Entry("city", city.name, province=city.province) if city and pre == "thị trấn" else None
    if pre in _CITY_PREFIXES and city and not (province and province.centrally_run):
        return city
    if province and (not province.strict or in_context):
        return province
    if "ambiguous" in by_kind:
        return by_kind["ambiguous"]
    if city and (not city.strict or in_context):
        return city
    for kind in ("country", "fcity"):
        e = by_kind.get(kind)
        if e and pre in (None, "tp", "thành phố", "thủ đô", "tỉnh") and (not e.strict or in_context):
            return e
    return None


_DOMESTIC = frozenset({"province", "city", "district", "venue"})


def _province_of(entry: Entry) -> str:
    return entry.name if entry.kind in ("province", "ambiguous") else entry.province


# --- text around a mention ------------------------------------------------------------------------------

# (led by a character set: the engine skips to the next mark instead of trying every position)
# (a run of marks is tried once, from its first mark, and taken whole: linear on "....." × 100k)
_SENTENCE_END = re.compile(r"[\n.!?…](?:(?<=\n)|(?<![.!?…][.!?…])[.!?…]*+[\"”’)]*\s+(?=[^\sa-zđà-ỹ]))")
_DATED = re.compile(
    r"(?<!\w)(?:(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+(?:\d|nay|qua|mai)|\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|tháng\s+\d)"
)
_QUOTES = re.compile(r"[“”\"]")


@cache
def _event_re() -> re.Pattern[str]:
    # (the kinds as they stand on their own lines: "hội nghị", "kỳ họp"; not the surfaces read as one of them)
    kinds = {fold(k) for k in lexicon.own_labels("event_kinds.txt")} | {"sự kiện", "chương trình"}
    return re.compile(r"(?:" + lexicon.alternation(kinds, word_start=True) + r")(?!\w)")


class _Sentences:
    def __init__(self, doc: Doc, hits: list[Hit] | None = None):
        """`hits`: the place names read in the text; no sentence ends inside one, at the dot of its "TP." ("Ngày
        25/10/2018, tại Trường Đại học Tôn Đức Thắng (TP. Hồ Chí Minh); Liên Chi hội ... tổ chức Hội thảo": one
        sentence, its venue and its meeting)."""
        self.doc = doc
        ends = [m.end() for m in _SENTENCE_END.finditer(doc.text)]
        if hits and ends:
            names = {h.name_start for h in hits if doc.text.find(".", h.start, h.name_start) >= 0}
            ends = [end for end in ends if end not in names]  # (a dot's end is where the name starts)
        self.starts = [0] + ends

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        start = self.starts[i]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.doc.text)
        return start, end

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1


def _in_quotes(doc: Doc, pos: int) -> bool:
    line_start = doc.text.rfind("\n", 0, pos) + 1
    before = doc.text[line_start:pos]
    opened = before.count("“") - before.count("”")
    return opened > 0 or before.count('"') % 2 == 1


class _QuoteCounter:
    """_in_quotes for positions asked in increasing order, each character counted once (linear on a long line)."""

    def __init__(self, doc: Doc):
        self.doc, self.at, self.opened, self.straight = doc, 0, 0, 0

    def __call__(self, pos: int) -> bool:
        text = self.doc.text
        if pos < self.at:
            return _in_quotes(self.doc, pos)
        newline = text.rfind("\n", self.at, pos)
        if newline >= 0:
            self.at, self.opened, self.straight = newline + 1, 0, 0
        part = text[self.at:pos]
        self.opened += part.count("“") - part.count("”")
        self.straight += part.count('"')
        self.at = pos
        return self.opened > 0 or self.straight % 2 == 1


# --- online ---------------------------------------------------------------------------------------------

_ONLINE_WORD = r"(?:trực tuyến|online|trực tuyển)"
_BRIDGED = re.compile(r"(?:hội nghị|họp|phiên họp|cuộc họp|giao ban|hội nghị giao ban)(?!\w)")
#: (substrings: one test each is faster than one regex over the set)
_ONLINE_CUES = ("trực tuy", "online", "điểm cầu", "đầu cầu", "zoom", "webinar", "livestream", "phát trực tiếp", "webex",
                "teams", "google meet")
_HYBRID = re.compile(
    r"điểm cầu (?:chính|trung tâm|trung ương)|trực tiếp\s*(?:kết hợp(?: với)?|và|hoặc|,|vừa|lẫn|cùng|song song với)\s*"
    r"(?:hình thức\s+)?" + _ONLINE_WORD
    + r"|" + _ONLINE_WORD + r" (?:kết hợp|và) (?:hình thức\s+)?trực tiếp|kết hợp (?:giữa\s+)?(?:hình thức\s+)?"
    + r"(?:trực tiếp|" + _ONLINE_WORD + r")|(?:kết nối|truyền hình) " + _ONLINE_WORD
    + r" (?:với|tới|đến|từ|giữa)|hình thức trực tiếp"
)
#: a meeting said to sit in person, where "họp trực tuyến" tells of others (earlier ones, in the pandemic); a hybrid,
#: "hội nghị trực tiếp kết hợp trực tuyến", is read before it (_HYBRID)
_IN_PERSON = re.compile(r"(?<!\w)(?:hội nghị|hội thảo|họp|phiên họp|kỳ họp|cuộc gặp|gặp gỡ) trực tiếp(?!\w)")
#: some of those at it joined online, the meeting itself sat somewhere: "Tham gia buổi họp phòng chống dịch bệnh chiều nay
#: theo hình thức trực tuyến, đại diện Cảng vụ hàng không miền Bắc cho biết", "tham dự Hội nghị qua hình thức trực tuyến
#: còn có lãnh đạo 63 tỉnh, thành phố", "với sự tham dự của lãnh đạo tất cả các địa phương ... theo hình thức trực tuyến"
_JOINED_ONLINE = re.compile(r"(?<!\w)(?:tham gia|tham dự|dự|kết nối)(?:\s+[^\s.;!?]+){0,14}?\s+$")
_ONLINE_STRONG = re.compile(
    r"(?:theo|dưới|bằng|qua) hình thức (?:họp\s+|hội nghị\s+|truyền hình\s+)?" + _ONLINE_WORD
    + r"|(?:qua|trên) (?:nền tảng|ứng dụng|phần mềm|hệ thống|hình thức)?\s*(?:zoom|google meet|microsoft teams|ms teams|webex)"
    + r"|" + _ONLINE_WORD + r" (?:qua|trên) (?:nền tảng |ứng dụng |phần mềm )?(?:zoom|google meet|teams|webex|facebook|youtube)"
    + r"|w(?<!\ww)ebinar(?!\w)"  # ("starts a word" asserted after the w: every branch is led by a letter, so the engine
)                                # skips ahead to the next candidate instead of trying every place)


#: a count of bridge points written out: "với ba đầu cầu Hà Nội, TP.HCM, Đà Nẵng", "với hai điểm cầu"
_NUMBER_WORDS = "hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"


@cache
def _online_weak_re() -> re.Pattern[str]:
    # (not "hội nghị trực tuyến = hội nghị": a surface line, the strong cue itself)
    kinds = sorted({fold(k) for k in lexicon.own_labels("event_kinds.txt")}, key=len, reverse=True)
    # each branch led by its words' letters, "starts a word" asserted after the first (lexicon.alternation: a trie, the
    # longest kind first as the plain alternation), so that the engine skips ahead instead of trying every place
    kind = lexicon.alternation(kinds, word_start=True)
    return re.compile(
        # (or with its quoted name and the verb between: "buổi toạ đàm “Chung tay vì một xã hội đọc sách hay, làm điều
        # tốt” được tổ chức trực tuyến của Thư viện tỉnh ...", "hội thảo được tổ chức trực tuyến")
        rf"(?:{kind})(?:(?:\s+[\w-]+){{0,2}}?|\s*[“\"][^”\"\n]{{1,200}}[”\"])"
        rf"(?:\s*,?\s+(?:được\s+)?(?:tổ chức|diễn ra))?\s+{_ONLINE_WORD}(?!\w)"
        rf"|(?:t(?<!\wt)ại|v(?<!\wv)ới|ở(?<!\wở))\s+(?:hơn\s+|gần\s+)?(?:\d+|{_NUMBER_WORDS})\s+điểm cầu"
        # ("đầu cầu" only after "với": "tại hai đầu cầu Nhị Thiên Đường" are the ends of a road bridge)
        rf"|v(?<!\wv)ới\s+(?:hơn\s+|gần\s+)?(?:\d+|{_NUMBER_WORDS})\s+đầu cầu"
        rf"|(?:l(?<!\wl)ivestream|p(?<!\wp)hát trực tiếp)\s+(?:trên|qua)"
    )


_ROOM_BEFORE = re.compile(r"(?<!\w)phòng\s+$")
#: where something was said or done, right before the phrase: "đã kiến nghị như thế tại hội nghị trực tuyến"
_SAT_AT = re.compile(r"(?<!\w)(?:tại|trong|qua|ở|dự|tham dự|tham gia)(?:\s+(?:các|một|những))?"
                     r"(?:\s+(?:buổi|cuộc|phiên))?\s+$")
#: how far back in its sentence a wish may stand before the phrase
_WISH_REACH = 200


@cache
def _wishes() -> re.Pattern[str]:
    return re.compile(lexicon.alternation(lexicon.table("places_words.json")["wished_online"], word_start=True)
                      + r"(?!\w)")


def _wished(low: str, at: int) -> bool:
    """Whether the online phrase at `at` is what a wish or a proposal earlier in its sentence asks for (places_words.json
    "wished_online"): "bày tỏ mong muốn thực hiện nhiều chương trình hợp tác ... như trao đổi tài liệu, hội thảo trực
    tuyến về nghề thư viện" - not how the meeting reported sat."""
    start = max(low.rfind(".", 0, at), low.rfind("\n", 0, at), at - _WISH_REACH) + 1
    wishes = list(_wishes().finditer(low, start, at))
    return bool(wishes) and not _SAT_AT.search(low, wishes[-1].end(), at)


def _web_name(phrase: str) -> bool:
    """Whether a kind then "Online" is a website's name: "diễn đàn VMH Online" (a forum on the web, not a meeting):
    a capitalised word right before it."""
    words = phrase.split()
    return len(words) >= 3 and words[-1] == "Online" and words[-2][:1].isupper()


def _online(doc: Doc) -> tuple[str | None, Span | None]:
    """'hybrid', 'strong', 'bridged', 'weak' or None, with the phrase's span."""
    if not any(cue in doc.low for cue in _ONLINE_CUES):
        return None, None
    hybrid = _HYBRID.search(doc.low)
    if hybrid:
        return "hybrid", hybrid.span()
    strong = list(_ONLINE_STRONG.finditer(doc.low))
    if strong:
        if all(_JOINED_ONLINE.search(doc.low, max(0, m.start() - 120), m.start()) for m in strong):
            return "hybrid", strong[0].span()
        return "strong", strong[0].span()
    # (not a website's name: "thành viên diễn đàn VMH Online - lịch sử quân sự Việt Nam", the words before "Online"
    # capitalised)
    # (nor a room named for such meetings, where this one sat: "buổi làm việc tiếp tục diễn ra tại Phòng Hội thảo trực
    # tuyến với phiên trao đổi chuyên sâu")
    # (nor what a wish asks for: "mong muốn thực hiện nhiều chương trình hợp tác ... như ..., hội thảo trực tuyến")
    weak = next((m for m in _online_weak_re().finditer(doc.low) if not _web_name(doc.text[m.start():m.end()])
                 and not _ROOM_BEFORE.search(doc.low, max(0, m.start() - 8), m.start())
                 and not _wished(doc.low, m.start())), None)
    if weak and _IN_PERSON.search(doc.low):
        return None, None  # "Đây là hội nghị trực tiếp lần đầu tiên ... sau gần 18 tháng các Hội nghị ASEAN phải họp trực tuyến"
    if weak:
        # "hội nghị trực tuyến", "họp trực tuyến": a bridged meeting, held somewhere; "hội thảo trực tuyến": a webinar
        return ("bridged" if _BRIDGED.match(weak.group(0)) else "weak"), weak.span()
    return None, None


# --- candidates -----------------------------------------------------------------------------------------


@dataclass
class Candidate:
    score: float
    province: str | None = None
    city: str | None = None
    country: str | None = None
    venue: str | None = None
    text: str | None = None
    span: Span | None = None
    spans: dict[str, list[Span]] | None = None
    inferred: bool = False
    why: str = ""
    passing: bool = False  # a place abroad in a sentence that tells nothing of the event (PASSING_ABROAD)


_AT = re.compile(r"(" + lexicon.alternation(("tại", "ở", "diễn ra ở"), word_start=True) + r")\s+")
_SEGMENT_SPLIT = re.compile(r"\s*[,(]\s*|\s*\)\s*|\s+[-–—]\s+(?=(?:tỉnh|thành phố|tp|quận|huyện|số|phường|xã)\b)")


#: the words after "tiếp" that make it no reception ("tiếp tục", "tiếp cận", "tiếp xúc" ...)
TIEP_NOT_MET = r"(?:tục|theo|cận|nhận|xúc|đón|sức|thu|đó)"
#: the words after "gặp" that make it no meeting ("gặp khó khăn", "gặp phải", "gặp nhiều rắc rối")
GAP_NOT_MET = r"(?:khó|phải|nạn|sự\s+cố|nhiều|rắc\s+rối|trở\s+ngại|trục\s+trặc)"
#: a meeting's own verb, "gặp (gỡ)" or "tiếp", not "trực tiếp", "liên tiếp", "gián tiếp" (used after (?<!\w))
MEETS_VERB = (r"(?<!trực )(?<!liên )(?<!gián )(?:gặp(?:\s+gỡ)?(?!\s+" + GAP_NOT_MET + r"(?!\w))|tiếp(?!\s+"
              + TIEP_NOT_MET + r"(?!\w)))")


#: the documents a place phrase may name instead of a place: "tại Nghị định 15" (directions_documents.txt)
_NOT_VENUE_DOCUMENTS = lexicon.tagged("directions_documents.txt", "not_venue")


def _one_of(name: str, extra: tuple[str, ...] = ()) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted((*lexicon.table("places_words.json")[name], *extra), key=len,
                                                              reverse=True)) + ")"


@dataclass(frozen=True)
class _Rules:
    """The regexes built from places_words.json."""

    phrase_stop: re.Pattern[str]
    address: re.Pattern[str]
    not_venue: re.Pattern[str]
    centre_of: re.Pattern[str]
    occasion: re.Pattern[str]
    arena: re.Pattern[str]
    at_compound: re.Pattern[str]
    o_compound: re.Pattern[str]
    venue_head: re.Pattern[str]
    venue_head_of_body: re.Pattern[str]
    venue_head_alone: re.Pattern[str]
    arrival_venue: re.Pattern[str]
    org_head: re.Pattern[str]
    host_verb: re.Pattern[str]
    visit: re.Pattern[str]
    welcome: re.Pattern[str]
    celebrated: re.Pattern[str]
    travel_before: re.Pattern[str]
    attend_after: re.Pattern[str]
    elsewhere: re.Pattern[str]
    trip: re.Pattern[str]
    elsewhere_far: re.Pattern[str]
    located: re.Pattern[str]
    located_address: re.Pattern[str]
    other_time: re.Pattern[str]
    project: re.Pattern[str]
    firm_seat: re.Pattern[str]
    venue_label: re.Pattern[str]
    abroad_told_by: re.Pattern[str]


@cache
def _rules() -> _Rules:
    return _Rules(
        phrase_stop=re.compile(rf"[;:?!\n]|\.(?:\s|$)|\s(?:{_one_of('phrase_stops')}|của [a-zđà-ỹ])(?!\w)"),
        address=re.compile(rf"^(?:{_one_of('address_heads')}|\d)(?!\w)(?!\s+ủy)"),
        not_venue=re.compile(rf"^{_one_of('not_venues', _NOT_VENUE_DOCUMENTS)}(?!\w)"),
        # "trung tâm nước Đức", "trung tâm của thủ đô London": the words up to the place described
        centre_of=re.compile(rf"^{_one_of('centre_of')}(?:\s+của)?\s+"),
        occasion=re.compile(rf"^{_one_of('occasions')}(?!\w)"),
        arena=re.compile(rf"^{_one_of('arenas')}(?!\w)\s*"),
        # "tại" as the second syllable of a word: "Hiện tại Đồng Nai có 170 đơn vị hành chính" says "currently"
        at_compound=re.compile(rf"(?<!\w){_one_of('at_compounds')}\s+$"),
        # ... and "ở" of a noun: "nhà ở xã hội" (housing), "nơi ở", "chỗ ở"
        o_compound=re.compile(rf"(?<!\w){_one_of('o_compounds')}\s+$"),
        venue_head=re.compile(rf"^{_one_of('venue_heads')}(?!\w)"),
        venue_head_of_body=re.compile(rf"^{_one_of('venue_heads_of_a_body')}(?!\w)"),
        venue_head_alone=re.compile(rf"^{_one_of('venue_heads_alone')}$"),
        arrival_venue=re.compile(rf"{_one_of('arrival_venues')}(?!\w)"),  # (matched at the phrase's start)
        org_head=re.compile(rf"(?<!\w){_one_of('org_heads')}(?!\w)"),
        host_verb=re.compile(
            r"^[^.;:\n!?]{0,80}?(?:\s|^)(?:đã\s+|sẽ\s+|vừa\s+|long trọng\s+|trọng thể\s+|chính thức\s+)?"
            rf"(?:phối hợp\s+(?:với\s+)?[^.;\n]{{0,80}}?)?{_one_of('host_verbs')}(?!\w)"
        ),
        visit=re.compile(rf"(?<!\w){_one_of('visit_words')}(?!\w)"),
        # (scanned over the whole text: the (?<!\w) asserted after the first letter, so the engine skips ahead)
        welcome=re.compile(rf"(?:{lexicon.alternation(lexicon.table('places_words.json')['welcome_words'], word_start=True)})(?!\w)"),
        # "chào mừng" then an occasion celebrated, no one welcomed: "bắn pháo hoa chào mừng khai trương du lịch",
        # "chào mừng 49 năm Ngày truyền thống" (not a gathering greeted: "chào mừng Ngày hội văn hóa các dân tộc",
        # "chào mừng 2 ngày làm việc của hội nghị")
        celebrated=re.compile(rf"\s+(?!{_one_of('celebrated_not')}(?!\w))"
                              rf"(?:{_one_of('celebrated_occasions')}|\d+\s+năm)(?!\w)"),
        travel_before=re.compile(rf"(?<!\w){_one_of('travel_words')}\s+$"),
        elsewhere=re.compile(rf"(?<!\w)(?:{_one_of('elsewhere_before')}(?:\s+[\w/.,-]+){{0,3}}|"
                             rf"{_one_of('elsewhere_right_before')})\s*$"),
        # a trip's stop, not a workplace: "Chào mừng chuyến thăm và làm việc tại TP Hồ Chí Minh", "thăm, làm việc tại"
        trip=re.compile(rf"(?<!\w){_one_of('trip_before')}\s*,?\s*{_one_of('elsewhere_right_before')}\s*$"),
        elsewhere_far=re.compile(rf"(?<!\w){_one_of('elsewhere_before')}(?:\s+[\w/.,-]+){{0,3}}\s*$"),
        # where a company sits or a thing lies: "Công ty Cổ phần Đại Dương (có trụ sở đóng tại xã Thụy Hải, huyện Thái
        # Thụy, tỉnh Thái Bình)", "số ô tô đang được giữ tại cảng ở TP HCM"
        located=re.compile(rf"(?<!\w){_one_of('located_right_before')}\s*$"),
        # ... and the address after it, up to a place name ("giữ tại cảng ở TP HCM"), where no meeting is named
        located_address=re.compile(rf"(?<!\w){_one_of('located_right_before')}\s+(?:tại|ở)\s"
                                   rf"(?![^.;:!?()\n]*?(?:{_event_re().pattern}|{_CASE_AT_EVENT.pattern}))"
                                   r"[^.;:!?()\n]{0,90}$"),
        other_time=re.compile(rf"(?<!\w)(?:{_one_of('other_time')}|tháng \d+ tới)(?!\w)"),
        # a project's, a plant's or an airport's own name, up to the place it ends with, in one phrase:
        # "dự án bô xít, nhôm | Lâm Đồng", "Tổ hợp bô xít nhôm | Lâm Đồng", "nhà máy Saint-Gobain, | Hải Phòng"
        project=re.compile(rf"(?<!\w){_one_of('project_words')}(?!\w)[^.;:!?()\n\"“”]{{0,40}}$"),
        firm_seat=re.compile(rf"(?<!\w){_one_of('firm_words')}(?!\w)[^.;:!?()\n\"“”]{{1,60}}\(\s*$"),
        attend_after=re.compile(rf"[\s,]*(?:(?:để|nhằm)\s+)?{_one_of('attend_words')}\s+(?:các\s+|một\s+|cuộc\s+)?"),
        # what names the venue outright: "Địa điểm: ...", "địa điểm tổ chức ở Hà Nội"
        venue_label=re.compile(lexicon.alternation(lexicon.table("places_words.json")["venue_labels"], word_start=True)),
        # (a meeting's verb, not "tiếp tục", "trực tiếp", "gặp khó khăn": "... ở Bắc Kinh ... vẫn tiếp tục tăng")
        abroad_told_by=re.compile(rf"(?<!\w)(?:{MEETS_VERB}|{_one_of('abroad_told_by')})(?!\w)"),
    )


#: a meeting held by a local unit, told after it: "... do UBND TP. Đà Nẵng tổ chức", "do Sở Y tế tỉnh X chủ trì"
_HOSTED_BY = re.compile(r"(?<!\w)do\s+[^.;:!?\n]{0,36}$")
#: how far before "do" the meeting may be named, in the same sentence: "Tại hội nghị giao ban trực tuyến công tác quản
#: lý Nhà nước cấp huyện trên địa bàn thành phố Hà Nội sáu tháng đầu năm và triển khai nhiệm vụ sáu tháng cuối năm do
#: Sở Công Thương Hà Nội tổ chức ngày 12/7"
_HOSTED_REACH = 200
_HOSTS_AFTER = re.compile(r"\s*(?:phối hợp[^.;:!?\n]{0,60}?\s)?(?:tổ chức|chủ trì|đăng cai)(?!\w)")
#: a meeting named as a local body's own, "của" then the body right before its province: "Sáng 29/5, tại buổi họp báo
#: định kỳ tháng 5/2017 của Ủy ban nhân dân TP.HCM, đại diện Sở VH-TT đã trả lời ...", "Tại cuộc họp giao ban sáng 6/2
#: của UBND Hà Nội", "Tại kỳ họp bất thường vào ngày 11/6 của HĐND TPHCM" (the meeting word in the same clause, at most
#: 50 characters before "của"; not what the meeting talks over, a paper of the body: "cuộc họp xem xét đề xuất của
#: UBND tỉnh ...", places_words.json body_paper_before)
@cache
def _meeting_of_body() -> re.Pattern[str]:
    paper = _one_of("body_paper_before")
    return re.compile(rf"(?:{_event_re().pattern})(?![^.,;:!?()\n]{{0,50}}?\s{paper}(?!\w))"
                      rf"[^.,;:!?()\n]{{0,50}}?\scủa\s+" + _one_of("local_bodies") + r"\s+$")


#: how far after "Địa điểm:" the venue's province may stand
_VENUE_LABEL_REACH = 160
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*[-–—:]|,\s*(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2})")
_ADDRESS_LINE = re.compile(r"(?:^|\s)(?:địa chỉ|đường|phố|khu đô thị|kđt|phường|quận|huyện|số \d+|tầng \d+)(?!\w).*,\s*$")
_TITLE_PREFIX = re.compile(r"^[^\n:]{2,40}:\s")
_VENUE_MAX_WORDS = 14
#: a place told after the meeting's own name, with its own "ở / tại" right before it: "Đối thoại Shangri-La lần thứ 16 ở
#: Singapore", "Đối thoại an ninh và ngoại giao diễn ra ở thủ đô Oa-sinh-tơn"
_PLACE_TOLD_AFTER = re.compile(r"(?<!\w)(?:ở|tại)\s+$")
_VENUE_TAIL = re.compile(r"\s+[-–—]\s+(?:số|đường|phường|quận|huyện|xã)\b.*$", re.I)


#: a town's name: one to three capitalised words ("Bari", "Orlando", "San Francisco")
_CITY_NAME = re.compile(r"[" + lexicon.UPPER + r"][\w.-]*(?:\s+[" + lexicon.UPPER + r"][\w.-]*){0,2}")


def _phrase_after(doc: Doc, at_end: int, hits: list[Hit]) -> tuple[int, int, list[Hit], str | None]:
    """The place phrase after "tại": its start and end, the gazetteer hits in it, and a venue when it names one."""
    R = _rules()
    window_end = min(len(doc.text), at_end + 220)
    stop = R.phrase_stop.search(doc.low, at_end, window_end)
    end = stop.start() if stop else window_end
    lo = bisect.bisect_left(hits, at_end, key=lambda h: h.start)
    near = []
    for i in range(lo, len(hits)):  # (not hits[lo:]: a copy of the rest per phrase)
        h = hits[i]
        if h.start >= end:
            break
        end = max(end, h.end)  # a stop word or dot inside a name (TP. Hồ Chí Minh) does not end the phrase
        near.append(h)
    segments: list[tuple[int, int]] = []
    start = at_end
    for sep in _SEGMENT_SPLIT.finditer(doc.low, at_end, end):
        if any(h.start < sep.start() < h.end for h in near):
            continue
        if sep.start() > start:
            segments.append((start, sep.start()))
        start = sep.end()
    if start < end:
        segments.append((start, end))
    found: list[Hit] = []
    venue = None
    phrase_start = kept_end = at_end
    for i, (s, e) in enumerate(segments):
        seg_low = doc.low[s:e]
        seg_hits = [h for h in near if s <= h.start < e]
        address = bool(R.address.match(seg_low))
        if i == 0 and doc.text[s].islower():
            # the centre of a place is a description, no venue: "trung tâm nước Đức", "trung tâm TP Đà Lạt" (the place
            # it names stands, and the phrase's words start with it)
            centre = R.centre_of.match(seg_low)
            named = s + centre.end() if centre else -1
            if centre and (R.address.match(seg_low[centre.end():]) or any(h.start == named for h in seg_hits)):
                s = phrase_start = named
                seg_low = doc.low[s:e]
                address = True
        if i == 0:
            # a place named further into the phrase stands after a venue's head ("trụ sở UBND tỉnh ..."), not after
            # any word: "tại sao TP.HCM ..." asks why, "tại chỗ", "tại chức" are no places
            if R.not_venue.match(seg_low) or not (
                (seg_hits and seg_hits[0].start == s) or address or doc.text[s].isupper() or R.venue_head.match(seg_low)
            ):
                return at_end, at_end, [], None
            arena = R.arena.match(seg_low)
            if _event_re().match(seg_low) or R.occasion.match(seg_low) or arena and not (
                    seg_hits and doc.text[s + arena.end():s + arena.end() + 1].islower()):
                # the meeting itself is not where it sits ("phát biểu tại Đối thoại Shangri-La 2017", "Chia sẻ tại
                # Họp báo về Lễ hội cà phê ..."); only a place told after it with its own "ở / tại" is: "tại Đối
                # thoại Shangri-La lần thứ 16 ở Singapore" (not "tại Đối thoại Shangri-La cảnh cáo Trung Quốc"); so is
                # a sports competition or a figurative arena: "được một điểm tại sân chơi U20 World Cup", "tại SEA
                # Games 29" (places_words.json occasions, arenas; not a playground a place is told of, "tại sân chơi
                # trẻ em phường 5 quận 3 TP.HCM")
                # (the "ở / tại" stands within a few characters before the place: no need to read the whole name)
                told = next((h for h in seg_hits if _PLACE_TOLD_AFTER.search(doc.low, max(s, h.start - 6), h.start)),
                            None)
                if not told:
                    return at_end, at_end, [], None
                phrase_start = told.start
                seg_hits = [h for h in seg_hits if h.start >= told.start]
                if _key(told.entry.name) in _foreign_venues():  # "tại hội nghị ở Cung điện Versailles"
                    venue = doc.text[told.start:told.end]
                found.extend(seg_hits)
                kept_end = max(h.end for h in seg_hits)
                continue
            landmark = bool(seg_hits) and seg_hits[0].start == s and _key(seg_hits[0].entry.name) in _foreign_venues()
            if landmark:  # a landmark abroad ends where its name does: "tại Nhà Trắng Tổng thống Donald Trump ...",
                # "tại Đại lễ đường Nhân dân ở thủ đô Bắc Kinh"; the one it lies in may follow: "Phòng Bầu Dục của Nhà
                # Trắng"
                name_end = seg_hits[0].end
                if len(seg_hits) > 1 and _key(seg_hits[1].entry.name) in _foreign_venues() \
                        and doc.low[name_end:seg_hits[1].start] == " của ":
                    name_end = seg_hits[1].end
                venue = doc.text[s:name_end]
                seg_hits = [h for h in seg_hits if h.end <= name_end]  # (not "ở Lầu Năm Góc rằng năng lực của Triều
                # Tiên": the country of what is said there)
            elif not address and not (seg_hits and seg_hits[0].start == s and seg_hits[0].entry.kind != "venue"):
                venue = _VENUE_TAIL.sub("", doc.text[s:e]).strip(" -–,") or None
                if venue and len(venue.split()) > _VENUE_MAX_WORDS:  # a clause, not a name
                    return at_end, at_end, [], None
        elif not (address or (seg_hits and seg_hits[0].start == s)):
            break
        found.extend(seg_hits)
        # a segment that is a place name ends with it ("TP.Đà Lạt – Ảnh: ..." is not part of the place)
        kept_end = max(h.end for h in seg_hits) if seg_hits and seg_hits[0].start == s else e
    if venue and len(segments) > 1 and _CITY_NAME.fullmatch(venue) and not R.venue_head.match(venue.lower()) \
            and any(h.start == segments[1][0] and h.entry.kind == "country" for h in found):
        venue = None  # a town abroad then its country is no venue: "nhóm họp tại Bari, Ý", "ở Orlando, Mỹ"
    phrase = doc.text[phrase_start:kept_end]  # (not the meeting's name skipped before it: "tại Hội nghị (G20 ... ở X")
    if phrase.count("(") > phrase.count(")") and doc.text.startswith(")", kept_end):
        kept_end += 1
    return phrase_start, kept_end, found, venue


def _names_something(text: str) -> bool:
    """Whether a place's words hold a name or a number ("hội trường Thống Nhất", "phòng 301"), not a head noun only."""
    return any(ch.isupper() or ch.isdigit() for ch in text)


def _no_venue_word(venue: str) -> bool:
    """A venue with no venue's word (places_words.json venue_heads), no body's (org_heads: "Cục Chăn nuôi", "Tập đoàn
    Dầu khí Việt Nam") and no international or national body's name (places_international_bodies.txt,
    places_national_bodies.txt): a name only, "Crimea", "Marawi", "Sacombank" (not "Khách sạn Shangri-La", "trụ sở
    LHQ", "Thượng viện", "Quốc hội")."""
    low = venue.lower()
    return not (_rules().venue_head.match(low) or _rules().org_head.search(low) or _international_re().search(low)
                or _national().search(fold(venue)))


def _generic_venue(venue: str) -> bool:
    """A venue that names no place: a head noun with no name after it ("phía trong cánh cửa phòng thi", "bị sát hại
    tại phòng làm việc", "tại sân trường", "tại tòa án"), or the clause it ran into ("tại hội trường lần cuối", "tại
    hội trường nghe báo cáo"). Not a named one ("hội trường Thống Nhất", "trường THPT Lê Hồng Phong", "phòng 301"), a
    body's seat ("trụ sở chính phủ") nor the Assembly's bare hall ("Quốc hội họp phiên toàn thể tại hội trường")."""
    R = _rules()
    low = venue.lower()
    return (venue[:1].islower() and bool(R.venue_head.match(low)) and not R.venue_head_of_body.match(low)
            and not R.venue_head_alone.match(low) and not _names_something(venue))


def _resolve(hits: list[Hit]) -> tuple[str | None, str | None, str | None, list[Hit]]:
    """Province, city and country from the hits of one place phrase (the most specific Vietnamese one wins)."""
    foreign = [h for h in hits if h.foreign]
    domestic = [h for h in hits if not h.foreign]
    if foreign and (not domestic or any(h.entry.kind == "country" for h in foreign)):
        country = next((h.entry.country for h in foreign if h.entry.kind == "country"), foreign[0].entry.country)
        return None, None, country, foreign
    province = city = None
    used: list[Hit] = []
    for h in domestic:
        e = h.entry
        if e.kind == "province" and province is None:
            province = e.name
            used.append(h)
        elif e.kind == "city" and city is None:
            city = e.name
            used.append(h)
        elif e.kind == "ambiguous" and e.name in province_records() and province is None:
            province = e.name
            used.append(h)
    if province is None:
        owner = next((h for h in domestic if h.entry.kind in ("city", "district", "venue")), None)
        if owner:
            province = owner.entry.province
            used.append(owner)
    elif city:
        owner = next(h.entry.province for h in domestic if h.entry.kind == "city" and h.entry.name == city)
        if owner != province:
            city = None  # "TP Vinh" then "tỉnh Hà Tĩnh": they disagree; trust the province
    return province, city, None, used


#: "tại / ở" weighed in one text at most: far above any article (46 in the 35k-article bench corpus),
#: so that a text made of nothing else ('tại ' × 400k) costs linear time
MAX_AT = 2000


#: a sentence opening on its day, then "tại": how a news lead states the day and the venue of what it reports (the
#: part of the day may stand before "ngày": "Sáng ngày 6/2, tại Hà Nội, Ban Chỉ đạo Tây Nguyên ... tổ chức họp báo")
_DAY_THEN_AT = re.compile(DAY_LEAD + r"\s*,\s*")
#: ... or on a time in place of its day (places_lead_times.txt): "Mới đây, tại Hà Nội, ... tổ chức họp báo" - in the
#: lead's opening sentence only (_opens_lead; told later, "Hôm nay, tại Hà Nội, ..." may be another day's occasion)
_TIME_THEN_AT = re.compile(r"\W*(?:" + lexicon.alternation(lexicon.words("places_lead_times.txt"), spaces=True)
                           + r")\s*,\s*")
_DAY_OPENS = re.compile(DAY_LEAD)
#: the least score a "tại <province>" needs to say where the event sat: 6, less 0.4 a sentence away from the event's
#: mention and up to 1.5 for lying deep in the text, plus 3 when its sentence is dated and 2 when it names a meeting
_STATED_MIN = 5.0


#: a deputies' meeting with voters, named where the event is
_VOTERS = re.compile(r"(?<!\w)tiếp xúc (?:với )?cử tri(?!\w)")
#: how far after it the voters' place may be named, in the same clause
_VOTERS_REACH = 80
#: the deputies' delegation right before it, then its province: "Đoàn đại biểu Quốc hội Thành phố Hồ Chí Minh đã có
#: buổi tiếp xúc với cử tri", "Đoàn ĐBQH tỉnh Bình Định tiếp xúc cử tri" (the province, then at most a clause's words)
DELEGATION = r"đoàn\s+(?:đbqh|đại\s+biểu\s+quốc\s+hội)"  # (event.py reads it too)
_VOTERS_DELEGATION = re.compile(r"(?<!\w)" + DELEGATION + r"\s+(?=[^.;:!?\n]{0,80}$)")
#: ... not past the clause's end or a word that turns to what the meeting is about or when ("về", "trước kỳ họp")
_VOTERS_BREAK = re.compile(r"[.;:!?\n]|(?<!\w)(?:trước|sau|về|tại kỳ họp)(?!\w)")


#: a day written in a sentence: "25/1", "1/2/2021", "19.8", "11-12/7" (both days), "ngày 27 tháng 4 năm 2021" (not a
#: thousands group "1.068", nor a date's part read alone)
_SENTENCE_DAY = re.compile(r"(?<![\d.,/-])(?:(\d{1,2})\s?[-–]\s?)?(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}))?"
                           r"(?![\d/-]|[.,]\d)|(?<!\w)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?")
#: how many days after its first day a meeting's later days may be written
_EVENT_DAYS = 7


def _days_in(sentence: str, year: int) -> list[dt.date]:
    """The days the sentence writes; one with no year is read in `year` and in the next (the event's year, and "2/1"
    after an event of 30/12)."""
    out = []
    for m in _SENTENCE_DAY.finditer(sentence):
        first, d, mo, y = m.group(1, 2, 3, 4) if m.group(2) else (None, *m.group(5, 6, 7))
        for day in (first, d):
            if day is None:
                continue
            for at in ((int(y),) if y else (year, year + 1)):
                try:
                    out.append(dt.date(at, int(mo), int(day)))
                except ValueError:
                    break  # "3/40", "25/13"
    return out


#: how many months from the event's a month written alone must be to tell another occasion (_other_day)
_MONTHS_APART = 2


@cache
def _month_alone() -> re.Pattern[str]:
    """A month written alone after the words that say when something happens (places_words.json month_leads): "vào
    tháng 11/2017", "vào cuối tháng 5", "vào tháng 6 năm 2016" (the month, and its year when written)."""
    return re.compile(rf"(?<!\w){_one_of('month_leads')}\s+tháng\s+(\d{{1,2}})"
                      r"(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\d/-])")


def _other_day(sentence: str, event_date: dt.date | None) -> bool:
    """Whether the sentence is dated, on days none of which is the event's: the place of another occasion told of in the
    report ("Đại hội diễn ra từ ngày 25/1 đến ngày 1/2/2021 tại Trung tâm Hội nghị quốc gia Mỹ Đình (Hà Nội)" in the
    report of a meeting held on 27/4 to study its resolution; "cuộc đấu giá được tổ chức vào 18 giờ ngày 19/8/2017 tại
    Khách sạn Hà Nội" told at the press conference of 10/7) - or, with no day written, on months alone none of which is
    the event's nor next to it ("Hội nghị Cấp cao APEC được tổ chức vào tháng 11/2017 tại Đà Nẵng" told of at the ministers' meeting
    of 20/5, _month_alone)."""
    if event_date is None:
        return False
    days = _days_in(sentence, event_date.year)
    if days:
        return not any(0 <= (d - event_date).days <= _EVENT_DAYS for d in days)
    # (a month next to the event's may be its own, read loosely: "vào cuối tháng 4" of a meeting dated 2/5)
    # (a month with no year is read in the year that puts it nearer: "vào cuối tháng 12" of a meeting dated 3/1)
    its = event_date.year * 12 + event_date.month
    gaps = [abs(int(m.group(2) or m.group(3)) * 12 + int(m.group(1)) - its) if m.group(2) or m.group(3)
            else min(abs(year * 12 + int(m.group(1)) - its) for year in range(event_date.year - 1, event_date.year + 2))
            for m in _month_alone().finditer(sentence)]
    return bool(gaps) and all(gap >= _MONTHS_APART for gap in gaps)


#: a news brief's next item, opened by a star: "... để trồng cây, cỏ. * Chiều 7-2, ông Lê Đức Vinh, Chủ tịch UBND tỉnh
#: Khánh Hòa chủ trì cuộc họp ..." after the report of Đà Nẵng's meeting - a place past it is the next item's
#: a brief's next item, opened by a star at a line's start or after a sentence's end: "... để trồng cây, cỏ. * Chiều
#: 7-2, ông Lê Đức Vinh ..." (led by the star, so the engine skips ahead to it; what stands before it is asked in code)
_STAR = re.compile(r"\*[ \t]*(?=[" + lexicon.UPPER + r"])")


def _next_item(text: str, start: int) -> re.Match[str] | None:
    """The first star after `start` that opens a brief's next item (_STAR)."""
    for star in _STAR.finditer(text, start):
        at = before = star.start()
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        line_start = before == at and (at == 0 or text[at - 1] == "\n")
        if line_start or 0 < before < at and text[before - 1] in ".!?…”\"":
            return star
    return None


def _opens_lead(doc: Doc, start: int) -> bool:
    """Whether a sentence starting at `start` opens the article's lead: the first line after the title, or the next
    one after a summing-up line that does not open on a day ("Tháng 3 du khách tới TP Buôn Ma Thuột ... | Mới đây, tại
    Hà Nội, Ban chỉ đạo Tây Nguyên ... tổ chức họp báo")."""
    first = doc.text.find("\n") + 1
    if not first or start < first:
        return False
    if start == first:
        return True
    second = doc.text.find("\n", first) + 1
    return start == second and not _DAY_OPENS.match(doc.low, first)


def _candidates(doc: Doc, hits: list[Hit], sentences: _Sentences, anchor: int,
                event_date: dt.date | None = None,
                another_occasion: Callable[[int], bool] | None = None) -> list[Candidate]:
    out: list[Candidate] = []
    R = _rules()
    event_re = _event_re()
    anchor_sentence = sentences.index(anchor)

    def context_score(pos: int) -> float:
        s, e = sentences.around(pos)
        score = 0.0
        if _DATED.search(doc.low, s, e):
            score += 3
        if event_re.search(doc.low, s, e):
            score += 2
        distance = abs(sentences.index(pos) - anchor_sentence)
        score -= min(distance, 8) * 0.4
        score -= min(pos / 4000, 1.5)
        return score

    # 1. "tại / ở <place>"
    in_quotes = _QuoteCounter(doc)
    links = read_more_links(doc.text)
    for m in itertools.islice(_AT.finditer(doc.low), MAX_AT):
        compound = R.at_compound if m.group(1) == "tại" else R.o_compound if m.group(1) == "ở" else None
        if in_quotes(m.start()) or compound and compound.search(doc.low, max(0, m.start() - 6), m.start()):
            continue  # the second syllable of a word: "Hiện tại ...", "nhà ở xã hội ..."
        if links and in_read_more(links, m.start()):
            continue  # another story's headline, in its link (READ_MORE): "[... nhóm họp ... tại Nhật Bản]"
        start, end, phrase_hits, venue = _phrase_after(doc, m.end(), hits)
        if end <= m.end():
            continue
        if m.group(1) != "tại" and not phrase_hits:
            continue
        province, city, country, used = _resolve(phrase_hits)
        why_at = None
        if not (province or country or venue):
            continue
        s, e = sentences.around(m.start())
        before = doc.low[s:m.start()]
        # (what is never a venue first, before the scoring)
        if R.located.search(before[-20:]) or R.located_address.search(before, max(0, len(before) - 100)) \
                or _OFFICE_BEFORE.search(doc.text, max(0, m.start() - 60), m.start()) \
                or _affiliated(doc, m.start()):
            continue  # where a company sits or a thing lies, never a venue: "có trụ sở đóng tại", "được giữ tại"
        if _property_at().search(before, max(0, len(before) - 60)):
            continue  # where the land or the store talked over lies: "đấu giá nhà đất rộng 360 m2 tại số 5 ..."
        case = None if country else _CASE_AT.search(before, max(0, len(before) - 130))
        if case and not (event_re.search(case.group(1)) or _CASE_AT_EVENT.search(case.group(1))) and not (
                doc.text[s + case.start()] == "V" and doc.text[s + case.start() + 3:s + case.start() + 4].isupper()):
            continue  # where the case talked over happened, not where the meeting sat (not "Vụ Pháp chế tại ...")
        if _CAPITAL_AT.search(before, max(0, len(before) - 40)):
            continue  # the company a stake is held in, not a venue: "thoái vốn tại SHB Finance"
        # (what the meeting talks over, set aside in extract_place: "bàn về các vấn đề liên quan tình hình tại Ukraine")
        topic = _topic_before(doc, m.start())
        if _FIGURE_BEFORE.search(before, max(0, len(before) - 20)) or _FIGURE_AFTER.match(doc.low, end):
            continue  # a share's place in a comparison: "so với 48% ở Indonesia", "cao hơn ở Thái Lan (21%)"
        if _COMPARED_BEFORE.search(before, max(0, len(before) - 80)):
            continue  # "gấp 4 lần so với hội nghị đầu tiên tại Thành phố Hồ Chí Minh": the place of what is compared
        year = _YEAR_AFTER.match(doc.low, end)
        if year and event_date and int(year.group(1)) < event_date.year:
            continue  # "Tuyên bố ... thông qua tại Lima, Peru năm 2016": a past year's occasion, not the meeting's
        visit = bool(R.visit.search(before[-80:]))
        score = 6 + context_score(m.start())
        away = False
        # (a caption's day before its photo's credit is the photo's)
        if _other_day(_after_credit(before) + doc.low[end:e], event_date):
            score -= 5  # (its day's +3 taken back, and 2 more): the place of another day's occasion
        if m.group(1) == "ở":
            score -= 1
        if (province or country) and (_DAY_THEN_AT.fullmatch(before)
                                      or _TIME_THEN_AT.fullmatch(before) and _opens_lead(doc, s)):
            score += 3  # "Sáng 17/5, tại Hà Nội, ...": the lead's day and venue, wherever the event is named later
        if visit:
            score -= 6
        if R.other_time.search(before[-80:] + " " + doc.low[end:end + 40].split(".")[0]):
            score -= 1.5  # "dự kiến diễn ra tại Tokyo", "tại Hạ Long hồi năm 2016": another meeting, another time
        tail = before[-60:]
        elsewhere = bool(R.elsewhere.search(tail)) and not (province and not country and R.trip.search(tail)
                                                            and not R.elsewhere_far.search(tail))
        if elsewhere:
            score -= 6  # "Đại sứ Việt Nam tại Nhật Bản", "sinh năm 1958 tại Hà Tĩnh" (but a trip's province at home is
            # where its meetings sit: "Chào mừng chuyến thăm và làm việc tại TP Hồ Chí Minh của Chủ tịch Thượng viện")
        if _EARLIER.match(before) and sentences.index(m.start()) != anchor_sentence:
            score -= 6  # "Trước đó, vào sáng 10/5, tại TP Hồ Chí Minh đã diễn ra Hội nghị công bố ...": an earlier occasion
        elif another_occasion and sentences.index(m.start()) != anchor_sentence and another_occasion(m.start()):
            # a sentence that tells another occasion of the day or the trip, as the report's people and points are read
            # (people.told_the_same_day_elsewhere): its venue is that occasion's ("Trong khuôn khổ chuyến thăm Nga ...,
            # ngày 29-6, tại trụ sở Ủy ban Kinh tế Á - Âu đã diễn ra phiên họp đầu tiên của Ủy ban Hỗn hợp ..." in a
            # report of the talks with the President, after the audience with the Prime Minister)
            if not (province or country):
                continue
            away = True
            if sentences.index(m.start()) > anchor_sentence:
                # ... and, told after the event's own sentence, its province or country weighs as little as an earlier
                # occasion's ("Cuối ngày 23-5, hội thảo Xử lý nợ xấu ... đã diễn ra tại Hà Nội" in a report of the
                # Assembly's group debates; "Ngày 25-5, Phó Thủ tướng ... đã dự hội nghị ... tại tỉnh ủy Bình Định"
                # after the Secretariat's meeting); not one told before it, where the report opens on the day's place
                # that its occasions share ("Sáng 17/5, tại Hà Nội, Hội nghị ... SOM2 ... đã chính thức khai mạc")
                score -= 6
        if not (province or country):
            score -= 3  # a venue alone: its province must come from elsewhere
            if venue and _ministry().fullmatch(venue.lower()):
                province, why_at = MINISTRIES_SEAT, "ministry"  # "tại Bộ Y tế"
        bridge = doc.low.startswith("điểm cầu", m.end())
        if bridge:  # "tại điểm cầu Nghệ An": where the reporter watched an online meeting, not where it was held
            score -= 3
            venue = None
        spans = {"place": [(start, end)]}
        text = doc.text[start:end].strip(" ,")
        if _airport_no_venue(doc.low, start, named=bool(province or country)) or elsewhere and not (
                province or country) and (R.elsewhere_far.search(tail) or not R.trip.search(tail)
                                          and not (_DATED.search(doc.low, s, e) or event_re.search(doc.low, s, e))):
            # its province or country stands, its words are no venue (another mention of the same place may lend its
            # own, _best); nor is the seat of a post a venue, nor where people work or live told with no day nor
            # meeting: "Đại sứ Israel tại Liên hợp quốc Danny Danon", "hơn 10.000 nhân viên làm việc tại sân bay Tân
            # Sơn Nhất" (but a visit's stop is: "đã đến thăm và làm việc tại Trường Đại học Việt Nhật")
            venue = text = None
            spans = {}
        if away and venue:  # (that occasion's venue is not the event's: only its province or country stands)
            venue = text = None
            spans = {}
        for h in used:
            spans.setdefault("place.country" if h.foreign else
                             ("place.city" if h.entry.kind == "city" else "place.province"), []).append((h.start, h.end))
        passing = bool(country) and not province and not (_DATED.search(doc.low, s, e) or event_re.search(doc.low, s, e)
                                                           or R.abroad_told_by.search(doc.low, s, e))
        out.append(Candidate(score, province, city, country or (VIETNAM if province else None), venue,
                             text, (start, end), spans, inferred=visit or bool(why_at),
                             why="topic" if topic else why_at or ("visit" if visit else "bridge" if bridge else "at"),
                             passing=passing))

    # 2. host unit: "Tỉnh ủy An Giang tổ chức", "Hội Khuyến học TP Cần Thơ phối hợp ... tổ chức Hội nghị"
    for h in hits:
        if h.foreign or h.entry.kind not in ("province", "city", "ambiguous", "district"):
            continue  # a national body hosting (Thư viện Quốc gia Việt Nam tổ chức ...) says nothing of where
        head = doc.low[max(0, h.start - 40):h.start]
        if not (h.prefix in _PROVINCE_PREFIXES or R.org_head.search(head)):  # "tỉnh Tiền Giang tổ chức"
            continue
        if R.located_address.search(doc.low, max(0, h.start - 100), h.start):
            continue  # the head office of a party to it: "Công ty Cổ phần Đại Dương (có trụ sở đóng tại xã Thụy Hải,
            # huyện Thái Thụy, tỉnh Thái Bình) đã tổ chức họp kín"
        after = doc.low[h.end:h.end + 200]
        verb = R.host_verb.match(after)
        if not verb or not event_re.search(doc.low[h.end + verb.end():h.end + verb.end() + 80]):
            # ... or the meeting first, held by the unit: "buổi họp báo 6 tháng đầu năm 2017 do UBND TP. Đà Nẵng tổ
            # chức ngày 27/6"
            # ... or the meeting named as the unit's own: "tại buổi họp báo định kỳ tháng 5/2017 của Ủy ban nhân dân
            # TP.HCM" (_meeting_of_body)
            by = _HOSTED_BY.search(head)
            if not by:
                if not _meeting_of_body().search(doc.low, max(0, h.start - 120), h.start):
                    continue
            else:
                at = max(0, h.start - 40) + by.start()  # where "do" stands
                # (past 120 characters, within its sentence)
                lo = min(max(0, at - 120), max(at - _HOSTED_REACH, sentences.around(at)[0]))
                if not (_HOSTS_AFTER.match(doc.low, h.end) and event_re.search(doc.low, lo, at)):
                    continue
        province = _province_of(h.entry)
        city = h.entry.name if h.entry.kind == "city" else None
        out.append(Candidate(5 + context_score(h.start), province, city, VIETNAM, text=doc.text[h.start:h.end],
                             span=(h.start, h.end), spans={"place.province": [(h.start, h.end)]}, why="host"))

    # 2b. the voters a deputies' meeting is held with live where it sits: "tiếp xúc cử tri quận Ba Đình và Tây Hồ",
    # "buổi tiếp xúc cử tri là thành viên Câu lạc bộ Bạch Đằng của TP Hải Phòng"
    for m in _VOTERS.finditer(doc.low, max(0, anchor - 40), min(len(doc.low), anchor + 120)):
        h = next((h for h in hits if m.end() <= h.start <= m.end() + _VOTERS_REACH and not h.foreign
                  and h.entry.kind in _DOMESTIC and not _VOTERS_BREAK.search(doc.low, m.end(), h.start)), None)
        if h:
            out.append(Candidate(5 + context_score(h.start), _province_of(h.entry),
                                 h.entry.name if h.entry.kind == "city" else None, VIETNAM, text=doc.text[h.start:h.end],
                                 span=(h.start, h.end), spans={"place.province": [(h.start, h.end)]}, why="host"))
            break
        # ... or, the voters' wards not in the gazetteer, the delegation that meets them, its own constituency: "các
        # thành viên tổ đại biểu Quốc hội số 1 – Đoàn đại biểu Quốc hội Thành phố Hồ Chí Minh đã có buổi tiếp xúc với
        # cử tri quận 1,3,4" (a constituency's province, set aside in _hits, is where its voters are met)
        s, _ = sentences.around(m.start())
        d = _VOTERS_DELEGATION.search(doc.low, max(s, m.start() - _VOTERS_REACH * 2), m.start())
        name = d and _names_re().match(doc.low, d.end())
        entry = name and _choose(gazetteer().get(_key(name.group("name")), ()), name.group("pre"), True)
        if entry and entry.kind == "province" and _title_case(doc.text[name.start("name"):name.end()]):
            out.append(Candidate(5 + context_score(name.start()), _province_of(entry), None, VIETNAM,
                                 text=doc.text[name.start():name.end()], span=name.span(),
                                 spans={"place.province": [name.span()]}, why="host"))
            break

    # 3. travel to attend: "các vị khách mời đã tới Hà Nội tham dự Hội nghị", "sang Bắc Kinh dự Diễn đàn"
    for h in hits:
        if h.entry.kind not in _DOMESTIC and not h.foreign:
            continue
        if not R.travel_before.search(doc.low, max(0, h.start - 12), h.start):
            continue
        after = R.attend_after.match(doc.low, h.end)
        if not after or not event_re.match(doc.low, after.end()):
            continue
        province = None if h.foreign else _province_of(h.entry)
        out.append(Candidate(5 + context_score(h.start), province, None, h.entry.country if h.foreign else VIETNAM,
                             span=(h.start, h.end), spans={"place.country" if h.foreign else "place.province":
                                                            [(h.start, h.end)]}, why="travel"))

    # 4. a dateline: "HÀ NỘI (TTXVN) - ...", "Đà Nẵng, ngày 12/5/2017 - ..."
    for h in hits:
        if h.entry.kind not in _DOMESTIC and not h.foreign:
            continue
        line_start = doc.text.rfind("\n", 0, h.start) + 1
        if doc.text[line_start:h.start].strip(" ([*") or not _DATELINE_AFTER.match(doc.text, h.end):
            continue
        province = None if h.foreign else _province_of(h.entry)
        out.append(Candidate(6 + context_score(h.start), province, None, h.entry.country if h.foreign else VIETNAM,
                             text=doc.text[h.start:h.end], span=(h.start, h.end),
                             spans={"place.country" if h.foreign else "place.province": [(h.start, h.end)]},
                             why="dateline"))

    # 5. the host's address line at the foot of its own page: "Khu đô thị mới Trung Văn, Nam Từ Liêm, Hà Nội"
    for h in hits:
        if h.entry.kind not in _DOMESTIC or doc.text[h.end:h.end + 1] not in ("", "\n"):
            continue
        line = doc.low[doc.low.rfind("\n", 0, h.start) + 1:h.start]
        if len(line) < 120 and _ADDRESS_LINE.search(line):
            out.append(Candidate(2.5, _province_of(h.entry), None, VIETNAM, span=(h.start, h.end),
                                 spans={"place.province": [(h.start, h.end)]}, inferred=True, why="address"))

    # 5b. the venue given by name: "Địa điểm: Trường phổ thông liên cấp Olympia - ... quận Nam Từ Liêm, thành phố Hà Nội",
    # "địa điểm tổ chức ở Hà Nội chứ không phải TP.HCM" (the first province after it)
    for m in R.venue_label.finditer(doc.low):
        h = next((h for h in hits if m.end() <= h.start < m.end() + _VENUE_LABEL_REACH and h.entry.kind in _DOMESTIC
                  and not any(mark in doc.low[m.end():h.start] for mark in ".;\n")), None)
        if h:
            out.append(Candidate(6, _province_of(h.entry), None, VIETNAM, span=(h.start, h.end),
                                 spans={"place.province": [(h.start, h.end)]}, why="at"))

    # 5c. the ground of the match a press conference is held right after ("Họp báo sau trận", "phòng họp báo sau trận
    # đấu"): where the match was played, "trên sân Thống Nhất", "vì mặt sân Thống Nhất khá cứng" (places_grounds.txt);
    # the press room is there. (Not one before the match: it sits a day ahead, at the team's hotel or its federation as
    # often as at the ground.) The province named so most often, when it stands out: not a ground where another match
    # was watched ("đã có mặt trực tiếp trên sân Thống Nhất theo dõi trận đấu ..." once, "trên sân Mỹ Đình" thrice)
    # Only for that press conference, in the event's own sentence (not a board meeting that recalls one); a ground the
    # list does not know ("trên sân Rajamangala") or one placed abroad in brackets ("sân Thống Nhất (Viêng Chăn)") is
    # counted as a rival that gives no province.
    if any(sentences.index(m.start()) == anchor_sentence for m in _PRESS_AT_MATCH.finditer(doc.low)):
        grounds = _grounds()
        played: dict[str | None, list[Span]] = {}
        for m in itertools.islice(_ANY_GROUND.finditer(doc.text), MAX_AT):
            known = _grounds_re().match(doc.low, m.start())
            abroad = doc.text[m.end():m.end() + 2].lstrip()[:1] == "("
            key = grounds[" ".join(known.group("ground").split())] if known and not abroad else None
            played.setdefault(key, []).append(known.span("ground") if known else m.span())
        ranked = sorted(played.items(), key=lambda kv: -len(kv[1]))
        if ranked and ranked[0][0] is not None and (len(ranked) == 1 or len(ranked[0][1]) > len(ranked[1][1])):
            province, spans = ranked[0]
            at = min(spans, key=lambda span: abs(span[0] - anchor))
            out.append(Candidate(4 + context_score(at[0]), province, None, VIETNAM, span=at,
                                 spans={"place.province": [at]}, inferred=True, why="ground"))

    # 6. implied host: a local official's welcome speech
    for m in R.welcome.finditer(doc.low):
        if m.group().startswith("chào") and R.celebrated.match(doc.low, m.end()):
            continue  # an occasion celebrated, not a host's welcome: "bắn pháo hoa chào mừng khai trương du lịch"
        s, _ = sentences.around(m.start())
        # the official of a local body: "Phó Giám đốc Sở Văn hóa và Thể thao tỉnh Bình Định phát biểu chào mừng"
        local = [h for h in hits if max(s, m.start() - 100) <= h.start < m.start() and h.entry.kind in _DOMESTIC
                 and (h.prefix or R.org_head.search(doc.low, max(0, h.start - 40), h.start))]
        if local:
            h = local[-1]
            province = _province_of(h.entry)
            out.append(Candidate(3, province, None, VIETNAM, span=(h.start, h.end),
                                 spans={"place.province": [(h.start, h.end)]}, inferred=True, why="welcome"))
    return out


#: a press conference right after a match: "Họp báo sau trận", "trong buổi họp báo sau trận đấu"
_PRESS_AT_MATCH = re.compile(r"(?<!\w)họp\s+báo\s+sau\s+trận(?!\w)")
#: any ground a match is played on, known or not: "trên sân Thống Nhất", "trên SVĐ Rajamangala", "mặt sân Mỹ Đình"
#: (one space between words at the door: not across a line's end, a title's "chê mặt sân" and the next line)
_ANY_GROUND = re.compile(r"(?<!\w)(?:[Tt]rên|[Mm]ặt) (?:[Ss]ân vận động|[Ss]ân|SVĐ) "
                         rf"[{UPPER}][^\s,.;:!?()]*(?: [{UPPER}][^\s,.;:!?()]*)*")


@cache
def _grounds() -> dict[str, str]:
    return lexicon.labelled("places_grounds.txt")


@cache
def _grounds_re() -> re.Pattern[str]:
    """Where a match is played, a ground at home named after "trên sân" or "mặt sân" (places_grounds.txt): "trên sân
    Thống Nhất", "mặt sân vận động Mỹ Đình"."""
    return re.compile(r"(?<!\w)(?:trên|mặt)\s+(?:sân\s+vận\s+động|sân|svđ)\s+(?P<ground>"
                      + lexicon.alternation(_grounds(), spaces=True) + r")(?!\w)")


@cache
def _property_at() -> re.Pattern[str]:
    """A clause that names land, a house, a building plan or a store, then runs on to "tại / ở" (before it, lower
    case): "về những tranh cãi ... đấu giá nhà đất rộng 360 m2 tại số 5 Hồ Biểu Chánh, quận Phú Nhuận, TP.HCM", "về
    việc quy hoạch chi tiết xây dựng tại số 148 Giảng Võ, Hà Nội", "chở 500 tấn dầu ... về kho chứa tại Vũng Tàu" -
    where the thing talked over lies, not where the meeting sat (no meeting word nor its holding in the clause:
    _CASE_AT_EVENT). Not "dự án": a project named after its place is as often heard where it lies."""
    words = lexicon.alternation(lexicon.table("places_words.json")["property_words"], word_start=True)
    return re.compile(rf"(?:{words})(?!\w)(?![^.,;:!?()\n]*?(?:{_event_re().pattern}|{_CASE_AT_EVENT.pattern}))"
                      r"[^.,;:!?()\n]{0,50}$")


@cache
def _ministry() -> re.Pattern[str]:
    """A venue that is a central ministry, by its name or abbreviation ("Bộ Y tế", "trụ sở cơ quan Bộ GD&ĐT"), or one of
    the Party's central boards ("Ban Tuyên giáo Trung ương"), lower case."""
    venues = lexicon.table("places_venues.json")
    names = lexicon.alternation((name.lower() for name in (*venues["ministries"], *venues["ministry_abbreviations"])),
                                spaces=True)
    boards = lexicon.alternation((name.lower() for name in venues["central_party_bodies"]), spaces=True)
    return re.compile(r"(?:trụ\s+sở\s+)?(?:cơ\s+quan\s+)?(?:bộ\s+(?:" + names + r")|(?:" + boards
                      + r")\s+(?:trung\s+ương|tw|t\.ư|tư)(?:\s+đảng)?)")


def _title_candidate(doc: Doc, hits: list[Hit]) -> Candidate | None:
    m = _TITLE_PREFIX.match(doc.text)
    if not m:
        return None
    for h in hits:
        if h.start >= m.end():
            break
        if h.entry.kind in _DOMESTIC and not doc.text[m.start():h.start].strip(" "):
            province = _province_of(h.entry)
            return Candidate(4.5, province, None, VIETNAM, span=(h.start, h.end),
                             spans={"place.province": [(h.start, h.end)]}, why="title")
    return None


#: how far from the event's mention a province named once may stand to be the implied venue
_NAMED_ONCE_REACH = 400


def _locates(doc: Doc, h: Hit) -> bool:
    """A province named once that still places what is near it: a district, a town written as one ("UBND thị xã Kỳ
    Anh"), a venue known by its name (a caption's "Quang cảnh bên ngoài sảnh Trung tâm Hội nghị Quốc gia"), or the
    province in brackets after a local unit's name ("Trường Mầm non Mai Dịch (Hà Nội)")."""
    return (h.entry.kind in ("district", "venue") or h.entry.kind == "city" and bool(h.prefix)
            or doc.text[h.name_start - 1:h.name_start] == "(" and doc.text[h.end:h.end + 1] == ")")


#: the opening an implied province may stand in when the meeting's mention is farther on ("TP.HCM khởi động dự án bến
#: xe ... tại địa bàn quận 9, TP.HCM", the start told in the lead, the meeting named a thousand characters on)
_IMPLIED_LEAD = 600


#: how many provinces an article may name and still imply one of them as the venue
_MANY_PROVINCES = 6


#: a post left or once held, then its body up to the place: "thôi giữ chức Bí thư Thành ủy | TP.HCM"; or one a person
#: is given: "phân công ông Nguyễn Thiện Nhân ... làm Bí thư Thành ủy | TP.HCM" (where they will serve; not "làm
#: trưởng đoàn", who leads a visit)
_POST_HELD_ELSEWHERE = re.compile(
    r"(?<!\w)(?:thôi\s+(?:giữ\s+)?chức|(?:nguyên|cựu|(?P<given>làm))\s+(?:phó\s+)?(?:bí\s+thư|chủ\s+tịch|giám\s+đốc|"
    r"bộ\s+trưởng|thứ\s+trưởng|trưởng(?(given)(?!\s+đoàn))|chánh|tổng))(?!\w)[^.;,()\n]{0,50}$")


#: the place of an earlier occasion, or of what the meeting is compared with, written right before it: "So với hội nghị
#: lần trước tại TPHCM, Thủ tướng nhận định ...", "Hội nghị lần trước tổ chức tại TP.HCM", "năm ngoái tại Qatar"
@cache
def _past_occasion_at() -> re.Pattern[str]:
    """_COMPARED_BEFORE's comparison, or an earlier time of places_words.json's "other_time" that looks back ("lần
    trước", "năm ngoái": those ending in "trước" or "ngoái", not "trước đó", which goes on in the same story)."""
    past = lexicon.alternation((w for w in lexicon.table("places_words.json")["other_time"]
                                if w.endswith(("trước", "ngoái"))), spaces=True)
    return re.compile(rf"(?:{_COMPARED}|(?<!\w)(?:{past}))"
                      r"\s+(?:(?:được\s+)?(?:tổ\s+chức|diễn\s+ra)\s+)?(?:tại|ở)\s+$")


#: where a delegation's members end and its trip begins: "tiếp đoàn công tác của Bộ Y tế | đến làm việc với tỉnh Nghệ
#: An" (not "người có công với cách mạng")
_GUESTS_COME = r"(?<!\w)(?:đến|về|tại|ở|(?<!công\s)với|làm\s+việc)(?!\w)"


#: a delegation received as guests, then its members, up to the province or district they come from
#: (places_guests_received.txt): "tiếp Đoàn đại biểu người có công tỉnh | Vĩnh Long", "buổi gặp mặt Đoàn đại biểu
#: người có công với cách mạng | Quận 3, Thành phố Hồ Chí Minh" - the guests' home, not where they were received
@cache
def _guests_from() -> re.Pattern[str]:
    verbs = lexicon.alternation(lexicon.words("places_guests_received.txt"), spaces=True)
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:các\s+)?(?:đoàn|phái\s+đoàn)(?!\w)(?!\s+(?:viên|kết)(?!\w))"
                      rf"(?:(?!{_GUESTS_COME})[^.;:!?()\n]){{0,80}}$")


def _guests_home(doc: Doc, hits: list[Hit], h: Hit) -> bool:
    """Whether a province is the home of a delegation received as guests (_guests_from), not one the host's own title
    names before it in its sentence ("Bí thư Tỉnh ủy Nghệ An ... tiếp đoàn ... tỉnh Nghệ An": guests met at home)."""
    m = _guests_from().search(doc.low, max(0, h.start - 100), h.start)
    if not m:
        return False
    opens = max(doc.text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    province = _province_of(h.entry)
    return not any(opens <= o.start and o.end <= m.start() and _province_of(o.entry) == province for o in hits)


#: what joins the places of one list: "3 dự án ... ở Phú Thọ, Bình Phước và Quảng Ngãi"
_LIST_JOINER = re.compile(r"^\s*(?:,\s*(?:và\s+)?|và\s+)$")


def _named_in_project(doc: Doc, h: Hit) -> bool:
    """Whether a province ends the name of a project, a plant, an airport or a complex (places_words.json
    "project_words"): "dự án bô xít, nhôm Lâm Đồng của TKV", "Tổ hợp bô xít nhôm Lâm Đồng", "Giám đốc nhà máy
    Saint-Gobain, Hải Phòng" - where the thing lies, what a meeting elsewhere talks over, not the place it implies; or
    the seat of a firm, in brackets after its name ("công ty CP xe khách Phương Trang (TP. HCM) nợ 28 tỷ đồng"). Not
    when a body or a meeting stands between: "dự án ..., UBND tỉnh Lâm Đồng đã họp" names the province's own."""
    m = _rules().project.search(doc.low, max(0, h.start - 60), h.start) \
        or _rules().firm_seat.search(doc.low, max(0, h.start - 80), h.start)
    if not m:
        return False
    between = doc.low[m.end():h.start]
    return not (_rules().org_head.search(between) or _event_re().search(between))


def _most_named(doc: Doc, hits: list[Hit], anchor: int) -> Candidate | None:
    """Last resort: the Vietnamese province the article names most, when it stands out."""
    counts: dict[str, list[Hit]] = {}
    elsewhere = _rules().elsewhere
    project_end = -1  # where the last province of a project's name ends (a list goes on: "ở Phú Thọ, Bình Phước và")
    own: set[str] = set()  # the provinces named other than in a project's name
    for h in hits:
        # a person's home ("quê Thái Nguyên", "thường trú ...", "sinh năm 1975 tại ...") says nothing of the meeting,
        # nor a post they left or once held ("thôi giữ chức Bí thư Thành ủy TP.HCM", "nguyên Chủ tịch UBND tỉnh X"),
        # nor the place of an earlier occasion ("So với hội nghị lần trước tại TPHCM": _past_occasion_at)
        if h.entry.kind in _DOMESTIC and not elsewhere.search(doc.low, max(0, h.start - 60), h.start) \
                and not _POST_HELD_ELSEWHERE.search(doc.low, max(0, h.start - 60), h.start) \
                and not _past_occasion_at().search(doc.low, max(0, h.start - 100), h.start) \
                and not _guests_home(doc, hits, h):
            if _named_in_project(doc, h) or project_end >= 0 and _LIST_JOINER.match(doc.low[project_end:h.start]):
                project_end = h.end
            else:
                own.add(_province_of(h.entry))
            counts.setdefault(_province_of(h.entry), []).append(h)
    # one passing mention far from the event ("các dự án lớn như Sơn La") says nothing of where it was held
    # (a single mention counts only near the event's: "Bộ Y tế ... Bệnh viện đa khoa Hợp Lực (Thanh Hóa) 550 giường",
    # a thousand characters on, is an example, not the venue)
    # (and near it, only a district or the locator in brackets after a local unit's name: _locates; once in a deputy's
    # delegation, an anecdote or a speaker's title, a province is a guess)
    if len(counts) >= _MANY_PROVINCES:
        return None  # an article naming many provinces is about the country or a region: none is implied
    counts = {k: v for k, v in counts.items()
              if len(v) >= 2 or abs(v[0].start - anchor) <= _NAMED_ONCE_REACH and _locates(doc, v[0])}
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: len(kv[1]), reverse=True)
    if len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1]):
        return None  # two provinces named as often: neither is implied ("Thái Nguyên" twice, "Bắc Giang" twice)
    best = ranked[0]
    if best[0] not in own:
        return None  # named only in its projects' names ("Tổ hợp bô xít nhôm Lâm Đồng"): what is talked over
    h = min(best[1], key=lambda h: abs(h.start - anchor))
    if abs(h.start - anchor) > _NAMED_ONCE_REACH and best[1][0].start > _IMPLIED_LEAD:
        # named often, but neither near the meeting nor in the lead: what the article is about, not where it sat
        # ("Thủ tướng: Làm thêm đường băng ở Tân Sơn Nhất", a meeting in Hà Nội about TP.HCM's airport); the country
        # is still the one of the provinces it names
        return Candidate(1, None, None, VIETNAM, inferred=True, why="named")
    return Candidate(1 + 0.5 * len(best[1]), best[0], None, VIETNAM, span=(h.start, h.end),
                     spans={"place.province": [(h.start, h.end)]}, inferred=True, why="named")


def _best(found: list[Candidate]) -> Candidate | None:
    """The strongest reading; mentions that agree on the place add up, and lend it the city and text they name."""
    groups: dict[tuple, list[Candidate]] = {}
    for c in found:
        groups.setdefault((c.province, c.country if not c.province else VIETNAM), []).append(c)
    if not groups:
        return None

    def strength(members: list[Candidate]) -> float:
        top = max(c.score for c in members)
        support = sum(1 for c in members if c.score >= top - 4 and not c.inferred) - 1
        return top + 0.5 * min(max(support, 0), 3)

    key, members = max(groups.items(), key=lambda kv: strength(kv[1]))
    members.sort(key=lambda c: -c.score)
    best = members[0]
    if key[0] is None:
        return best
    best.score = strength(members)
    for c in members[1:]:
        if c.score < best.score - 4 or c.inferred:
            break
        if best.city is None and c.city:
            best.city = c.city
            best.spans = {**(best.spans or {}), "place.city": list((c.spans or {}).get("place.city", []))}
        if best.text is None and c.text:
            best.text, best.venue = c.text, best.venue or c.venue
            best.spans = {**(best.spans or {}), "place": list((c.spans or {}).get("place", []))}
    return best


def _as_of(province: str | None, event_date: dt.date | None) -> tuple[str | None, str | None]:
    """The province as named at the time of the event, and the one it belongs to after the 2025 merger."""
    if province is None:
        return None, None
    record = province_records().get(province)
    if record is None:
        return province, None
    after = record["province_2025"]
    if event_date is not None and event_date >= MERGER_DATE:
        return after, after
    if province == "Thừa Thiên Huế" and event_date is not None and event_date >= dt.date(2025, 1, 1):
        return "Huế", after
    return province, after


def _is_tinh(province: str) -> bool:
    """A province (tỉnh) as it was named then, which has a city of its own name, not a centrally-run city."""
    return province_records().get(province, {}).get("kind") == "tỉnh"


@cache
def _national() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?<!thuộc )(?:" + lexicon.alternation(fold(w) for w in lexicon.words("places_national_bodies.txt"))
                      + r")(?!\w)")


def national(name: str | None) -> bool:
    """Whether an event's name names a national body (places_national_bodies.txt): "phiên họp Chính phủ thường kỳ"."""
    return bool(name) and bool(_national().search(fold(name)))


#: a local body, whose sitting sits in its province
_PROVINCIAL_COUNCIL = re.compile(r"(?<!\w)(?:hđnd|hội đồng nhân dân|ubnd|ủy ban nhân dân|tỉnh ủy|thành ủy|huyện ủy|"
                                 r"quận ủy)(?!\w)")


def foreign_place_name(name: str) -> bool:
    """Whether the words are a country or a city abroad the gazetteer knows, whole ("New York", "Hàn Quốc")."""
    return any(entry.kind in ("country", "fcity") for entry in gazetteer().get(_key(name), ()))


def names_a_body(sentence: str) -> bool:
    """Whether the (lower-case) sentence names a national or a local body whose sitting it may be."""
    return bool(_national().search(fold(sentence)) or _PROVINCIAL_COUNCIL.search(sentence))


#: a post a local body's name is part of, held by a deputy of the Assembly named before it: a speaker's title, not the
#: body whose sitting it is ("đại biểu Quốc hội Nguyễn Nhân Chiến - Bí thư Tỉnh ủy Bắc Ninh", "ĐBQH Nguyễn Văn A,
#: Chủ tịch UBND tỉnh"; not the council's own chair at its sitting: "tại kỳ họp thứ 4, Chủ tịch HĐND tỉnh Quảng Nam
#: ... triển khai nghị quyết của Quốc hội")
_LOCAL_POST = re.compile(r"(?<!\w)(?:đại\s+biểu\s+quốc\s+hội|đbqh)(?!\w)[^.;:!?\n]{0,50}?[-–,(]\s*"
                         r"(?:phó\s+)?(?:bí\s+thư|chủ\s+tịch)\s+$")


def national_sitting(sentence: str) -> bool:
    """Whether the (lower-case) sentence of a sitting names a national body and no local one: "Tiếp tục chương trình
    kỳ họp thứ 3, chiều nay, Quốc hội thảo luận ở hội trường" (not "kỳ họp thứ 4 HĐND tỉnh", "phiên họp UBND tỉnh"; a
    local body in a speaker's post is no sitting's: "trong phiên thảo luận tại tổ về dự thảo Luật tố cáo (sửa đổi),
    đại biểu Quốc hội Nguyễn Nhân Chiến - Bí thư Tỉnh ủy Bắc Ninh đề nghị ...")."""
    return bool(_national().search(fold(sentence))) and not any(
        not _LOCAL_POST.search(sentence, max(0, m.start() - 90), m.start())
        for m in _PROVINCIAL_COUNCIL.finditer(sentence))


#: Việt Nam named in the title and lead: the story is told at home ("Hoàng hậu Hà Lan Máxima ... thăm Việt Nam")
_HOME_IN_LEAD = re.compile(r"(?<!\w)việt nam(?!\w)")
#: a capitalised word right before: the country's name is inside a person's or a place's ("Nguyễn Đức Hưởng", "huyện
#: Cẩm Mỹ"), as a capitalised word after it (_NAME_GOES_ON: "Đức Tuấn")
_NAME_BEFORE = re.compile(r"[" + lexicon.UPPER + r"]\w*[ \t]+$")

#: the title and lead, where a story told abroad names its country ("Phó Thủ tướng Phạm Bình Minh yết kiến Nhà vua Tây
#: Ban Nha", "Tiếp tục chuyến thăm chính thức Liên bang Nga, sáng 30-6, ...")
_ABROAD_LEAD = 400


def _abroad_named(country: str | None, hits: list[Hit], event_sentence: Span) -> bool:
    """Whether the country of a place named in passing is also named in the title and lead or in the event's own
    sentence: then the story is told there, and the place in passing is most likely where it sat all the same."""
    return any(h.foreign and h.entry.country == country
               and (h.start < _ABROAD_LEAD or event_sentence[0] <= h.start < event_sentence[1]) for h in hits)


@cache
def _foreign_countries_re() -> re.Pattern[str]:
    names = [n.lower() for country, aliases in lexicon.table("places_foreign.json")["countries"].items()
             for n in (country, *aliases)]
    return re.compile(rf"(?<!\w)(?:{lexicon.alternation(names, spaces=True)})(?!\w)")


@cache
def _country_words_re() -> re.Pattern[str]:
    """A common word opening on a one-word country's name (places_country_words.txt): "Ý tưởng", "Đức mẹ"."""
    return re.compile(rf"(?:{lexicon.alternation(lexicon.words('places_country_words.txt'), spaces=True)})(?!\w)")


def _abroad_in_lead(doc: Doc, hits: list[Hit]) -> bool:
    """Whether the title and lead name a place abroad, or a country even with no place word before it, as a body's
    or a people's ("Nga xác nhận tiêu diệt thủ lĩnh IS", "biên bản cuộc họp tháng Năm của Cục Dự trữ Liên bang Mỹ
    (Fed)", "Cố vấn An ninh nội địa Nhà Trắng"), and not Việt Nam ("Hoàng hậu Hà Lan Máxima ... thăm Việt Nam")."""
    if _HOME_IN_LEAD.search(doc.low, 0, _ABROAD_LEAD):
        return False
    if any(h.foreign and h.start < _ABROAD_LEAD for h in hits):
        return True
    lead = doc.text[:_ABROAD_LEAD]
    # (not inside a name, "Nguyễn Đức Hưởng", "Đức Tuấn"; nor the pronoun "Anh sẽ bỏ cả thế giới", a nickname "bầu Đức",
    # a common word opening on the name at a sentence's start: "Ý tưởng", "Áo dài")
    return any(lead[m.start()].isupper() and lead[m.start():m.end()] != "Anh"
               and not _country_words_re().match(doc.low, m.start())
               and not _HONORIFIC_BEFORE.search(doc.low, max(0, m.start() - 12), m.start())
               and not _NAME_GOES_ON.match(lead, m.end())
               and not _NAME_BEFORE.search(lead, max(0, m.start() - 40), m.start())
               for m in _foreign_countries_re().finditer(doc.low, 0, _ABROAD_LEAD))


def _airport_no_venue(low: str, at: int, *, named: bool = False, lent: bool = False) -> bool:
    """Whether the phrase at `at` is an airport (places_words.json "arrival_venues") that is no venue of the meeting:
    an airport is where a leader lands or is welcomed, or what is talked over, not where a meeting sits ("... tặng hoa
    Chủ tịch nước Trần Đại Quang và phu nhân tại sân bay quốc tế Minsk", a caption above the embassy meeting; "Đón Thủ
    tướng, Phu nhân và đoàn tại sân bay Schiphol Amsterdam"). So it is none when its province or country is `named`
    (that stands for the place), nor `lent` to a place found elsewhere ("tới Sân bay quốc tế Haneda"). An airport
    with no place name, read alone, may be its own phrase's venue: it is all that phrase tells ("họp tại sân bay Tân
    Sơn Nhất")."""
    return (named or lent) and _rules().arrival_venue.match(low, at) is not None


def _said(doc: Doc, best: Candidate) -> str:
    """The words a candidate was read from, for a warning: its text, or (an airport's phrase keeps no text: "tại sân bay
    quốc tế Minsk") the words at its span."""
    return best.text if best.text is not None else doc.text[slice(*best.span)].strip(" ,") if best.span else ""


#: how far from the event a place abroad, named nowhere near it, is another story's: "Hội nghị Bộ trưởng giáo dục tại
#: Lima, Peru, Năm APEC 2016" told 1,600 characters past a workshop of APEC 2017's SOM2, "World Cup U-20 tại Hàn Quốc"
#: at the end of a report of VTVcab's press conference
_FAR_ABROAD = 1500


def _far_abroad(doc: Doc, hits: list[Hit], best: Candidate, anchor: int, event_sentence: Span) -> bool:
    """Whether the place chosen is abroad, told far from the event ("tại <a place abroad>" more than _FAR_ABROAD
    characters away, outside its sentence), in a story whose title and lead are not abroad and do not name that country
    nor does the event's sentence: "Theo ông Bình, ở Pháp cũng không quy định cứng độ tuổi ..." deep in a report of the
    Assembly's sitting, "trang trại TH ở Liên bang Nga" in a report of a women's summit - no country rather than a
    wrong one."""
    return (best.why == "at" and best.country not in (None, VIETNAM) and not best.province and best.span is not None
            and abs(best.span[0] - anchor) > _FAR_ABROAD
            and not event_sentence[0] <= best.span[0] < event_sentence[1]
            and not _abroad_named(best.country, hits, event_sentence) and not _abroad_in_lead(doc, hits))


#: the wire's correspondent posted abroad, who reports what is held there: "Theo phóng viên TTXVN tại Tokyo, ngày 11/7,
#: tại nhà khách Bộ Ngoại giao, Ngoại trưởng Nhật Bản ...", "phóng viên TTXVN thường trú tại LB Nga cho biết"
_CORRESPONDENT_AT = re.compile(r"(?<!\w)(?:phóng viên|pv)(?:\s+(?:ttxvn|vov|vna|thường trú)){1,2}\s+(?:tại|ở)\s+$")


def _correspondent_abroad(doc: Doc, hits: list[Hit], event_sentence: Span) -> Hit | None:
    """The country of the correspondent's post, in the lead or the event's own sentence (_CORRESPONDENT_AT)."""
    return next((h for h in hits if h.foreign and (h.start < _ABROAD_LEAD or event_sentence[0] <= h.start
                                                   < event_sentence[1])
                 and _CORRESPONDENT_AT.search(doc.low, max(0, h.start - 40), h.start)), None)


#: a room said to be inside the landmark: "phòng Bầu dục trong Nhà Trắng" (then the landmark's name, _room_within)
_INSIDE = re.compile(r"\s+(?:bên trong|trong|của|thuộc)\s+")
_WORD_GOES_ON = re.compile(r"\w")


def _room_within(doc: Doc, best: Candidate, found: list[Candidate], sentences: _Sentences) -> Candidate | None:
    """A narrower venue inside the landmark abroad chosen: "đón tiếp Ngoại trưởng Nga tại phòng Bầu dục trong Nhà
    Trắng", or told after it in its sentence: "Ngày 31/5, tại Nhà Trắng, Thủ tướng ... đã có cuộc gặp riêng 15 phút tại
    phòng Bầu Dục" (a room's head word, or a landmark of its own)."""
    if not (best.venue and best.span):
        return None
    venue = best.venue.lower()
    sentence = sentences.around(best.span[0])
    for c in sorted(found, key=lambda c: -c.score):
        if c is best or not c.venue or not c.span or c.province or c.inferred or c.country not in (None, best.country) \
                or c.score < best.score - 4 or _key(c.venue) == _key(best.venue):
            continue
        inside = _INSIDE.match(doc.low, c.span[1])
        if inside and doc.low.startswith(venue, inside.end()) \
                and not _WORD_GOES_ON.match(doc.low, inside.end() + len(venue)) \
                or (sentence[0] <= c.span[0] < sentence[1] and c.span[0] > best.span[1]
                    and _rules().venue_head.match(c.venue.lower())):
            return c
    return None


@cache
def _international_re() -> re.Pattern[str]:
    """An international body, a chamber or a tournament abroad named in a venue (places_international_bodies.txt)."""
    return re.compile(r"(?<!\w)(?:" + lexicon.alternation(lexicon.words("places_international_bodies.txt"), spaces=True)
                      + r")(?!\w)")


def _venue_at_home(doc: Doc, hits: list[Hit], best: Candidate, sentences: _Sentences, event_sentence: Span) -> bool:
    """Whether a venue with no country of its own is at home though the article names a place abroad elsewhere: the
    title and lead name none (_abroad_in_lead), nor do the venue's sentence and the event's ("Tại buổi họp báo sau cuộc
    họp với bộ trưởng thương mại TPP sáng 21/5" at "khách sạn JW Marriott", with "Nhật Bản" told further on)."""
    if not best.venue or best.span is None or _international_re().search(best.venue.lower()) \
            or _abroad_in_lead(doc, hits):
        return False
    near = [sentences.around(best.span[0]), event_sentence]
    return not any(h.foreign and any(a <= h.start < b for a, b in near) for h in hits)


def extract_place(doc: Doc, *, anchor: int | None = None, event_date: dt.date | None = None,
                  by_names: bool = True, another_occasion: Callable[[int], bool] | None = None) -> PlaceResult:
    """The event's place, nearest the event's mention (`anchor`; the top of the text when not given, and then no
    place abroad is set aside for its distance from it); never raises on odd text. `by_names=False`: no province is
    implied by how often it is named (a press conference's provinces are what it tells of, not where it sits).
    `another_occasion`: whether the sentence at a position tells another occasion than the event (the day's or the
    trip's other meetings, as people.told_the_same_day_elsewhere reads them for the report's people and points)."""
    if not doc.text:
        return PlaceResult(Place())
    anchored = anchor is not None
    anchor = max(0, min(anchor or 0, len(doc.text) - 1))
    hits = _hits(doc)
    sentences = _Sentences(doc, hits)
    next_item = _next_item(doc.text, anchor)
    if next_item:  # a brief's later items are other news, when the next one is told in a province not yet named
        # (not "* Sáng cùng ngày, Thủ tướng ... dâng hương tại ... thị xã Dĩ An" on the same trip in Bình Dương)
        cut = next_item.start()
        _, item_sentence_end = sentences.around(next_item.end())
        before = {_province_of(h.entry) for h in hits if h.start < cut and h.entry.kind in _DOMESTIC}
        opening = {_province_of(h.entry) for h in hits if cut <= h.start < item_sentence_end
                   and h.entry.kind in _DOMESTIC}
        if opening and not opening & before:
            hits = [h for h in hits if h.start < cut]
        else:
            next_item = None
    found = _candidates(doc, hits, sentences, anchor, event_date, another_occasion)
    event_sentence = sentences.around(anchor)
    if next_item:
        found = [c for c in found if c.span is None or c.span[0] < next_item.start()]
    # "tại <a province>" far from the event, in a sentence with neither its day nor a meeting word, is where something
    # else was: "giáo viên ... tại trường THPT Chu Văn An, Hà Nội", "(27 tuổi, ở Hòa Bình)", "phạm tội ... ở Mỹ"
    # (so is a topic's far off: "theo dõi sát tình hình tại Cao Bằng" late in a report of Hà Giang's meeting)
    found = [c for c in found if not (c.why in ("at", "topic") and c.province and c.score < _STATED_MIN)]
    title = _title_candidate(doc, hits)
    if title:
        found.append(title)
    found, topic = _set_topics_aside(found)
    online, online_span = _online(doc)
    best = _best(found)
    warnings: list[str] = []

    # "hội nghị trực tuyến" is how the news names a bridged meeting: a stated venue or a local host (Thành ủy Hà Nội
    # with its districts) keeps it in place. Only a stated venue in the lead outweighs "hình thức trực tuyến", "Zoom".
    stated = ("at", "dateline", "travel", "host") if online == "bridged" else ("at", "dateline", "travel")
    physical = (best is not None and best.score >= (9 if online == "strong" else 6) and not best.inferred
                and best.why in stated and (best.province or best.country))
    if online in ("strong", "weak", "bridged") and not physical:
        spans = {"place.online": [online_span]} if online_span else {}
        # (its country is home only by default: "buổi đối thoại trực tuyến với người dân" of Tổng thống Nga Vladimir
        # Putin, "một cuộc họp trực tuyến của các ngoại trưởng EU" are no meetings in Việt Nam)
        return PlaceResult(Place(text=doc.text[online_span[0]:online_span[1]] if online_span else None,
                                 online=True), spans, warnings, home_by_default=True)

    if topic is not None and (best is None or not best.province and not best.country):
        return PlaceResult(Place(country=None), {}, [f"{TOPIC_PLACE} ({topic.text})"])
    if best is None or (not best.province and not best.country):
        # a venue with no country, or no place at all, in a correspondent's report from abroad: his post's country
        # (before the province named most, which would replace a venue alone)
        posted = _correspondent_abroad(doc, hits, event_sentence)
        if posted:
            if best is None:
                best = Candidate(1, None, None, None, inferred=True)
            best.country, best.inferred, best.why = posted.entry.country, True, "correspondent"
            best.spans = {**(best.spans or {}), "place.country": [(posted.start, posted.end)]}
    if best is None or (not best.province and not best.country):
        fallback = _most_named(doc, hits, anchor) if by_names else None
        if fallback and (best is None or fallback.score >= 1.5 or best.venue):
            if best and best.venue:
                fallback.venue, fallback.text = best.venue, best.text
                fallback.spans = {**(best.spans or {}), **(fallback.spans or {})}
            best = fallback
    if best is not None and best.passing and best.score < _STATED_MIN \
            and not _abroad_named(best.country, hits, event_sentence):
        # "tại <a place abroad>" far from the event, in a sentence with neither a day, a meeting, its verb, a reporter
        # sent there nor a visit, is where something else was: "giá trái cây ... hệ thống phân phối ở Bắc Kinh" (a
        # shareholders' meeting at home), "mối quan tâm tại Washington" - no country rather than a wrong one (and no
        # province either: the weighing that chose the phrase over the provinces named in passing is kept)
        return PlaceResult(Place(country=None), {}, [f"{PASSING_ABROAD} ({_said(doc, best)})"])
    if best is not None and anchored and _far_abroad(doc, hits, best, anchor, event_sentence):
        return PlaceResult(Place(country=None), {}, [f"{FAR_ABROAD} ({_said(doc, best)})"])
    if best is None:  # no place at all: at home, unless the people at the meeting are all foreigners (event.py)
        abroad = any(h.foreign for h in hits)
        return PlaceResult(Place(country=VIETNAM, inferred=True), {}, [AT_HOME_ASSUMED if abroad else AT_HOME],
                           home_by_default=True, abroad_in_lead=_abroad_in_lead(doc, hits))
    if best.venue is None:  # "tại Trường ... Olympia" in the lead, province from the host: keep both
        venues = [c for c in found if c.venue and not c.province and not c.country and c.score >= 6
                  and not _airport_no_venue(c.venue.lower(), 0, lent=True)]  # (not "tới Sân bay quốc tế Haneda")
        if venues:
            top = max(venues, key=lambda c: c.score)
            best.venue, best.text = top.venue, top.text
            best.spans = {**(best.spans or {}), "place": list((top.spans or {}).get("place", []))}
    elif best.span and _key(best.venue) in _foreign_venues():
        room = _room_within(doc, best, found, sentences)
        if room:
            best.venue, best.text = room.venue, room.text
            best.spans = {**(best.spans or {}), "place": list((room.spans or {}).get("place", []))}
    if best.inferred:
        implied = best.province or best.country
        warnings.append(f"the place is not stated; {implied} is implied ({best.why})" if implied else
                        f"the place is not stated; only a venue is implied ({best.why}), not its province")
    province, province_2025 = _as_of(best.province, event_date)
    country = best.country or (VIETNAM if province else None)
    # a meeting whose country is not found: a Vietnamese article that names no place abroad reports one at home
    # (GUIDELINES: "Việt Nam unless the event was held abroad"), though it may not say where at home; so is a venue
    # with no country of its own in a story whose title and lead are not abroad, when neither its sentence nor the
    # event's names a place abroad: "thảo luận tổ về kinh tế - xã hội tại Quốc hội", "Trung Quốc đã phải trả giá đắt"
    # told later as an example
    home_by_default = country is None and (not any(h.foreign for h in hits)
                                           or _venue_at_home(doc, hits, best, sentences, event_sentence))
    if home_by_default:
        country = VIETNAM
    spans = {k: list(v) for k, v in (best.spans or {}).items()}
    venue, text = best.venue, best.text
    if venue and _generic_venue(venue):  # "hội trường", "phòng", "tòa án": no place named; the province stands
        venue = None
        if text and not _names_something(text):
            text = None
            spans.pop("place", None)
    if venue and not best.province and not best.country and best.score < _STATED_MIN and _no_venue_word(venue) \
            and not _opens_a_meetings_sentence(doc, best.span, sentences, event_sentence):
        # a bare name, told weakly, that the gazetteer does not know and that has no venue's or body's word, is no
        # building nor where the meeting sat: a region or the topic ("Kịch bản khiến Nga dùng vũ khí hủy diệt tại
        # Crimea", "cuộc chiến tại Sacombank", the clause it ran into "tại VN ngoài sân tập"); the gap is better
        warnings.append(f"{NO_VENUE_WORD} ({venue})")
        venue = text = None
        spans.pop("place", None)
    place = Place(
        text=text,
        venue=venue,
        # "thành phố Hà Giang" is a city in tỉnh Hà Giang; Huế after 2025 is itself a province, not its own city
        city=best.city if province and (best.city != province or _is_tinh(province)) else None,
        province=province,
        province_2025=province_2025,
        country=country,
        online=False,
        inferred=best.inferred or home_by_default,
    )
    if province and not spans.get("place.province") and spans.get("place.city"):
        spans["place.province"] = list(dict.fromkeys(spans["place.city"]))  # "TP Long Xuyên" says An Giang
    if online == "hybrid" and online_span:
        spans.setdefault("place.online", []).append(online_span)
    return PlaceResult(place, spans, warnings + [AT_HOME] * home_by_default, home_by_default)


#: a sentence that opens on "Tại", its place up to a comma: "Tại Vietcombank, Phó Tổng giám đốc ... phát biểu"
_OPENS_AT = re.compile(r"\W*tại\s+$")


def _opens_a_meetings_sentence(doc: Doc, span: Span | None, sentences: _Sentences, event_sentence: Span) -> bool:
    """Whether the place at `span` opens its sentence as "Tại <it>," and the sentence is the event's or names a
    meeting: a venue stated, whatever its words ("Tại Vietcombank, Phó Tổng giám đốc ... phát biểu khai mạc hội
    nghị")."""
    if span is None:
        return False
    s, e = sentences.around(span[0])
    return bool(_OPENS_AT.fullmatch(doc.low, s, span[0])) and doc.text[span[1]:span[1] + 2].lstrip().startswith(",") \
        and ((s, e) == tuple(event_sentence) or bool(_event_re().search(doc.low, s, e)))


NO_VENUE_WORD = ("the venue found is a bare name, told weakly, with no venue's or body's word and no known place; it "
                 "is left out")
TOPIC_PLACE = "the place named is what the meeting talks over, not where it sat; no place is given"
AT_HOME = "the country is not stated; Việt Nam is implied, as the article names no place abroad"
PASSING_ABROAD = "the place abroad is named only in passing, not as where the event sat; no country is given"
FAR_ABROAD = ("the place abroad is named far from the event, in another part of a story not told abroad; no country "
              "is given")
AT_HOME_ASSUMED = ("no place is stated; Việt Nam is assumed, as for a meeting of Vietnamese people, though the article "
                   "names a place abroad")


# --- a meeting its site's own body hosted at home ---------------------------------------------------------------

HOST_ADDRESS = "the place is the host's own address on its page"
#: a venue told: "Hội thảo ... tại Olympia", "diễn ra ở hội trường nhà trường"
_HOST_AT = re.compile(r"(?<!\w)(?:tại|diễn\s+ra\s+ở)\s+")
#: ... in the title, or after the meeting's word or the verb that holds it, in its sentence
_HOST_HELD = re.compile(r"(?<!\w)(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|đăng\s+cai|họp)(?!\w)")
_HOST_REACH = 120
#: where a venue's words end: a mark, or a word that goes on with the clause ("tại trường vào sáng 28/9")
_HOST_PHRASE_END = re.compile(
    r"\s*(?:[,.;:!?()\[\]\"“”‘’\n…]|\s[-–—]\s|(?<!\w)(?:ngày|vào|với|do|nhằm|để|từ|trong|sáng|chiều|tối|trưa|lúc|"
    r"thu\s+hút|có|cùng|và|nhân|về|hôm|theo|đã|sẽ|được|cho|thì|khi|năm|tháng)(?!\w))")
_HOST_WORDS = 10
#: what "tại" leads that is no venue: the meeting itself ("Chia sẻ tại hội thảo"), a time, "tại đây"
_NOT_A_VENUE = re.compile(r"(?:thời\s+điểm|chỗ|đây|đó|này|buổi|phiên|lễ|lớp|khóa)(?!\w)")
_NUMBER = re.compile(r"(?:số\s*)?\d+[a-z]?")


@cache
def _host_sites() -> tuple[re.Pattern[str], dict[str, str]]:
    words = lexicon.labelled("places_host_sites.txt")
    return re.compile(r"(?:" + lexicon.alternation(words, spaces=True, word_start=True) + r")(?!\w)"), words


#: an English kind word, which ends a name ("The Olympia Schools", "Hanoi Medical University Hospital")
_ENGLISH_KIND = re.compile(r"[a-z]{5,}(?:\s+[a-z]+)*")
#: what may stand between a site name's words: "Trường THPT - Nguyễn Trãi", "Website: Bệnh viện ..."
_NAME_GAP = " -–—:|,.()"


#: what a page's title adds after a site's name: " | Trang chủ", " - Trang chủ", " – Home"
_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+|\s*\|\s*")
_SITE_HOME = re.compile(r"(?:\s*(?:[|\-–—:]\s*)?(?:trang\s+chủ|home(?:\s*page)?))+\s*$", re.I)


def _site_name_only(site_name: str) -> str:
    """The site's own name without what a title adds after it: "The Olympia Schools | Trang chủ", "Trường THPT
    Nguyễn Trãi - Trang chủ" (a trailing "Trang chủ"/"Home", then any " | …", " - …", " – …" part), unless the part
    before names no body of its own ("Trường THPT - Nguyễn Trãi" is one name)."""
    site_name = " ".join(site_name.split())  # (one space a gap: the patterns below never meet a run of white space)
    name = _SITE_HOME.sub("", site_name).strip() or site_name
    parts = _SITE_SUFFIX.split(name)
    if len(parts) > 1 and parts[0].strip() and _site_parts(parts[0].strip())[1]:
        return parts[0].strip()
    return name


def _site(site_name: str, newsroom: bool = False) -> tuple[frozenset[str], str | None]:
    """The kinds of body a site's name says it is, and its distinctive name, the words left: "Trường THPT Nguyễn Trãi"
    is a school named "nguyễn trãi". A kind word counts only where it heads the name, at its start after "The",
    "Website", "Cổng thông tin điện tử" ("Bệnh viện Đại học Y Hà Nội": hospital and school), or, an English one, at
    its end ("The Olympia Schools"): never inside it ("Kinh tế Môi trường", "Doanh nghiệp và Thị trường", "Lao động
    và Xã hội" are no school nor body, and their words stay in the name). A newspaper's site is none of the others
    (its pages tell other bodies' meetings): a press word anywhere in its name, or a page that labels its address
    "Tòa soạn" (`newsroom`)."""
    kinds, name, _ = _site_parts(_site_name_only(site_name))
    return (frozenset({"press"}) if newsroom else kinds), name


@cache
def _site_parts(site_name: str) -> tuple[frozenset[str], str | None, frozenset[str]]:
    """`_site` of a name as it is, and the Vietnamese kind words heading it ("trường thpt"), which say which of its
    kinds' words a venue may name it by (`_host_words`)."""
    low = fold(site_name)
    pattern, words = _host_sites()
    found = [(m, words[" ".join(m.group(0).split())]) for m in pattern.finditer(low)]
    kinds: set[str] = set()
    heads: set[str] = set()
    lead, tail = 0, len(low)
    for m, kind in found:  # the words that head the name
        if low[lead:m.start()].strip(_NAME_GAP):
            break
        kinds.add(kind)
        if kind != "name" and not _ENGLISH_KIND.fullmatch(m.group(0)):
            heads.add(" ".join(m.group(0).split()))
        lead = m.end()
    for m, kind in reversed(found):  # ... or, in English, end it (not "ban", "thpt": Vietnamese, and heads)
        if m.start() < lead or low[m.end():tail].strip(_NAME_GAP) or not _ENGLISH_KIND.fullmatch(m.group(0)):
            break
        kinds.add(kind)
        tail = m.start()
    kinds.discard("name")
    if any(kind == "press" for _, kind in found):
        kinds = {"press"}
    rest = " ".join(re.findall(r"\w+", low[lead:tail]))
    return frozenset(kinds), rest if len(re.sub(r"\W|\d", "", rest)) >= 3 else None, frozenset(heads)


#: the words of a building a venue may name before the host's own name, whatever its kind: "tại trụ sở báo X"
_HOST_SEATS = ("trụ sở", "hội trường", "tòa soạn", "văn phòng", "tòa nhà", "khuôn viên", "cơ sở")


@cache
def _host_words(kinds: frozenset[str], heads: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The generic words the pages of a site of these kinds call it by (places_host_venues.txt), every kind's, longest
    first across the kinds (in a fixed order: the verdict is the same whatever the order of `kinds`); and a pattern
    for a run of words that may lead the site's own name in a venue: those, its kinds' own words (places_host_sites:
    "trường", "phổ thông", "liên cấp", "báo") and a building's ("trụ sở"). When the site's name heads with its own
    Vietnamese kind words (`heads`: "trường thpt"), only those and the words inside them lead it: "trường THCS Nguyễn
    Trãi" is another school than "Trường THPT Nguyễn Trãi"; generic venue words are not constrained."""
    venue = sorted({w for kind in kinds for w in lexicon.tagged("places_host_venues.txt", kind)},
                   key=lambda w: (-len(w), w))
    _, sites = _host_sites()
    own = {w for w, kind in sites.items() if kind in kinds}
    if heads - set(venue):  # (the name heads with words of its own: only those, and the words inside them)
        own = {w for w in own if any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", h) for h in heads)}
    leading = set(venue) | set(_HOST_SEATS) | own | {w for w, kind in sites.items() if kind == "name"}
    run = r"(?:" + lexicon.alternation(leading, spaces=True, word_start=True) + r"(?!\w)\s+)*"
    return tuple(venue), re.compile(run)


def _host_rest(rest: str, addresses: list[str]) -> bool:
    """Whether the words after a venue's host word are still the host: none, a number ("cơ sở 2") or a name its own
    address gives ("cơ sở Trung Văn"), never a street's ("Số 8 Chu Văn An, …": "tại trường Chu Văn An" is another
    school, named for the street)."""
    return not rest or bool(_NUMBER.fullmatch(rest)) or (
        len(rest) >= 3 and any(re.search(r"(?<!\w)" + re.escape(rest) + r"(?!\w)", part)
                               for a in addresses for part in _ADDRESS_PARTS.split(a)
                               if not _STREET_PART.match(part.strip())))


def _is_host(phrase: str, kinds: frozenset[str], name: str | None, addresses: list[str],
             heads: frozenset[str] = frozenset()) -> bool:
    """Whether a venue's words (folded) are the site's own body: its distinctive name leading them, alone ("tại
    Olympia") or after words of its kind ("tại Trường Phổ thông liên cấp Olympia", "tại trụ sở báo Thanh Niên"), not
    after other words ("tại Khu di tích Nguyễn Trãi", "tại Quảng trường Lê Lợi" on a school's page named for them);
    or a generic word its own pages call it by (places_host_venues.txt: "tại trường", "tại hội trường nhà trường",
    "tại đơn vị"), every kind's tried, alone or with a number or a name its address gives ("cơ sở Trung Văn")."""
    words, leading = _host_words(kinds, heads)
    named = re.match(leading.pattern + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", phrase) if name else None
    if named:
        rest = phrase[named.end():].strip()
        if _host_rest(rest, addresses) or leading.fullmatch(rest + " "):  # (what follows: "The Olympia Schools")
            return True
    for word in words:  # (none for a newspaper: its "tại trường", "tại hội trường" is some body it reports on)
        if (phrase == word or phrase.startswith(word + " ")) and _host_rest(phrase[len(word):].strip(), addresses):
            return True
    return False


def _host_venues(doc: Doc, title: str | None, where: PlaceResult) -> list[tuple[str, str, Span | None]]:
    """The venues the record's text gives, as (folded words, as written, span in the text or None for the title's):
    the place found, the title's "tại ...", and a sentence's "tại ..." told after the meeting's word or its verb."""
    out: list[tuple[str, str, Span | None]] = []
    if where.place.venue or where.place.text:
        written = where.place.venue or where.place.text
        spans = where.spans.get("place") or [None]
        out.append((fold(written), written, spans[0]))

    def phrases(source: Doc, sentences: _Sentences | None) -> None:
        for count, m in enumerate(_HOST_AT.finditer(source.low)):
            if count >= MAX_AT:
                break
            if sentences is not None:  # (in the text: told after the meeting's word or its verb, in its sentence)
                start = max(sentences.around(m.start())[0], m.start() - _HOST_REACH)
                before = source.low[start:m.start()]
                if not (_event_re().search(before) or _HOST_HELD.search(before)):
                    continue
            at = m.end()
            end = _HOST_PHRASE_END.search(source.low, at)
            stop = end.start() if end else len(source.low)
            words = source.low[at:stop].split()[:_HOST_WORDS]
            if not words or _event_re().match(source.low, at) or _NOT_A_VENUE.match(source.low, at):
                continue
            phrase = " ".join(words)
            length = len(re.match(r"\s*".join(map(re.escape, words)), source.low[at:]).group(0))
            out.append((fold(phrase), source.text[at:at + length], (at, at + length) if sentences else None))

    if title:
        phrases(Doc.from_raw(title), None)
    phrases(doc, _Sentences(doc))
    return out


#: a part of an address that a street or a house leads: "Số 10 đường Thái Nguyên" names no province
_STREET_PART = re.compile(r"(?:số|đường|phố|ngõ|ngách|hẻm|kiệt)(?!\w)|\d", re.I)
#: what parts an address: "71 Hàng Trống, Hoàn Kiếm", "71 Hàng Trống - Hoàn Kiếm - Hà Nội", "Số 10 Nguyễn Huệ; Quận 1"
_ADDRESS_PARTS = re.compile(r"\s*[,;|]\s*|\s+[-–—]\s+")
#: what leads a street-led part: the house, the alley, the street's word ("Số 1", "ngõ 5 phố", "71")
_STREET_LEAD = re.compile(r"(?:(?:số|đường|phố|ngõ|ngách|hẻm|kiệt|nhà|(?:xa|quốc|đại|tỉnh|hương)\s+lộ)(?!\w)\s*"
                          r"|\d[\w/.]*\s*)+", re.I)
#: the words a street's name takes at least, after what leads it ("đường Thái Nguyên": never a province)
_STREET_NAME_WORDS = 2


def _address_province(address: str) -> tuple[str | None, str | None]:
    """The province (and country) an address is in, read from its last part first (parts by ",", ";", "|", " - ":
    "..., Buôn Ma Thuột": Đắk Lắk), parts a street or a house number leads left out ("Số 10 đường Thái Nguyên" is a
    street named for a province, not in it); when none names a province, the words of a street-led last part after
    the street's name ("Số 1 Tôn Thất Tùng Đống Đa Hà Nội"), never the street's own ("Số 10 đường Thái Nguyên")."""
    address = " ".join(address.split())  # (one space a gap: the part splitter never meets a run of white space)
    parts = [part.strip() for part in _ADDRESS_PARTS.split(address) if part.strip()]
    for part in reversed(parts):
        if _STREET_PART.match(fold(part)):
            continue
        province, _, country, _ = _resolve(_hits(Doc.from_raw(part)))
        if province or country:
            return province, country
    if parts and _STREET_PART.match(fold(parts[-1])):
        lead = _STREET_LEAD.match(parts[-1])
        words = parts[-1][lead.end() if lead else 0:].split()[_STREET_NAME_WORDS:]
        if words:
            province, _, country, _ = _resolve(_hits(Doc.from_raw(" ".join(words))))
            if province or country:
                return province, country
    return None, None


def at_host(doc: Doc, where: PlaceResult, *, title: str | None = None, site_name: str | None = None,
            addresses: tuple[str, ...] = (), newsroom: bool = False,
            event_date: dt.date | None = None) -> PlaceResult:
    """The place of a meeting a site's own body hosted at home, from the address its page gives (a contact block, a
    footer: Meta.site_addresses), when the text names no province: "Hội thảo Khai vấn học đường ... tại Olympia" on
    The Olympia Schools' page, whose address is "KĐT Trung Văn, Nam Từ Liêm, Hà Nội". Only when the meeting is not
    online nor abroad, a venue the title or the meeting's sentences give is the host itself (its name, or a generic
    word its own pages call it by: "tại trường", "tại hội trường nhà trường") and none is elsewhere, and the page's
    addresses (one, or a body's branches) lie in one province; else `where` as it is. `newsroom`: the page labels its
    address "Tòa soạn", a newspaper's (Meta.site_newsroom)."""
    place = where.place
    if place.province or place.online or place.country not in (None, VIETNAM) or where.abroad_in_lead \
            or not addresses or not site_name \
            or any(w.startswith((PASSING_ABROAD, FAR_ABROAD)) for w in where.warnings):
        return where  # (a place abroad named, if only in passing: not the host's home for sure)
    provinces: dict[str, str] = {}
    for address in addresses:
        province, country = _address_province(address)
        if country and country != VIETNAM:
            return where  # (a branch abroad: the host is not at home only)
        if province:
            provinces.setdefault(province, address)
    if len(provinces) != 1:  # none, or branches in several provinces: which one hosted is not said
        return where
    kinds, name = _site(site_name, newsroom)
    heads = _site_parts(_site_name_only(site_name))[2]
    folded = [fold(a) for a in addresses]
    venues = _host_venues(doc, title, where)
    verdicts = [_is_host(phrase, kinds, name, folded, heads) for phrase, _, _ in venues]
    if not any(verdicts) or not all(verdicts):
        return where  # no venue given, or one elsewhere
    (province, address), = provinces.items()
    _, written, span = venues[verdicts.index(True)]
    province, province_2025 = _as_of(province, event_date)
    generic = not (name and re.search(r"(?<!\w)" + re.escape(name.split()[0]), fold(written)))
    spans = {k: list(v) for k, v in where.spans.items()}
    if span:
        spans["place"] = [span]
    warnings = [w for w in where.warnings if w not in (AT_HOME, AT_HOME_ASSUMED)]
    warnings.append(f"{HOST_ADDRESS}: {province} ({address})")
    return PlaceResult(place.model_copy(update={"text": written, "venue": None if generic and not _names_something(
        written) else written, "city": None, "province": province, "province_2025": province_2025,
        "country": VIETNAM, "online": False, "inferred": True}), spans, warnings)
