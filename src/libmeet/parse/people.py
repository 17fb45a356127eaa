"""Who attended: the named people, with form of address, academic title, position and organisation.

The constructions Vietnamese meeting reports use:

    Thứ trưởng Bộ Khoa học và Công nghệ Lê Xuân Định dự và chỉ đạo Hội nghị.        title, organisation, name
    Ông Trần Đắc Hiến - Cục trưởng Cục Thông tin Khoa học và Công nghệ Quốc gia ...  address, name, title
    ông Lê Xuân Định- Phó bí thư Ban cán sự Đảng, Bí thư Đảng ủy, Thứ trưởng Bộ ...   several titles: the job wins
    PGS.TS Trương Thị Hiền – Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam         academic title
    Vụ trưởng Vụ Giáo dục Trung học (Bộ GDĐT) - Nguyễn Xuân Thành                    title, dash, name
    Thủ tướng Singapore Lý Hiển Long; Thống tướng Myanmar Min Aung Hlaing             country, foreign name
    ông Nam, PGS-TS Tuấn, Bộ trưởng Trương Minh Tuấn                                  later, shorter mentions

A name is taken only after a form of address, an academic title or a job title (or as "Name - Title"),
so bylines and photo credits (Tin và ảnh: Thanh Hà; Ảnh: Kim Há/TTXVN) never become people. A person
named only in background (the subject of "miễn nhiệm ông X", "chuyến thăm của Tổng Bí thư X", someone
"sinh năm 1970") is left out. Each person is returned once with every span that names them.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from ..models import Person
from . import lexicon
from .names import (LOWER, RUN, UPPER, fold_word, foreign_places, has_org_word, is_country, is_not_name, is_place,
                    is_surname, is_vietnamese_name, is_vietnamese_syllable, looks_foreign, name_key, places,
                    vietnamese_name_at)
from .detect import OTHER_STORY as _OTHER_STORY
from .detect import ARCHIVE_PHOTO, glued_starts
from .detect import in_read_more, read_more_links  # (links to other stories, set in square brackets)
from .detect import STARRED_OCCASION as _STARRED_OCCASION
from .dates import OPENS_ON_DAY, PROGRAMME_DAY, WRITTEN_DAY
from .directions import ASSIGN_VERB, LETTER_CARRIES, LETTERS
from .detect import PRESS, any_kind_pattern, at_a_meeting, comma_name_at, commas_in_names, kind_named
from .normalize import Doc, fold, lower_same_length, strip_accents, tone_key
from .places import MEETS_VERB, TIEP_NOT_MET as _TIEP_NOT_MET, foreign_place_name
from .types import Span


def _alternation(name: str, reverse: bool = False, word_start: bool = False) -> str:
    """The words of a list as a regex (spaces match any white space); reversed, to read backwards from a name."""
    return lexicon.alternation((fold(w)[::-1] if reverse else fold(w) for w in lexicon.words(name)),
                               spaces=True, word_start=word_start)


def _positions() -> str:
    """Every job title, also misspelt, and also after "nguyên" or "cựu" (former), "tân" (newly elected) or "quyền" (acting:
    "Quyền Vụ trưởng Vụ Giáo dục đại học"), as whole words."""
    titles = {fold(w) for w in lexicon.words("positions.txt")} | set(_spellings()) | _players()
    # ("quyền" not the word's end of "chính quyền": "chính quyền Tổng thống Mỹ Donald Trump" is his administration)
    # (asserted after its first letter, so that the pattern stays led by a character set: see lexicon.alternation)
    acting = r"q(?<!\wq)(?<!chính q)(?<!thẩm q)uyền\s+(?:" + lexicon.alternation(titles, spaces=True) + ")"
    # (the trie's first branches each closed by the word's end and not grouped, as lexicon.alternatives writes them:
    # a pattern of top-level branches each led by a letter is led by a character set, and the engine skips ahead to
    # the next possible first letter of the whole text instead of trying every position)
    return lexicon.alternatives(titles | {f"{lead} {t}" for lead in ("nguyên", "cựu", "tân") for t in titles},
                                r"(?!\w)", spaces=True, word_start=True) + "|" + acting + r"(?!\w)"


@cache
def _players() -> frozenset[str]:
    """A team's player's titles (people_player_titles.txt): titles only at a press conference (_not_a_players_title)."""
    return frozenset(fold(w) for w in lexicon.words("people_player_titles.txt"))


#: a squad list's heading after a player's title, the count of its lines: "Thủ môn (3): Phí Minh Long (Hà Nội FC), ...,
#: Lê Văn Trường (HAGL) Hậu vệ (8): Bùi Tiến Dũng (Viettel)" (the heading of the next group, not the name's title)
_SQUAD_HEADING = re.compile(r"\s*\(\d+\)")


def _not_a_players_title(doc: Doc, kind: str | None, start: int, end: int) -> bool:
    """Whether the title at `start`-`end` is a player's (people_player_titles.txt) outside a press conference, where a
    player is what the meeting is about, not one at it; or a squad list's heading (_SQUAD_HEADING)."""
    return " ".join(doc.low[start:end].split()) in _players() and (kind != PRESS or bool(_SQUAD_HEADING.match(doc.low, end)))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    spelled_out = "|".join(w[::-1] for w in _SPELLED_OUT)
    return {
        # a job title (optionally "nguyên" = former, "tân" = newly elected, "quyền" = acting), case-blind on doc.low
        "position": re.compile(_positions()),
        # what stands right before a name, read backwards from the name (so one anchored match per name):
        # a form of address and/or an academic title ("ông", "PGS.TS", "bà ThS.",
        # "Tiến sỹ Giáo dục học (ĐH Paris Descartes),")
        "before": re.compile(
            rf"\s*(?:\.?(?P<acad>{_alternation('academic_titles.txt', True)})(?![\w.])"
            rf"|,?(?:\)[^()\n]{{1,60}}\(\s*)?(?:(?!(?:iạt|aủc|ở|ềv|iớv|àv|ừt)(?:\s|$))[^\W\d_]+\s+){{1,4}}?(?P<spelled>{spelled_out})(?!\w))?"
            rf"(?:\s*(?<!\S)(?P<hon>{_alternation('honorifics.txt', True)})(?![\w/])(?P<plural>\s+các(?!\w))?)?"
        ),
        "stop": re.compile(rf"(?:{_alternation('people_stops.txt')})(?!\w)"),
        "secondary": re.compile(rf"(?:{_alternation('people_secondary_titles.txt')})(?!\w)"),
        "role": re.compile(rf"(?:{_alternation('people_roles.txt', word_start=True)})(?!\w)"),
        "org_head": re.compile(rf"(?:{_alternation('organization_heads.txt')})(?!\w)"),
    }


@cache
def _spellings() -> dict[str, str]:
    return {fold(k): v for k, v in lexicon.table("people_title_spellings.json").items() if not k.startswith("_")}


def _spelled(title: str | None) -> str | None:
    """A title as it should read: "Thứ tưởng" (a slip in the article) is Thứ trưởng."""
    if not title:
        return title
    words = title.split()
    for cut in range(len(words)):
        right = _spellings().get(fold(" ".join(words[cut:])))
        if right:
            return " ".join([*words[:cut], right])
    return title


@dataclass(frozen=True)
class _Before:
    """The form of address and academic title right before a name (or a title), as written."""

    start: int
    honorific: str | None
    academic: str | None
    plural: bool


@cache
def _before_ends() -> dict[str, tuple[str, ...]]:
    """What the text right before a name ends with when a form of address or an academic title stands there
    (the last word of each, as folded), by their last character: a window is asked only about those it can end
    with. (The spelled-out titles may stand a few words further back: _SPELLED_OUT, looked for as substrings.)"""
    last_words = {fold(w).split()[-1] for name in ("honorifics.txt", "academic_titles.txt") for w in lexicon.words(name)}
    assert all(title.startswith(("tiến s", "thạc s")) for title in _SPELLED_OUT)
    by_last: dict[str, list[str]] = {}
    for word in sorted(last_words):
        by_last.setdefault(word[-1], []).append(word)
    return {last: tuple(words) for last, words in by_last.items()}


_SPELLED_OUT = ("tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ")


def _may_have_before(doc: Doc, at: int) -> bool:
    """Whether a form of address or an academic title may stand right before `at` (False: `_before` is None):
    the text there ends with the last word of one, or a spelled-out title stands in the window. Most capitalised
    words have none, and this look at the last word spares the regex."""
    ends = _before_ends()
    low = doc.low
    lo = max(0, at - 80)
    end = at  # (the window low[lo:at] with its trailing white space stripped, read in place rather than copied)
    while end > lo and low[end - 1].isspace():
        end -= 1
    last = low[end - 1] if end > lo else ""
    return bool(low.endswith(ends.get(last, ()), lo, end)
                or last == "." and low.endswith(ends.get(low[max(lo, end - 2):end - 1], ()), lo, end - 1)
                or low.find("tiến s", lo, at) >= 0 or low.find("thạc s", lo, at) >= 0)  # (a spelled-out title's start)


def _before(doc: Doc, at: int) -> _Before | None:
    return _read_before(doc, at) if _may_have_before(doc, at) else None


def _read_before(doc: Doc, at: int) -> _Before | None:
    """_before where _may_have_before holds."""
    lo = max(0, at - 80)
    m = _patterns()["before"].match(doc.low[lo:at][::-1])
    if not m or not (m.group("hon") or m.group("acad") or m.group("spelled")):
        return None

    def value(*groups: str) -> str | None:
        for group in groups:
            if m.group(group):
                return doc.text[at - m.end(group):at - m.start(group)]
        return None

    start = at - m.end("hon") if m.group("hon") else at - m.end()
    if m.group("acad") and not m.group("hon") and _PROFESSION_BODY.search(doc.text, lo, at - m.end("acad")):
        return None  # the title names a profession's body: "Chủ tịch Hội | Nhà văn | Việt Nam Nguyễn Quang Thiều"
    return _Before(start, value("hon"), value("acad", "spelled"), bool(m.group("plural")))


#: a profession's body named by the profession's title right after its head word (people_profession_bodies.txt,
#: as written): "Hội Nhà văn Việt Nam", "Liên đoàn Luật sư Việt Nam"
_PROFESSION_BODY = re.compile(r"(?<!\w)(?:" + lexicon.alternation(lexicon.words("people_profession_bodies.txt"),
                                                                  spaces=True) + r")\s+$")


# background, not attendance: "miễn nhiệm ... đối với ông X", "lời mời của Tổng thống X", "ông X sinh năm 1970"
# (not the one questioned at a sitting: "sau phiên chất vấn và trả lời chất vấn đối với Bộ trưởng Y tế Nguyễn Thị Kim
# Tiến, Bộ trưởng ... đã đăng đàn")
_WEAK_BEFORE = re.compile(r"(?<!\w)(?:(?<!cùng )(?<!chất vấn đối )(?P<with>với)|(?<!chất vấn )đối với|"
                          r"miễn nhiệm|bãi nhiệm|bổ nhiệm|kế nhiệm|cử|bầu|sa thải|cách chức|"
                          r"thay thế|lời mời của|chỉ đạo của|"
                          # ... one someone else stands in for: "Thay mặt Chủ tịch nước Trần Đại Quang, Thủ tướng ..."
                          r"thay mặt(?: cho)?|"
                          # ... the people a leader's tour visits or gives to: "thăm gia đình ông Bàn Văn Nhị", "tặng
                          # quà bà Nông Thị Mọn", "hộ ông Đinh Quang Từ"; an era or a deed that frames the news: "từ thời
                          # Tổng thống Mỹ Barack Obama", "một ngày sau khi Tổng thống Mỹ Donald Trump tuyên bố", "Việc
                          # Tổng thống Mỹ Donald Trump muốn ..."
                          r"(?<!làm )(?<!tới )(?<!đến )thăm|tặng quà(?: cho)?|hộ|gia đình|thời|(?P<deed>sau khi|trước khi)|(?<!\w )việc|"
                          # ... the late, and the revered leaders of history: "cố Thủ tướng Võ Văn Kiệt", "lãnh tụ Fidel
                          # Castro"
                          r"(?<!củng )(?<!kiên )(?<!ngoan )cố|lãnh tụ|"
                          # ... and the dead a meeting honours or a funeral mourns: "Quốc hội cũng sẽ mặc niệm đại biểu Ngô
                          # Văn Minh (Quảng Nam) mới qua đời", "đến Cuba để dự lễ tang Tổng tư lệnh Fidel Castro"
                          r"mặc niệm|tưởng niệm|tưởng nhớ|truy điệu|viếng|lễ tang|tang lễ|"
                          # ... a leader's administration, a letter sent to one: "trong bối cảnh chính quyền Tổng thống
                          # Mỹ Donald Trump theo đuổi ...", "người đã có tâm thư gửi Thủ tướng Chính phủ Nguyễn Xuân Phúc"
                          r"chính quyền|gửi|"
                          # ... a letter of one, or the matter a question or a case is about: "thư của Đồng chí Nguyễn
                          # Thiện Nhân", "về việc ông Đinh La Thăng chuyển về sinh hoạt tại Đoàn ĐBQH tỉnh Thanh Hóa"
                          r"thư của|về việc|"
                          # ... and the one a report or a submission goes to: "xây dựng quy chế hoạt động và báo cáo Phó
                          # thủ tướng Vương Đình Huệ", "trình Bộ trưởng Trần Tuấn Anh xem xét"
                          r"(?<!theo )báo cáo|(?<!chương )(?<!quá )(?<!lộ )(?<!công )(?<!tiến )(?<!phương )(?<!lập )"
                          r"(?<!tờ )trình)\s+$")
#: ... unless "với" names the other side of talks told as done: "Thủ tướng đã hội đàm với Tổng thống Pháp Emmanuel
#: Macron", "Tại cuộc gặp với Thủ tướng Ấn Độ Narendra Modi" (not one planned, past or elsewhere: "sẽ có cuộc gặp với",
#: "sau cuộc gặp với", "kết quả tốt đẹp của cuộc hội đàm với"); a meeting or a joint press conference with them too:
#: "Phát biểu tại cuộc họp báo chung với Tổng thống Ba Lan Andrzej Duda", "Tại cuộc họp với Bộ trưởng X"
#: (a meeting told by its noun may carry its kind, day or place before "với": "có buổi trao đổi học thuật với giáo sư
#: Masahiro Horie", "trong cuộc họp báo chung ngày 7/2 với Thủ tướng Đức Angela Merkel"; not one "giữa" two sides,
#: told in passing: "cuộc điện đàm vừa qua giữa ông với Chủ tịch Trung Quốc Tập Cận Bình")
_MET_WITH = re.compile(r"(?<!\w)(?:(?:hội đàm|hội kiến|gặp|gặp gỡ|làm việc|điện đàm|họp|họp báo(?: chung)?|đối thoại|"
                       r"tọa đàm)|(?:cuộc|buổi)\s+(?:hội đàm|hội kiến|gặp|gặp gỡ|làm việc|điện đàm|họp|họp báo|"
                       r"đối thoại|tọa đàm|trao đổi)(?:\s+(?!giữa(?!\w))[^\s,.;:!?“”\"]+){1,6}?)\s+với\s+$")
_MET_WHEN = re.compile(r"(?<!\w)(?:sẽ|dự kiến|sau|kết quả|khi|lời mời|chờ|trước|mong|muốn|hy vọng|hi vọng|từng)(?!\w)")
#: ... unless what the person did then is their part in the meeting: "Ngay sau khi Chủ tịch Quốc hội Nguyễn Thị Kim Ngân
#: phát biểu khai mạc phiên chất vấn"
_PART_AFTER = re.compile(r"[^.;:!?\n]{0,40}?(?<!\w)(?:phát biểu|khai mạc|bế mạc|chủ trì|kết luận|báo cáo|trình bày|"
                         r"tham dự|dự|đến|tới)(?!\w)")
# "chuyến thăm của Tổng Bí thư X" is background; "sự tham gia của Giám đốc X", "trước sự chứng kiến của Bí thư X" are not
# the subject of a candidacy, appointment, discipline or arrest: "ứng cử thành viên Ban Kiểm soát của ông X"
# ... or of greetings passed on: "chuyển lời thăm hỏi và lời chào trân trọng của Chủ tịch Tập Cận Bình" (a leader at home)
_WEAK_CLAUSE = re.compile(r"(?<!\w)(?:ứng cử|đề cử|miễn nhiệm|bãi nhiệm|bổ nhiệm|từ nhiệm|kỷ luật|khởi tố|bắt giữ|"
                          r"bắt tạm giam|truy tố|xét xử)[^.;:!?\n]{0,70}(?<!\w)(?:của|với|đối với)\s+$"
                          r"|(?<!\w)lời\s+(?:thăm hỏi|hỏi thăm|chào|chúc)[^.;:!?\n]{0,70}(?<!\w)(?:của|tới|đến)\s+$"
                          # ... or of conclusions carried out, drawn at another meeting: "tiếp tục thực hiện hiệu quả thông
                          # báo kết luận của Phó Thủ tướng Thường trực X tại Hội nghị tổng kết năm 2016"
                          r"|(?<!\w)(?:thực hiện|triển khai|quán triệt)[^.;:!?\n]{0,40}(?<!\w)kết luận\s+của\s+$")
_OF_BEFORE = re.compile(r"(?<!\w)(?<!tham gia )(?<!tham dự )(?<!có mặt )(?<!chứng kiến )(?<!chủ trì )(?<!phát biểu )"
                        r"(?<!trình bày )(?<!tham luận )(?<!chia sẻ )(?<!đề dẫn )(?<!kết luận )(?<!điều hành )(?<!chủ tọa )"
                        r"(?<!xuất hiện )(?<!hiện diện )của\s+$")  # ("Dưới sự điều hành của Phó Chủ tịch Quốc hội Đỗ Bá Tỵ, Quốc hội đã nghe ...")
#: the last words _INVITED_TO, _AWAITED and _WELCOMED_TO end with (before the white space they end in)
_INVITED_ENDS = lexicon.words("people_invited_ends.txt")
#: the last words _WEAK_BEFORE, _OF_BEFORE and _WEAK_CLAUSE end with (before the white space they end in)
_WEAK_ENDS = ("với", "nhiệm", "cử", "bầu", "thay thế", "của", "tới", "đến", "thăm", "quà", "cho", "hộ", "đình", "thời",
              "khi", "việc", "cố", "tụ", "quyền", "gửi", "thải", "chức", "mặt", "niệm", "nhớ", "điệu", "viếng", "cáo",
              "trình", "tang", "lễ")
#: the founders of a friendship are its history, not guests: one named with President Hồ Chí Minh, or as the subject
#: of the deed that laid it: "như ước nguyện của Chủ tịch Hồ Chí Minh và Thủ tướng Jawaharlal Nehru đặt nền móng và
#: dày công vun đắp", "tưởng nhớ tới Chủ tịch Hồ Chí Minh và Chủ tịch Fidel Castro", "mối quan hệ đã được cựu Chủ tịch
#: Fidel Castro và Chủ tịch Hồ Chí Minh cùng các thế hệ lãnh đạo ... vun đắp", "giữa Chủ tịch Fidel Castro và Nữ tướng
#: Nguyễn Thị Định gây dựng nên"
_FOUNDER_WITH = lexicon.WordLed(r"(?<!\w)(?:chủ tịch hồ chí minh|bác hồ)\s+và\s+$")
_FOUNDED_AFTER = re.compile(r"\s+và\s+(?:chủ tịch hồ chí minh|bác hồ)(?!\w)"
                            r"|(?:\s+và\s+[^.;:!?,“”\"\n]{3,60}?)?(?:\s+cùng\s+các\s+thế\s+hệ[^.;:!?“”\"\n]{0,80}?)?"
                            r"\s+(?:đã\s+)?(?:dày\s+công\s+)?(?:đặt\s+nền\s+móng|xây\s+dựng\s+nền\s+móng|vun\s+đắp|"
                            r"gây\s+dựng|vun\s+trồng|xây\s+đắp)(?!\w)")
#: the one invited to come, named right after the verb "mời" (not "lời mời", "giấy mời"), then the visit: "trân trọng
#: mời Tổng thống Indonesia Joko Widodo và phu nhân sang thăm Việt Nam", "Tổng thống Mỹ Donald Trump đã mời Thủ tướng
#: Nhật Bản Shinzo Abe tới thăm khu nghỉ dưỡng riêng Mar-a-Lago"; or the one whose coming is looked forward to: "nhắc
#: lại mong muốn đón tiếp Chủ tịch Trung Quốc Tập Cận Bình tham dự Hội nghị Cấp cao ... APEC 2017" (a visit ahead), or
#: welcomed to come to a gathering ahead: "hoan nghênh Thủ tướng Canada Justin Trudeau sang thăm Việt Nam và dự Tuần lễ
#: cấp cao APEC", "hoan nghênh Thủ tướng Australia Malcolm Turnbull tham dự Tuần lễ cấp cao APEC tháng 11/2017" (not the
#: guest of the day: "hoan nghênh Thủ tướng Paolo Gentiloni thăm Việt Nam")
_INVITED_TO = re.compile(r"(?<!\w)(?<!lời )(?<!giấy )(?<!thư )(?<!khách )mời\s+$")
_WITH_SPOUSE = r"(?:\s+và\s+phu\s+nhân)?"  # (the guest "và phu nhân", invited, awaited or welcomed with them)
_INVITED_GOES = re.compile(_WITH_SPOUSE + r"\s+(?:(?:sang|tới|đến)\s+)?(?:thăm|sang)(?!\w)")
_AWAITED = re.compile(r"(?<!\w)mong(?:\s+muốn)?\s+(?:sớm\s+)?(?:được\s+)?đón(?:\s+tiếp)?\s+$")
_WELCOMED_TO = re.compile(r"(?<!\w)hoan\s+nghênh\s+$")
_WELCOMED_TO_GOES = re.compile(_WITH_SPOUSE + r"\s+(?:sẽ\s+)?"
                               r"(?:(?:sang\s+)?thăm\s+(?:chính\s+thức\s+)?việt\s+nam\s+và\s+)?(?:tham\s+)?dự(?!\w)")
_AWAITED_GOES = re.compile(_WITH_SPOUSE + r"\s+(?:sẽ\s+)?(?:(?:sang|tới|đến)\s+)?"
                           r"(?:dự|tham\s+dự|thăm|sang)(?!\w)")
#: the sender, not at the event: of a letter, a cable or flowers ("Thống đốc tỉnh Saint Petersburg Gheorghi Poltavchenko
#: đã gửi thư chúc mừng Viện Hồ Chí Minh", "Chủ tịch nước Trần Đại Quang đã gửi điện mừng đến Ngài Hassan Rouhani",
#: "Đại sứ Israel tại LHQ Danny Danon cũng gửi một bức thư phản đối"; not words said there: "gửi lời cảm ơn", nor a host's
#: invitations: "gửi thư mời"), or of an envoy, named as the agent of "được ... cử": "Đặc phái viên Hong Seok-hyun,
#: người được tân Tổng thống Hàn Quốc Moon Jae-in cử tới Mỹ"
_SENT_AFTER = re.compile(r"\s+(?:(?:đã|cũng|vừa)\s+)*gửi\s+(?:một\s+)?(?:bức\s+)?(?:"
                         + lexicon.alternation(lexicon.words("people_sent_things.txt"), spaces=True)
                         + r")(?!\w)(?!\s+mời)")
_SENDER_OF = lexicon.WordLed(r"(?<!\w)(?:được|do)\s+$")
_SENDS = re.compile(r"\s+(?:đề\s+)?(?:" + lexicon.alternation(lexicon.words("people_send_verbs.txt"), spaces=True)
                    + r")(?!\w)")
_WEAK_AFTER = re.compile(r"\s*,?\s*(?:sinh năm|sinh ngày|sinh \d|\(\d{4}\s*[-–])|\s+(?:đã\s+)?(?:từng|nhiều\s+lần)(?!\w)")
#: a private person told by age or home, a victim or a passer-by the reporter asked ("chị Vũ Thị Huề 32 tuổi, nhà ở
#: tỉnh Đắk Nông", "chị Đỗ Phương Nhung, 29 tuổi, nhân viên văn phòng tại Hà Nội cho hay", "Anh Lê Quốc Cường (sinh năm
#: 1975, ngụ ... huyện Nhà Bè) cho biết"): not at the meeting unless a title or a part there puts them in it ("cử tri
#: Dương Thanh Tùng (ngụ xã Long Tân) muốn biết", "Tại hội nghị, ông Trần Đình Sơn (ngụ xã Mỹ An), chủ tàu ..., xin
#: phát biểu")
_PRIVATE_AFTER = re.compile(r"\s*[,(]?\s*(?:sinh năm|\d{1,3}\s+tuổi|quê|ngụ|trú)(?!\w)")
# the end of the article proper: related links, comments
_BODY_END_WORDS = ("đọc thêm", "xem thêm", "tin liên quan", "bài liên quan", "tin cùng chuyên mục", "các tin khác",
                   "tin khác", "tin mới", "bình luận", "ý kiến bạn đọc")
#: (what ^ says under re.M, asserted after the first letter, so that the engine skips ahead to the next candidate)
_BODY_END = re.compile("(?:" + "|".join(rf"{w[0]}(?<![^\n]{w[0]}){re.escape(w[1:])}" for w in _BODY_END_WORDS) + r")\b")
#: the title after a name, after a comma, a colon or a dash, the dash spaced on one side at least or, a hyphen glued to
#: both words, before a capital ("Ông Nguyễn Hồng Lĩnh-Ủy viên Trung ương Đảng", "PGS.TS Hồ Sỹ Hùng-Cục trưởng Cục
#: Phát triển Doanh nghiệp": a name's own hyphen, "Jean-Claude", "Ri-Chun", is inside its run)
_SEP = re.compile(rf"[^\S\n]*(?:\([^()\n]{{1,80}}\))?[^\S\n]*(?:[,:]|[^\S\n][-–—]|[-–—](?=[^\S\n])|[-–](?=[{UPPER}]))?"
                  r"[^\S\n]*")
_BRACKET = re.compile(r"[^\S\n]*\([^\S\n]*")
_SEP_NEXT = re.compile(r"[^\S\n]*(?:,|[-–—]|\bkiêm\b|\bvà\b)[^\S\n]*")
_GAP_BREAK = re.compile(r"[;:!?\n“”\"….](?:(?<=[;:!?\n“”\"…])|(?<![A-ZĐƯ]\.)(?<![Tt]p\.)(?=\s))")  # "UBND TP. Nguyễn Đức Chung"  # "Ban Kinh tế T.Ư Nguyễn Văn Bình" has no full stop; "(Bộ XD)… Theo Hà Anh/Reatimes" trails off
_NAMED_BEFORE = re.compile(r"[A-ZĐ][^\s,]*\s+[A-ZĐ][^\s,]*\s*[,\-–—]\s*$")  # "... Nguyễn Văn A, " before a title
_OWNED = re.compile(r"[,\-–—(]\s*$")
#: ... unless that comma closes the sentence's opening words, none of them capitalised but the first: "Trong khi đó,
#: Bộ trưởng Quốc phòng Nhật Bản, bà Tomomi Inada cho rằng" (not "bà A - Giám đốc Sở Tư pháp, Trưởng ban ...")
_OPENING_CLAUSE = re.compile(r"(?:^|[.!?\n]\s*)(\w+(?:\s\w+){0,5}),\s*$")
_DASH_END = re.compile(r"[-–—]\s*$")
#: "của" in the gap between a lower-case description and a name: "các chuyên gia đầu ngành của BV Bạch Mai"
_OF_IN_GAP = re.compile(r"(?<!\w)của(?!\w)")
#: a body's name that lists its fields with commas, the last one after "và" or of two words or more: "Bộ Văn hóa, Thể
#: thao và Du lịch", "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội", "Ủy ban Tài chính, Ngân sách của Quốc
#: hội" (each field capitalised: see `_fields_listed`; not "Trưởng khoa Hồi sức tích cực, BV | Bạch Mai")
_FIELDS_LISTED = re.compile(r"\s*(\w+(?:\s+\w+)*?)((?:,\s+\w+(?:\s+\w+)*?)*)(?:,\s+\w+(?:\s+\w+)+?|\s+và\s+\w[^,]*)\s*")
_WORD = re.compile(r"\(?[^\s,;:()“”\"]+\)?")
_LOWER_PHRASE = re.compile(r"([^\W\d_A-ZĐ][^,;:.()\n]{2,60}?)\s+của\s+")
_MAX_GAP_WORDS = 12
#: ... or when an acronym in brackets closes the body's name (_ACRONYM_CLOSES)
_MAX_GAP_WORDS_ACRONYM = 16
#: how far (in characters) a job title may end before the name it is the title of
_TITLE_GAP = 120
_MAX_ORG_WORDS = 14


@dataclass
class _Mention:
    name: str
    span: Span
    start: int  # where the whole mention starts (address, academic or job title)
    full: bool  # a full name, not a later "ông Nam"
    strong: bool = True
    bare: bool = False  # a name without any title here: only a further span of someone named elsewhere
    honorific: str | None = None
    academic: str | None = None
    titles: list[tuple[str, str | None]] = field(default_factory=list)
    #: where the sentence is read for what they did there (_roles), when not `start`: a listed name's list title
    roles_from: int | None = None
    #: a short name after a title that goes with a stage name ("HLV Hữu Thắng"): the person when named nowhere in full
    stage: bool = False

    def roles(self, doc: Doc) -> list[str]:
        """What the sentence naming them says they did: read only for the people kept, not for every mention."""
        return _roles(doc, self.start if self.roles_from is None else self.roles_from, self.span[1], told=True)


#: "người đồng cấp": the counterpart of a leader, of the same rank (also "người đồng nhiệm": "Trong cuộc hội đàm với
#: người đồng nhiệm Pháp Jean-Yves Le Drian, Ngoại trưởng Nga Sergey Lavrov ...")
COUNTERPART = "người đồng cấp"
COUNTERPARTS = (COUNTERPART, "người đồng nhiệm")
#: runs of capitalised words weighed as names in one text at most: far above any article (661 in the
#: 35k-article bench corpus), so that a text made of nothing else ('Ông A,' × 50k) costs linear time
MAX_RUNS = 5000


#: "Quốc" closing a country's name, so that a "Quốc vương" (a king) after it is that country and a surname: "Ngoại
#: trưởng Trung Quốc Vương Nghị", "Hàn Quốc Vương ..."
_QUOC_OF_A_COUNTRY = re.compile(r"(?<!\w)(?:trung|hàn)\s+$")


#: a photo's credit right before a name: "Ảnh: Phạm Hải", "Ảnh: TTXVN/Nguyễn Minh", "(Nguồn: Trọng Đức"
_CREDIT = re.compile(r"(?<!\w)(?:ảnh|nguồn)\s*:\s*(?:[^\s/]{1,12}\s*/\s*)?$")
_CREDIT_REACH = 24


def extract_attendees(doc: Doc, kind: str | None = None, at: int | None = None,
                      day: date | None = None) -> list[tuple[Person, list[Span]]]:
    """The people placed at the event; `kind` is the event's kind (a press conference's own sentences place people
    at it, where they set aside people told of at one in a report of another meeting), `at` where the article names
    it (that sentence tells of it, whatever it opens on), `day` its first day if known (a photo's caption of another
    year tells another occasion)."""
    body = _body_end(doc)
    positions = [_not_new(doc, m.start(), m.end()) for m in _patterns()["position"].finditer(doc.low, 0, body)
                 if not _OFFICE_OF.search(doc.low, max(0, m.start() - 12), m.start())
                 and not (m.group() in ("quản lý", "giám đốc") and _BOARD_OF.search(doc.low, max(0, m.start() - 5),
                                                                                  m.start()))
                 and not (m.group() == "quản lý" and _MANAGING_BODY.search(doc.low, max(0, m.start() - 7), m.start()))
                 and not (m.group().split() == ["quốc", "vương"]
                          and _QUOC_OF_A_COUNTRY.search(doc.low, max(0, m.start() - 6), m.start()))
                 and not (m.group().startswith("đại biểu")
                          and _WORK_ON.search(doc.low, max(0, m.start() - 10), m.start()))
                 and not doc.low.startswith(" quán", m.end())  # "Đại sứ quán Việt Nam tại La Hay": an embassy
                 and not _not_a_players_title(doc, kind, m.start(), m.end())]
    # a co-chair's "Đồng" right after a capitalised word is the last syllable of a name whose full stop is lost: "ĐB Hà
    # Sỹ Đồng Chủ tịch QH Nguyễn Thị Kim Ngân" (the title is "Chủ tịch")
    positions = [(s + len(_CO), e) if doc.low.startswith(_CO + "chủ tịch", s)
                 and _GLUED_CO.search(doc.text, max(0, s - 12), s + 1) else (s, e) for s, e in positions]
    positions = _aides_joined(doc, positions)
    # a title's short form in brackets right after it is the same title: "Giám đốc điều hành (CEO) Akbar Al Baker"
    positions = [(s, e) for i, (s, e) in enumerate(positions)
                 if not (i and (short := _short_form(doc, positions[i - 1][1])) and short.span(1) == (s, e))]
    runs = itertools.islice(_unglued_captions(doc, RUN.finditer(doc.text, 0, body)), MAX_RUNS)
    mentions = [m for run in runs if (m := _mention(doc, run, positions)) and not _cut_at_an_initial(doc, m)]
    mentions.extend(_listed(doc, positions, body))
    mentions.extend(_stage_lists(doc, body))
    mentions.extend(_sharing_a_title(doc, mentions, positions, body))
    _titles_taken(doc, mentions)
    # a photo's credit names its photographer, glued to the next sentence where a full stop is lost: "Ảnh: Phạm Hải Chủ
    # tịch QH cũng cho biết", "Ảnh: Nguyễn Hà Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Đức Long cho biết" (no "Chủ tịch")
    mentions = [m for m in mentions if not _CREDIT.search(doc.low, max(0, m.span[0] - _CREDIT_REACH), m.span[0])]
    links = read_more_links(doc.text)
    if links:  # a bracketed "read more" link names another story's people: "[Bộ trưởng Trần Hồng Hà: Formosa ...]"
        mentions = [m for m in mentions if not in_read_more(links, m.span[0])]
    mentions = _org_tails_taken(mentions)
    for mention in mentions:
        if mention.strong and (_elsewhere(doc, mention.start, kind, at) or kind != VOTERS_MEETING and _a_voter(mention)):
            mention.strong = False  # (a voter speaks at the deputies' meeting with voters, not of another event)
    for mention in mentions:
        if mention.strong and (_caption_of_another_day(doc, mention, mentions, at, day) or _recalled(doc, mention, day)):
            mention.strong = False
    _counterparts(mentions)
    found = _people(doc, mentions)
    if at is not None and any(_ONE_WORD.fullmatch(person.name) for person, _ in found):
        # one known by one word of a foreign name (_one_word_titled) only when the event's own sentence names them:
        # "Phó Thủ tướng ... đã tiếp kiến Nhà vua Tây Ban Nha Felipe VI", not "Tổng thống Assad phải từ bỏ quyền lực"
        # told of at talks, nor "Tổng thống Mỹ Đ.Trăm khẳng định" on a trip the same day (such a name says too little
        # of who it is to be kept on less; with no event's sentence known, none is dropped)
        starts, own = _sentences_and_own(doc, at)
        found = [(person, spans) for person, spans in found if not _ONE_WORD.fullmatch(person.name)
                 or any(_sentence_at(doc, starts, start)[0] == own for start, _ in spans)]
    return [(_described(doc, person, body), spans) for person, spans in found]


@cache
def _role_nouns() -> frozenset[str]:
    """What a person with no title is, in lower case before their name or after it and a comma (people_role_nouns.txt)."""
    return frozenset(lexicon.words("people_role_nouns.txt"))


@cache
def _role_told() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The role noun that ends right before a mention of a name, with its field or country between and "là ông / bà"
    ("chuyên gia giao thông ", "nhà ngoại giao Triều Tiên ", "chủ tàu là ông "; never in "cơ quan chức năng"), and the
    one that follows a mention after a comma and is not the next person's ("Ông Vũ Chí Thành, nhân chứng hiếm hoi",
    not "ông Lê Văn Hùng, chuyên gia Trần Văn Bình")."""
    roles = lexicon.alternation(sorted(_role_nouns()), spaces=True)
    fields = lexicon.alternation(lexicon.words("people_role_fields.txt"), spaces=True)
    field = rf"(?:{fields}|[{UPPER}][^\W\d_]*)(?!\w)"
    # (capitalised only where a sentence opens: "Ngư dân Trần Văn Bình kể lại", not a book's "cuốn sách Nhân chứng")
    opening = lexicon.alternation([w[:1].upper() + w[1:] for w in sorted(_role_nouns())], spaces=True)
    before = re.compile(rf"((?:(?<![^\n])|(?<=[.!?][ \t]))(?:{opening})|(?<!\w)(?<!cơ )(?:{roles}))(?!\w)"
                        rf"(?:[ \t]+{field}){{0,3}}(?:[ \t]+là)?(?:[ \t]+(?:ông|bà))?[ \t]+$")
    # (not the next person's, whatever few words stand between: ", chuyên gia người Mỹ Lê Văn Hùng", ", chuyên gia hàng
    # đầu Lê Văn Hùng"; a body after "của / tại …" is the person's own: ", quan chức cấp cao của Bộ Thương mại")
    after = re.compile(rf",[ \t]*({roles})(?!\w)(?![ \t]+(?:(?!(?:của|tại|thuộc|ở|về|trong)(?!\w))"
                       rf"(?![{UPPER}])\w+[ \t]+){{0,3}}(?:ông |bà )?[{UPPER}][{LOWER}])")  # (a code "TH-93968" is no name)
    return before, after


def _role_told_at(doc: Doc, start: int, end: int) -> bool:
    """Whether a role noun (_role_told) is told of the name at `start`-`end`, right before it or after it and a comma."""
    before, after = _role_told()
    return bool(before.search(doc.text, max(0, start - 60), start) or after.match(doc.text, end))


def _described(doc: Doc, person: Person, body: int) -> Person:
    """`person` with the role noun the text tells of them, at a mention of their full name, as their position when no
    title was found: "chuyên gia giao thông Trần Thị Kim Đăng, Trường ĐH GTVT Hà Nội, nhận định", "đối thoại giữa Công
    ty đóng tàu và chủ tàu Nguyễn Duy Muộn", "Ông Vũ Chí Thành, nhân chứng hiếm hoi còn sống sót"
    (people_role_nouns.txt, people_role_fields.txt)."""
    if person.position or len(person.name.split()) < 2:
        return person
    before, after = _role_told()
    start = doc.text.find(person.name, 0, body)
    while start >= 0:
        end = start + len(person.name)
        if not (doc.text[start - 1:start].isalnum() or doc.text[end:end + 1].isalnum()):
            told = before.search(doc.text, max(0, start - 60), start) or after.match(doc.text, end)
            if told:
                return person.model_copy(update={"position": told.group(1).lower()})
        start = doc.text.find(person.name, end, body)
    return person


#: a capitalised "Ông" or "Bà" inside a run opens the next photo's caption, glued to the full name that closes the one
#: before it with no full stop: "Chủ tịch FPT Trương Gia Bình Ông Vũ Văn Tiền, bà Cao Thị Ngọc Dung ...", "Phó Thủ
#: tướng Vũ Đức Đam Ông Trương Quý Dương phát biểu" (not a place's "Bà": "quận Hai Bà Trưng", no name before it)
_GLUED_ADDRESS = re.compile(r" (?:Ông|Bà) (?=[A-ZĐÀ-Ỹ])")


def _titles_taken(doc: Doc, mentions: list[_Mention]) -> None:
    """A title read for a name past another full name it already heads, with the later name's own words between
    (lower-case, and no title the lexicon knows), is the first name's: "Chủ tịch Trung Quốc Tập Cận Bình ngồi cạnh Đệ
    nhất phu nhân Pháp Brigitte Macron", "Chủ tịch Trung Quốc Tập Cận Bình và nhà lãnh đạo Triều Tiên Kim Jong-un": the
    later name is left with no title, as one named in passing (not a title two names share: "Tổng thống Mỹ Donald
    Trump và Nga Vladimir Putin"; not a list's names, each given the list's title)."""
    heads: dict[int, Span] = {}
    for m in mentions:
        if m.titles and m.start < m.span[0] and m.roles_from is None and " " in m.name:
            heads[m.start] = min(heads.get(m.start, m.span), m.span)
    for m in mentions:
        first = heads.get(m.start)
        if m.roles_from is None and m.titles and not (m.honorific or m.academic) and first \
                and first[1] <= m.span[0] and first != m.span \
                and any(word[:1].islower() and word not in _SHARED_TITLE_WORDS
                        for word in doc.text[first[1]:m.span[0]].split()):
            m.titles = []


def _org_tails_taken(mentions: list[_Mention]) -> list[_Mention]:
    """A name read after a title that another name already holds with the organisation ending on that name is the
    organisation's last words, not a second person: "Ông Nguyễn Quang Huy, Tổng Giám đốc Công ty CP Đầu tư hạ tầng
    giao thông Đèo Cả chia sẻ" (Huy is the Tổng Giám đốc of "... giao thông Đèo Cả"; "Đèo Cả" after "... giao thông"
    is no one)."""
    held: dict[tuple[str, str], int] = {}  # (title, organisation) → where the first name holding them ends
    for m in mentions:
        for title, org in m.titles:
            if org:
                key = (fold(title), fold(org))
                held[key] = min(held.get(key, m.span[1]), m.span[1])
    if not held:
        return mentions
    # (not a full name of three words or more, a person's more often than a brand's: a caption glued to the sentence
    # after it may read "Nguyễn Hà Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Đức Long")
    return [m for m in mentions
            if not (m.titles and m.roles_from is None and not (m.honorific or m.academic) and m.titles[0][1]
                    and not (len(m.name.split()) >= 3 and is_vietnamese_name(m.name))
                    and held.get((fold(m.titles[0][0]), fold(f"{m.titles[0][1]} {m.name}")), m.start + 1) <= m.start)]


#: the words a title written once for two names holds between them, besides capitalised ones (their countries)
_SHARED_TITLE_WORDS = frozenset({"và", "cùng", "với", ","})


def _unglued_captions(doc: Doc, runs: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The runs, each cut before a capitalised form of address that follows a whole Vietnamese name inside it."""
    text = doc.text
    if " Ông " not in text and " Bà " not in text:
        yield from runs  # (no capitalised "Ông"/"Bà" after a space in the whole text: nothing to cut)
        return
    for run in runs:
        start, end = run.span()
        if text.find(" Ông ", start, end) < 0 and text.find(" Bà ", start, end) < 0:
            yield run  # (every _GLUED_ADDRESS match holds one of them: most runs need no finditer)
            continue
        for glued in _GLUED_ADDRESS.finditer(doc.text, start, end):
            texts = doc.text[start:glued.start()].split(" ")
            if any(vietnamese_name_at(texts, offset) == len(texts) - offset >= 2 for offset in range(len(texts) - 1)):
                head = RUN.match(doc.text, start, glued.start())
                if head and head.end() == glued.start():
                    yield head
                    start = glued.start() + 1
        rest = run if start == run.start() else RUN.match(doc.text, start, end)
        if rest:
            yield rest


@cache
def _aides() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words("people_aides.txt"))


@cache
def _lower_descriptions() -> tuple[str, ...]:
    """What a person is, written lower case before their name (people_lower_descriptions.txt)."""
    return tuple(fold(w) for w in lexicon.words("people_lower_descriptions.txt"))


def _aides_joined(doc: Doc, positions: list[Span]) -> list[Span]:
    """An aide's title with the title of the one aided right after it, as one title: "Trợ lý Chủ tịch Quốc hội Lê
    Minh Thông" is no Chủ tịch Quốc hội, "Trợ lý Bộ trưởng Bộ Ngoại giao Phạm Sanh Châu" (Trợ lý Bộ trưởng, of Bộ
    Ngoại giao)."""
    joined: list[Span] = []
    for s, e in positions:
        if joined and joined[-1][1] + 1 == s and doc.text[s - 1] == " " \
                and fold(doc.low[joined[-1][0]:joined[-1][1]]) in _aides():
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


#: "đồng" of a co-chair ("Đồng Chủ tịch"), and a name's capitalised word before its "Đ"
_CO = "đồng "
_GLUED_CO = re.compile(r"[A-ZĐÀ-Ỹ]\w*\sĐ$")


#: a title that names the office of its holder, inside an organisation's name: "Chủ nhiệm Văn phòng Chủ tịch nước Đào
#: Việt Trung", "tại Phủ Chủ tịch" (not "Chính phủ")
_OFFICE_OF = re.compile(r"(?<!\w)(?:văn phòng|(?<!chính )phủ)\s+$")
#: ... or a board named after what it does or who sits on it, "Ban" before "Quản lý" or "Giám đốc": "Ban Quản lý Công
#: viên địa chất toàn cầu Cao nguyên đá Đồng Văn", "Ban Giám đốc Bệnh viện E" (not "Ban Bí thư", whose "Bí thư" the
#: title of a name run before it may take: "Tổng Bí thư Nguyễn Phú Trọng Ban Bí Thư Trung ương Đảng ...")
_BOARD_OF = re.compile(r"(?<!\w)ban\s+$")
#: ... or a department named after what it manages: "Phó Cục trưởng Cục Quản lý chất lượng Phạm Quốc Khánh", "Chi cục
#: Quản lý thị trường", "Phòng Quản lý đô thị"
_MANAGING_BODY = re.compile(r"(?<!\w)(?:cục|vụ|phòng|sở|đội)\s+$")
#: ... or the deputies a board works on: "Trưởng ban Công tác đại biểu Nguyễn Thị Thanh" (not "đại biểu Nguyễn Thị
#: Thanh")
_WORK_ON = re.compile(r"(?<!\w)công\s+tác\s+$")


def _cut_at_an_initial(doc: Doc, mention: _Mention) -> bool:
    """A name cut or run on at an initial written with a space after its dot: a foreign name the run left at the dot
    ("Tướng Walter E" for "Walter E. Piatt", when no capital follows), or a short name run on into the next sentence
    ("Nguyễn Văn A. Trong buổi họp", "rapper San E. Bộ đôi ...": the word after the initial is a Vietnamese syllable,
    where a middle initial leads a foreign family name, "George W. Bush", "Robert H. McMaster"). Better none than
    "Walter E"."""
    words = mention.name.split()
    if len(words) == 2 and len(words[0]) == 2 and mention.titles and _SEAT_AFTER.match(doc.text, mention.span[1]):
        return False  # a deputy's "K. Nhiễu (Lâm Đồng)" (_seated_initial)
    if len(words) >= 2 and len(words[-1]) == 1 and doc.text.startswith(". ", mention.span[1]):
        return looks_foreign(words[:-1])
    return any(len(word) == 2 and word.endswith(".") and (is_vietnamese_syllable(after) or len(after) == 1)
               for word, after in zip(words, words[1:]))  # (or initials alone: "Nguyễn Thị N. H")


#: titles news writes lower case before a name: "nguyên Bộ trưởng X", "người đồng cấp Nga Vladimir Putin", "đại biểu
#: Châu Quỳnh Giao (Kiên Giang)", "cử tri Lê Thị Huệ (phường ...)", "đồng Chủ tịch của Hội đồng PECC Donald Campbell"
_LOWER_TITLES = ("nguyên", "tân", *COUNTERPARTS, "đại biểu", "cử tri", "đồng chủ tịch")
#: titles a name follows at once, with no organisation between
_BARE_TITLES = ("cử tri",)
#: the kind at which voters named with their title are attendees; elsewhere they are asked what they think of it
#: ("Cử tri Trần Vinh, ở phường 6, thành phố Đà Lạt cho rằng, phiên chất vấn ...")
VOTERS_MEETING = "tiếp xúc cử tri"


def _a_voter(mention: _Mention) -> bool:
    return bool(mention.titles) and all(title.lower().startswith(_BARE_TITLES) for title, _ in mention.titles)
#: how far back a counterpart's leader may be named: "Tổng thống Mỹ Donald Trump và người đồng cấp Nga Vladimir Putin"
_COUNTERPART_REACH = 160


def _counterparts(mentions: list[_Mention]) -> None:
    """A counterpart ("người đồng cấp") holds the title of the leader named just before them."""
    for i, mention in enumerate(mentions):
        if not mention.titles or fold(mention.titles[0][0]) not in COUNTERPARTS:
            continue
        for leader in reversed(mentions[:i]):
            if mention.start - leader.span[1] > _COUNTERPART_REACH:
                break
            if leader.titles and fold(leader.titles[0][0]) not in COUNTERPARTS:
                mention.titles[0] = (leader.titles[0][0], mention.titles[0][1])
                break


_WORD_BEFORE = re.compile(r"(\S+)\s$")
#: the first words of a photo caption glued to the name before it
_CAPTION_OPENER = re.compile(r"(?:quang|toàn|cận)\s+cảnh(?!\w)")
#: ... or the next sentence's first word, glued on where a caption lost its full stop: "Bộ trưởng Nguyễn Thị Kim Tiến
#: Với các cơ sở y tế, ..." (words that never end a name, before a lower-case word; not "Trong", a "Trọng" misspelt)
_OPENER_GLUED = re.compile(r"(?:Với|Theo|Tại|Sau|Về|Khi|Còn|Nhưng|Ngoài|Những|Các|Để|Vì|Nếu|Tuy|Đây|Đó|Giữa|"
                           r"Cũng|Riêng) [a-zà-ỹđ]"
                           # ("Trong" is a given name too: only before the words that open a sentence with it, and with
                           # no full stop before it: "Đội trưởng U20 Việt Nam - Nguyễn Quang Hải | Trong khi đó, ...")
                           r"|(?<!\. )Trong (?:khi|đó|buổi|cuộc|thời|năm|những|các|dịp|lần|phiên)(?!\w)")


def _not_new(doc: Doc, start: int, end: int) -> Span:
    """A title read as "tân Chủ tịch" (newly elected) whose "Tân" is capitalised right after a capitalised word
    is a name's last syllable and a title: "Tổng giám đốc VCCORP Nguyễn Thế Tân Chủ tịch kiêm TGĐ REE ..."."""
    if doc.low.startswith("tân ", start) and doc.text[start] == "T":
        before = _WORD_BEFORE.search(doc.text, max(0, start - 20), start)
        if before and before.group(1)[0].isupper() and before.group(1)[-1].isalpha():
            return start + 4, end
    return start, end


#: "các đồng chí Phó Chủ tịch UBND tỉnh: A, B, C", "các Phó Thủ tướng: A, B và C": one title for a list of names
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những|hai|ba|bốn)\s+(?:(?:đồng chí|ông|bà|vị)\s+)?$")
_LIST_ITEM = re.compile(r"\s*(?:,|;|\s và|\s cùng)\s*")
_LIST_OPEN = re.compile(r"[^\S\n]*:?[^\S\n]*")
#: an item's home, seat or age in brackets, before the next item: "Đặng Thanh Bình (phường Nguyễn Cư Trinh, Quận 1), "
_LIST_ASIDE = re.compile(r"[^\S\n]*\([^()\n]{1,60}\)")
_MAX_LISTED = 12
#: the same for the artists a gathering brings together, a plural stage title then their stage names, mostly with no
#: family name: "với sự tham gia của nhiều nghệ sĩ như Angela Phương Trinh, Hữu Vi, Rocker Nguyễn, Hòa Minzy, Tú Vi",
#: "Buổi gặp gỡ có sự góp mặt của các ca sĩ: Phương Thanh, Đàm Vĩnh Hưng, Hà Anh Tuấn, Noo Phước Thịnh, Tóc Tiên"
#: (only a list of those present: not "các ca sĩ Đông Nhi, Tóc Tiên và Suboi được đề cử", nor the performers of a
#: show the meeting announces: "Đêm trao giải có sự tham gia biểu diễn của các nghệ sĩ: Thu Minh, Hồ Ngọc Hà")
_STAGE_PRESENT = re.compile(r"(?<!\w)(?:tham gia|góp mặt|tham dự|dự|có mặt|hiện diện|quy tụ)(?:\s+của)?\s+$")
_STAGE_LIST_OPEN = re.compile(r"[^\S\n]*(?::|như|gồm)?[^\S\n]*")


def _listed(doc: Doc, positions: list[Span], body: int) -> list[_Mention]:
    """The people of a list that one plural title introduces; each with that title and its organisation."""
    found: list[_Mention] = []
    for p_start, p_end in positions:
        if not _PLURAL_BEFORE.search(doc.low, max(0, p_start - 20), p_start):
            continue
        org, org_end = _organisation(doc, p_end)
        if org and org_end > p_end:
            org = org.rstrip(" :")
        list_start = None
        if org:
            words = org.split()
            # the first name closes what was read as the organisation: "các Phó Thủ tướng Trịnh Đình Dũng, Vũ Đức Đam",
            # "các thứ trưởng Bộ Công Thương Hoàng Quốc Vượng, Cao Quốc Hưng"
            cut = next((len(words) - size for size in (3, 4)
                        if len(words) >= size and vietnamese_name_at(words, len(words) - size) == size), None)
            if cut is not None and doc.text[org_end:org_end + 1] == ",":
                list_start = doc.text.rfind(" ".join(words[cut:]), p_end, org_end)
                org = " ".join(words[:cut]) or None
            # ... or the first name has its home or seat in brackets, read into the organisation: "Các cử tri Đặng
            # Thanh Bình (phường Nguyễn Cư Trinh, Quận 1), Nguyễn Thị Mỹ Hạnh (Phường 8, quận 4)"
            # (taking over from a "name" the cut found inside the brackets: "... (phường Nguyễn Cư Trinh, ...")
            bracket = next((i for i, word in enumerate(words) if word.startswith("(")), None)
            size = next((size for size in (4, 3, 2) if bracket is not None and bracket >= size
                         and vietnamese_name_at(words[:bracket], bracket - size) == size), None)
            first = doc.text.rfind(" ".join(words[bracket - size:bracket]), p_end, org_end) if size else -1
            if first >= 0:
                list_start = first
                org = " ".join(words[:bracket - size]) or None
        opened = _LIST_OPEN.match(doc.text, list_start if list_start is not None and list_start >= 0
                                  else org_end if org else p_end)
        found.extend(_list_items(doc, opened.end(), body, (doc.text[p_start:p_end], org or None), p_start, _named))
    return found


def _named(doc: Doc, run: re.Match[str], words: list[str]) -> int:
    """How many words of a list's item name a person: a Vietnamese name, or a foreign one of two words or more."""
    size = vietnamese_name_at(words, 0)
    if not size:
        foreign = _foreign(words)
        size = len(foreign) if len(foreign) >= 2 else 0
    return size


#: a deputy's own title: "đại biểu", "ĐB", "ĐBQH" (its province follows the name in brackets)
_DEPUTY = re.compile(r"(?:đại biểu|đb|đbqh)(?:\s+quốc hội)?")
#: a deputy's province in brackets right after the name: " (Hải Phòng)", " (đoàn An Giang)"
_SEAT_AFTER = re.compile(r" \((?:đoàn\s+)?([^()\n]{2,25})\)")


def _deputy_seated(doc: Doc, title: str, words: list[str], end: int) -> bool:
    """A deputy's name whose family name no list knows, told by the province in brackets after it: "đại biểu Thuận Hữu
    (Hải Phòng)", "Đại biểu Chau Chắc (đoàn An Giang)", "các đại biểu Nguyễn Văn Hòa (Đồng Tháp), Leo Thị Lịch (Bắc
    Giang)" (a Cham, a Khmer and a San Chay deputy); two to four Vietnamese syllables, not a place's name."""
    seat = _SEAT_AFTER.match(doc.text, end)
    return bool(seat and _DEPUTY.fullmatch(fold(title)) and 2 <= len(words) <= 4
                and all(map(is_vietnamese_syllable, words)) and not is_place(words) and not is_not_name(" ".join(words))
                and fold(seat.group(1).strip()) in places())


#: a name's initial and its dot, then the rest: "K. Nhiễu" (K'Nhiễu, its apostrophe lost)
_INITIAL_THEN = re.compile(rf"\. ?[{UPPER}][^\W\d_]+")


def _seated_initial(doc: Doc, run: re.Match[str], positions: list[Span]) -> _Mention | None:
    """A deputy of the Central Highlands whose name opens on an initial, told by the province in brackets after it:
    "đại biểu K. Nhiễu (Lâm Đồng)" (K'Nhiễu); the deputy's title right before it."""
    rest = _INITIAL_THEN.match(doc.text, run.end())
    i = bisect_right(positions, (run.start(), run.start())) - 1
    if not rest or i < 0 or doc.text[positions[i][1]:run.start()] != " ":
        return None
    title = doc.text[positions[i][0]:positions[i][1]]
    seat = _SEAT_AFTER.match(doc.text, rest.end())
    if not (seat and _DEPUTY.fullmatch(fold(title)) and is_vietnamese_syllable(rest.group().lstrip(". "))
            and fold(seat.group(1).strip()) in places()):
        return None
    span = (run.start(), rest.end())
    mention = _Mention(doc.text[span[0]:span[1]], span, positions[i][0], full=True, titles=[(title, None)])
    mention.strong = _is_strong(doc, mention, by_title=True)
    return mention


def _list_items(doc: Doc, at: int, body: int, title: tuple[str, str | None], roles_from: int,
                size_of: Callable[[Doc, re.Match[str], list[str]], int]) -> list[_Mention]:
    """The names of a list from `at`, each a capitalised run of which `size_of` takes the name (0 ends the list), up to
    the list's last item; each with the list's title."""
    found: list[_Mention] = []
    for _ in range(_MAX_LISTED):
        run = RUN.match(doc.text, at, body)
        if not run:
            break
        words = run.group().split(" ")
        size = size_of(doc, run, words)
        if not size and not title[1] and _deputy_seated(doc, title[0], words, run.end()):
            size = len(words)  # "các đại biểu Nguyễn Văn Hòa (Đồng Tháp), | Leo Thị Lịch (Bắc Giang)"
        if not size:
            break
        span = (run.start(), run.start() + len(" ".join(words[:size])))
        found.append(_listed_mention(doc, span, title, roles_from))
        aside = _LIST_ASIDE.match(doc.text, span[1]) if size == len(words) else None
        sep = _LIST_ITEM.match(doc.text, aside.end() if aside else span[1])
        if not sep or size < len(words):
            break
        at = sep.end()
    return found


@cache
def _plural_stage() -> re.Pattern[str]:
    titles = sorted(_stage_titles(), key=len, reverse=True)
    # ("starts a word" asserted after the first letter, so that the engine skips ahead to the next c or n)
    return re.compile("(?:" + lexicon.alternation(("các", "những", "nhiều"), word_start=True) + r")\s+("
                      + "|".join(re.escape(t) for t in titles) + r")(?!\w)")


def _stage_lists(doc: Doc, body: int) -> list[_Mention]:
    """The artists every plural stage title lists, in a sentence that places them at the gathering."""
    found: list[_Mention] = []
    for m in _plural_stage().finditer(doc.low, 0, body):
        if not _STAGE_PRESENT.search(doc.low, max(0, m.start() - 30), m.start()):
            continue
        found.extend(_stage_listed(doc, m.start(1), m.end(1), body))
    return found


def _stage_listed(doc: Doc, p_start: int, p_end: int, body: int) -> list[_Mention]:
    """The artists a plural stage title lists: each item a run of two or three capitalised words and nothing else
    up to the next comma, "và" or the list's end (a stage name, a full name or a foreign one)."""
    def stage_named(doc: Doc, run: re.Match[str], words: list[str]) -> int:
        # the whole run, standing alone as an item; not where the artists come from ("các nghệ sĩ Việt Nam")
        if not 2 <= len(words) <= 3 or is_country(words) or is_place(words) or has_org_word(words):
            return 0
        alone = _ITEM_END.match(doc.text, run.end(), body) or doc.text.startswith(("…", "..."), run.end())
        return len(words) if alone else 0
    return _list_items(doc, _STAGE_LIST_OPEN.match(doc.text, p_end).end(), body, (doc.text[p_start:p_end], None),
                       p_start, stage_named)


def _listed_mention(doc: Doc, span: Span, title: tuple[str, str | None], roles_from: int) -> _Mention:
    """A name of a list, with the title written for the list (its part in the meeting read from that title on)."""
    mention = _Mention(doc.text[span[0]:span[1]], span, span[0], full=True, titles=[title], roles_from=roles_from)
    mention.strong = _is_strong(doc, mention, by_title=True)
    return mention


_NAME_SEP = re.compile(r",[^\S\n]+")
_ITEM_END = re.compile(r"[^\S\n]*(?:[;.,\n]|$|và(?!\w))")
_TO_A_TITLE = re.compile(r"[^\S\n]*(?:[\-–—][^\S\n]*)?")


def _sharing_a_title(doc: Doc, mentions: list[_Mention], positions: list[Span], body: int) -> list[_Mention]:
    """The names a title written once before a first name goes on to, with no title of their own: "nguyên Tổng Bí thư
    Lê Khả Phiêu, Nông Đức Mạnh;", "nguyên Chủ tịch Quốc hội Nguyễn Văn An, Nguyễn Sinh Hùng" (each a Vietnamese full
    name and nothing else up to the next comma, semicolon or "và", and no title right after it)."""
    starts = {p for p, _ in positions}
    found: list[_Mention] = []
    for m in mentions:
        if not (m.full and not m.bare and m.titles and m.start < m.span[0]):
            continue
        at = m.span[1]
        for _ in range(_MAX_LISTED):
            sep = _NAME_SEP.match(doc.text, at, body)
            if not sep:
                break
            run = RUN.match(doc.text, sep.end(), body)
            if not run:
                break
            words = run.group().split(" ")
            size = vietnamese_name_at(words, 0)
            if size < 2 or size != len(words):
                break
            end = run.start() + len(run.group())
            after = _ITEM_END.match(doc.text, end, body)
            if not after:
                break
            if after.group().strip() in (",", "") and _TO_A_TITLE.match(doc.text, after.end()).end() in starts:
                break  # a title follows: the name's own ("Nguyễn Văn B, Giám đốc Sở ..."), not one shared
            found.append(_listed_mention(doc, (run.start(), end), m.titles[0], m.start))
            at = end
    return found


def _body_end(doc: Doc) -> int:
    """Where the first related-links or comments heading past the text's first third starts (else its end). Those
    words stand at a line's start, so they are looked for only there (_BODY_END holds no line end: its matches are
    the lines that open with one), not by a scan led by their common first letters."""
    low = doc.low
    at = low.find("\n", len(low) // 3)
    while at >= 0:
        if _BODY_END.match(low, at + 1):
            return at + 1
        at = low.find("\n", at + 1)
    return len(low)


# --- one mention ------------------------------------------------------------------------------


#: "tộc" (a clan) right after a name: the clan's ("Nguyễn Phước tộc")
_CLAN_AFTER = re.compile(r"\s+tộc(?!\w)")
#: a speech verb right after a name
_SAYS_NEXT = re.compile(r" (?:cho biết|cho rằng|nói|khẳng định|nhấn mạnh|chia sẻ|phát biểu|đề nghị|yêu cầu)(?!\w)")


def _mention(doc: Doc, run: re.Match[str], positions: list[Span]) -> _Mention | None:
    run_start = run.start()
    if len(run.group()) == 1 and (seated := _seated_initial(doc, run, positions)):
        return seated  # "đại biểu K. Nhiễu (Lâm Đồng)"
    addressed = None  # _may_have_before(doc, run_start), once asked
    if " " not in run.group():
        addressed = _may_have_before(doc, run_start)
        if not addressed and not _title_near(positions, run_start):
            return None  # a lone capitalised word (most runs) is a name only with a title or a form of address before it
    words = _words_of(doc, run, positions)
    if not words:
        return None
    if _opens_next_clause(doc, words):
        words = words[:-1]  # "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân | Trước ý kiến này, ...": a caption run into a sentence
    texts = [w for w, _ in words]
    first = words[0][1][0]
    may_be_addressed = addressed if first == run_start and addressed is not None else _may_have_before(doc, first)
    titled_after = False
    if not may_be_addressed and not _title_near(positions, first) and vietnamese_name_at(texts, 0) != len(texts):
        titled_after = _titled_after(doc, words, texts, positions)
        if not titled_after:
            return None  # no form of address, no title before it, and not a whole name on its own (most runs)
    before = _read_before(doc, first) if may_be_addressed else None
    hon = acad = None
    lead = first
    if before and not before.plural:  # "các ông A, B" name people only with their titles (below)
        lead, hon, acad = before.start, before.honorific, before.academic
    # "Chủ tịch UBND tỉnh Hà Nam, Trương Quốc Huy, đã giao ...": a full name set off by commas is addressed too
    # (or set off before and followed by what they said: "Giám đốc Công ty cổ phần BOT ... Mỹ Thuận, Phan Anh Dũng cho
    # biết")
    # (or a foreign name after a country and a comma: "Thứ trưởng Bộ Quốc phòng Nga, Alexander Fomin cho biết")
    foreign_name = 2 <= len(texts) <= 3 and _wholly_foreign(texts)
    set_off = foreign_name and _body_set_off_before(doc, first)  # ("Chủ tịch Fed - Janet Yellen": asked once)
    boxed = ((doc.text[words[-1][1][1]:words[-1][1][1] + 1] == "," or _SAYS_NEXT.match(doc.low, words[-1][1][1]))
             and (len(texts) >= 3 and vietnamese_name_at(texts, 0) == len(texts)
                  or foreign_name and (set_off or _country_comma_before(doc, first))))
    title = _title_before(doc, lead, positions, addressed=bool(before) or boxed, boxed=boxed and not before,
                          after=texts)
    if title and not before and _WARD.search(fold(title[3] or "")) and vietnamese_name_at(texts, 0) == len(texts):
        # the name right after a ward's or a commune's word is the unit's, named after someone: "bà Lưu Lê Bích
        # Phượng, Bí thư phường | Nguyễn Thái Bình cho rằng", "đồng chí Chủ tịch UBND phường | Nguyễn Cư Trinh có báo
        # cáo" (its head's name comes after the unit's: "Chủ tịch UBND xã Hòa Sơn Lê Văn Hùng")
        return None
    if title and not (hon or acad):
        above = _before(doc, title[0])
        if above and above.honorific and not above.plural:
            hon = above.honorific
    if title and not (hon or acad) and fold(title[2]).split()[-1] == "ceo" \
            and vietnamese_name_at(texts, 0) != len(texts) \
            and not any(vietnamese_name_at(texts, i) == len(texts) - i for i in range(1, len(texts) - 1)):
        # a chief executive's title before a name that is no whole Vietnamese one is mostly followed by the company's
        # brand, which runs into the name: "CEO Airbnb Brian Chesky", "CEO Apple Tim Cook" (taken after the name, or
        # before a form of address: "CEO Audi Mỹ - ông Scott Keogh", "CEO Phan Bá Mạnh"; or a brand closed by a whole
        # Vietnamese name, the person: "CEO Vietjet Nguyễn Thị Phương Thảo cho biết")
        return None

    if hon or acad:
        # the form of address before the title, the place that closes its organisation opening the run: "ông Phó Chủ
        # tịch UBND TP.| Sầm Sơn Phạm Văn Tuấn", "ông Chủ tịch UBND tỉnh | Quảng Ninh Nguyễn Đức Long"
        skip = _place_first(texts, title[3]) if title and not before else 0
        offset = skip if 0 < skip < len(texts) else is_country(texts)  # "luật sư Nga Natalia Veselnitskaya"
        size = vietnamese_name_at(texts, offset)
        if not size and offset:
            foreign = _foreign(texts[offset:])
            size = len(foreign) if len(foreign) >= 2 else 0
        if not size:
            offset = 0
            size = vietnamese_name_at(texts, 0)
        if not size:
            foreign = _foreign(texts)
            if len(foreign) >= 2:
                size = len(foreign)
            elif len(texts) <= 2:
                return _short(doc, words, lead, hon, acad, title, positions)
            elif _unknown_family_titled(doc, words, title, positions):
                size = len(texts)
            else:
                return None
    elif title:
        skip = _place_first(texts, title[3])
        if skip >= len(texts) or not skip and _IN_A_PLACE_AFTER.match(doc.low, words[-1][1][1]) \
                and _place_units().search(fold(title[3] or "")):
            # the run is the place alone: "công đoàn cơ sở Meiko KCN | Thạch Thất", or a place named after someone,
            # set in its own larger place: "Bí thư kiêm Chủ tịch phường | Nguyễn Thái Bình, quận 1"
            return None
        # (a place that closes the organisation's name may be followed by a foreign name: "Ủy ban châu Âu Jean-Claude
        # Juncker", as a country is: "Thủ tướng Singapore Lý Hiển Long")
        offset, size = _name_after_title(texts[skip:], (*title[:3], None) if skip else title)
        offset += skip
        if not size and not skip and not title[3] and not doc.text[title[1]:first].strip() \
                and _deputy_seated(doc, title[2], texts, words[-1][1][1]):
            offset, size = 0, len(texts)  # "đại biểu Thuận Hữu (Hải Phòng)": a family name no list knows
        if not size and not skip and title[3] and set_off and not is_country(texts):
            offset, size = 0, len(texts)  # "Chủ tịch Fed - Janet Yellen", "Chủ tịch Viện ... của Huawei, William Xu"
        if not size and not skip and len(texts) == 2 and fold(title[2]) in _stage_titles() and not title[3]:
            size = -1  # "HLV Hữu Thắng": a stage name, or a later short mention of a full one (_short tells)
        if not size or (not offset and _NAMELESS_HEAD.search(fold(title[3] or ""))
                        and not _a_chamber(title[3])  # "Hạ viện | Tatsuo Kawabata": a chamber, no institute
                        or size == 2 and (_COMPANY_HEAD.search(fold(title[3] or ""))
                                          or _DESCRIBED_HEAD.search(title[3] or ""))) \
                and not doc.text[title[1]:first].strip():
            # "Giảng viên trường ĐH | Nông Lâm", "giáo viên Trường THPT | Chu Văn An": the school's name; a short name
            # after the company's first words is the rest of its name ("Giám đốc Cty TNHH | Đại Nguyễn Dương")
            return None
        if size == -1:
            return _short(doc, words[offset:], title[0], None, None, title, positions)
        if size > 0 and title[3] and (is_place(texts) or is_place(texts[offset:offset + size])) \
                and not doc.text[title[1]:first].strip():
            # a place the gazetteers know closes the body's name: "Giám đốc BV Việt Nam-Thụy Điển | Uông Bí", "Đại sứ
            # truyền thông của Lễ hội cafe | Buôn Ma Thuột"
            return None
        if _union_glued(doc, texts, offset, size, words[offset][1][0]):
            offset, size = offset + 1, size - 1  # "Trưởng Ban Quốc tế Trung ương Đoàn | Phạm Phương Chi"
        if _continues_as_organisation(doc, words[offset + size - 1][1]) or _is_organisation(doc, words[offset][1],
                                                                                         words[offset + size - 1][1]):
            return None  # "... Thái Bình Dương Trung tâm nghiên cứu", "Bí thư Đoàn Thanh niên": not a name
    else:
        offset, size = 0, vietnamese_name_at(texts, 0)
        if (not size or size != len(texts)) and (titled_after or _titled_after(doc, words, texts, positions)):
            size = len(texts)  # (the foreign name whose title follows it)
        if not size or size != len(texts) or _named_after().search(doc.low, max(0, first - 30), first):
            return None  # (a bare name right after a body's or a place's word is its name: "Bệnh viện Bạch Mai")
    org_offset = offset
    # a form of address written inside the run, after the country: "người đồng cấp Qatar Sheikh Mohammed bin ...",
    # "Thủ tướng Campuchia Samdech Techo Hun Sen"
    for length in (2, 1):
        if size >= length + 2 and not hon and fold(" ".join(texts[offset:offset + length])) in _honorific_words():
            hon = " ".join(texts[offset:offset + length])
            offset, size = offset + length, size - length
    chosen = words[offset:offset + size]
    span = (chosen[0][1][0], chosen[-1][1][1])
    if _CLAN_AFTER.match(doc.low, span[1]):
        return None  # "Hội đồng trị sự Nguyễn Phước tộc": a clan's name, no person's
    name = doc.text[span[0]:span[1]]
    start = title[0] if title and title[0] < lead else lead
    mention = _Mention(name, span, start, full=True, honorific=hon, academic=acad)
    if title:
        org = title[3]
        if org_offset:  # "Thủ tướng Singapore Lý Hiển Long", "Chủ tịch UBND hyện Tĩnh Gia Nguyễn Tiến Dũng"
            org = doc.text[title[0] + len(title[2]):words[org_offset - 1][1][1]].strip(" ,-–—")
        mention.titles.append((title[2], org))
        if hon and lead < first and title[0] < lead and doc.text[title[0]:lead].rstrip().endswith(",") \
                and not _is_secondary(title[2], title[3]) and (own := _titles_after(doc, span[1], positions)):
            # a title set off before the form of address, and another told after the name: the one after is theirs,
            # the one before may be the one they answer ("Tiếp lời CEO TPBank, ông Đỗ Anh Tú, Phó Chủ tịch HĐQT"; not
            # a form of address before the title, which is theirs: "Bà Giám đốc Sở Y tế Hà Nội, Nguyễn Thị Lan, Phó
            # Bí thư Đảng ủy")
            mention.titles = own
            mention.start = lead
    if not title or _is_secondary(title[2], title[3]):
        mention.titles.extend(_titles_after(doc, span[1], positions))
    if title and _is_secondary(title[2], title[3]):
        # a rank or a seat, with the job told before it and none after the name: "Phó Giám đốc Viện Khoa học quân sự
        # ..., Trung tướng Hà Lôi", "Phó Giám đốc Công an TP Hà Nội, ĐBQH Đào Thanh Hải"
        mention.titles.extend(_titles_chained_before(doc, title[0], positions))
    if not (hon or acad or mention.titles):
        # (a role noun told right before the name or after it and a comma stands for a form of address: "nhân chứng
        # Lê Công Hoàng", "Ngư dân Trương Hoài Khánh, ở TP Quy Nhơn"; one only in passing is untitled_in_passing's)
        mention.bare = not _role_told_at(doc, mention.start, span[1])
    mention.strong = _is_strong(doc, mention, by_title=bool(title) and not hon)
    if title and org_offset and _seat_first(texts) == org_offset:
        # a government's spokesman or aide named after its seat mostly speaks to the press of a meeting, not at it
        # ("Người phát ngôn Điện Kremlin Dmitry Peskov đã có phản ứng"): the title is theirs, but places them only
        # with their name told at the meeting in full elsewhere ("Ông Sean Spicer trong cuộc họp báo chiều 12/5")
        mention.strong = False
    return mention


#: a capitalised word that opens a clause, with the words that show it does: a caption or a title whose full stop is
#: lost runs into the next sentence ("Nguyễn Thị Kim Ngân Trước ý kiến này", "Nguyễn Thị Kim Ngân Thông qua 12 luật")
_CLAUSE_OPENER = re.compile(r"(?:Trước|Theo|Trong|Tại|Khi|Sau|Với|Đây|Đó|Các|Những|Ngày|Chiều|Sáng|Tối|Trưa)"
                            r"(?= [a-zđà-ỹ\d])|Thông(?= qua )")


def _opens_next_clause(doc: Doc, words: list[tuple[str, Span]]) -> bool:
    """Whether the run's last word opens the next clause after a full Vietnamese name of three or more syllables."""
    if len(words) < 4 or not _CLAUSE_OPENER.match(doc.text, words[-1][1][0]) or words[-2][0].endswith("."):
        return False  # (a full stop before it ends a sentence the old way: "ông Nguyễn Văn A. Trong buổi họp, ...")
    texts = [w for w, _ in words[:-1]]
    return any(vietnamese_name_at(texts, offset) == len(texts) - offset >= 3 for offset in range(len(texts) - 2))


def _titled_after(doc: Doc, words: list[tuple[str, Span]], texts: list[str], positions: list[Span]) -> bool:
    """Whether the run is a foreign name that opens its clause, then its title set off by commas ("Sean Spicer, người
    phát ngôn Nhà Trắng, cho biết"); not a commentator's title ("Keir Giles, chuyên gia quân sự ...", "Richard
    Kauzlarich, cựu đại sứ Mỹ ..."), nor a place ("New York")."""
    end = words[-1][1][1]
    after = bisect_left(positions, (end + 2, 0))  # (a title right after the comma: positions are sorted)
    return 2 <= len(texts) <= 3 and after < len(positions) and positions[after][0] == end + 2 \
        and doc.text.startswith(", ", end) and _wholly_foreign(texts) and _opens_a_clause(doc, words[0][1][0]) \
        and not _COMMENTATOR.match(doc.low, end + 2) and not is_country(texts) and not is_place(texts) \
        and not foreign_place_name(" ".join(texts))


#: the titles of those who comment on news rather than take part in it, or held it once
_COMMENTATOR = re.compile(r"(?:chuyên gia|nhà phân tích|nhà nghiên cứu|giáo sư|cựu|nguyên|cố vấn|giám đốc chương trình|"
                          r"viện trưởng|nghiên cứu viên|học giả)(?!\w)")


#: what a clause opens after: the start of a sentence or a comma
_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?:;,\n\"“(]\s*)$")


def _opens_a_clause(doc: Doc, start: int) -> bool:
    """Whether the words at `start` open a sentence or a clause (nothing but a mark before them)."""
    return bool(_CLAUSE_BEFORE.search(doc.text, max(0, start - 3), start))


def _words_of(doc: Doc, run: re.Match[str], positions: list[Span]) -> list[tuple[str, Span]]:
    """The run's words that may be a name: without a title inside it or a capitalised 'Ông', 'Ts'."""
    start, end = run.span()
    cut = end
    i = bisect_right(positions, (end, end))
    lead = start
    # titles found by one regex do not overlap: sorted by start, they are sorted by end too, so
    # when the last one starting before the run's end ends before its start, none is inside it
    if i and positions[i - 1][1] > start:
        for p_start, p_end in positions[max(0, i - 8):i]:
            if p_end <= start or p_start >= end:
                continue
            if p_start <= lead + 1:
                lead = max(lead, p_end)
            else:
                cut = min(cut, p_start)
    words = []
    at = start
    for word in run.group().split(" "):  # a run's words are capitalised syllables with one space between
        w_end = at + len(word)
        if at >= lead and w_end <= cut:
            words.append((word, (at, w_end)))
        at = w_end + 1
    single = _single_titles()
    while words and _fold_word(words[0][0]) in single and not _country_after_title(doc, words, positions):
        words.pop(0)
    if words and words[-1][1][1] == end and (_CAPTION_OPENER.match(doc.low, words[-1][1][0])
                                             or len(words) > 2 and _OPENER_GLUED.match(doc.text, words[-1][1][0])):
        words.pop()  # "Phó Thủ tướng Vũ Đức Đam Quang cảnh bên ngoài sảnh ...": the next photo's caption
    if len(words) >= 2 and is_surname(words[0][0]) and all(is_vietnamese_syllable(w) for w, _ in words[:-1]):
        words[-1] = _unglued(words[-1])
    return words


_fold_word = fold_word


def _union_glued(doc: Doc, texts: list[str], offset: int, size: int, at: int) -> bool:
    """Whether the name read after a title starts with "Đoàn" that closes the organisation, the Youth Union's central
    committee ("Trung ương Đoàn"), before a whole Vietnamese name: "Bí thư Trung ương Đoàn Nguyễn Long Hải"."""
    return (size >= 3 and fold_word(texts[offset]) == "đoàn" and doc.low[:at].rstrip().endswith("trung ương")
            and vietnamese_name_at(texts, offset + 1) == size - 1)


def _country_after_title(doc: Doc, words: list[tuple[str, Span]], positions: list[Span]) -> bool:
    """Whether the run's first word, a form of address by its spelling, is the country of the title right before it:
    "Thủ tướng Anh Theresa May" (Britain's prime minister), not "anh Theresa May". A form of address is written in
    lower case inside a sentence; "Anh" with its capital, glued to a title and followed by a name that is not
    Vietnamese, is the country."""
    (word, (start, _)), rest = words[0], [w for w, _ in words[1:]]
    if not is_country([word], whole=True) or not word[:1].isupper() or len(rest) < 2 or vietnamese_name_at(rest, 0):
        return False
    i = bisect_right(positions, (start, start))
    return bool(i) and positions[i - 1][1] <= start and not doc.text[positions[i - 1][1]:start].strip()


def _unglued(word: tuple[str, Span]) -> tuple[str, Span]:
    """ "Dũngcũng" (a lost space) is "Dũng" followed by the next word."""
    text, (start, end) = word
    if is_vietnamese_syllable(text) or len(text) < 5:
        return word
    for size in range(len(text) - 2, 1, -1):
        if is_vietnamese_syllable(text[:size]) and is_vietnamese_syllable(text[size:]):
            return text[:size], (start, start + size)
    return word


def _country_comma_before(doc: Doc, at: int) -> bool:
    """Whether a country and a comma stand right before `at`: "... Bộ Quốc phòng Nga, | Alexander Fomin"."""
    before = doc.text[max(0, at - 40):at].rstrip()
    return before.endswith(",") and _ends_on_country(before[:-1].split())


#: a body's own name (a capitalised word or an acronym, also in brackets) closing the title before a comma or a dash
#: that sets off a foreign name: "Chủ tịch Fed - | Janet Yellen", "Chủ tịch Viện Nghiên cứu Chiến lược của Huawei, |
#: William Xu", "Ủy ban Châu Âu, | Jean Juncker", "Quỹ Tiền tệ Quốc tế (IMF), | Christine Lagarde"
_BODY_SET_OFF = re.compile(rf"(?<![\w.])\(?[{UPPER}][\w&]*\)?(?:,|[^\S\n][-–—])[^\S\n]*$")


def _body_set_off_before(doc: Doc, at: int) -> bool:
    """Whether a body's capitalised name and a comma or a dash stand right before `at`, a foreign name set off from
    the title whose organisation it closes: "Chủ tịch Fed - Janet Yellen" (see `_BODY_SET_OFF`)."""
    return bool(_BODY_SET_OFF.search(doc.text, max(0, at - 40), at))


def _ends_on_country(words: list[str]) -> bool:
    """Whether the last one to three words name a country: "Bộ Quốc phòng Nga", "Thương mại New Zealand"."""
    return any(is_country(words[-size:], whole=True) == size for size in (3, 2, 1) if len(words) >= size)


def _wholly_foreign(texts: list[str]) -> bool:
    """Whether every word of a run reads as a foreign name's and none as a Vietnamese syllable ("Wilbur Ross", not
    "Điện Kremlin"); a plain one, written without a Vietnamese letter or tone mark, may be a short foreign name's
    syllable when its first word is foreign: "Eric Xu, Chủ tịch luân phiên của Huawei, ..." ("Xu"), "Jack Ma"."""
    return bool(texts) and len(_foreign(texts)) == len(texts) and not is_vietnamese_syllable(texts[0]) \
        and not any(is_vietnamese_syllable(text) and not text.isascii() for text in texts[1:])


def _plain_foreign(texts: list[str]) -> bool:
    """`_wholly_foreign`, or a foreign name written in plain letters whose first word is also a Vietnamese syllable's
    spelling ("Ryan Lance"), where the words before tell a foreign body (a brand)."""
    return _wholly_foreign(texts) or all(text.isascii() for text in texts) and len(_foreign(texts)) == len(texts)


def _foreign(texts: list[str]) -> list[str]:
    """The foreign name at the start of a run: up to 4 capitalised words (and the small words between them:
    "Mohammed bin Abdulrahman Al Thani"), ending before a new sentence's first word."""
    words: list[str] = []
    capitalised = 0
    for text in texts:
        if _fold_word(text) in _name_breaks() or capitalised == 4 and text[:1].isupper():
            break
        words.append(text)
        capitalised += text[:1].isupper() and _fold_word(text) not in _honorific_words()
    if words and looks_foreign(words) and not has_org_word(words) and not _patterns()["org_head"].fullmatch(
            _fold_word(words[0])):
        return words
    return []


@cache
def _honorific_words() -> frozenset[str]:
    """The forms of address a run may open on ("Sheikh", "Samdech Techo")."""
    return frozenset(fold(w) for w in lexicon.words("honorifics.txt"))


@cache
def _single_titles() -> frozenset[str]:
    """A form of address, an academic title, "tân" or "nguyên" (folded): what a run may open on before a name."""
    return _honorific_words() | frozenset(fold(w) for w in lexicon.words("academic_titles.txt")) | {"tân", "nguyên", "cựu"}


@cache
def _name_breaks() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words("people_name_breaks.txt"))


#: a body's word that its own name follows: what comes right after it is that name, not a person's
#: (not the last word of "Bộ Tài nguyên và Môi trường", "Quốc vụ viện", "Thượng viện")
_NAMELESS_HEAD = re.compile(r"(?<!\w)(?:đh|đại học|(?<!môi )(?<!thị )(?<!quảng )trường|học viện|bệnh viện|công ty|"
                            r"tập đoàn|(?<!\w)viện|ngân hàng|cđ|cao đẳng|thpt|thcs|nhà máy|khách sạn)"
                            # (with the words of its kind: "Tổng giám đốc Bệnh viện tư nhân | Hoàng Viết Thắng",
                            # "Hiệu trưởng Trường Mầm non | Mai Dịch")
                            r"(?:\s+(?:tư nhân|tư thục|dân lập|đa khoa|mầm non|tiểu học|phổ thông))*$")
#: ... or a cooperative's, a farm's or a works' head and what it does, lower case ("Phó Giám đốc HTX dịch vụ chăn nuôi |
#: Thái Sơn", "Giám đốc xí nghiệp chăn nuôi | Đồng Hiệp": its name)
_DESCRIBED_HEAD = re.compile(r"(?<!\w)(?:HTX|[Hh]ợp tác xã|[Xx]í nghiệp|[Tt]rang trại|[Nn]hà máy|[Cc]ông ty|[Cc]ty)"
                             r"(?:\s+[a-zà-ỹđ]+)+$")
#: a company's words, after which a run of two words goes on with its name ("Cty TNHH | Đại Nguyễn Dương")
_COMPANY_HEAD = re.compile(r"(?<!\w)(?:công ty|cty|tnhh|mtv|cổ phần|ctcp)$")


def _is_organisation(doc: Doc, first: Span, last: Span) -> bool:
    """The words read as a name start an organisation's name that runs on past them ("Đoàn Thanh | niên")."""
    head = _patterns()["org_head"].match(doc.low, first[0])
    return bool(head) and head.end() > last[1]


def _continues_as_organisation(doc: Doc, last: Span) -> bool:
    head = _patterns()["org_head"].match(doc.low, last[0])
    return bool(head) and head.end() > last[1]


def _slice(doc: Doc, match: re.Match[str], group: str) -> str | None:
    if not match.group(group):
        return None
    return doc.text[match.start(group):match.end(group)].strip()


def _title_near(positions: list[Span], lead: int) -> bool:
    """Whether a job title ends close enough before `lead` for `_title_before` to weigh it (False: it gives None)."""
    i = bisect_right(positions, (lead, lead)) - 1
    while i >= 0 and positions[i][1] > lead:
        i -= 1
    return i >= 0 and lead - positions[i][1] <= _TITLE_GAP


#: the country named before, between a leader's title and name: "Tổng thống nước chủ nhà Reuven Rivlin"
_THIS_COUNTRY = re.compile(r"\s+nước\s+(?:này|chủ\s+nhà|bạn|sở\s+tại)\s+")


def _after_an_opening_clause(doc: Doc, at: int) -> bool:
    """Whether the title at `at` follows the sentence's opening words and their comma ("Trong khi đó, ")."""
    clause = _OPENING_CLAUSE.search(doc.text, max(0, at - 60), at)
    return bool(clause) and not any(word[:1].isupper() for word in clause.group(1).split()[1:])


#: a name with its title before it, and the comma that closes that list item: "Tổng Thư ký Liên hợp quốc Antonio
#: Guterres, "
_TITLED_NAME_ITEM = re.compile(r"[^\S\n]+[^,;:.!?()\n“”\"]{2,80}?,[^\S\n]*")


def _after_a_titled_name(doc: Doc, at: int, positions: list[Span]) -> bool:
    """Whether the title at `at` opens the next item of a list whose item before is a name with its own title before
    it: "Tổng Thư ký Liên hợp quốc Antonio Guterres, Chủ tịch Ngân hàng Thế giới (WB), ông Jim Yong Kim" (the title
    is Jim Yong Kim's; one named after their title takes no second one after a comma)."""
    i = bisect_left(positions, (at, 0)) - 1
    if i < 0 or at - positions[i][1] > 80:
        return False
    p_end = positions[i][1]
    gap = doc.text[p_end:at]
    if not _TITLED_NAME_ITEM.fullmatch(gap) or any(w in _JOINS_ANOTHER or w in _honorific_words()
                                                   for w in fold(doc.low[p_end:at]).split()):
        return False  # (not "Thứ trưởng Bộ VHTTDL và ông Nguyễn Văn Tuấn, Tổng cục Trưởng tổng cục Du lịch, ông ...")
    runs = list(RUN.finditer(gap))  # the name is the last run, right before the comma
    words = runs[-1].group().split() if runs else []
    return bool(runs) and not gap[runs[-1].end():].strip(" ,") and len(words) > 1 \
        and (vietnamese_name_at(words, 0) or looks_foreign(words))


#: a title's short form in brackets right after it: " (CEO)", " (Phó TGĐ)"
_SHORT_FORM = re.compile(r"\s*\(([^()\n]{1,40})\)")


def _short_form(doc: Doc, end: int) -> re.Match[str] | None:
    """The title's short form in brackets right after a title ending at `end`, itself a title: "Giám đốc điều hành
    (CEO) Akbar Al Baker", "Phó Tổng giám đốc (Phó TGĐ) ..." (one test for the title it drops and the gap it skips)."""
    short = _SHORT_FORM.match(doc.text, end)
    return short if short and _patterns()["position"].fullmatch(doc.low, short.start(1), short.end(1)) else None


def _title_before(doc: Doc, lead: int, positions: list[Span], addressed: bool = False,
                  boxed: bool = False, after: list[str] | None = None) -> tuple[int, int, str, str | None] | None:
    """The job title (and organisation) written right before a name: (start, end of gap, title, organisation).

    Also "Title Organisation - Name" and, when the name has its form of address, "Title Organisation, ông Name";
    `after`: the words of the run at `lead` (whether it ends on a foreign name, `_foreign_after_a_matter`).
    """
    i = bisect_right(positions, (lead, lead)) - 1
    while i >= 0 and positions[i][1] > lead:
        i -= 1
    if i < 0:
        return None
    p_start, p_end = positions[i]
    if lead - p_end > _TITLE_GAP:
        return None
    described = doc.text[p_start].islower() and doc.low.startswith(_lower_descriptions(), p_start)
    if not (doc.text[p_start].isupper() or doc.low.startswith(_LOWER_TITLES, p_start) or described
            or fold(doc.text[p_start:p_end]) in _stage_titles()  # "HLV Hoàng Anh Tuấn cùng đội trưởng Quang Hải"
            # "cựu" before a capitalised title ("cựu Thủ tướng Singapore Goh Chok Tong"), not a lower-case one, which
            # names someone in passing more often than not ("dưới thời cựu tổng thống George W. Bush")
            or doc.low.startswith("cựu ", p_start) and doc.text[p_start + 4:p_start + 5].isupper()):
        return None
    title = doc.text[p_start:p_end]
    # a title's short form in brackets right after it is no organisation: "Giám đốc điều hành (CEO) Akbar Al Baker"
    short = _short_form(doc, p_end)
    if short and short.end() <= lead:
        p_end = short.end()
    gap = doc.text[p_end:lead]
    if gap == " ":  # the title right before the name (most): nothing between them to weigh
        return p_start, lead, title, None
    if gap.strip() and doc.low.startswith(_BARE_TITLES, p_start):
        return None  # "Cử tri muốn biết Trịnh Xuân Thanh ..." is no voter's name
    dashed = bool(_DASH_END.search(gap))
    if described and (not dashed or "," in gap or _OF_IN_GAP.search(gap)):
        # (its field before a dash or nothing: "chuyên gia kinh tế - TS Đinh Thế Hiển"; not a description of a body's
        # people, or of one quoted before another named: see the list; a field alone is _described's, which takes the
        # body after the name: "chuyên gia giao thông Trần Thị Kim Đăng, Trường ĐH GTVT Hà Nội")
        return None
    # "Phó Chủ tịch UBND tỉnh Quảng Nam, ông Huỳnh Khánh Toàn": only when the title opens its clause, not when it
    # is the last of someone else's titles ("bà A - Giám đốc X, Trưởng ban Tổ chức, bà B ...")
    comma_then_address = (addressed and gap.rstrip().endswith(",") and gap.count(",") == 1
                          and (boxed and not _NAMED_BEFORE.search(doc.text, max(0, p_start - 40), p_start)
                               or not _OWNED.search(doc.text, max(0, p_start - 3), p_start)
                               or _after_an_opening_clause(doc, p_start)
                               or _after_a_titled_name(doc, p_start, positions))
                          and not doc.low.endswith("của ", 0, p_start))
    if _GAP_BREAK.search(gap) or ("," in gap and not (dashed or comma_then_address or _fields_listed(gap)
                                                      or commas_in_names(doc, p_end, lead))):
        return None
    if any(vietnamese_name_at(words, 0) or (comma_then_address and len(words) > 1 and looks_foreign(words))
           for words in (run.group().split() for run in RUN.finditer(gap))):
        return None  # the title belongs to someone named in between
    low_gap = doc.low[p_end:lead]
    if _THIS_COUNTRY.fullmatch(low_gap):  # "Ngoại trưởng nước này Rex Tillerson": the country told before
        return p_start, lead, title, None
    words = low_gap.split()
    # (a body's name closed by its acronym in brackets may run longer: "Tổng thư ký Hội đồng Liên minh nghị viện Hiệp
    # hội các quốc gia Đông Nam Á (AIPA) Isra Sunthornvut")
    limit = _MAX_GAP_WORDS_ACRONYM if _ACRONYM_CLOSES.search(gap) else _MAX_GAP_WORDS
    if len(words) > limit or addressed and words and words[-1] in _JOINS_ANOTHER:
        # the title is the one before's, the name the next in the list, with its own form of address: "Ông Nguyễn Hồng
        # Lĩnh, Bí thư Tỉnh ủy tỉnh BR-VT và ông Nguyễn Văn Trình, Chủ tịch UBND tỉnh", "Ông Yasuhiro Saitoh - Chủ tịch
        # HĐQT Eximbank và ông Lê Minh Quốc - Thành viên HĐQT" (no body's name ends on "và"; not a country after it,
        # which the title is shared with: "Tổng thống Mỹ Donald Trump và Nga Vladimir Putin")
        return None
    stop = _patterns()["stop"]
    envoy = fold(title) in _ENVOYS
    matter = bool(after and "về" in low_gap and fold(title) in _topic_titles()
                  and _foreign_after_a_matter(after, opens_on_it=words[-1:] == ["về"]) is not None)
    for m in _GAP_WORD.finditer(low_gap):
        at = p_end + m.start()
        # (not a stop word inside a body's name, people_org_inner_stops.txt: "Giám đốc cơ quan về hợp tác kỹ thuật quân
        # sự Dmitri Shugaev", "Phó chủ nhiệm Ủy ban Về các vấn đề xã hội Bùi Sỹ Lợi")
        if stop.match(low_gap, m.start()) and not doc.text[at].isupper() and not _inner_stop(doc, at) \
                and not (envoy and doc.text.startswith("tại ", at) and doc.text[at + 4:at + 5].isupper()) \
                and not (matter and _matter().match(low_gap, m.start())):
            # (an envoy's post abroad is part of the title: "Đại sứ Việt Nam tại Nhật Bản Nguyễn Quốc Cường"; so is the
            # matter an envoy or a negotiator handles, before a foreign name: "Đặc phái viên Liên hợp quốc về vấn đề
            # Syria Staffan de Mistura", people_topic_titles.txt)
            return None
    org = gap.strip(" ,-–—") or None
    return p_start, lead, title, org


#: what joins one title to the next in a chain before a name: a comma, a dash, "kiêm"
_CHAIN_JOINT = re.compile(r"[^\S\n]*(?:,|[^\S\n][-–—]|[^\S\n]kiêm)[^\S\n]*$")
#: one who stands in for the holder of the title that follows: "Thay mặt Bộ trưởng, Thứ trưởng X" holds no Bộ
#: trưởng's job
_STANDS_IN_FOR = re.compile(r"(?<!\w)(?:thay mặt|ủy quyền(?: của)?|uỷ quyền(?: của)?|thừa lệnh)\s+$")
_MAX_CHAINED = 4
_NOT_A_BODY_FIRST = frozenset({"và", "cùng", "với", "của"})
#: what joins one named with their title to the next one named: "..., Bí thư Tỉnh ủy An Giang và ông Lê Thanh Thuấn"
_JOINS_ANOTHER = frozenset({"và", "cùng"})
#: what may stand before the first title of a chain besides a clause's opening: who told it ("Hãng tin AFP cho biết
#: Tổng tham mưu trưởng quân đội Thổ Nhĩ Kỳ, Tướng Hulusi Akar")
_TOLD_BY = re.compile(r"(?<!\w)(?:cho biết|cho hay|theo|có|gồm)\s+$")
_PARTY_POST_OF_A_COMMITTEE = re.compile(r"(?:phó )?bí thư(?: thường trực)? (?:tỉnh|thành|quận|huyện|thị|đảng) ủy(?!\w)")


def _titles_chained_before(doc: Doc, at: int, positions: list[Span]) -> list[tuple[str, str | None]]:
    """The titles (with their organisations) that the one at `at`, right before a name, closes a chain of, first
    first: "Phó Giám đốc Viện Khoa học quân sự ..., Trung tướng Hà Lôi", "Tổng tham mưu trưởng quân đội Thổ Nhĩ Kỳ,
    Tướng Hulusi Akar" (asked only when the title at `at` is a rank or a seat, _is_secondary: the job is the one
    before it, as it is among the titles told after a name, _person). A title before a comma has its body ("Thay mặt
    Bộ trưởng, Thứ trưởng X" stands in), and no one is named in between ("Bí thư Tỉnh ủy Nguyễn A, Chủ tịch UBND tỉnh
    Trần B" are two people). (Not asked for a chain of jobs, "Chủ tịch UBTW MTTQVN – Bí thư Thành ủy TPHCM Nguyễn
    Thiện Nhân": the answers take the first there on the working sets and the nearest on the others.)"""
    starts = dict(positions)
    chain: list[tuple[str, str | None]] = []
    while len(chain) < _MAX_CHAINED:
        joint = _CHAIN_JOINT.search(doc.text, max(0, at - 8), at)
        if not joint or joint.start() == at:
            break
        end = joint.start()
        i = bisect_left(positions, (end, 0)) - 1
        if i < 0 or positions[i][1] > end or end - positions[i][1] > _TITLE_GAP:
            break
        p_start, p_end = positions[i]
        if not doc.text[p_start].isupper() or _STANDS_IN_FOR.search(doc.low, max(0, p_start - 30), p_start):
            break
        org, org_end = _organisation(doc, p_end, starts) if p_end < end else (None, p_end)
        if org_end != end and doc.text[org_end:end].strip(" )"):
            break  # (the organisation stops short of the joint: a verb, a stop word, another clause)
        if not org and "," in joint.group():
            break
        if org and (any(any(vietnamese_name_at(words, k) for k in range(len(words))) or looks_foreign(words)
                        for run in RUN.finditer(org) if len(words := run.group().split()) > 1)
                    or " " not in org and org[:1].isupper() and is_vietnamese_syllable(org.lower())):
            break  # (a short name is no body: "Cùng tranh luận với Bộ trưởng Cường, ĐB Nguyễn Thị Quyết Tâm")
        if _PARTY_POST_OF_A_COMMITTEE.match(fold(f"{doc.text[p_start:p_end]} {org or ''}")):
            # the secretary's post with a state one, "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Sơn La Hoàng Văn Chất": the
            # answers take either, the nearest as often as the first
            break
        if org and org.split()[0] in _NOT_A_BODY_FIRST:
            break  # "Báo cáo với đồng chí Thứ trưởng và đoàn công tác, Đại tá Lê Minh Quang"
        chain.append((doc.text[p_start:p_end], org))
        at = p_start
    if chain and (_NAMED_BEFORE.search(doc.text, max(0, at - 40), at)
                  or not (_opens_a_clause(doc, at) or _TOLD_BY.search(doc.low, max(0, at - 20), at))):
        # the titles are someone else's, named before them ("Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, ..., Bộ
        # trưởng Bộ Quốc phòng Việt Nam, Thượng tướng Phạm Trường Long"), or the object of a verb ("Tại phiên chất vấn
        # Bộ trưởng KH-ĐT sáng nay, ĐB Lê Công Nhường", "phần giải trình của Tổng Giám đốc BHXH Việt Nam, ĐB ...")
        return []
    return chain[::-1]


@cache
def _topic_titles() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words("people_topic_titles.txt"))


#: "về" and the matter a title's holder handles, up to the name: "về vấn đề Syria", "về Brexit của EU" (not a verb's
#: "về": "về nước", "về hưu", nor a paper's subject, "về việc")
@cache
def _matter() -> re.Pattern[str]:
    return re.compile(rf"về(?!\s+(?:{lexicon.alternation(lexicon.words('people_ve_not_a_matter.txt'))})(?!\w))"
                      r"(?:\s+\S+){0,6}\s*$")


def _foreign_after_a_matter(texts: list[str], opens_on_it: bool = False) -> int | None:
    """Where a foreign name of 2-4 words starts in a run that may open on the matter a title's holder handles (a
    country's or a word's name, when the words before the run end on "về", `opens_on_it`: "về Iraq | Jan Kubis", "về
    Brexit | Michel Barnier", "về Triều Tiên | Joseph Yun"); None when the run holds none."""
    for offset in ((is_country(texts) or 1,) if opens_on_it else (0, is_country(texts) or 1)):
        rest = texts[offset:]
        if 2 <= len(rest) <= 4 and _wholly_foreign(rest):
            return offset
    return None


#: a body's acronym in brackets closing the words between a title and a name: " ... Đông Nam Á (AIPA) "
_ACRONYM_CLOSES = re.compile(r"\([A-ZĐ]{2,8}\)\s*$")


#: the titles of envoys, whose post abroad ("tại" and a capitalised place) follows their country: "Đại sứ Mỹ tại Liên
#: hợp quốc Nikki Haley"
_ENVOYS = frozenset({"đại sứ", "tổng lãnh sự", "lãnh sự", "trưởng đại diện", "đại biện", "trưởng phái đoàn"})


def _fields_listed(gap: str) -> bool:
    """Whether the commas of a gap between a title and a name list the fields of one body's name (`_FIELDS_LISTED`)."""
    match = _FIELDS_LISTED.fullmatch(gap)
    return bool(match) and all(part.strip()[:1].isupper() for part in re.split(r",|\svà\s", match.group()))


#: where each word of a gap starts
_GAP_WORD = re.compile(r"(?<!\S)\S")


@cache
def _place_units() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation('people_place_units.txt')})$")


#: the word of a ward, a commune or a township: the capitalised words right after it are its name, never its head's
#: (unlike "UBND tỉnh Hà Sỹ Đồng", "UBND TP Lê Hồng Sơn", which leave the province or the city unnamed)
_WARD = re.compile(r"(?<!\w)(?:phường|xã|thị trấn)$")
#: the larger place a place's name is set in, after a comma: ", quận 1", ", huyện Nhà Bè", ", Quận 1)"
_IN_A_PLACE_AFTER = re.compile(r"\s*,\s*(?:quận|huyện|thị xã|tỉnh|thành phố|tp)(?!\w)")


@cache
def _named_after() -> re.Pattern[str]:
    """The word of a body, a building or a place right before a bare name, which is then the body's or the place's
    name (people_institutions.txt, people_place_units.txt): "Bệnh viện Bạch Mai", "UBND xã Chu Phan"."""
    words = _alternation("people_institutions.txt") + "|" + _alternation("people_place_units.txt")
    return re.compile(rf"(?<!\w)(?:{words})\s+$")


#: an organisation ending in a federal state's word (not a federation's: "Cộng hòa Liên bang Myanmar")
_STATE = re.compile(r"(?<!\w)(?<!liên )bang$")


def _place_first(texts: list[str], org: str | None) -> int:
    """How many words at the start of a run name the place that the organisation before it ends on: "UBND thành
    phố | Uông Bí", "UBND quận | Nam Từ Liêm Nguyễn Văn Hải"; only a place the gazetteers know, since "UBND tỉnh
    Hà Sỹ Đồng" and "UBND TP Lê Hồng Sơn" leave the place unnamed."""
    folded = fold(org or "")
    if not folded or not _place_units().search(folded):
        return 0
    if _STATE.search(folded) and len(texts) >= 3:
        return len(texts) - 2  # a state's name, then its governor's: "bang Virginia | Terry McAuliffe"
    for size in (3, 2):
        if len(texts) >= size and is_place(texts[:size]):
            return size
    return 1 if texts and folded.endswith("châu") and fold_word(texts[0]) in _continents() else 0


@cache
def _continents() -> frozenset[str]:
    return frozenset(fold_word(word) for word in lexicon.words("people_continents.txt"))


@cache
def _links_before_a_name() -> frozenset[str]:
    """The small words a body's name does not end on (people_links_before_a_name.txt): "Tập đoàn Vamed của | Austria
    Ernst Wastler"."""
    return frozenset(fold(word) for word in lexicon.words("people_links_before_a_name.txt"))


@cache
def _brand_head() -> re.Pattern[str]:
    """A company's word that its brand follows, ending the text: "hãng ConocoPhillips", "Tập đoàn Microsoft"
    (people_company_words.txt)."""
    words = (fold(word) for word in lexicon.words("people_company_words.txt"))
    return re.compile(rf"(?<!\w)(?:{lexicon.alternation(words)})$")


#: the titles a portfolio follows: "Bộ trưởng Thương mại", "Thứ trưởng Quốc phòng"
_MINISTERS = frozenset({"bộ trưởng", "thứ trưởng"})


def _name_after_title(texts: list[str], title: tuple[int, int, str, str | None]) -> tuple[int, int]:
    """Where the name starts in a run after a title ("Singapore Lý Hiển Long"): (offset, size); size -1 = short."""
    inside = _after_country_inside(texts)
    if inside:
        return inside
    home = _in_viet_nam(texts, title[3])
    if home:
        return home
    if fold((title[3] or "").rpartition(" ")[2]) == "về" and fold(title[2]) in _topic_titles():
        # the matter an envoy or a negotiator handles opens the run, then the name: "Đặc phái viên Liên hợp quốc về |
        # Iraq | Jan Kubis", "Trưởng đoàn đàm phán của EU về | Brexit | Michel Barnier"
        offset = _foreign_after_a_matter(texts, opens_on_it=True)
        if offset is not None:
            return offset, len(texts) - offset
    for offset in range(len(texts)):
        if len(texts) - offset > 4:
            continue
        size = vietnamese_name_at(texts, offset)
        if size:
            if _org_tail_before(texts, offset, size):
                return offset + 1, size - 1
            return offset, size
    seat = _seat_first(texts)
    if seat and 2 <= len(texts) - seat <= 4 and _wholly_foreign(texts[seat:]):
        # a government's seat that its people's titles name, then the name: "người phát ngôn Nhà Trắng | Sean Spicer",
        # "Người phát ngôn Điện Kremlin | Dmitry Peskov", "Phó phát ngôn viên Nhà Trắng | Sarah Huckabee Sanders"
        return seat, len(texts) - seat
    country = is_country(texts)
    # (or its acronym in brackets, "(JCCI)"; not a bracket the run is still inside: "(FUTA | Bus Lines)")
    org_end = [word.strip("()") for word in (title[3] or "").split()[-1:]
               if word.startswith("(") == word.endswith(")")]
    if org_end and len(org_end[0]) >= 2 and org_end[0].isupper() and org_end[0].isalpha() and 2 <= len(texts) <= 4 \
            and not country and len(_foreign(texts)) == len(texts) and fold(org_end[0]) not in _company_forms():
        # an organisation closed by its acronym, then the name: "Tổng Thư ký IPU Martin Chungong", "Chủ tịch Phòng Thương
        # mại công nghiệp Nhật Bản (JCCI) Akio Mimura"
        return 0, len(texts)
    org = (title[3] or "").split()
    if org and 2 <= len(texts) <= 3 and not country and _wholly_foreign(texts) and _ends_on_country(org):
        return 0, len(texts)  # the title's organisation ends on its country, then the name: "Bộ Quốc phòng Nga, | Alexander Fomin"
    if org and org[0] in ("Bộ", "bộ") and 2 <= len(org) <= 3 and org[-1].islower() and 2 <= len(texts) <= 3 \
            and not country and not is_country(texts[:1]) and not is_vietnamese_syllable(texts[0]) \
            and len(_foreign(texts)) == len(texts):
        return 0, len(texts)  # a ministry named by its portfolio, then the name: "Thứ trưởng Bộ Quốc phòng Alexander Fomin"
    if org and fold(title[2] or "") in _MINISTERS and 1 <= len(org) <= 3 and org[0][:1].isupper() and org[-1].islower() \
            and 2 <= len(texts) <= 3 and not country and not is_country(texts, whole=True) and _wholly_foreign(texts):
        return 0, len(texts)  # ... or a minister by it: "Bộ trưởng Thương mại Wilbur Ross"
    if len(org) >= 3 and _patterns()["org_head"].match(fold(title[3] or "")) and org[-1][:1].islower() \
            and fold(org[-1]) not in _links_before_a_name() and 2 <= len(texts) <= 3 and not country \
            and not is_country(texts, whole=True) and _wholly_foreign(texts) \
            and not foreign_place_name(" ".join(texts)):
        # a foreign body's name put into Vietnamese, its last word lower-case (so the capitals after it are no more of
        # it), then the name: "Chủ tịch Liên minh Nghị viện Thế giới | Saber Chowdhury", "Tổng Giám đốc Tổ chức Thương
        # mại Thế giới | Roberto Azevedo", "Giám đốc cơ quan về hợp tác kỹ thuật quân sự | Dmitri Shugaev"
        return 0, len(texts)
    if _a_chamber(title[3]) and not _FORMER.match(fold(title[2])) and 2 <= len(texts) <= 3 and not country \
            and not is_country(texts, whole=True) and _wholly_foreign(texts) \
            and not foreign_place_name(" ".join(texts)):
        # the head of a legislature's chamber, named bare, then the name: "Phó Chủ tịch Hạ viện | Tatsuo Kawabata",
        # "Chủ tịch Thượng viện | Youri Latortue" (the hosts of a visiting delegation; not a former head's, nor a
        # chamber's committee's, told of in foreign news: "mua chuộc cựu Chủ tịch Hạ viện Eduardo Cunha", "Chủ tịch Ủy
        # ban Đối ngoại Hạ viện Ed Royce hoan nghênh đề xuất này")
        return 0, len(texts)
    if len(texts) == 3 and _brand_head().search(fold(title[3] or "")) and not country \
            and not is_vietnamese_syllable(texts[0]) and not is_country(texts[1:], whole=True) \
            and _plain_foreign(texts[1:]):
        # a company's word closing the organisation, then its one-word brand and a foreign name in one run: "Giám đốc
        # điều hành hãng | ConocoPhillips Ryan Lance" (the brand is the organisation's, the name the rest)
        return 1, 2
    if len(org) >= 2 and _brand_head().search(fold(" ".join(org[:-1]))) and org[-1][:1].isupper() \
            and not is_vietnamese_syllable(org[-1]) and fold(org[-1]) not in _company_forms() \
            and 2 <= len(texts) <= 3 and not country \
            and not is_country(texts, whole=True) and _plain_foreign(texts):
        return 0, len(texts)  # ... its brand a run of its own: "Giám đốc điều hành hãng ConocoPhillips | Ryan Lance"
    if not country and (title[3] or is_country(texts, whole=True) or is_vietnamese_syllable(texts[0])
                        or len(texts) > 3):
        # "Tổng thống Donald Trump", "Tổng hiệu trưởng Shannon Koga"; but "Cố vấn Nhà nước X",
        # "Người phát ngôn Điện Kremlin", "Trưởng đoàn Saudi Arabia" are no names
        return 0, 0
    rest = texts[country:]
    if country and 2 <= len(rest) <= 3 and all(map(is_vietnamese_syllable, rest)) \
            and not any(is_place(rest[:size]) for size in (2, 3)) \
            and not (country == 1 and fold_word(texts[0]) in _NAME_LIKE_COUNTRIES):
        # a name read the Sino-Vietnamese way after its country, its family name no Vietnamese one: "Tổng tham mưu
        # trưởng Quân giải phóng Nhân dân Trung Quốc | Phòng Phong Huy" (not a place: "châu Á - Thái | Bình Dương")
        return country, len(rest)
    foreign = _foreign(rest)
    if len(foreign) >= 2:
        return country, len(foreign)
    if len(rest) == 1 and looks_foreign(rest):
        return country, -1
    return 0, 0


@cache
def _company_forms() -> frozenset[str]:
    """A company's legal form after "Công ty" (people_company_forms.txt): "CP", "TNHH", which closes no name of its own
    ("Chủ tịch HĐQT Công ty CP | Enclave Phú Quốc": the capitals after it are the company's name, not a person's)."""
    return frozenset(fold(word) for word in lexicon.words("people_company_forms.txt"))


@cache
def _chambers() -> frozenset[str]:
    """A legislature's chambers named bare (people_chambers.txt): "Hạ viện", "Thượng viện"."""
    return frozenset(fold(word) for word in lexicon.words("people_chambers.txt"))


def _a_chamber(org: str | None) -> bool:
    """Whether a title's organisation is a legislature's chamber named bare: "Hạ viện", "Thượng viện"."""
    return fold(org or "") in _chambers()


@cache
def _seats() -> frozenset[str]:
    """The seats of foreign governments (places_foreign.json "venues"): "Nhà Trắng", "Điện Kremlin", "Lầu Năm Góc"."""
    return frozenset(fold(seat) for seat in lexicon.table("places_foreign.json")["venues"])


def _seat_first(texts: list[str]) -> int:
    """How many leading words name a government's seat (0 when they do not)."""
    return next((size for size in (4, 3, 2) if len(texts) > size and fold(" ".join(texts[:size])) in _seats()), 0)


def _org_tail_before(texts: list[str], offset: int, size: int) -> bool:
    """The organisation's capitalised name ends on a family name, then a full name: "Giám đốc Bệnh viện Bạch | Mai
    Nguyễn Quang Tuấn", "Bệnh viện Trưng | Vương Nguyễn Văn Hùng", "Ủy ban MTTQ xã Hòa | Thạch Đỗ Văn Dương": the
    word is the body's, not the first of a double family name ("Lê Nguyễn Minh Quang"), unless a place ends before it
    ("UBND tỉnh Phú Yên | Lê Đào Anh Xuân", "Tập đoàn dầu khí Việt Nam | Nguyễn Vũ Trường Sơn")."""
    if not offset or size != 4 or vietnamese_name_at(texts, offset + 1) != 3:
        return False
    before = [texts[start:offset] for start in range(max(0, offset - 3), offset)]
    return not any(is_place(words) or is_not_name(" ".join(words)) or is_country(words, whole=True) == len(words)
                   or fold_word(" ".join(words)) == _HOME_COUNTRY for words in before)


_HOME_COUNTRY = fold("Việt Nam")


#: one-word countries that are also Vietnamese given names ("Nguyễn Văn Đức Anh"): not read inside a run
_NAME_LIKE_COUNTRIES = frozenset({"đức", "anh", "mỹ", "nga", "úc", "pháp", "nhật", "hàn", "ý", "bỉ", "áo", "séc"})


def _in_viet_nam(texts: list[str], org: str | None) -> tuple[int, int] | None:
    """Việt Nam after "tại" closing the organisation (a foreign body's or country's office here), then the name:
    "Đại sứ Hoa Kỳ tại | Việt Nam Ted Osius", "Trưởng Đại diện JETRO tại | Việt Nam Atsusuke Kawada" (the home
    country is in no foreign gazetteer, so it is not read as the country that closes an organisation)."""
    if not org or len(texts) < 4 or fold(" ".join(texts[:2])) != "việt nam":
        return None
    rest = texts[2:]
    if len(rest) > 4:
        return None
    last = org.split()[-1]
    if fold(last) != "tại":
        # (or a foreign body's acronym, its office here named by the country alone, then a foreign name: "Giám đốc ILO
        # | Việt Nam Chang-Hee Lee")
        acronym = len(last) >= 2 and last.isalpha() and last.isupper()
        wholly_foreign = len(_foreign(rest)) == len(rest) >= 2 and not is_country(rest, whole=True)
        return (2, len(rest)) if acronym and wholly_foreign else None
    size = vietnamese_name_at(rest, 0)
    if size == len(rest) or len(_foreign(rest)) == len(rest) >= 2 and not is_country(rest, whole=True):
        return 2, len(rest)
    if 2 <= len(rest) <= 3 and all(map(is_vietnamese_syllable, rest)) and not is_place(rest) \
            and not has_org_word(rest) and _ends_on_country(org.split()[:-1]):
        return 2, len(rest)  # a name read the Sino-Vietnamese way: "Đại sứ Trung Quốc tại Việt Nam Hồng Tiểu Dũng"
    return None


def _after_country_inside(texts: list[str]) -> tuple[int, int] | None:
    """A country that closes the organisation inside the run, then the name: "Bộ Nông Lâm Lào | Khămbunnắt
    Xaynhạnôm", "Bộ Công Thương Nhật Bản | Hiroshige Seko"."""
    for at in range(1, len(texts) - 2):
        size = is_country(texts[at:])
        if not size or size == 1 and fold_word(texts[at]) in _NAME_LIKE_COUNTRIES:
            continue
        rest = texts[at + size:]
        if 2 <= len(rest) <= 4:
            name = vietnamese_name_at(rest, 0)
            if name == len(rest):
                return at + size, name
            foreign = _foreign(rest)
            if len(foreign) == len(rest):
                return at + size, len(foreign)
        return None
    return None


def _short(doc: Doc, words, lead: int, hon, acad, title, positions: list[Span]) -> _Mention | None:
    if not words or len(words) > 2:
        return None
    span = (words[0][1][0], words[-1][1][1])
    mention = _Mention(doc.text[span[0]:span[1]], span, lead, full=False, honorific=hon, academic=acad)
    if title:
        mention.titles.append((title[2], title[3]))
    mention.strong = _is_strong(doc, mention, by_title=bool(title) and not hon)
    texts = [w for w, _ in words]
    mention.stage = len(texts) == 2 and fold(title[2] if title and not title[3] else acad or "") in _stage_titles() \
        and all(map(is_vietnamese_syllable, texts)) and not is_place(texts) and not is_country(texts) \
        and name_key(mention.name) != name_key("Việt Nam")  # ("Hội Nhà văn Việt Nam": the country, not in the list)
    if hon and not title and len(texts) == 2 and all(text[:1].isupper() for text in texts) \
            and not is_place(texts) and not is_country(texts):
        # two words after "ông"/"bà", set off by a comma or a dash before the person's own post: the name as the
        # article gives it, when it names them nowhere in full ("ông Min Kim, Tổng Giám đốc Công ty trách nhiệm hữu
        # hạn Hand & Hand cho hay", "Ông Duy Triết, đại diện Công ty CMA-CGM Việt Nam, nhận xét")
        after = _titles_after(doc, span[1], positions)
        if after and after[0][1]:
            mention.titles.extend(after)
            mention.stage = True
    return mention


def _unknown_family_titled(doc: Doc, words, title, positions: list[Span]) -> bool:
    """Three Vietnamese syllables after a form of address or an academic title, set off by a comma or a dash before the
    person's own post and its body: a full name whose family name no list knows, or one spelt without its marks ("ông
    Đầu Thanh Tùng, Phó Chủ tịch UBND tỉnh Thanh Hóa", "ông Pham Đức Thắng, Phó Tổng giám đốc Petrolimex", "nhạc sĩ
    Phó Đức Phương – Giám đốc Trung tâm Bảo vệ quyền tác giả âm nhạc Việt Nam"), as _short takes two such words."""
    texts = [w for w, _ in words]
    # (the address word may open a place's name with them: "ở Vũng Tàu, bà Rịa Vũng Tàu, Giám đốc Sở Du lịch" is no
    # one's name)
    address = doc.text[max(0, words[0][1][0] - 4):words[0][1][0]].split()[-1:]
    if title or len(texts) != 3 or not all(map(is_vietnamese_syllable, texts)) or is_place(texts) \
            or address and any(is_place([address[0].capitalize()] + texts[:n]) for n in (1, 3)) \
            or is_country(texts, whole=True) or is_not_name(" ".join(texts)) or not _NAME_SET_OFF.match(doc.text,
                                                                                                 words[-1][1][1]):
        return False
    after = _titles_after(doc, words[-1][1][1], positions)
    return bool(after and after[0][1])


#: a comma or a spaced dash right after a name, before the title that follows it
_NAME_SET_OFF = re.compile(r"(?:,|[^\S\n][-–—])[^\S\n]")


@cache
def _stage_titles() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words("people_stage_titles.txt"))


def _titles_after(doc: Doc, end: int, positions: list[Span]) -> list[tuple[str, str | None]]:
    """ "..., Phó bí thư Ban cán sự Đảng, Bí thư Đảng ủy, Thứ trưởng Bộ Khoa học và Công nghệ": every title."""
    starts = dict(positions)
    sep = _BRACKET.match(doc.text, end)
    if not (sep and sep.end() in starts):  # "ông Nguyễn Văn A (Giám đốc Sở Y tế)" or "ông A, Giám đốc ..."
        sep = _SEP.match(doc.text, end)
    at = sep.end()
    titles: list[tuple[str, str | None]] = []
    held_with: tuple[int, int] | None = None  # (start, end) of a title that "kiêm" joins to the next one
    while len(titles) < 6:
        p_end = starts.get(at)
        if p_end is None:
            if not titles and sep.group().strip():
                titles.extend(_untitled(doc, at, dashed=bool(re.search(r"[-–—]", sep.group()))))
            break
        nxt = _SEP_NEXT.match(doc.text, p_end)
        if nxt and nxt.end() in starts:  # "Đồng sáng lập và Giám đốc Điều hành ...": the next title at once
            if held_with is None and nxt.group().strip() == "kiêm":
                # two posts held together, the body after the second: one title as written, "Bí thư kiêm Chủ tịch
                # UBND quận Nam Từ Liêm", "Chủ tịch HĐQT kiêm Tổng giám đốc Bệnh viện Hùng Vương"
                held_with = (at, p_end)
            else:
                titles.append((doc.text[held_with[0] if held_with else at:p_end], None))
                held_with = None
            at = nxt.end()
            continue
        org, org_end = _organisation(doc, p_end, starts)
        if org and _a_persons_name(org) or _named_next(doc, p_end) \
                or not org and _CLAUSE_GOES_ON.match(doc.low, p_end) or _OF_SEVERAL.match(doc.low, p_end):
            # the title of the next person, named after it: "tại La Hay, Đại sứ Ngô Thị Hòa", "ĐB Cao Thị Xuân (Thanh
            # Hóa) Bộ trưởng Nguyễn Ngọc Thiện cho rằng"; or of the next several, the next item of a list: "các Phó Thủ
            # tướng Trịnh Đình Dũng, Vũ Đức Đam, Vương Đình Huệ, Bộ trưởng các Bộ Công thương, GT-VT"
            if held_with:
                titles.append((doc.text[held_with[0]:held_with[1]], None))
            break
        titles.append((doc.text[held_with[0] if held_with else at:p_end], org))
        held_with = None
        nxt = _SEP_NEXT.match(doc.text, org_end)
        if not nxt or nxt.end() not in starts:
            break
        at = nxt.end()
    return titles


#: a title with no body, then a verb: the subject of the next clause, not the named person's title ("Theo đại biểu Cao
#: Thị Xuân (Thanh Hóa), Bộ trưởng đã thẳng thắn chỉ ra ...")
_CLAUSE_GOES_ON = re.compile(r"\s+(?:đã|sẽ|đang|vừa|nêu\s+rõ)(?!\w)")
#: a title of several bodies' heads: "Bộ trưởng các Bộ Công thương, GT-VT", "Giám đốc các sở" (not one's own title over
#: several matters or members: "Vụ trưởng các vấn đề Bắc Mỹ", "Đại diện các doanh nghiệp của CHLB Đức")
_OF_SEVERAL = re.compile(r"\s+các\s+(?:bộ|sở|ban|cục|tỉnh|thành phố|địa phương|ngành)(?!\w)")
def _named_next(doc: Doc, at: int) -> bool:
    """Whether a person is named right at `at`, after a title: a full Vietnamese name ("Bộ trưởng | Nguyễn Ngọc
    Thiện")."""
    run = RUN.match(doc.text, at + 1) if doc.text[at:at + 1] == " " else None
    if not run:
        return False
    words = run.group().split()
    return vietnamese_name_at(words, 0) == len(words) >= 3 and not _patterns()["org_head"].match(doc.low, run.start())


def _a_persons_name(text: str) -> bool:
    """Whether what stands where an organisation would is a person's full name, every word capitalised and no body's
    head word first ("Ngô Thị Hòa"; not "Tập đoàn Kido", "Ban Quản lý")."""
    words = text.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and vietnamese_name_at(words, 0) == len(words) \
        and not _patterns()["org_head"].match(fold(text))


def _untitled(doc: Doc, at: int, dashed: bool) -> list[tuple[str, str | None]]:
    """After "Name -": an organisation alone (Thư viện Quân đội) or a described role (nhà khai vấn ... của X)."""
    if _patterns()["org_head"].match(doc.low, at) and doc.text[at].isupper():
        org, _ = _organisation(doc, at)
        return [("", org)] if org else []
    if dashed:
        phrase = _LOWER_PHRASE.match(doc.text, at)
        if phrase and len(phrase.group(1).split()) <= 6:
            org, _ = _organisation(doc, phrase.end())
            return [(phrase.group(1), org)]
    return []


def _organisation(doc: Doc, at: int, title_starts: Container[int] = ()) -> tuple[str | None, int]:
    """The organisation after a title, up to the sentence's verb or the clause's end: (text, end offset)."""
    stop = _patterns()["stop"]
    end = at
    count = 0
    starts: list[int] = []  # (where the words taken start)
    for m in _WORD.finditer(doc.text, at):
        if m.start() < end:
            continue  # (inside a body's name taken whole)
        between = doc.text[end:m.start()]
        if between.strip() == "," and "\n" not in between and count < _MAX_ORG_WORDS:
            # a body's name with a comma in it goes on: "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh"
            # (a name, capitalised or listed lower case after a body's head: `comma_name_at`; counted as one word)
            whole = next(filter(None, (comma_name_at(doc, start) for start in starts[-2:])), None)
            if whole and whole.end() > m.start():
                end = whole.end()
                count += 1
                continue
        if between.strip() or "\n" in between or count >= _MAX_ORG_WORDS:
            break  # punctuation between words ends the phrase
        word = m.group()
        if stop.match(doc.low, m.start()) and not word[0].isupper() and not _inner_stop(doc, m.start()):
            break
        if count and word in ("-", "–", "—"):
            following = _WORD.match(doc.text, m.end() + 1)
            # "UBND tỉnh Bà Rịa – Vũng Tàu" goes on; "Giám đốc X - Chủ tịch Y" or "- cho biết" ends here
            if not (following and following.group()[0].isupper() and doc.text[m.start() - 2].isalpha()
                    and doc.text[m.start() - 1] == " " and following.start() not in title_starts
                    and fold_word(following.group()) not in _single_titles()):
                break
        if word.endswith(".") and not re.fullmatch(r"(?:[A-ZĐ][a-zA-ZĐ]?\.)+", word):
            end = m.end() - 1
            count += 1
            break
        starts.append(m.start())
        end = m.end()
        count += 1
    if doc.text.count("(", at, end) > doc.text.count(")", at, end) and doc.text.startswith(")", end):
        end += 1  # (a bracket the body's name opened closes it: "Tổng cục Thể dục Thể thao (Bộ Văn hóa, Thể thao và Du
        # lịch)")
    org = re.sub(r"\s+(?:và|,)$", "", doc.text[at:end].strip(" -–—").rstrip(".…"))
    if org.startswith("(") and not org.endswith(")"):
        org = org[1:]
    if org.endswith(")") and "(" not in org:
        org = org[:-1].rstrip()
    return (org or None), end


@cache
def _inner_stops() -> tuple[int, tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]:
    """Bodies' names going on over a stop word ("Cục Y tế | dự phòng"): how far back the words before it may reach,
    and the pairs of the words before it (read backwards from the stop word) and the words from it."""
    def words(part: str) -> str:
        return r"\s+".join(map(re.escape, part.split()))
    pairs, reach = [], 0
    for entry in lexicon.words("people_org_inner_stops.txt"):
        parts = entry.split("|")
        if len(parts) != 2:
            raise ValueError(f"people_org_inner_stops.txt: {entry!r} needs exactly one '|'")
        left, right = (fold(part) for part in parts)
        reach = max(reach, len(left) + 8)  # (the words before, with room for the spaces between them)
        pairs.append((re.compile(rf"\s+{words(left[::-1])}(?!\w)"), re.compile(rf"{words(right)}(?!\w)")))
    return reach, tuple(pairs)


def _inner_stop(doc: Doc, at: int) -> bool:
    """Whether the stop word at `at` is inside a body's name: "Vụ Thị trường trong nước", "Hiệp hội các trường ĐH"."""
    reach, pairs = _inner_stops()
    back = doc.low[max(0, at - reach):at][::-1]
    return any(left.match(back) and right.match(doc.low, at) for left, right in pairs)


#: the trade envoy's office, a job of its own though "đại diện" (one who stands for a body) is a secondary title
_TRADE_ENVOY = re.compile(r"đại diện thương mại(?!\w)")


def _is_secondary(title: str, org: str | None) -> bool:
    text = fold(f"{title} {org or ''}")
    return bool(_patterns()["secondary"].match(text)) and not _TRADE_ENVOY.match(text)


#: a character that makes what follows a name more than a byline's end
_NOT_BYLINE_END = re.compile(r"[^ \n\-–—.)(]")


@cache
def _at_a_meeting() -> re.Pattern[str]:
    """What places words at a meeting after the one who said them: "... của Phó Chủ tịch UBND tỉnh Quảng Nam Nguyễn
    Khánh Toàn tại buổi làm việc với lãnh đạo VEC", "ý kiến chỉ đạo của ông X, Chủ tịch UBND tỉnh tại Hội nghị sơ kết"."""
    kinds = {fold(surface) for surface in lexicon.labelled("event_kinds.txt")}
    # (an office after the name may hold an abbreviation's full stop: "của ông X, Phó giám đốc Sở GD&ĐT TP.HCM tại Hội
    # nghị sơ kết")
    return re.compile(r"(?:[^.;:!?\n]|\.(?=\w)){0,100}?\s(?:tại|trong)\s+(?:"
                      + lexicon.alternation(kinds, word_start=True) + r")(?!\w)")


#: the words of someone, said at a meeting: "Đây là khẳng định của", "ý kiến chỉ đạo của", "Đó là yêu cầu của", "tuyên
#: bố của", "chia sẻ của" (not instructions followed: "thực hiện sự chỉ đạo của", "theo chỉ đạo của", "theo đề nghị
#: của", "thực hiện yêu cầu của")
_WORDS_OF = re.compile(r"(?<!\w)(?<!theo )(?<!sự )(?<!thực hiện )(?<!triển khai )(?<!quán triệt )"
                       r"(?:khẳng định|ý kiến chỉ đạo|ý kiến|chỉ đạo|phát biểu|nhận định|"
                       r"đánh giá|kết luận|nhấn mạnh|yêu cầu|đề nghị|chỉ thị|lưu ý|tuyên bố|chia sẻ|đề xuất|cam kết|"
                       r"thông điệp|nhận xét|quan điểm)\s+của\s+$")


#: ... and for "ông/bà X", the words of one even when followed, which a meeting's report gives for a speaker there:
#: "theo ý kiến của bà Nguyễn Đào Tơ, đại diện Taxi Hoàng Gia đề xuất", "theo đánh giá của ông Lê Thành - Viện trưởng
#: ..." (at a workshop; not what one owns or is: "hòm thư điện tử của ông X", "con gái của ông X", "chữ ký của ông X")
_WORDS_NOUN = re.compile(r"(?<!\w)(?:khẳng định|ý kiến|chỉ đạo|phát biểu|nhận định|đánh giá|kết luận|nhấn mạnh|yêu cầu|"
                         r"đề nghị|chỉ thị|lưu ý|tuyên bố|chia sẻ|đề xuất|cam kết|thông điệp|nhận xét|quan điểm)"
                         r"\s+của\s+$")


#: another, earlier time right after the name: "phát biểu của Tổng thống Hàn Quốc Moon Jae-in hồi tuần trước"
_SAID_BEFORE = re.compile(r"\s*(?:hồi|vào)?\s*(?:tuần trước|tháng trước|năm ngoái|năm trước|hôm trước|trước đó)(?!\w)")


#: a deputy whose question is answered is the one who asked it at the sitting: "Trả lời câu hỏi của đại biểu Phạm Thị
#: Minh Hiền (Phú Yên) về công tác bổ nhiệm cán bộ, Phó thủ tướng ...", "Trả lời chất vấn của ĐB Trần Đình Gia (Hà
#: Tĩnh)", "Liên quan đến câu hỏi của đại biểu Tạ Văn Hạ (Bạc Liêu)" (not a written one: "phiếu chất vấn của đại biểu")
_ASKED_OF = re.compile(r"(?<!\w)(?:câu hỏi(?: chất vấn)?|(?<!phiếu )chất vấn)\s+của\s+$")
_DEPUTY_ASKS = re.compile(r"(?:đại biểu|đbqh|đb)(?!\w)")


def _asked_by_a_deputy(doc: Doc, before: str, start: int) -> bool:
    """Whether "của <deputy> X" is the deputy who asked the question answered: "Trả lời câu hỏi của ĐB X"."""
    return bool(_ASKED_OF.search(before) and _DEPUTY_ASKS.match(doc.low, start))


def _said_at_a_meeting(doc: Doc, before: str, end: int) -> bool:
    """Whether "của <title> X" are X's words at a meeting: "Đây là khẳng định của Phó Chủ tịch ... Nguyễn Khánh Toàn
    tại buổi làm việc với lãnh đạo VEC"."""
    return bool(_WORDS_OF.search(before) and _at_a_meeting().match(doc.low, end))


@cache
def _title_chain() -> re.Pattern[str]:
    """A job title alone and its comma, ending the text: "... của Tổng Bí thư, " (not one with its holder's name: "...
    của Bộ trưởng Trần Tuấn Anh, ")."""
    return re.compile(rf"(?<=\s)(?:{_positions()}),\s+$")


#: instructions followed, of a body and a person joined by "và": "Thực hiện chỉ đạo của Thường trực Chính phủ và Phó
#: Thủ tướng Vương Đình Huệ", "theo chỉ đạo của Thành ủy và Chủ tịch UBND TP" (the person, in the office that gave them,
#: is not at the meeting that carries them out, unless the words are placed there: "... tại Hội nghị")
_DIRECTED_AND = re.compile(r"(?:(?<!\w)(?:theo|thực hiện|triển khai|quán triệt)(?!\w)[^.;:!?\n“”\"]{0,40}?(?<!\w)"
                           r"(?:kết luận|yêu cầu)|(?<!\w)(?:chỉ đạo|chỉ thị|lời mời))\s+của\s+[^.;:!?\n,“”\"]{2,60}?"
                           r"\s+và\s+$")


#: the two sides of earlier talks whose results a host praises at a reception: "Đánh giá cao kết quả hội đàm giữa Phó
#: Thủ tướng kiêm Bộ trưởng Bộ Nội vụ Robert Kalinak và Bộ trưởng Bộ Công an Tô Lâm", "hoan nghênh kết quả cuộc hội
#: đàm giữa đồng chí Esteban Lazo Hernandes và Chủ tịch Quốc hội Nguyễn Thị Kim Ngân" (the guest, named elsewhere at
#: the reception, stays by those mentions; not the talks told as the news: "Cuộc hội đàm giữa Thủ tướng ... và ...")
_TALKS_RESULT = re.compile(r"(?<!\w)kết quả(?:\s+(?:tốt đẹp|thành công))?(?:\s+của)?(?:\s+(?:các|cuộc))*\s+"
                           r"(?:hội đàm|hội kiến|gặp|gặp gỡ|làm việc|điện đàm)(?:\s*,\s*(?:hội đàm|hội kiến))?"
                           # (either side: the first's title before its name, "giữa Phó Thủ tướng ... Robert Kalinak")
                           r"\s+giữa\s+(?:[^.;:!?\n“”\"]{2,160}?\s(?:và|với)\s+)?(?:[^.;:!?\n“”\"]{0,100}\s)?$")
_TALKS_REACH = 260


def _is_strong(doc: Doc, mention: _Mention, by_title: bool) -> bool:
    """False when the mention is background: the object of miễn nhiệm/bổ nhiệm, "của <title> X", a biography."""
    wider = doc.low[max(0, mention.start - _TALKS_REACH):mention.start]
    if "giữa" in wider and _TALKS_RESULT.search(wider):
        return False
    before = doc.low[max(0, mention.start - 100):mention.start]
    tail = before.rstrip()  # (the three end in a word and white space: most windows end otherwise, sparing the regexes)
    if tail.endswith(" và") and _DIRECTED_AND.search(before) and not _at_a_meeting().match(doc.low, mention.span[1]):
        return False
    if len(tail) < len(before) and tail.endswith(_WEAK_ENDS):
        weak = _WEAK_BEFORE.search(before)
        if weak and weak.group("deed") and _PART_AFTER.match(doc.low, mention.span[1]):
            weak = None
        elif weak and weak.group("with") and (met := _MET_WITH.search(before)):
            clause = max(before.rfind(mark, 0, met.start()) for mark in ".;:!?\n")
            if not _MET_WHEN.search(before, clause + 1, met.end() - 4):  # ("sau cuộc gặp với" inside it too)
                weak = None
        # (background, unless X's own words at a meeting: "khẳng định của <title> X tại", "ý kiến chỉ đạo của X tại")
        # ("của ông X" too, a possessor by address: "hòm thư điện tử của ông John Podesta, Chủ tịch chiến dịch ...")
        # (not a teacher's or a pupil's: "Các phòng trao đổi của cô Đặng Thu Hương và thầy Nguyễn Phương Duy"; nor
        # the words of one, which a report's lead gives as said there: "Đó là khẳng định của ông Nguyễn Văn Tám, Phó
        # Giám đốc Sở GTVT TP.HCM trước báo giới", "Đó là lưu ý của ông X, Phó Cục trưởng ... với ban chỉ đạo thi tỉnh")
        if weak or (by_title or (mention.honorific or "").lower() in ("ông", "bà") and not _WORDS_NOUN.search(before)) \
                and _OF_BEFORE.search(before):
            # (or the deputy whose question is answered: "Trả lời câu hỏi của đại biểu X")
            if (weak and not weak.group(0).startswith("chỉ đạo")) or not (
                    _said_at_a_meeting(doc, before, mention.span[1]) or _asked_by_a_deputy(doc, before, mention.start)):
                return False
        if _WEAK_CLAUSE.search(before):
            return False
        # words said on another day, named in passing: "phát biểu của Tổng thống Hàn Quốc Moon Jae-in hồi tuần trước"
        # (not "phát biểu của X tại hội nghị", X's part in it)
        if before.endswith("phát biểu của ") and (by_title or mention.honorific) \
                and _SAID_BEFORE.match(doc.low, mention.span[1]):
            return False
    elif before.endswith(", ") and (chain := _title_chain().search(before)) \
            and _WEAK_CLAUSE.search(before, 0, chain.start()):
        # the clause governs the person's first title, alone before its comma: "chuyển lời thăm hỏi của Tổng Bí thư, |
        # Chủ tịch Trung Quốc Tập Cận Bình" (not "Thay mặt Bộ trưởng, | Thứ trưởng X", who stands in for another)
        return False
    if _WEAK_AFTER.match(doc.low, mention.span[1]) or _SENT_AFTER.match(doc.low, mention.span[1]) \
            or _SENDER_OF.search(before) and _SENDS.match(doc.low, mention.span[1]):
        return False
    if len(tail) < len(before) and tail.endswith(_INVITED_ENDS) and (
            _INVITED_TO.search(before) and _INVITED_GOES.match(doc.low, mention.span[1])
            or _AWAITED.search(before) and _AWAITED_GOES.match(doc.low, mention.span[1])
            or _WELCOMED_TO.search(before) and _WELCOMED_TO_GOES.match(doc.low, mention.span[1])):
        return False  # (invited to come, or awaited: a visit ahead, not the event)
    if _FOUNDER_WITH.search(before) or _FOUNDED_AFTER.match(doc.low, mention.span[1]):
        return False
    if _PRIVATE_AFTER.match(doc.low, mention.span[1]) and not mention.titles \
            and not _roles(doc, mention.start, mention.span[1]):
        return False
    # the article's last words, in a sentence of their own, are a byline, even with a title: "Đại tá Lê Thế Mẫu -",
    # "... soi sáng sự nghiệp đổi mới của chúng ta. PGS.TS Bùi Đình Phong"
    if _NOT_BYLINE_END.search(doc.text, mention.span[1]):  # (not a copy of the rest of the text per mention)
        return True
    before_it = doc.text[max(0, mention.start - 3):mention.start].rstrip(" ")
    return bool(before_it) and before_it[-1] not in ".!?:;\n\"”)"


#: words said in the corridors of an assembly's session, told in a report of another meeting: the press's interview
#: there, not that meeting ("Bên hành lang Quốc hội sáng 12-6, Bộ trưởng Nguyễn Chí Dũng cho biết" in a report of the
#: Government's meeting on Tân Sơn Nhất airport, "Trao đổi với báo chí bên hành lang QH sáng nay, Phó Chủ nhiệm UB
#: KHCN-MT Lê Hồng Tịnh cho biết"); at the sitting itself ("kỳ họp", "phiên họp") they tell of its own sidelines (not
#: "bên lề kỳ họp", which may open the sentence of a meeting held there: "Bên lề kỳ họp, Tổng Bí thư đã gặp mặt ...")
#: (people_assembly_corridors.txt, people_assembly_sittings.txt: _assembly_corridors)
#: a sentence that tells of another time or another gathering: "Trước đó, tại hội nghị ... ở Cần Thơ, Thứ trưởng X
#: cho rằng", "kể từ khi Tổng thống Mỹ Joe Biden nhậm chức", "tại buổi họp báo, ông X cho biết" (the press are
#: told of the meeting; they do not hold it)
_ELSEWHERE_OPEN = re.compile(r"\W*(?:trước đó|trước đây|hồi|năm ngoái|năm trước|cách đây|kể từ|tháng trước|tuần trước|"
                             r"hôm trước)(?!\w)")
#: (each led by a character set, so that the engine skips ahead to the next candidate: a line end ends a
#: sentence at once, a mark when a capital follows, or a quote, a bracket or a link's "[" and a capital; a phrase
#: starts a word after its first letter); not the dot of an academic title's abbreviation, which a name follows:
#: "Từng trao đổi với Đất Việt về vấn đề này, PGS.TS Nguyễn Thiện Tống (chuyên gia ...)", "Theo TS. Nguyễn Bách
#: Phúc, ...", "GS.TSKH Đặng Vũ Minh", "BS. Lê Văn A" (the clause before the name is the name's own); nor the dot of
#: a numbered item's in a list of people run into one paragraph: "... có 6 thành viên: 1. Ông Dương Công Minh (...) 2.
#: Ông Kiều Hữu Dũng (...) 3. Ông ..." (the list is one sentence, a roster; not "Hội nghị SOM 2. Theo ...")
_SENTENCE_OPEN = re.compile(r"[.!?…\n]"
                            r"(?:(?<=\n)|(?=[\"”’)]*\s*(?:[\"“‘(\[]?[A-ZĐÀ-ỸẠ-Ỹ]|[*+]\s*[A-ZĐÀ-ỸẠ-Ỹ])))"
                            r"(?<!TP\.)(?<!Tp\.)(?<!\bGS\.)(?<!PGS\.)(?<!\bTS\.)(?<!TSKH\.)(?<!ThS\.)"
                            r"(?<!\bBS\.)(?<!\bKS\.)"
                            r"(?!(?<=[\s:]\d\.)\s(?:Ông|Bà)\s)(?!(?<=[\s:]\d\d\.)\s(?:Ông|Bà)\s)"
                            r"(?:(?<=\n)|(?<!\n)[\"”’)]*\s*(?=[\"“‘(\[]?[A-ZĐÀ-ỸẠ-Ỹ]|[*+]\s*[A-ZĐÀ-ỸẠ-Ỹ]))")
#: how far before a kind's noun its classifier ("buổi ", "cuộc ") may stand
_CLASSIFIER_SLACK = 8
#: ... or a meeting told as a recent one, which is not the meeting the article reports: "Trong buổi họp có sự tham dự
#: của PTT Vũ Đức Đam mới đây, có ý kiến cho rằng" (at a roundtable of 30/5), "mà Phó thủ tướng Vương Đình Huệ đã nhắc
#: nhở tại phiên họp mới đây", "tuyên bố tại một cuộc họp HĐBA gần đây" (not where the article names its own event:
#: "Tại cuộc họp về kế hoạch cải tạo sân bay Tân Sơn Nhất mới đây, ông Trương Quang Nghĩa ... cho biết")
#: (its first words as lexicon.alternatives writes them, each branch led by its letter, so that the engine skips ahead
#: to the next possible first letter instead of trying every position)
_RECENT_MEETING = re.compile(r"(?:" + lexicon.alternatives(("cuộc", "buổi", "phiên"),
                                                           r"\s+(?:họp|làm\s+việc|gặp|tiếp|hội\s+đàm|hội\s+kiến)",
                                                           word_start=True)
                             + r"|" + lexicon.alternatives(("hội nghị", "hội thảo", "tọa đàm"), "", spaces=True,
                                                           word_start=True)
                             + r")(?!\w)[^.,;!?\n]{0,60}?\s(?:mới|gần)\s+đây(?!\w)")


@cache
def _elsewhere_in() -> re.Pattern[str]:
    """Words that tell of another time or gathering inside a sentence (see _ELSEWHERE_OPEN), an assembly's corridors
    among them (_assembly_corridors)."""
    return re.compile(lexicon.alternatives(
        ("kể từ khi", "họp báo", "giao ban báo chí", "trả lời phỏng vấn", "trả lời báo chí", *_assembly_corridors()[0]),
        r"(?!\w)", word_start=True)
    # ... or a meeting some days before: "Tại cuộc làm việc cách đây 2 ngày về vấn đề này, Phó Thủ tướng X đã đề nghị"
    + r"|" + lexicon.alternation(("tại", "trong"), word_start=True)
    + r" (?:cuộc|buổi|phiên|hội nghị|hội thảo)[^.;!?\n]{0,60}? cách đây \w+ (?:ngày|tuần|tháng)(?!\w)")
#: ... or a meeting told as another one than the event, a separate one or one more: "Ở một cuộc hội kiến khác, Hồng y
#: Pietro Parolin, Bộ trưởng Ngoại giao Tòa thánh Vatican, cũng kêu gọi ông Trump" (after the Pope's audience),
#: "Trong khi đó, trong cuộc gặp riêng rẽ diễn ra cùng ngày bên lề Hội nghị G20, Tổng thống Mỹ Donald Trump đã hối thúc
#: Nhật Bản" (after the Abe-Xi meeting); never the event's own sentence, which may name it so
_ANOTHER_MEETING = re.compile(lexicon.alternation(("cuộc", "buổi"), word_start=True)  # (led by a character set)
                              + r"\s+(?:gặp(?:\s+gỡ|\s+mặt)?|tiếp|hội\s+kiến|hội\s+đàm|làm\s+việc)"
                                r"(?:\s+song\s+phương)?\s+(?:khác|riêng\s+rẽ|riêng\s+biệt)(?!\w)")
#: ... or a phone call, which is not the meeting: "trong cuộc điện đàm giữa Thủ tướng Chính phủ Nguyễn Xuân Phúc và
#: Tổng thống Donald Trump", "Thủ tướng Nguyễn Xuân Phúc đã gọi điện tới Bộ trưởng Bộ VHTTDL Nguyễn Ngọc Thiện",
#: "Trả lời qua điện thoại về lý do không để báo chí tham dự, ông Hà Văn Siêu ... cho rằng" (words said by phone; not a
#: channel named in a debate, "bổ sung thêm hình thức tố cáo qua fax, email, qua điện thoại", nor a meeting held by
#: phone, the event: "một cuộc họp qua điện thoại giữa Tổng thống Thổ Nhĩ Kỳ Tayyip Erdogan cùng ...")
#: (what is said by phone: people_said_by_phone.txt)
_PHONE_CALL = re.compile(r"(?<!\w)(?:điện đàm|(?<!kêu )(?<!lời )gọi điện"  # (not "kêu gọi Điện Kremlin")
                         r"|(?:" + _alternation("people_said_by_phone.txt")
                         + r")(?: với [^.;,!?\n]{1,40}?)? qua điện thoại)(?!\w)")
#: ... or what was done in an earlier month or year ("nhất trí hồi tháng 4"), in a sentence that writes no day (one
#: that does tells of that day, which an aside does not undo: "ngày 3/7, Tổng thống Pháp Emmanuel Macron tuyên bố ông
#: sẽ dỡ bỏ tình trạng khẩn cấp, vốn có hiệu lực sau các vụ tấn công ... hồi tháng 11/2015")
#: (also the end or start of last week or month, which dates what the sentence tells: "Tổng thống Pháp Emmanuel Macron
#: và Thủ tướng Đức Angela Merkel cuối tuần trước đã họp trực tuyến với nhà lãnh đạo Ukraine"; not a bare "tuần
#: trước", which often dates something else the sentence names: "nhắc lại tinh thần tại cuộc đối thoại ... tuần trước")
_EARLIER_MONTH = re.compile(lexicon.alternation(("hồi",), word_start=True) + r" (?:tháng|năm|mùa)(?!\w)"
                            r"|" + lexicon.alternatives(("cuối", "đầu"), r" (?:tuần|tháng) trước(?!\w)"
                                                        r"(?!\s+(?:khi|đó|ngày|thời|kỳ)(?!\w))", word_start=True))
_A_DAY = re.compile(r"(?<![\d/.-])\d{1,2}\s?[/.-]\s?\d{1,2}(?![\d])")


@cache
def _assembly_corridors() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """An assembly's corridors (people_assembly_corridors.txt) and its sittings, at which they tell of the event itself
    (people_assembly_sittings.txt)."""
    return lexicon.words("people_assembly_corridors.txt"), lexicon.words("people_assembly_sittings.txt")


#: the kinds of event at which such words tell of the event itself, not of another gathering: a press conference's
#: own words place someone at one ("Thứ trưởng Bộ Tài chính Đỗ Hoàng Anh Tuấn trả lời báo chí về ..."), and a press
#: briefing's at it ("Phó Giám đốc Sở Giáo dục và Đào tạo Hà Nội Lê Ngọc Quang thông tin tại buổi giao ban báo chí")
@cache
def _told_at() -> dict[str, tuple[str, ...]]:
    """Such words → the kinds of event at which they tell of the event itself."""
    corridors, sittings = _assembly_corridors()
    return {"họp báo": ("họp báo",), "giao ban báo chí": ("họp báo", "giao ban"), "trả lời báo chí": ("họp báo",),
            **{corridor: sittings for corridor in corridors}}


@cache
def _told_the_press() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words said to the press (people_press.txt): "nói với Reuters", "trao đổi với phóng viên TTXVN"; and what every
    match of them holds, "với" and the press (led by that literal: the engine finds it at once, where the speech verbs
    start with the commonest letters): a text without it, most, need not be scanned for them."""
    outlets = lexicon.alternation((fold(w) for w in lexicon.words("people_press.txt")), spaces=True, word_start=True)
    outlet = r"(?:" + outlets + r"|[\w-]+\.(?:vn|net|com))(?!\w)"
    # (or the press answered with no "với": "Trả lời Zing.vn, Bộ trưởng Kế hoạch đầu tư Nguyễn Chí Dũng nói ...",
    # "Trả lời PV, ông X cho biết"; at a press conference the event's own, not another occasion)
    # (every branch led by its first letter, the "t" of "trả lời" before its group, the speech verbs' trie as its
    # first branches: the regex is led by a character set, and the engine skips ahead rather than trying every place)
    # (so the group "answered" starts one letter in, at "rả lời ...": only whether it matched is read, never its span)
    answered = r"t(?<!\wt)(?P<answered>rả\s+lời\s+" + outlet + r")"
    said = lexicon.alternatives(("nói", "trao đổi", "chia sẻ", "trả lời", "cho biết", "khẳng định", "xác nhận"),
                                r"\s+với\s+" + outlet, word_start=True)
    return (re.compile(answered + r"|" + said),
            re.compile(r"(?:với|trả\s+lời)\s+" + outlet))


_SIDELINES = re.compile(r"(?<!\w)(?:bên lề|bên hành lang|hành lang)(?!\w)")
#: the press answered right after the meeting, at its close or on its sidelines: "Trả lời báo chí sau cuộc họp, Bộ
#: trưởng, Chủ nhiệm VPCP Mai Tiến Dũng cho biết", "Trong cuộc họp báo kết thúc hội nghị, Thủ tướng Đức Angela Merkel
#: nhấn mạnh" (the speaker was at it)
_A_MEETING = r"(?:cuộc|buổi|phiên|hội\s+nghị|kỳ\s+họp|hội\s+thảo|tọa\s+đàm)(?!\w)"
_RIGHT_AFTER_IT = re.compile(r"\s+(?:ngay\s+)?(?:sau|bên lề|kết\s+thúc)\s+" + _A_MEETING)
#: ... or told right after it, anywhere in the sentence: "ông Vũ Văn Tám, Thứ trưởng Bộ NN&PTNT trao đổi với PV Tiền
#: Phong, sau khi kết thúc hội nghị bàn về ...", "Kết thúc buổi làm việc, ông Huỳnh Tấn Vinh, Chủ tịch Hiệp hội Du lịch
#: Đà Nẵng đã có cuộc trao đổi với báo giới"
_RIGHT_AFTER = re.compile(r"(?<!\w)(?:(?:ngay\s+)?sau\s+(?:khi\s+(?:kết\s+thúc\s+)?)?|kết\s+thúc\s+)" + _A_MEETING)
_AT_THE_PRESS_CONFERENCE = re.compile(r"(?<!\w)(?:tại|trong)\s+(?:cuộc\s+|buổi\s+|phiên\s+)?họp báo(?!\w)")


def _elsewhere(doc: Doc, start: int, kind: str | None = None, at: int | None = None) -> bool:
    """Whether the sentence naming someone at `start` tells of another time or gathering than the event, whose kind
    is `kind` (a sentence that names a press conference tells of the event when the event is one)."""
    index = bisect_right(_sentences(doc), start) - 1
    return index >= 0 and _elsewhere_flags(doc, kind, at)[index]


#: a photo's credit closing its caption, right after the caption's words: "... ngày 4/5. (Nguồn: AFP/TTXVN)", "... ngày
#: 23/11/2016. Ảnh: VGP/Quang Hiếu", "... - Ảnh: Reuters", "... (Ảnh: AFP/TTXVN)", or a file photo's mark with no colon:
#: "... tại Hà Nội (Ảnh tư liệu)", "... Ảnh minh họa. Nguồn Internet"
_CAPTION_CREDIT = re.compile(r"(?<=[\w)\"”.])\s*(?:[.\-–]?\s*\(?\s*(?<!trong )(?:ảnh|nguồn)\s*:"
                             # (a file photo's mark with no colon only bracketed or closing its caption, not "bộ
                             # ảnh tư liệu quý", "giới thiệu hình ảnh minh họa về dự án" in running text)
                             r"|(?:\(|[.\-–])\s*ảnh\s+(?=(?:tư\s+liệu|minh\s+h[oọ]a)\s*(?:[.:)]|\n|$)))")
#: (not a caption's own opener: "Trong ảnh: Binh lính Philippines lái xe bọc thép ...")
#: a file photo's credit, or an illustration's: the photo shows another occasion than the one reported ("Ông Đinh La
#: Thăng phát biểu tại một hội nghị diễn ra ngày 28-2 - Ảnh: T.L", "Ảnh: TL", "Ảnh: Tư liệu", "Ảnh minh họa: Internet")
_FILE_PHOTO = re.compile(r"\s*(?:" + ARCHIVE_PHOTO + r"|minh\s+h[oọ]a)(?!\w)")
#: a caption's time that is not the event's: another year ("... tại hội nghị năm 2016", "ảnh chụp tháng 3/2016", "năm
#: ngoái"), or a month gone by ("trong chuyến thăm và làm việc tại Việt Nam tháng 3 vừa qua", "hồi tháng 4")
_CAPTION_TIME = re.compile(r"(?:(?<!\w)năm\s+(?P<year>(?:19|20)\d\d)"
                           # (a month or a day with its year, not a paper's number: "Nghị định 15/2018/NĐ-CP")
                           r"|(?<![\d/])\d{1,2}[/.-](?:\d{1,2}[/.-])?(?P<dated>(?:19|20)\d\d)(?![/\w])"
                           r"|(?<!\w)(?:năm\s+(?:ngoái|trước)|tháng\s+(?P<month>\d{1,2})\s+vừa\s+qua"
                           r"|hồi\s+tháng\s+(?P<back>\d{1,2})|tháng\s+trước))(?!\w)")
#: the city a caption places its occasion in: "gặp nhau tại Hamburg, Đức, ngày 6/7"
_CAPTION_PLACE = re.compile(r"(?<!\w)tại\s+((?:[A-ZĐ][\w-]*\s?){1,3})")
#: how far a caption's credit stands after the name at most, and how far past its sentence's end
_CAPTION_LEN = 200
_CREDIT_AFTER = 12
#: ... and past where a caption's credit may start, what its match may still need to read ("- (Ảnh tư liệu)")
_CREDIT_REACH = 40


#: a clause that opens on a year gone by, right before the person it tells of: "Chủ tịch Quốc hội Cuba cho biết, năm
#: 1963, Tổng tư lệnh Fidel Castro đã chỉ đạo thành lập Ủy ban Đoàn kết Cuba với miền Nam Việt Nam", "Đến năm 2001,
#: Tổng thống George W. Bush chọn ngày 3/6 là ..." (a year before the event's own: the deed recalled, not done there)
_PAST_YEAR_OPENS = re.compile(r"(?:^|[,.;:!?\n(“\"]|(?<!\w)(?:và|khi|rằng|là))\s*(?:(?:vào|đến|từ|trong|hồi)\s+)?"
                              r"(?:(?:mùa\s+\w+|cuối|đầu|giữa|tháng\s+\d{1,2})\s+)?"
                              r"năm\s+(?P<year>(?:19|20)\d\d|ngoái)\s*,\s*$")
#: ... or whose clause goes on to date what they did a little before: "khi Chủ tịch nước Trần Đại Quang là nguyên thủ
#: nước ngoài cuối cùng gặp lãnh tụ Fidel trước đó không lâu"
_RECALLED_AFTER = re.compile(r"[^.;:!?\n,“”\"]{0,80}?(?<!\w)trước\s+đó\s+(?:không\s+lâu|ít\s+(?:ngày|hôm|tuần|lâu))(?!\w)")
#: ... or the legacy of the dead, carried on: "thực hiện thành công tư tưởng và di huấn của đồng chí Chủ tịch Fidel
#: Castro, Nghị quyết Đại hội Đảng ..."
_LEGACY_OF = re.compile(r"(?<!\w)(?:di huấn|di chúc|di nguyện)(?:\s+[^\s.;:!?\n]+){0,3}?\s+của\s+"
                        r"(?:(?:đồng chí|lãnh tụ)\s+)?$")
_RECALL_REACH = 40


def _recalled(doc: Doc, mention: _Mention, day: date | None) -> bool:
    """Whether `mention` is told only as the one who did something at an earlier time, in a clause that opens on a year
    before the event's `day` (_PAST_YEAR_OPENS; never when the event's day is not known) or that dates it a little
    before (_RECALLED_AFTER), or as the dead whose legacy is carried on (_LEGACY_OF)."""
    if _RECALLED_AFTER.match(doc.low, mention.span[1]) \
            or "di " in doc.low[max(0, mention.start - _RECALL_REACH):mention.start] \
            and _LEGACY_OF.search(doc.low, max(0, mention.start - _RECALL_REACH), mention.start):
        return True
    if day is None or "năm" not in doc.low[max(0, mention.start - _RECALL_REACH):mention.start]:
        return False
    m = _PAST_YEAR_OPENS.search(doc.low, max(0, mention.start - _RECALL_REACH), mention.start)
    return bool(m) and (m.group("year") == "ngoái" or int(m.group("year")) < day.year)


def _caption_of_another_day(doc: Doc, mention: _Mention, mentions: list[_Mention], at: int | None,
                            day: date | None = None) -> bool:
    """Whether `mention` stands in a photo's caption that its credit closes and that tells another occasion than the
    event: another day than the event's own sentence writes, a file photo of another occasion ("Tổng thống Mỹ Donald
    Trump phát biểu tại Washington, DC ngày 4/5. (Nguồn: AFP/TTXVN)" in a report of the G7 finance ministers' meeting
    in Bari of 12/5), a file photo's credit ("- Ảnh: T.L"), or another year or a month gone by than the event's `day`.
    Never for someone the body places at the event (in its own sentence, or given a part there elsewhere)."""
    if at is None:
        return False
    low = doc.low
    starts = _sentences(doc)
    own, own_start, own_end = _sentence_at(doc, starts, at)
    index, first, last = _sentence_at(doc, starts, mention.start)
    if index == own:
        return False
    # (a credit further than _CAPTION_LEN past the name closes no caption of it: the window stops there, with room for
    # the credit's own words, and not at the end of a sentence that runs on for a whole text: "Ông A,Ông A,..." × N)
    reach = min(last + _CREDIT_AFTER, mention.start + _CAPTION_LEN + _CREDIT_REACH, len(low))
    if low.find("ảnh", mention.span[1], reach) < 0 and low.find("nguồn", mention.span[1], reach) < 0:
        return False  # (every credit holds one of its two words: most captions' windows hold neither)
    credit = _CAPTION_CREDIT.search(low, mention.span[1], reach)
    if not credit or credit.start() - mention.start > _CAPTION_LEN:
        return False
    own_text = low[own_start:own_end]
    if not (_FILE_PHOTO.match(low, credit.end()) or _another_time(low, mention.span[1], credit.start(), day, own_text)
            or _another_occasion(low, mention.span[1], credit.start(), own_text)):

        def days(a: int, b: int) -> set[tuple[int, int]]:
            return {(int(d), int(m)) for d, m in WRITTEN_DAY.findall(low, a, b)
                    if 1 <= int(d) <= 31 and 1 <= int(m) <= 12}
        # (the day the caption writes after the name, not one of the glued text before it: "... lúc 21 giờ ngày chủ
        # nhật 12.2 trên VTV3 Một số hình ảnh khác trong buổi họp báo: HLV Thu Minh HLV Noo Phước Thịnh ... Bài và
        # ảnh: ...")
        its_days = days(own_start, own_end)
        told = days(mention.span[1], credit.start())
        if not its_days or not told or told & its_days:
            return False
        # (a day before the event in the event's own city is its eve, the same trip: "Tổng thống Mỹ Donald Trump và
        # Thủ tướng Đức Angela Merkel gặp nhau tại Hamburg, Đức, ngày 6/7. Ảnh:Reuters" before the G20 summit in
        # Hamburg)
        place = _CAPTION_PLACE.search(doc.text, mention.span[1], credit.start())
        if place and place.group(1).strip() in doc.text[own_start:own_end]:
            return False
        # (the event's sentence names them, if only by their last name: "Trong cuộc gặp tại Vatican, ... ông Trump";
        # not when the photo is a file one, or of another time or occasion: the sentence may tell of them, "người
        # phát ngôn Nhà Trắng ... cho hay Tổng thống Trump đã mất niềm tin đối với ông Comey")
        if next(lexicon.whole_words(doc.text[own_start:own_end], mention.name.split()[-1]), None) is not None:
            return False
    return not any(other is not mention and other.name == mention.name
                   and _placed_there(doc, starts, own, other.start, other.span[1]) for other in mentions)


@cache
def _caption_occasion() -> re.Pattern[str]:
    """An occasion other than a meeting a caption shows someone at (people_caption_occasions.txt): "trong phiên điều
    trần", "tại lễ nhậm chức"."""
    occasions = lexicon.alternation((fold(w) for w in lexicon.words("people_caption_occasions.txt")), spaces=True)
    return re.compile(r"(?<!\w)(?:tại|trong)\s+(?:một\s+|1\s+)?(?P<occasion>" + occasions + r")(?!\w)")


def _another_occasion(low: str, start: int, end: int, own: str) -> bool:
    """Whether the caption's words in [start, end) show the person at an occasion other than a meeting, one the event's
    own sentence (`own`) does not name: "James Comey trong phiên điều trần tại Ủy ban Tư pháp Thượng viện Mỹ"."""
    m = _caption_occasion().search(low, start, end)
    return bool(m) and " ".join(m.group("occasion").split()) not in " ".join(own.split())


def _another_time(low: str, start: int, end: int, day: date | None, own: str) -> bool:
    """Whether the caption's words in [start, end) tell a time that is not the event's (of `day`): a year before its
    own, not one the event's own sentence (`own`) writes as well ("Hội nghị tổng kết công tác năm 2016" held in 2017),
    or a month gone by."""
    if day is None:
        return False
    for m in _CAPTION_TIME.finditer(low, start, end):
        year = m.group("year") or m.group("dated")
        if year:
            if int(year) < day.year and year not in own:
                return True
        elif m.group("month") or m.group("back"):
            if int(m.group("month") or m.group("back")) != day.month:
                return True
        else:
            return True
    return False


@lru_cache(maxsize=4)
def _sentences(doc: Doc) -> list[int]:
    """Where the doc's sentences start (one pass a doc)."""
    starts = [0] + [m.end() for m in _SENTENCE_OPEN.finditer(doc.text)]
    # (and where a caption, a subheading or a link runs into another time's or gathering's opener: "... Ảnh:
    # TTXVN/Nguyễn Minh Chiều cùng ngày, Thượng tướng X ... đến chào xã giao Tổng bí thư ...", detect.glued_starts; a
    # round-up's star before the opener opens it, as _STARRED_OCCASION reads it: "... Ảnh: TTXVN * Cũng trong tối
    # 11/10, Thủ tướng ... đã tiếp Bộ trưởng Ngoại giao Nhật Bản ...")
    glued = [star.start() if (star := _STAR_BEFORE.search(doc.text, max(0, at - 4), at)) else at
             for at in glued_starts(doc.text, elsewhere=True)]
    return sorted(set(starts).union(glued)) if glued else starts


#: a round-up's star and the white space after it, right before a glued opener (_sentences)
_STAR_BEFORE = re.compile(r"\*[^\S\n]*$")


def _sentence_at(doc: Doc, starts: list[int], pos: int) -> tuple[int, int, int]:
    """The index, start and end of the sentence of `_sentences(doc)` (`starts`) that holds `pos`."""
    index = bisect_right(starts, pos) - 1
    return index, starts[index], starts[index + 1] if index + 1 < len(starts) else len(doc.low)


def _own_sentence(starts: list[int], at: int | None) -> int | None:
    """The index of the event's own sentence (the one of `starts` that holds `at`), None with no `at`."""
    return bisect_right(starts, at) - 1 if at is not None else None


def _sentences_and_own(doc: Doc, at: int | None) -> tuple[list[int], int | None]:
    """Where the doc's sentences start (_sentences), and the index of the event's own (at `at`; None with no `at`)."""
    starts = _sentences(doc)
    return starts, _own_sentence(starts, at)


def _placed_there(doc: Doc, starts: list[int], own: int | None, start: int, end: int) -> bool:
    """Whether the name at [start, end) is in the event's own sentence (index `own`), in a sentence that puts someone
    at a meeting ("Tại buổi làm việc, bà Vũ Thị Tân - Chủ cơ sở mầm non Sen Vàng cho biết"), or given a part there."""
    index, first, last = _sentence_at(doc, starts, start)
    return index == own or bool(at_a_meeting().search(doc.low, first, last)) or bool(_roles(doc, start, end))


#: "Trước đó" that opens a speaker's part earlier in the same meeting, which a report tells after its close: "Trước đó,
#: báo cáo tại buổi làm việc, ông Nguyễn Ngọc Tường, Phó ban An toàn giao thông (ATGT) TP.HCM, cho biết", "Trước đó,
#: phát biểu khai mạc hội nghị, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân cho biết", "Trước đó, Tổng Thư ký Quốc hội
#: Nguyễn Hạnh Phúc trình bày Báo cáo giải trình ..." (the speaker at the meeting, then their part in it); not another
#: day's or place's words ("Trước đó, Tổng thống Moon Jae-in đã đưa ra đề nghị này tại lễ khai mạc ...", "Trước đó,
#: ông Donald Trump từng bày tỏ ..."), nor one who only "cho biết" with no part at the meeting told ("Trước đó, Phó
#: Thủ tướng Vương Đình Huệ cho biết: Thủ tướng Chính phủ đã quyết định ..." in a report of a ministry's meeting)
_EARLIER_THERE = re.compile(
    r"\W*trước đó,\s+(?P<part>(?:phát biểu|báo cáo|trình bày)(?:\s+khai mạc)?\s+(?:tại\s+)?(?:buổi làm việc|cuộc họp|"
    r"phiên họp|hội nghị|hội thảo|kỳ họp)(?:\s+này)?,\s+"
    # (or the part told by whom it was given to, or for whom: "Trước đó, báo cáo Quốc hội việc giải trình, tiếp thu,
    # chỉnh lý ..., Chủ nhiệm Ủy ban Tư pháp Lê Thị Nga cho hay", "báo cáo trước HĐND TP, ông Lê Thanh Liêm, Phó Chủ
    # tịch UBND TP cho biết", "thay mặt Ủy ban Thường vụ Quốc hội (UBTVQH), Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Khanh nêu
    # ra ..."; not with a day: "phát biểu tại cuộc làm việc ... sáng 23/6, ...")
    r"|(?P<to>(?:báo cáo|trình bày)\s+(?:(?:trước|với)\s+)?(?:quốc hội|hđnd|hội đồng nhân dân|bộ trưởng|thủ tướng"
    r"|đoàn (?:công tác|làm việc|giám sát|kiểm tra)|báo cáo|tờ trình)(?!\w))[^.;:!?\n]{0,150}?,\s+"
    r"|thay mặt\s+[^.;:!?\n]{3,80}?,\s+)?(?P<who>(?:[^.;:!?\n“”\"]|\.(?=\S)){4,130}?)"
    r"\s+(?P<verb>trình bày|báo cáo|phát biểu|cho biết|cho hay|nêu)(?!\w)")
_ELSEWHERE_WORDS = re.compile(r"\d|(?<!\w)(?:đã|từng|ngày|tháng|năm|tuần|hôm|hồi|tại|ở|trong|khi|sau|trước)(?!\w)")
#: ... and a day told in words before the speaker, after a part's first comma ("..., hôm qua, ông ... cho biết")
_DAY_WORD = re.compile(r"(?<!\w)(?:(?:hôm\s+(?:qua|kia|trước|nay)|(?:sáng|chiều|tối|trưa|đêm)\s+(?:nay|qua|hôm|ngày)"
                       r"|tuần\s+(?:trước|qua))(?!\w)|(?:sáng|chiều|tối|trưa|đêm|ngày)\s+\d)")


def _earlier_there(doc: Doc, start: int) -> bool:
    """Whether the sentence at `start` opens on "Trước đó" that tells of an earlier part of the meeting itself."""
    m = _EARLIER_THERE.match(doc.low, start)
    if not m or not m.group("part") and m.group("verb") in ("cho biết", "cho hay", "nêu"):
        return False
    # (a part told by whom it was given to stops at its first comma, the rest of its clause read into "who": the
    # speaker is what follows the last comma, and the part's day may stand anywhere before it: "báo cáo trước HĐND TP về
    # tình hình kinh tế, xã hội trong năm 2023, ông Lê Thanh Liêm cho biết")
    who = m.group("who").rsplit(", ", 1)[-1] if m.group("to") else m.group("who")
    told_at = m.end("who") - len(who)
    return not _ELSEWHERE_WORDS.search(who) and not (m.group("part") and (
        _A_DAY.search(doc.low, m.start("part"), told_at) or _DAY_WORD.search(doc.low, m.end("part"), told_at)))


@lru_cache(maxsize=8)
def _elsewhere_flags(doc: Doc, kind: str | None, at: int | None = None, *, asides: bool = True) -> tuple[bool, ...]:
    """For each sentence of `_sentences(doc)`, whether it tells of another time or gathering than an event of `kind`;
    without `asides`, not for the asides a sentence may hold about earlier times ("kể từ khi", "hồi tháng 4"), which
    leave the sentence's own occasion as it is ("Bộ trưởng Quốc phòng Mỹ Jim Mattis đã gặp Thủ tướng Thổ Nhĩ Kỳ Binali
    Yildirim tại London, cuộc gặp cấp cao nhất giữa giới chức hai nước kể từ khi Mỹ tuyên bố ...")."""
    if asides and not _may_hold_asides(doc.low):
        # (no aside to find: the flags are those found without them, which a report asks for too, computed once)
        return _elsewhere_flags(doc, kind, at, asides=False)
    starts = _sentences(doc)
    flagged = [bool(_ELSEWHERE_OPEN.match(doc.low, s)) and not _earlier_there(doc, s) for s in starts]
    for m in _elsewhere_in().finditer(doc.low):
        # (an assembly's corridors only against a known event of another kind: with none, the sitting may be the
        # event: "Trao đổi với phóng viên bên hành lang Quốc hội, đại biểu Nguyễn Hữu Quang (Thanh Hóa) cho rằng")
        words = m.group(0)
        another = words not in _assembly_corridors()[0] if kind is None else kind not in _told_at().get(words, ())
        if another and not _RIGHT_AFTER_IT.match(doc.low, m.end()) and (asides or words != "kể từ khi"):
            flagged[bisect_right(starts, m.start()) - 1] = True
    if "mới đây" in doc.low or "gần đây" in doc.low:
        own = _own_sentence(starts, at)
        for m in _RECENT_MEETING.finditer(doc.low):
            index = bisect_right(starts, m.start()) - 1
            # (not the event's own mention so told, nor one framing its sentence before it: "trong một buổi tọa đàm
            # diễn ra mới đây", "Tại cuộc họp mới đây, Đại hội cổ đông ..."; but one after it in its sentence is
            # another: "tổ chức cuộc họp ... mà Phó thủ tướng Vương Đình Huệ đã nhắc nhở tại phiên họp mới đây")
            if index != own or m.start() - _CLASSIFIER_SLACK > at:
                flagged[index] = True
    earlier = asides and _earlier_words(doc.low)
    for m in _EARLIER_MONTH.finditer(doc.low) if earlier else ():
        index = bisect_right(starts, m.start()) - 1
        if not _A_DAY.search(doc.low, starts[index], m.start()):
            flagged[index] = True
    for index in _phoned(doc):
        flagged[index] = True
    if "riêng" in doc.low or "khác" in doc.low:
        own = _own_sentence(starts, at)
        for m in _ANOTHER_MEETING.finditer(doc.low):
            index = bisect_right(starts, m.start()) - 1
            if index != own:
                flagged[index] = True
    # words said to the press, not on the meeting's sidelines: "Nói với Reuters, Bộ trưởng Quốc phòng Litva ..."
    told, press = _told_the_press()
    for m in told.finditer(doc.low) if press.search(doc.low) else ():
        if m.group("answered") and kind == PRESS:
            continue
        index = bisect_right(starts, m.start()) - 1
        end = starts[index + 1] if index + 1 < len(starts) else len(doc.low)
        if not _SIDELINES.search(doc.low, starts[index], end) and not _RIGHT_AFTER.search(doc.low, starts[index], end) \
                and not (
                kind == PRESS and _AT_THE_PRESS_CONFERENCE.search(doc.low, starts[index], end)):
            # (at a press conference the press are told: "Tại buổi họp báo ngày 30/9, trao đổi với báo chí về …, bà X
            # cho biết")
            flagged[index] = True
    if kind in _GATHERINGS and ("bên lề" in doc.low or "nhân dịp" in doc.low):
        own = _own_sentence(starts, at)
        for index, start in enumerate(starts):
            end = starts[index + 1] if index + 1 < len(starts) else len(doc.low)
            if index != own and _ON_ITS_SIDELINES.match(doc.low, start) and _MET.search(doc.low, start, end):
                flagged[index] = True
    for index, away in enumerate(_same_day_elsewhere(doc, kind, at, renamed_on=True)):
        flagged[index] = flagged[index] or away
    # (from a sentence that turns to another story on, after the event's own: "Trong một diễn biến liên quan đến vụ bê
    # bối Odebrecht, ngày 10/2, Chính phủ Peru đã đưa tên cựu Tổng thống Alejandro Toledo ...")
    if "diễn biến" in doc.low:
        own = bisect_right(starts, at) - 1 if at is not None else 0
        turn = next((index for index in range(own + 1, len(starts)) if _OTHER_STORY.match(doc.low, starts[index])), None)
        if turn is not None:
            flagged[turn:] = [True] * (len(starts) - turn)
    return tuple(flagged)


@lru_cache(maxsize=8)
def _phoned(doc: Doc) -> tuple[int, ...]:
    """The sentences (indices into `_sentences(doc)`) that tell a phone call (_PHONE_CALL), whatever the event: found
    once per document, not once per kind and place `_elsewhere_flags` is asked for."""
    low = doc.low
    if "gọi điện" not in low and "điện đàm" not in low and "điện thoại" not in low:
        return ()
    starts = _sentences(doc)
    out = []
    for m in _PHONE_CALL.finditer(low):
        index = bisect_right(starts, m.start()) - 1
        # (not a call a speaker tells of in their own quoted words, at the meeting, curly or straight quotes, opened in
        # its sentence or shortly before: "đại biểu Lưu Bình Nhưỡng (Bến Tre) chia sẻ: “Có một số cán bộ ngành tòa án
        # gọi điện cho tôi ...", ': "nhiều người đã gọi điện cho tôi ...')
        if not _quoted_at(low, max(0, min(starts[index], m.start() - _QUOTE_REACH)), m.start()):
            out.append(index)
    return tuple(out)


def _earlier_words(low: str) -> bool:
    """Whether the text holds a word every match of _EARLIER_MONTH holds one of."""
    return "hồi" in low or "tuần trước" in low or "tháng trước" in low


def _may_hold_asides(low: str) -> bool:
    """Whether a text holds an aside `_elsewhere_flags` reads: "kể từ khi" (_elsewhere_in), or an earlier month
    (_EARLIER_MONTH; "hồi" alone is in "phản hồi", "thu hồi"): false for most texts."""
    return "kể từ khi" in low or _earlier_words(low) and _EARLIER_MONTH.search(low) is not None


#: the gatherings of many on whose sidelines their guests meet two by two
_GATHERINGS = frozenset({"hội nghị", "diễn đàn", "hội thảo", "đại hội", "kỳ họp"})
#: a sentence that opens on the sidelines of a gathering or on attending it, and tells a meeting of two there: "Bên lề
#: Hội nghị, Thủ tướng Nguyễn Xuân Phúc đã tiếp và đối thoại với lãnh đạo các tổ chức, tập đoàn lớn ... như Giám đốc
#: điều hành WEF Philipp Roesler, ...", "Nhân dịp tham dự Diễn đàn Kinh tế Thế giới về ASEAN 2017, chiều 11/5, ...
#: Thủ tướng Nguyễn Xuân Phúc đã tiếp Giám đốc điều hành WEF Philipp Roesler" (the guests are at a reception of their
#: own, not at the gathering reported)
_ON_ITS_SIDELINES = re.compile(r"\W*(?:cũng\s+)?(?:bên\s+lề|nhân\s+dịp\s+(?:tham\s+)?dự)(?!\w)")
_MET = re.compile(r"(?<!\w)(?:tiếp|hội\s+đàm|hội\s+kiến|gặp|gặp\s+gỡ|làm\s+việc\s+với|đối\s+thoại\s+với)(?!\w)")


#: a sentence that turns to something else done the same day: "Chiều cùng ngày, tại trụ sở Bộ Công Thương, Thứ trưởng
#: Hoàng Quốc Vượng đã chủ trì buổi làm việc ...", "Cũng trong ngày 6/2, Thứ trưởng ... đã ký công văn ... chỉ đạo ...";
#: or to another meeting of the same trip: "Cũng trong khuôn khổ chuyến thăm, Chủ tịch nước Trần Đại Quang chiều 11-5 đã
#: tiếp Phó Chủ tịch ... Vương Gia Thụy", "Nhân chuyến thăm, ông Dương Khiết Trì đã gặp gỡ Ngoại trưởng Nhật Bản Fumiko
#: Kishida ...", "Trong thời gian ở thăm Việt Nam, Đoàn ... đã có cuộc làm việc với đồng chí Trương Quang Nghĩa"
#: (the stays of a visit it reads, each a literal a text must hold for a sentence to open on it)
_DURING_VISIT = tuple(f"trong thời gian {what}" for what in ("tham dự", "ở thăm", "thăm", "công tác"))
_SAME_DAY = re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:cùng ngày|cũng trong ngày|cũng trong sáng"
                       r"|cũng trong chiều|cũng trong khuôn khổ chuyến (?:thăm|công tác|công du)"
                       r"|nhân chuyến (?:thăm|công tác|công du)|" + "|".join(_DURING_VISIT) + r")(?!\w)")
#: ... but not the same sitting going on, told by a part of the day and what the sitting does in the first words:
#: "Cũng trong sáng nay, trình bày tờ trình Dự thảo về Nghị quyết ..., Trưởng Ban Tổ chức Thành ủy Hà Nội Vũ Đức Bảo cho
#: biết ...", "Cũng trong chiều nay, QH cũng biểu quyết thông qua Luật chuyển giao công nghệ" (not "Cũng trong chiều
#: 29/6, Phó Chủ tịch Quốc hội Uông Chu Lưu đã có cuộc gặp với Thủ tướng Hàn Quốc", nor "Cũng trong ngày 11/7, UBND tỉnh
#: Bình Định đã có văn bản ... đồng ý với các phương án") (only the parts of the day _SAME_DAY reads: not "Cũng trong
#: buổi sáng, Chủ tịch Quốc hội Cuba ... đã ... có bài phát biểu trước Quốc hội", the sitting's own guest)
_SAME_SITTING = re.compile(r"\W*cũng\s+trong\s+(?:sáng|chiều)\s+"
                           r"(?:nay|hôm\s+nay|\d{1,2}[./-]\d{1,2})(?!\w)[^.;!?\n]{0,80}?(?<!\w)"
                           r"(?:" + _alternation("people_sitting_proceedings.txt") + r")(?!\w)")


#: ... or to the next meeting of a visit, after the one before it: "Sau cuộc tiếp Thị trưởng Rotterdam, Thủ tướng Chính
#: phủ Nguyễn Xuân Phúc và Đoàn đại biểu cấp cao Chính phủ Việt Nam đã gặp làm việc với Phó Cao ủy Chương trình Đồng
#: bằng Hà Lan Hermen Borst" (not one who speaks to the press after it: "Sau buổi làm việc, ông X cho biết", nor a
#: meeting's noun: "Sau cuộc gặp giữa Tổng thống Nga Putin và Thủ tướng Nhật Bản Shinzo Abe, hai bên đã nhất trí tổ chức
#: một cuộc gặp cấp thứ trưởng"; nor at a summit, on whose sidelines its guests meet: "Sau cuộc gặp với ông Trump, bà
#: Merkel đã gặp Tổng thống Thổ Nhĩ Kỳ Tayyip Erdogan" at the G20)
#: (the verb of the next meeting in its own words, not reported speech after "cho biết / nói"; not "trực tiếp",
#: "liên tiếp", "việc gặp", "gặp khó khăn")
_NEXT_MEETING = re.compile(r"\W*sau (?:cuộc|buổi)\s+(?:tiếp(?!\s+xúc)|gặp|hội\s+đàm|hội\s+kiến|làm\s+việc)(?!\w)"
                           r"[^.;!?\n,]{0,80},(?:(?!cho\s+biết|cho\s+rằng|nói(?!\w))[^.;!?\n]){0,160}?(?<!\w)"
                           r"(?<!cuộc )(?<!buổi )(?<!việc )(?<!trực )(?<!gián )(?<!liên )(?<!kế )"
                           r"(?:gặp(?!\s+(?:khó|phải|nạn|sự\s+cố)(?!\w))|tiếp(?!\s+" + _TIEP_NOT_MET + r"(?!\w))"
                           r"|làm\s+việc\s+với|hội\s+kiến|hội\s+đàm\s+với)(?!\w)")


#: ... or, in the report of a gathering (a forum, a dialogue, a conference, a sitting), to a meeting of two held on its
#: sidelines or on the same trip: by its kind alone, "Tại buổi tiếp, Tổng thống Ấn Độ Pranab Mukherjee bày tỏ ..." after
#: a lead that tells the call on the President, the talks and the Delhi Dialogue of the day; or by whom it was with,
#: "Tại cuộc gặp với Chủ tịch Trung Quốc Tập Cận Bình, bà May đã đề cập ..." in a report of the Trump-May meeting
#: (whom: the words up to the clause's comma); in the report of a meeting of two, only one of another kind, by whom:
#: "Tại cuộc hội kiến với Thủ tướng Nga Dmitry Medvedev, ..." in a report of the talks with President Putin (not another
#: of its own kind, which a round-up of the day's meetings reports with it: "Tại buổi hội kiến với Chủ tịch Chính hiệp
#: TQ Du Chính Thanh, ..." after the audience with Premier Li Keqiang)
_MET_AT = re.compile(r"\W*(?:cũng\s+|còn\s+)?(?:tại|trong|ở)\s+(?:cuộc|buổi)\s+(?P<met>" + MEETS_VERB
                     + r"|hội\s+đàm|hội\s+kiến)(?!\w)(?P<whom>[^,.;:!?\n]{0,150}?)[,:]")
#: the capitalised words of whom a meeting was with, the last of which ends a name: "Tập Cận Bình"
_CAPITALISED = re.compile(r"(?<!\w)[" + UPPER + r"][\w-]*")
#: the words before whom a meeting was with
_WITH = re.compile(r"\s*(?:với|giữa)\s+")
#: whom a meeting named by its kind was with, after the kind's noun or verb, up to its clause's end: "tiếp | Đại sứ Nhật
#: Bản tại Việt Nam Kunio Umeda.", "cuộc gặp | giữa Tổng thống Moon Jae-in và người đồng cấp Pháp Emmanuel Macron,"
_WHOM_AFTER = re.compile(r"(?P<whom>[^,.;:!?\n]{0,150}?)(?:[,.;:!?\n]|$)")
#: ... told right after the kind by "với" or "giữa" (_WITH), or by a capital (after a form of address or a post's mark:
#: "tiếp cựu Ngoại trưởng Mỹ John Kerry"): not the clause's own words, "Trong hội đàm hai nhà lãnh đạo ... đã nhất trí
#: ..."; nor, without "với" or "giữa", the clause's subject, which a verb of saying or of its own follows (_SPEAKS,
#: _SUBJECT_GOES_ON): "Tại hội đàm Chủ tịch nước đề nghị Nga tạo điều kiện ... cho cộng đồng người Việt", "Tại buổi
#: làm việc Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến cho biết, ..."
_WHOM_OPENS = re.compile(r"\s*(?:(?:ông|bà|ngài|cựu|nguyên|tân)\s+)?[" + UPPER + r"]")
_SUBJECT_GOES_ON = re.compile(r"(?<!\w)(?:đã|sẽ|đang|cũng)(?!\w)")
#: the words before whom a meeting was with, read in the text: its white space, "với" or "giữa"
_WITH_AT = re.compile(r"\s*(?:(?:với|giữa)\s+)?")
#: a capital right after a post: the post names its holder or body ("Thủ tướng Nguyễn Xuân Phúc", not "Thủ tướng đã")
_NAMED_NEXT = re.compile(r"\s*\(?[" + UPPER + r"]")
#: where the event's own clause ends, when its sentence goes on to another meeting of two: "... đã có cuộc hội đàm với
#: Tổng thống Nga Vladimir Putin | và hội kiến với Thủ tướng Nga Dmitry Medvedev" (the words of the event's own
#: sentence that name its party) (the "và" or "rồi" read from the first white space before it, so that a long run of
#: white space is not scanned again from each of its characters)
_NEXT_MET_IN_SENTENCE = re.compile(r"(?:[,;]|\s(?<!\s\s)\s*(?:và|rồi))\s+(?:(?:đã|có|sau\s+đó|cũng|các|cuộc|buổi)\s+)*"
                                   r"(?:" + MEETS_VERB + r"|hội\s+đàm|hội\s+kiến|làm\s+việc\s+với|đến\s+chào)(?!\w)")


def _met_with_another(doc: Doc, whom_at: int, whom_end: int, said: str, *, by_post: bool = False) -> bool:
    """Whether whom a meeting was with, written between `whom_at` and `whom_end`, is someone the event's words (`said`)
    do not name, by the last word of their name or by the first words that tell who they are (a lead that names them,
    "... nhân dịp tham dự Diễn đàn ..., Chủ tịch nước Trần Đại Quang đã có cuộc gặp Thủ tướng Pa-ki-xtan Na-oa Sa ríp",
    reports that meeting as much as the gathering); with `by_post` (a meeting of two's own clause), nor by their post,
    when `said` names its holder by the post alone (_host_by_post). Never when no capitalised word tells who."""
    whom = re.sub(r"\([^()]*\)", " ", doc.text[whom_at:whom_end]).strip()
    caps = _CAPITALISED.findall(whom)
    if not caps:
        return False
    head = " ".join(whom[_WITH.match(whom).end() if _WITH.match(whom) else 0:].split()[:4]).lower()
    return not re.search(r"(?<!\w)" + re.escape(caps[-1]) + r"(?!\w)", said) and head not in said.lower() \
        and not (by_post and _host_by_post(doc, whom_at, whom_end, said))


def _host_by_post(doc: Doc, whom_at: int, whom_end: int, said: str) -> bool:
    """Whether whom a meeting was with (between `whom_at` and `whom_end`) opens on a post that the event's own clause
    (`said`) gives its holder alone, no name or body after it: the event's host, named in full later ("Chiều 4/7, ...
    Thủ tướng đã tiếp Đại sứ Nhật Bản Kunio Umeda. Trong cuộc gặp với Thủ tướng Nguyễn Xuân Phúc, Đại sứ Umeda khẳng
    định ..."); not one of a country ("Thủ tướng Nhật Bản Shinzo Abe"), nor a post the clause gives with a name
    ("Thủ tướng Nguyễn Xuân Phúc đã tiếp ... Trong cuộc gặp với Thủ tướng Singapore Lý Hiển Long")."""
    post = _patterns()["position"].match(doc.low, _WITH_AT.match(doc.low, whom_at, whom_end).end(), whom_end)
    if not post or is_country(doc.text[post.end():whom_end].split(), whole=True):
        return False
    key = tone_key(said)
    return any(" ".join(m.group().split()) == " ".join(post.group().split()) and not _NAMED_NEXT.match(key, m.end())
               for m in _patterns()["position"].finditer(lower_same_length(key)))


def _names_another(doc: Doc, after: int, end: int, said: str) -> bool:
    """Whether a meeting's kind, named up to `after` in a sentence ending at `end`, is followed right away by whom it
    was with (_WITH, _WHOM_OPENS), up to its clause's end (_WHOM_AFTER), someone the event's own clause (`said`) does
    not name (_met_with_another)."""
    with_ = _WITH.match(doc.low, after, end)
    whom = _WHOM_AFTER.match(doc.text, after, end) if with_ or _WHOM_OPENS.match(doc.text, after, end) else None
    if not whom:
        return False
    start, stop = whom.span("whom")
    goes_on = _SPEAKS.search(doc.key, start, stop) or _SUBJECT_GOES_ON.search(doc.key, start, stop)
    if goes_on and not with_:
        return False  # (the clause's subject: "Tại hội đàm Chủ tịch nước đề nghị ...")
    return _met_with_another(doc, start, goes_on.start() if goes_on else stop, said, by_post=True)


def _names_no_one(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence from `start` to `end` has no capitalised word after its first: it names no one ("Tại cuộc
    gặp, lãnh đạo hai nước bày tỏ quyết tâm ...")."""
    first = _FIRST_WORD.match(doc.text, start, end)
    return not _CAPITALISED.search(doc.text, first.end() if first else start, end)


#: a sentence's first word, and what stands before it (a bracket, a quote mark)
_FIRST_WORD = re.compile(r"\W*[\w-]*")


def _met_on_its_sidelines(doc: Doc, start: int, said: str, *, by_kind: bool = True,
                          other_than: str | None = None) -> bool:
    """Whether the sentence at `start` opens on a meeting of two (_MET_AT) that is not the event, whose words are `said`
    (a gathering's: the text up to its own sentence's end; a meeting of two's: its own clause, _its_party_words): with
    `by_kind` (a gathering), a reception, talks or an audience named by its kind alone (not a bare "cuộc gặp", which may
    be the gathering's own); or one with someone `said` does not name (_met_with_another), and not of the kind
    `other_than` (the meeting of two reported: _met_kind)."""
    m = _MET_AT.match(doc.low, start)
    if not m:
        return False
    whom = re.sub(r"\([^()]*\)", " ", doc.text[m.start("whom"):m.end("whom")]).strip()
    if not whom or _THIS_AGAIN.fullmatch(" " + whom.lower()):
        return by_kind and not m.group("met").startswith("gặp")
    if other_than and _met_kind(m.group("met")) == _met_kind(other_than):
        return False
    return _met_with_another(doc, m.start("whom"), m.end("whom"), said, by_post=not by_kind)


def _met_kind(words: str) -> str:
    """A meeting of two's kind by its verb or noun: "gặp", "gặp gỡ", "cuộc gặp" are one; "tiếp", "hội kiến", "hội đàm"."""
    words = " ".join(words.lower().split()).removeprefix("cuộc ").removeprefix("buổi ")
    return "gặp" if words.startswith("gặp") else words


def _its_party_words(doc: Doc, kind: str | None, start: int, at: int, end: int) -> str:
    """The words of a meeting of two's own sentence (from `start` to `end`, its `kind` named at `at`) that tell whom it
    was with: up to where the sentence goes on to another meeting of two (_NEXT_MET_IN_SENTENCE); empty when nothing
    capitalised follows the kind's name in its clause, or it names several meetings ("các cuộc gặp"), which a round-up
    reports together."""
    named = _names_kind(kind).search(doc.low, at, min(end, at + 20))
    after = named.end() if named else at
    m = _NEXT_MET_IN_SENTENCE.search(doc.low, after, end)
    whom = _WHOM_AFTER.match(doc.text, after, m.start() if m else end)
    if re.search(r"(?<!\w)các\s+(?:cuộc|buổi)\s*$", doc.low[max(start, at - 12):at]) \
            or not (whom and _CAPITALISED.search(whom.group("whom"))):
        return ""
    return doc.text[start:m.start() if m else end]


#: ... or to a letter sent, signed or read, another occasion than the meeting, whose account the next sentences go on
#: with: "Liên quan vụ việc, ngày 6/2, Thứ trưởng GD&ĐT Nguyễn Thị Nghĩa ký công văn gửi Sở GD&ĐT Hà Nội. ... Bộ GD&ĐT
#: yêu cầu báo cáo kết quả trước ngày 10/2", "Trong công văn gửi Sở GD-ĐT Hà Nội ngày 6-2 ..., Thứ trưởng ... khẳng
#: định", "Trước đó, Sở TT&TT Hà Nội đã có công văn hướng dẫn ..." (not one the sentence ties to a meeting: "Sau cuộc
#: họp, UBND tỉnh đã có công văn ...")
#: (told by the writer, not by a speaker at the meeting, in quoted words or after a verb of saying: "“Thủ tướng đã có
#: công văn chỉ đạo ...", "Bà Nga cũng cho biết thêm rằng, ngày 6/2, Cục Chăn nuôi đã ban hành Công văn số 133 ...",
#: "Theo ông Nguyễn Ngọc Thuần, ..., mặc dù trước đó ... công văn")
_LETTER = lexicon.WordLed(r"(?<!\w)(?:(?:ký|có|gửi|ban\s+hành|ra)\s+(?:\w+\s+)?|(?:trong|theo|tại)\s+)công\s+văn(?!\w)")
#: ... or another document sent, signed or issued (people_letter_documents.txt), by the subject of a sentence that opens
#: on its day, on "Trước đó" or on "Liên quan": "Ngày 30/5, Bộ Văn hóa, Thể thao và Du lịch ra thông báo chính thức
#: tới truyền thông về việc xử lý ...", "Trước đó, ngày 24/5/2017, Ngân hàng Nhà nước cũng ra văn bản số 3851 gửi các
#: tổ chức tín dụng", "Ngày 23/5, Thứ trưởng Bộ VH-TT-DL Huỳnh Vĩnh Ái đã ký văn bản số 2198/BVHTTDL-VP gửi Cục Nghệ
#: thuật biểu diễn" (not one a point names in passing, "thực hiện đúng ý kiến chỉ đạo của Thủ tướng tại văn bản số
#: 567", nor one asked for, "yêu cầu ông Vinh có văn bản giải trình"; nor "văn bản quy phạm pháp luật", nor "thông báo"
#: as a verb)
_DOCUMENT = re.compile(r"(?<!\w)(?:ký|có|gửi|ban\s+hành|ra)\s+(?:\w+\s+)?(?:"
                       + _alternation("people_letter_documents.txt") + r")(?!\w)")
_DOCUMENT_OPENS = re.compile(r"\W*(?:trước\s+đó|liên\s+quan)(?!\w)")
#: how far into a sentence that opens on its day its subject's document may be told
_DOCUMENT_REACH = 100
#: ... not a notice that carries a leader's conclusions or orders, in the words after it, the meeting's own (directions'
#: LETTER_CARRIES: "Ngày 5/6, Văn phòng UBND tỉnh đã ra thông báo kết luận của Chủ tịch UBND tỉnh. Theo đó, yêu cầu
#: các sở, ngành khẩn trương rà soát ...")
_DOCUMENT_CARRIES = re.compile(r"[^,.;:!?\n]{0,40}?" + LETTER_CARRIES.pattern)
_LETTER_NAMED = re.compile(r"công\s+văn|" + _alternation("people_letter_documents.txt"))
_LETTER_TOLD_BY = re.compile(r"\W*theo\s+(?:ông|bà|anh|chị|lãnh\s+đạo|đại\s+diện)(?!\w)")


#: a letter told as a past act: its day written in the sentence, or "Trước đó", "Liên quan", "đã" before it
_LETTER_PAST = re.compile(r"(?<!\w)(?:đã|trước\s+đó|liên\s+quan)(?!\w)")
_LETTER_DAY = re.compile(r"(?<!\w)(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)"
                         r"|(?<!\w)(?:hôm\s+qua|ngày\s+\d{1,2})(?!\w)")
#: a sentence where one named in full or a leader by post speaks, which ends a letter's account ("Phó Chủ tịch UBND
#: tỉnh Lê Minh Thông đề nghị ...", "Kết luận, Chủ tịch ... yêu cầu ..."; not "Bà Nghĩa cũng yêu cầu ...", "Bộ GD&ĐT
#: yêu cầu ...", the letter's sender going on)
#: (the posts: people_letter_ends_posts.txt)
_LETTER_ENDS_AT = re.compile(r"(?<!\w)(?:" + lexicon.alternation(lexicon.words("people_letter_ends_posts.txt"),
                                                                 spaces=True) + r")(?!\w)")
_FULL_NAME_SPEAKS = re.compile(rf"(?<!\w)(?:[ôÔ]ng|[bB]à)\s+[{UPPER}]\w*\s+[{UPPER}]\w*\s+[{UPPER}]\w*")


def _tells_a_letter(low: str, start: int, end: int) -> bool:
    """Whether the sentence between `start` and `end` tells a letter in the writer's own words (_LETTER, or another
    document its subject sends or issues in a sentence that opens on its day, "Trước đó" or "Liên quan": _DOCUMENT),
    naming no meeting, as a past act (_LETTER_PAST before it or a day in the sentence: not "Sở sẽ có công văn ...")."""
    m = _LETTER.search(low, start, end)
    if not m and (OPENS_ON_DAY.match(low, start) or _DOCUMENT_OPENS.match(low, start)):
        m = _DOCUMENT.search(low, start, min(end, start + _DOCUMENT_REACH))
        m = None if m and _DOCUMENT_CARRIES.match(low, m.end(), end) else m
    return bool(m) and not any_kind_pattern().search(low, start, end) and not _REPORTS.search(low, start, m.start()) \
        and not _LETTER_TOLD_BY.match(low, start) and not _quoted_at(low, max(0, m.start() - _QUOTE_REACH), m.start()) \
        and bool(_LETTER_PAST.search(low, start, m.start()) or _LETTER_DAY.search(low, start, end))


def _letter_ends(doc: Doc, letter: Span, start: int, end: int) -> bool:
    """Whether a letter's account, told in the sentence `letter`, ends before the sentence at `start`: it opens a new
    paragraph, or one named in full or a leader by post speaks in it (people_speaks.txt); not when its subject (before
    its speaking verb) names what the letter's sentence names, the sender or its body going on ("Ông Hoàng Đức Minh -
    Cục trưởng Cục Nhà giáo ... đề nghị ..." after "Cục Nhà giáo ... đã có công văn hỏa tốc"; "Thứ trưởng Bộ GDĐT
    Nguyễn Thị Nghĩa cho rằng" after "Bộ GDĐT đã có công văn"), nor when it names the letter again."""
    low = doc.low
    speaks = _SPEAKS.search(low, start, end)
    subject = low[start:speaks.start() if speaks else min(end, start + _LETTER_SUBJECT_REACH)]
    if _LETTER_AGAIN.search(subject):
        return False
    words = subject.split()
    told = " ".join(low[letter[0]:letter[1]].split())
    if any(pair in told and re.search(rf"(?<!\w){re.escape(pair)}(?!\w)", told)  # (a substring first: most pairs no)
           for pair in (f"{x} {y}" for x, y in zip(words, words[1:])) if pair not in _LETTER_COMMON_PAIRS):
        return False
    if low.rfind("\n", 0, start) > max(low.rfind(mark, 0, start) for mark in ".!?"):
        return True
    if not speaks:
        return False
    return bool(_LETTER_ENDS_AT.search(low, start, speaks.start())
                or _FULL_NAME_SPEAKS.search(doc.text, start, speaks.start()))


#: how far a sentence's subject is read when it has no speaking verb
_LETTER_SUBJECT_REACH = 80
#: the letter named again: "Công văn nêu rõ ...", "Trong văn bản, ..."
_LETTER_AGAIN = re.compile(r"(?<!\w)(?:" + LETTERS + r")(?!\w)")
#: word pairs any sentence may share with the letter's that say nothing of who: "đã có", "theo đó"
_LETTER_COMMON_PAIRS = frozenset({"đã có", "cũng đã", "đồng thời", "theo đó", "trong đó"})


def told_the_same_day_elsewhere(doc: Doc, kind: str | None, at: int, event_at: int | None = None) -> bool:
    """Whether the sentence at `at` tells of another occasion the same day than the event of `kind`, named at
    `event_at` (see below), or of an earlier meeting a "Trước đó" sentence opened (`earlier_on`)."""
    return _same_day_elsewhere(doc, kind, event_at, earlier_on=True)[bisect_right(_sentences(doc), at) - 1]


def told_of_before(doc: Doc, at: int) -> bool:
    """Whether the sentence at `at` opens on an earlier time ("Trước đó, trong sáng ngày 24/5/2017, ... đã có cuộc gặp
    với ... nhất trí ...", "Năm ngoái, ..."): what it tells was done then, not at the event."""
    starts = _sentences(doc)
    return bool(_ELSEWHERE_OPEN.match(doc.low, starts[bisect_right(starts, at) - 1]))


@lru_cache(maxsize=64)
def _names_kind(kind: str | None) -> re.Pattern[str]:
    """The event's kind named in a sentence (not "tiếp tục", "họp theo", "tiếp cận", "tiếp nhận", "tiếp xúc", "tiếp
    đón", "tiếp sức", "tiếp thu", "tiếp đó"); never when there is no kind."""
    # (the word's start asserted after the kind's words, so that the pattern is led by them, a literal the engine finds
    # at once, instead of trying a lookbehind at every position of every sentence it is asked about)
    folded = re.escape(fold(kind)) if kind else ""
    return re.compile(rf"{folded}(?<!\w{folded})(?!\w)(?!\s+{_TIEP_NOT_MET}(?!\w))" if kind else r"(?!)")


@lru_cache(maxsize=4)
def _letters_told(doc: Doc) -> tuple[bool, ...] | None:
    """For each sentence of `_sentences(doc)`, whether it tells a letter (_tells_a_letter); None when the text names
    none (_LETTER_NAMED). (Once a doc: _same_day_elsewhere is asked it for each kind, event and option.)"""
    low = doc.low
    if not _LETTER_NAMED.search(low):
        return None
    starts = _sentences(doc)
    return tuple(_tells_a_letter(low, start, end) for start, end in zip(starts, [*starts[1:], len(low)]))


@lru_cache(maxsize=8)
def _same_day_elsewhere(doc: Doc, kind: str | None, at: int | None = None, *,
                        renamed_on: bool = False, earlier_on: bool = False) -> tuple[bool, ...]:
    """For each sentence of `_sentences(doc)`, whether it tells of another occasion the same day: from a sentence that
    opens on "cùng ngày", unless it tells the event going on or names it again by its first words ("Chiều cùng ngày,
    hội nghị tiếp tục ..." stays at the event) or tells a part of the day whose meeting a whole-day lead named
    (_part_of_its_day: "Sáng cùng ngày, Thủ tướng ... gặp gỡ, tọa đàm với ..." after "Ngày 12/5, Thủ tướng ... với
    các cuộc tọa đàm, gặp gỡ ..."), until a sentence names the event's kind. The first sentence is never
    away (the article's own report), nor the one that names the event (at `at`), whatever it opens on. With
    `renamed_on` (for people), a meeting of the event's kind named by another name there keeps the kind's later mentions
    that do not name the event ("Hội nghị đã thông qua ...") at that meeting. (Kept for the last few docs and
    arguments: a report asks it once for its people and again for each point.) With `earlier_on` (for points), a
    "Trước đó" sentence that names an earlier meeting opens another occasion too, until a sentence opens on a day or
    names another meeting; and so does, for people and points, a sentence that tells a letter (_tells_a_letter). In a
    gathering's report, a sentence that opens on a meeting of two held beside it (_met_on_its_sidelines) is another
    occasion as one that opens on "cùng ngày" is; so, in a meeting of two's report, is one that opens on a meeting of
    two of another kind with someone the event's own clause does not name, and the event's kind named with such a one
    does not bring the report back from another occasion."""
    starts = _sentences(doc)
    low = doc.low
    other_days, sections, programmes = _openers_elsewhere(doc, kind, at)
    earlier = [_earlier_meeting(doc, start, end) for start, end in zip(starts, [*starts[1:], len(low)])] \
        if earlier_on and "trước đó" in low else [False] * len(starts)
    own = bisect_right(starts, at) - 1 if at is not None else -1
    own_end = (starts[own + 1] if own + 1 < len(starts) else len(low)) if own >= 0 else 0
    # (in the report of a meeting of two, only one with someone its own clause does not name: not when a round-up
    # reports several together, "Thủ tướng đã có các cuộc gặp với ...", or opens on each in turn as on the event's
    # own, "Tại cuộc gặp Thủ tướng Hun Sen, ... Tại cuộc gặp Thủ tướng Singapore Lý Hiển Long, ...", nor by its kind
    # alone, "Tại cuộc gặp, ...")
    party = _its_party_words(doc, kind, starts[own], at, own_end) \
        if own >= 0 and kind in _MET_KINDS and not _MET_AT.match(low, starts[own]) else ""
    said = party if kind in _MET_KINDS else doc.text[:own_end]
    met = [own >= 0 and index not in (0, own) and bool(said) and _met_on_its_sidelines(
        doc, start, said, by_kind=kind not in _MET_KINDS, other_than=kind if kind in _MET_KINDS else None)
        for index, start in enumerate(starts)] \
        if "tại cuộc" in low or "tại buổi" in low or "trong cuộc" in low or "trong buổi" in low or "ở cuộc" in low \
        or "ở buổi" in low else [False] * len(starts)
    # (a sentence that opens on a meeting of a kind the report does not name by the end of the event's own sentence,
    # title included, one that never names the event: "Tại buổi giao ban với các sở, ngành sáng 6/2, ..." in a report
    # of a working session, _OTHER_KIND_OPENS; not under the title "Giao ban báo chí tháng 6" whose lead says "cuộc
    # họp")
    own_low = low[:own_end] if own >= 0 else ""
    opened = [index not in (0, own) and bool(m := _OTHER_KIND_OPENS.match(low, start))
              and m.group("kind") not in own_low and m.group("kind") not in (kind or "")
              for index, start in enumerate(starts)] \
        if own >= 0 and _OTHER_KIND_NAMED.search(low) else [False] * len(starts)
    told = _letters_told(doc)
    letters = [index not in (0, own) and told[index] for index in range(len(starts))] \
        if told is not None else [False] * len(starts)
    if "cùng ngày" not in low and "cũng trong" not in low and "*" not in low and "sau cuộc" not in low \
            and "nhân chuyến" not in low and not any(met) and not any(letters) \
            and not ("trong thời gian" in low and any(during in low for during in _DURING_VISIT)) \
            and "sau buổi" not in low and not any(other_days) and not any(sections) and not any(earlier) \
            and not any(opened):
        # (no sentence can open on what _SAME_DAY or _NEXT_MEETING reads, nor on a star: most texts; but another
        # day's programme)
        return programmes
    named = _names_kind(kind)
    # the event's name as the article first gives it, its kind and the next words: "họp của ban bí thư" (not a
    # reception's or talks', whose next words name the guest, whom the other receptions of the day name too)
    name = " ".join(re.split(r"[^\w\s]", low[at:at + 60])[0].split()[:5]) \
        if at is not None and kind not in _MET_KINDS else ""
    flags, away, its_kind, renamed, before = [], False, False, False, False
    lettered: Span | None = None
    told_before: frozenset[str] = frozenset()  # (the kinds the "Trước đó" sentence of an earlier meeting names)
    kinds = any_kind_pattern()
    its_kinds = _whole_day_kinds(low, starts, at)
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(low)
        names_it = named.search(low, start, end)
        if at is not None and start <= at < end:
            # (the sentence that names the event tells of it: "Cũng trong ngày hôm nay, tại cuộc họp ...")
            if before and lettered and _IN_THE_LETTER.match(low, start):
                # (and when a letter's account goes on to it, "Theo đó, ...", the letter tells of the event, its
                # source, not another occasion: "... ngày 27/6, Công ty TNHH Đại Nguyên Dương có văn bản gửi UBND tỉnh
                # Bình Định ... Văn bản do ông Nguyễn Xuân Nguyên - Giám đốc Cty TNHH Đại Nguyên Dương ký. Theo đó, công
                # ty này cho biết, ngày 6/6 giám đốc Cty Đại Nguyên Dương ... đã vào dự cuộc họp của đoàn thẩm định")
                first = bisect_right(starts, lettered[0]) - 1
                flags[first:index] = [False] * (index - first)
            away = before = False
        elif index and (_SAME_DAY.match(low, start) and not _SAME_SITTING.match(low, start)
                        or _STARRED_OCCASION.match(low, start) or other_days[index]
                        or sections[index] or (kind not in _GATHERINGS and _NEXT_MEETING.match(low, start))
                        or met[index] or opened[index]):
            # (a starred paragraph, in a round-up of the day's meetings, that opens on its own day or meeting is another
            # one: "* Chiều 7-2, ông Lê Đức Vinh ... chủ trì cuộc họp ...", "* Tại cuộc gặp Tổng thống Chi-lê ..."; not a
            # starred subheading, "* Đâu là giải pháp căn cơ?", "* Tại cuộc họp đó, ...")
            # another occasion, unless the event goes on or is named again: "Chiều cùng ngày, hội nghị tiếp tục ...",
            # "Cùng ngày, Tổng Bí thư ... đã chủ trì cuộc họp của Ban Bí thư ..." (not "Cùng ngày, Thủ tướng Nguyễn Xuân
            # Phúc đã có buổi tiếp ...", another reception of the same guest)
            before = False
            away = not (names_it and (_GOES_ON.match(low, names_it.end(), end)
                                      or len(name.split()) >= 3 and name in low[start:end])
                        or its_kinds and _part_of_its_day(doc, start, end, its_kinds))
            # (the other occasion a meeting of the event's kind on another day: an earlier meeting told at length, where
            # a same-day one is an aside the report comes back from without naming its meeting again)
            its_kind = away and bool(names_it) and other_days[index]
            # (or the same day, by another name: "Chiều cùng ngày, tại TPHCM đã diễn ra hội nghị Ủy ban Kiểm tra Trung
            # ương Đoàn lần thứ 11" in a report of the hội nghị Ban Thường vụ Trung ương Đoàn lần thứ 19)
            renamed = renamed_on and away and bool(names_it) and not other_days[index] and len(name.split()) >= 3 \
                and bool(_ANOTHER_NAME.match(doc.text, names_it.end(), end))
        elif index and earlier[index] and not names_it:
            # (for points, `earlier_on`: a "Trước đó" sentence that tells an earlier meeting, not named as the event's,
            # opens that meeting's account, which the next sentences go on with: "Trước đó, tại Hội nghị Tổng kết Sở
            # TT&TT TP.Hà Nội, ông Nguyễn Đức Chung đã giao ... Chủ tịch Hà Nội yêu cầu cơ quan chức năng đánh giá
            # nghiêm túc ..." in a report of the city's meeting of 6.2)
            away, its_kind, renamed, before, lettered = True, False, False, True, None
            told_before = frozenset(_names_kinds(low, start, end))
        elif letters[index]:
            # (a letter's account, which the next sentences go on with in the same way)
            away, its_kind, renamed, before, lettered = True, False, False, True, (start, end)
            flags.append(away)
            continue
        elif before and lettered and _letter_ends(doc, lettered, start, end):
            # (... to its paragraph's end, or a sentence where one named or a leader by post speaks)
            away = before = False
        elif before and (OPENS_ON_DAY.match(low, start) or (other := kinds.search(low, start, end))
                         and not _BARE_AGAIN.match(low, other.end(), end)
                         and (lettered or names_it or not set(_names_kinds(low, start, end)) <= told_before)):
            # (... until a sentence opens on another day or names a meeting other than bare "Tại cuộc họp," ("Ngày
            # 25-1, Sở Thông tin tổ chức lấy ý kiến ...", "Sau cuộc gặp giữa hai ngoại trưởng ..."), where the report
            # moves on)
            away = before = False
        elif names_it:
            # (a bare "Tại cuộc họp, ..." right after a meeting of the kind on another day is that one: "Trước đó ngày
            # 23-1, Bộ Công Thương cũng đã có cuộc họp ... Tại cuộc họp, Thứ trưởng Hoàng Quốc Vượng yêu cầu ...";
            # after one of the same day by another name, every mention of the kind that does not name the event again
            # is that one: "Hội nghị đã thông qua báo cáo ...", "Phát biểu tại hội nghị, anh Nguyễn Long Hải lưu ý")
            # (but "Tại hội nghị này, ..." is the report coming back from an aside: see _THIS_AGAIN)
            # (and at a meeting of two, the kind named with someone its own clause does not name is another meeting
            # of two: "... cho biết trong cuộc gặp giữa Tổng thống Moon Jae-in và người đồng cấp Pháp Emmanuel Macron,
            # ..." after "Cùng ngày, ... Tổng thống Hàn Quốc Moon Jae-in đã có một loạt cuộc gặp song phương ...", a
            # caption "Đại tướng Ngô Xuân Lịch ... tiếp Đại sứ Nhật Bản tại Việt Nam Kunio Umeda" after another
            # occasion of the day; so is the kind named with no one at all, which goes on with the one just told:
            # "Đây là cuộc gặp song phương đầu tiên giữa lãnh đạo hai nước ...", "Tại cuộc gặp, lãnh đạo hai nước bày tỏ
            # ..." after Moon Jae-in's meeting with Macron)
            away = away and (its_kind and bool(_BARE_AGAIN.match(low, names_it.end(), end))
                             or renamed and name not in low[start:end]
                             and not _THIS_AGAIN.match(low, names_it.end(), end)
                             or bool(party) and (_names_another(doc, names_it.end(), end, party)
                                                 or _names_no_one(doc, start, end)))
        flags.append(away)
    # the event told after another occasion of its day, its sentence opening on the turn ("Tại cuộc tiếp, Chủ tịch
    # nước ... đề nghị tỉnh Phúc Kiến tăng nhập khẩu ... * Chiều cùng ngày, tại TP Phúc Châu, Chủ tịch nước ... đã dự
    # Tọa đàm hợp tác ..."): what the sentences before it tell (after the first, the article's own report) was that
    # occasion's, not the event's; not when they name the event's kind before (a visit's report, "Chủ tịch nước ...
    # có cuộc gặp với Thủ tướng Pakistan ... nhân dịp tham dự Diễn đàn ...", whose record is the forum of a later line)
    if at is not None:
        index = bisect_right(starts, at) - 1
        later = _LATER_THE_SAME_DAY.match(low, starts[index]) or _STARRED_OCCASION.match(low, starts[index])
        if index > 1 and later and not named.search(low, 0, starts[index]):
            flags[1:index] = [True] * (index - 1)
    # (and another day's programme, whatever the sentences before it tell: _programmes)
    return tuple(flag or programme for flag, programme in zip(flags, programmes))


#: a sentence that goes on with a letter's account, the letter's own words: "Theo đó, công ty này cho biết, ...",
#: "Trong văn bản, ..." (not one that opens on another occasion: "Cũng trong ngày hôm nay, tại cuộc họp ...")
_IN_THE_LETTER = re.compile(r"\W*(?:theo|trong)\s+(?:đó|công\s+văn|văn\s+bản|thông\s+báo)(?!\w)")


#: a sentence that opens on a part of the day, the same day: "Sáng cùng ngày, ...", "Cũng trong chiều cùng ngày, ..."
#: (not a round-up's starred paragraph, another occasion of the day: "* Chiều cùng ngày, Tổng Bí thư ... đã đến thăm,
#: làm việc tại Trường Chính trị Trường Chinh" after the morning's buổi làm việc with the province's cadres)
_PART_OF_THE_DAY = re.compile(r"(?:(?!\*)\W)*(?:cũng\s+trong\s+)?(?:sáng|chiều|tối|trưa)\s+cùng\s+ngày(?!\w)")


def _whole_day_kinds(low: str, starts: list[int], at: int | None) -> frozenset[str]:
    """The kinds of the meetings the event's own sentence (at `at`) names when it sums up a whole day, its day written
    with no part of the day: "Ngày 12/5, Thủ tướng ... tiếp tục các hoạt động tại Diễn đàn Kinh tế Thế giới về ASEAN
    ... với các cuộc tọa đàm, gặp gỡ ... với nhiều doanh nghiệp" (diễn đàn, tọa đàm); "Ngày 8/2, tại Hà Nội, Bộ trưởng
    ... có buổi kiểm tra thực tế và làm việc với một số đơn vị ..." (buổi làm việc), which a later part of the day may
    tell (_part_of_its_day). None when the sentence writes a part of the day ("Chiều 29/6, ... đã tiếp ngài Khaw Boon
    Wan": a "Cùng ngày, tại cuộc tiếp ..." there is another one)."""
    if at is None or "cùng ngày" not in low:
        return frozenset()
    _, end, days, times = _own_times(low, starts, at)
    if not days or times:
        return frozenset()
    return frozenset(_names_kinds(low, starts[bisect_right(starts, at) - 1], end))


def _part_of_its_day(doc: Doc, start: int, end: int, its_kinds: frozenset[str]) -> bool:
    """Whether the sentence between `start` and `end` opens on a part of the same day (_PART_OF_THE_DAY) and its first
    meeting, not named by a name of its own, is of one of the kinds the event's whole-day sentence named
    (_whole_day_kinds): that part of the day, the event's own ("Sáng cùng ngày, Thủ tướng ... gặp gỡ, tọa đàm với lãnh
    đạo 21 doanh nghiệp ...", "Chiều cùng ngày, ... Bộ trưởng ... đã chủ trì buổi làm việc trực tiếp với lãnh đạo của 4
    Viện trên"), not another occasion ("Trưa cùng ngày, Thủ tướng đã dự buổi gặp mặt do WEF và Vinacapital tổ chức ...
    với nội dung tọa đàm về Việt Nam", "Chiều cùng ngày, tại TPHCM đã diễn ra hội nghị Ủy ban Kiểm tra Trung ương Đoàn
    lần thứ 11" after the hội nghị Ban Thường vụ Trung ương Đoàn lần thứ 19)."""
    if not _PART_OF_THE_DAY.match(doc.low, start):
        return False
    first = any_kind_pattern().search(doc.low, start, end)
    return bool(first) and kind_named(first.group()) in its_kinds \
        and not _NAMED_AFTER.match(doc.text, first.end())


#: a meeting's own name right after its noun, led by a capital: "hội nghị | Ủy ban Kiểm tra Trung ương Đoàn lần thứ 11"
_NAMED_AFTER = re.compile(r"\s+[" + UPPER + r"]")


def _names_kinds(low: str, start: int, end: int) -> Iterator[str]:
    """The kinds of the meetings named between `start` and `end` (any_kind_pattern; "làm việc với" is a buổi làm
    việc)."""
    return (kind for m in any_kind_pattern().finditer(low, start, end) if (kind := kind_named(m.group())))


@lru_cache(maxsize=8)
def _openers_elsewhere(doc: Doc, kind: str | None, at: int | None
                       ) -> tuple[tuple[bool, ...], tuple[bool, ...], tuple[bool, ...]]:
    """`_other_days`, `_sections_elsewhere` and `_programmes` of the doc's sentences, which `_same_day_elsewhere` reads
    with and without `renamed_on`: found once."""
    starts = _sentences(doc)
    return tuple(_other_days(doc, starts, at, kind)), tuple(_sections_elsewhere(doc, starts, kind, at)), \
        tuple(_programmes(doc, starts, at, kind))


#: a sentence that opens on "Trước đó" and names a meeting: an earlier occasion told at length ("Trước đó, chia sẻ tại
#: hội nghị phổ biến Quyết định 05 diễn ra hồi trung tuần tháng 5/2017, ông Nguyễn Khắc Lịch ... cũng đã nhấn mạnh",
#: "Trước đó tại buổi hợp báo thường kỳ do Bộ NNPTNT tổ chức vào ngày 4.4, ông Tống Xuân Chinh cho rằng")
#: (the meetings of people_earlier_meetings.txt, or a classifier before a meeting's word, as crawled text spells it,
#: "buổi hợp báo"; not a trial's, a version's, an inquiry's, a contest's, a raid's, a market session's or a part of the
#: day: "phiên tòa", "phiên bản", "cuộc điều tra", people_classifier_not_meetings.txt; but "buổi tập huấn")
_EARLIER_MEETING = re.compile(r"\W*trước\s+đó(?!\w)[^.;!?\n]{0,120}?(?<!\w)(?:(?:cuộc|buổi|phiên)(?!\s+(?:"
                              + _alternation("people_classifier_not_meetings.txt") + r")(?!\w)(?!\s+huấn(?!\w)))"
                              r"|" + _alternation("people_earlier_meetings.txt") + r")(?!\w)")


#: a sentence that opens on a meeting of a kind that names no other (people_kinds_of_their_own.txt), after "Tại",
#: "Trong" or "Ở" and a classifier: "Tại buổi giao ban ...", "Trong cuộc họp giao ban ngày 9/2/2017, ..."
_OTHER_KIND_NAMED = lexicon.WordLed(r"(?<!\w)(?:" + _alternation("people_kinds_of_their_own.txt") + r")(?!\w)")
_OTHER_KIND_OPENS = re.compile(r"\W*(?:tại|trong|ở)\s+(?:(?:buổi|cuộc|hội\s+nghị)\s+)?(?:họp\s+)?(?P<kind>"
                               + _alternation("people_kinds_of_their_own.txt") + r")(?!\w)")


#: "Trước đó" run on from a subheading or a caption, after a lower-case word with no stop between: "Thủ tướng dự cuộc
#: tọa đàm bàn tròn với các doanh nghiệp lớn | Trước đó, trưa 5/6, Thủ tướng ... đã dự buổi tọa đàm ..." (its capital
#: read in the text; led by its space, the letter before asserted behind it)
_HEADED_EARLIER = re.compile(r" (?<=[a-zà-ỹđ] )Trước\s+đó,")


def _earlier_meeting(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence at `start` (up to `end`) opens on "Trước đó" and names a meeting within its first words
    (_EARLIER_MEETING), or goes on to such an opener after a subheading run into it (_HEADED_EARLIER)."""
    if _EARLIER_MEETING.match(doc.low, start):
        return True
    headed = _HEADED_EARLIER.search(doc.text, start, end) if "Trước" in doc.text[start:end] else None
    return bool(headed) and bool(_EARLIER_MEETING.match(doc.low, headed.start()))
#: a sentence that opens on a later occasion of the day: "Chiều cùng ngày, ...", "Cũng trong sáng cùng ngày, ..."
#: (not "Cũng trong sáng 19/06, Quốc hội thảo luận ...", the same sitting going on, nor "Cũng trong sáng nay, ...")
_LATER_THE_SAME_DAY = re.compile(r"\W*(?:cũng\s+trong\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?cùng\s+ngày(?!\w)")
#: a meeting's own name after its kind's noun, a capitalised word or a word of what it is: "hội nghị | Ủy ban Kiểm tra
#: Trung ương Đoàn lần thứ 11", "Hội nghị | liên tịch thường niên" (not the noun alone: "các hoạt động của Hội nghị.",
#: "đến dự khán phiên họp.", "hội nghị này", "hội nghị đã thông qua")
_ANOTHER_NAME = re.compile(r" (?:[" + lexicon.UPPER + r"]|(?!(?:này|đó|ấy|trên|đã|sẽ|được|là|và|với|tại|ở|diễn|tiếp|do|"
                           r"cũng|của|vào|hôm|ngày|sáng|chiều|tối|trưa|nhằm|để|về|có)(?!\w))[" + lexicon.LOWER + r"]+ ["
                           + lexicon.LOWER + r"])")
#: a meeting named again as "this one", which after a same-day aside is the report's own coming back: "Cũng trong ngày
#: 10/2, Thủ tướng ... chủ trì Hội nghị liên tịch thường niên. Tại hội nghị này, Chủ tịch Quốc hội ... đề nghị ..."
_THIS_AGAIN = re.compile(r"\s+(?:này|đó|ấy|trên)(?!\w)")
#: a meeting named again by its noun alone, as the last one named: "Tại cuộc họp, ...", "Tại cuộc họp này, ..."
_BARE_AGAIN = re.compile(r"\s*(?:(?:này|đó|ấy|trên)(?!\w)\s*)?,")


#: a sentence that opens on a time of day and a day: "Sáng 20-6, ..."
_DAY_AFTER_TIME = r"(?:\s+(?:nay|qua|ngày))?\s+\(?(\d{1,2})\s?[/.-]\s?(\d{1,2})"
_TIME_AND_DAY = r"(sáng|chiều|tối|trưa)" + _DAY_AFTER_TIME
_TIMED_LEAD = re.compile(r"\W*" + _TIME_AND_DAY + r"(?![\d%])")


_Days = set[tuple[int, int]]


def _own_times(low: str, starts: list[int], at: int) -> tuple[int, int, _Days, set[tuple[str, int, int]]]:
    """The event's own sentence (at `at`): its index, its end, the days it writes and the times of day with them."""
    index = bisect_right(starts, at) - 1
    end = starts[index + 1] if index + 1 < len(starts) else len(low)
    days = {(int(d), int(m)) for d, m in WRITTEN_DAY.findall(low, starts[index], end)}
    times = {(t, int(d), int(m)) for t, d, m in _TIMED_DAY.findall(low, starts[index], end)}
    return index, end, days, times


def _dated_own(low: str, starts: list[int], at: int | None) -> tuple[int, _Days, set[tuple[str, int, int]]] | None:
    """`_own_times` of the event's sentence (at `at`) without its end, or None when there is no event sentence or it
    writes no day (what _other_days and _programmes then flag: nothing)."""
    if at is None:
        return None
    index, _, days, times = _own_times(low, starts, at)
    return (index, days, times) if days else None


def _other_days(doc: Doc, starts: list[int], at: int | None, kind: str | None = None) -> list[bool]:
    """For each sentence, whether it opens on a day the event's own sentence (at `at`) does not write, and names a
    meeting: another occasion told in its own paragraph ("Sáng 12-5, ông Nguyễn Thiện Nhân ... có buổi làm việc với
    Công ty Nhiệt điện Duyên Hải ..." after the voters' meeting of 11-5). Never when the event's sentence writes no
    day (an undated report's later days may be its own)."""
    low = doc.low
    own = _dated_own(low, starts, at)
    if own is None and at is not None and kind in _MET_KINDS:
        # (a meeting of two named again in a sentence of its own, "Tại cuộc tiếp Chủ tịch ... Vamed, ...": its day and
        # time are the lead's, the last sentence before it that writes a time of a day)
        lead = next((i for i in range(bisect_right(starts, at) - 2, -1, -1)
                     if _TIMED_DAY.search(low, starts[i], starts[i + 1])), None)
        own = _dated_own(low, starts, starts[lead]) if lead is not None else None
    if own is None:
        return [False] * len(starts)
    index, its_days, times = own
    kinds = any_kind_pattern()
    # (at a meeting of two sides, a reception, talks or a working session, another time of the same day is another
    # meeting of the visit: "Sáng 20-6, tại Trụ sở Chính phủ, tiếp Chủ tịch Thượng viện Cộng hòa Haiti Youri Latortue,
    # Thủ tướng Nguyễn Xuân Phúc ..." after "Chiều 20-6, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã có
    # buổi tiếp ...", "Chiều 8-7, đoàn công tác đã đến thăm Đảng bộ, nhân dân xã Trí Phải" after "Sáng 8-7, ... đến
    # làm việc với Ban Thường vụ Tỉnh ủy Cà Mau")
    its_times = times if kind in _MET_KINDS else set()
    flags = []
    for i, start in enumerate(starts):
        day = OPENS_ON_DAY.match(low, start) if i != index else None
        s_end = starts[i + 1] if i + 1 < len(starts) else len(low)
        other = bool(day) and (int(day.group(1)), int(day.group(2))) not in its_days
        same_day = False
        if day and not other and its_times and (timed := _TIMED_LEAD.match(low, start)):
            time, when = timed.group(1), (int(timed.group(2)), int(timed.group(3)))
            other = same_day = any((d, m) == when for _, d, m in its_times) and (time, *when) not in its_times
        # (another time of the day names another stop of the visit by what is done there, not a meeting's kind: "Tối
        # 9-7 ..., Thủ tướng ... đã đến thăm và cắt băng khánh thành trụ sở mới của Đại sứ quán")
        flags.append(other and (bool(kinds.search(low, start, s_end))
                                or same_day and bool(_SAME_DAY_OCCASION.search(low, start, s_end))))
    return flags


#: what another stop of a visit does, told in a sentence that opens on another time of the meeting's day (_other_days)
_SAME_DAY_OCCASION = lexicon.WordLed(r"(?<!\w)(?:" + _alternation("people_same_day_occasions.txt") + r")(?!\w)")


#: a sentence that goes on with the part of the day of a programme told before it: "Buổi sáng, Quốc hội tiếp tục chất
#: vấn ...", "Buổi chiều, Phó Thủ tướng Chính phủ Trương Hòa Bình ... báo cáo" (no day of its own)
_PART_OF_ITS_DAY = re.compile(r"\W*(?:buổi\s+)?(?:sáng|chiều|tối|trưa)\s*[,:]")


#: ... or a plan's "sẽ" (people_other_times.txt: "plan") in the clause run after the day a sentence opens on: "Sáng
#: 13/7/2017, Phó Thủ tướng Trương Hòa Bình sẽ chào xã giao Thủ tướng Najib Razak" after the talks of 12/7
@cache
def _plan_after_day() -> re.Pattern[str]:
    return re.compile(r"[^.;:!?\n]{0,100}?" + _other_time("plan"))


#: the closing of a meeting, told on its last day: "phát biểu bế mạc Hội nghị", "sau 3 ngày làm việc"
_ITS_CLOSING = re.compile(r"(?<!\w)(?:bế\s+mạc|sau\s+(?:\d+|hai|ba|bốn|năm|sáu|bảy|mấy|nhiều)\s+ngày\s+làm\s+việc)(?!\w)")


def _closes_it(low: str, start: int, end: int, kind: str | None) -> bool:
    """Whether the sentence between `start` and `end` tells the closing of a meeting of the event's kind (_ITS_CLOSING,
    the kind named in it): the event's own last day, not another day's programme ("Theo chương trình, chiều 15/6, Tổng
    Bí thư Nguyễn Phú Trọng phát biểu bế mạc Hội nghị" of the Central Committee's plenum opened on 13/6)."""
    return bool(_ITS_CLOSING.search(low, start, end)) and (
        kind is None or any(named == kind for named in _names_kinds(low, start, end)))


def _programmes(doc: Doc, starts: list[int], at: int | None, kind: str | None = None) -> list[bool]:
    """For each sentence, whether it tells the programme of a later day than those the event's own sentence (at `at`)
    writes: it opens on that day led by its weekday, "mai" or a programme's lead (PROGRAMME_DAY), whatever it names,
    or on that day with a plan's "sẽ" after it (_plan_after_day), or goes on with a part of that day (_PART_OF_ITS_DAY)
    right after such a sentence: "Thứ năm, ngày 15/6, Quốc hội làm việc tại hội trường. Buổi sáng, ... Buổi chiều, Phó
    Thủ tướng Chính phủ Trương Hòa Bình ... báo cáo" closing the communiqué of the sitting of 14/6; "Theo chương trình,
    sáng mai (15/6), Bộ trưởng ... tiếp tục trả lời chất vấn". Never the first sentence, nor when the event's sentence
    writes no day, nor one that tells the closing of a meeting of the event's kind, the event's own last day
    (_closes_it: "Thứ năm, ngày 15/6, sau 3 ngày làm việc, Tổng Bí thư ... phát biểu bế mạc Hội nghị")."""
    low = doc.low
    own = _dated_own(low, starts, at)
    if own is None:
        return [False] * len(starts)
    index, its_days, _ = own
    last = max((m, d) for d, m in its_days)
    flags: list[bool] = []
    for i, start in enumerate(starts):
        day = PROGRAMME_DAY.match(low, start) if i not in (0, index) else None
        if not day and i not in (0, index) and (day := OPENS_ON_DAY.match(low, start)) \
                and not _plan_after_day().match(low, day.end()):
            day = None
        if day:
            flags.append((int(day["month"]), int(day["day"])) > last and not _closes_it(
                low, start, starts[i + 1] if i + 1 < len(starts) else len(low), kind))
        else:
            flags.append(i != index and bool(flags) and flags[-1] and bool(_PART_OF_ITS_DAY.match(low, start)))
    return flags


#: a section's heading glued to its first sentence, which opens on a time of day and a day: "Không loại trừ trách nhiệm
#: hình sự người gây ra nợ xấu Cuối ngày 23-5, hội thảo ...", "Kiểm tra nhiệt điện Duyên Hải Sáng 12-5, ông ...",
#: "Cho ý kiến về báo cáo tiền khả thi cao tốc Bắc-Nam Cuối giờ chiều 2-6, Ủy ban Thường vụ QH đã họp ..." (a capital
#: time word right after a lower-case word: a heading ends there; prose writes "sáng 12-5" in lower case) (led by its
#: space, the character before asserted behind it, so that the engine skips ahead to the next space)
_HEADED_DAY = re.compile(r" (?<=[a-zà-ỹđ\d] )(?P<time>Cuối\s+(?:giờ\s+|buổi\s+)?(?:sáng|chiều|tối|trưa|ngày)|"
                         r"(?:Sáng|Chiều|Tối|Trưa)(?:\s+(?:nay|qua|ngày))?|Ngày)\s+\(?"
                         r"(?P<day>\d{1,2}\s?[/.-]\s?\d{1,2})(?![\d%])[^,.;:!?\n]{0,40},")


#: a time of day and a day: "chiều 26/5", "sáng ngày 7/2"
#: ("(?<!\w)" + _TIME_AND_DAY, each time's first letter read before the look back: the same matches, with the engine
#: skipping ahead to the next "s", "c" or "t" rather than trying every position of a long sentence)
_TIMED_DAY = re.compile(r"(s(?<!\ws)áng|c(?<!\wc)hiều|t(?<!\wt)ối|t(?<!\wt)rưa)" + _DAY_AFTER_TIME + r"(?!\d)")


def _its_own_time(headed: re.Match[str], days: set[tuple[int, int]], times: set[tuple[str, int, int]]) -> bool:
    """Whether a section's opener (_HEADED_DAY) writes the time the event's own sentence writes (`days`, and `times`
    with their time of day): the same time of day and day ("Chiều 26/5" after "Chiều 26/5, Quốc hội thảo luận ở tổ",
    "Sáng 7/2" after "sáng ngày 7/2"), or a bare day the event's sentence writes; never a later part of the day
    ("Cuối ...")."""
    time = headed.group("time").lower().split()
    day, month = (int(n) for n in re.split(r"\s?[/.-]\s?", headed.group("day")))
    if time[0] == "cuối":
        return False
    if time[0] == "ngày":
        return (day, month) in days
    return (time[0], day, month) in times


def _sections_elsewhere(doc: Doc, starts: list[int], kind: str | None, at: int | None) -> list[bool]:
    """For each sentence, whether it opens a new section, after the event's own sentence (at `at`), on a time of day
    and a day and names a meeting of another kind than the event's: the day's other occasion, under its own heading
    ("... nợ xấu Cuối ngày 23-5, hội thảo Xử lý nợ xấu ... đã diễn ra tại Hà Nội" in a report of the Assembly's group
    debates of 23-5; "... Duyên Hải Sáng 12-5, ông Nguyễn Thiện Nhân ... có buổi làm việc với Công ty Nhiệt điện Duyên
    Hải" after his meeting with the voters). Not one that opens on the time the event's own sentence writes: the
    event's own section ("... tín dụng Chiều 26/5, các đại biểu Quốc hội thảo luận ở tổ ..." after "Chiều 26/5, Quốc
    hội thảo luận ở tổ ...")."""
    low = doc.low
    if at is None or not kind:
        return [False] * len(starts)
    own = bisect_right(starts, at) - 1
    own_end = starts[own + 1] if own + 1 < len(starts) else len(low)
    if not _HEADED_DAY.search(doc.text, own_end):
        return [False] * len(starts)  # (no section opens on a time after the event's sentence: most texts)
    _, _, own_days, own_times = _own_times(low, starts, at)
    kinds = any_kind_pattern()
    named = _names_kind(kind)
    flags = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(low)
        headed = _HEADED_DAY.search(doc.text, start, end) if index > own else None
        other = kinds.search(low, headed.end(), end) if headed and not _its_own_time(headed, own_days, own_times) \
            else None
        flags.append(bool(other) and not named.search(low, headed.end(), end))
    return flags


#: kinds named by whom they meet: "tiếp Thượng tướng Phạm Trường Long", "hội đàm với ..."
_MET_KINDS = frozenset({"tiếp", "hội kiến", "hội đàm", "cuộc gặp", "gặp mặt", "buổi làm việc"})
#: an event told as going on after its name: "hội nghị tiếp tục ...", "Hội thảo đã bế mạc"
_GOES_ON = re.compile(r"(?:\s+[^\s,.;:]+){0,6}?\s+(?:tiếp tục|bế mạc|kết thúc|tiếp diễn|làm việc)(?!\w)")


#: a date that bounds a period a figure covers: "tính đến 31.5.2016", "từ ngày 1/1 đến nay", "trước ngày 15/6";
#: or a document's or a birth date: "Quyết định số 439 – QĐNS/TW ngày 6/2/2017", "Chỉ thị số 12, ngày 5/1/2017",
#: "sinh ngày 10-9-1960"
_PERIOD_BOUND = re.compile(r"(?<!\w)(?:(?:tính\s+)?(?:đến|từ|tới|trước|sau|kể\s+từ)|sinh)(?:\s+(?:hết\s+)?ngày)?\s*$"
                           r"|(?<!\w)(?:số|chỉ thị|nghị quyết|quyết định|thông tư|nghị định|công văn|công điện)\s+(?:số\s+)?"
                           r"\d[^;.]{0,30}ngày\s*$")


#: a person's words reported: what follows is what they said, not where they were
#: (not "thông tin" in a body's name: "Bộ Thông tin và Truyền thông", "Cục An toàn thông tin", "Cục Phát thanh Truyền
#: hình và thông tin điện tử")
_REPORTS = re.compile(r"(?<!\w)(?:cho biết|cho hay|nói|phát biểu|nhấn mạnh|cho rằng|khẳng định|báo cáo|"
                      r"(?<!bộ )(?<!cục )(?<!sở )(?<!công nghệ )(?<!an toàn )thông tin"
                      r"(?!\s+(?:và\s+truyền\s+thông|điện\s+tử|đối\s+ngoại|truyền\s+thông))|"
                      r"chia sẻ|nêu|kể|nhắc lại|trình bày|giải thích|thông báo)(?!\w)")


#: a month and its year told as an occasion's time: "vào tháng 2/2017", "hồi tháng 9/2016", a bracket "(9/2016)"
#: (the word's start asserted after its first letter, so that the pattern is led by literals the engine skips ahead to)
_OCCASION_MONTH = re.compile(r"(?:v(?<!\wv)ào|h(?<!\wh)ồi)\s+tháng\s+(\d{1,2})\s?/\s?(\d{4})(?![\d/])"
                             r"|\(\s*(?:tháng\s+)?(\d{1,2})\s?/\s?(\d{4})\s*\)")


def dated_before(doc: Doc, people: list[tuple[Person, list[Span]]], days: list[tuple[Span, int, int, int | None]],
                 start: date | None) -> list[bool]:
    """For each person, whether every sentence that names them is dated before the event's first day: they were
    at another, earlier occasion ("căn cứ kết quả biểu quyết tại cuộc họp HĐQT ngày 13/4/2021 ... ông X", "Đơn từ
    nhiệm của ông Y ngày 6/4/2021"). `days` are the dates the text writes: (span, day, month, year or None).
    A later date is a deadline or a next step said at the meeting, so it leaves the sentence alone."""
    if start is None or not people:
        return [False] * len(people)
    starts = _sentences(doc)
    dated: dict[int, list[int]] = {}  # sentence -> where its earlier dates are written
    its_day: set[int] = set()  # sentences that write the event's first day
    for span, day, month, year in days:
        if (day, month) == (start.day, start.month) and year in (None, start.year):
            its_day.add(bisect_right(starts, span[0]) - 1)
        if _PERIOD_BOUND.search(doc.low, max(0, span[0] - 45), span[0]):
            continue  # "tính đến 31.5.2016, cả nước có ...": a figure's cut-off, not an occasion
        if (year if year is not None else start.year, month, day) < (start.year, start.month, start.day):
            dated.setdefault(bisect_right(starts, span[0]) - 1, []).append(span[0])
    # (a month with its year before the event's month, told as an occasion's time: "Đoàn do ... Phó Chủ tịch Thường
    # trực Quốc hội Tòng Thị Phóng thăm Cuba vào tháng 2/2017", "chuyến thăm chính thức Trung Quốc của ... Thủ tướng
    # Nguyễn Xuân Phúc (9/2016)")
    for m in _OCCASION_MONTH.finditer(doc.low) if "/20" in doc.low else ():
        month, year = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
        if 1 <= month <= 12 and (year, month) < (start.year, start.month):
            dated.setdefault(bisect_right(starts, m.start()) - 1, []).append(m.start())
    # a sentence that writes the event's own day places the person there, whatever earlier day it tells of as well:
    # "Trong cuộc họp thường kỳ ... chiều 25.5, Người phát ngôn ... Lê Thị Thu Hằng trả lời câu hỏi liên quan vụ va chạm
    # ... ngày 21.5"
    for sentence in its_day:
        dated.pop(sentence, None)

    def elsewhere(at: int) -> bool:
        # a date in what the person reports ("ông X cho biết, ngày 15/5, đã tiến hành kiểm tra") tells of the
        # past they speak of at the meeting, not of the occasion they speak at
        return any(not (d > at and _REPORTS.search(doc.low, at, d)) for d in dated.get(bisect_right(starts, at) - 1, ()))

    return _every_span(people, lambda start, _: elsewhere(start))


#: (the verbs of a sanction, _DISCIPLINED's and _disciplined_post_re's)
_DISCIPLINE_VERBS = (r"(?:kỷ luật|cảnh cáo|khiển trách|cách chức|khai trừ|đình chỉ công tác|bãi nhiệm|khởi tố|"
                     r"bắt tạm giam|bắt giam|truy tố|sa thải|kiểm điểm)")


#: a disciplinary decision just before the name: its object, the person the meeting was about ("thi hành kỷ luật đối
#: ông Bùi Văn Sang", "đình chỉ công tác đối với ông Nguyễn Thanh Thọ", "kỷ luật bằng hình thức cảnh cáo đối với đồng
#: chí Nguyễn Văn Thiện")
#: (two people at once too, and one held on a criminal case: "quyết định kỷ luật cách chức đối với 2 ông Diệp Xuân Vinh
#: và ông Cao Minh Phương", "kiến nghị xem xét việc khởi tố, bắt giam bác sĩ Hoàng Công Lương"), or dismissed by a
#: leader ("Tổng thống Donald Trump sa thải ông James Comey"), or reprimanded, several after a colon ("nghiêm khắc
#: kiểm điểm các ông: Nguyễn Cường (Trưởng phòng kế hoạch khoáng sản), ...")
_DISCIPLINED = lexicon.WordLed(r"(?<!\w)" + _DISCIPLINE_VERBS +
                               r"(?:\s+(?:bằng\s+)?hình\s+thức\s+\w+(?:\s+\w+)?)?(?:\s+(?:đối\s+với|với|đối))?\s+"
                               r"(?:(?:(?:\d+|hai|ba|các)\s+)?(?:ông|bà|đồng\s+chí|bác\s+sĩ)\s*:?\s+)?$")
#: ... or the post taken from them between (told_about), in words on one line led by a title's capital (not a clause
#: going on, people_clause_words.txt: "vì kỷ luật trong quá khứ có thể làm ông Đinh La Thăng chùn bước", "kỷ luật thì
#: bà Loan trả lời"), then the name after "của" / "đối với" or the title alone: "quyết định cách chức Chi cục trưởng
#: Chi cục An toàn vệ sinh thực phẩm Nghệ An của ông Chu Trọng Trang", "cho thôi chức Cục trưởng Biểu diễn Nghệ thuật
#: đối với ông Nguyễn Đăng Chương", "quy trình xử lý kỷ luật Thứ trưởng Hồ Thị Kim Thoa" (not a headline's "thôi chức
#: Chủ tịch Hội NV Hà Nội" before the next line's name); or a rank: "kỷ luật đối với công chức Bùi Quang Hưng"
#: (a sanction told by two verbs in a row leads the post with both: "thi hành kỷ luật cách chức Chủ tịch UBND huyện đối
#: với ông X", "kỷ luật khai trừ Đảng đối với ông X")
@cache
def _disciplined_post_re() -> re.Pattern[str]:
    word = r"(?!" + lexicon.alternation(lexicon.words("people_clause_words.txt"), spaces=True) + r"(?!\w))[^\W\d_]+"
    return re.compile(r"(?<!\w)(?:" + _DISCIPLINE_VERBS + r"|thôi (?:giữ )?chức)"
                      r"(?:[^\S\n]+(?:đối[^\S\n]+với|" + _DISCIPLINE_VERBS + r"))*"
                      r"[^\S\n]+(?P<post>" + word
                      + r"(?:[^\S\n]+" + word + r"){0,13}?)(?:[^\S\n]+(?:của|đối[^\S\n]+với))?[^\S\n]+"
                      + _honorific_before() + "$")


def _disciplined_post(doc: Doc, start: int) -> bool:
    """Whether the person named at `start` is the one a post is taken from (_disciplined_post_re)."""
    m = _disciplined_post_re().search(doc.low, max(0, start - 120), start)
    return bool(m) and (doc.text[m.start("post")].isupper() or " ".join(m.group("post").split()) in _ranks())


@cache
def _ranks() -> frozenset[str]:
    """A public servant's rank written lower case before the name (people_disciplined_ranks.txt)."""
    return frozenset(fold(w) for w in lexicon.words("people_disciplined_ranks.txt"))


#: words said at some occasion the text leaves indefinite, a file photo's caption: "Ông Đinh La Thăng phát biểu tại một
#: hội nghị diễn ra ngày 28-2 - Ảnh: T.L" (in a report of the sitting that disciplined him)
_AT_SOME_OCCASION = re.compile(r"\s+\w+(?:\s+\w+)?\s+(?:tại|trong)\s+(?:một|1)\s+(?:hội nghị|cuộc họp|hội thảo|sự kiện|"
                               r"buổi|phiên|cuộc)(?!\w)")


#: the one told to review their own faults, "yêu cầu" before the name and the review after it in its clause: "UBKT
#: Trung ương yêu cầu ông Nguyễn Chiến Thắng - nguyên Chủ tịch UBND tỉnh Khánh Hòa nghiêm túc kiểm điểm, rút kinh
#: nghiệm sâu sắc"
_TOLD_TO_REVIEW = re.compile(r"(?<!\w)yêu\s+cầu\s+(?:ông|bà|đồng\s+chí)\s+$")
_REVIEWS = re.compile(r"[^.;:!?\n]{0,80}?(?<!\w)nghiêm\s+(?:túc|khắc)\s+kiểm\s+điểm(?!\w)")
#: one more person named with the last: "... và ông Trần Minh Đạo", "..., đồng chí Trần Minh Đạo" (_BARE_ANOTHER: with
#: no form of address, only down a list the sanction opens, _OPENS_LIST: "kiểm điểm các ông: Nguyễn Cường (...), Cao
#: Ngọc Cương (...)", or counting those it names as _DISCIPLINED does: "kỷ luật hai ông Nguyễn Văn Tân, ... và Trần Văn
#: Minh, ..."; not "kỷ luật ông Nguyễn Văn A, Chủ nhiệm UBKT Trung ương Trần Cẩm Tú cho biết")
_AND_ANOTHER = re.compile(r"(?:\s+và|,)\s+(?:ông|bà|đồng\s+chí)\s+$")
_BARE_ANOTHER = re.compile(r"(?:\s+và|,)\s+$")
_OPENS_LIST = re.compile(r"(?<!\w)các\s|:|(?<!\w)(?:\d+|hai|ba)\s+(?:ông|bà|đồng\s+chí|bác\s+sĩ)(?!\w)")
#: a sentence that tells a plan: "Theo kế hoạch, Phó Chủ tịch Quốc hội ... sẽ đến chào Chủ tịch Quốc hội Hàn Quốc Chung
#: Sye-kyun", "Sau đó, Trump dự kiến sẽ gặp Chủ tịch Trung Quốc Tập Cận Bình", "Theo TTXVN, dự kiến, Bộ trưởng ... sẽ tham
#: dự phiên thảo luận" (the plan's "sẽ" after its cue, in the same clause run)
_PLAN = re.compile(r"(?<!\w)(?:theo kế hoạch|dự kiến)(?!\w)[^.;!?\n]{0,120}?(?<!\w)sẽ(?!\w)")


def planned(doc: Doc, people: list[tuple[Person, list[Span]]], at: int | None = None) -> list[bool]:
    """For each person, whether every sentence that names them tells a plan (_PLAN): they are to meet or attend, not
    reported at the event. Not the event's own sentence (at `at`: an announced sitting, "Sáng 21.6, theo kế hoạch, Quốc
    hội họp phiên bế mạc, Chủ tịch Quốc hội ... sẽ phát biểu bế mạc"), nor one who tells the plan ("ông Lê Bộ Lĩnh ...
    cho biết, theo kế hoạch, ...": they spoke)."""
    low = doc.low

    def plan(sentence: Span, end: int) -> bool:
        told = _PLAN.search(low, *sentence)
        return bool(told) and not (told.start() > end and _REPORTS.search(low, end, told.start()))
    return _only_in_sentences(doc, people, at, plan)


def _every_span(people: list[tuple[Person, list[Span]]], named: Callable[[int, int], bool]) -> list[bool]:
    """For each person, whether `named(start, end)` holds for every span that names them (a person with none: never):
    the skeleton of most set-asides, each with its own form of the place they are named in."""
    return [bool(spans) and all(named(start, end) for start, end in spans) for _, spans in people]


def _only_in_sentences(doc: Doc, people: list[tuple[Person, list[Span]]], at: int | None,
                       holds: Callable[[Span, int], bool]) -> list[bool]:
    """For each person, whether `holds(sentence, end of the name)` for every sentence that names them, the event's own
    sentence (at `at`) never."""
    starts, own = _sentences_and_own(doc, at)

    def where(start: int, end: int) -> bool:
        index, first, last = _sentence_at(doc, starts, start)
        return index != own and holds((first, last), end)
    return _every_span(people, where)


def _mentions(low: str, forms: Iterable[str], spans: list[Span]) -> list[Span]:
    """Every place the text (`low`) writes one of a person's `forms` as whole words, with their found `spans`, in
    order: not only those the attendee search kept ("Phát biểu của Jim Mattis tại họp báo Tokyo")."""
    return sorted({span for form in forms for span in lexicon.whole_words(low, form)} | set(spans))


def _takes_the_floor(low: str, end: int) -> bool:
    """Whether the one named up to `end` speaks there: a report verb after the name, or a colon giving them the floor
    ("ông X cho biết", "- Bộ trưởng Bộ GD-ĐT Phùng Xuân Nhạ: ...")."""
    return _says_after(low, end) or low.startswith(":", end)


def _names_a_gathering(low: str, first: int, last: int) -> bool:
    """Whether the sentence [first, last) names a meeting or places someone at a gathering (_REPORTED_THERE): "Hãng
    tin AFP cho biết ... Hakan Fidan cũng tham dự buổi tiếp này"."""
    return bool(_REPORTED_THERE.search(low, first, last) or any_kind_pattern().search(low, first, last))


def introduced_elsewhere(doc: Doc, people: list[tuple[Person, list[Span]]], kind: str | None = None,
                         at: int | None = None) -> list[bool]:
    """For each person, whether the text first names them in a sentence that tells of another time or gathering than
    the event (_elsewhere_flags, without the asides: "Trước đó, Phó Thủ tướng Vương Đình Huệ cho biết", "Đó là thông
    tin được Tổng thư ký Quốc hội Nguyễn Hạnh Phúc chia sẻ tại buổi họp báo ...", "trao đổi với phóng viên Báo Điện tử
    Giáo dục Việt Nam Phó Giáo sư - Tiến sĩ Nguyễn Duy Thịnh ..."), and never names them in the event's own sentence (at
    `at`) nor with a part in a sentence of the event (a role): what the text goes on to tell of them goes on with that
    occasion ("Phó Thủ tướng Vương Đình Huệ cho biết, ngoài 5 nhà máy ...", "Tổng thư ký Quốc hội Nguyễn Hạnh Phúc cho
    rằng ...", "..., Phó Giáo sư Thịnh cho biết")."""
    starts, own = _sentences_and_own(doc, at)
    flags = _elsewhere_flags(doc, kind, at, asides=False)

    def away(person: Person, spans: list[Span]) -> bool:
        if not spans or not flags[bisect_right(starts, spans[0][0]) - 1]:
            return False
        here = [(start, end) for start, end in spans if not flags[bisect_right(starts, start) - 1]]
        # (a part told in a sentence of that other occasion is a part there: "Ông Lưu Hoàng Long, Chủ tịch Hiệp hội
        # Doanh nghiệp điện tử Việt Nam phát biểu tại buổi họp báo")
        return not any(bisect_right(starts, start) - 1 == own for start, _ in spans) \
            and not any(_roles(doc, start, end) for start, end in here)
    return [away(person, spans) for person, spans in people]


#: the reach of a quotation around a name: an opening mark this close before it, a closing one this close after it
_QUOTE_REACH = 300


def _quoted_at(low: str, start: int, at: int) -> bool:
    """Whether a quotation opened between `start` (or its line's start, if later) and `at` is still open at `at`: a
    curly mark not closed, or an odd number of straight ones (crawled text writes either)."""
    line = max(start, low.rfind("\n", 0, at) + 1)
    return low.rfind("“", line, at) > low.rfind("”", line, at) or low.count('"', line, at) % 2 == 1


def quoted_only(doc: Doc, people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """For each person, whether every span that names them stands inside someone else's words, quoted within one
    paragraph (“ before it with no ” between, ” after it): the speaker talks of them, who need not be there ("chủ tịch Hà
    Nội nhấn mạnh: “... Đặc biệt, Phó Thủ tướng Vũ Đức Đam đã yêu cầu làm rõ ba lần ...”", "Tổng thống Trump phát biểu
    tại Iowa (Mỹ) rằng “... tôi thực sự thích Chủ tịch Trung Quốc Tập Cận Bình”")."""
    text = doc.text
    if "“" not in text:
        return [False] * len(people)

    def inside(start: int, end: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        opened = text.rfind("“", max(line_start, start - _QUOTE_REACH), start)
        if opened < 0 or any(text.find(mark, opened, start) >= 0 for mark in ("”", '"')):
            return False  # (a quotation closed before the name, with either mark: “Tuy nhiên, ...", chị Lan cho biết)
        line_end = text.find("\n", end)
        closed = text.find("”", end, min(end + _QUOTE_REACH, len(text) if line_end < 0 else line_end))
        return closed >= 0 and text.find("“", end, closed) < 0
    return _every_span(people, inside)


#: one who reports, then what they report: "Ông Spicer cho biết Tổng thống Mỹ Donald Trump đã mời Thủ tướng Nhật Bản
#: Shinzo Abe tới thăm", "Ngoại trưởng Thổ Nhĩ Kỳ Cavusoglu cho biết Tổng thống nước này Tayyip Erdogan bày tỏ hy vọng",
#: "Chủ tịch Hà Nội cho biết riêng về vụ việc này, Phó thủ tướng Vũ Đức Đam cũng đã 3 lần trực tiếp nhắc ông", "Nguyễn
#: Thiện Nhân cho biết, từ ngày 1/6, ông Lê Ba Trình, Phó chủ tịch ... đã nghỉ hưu" (not "nói chuyện", "Các bộ trưởng
#: nói gì?", "Không chỉ nói mà phải hành động", "tìm được tiếng nói chung", nor a verb opening its clause, whose
#: speaker follows: "Nói về hướng xây dựng chương trình, GS. Nguyễn Văn Mậu ... cho biết")
_REPORTED_BY = re.compile(r"(?<!\w)(?:cho biết|cho hay|(?<!tiếng )(?<!lời )(?<!giọng )nói(?!\s+(?:chuyện|gì|mà))|"
                          r"khẳng định|tiết lộ|xác nhận)(?!\w)")
#: what still places those reported at a gathering: "Hãng tin AFP cho biết ... Hakan Fidan cũng tham dự buổi tiếp
#: này", "Chủ tịch Quốc hội cho biết, ngoài các Bộ trưởng ... trả lời chất vấn chính thì các Phó Thủ tướng ...", "cho
#: biết, tại cuộc làm việc, ông Võ Lê Nhật ... thông báo", "Guardian cho biết ngồi cùng cô trên bàn họp là Tổng thống
#: Nga Vladimir Putin, ...", "Nhà Xanh cho biết cuộc họp của ủy ban sẽ được chủ trì bởi Chung Eui-yong" (and any
#: meeting's name: "Bình luận ... tại hội thảo, bà Ngô Thị Minh Hương ... nhắc lại")
_REPORTED_THERE = re.compile(r"(?<!\w)(?:tham dự|(?:đến|tới|cùng) dự|có mặt|chất vấn|chủ trì|sự tham gia|bàn họp|"
                             r"(?:tại|trong) (?:cuộc|buổi))(?!\w)")


def reported_by_another(doc: Doc, people: list[tuple[Person, list[Span]]], at: int | None = None) -> list[bool]:
    """For each person, whether every span that names them stands after someone else's report verb in its sentence
    (_REPORTED_BY, with no quotation closed between and none of their own spans before it), in a sentence that does
    not place anyone at a gathering (_REPORTED_THERE, a meeting's name) and is not the event's own (at `at`), and
    never speaking after the name: the speaker tells of them, who need not be there."""
    starts, own = _sentences_and_own(doc, at)
    low = doc.low

    def of_them(spans: list[Span]) -> bool:
        for start, end in spans:
            index, first, last = _sentence_at(doc, starts, start)
            # (one who speaks in turn is heard there: "ông Thân nói Thủ tướng Chính phủ Nguyễn Xuân Phúc phát biểu khai
            # mạc Hội nghị", "Trước vấn đề mà cử tri Nguyễn Trí Thăng nêu", "- Bộ trưởng Bộ GD-ĐT Phùng Xuân Nhạ: ...")
            if index == own or _takes_the_floor(low, end):
                return False
            verb = None
            for verb in _REPORTED_BY.finditer(low, first, start):
                pass
            if verb is None or _opens_a_clause(doc, verb.start()) \
                    or any(mark in low[verb.end():start] for mark in ("”", '"')) \
                    or any(first <= other < verb.start() for other, _ in spans) \
                    or _names_a_gathering(low, first, last):
                return False
        return True
    return [bool(spans) and of_them(spans) for _, spans in people]


#: an example's opener: a list of cases or people given as examples, not those at the event ("Ví dụ như ĐB Dương
#: Trung Quốc, ĐB Lưu Bình Nhưỡng, ĐB Phạm Tất Thắng ...", "phát hiện án oan sai trong thời gian vừa qua như ông Nguyễn
#: Thanh Chấn (Bắc Giang), Huỳnh Văn Nén", "Nhiều cán bộ nguyên Ủy viên Trung ương mấy khóa như Nguyễn Minh Quang";
#: not "cũng như", "như sau", "như vậy")
#: (each branch led by its first letter, "starts a word" and the words not before "như" asserted after it, so that
#: the engine skips ahead to the next v, c, đ or n rather than trying every place of the text it scans whole)
_EXAMPLE_CUE = re.compile(r"(?:v(?<!\wv)í dụ|c(?<!\wc)hẳng hạn|đ(?<!\wđ)iển hình(?=\s+(?:như|là)(?!\w))|"
                          r"n(?<!\wn)(?<!cũng n)(?<!chẳng hạn n)(?<!ví dụ n)(?<!điển hình n)hư)(?!\w)")
#: ... the list opening on a name or a title in capitals, past "như", "là" and a word that leads a name or a case ("như
#: vụ Trịnh Xuân Thanh"; not "như trong dự thảo, ĐB Trịnh Ngọc Thúy ... đề nghị", "như vậy"), with list words only
#: between the opener and the name (names, titles, brackets, commas), no sentence's end
_EXAMPLE_OPENS = re.compile(r"\s+(?:(?:như|là)\s+)?(?:(?:"
                            + lexicon.alternation(lexicon.words("people_example_openers.txt")) + r")\s+)?")
_EXAMPLE_LIST = re.compile(r"[^.:!?“”\"\n…]{0,260}$")
#: what still places those listed at a gathering: "có sự tham dự của nhiều nghệ sĩ như NSND Tiến Thọ", "các chuyên gia
#: đầu ngành như GS Lê Đức Hinh, ... có mặt tại hội thảo"
_EXAMPLE_THERE = re.compile(r"(?:" + lexicon.alternation(lexicon.words("people_example_there.txt"), word_start=True)
                            + r")(?!\w)")


def named_as_examples(doc: Doc, people: list[tuple[Person, list[Span]]], at: int | None = None) -> list[bool]:
    """For each person, whether every place the text names them stands in a list of examples (_EXAMPLE_CUE, then list
    words only), in a sentence that names no meeting and places no one at a gathering (_EXAMPLE_THERE), not the
    event's own (at `at`), never speaking after the name: those a speaker or the writer cites as a case ("Ví dụ như ĐB
    Dương Trung Quốc, ĐB Lưu Bình Nhưỡng ..." - deputies the press seeks out, "như ông Nguyễn Thanh Chấn (Bắc Giang)" -
    victims of a wrongful verdict), not people at the event."""
    if not _EXAMPLE_CUE.search(doc.low):  # (not a substring test: "nhưng" holds "như")
        return [False] * len(people)
    starts, own = _sentences_and_own(doc, at)
    low = doc.low
    gathering: dict[int, bool] = {}  # by sentence: names a meeting or places someone at one (asked once each)

    def at_a_gathering(index: int, first: int, last: int) -> bool:
        if index not in gathering:
            gathering[index] = bool(_EXAMPLE_THERE.search(low, first, last)) or _names_a_gathering(low, first, last)
        return gathering[index]

    def cited(start: int, end: int) -> bool:
        index, first, last = _sentence_at(doc, starts, start)
        if index == own or _takes_the_floor(low, end):
            return False
        # the last cue before the name, not a name's own syllable: a capital right after a capitalised word ("Trần Như
        # Lâm"; a sentence's "Ví dụ như" opens after its stop)
        cue = None
        for m in _EXAMPLE_CUE.finditer(low, max(first, start - 260), start):
            word = doc.text[max(0, m.start() - 12):m.start()].split()
            if not (doc.text[m.start()].isupper() and word and word[-1][:1].isupper() and word[-1][-1:].isalpha()):
                cue = m
        opens = _EXAMPLE_OPENS.match(low, cue.end()) if cue is not None else None
        return opens is not None and doc.text[opens.end():opens.end() + 1].isupper() \
            and bool(_EXAMPLE_LIST.match(low, opens.end(), start)) and not at_a_gathering(index, first, last)

    return [bool(spans) and all(cited(*span) for span in _mentions(low, (person.name.lower(),), spans))
            for person, spans in people]


#: one who comments on the news, set off by their title next to the name: "bà Sarah Lain, nghiên cứu sinh tại Viện
#: Nghiên cứu hoàng gia ... (RUSI), nhận xét", "ông Charles Morrison - Chuyên gia cao cấp của Trung tâm Đông - Tây ...
#: khẳng định", "bài viết của tiến sỹ Jonathan D. London, một nhà nghiên cứu hàng đầu về Việt Nam", "Nhà nghiên cứu
#: Vasilii Cashin từ Viện nghiên cứu Viễn Đông Nga cho rằng", "TS Koh Swee Lean Collin (chuyên gia quân sự của ...)"
_COMMENTATOR_TITLES = (r"chuyên gia|nhà phân tích|nhà nghiên cứu|nghiên cứu sinh|nghiên cứu viên|học giả|nhà bình luận|"
                       r"nhà quan sát|cựu quan chức")
#: ... and, at a gathering abroad, a professor (academic_titles.txt's: "GS Francis Fukuyama ở ĐH Stanford (Mỹ) nhận
#: xét", "GS. Terry Buss", "PGS.TS ...", "Giáo sư ...") or an author ("Ông Tom Miller, tác giả cuốn sách Giấc mộng châu
#: Á của Trung Quốc, nhận định" on the forum in Beijing), who at home, or at a press conference ("Giáo sư Kim Young Jae
#: nói" at a hospital's in Seoul), are its speakers
_ABROAD_AUTHOR = r"tác giả"
#: (a professor's title: one that holds "GS" or "giáo sư")
_PROFESSOR = re.compile(r"(?<![^\W\d_])p?gs(?![^\W\d_])|giáo sư")


@cache
def _abroad_commentator_titles() -> str:
    """_COMMENTATOR_TITLES, a professor's academic titles (written out, or abbreviated with or without their dot) and
    an author."""
    professors = [title for title in lexicon.words("academic_titles.txt") if _PROFESSOR.search(title.lower())]
    written = [title.lower() for title in professors if title != title.upper()]
    abbreviated = [title.lower() for title in professors if title == title.upper()]
    return (f"{_COMMENTATOR_TITLES}|{_ABROAD_AUTHOR}|{lexicon.alternation(written, spaces=True)}"
            rf"|(?:{lexicon.alternation(abbreviated, spaces=True)})(?!\w)\.?")


@cache
def _commentator_res(abroad: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A commentator's title (_COMMENTATOR_TITLES, or _abroad_commentator_titles), in a position, right before a name
    and right after it. (The title is the name's own: right before it, in the same phrase, one expert's, not "ý kiến
    của các chuyên gia, Phó Chủ tịch X", "trao đổi với các chuyên gia của Nhật"; or set off right after it by a comma,
    a dash or a bracket.)"""
    near = r"(?<!\w)(?:" + (_abroad_commentator_titles() if abroad else _COMMENTATOR_TITLES) + r")(?!\w)"
    return (re.compile(near),
            re.compile(r"(?<!các )(?<!những )(?<!của )(?<!nhiều )(?<!giới )" + near + r"[^,.;:!?“”\"()\n]{0,30}$"),
            re.compile(r"\s*(?:,|-|–|\()\s*(?:một |là |vị |hiện là )?" + near))


#: the verb of a commentator's view, and a quotation closed before the name ("“...” – theo ông X")
_A_VIEW = re.compile(r"(?<!\w)(?:cho rằng|nhận định|nhận xét|bình luận)(?!\w)")
_QUOTED_BEFORE = re.compile(r"”[^“]*$")
#: the kinds of leaders' talks, which papers tell with the views of experts who were not there
_LEADERS_TALKS = frozenset({"hội đàm", "hội kiến", "cuộc gặp", "tiếp"})
#: the kinds whose experts are its speakers, at home or abroad: a workshop, a talk, a course, a working session ("có
#: buổi trao đổi học thuật với giáo sư Masahiro Horie" at a working session in Tokyo; commentators are set aside at a
#: press conference, "theo Tiến sĩ Nguyễn Minh Phong – Chuyên gia nghiên cứu kinh tế nhận định: “Lý giải của đại diện
#: Bộ Tài chính ...”", and at any other gathering abroad, "Chuyên gia Alice Ekman ở Viện Quan hệ quốc tế Pháp đánh giá"
#: on the forum in Beijing)
_EXPERTS_SPEAK = frozenset({"hội thảo", "tọa đàm", "mạn đàm", "tập huấn", "bồi dưỡng", "buổi làm việc"})
#: (the reach, in characters, of such a title before or after the name)
_COMMENTATOR_REACH = 40
#: a sentence that gives the view of some experts, whom the next sentences name one by one with a doctor's or a
#: professor's title: "Trước đó, một số chuyên gia kinh tế cho biết quỹ bình ổn ... Tiến sỹ Lê Đăng Doanh, nguyên
#: viện trưởng ..., cho biết ... TS. Nguyễn Minh Phong - nguyên cán bộ ..., cũng cho biết ..."
#: (the experts the subject of a verb of saying: not "với sự dẫn dắt của các chuyên gia, những người có kinh nghiệm";
#: nor a body's own, who speak for it at its meeting: "Các chuyên gia của Viện cho biết ...")
_EXPERTS_LEAD = re.compile(r"(?<!\w)(?<!của )(?<!với )(?:một số|một vài|nhiều|các|những|giới|hai|ba|bốn|năm|\d+)\s+(?:"
                           + _COMMENTATOR_TITLES + r")(?!\w)(?!\s+(?:của|thuộc)(?!\w))[^,.;:!?“”\"()\n]{0,40}?(?<!\w)"
                           r"(?:cho biết|cho rằng|nhận định|nhận xét|đánh giá|bình luận|phân tích|lo ngại|cảnh báo)(?!\w)")


def commentators(doc: Doc, people: list[tuple[Person, list[Span]]], kind: str | None = None,
                 at: int | None = None, abroad: bool = False) -> list[bool]:
    """For each person, whether the text names them with a commentator's title (_commentator_res, in their position
    or right by a name) and never with a part (a role), nor in the event's own sentence (at `at`), nor in a sentence
    that names a gathering or places anyone at one (_REPORTED_THERE), at leaders' talks (_LEADERS_TALKS), a press
    conference or a gathering abroad (`abroad`) but a workshop's kind (_EXPERTS_SPEAK): the expert gives a view to the
    paper on the talks, not at them (at a conference, a workshop or a working session at home the experts named are
    its speakers: "Thạc sĩ Nguyễn Hữu Thiện, chuyên gia nghiên cứu độc lập về Đồng bằng sông Cửu Long cho rằng", "ông
    Lee Kwang June – chuyên gia cấp nước và thoát nước của Công ty ... cho biết")."""
    abroad = abroad and kind not in _EXPERTS_SPEAK
    if kind not in _LEADERS_TALKS and kind != PRESS and not abroad:
        return [False] * len(people)
    near, before, after = _commentator_res(abroad and kind != PRESS)
    starts, own = _sentences_and_own(doc, at)
    low = doc.low
    kinds = any_kind_pattern()

    def expert(person: Person, spans: list[Span]) -> bool:
        if not spans or any(_roles(doc, start, end) for start, end in spans):
            return False
        # (an academic title is stripped off the position: "GS. Francis Fukuyama")
        titled = any(near.search(said.lower()) for said in (person.position, person.academic_title) if said)
        for start, end in spans:
            index, first, last = _sentence_at(doc, starts, start)
            if index == own:
                return False
            # (a meeting named in the view they give, or in the words quoted before "theo" them, is what they speak
            # of: "Ông Andrew Weiss, cựu quan chức Hội đồng An ninh Quốc gia cho rằng ông Trump đã gửi một thông điệp
            # sai lầm ... trong cuộc gặp", "“... trong cuộc gặp ông Trump đang vận động ...” – theo ông Weiss")
            view = _A_VIEW.search(low, end, last)
            stop = view.start() if view else last
            if any(not _QUOTED_BEFORE.search(low, found.end(), start) for found in itertools.chain(
                    _REPORTED_THERE.finditer(low, first, stop), kinds.finditer(low, first, stop))):
                return False
            titled = titled or bool(before.search(low, max(first, start - _COMMENTATOR_REACH), start)
                                    or after.match(low, end, end + _COMMENTATOR_REACH)
                                    or person.academic_title and _led_by_experts(doc, starts, index, own))
        return titled
    return [expert(person, spans) for person, spans in people]


def _led_by_experts(doc: Doc, starts: list[int], index: int, own: int | None) -> bool:
    """Whether one of the two sentences before sentence `index` (not the event's own) gives some experts' view
    (_EXPERTS_LEAD), with no other sentence between naming a gathering or placing anyone at one."""
    for back in (1, 2):
        lead = index - back
        if lead < 0 or lead == own:
            return False
        first = starts[lead]
        last = starts[lead + 1] if lead + 1 < len(starts) else len(doc.low)
        if _EXPERTS_LEAD.search(doc.low, first, last):
            return not _REPORTED_THERE.search(doc.low, first, last)
        if _REPORTED_THERE.search(doc.low, first, last) or any_kind_pattern().search(doc.low, first, last):
            return False
    return False


#: the kinds at which a foreign head of state or government who is there has a part the story tells: talks (not "cuộc
#: gặp", a word for the many meetings on a summit's sidelines, whose leaders a story names only as they spoke: "Quốc
#: vương Haji Hassanal Bolkiah một lần nữa chúc mừng Thủ tướng ..."), a press conference, a forum, a dialogue, a
#: workshop or a sitting, not a summit ("hội nghị", "họp": its leaders told by list, "ngồi cùng bàn với Thủ tướng Đức
#: Angela Merkel, Chủ tịch Trung Quốc Tập Cận Bình, ...", or by what they hold to, "Tổng thống Mỹ Donald Trump cương
#: quyết không thay đổi quan điểm")
_LEADERS_HAVE_A_PART = frozenset({"hội đàm", "hội kiến", "tiếp", PRESS, "diễn đàn", "đối thoại", "hội thảo", "tọa đàm",
                                  "mạn đàm", "phiên họp"})
#: talks, where a leader who acts as the subject of a verb is one of its parties: "Thủ tướng Nhật Bản Shinzo Abe tuyên
#: bố / cảm ơn / bày tỏ / đánh giá cao ..." (people_speaks.txt and a party's verbs)
_TALKS_KINDS = frozenset({"hội đàm", "hội kiến"})
_TALKS_SUBJECT = re.compile(r"\s*(?:(?:cũng|đã|còn|thì)\s+)*(?:" + lexicon.alternation(
    (*(fold(w) for w in lexicon.words("people_speaks.txt")), "cảm ơn", "đánh giá cao", "hoan nghênh", "mời",
     "chúc mừng", "nhất trí", "khẳng định", "ủng hộ"), spaces=True) + r")(?!\w)")
#: a post's mark before it that keeps the post: "tân Tổng thống", "cựu Tổng thống", "nguyên Thủ tướng"
_POST_MARK = re.compile(r"(?:(?:tân|cựu|nguyên|đương\s+kim|đương\s+nhiệm)\s+)+")
#: a sentence that names its leaders among a gathering's guests (people_leaders_there.txt)
_LEADERS_THERE = re.compile(lexicon.alternation(lexicon.words("people_leaders_there.txt"), spaces=True, word_start=True)
                            + r"(?!\w)")


def _foreign_leader(person: Person) -> bool:
    """Whether the person holds a head of state's or government's post (people_heads_of_state.txt) of a foreign
    country: their organisation is the country ("Tổng thống | Mỹ", "Thủ tướng | Nhật Bản", "Chủ tịch | Trung Quốc"), or
    they have none and a foreign name ("Tổng thống Donald Trump"; not a post that needs its country, "Chủ tịch")."""
    if not person.position:
        return False
    post = _POST_MARK.sub("", fold(person.position).strip(), count=1)
    posts = lexicon.labelled("people_heads_of_state.txt")
    if post not in posts:
        return False
    if person.organization:
        words = person.organization.split()
        return is_country(words, whole=True) == len(words) and fold(person.organization) != _HOME_COUNTRY
    return posts[post] != "country" and not is_vietnamese_name(person.name) and looks_foreign(person.name.split())


def leaders_told_of(doc: Doc, people: list[tuple[Person, list[Span]]], kind: str | None = None,
                    at: int | None = None, home: bool = False) -> list[bool]:
    """For each person, whether they are a foreign head of state or government (_foreign_leader) whom no mention of
    their name places at the event, at talks, a press conference, a forum, a dialogue, a workshop or a sitting
    (_LEADERS_HAVE_A_PART) or at a meeting at home (`home`: in Việt Nam, whatever its kind): never in the event's own
    sentence (at `at`), with no part (a role), in no sentence of guests (_LEADERS_THERE), in no photo's caption, never
    taking the floor. A leader at talks or at a forum is one of its parties, named in its own sentence or with what
    they did there; one named only otherwise is the story's background: the one whose policies it tells ("dưới thời
    chính quyền Tổng thống Mỹ Donald Trump", "Thủ tướng Đức Angela Merkel gần đây đã nói rằng"), whom a spokesman's
    words are about ("Người phát ngôn Điện Kremlin Dmitry Peskov cho biết Tổng thống Nga Vladimir Putin đã có cuộc họp
    với hội đồng an ninh"), who met the guest at another time ("nhân dịp Thủ tướng Hun Sen thực hiện chuyến đi thăm lại
    con đường cách mạng") or sent regards ("chuyển lời thăm hỏi của Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình")."""
    if not home and kind not in _LEADERS_HAVE_A_PART:
        return [False] * len(people)
    low = doc.low
    starts, own = _sentences_and_own(doc, at)
    own_span = (starts[own], starts[own + 1] if own + 1 < len(starts) else len(low)) if own is not None else None
    talks = kind in _TALKS_KINDS

    def counterpart(person: Person) -> bool:
        # (the event's sentence names them as the counterpart by their country: "hội đàm với người đồng cấp Nhật Bản",
        # "hội đàm với Thủ tướng Nhật Bản")
        if own_span is None or not person.organization:
            return False
        post = re.escape(fold(person.position)) if person.position else "(?!)"
        return bool(re.compile(rf"(?<!\w)(?:đồng\s+cấp|{post})\s+{re.escape(fold(person.organization))}(?!\w)")
                    .search(low, *own_span))

    def there(start: int, end: int) -> bool:
        index, first, last = _sentence_at(doc, starts, start)
        if index == own or _takes_the_floor(low, end) or _roles(doc, start, end) \
                or _LEADERS_THERE.search(low, first, last) or talks and _TALKS_SUBJECT.match(low, end):
            return True
        credit = _CAPTION_CREDIT.search(low, end, min(last + _CREDIT_AFTER, len(low)))
        return bool(credit) and credit.start() - start <= _CAPTION_LEN

    def mentions(person: Person, spans: list[Span]) -> list[Span]:
        # (every place the text writes the name, a foreign name also by its last word, "ông Trump nói", or the post
        # with its country and no name: "Chủ tịch Trung Quốc sẽ chủ trì gần 30 nhà lãnh đạo thế giới tại Bắc Kinh")
        words = person.name.lower().split()
        post = [fold(f"{person.position} {person.organization}")] if person.organization else []
        return _mentions(low, [" ".join(words)] + ([words[-1]] if len(words) > 1 and len(words[-1]) >= 4
                                                   and looks_foreign(person.name.split()) else []) + post, spans)

    return [bool(spans) and _foreign_leader(person) and not counterpart(person)
            and not any(there(*span) for span in mentions(person, spans))
            for person, spans in people]


#: a sentence that a news agency or paper tells: "Theo Reuters, Bộ trưởng Thương mại Anh Philip Hammond vừa tuyên bố",
#: "Tại Đức, theo CNA, phát biểu trước Quốc hội Đức, Thủ tướng Angela Merkel cho rằng", "Theo hãng tin AFP, ..."
@cache
def _agency_told() -> re.Pattern[str]:
    outlets = lexicon.alternation((fold(w) for w in lexicon.words("people_press.txt")), spaces=True, word_start=True)
    return re.compile(r"\W*(?:[^,.;:!?\n]{0,30},\s*)?theo\s+(?:hãng\s+tin\s+|hãng\s+|báo\s+|tờ\s+|trang\s+)?(?:" + outlets
                      + r"|[a-z][\w-]*\.(?:vn|net|com))(?!\w)\s*(?:,|\s+đưa\s+tin)")


def agency_told(doc: Doc, people: list[tuple[Person, list[Span]]], at: int | None = None) -> list[bool]:
    """For each person, whether every sentence that names them opens on the agency that tells it (_agency_told): what
    they said or did comes from the wires, not from the event (whose own sentence, at `at`, may open so too: "Theo
    TTXVN, sáng 20/5, Thủ tướng ... chủ trì hội nghị")."""
    told = _agency_told()
    return _only_in_sentences(doc, people, at, lambda sentence, _: bool(told.match(doc.low, *sentence)))


#: an arrival's or a departure's welcome at the airport, up to its list of those who welcome: "Đón Thủ tướng, Phu nhân
#: và đoàn tại sân bay Schiphol Amsterdam có Bộ trưởng Quốc phòng Hà Lan Jeanine Hennis, Đại sứ Hà Lan tại Việt Nam
#: Nienke Trootser", "Ra đón Chủ tịch nước ... tại Sân bay quốc tế Minsk có ...", "Tại sân bay, tiễn Thủ tướng có ..."
_AIRPORT_WELCOME = re.compile(r"(?<!\w)(?:(?:đón|tiễn)(?!\w)[^.!?\n]{0,150}?(?<!\w)sân bay"
                              r"|sân bay(?!\w)[^.!?\n]{0,150}?(?<!\w)(?:đón|tiễn))(?!\w)[^.!?\n]{0,150}?(?<!\w)có(?!\w)")
#: (the gaps bounded: an unbounded one over a long sentence with many "đón" and no "có" backtracks for minutes)


#: ... or a photo's caption of the welcome, the airport after the name: "Thủ tướng Nguyễn Xuân Phúc bắt tay Đại sứ Mỹ
#: tại Việt Nam Ted Osius ở sân bay quân sự St. Andews"
_AIRPORT_GREETED = re.compile(r"(?<!\w)(?:đón|tiễn|bắt tay)(?!\w)")
_AT_THE_AIRPORT = re.compile(r"[^.!?\n]{0,40}?(?<!\w)(?:ở|tại)\s+sân bay(?!\w)")

#: ... or the next sentence, the other side of that welcome: "Đón Chủ tịch nước Trần Đại Quang tại sân bay có Phó Thủ
#: tướng Chính phủ Belarus Semashko, .... Về phía Việt Nam có Đại sứ Việt Nam tại Belarus Lê Ánh cùng đông đảo cán bộ"
_OTHER_SIDE_TOO = re.compile(r"\W*về phía\s+[^.!?\n,]{1,40}?,?\s+có(?!\w)")


def welcomed_at_the_airport(doc: Doc, people: list[tuple[Person, list[Span]]], at: int | None = None) -> list[bool]:
    """For each person, whether every sentence that names them names them among those who welcome or see off a visiting
    delegation at the airport (_AIRPORT_WELCOME, _AIRPORT_GREETED): the arrival, not the talks or the forum the visit
    is for. Not the event's own sentence (at `at`)."""
    low, starts = doc.low, _sentences(doc)

    def welcome(sentence: Span, end: int) -> bool:
        return bool(_AIRPORT_WELCOME.search(low, sentence[0], end)) or bool(
            _AIRPORT_GREETED.search(low, sentence[0], end) and _AT_THE_AIRPORT.match(low, end, sentence[1])) or bool(
            _OTHER_SIDE_TOO.match(low, sentence[0], end) and welcomed_before(sentence[0]))

    def welcomed_before(start: int) -> bool:
        index = bisect_right(starts, start) - 1
        return index > 0 and bool(_AIRPORT_WELCOME.search(low, starts[index - 1], start))
    return _only_in_sentences(doc, people, at, welcome)


#: said to be away from the meeting, right after the name in its clause (people_away.txt): "HLV Đông Nhi vắng mặt trong
#: buổi họp báo lần này", "ông Nguyên cáo bận và vắng mặt", "ông Lê Đình Kình không thể dự buổi công bố"
_AWAY_WORDS = "(?:" + lexicon.alternation(lexicon.words("people_away.txt"), spaces=True, word_start=True) + r")(?!\w)"
_AWAY = re.compile(r"[^.;:!?\n]{0,40}?" + _AWAY_WORDS)
_AWAY_WORD = re.compile(_AWAY_WORDS)
_CALLED = re.compile(r"(?<!\w)(?:ông|bà|anh|chị)\s+$")


def absent(doc: Doc, people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """For each person, whether the text says they were away (_AWAY), after their name or after "ông" / "bà" and the
    last word of it: they were invited, expected or on the roster, not at the meeting."""
    low = doc.low
    if not _AWAY_WORD.search(low):
        return [False] * len(people)

    def away(person: Person, spans: list[Span]) -> bool:
        if any(_AWAY.match(low, end) for _, end in spans):
            return True
        last = fold(person.name.split()[-1]) if person.name.split() else ""
        return bool(last) and any(
            _CALLED.search(low, max(0, start - 6), start) and _AWAY.match(low, end)
            for start, end in lexicon.whole_words(low, last))
    return [away(person, spans) for person, spans in people]


#: the units of a home address, below the district: a commune, a town's ward, a village, a street block
_HOME_UNITS = "(?:" + lexicon.alternation(lexicon.words("people_home_units.txt"), spaces=True) + ")"
#: a home address told right after a name, in its apposition: the person is a resident, a farmer, a shop owner or a
#: suspect the reporter tells of or quotes, named with where they live, not an official named with their office ("Ông
#: Phạm Văn Mường, Phó Giám đốc HTX dịch vụ chăn nuôi Thái Sơn, xã Tú Sơn, huyện Kiến Thụy, thành phố Hải Phòng cho
#: biết", "HTX nuôi tôm Hòa Nghĩa của ông Tăng Văn Tuối, ở xã Hòa Đông, thị xã Vĩnh Châu", "Bà Nguyễn Thị Mười, ở số
#: 299C12 khu dân cư Sông Giồng, phường An Phú", "Cử tri Trần Vinh, ở phường 6, thành phố Đà Lạt (Lâm Đồng) cho rằng",
#: "bà Vũ Thị Tân, sinh năm 1983, trú tại tập thể Thành Công", "Bùi Mạnh Quốc (SN 1986, trú tại phường Đại Phúc"); the
#: commune of an office is no home: "Chủ tịch UBND xã Nhơn Đức", "tổ phó tổ dân phố số 20" (the unit follows a word,
#: not a comma), nor an age alone ("Ông Đỗ Đức Duy, Thứ trưởng Bộ Xây dựng, 47 tuổi, trở thành ...")
_AT_HOME = re.compile(
    r"(?:\s*(?:,|\s[-–])[^.;:!?“”\"()\n]{0,90}?)?"
    r"(?:,\s*(?:(?:ở|trú|ngụ|sống|thường trú)(?:\s+(?:ở|tại))?\s+)?" + _HOME_UNITS + r"\s+(?:số\s+)?[A-ZĐÀ-Ỹ0-9]"
    r"|,\s*(?:ở|trú|ngụ)(?:\s+(?:ở|tại))?\s+số\s+\d"
    r"|\s*[(,]\s*(?:\d{1,3}\s+tuổi|sinh năm\s+\d{4}|SN\s+\d{4})\s*,\s*(?:ở|trú|ngụ|quê|thường trú|hiện trú)(?!\w))")
#: ... or in brackets right after the name, in a sentence that names no gathering: "Chị Nguyễn Thị Hoài Sương (trú tại
#: tòa nhà CT2, KĐT Skylight, ngõ Hòa Bình 6, phố Minh Khai), mẹ cháu bé bị bạo hành ... cho biết" (not "Cuộc gặp gỡ kết
#: thúc bằng tuyên bố của ngư dân Trần Đình Sơn (ngụ xã Mỹ An, Phù Mỹ, Bình Định)")
_AT_HOME_BRACKETED = re.compile(r"\s*\(\s*(?:hiện\s+)?(?:thường\s+)?(?:trú|ngụ)(?:\s+(?:ở|tại))?\s")
#: the meetings held with residents, where a voter or a resident who speaks is one of those met
_WITH_RESIDENTS = frozenset({"tiếp xúc cử tri", "đối thoại"})


def at_home(doc: Doc, people: list[tuple[Person, list[Span]]], kind: str | None = None,
            at: int | None = None) -> list[bool]:
    """For each person, whether the text names them with a home address (_AT_HOME) and never in the event's own
    sentence (at `at`): a resident, a farmer or a shop owner the reporter met or quotes, or one a case is about, not one
    at the meeting (unless the meeting is held with the residents: a voters' meeting, a dialogue)."""
    if kind in _WITH_RESIDENTS:
        return [False] * len(people)
    starts, own = _sentences_and_own(doc, at)

    def home(spans: list[Span]) -> bool:
        # (not one a later sentence puts at the meeting: "Tại buổi làm việc, bà Vũ Thị Tân - Chủ cơ sở mầm non Sen Vàng
        # cho biết", after "Chủ cơ sở trên là bà Vũ Thị Tân, sinh năm 1983, trú tại ...")
        return any(_AT_HOME.match(doc.text, end) or _AT_HOME_BRACKETED.match(doc.low, end)
                   and not any_kind_pattern().search(doc.low, *_sentence_at(doc, starts, start)[1:])
                   for start, end in spans) \
            and not any(_placed_there(doc, starts, own, *span) for span in spans)
    return [bool(spans) and home(spans) for _, spans in people]


def disciplined(doc: Doc, people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """For each person, whether the text names them as the object of a disciplinary decision and never as speaking:
    the one a disciplinary sitting was about ("UBKT đã xem xét, kết luận thi hành kỷ luật đối ông Bùi Văn Sang, Phó
    Giám đốc Kho bạc Nhà nước tỉnh Phú Yên"), not one of those who sat; and one named with them, after their titles
    ("... đối ông Bùi Văn Sang, Phó Giám đốc ...; nguyên Đảng ủy viên ... và ông Trần Minh Đạo, Phó Giám đốc ...")."""
    low = doc.low
    mentions = sorted(span for _, spans in people for span in spans)
    starts = _sentences(doc)

    ends = dict(mentions)

    def object_at(start: int, depth: int = 0, listed: bool = False) -> bool:
        # (`listed`: reached down a list by a bare link, so the sanction must open the list)
        sanction = _DISCIPLINED.search(low, max(0, start - 70), start)
        if (sanction and (not listed or _OPENS_LIST.search(sanction.group()))) or (not listed and (
                _TOLD_TO_REVIEW.search(low, max(0, start - 20), start)
                and _REVIEWS.match(low, ends.get(start, start)))):
            return True
        if depth > 8:
            return False
        if not _AND_ANOTHER.search(low, max(0, start - 16), start):
            if not _BARE_ANOTHER.search(low, max(0, start - 16), start):
                return False
            listed = True
        # (down a list, each after a comma or "và": "nghiêm khắc kiểm điểm các ông: Nguyễn Cường (Trưởng phòng kế
        # hoạch khoáng sản), Cao Ngọc Cương (Chuyên viên hợp đồng và Trần Hùng Lý (lái xe cơ quan)")
        i = bisect_right(mentions, (start, start)) - 1  # the mention just before, in the same sentence
        return i >= 0 and mentions[i][1] < start and bisect_right(starts, mentions[i][0]) == bisect_right(starts, start) \
            and object_at(mentions[i][0], depth + 1, listed)

    def speaks_at(start: int, end: int) -> bool:
        return _says_after(low, end) and not _AT_SOME_OCCASION.match(low, end)

    return _only_told_of(people, object_at, speaks_at)


#: one word character (a name's edge is where the characters beside it are none)
_WORD_CHAR = re.compile(r"\w")


#: the matter a story is about, just before the name: the person is what is said, not one who sat ("Đối với trường
#: hợp của Trịnh Xuân Thanh, Tổng Bí thư nhấn mạnh", "TP.HCM nói về việc ông Đoàn Ngọc Hải không xuống đường", "chuyển
#: sinh hoạt Đoàn đại biểu Quốc hội đối với ông Nguyễn Thiện Nhân"); not "đối với" after a post given or taken in its
#: sentence (_post_voted, across the commas of a list of posts: "chỉ định chức danh ủy viên ban chấp hành, ủy viên ban
#: thường vụ, phó bí thư tỉnh ủy Yên Bái ... đối với ông Đỗ Đức Duy"): a sitting's vote on its own member, "bầu bổ sung
#: chức danh Phó chủ tịch ... đối với ông Phạm Văn Hà")
@cache
def _told_about() -> re.Pattern[str]:
    """What is told about, its form of address before the name from honorifics.txt ("vụ việc", "về việc" are "việc")."""
    return re.compile(r"(?<!\w)(?:đối\s+với|trường\s+hợp|(?<!làm )việc)(?:\s+(?:của|đối\s+với))?\s+"
                      + _honorific_before() + "$")


@cache
def _post_voted() -> re.Pattern[str]:
    """A post voted on, its form of address before the name from honorifics.txt (not "thôi chức", a post taken:
    _disciplined_post)."""
    return re.compile(r"(?<!\w)(?:bầu|miễn\s+nhiệm|bổ\s+nhiệm|chức\s+danh)(?!\w)[^.;:!?\n]*"
                      r"đối\s+với\s+" + _honorific_before() + "$")


@cache
def _honorific_before() -> str:
    """An optional form of address and its space (honorifics.txt), written before a name."""
    return r"(?:(?:" + lexicon.alternation(_honorific_words(), spaces=True) + r")\s+)?"


#: a party of the meeting, named with its verb or noun in their clause, before them ("ngay trước thềm cuộc gặp giữa ông
#: Trump và Tổng thống Thổ Nhĩ Kỳ Tayyip Erdogan", "Cuộc gặp đầu tiên giữa Tổng thống Mỹ Donald Trump và Tổng thống Nga
#: Vladimir Putin") or after them ("Tổng thống Mỹ Donald Trump và người đồng cấp Nga Vladimir có thể gặp nhau"); not
#: "tiếp tục", "trực tiếp", "gặp khó khăn", "gặp nhiều rắc rối"
_MEETS = (r"(?<!\w)(?:" + MEETS_VERB + r"|hội\s+đàm|hội\s+kiến|điện\s+đàm|làm\s+việc\s+với)(?!\w)")
_PARTY_BEFORE = re.compile(_MEETS + r"[^.,;:!?\n]{0,80}$")
_PARTY_AFTER = re.compile(r"[^.,;:!?\n]{0,60}?" + _MEETS)
#: (only at a meeting named by whom it meets, or at a gathering on whose sidelines its guests meet: at a press
#: conference the meetings told are the story's, "ngày 16.6, ông Lê Duy Phong đã lên Yên Bái và gặp ông Sáng")
_PARTIES_MEET_AT = _MET_KINDS | _GATHERINGS


def _other_time(tag: str) -> str:
    """The time words of people_other_times.txt that carry `tag`, as whole words."""
    return r"(?<!\w)(?:" + lexicon.alternation(lexicon.tagged("people_other_times.txt", tag), spaces=True) + r")(?!\w)"


#: the other party of a meeting, a visit's talks or an agreement told at another time than the event: the meeting word
#: (or "giữa" of two sides) shortly before the name, and in its sentence a plan ahead ("Hôm nay (29.6), Chủ tịch nước
#: Trần Đại Quang sẽ hội đàm với Tổng thống V.Putin, hội kiến Thủ tướng Dmitry Medvedev"), a day ahead ("cuộc gặp diễn
#: ra vào ngày 17/7 tới tại thủ đô Washington, Mỹ giữa Thứ trưởng Ngoại giao Nga Sergei Ryabkov và Thứ trưởng Bộ Ngoại
#: giao Mỹ Thomas Shannon") or an earlier month ("theo thống nhất giữa Tổng thống Mỹ Donald Trump và Chủ tịch Trung Quốc
#: Tập Cận Bình trong chuyến thăm Mỹ hồi đầu tháng 4")
_PARTY_OF_ANOTHER = re.compile(r"(?:" + _MEETS + r"|(?<!\w)giữa(?!\w))[^.;:!?\n“”\"]{0,100}$")
#: an earlier month, year or week: "hồi đầu tháng 4", "hồi năm ngoái"
_EARLIER = _other_time("earlier")
_EARLIER_AFTER = re.compile(r"[^.;:!?\n“”\"]{0,160}?" + _EARLIER)
_SENTENCE_BREAK = re.compile(r"[.!?\n](?=\s)")
_BREAKS = " \n"
_AHEAD_BEFORE = re.compile(_other_time("plan"))
#: ... a day or a month ahead ("vào ngày 17/7 tới", "ngày 20 tới", "tháng 8 tới", "tuần tới", "sắp tới"; not a range:
#: "từ 30 tới 100 mét") or an earlier time (_EARLIER)
_ANOTHER_TIME = re.compile(r"(?<![\w/.-])\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s+tới(?!\w)"
                           r"|(?<!\w)(?:ngày|tháng)\s+\d{1,2}\s+tới(?!\w)|" + _other_time("ahead") + "|" + _EARLIER)


def met_another_time(doc: Doc, people: list[tuple[Person, list[Span]]], at: int | None = None) -> list[bool]:
    """For each person, whether every sentence that names them names them only as a party of a meeting or an
    agreement told ahead or at an earlier time (_PARTY_OF_ANOTHER, _AHEAD_BEFORE, _ANOTHER_TIME), never in the
    event's own sentence (at `at`) nor with a part (a role) there."""
    low = doc.low
    starts, own = _sentences_and_own(doc, at)
    times: dict[int, bool] = {}  # sentence index → whether it tells another time (_ANOTHER_TIME)

    def another(start: int, end: int) -> bool:
        index, s0, s1 = _sentence_at(doc, starts, start)
        party = _PARTY_OF_ANOTHER.search(low, max(s0, start - 140), start)
        if not party or _roles(doc, start, end):
            return False
        if index == own:
            # (in the event's own sentence, only an agreement of two sides told after the event at an earlier time:
            # "Cuộc đối thoại ..., theo thống nhất giữa Tổng thống Mỹ Donald Trump và Chủ tịch Trung Quốc Tập Cận
            # Bình trong chuyến thăm Mỹ hồi đầu tháng 4")
            return at is not None and at < party.start() and party.group().startswith("giữa") \
                and bool(_EARLIER_AFTER.match(low, end))
        # (the plan's "sẽ" may stand before a sentence break the finder reads in an initial: "Hôm nay (29.6), Chủ tịch
        # nước Trần Đại Quang sẽ hội đàm với Tổng thống V.Putin, hội kiến Thủ tướng Dmitry Medvedev")
        lead = max(s0 - 200 if s0 and low[s0 - 1] not in _BREAKS else s0, 0)
        lead = max((m.end() for m in _SENTENCE_BREAK.finditer(low, lead, party.start())), default=lead)
        if _AHEAD_BEFORE.search(low, lead, party.start()):
            return True
        if index not in times:
            times[index] = bool(_ANOTHER_TIME.search(low, s0, s1))
        return times[index]
    return _every_span(people, another)


#: a time other than the event's, in a sentence telling a trip (_trips): recalled ("mới đây", "từ đầu năm", "năm
#: ngoái") or ahead ("sẽ", "trong hai ngày tới"): its own tag ("trip"), not those of _EARLIER, _AHEAD_BEFORE,
#: _ANOTHER_TIME, which read "hồi tháng", "dự kiến", a date and "tới" and lack "mới đây", "gần đây", "trước đó", "từng"
_TRIP_TIME = re.compile(_other_time("trip"))


@cache
def _trips() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A leader's trip, its noun or verb (people_trips.txt), and the trip the event is part of, not another
    (people_trip_frames.txt: "Trong khuôn khổ chuyến thăm chính thức Nhật Bản ..., chiều 6/6, Thủ tướng")."""
    def words(name: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{lexicon.alternation(lexicon.words(name), spaces=True)})(?!\w)")
    return words("people_trips.txt"), words("people_trip_frames.txt")


def on_another_trip(doc: Doc, people: list[tuple[Person, list[Span]]], at: int | None = None) -> list[bool]:
    """For each person, whether every sentence that names them tells a leader's trip of another time than the event,
    never the trip the event is part of (_trips, _TRIP_TIME) nor the event's own sentence (at `at`): a visit recalled
    ("Mới đây, Chủ tịch nước Trần Đại Quang đã có chuyến thăm cấp nhà nước tới Trung Quốc", "từ đầu năm nay, ...: Tổng
    Bí thư Nguyễn Phú Trọng đã có chuyến thăm chính thức tới Trung Quốc") or ahead ("Trong hai ngày tới ông Trump sẽ du
    hành tới Israel, gặp mặt Giáo hoàng Pope Francis tại tòa thánh Vatican"). They were named as the one who went or
    will go, or whom it will meet, not as present (what they attend on it, "và tham dự Diễn đàn ...", is the trip's, so
    their roles do not keep them)."""
    low = doc.low
    trip_re, frame_re = _trips()
    seen: dict[int, bool] = {}  # (by the sentence's start: a sentence naming several people is read once)

    def trip(sentence: Span, end: int) -> bool:
        if sentence[0] not in seen:
            seen[sentence[0]] = bool(trip_re.search(low, *sentence) and _TRIP_TIME.search(low, *sentence)
                                     and not frame_re.search(low, *sentence))
        return seen[sentence[0]]
    return _only_in_sentences(doc, people, at, trip)


def told_about(doc: Doc, people: list[tuple[Person, list[Span]]], kind: str | None = None,
               at: int | None = None) -> list[bool]:
    """For each person, whether the text names them as the matter what is said or decided is about (_told_about) and
    never as speaking outside someone else's quoted words or with a part at the event: the story's subject ("TP.HCM nói
    về việc ông Đoàn Ngọc Hải không xuống đường", told at the city's press conference whose hosts quote him: “Anh Hải
    nói nếu có văn bản ...”), not one of those there. Never one named in the own sentence (at `at`) of an event named by
    whom it meets (_MET_KINDS: "trong buổi tiếp ngoại trưởng và đại sứ Nga tuần trước, Tổng thống Mỹ Donald Trump đã
    tiết lộ"), nor, at such a meeting or a gathering (_PARTIES_MEET_AT), a party of a meeting (_PARTY_BEFORE,
    _PARTY_AFTER): the host of a reception, a side of talks ("Ông Trump không biết làm thế nào để định hình thái độ của
    ông đối với ông Putin" after "Cuộc gặp đầu tiên giữa ... Donald Trump và Tổng thống Nga Vladimir Putin"). Whether
    they speak or take a part is looked for at every mention of their name, not only those found (a speaker the finder
    missed: "Phát biểu tại cuộc họp báo, Tổng thống Moon Jae-in nhấn mạnh")."""
    low = doc.low
    starts = _sentences(doc)
    own = _own_sentence(starts, at) if kind in _MET_KINDS else None

    def quoted(start: int) -> bool:
        return _quoted_at(low, max(0, start - _QUOTE_REACH), start)

    def party(start: int, end: int) -> bool:
        return kind in _PARTIES_MEET_AT and (bool(_PARTY_BEFORE.search(low, max(0, start - 100), start))
                                             or bool(_PARTY_AFTER.match(low, end)))

    def speaks_at(start: int, end: int) -> bool:
        return bisect_right(starts, start) - 1 == own or party(start, end) \
            or not quoted(start) and (_says_after(low, end) or bool(_roles(doc, start, end)))

    def object_at(start: int) -> bool:
        # (the one a post is taken from is told about, "thôi chức ... đối với ông X" too; the one voted to a post not)
        return (bool(_told_about().search(low, max(0, start - 40), start))
                and not _post_voted().search(low, max(0, start - 120), start)) or _disciplined_post(doc, start)

    def every_mention(person: Person, spans: list[Span]) -> list[Span]:
        # (found by str.find, a word's edges asked of the characters beside it: no regex compiled for each name)
        name = fold(person.name)
        found = set(spans)
        at = low.find(name) if name else -1
        while at >= 0:
            end = at + len(name)
            if not (at and _WORD_CHAR.match(low, at - 1)) and not _WORD_CHAR.match(low, end):
                found.add((at, end))
            at = low.find(name, at + 1)
        return sorted(found)

    told = _only_told_of(people, object_at, lambda start, end: False)
    return [out and not any(speaks_at(start, end) for start, end in every_mention(person, spans))
            for out, (person, spans) in zip(told, people)]


#: the head a body is given, the name between "do" (or "giao") and "làm" its post: the one named to lead a board or a
#: council set up, not one at the meeting ("thành lập Ban Chỉ đạo do Phó Thủ tướng Vương Đình Huệ làm trưởng ban",
#: "Hội đồng kỷ luật do Thứ trưởng Trần Quốc Khánh làm Chủ tịch"); not a delegation's head, who comes with it ("Đoàn
#: công tác do Thứ trưởng ... làm trưởng đoàn"; nor the words "do" and "giao" are in, as directions._ASSIGN: "Bộ
#: trưởng Bộ Giao thông vận tải Trương Quang Nghĩa làm trưởng ban", "Bộ Ngoại giao", "bàn giao", "tự do")
_HEAD_GIVEN_BEFORE = re.compile(r"(?<!\w)(?:(?<!tự\s)do|" + ASSIGN_VERB + r"(?:\s+cho)?)\s+(?:[^\W\d_]+\s+){0,8}$")
_HEAD_GIVEN_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,[^,.;:!?\n]{0,80},\s*)?làm\s+(?:phó\s+)?"
                               r"(?:trưởng\s+ban|tổ\s+trưởng|chủ\s+tịch|chủ\s+nhiệm)(?!\w)")


def head_given(doc: Doc, people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """For each person, whether the text names them only as the head a body is given (_HEAD_GIVEN_BEFORE,
    _HEAD_GIVEN_AFTER) and never as speaking: "Thủ tướng ... thành lập Ban Chỉ đạo do Phó Thủ tướng Vương Đình Huệ làm
    trưởng ban" tells of the board, not of one who sat."""
    low = doc.low

    def told_of(person: tuple[Person, list[Span]]) -> bool:
        ends = dict(person[1])  # (the person's own spans: another's at the same start is no end of theirs)

        def object_at(start: int) -> bool:
            return bool(_HEAD_GIVEN_BEFORE.search(low, max(0, start - 70), start)) \
                and bool(_HEAD_GIVEN_AFTER.match(low, ends[start]))

        return _only_told_of([person], object_at, lambda start, end: _says_after(low, end))[0]

    return [told_of(person) for person in people]


#: what a host at a press conference does after their name, beside people_speaks.txt: "Kết thúc họp báo, Bộ trưởng
#: Bộ Thông tin và Truyền thông Trương Minh Tuấn kêu gọi báo chí ..."
_HOST_DOES = re.compile(r"(?:" + lexicon.alternation((fold(w) for w in lexicon.words("people_press_hosts_do.txt")),
                                                     word_start=True) + r")(?!\w)")
#: a bracket right after the name ("Julian Draxler (23/Paris St. Germain) chia sẻ")
_BRACKET_AFTER = re.compile(r"\s*\([^()]{0,80}\)\s*")
#: a line that opens on the name and gives the floor (a Q&A: "Ông Nguyễn Mạnh Khương: ...", "Ông X (Bộ Y): ...")
_GIVEN_THE_FLOOR = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?:")
_QUOTE_CLOSED = re.compile(r"[”\"]\s*[,–-]\s*(?:[^\W\d_]+\s+){0,6}$")
#: their words named after them: "Phát biểu của Jim Mattis tại họp báo Tokyo", "Đó là khẳng định của Bộ trưởng Bộ Y tế
#: Nguyễn Thị Kim Tiến", "đây là ý kiến chỉ đạo của ông Nguyễn Đức Long"
_ANSWER_WORDS_OF = re.compile(r"(?<!\w)(?:phát biểu|bài phát biểu|ý kiến|lời|câu trả lời|trả lời|khẳng định|yêu cầu|"
                              r"chỉ đạo|nhận định) của\s+(?:\w+\s+){0,2}$")
#: one handed something there by the host: "Lý Nhã Kỳ trao tượng trưng 700.000 Euro chi phí quảng bá ... cho ông Bùi Tá
#: Hoàng Vũ, Giám đốc Sở Du lịch TP.HCM" (a gift or a cheque handed over on the stage)
_HANDED_TO = re.compile(r"(?<!\w)(?:trao|tặng|trao tặng|trao tượng trưng|trao lại|bàn giao)(?!\w)[^;:!?\n]{0,100}?"
                        r"(?<!\w)cho\s+(?:[^\W\d_]+\s+){0,3}$")
#: the speaker led in by "Theo" and a long title, the name closed by a comma: "Theo Tổng thống Ba Lan Andrzej Duda, ..."
_BY_THEO_TITLED = re.compile(r"(?<!\w)theo\s+(?:[^\W\d_]+\s+){0,8}$")
#: a sentence whose subject refers back to the one named before and speaks: "HLV người Bồ Đào Nha cho rằng", "Ông
#: cũng cho biết", "Vị tướng này nói" (a few words, no name, then a report verb)
_BACK_SPEAKS = re.compile(r"\W*(?:[^\W\d_]+\s+){1,6}?(?:cũng\s+|còn\s+|đã\s+)?(?:cho biết|cho hay|nói|cho rằng|"
                          r"khẳng định|nhấn mạnh|chia sẻ|thừa nhận|giải thích|tuyên bố)(?!\w)")


#: a team named by its coach, the coach's title right before the name: "Thầy trò HLV Stanislav Cherchesov", "đoàn quân
#: của HLV Nguyễn Hữu Thắng" (people_coach_teams.txt)
_COACHS_TEAM = re.compile(r"(?<!\w)(?:" + lexicon.alternation(lexicon.words("people_coach_teams.txt"), spaces=True)
                          + r")\s+(?:" + lexicon.alternation(lexicon.words("detect_coaches.txt"), spaces=True)
                          + r")(?:\s+trưởng)?\s+$")
_COACHS_TEAM_REACH = 50


def told_of_at_press(doc: Doc, people: list[tuple[Person, list[Span]]], at: int | None = None,
                     title: str | None = None) -> list[bool]:
    """At a press conference, for each person, whether no mention places them there: never in the event's own
    sentence nor in one that names a meeting, with no part (a role, a presentation, a guest list), never speaking in
    their own clause (a verb of people_speaks.txt or _HOST_DOES before the next person's name, "Theo ông X", a colon
    after the name, "Phát biểu của X", "Theo Tổng thống Ba Lan Andrzej Duda,", or the next sentence's subject that
    refers back to them speaking: "HLV người Bồ Đào Nha cho rằng"), not led by a scholar's title, not named in the
    article's title. A press conference's attendees are the hosts who speak and answer; those the answers are about
    are told of: the officials of a discipline story ("Cũng theo ông Hạnh, ông Trương Đạt (Phó giám đốc Sở TN-MT,
    trưởng đoàn đi công tác hôm xảy ra vụ việc) là cán bộ thuộc Ban Thường vụ Tỉnh ủy quản lý", "Người ký quyết định
    thời điểm đó là bà Phạm Thị Thanh Trà - Chủ tịch UBND tỉnh Yên Bái"), the one a spokesman's words are about ("Ông
    Spicer cho biết Tổng thống Mỹ Donald Trump đã mời Thủ tướng Nhật Bản Shinzo Abe ..."), a suspect ("bắt giam đối với
    bị can Bùi Mạnh Quốc (31 tuổi, ở Bắc Ninh)"). Never all of them: a press conference whose every named person
    would go is one whose hosts the text names only that way."""
    low = doc.low
    starts, own = _sentences_and_own(doc, at)
    named = sorted(start for _, spans in people for start, _ in spans)
    headline = f" {fold(title)} " if title else ""

    def in_title(person: Person) -> bool:
        name = fold(person.name)
        words = name.split()
        return bool(headline) and (f" {name} " in headline or f" {name}," in headline or f" {name}:" in headline
                                   or len(words) > 1 and looks_foreign(person.name.split()) and len(words[-1]) >= 4
                                   and next(lexicon.whole_words(headline, words[-1]), None) is not None)

    def there(start: int, end: int) -> bool:
        if _COACHS_TEAM.search(low, max(0, start - _COACHS_TEAM_REACH), start):
            return False  # (the team named by its coach: "Thầy trò HLV Stanislav Cherchesov đặt quyết tâm ...")
        index, first, last = _sentence_at(doc, starts, start)
        if index == own or any_kind_pattern().search(low, first, last) or _roles(doc, start, end) \
                or _PRESENTS.search(low, first, last) or _BY_THEO.search(low, max(first, start - 20), start) \
                or _SCHOLAR.search(low, max(0, start - 12), start) or _GIVEN_THE_FLOOR.match(low, end) \
                or _ANSWER_WORDS_OF.search(low, max(first, start - 40), start) \
                or _HANDED_TO.search(low, max(first, start - 130), start) \
                or _BY_THEO_TITLED.search(low, max(first, start - 70), start) and low[end:end + 1] == ",":
            return True
        following = bisect_right(named, end)
        stop = min(last, named[following]) if following < len(named) else last  # (their own clause)
        # (or their words around the name: a colon in their clause, "Ông Hoàng Như Cương, Phó Ban quản lý đường sắt đô
        # thị, bổ sung:", a quotation closed right before it, "... trên sân Mỹ Đình", tiền đạo Nguyễn Công Phượng")
        after = _BRACKET_AFTER.match(low, end)  # (past a bracket the sentence split cuts: "Julian Draxler (23/Paris St.
        # Germain) chia sẻ:")
        if after and (_SPEAKS.match(low, after.end()) or _HOST_DOES.match(low, after.end())
                      or _REPORTS.match(low, after.end())):
            return True
        if _SPEAKS.search(low, end, stop) or _HOST_DOES.search(low, end, stop) or ":" in low[end:stop] \
                or _QUOTE_CLOSED.search(low, max(0, start - 40), start):
            return True
        # (or the next sentence's subject, no one else named before its verb, refers back to them and speaks)
        if index + 1 < len(starts) and (following >= len(named) or named[following] > starts[index + 1] + 60):
            return bool(_BACK_SPEAKS.match(low, starts[index + 1], min(len(low), starts[index + 1] + 60)))
        return False

    def mentions(person: Person, spans: list[Span]) -> list[Span]:
        # (every place the text writes the name: "Jim Mattis nói tại cuộc họp báo Tokyo"; a foreign name also by its
        # last word, "ông Löw")
        words = person.name.lower().split()
        return _mentions(low, [" ".join(words)] + ([words[-1]] if len(words) > 1 and len(words[-1]) >= 4
                                                   and looks_foreign(person.name.split()) else []), spans)

    flags = [bool(spans) and not in_title(person)
             and not any(there(start, end) for start, end in mentions(person, spans)) for person, spans in people]
    return [False] * len(flags) if flags and all(flags) else flags


def _says_after(low: str, end: int) -> bool:
    """Whether a report verb follows a name that ends at `end` ("ông X cho biết", "ông X (Bộ Y) nói")."""
    return bool(_REPORTS.match(low, end + 1) or _REPORTS.match(low, min(len(low), end + 2)))


def _only_told_of(people: list[tuple[Person, list[Span]]], object_at: Callable[[int], bool],
                  speaks_at: Callable[[int, int], bool]) -> list[bool]:
    """For each person, whether some span that names them is what a decision is about (`object_at` its start) and
    none speaks or takes a part (`speaks_at` its start and end): who a story is about, not one at the event."""
    return [bool(spans) and any(object_at(s) for s, _ in spans) and not any(speaks_at(s, e) for s, e in spans)
            for _, spans in people]


#: a personnel change just before the name: the one elected to a post or replaced in it, whom the story of the
#: vote tells of, not one of those who voted ("đã bất ngờ bầu ông Nguyễn Đức Hưởng làm Chủ tịch HĐQT, thay cho ông
#: Dương Công Minh", "đồng thời bầu Tổng giám đốc Phạm Doãn Sơn giữ chức Phó Chủ tịch thường trực", "Hội nghị đã bầu
#: (bổ sung) anh Trần Trọng Đại", "bầu trực tiếp bà Nguyễn Ngọc Đan Thanh làm chủ tịch CĐ", "ông Trương Công Thắng,
#: người thay ông Nguyễn Đăng Quang làm Chủ tịch Masan Consumer")
_RESHUFFLED = lexicon.WordLed(r"(?<!\w)(?:bầu(?:\s+(?:bổ\s+sung|trực\s+tiếp|lại))?|thay\s+(?:cho|thế(?:\s+cho)?)|"
                              r"người\s+thay(?:\s+thế)?)\s+(?:\(bổ\s+sung\)\s+)?"
                              r"(?:(?:ông|bà|anh|chị|đồng\s+chí)\s+|(?P<title>(?:[^\W\d_]+\s+){1,4}))$")


#: ... or a candidacy told after the name, in the name's own clause: the one who stands or is put forward for a post
#: ("ông Trần Khắc Tâm - Tổng Giám đốc Công ty TNHH Trần Liên Hưng, tự ứng cử tại Sóc Trăng", "Tổng Bí thư Nguyễn Phú
#: Trọng ứng cử ở Hà Nội", "Bà Lộc sinh năm 1993 tại Nghệ An, được giới thiệu bầu bổ sung"; not one elected there, who
#: may be at the congress: "Ông Lê Quốc Việt, nguyên Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, được bầu làm Chủ tịch Hội";
#: nor "ứng cử viên", a candidate's title that goes with what they do, nor candidates counted: "Tổng thư ký Quốc hội Bùi
#: Văn Cường cho biết, ... có 393 người ứng cử là phụ nữ")
_STANDS_AFTER = re.compile(r"[^.;:!?\n“”\"]{0,100}?(?<!\w)(?<!người\s)(?<!số\s)(?:(?:tự\s+)?ứng\s+cử(?!\s+viên)|"
                           r"được\s+(?:giới\s+thiệu\s+(?:ứng\s+cử|bầu)|đề\s+cử))(?!\w)")
#: ... or one told, right after the name, as having won an election: a foreign leader the story recalls ("khi ông
#: Donald Trump đắc cử Tổng thống Mỹ", "Ngài Moon Jae-in nhân dịp đắc cử Tổng thống Hàn Quốc"), the winner of a
#: congress's vote ("Thứ trưởng Bộ TT&TT Nguyễn Minh Hồng vừa đắc cử trở thành Chủ tịch Hội", "Bà Lê Thị Hoa trúng cử
#: thành viên HĐQT độc lập"); not "tái đắc cử", a past term in a biography, nor a title or a clause about one there
#: ("hội đàm với Tổng thống đắc cử Pháp Emmanuel Macron", "ông Nguyễn Văn Hùng, người vừa trúng cử đại biểu Quốc hội",
#: "ông Dương Công Minh có tỷ lệ trúng cử cao nhất"; review 53)
_WON_AFTER = re.compile(r"\s+(?:(?:đã|vừa|mới)\s+)?(?:nhân\s+dịp\s+)?(?:trúng|đắc)\s+cử(?!\w)")


def reshuffled(doc: Doc, people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """For each person, whether the text names them as the one elected to a post or replaced in it (_RESHUFFLED), or
    as a candidate (_STANDS_AFTER, no one else named between) or the winner of an election (_WON_AFTER), and never as speaking or
    with a part at the event: a personnel story's subject, told of by the vote ("Đại hội đồng cổ đông bất thường ...
    đã bất ngờ bầu ông Nguyễn Đức Hưởng làm Chủ tịch HĐQT, thay cho ông Dương Công Minh"), not one there (the new
    chair who then speaks: "ông Hoàng Vĩnh Bảo nói")."""
    low = doc.low

    def object_at(start: int) -> bool:
        found = _RESHUFFLED.search(low, max(0, start - 60), start)
        # (a title between the verb and the name is the person's own: "bầu Tổng giám đốc Phạm Doãn Sơn")
        return bool(found) and (not found.group("title")
                                or bool(_patterns()["position"].fullmatch(found.group("title").rstrip())))

    def told_of(index: int) -> bool:
        ends = dict(people[index][1])  # (the person's own spans: another's at the same start is no end of theirs)
        # (no one else named between the name and the candidacy: the person's own name again there is no one else)
        others = sorted(start for other, (_, spans) in enumerate(people) if other != index for start, _ in spans)

        def stands(start: int) -> bool:
            found = _STANDS_AFTER.match(low, ends[start]) or _WON_AFTER.match(low, ends[start])
            return bool(found) and bisect_right(others, start) == bisect_left(others, found.end())

        return _only_told_of([people[index]], lambda start: object_at(start) or stands(start),
                             lambda start, end: _says_after(low, end) or bool(_roles(doc, start, end)))[0]

    return [told_of(index) for index in range(len(people))]


#: one named only as who invited a visit, or who signed, issued or approved a paper, told as background: "theo lời mời
#: của Chủ tịch WEF, ông Klaus Schwab", "Nhận lời mời của Tổng Bí thư ..., Chủ tịch nước CHND Trung Hoa Tập Cận Bình"
#: (no one else named between: "theo lời mời của Tổng thống Pháp Emmanuel Macron, Tổng thống Nga Putin sẽ có cuộc gặp
#: ông Macron"), "văn bản do Thứ trưởng Huỳnh Vĩnh Ái ký ngày 2/6", "đã được Phó Thủ tướng Trịnh Đình Dũng chấp thuận
#: tại cuộc họp Chính phủ ngày 20-1", "bảng danh vị do Chủ tịch FIFA Gianni Infantino ký", "Thủ tướng Nguyễn Xuân Phúc
#: đã ký quyết định"; or as the one regards or an invitation are sent to ("Chủ tịch nước Trần Đại Quang gửi tới Tổng
#: thống Yemen Abdrabbuh Mansur Hadi lời thăm hỏi", "chuyển lời mời ... tới Tổng thống Daniel Ortega và Phó tổng thống
#: Rosario Murillo"), or from ("trân trọng chuyển tới Chủ tịch nước lời thăm hỏi của đồng chí Raul Castro")
_INVITED_BY = re.compile(r"(?<!\w)lời\s+mời\s+của\s+[^.;:!?\n]{0,120}$")
#: (the inviter's name closes the phrase: "ông Klaus Schwab.", "Tập Cận Bình, sáng 11/5, ..."; not the subject who
#: goes on: "theo lời mời của Tổng thống Pháp Emmanuel Macron, Tổng thống Nga Vladimir Putin có cuộc gặp ...")
_INVITER_ENDS = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:[,.;:!?\n]|$)")
_SENT_TO = re.compile(r"(?<!\w)(?:gửi|chuyển)(?!\w)[^.;:!?\n]{0,80}?(?<!\w)(?:tới|đến)\s+[^.;:!?\n]{0,80}$")
#: ... or the one invited, named right after the invitation, to come to what the invitation tells of: "Thủ tướng Nguyễn
#: Xuân Phúc trân trọng chuyển lời mời Thủ tướng Canada Justin Trudeau dự APEC 2017 và thăm chính thức Việt Nam",
#: "chuyển lời mời Tổng thống Hàn Quốc Moon Jae-in sang tham dự Hội nghị cấp cao APEC 2017" (a visit ahead)
_INVITES = re.compile(r"(?<!\w)(?:gửi|chuyển|trao|nhắc\s+lại)\s+lời\s+mời\s+(?!của)(?:[^\W\d_]+\s+){0,10}$")
_INVITEE_GOES = re.compile(r"\s+(?:sang\s+|tới\s+|đến\s+)?(?:dự|tham\s+dự|thăm|sang|tới|đến)(?!\w)")
#: ... or the one whose visit ahead is welcomed, named right after the welcome: "bày tỏ vui mừng đón Tổng thống Liên
#: bang Nga Vladimir Putin sang thăm Việt Nam và dự Hội nghị cấp cao APEC 2017", "bày tỏ vui mừng trước việc Chủ tịch
#: Quốc hội Nguyễn Thị Kim Ngân sẽ dẫn đầu đoàn đại biểu Quốc hội Việt Nam tham dự Đại hội đồng IPU-137"
#: (not the guest of the day: "bày tỏ vui mừng đón tiếp Hoàng hậu Hà Lan Máxima Zorreguieta Cerruti thăm Việt Nam")
_WELCOMES = re.compile(r"(?<!\w)(?:vui\s+mừng|hoan\s+nghênh|mong|sẵn\s+sàng)\s+"
                       r"(?:(?:trước|về)\s+việc|(?:được\s+)?đón(?!\s+tiếp))\s+(?:[^\W\d_]+\s+){0,10}$")
_WELCOMED_GOES = re.compile(r"\s+(?:sẽ\s+)?(?:dẫn\s+đầu|dự|tham\s+dự|thăm|sang|tới|đến)(?!\w)")
#: the phrases above that name the one they tell of right after them, and what must follow the name
_NAMED_BETWEEN = ((_INVITED_BY, _INVITER_ENDS), (_INVITES, _INVITEE_GOES), (_WELCOMES, _WELCOMED_GOES))
_WORDS_SENT = re.compile(r"(?<!\w)lời(?!\w)")
_CLAUSE_END = re.compile(r"[.!?;\n]")
_DONE_BY = re.compile(r"(?<!\w)(?:do|được|bởi)\s+[^,.;:!?\n]{0,50}$")
_SIGNED = r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:(?:đã|vừa|mới)\s+)?"
#: the verbs a paper is signed, issued or approved with ("ký", "ban hành", "phê duyệt"; not "ký kết", an agreement)
_SIGN_VERBS = r"ký(?!\s+kết)|ban\s+hành|phê\s+duyệt"
_SIGNS = re.compile(_SIGNED + r"(?:" + _SIGN_VERBS + r"|chấp\s+thuận|gửi\s+(?:thư|điện|lẵng))(?!\w)")
_PAPERS = lexicon.alternation((fold(w) for w in lexicon.tagged("directions_documents.txt", "paper")), spaces=True)
#: ... the papers told with the signer's post between: directions_documents.txt's "sent" and the invitations
_PAPERS_SENT = lexicon.alternation((fold(w) for w in (*lexicon.tagged("directions_documents.txt", "sent"),
                                                       *lexicon.words("papers_sent.txt"))), spaces=True)
#: ... its signer told with the post between, or as who "has" a paper sent out: "Hôm qua ông Nguyễn Thành Tiến, Phó
#: Chánh Văn phòng UBND TP Đà Nẵng, ký giấy mời", "Phó Thủ tướng Thường trực Trương Hòa Bình có văn bản yêu cầu Bộ
#: Công an ...", "Tổng Thư ký Quốc hội Nguyễn Hạnh Phúc đã có văn bản gửi các vị đại biểu" (not one the same sentence
#: places at a meeting too: "Bộ trưởng X đã có văn bản báo cáo ... và đã thực hiện việc báo cáo tại phiên họp Chính
#: phủ"; not "có kế hoạch", a plan; an invitation is no paper that asks or orders, so no "paper"); signed with
#: "kí" too, and (in both branches) approved: "phê duyệt quyết định"
_SIGNS_A_PAPER = re.compile(_SIGNED + r"(?:kí|" + _SIGN_VERBS + r")\s+(?:" + _PAPERS + r")(?!\w)"
                            r"|(?:\s*,[^,.;:!?\n“”\"]{3,80},|(?=\s+(?:(?:đã|vừa|mới)\s+)?có\s))" + _SIGNED
                            + r"(?:kí|" + _SIGN_VERBS + r"|có)\s+(?:" + _PAPERS_SENT + r")(?!\w)"
                            r"(?![^.;!?\n]*?(?<!\w)tại\s+(?:phiên|cuộc|buổi|hội\s+nghị|kỳ\s+họp)(?!\w))")
_INVITE_REACH = 150


def signed_or_invited(doc: Doc, people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """For each person, whether every span that names them is the one who invited a visit (_INVITED_BY, with no other
    person named between and the phrase closed after the name), who signed, issued or approved a paper (_DONE_BY ...
    _SIGNS, or _SIGNS_A_PAPER), or the one regards or an invitation are sent to or from (_SENT_TO, with "lời" in the
    clause), or the one invited to come (_INVITES ... _INVITEE_GOES, no one else named between), or whose visit ahead is
    welcomed (_WELCOMES ... _WELCOMED_GOES, likewise): the author or the addressee of what the story tells of, not one
    placed at the event."""
    low = doc.low
    named = sorted(start for _, spans in people for start, _ in spans)

    def authored(start: int, end: int) -> bool:
        lead = max(0, start - _INVITE_REACH)
        clause = max(lead, *(low.rfind(mark, lead, start) + 1 for mark in ".!?;\n"))
        if _SIGNS_A_PAPER.match(low, end) or _SIGNS.match(low, end) and _DONE_BY.search(low, clause, start):
            return True
        for before, after in _NAMED_BETWEEN:
            found = before.search(low, clause, start)
            if found and bisect_right(named, found.start()) == bisect_left(named, start) and after.match(low, end):
                return True  # (no one else named between)
        sent = _SENT_TO.search(low, clause, start)
        stop = _CLAUSE_END.search(low, end, end + _INVITE_REACH)
        return bool(sent) and bool(_WORDS_SENT.search(low, sent.start(), stop.start() if stop else end + _INVITE_REACH))
    return _every_span(people, authored)


#: what puts a listed person at the event, or in a picture of it, besides a role (people_roles.txt) or a report verb
#: (answering a parliament's questions too: "4 Bộ trưởng sẽ lần lượt trả lời chất vấn ... gồm: ..."; not the "dự" of
#: an alternate member or a plan: "Ủy viên dự khuyết Trung ương Đảng", "dự kiến")
_PRESENT = re.compile(r"(?<!\w)(?:tham dự|dự(?!\s+(?:khuyết|kiến|án|thảo|báo|toán|định|trữ|thi))|có mặt|chứng kiến|"
                      r"cắt băng|trao|tiếp|hội đàm|gặp|làm việc|dẫn đầu|đón|thăm|trả lời|từ trái|ảnh)(?!\w)"
                      r"|\((?:trái|phải|giữa)")
#: people named in one sentence that make it a roster when nothing puts them at the event
_ROSTER = 3
#: what a roster is of: a body's members ("Trong 62 ủy viên, có tên ông A, ...; ông B, ..."), candidates, the people a
#: decision or a case is about
_ROSTER_OF = re.compile(r"(?<!\w)(?:\d+\s+(?:thành viên|ủy viên)|có tên|thành viên (?:hđqt|hội đồng quản trị)|ứng viên|ứng cử viên|miễn nhiệm|bãi nhiệm|bầu|đề cử|ứng cử|bổ nhiệm|"
                        r"từ nhiệm|đổi chủ|kỷ luật|khởi tố|bị cáo|bị can)(?!\w)"
                        # a body's members listed ("Các Phó ban ... chuyên trách, gồm: ông A, ...; ông B, ..."), or its
                        # office holders named by their form of address ("Ban Kinh tế Trung ương còn có 8 phó trưởng
                        # ban, gồm các ông Cao Đức Phát, ...", "Phó Chủ tịch Hội gồm các ông: ...", "8 Phó Giám đốc
                        # gồm các ông bà: ...")
                        r"|gồm\s*:|gồm\s+các\s+(?:ông|bà|đồng\s+chí)(?!\w)")


#: a junior or senior: "Trump Jr" is "Donald Trump Jr", not "Donald Trump"
_GENERATION = frozenset({"jr", "jr.", "sr", "sr."})


def _glued(word: str) -> bool:
    """A Vietnamese word with its tone marks, glued after a foreign name: "Mới", "Tân" (not "Frías")."""
    return not word.isascii() and is_vietnamese_syllable(word)


#: a foreign middle name told by its initial: "J.", "W."
_INITIAL = re.compile(r"[A-Z]\.")

#: the middle names that mark a Vietnamese name as a woman's or a man's, which a report may leave out once
_MIDDLE_MARKS = frozenset({"Thị", "Văn"})


def _one_word_slip(a: list[str], b: list[str], shortest: int = 5) -> bool:
    """Whether two names of as many words differ in one word only, of five letters or more, by at most two letters
    added, dropped or changed (`shortest` 4: of four letters, by one, "Kim Yong Jae" / "Kim Young Jae")."""
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if min(len(x), len(y)) < shortest or abs(len(x) - len(y)) > 2 or x[0].lower() != y[0].lower():
        return False
    return _edits(x, y) <= (2 if min(len(x), len(y)) >= 5 else 1)


def _edits(x: str, y: str) -> int:
    """The letters added, dropped or changed to write `x` as `y` (edit distance, row by row)."""
    previous = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        current = [i]
        for j, cy in enumerate(y, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (cx != cy)))
        previous = current
    return previous[-1]


def _one_name_twice(a: Person, b: Person) -> bool:
    """Whether two whole Vietnamese names of as many words (three or more) are one person's, written two ways: they
    differ in one word only, the family name ("Phó Chủ nhiệm Văn phòng Chính phủ Nguyễn Cao Lục" / "... Đỗ Cao Lục",
    "Đại biểu Đinh Thị Kiều Trinh" / "Đại biểu Nguyễn Thị Kiều Trinh") or one letter of another word ("ông La Khanh
    Thụy, Chủ tịch ..." / "ông La Khang Thụy"), and they hold one title: the same job (in the same body, where both
    name one), or a job for one and none at all for the other (not two names told with no job at all)."""
    x, y = a.name.split(), b.name.split()
    if len(x) != len(y) or len(x) < 3 or not (is_vietnamese_name(a.name) and is_vietnamese_name(b.name)):
        return False
    differ = [i for i, (u, v) in enumerate(zip(x, y)) if fold(u) != fold(v)]
    if len(differ) != 1:
        return False
    i = differ[0]
    u, v = strip_accents(fold(x[i])), strip_accents(fold(y[i]))
    if not (is_surname(x[i]) and is_surname(y[i]) if i == 0 else len(u) == len(v) and _edits(u, v) == 1):
        return False
    jobs = [fold(p.position) if p.position else None for p in (a, b)]
    bodies = [fold(p.organization) if p.organization else None for p in (a, b)]
    if jobs[0] and jobs[1]:
        return jobs[0] == jobs[1] and (None in bodies or bodies[0] == bodies[1])
    untitled = 1 if jobs[0] else 0
    return bool(jobs[1 - untitled]) and bodies[untitled] is None


#: a letter written twice in a foreign name
_DOUBLED = re.compile(r"([^\W\d_])\1")


def _kept_spelling(short: list[str], long: list[str]) -> str | None:
    """_spelling_kept, and for two foreign names, the same blind to their accents and doubled letters: "Juan Esteban
    Lazo Hernández" / "Esteban Lazo Hernandez" (a foreign name told again by its last words, its accent once left out),
    "Mahn Winn Khaing Thann" / "Mahn Win Khaing Than"."""
    kept = _spelling_kept(short, long)
    if kept is None and looks_foreign(short) and looks_foreign(long):
        plain_short = [_DOUBLED.sub(r"\1", strip_accents(w)) for w in short]
        plain_long = [_DOUBLED.sub(r"\1", strip_accents(w)) for w in long]
        if (plain_short, plain_long) != (short, long):
            kept = _spelling_kept(plain_short, plain_long)
    return kept


def _spelling_kept(short: list[str], long: list[str]) -> str | None:
    """Whether the name `short` and the longer `long` are one name written twice, and which spelling is whole:
    "long" when `short` is cut ("Mauricio Macr" / "Mauricio Macri", "Đinh La" / "Đinh La Thăng", "Trump Jr" /
    "Donald Trump Jr"), "short" when the next sentence's Vietnamese word is glued to a foreign name ("Donald Trump" /
    "Donald Trump Mới"); None when they are two names."""
    if "".join(short).replace("-", "").casefold() == "".join(long).replace("-", "").casefold():
        return "same"  # one name split two ways: "Nay Yblung" / "Nay Y Blung", "Yoon Jong-keun" / "Yoon Jong Keun"
    if len(short) == len(long) and short[-1] == long[-1] and len(short) >= 2 and all(
            len(word) == 2 and word[1] == "." and whole.startswith(word[0]) for word, whole in zip(short, long[:-1])):
        return "long"  # the given names told by their initials: "V. Putin" / "Vladimir Putin"
    split = " ".join(long).replace(".", ". ").split()  # (an initial glued to the family name: "Wilbur L.Ross")
    if len(split) == len(short) + 1 and len(short) >= 2 and looks_foreign(short) and any(
            split[:k] + split[k + 1:] == short and _INITIAL.fullmatch(split[k]) for k in range(1, len(short))):
        return "same"  # a foreign middle initial written once: "Donald J. Trump" / "Donald Trump", "Wilbur L.Ross" /
        # "Wilbur Ross" (the spelling written more often is kept)
    if len(short) == len(long) == 2 and short == long[::-1] and looks_foreign(short):
        return "same"  # a Japanese name told in both orders, the family name first in a caption and last in the text:
        # "Bộ trưởng Kinh tế, Thương mại và Công nghiệp Nhật Bản Seko Hiroshige" / "Bộ trưởng Hiroshige Seko" (the
        # spelling written more often is kept)
    if len(short) == len(long):  # the last word cut: "Donald Trum"
        cut = short[:-1] == long[:-1] and long[-1].startswith(short[-1]) and len(long[-1]) - len(short[-1]) <= 2
        if cut:
            return "long"
        # ... or a foreign name with a slip in one word: "Frank Bernhardt" / "Frank Bernahardt", "Mujahidul Islam Selim"
        # / "Mudahidun Islam Selim" (the spelling written more often is kept)
        return "same" if len(short) >= 2 and looks_foreign(long) and looks_foreign(short) and _one_word_slip(short, long) \
            else None
    if len(short) >= 2 and long[len(long) - len(short):] == short and is_country(long) == len(long) - len(short) \
            and looks_foreign(short):
        return "short"  # the city before a foreign name glued to it: "Thị trưởng Rotterdam Ahmed Aboutaleb"
    if len(long) == len(short) + 1 and len(short) >= 3 and long[1:] == short and is_surname(short[0]) \
            and not looks_foreign(short):
        return "short"  # the last word of a body's name glued before a full Vietnamese name: "Hiệu trưởng trường Sen
        # Vàng Phạm Thị Tân" / "bà Phạm Thị Tân"
    if len(long) == len(short) + 1 and long[:-1] == short:
        if len(short) == 1 and _REGNAL.fullmatch(" " + long[-1]) and looks_foreign(short):
            return "long"  # a king's or a pope's name told again without their number: "Nhà vua Tây Ban Nha Felipe VI"
            # / "Nhà vua Felipe"
        if looks_foreign(short) and _glued(long[-1]):
            return "short"
        return "long" if len(short) == 2 and not looks_foreign(long) else None  # a two-word Vietnamese name cut
    if len(short) == 2 and len(long) in (3, 4) and long[-2:] == short and is_surname(long[0]) \
            and not looks_foreign(long):
        return "long"  # a Vietnamese name told again by its last two words: "Nguyễn Hoàng Ánh" / "bà Hoàng Ánh"
    if len(long) == len(short) + 1 and len(short) >= 2 and long[0] == short[0] and long[2:] == short[1:] \
            and long[1] in _MIDDLE_MARKS and is_surname(long[0]):
        return "long"  # the middle name a report left out once: "Bộ trưởng Bộ Y tế Nguyễn Kim Tiến" / "Nguyễn Thị Kim Tiến"
    if len(short) >= 2 and long[len(long) - len(short):] == short and looks_foreign(long) and not is_country(long):
        return "long"  # a foreign name told again by its last words: "Mohammed bin Abdulrahman Al Thani" / "Al Thani"
    return "long" if long[1:] == short and short[-1].lower() in _GENERATION else None  # "Trump Jr"


#: what tells a private person (people_private_descriptions.txt): "người dân", "tài xế", "chủ hộ"
_PRIVATE_WORDS = lexicon.alternation(lexicon.words("people_private_descriptions.txt"), spaces=True)
#: a private person's particulars told right after their name, their birth year, age or home, or what they are: "bà Vũ
#: Thị Tân (SN 1983, ở Ba Đình, Hà Nội)", "chị Đỗ Phương Nhung, 29 tuổi", "Ông Trần Văn Nam, người dân xã Tân Phú"
_PARTICULARS = re.compile(r"\s*[,(]\s*(?:(?:sinh năm|\d{1,3}\s+tuổi|quê|ngụ|trú|" + _PRIVATE_WORDS + r")(?!\w)|sn\s*\d)",
                          re.IGNORECASE)


def _introduced(text: str, spans: list[Span]) -> bool:
    """Whether a name is told with a private person's particulars (_PARTICULARS) at one of `spans`: someone introduced
    in their own right, not a second spelling of one named before ("Hiệu trưởng trường Sen Vàng Phạm Thị Tân nói" /
    "Chủ cơ sở này là bà Vũ Thị Tân (SN 1983, ở Ba Đình, Hà Nội)")."""
    return any(_PARTICULARS.match(text, end) for _, end in spans)


def _written(found: tuple[Person, list[Span]], text: str | None) -> tuple[int, int]:
    """How often a person's spelling is written in full in the text (not a later "ông Hiệp"; without the text, how
    often they are named), then how early (the first of two written as often)."""
    person, spans = found
    return text.count(person.name) if text else len(spans), -min(spans, default=(0, 0))[0]


def merge_spellings(people: list[tuple[Person, list[Span]]],
                    text: str | None = None) -> list[tuple[Person, list[Span]]]:
    """One person for two spellings of one name in a record (a name cut short, or glued to the next word): the
    person keeps the spelling that is whole, and the spans of both. Of one name with a word written two ways, the
    spelling `text` (the article) writes more often is kept."""
    names = [p.name.split() for p, _ in people]
    into: dict[int, int] = {}
    titled: dict[int, Person] = {}
    # (a name written two ways, _one_name_twice, with only the one other spelling: of "Phó Chủ tịch UBND xã Nguyễn Văn
    # Hùng", "Trần Văn Hùng" and "Lê Văn Hùng", two at least are other people, and none is taken for his)
    partners = Counter(k for a, b in itertools.combinations(range(len(people)), 2)
                       if _one_name_twice(people[a][0], people[b][0]) for k in (a, b))
    for i, short in enumerate(names):
        for j, long in enumerate(names):
            if i == j or j in into or (len(" ".join(short)), i) >= (len(" ".join(long)), j):
                continue  # (two spellings of one length, "Yoon Jong-keun" / "Yoon Jong Keun": weighed once)
            kept = _kept_spelling(short, long)
            if kept is None and (partners[i] == partners[j] == 1 and _one_name_twice(people[i][0], people[j][0])
                                 or len(short) == len(long) >= 2
                                 and looks_foreign(short) and looks_foreign(long)
                                 and _one_word_slip(short, long, shortest=4)) \
                    and not (text and _introduced(text, people[i][1] + people[j][1])):
                # (one name with a word written two ways: the spelling written more often; of two written as often,
                # the first, as for the spellings of one key, _Group.name: "Kim Yong Jae" in the list of those at the
                # press conference, "Kim Young Jae" in a quote after it)
                first = _written(people[i], text) >= _written(people[j], text)
                drop, keep = (j, i) if first else (i, j)
                if drop not in into and keep not in into:
                    into[drop] = keep
                    if not (people[keep][0].position or people[keep][0].organization):
                        # (the title told with the other spelling is theirs)
                        titled[keep] = people[keep][0].model_copy(update={
                            "position": people[drop][0].position, "organization": people[drop][0].organization})
                break
            if kept is None:
                continue
            # (a cut word, or one name split two ways: the spelling written more often, "Donald Trump" over a typo
            # "Donald Trumph")
            typo = (len(long) == len(short) or kept == "same") and len(people[i][1]) > len(people[j][1]) \
                or kept == "same" and len(" ".join(short)) == len(" ".join(long)) \
                and len(people[i][1]) == len(people[j][1])
            if kept == "same" and len(short) == len(long) and text \
                    and (told := (text.count(people[i][0].name), text.count(people[j][0].name)))[0] != told[1]:
                typo = told[0] > told[1]  # (a slip in one word: the spelling the article writes more often)
            # (and of two spellings of one length written as often, the first: i comes before j)
            drop, keep = (j, i) if kept == "short" or typo else (i, j)
            if drop not in into and keep not in into:
                into[drop] = keep
            break
    if not into:
        return people
    spans = {i: list(found[1]) for i, found in enumerate(people)}
    for drop, keep in into.items():
        spans[keep] = sorted(spans[keep] + spans[drop])
    return [(titled.get(i, person), spans[i]) for i, (person, _) in enumerate(people) if i not in into]


def rostered(doc: Doc, people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """For each person, whether every sentence that names them is a roster: three people or more, and nothing that
    puts them at the event (a role, a report verb, a caption). A board's members ("HĐQT gồm 9 thành viên: ông A (Chủ
    tịch HĐQT), ông B ..."), the people a petition is about, a chain of office holders ("từ ông A sang bà B, về ông
    C") are the article's subject matter, not the meeting's guests."""
    starts = _sentences(doc)
    named: dict[int, set[int]] = {}
    for who, (_, spans) in enumerate(people):
        for start, _ in spans:
            named.setdefault(bisect_right(starts, start) - 1, set()).add(who)

    def roster(sentence: int) -> bool:
        if len(named[sentence]) < _ROSTER:
            return False
        lo = starts[sentence]
        hi = starts[sentence + 1] if sentence + 1 < len(starts) else len(doc.low)
        return bool(_ROSTER_OF.search(doc.low, lo, hi)) and not any(
            p.search(doc.low, lo, hi) for p in (_patterns()["role"], _REPORTS, _PRESENT))

    verdict = {sentence: roster(sentence) for sentence in named}
    return _every_span(people, lambda start, _: verdict[bisect_right(starts, start) - 1])


#: a role's word that names something else: a body's part in a task ("các cơ quan chủ trì soạn thảo", "đơn vị chủ
#: trì"), a committee ("Ban Chỉ đạo"), instructions or conclusions received ("theo chỉ đạo", "nhận chỉ đạo", "thông
#: báo kết luận"; not "với sự chủ trì của ông X", which is X's part), or the spirit of someone's directions ("như tinh
#: thần chỉ đạo của Thủ tướng” - ông Đệ nói": not Đệ's; "ý kiến chỉ đạo" is left, as it is often the speaker's own:
#: "Chủ tịch nước ... dự và phát biểu ý kiến chỉ đạo")
_NOT_A_ROLE_BEFORE = re.compile(r"(?<!\w)(?:cơ quan|đơn vị|địa phương|sở|bộ|ngành|ban|theo|nhận|thông báo|văn bản|"
                                r"tinh thần|lãnh đạo\s*,)\s+$")
#: ... or, for instructions and conclusions, ones had before ("Chúng tôi nhận được chỉ đạo", "Thủ tướng đã có chỉ
#: đạo", "trong những lần chỉ đạo trước"), or management, or someone else's ("việc quản lý, chỉ đạo điều hành", "Sau
#: kết luận của Ban Bí thư"; not the person's own: "Đó là chỉ đạo của Thủ tướng Nguyễn Xuân Phúc tại hội nghị"), or
#: the noun counted or described ("thông báo các kết luận liên quan đến sai phạm", "đã có những chỉ đạo", "quan điểm
#: chỉ đạo xuyên suốt", "trong chỉ đạo, quản lý, điều hành"), or a pledge to give them later ("Bộ Y tế sẽ chỉ đạo Sở
#: Y tế", "hứa sẽ chỉ đạo các sở, ban, ngành"): none is what the person did at the meeting
_NOUN_ROLES = frozenset({"chỉ đạo", "kết luận"})
_NOT_A_NOUN_ROLE_BEFORE = re.compile(r"(?<!\w)(?:được|có|lần|sẽ)\s+$")
#: (the counted or described noun is still the person's own when they are named right after its "của": "là quan điểm
#: chỉ đạo của Thứ trưởng Bộ NN-PTNT Hà Công Tuấn trong cuộc họp")
_DESCRIBED_NOUN_ROLE_BEFORE = re.compile(r"(?<!\w)(?:các|những|quan điểm|trong)\s+$")
_NOT_A_NOUN_ROLE_AFTER = re.compile(r"\s*(?:,\s*)?điều hành(?!\w)|\s*,\s*quản lý(?!\w)|\s+của\s+")
#: how far after "của" the person's title may run before their name ("của Phó Thủ tướng Thường trực Chính phủ ")
_OWN_TITLE_REACH = 60
_CLAUSE_MARK = re.compile(r"[,;.:()\n]")
#: ... or, for a speech after the person, someone else's, named after a word or two that describe it ("Theo ông Đáp,
#: phát biểu thận trọng của đại diện Bộ NNPTNT phần nào cho thấy ...": the speech is the representative's, not Đáp's)
#: (not where or to whom it was given: "phát biểu tại hội nghị của Bộ ...", nor "của mình")
_SOMEONE_ELSES_SPEECH = re.compile(r"(?:\s+(?!(?:tại|trong|ở|với|trước|trên|tới|cho|về)(?!\w))[^\W\d_]+){1,3}?"
                                   r"\s+của\s+(?!mình(?!\w))")
#: ... or, for an opening or a closing, the ceremony or the time of it ("Tham dự lễ khai mạc", "Trước khi khai mạc"),
#: or one still to come, whose subject is the sitting ("Sáng nay, 21/06/2017, kỳ họp thứ ba, Quốc hội khóa XIV sẽ bế
#: mạc", "Kỳ họp thứ 3 ... sẽ khai mạc vào ngày 22/5/2017")
_CEREMONY_ROLES = frozenset({"khai mạc", "bế mạc"})
_NOT_A_CEREMONY_ROLE_BEFORE = re.compile(r"(?<!\w)(?:lễ|khi|sẽ)\s+$")
#: ... and, in the roles reported, the session, the day or the hour of it ("Thủ tướng Nguyễn Xuân Phúc đã tham dự
#: phiên bế mạc WEF ASEAN", "đã dự phiên khai mạc kỳ họp", "trước giờ khai mạc", "ngày khai mạc", "dự phiên họp bế
#: mạc": the person was there, they did not open or close it; such a sentence still puts them at the event)
_NOT_A_CEREMONY_ROLE_TOLD_BEFORE = re.compile(r"(?<!\w)(?:phiên|buổi|giờ|ngày|trận|tiệc)(?:\s+họp)?\s+$")
#: how far back the session, the day or the hour is looked for ("phiên họp " and room)
_CEREMONY_TOLD_REACH = 18


def _not_a_noun_role(doc: Doc, lo: int, role_start: int, role_end: int, start: int) -> bool:
    """Whether "chỉ đạo" or "kết luận" (from `role_start` to `role_end`, in the sentence from `lo`) is instructions had
    before, management or someone else's, not what the person mentioned at `start` (their title's or their name's
    start) does (_NOT_A_NOUN_ROLE_BEFORE, _NOT_A_NOUN_ROLE_AFTER)."""
    if _NOT_A_NOUN_ROLE_BEFORE.search(doc.low, max(lo, role_start - 12), role_start):
        return True
    described = bool(_DESCRIBED_NOUN_ROLE_BEFORE.search(doc.low, max(lo, role_start - 12), role_start))
    after = _NOT_A_NOUN_ROLE_AFTER.match(doc.low, role_end)
    if not after:
        return described
    if "của" not in after.group():
        return True
    # the person's own when named right after "của", their title between at most: "chỉ đạo của | Thủ tướng | Nguyễn
    # Xuân Phúc"
    return not (after.end() <= start <= after.end() + _OWN_TITLE_REACH and not _CLAUSE_MARK.search(doc.low,
                                                                                                    after.end(), start))


#: a part given to another as a task: "đề nghị | yêu cầu | giao | kiến nghị" and the one it is given to, named with a
#: capital, before the role in the same clause ("Thứ trưởng ... Hoàng Quốc Vượng đã yêu cầu Vụ Kế hoạch chủ trì, phối
#: hợp", "Thủ tướng Nguyễn Xuân Phúc giao Bộ Giao thông vận tải chủ trì thuê tư vấn", "Bà Hải đề nghị Chủ tịch TP Hà
#: Nội chỉ đạo các đơn vị"): the addressee's part, not the speaker's (not "giao thông", no capital after it, nor "Bộ
#: Ngoại giao Ấn Độ", "bàn giao", "Giám đốc Sở Giao Thông Vận Tải chủ trì")
_TASKED_ROLES = frozenset({"chủ trì", "đồng chủ trì", "chỉ đạo"})
@cache
def _task_given() -> re.Pattern[str]:
    """The verb giving a task (people_task_verbs.txt, or "giao" as directions.ASSIGN_VERB: not "Sở Giao Thông")."""
    return re.compile(r"(?<!\w)(?:" + lexicon.alternation(lexicon.words("people_task_verbs.txt"), spaces=True) + "|"
                      + ASSIGN_VERB + r"(?:\s+cho)?)\s+(?=\S)")
#: how far before the role the task's verb is looked for
_TASK_REACH = 80


def _a_task_given(doc: Doc, back: int, start: int, role_start: int) -> bool:
    """Whether a role (at `role_start`) is a task given to someone named after "đề nghị, yêu cầu, giao" (_TASK_GIVEN),
    not to the person (mentioned at `start`)."""
    verbs = list(_task_given().finditer(doc.low, max(back, role_start - _TASK_REACH), role_start))
    if not verbs:
        return False
    verb = verbs[-1]
    return (doc.text[verb.end()].isupper() and not verb.end() <= start < role_start
            and not _CLAUSE_MARK.search(doc.low, verb.end(), role_start))


@cache
def _voiced() -> re.Pattern[str]:
    """A speaker's verb before what another is said to do (tells_verbs.txt's "voices"), as whole words."""
    return re.compile(r"(?<!\w)(?:" + lexicon.alternation(lexicon.tagged("tells_verbs.txt", "voices"), spaces=True)
                      + r")(?!\w)")
#: what may open the speaker's own clause after their verb, or after the last comma past it, before their role: the
#: same subject going on ("nhấn mạnh ..., đồng thời chỉ đạo các bộ", "cho biết, sẽ chỉ đạo", "cho biết: Tôi chủ trì")
_OWN_CLAUSE = re.compile(r"[\s,:“\"]*(?:(?:và|đồng thời|cũng|sẽ|đã|đang|trực tiếp|tiếp tục|ông|bà|tôi|chúng tôi)\s+)*$")
#: ... or what joins the role to the speaker's own words right before it ("khẳng định tầm quan trọng ... và chủ trì cuộc
#: họp", "Thứ trưởng Bùi Văn Nam thông tin như vậy khi chủ trì buổi họp báo")
_OWN_GOING_ON = re.compile(r"(?<!\w)(?:và|đồng thời|rồi|khi|trong khi|để)\s+"
                           r"(?:(?:sẽ|đã|đang|cũng|trực tiếp|tiếp tục)\s+)*$")
#: how far back from the role that joining word is looked for
_GOING_ON_REACH = 40


def _voiced_of_another(doc: Doc, end: int, role_start: int) -> bool:
    """Whether a role after the person (who ends at `end`) is told, past their verb of saying, of another subject named
    with a capital in the clause before it (_voiced): "Đại biểu Đinh Duy Vượt (Gia Lai) cho rằng Chính phủ cần tập
    trung chỉ đạo quyết liệt", "Phó chủ tịch UBND TP HCM Lê Văn Khoa cho biết, Bí thư Thành ủy Nguyễn Thiện Nhân đã chỉ
    đạo ..." (what is said, not what the speaker does there; not "nhấn mạnh ..., đồng thời chỉ đạo" nor "khẳng định ...
    và chủ trì", the speaker going on, _OWN_CLAUSE, _OWN_GOING_ON)."""
    said = None
    for said in _voiced().finditer(doc.low, end, role_start):
        pass  # (the last verb of saying before the role)
    if said is None:
        return False
    opens = max(said.end(), doc.low.rfind(",", said.end(), role_start) + 1)
    if _OWN_CLAUSE.match(doc.low, opens, role_start) \
            or _OWN_GOING_ON.search(doc.low, max(said.end(), role_start - _GOING_ON_REACH), role_start):
        return False
    return any(word[:1].isupper() for word in doc.text[opens:role_start].split())


#: a clause's first word and the white space before it
_FIRST_WORD = re.compile(r"\s*\S+")


@cache
def _title_at() -> re.Pattern[str]:
    """A job title as whole words (_positions), case-blind on doc.low."""
    return re.compile(r"(?:" + _positions() + r")(?!\w)")


def _another_subject(doc: Doc, end: int, role_start: int) -> bool:
    """Whether a role after the person (who ends at `end`) is told, past a semicolon that closes what they did, of
    someone else named there: "Phó Tổng Thư ký Quốc hội Lê Bộ Lĩnh trình bày dự thảo Nghị quyết; Ngay sau đó, Chủ tịch
    Quốc hội Nguyễn Thị Kim Ngân phát biểu bế mạc" (Ngân's, not Lĩnh's; not "...; dự và phát biểu tại phiên khai mạc",
    the same subject going on, nor a list of those who share the role: "Hoàng Trung Hải, Ủy viên Bộ Chính trị, Bí thư
    Thành ủy Hà Nội; Nguyễn Văn Vịnh, ... Bí thư Tỉnh ủy Lào Cai chủ trì buổi làm việc")."""
    semicolon = doc.text.rfind(";", end, role_start)
    if semicolon < 0 or not _patterns()["role"].search(doc.low, end, semicolon):
        return False
    # (a title from the clause's start: "...; Chủ tịch UBND tỉnh chủ trì buổi làm việc"; a person's name past its
    # first word, capitalised as a sentence's: not "; Sau đó, ...", "; tại Hội trường Thống Nhất, ...")
    clause = doc.text[semicolon + 1:role_start]
    opens = role_start - len(clause.lstrip())
    title = _title_at().search(doc.low, opens, role_start) if opens < role_start else None
    if title and doc.text[title.start()].isupper():
        return True
    first = _FIRST_WORD.match(doc.text, semicolon + 1, role_start)
    lo = first.end() if first else role_start
    words = doc.text[lo:role_start].split()
    return any(word[:1].isupper() and vietnamese_name_at(words, i) for i, word in enumerate(words))


def _roles(doc: Doc, start: int, end: int, told: bool = False) -> list[str]:
    """What the sentence naming the person says they did (phát biểu khai mạc, chủ trì, tham luận ...); `told`: the
    roles reported for them, not only what puts them at the event (_NOT_A_CEREMONY_ROLE_TOLD_BEFORE)."""
    floor = max(0, start - 200)
    lo = max(floor, doc.text.rfind(".", floor, start) + 1, doc.text.rfind("\n", floor, start) + 1)
    hi_dot = doc.text.find(". ", end, end + 250)
    hi_nl = doc.text.find("\n", end, end + 250)
    ends = [x for x in (hi_dot, hi_nl) if x >= 0]
    hi = min(ends) if ends else min(len(doc.text), end + 250)
    # the words right before a role are read back to the sentence's own start, not to the window's edge ("Theo chương
    # trình làm việc ngày 21/06, ngày diễn ra phiên | bế mạc của kỳ họp, ...": the window cut after "phiên")
    back = max(doc.text.rfind(".", 0, start) + 1, doc.text.rfind("\n", 0, start) + 1)
    roles: list[str] = []
    for m in _patterns()["role"].finditer(doc.low, lo, hi):
        if _NOT_A_ROLE_BEFORE.search(doc.low, max(back, m.start() - 12), m.start()):
            continue
        role = " ".join(m.group().split())
        if role == "phát biểu" and start < m.start() and _SOMEONE_ELSES_SPEECH.match(doc.low, m.end()):
            continue
        if end <= m.start() and _another_subject(doc, end, m.start()):
            continue
        if role in _TASKED_ROLES and (_a_task_given(doc, back, start, m.start())
                                      or end <= m.start() and _voiced_of_another(doc, end, m.start())):
            continue
        if (role in _NOUN_ROLES and _not_a_noun_role(doc, back, m.start(), m.end(), start)) or (
                role in _CEREMONY_ROLES
                and (bool(_NOT_A_CEREMONY_ROLE_BEFORE.search(doc.low, max(back, m.start() - 12), m.start()))
                     or (told and bool(_NOT_A_CEREMONY_ROLE_TOLD_BEFORE.search(
                         doc.low, max(back, m.start() - _CEREMONY_TOLD_REACH), m.start()))))):
            continue
        if role not in roles:
            roles.append(role)
    return roles


# --- people from mentions -------------------------------------------------------------------------


@dataclass
class _Group:
    mentions: list[_Mention]

    @property
    def name(self) -> str:
        """The spelling the article uses most for them ("Huỳnh Tấn Vinh" three times, "Huỳnh Tân Vinh" once); the
        first one on a tie."""
        first = self.mentions[0].name
        key = name_key(first)
        # (each span once, in the text's order: of two other spellings used as often, the earlier wins, whatever the
        # order of a set)
        spans = sorted({(m.span, m.name) for m in self.mentions if m.full and name_key(m.name) == key})
        counts = Counter(name for _, name in spans)
        return max(counts, key=lambda name: (counts[name], name == first))


def _people(doc: Doc, mentions: list[_Mention]) -> list[tuple[Person, list[Span]]]:
    groups: dict[str, _Group] = {}
    for m in mentions:
        if m.full and not m.bare:
            key = name_key(m.name)
            if key in groups:
                groups[key].mentions.append(m)
            else:
                groups[key] = _Group([m])
    for key in [k for k in groups if len(k.split()) == 4]:
        shorter = groups.get(" ".join(key.split()[:3]))
        if shorter:  # "ông Đậu Ngọc Bái Thông báo ..." (a lost full stop) is Đậu Ngọc Bái
            shorter.mentions.extend(groups.pop(key).mentions)
    for key in list(groups):
        longer = next((k for k in groups if k.startswith(key + "-") and " " not in k[len(key):]), None)
        if longer:  # "Chủ tịch Thượng viện Ankie Broekers – Knol": a spaced dash cut the run (Ankie Broekers-Knol)
            groups[longer].mentions.extend(groups.pop(key).mentions)
    ordered = sorted(groups.values(), key=lambda g: min(m.span for m in g.mentions))
    staged: list[_Group] = []
    longer: dict[str, bool] = {}  # (each word looked for once: _written_longer)
    for m in mentions:
        if m.full and m.bare:
            group = groups.get(name_key(m.name))
            if group:
                group.mentions.append(m)
        elif not m.full:
            group = _owner(ordered, m)
            if group:
                group.mentions.append(m)
            elif m.stage or _one_word_titled(doc, m, longer):
                # "HLV Hữu Thắng", "Giáo hoàng Francis", named nowhere in full: the name the public knows
                if not m.stage and (regnal := _REGNAL.match(doc.text, m.span[1])):
                    m.span = (m.span[0], regnal.end())  # "Nhà vua Tây Ban Nha Felipe VI"
                    m.name = doc.text[m.span[0]:m.span[1]]
                key = name_key(m.name)
                if key not in groups:
                    groups[key] = _Group([])
                    staged.append(groups[key])
                m.full = True
                groups[key].mentions.append(m)
    if staged:  # (in the text's order, each by its first mention, as the others were)
        ordered = sorted(ordered + staged, key=lambda g: g.mentions[0].span)
    people = []
    for group in ordered:
        # kept when named, not in background, by full name or by title ("Thủ tướng Abe"), not only as "ông Nam"
        if not any(m.strong and not m.bare and (m.full or m.titles) for m in group.mentions):
            continue
        people.append((_person(doc, group), sorted({m.span for m in group.mentions})))
    return people


def _one_word_titled(doc: Doc, mention: _Mention, longer: dict[str, bool]) -> bool:
    """A foreign name of one word after a title, the way the article knows the person when it names them nowhere in
    full: "Giáo hoàng Francis", "Tổng thống Thổ Nhĩ Kỳ Erdogan" (not a country or a place, nor one word of a longer
    name the text writes somewhere: _written_longer; nor after a coach's title a team's name the text writes as one:
    _named_as_team)."""
    words = mention.name.split()
    # (a post held before or newly taken, "cựu Thủ tướng", "tân Tổng thống": the post itself, _POST_MARK)
    titles = [title[m.end():] if (m := _POST_MARK.match(title)) else title
              for title in (fold(title) for title, _ in mention.titles[:1])]
    return len(words) == 1 and len(words[0]) >= 3 and looks_foreign(words) \
        and any(title in _one_name_titles() for title in titles) \
        and not is_country(words, whole=True) and not is_place(words) and not foreign_place_name(words[0]) \
        and not (_misspelt_place(words[0]) and not _country_before(doc, mention.span[0])) \
        and not _SEAT_BEFORE.search(doc.low, max(0, mention.start - 12), mention.start) \
        and not _cached(longer, words[0], lambda: _written_longer(doc, words[0])) \
        and not (any(_COACH.match(title) for title in titles)
                 and _cached(longer, "team " + words[0], lambda: _named_as_team(doc, words[0])))


def _cached(found: dict[str, bool], key: str, ask: Callable[[], bool]) -> bool:
    """`ask()`, once for each key of one text (a name may be written thousands of times)."""
    if key not in found:
        found[key] = ask()
    return found[key]


def _written_longer(doc: Doc, word: str) -> bool:
    """Whether the text writes `word` anywhere as a word of a longer name: with a lower-case particle ("Walid
    al-Moualem", "Tamim bin Hamad", "Staffan de Mistura") or next to another foreign name's word ("Donald Trump",
    "Frank Bernhardt"; not a country's: "Thủ tướng Australia Turnbull")."""
    for start, end in lexicon.whole_words(doc.text, word):
        if _PARTICLE_AFTER.match(doc.text, end) or _PARTICLE_BEFORE.search(doc.text, max(0, start - 5), start):
            return True
        before = _NAME_WORD_BEFORE.search(doc.text, max(0, start - 30), start)
        after = _NAME_WORD_AFTER.match(doc.text, end)
        if any(m and looks_foreign([m.group(1)]) and not is_country([m.group(1)], whole=True)
               and not foreign_place_name(m.group(1)) for m in (before, after)):
            return True
    return False


def _named_as_team(doc: Doc, word: str) -> bool:
    """Whether the text writes `word` as a team's name, after CLB, đội or a match's verb ("CLB Chelsea", "U22 Việt Nam
    gặp Chelsea", "trận chung kết Champions League với Juventus"): after a coach's title it is the team's coach, not a
    coach's name ("tiếp HLV Chelsea", "HLV Juventus tự tin giành chiến thắng trước Real")."""
    return any(_TEAM_BEFORE.search(doc.low, max(0, start - 60), start)
               for start, _ in lexicon.whole_words(doc.text, word))


#: a coach's title (detect_coaches.txt: "HLV", "HLV trưởng", "huấn luyện viên"), folded
_COACH = re.compile(r"(?:" + "|".join(re.escape(fold(w)) for w in lexicon.words("detect_coaches.txt")) + r")(?!\w)")
#: what a team's name follows: "CLB Chelsea", "đội bóng Chelsea", "gặp Chelsea", "thắng Chelsea", "trận chung kết
#: Champions League với Juventus"
_TEAM_BEFORE = re.compile(r"(?<!\w)(?:" + lexicon.alternation(lexicon.words("people_team_before.txt"), spaces=True)
                          + r"|(?:trận|chung\s+kết|bán\s+kết|tứ\s+kết)(?:\s+[^\s,.;:!?]+){0,4}?\s+với)\s+$")


def _dropped(word: str) -> set[str]:
    """The word with one letter dropped, each way."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@cache
def _one_word_places() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word names of countries and foreign cities (of five letters or more), and each with a letter dropped."""
    names = frozenset(place for place in foreign_places() if " " not in place and len(place) >= 5)
    return names, frozenset(variant for place in names for variant in _dropped(place))


def _misspelt_place(word: str) -> bool:
    """Whether a word is a country's or a foreign city's one-word name with one letter slipped (added or dropped):
    "Tổng thống Philipines", "Thủ tướng Austrlia" (the country the title is of, not a name). Not one changed: "Ghani"
    is no Ghana, "Bolton" no Boston, "Imran" no I-ran."""
    folded = fold(word)
    if len(folded) < 4:
        return False
    names, shorter = _one_word_places()
    return folded in shorter or any(text in names for text in _dropped(folded))


def _country_before(doc: Doc, at: int) -> bool:
    """Whether a country's name (of up to three words) stands right before the name at `at`, between it and its
    title: "Thủ tướng Anh Cameron" (so that "Cameron" is the person, not "Cameroon" misspelt)."""
    words = doc.text[max(0, at - 40):at].split()[-3:]
    return any(is_country(words[-size:], whole=True) == size for size in range(1, len(words) + 1))


#: a lower-case particle inside a foreign name, right after or before one of its words: "Walid al-Moualem", "Tamim bin
#: Hamad", "Staffan de Mistura"
#: (people_name_particles.txt: one written with its hyphen is joined so to the name's word after it, "al-Moualem", the
#: others with a space, "bin Hamad"; after a name's word, either)
_PARTICLES = lexicon.words("people_name_particles.txt")
_PARTICLE_AFTER = re.compile(r" (?:" + "|".join(re.escape(w.rstrip("-")) for w in _PARTICLES) + r")[- ]")
_PARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:"
                              + "|".join(re.escape(w if w.endswith("-") else w + " ") for w in _PARTICLES) + r")$")
#: a palace or an office before the title, whose name the title's one word is: "Dinh Tổng thống Malacanang"
_SEAT_BEFORE = re.compile(r"(?<!\w)(?:dinh|phủ|cung|văn phòng)\s+$")
#: a capitalised word of a name (a capital, then lower-case letters) right before or after another
_NAME_WORD_BEFORE = re.compile(rf"(?<![^\W\d_])([{UPPER}][^\W\d_]*[{lexicon.LOWER}][^\W\d_]*)[ -]$")
_NAME_WORD_AFTER = re.compile(rf"[ -]([{UPPER}][^\W\d_]*[{lexicon.LOWER}][^\W\d_]*)(?![^\W\d_])")


#: a name of one word (and the Roman number of a king's: "Nhà vua Tây Ban Nha Felipe VI")
_ONE_WORD = re.compile(r"\S+(?: [IVX]{1,4})?")
#: a king's or a pope's number after the one word of their name
_REGNAL = re.compile(r" [IVX]{1,4}(?![^\W\d_])")


@cache
def _one_name_titles() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words("people_one_name_titles.txt"))


def _owner(groups: list[_Group], short: _Mention) -> _Group | None:
    """The person a short mention ("ông Nam", "PGS-TS Tuấn", "cô Shannon") refers to: the nearest one before it."""
    words = name_key(short.name).split()
    found = []
    for group in groups:
        first = group.mentions[0].name  # (the spelling first met: the key and its foreignness are the same for all)
        full = name_key(first).split()
        if full[-len(words):] == words or (looks_foreign(first.split()) and full[:len(words)] == words):
            found.append(group)
    if len(found) <= 1:
        return found[0] if found else None
    before = [g for g in found if g.mentions[0].span[0] < short.span[0]]
    return max(before, key=lambda g: max(m.span[0] for m in g.mentions if m.span[0] < short.span[0]), default=found[0])


#: a deputy's post in a party committee, and the state post its holder holds with it ("Nguyễn Xuân Đường - Phó Bí thư
#: Tỉnh ủy, Chủ tịch UBND tỉnh": the state post is the job; the secretary's own post leads whatever else they hold: "Bí
#: thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh", "Bí thư Thành ủy, Chủ tịch HĐND thành phố")
_PARTY_POST = re.compile(r"phó bí thư(?: thường trực)?")
_PARTY_COMMITTEE = re.compile(r"(?:tỉnh|thành|quận|huyện|thị|đảng) ủy(?!\w)")
_STATE_POST = re.compile(r"(?:phó )?chủ tịch")
_STATE_BODY = re.compile(r"(?:ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân)(?!\w)")
#: a post no longer held: "nguyên Bộ trưởng", "cựu Chủ tịch"
_FORMER = re.compile(r"(?:nguyên|cựu)\s")


#: a body's head word a title ends in, which the body's name then goes without: "Trưởng Ban | Tổ chức Trung ương",
#: "Chủ nhiệm Ủy ban | Kinh tế của Quốc hội", "Trưởng Đoàn | ĐBQH tỉnh", "Chủ tịch Hội | Nông dân Việt Nam", "Trưởng
#: phòng | GD&ĐT quận Hai Bà Trưng"
_TITLE_HEAD = re.compile(r"(?:trưởng|phó|chủ\s+nhiệm|chủ\s+tịch)\s+((?:ủy|uỷ)\s+ban|ban|đoàn|hội|phòng)$")


def _with_its_head(position: str | None, organization: str | None) -> str | None:
    """The organisation with the head word its title took ("Trưởng Ban Tổ chức Trung ương" is the head of the "Ban Tổ
    chức Trung ương", "Bộ trưởng Quốc phòng Mỹ" of the "Bộ Quốc phòng Mỹ": people_title_heads.txt), unless it has a
    head of its own ("Trưởng Ban Chỉ đạo, Ban Chỉ đạo Tây Nam Bộ") or is a country ("Bộ trưởng | Nga")."""
    if not (position and organization):
        return organization
    low, words = organization.lower(), organization.split()
    # ("Tổ chức" heads a body's name, "Tổ chức Y tế Thế giới", and names a Ban: "Ban Tổ chức")
    if _patterns()["org_head"].match(low) and not low.startswith("tổ chức") or is_country(words, True) == len(words):
        return organization
    word = lexicon.labelled("people_title_heads.txt").get(position.lower())
    if not word:
        head = _TITLE_HEAD.search(position.lower())
        if not head:
            return organization
        word = position[head.start(1):]
    return f"{word[0].upper()}{word[1:]} {organization}"


def _person(doc: Doc, group: _Group) -> Person:
    mentions = sorted(group.mentions, key=lambda m: m.span)
    titles = [t for m in mentions for t in m.titles]
    main = [t for t in titles if t[0] and not _is_secondary(*t)] or [t for t in titles if t[0]] or titles
    # the post one newly takes before the one they left: "ông Phùng Xuân Nhạ - nguyên Bộ trưởng Bộ Giáo dục và Đào tạo -
    # giữ chức ..." then "tân Phó Trưởng Ban Tuyên giáo Trung ương Phùng Xuân Nhạ" (not another post they still hold
    # beside the old one: "Nguyên Phó GĐ Bệnh viện Quân Y 103, Chủ tịch Hội đồng ..." keeps the old)
    if main and _FORMER.match(fold(main[0][0] or "")):
        new = [t for t in main if fold(t[0] or "").startswith("tân ")]
        main = new + [t for t in main if t not in new]
    position, organization = main[0] if main else (None, None)
    if main and _PARTY_POST.fullmatch(fold(position or "")) and _PARTY_COMMITTEE.match(fold(organization or "")):
        # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": the party post held with the state one, which is the job
        position, organization = next((t for t in main[1:] if _STATE_POST.fullmatch(fold(t[0] or ""))
                                       and _STATE_BODY.match(fold(t[1] or ""))), (position, organization))
    # the same title written with its "thường trực" in a later mention: "Phó Thủ tướng Trương Hòa Bình ..." then "Phó
    # Thủ tướng thường trực Trương Hòa Bình ..." (the standing deputy is the job; not "Thủ tướng Chính phủ", whose
    # body the answers keep out of the title)
    # (also after "Phó Thủ tướng Chính phủ Trương Hòa Bình": the body written into the title)
    fuller = next((t for t in main if position and t[0]
                   and fold(t[0]) == fold(position).removesuffix(" chính phủ") + " thường trực"
                   and (not organization or not t[1] or fold(t[1]) == fold(organization))), None)
    if fuller:
        position, organization = fuller[0], organization or fuller[1]
    if _a_chamber(organization):
        # a chamber named bare in a caption, its country in the report: "Chủ tịch Hạ viện Khadija Arib" and "Chủ tịch
        # Hạ viện Quốc hội Hà Lan Khadija Arib" (the fuller body, for the same post)
        organization = next((t[1] for t in main if t[1] and fold(t[0] or "") == fold(position or "")
                             and fold(t[1]).startswith(fold(organization) + " ")), organization)
    position = _spelled(position)
    organization = _with_its_head(position, organization)
    roles: list[str] = []
    for m in mentions:
        roles.extend(r for r in m.roles(doc) if r not in roles)
    return Person(
        name=group.name,
        honorific=next((m.honorific for m in mentions if m.honorific), None),
        academic_title=next((m.academic for m in mentions if m.academic), None),
        position=position or None,
        organization=organization,
        roles=roles,
    )

#: what one who speaks or is asked does in their own sentence (people_speaks.txt: "bà Nguyễn Thị Hoa, Phó Thường trực
#: Ban Đổi mới DN, nhìn nhận", "anh Vũ Chí Thành ... kể lại")
_SPEAKS = re.compile(r"(?:" + lexicon.alternation((fold(w) for w in lexicon.words("people_speaks.txt")),
                                                  word_start=True) + r")(?!\w)")
#: the speaker led in by "Theo": "Theo anh Nguyễn Bùi Minh Quân, Kỹ sư xây dựng, ..."
_BY_THEO = re.compile(r"(?<!\w)theo\s+(?:\w+\s+){0,2}$")
#: a part at a gathering told with a presentation or a guest list ("Buổi họp báo có sự tham gia của ... Giáo sư X",
#: "Cùng dự có ...", "đều có mặt như NSND ...", "Dẫn đầu phái đoàn Nga là ... ông Alexander Lavrentiev")
_PRESENTS = re.compile(r"(?<!\w)(?:chia sẻ|tham luận|trình bày|diễn giả|báo cáo viên|khách mời|tham dự|cùng dự|"
                       r"đại biểu|chủ trì|điều phối|dẫn dắt|có sự tham gia|sự có mặt|có mặt|góp mặt|dẫn đầu|"
                       r"trưởng đoàn|phái đoàn)(?!\w)")
#: a teacher's, scholar's or artist's form of address right before the name
_SCHOLAR = re.compile(r"(?:cô|thầy|ths|ts|tiến sĩ|tiến sỹ|thạc sĩ|thạc sỹ|pgs|gs|giáo sư|nhà giáo|nghệ nhân|nsnd|nsưt)"
                      r"\.?\s*$")
#: ... or opening the sentence, the name in apposition after it: "Tiến sỹ Giáo dục học (ĐH Paris Descartes), Nguyễn
#: Thụy Phương với kinh nghiệm ..."
_SCHOLAR_OPEN = re.compile(r"\W*(?:ths|ts|tiến sĩ|tiến sỹ|thạc sĩ|thạc sỹ|pgs|gs|giáo sư|phó giáo sư)(?!\w)"
                           r"[^.;:!?]{0,60},\s*$")
#: an office the record did not take as a title, set off by a comma or a dash right after the name ("bà Nguyễn Thị
#: Hoa, Phó Thường trực Ban Đổi mới DN", "Joe Belfiore - Phó Chủ tịch Microsoft", "ông Nguyễn Hữu Tráng - Thương vụ
#: Đại sứ quán", "bà Vũ Thị Tân, chủ Cơ sở mầm non", "ông Charles Kaye, lãnh đạo Warburg Pincus") ...
_APPOSED = re.compile(r"\s*(?:,|\s[-–—])\s*(?:chủ|cty|công ty|tập đoàn|thương vụ|trường|viện|đại học|ban|sở|hội|"
                      r"hiệp hội|ngân hàng|đại sứ quán|kỹ sư|bác sĩ|bác sỹ|chuyên gia|đại diện|ceo|nhà sáng lập|"
                      r"người sáng lập|thành viên|ủy viên|uỷ viên|lãnh đạo)(?!\w)")
#: ... or opening the sentence before it ("Hiệu trưởng Trường CĐ nghề du lịch Sài Gòn, bà Ngô Thị Quỳnh Xuân nêu"), or
#: an office in capitals right before it ("GĐĐH Tommy Cho của Gangwon")
_OFFICE_OPEN = re.compile(r"\W*(?:[^.;:!?,]{0,80}),\s*(?:\w+\s+)?$")
_MARK = re.compile(r"\s*(?:,|\s[-–—])\s*")
_CAPS_BEFORE = re.compile(r"(?<!\w)[A-ZĐ]{2,6}\s+$")
#: the other party of a meeting, named after its verb: "đã thừa nhận có gặp luật sư Nga Natalia Veselnitskaya"
_MET_BEFORE = re.compile(r"(?<!\w)(?:gặp|gặp gỡ|tiếp xúc|hội kiến|hội đàm với|làm việc với)\s+"
                         r"(?:[^\s,.;:!?]+\s+){0,4}$")
#: one whose words follow their name after a colon: "Luật sư Nguyễn Văn Chiến, đoàn ĐBQH thành phố Hà Nội thẳng thắn:
#: “...”" (a bracket or a few words between)
_WORDS_AFTER = re.compile(r"(?:\s*\([^()\n]{0,60}\))?(?:[^.;:!?“”\n]{0,80}?)?:\s*[“\"]")
#: one in the list of who makes up the meeting or the deputies' group that holds it: "Thành phần cuộc họp của Hội nhà
#: văn Hà Nội gồm các nhà văn, nhà thơ: Bằng Việt, Nguyễn Việt Chiến, Nguyễn Sĩ Đại", "Theo danh sách, tổ ĐBQH bao gồm
#: Bí thư Thành ủy TP.HCM Đinh La Thăng, bà Văn Thị Bạch Tuyết, ông Trần Anh Tuấn" (not a board's, nor candidates)
_MAKE_UP = re.compile(r"(?<!\w)(?:thành phần\s+(?:chính thức\s+)?(?:của\s+)?(?:"
                      + lexicon.alternation(lexicon.words("people_make_up_heads.txt"))
                      + r")|tổ (?:" + lexicon.alternation(lexicon.words("people_make_up_groups.txt"))
                      + r"))(?!\w)[^.;:!?\n]{0,60}?\s(?:bao )?gồm(?!\w)"
                      r"(?:[^.;!?\n]|\.(?=\S))*$")
#: one named with others at the gathering: "Ông Vũ Văn Tiền, bà Cao Thị Ngọc Dung cùng một số nữ doanh nhân"
_WITH_OTHERS = re.compile(r"\s+cùng(?!\w)")
#: one named beside another with "và": "Geetesh Sharma và bà Kusum Jain"
_AND_BEFORE = re.compile(r"\s+và\s+(?:\w+\s+)?$")
_AND_AFTER = re.compile(r"\s+và\s+")


def untitled_in_passing(doc: Doc, people: list[tuple[Person, list[Span]]], at: int | None = None) -> list[bool]:
    """Whether each person has no office in the record and every mention of them is in passing: outside the event's
    own sentence, in no sentence that places someone at a meeting or gives them a part there, never speaking, with no
    office set off beside their name, not led by a scholar's title, not named with another ("cùng", "và") who stays."""
    starts, own = _sentences_and_own(doc, at)
    position = _patterns()["position"]

    def office_open(first: int, start: int) -> bool:
        # (the sentence opens on an office, the name after its comma: "Hiệu trưởng Trường CĐ ..., bà X nêu")
        m = _OFFICE_OPEN.match(doc.low, first, start)
        if not m:
            return False
        opening = first + len(m.group()) - len(m.group().lstrip(" \t\n\"'“(-–•*"))
        return bool(position.match(doc.low, opening, start))

    def apposed_title(end: int) -> bool:
        mark = _MARK.match(doc.low, end)
        return bool(mark) and bool(position.match(doc.low, mark.end()))

    def there(start: int, end: int) -> bool:
        _, first, last = _sentence_at(doc, starts, start)
        return _placed_there(doc, starts, own, start, end) or bool(_SPEAKS.search(doc.low, end, last)) \
            or bool(_PRESENTS.search(doc.low, first, last)) \
            or bool(_SCHOLAR.search(doc.low, max(0, start - 12), start)) \
            or bool(_BY_THEO.search(doc.low, max(first, start - 20), start)) \
            or bool(_SCHOLAR_OPEN.match(doc.low, first, start)) or bool(_WITH_OTHERS.match(doc.low, end)) \
            or bool(_APPOSED.match(doc.low, end)) or apposed_title(end) \
            or office_open(first, start) or bool(_CAPS_BEFORE.search(doc.text, max(0, start - 10), start)) \
            or bool(_MET_BEFORE.search(doc.low, max(first, start - 40), start)) \
            or bool(_WORDS_AFTER.match(doc.low, end)) or bool(_MAKE_UP.search(doc.low, first, start))

    # (a role noun told of them, _described, is no office: "chủ tàu là ông Trần Đình Sơn" in an appraisal's findings)
    passing = [bool(spans) and not (person.position and person.position not in _role_nouns())
               and not any(there(*span) for span in spans) for person, spans in people]
    # one joined by "và" to someone who stays goes with them
    staying = [span for (person, spans), gone in zip(people, passing) if not gone for span in spans]
    for i, ((person, spans), gone) in enumerate(zip(people, passing)):
        if not gone:
            continue
        for start, end in spans:
            m = _AND_BEFORE.search(doc.low, max(0, start - 20), start)
            if m and any(e <= m.start() + 1 and e >= m.start() - 1 for _, e in staying):
                passing[i] = False
            m = _AND_AFTER.match(doc.low, end)
            if m and any(m.end() <= s <= m.end() + 8 for s, _ in staying):
                passing[i] = False
    return passing
