"""Is this article the report of one specific meeting? If so: its kind, name and edition.

A meeting report names a meeting-type event (hội nghị, hội thảo, tập huấn ...) in a
sentence that says it was held (tổ chức, diễn ra, khai mạc, dự ...) and when (a day, or
"vừa qua", "sáng nay"). Every mention of a kind noun is weighed:

- a reference rather than a report is dropped: "Nghị quyết Đại hội XII", "kế hoạch tổ
  chức đại hội", "tiến tới Đại hội", meetings in general ("các hội nghị"), a sports
  team's "tập huấn" camp;
- the rest score for a held verb in the sentence (more when it governs the noun: "tổ
  chức Hội nghị", "Hội thảo ... đã khai mạc"), a day in the sentence (or in a short
  dateline sentence just before it), the noun written as a name ("Hội nghị"), the
  event in the title, and the article coming back to it ("Tại hội nghị", "phát biểu
  tại Hội thảo").

The article is a report when its best mention is held and dated, or held and the article
keeps coming back to the event. Most articles name no kind noun at all: a test on the raw text
(might_name_a_meeting) rejects them before they are even normalised.
"""
from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from . import lexicon
from .lexicon import alternation as _alternation
from .names import is_not_name, is_place, is_vietnamese_name
from .normalize import INVISIBLE, INVISIBLE_CHARS, Doc, fold, strip_accents, strip_tones
from .types import Detection, Span

NO_KIND = "not a meeting report: no meeting-type event (hội nghị, hội thảo, tập huấn ...) is named"
ONLY_PASSING = ("not a meeting report: meetings are only mentioned in passing (a resolution of a congress, "
                "a plan or preparations for one, meetings in general, a sports training camp)")
NOT_HELD = "not a meeting report: a meeting is mentioned, but no sentence says that one was held on a given day"
FULL_TEXT = ("not a meeting report: the article gives the full text of a document (toàn văn: a resolution, "
             "a joint statement, a speech), not a report of the meeting")
CALLED_OFF = "not a meeting report: the title says the meeting was put off or called off"
ROUND_UP = ("not a meeting report: the title opens a round-up of several items (điểm tin, bản tin, toàn cảnh ...), "
            "not the report of one meeting")
TRIP_END = ("not a meeting report: the title tells the end of a trip (kết thúc chuyến thăm ...), which sums up its "
            "meetings rather than reporting one")
PLAN_TOLD = ("not a meeting report: a meeting still ahead is told, with no day of its own (the day written is when "
             "the plan was told)")
PREVIEW = ("not a meeting report: the title weighs what is hoped or feared of a trip or a meeting still ahead "
           "(kỳ vọng, phép thử ...) or tells it as ahead (sẽ, chuẩn bị ...), which the article gives no day of its own")
INTERVIEW = ("not a meeting report: the article is an interview, the reporter's questions put to the one who "
             "answers (..., thưa ông?), which a meeting it names is only the background of")
ASKED = ("not a meeting report: the title asks a question (..., vì sao ...?) the article answers from a meeting it "
         "names with no day of its own, its source rather than its report")
TRANSFERS = ("not a meeting report: the title opens a football transfer column (chuyển nhượng ...), whose meetings are "
             "players' and clubs' talks")
MARKET = ("not a meeting report: the title opens a market-price column (giá vàng, tỷ giá, giá dầu ...), whose "
          "meetings (a central bank's, OPEC's) are named as what moves the prices")
PHONE_CALL = ("not a meeting report: the title or its lead tells a phone call between leaders (điện đàm), whose "
              "meetings (a summit it invites to, a press conference in a caption) are only named")
LISTING = ("not an article: the web page is a listing of other articles (a category or front page: linked headlines "
           "with their dates or leads, no article text of its own)")
LONELY = ("not a meeting report: a meeting is named once, in passing, and the article says nothing of who attended it "
          "or what it set out")

#: how far into the text after its title "giới thiệu toàn văn ..." still introduces the whole article
_FULL_TEXT_CHARS = 1000
#: how far back from a kind noun the words that govern it are looked for
_BEFORE = 48
#: a sentence before the event's that is this short is a dateline ("Ngày 06-08/7/2023, tại tỉnh Thái Nguyên.")
_DATELINE_CHARS = 90
#: the title, when the text carries it, stands in its head
HEAD_CHARS = 800
#: the lead: the first paragraph or so after the title
_LEAD_CHARS = 600
#: an undated meeting reports the article when a sentence starting this near the title opens on it (the meeting in
#: its first _OPENER_CHARS)
_OPENING_CHARS = 400
_OPENER_CHARS = 80
#: how far after a meeting's mention a date may stand and still be written with its name
_NAME_DATE_CHARS = 80
#: how far before a meeting's mention the words said there may start ("yêu cầu của <a title and a name> tại cuộc họp")
_SAID_REACH = 150
#: a meeting the sentence puts in a past year: "diễn ra vào năm 2007", "Tháng 8-2015 VTVcab đã có buổi họp báo"
_YEAR = r"(?:năm|tháng\s*\d{1,2}(?:\s*[-/.]|\s+năm))\s*(?:19|20)\d\d(?!\d)"
_PAST_YEAR = re.compile(r"(?<!\w)(?:vào|hồi|từ)\s+" + _YEAR)
#: ... the year the meeting was held, not the one since which what it is about runs ("Hội nghị tổng kết Chương trình
#: xây dựng nông thôn mới được triển khai từ năm 2010")
_HELD_IN_YEAR = re.compile(r"(?<!\w)(?:vào|hồi)\s+" + _YEAR)
#: ... or told from now, in the meeting's own clause: "Trong một cuộc họp tại phòng Bầu dục vào tháng 11 năm ngoái"
#: (or counted back from now: "Tại cuộc gặp doanh nghiệp một năm trước, vấn đề vốn ...", "Hội nghị thượng đỉnh thế giới
#: Arab - Mỹ diễn ra hồi tháng trước", "cuộc gặp gần đây nhất giữa Nga và Mỹ là diễn ra cách đây hai tuần ở Jordan",
#: "Trong cuộc họp Hội đồng LĐBĐ Đông Nam Á (AFF) diễn ra hồi đầu tháng này"; not "hai tháng trước khi ...", a span
#: before something else; or a part of a written year: "trong cuộc họp trực tuyến của Chính phủ với các địa phương cuối
#: năm 2016", not a span the name covers, "Hội nghị sơ kết công tác 6 tháng đầu năm 2017")
_LAST_YEAR_AFTER = re.compile(r"[^,.;:!?\n]{0,60}?(?<!\w)(?:(?:vào|hồi)\s+(?:tháng\s*\d{1,2}\s+)?năm\s+(?:ngoái|trước)"
                              r"|(?:(?:(?:vào|hồi)\s+)?tháng|(?:một|hai|ba|\d{1,2})\s+(?:năm|tháng|tuần))\s+trước"
                              r"(?!\w)(?!\s+(?:khi|đó|đây)(?!\w))"
                              r"|cách\s+đây\s+(?:[^\s,.;:!?]+\s+){1,2}?(?:ngày|tuần|tháng|năm)"
                              r"|hồi\s+(?:đầu|cuối|giữa)\s+(?:tháng|năm)"
                              r"|(?<!tháng\s)(?:đầu|cuối|giữa)\s+năm\s+(?:19|20)\d\d)(?!\w)")
#: a meeting whose own clause gives it only a vague time before now, a week back, so that a day the sentence writes is
#: the telling's: "The Washington Post ngày 15-5 dẫn hai nguồn tin ... cho biết trong buổi tiếp ngoại trưởng và đại sứ
#: Nga tuần trước", "kết thúc cuộc hội đàm giữa Tổng thống Nga ... bên lề Hội nghị Thượng đỉnh ... (G20) cuối tuần qua
#: tại Ham-buốc" (recalled; not "tuần trước khi ...", a span before something else, nor an opening "Tuần qua, ...";
#: nor past a relative clause, which tells of something else: "tổ chức hội thảo về giải pháp chống ngập mà Chính phủ
#: đã giao cho Bộ tuần trước", "tại cuộc họp với các bộ ngành để bàn việc ... mà Quốc hội đã thông qua tuần trước")
#: (talks held on the sidelines of a summit have the summit's time: "cuộc hội đàm giữa ... bên lề Hội nghị Thượng
#: đỉnh Nhóm các nền kinh tế ... (G20) cuối tuần qua", the reach counted again from "bên lề", past the summit's name)
_VAGUE_CLAUSE = r"(?:(?!(?<!\w)(?:mà|để|về|khi)(?!\w))[^,.;:!?\n])"
_VAGUE_AFTER = re.compile(rf"(?:{_VAGUE_CLAUSE}{{0,120}}?(?<!\w)bên\s+lề(?!\w){_VAGUE_CLAUSE}{{0,100}}?"
                          rf"|{_VAGUE_CLAUSE}{{0,80}}?)(?<!\w)"
                          r"(?:tuần\s+trước(?!\w)(?!\s+(?:khi|đó|đây)(?!\w))|cuối\s+tuần\s+qua(?!\w))")
#: a day told by a reporting verb written after it, before the meeting: "The Washington Post ngày 15-5 dẫn hai nguồn
#: tin quan chức Mỹ cho biết trong buổi tiếp ...", "Báo Izvestia ngày 11-7 dẫn nguồn tin riêng ..." (the paper's day)
#: (tells_verbs.txt's "reported"; "dẫn" not in a word of its own, detect_dan_in_a_word.txt: "hướng dẫn", "dẫn đầu",
#: "dẫn đến": "Sở GD&ĐT ngày 10/7 hướng dẫn các trường ...", "Chiều 26/7, ... dẫn đến cuộc họp ...")
_DAN_WORDS = lexicon.words("detect_dan_in_a_word.txt")
_DAN_IN_A_WORD = (
    r"(?:" + "|".join(r"(?<=" + re.escape(w.rpartition(" ")[0]) + r"\s)" for w in _DAN_WORDS if w.endswith(" dẫn"))
    + r")dẫn(?!\w)"
    r"|dẫn\s+(?:" + _alternation((w.partition(" ")[2] for w in _DAN_WORDS if w.startswith("dẫn ")), spaces=True)
    + r")(?!\w)")
_REPORTED = re.compile(r"(?<!\w)(?!" + _DAN_IN_A_WORD + r")(?:"
                       + _alternation(lexicon.tagged("tells_verbs.txt", "reported")) + r")(?!\w)")
#: a meeting told by its verb as ahead, counted from now in the verb's clause: "tại Hội nghị bộ trưởng WTO diễn ra tại
#: Buenos Aires vào tháng 12 tới", "khi các ngoại trưởng G20 nhóm họp tại Bonn vào tuần tới" (an aim or a hope, with no
#: day of its own; not "vào ngày 15 tháng 6 tới", "ngày 15-16 tháng 6 tới", a day; nor the words said at it after a comma: "Tại hội nghị, ông X
#: cho biết trong tháng tới ...")
_AHEAD_AFTER = re.compile(r"[^,.;:!?\n]{0,100}?(?<!\w)(?:(?<!\d\s)(?<!\d)tháng\s*\d{1,2}\s+tới|(?:tháng|tuần)\s+tới"
                          r"|(?:vào|trong)\s+năm\s+tới|sắp\s+tới)(?!\w)")
_YEAR_OPENER = re.compile(r"\W*" + _YEAR)
#: without a day, what tells that a meeting took place or is under way
_PAST_TENSE = re.compile(r"(?<!\w)(?:đã|vừa|đang|mới đây|diễn ra|khai mạc|kết thúc|bế mạc|được tổ chức)(?!\w)")
#: someone called in by the authorities: their "buổi làm việc" is a hearing, not a meeting
_WORKING_SESSION = "buổi làm việc"
_SUMMONS = re.compile(r"(?<!\w)(?:mời|yêu cầu|triệu tập)[^.;!?\n]{0,60}?\s(?:lên|đến|tới|về)\s+(?:trụ sở\s+)?"
                      r"làm việc(?!\w)")
#: the tense before a kind told with its verb ("đã tiếp Hoàng hậu ..."): not part of the event's name
_TENSE_LEAD = re.compile(r"(?:đã|vừa)\s+")
#: score a mention needs to make the article a report
_ACCEPT = 6

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ORDINAL_WORDS = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}

_UPPER = lexicon.UPPER
#: a link to another story, set in square brackets inside the text as baomoi's pages have them: its headline
#: names that story's meeting, not the one reported ("... tham dự Diễn đàn hợp tác quốc tế “Vành đai và con đường.”
#: [Chủ tịch nước dự Diễn đàn “Vành đai và Con đường” tại Trung Quốc] Việc có nhiều chuyến ...")
READ_MORE = re.compile(r"\[[^\[\]\n]{8,300}\]")


@lru_cache(maxsize=8)
def read_more_links(text: str) -> tuple[Span, ...]:
    """Where the text's links to other stories are (READ_MORE), in order."""
    return tuple(m.span() for m in READ_MORE.finditer(text)) if "[" in text else ()


def in_read_more(links: tuple[Span, ...], pos: int) -> bool:
    """Whether `pos` falls inside one of the links (read_more_links)."""
    index = bisect.bisect_left(links, (pos, -1)) - 1
    return index >= 0 and pos < links[index][1]
#: a sentence ends at a line end, or at . ! ? … (and closing quotes) or a read-more link's closing "]" before a capital, a quote or a bracket
#: (led by a character set, so that the regex engine skips ahead to the next candidate: the match
#: of a sentence-ending mark starts at the mark, and the sentence at its end)
_SENTENCE_END = re.compile(r"[\n.!?…\]](?:(?<=\n)\n*|(?!\n)[\"”’)]*\s+(?=[\"“‘(\[]?[" + _UPPER + r"]))")
#: a lost full stop: a caption or credit runs into the lead that opens on its day ("... Ảnh minh họa Ngày 7/2, ...",
#: "(Ảnh: Reuters) Sáng 14/5, tại ...", "xin lỗi bà Loan Tối 15.6, tại Hội nghị ..."): a capital day word and a date
#: in mid-line open a sentence (led by its capitals, as above; after a figure too: "tăng trưởng 6,53% Ngày 5-6, tại ...")
#: (the word after a word, a bracket or a per cent sign and a space: asserted after its capital, so that the engine skips
#: ahead to the next capital instead of trying every place)
_LOST_STOP = re.compile(lexicon.alternation(("Sáng", "Chiều", "Tối", "Trưa", "Ngày", "Hôm"), after=r"[\w)\]%] ")
                        + r"\s+(?:nay\s*)?\(?\d{1,2}\s?[/.-]\s?\d")
#: the words that open a sentence and never end a photographer's name or an agency's
CAPTION_RUNS_INTO = (r"(?:Thông tin trên|Phát biểu tại|Tại (?:buổi|hội|cuộc|phiên)|(?:Cuộc|Buổi|Phiên) (?:họp|gặp|hội|tiếp|"
                     r"đối|tọa|làm)|Theo đó|Trước đó|Cũng theo|"
                     r"Trong khi đó|(?:Sáng |Chiều |Tối )?cùng ngày|Cùng ngày)(?!\w)")
#: ... or a photo's credit that ends in an agency's capitals, or in its bracket: the next sentence opens after it ("...
#: tại Bờ Tây ngày 6/10. Ảnh: EPA/TTXVN Trong một phiên họp, Quốc hội Israel đã ...", "... lễ duyệt binh tại thủ đô
#: Bình Nhưỡng hôm 15/4 (Ảnh: Reuters) Hội đồng bảo an ... ngày 5/7 đã nhóm họp"; not "Ảnh: VGP/Quang Hiếu", a name
#: goes on)
#: (a credit in its bracket, "(Ảnh: Reuters)", "(Nguồn: AFP/TTXVN)"; a credit's words, up to the next sentence)
#: (its word in either case: "... diễn tập tại Kuala Lumpur . (nguồn: AFP/TTXVN) Theo Channel New Asia, ngày 10/7, ...")
CREDIT_IN_BRACKETS = r"\((?:[Ảả]nh|[Nn]guồn)\s*:[^()\n]{1,60}\)"
#: (a photographer's initials keep their dots: "... sẽ được đưa vào sử dụng từ ngày 3.7 Ảnh: M.Q Thông tin trên được
#: GĐ Sở GTVT TPHCM Bùi Xuân Cường cho biết tại buổi họp ... chiều 19.6", "Ảnh: T.V.Giang")
#: (what follows the word "Ảnh", shared with the credit glued to the next sentence, `_CREDIT_WORDS_TAIL`)
_CREDIT_WORDS_REST = r": (?:[^.:;()\n]|(?<=[A-ZĐ])\.(?=[A-ZĐ])){1,30}?"
CREDIT_WORDS = r"Ảnh" + _CREDIT_WORDS_REST
#: the letters with Vietnamese marks, of either case (none in an English word or name: "Navy", "Novosti")
_VIETNAMESE_LETTERS = "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ" \
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
#: what follows "Ảnh" or "Nguồn" in a credit glued to the next sentence, in the order tried: an agency's capitals after
#: a slash, "Ảnh: EPA/TTXVN Trong một phiên họp ..." (a capital after it) ...
_CREDIT_TAILS = (r": [A-Za-z.]+/[A-ZĐ]{2,}\)? (?=[" + _UPPER + r"])",
                 # ... or an agency's capitals alone before a capitalised Vietnamese word: "... trước đó bị cấm
                 # lên máy bay tới Mỹ. Ảnh: REUTERS Cảnh tượng tương tự ...", "Ảnh: TTXVN Bộ Nông nghiệp ...",
                 # "Ảnh: AFP Sau khi ..." (a Vietnamese letter in it, a lower-case word after it, a sentence's
                 # opening words, or detect_credit_openers.txt: "Ảnh: REUTERS Theo Reuters, ..."; not the name
                 # that goes on: "Ảnh: VTC News", "Ảnh: USA Today", detect_credit_name_goes_on.txt; "Ảnh: US Navy
                 # Tàu USS ...", "Ảnh: RIA Novosti Hãng Interfax ...", no Vietnamese word)
                 r": [A-ZĐ]{2,} "
                 r"(?!(?:" + _alternation(lexicon.words("detect_credit_name_goes_on.txt")) + r")(?!\w))"
                 r"(?=[" + _UPPER + r"][" + lexicon.LOWER + r"])"
                 r"(?=\w*[" + _VIETNAMESE_LETTERS + r"]|\w+ [" + lexicon.LOWER + r"]|" + CAPTION_RUNS_INTO
                 + r"|(?:" + _alternation(lexicon.words("detect_credit_openers.txt")) + r")(?!\w))")
# ... or any credit, before the words that only open a sentence: "-Ảnh: Hùng Lê | Thông tin trên được ghi nhận tại buổi
# tiếp ...", "Ảnh: Internet | Theo đó, ..."
_CREDIT_WORDS_TAIL = _CREDIT_WORDS_REST + r" (?=" + CAPTION_RUNS_INTO + r")"
_SOURCE_WORDS_TAIL = r": [^.:;()\n]{1,30}? (?=" + CAPTION_RUNS_INTO + r")"
#: a photo's credit glued to the next sentence (only its end is read: where that sentence starts); one in its bracket
#: before a capital. (A match of "Nguồn" is led by its "ồ", "Ngu" asserted behind after it, so that each branch is led
#: by a letter and the engine skips ahead to the rare "Ả", "ồ" and "(", not trying every position; each word's tails
#: are tried in the order above, as one alternation of the credits was.)
_CREDIT = re.compile(r"Ảnh(?:" + "|".join((*_CREDIT_TAILS, _CREDIT_WORDS_TAIL)) + r")"
                     r"|ồ(?<=Nguồ)n(?:" + "|".join((*_CREDIT_TAILS, _SOURCE_WORDS_TAIL)) + r")"
                     r"|" + CREDIT_IN_BRACKETS + r" (?=[" + _UPPER + r"])")

#: academic and other titles written with a dot before a name
_TITLE_DOTS = ("TP.", "Tp.", "(TP.", " GS.", " PGS.", "TS.", "TSKH.", "ThS.", "Ths.", "THS.", " BS.", "BSCK.", " KS.", " LS.", " CN.", "NCS.",
               "NXB.", " Mr.", "Mrs.", " Ms.", " Dr.", "-GS.", "-TS.")
#: the letters the title dots end with before their dot: a mark after any other character ends no title (most marks,
#: which are then not asked about each of the titles)
_TITLE_DOT_LETTERS = frozenset(dot[-2] for dot in _TITLE_DOTS)
assert all(dot.endswith(".") for dot in _TITLE_DOTS)
#: a day's number (or two: "14 - 15") after its first digit, which is not after a digit, dot, comma or slash
_NUM_DAY_REST = r"(?<![\d.,/]\d)\d?(?:\s*(?:[-–]|và|đến|tới)\s*\d{1,2})?"
#: a day of a month: 8/10, 15.5, 25-5, 04-05/11/2022, ngày 16, 14 - 15 tháng 10; not 1.912, 2,5%, 02/2017
#: (its first character, a digit or the n of "ngày", taken from one set and each branch asserting it behind, so that the
#: engine skips ahead to the next candidate instead of trying every place)
_DAY = re.compile(
    r"[\dn](?:(?<=\d)" + _NUM_DAY_REST
    + r"\s*[/.-]\s*\d{1,2}(?![\d%]|[.,]\d)(?!\s*(?:%|tỷ|triệu|nghìn|ngàn|usd|đồng))"
    r"|(?<=n)gày\s+(?:mùng\s+|mồng\s+)?\d{1,2}(?!\d)"
    r"|(?<=\d)" + _NUM_DAY_REST + r"\s+tháng\s+\d{1,2}(?!\d|[.,]\d))"
)
#: an ordinal after "thứ", in digits, in Roman numerals or in words (folded text): "thứ 10", "thứ XIV", "thứ nhất"
_ORDINAL = r"(?:[0-9]{1,3}|[ivxlc]{1,8}|" + "|".join(_ORDINAL_WORDS) + r")(?!\w)"
_EDITION = re.compile(
    r"(?:lần\s+thứ|lần|(?:kỳ|phiên)\s+họp\s+thứ|(?:kỳ|phiên)\s+họp\s+lần\s+thứ)\s+(" + _ORDINAL + ")"
)
#: a Party Central Committee's plenum told by its number after "Trung ương", at the name's start: "Hội nghị Trung
#: ương 5 khóa XII", "Hội nghị Trung ương 4, khóa XII", "Hội nghị Trung ương III của Đảng Cộng sản Cuba" (not "Hội nghị
#: quán triệt Nghị quyết Trung ương 5": the plenum whose resolution is studied)
_PLENUM = re.compile(r"hội\s+nghị\s+(?:ban\s+chấp\s+hành\s+)?(?:trung\s+ương|tư)\s+"
                     r"([0-9]{1,2}|[ivx]{1,5})(?!\w|[/.-]\d)")
#: a body told meeting with its verb and the sitting's ordinal: "Ủy ban Thường vụ Quốc hội khóa XIV đã họp phiên thứ
#: 10", "Ban Chỉ đạo ... đã họp phiên thứ 8", "Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 15"
_MET_SITTING = re.compile(r"họp\s+(?:phiên|kỳ)\s+(?:lần\s+)?thứ\s+(" + _ORDINAL + ")")
#: the ordinal after the name's bracketed short name, where the name stops: "Hội nghị các quan chức cấp cao của Hiệp hội
#: các quốc gia Đông Nam Á-Liên minh châu Âu (ASEAN-EU) lần thứ 24"
_EDITION_AFTER_SHORT = re.compile(r"\s*\([^()\n]{1,25}\)\s*lần\s+thứ\s+(" + _ORDINAL + ")")
#: a congress counts its terms: "Đại hội đại biểu Hội Xuất bản Việt Nam khóa IV"
_TERM = re.compile(r"(?:khóa|nhiệm\s+kỳ\s+thứ)\s+([0-9]{1,3}|[ivxlc]{1,8})(?!\w)")
#: (its first character taken from one set, each branch asserting it behind, so that the engine skips ahead to the next
#: mark or space instead of trying every place)
_NAME_END = re.compile(
    r"[;:!?\n(.,\s](?:"
    # (not the dot of "TP.HCM", "TP. Hải Phòng": a dot before a letter, or after "TP", ends no name)
    r"(?<=[;:!?\n(])|(?<=\.)(?<!(?<!\w)tp\.)(?!\w)|(?<=,)\s|(?<=\s)[-–]\s(?=\w)|(?<=\s)(?:do|tại|với|nhằm|vào|từ|trong|đã|sẽ|được|diễn ra|khai mạc|bế mạc|"
    r"cho|của các|theo|ở|nhân dịp|trên|bắt đầu|kết thúc|khép lại|bước vào|bước sang|sắp)\s"
    r"|(?<=\s)(?:sáng|chiều|tối|trưa|ngày|hôm)\s(?=\d|nay|qua|mai|ngày|hôm|thứ)"
    # (or the day's end or start: "hội đàm với lãnh đạo Saudi Arabia cuối ngày 20/5")
    r"|(?<=\s)(?:cuối|đầu)\s(?=ngày\s\d)"
    # "hội nghị Ban Thường vụ Trung ương Đoàn lần thứ 19 tổ chức ngày 23/6": the verb, then the day
    r"|(?<=\s)(?:(?:đã|vừa|được)\s)?tổ chức\s(?=(?:vào\s)?(?:(?:sáng|chiều|tối|trưa)\s)?(?:ngày\s)?\d))"
)
_NAME_CHARS = 220
#: "Hội nghị - Hội thảo", "Hội nghị-Hội thảo": one event under two nouns
_PAIR = re.compile(r"\s*[-–]\s*(?:hội nghị|hội thảo|tọa đàm|tập huấn|diễn đàn|triển lãm|tập huấn)(?!\w)")
#: after a comma, a lower-case word that is not a new clause carries the name on
_LIST_GOES_ON = re.compile(
    r"(?![^\s]*[A-ZĐ])(?!(?:đánh giá|nhằm|với|có|thu hút|bàn|thảo luận|nghe|thông qua|tổng kết|sơ kết|"
    r"triển khai|đồng thời|trong|tại|theo|sau|trước|khi|nơi|để|các đại biểu|đại biểu|các nhà|các bên|các nước|được|đã|sẽ|do|diễn ra|"
    r"khai mạc|bế mạc|vừa|là|nhưng|cùng|gồm|bao gồm|kéo dài|sáng|chiều|tối|ngày|từ|vào|hội nghị|hội thảo|tập trung|"
    r"xem xét|cho ý kiến|nhấn mạnh|cho biết|cho rằng|khẳng định|yêu cầu|đề nghị|phát biểu|sôi nổi|"
    # a speaker named after the meeting: "Phát biểu tại buổi họp báo, người phát ngôn Bộ Ngoại giao ...", "tại cuộc họp
    # giao ban báo chí thường kỳ của tỉnh Cà Mau, ông Huỳnh Quốc Hoàng ..."
    r"ông|bà|anh|chị|đồng chí|người phát ngôn|phát ngôn viên|người đứng đầu)(?!\w))"
    r"[a-zà-ỹđ]"
)
#: what a dash may bring that is no part of a name: a photo credit, a source, a link
_AFTER_DASH_NOT_NAME = re.compile(r"(?:Ảnh|Nguồn|Video|Clip|Đọc|Xem|Tin|Theo)(?!\w)")
_QUOTE_OPEN = "\"“'‘«"
_QUOTED = re.compile(r"\s*(?:chuyên đề|với chủ đề|chủ đề|về)?\s*:?\s*[\"“‘«]([^\"“”’»\n]{3,250})[\"”’»]")
#: the event governed by a verb after it: "Hội nghị ... đã diễn ra", "Hội thảo ... được tổ chức"
_HELD_AFTER = re.compile(
    r"[\s,]*(?:\([^()]{0,80}\)[\s,]*)?"
    # "cuộc họp về ... vào chiều 8/6 do ông X chủ trì": the day may stand between the name and its verb
    r"(?:(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d{4})?[\s,]*)?"
    r"(?:(?:đã|được|chính thức|trọng thể|vừa|sẽ|đang|cũng|lần đầu)\s+)*"
    r"(?:được\s+)?(?:diễn ra|khai mạc|bế mạc|tổ chức|kết thúc|khép lại|bắt đầu|nhóm họp|tiến hành|họp|"
    # "Hội nghị lần thứ năm Ban Chấp hành Trung ương ... bước sang ngày làm việc thứ năm": a sitting under way
    r"bước\s(?:vào|sang)\s(?:ngày|phiên|buổi)\s(?:làm việc|họp|thảo luận)|"
    r"do\s[^.;!?\n]{2,150}?\s(?:phối hợp\s[^.;!?\n]{2,80}?\s)?(?:đồng\s)?(?:tổ chức|chủ trì))(?!\w)"
)
#: the verb after the phrase that names the event, set off by a comma: "cuộc họp về công tác chuẩn bị đội ngũ giáo
#: viên cho Chương trình giáo dục phổ thông mới, diễn ra chiều 6/6 tại Hà Nội"
#: the verbs that say a meeting took place, written after it
_TOOK_PLACE = r"diễn ra|khai mạc|bế mạc|tổ chức|kết thúc"
_HELD_LATER = re.compile(r"[^.;:!?\n,]{0,120},\s*(?:(?:đã|được|vừa|sẽ)\s+)*(?:" + _TOOK_PLACE + r")(?!\w)")
#: a sentence that opens with the meeting, its subject (after the day, if written), whose verb comes after a long name:
#: "Chiều 9/5 buổi họp báo công bố chương trình ... dưới sự tài trợ của ... Lý Nhã Kỳ đã diễn ra tại TP.HCM", "Cuộc họp
#: nhóm hợp tác hành động Nga, Thổ Nhĩ Kỳ và Iran để giám sát lệnh ngừng bắn tại Syria đã bắt đầu tại Astana"
_DAY_WORDS = r"(?:(?:sáng|chiều|tối|trưa|ngày|hôm)\s+)?(?:(?:nay|qua)\s*)?\(?"  # "Sáng ", "Chiều nay (", "Chiều qua ", "ngày "
DAY_PHRASE = _DAY_WORDS + r"\d{1,2}\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d{2,4})?\)?"  # "Sáng 30.6", "ngày 6-2-2017"
#: (the part of the day may stand before "ngày", as DAY_LEAD reads it: "Sáng ngày 14.6 phiên chất vấn Quốc hội đối với
#: Bộ trưởng, Bộ VHTTDL tiếp tục diễn ra ...")
_DAY_OPENER = re.compile(r"\W*(?:(?:(?:sáng|chiều|tối|trưa)\s+)?" + DAY_PHRASE + r"[\s,]*)?")


def day_opening(day: str, *, earlier: bool = False, now: bool = False) -> str:
    """A regex for a sentence that opens on its day: what leads it (no word), the part of the day ("Sáng", "Chiều"),
    then `day`, the regex of the day itself. earlier: "Trước đó (vào)" may lead ("Trước đó ngày 23-1, ..."); now: "nay"
    or "qua" may follow the part of the day ("Sáng nay 12-5", which DAY_PHRASE reads itself). Both DAY_LEAD here and
    dates.OPENS_ON_DAY are built with it (here, not in dates.py, which imports this module)."""
    return (r"\W*" + (r"(?:trước\s+đó\s*,?\s*(?:vào\s+)?)?" if earlier else "")
            + r"(?:(?:sáng|chiều|tối|trưa)\s+" + (r"(?:nay\s+|qua\s+)?" if now else "") + r")?" + day)


#: a sentence opening on its day: "Chiều 26/4, ...", "Chiều ngày 15/4, ..." (the part of the day may stand before
#: "ngày"; places.py reads it too)
DAY_LEAD = day_opening(DAY_PHRASE)
_DAY_LEAD = re.compile(DAY_LEAD + r"\s*,")
_DAY_MONTH = re.compile(r"(\d{1,2})\s?[/.-]\s?(\d{1,2})")
#: how many days before its publication a daily still tells a meeting as its news (that day, the day before, a weekend)
_NEWS_DAYS = 2


def _of_the_day(published: dt.date | None, lead: re.Match[str] | None) -> bool:
    """Whether a sentence opening on its day (`lead`) tells the news of the article's publication day or the days just
    before: a meeting a month old ("Chiều 16/3, Thanh tra Sở ... có buổi làm việc" in an article of 12/4) is
    background."""
    day = _DAY_MONTH.search(lead.group(0)) if lead else None
    if not published or not day:
        return False
    try:
        told = dt.date(published.year, int(day.group(2)), int(day.group(1)))
    except ValueError:
        return False
    return 0 <= (published - told).days <= _NEWS_DAYS
#: ... a sentence that opens on its day, as a news lead does ("Ngày 1-6, Công an Quận Bình Thạnh tổ chức họp báo ...")
#: (after the outlet's label that opens a lead: "Online - Chiều 6-6, tại Hà Nội, ...", "GD&TĐ - Sáng 12/5, ...")
_LEAD_DAY = r"\W*(?:[^\W\d][^\s\d]{1,11}\)?\s+[-–]\s+)?" + DAY_PHRASE
_DAY_FIRST = re.compile(_LEAD_DAY)
#: ... a sentence that opens on its day (DAY_LEAD), its part of the day before "ngày" too: "Chiều ngày 13/6, tại Trụ sở
#: Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã thân mật tiếp Đoàn đại biểu ..." (a reception told with its manner)
_SENTENCE_ON_DAY = re.compile(DAY_LEAD)
#: what stands before a day that opens a sentence: "Ngày 7/2, ...", ". Chiều nay (6/2), ...", ") Sáng 11/5, ..."
#: (a short clause may lead in: "Tiếp tục chương trình làm việc, chiều 30/5, các đại biểu Quốc hội thảo luận ở tổ",
#: "Trong khuôn khổ chuyến thăm chính thức làm việc tại Cộng hòa Liên bang Đức, sáng 7-7, tại Hamburg, Thủ tướng ...")
_OPENS_BEFORE = re.compile(r"(?:^|[.!?\n)\]\"”]\s*)(?:[^\W\d][^.,;:!?\n\d]{0,80},\s*)?" + _DAY_WORDS + "$")
#: the verb of a sentence that opens on the meeting (after its day, if written), far after it: told done, or going on
#: ("tiếp tục diễn ra", as a sitting goes on; not "Cuộc họp sẽ tiếp tục diễn ra trong ngày mai", nor one that will
#: not, may or is planned to: "không / chưa thể / có thể / dự kiến / sẽ còn tiếp tục diễn ra")
_HELD_FAR = re.compile(r"(?:[^.;!?\n]|\.(?=\w)){0,200}?\s(?:đã|vừa|(?<!sẽ\s)(?<!sắp\s)(?<!không\s)(?<!chưa\s)"
                       r"(?<!thể\s)(?<!kiến\s)(?<!còn\s)tiếp\s+tục)\s+"
                       r"(?:được\s+)?(?:chính thức\s+)?(?:" + _TOOK_PLACE + r"|bắt đầu)(?!\w)")
#: kinds written with their own verb, held when a leader or a delegation is their subject
_SELF_HELD = frozenset({"đến làm việc", "đã tiếp", "vừa tiếp", "đã làm việc với", "vừa làm việc với", "thăm và làm việc",
                        "thăm, làm việc", "thăm làm việc", "đã tiếp xúc cử tri", "đã tiếp xúc với cử tri",
                        "vừa tiếp xúc cử tri", "vừa tiếp xúc với cử tri"}) | frozenset(
    # (a leader's talk to a body of people: "Chủ tịch nước ... đã đến thăm và nói chuyện với cán bộ, nhân viên ĐSQ")
    s for s in lexicon.labelled("event_kinds.txt") if s.endswith(" nói chuyện với"))
#: a working visit is held when told as done ("đã đến thăm, làm việc tại tỉnh Bắc Kạn"), not as the frame of a guest's
#: stay ("Đặc phái viên ... đang thăm và làm việc tại Việt Nam", "trong khuôn khổ chuyến thăm, làm việc tại Nhật Bản")
_VISITS = frozenset({"thăm và làm việc", "thăm, làm việc", "thăm làm việc"})
#: kinds written with their own verb and no tense, held when a leader or a delegation is their subject in a lead that
#: opens on its day ("Ngày 29/5, Phó Thủ tướng dẫn đầu đoàn công tác làm việc với lãnh đạo các tỉnh ...")
_DAY_LED = frozenset({"làm việc với", "làm việc tại", "tiếp xúc cử tri", "tiếp xúc với cử tri"})
#: ... not when the work goes on, is to come or was a career: "lao động đang làm việc với", "sẽ làm việc với", "nghỉ
#: hưu sau 30 năm làm việc tại Đài Truyền hình Việt Nam", "từng làm việc với"
_NOT_DONE = re.compile(r"(?<!\w)(?:đang|sẽ|để|cần|phải|(?<!đã )(?<!vừa )tiếp tục|chưa|không|từng|năm|tháng)\s+$")
_VISIT_DONE = re.compile(r"(?<!\w)(?:(?:đã|vừa)(?:\s+(?:đến|tới))?|(?<!chuyến )(?:đến|tới))\s+$")
#: the police or investigators working with someone question them: not a meeting ("Công an huyện ... đã làm việc với
#: ông L.T.V"; not a police school: "đoàn công tác Phòng Lưu trữ và Thư viện – Học viện Cảnh sát nhân dân (CSND) đã đến
#: thăm và làm việc tại Thư viện ...", "Trường Đại học Cảnh sát nhân dân")
_QUESTIONING = re.compile(r"(?<!\w)(?<!học viện )(?<!đại học )(?<!trường )(?<!cao đẳng )(?<!trung cấp )"
                          r"(?:công an|cơ quan điều tra|cơ quan cảnh sát|cảnh sát|viện kiểm sát)(?!\w)")
#: ... or told by the one who did it, on the way to other news: "ông Võ Trung Dũng, Trưởng phòng Giáo dục ..., cho
#: biết sau khi xảy ra trường hợp ..., đơn vị đã làm việc với nhà trường"
_TOLD_BY = re.compile(r"(?<!\w)(?:cho biết|xác nhận)(?!\w)")
#: a parliament's or a council's debate told with its verb: held as written, unless planned
#: (and a minister's turn in question time told with the Assembly after it, event_kinds.txt's "trả lời chất vấn ..."):
#: event_kinds.txt's sitting forms led by a head of detect_debates.txt ("thảo luận tại tổ", "làm việc ở hội trường")
_DEBATE_HEADS = lexicon.words("detect_debates.txt")
_DEBATE_HEADS_SPACED = tuple(h + " " for h in _DEBATE_HEADS)  # (a head and the word after it: "thảo luận tại tổ")
#: a debate told by its bare verb opening the sentence, its day and then the deputies who spoke (event_kinds.txt): "Thảo
#: luận về tình hình kinh tế - xã hội sáng 9/6, đại biểu Nguyễn Sỹ Cương (Ninh Thuận) cho rằng ...", "Thảo luận góp ý
#: tại Quốc hội chiều 06/06 về dự thảo Luật Cảnh vệ, một số ĐBQH cho rằng ..." (elsewhere a bare "thảo luận" is talk:
#: no kind noun of event_kinds.txt, found only where it opens a sentence, _debate_openers, for _detect to weigh)
_DEBATE_OPENER = "thảo luận"
_DEBATE_OPENER_WORD = re.compile(_DEBATE_OPENER + r"(?!\w)")
#: the kind a debate so told is
_DEBATE_KIND = "phiên họp"
#: ... the clause to the comma after its day (a topic may hold commas: "Thảo luận việc bồi thường, hỗ trợ, tái định
#: cư dự án ... ngày 8/6,"), and the deputies after it
_DEBATE_CLAUSE = re.compile(r"(?:[^.;:!?\n]|\.(?=\w)){3,200}?\s" + DAY_PHRASE + r"[^,.;:!?\n]{0,40},")
_DEPUTIES = re.compile(r"\s*(?:(?:các|một số|nhiều)\s+)?(?:đại biểu|đbqh)(?!\w)")
_DEBATES = frozenset(fold(s) for s, label in lexicon.labelled("event_kinds.txt").items()
                     if label == "phiên họp" and (s in _DEBATE_HEADS or s.startswith(_DEBATE_HEADS_SPACED)))
#: the time a debate takes, not a debate held: "tăng thời gian làm việc tại hội trường", "dành 3 ngày làm việc tại ..."
_DEBATE_TIME = re.compile(r"(?<!\w)(?:thời gian|ngày|buổi|giờ)\s+$")
#: the Assembly (or its Standing Committee) told debating or voting, its subject and its verb (event_kinds.txt): a
#: sitting only in a sentence that gives its day before it, the lead of that day's report ("Ngày 24/5, Quốc hội thảo
#: luận về dự án Luật ...", "Chiều nay (12/6) với tỉ lệ 88,19% đại biểu tán thành, Quốc hội thông qua Luật ...",
#: "Tiếp tục chương trình làm việc, chiều 16/5, Ủy ban Thường vụ Quốc hội cho ý kiến về Báo cáo ...")
_ASSEMBLY_TOLD = frozenset(fold(s) for s, label in lexicon.labelled("event_kinds.txt").items()
                           if label == "phiên họp" and s.startswith(("quốc hội ", "qh ", "ubtvqh "))
                           and fold(s) not in _DEBATES)
#: ... not done by it but to it, or still ahead: "Luật ... được Quốc hội thông qua ngày 27/11/2015", "trình Quốc hội
#: xem xét, thông qua tại kỳ họp thứ 4", "khi Quốc hội thông qua", "đề nghị Quốc hội cho ý kiến"
_ASSEMBLY_NOT_DONE = re.compile(r"(?<!\w)(?:được|bị|trình|đề nghị|đề xuất|kiến nghị|xin ý kiến|chờ|để|khi|nếu|sẽ|"
                                r"muốn|cần|phải|chưa|không|từng|mà|của)\s+$")
#: the day told from the writing's, which dates a sitting as a day does ("Chiều nay, 20-6, Quốc hội đã thông qua"; not
#: "Mới đây, Quốc hội đã thông qua Luật ...", a law's news)
_TODAY = re.compile(r"(?<!\w)(?:hôm|sáng|chiều|tối|trưa)\s+(?:nay|qua)(?!\w)")


def _debate_openers(low: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The bare "thảo luận" opening a sentence (after quotes or a dash) that starts no longer kind noun ("Thảo luận tại
    tổ ..."): each a candidate of _debate_opens, in order (_DEBATE_OPENER)."""
    if _DEBATE_OPENER not in low:
        return
    for s_start in starts:
        at = low.find(_DEBATE_OPENER, s_start, s_start + 12)
        if at >= 0 and not low[s_start:at].strip(" \"“'‘(-–") and (m := _DEBATE_OPENER_WORD.match(low, at)) \
                and not _kinds()[0].match(low, at):
            yield m


def _debate_opens(low: str, s_start: int, k_start: int, k_end: int, s_end: int) -> bool:
    """Whether the bare "thảo luận" at [k_start, k_end) opens its sentence on a debate: the clause after it gives its
    day before a comma, and deputies speak after that comma (_DEBATE_OPENER)."""
    if low[s_start:k_start].strip(" \"“'‘(-–"):
        return False
    clause = _DEBATE_CLAUSE.match(low, k_end, s_end)
    return bool(clause) and bool(_DEPUTIES.match(low, clause.end(), s_end)) and not _planned(low, s_start, k_start)


def _assembly_sits(low: str, s_start: int, k_start: int, k_end: int, before: str) -> bool:
    """Whether the Assembly told debating or voting at [k_start, k_end) (_ASSEMBLY_TOLD) sat then: its day is written
    before it in its sentence, and it is not a plan nor done to it."""
    if _planned(low, s_start, k_start):
        return False
    return not _ASSEMBLY_NOT_DONE.search(before) and bool(_DAY.search(low, s_start, k_start)
                                                          or _TODAY.search(low, s_start, k_start))


#: the Assembly's floor, where a report or a bill is laid before it or explained, in a lead sentence that gives the
#: sitting's day (no kind noun tells it: _presented_there): "Sáng 29-5, Tổng Thanh tra Chính phủ Phan Văn Sáu trình bày
#: Tờ trình dự án Luật tố cáo (sửa đổi) trước Quốc hội", "Chiều 29/5, ... Phan Thanh Bình đã trình bày Báo cáo giải
#: trình, tiếp thu, chỉnh lý dự án Luật Du lịch (sửa đổi) tại hội trường Quốc hội", "Giải trình trước Quốc hội sáng nay
#: (7/6), Thống đốc Ngân hàng Nhà nước ... cho biết", "Ngày 24/5, Chủ nhiệm Ủy ban Tư pháp Lê Thị Nga báo cáo giải trình,
#: tiếp thu, chỉnh lý dự thảo Luật ...", "Tiếp tục chương trình nghị sự, Quốc hội (QH) sáng 29-5 nghe trình bày tờ trình"
#: (not another country's parliament: "phát biểu trước Quốc hội Ireland", its name after it)
_PRESENTED_FLOOR = re.compile(
    r"(?<!\w)(?:trước\s+(?:quốc\s+hội|qh)(?=\s*(?:[,.;:!?()\-–\n]|$|(?:sáng|chiều|tối|trưa|ngày|hôm|về|vào|tại|khóa|việt"
    r"\s+nam)(?!\w)))|(?:tại|ở|trên)\s+(?:hội\s+trường\s+(?:quốc\s+hội|diên\s+hồng)|nghị\s+trường)"
    r"|báo\s+cáo\s+giải\s+trình,?\s+tiếp\s+thu,?\s+chỉnh\s+lý"
    r"|quốc\s+hội(?:\s*\(qh\))?\s+(?:(?:sáng|chiều|tối)\s+(?:nay\s*)?\(?\d{1,2}\s?[/.-]\s?\d{1,2}\)?\s*,?\s+)?"
    r"(?:đã\s+|tiếp\s+tục\s+)?nghe(?=\s+(?:trình\s+bày|tờ\s+trình|báo\s+cáo|\S+\s+\S+\s+\S+\s+(?:trình\s+bày|báo\s+cáo))))"
    r"(?!\w)")
#: (a word every _PRESENTED_FLOOR match holds: "quốc" or "qh" before the Assembly's "hội", "trường" of its hall, "giải"
#: of the explanatory report)
_PRESENTED_FLOOR_WORDS = ("quốc", "qh", "trường", "giải")
#: ... what is done there in its sentence: a report presented or explained, an answer given ("trả lời chất vấn trước
#: Quốc hội"; not a deputy's view, "cho ý kiến ... tại hội trường Quốc hội", one speaker's)
_PRESENTS = re.compile(r"(?<!\w)(?:trình\s+bày|báo\s+cáo|giải\s+trình|trả\s+lời)(?!\w)")
#: ... not a report's contents told through it, nor one told as someone's ("Trong báo cáo giám sát ..., do Chủ nhiệm Ủy
#: ban ... trình bày trước Quốc hội ngày 5/6, tình hình ...", "Báo cáo tổng hợp ý kiến ... do Chủ tịch ... trước Quốc
#: hội ngày 22-5 đề cập đến ..."), nor what is still ahead
_PRESENTED_NOT = re.compile(r"(?<!\w)(?:(?:trong|theo|tại|với)\s+(?:bản\s+|các\s+)?(?:báo\s+cáo|tờ\s+trình)|do|sẽ|"
                            r"dự\s+kiến|chuẩn\s+bị|ngày\s+mai|khi|nếu|được)(?!\w)")
#: the raw text may tell it (might_name_a_meeting: a cheap test of the text's head, where the lead stands; the regex
#: only where one of its words stands, in any case)
_RAW_PRESENTED = re.compile(r"(?i:trước\s+(?:quốc\s+hội|qh)|hội\s+trường\s+(?:quốc\s+hội|diên\s+hồng)|nghị\s+trường|"
                            r"giải\s+trình,?\s+tiếp\s+thu|quốc\s+hội[^.\n]{0,30}?\snghe\s)")
_RAW_PRESENTED_WORDS = ("uốc hội", "uốc Hội", "UỐC HỘI", "QH", "ghị trường", "GHỊ TRƯỜNG", "iải trình", "IẢI TRÌNH",
                        "iên Hồng", "IÊN HỒNG")
_PRESENTED_HEAD = 2000


def _presented_floors(low: str, title: tuple[int, int]) -> Iterator[re.Match[str]]:
    """The Assembly's floor told in the lead (_PRESENTED_FLOOR), each a candidate of _presented_there, in order."""
    end = min(len(low), title[1] + _LEAD_CHARS + 40)
    # (each of its floors holds one of these words: substring tests spare the regex most leads)
    if any(low.find(word, 0, end) >= 0 for word in _PRESENTED_FLOOR_WORDS):
        yield from _PRESENTED_FLOOR.finditer(low, 0, end)


#: a province's or a city's People's Council voting in the lead, its day written before it in its sentence (no kind
#: noun tells the sitting): "Sáng 4/7, với 95/96 tổng số đại biểu HĐND có mặt ... biểu quyết đồng ý, HĐND TP Hà Nội đã
#: thông qua đề án ...", "Chiều 7/7, HĐND TP Đà Nẵng biểu quyết thông qua đề án ...", "Ngày 13-7, HĐND thành phố Hải
#: Phòng khóa 15 đã bầu ông ..." (not done to it nor ahead, as the Assembly's: _assembly_sits; "đề nghị HĐND TP thông
#: qua tờ trình", "sẽ được HĐND tỉnh thông qua")
_COUNCIL_VOTE = re.compile(r"(?<!\w)(?:hđnd|hội\s+đồng\s+nhân\s+dân)\s+(?:tỉnh|tp\.?|thành\s+phố)\s+"
                           r"(?:(?!(?:sẽ|chưa|không|dự|cần|phải|đã|vừa|mới|từng)(?!\w))[^\W\d]+\s+){1,3}?"
                           r"(?:khóa\s+\w+\s+)?(?:đã\s+|vừa\s+)?(?:chính\s+thức\s+|nhất\s+trí\s+)?(?:tiến\s+hành\s+)?"
                           r"(?:biểu\s+quyết\s+)?(?:thông\s+qua|bầu)(?!\w)")
#: ... not one of its organs' (its standing body, a committee, its chair, its office: "Thường trực HĐND tỉnh ... đã thông
#: qua"), nor a resolution it passed told by its number ("Nghị quyết số 12 do HĐND tỉnh ... thông qua", "Nghị quyết số
#: 12, HĐND tỉnh ... thông qua ngày 10/12/2016"), a vote in a quote or of an earlier year ("ông A cho biết năm 2016,
#: HĐND tỉnh ... đã thông qua")
_COUNCIL_ORGAN = re.compile(r"(?<!\w)(?:thường\s+trực|ban\s+\w+(?:\s+\w+)?|(?:phó\s+)?chủ\s+tịch|văn\s+phòng|đảng\s+(?:ủy|đoàn)|"
                            r"do|mà|số\s+\S+,?)\s+$")
_COUNCIL_DATED_AFTER = re.compile(r"\s+(?:vào\s+)?(?:ngày|năm|hồi|từ)(?!\w)")
_COUNCIL_EARLIER = re.compile(r"(?<!\w)năm\s+(?:\d{4}|ngoái|trước|qua)(?!\w)")
#: ... its kind
_COUNCIL_KIND = "kỳ họp"
#: ... in raw text, in the text's head (might_name_a_meeting)
_RAW_COUNCIL = re.compile(r"(?i:(?:HĐND|Hội\s+đồng\s+nhân\s+dân)[^.\n]{0,80}?\s(?:thông\s+qua|bầu)(?!\w))")
_RAW_COUNCIL_WORDS = ("HĐND", "ội đồng nhân dân", "ỘI ĐỒNG NHÂN DÂN")


def _council_votes(low: str, title: tuple[int, int]) -> Iterator[re.Match[str]]:
    """A People's Council voting told in the lead (_COUNCIL_VOTE), each a candidate weighed as the Assembly's vote is
    (_assembly_sits), in order."""
    end = min(len(low), title[1] + _LEAD_CHARS + 40)
    if low.find("hđnd", 0, end) >= 0 or low.find("hội đồng nhân dân", 0, end) >= 0:
        yield from _COUNCIL_VOTE.finditer(low, 0, end)


def _council_sits(low: str, s_start: int, k_start: int, k_end: int) -> bool:
    """Whether the People's Council told voting at [k_start, k_end) (_COUNCIL_VOTE) sat then: as the Assembly does
    (_assembly_sits), and the vote is not an organ's, a numbered resolution's, a quote's nor an earlier year's
    (_COUNCIL_ORGAN, _COUNCIL_DATED_AFTER, _COUNCIL_EARLIER)."""
    before = low[max(s_start, k_start - _BEFORE):k_start]
    return (_assembly_sits(low, s_start, k_start, k_end, before) and not _COUNCIL_ORGAN.search(before)
            and not _COUNCIL_DATED_AFTER.match(low, k_end) and not _COUNCIL_EARLIER.search(low, s_start, k_start)
            and low.count("“", s_start, k_start) <= low.count("”", s_start, k_start))


def _presented_there(low: str, s_start: int, k_start: int, k_end: int, s_end: int, title: tuple[int, int]) -> bool:
    """Whether the floor at [k_start, k_end) (_PRESENTED_FLOOR) tells a sitting: in the lead, in a sentence that names
    no kind, a report presented, explained or answered there (_PRESENTS), the sentence's day written, and not a
    report's contents, a plan or a past (_PRESENTED_NOT)."""
    if k_start >= title[1] + _LEAD_CHARS:
        return False
    pattern, labels = _kinds()
    # (a sentence that names its sitting is weighed by that name: "trong phiên thảo luận ở hội trường"; not one that
    # names another kind, no sitting, that the words told there are about: "tham gia giải trình ... tại nghị trường, Phó
    # Thủ tướng ... cho biết, ông đã yêu cầu lãnh đạo TP.Đà Nẵng làm việc với Hiệp hội Du lịch" — but then the day is
    # the floor's only when written before that kind, not the day of the meeting told of: "Trả lời tại nghị trường, Bộ
    # trưởng ... cho biết tại cuộc họp của Chính phủ ngày 5.6, Thủ tướng đã yêu cầu ...")
    kinds = [m for m in pattern.finditer(low, s_start, s_end) if labels.get(m.group(0))]
    if any(labels[m.group(0)] in SITTINGS for m in kinds):
        return False
    day_end = next((m.start() for m in kinds if m.start() >= k_end), s_end)  # (one told before the floor: its own)
    own = low.startswith(("báo", "quốc"), k_start)  # (the explanatory report, the Assembly hearing: their own act)
    # (the act may follow a floor told first: "Chiều 1/6, tại hội trường Quốc hội Bộ trưởng ... trình bày Tờ trình")
    act = None if own else _PRESENTS.search(low, s_start, s_end)
    if not own and not act:
        return False
    return not _PRESENTED_NOT.search(low, s_start, k_start if own else max(k_start, act.start())) \
        and bool(_DAY.search(low, s_start, day_end) or _TODAY.search(low, s_start, day_end))


#: kinds that name an event only when written as a proper name, capitalised inside a sentence
_NAMED_ONLY = frozenset({"đối thoại"})
#: a review or a dialogue written as the verb of the body that held it, in a sentence that opens on its day: "Chiều
#: 14/6, Ủy ban nhân dân Quận 1, Thành phố Hồ Chí Minh đã sơ kết 5 tháng công tác quản lý trật tự đô thị", "Ngày 17-5,
#: Quân ủy Trung ương, Bộ Quốc phòng đã tiến hành sơ kết 3 năm thực hiện cuộc vận động", "Ngày 29-5, UBND thị xã Sông
#: Cầu (Phú Yên) tổ chức đối thoại với người nuôi tôm hùm" (the subject may run over commas, a body and its city; in the
#: lead only: "Ngày 25/8/2016, Phó Chủ tịch UBND tỉnh ... tổ chức đối thoại với ông ..." deep down is a case's past)
_BODY_ON_ITS_DAY = _LEAD_DAY + r"(?:\s+tại\s[^,.;:!?\n]{2,40})?\s*,\s*(?:[^.;:!?\n]|\.(?=\w)){2,110}?\s"
#: (told as done or with no tense at all, as a news lead tells its day's event: "Chiều 11/5, Bộ Chỉ huy Biên phòng
#: tỉnh Thanh Hóa tổng kết một năm triển khai Kế hoạch 2467 ...", "Ngày 23.6 tại Cần Thơ, Bộ NNPTNT tổng kết sản xuất
#: lúa năm 2016"; not a report's title, "Ngày 15.6, báo cáo sơ kết tình hình ... cho thấy", nor the noun a kind or a
#: verb governs, weighed by that: "Ngày 3.7, Bộ Công an đã tổ chức hội nghị sơ kết công tác công an 6 tháng đầu năm")
_REVIEWED_ON_ITS_DAY = re.compile(_BODY_ON_ITS_DAY + r"(?:(?:đã|vừa)\s+(?:tiến hành\s+)?|(?:tiến hành\s+)?"
                                  r"(?<!báo cáo\s)(?<!hội nghị\s)(?<!tổ chức\s)(?<!buổi\s)(?<!lễ\s)(?<!cuộc\s)"
                                  r"(?<!phiên\s)(?<!kỳ\s)(?<!bản\s))")
#: a meeting with a leader its subject, told the same way: "Chiều 9/6, tại Nhà Quốc hội, Ủy viên Bộ Chính trị, Phó Chủ
#: tịch Thường trực Quốc hội Tòng Thị Phóng gặp mặt Đoàn đại biểu người có uy tín ..."
_MET_ON_ITS_DAY = re.compile(_BODY_ON_ITS_DAY + r"(?:(?:đã|vừa)\s+)?(?:thân mật\s+)?")
#: ... the guests named right after the verb (not two leaders who met each other, _met_in_lead's: "Ngày 7.7, Tổng thống
#: Mỹ Donald Trump và Tổng thống Nga Vladimir Putin lần đầu tiên gặp mặt tại Hội nghị thượng đỉnh G20")
_MET_NO_GUEST = re.compile(r"\s*(?:[,.;:!?(]|$|(?:nhau|riêng|tại|ở|bên\s+lề|trong|vào|hôm|ngày|sáng|chiều|tối|lần)"
                           r"(?!\w))")
#: the bare verb with no tense right after its subject: no word of not doing, wishing, saying or directing others
#: between them (detect_bare_verb_not_held.txt; _NOT_HOLDING's words asked too): not "Ngày 15/6, Bộ Nội vụ chưa tổng
#: kết ...", "Ngày 15/6, Thủ tướng chỉ đạo các bộ, ngành tổng kết ...", "Sáng 2/6, Tổng thống Mỹ Donald Trump từ chối
#: gặp mặt lãnh đạo Triều Tiên" (not a name's own words: "Ban Chỉ đạo", "Phòng không - Không quân", "Cục Hàng không",
#: "Cần Thơ", "Sở Giao thông", "Bộ Ngoại giao", "Sở Giao dịch")
_BARE_NOT_HELD = re.compile(r"(?<!\w)(?<!ban )(?<!phòng )(?<!hàng )(?<!ngoại )(?<!bàn )(?:"
                            + _alternation(lexicon.words("detect_bare_verb_not_held.txt"), spaces=True)
                            + r")(?!\w)(?!\s+(?:quân|gian|thơ|giờ|đước|giuộc|thông|dịch|lưu|thương|hữu)(?!\w))")
#: ... the tense that tells it done ("đã tổng kết", "vừa tiến hành sơ kết", "đã thân mật gặp mặt")
_BARE_TOLD_DONE = re.compile(r"(?<!\w)(?:đã|vừa)\s+(?:(?:tiến hành|thân mật)\s+)?$")
#: ... nor a review's document or what it says: "công bố bản tổng kết ...", "Bộ Tài chính tổng kết rằng ..."
_REVIEW_NOT_HELD = re.compile(r"\s+rằng(?!\w)")
_DIALOGUE_ON_ITS_DAY = re.compile(_BODY_ON_ITS_DAY + r"(?:(?:đã|vừa)\s+)?tổ chức\s+")
_REVIEWS = frozenset({"sơ kết", "tổng kết"})
#: ... not one a speaker says the body is ready, wants or is to hold: "Ngày 6/6, Bộ trưởng Ngoại giao Qatar ... cho biết
#: Qatar sẵn sàng tổ chức đối thoại để giải quyết cuộc khủng hoảng"
_NOT_HOLDING = re.compile(r"(?<!\w)(?:cho biết|cho hay|nói|tuyên bố|sẵn sàng|sẽ|muốn|mong|đề nghị|yêu cầu|đề xuất|"
                          r"kêu gọi|chuẩn bị|dự kiến|nhất trí|đồng ý)(?!\w)")


#: ... or a review a lead sentence opens on after its day, its clause set off by a comma, as the setting of what a
#: leader then says: "Chiều 14.6, báo cáo sơ kết công tác quản lý trật tự đô thị 5 tháng đầu năm, ông Trần Thế Thuận –
#: Chủ tịch UBND quận 1 – cho biết sẽ thành lập 2 tổ kiểm tra ...", "Ngày 6/2, tổng kết công tác tổ chức lễ hội tết Đinh
#: Dậu, Phó chủ tịch UBND TP HCM cho biết ..." (not a report's figures: "Ngày 15.6, báo cáo sơ kết tình hình ... cho
#: thấy")
_REVIEW_OPENS = re.compile(_LEAD_DAY + r"\s*,\s*(?:báo\s+cáo\s+)?")
#: ... but a period's figures summed up tell no meeting: "Ngày 6/2, tổng kết 7 ngày nghỉ Tết Đinh Dậu, Phó Cục trưởng
#: Cục CSGT ... cho biết cả nước xảy ra 400 vụ tai nạn", "sơ kết tình hình tai nạn giao thông ..." (a matter's state
#: by a word of what is counted; not "Ngày 10/7, sơ kết tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6
#: tháng đầu năm, Chủ tịch UBND tỉnh ... cho biết", the review where the leader spoke)
_PERIOD_FIGURES = re.compile(r"\s+(?:\S+\s+ngày\s+(?:nghỉ|tết|lễ)|(?:kỳ|đợt|dịp)\s+nghỉ|tình\s+hình\s+(?:trật\s+tự\s+)?"
                             r"(?:an\s+toàn\s+giao\s+thông|tai\s+nạn|vi\s+phạm|cháy|dịch|tội\s+phạm|thiệt\s+hại)"
                             r")(?!\w)")
#: the speech verbs of what is said at a meeting (tells_verbs.txt's "said"), as whole words
_SAYS = re.compile(r"(?<!\w)(?:" + _alternation(lexicon.tagged("tells_verbs.txt", "said")) + r")(?!\w)")


def _review_sets(low: str, s_start: int, k_start: int, k_end: int, s_end: int, title: tuple[int, int]) -> bool:
    """Whether the review at [k_start, k_end) opens a lead sentence on its day (_REVIEW_OPENS), of no period's figures
    (_PERIOD_FIGURES), and a leader then says something past its clause's comma: the review is where that was said."""
    if k_start >= title[1] + _LEAD_CHARS or not _REVIEW_OPENS.fullmatch(low, s_start, k_start) \
            or _PERIOD_FIGURES.match(low, k_end, s_end):
        return False
    clause = _WITH_CLAUSE.match(low, k_end, s_end)
    said = clause and _SAYS.search(low, clause.end(), min(s_end, clause.end() + _SAID_REACH))
    return bool(said) and bool(_leaders().search(low, clause.end(), said.start()))


def _held_by_its_body(low: str, s_start: int, k_start: int, title: tuple[int, int], told: re.Pattern[str]) -> bool:
    """Whether the lead sentence at s_start tells, up to the kind at k_start, that the body held it on its day
    (`told`: _REVIEWED_ON_ITS_DAY, _DIALOGUE_ON_ITS_DAY), not that someone says it will or would."""
    return k_start < title[1] + _LEAD_CHARS and bool(told.fullmatch(low, s_start, k_start)) \
        and not _NOT_HOLDING.search(low, s_start, k_start) and not _planned(low, s_start, k_start)


def _bare_verb_held(low: str, s_start: int, k_start: int) -> bool:
    """Whether the verb at k_start, told with no tense, follows its subject right on (_BARE_NOT_HELD): told as done
    ("đã", "vừa"), any words may come between."""
    return bool(_BARE_TOLD_DONE.search(low, max(s_start, k_start - 24), k_start)) \
        or not _BARE_NOT_HELD.search(low, s_start, k_start)


#: the tense that tells a meeting done before "nhóm"/"tiếp tục": "đã nhóm họp", "vừa tiếp tục họp"
_TOLD_DONE = re.compile(r"(?<!\w)(?:đã|vừa)\s+$")


def _meets_as_verb(low: str, before: str, s_start: int, k_start: int, k_end: int, s_end: int) -> bool:
    """Whether a kind that is its own verb is held by its subject: "NATO đã nhóm họp tại Brussels", "Chính phủ vừa
    họp"; told with "nhóm"/"tiếp tục" only, not when counted from now as ahead: "khi các ngoại trưởng G20 nhóm họp
    tại Bonn vào tuần tới" (told as done, the time after it is what the meeting set: "UBND TP.HCM vừa họp bàn với quận
    Gò Vấp ... để trong tháng 10 tới hoàn thành")."""
    meets = _MEETS.search(before)
    if meets and (meets.group(0).startswith(("đã", "vừa")) or _TOLD_DONE.search(before, 0, meets.start())) \
            or _MET_TOGETHER.search(low, max(s_start, k_start - _TOGETHER_REACH), k_start):
        return True
    return bool(meets) and not _AHEAD_AFTER.match(low, k_end, s_end)


@cache
def _met_for_outcome() -> re.Pattern[str]:
    """What a bare "họp" is told to have ended in, right after it (detect_met_for_outcome.txt), "và" or a comma
    between: "Bộ GD&ĐT họp, thống nhất và công bố ngưỡng ...", "HĐQT ... đã họp và nhất trí bầu ông ..."."""
    verbs = _alternation((fold(w) for w in lexicon.words("detect_met_for_outcome.txt")), word_start=True)
    return re.compile(r"\s*,?\s*(?:và\s+)?(?:" + verbs + r")(?!\w)")


#: ... ending in results published: "họp, thống nhất và công bố ngưỡng ...", "đã họp và công bố ngưỡng điểm"
_MET_TO_PUBLISH = re.compile(r"\s*,?\s*(?:và\s+)?(?:thống\s+nhất\s+(?:và\s+)?)?công\s+bố(?!\w)")


#: what reports a meeting for itself besides its results: someone chairing it or speaking at it (not a body's part in
#: a task, "cơ quan chủ trì", "chủ trì, phối hợp", nor a speech as a thing, "bài phát biểu"; review 53)
_CHAIRED_OR_SPOKEN = re.compile(r"(?<!\w)(?:(?<!cơ quan )(?<!đơn vị )chủ\s+trì(?!\s*,?\s*phối\s+hợp)|(?<!bài )phát\s+biểu)"
                                r"(?!\w)")


def _met_for_outcome_only(low: str, match: re.Match[str]) -> bool:
    """Whether the kind matched is the bare verb "họp" told only through the results it published: the sentence is
    those results ("Sáng 12/7, Bộ GD&ĐT họp, thống nhất và công bố ngưỡng đảm bảo chất lượng đầu vào"), the meeting
    their means, not a meeting reported (_outcome_only_meetings)."""
    return match.group(0) == _BARE_MEETS and bool(_met_for_outcome().match(low, match.end())) \
        and _outcome_only_meetings(low)


@lru_cache(maxsize=4)
def _outcome_only_meetings(low: str) -> bool:
    """Whether every meeting the article names is a bare "họp" told by what it ended in ("Sáng 12/7, Bộ GD&ĐT họp,
    thống nhất ngưỡng ..."), one of them publishing (not a decision alone, which reports often lead with: "Thường trực
    Thành ủy ... đã họp, thống nhất cho phép ..."), and no one chairs or speaks at it ("Phát biểu chỉ đạo, Bí thư ...
    yêu cầu ..." reports the meeting). Once per text (the same `low` for every match)."""
    links = read_more_links(low)  # (not in a link to another story: "[Thủ tướng phát biểu tại ...]")
    if any(not in_read_more(links, m.start()) for m in _CHAIRED_OR_SPOKEN.finditer(low)):
        return False
    published = False
    for other in _kind_nouns(low):
        if other.group(0) != _BARE_MEETS or not _met_for_outcome().match(low, other.end()):
            return False
        published = published or bool(_MET_TO_PUBLISH.match(low, other.end()))
    return published


@cache
def _leaders() -> re.Pattern[str]:
    """A job title (positions.txt) or a delegation ("đoàn công tác", "Tổ công tác của Thủ tướng"), as whole words."""
    titles = {fold(w) for w in lexicon.words("positions.txt")} - {"đại diện"}  # a representative leads nothing
    titles |= set(_DELEGATIONS)
    return re.compile(r"(?:" + _alternation(titles, word_start=True) + r")(?!\w)")
#: a press conference: an event of its own, but the meeting it presents, when reported beside it, is the article's
PRESS = "họp báo"
#: kinds that are also the verb of their subject: "NATO đã nhóm họp", "Thủ tướng ... hội đàm với ..."
#: the bare verb of meeting, a kind of its own
_BARE_MEETS = "họp"
_VERB_KINDS = frozenset({_BARE_MEETS, "họp trực tuyến", "hội đàm", "hội kiến", PRESS})
#: such a verb done or "nhóm": "đã nhóm họp", "vừa họp", "đã đón tiếp và hội đàm", "Chính phủ tiếp tục họp",
#: "UBND thành phố Hải Phòng đã họp báo công bố ..."
#: (not "sẽ họp": plans, mostly); or put in train told done, its manner between: "tỉnh Quảng Nam đã khẩn cấp triển
#: khai họp trực tuyến với các sở, ngành"
_MEETS = re.compile(r"(?<!\w)(?:(?:đã|vừa)(?:\s+\w+){0,2}\s+và|(?:đã|vừa)\s+(?:khẩn\s+(?:cấp|trương)\s+)?triển\s+khai|đã|vừa|nhóm|(?<!sẽ )tiếp tục)\s+$")
#: ... or done together with those named between: "20 ngư dân ... đã cùng Công ty ... Nam Triệu (Hải Phòng) và Công ty
#: ... Đại Nguyên Dương (Nam Định) họp bàn" (within the sentence, as far back as _TOGETHER_REACH)
_MET_TOGETHER = re.compile(r"(?<!\w)(?:đã|vừa)\s+cùng\s+[^.;:!?\n]{2,200}\s+$")
_TOGETHER_REACH = 220
#: a leader receiving a guest, the verb and the guest's title or address ("tiếp Tổng thống", "tiếp ông"): such a verb too
_RECEIVES = frozenset(fold(s) for s, label in lexicon.labelled("event_kinds.txt").items()
                      if label == "tiếp" and s.startswith("tiếp "))
#: "với" after such a verb: who the subject met ("Thủ tướng Nguyễn Xuân Phúc hội đàm với Tổng thống ...")
_MET_WITH = re.compile(r"\s+với(?!\w)")
#: ... or such a verb in a "khi" clause, the day and the leader told before it with what was said there: "người đứng
#: đầu Hội đồng An ninh Quốc gia Chung Eui-yong ngày 29/5 đã tái khẳng định cam kết ... khi tiếp Chủ tịch Ủy ban Quân
#: lực thuộc Hạ viện Mỹ Mac Thornberry" (not "sau khi", "trước khi", "mỗi khi", "(kể) từ khi", "(cho) đến khi", "tới
#: khi": another time; "ngay khi tiếp" is the reception's own time)
_WHEN_MEETING = re.compile(r"(?<!\w)(?<!sau )(?<!trước )(?<!mỗi )(?<!từ )(?<!đến )(?<!tới )"
                           r"(?:trong\s+)?(?:khi|lúc)\s+$")
#: a body's name written with commas inside it (people_comma_bodies.txt), on the folded text: the comma ends neither
#: the subject nor the organisation there ("Chiều 29/4, Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam họp triển
#: khai ...", "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh"), where `comma_name_at` finds it written as a name
COMMA_NAME = _alternation({fold(w) for w in lexicon.words("people_comma_bodies.txt")}, gap=r"[^\S\n]+") + r"(?!\w)"
_COMMA_NAME = re.compile(COMMA_NAME)
#: those the list writes lower case ("phòng, chống"), a name only right after a body's head (`_BODY_HEAD_BEFORE`)
_LOWER_COMMA_NAMES = frozenset(fold(w) for w in lexicon.words("people_comma_bodies.txt") if w[0].islower())
#: a body's head (and a word or two of its own, and "về") right before such a name: "Ban Chỉ đạo | phòng, chống dịch
#: Covid-19 tỉnh Hà Nam", "Ban Chỉ đạo Trung ương về | phòng, chống tham nhũng" (not "công tác | phòng, chống ...",
#: "đấu tranh | phòng, chống ...")
_BODY_HEAD_BEFORE = re.compile(r"(?<!\w)(?:ban\s+chỉ\s+đạo|ban\s+chỉ\s+huy|hội\s+đồng|" + fold("ủy")
                               + r"\s+ban|tiểu\s+ban)(?:\s+(?!về\s)[^\W\d]+){0,2}?(?:\s+về)?\s+$")
#: a word's start, for `commas_in_names`
_NAME_WORD = re.compile(r"\(?[^\s,;:()“”\"]+\)?")


def comma_name_at(doc: Doc, at: int) -> re.Match[str] | None:
    """A body's name with commas inside it at `at` (`COMMA_NAME`), capitalised as a name is (not a list of fields,
    "phụ trách văn hóa, thể thao và du lịch", "cơ chế đặc thù về tài chính, ngân sách"), or one the list writes lower
    case right after a body's head ("Phó Trưởng ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam"; not "công tác
    phòng, chống ...")."""
    whole = _COMMA_NAME.match(doc.low, at)
    if not whole:
        return None
    # (compared with its white space collapsed: "phòng,  chống", a no-break space)
    if " ".join(whole.group().split()) in _LOWER_COMMA_NAMES:
        return whole if _BODY_HEAD_BEFORE.search(doc.low, max(0, at - 60), at) else None
    return whole if doc.text[at].isupper() else None


def commas_in_names(doc: Doc, start: int, end: int) -> bool:
    """Whether every comma in [start, end) is inside a body's name written with commas (`comma_name_at`): "Trưởng Ban
    Chỉ đạo phòng, chống dịch Covid-19 thành phố Hà Nội Chử Xuân Dũng" (an organisation, not a list)."""
    inside: set[int] = set()
    for word in _NAME_WORD.finditer(doc.text, start, end):
        whole = comma_name_at(doc, word.start())
        if whole:
            inside.update(range(whole.start(), whole.end()))
    return all(at in inside for at in range(start, end) if doc.text[at] == ",")


#: a sentence that opens on the day (and the venue) and its subject, then the verb: "Sáng 30.6, HĐND TP.Hà Nội họp báo
#: về kỳ họp thứ 4", "Chiều 7/6, tại trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã thân mật tiếp Tổng thống
#: ...", "Chiều 29/4, Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam họp ..." (a body's name with commas counts as
#: one step, `COMMA_NAME`, written as a name: `_day_subject`; the subject is 71 characters at most all the same)
_DAY_SUBJECT = re.compile(r"\W*" + DAY_PHRASE + r"\s*,\s*(?:tại\s[^,.;:!?\n]{2,60},\s*)?(?P<subject>(?=[^\n]{3,71}$)"
                          r"(?:(?<!\w)" + COMMA_NAME + r"|[^,.;:!?\n]|\.(?=\w)){2,70}\s)")


def _day_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) is a day, a comma and the subject (`_DAY_SUBJECT`), any comma in the subject inside a
    body's name."""
    found = _DAY_SUBJECT.fullmatch(doc.low, start, end)
    return bool(found) and ("," not in doc.text[found.start("subject"):end]
                            or commas_in_names(doc, found.start("subject"), end))


#: "họp phiên thứ 11", "họp phiên thường kỳ": a body's sitting, named after the verb
_SITS = re.compile(r"\s+phiên(?!\w)")
#: words that make a meeting a purpose or a condition, not a report, besides the plans dates.py reads ("sẽ", "dự
#: kiến", "sắp" ...: dates_cues.json "ahead"): "để họp", "muốn hội đàm với", "nếu họp"
_PURPOSE = ("muốn", "để", "nếu", "kế hoạch")
#: the meeting's own noun, read with the kind as what comes before it: "tại buổi làm việc", "Tại cuộc họp"
_ITS_NOUN = r"(?:một\s+)?(?:buổi\s+|cuộc\s+|phiên\s+)?$"
#: putting a meeting off or calling it off
_PUT_OFF = r"hoãn|hủy|lùi|dừng"  # (on the folded text: "huỷ" is "hủy" there)
#: a held verb negated or put off: the meeting did not take place then
_NOT_HELD_BEFORE = re.compile(r"(?<!\w)(?:không|chưa|không thể|chưa thể|" + _PUT_OFF + r")\s+(?:\S+\s+)?$")
#: taking part as the purpose of something else: "yêu cầu nộp tiền để tham gia cuộc tập huấn", "tụ họp tại Hong Kong
#: trong tuần này để tham gia Hội nghị và Triển lãm Tang lễ" (a meeting held "để" is a plan: _planned)
_FOR_BEFORE = re.compile(r"(?<!\w)để\s+$")
_TAKE_PART = re.compile(r"\s*(?:(?:đến|về|tới)\s+)?(?:tham\s+gia|tham\s+dự|dự)(?!\w)")
#: a parliament's or council's sitting that goes on: "Tiếp tục phiên chất vấn và trả lời chất vấn, chiều 13/6, Bộ trưởng
#: ... đã trả lời", "tiếp tục kỳ họp thứ 5" (one that will go on on a given day, "Ngày mai 14/6, Quốc hội sẽ tiếp tục
#: phiên chất vấn", is announced with its day, as "sẽ tổ chức hội nghị vào ngày 14/6" is; one that did not, "không tiếp
#: tục phiên chất vấn", was not held)
SITTINGS = frozenset({"phiên họp", "kỳ họp"})
_GOES_ON_BEFORE = re.compile(r"(?<!\w)tiếp tục\s+$")
#: someone asked or told to hold it: "yêu cầu Tổng cục Du lịch tổ chức họp", "giao cho lãnh đạo huyện Nhà Bè tổ chức họp
#: báo", "đề nghị UBND quận Đồ Sơn chủ trì phối hợp Sở VHTT tổ chức hội thảo"
#: (not the steering committee, "Ban Chỉ đạo Tây Bắc tổ chức gặp mặt", nor a directive given at it: "đã chỉ đạo như trên
#: khi chủ trì cuộc họp")
_ORDERED_BEFORE = re.compile(r"(?<!\w)(?<!ban )(?:yêu cầu|đề nghị|chỉ đạo|giao cho|giao nhiệm vụ cho)\s+"
                             r"(?:(?!(?:khi|đã|vừa|như|tại|trong)\s)[^\s,.;:!?]+\s+){1,10}$")
#: ... or one only wished for or proposed: "Đức hy vọng sẽ tổ chức một cuộc họp 4 bên", "đang thúc đẩy tổ chức một cuộc
#: họp", "đề xuất tổ chức hội nghị"
_WISHED_BEFORE = re.compile(r"(?<!\w)(?:muốn|mong muốn|hy vọng|hi vọng|thúc đẩy|kêu gọi|đề xuất|dự định|có ý định)\s+"
                            r"(?:sẽ\s+|được\s+|việc\s+)?$")
#: the meeting itself called off or put off: "đã hoãn cuộc hội đàm", "hủy bỏ hội nghị", "lùi kỳ họp"
_CALLED_OFF = re.compile(r"(?<!\w)(?:hủy bỏ|huỷ bỏ|bãi bỏ|" + _PUT_OFF + r")(?:\s+lại)?\s+(?:việc\s+)?(?:tổ chức\s+)?"
                         r"(?:các\s+)?(?:cuộc\s+|buổi\s+)?$")
#: the press as the subject of the held verb: a reporter's interview ("PV báo Infonet đã có buổi làm việc với ...")
_PRESS_NOUNS = "phóng viên|pv|nhà báo|ký giả"
#: ... the press as the other side of a working session: "buổi làm việc với báo Pháp Luật TP.HCM", "với PV Báo Lao Động"
_WITH_THE_PRESS = re.compile(rf"\s+với\s+(?:các\s+)?(?:{_PRESS_NOUNS}|báo|tờ)(?!\w)")
#: the press as whom "gặp mặt" met, a press conference ("Tổng cục TDTT đã gặp mặt báo chí để thông tin ...")
_THE_PRESS_MET = re.compile(r"\s+(?:với\s+)?(?:các\s+)?(?:báo chí|truyền thông|phóng viên|nhà báo)(?!\w)")
_PRESS_SUBJECT = re.compile(rf"(?<!\w)(?<!hội )(?:{_PRESS_NOUNS})(?!\w)[^,.;:!?\n]{{0,40}}$")
#: a sentence about what happened before: background, not the report ("Trước đó, tại kỳ họp thứ ba ...")
#: (after the source that tells it, too: "Báo Vietnamnet cũng thông tin, trước đó, ngày 20/12/2016, ...")
_BACKGROUND = re.compile(r"\W*(?:[^,.;:!?\n]{0,60}(?<!\w)(?:cho biết|cho hay|thông tin|đưa tin)\s*,\s*)?"
                         r"(?:trước đó|trước đây|hồi|năm ngoái|năm trước|từng)(?!\w)")
#: the event as the setting of the sentence: "Tại hội nghị ... sáng 16/6, ông X cho biết", "Sáng 6-2, tại hội nghị ..."
#: (or closing, opening it: "Chốt lại phiên chất vấn, Chủ tịch Quốc hội ... cho biết", "Kết thúc cuộc họp, ông X ...")
#: (the day, then the venue: "Chiều 21/5, tại Phủ Chủ tịch, trong buổi tiếp Bộ trưởng Thương mại quốc tế Canada ..., Chủ
#: tịch nước Trần Đại Quang nhấn mạnh ...")
#: (a connective, then the day: "Theo đó, chiều 7/2, trong cuộc họp với lãnh đạo Phòng Giáo dục & Đào tạo quận Hai Bà
#: Trưng ..., bà Vũ Thị Tân ... đã thông báo quyết định giải thể lớp")
_AT_START = re.compile(r"^(?:(?:[^,.]|(?<=\d)\.(?=\d)){0,40},\s*)?(?:" + DAY_PHRASE + r"\s*,\s*)?"
                       r"(?:tại\s[^,.;:!?\n]{2,60},\s*)?"
                       r"(?:(?:(?:phát biểu|trao đổi|chia sẻ|báo cáo|thông tin|trả lời)\s+)?"
                       # (a sitting's day or session first: "Sáng 13-7, trong ngày làm việc thứ 3, kỳ họp thứ 5, HĐND TP
                       # Hải Phòng khóa XV ..., 100% đại biểu đã biểu quyết thông qua ...")
                       r"(?:tại|trong)(?:\s+(?:ngày|phiên|buổi)\s+(?:làm\s+việc|thảo\s+luận)(?:\s+thứ\s+\w+)?"
                       r"(?:\s+(?:của|tại))?\s*,?)?|kết thúc|chốt lại|khép lại|bế mạc|phát biểu bế mạc|phát biểu khai mạc|"
                       r"phát biểu kết luận|kết luận|"
                       # "Cuối phiên chất vấn sáng nay (13/6), Phó Thủ tướng Trịnh Đình Dũng đã giải trình ..."
                       r"cuối|mở đầu"
                       # "Ngày 8/7, tiếp tục chương trình nghị sự của Hội nghị thượng đỉnh G20, các nhà lãnh đạo ...",
                       # "Sáng nay 25/5, tiếp tục kỳ họp thứ 3, Quốc hội khóa XIV, Quốc hội đã thảo luận ..."
                       r"|tiếp tục(?: chương trình(?: nghị sự| làm việc)?(?: của| tại)?)?)\s+" + _ITS_NOUN)
#: a sentence that opens on words said, then where: "Kết luận phần thảo luận kinh tế - xã hội tại phiên họp Chính phủ
#: thường kỳ ...", "Phát biểu khai mạc tại hội nghị", "Giải trình thêm cuối phiên họp"
_OPENS_SAYING_AT = re.compile(r"\W*(?:(?:kết luận|phát biểu(?: khai mạc| bế mạc| kết luận| chỉ đạo)?|giải trình|báo cáo|trả lời)"
                              r"(?:\s+(?!(?:của|với)\s)[^\s,.;:!?]+){0,8}?"
                              # ... or to whom: "Chia sẻ với ngành giáo dục tại hội nghị giáo dục toàn quốc, Phó Thủ tướng"
                              r"|(?:chia sẻ|trao đổi|phát biểu|nói chuyện)\s+với(?:\s+[^\s,.;:!?]+){1,6}?)"
                              r"\s+(?:tại|trong|cuối|đầu)\s+(?:(?:cuộc|buổi|phiên)\s+)?")
#: a sentence that opens on its day (and the venue), then the meeting it tells what was done within: the meeting sat
#: that day, not a frame in passing ("Sáng 3/6, trong khuôn khổ Đối thoại Shangri-La 16 đang diễn ra tại Singapore, các
#: Bộ trưởng quốc phòng Mỹ, Nhật Bản và Australia đã có các bài phát biểu ...", "Chiều 11/5, trong khuôn khổ Hội nghị
#: chuyên đề IPU khu vực châu Á-Thái Bình Dương ... đã diễn ra lễ công bố Bộ tiêu chí ..."; not "trong khuôn khổ chuyến
#: thăm ... và dự Hội nghị ...", the trip's goal, below)
_WITHIN_ON_ITS_DAY = re.compile(_LEAD_DAY + r"[^,.;:!?\n]{0,25}?\s*,\s*(?:tại\s[^,.;:!?\n]{2,60},\s*)?"
                                r"trong\s+khuôn\s+khổ\s+(?:(?:các|cuộc|buổi|phiên|kỳ)\s+)?")
#: a meeting as the goal of a trip, which is what the sentence tells of: "thăm Đức và tham dự Hội nghị Thượng đỉnh
#: G20", "trong khuôn khổ chuyến thăm ... và dự Hội nghị ...", "tới Hamburg để dự hội nghị", "nhân dịp dự Hội nghị"
#: (the last of the trip's goals in a row: "bắt đầu chuyến thăm hữu nghị chính thức Việt Nam, dự các hoạt động kỷ niệm
#: 50 năm ... và tham dự Hội nghị Chủ tịch Mặt trận Tổ quốc 3 nước ..."; the one someone is invited to: "trân trọng mời
#: lãnh đạo Quốc hội Hàn Quốc sang dự Hội nghị APPF 26 sẽ được tổ chức tại Việt Nam"; the stay it gives the time of:
#: "Tổng thống Nga Vladimir Putin trong thời gian ở Bắc Kinh tham dự Diễn đàn "Vành đai và Con đường" hôm 14-15/5";
#: the next stop after the one the sentence tells: "Tổng thống Trump sẽ thăm Ba Lan vào đầu tháng 7 tới ..., trước khi
#: đến Đức tham dự hội nghị G20", "... trước khi Tổng thống Philippines Duterte tới Bắc Kinh tham dự hội nghị thượng
#: đỉnh "Một Vành đai, Một Con đường"")
_TRIP_FRAME = re.compile(r"(?<!\w)(?:(?:thăm|công du|lên đường|nhân dịp|để|khuôn khổ|trước khi"
                         r"|(?<!lời )(?<!giấy )(?<!khách )mời)(?!\w)[^.;!?\n]{0,70}?"
                         r"|trong\s+thời\s+gian(?:\s+(?:ở|tại)\s[^,.;!?\n]{1,30}?)?\s+)"
                         r"(?<!\w)(?:tham dự|dự)\s+(?:[^.;!?\n]{0,100}?\s(?:và|cùng)\s+(?:tham dự|dự)\s+)?(?:các\s+)?$")
#: how far before the meeting _TRIP_FRAME looks
_TRIP_REACH = 250
#: ... not one someone was invited to, which took place: "Dù được UBND tỉnh mời dự họp công bố kết quả kiểm tra tàu 67
#: hư hỏng của Tổ thẩm định nhưng công ty Đại Nguyên Dương ... vắng mặt", "Việt Nam được Đức chủ động mời tham dự Hội
#: nghị G20"
_INVITED = re.compile(r"(?<!\w)được(?:\s+[^\s,.;:!?]+){0,4}?\s+mời\s")
#: a meeting that only tells the time or the setting of what the sentence reports: "bên lề hội nghị G20",
#: "trước thềm Hội nghị", "ngay trước giờ khai mạc Hội nghị thượng đỉnh"
#: (or of a place, told by the meeting it hosts: "đường phố Hamburg, Đức, nơi diễn ra hội nghị thượng đỉnh G20", "tòa
#: nhà, nơi sẽ diễn ra Hội nghị G20")
#: (or the meeting as what an act of others guards, protests or falls on: "Để đảm bảo an ninh cho Hội nghị thượng đỉnh
#: G20 diễn ra trong hai ngày 7-8/7 tại Hamburg, ..." in a story of street clashes, "biểu tình phản đối hội nghị G20",
#: "Triều Tiên vừa phóng một loại tên lửa đạn đạo mới ... đúng lúc Trung Quốc khai mạc diễn đàn", "trùng vào ngày Trung
#: Quốc khai mạc hội nghị quốc tế", "Vụ phóng tên lửa vào dịp khai mạc hội nghị quan trọng chắc chắc sẽ không được Trung
#: Quốc hưởng ứng")
_TIME_FRAME = re.compile(r"(?<!\w)(?:(?:đảm bảo|bảo đảm|thắt chặt)\s+an\s+ninh\s+(?:cho|tại|trong)"
                         r"|biểu\s+tình\s+(?:phản\s+đối|chống|tại|trong)"
                         r"|(?:đúng\s+lúc|trùng\s+(?:vào\s+)?(?:ngày|thời\s+điểm|lúc))(?:\s+[^\s,.;:!?]+){0,3}?"
                         r"\s+khai\s+mạc"
                         # (or its minutes, the document the article reports on: "các nhà đầu tư tiếp tục phản ứng
                         # tích cực trước biên bản cuộc họp tháng Năm của Cục Dự trữ Liên bang Mỹ (Fed)"; not the
                         # minutes signed at the meeting reported, `_SIGNED`)
                         r"|(?P<minutes>biên\s+bản)"
                         r"|bên lề|trước thềm|trước giờ|trước khi|ngay trước|vào dịp|nơi(?:\s+(?:sẽ|sắp|chuẩn bị))?)\s+"
                         r"(?:(?:khai mạc|diễn ra|bế mạc|kết thúc|tổ chức)\s+)?(?:các\s+)?(?:cuộc\s+|phiên\s+|buổi\s+|kỳ\s+)?$")
#: (the minutes signed at the meeting reported: "không ký biên bản cuộc họp", "ký vào biên bản cuộc họp")
_SIGNED = re.compile(r"(?<!\w)ký(?:\s+vào)?\s+$")
#: ... or the backdrop of what the sentence reports, told in the same clause after "trong bối cảnh": "Vụ phóng tên lửa
#: ngày 14.5 của Triều Tiên được cho là đã khiến Trung Quốc bẽ mặt, trong bối cảnh nước này tổ chức Diễn đàn Quốc tế
#: Vành đai và Con Đường", "Phát biểu trước báo giới trong bối cảnh các quan chức ... chuẩn bị nhóm họp theo thể thức
#: 2+2" (not a backdrop closed by its comma: "Trong bối cảnh như vậy, Diễn đàn DN Việt Nam giữa kỳ 2017 diễn ra ...")
_BACKDROP = lexicon.WordLed(r"(?<!\w)trong\s+bối\s+cảnh(?!\w)[^,;:!?\n\"“”]{0,120}$")
#: how far before the meeting _BACKDROP looks
_BACKDROP_REACH = 160
#: a meeting as the time of what the sentence reports, "before the meeting" inside a clause: "con trai ông Trump sẵn
#: sàng nhận các thông tin ... từ luật sư Nga ... trước cuộc gặp giữa hai người diễn ra vào ngày 9/6/2016" (with its
#: "cuộc"; not a sentence that opens on it, "Trước cuộc gặp, ...", nor words said to it: "phát biểu trước cuộc họp")
_BEFORE_IT = re.compile(r"(?<=\S\s)(?<!biểu\s)trước\s+(?:cuộc\s+)?$")
#: the classifier right before the kind noun ("trước cuộc gặp"), however many spaces after it
_CUOC_BEFORE = re.compile(r"cuộc\s+$")
#: a body whose name starts with a kind noun, said so in apposition: "Diễn đàn Sáng tạo toàn cầu, một tổ chức phi
#: lợi nhuận", "Diễn đàn ..., một nhóm vận động"
_ORGANISATION_AFTER = re.compile(r"[^,.;:()\n]{0,60},\s*(?:là\s+)?một\s+(?:tổ chức|cơ quan|hiệp hội|nhóm)(?!\w)")
#: "Tại" with its capital inside a line: a sentence that sets what follows at the meeting
_CAPITAL_AT = re.compile(r"(?<!\w)Tại\s+(?:[Cc]hương\s+trình\s+)?" + _ITS_NOUN)  # ("Tại Chương trình Đối thoại ...")
#: the meeting's title in quotes after its name, which the words said there do not open
_TITLE_QUOTED = re.compile(r"[^.;:!?\n\"“]{0,30}?(?:chủ đề|chuyên đề|mang tên|với tên)\s*:?\s*[\"“‘«][^\"“”’»\n]{3,250}[\"”’»]")
#: where the words said at a meeting begin: a colon or an opening quote
_WORDS_FOLLOW = re.compile(r"[:\"“«]")
#: ... or told after a speech verb and its comma: "Tại cuộc họp, báo cáo với Thủ tướng, Bộ trưởng Y tế Nguyễn Thanh Long
#: cho biết, tại Việt Nam sau 34 ngày không ghi nhận ca mới trong cộng đồng, ngày 29/4/2021, ..."
#: (tells_verbs.txt's "said")
_TELLS = re.compile(r"(?<!\w)(?:" + _alternation(lexicon.tagged("tells_verbs.txt", "said"))
                    + r")(?:\s*,|\s+rằng(?!\w))")
#: sentences after the title that still belong to the lead, however long they are
_LEAD_SENTENCES = 3
#: a sentence telling the source of what the lead said: "Đây là khẳng định của ...", "đây là ý kiến chỉ đạo của ...",
#: "Đây là vấn đề được Phó Thủ tướng ... nhấn mạnh tại buổi làm việc"
#: (opening the sentence, or after the words quoted: "“... cơ quan cấp trên”, đây là ý kiến chỉ đạo của ông X")
_SOURCE_OF_LEAD = re.compile(r"(?:^\W*|[”\"]\s*,?\s*)(?:đây|đó) là(?!\w)[^.;:!?\n]{0,60}?(?<!\w)(?:của|được)(?!\w)")
#: the press anywhere in a clause ("Làm việc với báo chí chiều 12/5,")
_THE_PRESS = re.compile(rf"(?<!\w)(?<!hội )(?:{_PRESS_NOUNS}|báo chí|báo)(?!\w)")


@cache
def _questioned() -> re.Pattern[str]:
    """Those the police question (detect_questioned.txt), in the clause of those "làm việc với" is held with: the
    driver, the suspect, not a session held ("Sáng 31-5, làm việc với tài xế xe khách, Thượng tá ...")."""
    return re.compile(r"(?:" + _alternation((fold(w) for w in lexicon.words("detect_questioned.txt")), spaces=True,
                                            word_start=True) + r")(?!\w)")


def _with_press_or_questioned(clause: str) -> bool:
    """Whether the clause of those "làm việc với" is held with names the press or those the police question (a driver,
    a suspect): a session told to reporters or an interrogation, not a meeting held."""
    return bool(_THE_PRESS.search(clause) or _questioned().search(clause))


#: a meeting's name and its day, a clause of their own at the sentence's head: "(Cuộc họp báo) ngày 9-5,"
_OPENS_ON_ITS_DAY = re.compile(r"(?:[^,.;:!?\n]|\.(?=\w)){0,80}?(?<!\w)(?:ngày|hôm|sáng|chiều|tối|trưa)\s+\d{1,2}\s?[/.-]\s?\d{1,2}"
                               r"(?:\s?[/.-]\s?\d{2,4})?\s*(?:\([^()\n]{1,30}\))?\s*,")
#: an opening clause that ends on its day: "(Làm việc với) Quận ủy quận 2 sáng 7/2,"
_CLAUSE_DAY = re.compile(r"(?:[^,.;:!?\n]|\.(?=\w)){3,100}?\s" + DAY_PHRASE + r"[^,.;:!?\n]{0,20},")
#: ... or the day alone, opening the sentence before "làm việc với": "Sáng 31-5, (làm việc với ...)"
_DAY_CLAUSE_OPENER = re.compile(_LEAD_DAY + r"\s*,\s*")
#: those a leader works with, then the day, closing the clause (or, after a comma, the sentence): "(làm việc với) Bộ Lao
#: động - Thương binh và Xã hội sáng 19/5", "(làm việc với) lãnh đạo UBND TP Cần Thơ vào ngày 7-2 khi ...", "(làm việc
#: với) Tổng Công ty Tân cảng Sài Gòn, sáng 12/7."
_WITH_DAY = re.compile(r"((?:[^,.;:!?\n]|\.(?=\w)){3,100}?)(?:\s(?:vào\s+)?|,\s*(?=" + DAY_PHRASE + r"\s*[.;!?\n]))"
                       r"(" + DAY_PHRASE + r")(?![\d/.-]\d)(?!\d)")
#: ... not a day of something else: a deadline, a span's bound, another event's ("... làm việc với các bệnh viện trước
#: ngày 15/6/2017", "... về sự cố xảy ra ngày 29/5/2017")
_NOT_ITS_DAY = re.compile(r"(?<!\w)(?:trước|chậm\s+nhất|đến|tới|từ|xảy\s+ra)$")
#: the verb "giao" (to assign), not in a word it is part of: "bàn giao", "chuyển giao" (handing over: "Bộ Y tế đã
#: chuyển giao các cơ sở y tế cho địa phương quản lý"), "Bộ Ngoại giao", "Bộ Giao thông vận tải"
#: (a word on its own, led by its first letter so that a pattern it opens skips ahead to a "g")
ASSIGN_VERB = r"giao(?<!\wgiao)(?<!bàn\sgiao)(?<!chuyển\sgiao)(?<!ngoại\sgiao)(?!\s+thông(?!\w))"
#: ... nor a session someone is asked to hold, between the leader and "làm việc với": "Bộ trưởng ... yêu cầu Sở Y tế
#: làm việc với các bệnh viện ..."
_ASKED_TO = re.compile(r"(?<!\w)(?:yêu\s+cầu|đề\s+nghị|" + ASSIGN_VERB + r")(?!\w)")


def _held_with_day(low: str, s_start: int, k_start: int, k_end: int, s_end: int) -> bool:
    """Whether "làm việc với" is held by the day closing the clause of those it is held with (_WITH_DAY): a whole day
    of a month (not a fraction, "về 7/18 bệnh nhân tử vong"), not a deadline's or another event's (_NOT_ITS_DAY), the
    session not one a leader asks for (_ASKED_TO)."""
    m = _WITH_DAY.match(low, k_end, s_end)
    if not m or _NOT_ITS_DAY.search(m.group(1)):
        return False
    day, month = (int(n) for n in re.findall(r"\d+", m.group(2))[:2])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    leader = _leaders().search(low, s_start, k_start)
    return not _ASKED_TO.search(low, leader.end() if leader else s_start, k_start)
#: the meeting still ahead, in the words before its name: "... của VFF sẽ nhóm họp"
#: (its first letter read before the look back, "s(?<!\ws)" for "(?<!\w)s", the same matches: the engine then skips
#: ahead to the next "s" rather than trying every position of a long sentence)
_AHEAD = re.compile(r"s(?<!\ws)(?:ẽ|ắp)(?!\w)")
#: "tháng 5 vừa qua", "những năm gần đây": a period, not the day of a meeting
_PERIOD_BEFORE = re.compile(r"(?:tháng\s*\d{1,2}|tháng|năm|thời gian|những ngày|giai đoạn|nhiệm kỳ|các|những)\s+$")
#: "hội nghị Công đoàn các cấp": meetings at every level, in general
_IN_GENERAL = re.compile(r"(?:\s+\S+){0,4}?\s+các cấp(?!\w)")
_CAPITAL = re.compile(r"[" + _UPPER + r"]")


def roman_to_int(text: str) -> int | None:
    """XVIII → 18; None when it is not a well-formed Roman numeral."""
    text = text.upper()
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for current, following in zip(text, text[1:] + " "):
        value = _ROMAN[current]
        total += -value if following != " " and _ROMAN[following] > value else value
    return total if 0 < total < 1000 else None


def parse_edition(text: str) -> int | None:
    """'18' → 18, 'XVIII' → 18, 'tư' → 4."""
    text = text.strip()
    value = int(text) if text.isdigit() else _ORDINAL_WORDS.get(text.lower()) or roman_to_int(text)
    return value if value and 0 < value <= 1000 else None


# --- lexicons, compiled once --------------------------------------------------------------


@cache
def _kinds() -> tuple[re.Pattern[str], dict[str, str | None]]:
    """One regex over kind nouns and the phrases that only look like one; surface → kind (None: no meeting)."""
    labels: dict[str, str | None] = {}
    for surface, label in lexicon.labelled("event_kinds.txt").items():
        labels[fold(surface)] = fold(label)
    for entry in lexicon.words("detect_not_kinds.txt"):
        labels[fold(entry)] = None
    return re.compile(r"(?:" + _alternation(labels, word_start=True) + r")(?!\w)"), labels


@cache
def _kinds_after_gap() -> re.Pattern[str]:
    """The kinds regex led by the character before the noun, which is not a word character, instead of asserting that
    after the noun's first letter: the engine then stops only after a space or a mark (a fifth of a text's characters)
    rather than at every b, c, đ, h, t ... (the kinds' first letters, most of a Vietnamese text's). Its matches, less
    that character, are the kinds regex's: `_kind_nouns`."""
    return re.compile(r"\W(?:" + _alternation(_kinds()[1]) + r")(?!\w)")


def _kind_nouns(low: str, start: int = 0) -> Iterator[re.Match[str]]:
    """What `_kinds()[0].finditer(low, start)` yields, found by `_kinds_after_gap` (`start` opens a word, or the text).

    A kind noun starts a word, so the character before it is none (the text's start) or not a word character; after a
    match the next starts past its end, which is not a word character either (a noun ends a word). So each match of
    _kinds_after_gap from `start - 1` is one character before a match of the kinds regex, in the same order, and the
    kinds regex matched from there gives the very match object finditer would."""
    pattern = _kinds()[0]
    if start == 0:
        first = pattern.match(low, 0)
        if first:
            yield first
            start = first.end() + 1  # (the character after it is not a word character: it may lead the next)
        else:
            start = 1
    for gap in _kinds_after_gap().finditer(low, start - 1):
        yield pattern.match(low, gap.start() + 1)  # type: ignore[misc]  # (it matches there: see above)


@cache
def _cores() -> tuple[str, ...]:
    """The fewest substrings one of which every kind noun contains ("họp" for "cuộc họp", "phiên họp" ...):
    plain substring tests that reject an article without any kind noun far faster than the regex."""
    surfaces = sorted((s for s, label in _kinds()[1].items() if label), key=len)
    cores: list[str] = []
    for surface in surfaces:
        if not any(core in surface for core in cores):
            cores.append(surface)
    return tuple(cores)


#: what the normaliser turns into the one space between two words: any white space but a line end
#: (a word at a line's end and one at the next line's start are not one name), and control characters
_RAW_GAP = r"(?:[^\S\n\r\u2028\u2029\u0085]|[\x00-\x08\x0e-\x1f\x7f])+"


#: the letters of the kinds' first syllables, the most frequent in the news first (the bench corpus, lower-cased)
_LETTER_FREQUENCY = "nhtcigauđmoràvlưpbskdếạệeảêộốớấờịậơởồổọặễwỡ"


@cache
def _raw_cores() -> re.Pattern[str]:
    """Every core as it may stand in raw text, in any case: its syllables side by side however they are spaced, in one
    regex. A syllable whose tone mark may sit on either vowel (tọa/toạ) is written both ways.

    Each core is looked for from the least frequent letter of its first syllable (the "ọ" of "họp", the "ộ" of "hội
    nghị"), the letters before it asserted behind: the regex is led by a set of rarer letters than the cores' first
    ones (h, t, c, đ ...), so the engine tries far fewer places. Every letter matches its capitals too
    (lexicon.cased_letter), so the text need not be lower-cased: it matches where the lower-cased text would match
    the cores."""
    entries: set[str] = set()
    for core in _cores():
        spellings = [""]
        for word in core.split():
            spellings = [f"{head} {variant}".strip() for head in spellings for variant in _placements(word)]
        entries.update(spellings)
    rare = {letter: rank for rank, letter in enumerate(_LETTER_FREQUENCY)}
    # pivot letter -> letters before it -> what follows it, for each spelling
    led: dict[str, dict[str, list[str]]] = {}
    for entry in sorted(entries):
        first = entry.split(" ", 1)[0]
        at = max(range(len(first)), key=lambda i: (rare.get(first[i], len(rare)), -i))
        led.setdefault(first[at], {}).setdefault(first[:at + 1], []).append(entry[at + 1:])
    branches = []
    for pivot, behind in sorted(led.items()):
        inner = "|".join(
            ("(?<=" + "".join(_cased(c) for c in head) + ")" if len(head) > 1 else "")
            + _alternation(rest, gap=_RAW_GAP, cased=True)
            for head, rest in sorted(behind.items()))
        # (a branch per form of the pivot, each led by it as a literal: the set of leading letters the engine skips to)
        branches.extend(re.escape(form) + "(?:" + inner + ")" for form in lexicon.letter_forms(pivot))
    return re.compile("|".join(branches))


def _cased(char: str) -> str:
    return lexicon.cased_letter(char)


_AMBIGUOUS_TONE = re.compile(r"o[ae]|uy")
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _placements(word: str) -> set[str]:
    """A syllable with its tone mark on either vowel of an oa / oe / uy pair (hoà, hòa), as raw text may have it."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in _TONE_MARKS]
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    pair = _AMBIGUOUS_TONE.search(strip_tones(base))
    if not tones or not pair:
        return {unicodedata.normalize("NFC", word)}
    return {unicodedata.normalize("NFC", base[:at + 1] + tones[0] + base[at + 1:])
            for at in (pair.start(), pair.start() + 1)} | {unicodedata.normalize("NFC", word)}


def might_name_a_meeting(raw: str) -> bool:
    """A cheap test on raw, un-normalised text: False only when no kind noun can be in it at all,
    so parse_text can skip normalising the many articles that are about something else."""
    text = unicodedata.normalize("NFC", raw)  # (not lower-cased: the regex reads capitals as their lower case)
    # the normaliser drops invisible characters, even inside a word (a substring test per character
    # is several times faster than one regex over the set)
    if any(char in text for char in INVISIBLE_CHARS):
        text = INVISIBLE.sub("", text)
    if _raw_cores().search(text) is not None or _RAW_DEBATE_OPENER.search(text) is not None:
        return True
    head = text[:_PRESENTED_HEAD]  # (the Assembly's floor in the lead: substring tests spare the regex most texts)
    return any(word in head for word in _RAW_PRESENTED_WORDS) and _RAW_PRESENTED.search(head) is not None \
        or any(word in head for word in _RAW_COUNCIL_WORDS) and _RAW_COUNCIL.search(head) is not None


#: a bare "Thảo luận" written capitalised, as it opens a sentence (_debate_openers), in raw text (led by its literal,
#: the word start asserted behind it: the engine finds "Thảo" at once in the many texts it skips)
_RAW_DEBATE_OPENER = re.compile(r"Thảo(?<!\wThảo)" + _RAW_GAP + r"luận(?!\w)")


@cache
def any_kind_pattern() -> re.Pattern[str]:
    """Any kind noun (for other extractors that ask whether a sentence speaks of a meeting)."""
    return re.compile(r"(?:" + _alternation(_noun_kinds(), word_start=True) + r")(?!\w)")


def kind_named(surface: str) -> str | None:
    """The kind of the meeting a surface of any_kind_pattern names: "làm việc với" is a "buổi làm việc"."""
    return _noun_kinds().get(surface)


@cache
def at_a_meeting() -> re.Pattern[str]:
    """"tại" or "trong" and a meeting's word: "Tại buổi làm việc", "phát biểu tại hội nghị"."""
    return re.compile(r"(?<!\w)(?:tại|trong)\s+" + any_kind_pattern().pattern)


@cache
def _noun_kinds() -> dict[str, str]:
    """The surfaces that name a meeting, with their kinds: not the words that only tell one (the Assembly told with its
    verb, _ASSEMBLY_TOLD, is no meeting's name: "Luật ... được Quốc hội thông qua ngày 27/11/2015")."""
    return {s: label for s, label in _kinds()[1].items() if label and s not in _ASSEMBLY_TOLD}


@cache
def _weak_kinds() -> frozenset[str]:
    return frozenset(fold(k) for k in lexicon.words("detect_weak_kinds.txt"))


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    def words(name: str) -> str:  # as whole words: what (?<!\w) before the list says
        return _alternation((fold(w) for w in lexicon.words(name)), word_start=True)

    any_kind = _alternation(_noun_kinds())
    return {
        "held": re.compile(r"(?:" + words("detect_held.txt") + r")(?!\w)"),
        # (each branch led by its first letter, what stands before it asserted after it: searched in the words before
        # every mention, so that the engine skips ahead to the next candidate)
        "held_before": re.compile(
            lexicon.alternatives((fold(w) for w in lexicon.words("detect_held.txt")),
                                 r"(?:\s+(?:trọng thể|long trọng|thành công|chính thức|khai mạc|bế mạc|lại|thường niên|"
                                 r"định kỳ|cùng|tham dự))?\s+(?:cuộc\s+|buổi\s+|lễ khai mạc\s+|phiên khai mạc\s+|lễ\s+)?$",
                                 word_start=True)
            # "đoàn công tác ... đã có buổi làm việc với UBND": having a session is holding it
            + "|" + lexicon.alternatives(("đã", "vừa", "sẽ"), r"\s+có\s+(?:cuộc\s+|buổi\s+)?$", word_start=True)
            # "Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin hôm nay 7/7 đã chính thức bắt đầu cuộc hội đàm"
            + "|" + lexicon.alternatives(("đã", "vừa"), r"\s+(?:chính thức\s+)?bắt đầu\s+(?:cuộc\s+|buổi\s+|phiên\s+)?$",
                                         word_start=True)
            # "chiều 26/6, Thanh tra Sở ... có cuộc họp giải quyết sự việc", "Slim V có buổi talkshow"
            + r"|c(?<!\wc)(?<!nếu c)(?<!chưa c)(?<!không c)ó\s+(?:cuộc|buổi)\s+$"
        ),
        "passing": re.compile(
            r"(?:" + words("detect_passing.txt") + r")\s+(?:của\s+)?(?:các\s+|cuộc\s+|kỳ\s+)?$"),
        "generic": re.compile(r"(?:" + words("detect_generic.txt") + r")\s+(?:cuộc\s+|buổi\s+|lớp\s+|kỳ\s+)?$"),
        # (a week's words first; each branch led by its first letter, so that the engine skips ahead: _recent tells the
        # week's from the words matched)
        "recent": re.compile("|".join(lexicon.alternatives((fold(w) for w in lexicon.words(name)), r"(?!\w)",
                                                           word_start=True)
                                      for name in ("detect_recent_week.txt", "detect_recent.txt"))),
        "sport": re.compile(r"(?:" + words("detect_sport.txt") + r")(?!\w)"),
        "court": re.compile(r"(?:" + words("detect_court.txt") + r")(?!\w)"),
        "full_text": re.compile(r"(?:" + words("detect_full_text.txt") + r"|(?:^|(?<=[\n.!?:])\s*)toàn văn)(?!\w)"),
        # two kinds side by side are meetings in general: "đại hội, hội nghị Công đoàn", "hội nghị và hội thảo"
        # (not a sitting's verb: "Sau 3 ngày nhóm họp, Đối thoại Shangri-La lần thứ 16 đã khép lại")
        "list_before": re.compile(r"(?<!\w)(?<!nhóm )(?:" + any_kind + r")\s*(?:,|và|hoặc|/)\s*$"),
        "list_after": re.compile(r"\s*(?:,|và|hoặc|/)\s*(?:" + any_kind + r")(?!\w)"),
    }


@cache
def _outcomes() -> re.Pattern[str]:
    """What a meeting that opens its sentence does after its name (detect_outcomes.txt), with no plan before it; a
    bracket may stand between ("ĐHCĐ bất thường ... CTCP Đường Biên Hòa (Mã CK: BHS) thông qua ...")."""
    verbs = _alternation((fold(w) for w in lexicon.words("detect_outcomes.txt")), word_start=True)
    return re.compile(r"[\s,]*(?:\([^()\n]{1,40}\)[\s,]*)?(?:(?:đã|vừa|cũng|chính thức|đã chính thức)\s+)?(?:" + verbs
                      + r")(?!\w)")


def _acts(doc: Doc, k_start: int, k_end: int, s_end: int) -> bool:
    """Whether the meeting at [k_start, k_end) is the subject of an outcome verb, right after its noun or its name."""
    return any(_outcomes().match(doc.low, at) for at in (k_end, _name_end(doc, k_start, k_end, s_end)))


@cache
def _said_at() -> re.Pattern[str]:
    """A speech verb whose setting is the meeting mentioned next (detect_said_at.txt)."""
    verbs = _said_at_verbs()
    what = _alternation(fold(e[2:]) for e in lexicon.labelled("detect_said_at.txt") if e.startswith("+ "))
    # (a comma may stand before the setting: "đã trả lời chất vấn, tại kỳ họp thứ 4", "Bộ trưởng Kinh tế Pháp Bruno Le
    # Maire cho biết, trong cuộc hội đàm với người đồng cấp Đức ... trước đó cùng ngày"; not a sitting named by what is
    # done there: "các phiên trả lời chất vấn tại kỳ họp", "phiên chất vấn và trả lời chất vấn tại kỳ họp thứ 3")
    # (or the day: "Thông tin trên vừa được Sở GD&ĐT Hà Nội đưa ra sáng 16/4, tại Hội nghị hướng dẫn ...")
    return re.compile(r"(?<!phiên )(?<!chất vấn và )(?:" + verbs + r")(?:\s*,)?(?:\s+(?:" + what + r")(?:\s*,)?)?"
                      r"(?:\s+" + DAY_PHRASE + r"(?:\s*,)?)?\s+(?:tại|trong)\s+" + _ITS_NOUN)


@cache
def _said_at_verbs(within: bool = False) -> str:
    """The speech verbs of detect_said_at.txt (its lines not led by "+ "), folded, as an alternation; `within`: not
    those tagged "decided", what a sitting decides ("thông qua"), never said within a meeting's frame (_within)."""
    return _alternation((fold(surface) for surface, tags in lexicon.labelled("detect_said_at.txt").items()
                         if not surface.startswith("+ ") and not (within and "decided" in tags.split())),
                        word_start=True)


@cache
def _within() -> re.Pattern[str]:
    """Words said, or the day's work done, within the frame of the meeting named next: the meeting they were said or
    done at, not one named in passing ("khuôn khổ" in detect_passing.txt): "3 diễn giả ... chia sẻ trong khuôn khổ hội
    thảo trực tuyến Hack4Growth Kick-off 2021 được tổ chức mới đây", "Kết thúc ngày làm việc đầu tiên trong khuôn khổ
    Hội nghị Thượng đỉnh nhóm các nước công nghiệp phát triển G7 tại thành phố Taormina" (not what a sitting decides:
    "thông qua trong khuôn khổ kỳ họp", a law's history)."""
    verbs = _said_at_verbs(within=True)
    return re.compile(r"(?:(?:" + verbs + r")|(?<!\w)(?:ngày|phiên)\s+làm\s+việc(?:\s+[^\s,.;:!?]+){0,3}?)"
                      r"\s+trong\s+khuôn\s+khổ\s+(?:của\s+)?" + _ITS_NOUN)


#: ... or the speaker first, then the meeting, then the verb (detect_said_after.txt): "Ông Sean Spicer trong cuộc họp
#: báo chiều 12/5 khẳng định", "Thứ trưởng Quốc phòng Nga Alexander Fomin trong phiên họp an ninh ở Singapore đã tuyên bố"
_SPEAKER_AT = re.compile(r"\w\s+(?:tại|trong)\s+(?:một\s+)?" + _ITS_NOUN)


@cache
def _says_after() -> re.Pattern[str]:
    """The speech verb after the meeting's name and day, in the same clause."""
    verbs = _alternation((fold(e) for e in lexicon.words("detect_said_after.txt")), word_start=True)
    return re.compile(r"(?:[^,.;:!?\n]|\.(?=\d)){0,60}?(?<!\w)(?:" + verbs + r")(?!\w)")


def _dated_then_says(low: str, k_end: int, s_end: int) -> bool:
    """Whether the meeting's name goes on to its day and then a speech verb: "... trong cuộc họp báo ngày 30/5 cho
    biết" (not "nhắc lại tinh thần tại cuộc đối thoại ... tuần trước là chia sẻ": no day, words of another time)."""
    says = _says_after().match(low, k_end, s_end)
    return bool(says and (_DAY.search(low, k_end, says.end()) or _recent(low, k_end, says.end())))


#: the words said at a meeting as a noun with their speaker, what the article then tells: "Đó là yêu cầu của Phó Chủ
#: tịch UBND TP.HCM Lê Văn Khoa tại cuộc họp", "Văn phòng Chính phủ vừa có văn bản thông báo kết luận của Thủ tướng
#: ... tại cuộc họp về ..." (not "ý kiến đề nghị của ĐBQH tại kỳ họp thứ 2" inside a sentence: words of another time)
#: (or another noun of words said: "Đây là khẳng định của Hội đồng Chuyên môn Sở Y tế Hòa Bình tại cuộc họp ngày 8/6",
#: "Đó là phát biểu của Thủ tướng ... tại hội nghị", "Đó là ý kiến của đồng chí ... tại cuộc họp chiều 23/6"; or
#: without its speaker: "Đây là kết luận nội dung kinh tế-xã hội tháng 5 trong chương trình Phiên họp thường kỳ")
_SAID_OF = re.compile(r"(?:^\W*|(?<!\w)(?:đó là|đây là|thông báo)\s+"
                      # (after any subject, what they were asked: "Thông tin Singapore đơn phương dỡ lệnh ... là vấn đề
                      # được đặt ra với người phát ngôn Bộ Ngoại giao tại cuộc họp báo chiều 1/10")
                      r"|(?<=\w )là\s+(?=(?:những\s+)?(?:vấn đề|câu hỏi)\s+(?:được\s+)?(?:[^.;:!?\n]{0,40}\s)?đặt ra\s))"
                      r"(?:yêu cầu|kết luận|chỉ đạo|ý kiến chỉ đạo|đề nghị|"
                      r"khẳng định|phát biểu|nhận định|ý kiến|chia sẻ|nhấn mạnh|cam kết|quan điểm|kết luận chỉ đạo|"
                      r"nội dung chỉ đạo"
                      # what the press were told or asked there: "Đó là những vấn đề được báo giới đặt ra ... tại cuộc họp
                      # báo", "Đây là câu hỏi ĐBQH Phạm Khánh Phong Lan ... đặt ra trong phiên thảo luận tổ chiều 25.5"
                      r"|(?:(?<=đó là )|(?<=đây là )|(?<=\w là ))(?:những\s+)?(?:vấn đề|thông tin|câu hỏi)"
                      # ... or any words of someone's: "Đó là nhắn nhủ của Phó Chủ tịch UBND TP.HCM ... trong buổi làm
                      # việc với UBND huyện Củ Chi ... chiều 10-2"
                      r"|(?:(?<=đó là )|(?<=đây là ))(?:\w+\s+){0,2}?\w+(?=\s+của\s))\s+(?:của\s+)?"
                      r"(?:[^.;:!?\n]|\.(?=\w)){3,90}?\s+(?:tại|trong)(?:\s+chương trình)?\s+" + _ITS_NOUN)


_BACK_LEADS = ("tại", "trong", "qua", "dự", "tham dự", "đến dự", "về dự", "bế mạc", "khai mạc", "kết luận", "chỉ đạo",
               "phát biểu tại", "phát biểu khai mạc", "phát biểu bế mạc")
_BACK_NOUNS = ("buổi", "cuộc", "phiên")
#: the letters written before the kind noun in a back reference (with white space, all that can stand there)
_BACK_LETTERS = frozenset("".join(_BACK_LEADS + _BACK_NOUNS))


@cache
def _back_reference(kind: str) -> re.Pattern[str]:
    """The article coming back to the event: "Tại hội nghị", "phát biểu tại Hội thảo", "tham dự Hội nghị có"."""
    # (not the kinds told with their verb: "Tại buổi làm việc với ..." comes back to "buổi làm việc", not to a second
    # event "làm việc với")
    kind_pattern = _alternation(s for s, label in _noun_kinds().items() if label == kind and s not in _DAY_LED)
    lead = _alternation(_BACK_LEADS, word_start=True)
    nouns = "|".join(noun + r"\s+" for noun in _BACK_NOUNS)
    return re.compile(r"(?:" + lead + r")\s+(?:" + nouns + r")?(?:" + kind_pattern + r")(?!\w)")


def _back_references(low: str, kinds: set[str], nouns: list[re.Match[str]] | None) -> dict[str, list[int]]:
    """For each kind, the ends of _back_reference(kind).finditer(low); looked for only where one can start when
    `nouns` holds every match of the kinds regex over low (None: not known, the whole text is scanned).

    A back reference's kind noun starts a word and is a surface of the kinds regex, so it lies inside one of its
    matches; what stands before it (the lead, "buổi", white space) is made of _BACK_LETTERS and white space only. So
    every back reference starts between a match's end and as far back from its start as those characters run: each
    kind's regex is tried at those places, in order, from the end of the last one found (what finditer does)."""
    if nouns is None:
        return {kind: [r.end() for r in _back_reference(kind).finditer(low)] for kind in kinds}
    places: list[list[int]] = []  # [start, end) where a back reference may start, in order, merged
    before = 0  # the start of the match before (a walk back that gets there would go on as that match's did)
    for noun in nouns:
        start = noun.start()
        while start > before and (low[start - 1] in _BACK_LETTERS or low[start - 1].isspace()):
            start -= 1
        if places and start <= places[-1][1]:
            places[-1][1] = max(places[-1][1], noun.end())
        else:
            places.append([start, noun.end()])
        before = noun.start()
    # (a back reference's lead starts a word: only the word starts of each place are tried)
    starts = [[m.start() for m in _WORD_START.finditer(low, start, stop)] for start, stop in places]
    found: dict[str, list[int]] = {}
    for kind in kinds:
        pattern, ends, end = _back_reference(kind), [], 0
        for at in itertools.chain.from_iterable(starts):
            if at >= end and (match := pattern.match(low, at)):
                ends.append(match.end())
                end = match.end()
        found[kind] = ends
    return found


#: a word character that starts a word (the one before it is none)
_WORD_START = re.compile(r"\w(?<!\w\w)")


# --- sentences and mentions -----------------------------------------------------------------

#: crawled text glues a caption or a subheading to the next sentence without a full stop ("... mở quầy thịt ủng hộ
#: nông dân vượt khó Chiều 14/6, Quận ủy ...", "Chủ tịch nước Trần Đại Quang và Tổng thống Lukashenko chủ trì họp báo
#: Ngay sau lễ đón, Chủ tịch nước ... đã tiến hành hội đàm ..."): a sentence starts at such an opener after a word's
#: (lower-case) last letter and a space (glued_openers: the sentences of directions, dates and attribution; detect's
#: only at an occasion's opener, _GLUED_OCCASION)
#: (the day as a day is written, "14/6", "8-2", "16.3.2015", "21 - 28.2", "11 tháng Giêng", not any figure: "... xuyên
#: hang Tối 6.000 m")
_GLUED_DAY = r"(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?[/.-]\d{1,2}(?:[/.-]\d{4})?(?![\d.])|\d{1,2}\s+tháng\s)"
_GLUED_OPENERS = (*(rf"{time}\s+(?:nay\s+)?{_GLUED_DAY}" for time in ("Chiều", "Sáng", "Tối", "Trưa", "Ngày", "Hôm")),
                  r"Cũng\s+(?:tại|theo|trong)\s", r"Tại\s+(?:hội|buổi|đây|cuộc|phiên|kỳ)", r"Theo\s+(?:đó,|ông\s|bà\s)",
                  r"Trước\s+đó[\s,]", r"Đồng\s+thời,", r"Bên\s+cạnh\s+đó,",
                  # (and a meeting of two after a subheading: "... ở khu vực châu Á - Thái Bình Dương Tại cuộc hội kiến
                  # với Thủ tướng Nga ...", "... sẽ được xử công bằng Trong cuộc gặp Thủ tướng Nguyễn Xuân Phúc, ...")
                  r"Trong\s+(?:đó,|khi\s|báo\s+cáo|(?:cuộc|buổi)\s+(?:gặp|tiếp|hội\s+kiến|hội\s+đàm))",
                  r"Nhân\s+dịp\s", r"Với\s+tinh\s+thần\s", r"Ngay\s+sau\s",
                  # ... the day told without its number, the other clause openers a subheading is glued to
                  # ("... sáng tạo hơn nữa Sáng cùng ngày, Thường trực Thành ủy ...", "... sai phạm Trình bày báo cáo
                  # tổng hợp ý kiến, ...", "... đóng Quỹ Để triển khai hoạt động du lịch ...")
                  *(rf"{time}\s+(?:cùng\s+ngày|qua|nay|hôm\s+qua)[\s,]" for time in ("Chiều", "Sáng", "Tối", "Trưa")),
                  r"Cùng\s+(?:ngày[\s,]|với\s)", r"Trước\s+khi\s", r"Theo\s+(?:ông|bà)\s*,", r"Theo\s+báo\s+cáo\s",
                  r"Phát\s+biểu\s+(?:tại|kết\s+luận|chỉ\s+đạo|bế\s+mạc|khai\s+mạc)[\s,]",
                  r"Trình\s+bày\s+(?:báo\s+cáo|tờ\s+trình)\s",
                  # (a subheading run into the next paragraph's first words: "... bơm tạp chất vào tôm Đối với các vụ
                  # kiện bán phá giá, ...", "... chống tham nhũng Nhấn mạnh vai trò rất quan trọng ...", "... đèn trang
                  # trí Đánh giá về công tác ...", "... vỉa hè Thông tin trên được ông Trần Thế Thuận ...")
                  r"Đối\s+với\s+(?:các|những|việc|vấn\s+đề|đề\s+nghị|kiến\s+nghị|ý\s+kiến)\s",
                  r"Nhấn\s+mạnh\s+(?:vai\s+trò|tới|đến|tầm)\s", r"Đánh\s+giá\s+(?:về|cao)\s",
                  r"Thông\s+tin\s+(?:trên|này)\s",
                  r"Báo\s+cáo\s+(?:tại|với|tình\s+hình)\s", r"Khi\s+được\s", r"Năm\s+nay,", r"Sau\s+(?:ý\s+kiến|khi)\s",
                  # (the topic "Về ..." a point opens on, up to its comma, after a subheading or after a stray letter
                  # a typo left after the full stop: "... phát triển kinh tế xã hội.h Về mở rộng sân bay Tân Sơn Nhất,
                  # Thủ tướng giao ..."; not a body's name with its capitals, "Ủy ban về các vấn đề xã hội của Quốc
                  # hội", which has no comma within reach)
                  r"Về\s+(?:phía\s|phần\s+mình,|[a-zà-ỹđ]+(?:\s+[^\s,.;:!?]+){0,7},)", r"Vấn\s+đề\s", r"Để\s+[a-zà-ỹđ]",
                  r"Cũng\s+giống\s", r"Tuy\s+nhiên,", r"Ngoài\s+ra,", r"Hiện\s+nay,", r"Do\s+đó,", r"Vì\s+vậy,",
                  r"Như\s+vậy,", r"Đặc\s+biệt,", r"Qua\s+đó,", r"Thực\s+tế,",
                  # ("... giao thông thông minh Liên quan đến giải pháp giảm ùn tắc ...", "... - Ảnh: VTC News Liên
                  # quan đến vụ việc, ...")
                  r"Liên\s+quan\s+(?:đến|tới)\s",
                  # "... thực phẩm bẩn Ông Lê Minh Hải, Phó trưởng Ban ...": a name and its post after it (not a place
                  # named after a person: "tỉnh Bà Rịa -Vũng Tàu" has no post after it; "quận Hai Bà Trưng, Hà Nội"
                  # and "Giồng Ông Tố, quận 2" follow a capitalised word, which glued_openers checks)
                  # ... or the name and what the person said ("... phát biểu tại buổi làm việc Ông Hùng cho biết ...")
                  *(rf"{who}\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){{0,3}}\s*(?:,|[-–]\s|\(|(?:cho\s+biết|cho\s+hay|nói|"
                    rf"khẳng\s+định|nhấn\s+mạnh|chia\s+sẻ)(?!\w))" for who in ("Ông", "Bà")))
#: (found from its capital, the white space before it asserted after it, so that the engine skips to the next capital;
#: glued_openers walks back over the white space to the lower-case letter it must follow)
#: ... the openers of another occasion, or of its day, where detect's sentences start too ("... ông Pha nói Trước đó,
#: ngày 20/12 Bí thư thành ủy ... đã có buổi làm việc ...", "... chủ trì họp báo Ngay sau lễ đón, ..."): the rules on
#: such an opening (_RIGHT_AFTER, _BACKGROUND) read it; a sentence opening on any other opener goes on as one with its
#: caption or subheading, which the lead's reach (_OPENING_CHARS, _LEAD_SENTENCES) is measured with (split there, a
#: report whose undated lead "Tại cuộc họp báo ..." follows a subheading falls out of it)
_GLUED_OCCASION = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Trước\s+đó|Ngay\s+sau)(?!\w)")
#: ... the openers of another time or gathering than the text before them: the same day's other part, what went before,
#: a meeting's own part, which no name, title or credit goes on with: a sentence starts at one after a capitalised word
#: too, a credit's bracket or a link's, and after a round-up's star ("... Ảnh: Thống Nhất/TTXVN Tại buổi tiếp, Chủ tịch
#: nước ...", "... (Ảnh: Tiền phong) Trước đó, ngày 21/12/2016, ...", "[Việt Nam sẵn sàng nhận nhiệm vụ ...] Tại buổi
#: gặp và làm việc với Đại tướng Chris Deverell, ...", "... Ảnh: VGP/Quang Hiếu * Cùng ngày tại trụ sở Liên Hợp Quốc,
#: ...", "... Viện Vệ sinh dịch tễ TW Chiều cùng ngày, tại Bộ Y tế, ..."); people's sentences start at these alone
#: (glued_starts' `elsewhere`)
_GLUED_ELSEWHERE = re.compile(r"(?:(?:Sáng|Chiều|Tối|Trưa)\s+cùng\s+ngày|Cùng\s+ngày|Cũng\s+trong|Trước\s+đó"
                              r"|Tại\s+(?:hội|buổi|cuộc|phiên|kỳ)|Trong\s+(?:cuộc|buổi))(?!\w)")
#: (what such an opener may follow: a letter of any case, a closing bracket; a star before it is walked back over)
_ANY_AFTER = re.compile(r"[^\W\d_]|[)\]]")
#: ... of which the background, "Trước đó", opens another time only after a photo's credit (the words after "Ảnh" or
#: "Nguồn", or the credit in its bracket: "... Ảnh: Phạm Hải Trước đó, nguyên Bí thư Thành ủy ...", "Ảnh minh họa Trước
#: đó", "(Ảnh: Tiền phong) Trước đó", "Ảnh: T.H - TTXVN Trước đó", its dots between letters): after a subheading or a
#: link it as often tells the same meeting's earlier part ("Kỷ luật cán bộ, đóng cửa Trung tâm cấp quy chuẩn chất
#: lượng giả Trước đó, các vấn đề ... đã được các ĐBQH tiến hành chất vấn Bộ trưởng ..."); the credit within its line
#: ("Ảnh: VGP\nBàn giải pháp Trước đó": a subheading under the caption), not a picture told of ("Cải thiện hình ảnh du
#: lịch Trước đó") (matched on the lower-cased words before the white space)
_GLUED_EARLIER = re.compile(r"Trước\s+đó")
_CREDIT_ENDS = re.compile(r"(?<!\w)(?<!hình\s)(?:ảnh|nguồn)(?:[^\S\n]*:(?:[^.:;()\n]|(?<=[^\W\d_])\.(?=[^\W\d_])){1,30}"
                          r"|[^\S\n]*:?(?:[^\S\n]+[^\W\d_][\w./-]*){1,4})$|\((?:ảnh|nguồn)[^()\n]{1,60}\)$")
#: (the openers grouped by their capital, one branch each, so that the engine tries one branch at each capital it finds
#: instead of every opener: the same matches, each the capital alone)
_GLUED_BY_CAPITAL: dict[str, list[str]] = {}
for _opener in _GLUED_OPENERS:
    _GLUED_BY_CAPITAL.setdefault(_opener[0], []).append(_opener[1:])
_GLUED_OPENER = re.compile("|".join(rf"{capital}(?<=\s{capital})(?={'|'.join(rests)})"
                                    for capital, rests in _GLUED_BY_CAPITAL.items()))
del _opener
_GLUED_AFTER = re.compile(r"[a-zà-ỹđ]")  # (its capitals Ă Đ Ơ Ư Ạ-Ỹ too: a credit "Ảnh: ANTĐ", "Ảnh: K.Đ" is cut after)
#: ... or a caption's or a subheading's day or figure, or the quote it closes on ("... cuộc họp Ban Chỉ đạo dịch vụ công
#: trực tuyến Bộ NN-PTNT ngày 8/2 Theo ông, trước mắt ...", "Cần hiểu thêm về việc “không rót thêm vốn vào dự án thua
#: lỗ” Sau ý kiến của đại diện PVN, ..."): a closing quote after a character that is no white space
_GLUED_AFTER_FIGURE = re.compile(r"\d|(?<=\S)[”’\"']")
#: the last words before the white space, which must end what the opener is glued to (glued_not_after.txt)
_WORDS_BEFORE = re.compile(r"(?<!\w)\w+(?:[^\S\n]+\w+){0,2}$")
#: the last word (with its marks) before the white space, a lower-case one before "Ông" or "Bà" and a name that is not
#: a full one
_TOKEN_BEFORE = re.compile(r"(?<!\S)\S+$")
#: the capitalised words after "Ông" or "Bà", which may be a place's name ("tỉnh Bà Rịa – Vũng Tàu")
_CAPITALISED_AFTER = re.compile(r"\w+(?:\s+[A-ZĐ]\w*){1,3}")
#: a lead's day and its comma after "Ngày" ("... bệnh nhân Ngày 2.6, BS ..."), not a day's name ("nhân Ngày 20/11 tại")
_DAY_AND_COMMA = re.compile(r"Ngày\s+[\d/.\-]+\s*,")


@cache
def _not_after() -> dict[str, frozenset[str]]:
    """glued_not_after.txt, folded: each word or phrase → the openers it keeps glued: "" any, "name" a capitalised
    "Ông" or "Bà" and a name, "place" the same but a full name, "day" "Ngày" and a day, "body" "Về" (after the
    entry's capital)."""
    name, found = "glued_not_after.txt", {}
    for entry in lexicon.own_labels(name):
        found.setdefault(fold(entry), set()).add("")
    for tag in ("name", "place", "day", "body"):
        for entry in lexicon.tagged(name, tag):
            found.setdefault(fold(entry), set()).add(tag)
    return {entry: frozenset(tags) for entry, tags in found.items()}


def _held_by(text: str, start: int, space: int) -> set[str]:
    """The tags (_not_after) of the entries the words in text[start:space] end on ("body" only written with its
    capital: "Ủy ban", not "ủy ban")."""
    before = _WORDS_BEFORE.search(text, start, space)
    if not before:
        return set()
    words, tags = before.group().split(), set()
    for size in range(1, len(words) + 1):
        for tag in _not_after().get(fold(" ".join(words[-size:])), ()):
            if tag != "body" or words[-size][0].isupper():
                tags.add(tag)
    return tags


@lru_cache(maxsize=4)
def glued_openers(text: str) -> tuple[Span, ...]:
    """(where the white space before it starts, where the opener starts) of each glued opener (_GLUED_OPENERS) that
    follows white space within its line, after a lower-case letter (_GLUED_AFTER), a figure or a closing quote
    (_GLUED_AFTER_FIGURE); one of another time or gathering (_GLUED_ELSEWHERE) after a capital, ")" or "]" too
    (_ANY_AFTER), or after a round-up's star with such a character before it (the white space then starts before the
    star: "... Ảnh: TTXVN * Cũng trong tối 11/10, ..."); not after a word glued_not_after.txt holds. Every caller
    reads these cuts: the sentences of directions, dates, attribution, detect's (glued_starts' `occasions`) and
    people's (its `elsewhere`)."""
    cuts, line, seen = [], 0, 0
    for m in _GLUED_OPENER.finditer(text):
        space = m.start() - 1
        while space > 0 and text[space - 1].isspace() and text[space - 1] != "\n":
            space -= 1
        if text[space] == "\n" or not space:
            continue
        if not _GLUED_AFTER.match(text, space - 1) and not _GLUED_AFTER_FIGURE.match(text, space - 1):
            if not _GLUED_ELSEWHERE.match(text, m.start()):
                continue
            if text[space - 1] == "*" and space > 1 and text[space - 2].isspace():  # (a round-up's star)
                space -= 1
                while space > 0 and text[space - 1].isspace() and text[space - 1] != "\n":
                    space -= 1
            if not space or not _ANY_AFTER.match(text, space - 1):
                continue
        # (the line's start, the text read once for its line breaks as the openers go on)
        line, seen = max(line, text.rfind("\n", seen, space) + 1), space
        held = _held_by(text, max(line, space - 30), space)
        if "" in held:
            continue  # (a word no sentence ends on: "các Vấn đề Khoa học")
        if text.startswith(("Ông", "Bà"), m.start()):
            if "name" in held:
                continue  # (a verb the person is the object of: "do Bà Phan Thị Mỹ Linh, Thứ trưởng ...")
            run = _CAPITALISED_AFTER.match(text, m.start())
            words = run.group().split() if run else []
            if words and (is_place(words[:2]) or (len(words) == 2 and is_not_name(run.group()))):
                continue  # (a place named after a person: "tỉnh Bà Rịa – Vũng Tàu", "ngã tư Bà Triệu - Hàng Khay")
            last = _TOKEN_BEFORE.search(text, max(line, space - 30), space)
            if ("place" in held or not (last and last.group()[0].islower())) \
                    and not is_vietnamese_name(" ".join(words[1:])):
                continue  # (after a place noun or a capitalised word, a place's name, not a full name: "chợ Bà Chiểu",
                #  "quận Hai Bà Trưng, Hà Nội", "Nhà thờ Đức Bà Sài Gòn"; "Ảnh: Hồng Đức Ông Nguyễn Ngọc Vui, ..." is cut)
        elif "day" in held and text.startswith("Ngày", m.start()) and not _DAY_AND_COMMA.match(text, m.start()):
            continue  # (a day's name: "nhân kỷ niệm Ngày 27/7 tại ...")
        elif "body" in held and text.startswith("Về", m.start()):
            continue  # (a body's name: "Ủy ban Về các vấn đề xã hội của QH")
        cuts.append((space, m.start()))
    return tuple(cuts)


def glued_starts(text: str, occasions: bool = False, elsewhere: bool = False) -> tuple[int, ...]:
    """Where the sentences start that glued_openers finds run into the text before them; with `occasions`, only those
    that open on another occasion or on its day (_GLUED_OCCASION); with `elsewhere`, only those that open on another
    time or gathering (_GLUED_ELSEWHERE), the background after a photo's credit alone (_CREDIT_ENDS)."""
    if not elsewhere:
        return tuple(start for _, start in glued_openers(text) if not occasions or _GLUED_OCCASION.match(text, start))
    return tuple(start for space, start in glued_openers(text) if _GLUED_ELSEWHERE.match(text, start)
                 and (not _GLUED_EARLIER.match(text, start)
                      or _CREDIT_ENDS.search(text[max(0, space - 70):space].lower())))


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin: line ends and . ! ? before a capital end them; 15.5 and TP.HCM
    do not, nor the dot of a title before a name ("TS. Nguyễn Chí Hiếu", "Ths. Trần Quốc Dân")."""
    return list(sentence_offsets(text))


@lru_cache(maxsize=4)
def sentence_offsets(text: str) -> tuple[int, ...]:
    """sentence_starts as a tuple, one pass a text (detect and counts read the same text's)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)
            if text[m.start() - 1:m.start()] not in _TITLE_DOT_LETTERS or m.group(0)[0] == "\n"
            or not text.endswith(_TITLE_DOTS, max(0, m.start() - 5), m.start() + 1)]
    lost = [m.start() for m in _LOST_STOP.finditer(text)]
    if "Ảnh" in text or "(ảnh" in text or "Nguồn" in text or "(nguồn" in text:  # (the words every _CREDIT opens on)
        lost.extend(m.end() for m in _CREDIT.finditer(text))
    lost.extend(glued_starts(text, occasions=True))  # (a caption or subheading glued to an occasion's opener)
    return (0, *(sorted(set(ends).union(lost)) if lost else ends))


def _sentence_at(starts: list[int], offset: int, length: int) -> tuple[int, int, int]:
    """(index, start, end) of the sentence holding offset."""
    index = bisect.bisect_right(starts, offset) - 1
    end = starts[index + 1] if index + 1 < len(starts) else length
    return index, starts[index], end


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: str
    sentence: tuple[int, int]
    score: int
    held: bool
    governed: bool  # the held verb governs the noun: "tổ chức Hội nghị", "Hội thảo ... đã khai mạc"
    dated: bool
    in_title: bool
    early: bool  # in the title or the lead
    setting: bool = False  # the setting of what is said there: "Tại hội nghị, ...", "ông X phát biểu tại buổi làm việc"
    framed: bool = False  # held only as the frame of what was done in it, dated by its name ("trong cuộc gặp ... 7/7")


#: how far past the title's own length its span reaches (a wrapped title's line breaks)
_TITLE_SLACK = 4


def _title_span(doc: Doc, title: str | None) -> tuple[int, int]:
    """Where the title stands at the head of the text (it may wrap over two lines), else (0, 0)."""
    words = fold(title).split()[:8] if title else []
    if not words:
        return 0, 0
    at = doc.low[:HEAD_CHARS].replace("\n", " ").find(" ".join(words))  # same length: offsets hold
    if at < 0:
        return 0, 0
    return at, min(len(doc), at + len(title) + _TITLE_SLACK)


#: the document a meeting issued, named with the meeting after "sau": what it says is the meeting's outcome, which the
#: article reports ("Trong Tuyên bố chung sau hội đàm, hai nhà lãnh đạo ... đã thống nhất", "Một tuyên bố chung được
#: đưa ra sau cuộc gặp cho biết", "Văn phòng Chính phủ vừa thông báo kết luận của Phó thủ tướng ... sau cuộc họp lần
#: thứ 7"), not a meeting passed by ("phát biểu với báo giới sau cuộc gặp"); or the agreement it reached, announced after
#: it ("Thỏa thuận ngừng bắn ở Syria được thông báo sau cuộc hội đàm chính thức đầu tiên giữa Tổng thống Nga Putin và
#: người đồng cấp Mỹ Donald Trump hôm 7/7")
_OUTCOME_REACH = 110
_OUTCOME_OF = re.compile(r"(?<!\w)(?:tuyên bố chung|thông cáo chung|thông báo kết luận|kết luận của|thỏa thuận)(?!\w)"
                         r"[^,.;:!?\n]{0,70}?\s+sau\s+(?:khi\s+)?(?:các\s+|cuộc\s+|buổi\s+|phiên\s+|kỳ\s+)?$")


def _issued_after(low: str, s_start: int, k_start: int) -> bool:
    """Whether the meeting mentioned at k_start is named after "sau" as the issuer of a document (_OUTCOME_OF)."""
    return bool(_OUTCOME_OF.search(low, max(s_start, k_start - _OUTCOME_REACH), k_start))


#: talks with someone, dated by their name, then a speaker's words in the same sentence: the talks told through what was
#: said after them ("Tại Berlin, sau cuộc hội đàm với Thủ tướng Đức Angela Merkel hôm 11/5, Tổng Thư ký NATO Jens
#: Stoltenberg cho biết, khối đồng minh này sẽ không tham gia ..."); not a body's sitting ("Sau buổi họp sáng 7/2,
#: Trưởng Ban kỷ luật VFF ... khẳng định", "Sau cuộc họp Hội đồng An ninh Quốc gia tối 20-6, Thủ tướng Bỉ tuyên bố": the
#: news is what was decided or said, the sitting background), nor talks undated ("Phát biểu với báo giới tại Paris sau
#: cuộc hội đàm với Ngoại trưởng Pháp ..., Ngoại trưởng al-Thani cho biết")
_TALK_KINDS = frozenset({"hội đàm", "hội kiến", "cuộc gặp", "gặp mặt"})
_AFTER_TALKS = re.compile(r"(?<!\w)sau\s+$")


@cache
def _talks_then_words() -> re.Pattern[str]:
    verbs = _alternation((fold(e) for e in lexicon.words("detect_said_after.txt")), word_start=True)
    return re.compile(r"\s+với\s+" + _ITS_DAY_AFTER.pattern + r"(?:\s?[/.-]\s?\d{2,4})?\s*,\s*"
                      r"(?:[^,.;:!?\n]|\.(?=\d)){0,80}?(?<!\w)(?:" + verbs + r")(?!\w)")


def _words_after_talks(low: str, s_start: int, k_start: int, k_end: int, s_end: int, kind: str) -> bool:
    """Whether the mention is talks named after "sau", dated, then what a speaker said (_talks_then_words)."""
    return kind in _TALK_KINDS and bool(_AFTER_TALKS.search(low, max(s_start, k_start - 8), k_start)) \
        and bool(_talks_then_words().match(low, k_end, s_end))


def _is_reference(low: str, k_start: int, k_end: int, s_start: int, s_end: int, kind: str,
                  memo: dict | None = None, text: str | None = None) -> bool:
    """A mention that names meetings without reporting one: "Nghị quyết Đại hội", "các hội nghị",
    "đại hội, hội nghị Công đoàn các cấp", a football team's "tập huấn".

    memo: answers about whole sentences, kept across the mentions of one text (linear on a long sentence); text: the
    text as written, when there is one, so that a sports cue in a person's name is not one (_sport_told)."""
    cues = _cues()
    before = low[max(s_start, k_start - _BEFORE):k_start]
    if cues["passing"].search(before) and not _issued_after(low, s_start, k_start) \
            and not _within().search(before) \
            and not _words_after_talks(low, s_start, k_start, k_end, s_end, kind) \
            and not _points_back_after(low, s_start, k_start) \
            and not _WITHIN_ON_ITS_DAY.fullmatch(low, s_start, k_start) or cues["generic"].search(before):
        return True
    # two kinds side by side are meetings in general, unless a verb holds them as one event:
    # "tổ chức buổi gặp mặt, tọa đàm về ..."
    listed = cues["list_before"].search(before)
    if listed:
        list_start = max(s_start, k_start - len(before) + listed.start())
        # (nor when told as done, the pair the verbs of one act: "Nguyễn Đồng Tiến đã gặp mặt, làm việc với ...")
        if not cues["held_before"].search(low, max(s_start, k_start - _BEFORE - 30), list_start) \
                and not _DONE_BEFORE.search(low, max(s_start, list_start - 8), list_start):
            return True
    after = low[k_end:min(s_end, k_end + 60)]
    if _IN_GENERAL.match(after) or _ORGANISATION_AFTER.match(low, k_end, min(s_end, k_end + 90)):
        return True
    listed = cues["list_after"].match(after)
    if listed and (not cues["held_before"].search(before) or _IN_GENERAL.match(after, listed.end())):
        return True
    # (every _TRIP_FRAME match ends on "dự" and what may follow it: a substring test spares the regex most mentions)
    trip_from = max(s_start, k_start - _TRIP_REACH)
    trip = _TRIP_FRAME.search(low, trip_from, k_start) if low.find("dự", trip_from, k_start) >= 0 else None
    if trip and not (trip.group(0).startswith("mời") and _INVITED.search(low, max(s_start, trip.start() - 40),
                                                                           trip.start() + 5)) \
            or _in_time_frame(before) or _BACKDROP.search(low, max(s_start, k_start - _BACKDROP_REACH), k_start):
        return True
    if kind not in ("tập huấn", "đại hội"):
        return False
    if text is None:
        return _sentence_has(memo, "sport", cues["sport"], low, s_start, s_end)
    return _per_sentence(memo, "sport", s_start, s_end, lambda: _sport_told(text, low, s_start, s_end))


def _in_time_frame(before: str) -> bool:
    """Whether the words before a kind's noun tell of it as a time frame (`_TIME_FRAME`), not its minutes signed."""
    frame = _TIME_FRAME.search(before)
    return bool(frame) and not (frame.group("minutes") and _SIGNED.search(before, 0, frame.start()))


#: the word before a sports cue: a capitalised one may end a person's name ("ông Nguyễn Huy Chương – Chủ tịch Liên chi
#: hội Thư viện", not "huy chương vàng", "Đội tuyển Việt Nam", "SEA Games")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def _capitalised(word: str) -> bool:
    """A word written as a name's syllable is: its first letter a capital, the others not ("Huy", not "HUY")."""
    return word[:1].isupper() and not word[1:2].isupper()


def _sport_told(text: str, low: str, start: int, end: int) -> bool:
    """Whether low[start:end] has a sports cue ("huy chương", "đội tuyển", "thi đấu") that is not part of a person's
    name: the cue's syllables capitalised right after a capitalised word, "Nguyễn Huy Chương" (not a headline in
    capitals, "GIÀNH HUY CHƯƠNG VÀNG")."""
    for m in _cues()["sport"].finditer(low, start, end):
        written = text[m.start() : m.end()].split()
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if len(written) < 2 or not all(_capitalised(w) for w in written) \
                or not before or not _capitalised(before.group(1)):
            return True
    return False


def _sentence_has(memo: dict | None, name: str, pattern: re.Pattern[str], low: str, start: int, end: int) -> bool:
    """pattern.search(low, start, end), asked once per sentence when memo is given."""
    return _per_sentence(memo, name, start, end, lambda: bool(pattern.search(low, start, end)))


def _per_sentence(memo: dict | None, name: str, start: int, end: int, ask: Callable[[], bool]) -> bool:
    """ask(), the answer `name` about the sentence from `start` to `end`, asked once per sentence when memo is given."""
    if memo is None:
        return ask()
    key = (name, start, end)
    if key not in memo:
        memo[key] = ask()
    return memo[key]


def _weigh(doc: Doc, match: re.Match[str], kind: str, starts: list[int], title: tuple[int, int],
           memo: dict | None = None) -> Mention | None:
    """Score one mention of a kind noun; None when it is a reference, not a report."""
    low, cues = doc.low, _cues()
    k_start, k_end = match.span()
    index, s_start, s_end = _sentence_at(starts, k_start, len(low))
    if _is_reference(low, k_start, k_end, s_start, s_end, kind, memo, doc.text) or _BACKGROUND.match(low, s_start):
        return None
    if k_start >= title[1] and (low.startswith("cuộc", k_start)
                                 or _CUOC_BEFORE.search(low, max(s_start, k_start - 12), k_start)) \
            and _BEFORE_IT.search(low[max(s_start, k_start - _BEFORE):k_start]):
        return None  # (not the title's, its news: "Hai ông Putin và Trump bắt tay lần đầu trước cuộc gặp riêng")
    if match.group(0) in _NAMED_ONLY and not (doc.text[k_start].isupper() and doc.text[s_start:k_start].strip()) \
            and not _held_by_its_body(low, s_start, k_start, title, _DIALOGUE_ON_ITS_DAY):
        return None  # "đối thoại với người dân" is talk; "đã diễn ra Đối thoại công tư APEC" names a forum
    if _met_for_outcome_only(low, match):
        return None  # "Trưa 3-7, Sở GD&ĐT TP.HCM đã chính thức họp thống nhất và công bố điểm chuẩn": the decision
    if match.group(0) == _DEBATE_OPENER and not _debate_opens(low, s_start, k_start, k_end, s_end):
        return None  # "các bên thảo luận về ...": talk, not a sitting
    if match.re is _PRESENTED_FLOOR and not _presented_there(low, s_start, k_start, k_end, s_end, title):
        return None  # "Trong báo cáo ... do ông X trình bày trước Quốc hội ngày 5/6, tình hình ...": its contents
    if match.re is _COUNCIL_VOTE and not _council_sits(low, s_start, k_start, k_end):
        return None  # "sẽ được HĐND tỉnh thông qua", "Nghị quyết HĐND tỉnh thông qua năm 2016": no sitting told
    if match.group(0) in _ASSEMBLY_TOLD:
        verb = low.find("thảo luận", k_start, k_end)
        own = _kinds()[0].match(low, verb) if verb >= 0 else None
        if own and own.end() > k_end:  # "Quốc hội thảo luận ở tổ": weighed as "thảo luận ở tổ" is
            return _weigh(doc, own, kind, starts, title, memo)
        if not _assembly_sits(low, s_start, k_start, k_end, low[max(s_start, k_start - _BEFORE):k_start]):
            return None  # "Luật ... được Quốc hội thông qua", "Khi Quốc hội thảo luận ...": no sitting told
    # a kind written with its own "cuộc"/"buổi" ("cuộc họp") is read with them as what comes before it
    lead = 5 if match.group(0).startswith(("cuộc ", "buổi ")) else 0
    before = low[max(s_start, k_start - _BEFORE):k_start + lead]
    if _CALLED_OFF.search(before):
        return None  # "Nhật Bản và Mỹ đã hoãn cuộc hội đàm ...", "hủy bỏ hội nghị": it did not take place then
    holds = cues["held_before"].search(before) or kind in SITTINGS and _GOES_ON_BEFORE.search(before)
    if holds and (_NOT_HELD_BEFORE.search(before, 0, holds.start())
                  or _TAKE_PART.match(holds.group(0)) and _FOR_BEFORE.search(before, 0, holds.start())
                  or holds.group(0).lstrip().startswith(("tổ chức", "có "))
                  and (_ORDERED_BEFORE.search(before, 0, holds.start())
                       or _WISHED_BEFORE.search(before, 0, holds.start()))):
        # "không tổ chức Đại hội đồng cổ đông vào ngày 26/5 như dự kiến", "hoãn tổ chức hội nghị"; one asked for:
        # "Bộ VHTTDL đã yêu cầu Tổng cục Du lịch tổ chức họp", or wished for: "Trump muốn có cuộc gặp ... với Putin";
        # or taking part is only the purpose of something else: "nộp tiền để tham gia cuộc tập huấn"
        return None
    if holds and "có" in holds.group(0).split() and _PRESS_SUBJECT.search(before, 0, holds.start()):
        return None  # "phóng viên Tiền Phong đã có buổi làm việc với ông X": an interview, not a meeting
    if kind == _WORKING_SESSION and _WITH_THE_PRESS.match(low, k_end):
        return None  # "Sawaco đã có buổi làm việc với báo Pháp Luật TP.HCM": the same, told from the other side
    if match.group(0) in _DAY_LED and _QUESTIONING.search(low, s_start, k_start):
        return None  # "lực lượng Công an, cán bộ y tế ... tổ chức làm việc với đại diện Công ty": questioning
    session = _opens_on_session(low, match, s_start, k_start, k_end, s_end)
    # (or with anyone, right after the sentence that opens on the day of a leader's trip: "Ngày 5/2, ông Đinh La Thăng,
    # Bí thư Thành ủy TP.HCM đã đến Bình Dương khảo sát ... | Làm việc với lãnh đạo tỉnh Bình Dương, ông Thăng cho biết,
    # ..." (the session is the trip's, on its day))
    led_before = _led_before(low, match, starts, index, s_start, k_start, k_end, s_end)
    governed = bool(
        holds
        # "NATO đã nhóm họp tại Brussels", "Chính phủ vừa họp": the kind is the verb, its subject holds it
        or match.group(0) in _VERB_KINDS and _meets_as_verb(low, before, s_start, k_start, k_end, s_end)
        # ... and "gặp mặt" so told with a leader its subject: "Chiều 16/6, tại Trụ sở Chính phủ, Phó Thủ tướng
        # Chính phủ Vũ Đức Đam đã gặp mặt Đoàn đại biểu ..." (not "hai anh em ông Nguyễn Văn A đã gặp mặt nhau")
        or match.group(0) == "gặp mặt" and (_meets_as_verb(low, before, s_start, k_start, k_end, s_end)
                                            or _held_by_its_body(low, s_start, k_start, title, _MET_ON_ITS_DAY)
                                            and not _MET_NO_GUEST.match(low, k_end)
                                            and _bare_verb_held(low, s_start, k_start))
        and bool(_leaders().search(low, s_start, k_start)) and not _THE_PRESS_MET.match(low, k_end)
        # "Thượng tướng X ... đến làm việc và kiểm tra ...": a leader's or a delegation's visit holds a session
        # (a reception told done with its manner between the tense and the verb: "Chiều 1/6, tại Trụ sở Chính phủ, Ủy
        # viên Bộ Chính trị, Phó Thủ tướng Vương Đình Huệ đã thân mật tiếp Hoàng hậu Hà Lan Maxima", in a sentence that
        # opens on its day)
        or (match.group(0) in _SELF_HELD
            or match.group(0) in _RECEIVES and bool(_BARE_TOLD_DONE.search(before))
            and bool(_SENTENCE_ON_DAY.match(low, s_start))
            or match.group(0) in _DAY_LED and (
                bool(_DAY_FIRST.match(low, s_start))
                # (or the day closing the clause of those it is held with: "Tổ công tác của Thủ tướng làm việc với Bộ
                # Lao động - Thương binh và Xã hội sáng 19/5", "... tại buổi kiểm tra và làm việc với Tổng Công ty Tân
                # cảng Sài Gòn, sáng 12/7.")
                or match.group(0) == "làm việc với" and _held_with_day(low, s_start, k_start, k_end, s_end))
            and not _NOT_DONE.search(before) and not _planned(low, s_start, k_start))
        and (bool(_leaders().search(low, s_start, k_start))
             # (or a body working with a delegation: "Sáng 1/7, UBND tỉnh Bình Thuận làm việc với đoàn công tác của Ủy
             # ban Quốc gia Tìm kiếm Cứu nạn")
             or match.group(0) == "làm việc với" and bool(_WITH_DELEGATION.match(low, k_end)))
        and not _QUESTIONING.search(low, s_start, k_start) and not _TOLD_BY.search(low, s_start, k_start)
        and (match.group(0) not in _VISITS or bool(_VISIT_DONE.search(before)))
        # "Làm việc với ngành y tế tỉnh Hòa Bình sáng 31-5, Bộ trưởng Bộ Y tế ... yêu cầu": the opening clause gives the
        # session and its day, the rest who held it (not the press it was told to: "Làm việc với phóng viên ...")
        or bool(session) and (bool(_CLAUSE_DAY.fullmatch(low, k_end, session[0].end()))
                              # (or the sentence opening on the day before it: "Sáng 31-5, làm việc với Giám đốc Sở Y
                              # tế Hòa Bình, ..., Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến đã truy vấn ...")
                              or bool(low[s_start:k_start].strip(" \"“'‘(")))
        and not _with_press_or_questioned(session[0].group(0))
        # "Sáng 23-5, Quốc hội thảo luận tại tổ về ...": a parliament's debate, told with its verb
        or match.group(0) in _DEBATES and not _planned(low, s_start, k_start) and not _DEBATE_TIME.search(before)
        or match.group(0) in _ASSEMBLY_TOLD  # (it sits: asked above)
        or match.group(0) == _DEBATE_OPENER  # (it opens on its day and its deputies: asked above)
        or match.re is _PRESENTED_FLOOR  # (a report laid before the Assembly on its day: asked above)
        or match.re is _COUNCIL_VOTE  # (a People's Council voting on its day: asked above)
        # (a kind that is its own verb is held by the day that leads it, as above, not by what follows: "nghỉ hưu sau 30
        # năm làm việc tại Đài Truyền hình Việt Nam, thời gian nghỉ bắt đầu từ ngày 12.6.2017")
        or match.group(0) not in _DAY_LED and (
            bool(took := _HELD_AFTER.match(low, _name_end(doc, k_start, k_end, s_end)))
            and not _AHEAD_AFTER.match(low, took.end(), s_end)
            or _DAY_OPENER.fullmatch(low, s_start, k_start) and (
                _HELD_FAR.match(low, k_end, s_end)
                # "Hội thảo công bố báo cáo ...", "Hội nghị G7 thông qua tuyên bố chung": the meeting acts, so it sat
                # (in the lead: deeper down, "ĐHĐCĐ của SBT mới đây đã thông qua ..." is background)
                or title[1] <= k_start < title[1] + _OPENING_CHARS and _acts(doc, k_start, k_end, s_end))
            or _HELD_LATER.match(low, k_end, s_end)
            or _issued_after(low, s_start, k_start))
    )
    if not governed and match.group(0) in _REVIEWS and _held_by_its_body(low, s_start, k_start, title,
                                                                          _REVIEWED_ON_ITS_DAY) \
            and _bare_verb_held(low, s_start, k_start) and not _REVIEW_NOT_HELD.match(low, k_end):
        governed = True  # "Chiều 14/6, Ủy ban nhân dân Quận 1 ... đã sơ kết 5 tháng công tác ...": the body held it
    # the setting of what is said there, done unless the sentence makes it a plan ("sẽ có bài phát biểu tại phiên họp")
    setting = not governed and (
        (k_start - s_start < 60 and bool(_AT_START.match(low[s_start:k_start])))
        # ... or what the sentence opens on, its name and day, then the words said: "Cuộc họp báo ngày 9-5, phía VTVcab
        # cho biết ..."
        or not low[s_start:k_start].strip(" \"“'‘(") and match.group(0) not in _DAY_LED
        and bool(_OPENS_ON_ITS_DAY.match(low, k_end, s_end))
        # the sentence opens on a working session with a delegation, no day in its clause, then a leader's words: "Làm
        # việc với đoàn công tác của Bộ Y tế, bác sĩ Nguyễn Thị Lạc, Giám đốc Bệnh viện đa khoa tỉnh Sóc Trăng cho
        # biết, ..." (the session is where that was said)
        or bool(session) and bool(_WITH_DELEGATION.match(low, k_end)) and not _DAY.search(low, k_end, session[0].end())
        and bool(_TELLS.search(low, session[1].end(), s_end))
        or led_before
        # "Kết luận phần thảo luận kinh tế - xã hội tại phiên họp Chính phủ ...": what the sentence opens on is said there
        or (k_start - s_start < 90 and bool(_OPENS_SAYING_AT.fullmatch(low, s_start, k_start)))
        # "Chiều 14.6, báo cáo sơ kết công tác ..., ông Trần Thế Thuận – Chủ tịch UBND quận 1 – cho biết": the review
        or match.group(0) in _REVIEWS and _review_sets(low, s_start, k_start, k_end, s_end, title)
        # a capital "Tại" opens a sentence a lost full stop ran into the one before ("... đủ điều kiện Tại buổi họp")
        or bool(_CAPITAL_AT.search(doc.text, max(0, k_start - 26), k_start + lead))
        or bool(_said_at().search(before) or _within().search(before)
                or _SAID_OF.search(low, max(s_start, k_start - _SAID_REACH), k_start + lead)
                or _SAID_SO_AT.search(low, max(s_start, k_start - _SAID_REACH), k_start + lead)
                or _SPEAKER_AT.search(before) and _dated_then_says(low, k_end, s_end))
        and not _planned(low, s_start, k_start))
    # a lead that points back to the title, then names the meeting as where that was said: "Đây là cam kết của ông Sun
    # Bohan - Tổng Giám đốc Huawei Việt Nam tại Hội nghị Hệ sinh thái ...", "Thông tin trên được đưa ra tại cuộc họp ..."
    # (what was said comes before the meeting then: the rest of the sentence tells of the meeting, its day too)
    points_back = (not setting and (bool(_BACK_OPENER.match(low, s_start)) and bool(_AT_IT.search(before))
                                    or _points_back_after(low, s_start, k_start))
                   and not _planned(low, s_start, k_start))
    setting = setting or points_back
    governed = governed or setting
    held = governed or _sentence_has(memo, "held", cues["held"], low, s_start, s_end) \
        or kind in SITTINGS and bool(_ASSEMBLY_ACTS.search(low, s_start, s_end))  # "Quốc hội dành cả ngày để thảo luận"
    context_start = s_start
    if index > 0 and (spoke_at := _SPEAKING_AT_OPEN.match(low, s_start)) and spoke_at.end() >= k_start - 6 \
            and _SPOKE_ON_DAY.match(low, starts[index - 1], s_start) \
            and not _OWN_PAST.search(low, s_start, _clause_end(low, k_end, s_end)):
        # who spoke on a day, then where, in the next sentence: "Ngoại trưởng Trung Quốc Vương Nghị ngày 7/2 kêu gọi
        # thúc đẩy ... | Phát biểu tại buổi họp báo sau Đối thoại ..., ông Vương Nghị cho biết ..." (not a
        # meeting of its own past: "Phát biểu tại cuộc họp báo ở Lầu Năm Góc hồi tháng 3, ...")
        context_start = starts[index - 1]
    elif index > 0 and _issued_after(low, s_start, k_start) and k_start < title[1] + _LEAD_CHARS \
            and _MET_ON_DAY.search(low, starts[index - 1], s_start):
        # the joint statement issued after talks that the lead told by their verb, on their day: "Tổng thống Mỹ Donald
        # Trump và Thủ tướng Nguyễn Xuân Phúc ngày 31/5 đã trao đổi về khả năng ... | Trong Tuyên bố chung sau hội đàm,
        # hai nhà lãnh đạo ... đã thống nhất ..." (the talks' day is the lead's)
        context_start = starts[index - 1]
    elif index > 0 and (s_start - starts[index - 1] <= _DATELINE_CHARS
                      # what the sentence before told, said at the meeting: its day is the meeting's ("Ngày 6/7,
                      # Tổng thống Pháp ... kêu gọi ... | Nhà lãnh đạo Pháp đưa ra tuyên bố trên trong cuộc họp ...")
                      or setting and _SAID_THERE_BACK.search(low, s_start, k_start)
                      and _DAY_FIRST.match(low, starts[index - 1])
                      # (or the sentence opening by pointing back to those words, the one before telling who said
                      # them on which day: "Tổng thống Pháp Emanuel Macron ngày 22/6 đã công bố một dự luật ... |
                      # Đề xuất trên được ông Macron đưa ra trong cuộc họp đầu tiên của Nội các mới")
                      or setting and _BACK_OPENER.match(low, s_start)
                      and (_DAY_FIRST.match(low, starts[index - 1])
                           or _SPOKE_ON_DAY.match(low, starts[index - 1], s_start))
                      # (not words first given at a meeting of their own past, up to the meeting's clause: "Đề xuất
                      # này được ông Trump đưa ra lần đầu tại cuộc gặp ... năm 2016"; not "..., theo đó cho phép dỡ bỏ
                      # tình trạng khẩn cấp được áp đặt ... hồi tháng 11/2015")
                      and not _OWN_PAST.search(low, s_start, _clause_end(low, k_end, s_end))
                      or setting and led_before):
        context_start = starts[index - 1]
    date_end = s_end
    # what is said there is not when it sat: "Phát biểu tại hội nghị, ông X khẳng định: Ngày 12/12/2013, ..."
    if setting and not points_back:
        at = _name_end(doc, k_start, k_end, s_end)
        titled = _TITLE_QUOTED.match(low, k_end, s_end)  # (not the meeting's own title: 'có chủ đề "Định hướng ..."')
        from_ = max(at, titled.end()) if titled else at
        said = _WORDS_FOLLOW.search(low, from_, s_end)
        told = _TELLS.search(low, from_, said.start() if said else s_end)
        date_end = told.end() if told else said.start() if said else s_end
    ahead = bool(_AHEAD.search(before))
    day = None if memo is None else memo.get(("day", context_start, date_end))
    if day is None:
        day = bool(_DAY.search(low, context_start, date_end))
        if memo is not None:
            memo["day", context_start, date_end] = day
    recent = None if memo is None or day else memo.get(("recent", context_start, date_end, ahead))
    if recent is None and not day:
        recent = _recent(low, context_start, date_end, ahead)
        if memo is not None:
            memo["recent", context_start, date_end, ahead] = recent
    # (not a word of recency when the meeting's own clause puts it back in time: "Vừa qua, trong cuộc họp trực tuyến
    # của Chính phủ với các địa phương cuối năm 2016, Thủ tướng đã đề cập ..."; asked of each meeting's own clause)
    dated = day or (bool(recent) and not _LAST_YEAR_AFTER.match(low, k_end, s_end))
    # (nor is the sentence's day the meeting's when its own clause puts it a week back and the day, written before it,
    # is a telling's: "The Washington Post ngày 15-5 dẫn hai nguồn tin ... cho biết trong buổi tiếp ngoại trưởng và đại
    # sứ Nga tuần trước": the day is the paper's; not the meeting's own day, "Ngày 10/5/2017, tại cuộc họp ...")
    if dated and _VAGUE_AFTER.match(low, k_end, s_end) and (not day or _told_day(low, context_start, k_start)) \
            and not _DAY.search(low, k_start, date_end):
        dated = False
    # (nor when every day the sentence writes is the press's: "Theo hãng tin Yonhap Hàn Quốc ngày 6 tháng 2, ... Harry
    # Harris gần đây đã tiến hành hội đàm với quan chức Hàn Quốc", "Ngày 18-6, trao đổi với Pháp Luật TP.HCM, ông Phan
    # Trọng Hổ ... cho biết vừa họp tổ thẩm định độc lập": the meeting has no day of its own)
    if dated and day:
        press = None if memo is None else memo.get(("press", context_start, date_end))
        if press is None:
            press = _press_days_only(doc, context_start, date_end)
            if memo is not None:
                memo["press", context_start, date_end] = press
        dated = not press
    # the Assembly's debate the lead tells on its day, named deeper down with no day: "Kinh doanh đa cấp làm nóng nghị
    # trường | Bổ sung Tội vi phạm quy định về kinh doanh theo phương thức đa cấp ... làm nóng nghị trường sáng nay
    # 24/5. | ... Thảo luận tại Hội trường Quốc hội, ĐBQH Bạch Thị Khương Thủy ..." (the lead's, so early too)
    debated = not dated and governed and kind == "phiên họp" and (
        match.group(0) in _DEBATES or low.startswith("phiên thảo luận", k_start)) and _assembly_lead_day(doc, title)
    dated = dated or debated
    if not governed and dated and (match.group(0) in _VERB_KINDS or match.group(0) in _RECEIVES):
        led = bool(_leaders().search(low, s_start, k_start))  # a leader told before the verb
        when_met = led and match.group(0) != PRESS and bool(_WHEN_MEETING.search(before)) \
            and bool(_DAY.search(low, s_start, k_start))
        if (led and _MET_WITH.match(low, k_end) or _SITS.match(low, k_end) or _day_subject(doc, s_start, k_start)
                or when_met) \
                and (not _planned(low, s_start, k_start)
                     or k_start < title[1] + _LEAD_CHARS and bool(_DAY.search(low, k_end, s_end))):
            # "Chiều 31/5, Tổng thống Donald Trump hội đàm với Thủ tướng ...": a leader met someone;
            # "Ngày 2/6, Ủy ban thường vụ Quốc hội họp phiên thứ 11": a body sat; "Chung Eui-yong ngày 29/5 đã tái
            # khẳng định ... khi tiếp Chủ tịch Ủy ban Quân lực ...": a leader received a guest
            governed = held = True
    in_title = title[0] <= k_start < title[1]
    # (or just past it, the sentence that tells where the lead's words were said: "Đây là ý kiến chỉ đạo của ông X,
    # Chủ tịch UBND tỉnh Quảng Ninh tại Hội nghị sơ kết ...", the lead itself being long)
    early = k_start < title[1] + _LEAD_CHARS or (index <= bisect.bisect_right(starts, title[1]) + _LEAD_SENTENCES
                                                 and bool(_SOURCE_OF_LEAD.search(low[s_start:k_start])))
    early = early or debated
    framed = False
    if not governed and early and _IN_IT_BEFORE.search(low, max(s_start, k_start - 6), k_start) \
            and _dated_by_name(doc, k_end, s_end) and not _planned(low, s_start, k_start) \
            and not _CAPTION.search(low, k_start, min(s_end + 8, len(low))) \
            and not _WIRE_CREDIT.search(low, k_start, min(s_end + 12, len(low))):
        # the lead tells what was done in the meeting, which its name dates: "Ngoại trưởng Mỹ dường như "choáng" vì cách
        # ông Trump đề cập tới chủ đề ... trong cuộc gặp với ông Putin hôm 7/7" (the report when nothing else is; not a
        # photo's caption: "Ông Putin tại cuộc họp báo ở Moskva ngày 24/5. Ảnh: AFP"; a press conference so dated is
        # the setting of the statements the article reports: "Juncker đã tuyên bố như vậy tại cuộc họp báo sáng 7/7")
        governed = held = framed = True
    score = (
        (3 if governed else 2 if held else 0)
        + (3 if dated else 0)
        + (1 if _CAPITAL.match(doc.text, k_start) else 0)
        + (1 if early else 0)
    )
    return Mention(k_start, k_end, kind, (s_start, s_end), score, held, governed, dated, in_title, early, setting,
                   framed)


#: the Assembly's floor or its deputies, in the lead: "... làm nóng nghị trường sáng nay 24/5"
_ASSEMBLY_WORDS = re.compile(r"(?<!\w)(?:nghị trường|quốc hội|đbqh)(?!\w)")


def _lead_index(starts: Sequence[int], title: tuple[int, int]) -> int:
    """The index in `starts` of the first sentence after the title (whose span runs 4 characters past it)."""
    return bisect.bisect_left(starts, title[1] - 4)


def _assembly_lead_day(doc: Doc, title: tuple[int, int]) -> bool:
    """Whether the lead's first sentence tells the Assembly's debate on its day, the Assembly named there or in the
    title: "Bổ sung Tội vi phạm quy định về kinh doanh theo phương thức đa cấp (Điều 217a) vào dự thảo Luật ... làm
    nóng nghị trường sáng nay 24/5"."""
    starts = sentence_offsets(doc.text)
    index = _lead_index(starts, title)
    if index >= len(starts):
        return False
    low = doc.low
    lead = (starts[index], starts[index + 1] if index + 1 < len(starts) else len(low))
    # (the Assembly named in the title or the lead: "'Sân golf ... bên cạnh sân bay quá tải' làm nóng nghị trường | Tại
    # buổi thảo luận về ... ngày 8/6, ... được nhiều đại biểu quan tâm"; not "đại biểu" alone, "hơn 650 đại biểu")
    return bool(_DAY.search(low, *lead) and _ASSEMBLY_WORDS.search(low, title[0], lead[1])) \
        and not _planned(low, lead[0], lead[1])


def _dated_by_name(doc: Doc, k_end: int, s_end: int) -> bool:
    """Whether the meeting's name, after its kind (ending at `k_end`), is followed by its day (_ITS_DAY_AFTER,
    _ITS_DAY_PAST_LONG_NAME, _ITS_DAY_TOLD_AFTER)."""
    low = doc.low
    if _ITS_DAY_AFTER.match(low, k_end, s_end) or _day_past_long_name(doc, k_end, s_end):
        return True
    told = _ITS_DAY_TOLD_AFTER.match(low, k_end, s_end)
    return bool(told) and not _DAY.search(low, told.end(), s_end)


@cache
def _plans() -> re.Pattern[str]:
    words = {fold(w) for w in lexicon.table("dates_cues.json")["ahead"]} | set(_PURPOSE)
    # (not the name of the planning bodies: "Bộ trưởng Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư", "ông Nguyễn Trọng
    # Nghĩa, Trưởng phòng Kế hoạch và Quản lý rủi ro, ... nói tới trong buổi họp báo chiều 31/5")
    # (nor a plan carried out, which is what the meeting reviews: "Khái quát tình hình thực hiện kế hoạch kinh tế - xã
    # hội 6 tháng qua tại cuộc họp trực tuyến Chính phủ với các địa phương ngày 3/7", "kết quả thực hiện kế hoạch năm")
    # (nor a plan a figure is measured against: "sớm hơn 5 năm so với kế hoạch của ngành nông nghiệp mà Thủ tướng ...
    # đặt ra tại Hội nghị phát triển ngành tôm Việt Nam sáng 6/2")
    return re.compile(r"(?:" + _alternation(words, word_start=True) + r")(?!\w)(?!\s+và\s+đầu\s+tư)"
                      r"(?<!thực hiện kế hoạch)(?<!triển khai kế hoạch)(?<!hoàn thành kế hoạch)(?<!so với kế hoạch)"
                      r"(?<!phòng kế hoạch)(?<!vụ kế hoạch)(?<!sở kế hoạch)(?<!ban kế hoạch)(?<!cục kế hoạch)")


#: the press a day belongs to, the source or the interview, in the day's own clause: "Theo hãng tin Yonhap Hàn Quốc ngày
#: 6 tháng 2,", "trả lời tờ Messaggero của Italia ngày 5-2", "chia sẻ với phóng viên báo Kinh tế & Đô thị chiều 7/2"
#: (the press before the day); "Tờ The Korea Herald Hàn Quốc ngày 6 tháng 2 cho hay ..." (the press the subject, its
#: reporting verb after the day); "Ngày 18-6, trao đổi với Pháp Luật TP.HCM,", "Ngày 8/7, mạng tin quốc phòng Ấn Độ
#: đưa tin" (the day opening the sentence, the telling after its comma); not "Theo TTXVN, ngày 5/6, ...", a comma
#: between
#: (not a word the press noun is part of: "báo cáo", "Tờ trình số 12/TTr-UBND ngày 5/6", "Đài Loan ngày 5/6 cho biết")
_PRESS = _alternation(fold(w) for w in lexicon.words("detect_press_days.txt")) \
    + r"(?!\w)(?!\s+(?:cáo|trình|loan)(?!\w))"
#: (tells_verbs.txt's "to_press")
_TO_PRESS = r"(?:" + _alternation(lexicon.tagged("tells_verbs.txt", "to_press"), spaces=True) + r")"
_PRESS_CLAUSE = r"[^,.;:!?\n]{0,60}?(?:(?:ngày|hôm|sáng|chiều|tối|trưa)\s+)?$"
_PRESS_BEFORE_DAY = re.compile(rf"(?<!\w){_TO_PRESS}\s+(?:{_PRESS}){_PRESS_CLAUSE}")
#: (not the agency's own correspondent, whose dateline is the day of what the dispatch reports: "Phóng viên TTXVN tại
#: New Delhi ngày 17/5 dẫn mạng tin ... cho biết, nội các nước này đã thông qua ... trong một cuộc họp")
_PRESS_SUBJECT_DAY = lexicon.WordLed(rf"(?<!\w)(?!phóng viên|pv(?!\w))(?:{_PRESS}){_PRESS_CLAUSE}")
#: what follows the day's number: the rest of its date, "tháng 2", "-2", "/2017"
_DAY_REST = r"(?:\s*tháng\s*\d{1,2})?[\d/.\-]*"
#: (the reporting verbs: tells_verbs.txt's "reported" and "told", "dẫn" not in a word of its own as _REPORTED; the
#: interview: its "interview")
_PRESS_REPORTS = re.compile(_DAY_REST + r"\s+(?:(?:vừa|đã)\s+)?(?!" + _DAN_IN_A_WORD + r")(?:"
                            + _alternation(set(lexicon.tagged("tells_verbs.txt", "reported"))
                                           | set(lexicon.tagged("tells_verbs.txt", "told"))) + r")(?!\w)")
_PRESS_AFTER_DAY = re.compile(_DAY_REST + r"\s*,\s*(?:"
                              + _alternation(lexicon.tagged("tells_verbs.txt", "interview"), spaces=True) + r")\s+\S"
                              rf"|{_DAY_REST}\s*,\s*(?:{_PRESS})[^,.;:!?\n]{{0,50}}?(?<!\w)đưa\s+tin(?!\w)")


def _press_days_only(doc: Doc, start: int, end: int) -> bool:
    """Whether every day written from `start` to `end` is the press's, a source's or an interview's (_PRESS_BEFORE_DAY,
    _PRESS_SUBJECT_DAY with a capital, as a subject opens, and a reporting verb after the day, _PRESS_AFTER_DAY), so
    that none is a meeting's."""
    low = doc.low
    days = list(_DAY.finditer(low, start, end))

    def subject(day: re.Match[str]) -> bool:
        press = _PRESS_SUBJECT_DAY.search(low, max(0, day.start() - 100), day.start())
        return bool(press) and doc.text[press.start()].isupper() and bool(_PRESS_REPORTS.match(low, day.end(), end))

    return bool(days) and all(
        _PRESS_BEFORE_DAY.search(low, max(start, d.start() - 100), d.start())
        or subject(d) or _PRESS_AFTER_DAY.match(low, d.end(), end) for d in days)


def _told_day(low: str, start: int, k_start: int) -> bool:
    """Whether the last day written before the meeting is told by a reporting verb after it, before the meeting:
    "The Washington Post ngày 15-5 dẫn hai nguồn tin ... cho biết trong buổi tiếp ..." (the paper's day)."""
    last = None
    for last in _DAY.finditer(low, start, k_start):
        pass
    return last is not None and bool(_REPORTED.search(low, last.end(), k_start))


def _planned(low: str, s_start: int, k_start: int) -> bool:
    """Whether the reporter's words before the meeting make it a plan or a purpose ("sẽ hội đàm với", "dự kiến họp
    với", "để họp"); what was quoted is not what the sentence says of the meeting, so only the words after the last
    closing quote count ("“Nếu không sẽ ngưng thi công”, ông X nói tại buổi làm việc")."""
    after_quote = max(s_start, *(low.rfind(q, s_start, k_start) + 1 for q in "”\"»"))
    return bool(_plans().search(low, after_quote, k_start))


#: a day still ahead ("vào ngày 13/7 tới", "ngày mai (1/7)"; not any "tới": "Tới nay, ...", "tới dự")
#: (led by a character set, the same matches as "(?:\d\s+tới|(?<!\w)ngày mai)(?!\w)": the engine skips ahead to the next
#: digit or "n")
_AHEAD_DAY = re.compile(r"[\dn](?:(?<=\d)\s+tới|(?<=n)(?<!\wn)gày mai)(?!\w)")
#: in the meeting, after the meeting: what was done there
_IN_IT_BEFORE = re.compile(r"(?<!\w)(?:trong|tại|sau)\s+$")
#: ... its name, then its day: "cuộc gặp với ông Putin hôm 7/7", "cuộc gặp song phương bên lề Hội nghị G20 ở Hamburg,
#: Đức, ngày 7/7" (a name with no verb in it)
_NAME_CHAR = r"(?:(?!\s(?:sẽ|dự kiến|diễn ra|tổ chức)\s)[^.;:!?\n\"“”])"
_NAME_NO_VERB = _NAME_CHAR + r"{0,80}?"
_DAY_AFTER_NAME = r"(?<!\w)(?:hôm|ngày|sáng|chiều|tối|trưa)\s+\d{1,2}\s?[/.-]\s?\d{1,2}(?![\d%])"
_ITS_DAY_AFTER = re.compile(_NAME_NO_VERB + _DAY_AFTER_NAME)
#: ... or its day past a long name (up to 160 characters), written right after the name's own end: its bracketed short
#: name, a capitalised word (a place, a body) or its edition: "cuộc gặp bên lề Hội nghị thượng đỉnh Nhóm các nền kinh
#: tế phát triển và mới nổi hàng đầu thế giới (G20) ở Hamburg, Đức ngày 7/7", "hội nghị sơ kết công tác quản lý nhà
#: nước 6 tháng đầu năm ... của Bộ Thông tin và Truyền thông, sáng 14/7" (_day_past_long_name asks the capitals)
_ITS_DAY_PAST_LONG_NAME = re.compile(_NAME_CHAR + r"{81,160}?(?<=[\w)])(\s*,?\s*(?:vào\s+)?)" + _DAY_AFTER_NAME)
#: ... and the words before its day: the name's end (its bracketed short name, its edition, a year; or a proper name's
#: last word, one of its last two syllables capitalised, asked of the written case: "Đức", "Truyền thông")
_LONG_NAME_END = re.compile(r"(?:\)|(?<!\w)lần\s+thứ\s+\w+|(?<!\w)năm\s+\d{4}"
                            r"|(?<!\w)(?P<word>(?:\w[\w-]*\s)?\w[\w-]*))$")


@cache
def _not_in_a_long_name() -> re.Pattern[str]:
    """What a long name holds not: a clause of its own, another occasion, a document (detect_not_in_a_long_name.txt),
    or a document's number ("theo Kế hoạch số 45/KH-UBND ngày 8/6"; not "chuyển đổi số", "một số", "dân số", "kế
    hoạch phát triển kinh tế - xã hội": words of a name)."""
    return re.compile(r"(?:" + _alternation((fold(w) for w in lexicon.words("detect_not_in_a_long_name.txt")),
                                            word_start=True) + r")(?!\w)|(?<!\w)(?:số|kế hoạch)\s+\d")


def _day_past_long_name(doc: Doc, k_end: int, s_end: int) -> bool:
    """Whether the day stands past a long name (_ITS_DAY_PAST_LONG_NAME) that holds no clause of its own, another
    occasion or a document (_not_in_a_long_name), right after the name's end (_LONG_NAME_END, its capitals asked of
    the written text)."""
    far = _ITS_DAY_PAST_LONG_NAME.match(doc.low, k_end, s_end)
    if not far or _not_in_a_long_name().search(doc.low, k_end, far.start(1)):
        return False
    end = _LONG_NAME_END.search(doc.low, max(k_end, far.start(1) - 40), far.start(1))
    return bool(end) and (not end.group("word") or any(word[0].isupper() for word in
                                                          doc.text[end.start("word"):end.end()].split()))


#: ... or a day told from the writing's, its date perhaps beside it, and no other day in the rest of the sentence: "tại
#: hội nghị giao ban giữa UBND TP Hà Nội với các sở, ban ngành vào sáng nay, 6-2", "trong phiên chất vấn Bộ trưởng
#: VH-TT-DL chiều nay" (not "tại họp báo hôm nay về lễ khai mạc ... sẽ diễn ra ngày 19/5": that day is another's)
_ITS_DAY_TOLD_AFTER = re.compile(_NAME_NO_VERB + r"(?<!\w)(?:hôm|sáng|chiều|tối|trưa)\s+(?:nay|qua)(?!\w)"
                                 r"(?:\s*[,(]\s*(?:ngày\s+)?\d{1,2}\s?[/.-]\s?\d{1,2}(?![\d%])\)?)?")
#: an agency's credit that closes a caption with no "Ảnh:": "... trong cuộc họp báo ngày 25/5. AFP/TTXVN"
_WIRE_CREDIT = re.compile(r"[a-z]+/ttxvn(?!\w)")
#: (the caption shows the meeting; a lead that opens on its day, or tells it done, reports it: "Chiều 23/5 ..., Phó Thủ
#: tướng ... đã có cuộc gặp Ngoại trưởng Tây Ban Nha Alfonso Dastis (ảnh, phải). Ảnh: EPA/TTXVN")
_TOLD_DONE = re.compile(r"(?<!\w)(?:đã|vừa)(?!\w)")
#: a foreign wire's photo credit closing the caption a meeting is named in: "... ở Bắc Kinh ngày 14/5. (Nguồn:
#: EPA/TTXVN)", "... tại hội thảo về đầu tư Panama tại Nhật Bản. Ảnh: AFP/TTXVN" (foreign_photo_credits.txt; not a
#: Vietnamese photographer's name after the slash)
_FOREIGN_WIRES = _alternation(lexicon.words("foreign_photo_credits.txt"))
_FOREIGN_CAPTION = re.compile(r"[^.;!?\n]{0,160}?[.]?\s*(?:\(?\s*(?:ảnh|nguồn)\s*:\s*(?:" + _FOREIGN_WIRES
                              + r")(?!\w)(?!\s*/\s*(?!ttxvn)[a-zđ])"
                              # (or the wire's credit alone, closing the caption: "... ở Thượng Hải, Trung Quốc ngày
                              # 27-5. YONHAP/TTXVN")
                              + r"|(?<=\.)\s*(?:" + _FOREIGN_WIRES + r")\s*/\s*ttxvn(?!\w))")
#: told as done, right before a pair of kinds: "đã gặp mặt, làm việc với ...", "vừa tiếp, làm việc với ..."
_DONE_BEFORE = re.compile(r"(?<!\w)(?:đã|vừa)\s+$")
#: what the sentence before told, said at the meeting named after it: "đưa ra tuyên bố trên trong cuộc họp báo chung",
#: "nhấn mạnh thông tin trên tại hội nghị sơ kết"
_SAID_THERE_BACK = re.compile(r"(?<!\w)(?:tuyên bố|thông tin|phát biểu|nhận định|thông báo|lời kêu gọi|cam kết|ý kiến)"
                              r"\s+(?:trên|này)\s+(?:tại|trong)\s+(?:(?:cuộc|buổi)\s+)?$")
#: a sentence that tells, after its day, that two sides met or talked, by the verb alone: "Tổng thống Mỹ Donald Trump và
#: Thủ tướng Nguyễn Xuân Phúc ngày 31/5 đã trao đổi về ...", "Ngày 29/6, hai nhà lãnh đạo đã hội đàm ..."
_MET_ON_DAY = re.compile(r"(?<!\w)(?=(?:ngày|hôm|sáng|chiều|tối|trưa)\s)" + DAY_PHRASE
                         + r"[^.;:!?\n]{0,60}?(?<!\w)(?:đã|vừa)\s+(?:có\s+(?:cuộc\s+|buổi\s+)?)?"
                         r"(?:trao đổi|thảo luận|hội đàm|gặp|gặp gỡ|hội kiến|nhất trí|thống nhất|ký)(?!\w)")
#: a sentence that opens on where its speaker spoke: "Phát biểu tại buổi họp báo ..."
_SPEAKING_AT_OPEN = re.compile(r"\W*phát\s+biểu\s+(?:tại|trong)\s")
#: ... right after one that tells who spoke, on which day, and what: "Ngoại trưởng Trung Quốc Vương Nghị ngày 7/2 kêu
#: gọi ..." (the subject, then the day, then the speech verb; or the day first, then the subject and the verb: "Ngày
#: 24/5, Trung tướng Không quân Mỹ Jeffrey Harrigian cho biết ... | Phát biểu tại cuộc họp báo ở Lầu Năm Góc, ông
#: Harrigian ...", "Ngày 9/7, Qatar thông báo ... | Phát biểu tại cuộc họp báo ở thủ đô Doha, Bộ trưởng Tư pháp ...")
_SPOKEN = r"(?:đã\s+|vừa\s+)?(?:bày tỏ|cho biết|tuyên bố|khẳng định|nhấn mạnh|kêu gọi|cảnh báo|nói|cáo buộc|bác bỏ|thông báo|" \
          r"công bố|đề xuất|cam kết)(?!\w)"
_SPOKE_ON_DAY = re.compile(r"[^.;:!?\n]{0,120}?(?<!\w)(?:ngày|hôm)\s+\d{1,2}\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d{2,4})?\s+"
                           + _SPOKEN + r"|\W*(?=(?:ngày|hôm|sáng|chiều|tối|trưa)\s)" + DAY_PHRASE
                           + r"\s*,\s*[^.;:!?\n]{3,160}?(?<!\w)" + _SPOKEN)
#: ... the sentence pointing back telling its own past time: "lần đầu", "hồi tháng 1", "năm 2016", "trước đó"
_OWN_PAST = re.compile(r"(?<!\w)(?:lần\s+đầu|trước\s+đó|hồi\s+(?:tháng|năm|đầu|cuối|giữa|\d)|năm\s+(?:19|20)\d\d)(?!\w)")


def _clause_end(low: str, at: int, end: int) -> int:
    """Where the clause running at `at` ends: its next comma, else `end`."""
    comma = low.find(",", at, end)
    return end if comma < 0 else comma


#: a starred paragraph that opens on its own day or meeting, in a round-up of the day's: "* Chiều 7-2, ...", "* Cùng
#: ngày, ...", "* Tại cuộc gặp Tổng thống Chi-lê ..." (not "* Tại cuộc gặp này", nor a starred subheading)
STARRED_OCCASION = re.compile(r"\*\s*(?:(?:sáng|chiều|tối|trưa|đêm)\s+(?:cùng\s+ngày|nay|qua|hôm\s+nay|\d)|ngày\s+\d|"
                              r"cùng\s+ngày|cũng\s+(?:nhân\s+dịp|trong)|trong\s+khuôn\s+khổ|tiếp\s+đó|sau\s+đó|"
                              r"tại\s+(?:cuộc|buổi)\s+(?:gặp|hội\s+đàm|tiếp|hội\s+kiến)(?!\s+(?:này|đó|trên)(?!\w)))")
#: a sentence that turns to another story, which the rest of the article tells (detect_other_story.txt): "Trong một
#: diễn biến khác, ...", "Trong diễn biến liên quan, ..." (after a quote's or a list's mark)
OTHER_STORY = re.compile(r"[\W]*(?:" + _alternation(lexicon.words("detect_other_story.txt"), spaces=True) + r")(?!\w)")
#: a sentence that opens by pointing back to the title: "Đây là …", "Đó là …", "Thông tin trên được …" (or to the
#: words the lead gave, by their noun: "Tuyên bố trên được Thủ tướng Đức Angela Merkel và Thủ tướng Trung Quốc Lý Khắc
#: Cường đưa ra sau cuộc hội đàm ngày 1/6 tại thủ đô Berlin", detect_said_nouns.txt; after the agency's credit that
#: closes a caption glued to it: "... tại lễ đón ở Berlin ngày 31/5. AFP/TTXVN Tuyên bố trên được ...", or its source:
#: "Theo phóng viên TTXVN tại Bangkok, phát biểu trên được Thủ tướng Prayut Chan-ocha đưa ra trong buổi tiếp ...")
#: (the source only before the words' noun: "Theo ông, đây là nội dung đã được thống nhất tại cuộc họp ..." is the
#: speaker's own account of what came before)
_BACK_OPENER = re.compile(r"\W*(?:[a-z]+/ttxvn\s+)?(?:đây|đó|điều này|(?:(?:những\s+)?(?:thông tin|nội dung)|"
                          r"(?:theo\s[^,.;:!?\n]{2,60},\s*)?(?:"
                          + _alternation(lexicon.words("detect_said_nouns.txt"), spaces=True)
                          + r"))\s+(?:trên|này))\s+(?:là|(?:vừa\s+|đã\s+)?được)(?!\w)")
#: the speaker's words, which the title gave, said at the meeting: "Ông Nguyễn Quý Xuân, Hiệu trưởng Trường THPT Phúc
#: Lợi, ... đã chia sẻ như vậy tại buổi tọa đàm “Hướng nghiệp trong thời kỳ chuyển đổi số”" (as "Đây là ..." does)
_SAID_SO_AT = re.compile(r"(?<!\w)(?:như vậy|như trên|điều này|điều đó)\s+(?:tại|trong)\s+(?:(?:cuộc|buổi)\s+)?$"
                         # (or the lead's words by their noun and "này" / "trên": "ông Erdogan đã đưa ra tuyên bố trên
                         # trong cuộc họp kín với Ngoại trưởng Bahrain", "Phó Thủ tướng ... nhắc tới yêu cầu này đối với
                         # các bộ, ngành nói chung trong buổi họp mới đây với Bộ Xây dựng")
                         r"|(?<!\w)(?:tuyên bố|yêu cầu|ý kiến|phát biểu|nhận định|đề nghị|khẳng định|cam kết|chỉ đạo)"
                         r"\s+(?:này|trên)\s+(?:[^.;:!?\n]{0,60}\s)?(?:tại|trong)\s+(?:(?:một\s+)?(?:cuộc|buổi)\s*)?$")
#: ... or after "sau", what the lead told coming out of it: "Đây là yêu cầu của Thứ trưởng Bộ Công Thương Hoàng Quốc
#: Vượng sau cuộc họp mới đây của Ban chỉ đạo ...", "Đó là những gì đọng lại sau phiên thảo luận tại hội trường ..."
#: (not a span after it, which tells a later time: "Tuyên bố trên được Tổng thống Mỹ đưa ra một ngày sau cuộc gặp trực
#: tiếp đầu tiên với người đồng cấp Nga", "hai hôm sau cuộc gặp", "ít lâu sau cuộc gặp")
_AFTER_IT = re.compile(r"(?<!\w)(?<!ngày\s)(?<!hôm\s)(?<!lâu\s)(?<!tuần\s)(?<!tháng\s)(?<!năm\s)(?<!giờ\s)sau\s+"
                       r"(?P<one>(?:cuộc|buổi|phiên)\s+)?$")
#: ... one gathering, by its "cuộc/buổi/phiên" (not a time since: "chuyến thăm ... đầu tiên ... từ sau Đại hội XII")
_ONE_GATHERING = ("cuộc ", "buổi ", "phiên ")
#: a caption's credit the next sentence runs on from: "... Hoàng Quốc Vượng. - Ảnh: VGP "
_CREDIT_THEN = re.compile(r"[^\n]{0,200}?(?<!\w)ảnh\s*:\s*[^\s.]{2,12}\s+(?=(?:đây|đó)\s)")


def _points_back_after(low: str, s_start: int, k_start: int) -> bool:
    """Whether the sentence opens by pointing back to the lead and names the meeting after "sau" (_AFTER_IT): the
    lead's words came out of that meeting, not of something that followed it."""
    # (the sentence may open on a photo's caption its credit ends, the lead glued on: "Thứ trưởng Bộ Công Thương Hoàng
    # Quốc Vượng. - Ảnh: VGP Đây là yêu cầu của ...")
    after = _AFTER_IT.search(low, max(s_start, k_start - 12), k_start)
    if not after or not (after.group("one") or low.startswith(_ONE_GATHERING, k_start)):
        return False
    credit = _CREDIT_THEN.match(low, s_start, k_start)
    if not _BACK_OPENER.match(low, credit.end() if credit else s_start):
        return False
    # (not words quoted from a speaker, who points back to his own: "“Bốc thăm chia bảng ... như tại SEA Games 28. Đây
    # là quyết định được đưa ra sau buổi làm việc giữa Liên đoàn Bóng đá Malaysia, ...”, Tổng thư ký AFF ... chia sẻ")
    line = low.rfind("\n", 0, s_start) + 1
    return low.count('"', line, k_start) % 2 == 0 and low.count("“", line, k_start) <= low.count("”", line, k_start)


#: the meeting named right after "tại" / "trong" (a kind's own "cuộc" / "buổi" read with it)
_AT_IT = re.compile(r"(?<!\w)(?:tại|trong)\s+(?:(?:một|các)\s+)?(?:(?:cuộc|buổi)\s*)?$")
#: a photo's credit after the meeting: its caption ("... tại cuộc họp ở Moskva ngày 24/5. Ảnh: AFP"); a credit before
#: it closes a caption that the sentence runs on from ("Toàn cảnh đối thoại. Ảnh: Văn Điệp – TTXVN Đối thoại Chính
#: sách cao cấp ... diễn ra tại thành phố Hạ Long (Quảng Ninh) ngày 19/6")
#: (each branch led by its character, the look back after it: the same matches as
#: "(?<!\w)(?:ảnh\s*:|\((?:ảnh|nguồn\s*:))", with the engine skipping ahead to the next "ả" or "(")
_CAPTION = re.compile(r"(?:ả(?<!\wả)nh\s*:|\((?<!\w\()(?:ảnh|nguồn\s*:))")


#: what an elected body's deputies do at its sitting (SITTINGS): "Chiều 19/06 tại kỳ họp thứ ba, Quốc hội khóa XIV, các
#: ĐBQH đã bấm nút thông qua Luật ...", "Sáng 16-6, Phó chủ tịch Quốc hội ... điều khiển phiên họp, Quốc hội thảo luận
#: về dự án Luật ..." (the lead of a day's sitting: the sitting is the report)
_ASSEMBLY_ACTS = re.compile(r"(?<!\w)(?:quốc hội|qh|đbqh|đại biểu|hđnd|hội đồng nhân dân|ủy ban thường vụ quốc hội|"
                            r"ubtvqh)(?!\w)[^.;!?\n]{0,80}?(?<!\w)(?:thảo luận|thông qua|biểu quyết|bấm nút|chất vấn|"
                            r"cho ý kiến|nghe)(?!\w)")


def _told_as_done(doc: Doc, m: Mention) -> bool:
    """Whether the sentence tells the meeting as held, not planned, ahead or pictured: "chủ đề gây tranh luận tại phiên
    họp Quốc hội chiều 16.6" (not "sẽ có bài phát biểu tại phiên họp sáng 3/6", "cuộc họp ... vào ngày 13/7 tới")."""
    s_start, s_end = m.sentence
    low = doc.low
    return not (_planned(low, s_start, m.start) or _AHEAD.search(low, s_start, m.start)
                or _AHEAD_DAY.search(low, s_start, min(s_end + 8, len(low)))
                or _CAPTION.search(low, m.start, min(s_end + 8, len(low))))


#: a meeting counted by its classifier ("cuộc họp", "buổi họp", "phiên họp", "kỳ họp") ...
_COUNTED_SITTING = re.compile(r"(?:phiên|kỳ|cuộc|buổi)\s")
_CLASSIFIER_BEFORE = re.compile(r"(?<!\w)(?:cuộc|buổi)\s+$")
#: ... not meetings in general ("mọi cuộc họp", "các cuộc họp"), one still ahead of the sentence's occasion ("buổi
#: họp báo trước kỳ họp HĐND", "hoàn thiện đề án, trình tại kỳ họp thứ 5 HĐND") nor one it is about ("HĐND TP.Hà Nội
#: họp báo về kỳ họp thứ 4 (diễn ra từ ngày 3 - 5.7)")
_NOT_ONE_HELD_BEFORE = re.compile(r"(?<!\w)(?:mọi|các|những|nhiều|trước|về|trình(?:\s+(?:tại|ra))?)\s+$")
#: ... nor one the sentence says only may take place, or did not: "cuộc hòa đàm giữa chính phủ với phe nổi dậy ... vẫn
#: có thể diễn ra", "cuộc họp giữa hai bên đã bị hủy vào phút chót"
_MAY_BE_HELD_AFTER = re.compile(r"[^.;:!?\n]{0,200}?(?<!\w)(?:có\s+thể\s+(?:được\s+)?"
                                r"(?:diễn\s+ra|tổ\s+chức|tiến\s+hành)|bị\s+(?:" + _PUT_OFF + r")|không\s+diễn\s+ra)(?!\w)")


def _day_led_sitting(doc: Doc, m: Mention) -> bool:
    """Whether a weak kind named once, counted by its classifier, is told in a lead sentence that opens on its day
    (not a press conference, the setting of statements): "Ngày 7/2, theo Reuters, trong cuộc họp tại Brussels, Liên
    minh châu Âu đồng thuận ...", "Chiều qua (6/7), Bộ trưởng ... đã chủ trì cuộc họp với các cơ quan chức năng ...",
    "Sáng 5-7, vấn đề ... là chủ đề nóng tại buổi thảo luận hội trường kỳ họp thứ 5 HĐND TP.HCM"."""
    low = doc.low
    if m.kind == PRESS or not _DAY_FIRST.match(low, m.sentence[0]):
        return False
    if _COUNTED_SITTING.match(low, m.start):
        counted = m.start
    else:
        classifier = _CLASSIFIER_BEFORE.search(low, max(0, m.start - 12), m.start)
        if classifier is None:
            return False
        counted = classifier.start()
    return not (_NOT_ONE_HELD_BEFORE.search(low, max(0, counted - 12), counted)
                or _ANNOUNCED_AFTER.match(low, m.end, m.sentence[1])
                or _MAY_BE_HELD_AFTER.match(low, m.end, m.sentence[1]))


def _recent(low: str, start: int, end: int, ahead: bool = False) -> bool:
    """A relative day ("Vừa qua", "sáng nay", "hôm qua") in low[start:end], not a period ("tháng 5 vừa qua"). Of a
    meeting still ahead, a week names no day: "Trong tuần này Ban Kỷ luật ... của VFF sẽ nhóm họp"."""
    return any(
        not _PERIOD_BEFORE.search(low, max(start, m.start() - 16), m.start())
        and not (ahead and m.group(0) in _recent_weeks())
        for m in _cues()["recent"].finditer(low, start, end)
    )


@cache
def _recent_weeks() -> frozenset[str]:
    """The week-level relative times (detect_recent_week.txt), folded: a match of the recent cue that is one of them
    is the week's (the cue tries them first)."""
    return frozenset(fold(w) for w in lexicon.words("detect_recent_week.txt"))


@cache
def _slug_kinds() -> tuple[re.Pattern[str], dict[str, str | None]]:
    """Kind nouns and the phrases that only look like one, without accents, as an address writes them ("toa dam",
    "hop bao" → None): kinds of two syllables or more only, since one syllable without its marks is many words
    ("hop" is họp, hợp and hộp). Longest first at each place, as in `_kinds`."""
    labels: dict[str, str | None] = {}
    for surface, label in _kinds()[1].items():
        if surface in _ASSEMBLY_TOLD:
            continue  # (an address drops the "được" that makes "duoc-quoc-hoi-thong-qua" a law's news)
        if not label or " " in surface:
            key = strip_accents(surface)
            labels[key] = None if not label else labels.get(key, label)
    return re.compile(r"(?<![a-z])(?:" + "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
                      + r")(?![a-z])"), labels


def _slug_title_kinds(slug: str | None) -> set[str]:
    """The kinds the article's address names ("bo-giao-thong-hop-khan" names họp; "hop-bao" none)."""
    if not slug:
        return set()
    pattern, labels = _slug_kinds()
    return {label for m in pattern.finditer(slug) if (label := labels[m.group(0)])}


def title_names(title: str | None, kind: str | None) -> bool:
    """Whether the title itself reports a meeting of `kind` (see _title_kinds)."""
    return bool(kind) and kind in _title_kinds(title)


def _title_kinds(title: str | None) -> set[str]:
    """The kinds of the meetings the title itself reports ("Khai mạc Hội thảo ...", "Olympia tổ chức talkshow")."""
    if not title:
        return set()
    low = fold(title)
    pattern, labels = _kinds()
    found = {
        labels[m.group(0)]
        for m in pattern.finditer(low)
        if labels.get(m.group(0)) and not _is_reference(low, m.start(), m.end(), 0, len(low), labels[m.group(0)])
        # ("Luật Cảnh vệ được Quốc hội thông qua": the law's news; "Quốc hội thông qua Luật Cảnh vệ": the sitting's)
        and not (m.group(0) in _ASSEMBLY_TOLD and (_ASSEMBLY_NOT_DONE.search(low, 0, m.start())
                                                   or _planned(low, 0, m.start())))
    }
    return found | _title_verb_kinds(title)


#: kind nouns weighed in one text at most: far above any article (35 in the 35k-article bench corpus),
#: so that a text made of nothing else ('Hội nghị ' × 100k) costs linear time
MAX_MENTIONS = 2000


def _title_verb_kinds(title: str | None) -> set[str]:
    """A headline that says it with a verb: "Phó Thủ tướng ... làm việc với 4 Bộ" reports a working session (not one
    that plans it: "Thủ tướng sẽ hội đàm với Tổng thống Mỹ")."""
    if not title:
        return set()
    pattern, kinds = _title_verbs()
    folded = fold(title)
    return {kinds[m.group(0)] for m in pattern.finditer(folded) if not _planned(folded, 0, m.start())}


@cache
def _title_verbs() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds = {fold(verb): fold(kind) for verb, _, kind in
             (entry.partition("=") for entry in lexicon.words("detect_title_verbs.txt"))}
    return re.compile(r"(?:" + _alternation(kinds, word_start=True) + r")(?!\w)"), kinds


def detect(doc: Doc, title: str | None = None, slug: str | None = None,
           published: dt.date | None = None) -> Detection:
    """Decide whether the article reports a meeting; if so, which one. `slug`: the words of its address, which
    stand in for the title when the text has none (meta.url_slug); `published`: the day its header gives."""
    found = _detect(doc, title, slug, published)
    if found.is_event:
        return _edition_from_title(doc, title, found)
    if found.reason not in (NOT_HELD, ONLY_PASSING):
        return found
    announced = _announced_lead(doc, title) or _met_in_lead(doc, title)
    return _describe(doc, announced, announced) if announced else found


#: a sitting's ordinal in the title: "Phiên họp thứ 10, Ủy ban Thường vụ Quốc hội: Cơ bản hoàn tất khâu chuẩn bị Kỳ
#: họp thứ 3", "Khai mạc kỳ họp thứ 3, Quốc hội khóa 14"
_SITTING_ORDINAL = re.compile(r"(phiên họp|kỳ họp)\s+(?:lần\s+)?thứ\s+(" + _ORDINAL + ")")


def _edition_from_title(doc: Doc, title: str | None, found: Detection) -> Detection:
    """A sitting named by its bare noun in the text ("Sáng 17/5, ... phiên họp ...") takes the ordinal the title gives
    the same noun ("Phiên họp thứ 10, Ủy ban Thường vụ Quốc hội: ..."; not its "Kỳ họp thứ 3", the session it
    prepares), when the title gives that noun one ordinal only."""
    if found.edition is not None or found.kind not in SITTINGS or fold(found.name or "") != found.kind:
        return found
    start, end = _title_span(doc, title)
    ordinals = [m.span(2) for m in _SITTING_ORDINAL.finditer(doc.low, start, end) if m.group(1) == found.kind]
    values = {parse_edition(doc.text[at:to]) for at, to in ordinals}
    if len(values) != 1 or None in values:
        return found
    return replace(found, edition=values.pop(), spans={**found.spans, "edition": ordinals[:1]})


#: a leader meeting another, told by the bare verb and the other's title in the lead: "Tổng thống Nga Vladimir Putin
#: gặp người đồng cấp Emmanuel Macron", "Chủ tịch nước Trần Đại Quang đã gặp Thống đốc Saint Petersburg ..."
#: (not the noun told with a verb, which detect weighs: "có cuộc gặp người đồng cấp Vương Nghị")
#: (its first letter taken first, from a set, and what stands before it asserted after it; the verb, which may be that
#: letter's word, captured behind once read: a pattern led by a character set, which the engine skips ahead to,
#: instead of trying every position)
_MEETS_LEADER = re.compile(r"[đg](?<!\w[đg])(?<!cuộc\s[đg])(?<!buổi\s[đg])(?:(?<=đ)ã\s+g|(?<=g))ặp(?<=(?P<verb>gặp))\s+"
                           r"(?:người\s+đồng\s+cấp(?!\w)|(?=\w))")
#: ... its day, with its word: "Ngày 29/5", "Chiều 1/7", "hôm 14/6" (_DAY_AFTER_NAME), and its year if written, which
#: a day ahead writes before "tới": "Ngày 29/5/2018 tới"
_MET_DAY = re.compile(_DAY_AFTER_NAME + r"(?:\s?[/.-]\s?\d{4}(?!\d))?")
#: how far past the lead the article may come back to the meeting by its noun ("cuộc gặp")
_MET_AGAIN_CHARS = 3000
#: two leaders meeting each other, both before the verb, which ends its clause with "mặt", "nhau" or "gỡ": "Tổng thống
#: Mỹ Donald Trump và Tổng thống Nga Vladimir Putin lần đầu tiên gặp mặt tại Hội nghị thượng đỉnh G20", "Tổng thống Nga
#: Putin và Tổng thống Mỹ Trump gặp nhau hôm 7/7 tại Đức" (not a leader meeting someone else by "gặp gỡ": "gặp gỡ lãnh
#: đạo các giới chính trị"): what is right before the verb, "và" then the second one's title and name, and what after
_MET_TOGETHER_BEFORE = re.compile(r"(?<!\w)và\s+(?P<second>[^,.;:!?()\n]{2,80}?)\s+(?:cũng\s+)?(?:(?:đã|vừa)\s+)?"
                                  r"(?:(?:lần\s+đầu(?:\s+tiên)?|chính\s+thức|trực\s+tiếp)\s+)?$")
#: ... the second one only a title and a name: no verb of not meeting between it and the verb ("Tổng thống Nga Vladimir
#: Putin từ chối gặp mặt", "... có thể gặp mặt", "... tránh gặp mặt"), nor any other word the name does not write with
#: a capital
_NOT_MEETING = re.compile(r"(?<!\w)(?:từ\s+chối|tránh|có\s+thể|muốn|dự\s+kiến|chưa|không|sẽ|định|mong|hy\s+vọng|"
                          r"hi\s+vọng|sẵn\s+sàng)(?!\w)")
#: ... the words of a country's name written in lower case ("Tổng thống Liên bang Nga", "Tổng thống nước Nga")
_COUNTRY_LOWER = frozenset({"bang", "nước"})
_MET_TOGETHER_AFTER = re.compile(r"(?:nhau|(?:mặt|gỡ)(?=\s*[,.;:!?(\n]|\s+(?:tại|ở|bên|vào|hôm|ngày|sáng|chiều|tối|"
                                 r"trưa|trong|lần|riêng|trực\s+tiếp)(?!\w)))(?!\w)")


@cache
def _met_not_held() -> re.Pattern[str]:
    """The words right before the verb "gặp" that make the meeting not held (detect_met_not_held.txt): "nói sẵn sàng
    gặp Tổng thống Mỹ", "chưa gặp", "khi gặp"."""
    words = _alternation((fold(w) for w in lexicon.words("detect_met_not_held.txt")), word_start=True)
    return re.compile(r"(?:" + words + r")\s+$")


def _lead_start(low: str, where_title: tuple[int, int]) -> int:
    """Where the lead starts: the title's own end, a word's start (where_title holds a few characters' slack)."""
    lead = low.find("\n", where_title[0], where_title[1])
    return where_title[1] if lead < 0 else lead


def _met_again_after(doc: Doc, start: int, end: int) -> int:
    """Where the last "cuộc gặp" of low[start:end] is (the kind nouns labelled "cuộc gặp": "Đây là cuộc gặp đầu tiên
    giữa hai nhà lãnh đạo", "Cuộc gặp có sự tham dự của ..."; not "buổi gặp gỡ người hâm mộ", detect_not_kinds.txt, nor
    "buổi gặp gỡ truyền thông", a press conference's, nor one in a link to another story), -1 if none."""
    low = doc.low
    labels = _kinds()[1]
    links = read_more_links(doc.text)
    last = -1
    for match in _kind_nouns(low, start):
        if match.start() >= end:
            break
        if labels.get(match.group(0)) == "cuộc gặp" and not in_read_more(links, match.start()):
            last = match.start()
    return last


def _met_in_lead(doc: Doc, title: str | None) -> Mention | None:
    """A meeting of two leaders told only by its verb, when no sentence holds a meeting by its name: a dated sentence of
    the lead where a leader's title (no name required) stands before "gặp" or "đã gặp" and a leader's title or "người
    đồng cấp" right after it (or two leaders' titles joined by "và" before "gặp mặt", "gặp nhau": _MET_TOGETHER_BEFORE),
    not one only wished for or planned, and a later sentence, within _MET_AGAIN_CHARS of the
    lead, naming it "cuộc gặp" ("Ngày 29/5, Tổng thống Nga Vladimir Putin gặp người đồng cấp Emmanuel Macron tại Paris
    ... | Đây là cuộc gặp đầu tiên giữa hai nhà lãnh đạo"): that meeting, "cuộc gặp", at its verb, on the lead's day."""
    where_title = _title_span(doc, title)
    if where_title == (0, 0):
        return None
    low = doc.low
    starts = sentence_offsets(doc.text)
    lead = _lead_start(low, where_title)
    end = min(len(low), where_title[1] + _LEAD_CHARS)
    links = read_more_links(doc.text)
    again = None  # (where the last "cuộc gặp" is, found once: _met_again_after)
    for match in _MEETS_LEADER.finditer(low, lead):
        if match.start() >= end:
            break
        guest = match.group(0).endswith("cấp") or bool(_leaders().match(low, match.end()))
        if not guest and not _MET_TOGETHER_AFTER.match(low, match.end()) or in_read_more(links, match.start()):
            continue
        _, s_start, s_end = _sentence_at(starts, match.start(), len(low))
        if not _leaders().search(low, s_start, match.start()):
            continue
        # (both before the verb: a leader's title before "và", the other's right after it)
        together = None if guest else _MET_TOGETHER_BEFORE.search(low, s_start, match.start())
        second = None if guest or together is None else _leaders().match(low, together.start("second"))
        if not guest and (second is None or not _leaders().search(low, s_start, together.start())
                          or _NOT_MEETING.search(low, together.start("second"), together.end("second"))
                          or not all(word[:1].isupper() or word in _COUNTRY_LOWER
                                     for word in doc.text[second.end():together.end("second")].split())):
            continue
        # (not a day ahead, after its year too: "ngày 29/5 tới", "Ngày 29/5/2018 tới")
        if not any(not _AHEAD_DAY.match(low, d.end() - 1, d.end() + 4) for d in _MET_DAY.finditer(low, s_start, s_end)):
            continue
        if _planned(low, s_start, match.start()) \
                or _met_not_held().search(low, max(s_start, match.start() - 20), match.start()) \
                or _told_day(low, s_start, match.start()):
            continue
        if again is None:
            again = _met_again_after(doc, lead, min(len(low), end + _MET_AGAIN_CHARS))
        if again < s_end:
            continue
        return Mention(match.start("verb"), match.end("verb"), "cuộc gặp", (s_start, s_end), _ACCEPT, held=True,
                       governed=True, dated=True, in_title=False, early=True)
    return None


#: a day written after a meeting's name in its clause, with no word of the past before it: "Phiên họp thứ 8 ... (dự
#: kiến từ ngày 13 đến 24/3/2017)", "hội đàm vào ngày 14-3 tại Tokyo", "Các cuộc đối thoại Mỹ - Trung sẽ diễn ra ngày
#: 21/6" (not after a word of the past: detect_announced_past.txt)
_ANNOUNCED_DAY = re.compile(r"(?:(?!(?:" + _alternation((fold(w) for w in lexicon.words("detect_announced_past.txt")),
                                                        word_start=True) + r")(?!\w))[^.,;!?\n]){0,80}?"
                            r"(?<!\w)(?:ngày|sáng|chiều|tối)\s+"
                            r"\d{1,2}(?:\s*(?:[-–]|đến)\s*\d{1,2})?\s?[/.-]\s?\d{1,2}(?!\d)"
                            # (not a day gone: "ngày 21/6 vừa qua")
                            r"(?!\s*(?:vừa\s+)?qua(?!\w))")


#: a meeting not held, put off or called off: "Sacombank vừa có thông báo không tổ chức Đại hội đồng cổ đông thường
#: niên vào ngày 26/5/2017 như dự kiến"
_CALLED_OFF_BEFORE = re.compile(r"(?<!\w)(?:không|chưa|ngừng|" + _PUT_OFF + r")(?!\w)")


@cache
def _announced_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that put a meeting ahead (detect_announced_ahead.txt), and those right before its noun that make it
    the setting of something else (detect_announced_not_before.txt)."""
    ahead = _alternation((fold(w) for w in lexicon.words("detect_announced_ahead.txt")), word_start=True)
    setting = _alternation((fold(w) for w in lexicon.words("detect_announced_not_before.txt")), word_start=True)
    return (re.compile(r"(?:" + ahead + r")(?!\w)"),
            re.compile(r"(?:" + setting + r")\s+(?:các\s+|cuộc\s+|buổi\s+|phiên\s+|kỳ\s+)?$"))


def _announced_lead(doc: Doc, title: str | None) -> Mention | None:
    """A meeting still ahead that the article announces: the title names a meeting (or its word: "họp", "gặp"), and a
    sentence of the lead names one of that kind, puts it ahead and writes its day right after its name ("Nhật, Nga
    sẽ họp bàn về hoạt động ở quần đảo tranh chấp | Nhật và Nga có kế hoạch hội đàm vào ngày 14-3 tại Tokyo ...",
    "Phân công nhiệm vụ phiên họp thứ 8 UBTVQH | Nhằm chuẩn bị cho Phiên họp thứ 8 của Ủy ban Thường vụ Quốc hội (dự
    kiến từ ngày 13 đến 24/3/2017), ..."): GUIDELINES counts a meeting announced with a date, which the plan's words
    ("kế hoạch", "chuẩn bị cho", "các cuộc") otherwise set aside as a reference. Not a meeting that is the setting of
    something else ("sẽ gặp nhau bên lề hội nghị G20", "sẽ được báo cáo ... tại kỳ họp khai mạc sáng 22/5 tới đây")."""
    if not title:
        return None
    where_title = _title_span(doc, title)
    if where_title == (0, 0):
        return None
    low = doc.low
    pattern, labels = _kinds()
    title_kinds = {labels[m.group(0)] for m in pattern.finditer(fold(title)) if labels.get(m.group(0))}
    title_kinds |= _title_verb_kinds(title)
    # (a title that names the meeting by its word, "họp", "gặp", "hội đàm": "Cuối tháng này, Tổng thống Mỹ gặp Tổng
    # thống Hàn Quốc tại Nhà Trắng", any kind the lead announces; not one only wished for: _WISHED_TITLE)
    any_kind = "họp" in title_kinds or bool(_TITLE_MEETING.search(fold(title)))
    if not title_kinds and not any_kind or _WISHED_TITLE.search(fold(title)):
        return None
    starts = sentence_offsets(doc.text)
    ahead, setting = _announced_words()
    lead = _lead_start(low, where_title)
    links = read_more_links(doc.text)
    sport = _sport_told(doc.text, low, 0, where_title[1] + _LEAD_CHARS)
    court = len(_cues()["court"].findall(low, 0, 20000)) >= 2
    for match in _kind_nouns(low, lead):
        if match.start() >= where_title[1] + _LEAD_CHARS:
            break
        kind = labels.get(match.group(0))
        if not kind or kind not in title_kinds and not any_kind or in_read_more(links, match.start()):
            continue
        # (a sports team's "tập huấn" camp and its "Đại hội" games, and a court's "phiên", as in detect: "Xạ thủ Hoàng
        # Xuân Vinh tập huấn tại Hàn Quốc | Theo kế hoạch, ngày 8/2 tới, xạ thủ Hoàng Xuân Vinh sẽ lên đường sang
        # Incheon, Hàn Quốc tập huấn")
        if kind in ("tập huấn", "đại hội") and sport or kind == "phiên họp" and court:
            continue
        _, s_start, s_end = _sentence_at(starts, match.start(), len(low))
        before = max(s_start, match.start() - _BEFORE)
        if not ahead.search(low, s_start, s_end) or setting.search(low, before, match.start()) \
                or _CALLED_OFF_BEFORE.search(low, before, match.start()) \
                or not _ANNOUNCED_DAY.match(low, match.end(), s_end):
            continue
        return Mention(match.start(), match.end(), kind, (s_start, s_end), _ACCEPT, held=True, governed=True,
                       dated=True, in_title=False, early=True)
    return None


def _detect(doc: Doc, title: str | None, slug: str | None, published: dt.date | None) -> Detection:
    low = doc.low  # (parse_text has already set aside the articles that name no kind noun: might_name_a_meeting)
    pattern, labels = _kinds()
    first = None
    nouns: list[re.Match[str]] = []  # every match of the kinds regex, for _back_references
    for match in _kind_nouns(low):
        if labels.get(match.group(0)):
            first = match
            break
        nouns.append(match)
    if first is None and (_DEBATE_OPENER not in low  # (or a debate told by its bare verb: _debate_openers)
                          or next(_debate_openers(low, sentence_offsets(doc.text)), None) is None) \
            and next(_presented_floors(low, _title_span(doc, title)), None) is None \
            and next(_council_votes(low, _title_span(doc, title)), None) is None:  # (or the floor, a council's vote)
        return Detection(False, reason=NO_KIND)

    starts = sentence_offsets(doc.text)
    where_title = _title_span(doc, title)
    head = where_title[1] + _FULL_TEXT_CHARS  # (every cue ends in "toàn văn": a substring test spares the regex)
    if title and any(_CALLED_OFF.search(fold(title), 0, m.start()) for m in pattern.finditer(fold(title))
                     if labels.get(m.group(0))):
        return Detection(False, reason=CALLED_OFF)  # "Mỹ và Nhật Bản hoãn cuộc hội đàm an ninh 2+2 vào tháng Bảy"
    if title and any(column.match(fold(title)) for column in (_ROUND_UP, _ROUND_UP_WEEK, _TOP_EVENTS)):
        return Detection(False, reason=ROUND_UP)  # "Điểm tin 6/2: ...", "10 sự kiện tiêu biểu của ngành thư viện"
    if title and _round_up_sapo(low, starts, where_title[1]):
        return Detection(False, reason=ROUND_UP)  # "... là những vấn đề đáng chú ý tuần qua."
    if title and _TRANSFER_TITLE.match(fold(title)) and _sport_told(doc.text, low, 0, where_title[1] + _LEAD_CHARS):
        return Detection(False, reason=TRANSFERS)  # "Chuyển nhượng 18/6: Ronaldo trở về MU, Alves đến Man City"
    if title and _MARKET.match(fold(title)):
        return Detection(False, reason=MARKET)  # "Giá vàng hôm nay 1/6: USD giảm nhanh, vàng lên đỉnh mới"
    if title and _phone_call(low, starts, where_title, fold(title)):
        return Detection(False, reason=PHONE_CALL)  # "Ông Trump điện đàm với tân tổng thống Hàn Quốc"
    if _season_of_meetings(doc, title, starts, where_title[1]):
        return Detection(False, reason=ROUND_UP)  # "Mùa đại hội đồng cổ đông (ĐHCĐ) ngân hàng đang dần đi qua, ..."
    if "tổng hợp" in low[-200:] and _compiled_digest(doc.text):
        return Detection(False, reason=ROUND_UP)  # subheads "Trường nghề được ...", ..., "Lệ Thu (tổng hợp)"
    if title and (_TRIP_END.search(fold(title)) or _trip_end_sapo(doc.text, starts, where_title[1])):
        return Detection(False, reason=TRIP_END)  # "Thủ tướng kết thúc chuyến thăm Đức, Hà Lan và dự Hội nghị G20"
    if fold(title or "").startswith("toàn văn") or "toàn văn" in low[:head] and _cues()["full_text"].search(low, 0, head):
        return Detection(False, reason=FULL_TEXT)  # "TTXVN trân trọng giới thiệu toàn văn Nghị quyết ..."
    if "thưa" in low and _INTERVIEW.search(low, where_title[1]):
        # the reporter's question put to the one interviewed by a pronoun ("Thưa ông, sau quá trình tiếp thu, giải
        # trình ..., cơ quan soạn thảo Luật Quy hoạch đã chuẩn bị như thế nào trước kỳ họp Quốc hội lần 3 này?", "Sân
        # golf hiện nay có bao nhiêu nhân viên, lượng khách ra sao, thưa ông?"): the interview is the article, the
        # meeting it names its background (not a press conference's questions to a leader by his title: "Vậy Thủ tướng
        # có báo cáo QH không, thưa Bộ trưởng?", asked after the meeting the article reports)
        return Detection(False, reason=INTERVIEW)
    mentions: list[Mention] = []
    memo: dict = {}
    links = read_more_links(doc.text)
    # (and a debate told by its bare verb opening a sentence, wherever it stands: _debate_openers)
    for match in heapq.merge(itertools.islice(_kind_nouns(low, first.start()) if first else (), MAX_MENTIONS),
                             _debate_openers(low, starts), _presented_floors(low, where_title),
                             _council_votes(low, where_title), key=lambda m: m.start()):
        if match.re is _DEBATE_OPENER_WORD or match.re is _PRESENTED_FLOOR:
            kind = _DEBATE_KIND
        elif match.re is _COUNCIL_VOTE:
            kind = _COUNCIL_KIND
        else:
            nouns.append(match)
            kind = labels.get(match.group(0))
        if kind and not in_read_more(links, match.start()):  # (not another story's headline: READ_MORE)
            mention = _weigh(doc, match, kind, starts, where_title, memo)
            if mention:
                mentions.append(mention)
    # a sports article's "tập huấn" is a training camp wherever it stands ("Xạ thủ ... tập huấn tại Hàn Quốc")
    # (and its "Đại hội" the games: "Phó đoàn thể thao Việt Nam dự Đại hội")
    if any(m.kind in ("tập huấn", "đại hội") for m in mentions) and _sport_told(
            doc.text, low, 0, where_title[1] + _LEAD_CHARS):
        mentions = [m for m in mentions if m.kind not in ("tập huấn", "đại hội")]
    # a court case's "phiên họp" is a hearing ("Tòa án ... Tại phiên họp, chị Huyền cho biết ...")
    if any(m.kind == "phiên họp" for m in mentions) and len(_cues()["court"].findall(low, 0, 20000)) >= 2:
        mentions = [m for m in mentions if m.kind != "phiên họp"]
    if not mentions:
        # (the Assembly told with its verb and not sitting names no meeting: "Quốc hội thảo luận nhiều lần về ...")
        named = any(m.group(0) in _noun_kinds() for m in nouns)
        return Detection(False, reason=ONLY_PASSING if named else NO_KIND)
    titled: list[Mention] | None = None  # (_titled, asked at most once)
    if not any(m.held and (m.dated or m.governed or _CONCLUSIONS_OF.search(low, m.sentence[0], m.start))
               or _match_press(doc, m, where_title) for m in mentions):
        titled = _titled(doc, mentions, title, where_title, starts)
        if not titled and not any(m.held and _echoes_lead(doc, m, where_title) for m in mentions):
            return Detection(False, reason=NOT_HELD)  # what `reports` below asks of a mention at least: spare the rest

    # the article coming back to the event it reports supports every mention of that kind
    back = _back_references(low, {m.kind for m in mentions}, None if len(nouns) >= MAX_MENTIONS else nouns)
    support = {kind: min(3, len(ends)) for kind, ends in back.items()}
    title_kinds = _title_kinds(title) or (_slug_title_kinds(slug) if not title else set())
    untitled = not title and bool(slug)  # (event.build_event passes the address's words only when there is no title)
    title_verb_kinds = _title_verb_kinds(title)

    def total(m: Mention) -> int:
        return m.score + support[m.kind] + (2 if m.kind in title_kinds else 0)

    weak = _weak_kinds()
    quoted: dict[int, str | None] = {}  # the quoted title after each mention's noun, once asked

    def title_of(m: Mention) -> str | None:
        if m.start not in quoted:
            found = _QUOTED_NAME.match(low, m.end, min(m.sentence[1], m.end + 200))
            quoted[m.start] = " ".join(found.group(1).split()) if found else None
        return quoted[m.start]

    def named_early(m: Mention) -> bool:
        # the meeting the lead names by its quoted title, named so again deep down with its day: "Trong chương trình tọa
        # đàm ‘Tôi chọn sự sống’, chị Ng.T.Ng ... | ... Chiều 4/2/2017 Bệnh viện ... đã tổ chức buổi tọa đàm “ Tôi chọn
        # sự sống”"
        name = title_of(m)
        return bool(name) and any(o.early and o.kind == m.kind and o.start != m.start and title_of(o) == name
                                  for o in mentions)

    def lone_dated(m: Mention) -> bool:
        # in a crawl that lost the title and the lead (only its address's words stand for the title: a dantri text is a
        # "# doc_id / # url / # date" header, then the body), the only meeting the article tells, deep down in a
        # sentence that opens on its day as the lost lead did: "Chiều 26/4, Đoàn công tác do Thứ trưởng Bộ Y tế ... đã
        # làm việc với lãnh đạo tỉnh An Giang về ...", "Chiều ngày 15/4, ông Lê Trí Thanh - Chủ tịch tỉnh Quảng Nam -
        # cũng đã họp với các ngành của tỉnh ...", "Ngày 29/4, Bộ GD&ĐT tổ chức hội nghị triển khai Nghị định ..."
        # (an article that keeps its title and lead tells such a meeting as background to something else)
        return (untitled and not m.early and m.governed and m.dated and not m.setting
                and _of_the_day(published, _DAY_LEAD.match(low, m.sentence[0]))
                and not _planned(low, m.sentence[0], m.start)
                and not any(o.held and o.start != m.start for o in mentions))

    def reports(m: Mention) -> bool:
        if not m.held or total(m) < _ACCEPT:
            return False
        if lone_dated(m):
            return True
        topic = m.kind in title_kinds or support[m.kind] >= 2
        if m.kind in weak:  # (or the title names it and the mention is held and dated)
            return (m.governed and (topic or m.dated and (m.early or any(end != m.end for end in back[m.kind]))
                                    or m.early and _dated_just_before(m, mentions))
                    or m.dated and m.early and bool(_CONCLUSIONS_OF.search(low, m.sentence[0], m.start))
                    or m.dated and m.kind in title_verb_kinds
                    or m.dated and m.early and m.kind in SITTINGS and _ASSEMBLY_ACTS.search(low, *m.sentence)
                    and _told_as_done(doc, m)
                    or m.dated and m.early and _told_as_done(doc, m)
                    and (any(end != m.end for end in back[m.kind])
                         or any(o.kind == m.kind and o.setting for o in mentions)
                         # (or, named once, counted and in a sentence opening on its day: _day_led_sitting)
                         or _day_led_sitting(doc, m))
                    # (a photo's caption names it with its day, beside the lead that tells that day)
                    or m.dated and _caption_on_lead_day(doc, m, starts, where_title))
        if not (m.early or topic or any(end != m.end for end in back[m.kind]) or named_early(m)):
            return False  # a dated meeting deep in an article about something else is a source, not the report
        return m.dated or m.governed and topic

    reported = [m for m in mentions if reports(m)]
    # (a meeting the lead frames gives way to another told in the lead too, or to itself told again, on its day or by
    # its name ("tại Đối thoại Shangri-La lần thứ 16 ... sáng 4/6 | ... Đối thoại Shangri-La, ..., khai mạc tối 2/6"),
    # not to another day's meeting told only deep down: "Thông tin nêu trên được Phó Giám đốc Sở Y tế ... nêu ra tại
    # cuộc họp Ban chỉ đạo ... vào chiều 30/4. | ... Trong đêm 29/4, BCĐ ... huyện Đông Anh đã triệu tập họp khẩn ...")
    framed = [m for m in reported if m.framed]
    if any(not m.framed and (m.early or any(_told_again(doc, f, m) for f in framed)) for m in reported):
        reported = [m for m in reported if not m.framed]
    # the report before a starred paragraph that turns to another occasion is the article's, not what that paragraph
    # tells ("* Chiều cùng ngày, tại TP Phúc Châu, Chủ tịch nước ... đã dự Tọa đàm hợp tác ...")
    starred = next((m.start() for m in re.finditer(r"\*", low) if STARRED_OCCASION.match(low, m.start())), None) \
        if "*" in low else None
    if starred is not None and any(m.start < starred for m in reported):
        reported = [m for m in reported if m.start < starred]
    if reported and all(low[m.start:m.end] in _ASSEMBLY_TOLD for m in reported):
        # the sitting the title names, its lead opening on the day, before the Assembly told at it by its verb: "Kỳ họp
        # thứ 3, Quốc hội khóa XIV: Thông qua 2 dự án Luật | Tiếp tục chương trình làm việc chiều 20/6, các đại biểu
        # Quốc hội đã biểu quyết thông qua ..."
        if titled is None:
            titled = _titled(doc, mentions, title, where_title, starts)
        reported = titled or reported
    undated = not reported
    if undated:
        reported = _undated_reports(doc, mentions, where_title, untitled)
        if not reported:
            reported = titled if titled is not None else _titled(doc, mentions, title, where_title, starts)
            if not reported:
                return Detection(False, reason=NOT_HELD)
            undated = False
    # a press conference held on its day about meetings it names after it is the report, not those meetings: "Ngày
    # 6-2 tại Hà Nội, ... tổ chức họp báo về Lễ hội Cà phê … và Hội nghị xúc tiến đầu tư vùng Tây Nguyên lần thứ 4",
    # "Chiều 19/5, Văn phòng Quốc hội tổ chức họp báo thông tin về kỳ họp thứ 3 của Quốc hội khóa XIV"
    presenting = [m for m in reported if m.kind == PRESS and m.governed and m.dated and any(
        o.kind != PRESS and o.sentence == m.sentence and o.start > m.start
        and _PRESENTED.search(low, m.sentence[0], o.start) for o in mentions)]
    if presenting:
        reported = presenting
    # the main mention: in the body rather than the title, held and dated, governed by its verb, the first
    # (a weak kind gives way to a strong one reported beside it: "tổ chức Sơ kết ... và Hội thảo chuyên đề ...";
    # a press conference to the meeting it presents: "Hội nghị Xúc tiến đầu tư ... đã tổ chức họp báo giới thiệu")
    # (not to a bare "buổi họp" that comes back to the press conference itself: "Kết luận buổi họp, Thứ trưởng ...")
    # (not to a meeting still ahead that it presents: "tại cuộc họp báo về kỳ họp thứ 4 của HĐND TP Hà Nội dự kiến diễn
    # ra vào tuần sau")
    # (a meeting the press conference presents is in the lead or the title, not told deep down as background: "Tuy
    # nhiên, ngày 9/6, liên ngành Công an - Viện KSND – TAND đã tổ chức họp phân tích, đánh giá vụ án ...")
    # (not when the title names the press conference: "9h sáng nay, Hòa Bình họp báo về sự cố chạy thận ..." reports it,
    # not the urgent meeting of the night before a caption tells)
    gives_way = PRESS not in title_kinds and any(m.kind != PRESS and (m.early or m.kind in title_kinds)
                    and (not _bare_sitting(doc, m) or m.kind in title_kinds)
                    and not _PLANNED_AFTER.match(low, m.end, m.sentence[1])
                    and not _ANNOUNCED_AFTER.match(low, m.end, m.sentence[1]) for m in reported)
    # (a meeting the sentence plans gives way to one it reports: "Dự kiến thời gian tiến hành kỳ họp thứ 3 là 22,5 ngày
    # làm việc, ... dự kiến bế mạc vào ngày 21-6" deep in the report of the Standing Committee's sitting of 17-5)
    # (the title's kind told in the lead as held on its day comes before a strong kind told further down: "Tổng Bí thư
    # Nguyễn Phú Trọng tiếp Đoàn đại biểu Đảng Cộng sản Cuba | Chiều 24/5, ... đã tiếp đồng chí ... | ... Cùng ngày, Hội
    # thảo Lý luận lần thứ ba ... đã bế mạc")
    # (a strong kind no verb holds, named in the sentence only as the frame of the meeting its verb holds after it,
    # gives way to that one: "Sáng 14/5, tại Hà Nội, trong khuôn khổ Hội nghị lần thứ hai các quan chức cao cấp (SOM2)
    # ..., Bộ Xây dựng đã tổ chức Đối thoại APEC 2017 về Đô thị hóa bền vững", "Chỉ hơn 30 phút sau khi kết thúc "Hội
    # nghị Diên Hồng" lần thứ 2 ..., ngay trong chiều 17/5, Thủ tướng ... đã chủ trì buổi làm việc với các bộ, ngành")
    # (or, held, one told only as what came before it: "Chiều muộn ngày 29/5, sau khi Quốc hội kết thúc phiên thảo luận
    # chiều, Ủy ban Kinh tế của Quốc hội đã họp phiên toàn thể lần thứ 5")
    framing = {m.start for m in reported if any(
        o.governed and o.kind != m.kind and o.sentence == m.sentence and o.start > m.end
        and (not m.governed or "," in low[m.end:o.start] and bool(_AFTER_CLAUSE.search(low, m.sentence[0], m.start)))
        for o in reported)}
    best = min(reported, key=lambda m: (m.kind == PRESS and gives_way, m.in_title,
                                        not (m.kind in title_kinds and m.early and m.dated and m.governed
                                             and not m.setting and not _planned(low, m.sentence[0], m.start)),
                                        m.start in framing, m.kind in weak,
                                        # (a sitting told by the Assembly's verb gives way to one its report names:
                                        # "kỳ họp thứ 3, Quốc hội khóa XIV")
                                        low[m.start:m.end] in _ASSEMBLY_TOLD,
                                        not m.early and _planned(low, m.sentence[0], m.start), not m.dated,
                                        not m.governed, m.start))
    if title and _WISHED_TITLE.search(fold(title)) and (best.in_title or _planned(low, best.sentence[0], best.start)
                                                      or _PLANNED_AFTER.match(low, best.end, best.sentence[1])):
        # the title wishes for a meeting or offers one, and the article tells it still ahead: "Đức muốn họp bộ tứ
        # Normandy ... | ... Dự kiến, cuộc gặp sẽ được tổ chức bên lề hội nghị ... G20 ... ngày 16-17/2" is the news of
        # a wish, not a meeting set for its day (not one held that the title's wish was told at: "Mỹ vẫn để ngỏ khả
        # năng đối thoại với Triều Tiên | ... trong cuộc gặp với Ngoại trưởng Mỹ Rex Tillerson ngày 18/5, ...")
        return Detection(False, reason=PLAN_TOLD)
    if title and not any(m.dated for m in mentions if m.kind == best.kind) \
            and (_previewed(doc.text, fold(title), starts, where_title[1]) or _AHEAD_TITLE.search(fold(title))):
        # (not one the article dates anywhere: "Cuộc gặp Trump-Putin là phép thử ... | ... trong ngày 7/7 sẽ là ...")
        return Detection(False, reason=PREVIEW)  # "Kỳ vọng làn sóng đầu tư mới từ xứ sở Phù Tang | ... chuyến thăm"
    if title and _FOREIGN_CAPTION.match(low, best.end, min(best.sentence[1] + 40, len(low))) \
            and support[best.kind] <= 1 and best.kind not in title_kinds \
            and not any((m.held and (m.dated or m.early)) or (m.early and m.kind == best.kind)
                        for m in mentions if m is not best) \
            and not _DAY_FIRST.match(low, best.sentence[0]) \
            and not _TOLD_DONE.search(low, best.sentence[0], best.start):
        # the meeting is named only in the caption of a foreign wire's photo, the article telling something else: "Chủ
        # tịch Trung Quốc Tập Cận Bình phát biểu tại Diễn đàn hợp tác quốc tế "Vành đai và Con đường" ở Bắc Kinh ngày
        # 14/5. (Nguồn: EPA/TTXVN) Ngày 12/6, Chủ tịch Trung Quốc Tập Cận Bình đã gửi điện mừng ..." (a file photo)
        # (a meeting named deep down, undated and outside the lead, does not make the caption's one reported: "Tổng
        # thống Thổ Nhĩ Kỳ Tayyip Erdogan phát biểu tại một hội nghị ở Istanbul ngày 22/5. Ảnh: AFP/TTXVN", then much
        # later "những nỗ lực hòa giải bất thành tại Hội nghị thượng đỉnh ..." recalled; the title's own meeting does)
        return Detection(False, reason=LONELY)
    if undated and _asks_from_a_source(doc, best, title, title_kinds | title_verb_kinds, where_title, starts):
        return Detection(False, reason=ASKED)  # "Mỹ nói gì ...? | Tại cuộc họp báo, phát ngôn viên ... nói: ..."
    named = best
    if _name_span(doc, best)[1] - best.end < 3:  # the bare noun: an earlier mention may spell the name out
        fuller = [m for m in mentions if m.kind == best.kind and m.governed and not m.setting and not m.in_title
                  and _name_span(doc, m)[1] - m.end >= 3
                  and (starred is None or best.start >= starred or m.start < starred)
                  # (not one a past year dates: "Tháng 8-2015 VTVcab đã có buổi họp báo và ban hành thông cáo ...")
                  and not _YEAR_OPENER.match(low, m.sentence[0])
                  and not _told_another_time(doc, best, m)]
        named = fuller[0] if fuller else best
    lonely = (best.kind not in title_kinds and sum(1 for m in mentions if m.kind == best.kind) == 1
              and not any(end != best.end for end in back[best.kind]) and not _leads(doc, best, where_title)
              # (not the Assembly told sitting on its day in the lead: "Tiếp tục chương trình làm việc chiều 20/6, các
              # đại biểu Quốc hội đã biểu quyết thông qua dự án Luật Cảnh vệ ...", what the article reports)
              and not (best.early and low[best.start:best.end] in _ASSEMBLY_TOLD))
    # (a meeting dated only by a word of recency, "Tại cuộc họp Hội đồng thẩm định vừa diễn ra ở Bộ Tư pháp", has no
    # day of its own either: a day written past the lead is its only when it may be)
    by_day = best.dated and bool(_DAY.search(low, best.sentence[0], best.sentence[1]))
    # (the bare "cuộc họp" an untitled crawl tells only deep down, a leader directing there, says nothing of where it
    # sat: a province the article names, even in the leader's title, "Phó Chủ tịch tỉnh Quảng Nam", is what it is about)
    placeless = undated and untitled and not best.early and _bare_sitting(doc, best, ("họp", _WORKING_SESSION)) \
        and best.setting and _directs_there(doc, best, mentions)
    return replace(_describe(doc, best, named, lonely), undated=undated, placeless=placeless,
                   doubt_days_after=None if undated or by_day else where_title[1] + _LEAD_CHARS)


#: a clause told as what came before the sentence's own news, up to the meeting it names: "sau khi Quốc hội kết thúc
#: phiên thảo luận chiều", "Sau khi kết thúc phiên họp Tổ sáng 23/5"
_AFTER_CLAUSE = re.compile(r"(?<!\w)sau\s+khi(?!\w)[^,;:!?\n]*$")
#: a lead that opens on the programme it goes on with, then the day: "Tiếp tục chương trình làm việc chiều 20/6, các đại
#: biểu Quốc hội đã biểu quyết thông qua ..."
_LEAD_IN_DAY = re.compile(r"\W*tiếp\s+tục\s+chương\s+trình(?:\s+làm\s+việc)?(?:\s+(?:của\s+)?kỳ\s+họp\s+thứ\s+\w+)?,?\s+"
                          + DAY_PHRASE)
#: words that put what follows ahead ("sẽ hội đàm", "dự kiến họp"; not _plans' "kế hoạch", a ministry's name too)
_WILL = re.compile(r"(?<!\w)(?:sẽ|dự kiến|chuẩn bị)(?!\w)")


#: a day of a month as its numbers: "30/4", "25-5", "14 tháng 10" (from a _DAY match)
_DAY_NUMBERS = re.compile(r"(\d{1,2})(?:\s*(?:[-–]|và|đến|tới)\s*\d{1,2})?(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})")


#: the days a meeting sits, written as a range of one month's days: "7 và 8/7", "25-26/5"
_DAY_RANGE = re.compile(r"(\d{1,2})\s*(?:[-–]|và|đến|tới)\s*(\d{1,2})")


def _ahead(low: str, m: Mention) -> bool:
    """Whether the sentence tells the mention's meeting as still ahead: "tháng 9 tới, Thủ tướng Chính phủ sẽ chủ trì hội
    nghị trực tuyến toàn quốc ...", "Hội nghị sẽ diễn ra vào ngày 25/6/2017"."""
    return _planned(low, m.sentence[0], m.start) or bool(_PLANNED_AFTER.match(low, m.end, m.sentence[1]))


def _told_another_time(doc: Doc, m: Mention, other: Mention) -> bool:
    """Whether `other`, of the same kind as the mention `m` the article reports, tells a meeting of another time, so
    that its name is not `m`'s: one still ahead where `m` was held ("Phó Thủ tướng Vương Đình Huệ phát biểu tại hội
    nghị. | ... Phó Thủ tướng cho biết tháng 9 tới, Thủ tướng Chính phủ sẽ chủ trì hội nghị trực tuyến toàn quốc về sơ
    kết 5 năm thực hiện Luật HTX ..."), one a past year dates ("tại cuộc họp Bộ trưởng Quốc phòng các nước thành viên
    NATO diễn ra vào tháng 2/2017"), or one written on another day ("chiều 12/7, UBND thành phố đã tổ chức buổi họp với
    đại diện Nguyễn Phước tộc ... | ... Trước đó, ngày 11/7, ... chủ trì cuộc họp về việc giải phóng mặt bằng ..."); not
    by a day or a year bounding what it is about ("Hội nghị triển khai quy định thu phí ... để áp dụng từ ngày 1/7",
    "Hội nghị tổng kết Chương trình ... được triển khai từ năm 2010")."""
    low = doc.low
    if _ahead(low, other) and not other.early and not _ahead(low, m):
        return True  # (one the lead tells ahead is the article's subject: "Triều Tiên sẽ cử một phái đoàn đến tham dự
        # hội nghị thượng đỉnh “Một vành đai, một con đường” sắp tới ở Trung Quốc" before "Hội nghị bắt đầu vào ngày 14-5")
    if _HELD_IN_YEAR.search(low, other.end, min(_name_span(doc, other)[1] + 40, other.sentence[1])):
        return True
    day, written = _day_of(doc, m), _day_written(doc, other)
    if day is None or written is None or day == written[2:]:
        return False
    if written[0] > other.start and _bounds(low, written[0], written[1]):
        return False  # (a day after the name that is not the meeting's: "... để áp dụng từ ngày 1/7")
    # (a day within the days it is written to sit: "Hội nghị thượng đỉnh G20 năm 2017 diễn ra trong hai ngày 7 và 8/7")
    days = _DAY_RANGE.match(low, written[0], written[1])
    return not (days and day[1] == written[3] and int(days.group(1)) <= day[0] <= int(days.group(2)))


#: a day written after a meeting's name that bounds a span or a deadline, not the meeting's day: "áp dụng từ ngày 1/7",
#: "hoàn thành trước ngày 30/6", "thời hạn đến ngày 15/7"
_BOUNDED_BY = re.compile(r"(?<!\w)(?:từ|đến|tới|trước|sau|hạn)\s+(?:(?:sáng|trưa|chiều|tối|đêm|hôm)\s+)?(?:ngày\s+)?$")
#: ... unless the days it sits run from it: "Hội nghị Tương lai châu Á lần thứ 23 tại Tokyo, Nhật Bản, từ ngày 4/6 đến
#: 8/6"
_SITS_FROM = re.compile(r"(?<!\w)từ\s+(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?$")
_SITS_TO = re.compile(r"\s*(?:đến|tới|[-–])\s*(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?\d")
#: ... or its days written as one range of a month: "từ ngày 1 đến 3/6", "từ 1-3/6" (not a day and its month, "từ ngày
#: 1-6", "từ ngày 1-6-2017")
_DAYS_OF_MONTH = re.compile(_DAY_RANGE.pattern + r"\s*(?:[/.-]|tháng\s)\s*\d{1,2}(?!\d)")


def _bounds(low: str, start: int, end: int) -> bool:
    """Whether the day written at [start, end) is a span's or a deadline's bound (_BOUNDED_BY), not the first of the
    days a meeting sat (_SITS_FROM ... _SITS_TO or _DAYS_OF_MONTH)."""
    before = low[max(0, start - 30):start]
    return bool(_BOUNDED_BY.search(before)) and not (_SITS_FROM.search(before) and (
        _SITS_TO.match(low, end) or _DAYS_OF_MONTH.match(low, start)))


def _caption_on_lead_day(doc: Doc, m: Mention, starts: Sequence[int], title: tuple[int, int]) -> bool:
    """Whether the mention is the meeting a photo's caption shows, named with its day ("trong cuộc họp báo ở Moskva
    ngày 26/5. Ảnh: AFP/TTXVN"), and the sentence right before or after the caption, no caption itself, tells that same
    day: the lead (or one of its first sentences) the caption was set beside, whose words were said there ("Theo Tân
    Hoa xã, ngày 26/5, Ngoại trưởng Trung Quốc Vương Nghị cho rằng ..."; "... trong cuộc họp báo ngày 24/4 (Ảnh:
    Reuters). Tham mưu trưởng Hải quân Indonesia Yudo Margono ngày 24/4 cho biết ..."). Not a caption of another day
    ("Thủ tướng Hàn Quốc mới được bổ nhiệm Lee Nak-yon trả lời báo giới sau cuộc họp tại Seoul ngày 18/5. (Nguồn:
    Yonhap/TTXVN) | Theo hãng thông tấn Yonhap, Quốc hội Hàn Quốc ngày 31/5 đã chấp thuận ...")."""
    low = doc.low
    s_start, s_end = m.sentence
    if not (_IN_IT_BEFORE.search(low, max(s_start, m.start - 6), m.start) and _dated_by_name(doc, m.end, s_end)):
        return False
    if not (_CAPTION.search(low, m.end, min(s_end + 8, len(low)))
            or _WIRE_CREDIT.search(low, m.end, min(s_end + 12, len(low)))):
        return False
    days = _figure_days(low, m.end, s_end)
    if not days:
        return False
    day = days[0]
    index = bisect.bisect_right(starts, s_start) - 1
    last = _lead_index(starts, title) + _LEAD_SENTENCES  # (past a long sapo: "Sáng 7/6, Phó thủ tướng Vương Đình Huệ
    # ... nghe các bộ ... báo cáo ... | Phó thủ tướng Vương Đình Huệ, ... tại cuộc họp sáng 7/6. Ảnh: Công Khanh.")
    for j in (index - 1, index + 1):
        if not 0 <= j < len(starts) or j > last and not m.early:
            continue
        start, end = starts[j], starts[j + 1] if j + 1 < len(starts) else len(low)
        if not _CAPTION.search(low, start, min(end + 8, len(low))) \
                and day in _figure_days(low, start, end):
            return True
    return False


#: the number of a "ngày" (_DAY's "ngày 26"), where the day and its month may follow: "ngày 26/5", "ngày 5 tháng 6"
_NGAY_NUMBER = re.compile(r"\d{1,2}$")


def _figure_days(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The days of a month between `start` and `end` as their numbers, (day, month), "ngày" before them or not: "ngày
    26/5" and "26-5" are (26, 5), "05/6" is (5, 6), a range its first day: "ngày 25-26/5" is (25, 5) (_days_in, which
    passes over a "ngày 26" that _DAY takes without its month); not a decree's number, a sum, a time ("8.30")."""
    return [day[2:] for day in _figured_days(low, start, end)]


def _figured_days(low: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """_figure_days with where each is written, as _days_in gives them."""
    out = []
    pos = start
    while m := _DAY.search(low, pos, end):
        full: re.Match[str] | None = m
        if low[m.start()] == "n":  # "ngày 26": its figures read again from the number, with the month after it
            full = _DAY.match(low, m.start() + _NGAY_NUMBER.search(m.group()).start(), end)
        pos = full.end() if full else m.end()
        if full:
            out += _days_in(low, full.start(), full.end())
    return out


def _days_in(low: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """The days of a month written between `start` and `end` (_DAY; not a decree's number, a year's range, a sum):
    (where each starts and ends, its day, its month)."""
    out = []
    for m in _DAY.finditer(low, start, end):
        numbers = _DAY_NUMBERS.match(low, m.start(), m.end())
        if numbers and 1 <= int(numbers.group(1)) <= 31 and 1 <= int(numbers.group(2)) <= 12:
            out.append((m.start(), m.end(), int(numbers.group(1)), int(numbers.group(2))))
    return out


def _day_of(doc: Doc, m: Mention) -> tuple[int, int] | None:
    """The day and month written for a mention in its sentence: the first after its name with no other meeting's noun
    between, else the last before it ("Theo đó, ngày 29/5/2017, Quốc hội đã thảo luận tại Hội trường ...")."""
    written = _day_written(doc, m)
    return written[2:] if written else None


def _day_written(doc: Doc, m: Mention) -> tuple[int, int, int, int] | None:
    """_day_of, with where the day is written (_days_in)."""
    low = doc.low
    name_end = max(m.end, min(_name_span(doc, m)[1], m.sentence[1]))
    after = _figured_days(low, name_end, m.sentence[1])
    if after and not any_kind_pattern().search(low, name_end, after[0][0]):
        return after[0]
    before = _figured_days(low, m.sentence[0], m.start)
    if before and not any_kind_pattern().search(low, before[-1][1], m.start):
        return before[-1]
    return None


#: how many words of a meeting's name after its noun tell it apart from another of its kind
_TELLING_WORDS = 4


def _name_words(doc: Doc, m: Mention) -> list[str]:
    """The words of a mention's name after its noun, in its sentence, without their punctuation."""
    end = min(_name_span(doc, m)[1], m.sentence[1])
    return [w.strip(".,;:!?()\"“”'") for w in doc.text[m.end:end].split()[:_TELLING_WORDS]]


def _told_again(doc: Doc, m: Mention, other: Mention) -> bool:
    """Whether `other` tells the same meeting as `m`: the same kind and day, or the same kind and the same capitalised
    first word of its name, its numbers not differing ("Đối thoại Shangri-La lần thứ 16" and "Đối thoại Shangri-La,
    diễn đàn ..."; not "Hội nghị Trung ương 5" and "Hội nghị Trung ương 6")."""
    if m.kind != other.kind:
        return False
    day = _day_of(doc, m)
    if day is not None and day == _day_of(doc, other):
        return True
    names = [_name_words(doc, n) for n in (m, other)]
    if not names[0] or not names[1] or names[0][0] != names[1][0] or not _CAPITAL.match(names[0][0]):
        return False
    numbers = [[w for w in words if w.isdigit() or w and set(w) <= _ROMAN.keys()] for words in names]
    return not numbers[0] or not numbers[1] or numbers[0] == numbers[1]


def _titled(doc: Doc, mentions: list[Mention], title: str | None, where_title: tuple[int, int],
            starts: Sequence[int]) -> list[Mention]:
    """The meeting the title names, held, when the lead opens on a day and tells what was done: "Kỳ họp thứ 3, Quốc hội
    khóa XIV: Nâng cao hiệu quả vốn đầu tư công ... | Chiều 14/6, sau phiên chất vấn ..., Bộ trưởng ... đã "đăng đàn"
    ..." (the report of that day's sitting); not a plan or a threat ("Thủ tướng sẽ hội đàm ... | Sáng 31/5, Thủ tướng
    sẽ hội đàm ...", "Ông Trump dọa bỏ vĩnh viễn họp báo | Ngày 12/5, ... dọa hủy các buổi họp báo")."""
    if not title:
        return []
    low = doc.low
    lead = doc.text.find("\n", where_title[0]) + 1
    if not (0 < lead <= where_title[1] + 1 and (_DAY_FIRST.match(low, lead) or _LEAD_IN_DAY.match(low, lead))):
        return _titled_undated(doc, mentions, title, where_title)
    done = _PAST_TENSE.search(low, lead, _sentence_at(starts, lead, len(low))[2])
    if not done or _WILL.search(low, lead, done.start()):
        return []
    kinds = _title_kinds(title)
    return [m for m in mentions if m.in_title and m.held and m.kind in kinds
            and not _planned(low, where_title[0], m.start)]


#: what may stand before the meeting's noun that opens a title or a sentence: spaces, an opening quote or bracket
_OPENING_MARKS = " \"“'‘«("
#: the words that make a title opening on a meeting's noun a sentence about it, not its name: "Hội nghị IFLA là Hội nghị
#: thường niên ...", "Hội thảo được tổ chức nhằm ...", "Hội nghị G20 sẽ ..."
_TITLE_NAME_ENDS = re.compile(r"\s+(?:là|được|sẽ|sắp|đã|đang|có|không|chưa|cần|phải|bị|vẫn|còn|nên)(?!\w)")


def _titled_undated(doc: Doc, mentions: list[Mention], title: str, where_title: tuple[int, int]) -> list[Mention]:
    """The meeting a title opens on by its name, in a page that writes no day at all, whose body comes back to it: "Tọa
    đàm 'văn hóa đọc sách' tại TP HCM | Thói quen đọc hiện nay của giới trẻ ... | Nhạc sỹ Trần Tiến, MC Quỳnh Hương,
    Nhà văn Danh Lam ... là những khách mời ... | Buổi tọa đàm về sách với chủ đề “Chúng ta đang đọc gì” ..." (a saved
    page whose day stood in the site's frame, lost with it: the report, undated). Not a title that says something of
    it ("Hội nghị IFLA là ...", "... sẽ ..."), a column's head before a colon ("Kỳ họp thứ 3 Quốc hội khóa XIV: Cần
    ..."), a question, or a title that tells it ahead or wished for."""
    low = doc.low
    folded = fold(title)
    if _DAY.search(low) or ":" in title or _QUESTION_TITLE.search(title) or _AHEAD_TITLE.search(folded) \
            or _WISHED_TITLE.search(folded):
        return []
    opening = next((m for m in mentions if m.in_title and not doc.text[where_title[0]:m.start].strip(_OPENING_MARKS)),
                   None)
    if opening is None or _TITLE_NAME_ENDS.match(low, opening.end, where_title[1]) \
            or not any(m.kind == opening.kind and not m.in_title for m in mentions):
        return []
    return [opening]


def _title_phrases(name: str, opening: bool) -> re.Pattern[str]:
    """The phrases of a word list as whole words of a folded title: opening it (`opening`) or anywhere in it."""
    return re.compile((r"\W*" if opening else r"(?<!\w)")
                      + r"(?:" + _alternation(fold(w) for w in lexicon.words(name)) + r")(?!\w)")


#: a question put by a pronoun to the one interviewed, opening it or closing it: "Thưa ông, ... như thế nào ...?",
#: "..., tại sao thưa ông?", "Liệu Phòng Giáo dục Đào tạo có thiếu quyết liệt ... không, thưa bà?"
_INTERVIEW = lexicon.WordLed(r"(?<!\w)thưa\s+(?:ông|bà|anh|chị)(?!\w)(?:\s*\?|,[^.?!\n]{0,200}\?)")
#: a title that opens a round-up of several items (detect_round_up.txt)
_ROUND_UP = _title_phrases("detect_round_up.txt", opening=True)
#: ... or a column of the week's or the day's items, named by a head of a few words: "Việt Nam trong tuần: Thêm một
#: biệt phủ ở Yên Bái ...", "Hashtag tuần qua: ...", "Thế giới ngày qua: ..." (not "Thời tiết hôm nay: ...", one item)
_ROUND_UP_WEEK = re.compile(r"\W*(?:[^\W\d]+\s+){1,3}(?:trong\s+tuần|tuần\s+qua|ngày\s+qua|24\s?h\s+qua|24\s+giờ\s+qua)"
                            r"\s*:")
#: ... or a list of a year's or a sector's foremost events, numbered: "10 sự kiện tiêu biểu của ngành thư viện năm
#: 2016 | ... 1. Hội nghị tổng kết 05 năm hoạt động thư viện ... diễn ra từ ngày 02-03/6/2016 tại Thành phố Đà Lạt",
#: "Những sự kiện nổi bật năm 2020", "Các sự kiện quan trọng của bóng đá Việt Nam trong năm 2017"
_TOP_EVENTS = re.compile(r"\W*(?:\d{1,2}|mười|những|các)\s+sự\s+kiện\s+(?:văn\s+hóa\s+|thư\s+viện\s+)?"
                         r"(?:tiêu\s+biểu|nổi\s+bật|đáng\s+chú\s+ý|quan\s+trọng|tiêu\s+điểm)(?!\w)")
#: ... or a lead that sums the items up as the week's most noted: "Thỏa thuận hợp tác hàng tỷ USD ..., thêm một hãng
#: hàng không mới và những cá nhân thành công khởi nghiệp là những vấn đề đáng chú ý tuần qua.", "Cuộc gặp gỡ của Thủ
#: tướng với cộng đồng doanh nghiệp Việt Nam là sự kiện nổi bật tuần qua, bên cạnh đó ...", "... là hai trong số
#: những hình ảnh đáng chú ý tuần qua."
_ROUND_UP_LEAD = lexicon.WordLed(r"(?<!\w)là\s+[^.;:!?\n]{0,60}?(?:nổi\s+bật|đáng\s+chú\s+ý)\s+(?:nhất\s+)?(?:trong\s+)?"
                                 r"(?:tuần|tháng)\s+(?:qua|này)(?!\w)")


#: a title that opens a market-price column (detect_market.txt)
_MARKET = _title_phrases("detect_market.txt", opening=True)
#: a football transfer column: "Chuyển nhượng 18/6: Ronaldo trở về MU, Alves đến Man City", "Chuyển nhượng Barca:
#: "Tiểu Xavi" rời PSG giá 100 triệu euro", "Tin chuyển nhượng 27/5: ..." (its "cuộc gặp" a player's or an agent's talks
#: with a club: "Ronaldo vừa có cuộc gặp với cựu HLV MU là Sir Alex"); told by a sports word in its lead, not a
#: business's "Chuyển nhượng vốn ..."
_TRANSFER_TITLE = re.compile(r"\W*(?:tin\s+)?chuyển\s+nhượng(?!\w)")


#: a phone call between leaders told as held: "Ông Trump điện đàm với tân tổng thống Hàn Quốc" (a title), "Ngày 30/6,
#: Tổng thống Mỹ Donald Trump đã có cuộc điện đàm với người đồng cấp Thổ Nhĩ Kỳ" (a lead), not "đang chuẩn bị tiến
#: hành điện đàm" (one ahead); or what a leader said on it: "Tổng thống Mỹ Donald Trump tuyên bố ... trong cuộc điện
#: đàm đầu tiên với Chủ tịch Tập Cận Bình" (under "Ông Trump lần đầu đối thoại với Chủ tịch Trung Quốc")
_PHONE_TITLE = re.compile(r"(?<!\w)điện\s+đàm(?!\w)")
_PHONE_LEAD = lexicon.WordLed(r"(?<!\w)(?:(?:đã|vừa)\s+(?:có\s+)?(?:(?:một\s+)?cuộc\s+)?|trong\s+cuộc\s+)điện\s+đàm(?!\w)")


def _phone_call(low: str, starts: Sequence[int], title: tuple[int, int], folded_title: str) -> bool:
    """Whether the title, or the lead (the first sentence after it), tells a phone call held: the article is the
    call's, and the meetings it names (the summit both agree to hold, "cuộc gặp cấp cao giữa hai nước"; a file photo's
    press conference) are not reported (not a call still ahead in the title: "Ông Trump sẽ điện đàm với ông Putin")."""
    call = _PHONE_TITLE.search(folded_title)
    if call and not _planned(folded_title, 0, call.start()):
        return True
    lead = _lead(starts, title[1], len(low), 600)
    return bool(lead and _PHONE_LEAD.search(low, *lead))


def _round_up_sapo(low: str, starts: Sequence[int], title_end: int) -> bool:
    """Whether the first sentence after the title, the lead, sums the article up as the week's items."""
    lead = _lead(starts, title_end, len(low), 600)
    return bool(lead and _ROUND_UP_LEAD.search(low, *lead))


@cache
def _season() -> re.Pattern[str]:
    """The season of shareholders' meetings, named as such (the surfaces of the kind "đại hội": "mùa ĐHCĐ", "mùa đại
    hội đồng cổ đông", "mùa họp đại hội cổ đông")."""
    names = (fold(s) for s, label in lexicon.labelled("event_kinds.txt").items() if label == "đại hội")
    return re.compile(r"(?<!\w)mùa\s+(?:họp\s+)?(?:" + _alternation(names) + r")(?!\w)")


def _season_of_meetings(doc: Doc, title: str | None, starts: Sequence[int], title_end: int) -> bool:
    """Whether the title or its lead tells the season of shareholders' meetings, whose many meetings the article
    rounds up or draws on: "Khóc cười mùa đại hội: Đại hội bất thành khi cổ đông lớn tranh giành quyền lực", "Chờ thông
    tin từ số ít ngân hàng chưa đại hội | Mùa đại hội đồng cổ đông (ĐHCĐ) ngân hàng đang dần đi qua, ...", "Mùa ĐHCĐ năm
    nay, nhiều DN là nhà thầu xây dựng đã vạch ra kế hoạch ..." (not one company's meeting, reported). An untitled
    crawl (a dantri text: a "# doc_id / # url / # date" header, then the body) is asked in its head."""
    if not title:
        return bool(_season().search(doc.low, 0, HEAD_CHARS))
    if _season().search(fold(title)):
        return True
    lead = _lead(starts, title_end, len(doc.low), 600)
    return bool(lead and _season().search(doc.low, *lead))


def _lead(starts: Sequence[int], title_end: int, size: int, most: int) -> tuple[int, int] | None:
    """The first sentence after the title (its first `most` characters), or None when the text ends there."""
    index = max(0, bisect.bisect_right(starts, title_end) - 1)  # (the title's span runs a few characters past it)
    if index >= len(starts):
        return None
    end = starts[index + 1] if index + 1 < len(starts) else size
    return starts[index], min(end, starts[index] + most)


def _trip_end_sapo(text: str, starts: Sequence[int], title_end: int) -> bool:
    """Whether the lead, the first sentence after a title that does not say so, tells the trip's end: the delegation
    home or leaving ("Tối 8/6, Thủ tướng ... đã về đến sân bay Nội Bài, Hà Nội, kết thúc tốt đẹp chuyến thăm chính thức
    Nhật Bản và dự Hội nghị Tương lai châu Á lần thứ 23" under "Chuyến đi 5 ngày với 50 hoạt động, 43 văn kiện và 22 tỷ
    USD"; "Kết thúc chuyến công du thứ hai, Tổng thống Trump tiếp tục là nhân tố khó dự đoán ..."): the article sums
    up the trip, as _TRIP_END's titles do. Not the last act before the end ("Trong bài phát biểu cuối cùng trước khi
    kết thúc chuyến công du đầu tiên đến Trung Đông, Tổng thống Mỹ Donald Trump ngày 23/5 cho rằng ...")."""
    span = _lead(starts, title_end, len(text), 400)
    if not span:
        return False
    lead = fold(text[span[0]:span[1]])
    return any(not re.search(r"(?<!\w)khi\s*$", lead[:m.start()]) for m in _TRIP_END.finditer(lead))


#: a title that weighs a trip or a meeting still ahead (detect_preview.txt) ...
_PREVIEW = _title_phrases("detect_preview.txt", opening=False)
#: ... which it or its lead names (detect_previewed.txt): "chuyến công du", "chuyến thăm", "cuộc gặp", "Đối thoại
#: Shangri-La", "hội nghị G7"
_PREVIEWED = re.compile(r"(?<!\w)(?:" + _alternation(lexicon.words("detect_previewed.txt"), spaces=True) + r")(?!\w)")


def _previewed(text: str, title: str, starts: Sequence[int], title_end: int) -> bool:
    """Whether the title previews a trip or a meeting still ahead (_PREVIEW), which it or the lead, the first sentence
    after it, names: "Kỳ vọng làn sóng đầu tư mới từ xứ sở Phù Tang | Với lịch trình hoạt động dày đặc, chuyến thăm
    chính thức Nhật Bản của Thủ tướng ... (từ 4 - 8/6) được kỳ vọng sẽ ..." (title: folded). The caller requires the
    meeting undated: a preview of one fixed for its day ("Ít kỳ vọng vào cuộc gặp thượng đỉnh Trump - Putin | ... vào
    ngày 7/7") is an announced meeting."""
    if not _PREVIEW.search(title):
        return False
    span = _lead(starts, title_end, len(text), 400)
    return bool(_PREVIEWED.search(title) or span and _PREVIEWED.search(fold(text[span[0]:span[1]])))


#: a byline that closes a text compiled from several sources: "Lệ Thu (tổng hợp)"
_COMPILED_BYLINE = re.compile(r"[^\n]{0,40}\(\s*tổng\s+hợp\s*\)[^\n]{0,30}$", re.IGNORECASE)
#: a subhead: a short line of words with no stop, no caption's or list's mark ("Cấp giấy chứng nhận hoàn thành chương
#: trình THCS cho học viên trường Múa", "Tân Bộ trưởng Bộ GD-ĐT Nguyễn Kim Sơn gửi thư tới các thầy, cô giáo")
_SUBHEAD = re.compile(r"[^\W\d_\-*•+][^\n]{20,120}(?<![.!?…:;,)\"”'’])$")


def _compiled_digest(text: str) -> bool:
    """A compiled digest: its byline says compiled ("(tổng hợp)") and three subheads or more split it into items (the
    week's education news: the Deputy PM's conclusions, the new minister's letter, the textbooks' prices), each its own
    story; one meeting's report signs with its reporters' names."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 6 or not any(_COMPILED_BYLINE.match(line) for line in lines[-2:]):
        return False
    return sum(1 for line in lines[2:-1] if _SUBHEAD.match(line) and len(line.split()) >= 5) >= 3


#: ... or that tells a trip's end, which sums up its meetings (detect_trip_end.txt)
_TRIP_END = lexicon.WordLed(_title_phrases("detect_trip_end.txt", opening=False))
#: a month or a quarter that dates a meeting by its period: "họp báo thường kỳ tháng 5", "họp báo thường kỳ quý II"
_MONTH = re.compile(r"(?<!\w)(?:tháng|quý)\s*(?:\d{1,2}|[ivx]{1,4})(?!\w)")
#: a title that asks a question: "Mỹ nói gì về số bệ phóng khiến Tổng thống Hàn sốc?", "Cây trồng chuyển gen có phải là
#: giải pháp tối ưu?"
_QUESTION_TITLE = re.compile(r"\?[\s\"”'’»]*$")
#: a meeting a title names by a verb or a bare noun ("Gặp Ngoại trưởng Qatar, ông Lavrov nói gì?")
_TITLE_MEETINGS = _alternation(fold(w) for w in lexicon.words("detect_title_meetings.txt"))
_TITLE_MEETING = re.compile(r"(?<!\w)(?:" + _TITLE_MEETINGS + r")(?!\w)")
#: a title that tells a meeting only wished for or offered ("Đức muốn họp bộ tứ Normandy ...", "Tổng thống Putin nói sẵn
#: sàng gặp ông Trump tại Slovenia", "Tổng thống Mỹ mong đợi cuộc gặp với Tổng thống Putin")
_WISHED_TITLE = re.compile(r"(?<!\w)(?:" + _alternation(fold(w) for w in lexicon.words("detect_title_wishes.txt"))
                           + r")\s+(?:(?:sẽ|có|tổ chức|được|một|cuộc|buổi)\s+)*(?:" + _TITLE_MEETINGS + r")(?!\w)"
                           # ... or one offered on a condition: "Triều Tiên tuyên bố sẽ hội đàm với Mỹ nếu 'điều kiện
                           # thuận lợi'"
                           + r"|(?<!\w)sẽ\s+(?:" + _TITLE_MEETINGS + r")(?!\w)[^,.;:!?]{0,60}?\snếu(?!\w)")


#: a title that tells its meeting as still ahead, by a word of the future before the meeting's verb or noun ("G-7 chuẩn
#: bị nhóm họp lần đầu kể từ khi ông Trump nhậm chức", "Bộ trưởng TN-MT: Sẽ họp báo vụ nổ ở Formosa"; not "sẽ gặp khó
#: khăn"): with no day the article gives a meeting of the kind it reports, a preview, not a report
_AHEAD_TITLE = re.compile(r"(?<!\w)(?:(?:sẽ|sắp)\s+(?:nhóm\s+)?(?:" + _TITLE_MEETINGS + r")"
                          # (after "chuẩn bị" or "dự kiến", only the verb: "chuẩn bị hội nghị" is what a meeting held
                          # prepares, "họp chuẩn bị", "công tác chuẩn bị" its topic)
                          r"|(?<!họp\s)(?<!tác\s)(?:dự\s+kiến|chuẩn\s+bị)\s+(?:nhóm\s+)?họp)(?!\w)(?!\s+khó)")


def _asks_from_a_source(doc: Doc, best: Mention, title: str | None, title_kinds: set[str],
                        where_title: tuple[int, int], starts: Sequence[int]) -> bool:
    """Whether a question title ("Còn kiểm soát 10% Marawi, vì sao IS mãi chưa bị đánh bật?", "Nga có sợ Trung Quốc
    'nuốt chửng' nền kinh tế?") is answered from a meeting the article names with no day of its own, by its common
    noun: "Trả lời trong cuộc họp báo, ông Lorenzana nói ...", "Tại cuộc họp báo, phát ngôn viên Lầu Năm Góc Jeff Davis
    nói ...", "Trong một cuộc họp cổ đông, ông Chang Chang-lin ... chia sẻ" (an analysis or a feature that quotes it).
    Not when the title names the meeting ("Gặp Ngoại trưởng Qatar, ông Lavrov nói gì?"), nor a meeting named as
    such ("Phát biểu tại Diễn đàn Kinh doanh “Triển vọng hợp tác ...”"), nor one its period dates ("Tại buổi họp báo
    thường kỳ quý II Bộ Công Thương, ..."), nor a report whose lead opens on the day ("Ngày 20/6, Tổ công tác của Thủ
    tướng ... đã kiểm tra Tập đoàn Dệt may ... Tại buổi làm việc, ...", under "Từ cái kim, sợi chỉ ... nội địa hóa như
    thế nào?"), nor a match's own press conference, named so ("sau trận": _of_the_match), where what the title asks is
    told ("HLV U23 Malaysia nói gì về chiến thắng của U23 Việt Nam? | ... Phát biểu trong buổi họp báo sau trận đấu tối
    qua, HLV Frank Bernhardt ...")."""
    if not title or not _QUESTION_TITLE.search(title) or title_kinds or _TITLE_MEETING.search(fold(title)):
        return False
    low = doc.low
    if best.kind == PRESS and _of_the_match(low, best):
        return False
    return (not _CAPITAL.match(doc.text, best.start) and not _MONTH.search(low, *best.sentence)
            and not any(_DAY_FIRST.match(low, at) for at in starts if where_title[0] < at <= best.sentence[0]))


def _bare_sitting(doc: Doc, mention: Mention, kinds: tuple[str, ...] = ("họp",)) -> bool:
    """A "buổi họp", "cuộc họp" (or another of `kinds`: "buổi làm việc") named by its noun alone, which may be any
    meeting the article has named."""
    return mention.kind in kinds and _name_span(doc, mention)[1] - mention.end < 3


def _leads(doc: Doc, mention: Mention, title: tuple[int, int]) -> bool:
    """Whether the mention is held and dated in a sentence of the lead that opens on its day, or on the meeting itself
    as the setting of what the article tells ("Trong phiên họp thứ 55, sáng 27/4, UB Thường vụ Quốc hội đã xem xét
    nội dung trên."), not a photo's caption. (Its own verb may hold it there: "Tại Hội thảo khoa học “Phát huy vai trò
    ...” do Ban Tuyên giáo Tỉnh uỷ phối hợp với Sở Khoa học và Công nghệ ... tổ chức sáng 31.10 đã nhận được nhiều bài
    tham luận ...", a video's one-sentence report.)"""
    low = doc.low
    opens_at_it = mention.start - mention.sentence[0] < 60 \
        and bool(_AT_START.match(low[mention.sentence[0]:mention.start]))
    return (mention.governed and mention.dated and mention.sentence[0] - title[1] <= _OPENING_CHARS
            and (bool(_DAY_FIRST.match(low, mention.sentence[0]))
                 or (mention.setting or opens_at_it) and bool(_DAY.search(low, *mention.sentence))
                 and not _CAPTION.search(low, mention.start, min(mention.sentence[1] + 8, len(low)))))


#: the published conclusions of a meeting: "Văn phòng Chính phủ vừa có thông báo kết luận của Thủ tướng Nguyễn Xuân Phúc
#: tại cuộc họp về vấn đề sân golf ...": the notice reports the meeting, whose day it seldom gives
_CONCLUDED_AT = re.compile(r"(?<!\w)kết luận(?:\s+chỉ\s+đạo)?\s+của\s+[^.;:!?\n]{2,80}?\s(?:tại|trong)\s+" + _ITS_NOUN)


#: ... not a document that carries them out: "Sở GD&ĐT Sơn La gửi văn bản ... về việc thực hiện Thông báo số 16/TB-VPUB
#: ... thông báo kết luận của ông Bùi Đức Hải ... tại Hội nghị tổng kết ..."
_CARRIES_OUT = re.compile(r"(?<!\w)(?:thực hiện|triển khai|quán triệt)(?!\w)")


def _concluded_at(low: str, start: int, at: int) -> bool:
    """Whether the meeting at `at` is the one whose conclusions its sentence (from `start`) publishes."""
    found = _CONCLUDED_AT.search(low, start, at)
    return bool(found) and not _CARRIES_OUT.search(low, start, found.start())


#: the conclusions of a meeting, notified: "Văn phòng Chính phủ vừa truyền đạt kết luận của Phó Thủ tướng Thường trực
#: Trương Hòa Bình tại | cuộc họp Thường trực Chính phủ về ...", "Đó là nội dung tại Thông báo kết luận của Thủ tướng ...
#: tại | buổi làm việc với lãnh đạo tỉnh Quảng Ninh" (the meeting held, its day untold; the notice's number and day
#: may stand before, or only its "số" when a crawl lost the number: "Văn phòng Chính phủ vừa có thông báo số kết luận
#: của Thủ tướng Chính phủ Phạm Minh Chính tại cuộc họp Thường trực Chính phủ", "Thông báo số 03/TB-VPCP ngày 5/1/2017
#: kết luận của ...")
_CONCLUSIONS_OF = re.compile(r"(?<!\w)(?:thông báo|truyền đạt|công bố|ban hành)\s+"
                             r"(?:số\s+(?:\d[\w/.-]*\s+)?(?:ngày\s+\d[\d/.-]*\s+)?(?:về\s+)?)?"
                             r"(?:ý kiến\s+)?kết luận\s+(?:của\s+)?"
                             r"[^.;:!?\n]{0,150}?\s(?:tại|trong)\s+$")


#: how far before a governed mention of a weak kind a dated one of the same kind may stand to date it
_DATED_BEFORE_REACH = 300


def _dated_just_before(m: Mention, mentions: list[Mention]) -> bool:
    """Whether a dated mention of the same kind stands just before `m`, in an earlier sentence: "... được Thường trực
    Chính phủ lưu ý tại cuộc họp mới đây về Dự án ... Cuộc họp do Thủ tướng Nguyễn Xuân Phúc chủ trì, ..." (the one
    meeting, told as held recently, then governed by its chair)."""
    return any(o.kind == m.kind and o.dated and o.held and o.sentence[1] <= m.sentence[0]
               and m.start - o.end <= _DATED_BEFORE_REACH for o in mentions)


def _undated_reports(doc: Doc, mentions: list[Mention], title: tuple[int, int],
                     untitled: bool = False) -> list[Mention]:
    """When no mention is held on a given day: the meetings the article's body opens on, as the setting of what it
    tells ("Tại hội thảo giá trị lịch sử, văn hóa đền thờ ..., Giáo sư X cho rằng") or as held in the past or under
    way ("Kết thúc ngày làm việc đầu tiên trong khuôn khổ Hội nghị Thượng đỉnh G7 ..."). Not one the sentence puts in a
    past year ("Cuộc họp thượng đỉnh liên Triều cuối cùng diễn ra vào năm 2007"), a plan ("kiểm toán có thể tổ chức
    họp báo"), a person's move ("đến làm việc tại Văn phòng Bộ"), one only announced ("Báo Dân trí tổ chức buổi Tọa
    đàm trực tuyến ..."), or a summons ("yêu cầu lái xe lên làm việc. Tại buổi làm việc, ông X tường trình")."""
    low = doc.low
    visit = None  # (whether the lead tells of a leader's visit, asked once)
    starts = sentence_offsets(doc.text)
    index = _lead_index(starts, title)
    lead_start = starts[index] if index < len(starts) else -1

    def early_or_visit(m: Mention) -> bool:
        nonlocal visit
        if m.sentence[0] < title[1] + _OPENING_CHARS:
            return True
        if follows(m):
            return True
        if m.setting and m.kind != PRESS and m.start - m.sentence[0] < _OPENER_CHARS \
                and m.sentence[0] < title[1] + _LEAD_CHARS and _after_a_dated_sentence(doc, m.sentence[0]):
            # a long lead, then "Tại buổi đối thoại, ..." right after the sentence that opens on the day (not a press
            # conference, which such a story names as the source of a statement: "Phát biểu tại cuộc họp báo ở Doha")
            return True
        if m.setting and m.kind != PRESS and m.start - m.sentence[0] < _OPENER_CHARS \
                and _set_again(doc, m, mentions, title):
            # deep down, with no day written up to there, a meeting a later sentence comes back to as the setting of
            # what another official said: "Chia sẻ tại buổi họp, ... | Cũng tại buổi họp, ông Lê Xuân Định ..."
            return True
        # deeper down, the bare "cuộc họp", "buổi làm việc" that sets what a leader said, in a report whose lead opens
        # on the day of a leader's visit: "Ngày 28/4, Phó Thủ tướng Chính phủ Trương Hòa Bình kiểm tra, giám sát công
        # tác phòng, chống dịch ... Phát biểu kết luận cuộc họp, Phó Thủ tướng ..." (the visit held that meeting)
        if not (m.setting and _bare_sitting(doc, m, ("họp", _WORKING_SESSION))):
            return False
        if untitled and _directs_there(doc, m, mentions):
            return True
        if visit is None:
            visit = _visit_lead(doc, title)
        return visit

    def notified(m: Mention) -> bool:
        return bool(_CONCLUSIONS_OF.search(low, m.sentence[0], m.start))

    def follows(m: Mention) -> bool:
        # what followed the occasion the sentence before tells on its day, told by its verb: "Chiều 4/7, Lễ đón Chủ
        # tịch Quốc hội Lào ... diễn ra trang trọng tại Trung tâm Hội nghị tỉnh Sơn La. | Ngay sau Lễ đón, Chủ tịch
        # Quốc hội Lào Pany Yathotou đã làm việc với các đồng chí lãnh đạo tỉnh Sơn La" (the same afternoon)
        if not _RIGHT_AFTER.match(low, m.sentence[0]):
            return False
        if m.governed and m.start - m.sentence[0] < _OPENER_CHARS:
            return _after_a_dated_sentence(doc, m.sentence[0]) or _occasion_dated_before(doc, m.sentence[0])
        # ... or by its verb with no tense, a leader or a delegation its subject, however long its titles: "Chiều 25/4,
        # tại Hà Nội, Thượng tướng Phan Văn Giang ... chủ trì Lễ đón Thượng tướng Ngụy Phượng Hòa ... | Sau Lễ đón,
        # Đoàn đại biểu quân sự cấp cao Việt Nam do Thượng tướng Phan Văn Giang làm Trưởng đoàn hội đàm với Đoàn ..."
        verb = low[m.start:m.end]
        return m.held and m.start - m.sentence[0] < _SUBJECT_CHARS \
            and (verb in _VERB_KINDS and verb != PRESS or verb in _SELF_HELD or verb in _DAY_LED or verb in _RECEIVES) \
            and bool(_leaders().search(low, m.sentence[0], m.start)) and not _planned(low, m.sentence[0], m.start) \
            and not _NOT_DONE.search(low, m.sentence[0], m.start) \
            and (_after_a_dated_sentence(doc, m.sentence[0]) or _occasion_dated_before(doc, m.sentence[0]))

    def echoes(m: Mention) -> bool:
        return m.start - m.sentence[0] < _OPENER_CHARS and _echoes_lead(doc, m, title)

    def said_in_lead(m: Mention) -> bool:
        # the lead's words, then their speaker and a speech verb set at the meeting: "“TTCK cần trở thành kênh huy động
        # vốn chủ lực cho doanh nghiệp ...”, Chủ tịch HĐQT FLC ... Trịnh Văn Quyết chia sẻ tại Hội thảo "Chọn chiến
        # lược đầu tư ..."" (not a press conference, which such a lead names as the source of a quote)
        return m.setting and m.kind != PRESS and m.sentence[0] == lead_start \
            and bool(_said_at().search(low, max(m.sentence[0], m.start - _BEFORE), m.start))

    return [m for m in mentions
            if _match_press(doc, m, title)
            or (m.governed or notified(m) or echoes(m) or follows(m))
            and not m.in_title and not m.dated and not (m.setting and _to_come(doc, m))
            and not _FOLLOWED.search(low, max(m.sentence[0], m.start - 30), m.start)
            and (early_or_visit(m) or echoes(m) or notified(m) and m.sentence[0] < title[1] + _LEAD_CHARS)
            and (m.start - m.sentence[0] < _OPENER_CHARS or follows(m) or _concluded_at(low, m.sentence[0], m.start)
                 or m.setting and bool(_BACK_OPENER.match(low, m.sentence[0])
                                       or _SAID_SO_AT.search(low, m.sentence[0], m.start))
                 or said_in_lead(m))
            and (low[m.start:m.end] not in _SELF_HELD or follows(m))
            and (notified(m) or not _planned(low, m.sentence[0], m.start))
            and not _PAST_YEAR.search(low, m.sentence[0], _said_from(low, m))
            and not _YEAR_OPENER.match(low, m.sentence[0])
            and not _LAST_YEAR_AFTER.match(low, m.end, m.sentence[1])
            and not _VAGUE_AFTER.match(low, m.end, m.sentence[1])  # (nor undated, a week back: recalled)
            and (m.setting or _PAST_TENSE.search(low, *m.sentence) or _acts(doc, m.start, m.end, m.sentence[1])
                 or echoes(m) or follows(m))
            and not (m.kind == _WORKING_SESSION and _SUMMONS.search(low, 0, m.sentence[1]))]


#: a later sentence that opens on the same meeting as the setting of what it tells: "Cũng tại buổi họp, ông Lê Xuân
#: Định, Thứ trưởng Bộ Khoa học và Công nghệ ... nhận định ...", "Tại hội thảo, ..."
#: (the verbs: tells_verbs.txt's "again")
_SET_AGAIN = re.compile(r"\W*(?:cũng\s+|ngoài ra,?\s+|bên cạnh đó,?\s+)?"
                        r"(?:(?:" + _alternation(lexicon.tagged("tells_verbs.txt", "again")) + r")\s+)?"
                        r"(?:tại|trong)\s+")


#: what may stand before a meeting's noun in its mention ("buổi họp", "cuộc họp")
_CLASSIFIERS = frozenset({"", "buổi", "cuộc", "phiên"})


def _set_again(doc: Doc, m: Mention, mentions: list[Mention], title: tuple[int, int]) -> bool:
    """Whether an article with no day written up to there sets the statements of a later sentence at the meeting `m`
    sets deep in its body: "Chia sẻ tại buổi họp, ông Nguyễn Hoàng Linh - Phó Tổng cục trưởng ... cho biết ... | Cũng
    tại buổi họp, ông Lê Xuân Định, Thứ trưởng ... nhận định ..." (the article is told from that undated meeting)."""
    low = doc.low
    again = next((o for o in mentions if o.kind == m.kind and o.sentence[0] >= m.sentence[1]
                  and (at := _SET_AGAIN.match(low, o.sentence[0]))
                  and low[at.end():o.start].strip() in _CLASSIFIERS), None)
    return again is not None and not _DAY.search(low, title[1], again.sentence[1])


def _said_from(low: str, m: Mention) -> int:
    """Where the words said at the meeting start in its sentence, past a speech verb after its name and its comma or
    "rằng" (else the sentence's end): a year there is what was said, not when it sat ("Tại Hội nghị phân tích toàn
    cầu của Huawei ..., Chủ tịch luân phiên của Huawei Từ Chí Quân đã thông báo rằng ... sẽ ra mắt công nghệ mạng 6G
    vào năm 2030")."""
    told = _TELLS.search(low, m.end, m.sentence[1])
    return told.end() if told else m.sentence[1]


#: the clause a sentence opens on after "Làm việc với", to its comma: "(Làm việc với) ngành y tế tỉnh Hòa Bình sáng
#: 31-5,", "(Làm việc với) đoàn công tác của Bộ Y tế,"
_WITH_CLAUSE = re.compile(r"(?:[^,.;:!?\n]|\.(?=\w)){3,120}?,")


def _opens_on_session(low: str, match: re.Match[str], s_start: int, k_start: int, k_end: int,
                      s_end: int) -> tuple[re.Match[str], re.Match[str]] | None:
    """For a sentence that opens on "Làm việc với ...": the clause of those it is held with, to its comma, and the
    first leader the sentence names after it ("Làm việc với ngành y tế tỉnh Hòa Bình sáng 31-5, Bộ trưởng Bộ Y tế ...
    yêu cầu"); None for another sentence, or one that names no leader there."""
    if match.group(0) != "làm việc với" or low[s_start:k_start].strip(" \"“'‘(") \
            and not _DAY_CLAUSE_OPENER.fullmatch(low, s_start, k_start):
        return None
    clause = _WITH_CLAUSE.match(low, k_end, s_end)
    who = clause and _leaders().search(low, clause.end(), s_end)
    return (clause, who) if who else None


#: who speaks after the clause of those a session is held with, by a short subject: ", ông Thăng cho biết,"
_SPEAKER_TELLS = re.compile(r"\s*[^,.;:!?\n]{2,40}?\s(?:" + _alternation(lexicon.tagged("tells_verbs.txt", "said"))
                            + r")(?:\s*,|\s+rằng(?!\w))")


def _led_before(low: str, match: re.Match[str], starts: Sequence[int], index: int, s_start: int, k_start: int,
                k_end: int, s_end: int) -> bool:
    """Whether a sentence opening on "Làm việc với ...", no day in that clause, then who speaks by a short subject,
    comes right after the sentence that opens on its day and names a leader: "Ngày 5/2, ông Đinh La Thăng, Bí thư
    Thành ủy TP.HCM đã đến Bình Dương khảo sát ... | Làm việc với lãnh đạo tỉnh Bình Dương, ông Thăng cho biết, ..."
    (the session is the leader's trip, on its day; not the police's or the press's: "Làm việc với cơ quan công an,
    H. khẳng định ...")."""
    if match.group(0) != "làm việc với" or index == 0 or low[s_start:k_start].strip(" \"“'‘("):
        return False
    clause = _WITH_CLAUSE.match(low, k_end, s_end)
    if not clause or _DAY.search(low, k_end, clause.end()) or _with_press_or_questioned(clause.group(0)) \
            or _QUESTIONING.search(clause.group(0)):
        return False
    before = starts[index - 1]
    return bool(_SPEAKER_TELLS.match(low, clause.end(), s_end)) and bool(_DAY_FIRST.match(low, before)) \
        and bool(_leaders().search(low, before, s_start))


#: a leader who directs at the meeting the sentence opens on: "giao cho tổ sắp xếp hoàn thiện kế hoạch ...", "yêu cầu"
_DIRECTS = re.compile(r"(?<!\w)(?:giao(?:\s+nhiệm\s+vụ)?\s+cho|yêu cầu|chỉ đạo|đề nghị)(?!\w)")


def _directs_there(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """In a crawl that lost its title and lead, whether the only meeting held is the bare "cuộc họp" a sentence deep
    down opens on, a leader directing there: "Tại cuộc họp, ông Trần Văn Tân - Phó Chủ tịch tỉnh Quảng Nam giao cho tổ
    sắp xếp hoàn thiện kế hoạch sáp nhập sớm nhất" (the lost lead told that meeting)."""
    low = doc.low
    if m.start - m.sentence[0] >= _OPENER_CHARS or any(o.held and o.start != m.start for o in mentions):
        return False
    who = _leaders().search(low, m.end, m.sentence[1])
    return bool(who) and bool(_DIRECTS.search(low, who.end(), m.sentence[1]))


#: a match's own press conference, named by the match: "họp báo sau trận", "buổi họp báo trước trận đấu"
_OF_THE_MATCH = re.compile(r"\s+(?:sau|trước)\s+(?:khi\s+)?trận(?!\w)")
#: how far after "họp báo sau trận" the words said there are looked for
_MATCH_PRESS_WORDS = 80


def _of_the_match(low: str, m: Mention) -> re.Match[str] | None:
    """The match a press conference is named by, after its noun or in it ("phòng họp báo sau trận": event_kinds.txt)."""
    return _OF_THE_MATCH.match(low, m.end, m.sentence[1]) or _OF_THE_MATCH.search(low, m.start, m.end)


@cache
def _coach() -> re.Pattern[str]:
    """A coach (detect_coaches.txt), whose words at the match's press conference a title tells."""
    return re.compile(r"(?:" + _alternation((fold(w) for w in lexicon.words("detect_coaches.txt")), word_start=True)
                      + r")(?!\w)")


def _match_press(doc: Doc, m: Mention, title: tuple[int, int]) -> bool:
    """A sports report that opens on what a coach or a player said at the press conference before or after the match,
    which is the event it reports, the match's day its own: "Họp báo sau trận, HLV Hữu Thắng chia sẻ: ...", "Bản thân
    HLV Hữu Thắng cũng thừa nhận điều này trong buổi họp báo sau trận đấu: ..." (in the lead; deeper down it is a
    quote's source in a preview or a match report, unless the title tells a coach's words and a coach speaks there:
    "HLV U23 Malaysia nói gì về chiến thắng của U23 Việt Nam? | ... Phát biểu trong buổi họp báo sau trận đấu tối qua,
    HLV Frank Bernhardt bên phía U23 Malaysia cho biết ...")."""
    if m.kind != PRESS or not m.held or m.in_title:
        return False
    low = doc.low
    # (deeper than the lead, a coach named in the title's own words, not the lead's first, and one in its sentence)
    if m.sentence[0] >= title[1] + _LEAD_CHARS and not (
            _coach().search(low, title[0], max(title[0], title[1] - _TITLE_SLACK))
            and _coach().search(low, m.sentence[0], m.sentence[1])):
        return False
    of = _of_the_match(low, m)
    if not of or _planned(low, m.sentence[0], m.start) or _PAST_YEAR.search(low, *m.sentence) \
            or _LAST_YEAR_AFTER.match(low, m.end, m.sentence[1]):
        return False  # (one still to come, or of a match long past: "buổi họp báo sau trận hồi tháng trước")
    # (the words said there right after it: within the clause that follows, a speech verb or a colon)
    near = min(m.sentence[1], of.end() + _MATCH_PRESS_WORDS)
    return m.setting or bool(_says_after().search(low, of.end(), near)) or low.find(":", of.end(), near) >= 0


#: the occasion such a sentence opens on, by its name: "Sau Lễ đón, ...", "Ngay sau lễ khai mạc, ..."
_AFTER_OCCASION = re.compile(r"\W*(?:ngay\s+)?sau\s+(?:khi\s+kết\s+thúc\s+)?((?:buổi\s+)?lễ\s+[^\W\d]+)(?!\w)")
#: how many sentences back the occasion may be told on its day (a state visit's welcome tells its rites, the hosts, the
#: anthems and a caption between the welcome on its day and "Ngay sau lễ đón, ...")
_OCCASION_BACK = 7
#: a day written before the occasion's name in its sentence
_DAY_BEFORE = re.compile(DAY_PHRASE)


def _occasion_told(doc: Doc, start: int) -> Iterator[tuple[int, int, int]]:
    """Where the occasion the sentence at `start` opens after ("Sau Lễ đón, Chủ tịch nước ... đã có cuộc hội đàm") is
    named in the few sentences before it, nearest first: (the sentence's start, the name's place, the sentence's end)."""
    low = doc.low
    named = _AFTER_OCCASION.match(low, start)
    if not named:
        return
    occasion = named.group(1).removeprefix("buổi").strip()
    starts = sentence_offsets(doc.text)
    index = bisect.bisect_left(starts, start)
    for i in range(index - 1, max(-1, index - 1 - _OCCASION_BACK), -1):
        at = low.find(occasion, starts[i], starts[i + 1])
        if at >= 0:
            yield starts[i], at, starts[i + 1]


def _occasion_dated_before(doc: Doc, start: int) -> bool:
    """Whether the occasion the sentence at `start` opens after is told on its day a few sentences before, a caption or
    a word on the guests between: "Sáng 7/6, tại Phủ Chủ tịch, Chủ tịch nước Trần Đại Quang đã chủ trì Lễ đón trọng
    thể Tổng thống Milos Zeman ... | Về phía Cộng hòa Séc có các thành viên trong Đoàn ... | Sau Lễ đón, Chủ tịch nước
    Trần Đại Quang đã có cuộc hội đàm với Tổng thống ..." (past one that names it undated: "Tham dự Lễ đón, ...")."""
    return any(_DAY_BEFORE.search(doc.low, first, at) for first, at, _ in _occasion_told(doc, start))


#: how far into such a sentence its verb may stand, past its subject's titles
_SUBJECT_CHARS = 200
#: a sentence that opens on the occasion the one before it told, or on what came straight after it: "Ngay sau Lễ đón,
#: ...", "Sau buổi lễ, ...", "Ngay sau đó, ..." (not "Sau đó", "Tiếp đó": any later day)
_RIGHT_AFTER = re.compile(r"\W*(?:(?:ngay\s+)?sau\s+(?:khi\s+kết\s+thúc\s+)?(?:lễ|buổi|cuộc|phiên)|ngay\s+sau\s+đó)"
                          r"(?!\w)")
#: how many words right after a meeting's noun must be the lead's for the meeting to be what the lead tells
_ECHO_WORDS = 3
#: ... those words (no mark between)
_WORDS_AFTER = re.compile(r"[ \t]+((?:[^\W\d]+[ \t]+){%d}[^\W\d]+)(?!\w)" % (_ECHO_WORDS - 1))


#: a session that hands down a decision, a law's order or conclusions ("buổi công bố", event_kinds.txt)
_ANNOUNCING = "buổi công bố"
#: how many sentences after the title may be the lead a meeting named deeper down echoes (a sapo, a caption, the lead)
_ECHO_LEADS = 3


def _echoes_lead(doc: Doc, m: Mention, title: tuple[int, int]) -> bool:
    """Whether the meeting, named deeper down by what was done at it, is what the lead's first sentence, which holds a
    day, tells was done: "Chiều 22/6, Sở NN&PTNT tỉnh Bình Định đã công bố kết quả thẩm định chất lượng 18 tàu ... |
    Cuộc họp công bố kết quả thẩm định có sự tham gia của nhiều ngư dân" (the words right after the noun, in lower case:
    not a name, "cuộc họp báo tác giả Phạm Tuấn Sơn"; not a plan, "sẽ công bố kết quả")."""
    after = _WORDS_AFTER.match(doc.text, m.end)
    # (a session named by what it hands down echoes the verb with its object, a name in capitals as the lead writes it:
    # "Chiều 12/7, ... Giang Sơn đã tiếp tục công bố Lệnh của Chủ tịch nước ... | ... Giang Sơn chủ trì buổi Công bố
    # Lệnh của Chủ tịch nước")
    announced = m.kind == _ANNOUNCING
    if not after or not (announced or after.group(1).islower()):
        return False
    starts = sentence_offsets(doc.text)
    index = _lead_index(starts, title)
    if index >= len(starts) or starts[index] >= m.start:
        return False
    low = doc.low
    words = (_ANNOUNCING.split()[1:] if announced else []) + after.group(1).lower().split()
    echo = None  # compiled for the first lead that holds its first word (each match holds it)
    # (or, after a sapo with no day and a photo's caption, the next sentence that opens on its day: "Bộ GTVT đã triển
    # khai ngay trong ngày 2 nhân sự cấp cao ... | Thứ trưởng ... trao Quyết định cho ông Bùi Thế Hùng | Chiều 3/7, tại
    # TCT Bảo đảm ATHH miền Nam - TP. Vũng Tàu, Bộ GTVT đã công bố Quyết Định ... | Phát biểu tại Hội nghị công bố quyết
    # định, ...")
    for i in range(index, min(index + _ECHO_LEADS, len(starts))):
        lead = (starts[i], starts[i + 1] if i + 1 < len(starts) else len(low))
        if lead[0] >= m.sentence[0]:
            return False
        if not (_DAY.search(low, *lead) if i == index else _DAY_FIRST.match(low, lead[0])):
            continue
        if low.find(words[0], *lead) < 0:
            continue
        echo = echo or re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")
        found = echo.search(low, *lead)
        if found:
            return not _WILL.search(low, lead[0], found.start())
    return False


#: a meeting's quoted title right after its noun: "tọa đàm “Tôi chọn sự sống”", "Hội thảo 'Nâng cao chất lượng ...'"
_QUOTED_NAME = re.compile(r"\s*(?:với\s+)?(?:chủ\s+đề|với\s+chủ\s+đề|mang\s+tên)?\s*:?\s*[\"“‘'«]\s*([^\"“”‘’'«»\n]{4,150}?)\s*[\"”’'»]")


#: a leader's or a delegation's visit, told by the lead: "kiểm tra", "làm việc với", "thăm và làm việc", "khảo sát"
_VISIT_VERBS = re.compile(r"(?<!\w)(?:kiểm tra|khảo sát|làm việc (?:với|tại)|thăm và làm việc|đến thăm)(?!\w)")
#: a delegation's words ("đoàn công tác", "Tổ công tác của Thủ tướng"), also as whom a body works with
_DELEGATIONS = ("đoàn công tác", "tổ công tác", "đoàn kiểm tra", "đoàn giám sát")
_DELEGATION = re.compile(r"(?<!\w)(?:" + "|".join(_DELEGATIONS) + r")(?!\w)")
_WITH_DELEGATION = re.compile(r"\s+(?:các\s+|một\s+)?(?:" + "|".join(_DELEGATIONS) + r")(?!\w)")


def _after_a_dated_sentence(doc: Doc, start: int) -> bool:
    """Whether the sentence before the one at `start` opens on its day: "Ngày 3/7, phó Chủ tịch UBND quận 1 – Đoàn Ngọc
    Hải đã gửi lời xin lỗi đến người dân .... Tại buổi đối thoại, nhiều hộ dân ..."."""
    starts = sentence_offsets(doc.text)
    index = bisect.bisect_left(starts, start)
    if not (index >= 1 and index < len(starts) and starts[index] == start):
        return False
    # (a photo's caption in between, its credit closing it, the caption a sentence of its own or not: the lead opens
    # before it, "Ngày 26/5, ... tiếp ngài Park Won Soon ... | Chủ tịch ... (phải) tiếp ngài Park Won Soon ... | Ảnh:
    # Nguyễn Thắng - TTXVN | Tại buổi tiếp, ...")
    credit = next((i for i in range(index - 1, max(0, index - 3), -1) if "ảnh:" in doc.low[starts[i]:start]), None)
    candidates = range(index - 1, max(0, credit - 2) - 1, -1) if credit is not None else (index - 1,)
    return any(_DAY_FIRST.match(doc.low, starts[i]) for i in candidates)


def _visit_lead(doc: Doc, title: tuple[int, int]) -> bool:
    """Whether the body's first sentence (or its second) opens on its day and tells of a leader's or a delegation's
    visit: "Ngày 28/4, Phó Thủ tướng Chính phủ Trương Hòa Bình kiểm tra, giám sát công tác phòng, chống dịch Covid-19
    trên địa bàn TPHCM", "Ngày 20-6, Tổ công tác của Thủ tướng ... làm việc với Vinatex"."""
    starts = sentence_offsets(doc.text)
    index = _lead_index(starts, title)
    while index < len(starts) and doc.text.startswith("#", starts[index]):
        index += 1  # (a crawl's header lines: "# url = …", "# date = …")
    low = doc.low
    # (the lead's second sentence when the first is the summary that opens a report and names no day: "Bí thư Nguyễn
    # Thiện Nhân yêu cầu TP sớm thành lập ... Chiều 11/7, Bí thư Thành uỷ TP.HCM ... có buổi khảo sát thực tế ...")
    index = next((i for i in range(index, min(index + 2, len(starts))) if _DAY_FIRST.match(low, starts[i])), None)
    if index is None:
        return False
    start = starts[index]
    end = starts[index + 1] if index + 1 < len(starts) else len(doc.text)
    who = _leaders().search(low, start, end) or _DELEGATION.search(low, start, end)
    return bool(who and _VISIT_VERBS.search(low, who.end(), end))


#: a press conference held about a meeting still ahead, named after it: "tổ chức họp báo về Lễ hội Cà phê Buôn Ma
#: Thuột lần thứ 6 ... và Hội nghị xúc tiến đầu tư vùng Tây Nguyên lần thứ 4" (the press conference is what was held)
_PRESENTED = re.compile(r"(?<!\w)(?:tổ chức|tiến hành|tại|trong)\s+(?:buổi\s+|cuộc\s+)?họp báo\s+"
                        r"(?:về|giới thiệu|thông tin về|công bố)[^.;!?\n]*$")


#: the meeting's name, then its plan: "kỳ họp thứ 4 của HĐND TP Hà Nội dự kiến diễn ra vào tuần sau"
#: (a plan's word, then its verb of holding)
_PLAN_THEN = r"(?<!\w)(?:dự kiến|sẽ|dự định)\s+(?:được\s+)?(?:diễn ra|tổ chức|khai mạc|tiến hành|nhóm họp|{}bắt đầu)(?!\w)"
_PLANNED_AFTER = re.compile(r"[^,.;:!?\n]{0,80}?" + _PLAN_THEN.format("họp|"))
#: ... or with a long name, commas in it: "Hội nghị Xúc tiến đầu tư vào Tây Nguyên, Lễ hội Cà phê Buôn Ma Thuột
#: lần thứ 6 và Liên hoan Văn hóa Cồng chiêng Tây Nguyên năm 2017 sẽ diễn ra từ ngày 8/3 đến 13/3" (then a press
#: conference held that day to present it is the report)
_ANNOUNCED_AFTER = re.compile(r"[^.;:!?\n]{0,200}?" + _PLAN_THEN.format(""))
#: a meeting named as the one the sentence's own occasion followed: "Tại cuộc họp báo sau khi diễn ra Hội nghị Thủ
#: tướng với DN, Bộ trưởng ... cho biết" (the press conference is the report)
_FOLLOWED = re.compile(r"(?<!\w)sau\s+khi\s+(?:diễn\s+ra|kết\s+thúc|bế\s+mạc)\s+$")
#: what the sentence set at a meeting tells as still to come, before anyone speaks: "Tại Đại hội đồng cổ đông
#: thường niên năm 2017, Công ty Chứng khoán FPT (FPTS) sẽ trình cổ đông thông qua ..." (not "Tại hội thảo, ông X cho
#: biết, Bộ sẽ ...": words said there)
_TO_COME = re.compile(r"(?:[^.;:!?\n]|\.(?=\w)){0,120}?(?<!\w)(?:sẽ|dự kiến|dự định)(?!\w)")


def _to_come(doc: Doc, mention: Mention) -> bool:
    """Whether the sentence a meeting sets tells, after the meeting's name, a plan with no speech verb before it
    (nor before the meeting: "Tổng thống Nga Vladimir Putin chia sẻ trong cuộc Đối thoại trực tuyến ... rằng ông hi
    vọng Mỹ sẽ ...")."""
    at = _name_end(doc, mention.start, mention.end, mention.sentence[1])
    plan = _TO_COME.match(doc.low, at, mention.sentence[1])
    return bool(plan and not _says_after().search(doc.low, mention.sentence[0], plan.end()))


def is_its_day(doc: Doc, detection: Detection, at: int) -> bool:
    """For an undated report (Detection.undated), whether the date written at `at` is the meeting's all the same: the
    day its lead opens on, before the meeting's mention, or a day written after a mention of the meeting's kind, or
    the day that closes the sentence right before the one the meeting sets."""
    return (at < detection.anchor and _day_opens_sentence(doc, at)
            or _names_kind_before(doc, detection.kind, at, detection)
            or _day_then_set_there(doc, detection, at)
            or _lead_after_caption(doc, detection.anchor, at)
            or day_then_within(doc, detection, at)
            or _occasion_day(doc, detection.anchor, at)
            or _match_it_followed(doc, detection, at)
            or _caption_shows_it(doc, detection, at))


#: a meeting named as held after a match ("phòng họp báo sau trận đấu", "cuộc họp báo sau trận"): the same day
_AFTER_MATCH = re.compile(r"(?<!\w)sau\s+(?:khi\s+)?trận(?!\w)")
#: the match's clause, its day written after it: "sau trận hòa U20 New Zealand 0-0 tối 22.5", "Trong trận giao hữu tối
#: ngày 7/2" (not the one ahead, "trước trận", nor a day ahead: "trận đấu sẽ diễn ra vào ngày mai 7/2")
_MATCH_THEN_DAY = re.compile(r"(?<!\w)(?<!trước )(?<!trước khi )trận(?!\w)[^.;:!?\n()]{0,60}$")
#: ... told as played, by its result or its score ("trận hòa U20 New Zealand 0-0", "trận thua"), not one ahead or being
#: prepared for ("sẽ", "mai", "chuẩn bị kỹ cho trận gặp U20 Pháp tối 25.5", "trận tiếp theo")
_MATCH_PLAYED = re.compile(r"(?<!\w)(?:hòa|thắng|thua|giao\s+hữu)(?!\w)|\d\s*[-–]\s*\d")
#: (how far before "trận" its result may stand: "chia điểm với tỷ số hòa 0-0 ở trận đấu vòng 15 tối 28/6")
_MATCH_PLAYED_BEFORE = 40
_MATCH_DAY_AHEAD = re.compile(r"(?<!\w)(?:sẽ|mai|tới|sắp|chuẩn\s+bị|tiếp\s+theo|kế\s+tiếp|trước)(?!\w)")
#: ... and the meeting not told as held another day ("họp báo sau trận đấu diễn ra trưa hôm sau")
_NEXT_DAY = re.compile(r"(?<!\w)(?:hôm|ngày)\s+(?:sau|kế\s+tiếp)(?!\w)")
_MATCH_REACH = 80


def _match_it_followed(doc: Doc, detection: Detection, at: int) -> bool:
    """Whether the meeting is named as held after a match (_AFTER_MATCH: a press conference "sau trận đấu") and the date
    at `at` is written in a match's clause (_MATCH_THEN_DAY), the match told as played: "Hài lòng, hạnh phúc về 1 điểm
    có được sau trận hòa U20 New Zealand 0-0 tối 22.5 ... | Trao đổi với báo chí trong phòng họp báo sau trận đấu, HLV
    họ Hoàng nói": the press conference sat that night."""
    if not detection.name or not _AFTER_MATCH.search(fold(detection.name)):
        return False
    low = doc.low
    match = _MATCH_THEN_DAY.search(low, max(0, at - _MATCH_REACH), at)
    if not match or _MATCH_DAY_AHEAD.search(match.group(0)):
        return False
    clause = max(match.start() - _MATCH_PLAYED_BEFORE, *(low.rfind(c, 0, match.start()) + 1 for c in ".;:!?\n"))
    if not _MATCH_PLAYED.search(low, clause, at):
        return False
    index, s_start = _anchor_sentence(doc, detection.anchor)
    starts = sentence_offsets(doc.text)
    s_end = starts[index + 1] if index + 1 < len(starts) else len(low)
    return not _NEXT_DAY.search(low, s_start, s_end)


#: the words of a photo's caption that show people meeting (detect_caption_meets.txt): "bắt tay với", "gặp", "tiếp"
@cache
def _caption_meets() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alternation(fold(e) for e in lexicon.words("detect_caption_meets.txt")) + r")(?!\w)")


#: a day that closes a photo's caption, its credit right after it: "... ở Bethlehem, khu Bờ Tây ngày 23/5. Ảnh: Reuters",
#: "... tại Tòa thánh Vatican ngày 24-5 vừa qua. Ảnh: AFP"
_DAY_THEN_CREDIT = re.compile(r"[\d/.-]*\)?(?:\s+vừa\s+qua)?\s*\.?\s*[-–]?\s*\(?\s*(?:ảnh|nguồn)\s*:")
#: an archive photo's credit: "Ảnh: T.L", "Ảnh: TL", "Ảnh: Tư liệu" (dates and people read it too)
ARCHIVE_PHOTO = r"(?:t\.\s?l|tl|tư\s+liệu)"
#: ... a year written with it (a picture of another year), an archive's or an illustration's credit
_YEAR_DIGITS = re.compile(r"\d{4}")
_FILE_PHOTO_CREDIT = re.compile(r"\s*(?:" + ARCHIVE_PHOTO + r"|minh\s+h[oọ]a|archive|file)(?!\w)")
#: where a caption or a sentence puts people, a name after it: "ở Bethlehem", "tại Nhà Trắng", "tại Tòa thánh Vatican"
_PLACE_SHOWN = re.compile(r"(?<!\w)(?:ở|tại)\s+(?:(?:thành\s+phố|thủ\s+đô|thị\s+trấn|khu|tỉnh|làng|đảo)\s+)?"
                          r"(?=[" + _UPPER + r"])")
#: a name's word: capitalised, three letters or more ("Abbas", "Bethlehem", "Francis")
_CAPITALISED = re.compile(r"(?<!\w)[" + _UPPER + r"][^\W\d_]{2,}(?:-[^\W\d_]+)*")


def _caption_shows_it(doc: Doc, detection: Detection, at: int) -> bool:
    """Whether the date at `at` closes a photo's caption (_DAY_THEN_CREDIT) that shows people meeting (_caption_meets)
    and names one of the names of the meeting's sentence (past its first word): "Tổng thống Mỹ Donald Trump (trái) bắt
    tay với lãnh đạo Palestine Mahmoud Abbas ở Bethlehem, khu Bờ Tây ngày 23/5. Ảnh: Reuters" of "Tổng thống Trump ...
    có cuộc gặp gỡ với lãnh đạo Palestine Mahmoud Abbas": the day the picture was taken, the meeting's."""
    low = doc.low
    day = _DAY.match(low, at)
    credit = _DAY_THEN_CREDIT.match(low, day.end()) if day else None
    if credit is None or _YEAR_DIGITS.search(low, at, credit.end()) \
            or _FILE_PHOTO_CREDIT.match(low, credit.end()):
        return False  # (not a year's picture, "ngày 17/3/2015. Ảnh: tư liệu", nor an archive's or an illustration)
    starts = sentence_offsets(doc.text)
    c_start = starts[bisect.bisect_right(starts, at) - 1]
    if not _caption_meets().search(low, c_start, at):
        return False
    index, s_start = _anchor_sentence(doc, detection.anchor)
    if s_start == c_start:
        return False
    s_end = starts[index + 1] if index + 1 < len(starts) else len(doc.text)
    names = {w.group(0) for w in _CAPITALISED.finditer(doc.text, s_start, s_end) if w.start() > s_start}
    shown = _PLACE_SHOWN.search(doc.text, c_start, at)
    told = _PLACE_SHOWN.search(doc.text, s_start, s_end)
    if shown and told and not names.intersection(w.group(0) for w in _CAPITALISED.finditer(doc.text, shown.end(), at)):
        return False  # another place than the meeting's: another meeting of the same people ("... tại Nhà Trắng")
    return any(w.group(0) in names for w in _CAPITALISED.finditer(doc.text, c_start, at) if w.start() > c_start)


def _occasion_day(doc: Doc, anchor: int, at: int) -> bool:
    """Whether the date at `at` is the day of the occasion the meeting's sentence opens after, written before its name
    in one of the sentences before it (as _occasion_dated_before): "Ảnh: Nhan Sáng/TTXVN Sáng 7/6, tại Phủ Chủ tịch,
    Chủ tịch nước ... đã chủ trì Lễ đón trọng thể Tổng thống Milos Zeman ... | Sau Lễ đón, Chủ tịch nước ... đã có cuộc
    hội đàm"."""
    if at >= anchor:
        return False
    starts = sentence_offsets(doc.text)
    own = starts[bisect.bisect_right(starts, anchor) - 1]
    return any(first <= at < name for first, name, _ in _occasion_told(doc, own))


#: after a day, the meeting it was told within: "thông báo chính thức mà Chính quyền Tổng thống Mỹ Donald Trump đưa ra
#: ngày 6/6 trong khuôn khổ phiên họp Hội đồng Nhân quyền LHQ"
_WITHIN_AFTER_DAY = re.compile(r"[\d/.-]*\)?\s*,?\s*(?:trong khuôn khổ|bên lề)\s+(?:(?:cuộc|buổi|các|một)\s+)?")
#: the words that name the meeting after its noun, up to a bracket, a comma or the sentence's end
_NAME_WORDS = re.compile(r"[^\W\d_]+")
#: the words after the meeting's name that tell it sitting ("đang diễn ra tại", "vừa khai mạc")
_NAME_STOPS = frozenset(fold(w) for w in ("đang", "diễn", "tại", "vừa"))


def day_then_within(doc: Doc, detection: Detection, at: int) -> bool:
    """Whether the date at `at` is followed by the meeting that what was said that day was said within, and that meeting
    is the report's, named with words of its name ("trong khuôn khổ phiên họp Hội đồng Nhân quyền LHQ" of "Kỳ họp
    thường kỳ lần thứ 35 Hội đồng Nhân quyền LHQ"): it sat that day (one of its days: the first and the last are not
    told so)."""
    low = doc.low
    date = re.match(r"\d{1,2}\s?[/.-]\s?\d{1,2}", low[at:at + 12])
    if date is None or not detection.name:
        return False
    within = _WITHIN_AFTER_DAY.match(low, at + date.end())
    if within is None:
        return False
    pattern, labels = _kinds()
    noun = pattern.match(low, within.end())
    if noun is None or not labels.get(noun.group(0)):
        return False
    end = min([i for i in (low.find(c, noun.end()) for c in ",.;:()\n") if i >= 0] or [len(low)])
    words = [fold(w) for w in _NAME_WORDS.findall(low[noun.end():min(end, noun.end() + 60)])]
    # (the name stops where the clause tells it sitting: "trong khuôn khổ Đối thoại Shangri-La 16 đang diễn ra tại
    # Singapore")
    words = list(itertools.takewhile(lambda w: w not in _NAME_STOPS, words))[:6]
    return len(words) >= 2 and set(words) <= set(re.findall(r"\w+", fold(detection.name)))


#: a photo's credit, which closes its caption: "(Ảnh: Thống Nhất/TTXVN)", "Ảnh: VGP/Quang Hiếu"
_CAPTION_CREDIT = re.compile(r"\(?(?<!\w)(?:Ảnh|ẢNH)\s*:")


def _lead_after_caption(doc: Doc, anchor: int, at: int) -> bool:
    """Whether the meeting is named in a photo's caption and the date at `at` opens the sentence right after it, the
    lead the caption was set before: "Thủ tướng Nguyễn Xuân Phúc phát biểu tại buổi làm việc. (Ảnh: Thống Nhất/TTXVN)
    | Chiều 15/5, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã tới tham quan ... tại Đại học Việt Nhật ..."."""
    if at <= anchor or not _day_opens_sentence(doc, at):
        return False
    starts = sentence_offsets(doc.text)
    index, _ = _anchor_sentence(doc, anchor)
    at_index = bisect.bisect_right(starts, at) - 1
    if index + 1 >= len(starts) or not index < at_index <= index + 2:
        return False
    # (the credit closes the caption's sentence, or stands as one of its own just before the lead)
    between = starts[index + 1]
    return bool(_CAPTION_CREDIT.search(doc.text, anchor, between)
                or at_index == index + 2 and _CAPTION_CREDIT.match(doc.text, between))


#: what may stand between a day that closes its sentence and the sentence's end: "vào chiều thứ 2 (15/5)."
_DAY_CLOSES = re.compile(r"[\d/.-]*\)?\s*[.!]")


def _day_then_set_there(doc: Doc, detection: Detection, at: int) -> bool:
    """Whether the date at `at` closes the sentence right before the meeting's, which opens on the meeting as its
    setting: "Ông Macron được thủ tướng Đức Angela Merkel chào đón … tại Berlin vào chiều thứ 2 (15/5). Tại một cuộc
    họp báo, 2 nhà lãnh đạo nói rõ …": the leaders met the press that day."""
    if not at < detection.anchor:
        return False
    index, s_start = _anchor_sentence(doc, detection.anchor)
    starts = sentence_offsets(doc.text)
    # (or the one before a photo's caption set between them: "... tại cuộc làm việc ở Liên đoàn Lao động TP.HCM chiều
    # 10.2. | Bí thư Thành ủy TP.HCM Đinh La Thăng trò chuyện với lãnh đạo ... trong buổi làm việc - Ảnh: Thuận Thắng |
    # Tại cuộc họp, ông Đỗ Phi Hùng báo cáo ...")
    before = index - 1
    if before >= 1 and at < starts[before] and _CAPTION_CREDIT.search(doc.text, starts[before], s_start):
        before -= 1
        s_end = starts[before + 1]
    else:
        s_end = s_start
    if before < 0 or not starts[before] <= at < s_end:
        return False
    low = doc.low
    day = _DAY.match(low, at)
    return bool(day and _DAY_CLOSES.match(low, day.end(), s_end) and detection.anchor - s_start < 60
                and _time_of_day_before().search(low, max(0, at - 20), at) and not _RANGE.search(day.group(0))
                and _AT_START.match(low[s_start:detection.anchor]))


def its_sentence(doc: Doc, detection: Detection) -> tuple[int, int]:
    """The span of the sentence that holds the meeting's main mention."""
    index, start = _anchor_sentence(doc, detection.anchor)
    starts = sentence_offsets(doc.text)
    return start, starts[index + 1] if index + 1 < len(starts) else len(doc.text)


def in_its_sentence(doc: Doc, detection: Detection, at: int) -> bool:
    """Whether the date at `at` is written in the sentence of the meeting's main mention, after it: "Bệnh viện ĐKQT
    Thu Cúc sẽ tổ chức Hội thảo giới thiệu về kỹ thuật cao này tại cơ sở 286 Thụy Khuê, Tây Hồ, Hà Nội vào ngày 27/4"."""
    return detection.anchor < at < its_sentence(doc, detection)[1]


#: the verb that sits a meeting on the day written right after it: "sẽ diễn ra vào chiều 29.8", "khai mạc sáng 5/6"
_SITS_ON = re.compile(r"(?<!\w)(?:diễn\s+ra|tổ\s+chức|khai\s+mạc|bắt\s+đầu)(?:\s+(?:vào|từ))?"
                      r"(?:\s+(?:lúc\s+)?\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2}(?:\s+(?:ngày|sáng|chiều|tối|trưa))?)?"
                      r"(?:\s+(?:ngày|sáng|chiều|tối|trưa)(?:\s+ngày)?)?\s+$")
#: how far before the day the verb may stand
_SITS_ON_REACH = 50


def sits_on(doc: Doc, detection: Detection, at: int) -> bool:
    """Whether the date at `at` closes a sentence's verb that sits a meeting of the detection's kind on it, the sentence
    opening on that meeting: "Hội thảo “Vai trò của thông tin khoa học công nghệ ...” dưới sự chủ trì của Ban Tuyên giáo
    và Dân vận Trung ương, Bộ Khoa học và Công nghệ, ... sẽ diễn ra vào chiều 29.8." (its name long, its day its own)."""
    low = doc.low
    starts = sentence_offsets(doc.text)
    start = starts[max(0, bisect.bisect_right(starts, at) - 1)]
    start += len(low[start:at]) - len(low[start:at].lstrip(_OPENING_MARKS))
    pattern, labels = _kinds()
    opener = pattern.match(low, start)
    return bool(opener) and labels.get(opener.group(0)) == detection.kind \
        and bool(_SITS_ON.search(low, max(opener.end(), at - _SITS_ON_REACH), at))


def told_there(doc: Doc, detection: Detection, at: int) -> bool:
    """Whether the date at `at` is inside the words told at the meeting, in the sentence that sets them there: "Tại
    cuộc họp, báo cáo với Thủ tướng, Bộ trưởng Y tế Nguyễn Thanh Long cho biết, ..., ngày 29/4/2021, hệ thống giám
    sát ... đã ghi nhận chùm ca bệnh" (the day of what was told, not of the meeting)."""
    start, end = its_sentence(doc, detection)
    if not detection.anchor < at < end:
        return False
    low = doc.low
    return bool(_TELLS.search(low, detection.anchor, at)) and not _BACK_OPENER.match(low, start)


def _anchor_sentence(doc: Doc, anchor: int) -> tuple[int, int]:
    """(index, start) of the sentence (sentence_offsets) that holds the meeting's mention at `anchor`."""
    starts = sentence_offsets(doc.text)
    index = max(0, bisect.bisect_right(starts, anchor) - 1)
    return index, starts[index]


@cache
def _time_of_day_before() -> re.Pattern[str]:
    """The day told as a time of that day, right before it (dates_cues.json: parts of the day, weekdays, "sáng nay"):
    "vào chiều thứ 2 (15/5)", "sáng nay (6/7)"; not a holiday's ("lễ 30/4")."""
    cues = lexicon.table("dates_cues.json")
    words = {fold(w) for w in (*cues["part_of_day"], *cues["weekdays"], *cues["today"])} | {"hôm"}
    return re.compile(r"(?<!\w)(?:" + _alternation(words) + r")\s*\(?\s*(?:ngày\s+)?$")


#: ... and one day, not a span ("từ ngày 1 - 2/2": a visit's)
_RANGE = re.compile(r"\d\s*(?:[-–]|và|đến|tới)\s*\d")


@cache
def _spoke_that_day() -> re.Pattern[str]:
    """Right after a day, a speaker's verb (detect_said_after.txt): the day is the one they spoke on ("Tổng thống Mỹ
    Donald Trump ngày 6/7 đã tuyên bố ...", "Thủ tướng Australia Malcolm Turnbull ngày 10/7 cho biết ...")."""
    verbs = _alternation(fold(e) for e in lexicon.words("detect_said_after.txt"))
    return re.compile(r"\s*(?:\([^()\n]{0,30}\)\s*)?,?\s*(?:đã\s+|vừa\s+)?(?:" + verbs + r")(?!\w)")


def spoke_there_that_day(doc: Doc, detection: Detection, span: Span) -> bool:
    """For a report whose meeting has no day of its own, whether the date written at `span`, before the meeting's
    mention, is the day someone spoke, and the meeting is where the words were said: "Tổng thống Mỹ Donald Trump ngày
    6/7 đã tuyên bố ... Phát biểu tại cuộc họp báo chung với Tổng thống Ba Lan Andrzej Duda, ông Donald Trump ..."."""
    start, end = span
    if not start < detection.anchor or not _spoke_that_day().match(doc.low, end):
        return False
    s_start = _anchor_sentence(doc, detection.anchor)[1]
    low = doc.low
    return bool(detection.anchor - s_start < 90 and (_AT_START.match(low[s_start:detection.anchor])
                                                     or _OPENS_SAYING_AT.fullmatch(low, s_start, detection.anchor)
                                                     or _SPOKE_AT_CLAUSE.fullmatch(low, s_start, detection.anchor))
                or _said_at().search(low, s_start, detection.anchor))


#: a sentence that opens on where the words were said, the meeting further in that clause: "Phát biểu tại một cuộc họp
#: báo chung tại Brussels sau khi kết thúc hội nghị thượng đỉnh Liên minh châu Âu (EU), Tổng thống Pháp Macron cho biết"
_SPOKE_AT_CLAUSE = re.compile(r"\W*(?:phát biểu|trả lời|trao đổi|chia sẻ|nói chuyện)\s+(?:tại|trong)\s[^,.;:!?\n]*")


def may_be_its_day(doc: Doc, at: int, detection: Detection | None = None) -> bool:
    """For a meeting reported with no day of its own (Detection.doubt_days_after), whether a date written past the
    lead at `at` may be its day: one that opens its sentence ("Sáng 7.5, Ban Chấp hành T.Ư Đảng ...", "Cũng trong
    chiều 29/6, ...") or follows a meeting's name ("tại buổi họp báo kinh tế - xã hội tháng 5 trưa 29-5"); not a
    day inside a sentence about something else ("đã đi vào hoạt động từ ngày 1/1/2017", "trong bài viết ngày 17-5")."""
    return (_day_opens_sentence(doc, at) or _names_kind_before(doc, None, at, detection)
            or bool(_TIME_LABEL.search(doc.low, max(0, at - _TIME_LABEL_REACH), at)))


#: an announcement's time line: "⏰ Thời gian: 10h00- 11h30, ngày 11/12/2021", "Thời gian tổ chức: ngày 5/7"
_TIME_LABEL_REACH = 40
_TIME_LABEL = re.compile(r"(?:^|\n)\W*(?:thời\s+gian|thời\s+điểm)(?:\s+(?:tổ\s+chức|diễn\s+ra))?\s*:[^\n]*$")


#: between the day and the meeting: someone tells of it, then a plan ("Ngày 17/6, người phát ngôn của Văn phòng Thủ
#: tướng Anh cho biết Thủ tướng Theresa May sẽ gặp ...", "Phát biểu tại buổi họp báo ngày 8/2, ... cho biết Thủ tướng
#: Shinzo Abe sẽ có hội đàm"): the day is the telling's
_TOLD_THEN_PLAN = re.compile(r"(?<!\w)(?:cho biết|cho hay|tuyên bố|thông báo|đưa tin|khẳng định|xác nhận)(?!\w)"
                             r"[^.;!?\n]{0,160}?(?<!\w)(?:sẽ|dự kiến|dự định)(?!\w)")


_TOLD_REACH = 300
_CLAUSE_STOP = re.compile(r"[.;!?\n]")


def told_day(doc: Doc, at: int, anchor: int) -> bool:
    """Whether the date written at `at`, before the meeting's mention at `anchor` in its sentence, is the day a plan
    for the meeting was told (and the plan gives no day of its own: `planned_day`)."""
    return _told_plan(doc, at, anchor) and planned_day(doc, at, anchor) is None


def planned_day(doc: Doc, at: int, anchor: int) -> int | None:
    """Where the plan told on the date at `at` writes the meeting's own day, after its mention at `anchor`: "Ngày 6/2,
    Ngoại trưởng Australia Julia Bishop cho biết bà và người đồng cấp ... sẽ đồng chủ trì cuộc Đối thoại ... tại thủ đô
    Canberra (Australia) | vào ngày 7/2"; None when the date is no such day or the plan writes none."""
    if not _told_plan(doc, at, anchor):
        return None
    low = doc.low
    stop = _CLAUSE_STOP.search(low, anchor)
    day = _DAY.search(low, anchor, stop.start() if stop else len(low))
    return day.start() if day else None


def _told_plan(doc: Doc, at: int, anchor: int) -> bool:
    low = doc.low
    return at < anchor <= at + _TOLD_REACH and not _CLAUSE_STOP.search(low, at, anchor) \
        and bool(_TOLD_THEN_PLAN.search(low, at, anchor))


#: a document about the meeting issued that day: "Ngày 25/5, Văn phòng Chính phủ ra thông báo kết luận của Thủ tướng
#: ... tại cuộc họp về ...", "biên bản của phiên họp này được Tân Tạo công bố hôm nay (27/4)"
_DOCUMENT_NOUN = r"(?:thông\s+báo|văn\s+bản|biên\s+bản|công\s+văn|thông\s+cáo)(?!\w)"
_ISSUES = re.compile(r"(?<!\w)(?:ra|có|ban\s+hành|gửi|phát\s+đi|công\s+bố)\s+" + _DOCUMENT_NOUN
                     # ... or news released: "Ngày 6/2, Bộ Công Thương phát đi thông tin cho biết, mới đây, ..."
                     + r"|(?<!\w)phát\s+đi\s+thông\s+tin(?!\w)")
_DOCUMENT = re.compile(r"(?<!\w)" + _DOCUMENT_NOUN)
_ISSUED_ON = re.compile(r"(?<!\w)(?:công\s+bố|ban\s+hành|phát\s+đi|gửi)\s+(?:vào\s+)?(?:(?:hôm\s+nay|ngày)\s*)?\(?\s*$")


def issued_day(doc: Doc, at: int, anchor: int) -> bool:
    """Whether the date written at `at` is the day a document about the meeting was issued, not the meeting's: the
    date opens the clause that issues it before naming the meeting ("Ngày 25/5, Văn phòng Chính phủ ra thông báo kết
    luận của Thủ tướng ... tại cuộc họp"), or closes the clause that says a document was issued ("biên bản của phiên
    họp này được Tân Tạo công bố hôm nay (27/4)")."""
    low = doc.low
    if at < anchor <= at + _TOLD_REACH and not _CLAUSE_STOP.search(low, at, anchor):
        return bool(_ISSUES.search(low, at, anchor))
    start = max(0, at - _TOLD_REACH)
    stop = [m.end() for m in _CLAUSE_STOP.finditer(low, start, at)]
    start = stop[-1] if stop else start
    return bool(_ISSUED_ON.search(low, start, at) and _DOCUMENT.search(low, start, at))


def _day_opens_sentence(doc: Doc, at: int) -> bool:
    """Whether the date written at `at` opens its sentence (or a line, or what follows a caption's closing bracket),
    as a news lead gives the day of what it reports: "(Nguồn: SBS News) Ngày 7/2, Bộ trưởng Ngoại giao Trung Quốc"."""
    if _OPENS_BEFORE.search(doc.low, max(0, at - 130), at):
        return True
    # (or a capital day word a lost full stop ran into, a caption glued before it, as sentence_offsets splits there:
    # "Thứ trưởng Bộ GTVT Nguyễn Văn Công trao Quyết định cho ông Bùi Thế Hùng Chiều 3/7, tại TCT ...")
    starts = sentence_offsets(doc.text)
    first = starts[bisect.bisect_right(starts, at) - 1] if starts and starts[0] <= at else None
    day = _DAY_FIRST.match(doc.low, first) if first is not None and doc.text[first].isupper() else None
    return bool(day) and day.start() <= at < day.end()


# --- what the chosen mention says -------------------------------------------------------


def _name_end(doc: Doc, start: int, end: int, sentence_end: int) -> int:
    """Where the name of the event mentioned at [start, end) ends (see `_name_span`)."""
    return _name_span(doc, Mention(start, end, "", (start, sentence_end), 0, False, False, False, False, False))[1]


def _name_span(doc: Doc, mention: Mention, partner: bool = False) -> Span:
    """The event's name as written: the kind noun to the end of its phrase, or to the end of its quoted title.

    partner: a bare kind noun goes on with whom the meeting is with (for the name given; what is read around the
    name, its day or verb, still stops at "với"), as "làm việc với ..." does: "đã có buổi làm việc với Ban
    Thường vụ Tỉnh ủy Nam Định" is "buổi làm việc với Ban Thường vụ Tỉnh ủy Nam Định", "đã hội kiến với Chủ tịch
    Thượng viện Quốc hội Hà Lan Ankie Broekers-Knol" "hội kiến với Chủ tịch ...".

    "Hội nghị - Hội thảo “...”" is one name; a comma before a lower-case word that carries on a list
    ("Hội nghị tuyên truyền, phổ biến pháp luật và tập huấn ...") stays inside it.
    """
    text, low = doc.text, doc.low
    limit = min(mention.sentence[1], mention.start + _NAME_CHARS)
    end = mention.end
    pair = _PAIR.match(low, end, limit)
    if pair:
        end = pair.end()
    quoted = _QUOTED.match(text, end, limit)
    whole = None if quoted else _whole_title_close(text, mention, limit)
    far = min(mention.sentence[1], mention.start + 2 * _NAME_CHARS)  # (how far a quoted title is looked for to close)
    closed = -1  # where a quoted title inside the name closes
    if quoted:
        end = closed = quoted.end()  # (its closing mark kept though another opened it: "về “Kỹ năng sống ..."")
    elif whole is not None and not _EDITION_AFTER_QUOTE.match(low, whole + 1):
        # the name is the quoted title itself: it ends with its quote ("Tại “Hội thảo giới thiệu công nghệ Toyota
        # Hybrid” do Toyota Việt Nam tổ chức"), not at a mark inside it nor past it
        end = whole
    else:
        at = end if whole is None else whole + 1  # (its edition after the quote: "“Hội nghị Diên Hồng” lần thứ 2")
        inside = mention.start if whole is None else whole + 1  # (where a quoted title inside the name may open)
        while True:
            stop = _NAME_END.search(low, at, limit)
            if stop is None:
                end = limit
                break
            end = stop.start()
            close = _title_close(text, inside, end, far)
            if close is not None:
                # a mark inside a quoted title ends no name, its closing quote does: "hội thảo khoa học “Quản lý ATTP
                # từ gốc ở TP.HCM: Thực trạng và giải pháp” do Ban Văn hóa-Xã hội ..." (not "... “Quản lý ATTP"), "Hội
                # thảo khởi động dự án “... dựa trên VIETLIS” bằng nguồn vốn ..." (not what follows the quote)
                end = closed = close + 1
                edition = _EDITION_AFTER_QUOTE.match(low, end)
                if not edition:
                    break
                # (a quote closing past the window keeps its edition: the window goes on past "lần thứ")
                at, limit = end, max(limit, min(mention.sentence[1], edition.end() + _NAME_CHARS))
                far = max(far, limit)  # (and a quoted title after it closes within the window: _title_close)
                continue
            if not (stop.group(0).startswith(",") and _LIST_GOES_ON.match(text, stop.end())
                    or stop.group(0).strip() in ("-", "–") and _pair_goes_on(text, stop.start(), stop.end())
                    or partner and stop.start() == mention.end and stop.group(0).strip() == "với"):
                break
            at = stop.end()
        if end == limit and limit < mention.sentence[1] and limit != closed:
            space = text.rfind(" ", mention.end, limit)  # a run-on sentence: keep the head of it
            end = space if space > mention.end else end
    while end > mention.start and end != closed and (text[end - 1] in " ,-–“‘«…" or text[end - 1] in "\"'" and
                                                     _unbalanced(text, mention.start, end, text[end - 1])):
        end -= 1
    # a kind told with its verb names the event from the verb on: "đã tiếp Hoàng hậu ..." is "tiếp Hoàng hậu ..."
    tense = _TENSE_LEAD.match(low, mention.start, end)
    if tense:
        return tense.end(), end
    # (a quoted name with its edition after the quote takes its opening mark too, not a stray closing one alone:
    # "“Hội nghị Diên Hồng” lần thứ 2")
    return (_opening_mark(text, mention) if whole is not None and end > whole + 1 else mention.start), end


#: the edition written after a quoted name's closing quote: "“Hội nghị Diên Hồng” lần thứ 2"
_EDITION_AFTER_QUOTE = re.compile(r"\s*lần\s+thứ\s")
#: a stop or a comma: a quote that holds one is not taken for a whole name
_IN_TITLE_STOP = re.compile(r"[,;:.!?…]")
#: the marks that open and close a quoted title (newspapers mix them: "Hội nghị "Hà Nội 2017 - ... phát triển”")
_TITLE_OPEN, _TITLE_CLOSE = "“\"«", "”\"»"


def _title_close(text: str, start: int, at: int, limit: int) -> int | None:
    """Where the quoted title open at `at` (opened after `start`) closes; None when none is open or it does not close
    before `limit`."""
    opened = None
    pos = start
    while (mark := _TITLE_OPEN_MARK.search(text, pos, at)) is not None:
        opened = mark.start()
        close = _closing_mark(text, opened, opened + 1, at)
        if close is None:
            break
        opened, pos = None, close + 1
    return None if opened is None else _closing_mark(text, opened, at, limit)


def _opening_mark(text: str, mention: Mention) -> int:
    """Where the opening mark before a whole quoted name is (see `_whole_title_close`)."""
    before = mention.start
    while before > mention.sentence[0] and text[before - 1] == " ":
        before -= 1
    return before - 1


def _whole_title_close(text: str, mention: Mention, limit: int) -> int | None:
    """Where the quotes around a whole name close, when its noun follows the opening mark ("tại “Đại hội toàn quốc yêu
    cầu hoàn trả lãnh thổ phương Bắc năm 2017” được tổ chức"); not words quoted from a speaker, which run on with
    their commas and stops ("“Hội nghị lần này rất quan trọng, ...”")."""
    before = _opening_mark(text, mention) + 1
    if before == mention.sentence[0] or text[before - 1] not in _TITLE_OPEN or (
            text[before - 1] == '"' and text.count('"', mention.sentence[0], before - 1) % 2):  # (a quote's close)
        return None
    close = _closing_mark(text, before - 1, mention.start, limit)
    return None if close is None or _IN_TITLE_STOP.search(text, mention.start, close) else close


#: a mark that opens a quoted title
_TITLE_OPEN_MARK = re.compile("[" + _TITLE_OPEN + "]")
#: a mark that closes a quoted title; after "“", also an opening mark written for the closing one after its last word:
#: "có chủ đề “ Phát huy nội lực, tăng trưởng bền vững“ do Ban kinh tế ..."
_TITLE_CLOSE_MARK = re.compile("[" + _TITLE_CLOSE + "]")
_TITLE_CLOSE_MARK_CURLY = re.compile("[" + _TITLE_CLOSE + r"]|“(?![^\W_])")


def _closing_mark(text: str, opened: int, at: int, limit: int) -> int | None:
    """Where the quote opened at `opened` closes between `at` and `limit` (None if it does not)."""
    mark = (_TITLE_CLOSE_MARK_CURLY if text[opened] == "“" else _TITLE_CLOSE_MARK).search(text, at, limit)
    return None if mark is None else mark.start()


def _pair_goes_on(text: str, dash_start: int, dash_end: int) -> bool:
    """A dash between two proper names carries the name on: "Tọa đàm ... Việt Nam - Trung Quốc 2017"."""
    word = text.rfind(" ", 0, dash_start) + 1
    return (dash_end < len(text) and text[word:word + 1].isupper() and text[dash_end].isupper()
            and not _AFTER_DASH_NOT_NAME.match(text, dash_end))


def _unbalanced(text: str, start: int, end: int, quote: str) -> bool:
    return text.count(quote, start, end) % 2 == 1


def _in_quotes(text: str, start: int, end: int) -> bool:
    """Whether `end` falls inside a quotation opened after `start`: "Hội thảo “Nhà trường đang ..."."""
    return _unbalanced(text, start, end, '"') or text.count("“", start, end) > text.count("”", start, end)


def _edition(doc: Doc, kind: str, span: Span) -> tuple[int | None, Span | None]:
    if kind == PRESS:
        # a press conference counts no editions: the ordinal in its name is the event it presents ("họp báo về Lễ hội cà
        # phê Buôn Ma Thuột lần thứ 6", "họp báo kế hoạch tổ chức Ngày Thơ Việt Nam lần thứ 15", "buổi họp báo sau Đối
        # thoại Chiến lược và Ngoại giao Trung Quốc - Australia lần thứ tư")
        return None, None
    # the meeting's own ordinal at the name's start: a plenum's number ("Hội nghị Trung ương 5"), a sitting told with
    # the verb ("họp phiên thứ 10", "họp kỳ thứ 15")
    own = {"hội nghị": _PLENUM, "họp": _MET_SITTING}.get(kind)
    found = own.match(doc.low, span[0], span[1]) if own else None
    if found:
        value = parse_edition(doc.text[found.start(1):found.end(1)])
        if value:
            return value, found.span(1)
    found = _EDITION.search(doc.low, span[0], span[1])
    if found and found.group(0).startswith(("kỳ", "phiên")) and kind not in SITTINGS:
        # another meeting's ordinal in the name: "họp báo về kỳ họp thứ 4" is no fourth press conference, "họp thẩm tra
        # các báo cáo ... để trình kỳ họp thứ 4" no fourth meeting
        found = None
    if not found and span[1] > span[0]:
        found = _EDITION_AFTER_SHORT.match(doc.low, span[1])
    if not found and kind == "đại hội":
        found = _TERM.search(doc.low, span[0], span[1])
    if found:
        value = parse_edition(doc.text[found.start(1):found.end(1)])
        if value:
            return value, found.span(1)
    return None, None


#: a body told meeting with its bare verb, then a second verb after "và": "họp và thống nhất ...", "họp bàn và đi
#: đến ..."
_MET_AND = re.compile(r"(họp(?:\s+(?:bàn|khẩn))?)\s+và\s")
#: the Assembly (or its Standing Committee) as the subject of a kind told with its verb (event_kinds.txt: "quốc hội đã
#: nghe", "ubtvqh cho ý kiến"), and the words of time or manner before the verb
_ASSEMBLY_SUBJECT = re.compile(r"(?:quốc hội|qh|ubtvqh|ủy ban thường vụ quốc hội)\s+(?:(?:đã|vừa|tiếp tục|tiến hành|"
                               r"chính thức)\s+)*")
#: ... and the debate or the question time it held, which names the sitting ("thảo luận tại tổ", "thảo luận ở hội
#: trường", "làm việc tại hội trường": _DEBATES' own forms, not those that name the Assembly or a minister; "Quốc hội
#: chất vấn Bộ trưởng ..." is "chất vấn", "Quốc hội thảo luận về ..." "thảo luận về ...": _DEBATE_TOPIC)
_ASSEMBLY_DEBATE = re.compile(r"(?:" + _alternation(
    {d for d in _DEBATES if not d.startswith(("quốc hội ", "đăng đàn ", "trả lời "))} | {"thảo luận", "chất vấn"},
    spaces=True) + r")(?!\w)")
#: what the Assembly debated, after its debate's words: "thảo luận về kết quả ...", "thảo luận tại tổ về dự án ..."
_DEBATE_TOPIC = re.compile(r"\s+về\s+\w")
#: a plan's word the name ran on into ("... dự kiến diễn ra vào tuần sau"), left at its end
_HANGING_PLAN = re.compile(r"\s+(?:dự kiến|dự định)$")
#: a word of time that opens the clause after the name, which the name ran on into: the guest's stay ("tiếp cựu Ngoại
#: trưởng Hoa Kỳ John Kerry đang ở thăm Việt Nam", "... Robert Kalinak đang thăm, làm việc"), the meeting's own verb
#: ("Đối thoại Shangri-La 2017 đang diễn ra ở Singapore", "Cuộc hội đàm hiện đang diễn ra", "Hội nghị thượng đỉnh G20
#: vừa diễn ra tại Đức"), or a time past left at its end ("Hội nghị thượng đỉnh G20 vừa qua", "buổi họp mới đây");
#: not "doanh nghiệp nhỏ và vừa", a name's own words
_HANGING_TIME = re.compile(r"\s+(?:hiện\s+)?đang(?:$|\s+(?:ở\s+)?(?:thăm|có\s+chuyến|diễn\s+ra)(?!\w))"
                           r"|\s+(?:vừa\s+qua|mới\s+đây|gần\s+đây)$|(?<!\svà)\s+vừa$")


def _describe(doc: Doc, mention: Mention, named: Mention, lonely: bool = False) -> Detection:
    """The detection for the main mention, named after `named` (the same event, its name spelled out)."""
    kind = mention.kind
    name_start, name_end = _name_span(doc, named, partner=True)
    hanging = _HANGING_PLAN.search(doc.low, name_start, name_end)  # "kỳ họp thứ 4 của HĐND TP Hà Nội dự kiến"
    if hanging:
        name_end = hanging.start()
    hanging = _HANGING_TIME.search(doc.low, named.end, name_end)
    if hanging and not _in_quotes(doc.text, named.end, hanging.start()):  # (a quoted title's own words stay)
        name_end = hanging.start()
        while name_end > named.end and doc.text[name_end - 1] in " ,-–":  # "... Maxim Oreshkin, đang có chuyến thăm"
            name_end -= 1
    if named.end < name_end and doc.text[named.end] == ",":
        # a bare kind and a comma: a new clause follows, no part of the name ("Tại buổi họp báo, huấn luyện viên Hữu
        # Thắng phát biểu ...", "Dự kiến ngày 5/7 sẽ diễn ra hội thảo, các đơn vị có liên quan ...")
        name_end = named.end
    then = _MET_AND.match(doc.low, name_start, name_end) if kind == "họp" else None
    if then:
        # the bare verb and a second verb: what the body then did, no part of the name ("Ủy Ban kiểm tra tỉnh ủy Sóc
        # Trăng đã họp và thống nhất kỷ luật ông ...", "Bộ GD&ĐT họp và công bố ngưỡng điểm xét tuyển tối thiểu")
        name_end = then.end(1)
    spans: dict[str, list[Span]] = {"kind": [(mention.start, mention.end)], "name": [(name_start, name_end)]}
    name = doc.text[name_start:name_end]
    anchor = name_start if named is mention else mention.start  # ("đã tiếp X": at "tiếp X")
    told = _ASSEMBLY_SUBJECT.match(doc.low, named.start, named.end)
    if named.kind == _DEBATE_KIND and _PRESENTED_FLOOR.match(doc.low, named.start) and not told \
            or named.kind == _COUNCIL_KIND and _COUNCIL_VOTE.match(doc.low, named.start):
        # the Assembly's floor names no sitting ("trước Quốc hội", "tại hội trường Quốc hội", the explanatory report
        # laid there), nor a council's vote ("HĐND TP Hà Nội đã thông qua đề án ..."): the kind alone
        name_start = name_end = named.start
        del spans["name"]
        name = kind
    elif told:
        # the Assembly told with its verb names no sitting: the clause is what it did ("Quốc hội đã nghe Ủy viên Ủy ban
        # Thường vụ Quốc hội ...", "Quốc hội đã chính thức thông qua dự thảo Luật ..."), so the name is the debate it
        # held ("Quốc hội thảo luận tại tổ về ..." is "thảo luận tại tổ", "Quốc hội thảo luận về ..." "thảo luận về
        # ..."), or else the kind alone
        debate = _ASSEMBLY_DEBATE.match(doc.low, told.end(), name_end)
        if debate:
            # ... with what it debated, as the text says it ("Sáng 27/5, Quốc hội tiếp tục thảo luận về dự án sửa đổi
            # bổ sung một số điều Luật của Bộ Luật Hình sự 2015" is "thảo luận về dự án ...", not the bare verb that
            # every sitting of the day shares)
            topic = _DEBATE_TOPIC.match(doc.low, debate.end(), name_end)
            name_start, name_end = debate.start(), (name_end if topic else debate.end())
            spans["name"] = [(name_start, name_end)]
            name = doc.text[name_start:name_end]
        else:
            name_start = name_end = named.start
            del spans["name"]
            name = kind
    edition, edition_span = _edition(doc, kind, (name_start, name_end))
    if edition_span:
        spans["edition"] = [edition_span]
    return Detection(
        True,
        kind=kind,
        name=name,
        edition=edition,
        anchor=anchor,
        spans=spans,
        lonely=lonely,
    )


_STOP_BEFORE_DAY = re.compile(r"[;!?\n]|\.(?!\w)")


def _names_kind_before(doc: Doc, kind: str | None, at: int, detection: Detection | None = None) -> bool:
    """Whether the date written at `at` follows, in its sentence, a mention of a meeting of `kind` (None: of any kind):
    "phát biểu ý kiến sau cuộc họp Hội đồng Nga - NATO ngày 13-7"; with the `detection`, not one named otherwise than
    it ("tại cuộc họp Chính phủ ngày 20.1" of a report whose meeting is "cuộc họp về kế hoạch cải tạo sân bay")."""
    pattern, labels = _kinds()
    window = doc.low[max(0, at - _NAME_DATE_CHARS):at]
    stops = [m.end() for m in _STOP_BEFORE_DAY.finditer(window)]  # (not the dot of "TP.HCM")
    cut = stops[-1] - 1 if stops else -1
    for m in pattern.finditer(window, cut + 1):
        if labels.get(m.group(0)) and (kind is None or labels[m.group(0)] == kind):
            if detection is not None and _named_otherwise(window[m.end():], detection):
                continue
            return True
    return False


#: the words between a meeting's noun and its day that name it ("Chính phủ", "Hội đồng Nga - NATO"), up to the day's
#: own words
_QUALIFIER = re.compile(r"\s*((?:(?!(?:ngày|sáng|chiều|tối|trưa|hôm|vào|hồi|từ|trong|diễn|tổ|được|đã|vừa)(?!\w))"
                        r"[^\W\d]+\s+){1,6}?)(?:(?:vào|hồi|từ|trong)\s+)?(?:ngày|sáng|chiều|tối|trưa|hôm)?\s*$")


def _named_otherwise(between: str, detection: Detection) -> bool:
    """Whether the words between a meeting's noun and a day name a meeting the detection's name does not."""
    qualifier = _QUALIFIER.match(between)
    if not qualifier or not detection.name:
        return False
    words = {fold(w) for w in qualifier.group(1).split()}
    return bool(words) and not words <= set(re.findall(r"\w+", fold(detection.name)))
