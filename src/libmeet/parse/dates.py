"""When the event took place: its first and last day, read from the article's text.

Reading
-------
Every written date is collected once, in all the forms Vietnamese news uses: ``8/10/2020``,
``16/2``, ``25-5``, ``15.5`` (dot form), ``ngày 8 tháng 10 năm 2020``, ``25 tháng 3, 2024`` and the
ranges built from them: ``04-05/11/2022``, ``16 và 17/6``, ``từ 8 đến 10/1``, ``từ ngày 23 đến hết
ngày 25-2``, ``14 - 15 tháng 10 năm 2021``, ``30/6 và 1/7`` (across months). A range inherits its
month and year from the part that states them. Numbers that only look like dates are left out:
document numbers (``174/2013/NĐ-CP``, ``05-CT/TW``), fractions and scores (``83/83``, ``0-1``),
thousands (``1.087ha``), versions (``4.0``); a dash or dot form without a year counts only after a
word that introduces a date (ngày, sáng, chiều, tối, hôm nay, từ, đến ...).

Choosing
--------
Each date is scored by what surrounds it: being in the sentence of the event's main mention (the
``anchor``) or near it; ``sáng/chiều/tối``, ``hôm nay``, a weekday, ``ngày`` right before it;
"held" words in its sentence (tổ chức, diễn ra, khai mạc ...); ``, tại`` right after it; a span lead
("Trong 03 ngày, từ ngày ..."). Dates said in passing are pushed down: past events ("Trước đó, ngày
24/4/2017, ..."), deadlines and periods ("hoàn thành trước 31/12/2017", "có hiệu lực từ ngày 1.6"),
the date of a cited document ("... /NĐ-CP ngày 12/2/2017"), the article's own dateline. When the
best date is one day and the article also states a span of a few days containing it ("Sáng ngày
6/7/2017 ... Trong 03 ngày, từ ngày 6 đến ngày 8/7/2017"), the span wins.

The year, when the event's date does not carry one
--------------------------------------------------
It is inferred, and a warning says from what, in this order:

1. the article's own dates: the same day written elsewhere with its year ("Ngày 24/5 ..." and
   later "ngày 24/5/2017");
2. the publication date: the year that puts the event nearest to it, an event before publication
   being likelier than one announced ahead (published 2018-01-05, "ngày 28/12" → 2017);
3. the article's own years where they speak of the present: the event's month with its year in
   the event's sentence ("Ngày 8/2 ... Hội nghị báo cáo viên ..., tháng 2/2017"), "6 tháng đầu
   năm 2017", "năm mới 2017";
4. ``--reference-date``, as for the publication date;
5. the file's modification time, but only when the article agrees with it: when the article
   mentions that year or one of the two before (as a fact, not as a target like "đến năm 2030"). A
   crawl dump keeps roughly when it was taken, and then the article speaks of that year or of
   last year's results; a file copied today carries today's date, which an old article cannot
   confirm;
6. nothing else. The years an article states are not the event's: a law's year, a historical year or
   last year's results are facts the article looks back on, and guessing from them was wrong in every
   case read on the bench corpus. The date is left empty, with a warning that names the options that
   supply the year (``--reference-date YYYY-MM-DD``, or ``--reference-date mtime`` when each file's
   modification time is when it was collected).

With no year anywhere in the article there is nothing to weigh the modification time against,
so it is not trusted on its own either ("Sáng 25-5" in an article without any year → null), as the gold does.
"""
from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from types import MappingProxyType

from ..models import MIN_YEAR
from . import lexicon
from .detect import ARCHIVE_PHOTO, CAPTION_RUNS_INTO, CREDIT_IN_BRACKETS, CREDIT_WORDS, any_kind_pattern, day_opening, \
    glued_starts, in_read_more, kind_named, read_more_links, sentence_offsets
from .meta import DAY, MONTH, alternation, find_meta
from .normalize import Doc, fold
from .types import NO_YEAR, DateResult, Span

#: the longest span of days a meeting's dates are taken to cover; longer "ranges" are two dates
MAX_EVENT_DAYS = 31
#: how far around a date its sentence is read (a page without punctuation is one long "sentence")
SENTENCE_REACH = 300
#: a date scoring below this is not taken for the event's (said in passing, far from the event)
MIN_SCORE = -3
#: "sáng nay" in the event's sentence: beaten only by a written date in that sentence with its cue
RELATIVE_SCORE = 7
#: a one-day date gives way to a stated span of at most this many days that contains it
MAX_SPAN_OVERRIDE = 14
#: how far before a span of days the words of a visit under way or done may stand for the span to be the visit's
_TRIP_REACH = 160
#: ... and how far before it a visit's words make its span not the meeting's own: the visit's host may come between
#: ("nhân chuyến thăm chính thức và làm việc tại Vương quốc Hà Lan của Thủ tướng ... theo lời mời của Thủ tướng Vương
#: quốc Hà Lan Mark Rutte, từ ngày 08-11/7/2017")
_VISIT_REACH = 260
#: every warning of a date left without a year starts so (ingest's summary counts them) and ends with the fix
NO_YEAR_HINT = ("the date is left empty (give the collection date: --reference-date YYYY-MM-DD, or "
                "--reference-date mtime when each file's modification time is when it was collected)")
#: the file's modification time agrees with an article that states a year this many years before it, or
#: later: news looks back a year or two ("quyết toán ngân sách Nhà nước năm 2015", settled in 2017)
MTIME_AGREES_YEARS = 2

_D, _M = DAY, MONTH
#: the year written after a day and its month: any of the last two centuries, so that a day of the past ("ngày
#: 9-3-1945", "9/3/1945") is read in its own year (history), never as a day without one given the collection's year
_Y = r"(?:1[89]\d\d|20\d\d|2100)"
_SEP = r"(?:\s?/\s?|-|\.)"
#: a day and its month alone may have a space on one side of the hyphen, as copy often has: "Chiều 31- 5", "ngày 20 -6"
#: (not on both sides: "3 - 5" is a span of days)
_SEP_DAY = r"(?:\s?/\s?|-\s?|\s-(?=\d)|\.)"
_TO = r"(?:\s?[-–—]\s?|\s+(?:và|đến|tới|cho đến|đến hết|tới hết)\s+(?:hết\s+)?(?:ngày\s+)?)"
_START = r"(?<![\d/.,])"
_STOP = r"(?!\d|\s?/\s?\w|\.\d|,\d)"

#: a day and month with a dash spaced on both sides, where no span of days is told (taken only after a time of day:
#: see _mentions): "Chiều ngày 14 – 7", "Sáng 22 - 6", "Đêm 9 – 6", "Sáng 22 - 6 - 2017" (not "ngày 22 – 23 tháng 5",
#: "sáng 3 - 5/6", "đêm 2 – 3 lần")
_SPACED = re.compile(rf"{_START}(?P<d1>{_D})\s[-–—]\s(?P<m1>{_M})(?:\s[-–—]\s(?P<y1>{_Y}))?"
                     r"(?!\d|\s?[-–—/.]\s?\d|,\d|\s*tháng|\s+lần(?!\w))")

_FORMS = tuple(
    re.compile(p)
    for p in (
        # 30 tháng 6 đến 2 tháng 7 năm 2017
        rf"{_START}(?P<d1>{_D})\s+tháng\s+(?P<m1>{_M})(?:\s*năm\s*(?P<y1>{_Y}))?{_TO}"
        rf"(?P<d2>{_D})\s+tháng\s+(?P<m2>{_M})(?!\d|[.,]\d)(?:\s*(?:năm|,)\s*(?P<y2>{_Y}))?",
        # 30/6 và 1/7, 8/2 – 9/3/2017
        rf"{_START}(?P<d1>{_D}){_SEP}(?P<m1>{_M})(?:{_SEP}(?P<y1>{_Y}))?(?!\d){_TO}"
        rf"(?P<d2>{_D}){_SEP}(?P<m2>{_M})(?:{_SEP}(?P<y2>{_Y}))?{_STOP}",
        # 14 - 15 tháng 10 năm 2021, ngày 8 tháng 10 năm 2020, 25 tháng 3, 2024 (not a figure: "6 tháng 5,5%-5,7%" is
        # six months' growth)
        rf"{_START}(?P<d1>{_D})(?:{_TO}(?P<d2>{_D}))?\s+tháng\s+(?P<m2>{_M})(?!\d|[.,]\d)"
        rf"(?:\s*(?:năm|,|/|-)\s*(?P<y2>{_Y}))?",
        # ngày 7, 8/7; ngày 25, 26 và 27/9/2014 (a list of days after "ngày")
        rf"(?<=ngày )(?P<d1>{_D})(?:,\s?{_D})*(?:,\s?|{_TO})(?P<d2>{_D}){_SEP}(?P<m2>{_M})(?:{_SEP}(?P<y2>{_Y}))?{_STOP}",
        # 04-05/11/2022, 16 và 17/6, 8 đến 10/1, 23 đến hết ngày 25-2
        rf"{_START}(?P<d1>{_D}){_TO}(?P<d2>{_D}){_SEP}(?P<m2>{_M})(?:{_SEP}(?P<y2>{_Y}))?{_STOP}",
        # 8/10/2020, 16/2, 25-5, 15.5, 31- 5
        rf"{_START}(?P<d1>{_D}){_SEP_DAY}(?P<m1>{_M})(?:{_SEP}(?P<y1>{_Y}))?{_STOP}",
    )
) + (_SPACED,)
_DIGITS = re.compile(r"\d\d*")  # (\d+, led by a character set: the engine skips ahead to the next digit)
#: "25 và 26-5", "8 đến 10.1": days joined by a word are a date even without a date word before them
_WORDED_RANGE = re.compile(r"^\d{1,2}\s+(?:và|đến|tới)\s+\d")
# The patterns scanned over whole articles are led by a literal or a character set, so that the
# regex engine skips ahead to candidates instead of trying every position: what must not come
# before a match is asserted after its first character.


#: "since" before the start of a year ("từ đầu năm 2016"), and "up to now" after it
_SINCE = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+(?:đầu|cuối|giữa)\s+năm\s*$")
_TO_NOW = re.compile(r"[^.;:!?\n]{0,40}?(?<!\w)(?:đến|tới|cho\s+đến)\s+(?:nay|giờ|hiện\s+nay|thời\s+điểm\s+này)(?!\w)")
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: a review of a year's work: held at its end or early the next year
_REVIEW = re.compile(r"(?<!\w)(?:tổng kết|sơ kết|kiểm điểm|nhìn lại|kết quả|rút kinh nghiệm|tình hình thực hiện|"
                     r"biểu dương|ghi nhận)(?!\w)")
#: the year's work ahead, which a review names after the year it looks back on: "tổng kết năm 2016, triển khai
#: nhiệm vụ năm 2017"
_AHEAD_WORK = re.compile(r"(?<!\w)(?:triển khai|kế hoạch|phương hướng|mục tiêu|định hướng)(?!\w)")


def _reviewed(low: str, start: int) -> bool:
    """Whether the year at `start` is the one a review looks back on: "những kết quả và tình hình thực hiện nhiệm vụ
    năm 2016" (said early in 2017), not the year of the work ahead named after it."""
    reviews = list(_REVIEW.finditer(low, max(0, start - 80), start))
    return bool(reviews) and not _AHEAD_WORK.search(low, reviews[-1].end(), start)


def _year_after(*before: str) -> str:
    """YEAR (19[5-9]x or 20xx) whose first digit is preceded by none of `before` (each of fixed width)."""
    def first(digit: str) -> str:
        return digit + "".join(f"(?<!{b}{digit})" for b in before)

    return rf"(?:{first('1')}9[5-9]\d|{first('2')}0\d\d)"


_YEAR = re.compile(r"(?P<y>" + _year_after(r"\d", r"\d,") + r")(?!\d|\s?/\s?\w|\.\d)")
_YEAR_RANGE = re.compile(r"(?P<a>" + _year_after(r"[\d/.,]") + rf")\s?[-–—]\s?(?P<b>{_Y})(?!\d)")
# (a run of marks is tried once, from its first mark, and taken whole: linear on "....." × 100k)
# (a capital, not any letter with a mark: the list's "…" before "đã họp" goes on with its sentence, "Ngày 8/6, Hội
# đồng chuyên môn ... gồm có đại diện Sở Y tế Hòa Bình, ..., BVĐK tỉnh Hòa Bình… đã họp và thảo luận")
_SENTENCE_END = re.compile(r"[\n.!?…\]](?:(?<=\n)|(?<![.!?…][.!?…])[.!?…]*+(?=\s+[\"“(\[]?[" + lexicon.UPPER + r"]))"
                           # (a photo's credit in its bracket ends the caption before it: "... hôm 15/4 (Ảnh: Reuters)
                           # Hội đồng bảo an ... ngày 5/7 đã nhóm họp")
                           r"|" + CREDIT_IN_BRACKETS + r"(?=\s+[" + lexicon.UPPER + r"])"
                           # (or any credit before the words that only open a sentence)
                           r"|" + CREDIT_WORDS + r"(?= " + CAPTION_RUNS_INTO + r")")
_DOC_NUMBER = re.compile(r"(?:\d+/[\w.]*[a-zđ][\w.-]*|\bsố|tỷ lệ|tỉ lệ|tỷ số|tỉ số)\s*(?:ngày\s+)?$")
_COUNT_WORD = r"(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy)"
_SPAN_LEAD = re.compile(
    rf"(?:trong|sau|suốt|kéo dài)\s+(?:gần\s+|hơn\s+)?{_COUNT_WORD}\s+ngày(?:\s+[^\s\d,.]+){{0,3}}\s*[,:]?\s*"
    r"(?:từ\s+)?(?:ngày\s+)?$|(?:diễn ra|tổ chức|khai mạc)\s+(?:trong\s+)?(?:các\s+)?(?:từ\s+)?ngày\s+$"
)


@cache
def _cues() -> Mapping[str, re.Pattern[str]]:
    """The cue patterns built from parse/data/dates_cues.json (read-only)."""
    return MappingProxyType(_build_cues(lexicon.table("dates_cues.json")))


def _build_cues(data: Mapping[str, list[str]]) -> dict[str, re.Pattern[str]]:
    weekday = rf"(?:{alternation(data['weekdays'])})"
    part = rf"(?:{alternation(data['part_of_day'])})"
    today = rf"(?:{alternation(data['today'] + data['yesterday'])})"
    told_by = (*data["released"], *data["told_by"])  # the sources that tell the news on a day (_told_day)
    return {
        # "sáng 15/3", "Chiều tối 25-5", "sáng thứ Năm, ngày 16/2", "tối nay (23/4)"
        "part": re.compile(rf"(?<!\w){part}(?:\s+(?:nay|qua|mai))?\s*[(,]?\s*(?:{weekday}\s*[(,]?\s*)?(?:ngày\s*)?$"),
        "today": re.compile(rf"(?<!\w){today}\s*[(,:]?\s*(?:ngày\s*)?$"),
        "weekday": re.compile(rf"(?<!\w){weekday}\s*[(,]?\s*(?:ngày\s*)?$"),
        "ngay": re.compile(r"(?<!\w)(?:ngày|hôm|từ|vào|đến|tới|và)\s*$"),
        "intro": re.compile(rf"(?<!\w)(?:ngày|hôm|từ|vào|đến|tới|và|nay|qua|mai|{part}|{weekday})\s*[(,:]?\s*$"),
        # "bằng 1/3 so với", "vị trí thứ 2/8", "đường 3/2", "1/4 tổng dự trữ": fractions, ranks, street names
        "not_date_before": re.compile(rf"(?:{alternation(data['not_date_before'], word_start=True)})\s*$"),
        "not_date_after": re.compile(rf"\s*(?:{alternation(data['not_date_after'])})(?!\w)"),
        "counted_after": re.compile(rf"\s*(?:{alternation(data['counted_after'])})(?!\w)"),
        "held": re.compile(rf"(?:{alternation(data['held'], word_start=True)})(?!\w)"),
        "past": re.compile(rf"(?:{alternation(data['past'], word_start=True)})(?!\w)"),
        "deadline": re.compile(rf"(?:{alternation(data['deadline'], word_start=True)})(?!\w)[^.;\n]{{0,25}}$"
                               rf"|(?:{alternation(data['deadline_adjacent'], word_start=True)})\s*:?\s*(?:ngày\s*)?$"),
        # "cập nhật đến ngày 20/4, tăng trưởng tín dụng đạt 4,86%", "lũy kế từ năm 2013 đến 31/3/2017", "được cập nhật
        # đến 20h ngày 18/6": a figure's cut-off (the day after "đến"/"tới" only: a span's first day after "từ" may be a
        # meeting's, "Hội nghị cập nhật kiến thức từ ngày 18/4")
        "cut_off": re.compile(rf"(?:{alternation(data['cut_off'], word_start=True, spaces=True)})\s+"
                              r"(?:từ(?:\s+[^.;\n]{0,40}?)?\s+)?(?:đến|tới)\s+(?:hết\s+)?"
                              r"(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}(?:\s*phút)?)?\s+)?(?:ngày\s*)?$"),
        # "Thực hiện Nghị quyết Đại hội lần thứ 2 ... nhiệm kỳ 2011 – 2016 ngày 24/11/2011; ..., Đại hội ... được tổ chức
        # vào ngày 21/06/2012": a document the preamble names, its date (not "theo Nghị định 67/CP ... tại Bình Định
        # ngày 9-6", "triển khai thông tư 02/2017 do Bộ Y tế tổ chức chiều ngày 19/5": the meeting's, told between)
        "document": re.compile(rf"(?:{alternation(data['preamble'], word_start=True)})\s+(?:các\s+)?"
                               rf"(?:{alternation(data['documents'])})(?!\w)"
                               rf"(?:(?!(?<!\w)(?:{alternation(data['document_not_between'])})(?!\w))[^,.;:!?\n]){{0,160}}?"
                               r"(?<!\w)(?:(?:ban\s+hành|ký)\s+)?(?:vào\s+)?ngày\s*$"),
        # "trong và sau dịp lễ 30/4-1/5", "kỳ nghỉ lễ 30/4 - 1/5": a public holiday's days, never a meeting's
        "holiday": re.compile(rf"(?:{alternation(data['holiday'], word_start=True, spaces=True)})\s*(?:ngày\s*)?$"),
        # the meeting's day told as just past, in the words right before it: "Vừa qua, ngày 4/12/2020, ...", "mới đây
        # (ngày 5/3/2017)"
        "just_past": re.compile(rf"(?:{alternation(data['just_past'], word_start=True, spaces=True)})\s*[,(]?\s*"
                                r"(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s*)?$"),
        "published": re.compile(rf"(?:{alternation(data['published'], word_start=True)})\s*[:(]?\s*(?:ngày\s*)?$"),
        # (the word's start asserted after its first letter, alternation's word_start: the same matches as
        # "(?<!\w)(?P<rel>{today})", with the engine skipping ahead to the next possible first letter)
        "relative": re.compile(rf"(?P<rel>{alternation(data['today'] + data['yesterday'], word_start=True)})(?!\w)"
                               r"(?!\s*[(,:]?\s*(?:ngày\s*)?\d)"),
        "yesterday": re.compile(rf"{alternation(data['yesterday'])}"),
        # "Sau 3 ngày làm việc", "sau hai ngày rưỡi làm việc khẩn trương", "kết thúc sau gần ba ngày làm việc"
        "days_taken": re.compile(rf"(?<!\w)sau\s+(?:gần\s+)?(?P<n>\d{{1,2}}(?:,5)?|{alternation(data['numbers'])})"
                                 rf"\s+ngày(?P<half>\s+rưỡi)?\s+(?:{alternation(data['worked'])})(?!\w)"),
        # "Trong khuôn khổ diễn đàn, chiều ngày 4/7": a day within the meeting (its noun follows, then the day)
        "in_frame": re.compile(rf"(?:{alternation(data['in_frame'], word_start=True, spaces=True)})\s+(?:của\s+)?"
                               r"(?=[^.;\n]{0,60}$)"),
        # "tại một cuộc họp báo sau 2 ngày họp": a press conference held on the close
        "press_after": re.compile(rf"(?:{alternation(data['press_after'], word_start=True, spaces=True)})\s*$"),
        # "Sau 1 tháng họp tại Hà Nội", "Sau gần một tháng làm việc": a close after weeks or months of work (its first
        # day not told; not "Sau 3 tháng triển khai", what a review meeting looks back on)
        "weeks_taken": re.compile(rf"(?<!\w)sau\s+(?:gần\s+|hơn\s+|khoảng\s+)?"
                                  rf"(?:\d{{1,2}}|nửa|{alternation(data['numbers'])})\s+"
                                  rf"(?:tuần|tháng)\s+(?:{alternation(data['worked'])})(?!\w)"),
        "closing": re.compile(rf"(?:{alternation(data['closing'], word_start=True)})(?!\w)"),
        # "tiếp tục trả lời chất vấn", "tiếp tục phiên họp": the meeting going on (not "tiếp tục duy trì sự hiện
        # diện")
        "continued": re.compile(rf"(?<!\w)tiếp\s+tục\s+(?:{alternation(data['continued'])})(?!\w)"),
        # what may stand before a later day that opens its clause: "... . Sáng ngày 15/6, ", "... . Đêm 15/6, " (not
        # the next day told ahead from the article's today, "Theo chương trình, sáng mai (15/6), Bộ trưởng ... tiếp tục
        # trả lời chất vấn": a later sitting)
        "opens_clause": re.compile(rf"[.;\n,]\s*(?:{part}\s+)?(?:ngày\s*)?$"),
        # "Hội nghị kéo dài hai ngày", "Phiên họp thứ 12 diễn ra trong 1,5 ngày" (not "kéo dài 2 ngày tới", nor a span
        # written after it, which is read as one)
        "days_running": re.compile(rf"(?:{alternation(data['running'], word_start=True)})\s+(?:trong\s+)?(?:vòng\s+)?"
                                   rf"(?P<n>\d{{1,2}}(?:,5)?|{alternation(data['numbers'])})\s+ngày(?P<half>\s+rưỡi)?"
                                   r"(?!\w)(?!\s*(?:tới|qua|sau|trước|nay|từ|\(|\d))"),
        "opening": re.compile(rf"(?:{alternation(data['opening'], word_start=True)})(?!\w)"),
        # what opens a sentence before its subject: "Theo kế hoạch, lớp học ...", and a subject that may stand for the
        # event there ("Lớp học", "Khóa học", "Hội nghị"): _its_span_told_later
        "span_lead": re.compile(rf"\W*(?:(?:{alternation(data['span_leads'])})\s*,?\s*)?"),
        "span_subject": re.compile(rf"(?:{alternation(data['span_subjects'])})(?!\w)"),
        # ... then the span it runs: "diễn ra từ ngày 15 đến 19/5", "diễn ra tại TP.HCM từ ngày 11-13/5", "được tổ chức
        # trong hai ngày từ 11-12/5/2017" (a name may come between: no clause ends there)
        "span_told": re.compile(rf"[^;:!?\n]{{0,{_SUBJECT_REACH}}}?(?<!\w)(?:(?:sẽ|đã|được|dự kiến)\s+)*"
                                rf"(?:{alternation(data['span_verbs'])})(?!\w)[^;:!?\n\d]{{0,40}}?"
                                r"(?<!\w)(?:từ|ngày)\s*(?:ngày\s*)?$"),
        "weak_year": re.compile(
            rf"(?:{alternation(data['weak_year'], word_start=True)})\s*(?:ngày\s*|tháng\s*)?(?:\d{{1,2}}\s?[/.-]\s?){{0,2}}$"),
        # (not the noun "dự kiến chương trình": "Quốc hội nghe Tờ trình về dự kiến Chương trình giám sát ...")
        "ahead": re.compile(rf"(?:{alternation(data['ahead'], word_start=True)})(?!\w)"
                            r"(?!\s+(?:chương trình|nội dung|danh sách|nhân sự)(?!\w))"),
        "last_year": re.compile(rf"(?:{alternation(data['last_year'], word_start=True)})\s*$"),
        "current_year": re.compile(rf"(?:{alternation(data['current_year'], word_start=True)})\s*$"),
        "school_year": re.compile(r"năm học\s*$"),
        # "chuyến thăm chính thức Việt Nam từ ngày 17 - 22/6": the visit's days, not its talks'; of a visit under way
        # or done its programme may come between: "bắt đầu chuyến thăm cấp nhà nước tới CHND Trung Hoa và dự Diễn đàn
        # cấp cao hợp tác quốc tế "Vành đai và Con đường" từ ngày 11 đến 15-5" (of one announced, "sẽ thăm chính thức
        # Nhật Bản và tham dự Hội nghị Tương lai châu Á lần thứ 23 tại Tokyo, Nhật Bản, từ ngày 4/6 đến 8/6", those are
        # the only days the meeting ahead has)
        "trip": re.compile(rf"(?:{alternation(data['trip'], word_start=True)})(?!\w)[^.;\n]{{0,80}}$"
                           rf"|(?<!sẽ )(?<!sắp )(?<!kiến )"
                           rf"(?:{alternation([w for w in data['trip'] if not w.startswith('sẽ ')], word_start=True)})(?!\w)"
                           rf"[^.;\n]{{81,{_TRIP_REACH}}}$"),
        # a visit's days written before it: "Trong 2 ngày 6-7/7, Tổng Bí thư Nguyễn Phú Trọng đã đến thăm, làm việc
        # tại tỉnh Bắc Kạn" (an abbreviation's dot stays in the clause: "Bí thư T.Ư Đảng ... thăm, làm việc")
        "trip_after": re.compile(rf"(?:[^.;\n]|\.(?=\S)){{0,{_TRIP_REACH}}}?"
                                 rf"(?:{alternation(data['trip'], word_start=True)})(?!\w)"),
        # ... or after it, its host between: "đang thăm hữu nghị chính thức Việt Nam, dự các hoạt động kỷ niệm ... và
        # tham dự Hội nghị Chủ tịch Mặt trận Tổ quốc 3 nước ... từ ngày 23 đến 26/6" (_visit_days)
        "trip_before": re.compile(rf"(?:{alternation(data['trip'], word_start=True)})(?!\w)"
                                  rf"(?:[^.;\n]|\.(?=\S)){{0,{_VISIT_REACH}}}$"),
        "visit_session": re.compile(rf"(?:{alternation(data['visit_session'], word_start=True)})(?!\w)"),
        # "Đêm 4/7, Thủ tướng ... rời Hà Nội, lên đường ... tham dự Hội nghị G20": the day they set off
        "departure": re.compile(rf"[^.;\n]{{0,120}}?(?:{alternation(data['departure'], word_start=True)})(?!\w)"),
        # "các tháng 3-4/2017", "quý 2-3/2017": months or quarters, not a day
        "months_before": re.compile(rf"(?:{alternation(data['months_before'], word_start=True)})\s*$"),
        # "Cambodia Daily hôm 6/2 thông tin, Đại sứ ... trong cuộc họp báo hôm 3.2 khẳng định": the report's day
        "reported": re.compile(rf"\)?\s*(?:{alternation(data['reported'])})(?!\w)"),
        # ... or an outlet that the day is told of, as the subject of what it says (_outlet_day)
        # (a generic outlet, "Hãng tin ...", "tờ ...", or an agency by name, news_agencies.txt)
        "outlet": re.compile(rf"(?<!\w)(?<!họp )(?:{alternation((*data['outlets'], *lexicon.words('news_agencies.txt')))})(?!\w)"
                             r"[^,.;:!?\n()]{0,35}$"),
        # ... or the day a source released the news: "Tin từ Bộ Công Thương ngày 6.2 cho biết, Thứ trưởng ... đã chủ trì
        # cuộc họp", "thông cáo của phát ngôn viên Lầu Năm Góc ngày 8/2 cho biết"
        "released": re.compile(rf"(?:{alternation(data['released'], word_start=True)})"
                               rf"\s+(?:từ|của)\s+[^,.;:!?\n]{{2,60}}$"),
        # ... or a paper issued that day, in the clause it opens: "Ngày 8/2, Bộ Ngoại giao Singapore ra thông cáo về kết
        # quả Hội nghị ..." (_caption_of_another_day)
        "issued": re.compile(rf"[^,.;:!?\n]{{0,60}}?(?<!\w)(?:{alternation(data['issued'])})(?!\w)"),
        # ... or a source telling the news that day, as the subject of the clause the day opens: "Ngày 2.6, nguồn tin
        # riêng của Lao Động cho biết, Đoàn kiểm tra ... vừa có buổi làm việc", "Ngày 3/7, trang thông tin chính thức
        # của Ủy ban kiểm tra Trung ương đã phát đi Thông cáo báo chí Kỳ họp thứ 15" (_told_day)
        "told_after": re.compile(rf"\s*[,)]?\s*(?:{alternation(told_by)})(?:\s+(?:riêng|chính thức|nhanh))?"
                                 rf"(?:\s+(?:từ|của)\s+[^.;:!?\n]{{1,100}}?)?\s*,?\s+(?:(?:đã|vừa)\s+)?"
                                 rf"(?:{alternation(data['told_verbs'])})(?!\w)"),
        # ... or with the day right after its noun: "Thông báo ngày 6/2 của IMF cho biết tại cuộc họp ..."
        "told_before": re.compile(rf"(?:{alternation(told_by, word_start=True)})\s+(?:ngày|hôm)\s*$"),
        "told_of": re.compile(rf"\s*(?:của|từ)\s+[^.;:!?\n]{{1,60}}?\s+(?:{alternation(data['told_verbs'])})(?!\w)"),
        # ... or what a report told at the meeting says happened that day: "Theo báo cáo của UBND quận Ngô Quyền, sáng
        # ngày 11/5/2017, chị X ... thì bị ..."
        "report_of": re.compile(rf"(?:{alternation(data['report_of'], word_start=True)})"
                                rf"(?:\s+(?:của|từ)\s+[^,.;:!?\n]{{2,60}})?"
                                rf"\s*,\s*(?:(?:vào\s+)?(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s*)?$"),
    }


# --- the dates written in the text -----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Mention:
    """One written date or range: day, month and (when written) year of its first and last day."""

    span: Span
    d1: int
    m1: int
    y1: int | None
    d2: int
    m2: int
    y2: int | None
    sep: str = "/"  # how day and month are joined: "/", "-", ".", or "tháng"
    end_span: Span | None = None  # where the last day is written, when apart ("bế mạc ngày 7/7")

    @property
    def is_range(self) -> bool:
        return (self.d1, self.m1) != (self.d2, self.m2)

    @property
    def year(self) -> int | None:
        return self.y2 if self.y2 is not None else self.y1

    def dates(self, year: int | None = None) -> tuple[dt.date, dt.date] | None:
        """Both days as dates, the missing year taken from `year`; None when they are not real days."""
        y2 = self.y2 if self.y2 is not None else (self.y1 if self.y1 is not None else year)
        if y2 is None:
            return None
        wraps = (self.m1, self.d1) > (self.m2, self.d2)
        y1 = self.y1 if self.y1 is not None else (y2 - 1 if wraps else y2)
        if self.y2 is None and self.y1 is not None and wraps:
            y2 = y1 + 1
        try:
            return dt.date(y1, self.m1, self.d1), dt.date(y2, self.m2, self.d2)
        except ValueError:
            return None


def _plausible(mention: Mention) -> bool:
    """Real days, in order, no longer apart than a meeting lasts."""
    pair = mention.dates(2000 if mention.m1 != 2 or mention.d1 != 29 else 2004)
    if pair is None:
        return False
    return 0 <= (pair[1] - pair[0]).days <= MAX_EVENT_DAYS


def _mention(match: re.Match[str]) -> Mention:
    groups = match.groupdict()
    d1 = int(groups["d1"])
    d2 = int(groups.get("d2") or d1)
    m2 = int(groups.get("m2") or groups["m1"])
    m1 = int(groups.get("m1") or m2)
    y1 = int(groups["y1"]) if groups.get("y1") else None
    y2 = int(groups["y2"]) if groups.get("y2") else None
    if not groups.get("d2"):
        y2 = y2 or y1
        y1 = y1 or y2
    text = match.group(0)
    sep = "tháng" if "tháng" in text else ("/" if "/" in text else ("." if "." in text else "-"))
    return Mention(match.span(), d1, m1, y1, d2, m2, y2, sep)


def find_mentions(doc: Doc) -> list[Mention]:
    """Every date or range written in the text, in text order, numbers that only look like dates left out."""
    return list(_mentions(doc))


@lru_cache(maxsize=4)
def _mentions(doc: Doc) -> tuple[Mention, ...]:
    """find_mentions, once a doc: the event's date and the dates around its people read the same list."""
    low = doc.low
    cues = _cues()
    intro = cues["intro"]
    found: list[Mention] = []
    # every form starts at the first digit of a number (not after / . ,): trying the forms there
    # only finds what finditer would, at a tenth of the cost of scanning the text six times
    starts = [m.start() for m in _DIGITS.finditer(low) if not m.start() or low[m.start() - 1] not in "/.,"]
    for form in _FORMS:
        end = 0
        for at in starts:
            match = form.match(low, at) if at >= end else None
            if match is None:
                continue
            end = match.end()
            mention = _mention(match)
            if not _plausible(mention):
                continue
            before = low[max(0, match.start() - 40): match.start()]
            if _DOC_NUMBER.search(before) or cues["months_before"].search(before):
                continue  # (and "các tháng 3-4/2017": two months, not the 3rd of April)
            if mention.year is None and cues["counted_after"].match(low, match.end()):
                continue  # "có đến 5-6 đội bóng": a count, even after a date word
            if form is _SPACED and not cues["part"].search(before):
                continue  # (a day and month spaced as a span only after a time of day: "Chiều ngày 14 – 7")
            if mention.year is None and not intro.search(before):
                if mention.sep in "-." and not _WORDED_RANGE.search(match.group(0)):
                    continue  # "tỷ số 2-1", "2.5 triệu": a bare dash or dot pair is a date only after a date word
                # (a span of days written with its month, "22-23/6", is a date after any word: "làm việc 22-23/6")
                if not (mention.is_range and mention.sep == "/") and (
                        cues["not_date_before"].search(before) or cues["not_date_after"].match(low, match.end())):
                    continue
            found.append(mention)
    found.sort(key=lambda m: (m.span[0], m.span[0] - m.span[1]))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.span[0] < kept[-1].span[1]:
            continue
        kept.append(mention)
    return tuple(kept)


# --- scoring: which date is the event's -------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Context:
    doc: Doc
    anchor: int
    ends: list[int]  # sentence ends
    header: Span | None
    same_day: Span | None = None  # the dated sentence a "Chiều cùng ngày" sentence of the event's takes its day from

    def sentence(self, pos: int) -> Span:
        i = bisect_right(self.ends, pos)
        start = self.ends[i - 1] if i else 0
        end = self.ends[i] if i < len(self.ends) else len(self.doc)
        return start, end


#: what may stand before a day that opens its sentence: "Sáng ", "Chiều nay (", "Ngày "
_OPENS_ITS_SENTENCE = re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+)?(?:nay\s*|qua\s*)?\(?\s*")
#: how far after the meeting's noun its day may stand to be told as the meeting's own ("cuộc họp ngày 8/6", "buổi làm
#: việc chiều 15/6", "trong cuộc họp báo hôm 4/6"): the noun, then a time of day, "ngày" or "hôm"
_NOUN_THEN_DAY = 28
_NOUN_THEN_DAY_RE = re.compile(r"(?:[^\W\d_]+ ){1,3}(?:(?:vào )?(?:(?:sáng|chiều|tối|trưa)(?: nay| qua)?|hôm nay|hôm qua)\s*[(,]?\s*)?"
                               r"(?:(?:thứ \w+|chủ nhật),?\s*)?(?:(?:ngày|hôm)\s*)?")
#: ... or with its place between: "một cuộc họp cấp cao ở Thổ Nhĩ Kỳ hôm 7/4", "cuộc họp báo tại Hà Nội ngày 10-7"
#: (the place's words, not what the meeting is about: "cuộc họp tại sở về vụ cháy ngày 29/5" is the fire's day)
_NOUN_PLACE_THEN_DAY = 60
_NOUN_PLACE_THEN_DAY_RE = re.compile(r"(?:[^\W\d_]+ ){1,4}(?:ở|tại) (?:(?!(?:về|bàn|xảy|của|do|với|nhằm|vụ) )[^\W\d_]+ ){1,4}"
                                     r"(?:vào )?"
                                     r"(?:(?:sáng|chiều|tối|trưa|ngày|hôm) )?")


#: what the day the event's sentence opens on weighs more than other days of that sentence
_OPENING_DAY = 2
#: what the day written right after the meeting's noun weighs more than other days of that sentence
_NOUN_DAY = 2


def _right_after_its_noun(ctx: _Context, start: int) -> bool:
    """Whether the day at `start` stands right after the event's noun, as its own day: "tại cuộc họp ngày 8/6", "trong
    cuộc họp báo hôm 4/6", or with its place between: "khi tham gia một cuộc họp cấp cao ở Thổ Nhĩ Kỳ hôm 7/4" (in a
    sentence that opens on the day of the speech that tells of it, "Trong bài phát biểu ... ngày 27/4")."""
    low, gap = ctx.doc.low, start - ctx.anchor
    return 0 < gap <= _NOUN_THEN_DAY and bool(_NOUN_THEN_DAY_RE.fullmatch(low, ctx.anchor, start)) \
        or 0 < gap <= _NOUN_PLACE_THEN_DAY and bool(_NOUN_PLACE_THEN_DAY_RE.fullmatch(low, ctx.anchor, start))


def _opens_the_events_sentence(ctx: _Context, mention: Mention) -> bool:
    """Whether the date opens the sentence that names the event, before the event's noun."""
    start = mention.span[0]
    a_start, a_end = ctx.sentence(ctx.anchor)
    return a_start <= start < ctx.anchor and bool(_OPENS_ITS_SENTENCE.fullmatch(ctx.doc.low, a_start, start))


#: a day told in Hà Nội's time ("1/6 giờ Hà Nội", "2-6, giờ Hà Nội") as the rendering of a local day written before it
#: ("tức", an open bracket)
_HOME_TIME_AFTER = re.compile(r"[\s,)]*(?:theo\s+)?giờ\s+(?:hà nội|việt nam|vn)(?!\w)")
_HOME_TIME_BEFORE = re.compile(r"(?:(?<!\w)tức|\()[^.;:!?\n()]{0,25}$")


#: a day the calendar names, its date in brackets after it: "nhân dịp Ngày Thế giới phòng chống tăng huyết áp (17/5)",
#: "một ngày trước Ngày Báo chí cách mạng Việt Nam (21/6)" (the capital "Ngày", then a capital word: its name); or the
#: date right after the name, which ends on the nation or the world the day is kept by: "hưởng ứng ngày hội sách và văn
#: hóa đọc Việt Nam 23/4", "Ngày Gia đình Việt Nam 28-6", "Ngày Dân số thế giới 11-7" (not a place the day is spent
#: in: "ngày làm việc tại Việt Nam")
_NAMED_DAY_BEFORE = re.compile(r"(?<!\w)Ngày\s+[A-ZĐÀ-Ỹ][^()\n.;:!?]{2,80}\(\s*$|(?<!\w)[Nn]gày\s+"
                               r"(?:(?!(?:tại|ở|sang|đến|tới)(?!\w))[^\W\d]+\s+){1,10}?"
                               r"(?:[Vv]iệt\s+[Nn]am|[Qq]uốc\s+tế|[Tt]hế\s+giới|[Tt]oàn\s+dân)\s+$")


#: a caption of an archive photo, closed by its credit: "Ông Đinh La Thăng phát biểu tại một hội nghị diễn ra ngày 28-2
#: - Ảnh: T.L" (the day the old photo was taken, never the meeting's)
_FILE_PHOTO = re.compile(r"[^.!?\n]{0,40}?(?<!\w)ảnh\s*:?\s*" + ARCHIVE_PHOTO + r"(?!\w)")
#: what an outlet the day is told of says, right after the day (_outlet_day)
_OUTLET_SAYS = re.compile(r"\s*\)?\s*(?:cho biết|đưa tin|dẫn)(?!\w)")


_OUTLET = 20
#: a document's date in a report's preamble (_score): below any day the meeting is told held on
_DOCUMENT = 6
_DOCUMENT_REACH = 220

#: a match's day, written in the clause of the match a meeting is held before ("trước trận"), the match told by its
#: teams, its kick-off or as tomorrow's: "tại buổi họp báo trước trận giao hữu quốc tế U23 Việt Nam - U23 Malaysia sẽ
#: diễn ra vào 18h ngày mai 7-2", "Trước trận giao hữu giữa U23 Việt Nam - U23 Malaysia diễn ra lúc 18 giờ ngày 7-2,
#: BTC đã tiến hành cuộc họp báo" (the day of the match, not of the press conference before it; not a press conference
#: told held on its own day: "Trong buổi họp báo trước trận đấu được tổ chức chiều 21-5")
_BEFORE_MATCH = re.compile(r"(?<!\w)trước\s+(?:khi\s+)?trận(?!\w)([^.;:!?\n,()]{0,100})$")
_MATCH_TOLD = re.compile(r"(?<!\w)(?:gặp|giữa|với|mai)(?!\w)|\s[-–]\s|(?<!\w)\d{1,2}\s?(?:h|giờ)(?:\s?\d{2})?(?!\w)")
#: ... not when the clause tells the meeting held itself, the match neither ahead nor at its kick-off: "Buổi họp báo
#: trước trận gặp Thái Lan được tổ chức chiều 4/9/2017" (the press conference's own day)
_HELD_ITSELF = re.compile(r"(?<!\w)(?:tổ\s+chức|diễn\s+ra)(?!\w)")
_MATCH_AHEAD = re.compile(r"(?<!\w)(?:sẽ|mai)(?!\w)|(?<!\w)\d{1,2}\s?(?:h|giờ)(?:\s?\d{2})?(?!\w)")
#: a team's training, the day written in its clause: "trong buổi tập cuối cùng của U23 Việt Nam chiều 6/2", "Công
#: Phượng và đồng đội trong bài tập tăng sự dẻo dai vào chiều tối 6-2", "(tập 1 buổi duy nhất vào chiều 6/2)"
#: (not a training course, "buổi tập huấn", itself a meeting: "Sở Y tế tỉnh Hòa Bình đã tổ chức buổi tập huấn chiều
#: 6/2/2017 cho 200 cán bộ")
_TRAINING = re.compile(r"(?<!\w)(?:(?:buổi|bài)\s+tập(?!\s+huấn)|tập\s+luyện|tập\s+\d+\s+buổi)(?!\w)"
                       r"([^.;:!?\n,()]{0,60})$")
_MATCH_REACH = 140
_MATCH = 20


def _match_day(ctx: _Context, mention: Mention) -> bool:
    """Whether the day is a sports team's other occasion: the match a meeting is held before, the day written in that
    match's clause (_BEFORE_MATCH), or a training session (_TRAINING), with no meeting named between it and the day."""
    low, start = ctx.doc.low, mention.span[0]
    lo = max(ctx.sentence(start)[0], start - _MATCH_REACH)
    before = _BEFORE_MATCH.search(low, lo, start)
    if not (before and _MATCH_TOLD.search(before.group(1))
            and not (_HELD_ITSELF.search(before.group(1)) and not _MATCH_AHEAD.search(before.group(1)))):
        before = _TRAINING.search(low, lo, start)
    return bool(before and not any_kind_pattern().search(low, before.start(1), start))


def _outlet_day(ctx: _Context, mention: Mention) -> bool:
    """Whether the day is told of a news outlet saying something: "Hãng tin Reuters hôm qua 16/6 cho biết, một cuộc họp
    qua điện thoại giữa ...", "Phóng viên TTXVN tại New Delhi ngày 17/5 dẫn mạng tin ... cho biết": the report's day, not
    the meeting's (a press conference, "họp báo ngày 30/5 cho biết", is no outlet)."""
    start, end = mention.span
    s_start = ctx.sentence(start)[0]
    return bool(_OUTLET_SAYS.match(ctx.doc.low, end)
                and _cues()["outlet"].search(ctx.doc.low, max(s_start, start - 60), start))


#: what a source's telling says of its own day, a meeting held that day: "Ngày 6/2, tin từ ... cho biết, sáng cùng ngày,
#: ..." (_told_day)
_TOLD_THAT_DAY = re.compile(r"(?<!\w)(?:cùng ngày|(?:hôm|sáng|chiều|trưa|tối|đêm) nay)(?!\w)")


def _told_day(ctx: _Context, mention: Mention) -> bool:
    """Whether the day is the one a source told the news (dates_cues.json, released and told_by, told_verbs), as the
    subject of the clause the day opens ("Ngày 2.6, nguồn tin riêng của Lao Động cho biết, Đoàn kiểm tra liên ngành
    ... vừa có buổi làm việc", "Sáng 14/5, tin nhanh từ ban Giám hiệu ... cho biết, Hội đồng kỷ luật nhà trường đã
    tiến hành họp") or with the day right after its noun ("Thông báo ngày 6/2 của IMF cho biết tại cuộc họp ..."): the
    day it was told, the meeting's before it, unless what it says is of that same day ("cùng ngày", "sáng nay")."""
    low, (start, end) = ctx.doc.low, mention.span
    s_start, s_end = ctx.sentence(start)
    cues = _cues()
    told = cues["told_after"].match(low, end, s_end)
    if told is None and cues["told_before"].search(low, max(s_start, start - 30), start):
        told = cues["told_of"].match(low, end, s_end)
    return bool(told and not _TOLD_THAT_DAY.search(low, told.end(), s_end))


#: a photo's credit closing the caption a day stands in, the caption's words after the day in its sentence: "Tổng thống
#: Mỹ Donald Trump phát biểu tại một sự kiện ở Tampa, Florida ngày 6/2. Ảnh: AFP/TTXVN", "... ở Naypyitaw ngày
#: 28/10/2016. (Nguồn: EPA/TTXVN)"
#: (each optional mark with its own spaces before it: no two runs of spaces one after the other, tried at every split)
_CAPTION_CLOSE = re.compile(r"[^.!?\n]{0,60}?[.]?(?:\s*[-–])?(?:\s*\()?\s*(?:ảnh|nguồn)\s*:")
#: a day's own words before it: "ngày 8/2", "Sáng 22/5", "hôm 7/7"
_DAY_WORD_BEFORE = re.compile(r"(?<!\w)(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua))?\s*[(,]?\s*$")
_LEAD_REACH = 4


#: a credit right at a sentence's end, the sentence a caption: "... ngày 4/5. (Nguồn: AFP/TTXVN)"
_CREDIT_AT_END = re.compile(r"(?<!\w)(?:ảnh|nguồn)\s*:")
_CREDIT_OPENS = re.compile(r"\s*\(?\s*(?:ảnh|nguồn)\s*:")


def _in_caption(ctx: _Context, pos: int, end: int) -> bool:
    """Whether [pos, end) stands in a photo's caption, its sentence closed by a credit."""
    return bool(_CAPTION_CLOSE.match(ctx.doc.low, end, min(len(ctx.doc.low), ctx.sentence(pos)[1] + 15)))


def _a_caption(ctx: _Context, sentence: Span) -> bool:
    """Whether the sentence is a photo's caption, a credit right at its end, or the credit itself."""
    low = ctx.doc.low
    return bool(_CREDIT_AT_END.search(low, max(sentence[0], sentence[1] - 8), min(len(low), sentence[1] + 15))
                or _CREDIT_OPENS.match(low, sentence[0]))


def _caption_of_another_day(ctx: _Context, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The lead's day, when the day stands in a photo's caption outside the event's sentence while the article's lead
    (its first sentence that is no caption) writes another day and the body nowhere writes the caption's: the photo is
    of another occasion ("Tổng thống Mỹ Donald Trump ngày 8/2 đã chỉ trích ..." with the caption "... phát biểu tại một
    sự kiện ở Tampa, Florida ngày 6/2. Ảnh: AFP/TTXVN"; "Ngày 22/5, ngoại trưởng các nước ... EU đã nhất trí ..." with
    "... Michel Barnier tại cuộc họp của Nghị viện châu Âu ở Strasbourg, Pháp ngày 17/5. Ảnh: EPA/TTXVN")."""
    start, end = mention.span
    a_start, a_end = ctx.sentence(ctx.anchor)
    if a_start <= start < a_end or not _in_caption(ctx, start, end):
        return None
    low = ctx.doc.low
    body = low.find("\n")
    if body < 0:
        return None
    lead: Span | None = None
    at = body + 1
    for _ in range(_LEAD_REACH):  # (past the captions set before the lead, a few at most)
        if at >= len(low):
            break
        sentence = ctx.sentence(at)
        if low[sentence[0]:sentence[1]].strip() and not _a_caption(ctx, sentence):
            lead = sentence
            break
        at = sentence[1]
    if lead is None or lead[0] <= start < lead[1]:
        return None
    own = (mention.d1, mention.m1)
    lead_days = []
    for m in mentions:
        if (m.d1, m.m1) == own and m is not mention and not _in_caption(ctx, m.span[0], m.span[1]):
            return None  # (the body writes the caption's day too: the photo is of the meeting)
        if lead[0] <= m.span[0] < lead[1] and (m.d1, m.m1) != own \
                and _DAY_WORD_BEFORE.search(low, max(lead[0], m.span[0] - 20), m.span[0]):
            lead_days.append(m)
    if len(lead_days) != 1:
        return None
    # (nor the day a paper of it was issued, told with the comma after it: "Ngày 8/2, Bộ Ngoại giao Singapore ra thông
    # cáo về kết quả Hội nghị Bộ trưởng Ngoại giao ASEAN hẹp" with the caption "... hẹp ở Singapore ngày 6/2. Ảnh: TTXVN")
    issued = _cues()["issued"]
    after = lead_days[0].span[1]
    return None if issued.match(low, after + 1 if low.startswith(",", after) else after, lead[1]) else lead_days[0]


def _cut_off(ctx: _Context, mention: Mention) -> bool:
    """Whether the day is a figure's cut-off, written after its words (dates_cues.json, cut_off): "cập nhật đến ngày
    20/4, tăng trưởng tín dụng đạt 4,86%", "lũy kế từ năm 2013 đến 31/3/2017, tổng số tiền thu hồi nợ ..."."""
    start = mention.span[0]
    s_start = ctx.sentence(start)[0]
    return bool(_cues()["cut_off"].search(ctx.doc.low, max(s_start, start - _BEFORE_DAY), start))


#: what a deadline's day loses: more than the event's own sentence, its held words and its day word give it (7), with
#: room to spare, so it stays below MIN_SCORE ("Vụ Kế hoạch chủ trì ... lập báo cáo tổng thể về 12 dự án báo cáo Lãnh
#: đạo Bộ Công Thương trước ngày 10/2/2017" summing up a meeting's orders in its lead: the meeting's day is not given)
_DEADLINE = 12

#: what a public holiday's day loses: as much as a deadline's (_DEADLINE), so it stays below MIN_SCORE in the event's
#: own sentence
_HOLIDAY = 12


def _score(ctx: _Context, mention: Mention) -> float:
    cues = _cues()
    low = ctx.doc.low
    start, end = mention.span
    s_start, s_end = ctx.sentence(start)
    s_start, s_end = max(s_start, start - SENTENCE_REACH), min(s_end, end + SENTENCE_REACH)  # bound the work
    before = low[max(s_start, start - _BEFORE_DAY): start]
    after = low[end: end + 12]
    score = 0.0
    if cues["part"].search(before):
        score += 3
    elif cues["today"].search(before):
        score += 3
    elif cues["weekday"].search(before):
        score += 2
    elif cues["ngay"].search(before):
        score += 1
    if _SPAN_LEAD.search(low[max(s_start, start - 60): start]):
        score += 3
    if mention.is_range:
        score += 1
    if cues["held"].search(low, s_start, s_end):
        score += 2
    if re.match(r"\s*[,)]?\s*(?:tại|ở)\s", after):
        score += 2
    if cues["past"].search(low, s_start, start):
        score -= 4
    if _FILE_PHOTO.match(low, end, s_end):
        score -= 10
    if cues["deadline"].search(before):
        score -= _DEADLINE  # a deadline or a rule's start ("báo cáo lãnh đạo Bộ trước ngày 10/2/2017") is never the day it
        # sat, not even in the event's own sentence (a lead that sums up the orders given)
    if _cut_off(ctx, mention):
        score -= _CUT_OFF  # a figure's cut-off ("theo công bố tại phiên họp Chính phủ thường kỳ tháng 4/2017, thì cập nhật
        # đến ngày 20/4, tăng trưởng tín dụng đạt 4,86%"): never the day a meeting sat, an empty date is better
    if _runs_from(mention, before):
        score -= _RUNS_FROM  # the day something starts from ("chuyển giao 77 CĐCS ... về trực thuộc sự quản lý, chỉ đạo trực tiếp
        # của LĐLĐ huyện từ ngày 1/7"), not one a meeting is held from ("Hội nghị diễn ra từ ngày 14/6")
    if cues["published"].search(before):
        score -= 6
    if mention.is_range and cues["trip"].search(low, max(s_start, start - _TRIP_REACH - 40), start):
        score -= 4  # a visit's days ("chuyến thăm ... từ ngày 17 - 22/6"), not the talks held during it
    if cues["departure"].match(low, end, s_end):
        score -= 10  # the day a leader sets off for the meeting: a last resort
    if cues["document"].search(low, max(s_start, start - _DOCUMENT_REACH), start):
        score -= _DOCUMENT  # a document's date, named in the preamble the report opens on: "Thực hiện Nghị quyết Đại hội
        # lần thứ 2 Hội Thư viện Việt Nam nhiệm kỳ 2011 – 2016 ngày 24/11/2011; ..." (never the meeting's day)
    if cues["holiday"].search(before):
        score -= _HOLIDAY  # a public holiday's days: "họp trực tuyến ... cấp bách phòng chống dịch Covid-19 ..., nhất là
        # trong và sau dịp lễ 30/4-1/5" (the meeting's own day is not given)
    if _NAMED_DAY_BEFORE.search(ctx.doc.text, max(s_start, start - 90), start):
        score -= 10  # the date of a day the calendar names: "một ngày trước Ngày Báo chí cách mạng Việt Nam (21/6)"
    if _HOME_TIME_AFTER.match(low, end) and _HOME_TIME_BEFORE.search(before):
        score -= 6  # the same moment told in Hà Nội's time after the local day: "hôm 31/5 (rạng sáng 1/6 giờ Hà Nội)",
        # "7/7 (theo giờ địa phương, tức rạng sáng 8/7 theo giờ Hà Nội)": the meeting's day is the local one
    if cues["reported"].match(low, end, s_end) or cues["released"].search(low, max(s_start, start - 80), start) \
            or cues["report_of"].search(low, max(s_start, start - 90), start):
        score -= 4
    elif _outlet_day(ctx, mention):
        score -= _OUTLET  # the day an outlet reports: never the meeting's, an empty date is better
    elif _told_day(ctx, mention):
        score -= _OUTLET  # the day a source told the news ("Ngày 2.6, nguồn tin ... cho biết, ... vừa có buổi làm việc"):
        # the meeting was before it, an empty date is better
    if _match_day(ctx, mention):
        score -= _MATCH  # the day of the match the meeting is held before: never the meeting's, an empty date is better
    window_start = max(0, start - 40)
    window = low[window_start: end + 40]
    line = window[window.rfind("\n", 0, start - window_start) + 1:].split("\n", 1)[0]
    if len(line) < 40 and not cues["held"].search(line):
        score -= 2  # a line holding only a date: a dateline or a list item's date
    a_start, a_end = ctx.sentence(ctx.anchor)
    if a_start <= start < a_end:
        score += 4
        if _opens_the_events_sentence(ctx, mention):
            score += _OPENING_DAY  # "Sáng 30.6, HĐND TP.Hà Nội họp báo về kỳ họp thứ 4 (diễn ra từ ngày 3 - 5.7)"
        if _right_after_its_noun(ctx, start):
            score += _NOUN_DAY  # the meeting's own day, right after its noun: "tại cuộc họp ngày 8/6 nhằm đánh giá ... sự cố
            # y khoa ngày 29/5 tại ..."
        elif _another_meetings_day(ctx, start):
            score -= _NOUN_DAY  # another meeting's own day in the sentence: "Tại cuộc họp báo chiều 8/5, ... cho biết, Hội
            # nghị Thủ tướng với doanh nghiệp năm 2017 ... sẽ diễn ra vào ngày 17/5"
    elif ctx.same_day and ctx.same_day[0] <= start < ctx.same_day[1]:
        score += 4  # the day of the sentence a "cùng ngày" event's sentence refers to, however far before it
    else:
        score -= min(abs(start - ctx.anchor) / 400, 4)
    return score


#: an event's sentence told on the day of the last dated sentence before it: "Chiều cùng ngày, Phó Chủ tịch nước ...
#: đã tiếp Thống đốc ...", "Theo Đại tá Thành, cùng ngày, Thiếu tướng ... đã chủ trì cuộc họp", "Cũng trong sáng cùng
#: ngày, ... đã có buổi làm việc"
_OCCASION_DAY = re.compile(r"(?<!\w)(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)(?:\s+(?:nay|qua))?\s*[(,]?\s*$")
_SAME_DAY_OPENER = re.compile(r"(?<!\w)(?:cùng ngày|cũng trong ngày)(?!\w)")


def _same_day_sentence(ctx: _Context, mentions: list[Mention]) -> Span | None:
    """The sentence of the last day written before the event's sentence, when that sentence tells the event on "the same
    day" and writes no day of its own."""
    a_start, _ = ctx.sentence(ctx.anchor)
    if not _SAME_DAY_OPENER.search(ctx.doc.low, a_start, ctx.anchor):
        return None
    if any(a_start <= m.span[0] < ctx.sentence(ctx.anchor)[1] for m in mentions):
        return None
    # (an occasion's day, told with its time of day or "ngày": "sáng 15/5, Phó Chủ tịch nước ... đã tham dự", not an
    # anniversary's dates in brackets, "(8-11-1972 / 8-11-2017)")
    before = [m for m in mentions if m.span[1] <= a_start and _OCCASION_DAY.search(ctx.doc.low, max(0, m.span[0] - 14),
                                                                                   m.span[0])]
    return ctx.sentence(before[-1].span[0]) if before else None


#: a single day that something runs from, and what is held from such a day
_SINCE_DAY = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+(?:ngày\s+)?$")
_HELD_SINCE = re.compile(r"(?<!\w)(?:diễn\s+ra|khai\s+mạc|tổ\s+chức|họp|làm\s+việc|thăm|tiến\s+hành|kéo\s+dài|bắt\s+đầu)"
                         r"(?:\s+\w+){0,3}\s+(?:kể\s+)?từ\s+(?:ngày\s+)?$")
#: what stands between a meeting's noun and its own day: "cuộc họp báo chiều 8/5", "hội nghị ngày 3/6"
_ITS_DAY_WORDS = re.compile(r"\s*(?:(?:vào\s+)?(?:sáng|chiều|tối|trưa|ngày|hôm)(?:\s+(?:nay|qua))?\s*[(,]?\s*)?(?:ngày\s*)?")


_RUNS_FROM = 10
#: a figure's cut-off day ("cập nhật đến ngày 20/4", "lũy kế đến ngày 20/6/2017": dates_cues.json, cut_off) scores
#: this much below: never the meeting's, even in the meeting's own sentence
_CUT_OFF = 20
#: how far before a day its score reads the words that tell what the day is
_BEFORE_DAY = 45


def _runs_from(mention: Mention, before: str) -> bool:
    """Whether a single day is the one something runs from ("từ ngày 1/7"), the words `before` it not holding a
    meeting from it."""
    return not mention.is_range and bool(_SINCE_DAY.search(before)) and not _HELD_SINCE.search(before)


def _another_meetings_day(ctx: _Context, start: int) -> bool:
    """Whether the day at `start` follows right after the noun of another meeting than the event's (at ctx.anchor)."""
    low = ctx.doc.low
    lo = max(0, start - 30)
    nouns = [m for m in any_kind_pattern().finditer(low, lo, start) if _ITS_DAY_WORDS.fullmatch(low, m.end(), start)]
    return bool(nouns) and abs(nouns[-1].start() - ctx.anchor) > 12


#: the meeting told as ended, in the sentence of its day: "Ngày 7/7, ... Hội nghị ... đã kết thúc thành công"
_ENDED = re.compile(r"(?<!\w)đã\s+(?:bế mạc|kết thúc|khép lại)(?!\w)")  # (not a name: "họp báo kết thúc kỳ thi")
_CLOSING = re.compile(r"(?<!\w)(?:bế mạc|bế giảng|kết thúc)(?:\s+(?:vào|sáng|chiều|tối|trưa))*\s*(?:ngày\s*)?$")


#: the meeting's own noun, then its close ahead: "Diễn đàn kinh tế tại Bắc Kinh sẽ bế mạc vào ngày 15-5" (the words
#: between staying in the clause), or told as done: "Lớp tập huấn đã kết thúc vào ngày 28/8/2009" after "ngày 25/8 vừa
#: qua, ... khai mạc lớp tập huấn"
_ITS_CLOSE_AHEAD = re.compile(r"[^.;:!?\n]{0,40}?(?<!\w)(?:sẽ|dự kiến(?:\s+sẽ)?|đã)\s+(?:bế mạc|kết thúc)"
                              r"(?:\s+(?:vào|sáng|chiều|tối|trưa))*\s*(?:ngày\s*)?$")
#: the meeting's own noun, then the day it runs to: "Tại hội nghị năm nay, dự kiến kéo dài đến hết ngày 6/6" (not a
#: heat wave's or an exhibition's: the noun must be the event's); "Phiên họp dự kiến kéo dài hết ngày 12/7"
_RUNS_TO = re.compile(r"(?<!\w)kéo\s+dài\s+(?:(?:đến|tới|cho\s+đến)\s+(?:hết\s+)?|hết\s+)(?:ngày\s*)?$")
_ITS_RUN_AHEAD = re.compile(r"[^.;:!?\n]{0,40}?(?<!\w)kéo\s+dài\s+(?:(?:đến|tới|cho\s+đến)\s+(?:hết\s+)?|hết\s+)"
                            r"(?:ngày\s*)?$")


def _its_close_told_later(doc: Doc, anchor: int | None, start: int) -> bool:
    """Whether the day at `start`, written far after the event's day, is told as the close ahead of the event's own
    noun (the one at `anchor`): "Sáng 14-5, Diễn đàn cấp cao ... đã chính thức khai mạc ... Diễn đàn kinh tế tại Bắc
    Kinh sẽ bế mạc vào ngày 15-5" (not a deadline's: "hạn chót ... trong 10 ngày (sẽ kết thúc ngày 2/7 tới)")."""
    closing = _CLOSING.search(doc.low, max(0, start - 30), start)
    if anchor is None or not (closing or _RUNS_TO.search(doc.low, max(0, start - 30), start)):
        return False
    noun = any_kind_pattern().match(doc.low, anchor)
    if noun is None:
        return False
    ahead = _ITS_CLOSE_AHEAD if closing else _ITS_RUN_AHEAD
    return any(m.group(0) == noun.group(0) and ahead.fullmatch(doc.low, m.end(), start)
               for m in any_kind_pattern().finditer(doc.low, max(0, start - 80), start))


def _closing_day(doc: Doc, best: Mention, mentions: list[Mention], anchor: int | None = None) -> Mention:
    """'khai mạc ngày 5/7 và bế mạc ngày 7/7': the closing day written after a one-day date ends the event; and a
    closing day told first ('Ngày 7/7, ... Hội nghị ... đã kết thúc') is the end of the span written right after it
    that ends on it ('Hội nghị đã diễn ra từ ngày 15/6-7/7'). Further on, only the event's own noun told closing ahead
    ('Diễn đàn ... sẽ bế mạc vào ngày 15-5') ends it."""
    if best.is_range:
        return best
    ended = _ENDED.search(doc.low, best.span[1], best.span[1] + SENTENCE_REACH)
    if ended and "." not in doc.low[best.span[1]:ended.start()].replace("...", ""):
        for other in mentions:
            if other.is_range and 0 < other.span[0] - ended.end() <= SENTENCE_REACH \
                    and (other.d2, other.m2) == (best.d1, best.m1):
                return Mention(other.span, other.d1, other.m1, other.y1, other.d2, other.m2,
                               other.y2 if other.y2 is not None else best.y1, other.sep, other.end_span)
    for other in mentions:
        start = other.span[0]
        if start <= best.span[1] or other.is_range:
            continue
        if start - best.span[1] > SENTENCE_REACH or _RUNS_TO.search(doc.low, max(0, start - 30), start):
            if not _its_close_told_later(doc, anchor, start):
                continue
        elif not _CLOSING.search(doc.low, max(0, start - 30), start):
            continue
        year = best.year or other.year  # (a first day without its year takes the closing day's: "ngày 25/8 vừa qua
        first, last = best.dates(year or 2000), other.dates(year or 2000)  # ... | ... kết thúc vào ngày 28/8/2009")
        if first and last and 0 < (last[0] - first[0]).days <= MAX_SPAN_OVERRIDE:
            return Mention(best.span, best.d1, best.m1, best.y1 or other.y1,
                           other.d1, other.m1, other.y1 or best.y1, best.sep, other.span)
    return best


#: a day told ahead from the article's today: "Ngày mai (13/6)", "sáng mai 15/6"
_TOMORROW = re.compile(r"(?<!\w)mai\s*[(,]?\s*(?:ngày\s*)?$")
#: how many days after the day found a day the meeting goes on may stand
_CONTINUED_DAYS = 3


def _continued_day(ctx: _Context, best: Mention, mentions: list[Mention]) -> Mention:
    """A one-day date told ahead whose meeting goes on, in a later sentence opened by a day one to three days on:
    "Ngày mai (13/6), Thủ tướng ... bắt đầu trả lời chất vấn ... Sáng ngày 15/6, Bộ trưởng ... và các thành viên Chính
    phủ tiếp tục trả lời chất vấn" (its last day that one; not what someone will go on doing: "Mỹ sẽ tiếp tục duy trì
    sự hiện diện")."""
    low = ctx.doc.low
    if best.is_range or not (_TOMORROW.search(low, max(0, best.span[0] - 12), best.span[0])
                             or _cues()["ahead"].search(low, *ctx.sentence(best.span[0]))):
        return best  # (a sitting reported is its own: "Chiều 14/6, ... Theo chương trình, sáng mai (15/6), ...")
    first = best.dates(best.year or 2000)
    if first is None:
        return best
    last = None
    for other in mentions:
        start = other.span[0]
        if start <= best.span[1] or other.is_range or other.year not in (None, best.year):
            continue
        s_start, s_end = ctx.sentence(start)
        if not _cues()["opens_clause"].search(low, max(s_start - 1, start - 20), start) \
                or not _cues()["continued"].search(low, other.span[1], s_end):
            continue
        day = other.dates(best.year or 2000)
        if day and 0 < (day[0] - first[0]).days <= _CONTINUED_DAYS and (last is None or day[0] > last[1]):
            last = (other, day[0])
    if last is None:
        return best
    other = last[0]
    return Mention(best.span, best.d1, best.m1, best.y1, other.d1, other.m1, best.y1, best.sep, other.span)


#: how far before a span of days the meeting's noun names them as its own ("Trong hai ngày Hội thảo 25 và 26-5")
_NAMED_DAYS_REACH = 24


def _override_by_span(ctx: _Context, best: Mention, best_score: float, ranked: list[tuple[float, Mention]]) -> Mention:
    """A one-day date gives way to a stated span of a few days that contains it, when the span is a meeting's: told
    in the event's sentence or beside a meeting's noun (not "Kỳ thi THPT quốc gia ... diễn ra từ ngày 22 đến 24/6"
    for the press conference that closed it "Chiều 24/6"), and, of talks or a reception, beside a meeting of their own
    kind (_another_kinds_span)."""
    if best.is_range:
        return best
    year = best.year or 2000
    one = best.dates(year)
    if one is None:
        return best
    sits_once = _sits_once(ctx)
    for score, other in ranked:
        if not other.is_range or score < 0:
            continue
        if best.year and other.year and best.year != other.year:
            continue
        s_start, s_end = ctx.sentence(other.span[0])
        if sits_once and _another_kinds_span(ctx, s_start, other.span[0], sits_once):
            continue  # (a frame meeting's days: "Chiều 23/6, ... đã hội đàm ... tham dự Hội nghị ... từ ngày 23 đến 26/6")
        if _another_named_span(ctx, s_start, other.span[0]):
            continue  # (another meeting's days, named otherwise: "Hội nghị thượng đỉnh NATO" on 26/5, then "dự Hội nghị
            # thượng đỉnh Nhóm các nước công nghiệp phát triển (G7) trong hai ngày 26 và 27/5")
        if score < best_score - 8 and not any_kind_pattern().search(
                ctx.doc.low, max(s_start, other.span[0] - _NAMED_DAYS_REACH), other.span[0]):
            continue  # (the days named with the meeting's noun, however far down: "* Trong hai ngày Hội thảo 25 và 26-5")
        if not (s_start <= ctx.anchor < s_end or any_kind_pattern().search(ctx.doc.low, s_start, s_end)):
            continue
        if _cues()["trip"].search(ctx.doc.low, max(s_start, other.span[0] - _TRIP_REACH - 40), other.span[0]):
            continue  # a visit's days do not stretch the talks held during it: "đã tiếp ... thăm và làm việc tại VN từ 20 - 21.6"
        pair = other.dates(year if other.year is None else None)
        if pair and pair[0] <= one[0] <= pair[1] and (pair[1] - pair[0]).days <= MAX_SPAN_OVERRIDE:
            if other.year is None and best.year is not None:
                other = Mention(other.span, other.d1, other.m1, best.year, other.d2, other.m2, best.year, other.sep)
            return other
    return best


def _day_within_frame(ctx: _Context, ranked: list[tuple[float, Mention]]) -> tuple[float, Mention]:
    """The best-scored date; but when that is a span of days of another kind of meeting than the event, which sits once
    (_sits_once, _another_kinds_span), the best single day inside that span: "Tổng thống Donald Trump và Tổng thống
    Nga Putin sẽ “mặt đối mặt” lần đầu tiên trong ngày 7/7 ... cuộc gặp đầu tiên ... trong khuôn khổ Hội nghị thượng
    đỉnh G20 diễn ra trong hai ngày 7 và 8/7" (the talks sit on 7/7)."""
    best = ranked[0]
    if not best[1].is_range or not (kind := _sits_once(ctx)) \
            or not _another_kinds_span(ctx, ctx.sentence(best[1].span[0])[0], best[1].span[0], kind):
        return best
    days = best[1].dates(best[1].year or 2000)
    for score, other in ranked[1:]:
        if score < MIN_SCORE:
            break
        day = other.dates(best[1].year or other.year or 2000)
        if not other.is_range and days and day and days[0] <= day[0] <= days[1] \
                and other.year in (None, best[1].year):
            return score, other
    return best


def _sits_once(ctx: _Context) -> str | None:
    """The kind of the event's own noun (at the anchor) when it is a meeting that sits once (dates_cues.json,
    one_sitting: talks, a courtesy call, a reception), else None."""
    own = any_kind_pattern().match(ctx.doc.low, ctx.anchor)
    kind = kind_named(own.group(0)) if own else None
    return kind if kind in _one_sitting() else None


def _another_kinds_span(ctx: _Context, start: int, at: int, kind: str) -> bool:
    """Whether the meeting noun nearest before a span of days at `at` (from `start`, its sentence's start) is of another
    kind than `kind`, so the days are that meeting's: "mong chờ cuộc gặp đầu tiên ... trong khuôn khổ Hội nghị thượng
    đỉnh G20 diễn ra trong hai ngày 7 và 8/7" (not the talks' own, "cuộc hội đàm diễn ra trong hai ngày 8-9/5")."""
    nouns = list(any_kind_pattern().finditer(ctx.doc.low, start, at))
    # (the one-sitting kinds one family: "cuộc gặp" and "hội đàm" of one talks)
    nearest = kind_named(nouns[-1].group(0)) if nouns else None
    return nearest is not None and nearest != kind and nearest not in _one_sitting()


#: the words of a meeting's name after its noun: "Nhóm các nước công nghiệp phát triển" of "Hội nghị thượng đỉnh Nhóm
#: các nước công nghiệp phát triển (G7) trong hai ngày 26 và 27/5"
_NAME_AFTER_NOUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,7}")
#: how many name words after its noun tell a meeting apart
_NAME_WORDS = 3


def _name_words(low: str, at: int, stop: int) -> set[str]:
    """The words of the name written right after a meeting's noun ending at `at`, up to `stop` or a bracket, a
    punctuation mark or a word that tells the meeting sitting (_NAME_STOPS)."""
    m = _NAME_AFTER_NOUN.match(low, at + 1, stop) if low[at:at + 1] == " " else None
    stops = _name_cues("name_stops")
    return set(itertools.takewhile(lambda w: w not in stops, m.group(0).split() if m else []))


#: a meeting's short name in brackets after its full one: "(G7)", "(APEC)", "(SOM 2)"
_SHORT_NAME = re.compile(r"\(\s*([A-Z0-9][A-Za-z0-9&-]{1,9}(?: \d{1,2})?)\s*\)")
#: how far past the event's own noun its name is read
_OWN_NAME_REACH = 80


def _another_named_span(ctx: _Context, start: int, at: int) -> bool:
    """Whether the meeting noun nearest before a span of days at `at` (from `start`, its sentence's start) is not the
    event's own and is followed by a name of its own, with its short name in brackets, that shares no word with the
    event's: the days are that meeting's ("sau khi tham dự Hội nghị thượng đỉnh NATO, Thủ tướng May sẽ tới Italy để dự Hội nghị thượng đỉnh Nhóm
    các nước công nghiệp phát triển (G7) trong hai ngày 26 và 27/5" for the NATO summit)."""
    low = ctx.doc.low
    nouns = list(any_kind_pattern().finditer(low, start, at))
    own = any_kind_pattern().match(low, ctx.anchor)
    if not nouns or own is None or nouns[-1].start() == ctx.anchor:
        return False
    # (the other told by its own short name in brackets, which the event's name does not write: one summit named two
    # ways, "Hội nghị thượng đỉnh Nhóm các nền kinh tế ..." and "Hội nghị thượng đỉnh những quốc gia giàu mạnh nhất",
    # is one meeting)
    short = _SHORT_NAME.search(ctx.doc.text, nouns[-1].end(), at)
    if short is None or short[1] in ctx.doc.text[own.start():own.end() + _OWN_NAME_REACH]:
        return False
    theirs = _name_words(low, nouns[-1].end(), at)
    ours = _name_words(low, own.end(), min(len(low), own.end() + _OWN_NAME_REACH))
    return len(theirs) >= _NAME_WORDS and len(ours) >= _NAME_WORDS and not (theirs & ours) - _name_cues("name_shared")


#: how far the span's verb may stand after the subject that opens its sentence (a long name between: "Hội nghị chuyên
#: đề IPU ... khu vực Châu Á – Thái Bình Dường về Ứng phó với biến đổi khí hậu, ... diễn ra tại TP.HCM từ ngày 11-13/5")
_SUBJECT_REACH = 250


def _its_span_told_later(ctx: _Context, best: Mention, mentions: list[Mention]) -> Mention:
    """A one-day date that a later sentence tells as the first day of the event's span, the event (its own noun, or
    "Lớp học", "Khóa học", "Chương trình" standing for it) the sentence's subject: "Sáng 15/5, tại Hà Nội, Thư viện
    Quốc gia Việt Nam khai mạc lớp tập huấn nghiệp vụ ... Lớp học diễn ra từ ngày 15 đến 19/5" (its last day that
    span's). Not a visit's span ("Chủ tịch nước ... bắt đầu chuyến thăm cấp nhà nước ... từ ngày 11-15/5"), nor
    another meeting's ("Hội nghị G20 diễn ra trong 2 ngày 7-8/7" for talks held on its first day)."""
    if best.is_range:
        return best
    cues = _cues()
    low = ctx.doc.low
    own: re.Match[str] | None = None
    looked = False  # (the event's own noun at the anchor: matched once, only when a span may tell its last day)
    for other in mentions:
        if other.span[0] <= best.span[1] or not other.is_range or (other.d1, other.m1) != (best.d1, best.m1):
            continue
        if best.year is not None and other.year not in (None, best.year):
            continue
        pair = other.dates(other.year or 2000)
        if pair is None or (pair[1] - pair[0]).days > MAX_SPAN_OVERRIDE or _visit_days(ctx, other):
            continue
        if not looked:
            own, looked = any_kind_pattern().match(low, ctx.anchor), True
        s_start, _ = ctx.sentence(other.span[0])
        at = cues["span_lead"].match(low, s_start).end()
        if not (own is not None and low.startswith(own.group(0), at) or cues["span_subject"].match(low, at)):
            # (or after a clause set before the subject: "Diễn ra trong bối cảnh ASEAN đang kỷ niệm 50 năm thành lập
            # Hiệp hội, Hội nghị WEF ASEAN lần thứ 26 được tổ chức trong hai ngày từ 11-12/5/2017")
            comma = low.find(", ", at, other.span[0])
            at = comma + 2 if comma >= 0 else at
        subject = cues["span_subject"].match(low, at)
        if own is not None and low.startswith(own.group(0), at):
            end = at + len(own.group(0))
        elif subject is not None:
            kind = any_kind_pattern().match(low, at)
            if kind is not None and own is not None and not (own.group(0).startswith(kind.group(0))
                                                             or kind.group(0).startswith(own.group(0))):
                continue  # (another meeting's noun: "Hội nghị thượng đỉnh G20 diễn ra ..." for talks beside it)
            end = subject.end()
        else:
            continue
        if not cues["span_told"].fullmatch(low, end, other.span[0]):
            continue
        return Mention(best.span, best.d1, best.m1, best.y1 or other.y1, other.d2, other.m2,
                       other.y2 if other.y2 is not None else best.y1, best.sep, other.span)
    return best


def _visit_days(ctx: _Context, span: Mention) -> bool:
    """Whether a span of days reported is a visit's, not that of the meeting held during it, whose last day is then not
    given: "Trong 2 ngày 6-7/7, Tổng Bí thư ... đã đến thăm, làm việc tại tỉnh Bắc Kạn", "Chiều 24/6, ... Thủ tướng ...
    tiếp Chủ tịch Quốc hội Vương quốc Campuchia ... đang thăm hữu nghị chính thức Việt Nam, ... từ ngày 23 đến 26/6"
    (of a visit announced with the meeting it will attend, "sẽ thăm chính thức Nhật Bản và tham dự Hội nghị Tương lai
    châu Á ... từ ngày 4/6 đến 8/6", those are the only days the meeting ahead has)."""
    cues = _cues()
    low = ctx.doc.low
    start, end = span.span
    s_start, s_end = ctx.sentence(start)
    if cues["ahead"].search(low, s_start, s_end):
        return False  # (nor its programme: "trong thời gian chuyến thăm, từ ngày 4-8/6, ... sẽ phát biểu")
    return bool(cues["trip_before"].search(low, max(s_start, start - _VISIT_REACH - 40), start)
                or cues["trip_after"].match(low, end, s_end))


def _visit_session(ctx: _Context, visit: Mention, mentions: list[Mention], days: tuple[dt.date, dt.date],
                   year: int) -> Mention | None:
    """The one day inside a visit's span that its working session is told on, further in the same report (no "*" item
    of another leader's between): "Trong 2 ngày 6-7/7, Tổng Bí thư ... đã đến thăm, làm việc tại tỉnh Bắc Kạn ... Làm
    việc với cán bộ chủ chốt của tỉnh, chiều 7/7, Tổng Bí thư ... hoan nghênh ..."."""
    low = ctx.doc.low
    found = None
    # (up to the first "*" item after the visit's days)
    stop = min(i for i in (low.find("\n* ", visit.span[1]), low.find(" * ", visit.span[1]), len(low)) if i >= 0)
    for other in mentions:
        if other.span[0] <= visit.span[1] or other.is_range or other.year not in (None, year):
            continue
        if other.span[0] > stop:
            break
        day = other.dates(year)
        if not day or not days[0] <= day[0] <= days[1] \
                or not _cues()["part"].search(low, max(0, other.span[0] - 20), other.span[0]):
            continue
        s_start, s_end = _rough_sentence(ctx.doc, other.span[0])
        if _cues()["visit_session"].search(low, s_start, s_end):
            if found is not None and found.dates(year) != day:
                return None  # (sessions on two days: which one is the meeting is not told)
            found = other
    return found


# --- the year, when the event's date has none ------------------------------------------------

def nearest_year(month: int, day: int, around: dt.date, ahead: bool = False) -> int | None:
    """The year that puts day/month nearest `around`: a report looks back, so a day before it counts three
    times less than a day after; for an announcement ("sẽ diễn ra", "dự kiến") both count the same."""
    best: tuple[float, int] | None = None
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        gap = (around - when).days
        cost = abs(gap) if ahead or gap >= 0 else -3 * gap
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


#: a day and its month, each of one or two digits, between "/", "." or "-" (groups "day", "month"): "7/5", "3-11",
#: "3.2" (directions.dated_elsewhere reads the day a sentence opens on, or its first clause writes)
DAY_MONTH = r"(?P<day>\d{1,2})\s?[/.-]\s?(?P<month>\d{1,2})"
#: a sentence that opens on its day: "Sáng 12-5, ...", "Chiều 21.6, tại Phủ Chủ tịch, ...", "Trước đó ngày 23-1, ..."
#: (detect.day_opening, as detect.DAY_LEAD, which reads a year and "hôm" too but no "Trước đó")
OPENS_ON_DAY = re.compile(day_opening(r"(?:ngày\s+)?\(?" + DAY_MONTH + r"(?![\d%])", earlier=True, now=True))
#: a weekday written before a day (dates_cues.json), or "mai", and its comma or bracket: "Thứ năm, ngày 15/6", "Thứ Tư
#: (14/6)", "Ngày mai (15/6)", "sáng mai (15/6)"
_AHEAD_BEFORE = (r"(?:" + alternation((*lexicon.table("dates_cues.json")["weekdays"], "mai", "ngày mai"), spaces=True)
                 + r")(?!\w)(?:\s*[(,])?\s*")  # (the mark with its spaces: no two runs of spaces in a row)
#: ... or a programme's lead and its words up to a comma (dates_programme_leads.txt): "Theo chương trình kỳ họp, "
_PROGRAMME_LEAD = (r"\W*(?:" + alternation(lexicon.words("dates_programme_leads.txt"), spaces=True)
                   + r")(?!\w)[^,.;:!?\n]{0,40}?,")
#: a sentence that opens on the day of a programme, as a report gives another day's: its day (as OPENS_ON_DAY reads
#: it) led by its weekday, "mai" or a programme's lead: "Thứ năm, ngày 15/6, Quốc hội làm việc tại hội trường", "Theo
#: chương trình, sáng mai (15/6), Bộ trưởng ...", "Theo chương trình, sáng 31/5, Quốc hội thảo luận ..."
PROGRAMME_DAY = re.compile(r"(?:" + _PROGRAMME_LEAD + day_opening(r"(?:" + _AHEAD_BEFORE + r")?")
                           + r"|" + day_opening(_AHEAD_BEFORE) + r")(?:ngày\s+)?\(?" + DAY_MONTH + r"(?![\d%])")


def day_near(month: int, day: int, around: dt.date, year: str | None = None) -> dt.date | None:
    """The day a text writes as day/month[/year] (given month first, as nearest_year), in the year nearest `around` when
    it writes none (nearest_year: "ngày 28/12" in a report of a meeting on 5/1 is the last year's), a year of two digits
    read in the century that puts it nearer `around` ("ngày 7/5/17" in 2017 is 2017's, "7/5/99" is 1999's); None when
    there is no such day."""
    if year and len(year) == 2:
        full = min((int(year) + 1900, int(year) + 2000), key=lambda y: abs(y - around.year))
    else:
        full = int(year) if year else nearest_year(month, day, around)
    try:
        return dt.date(full, month, day) if full else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class YearEvidence:
    """The years an article mentions, split by how much each says about when the article is set.

    `strong`: written with the event's month in the event's sentence ("tháng 2/2017") or as the present
    ("6 tháng đầu năm 2017", "năm mới 2017"); `weak`: any other dated or plain mention ("năm 2016",
    "từ 7/2016", "năm học 2016-2017"), more in the event's own sentence; `seen`: every single year
    written as a fact, not a target, a birth, a founding or a period ("đến năm 2030", "sinh năm 1960",
    "giai đoạn 2025-2030"), to weigh the file's modification time against.
    """

    strong: dict[int, float]
    weak: dict[int, float]
    seen: frozenset[int]
    where: dict[int, Span]  # the first place each strong year is written
    own: frozenset[int] = frozenset()  # the strong years written in the event's own sentence


def _word_start(low: str, pos: int, reach: int) -> int:
    """The start of the word `reach` characters or less before pos (for quoting a few words)."""
    space = low.find(" ", max(0, pos - reach), pos)
    return space + 1 if space >= 0 else max(0, pos - reach)


@dataclass(frozen=True, slots=True)
class _YearRange:
    """A span of years written in the text ("2017-2022"), and whether a school year's words stand before it."""

    start: int
    first: int
    last: int
    school: bool


@dataclass(frozen=True, slots=True)
class _YearWritten:
    """A year written in the text, read from the words before it as far as that goes without the event's month or
    sentence: "last" (compared with: "so với năm 2014"), "weak" (a target, a birth, a founding: "đến năm 2030"),
    "period" (the present's words, but among other years: "những năm 1990 và đầu năm 2000"), "current" (the present:
    "6 tháng đầu năm 2017") or "other"."""

    start: int
    end: int
    year: int
    before: str  # the 25 characters before it
    reading: str


@lru_cache(maxsize=4)
def _years_written(doc: Doc) -> tuple[tuple[_YearRange, ...], tuple[_YearWritten, ...]]:
    """The year spans (of up to ten years) and the single years outside any span the text writes, in text order, with
    what the words before each say of it (once a doc: infer_year and history both ask year_evidence, for other
    months and sentences)."""
    cues = _cues()
    low = doc.low
    ranges: list[_YearRange] = []
    taken: list[Span] = []
    for match in _YEAR_RANGE.finditer(low):
        a, b = int(match.group("a")), int(match.group("b"))
        taken.append(match.span())
        if not 0 < b - a <= 10:
            continue
        before = low[max(0, match.start() - 20): match.start()]
        ranges.append(_YearRange(match.start(), a, b, bool(cues["school_year"].search(before))))
    years: list[_YearWritten] = []
    for match in _YEAR.finditer(low):
        start = match.start()
        if any(s <= start < e for s, e in taken):
            continue
        before = low[max(0, start - 25): start]
        if cues["last_year"].search(before):
            reading = "last"
        elif cues["weak_year"].search(before):
            reading = "weak"
        elif cues["current_year"].search(before):
            reading = "period" if _YEAR_IN.search(low, max(0, start - 40), start) else "current"
            if reading == "current" and _SINCE.search(before) and not _TO_NOW.match(low, match.end()):
                reading = "weak"  # "giá đất ... từ đầu năm 2016 chỉ ở vào khoảng 10-12 triệu đồng/m2": a past since
                # (not "từ đầu năm 2017 đến nay", the year up to now)
        else:
            reading = "other"
        years.append(_YearWritten(start, match.end(), int(match.group("y")), before, reading))
    return tuple(ranges), tuple(years)


def year_evidence(doc: Doc, month: int, near: tuple[Span, ...] = ()) -> YearEvidence:
    """How strongly the article's own words point at each year as the time it is written in."""
    low = doc.low
    strong: dict[int, float] = defaultdict(float)
    weak: dict[int, float] = defaultdict(float)
    seen: set[int] = set()
    own: set[int] = set()
    where: dict[int, Span] = {}

    def in_event_sentence(pos: int) -> bool:
        return any(s <= pos < e for s, e in near)

    ranges, years = _years_written(doc)
    for span in ranges:
        a, b = span.first, span.last
        if span.school and b == a + 1:
            weak[a if month >= 8 else b] += 2  # a school year runs from autumn to summer (the current one or not)
        elif in_event_sentence(span.start):
            weak[a] += 2  # "Đại hội ... nhiệm kỳ 2017-2022": the term opens with the event
        else:
            weak[a] += 0.3
            weak[b] += 0.3
    for written in years:
        start, year, before = written.start, written.year, written.before
        if written.reading == "last":
            seen.add(year)
            if "cùng kỳ" in before:  # "tăng 12% so với cùng kỳ năm 2016": a year later, at most a hint (the
                weak[year + 1] += 1.5  # figure may be a whole year's, told the year after: "Năm 2016 ... cùng kỳ 2015")
                where.setdefault(year + 1, (_word_start(low, start, 25), written.end))
            continue  # "cao gấp 8 lần so với năm 2014" compares with any year before
        if written.reading == "weak":
            weak[year] += 0.2
            continue
        seen.add(year)
        if written.reading == "period":
            weak[year] += 0.3  # "những năm 1990 và đầu năm 2000": a period of years, not the article's
            continue
        if written.reading == "current":
            if month <= 3 and _reviewed(low, start):
                year += 1  # "tổng kết ... công tác năm 2016" is held early the next year
            strong[year] += 2
            where.setdefault(year, (_word_start(low, start, 22), written.end))
            if in_event_sentence(start):
                own.add(year)
        elif in_event_sentence(start) and re.search(
                rf"(?<!\d)0?{month}\s?[/.-]\s?$|tháng\s+0?{month}\s*(?:năm\s+|[/.-]\s?)$", before):
            strong[year] += 3
            where.setdefault(year, (_word_start(low, start, 12), written.end))
            own.add(year)
        elif re.search(r"\d\s?[/.-]\s?$|tháng\s+\d{1,2}\s+năm\s+$", before):
            weak[year] += 3
        else:
            weak[year] += 1 if before.endswith(("năm ", "năm")) else 0.7
        if in_event_sentence(start):
            weak[year] += 1.5  # "... năm 2017" in the event's name, but also "Luật HTX năm 2012"
    return YearEvidence(dict(strong), dict(weak), frozenset(seen), where, frozenset(own))


def _same_day_year(mentions: list[Mention], chosen: Mention, known: dt.date | None = None) -> Mention | None:
    """The event's own day written elsewhere with its year ("Ngày 24/5" ... "ngày 24/5/2017"); of the same day written
    in several years, the latest (an anniversary's first day is an earlier year's: "Chiều 24/6, ... kỷ niệm 50 năm
    Ngày thiết lập quan hệ ngoại giao (24/6/1967-24/6/2017)"), not of a year after the published or reference date
    `known` when one is (a deadline ahead is no report's day: "phấn đấu đến ngày 30/6/2020" in a report of
    30/6/2017), nor of a year before any a report can be of (a founding day: "Sáng 5/1, Tỉnh ủy tổ chức hội nghị ...
    Đảng bộ tỉnh được thành lập ngày 5/1/1930")."""
    same = [other for other in mentions if other.year is not None and other.year >= MIN_YEAR
            and (other.d1, other.m1) == (chosen.d1, chosen.m1)]
    if known is not None:
        same = [other for other in same if other.year <= known.year]
    return max(same, key=lambda other: other.year) if same else None


def _top(votes: dict[int, float]) -> int:
    return max(votes, key=lambda y: (votes[y], y))


def infer_year(doc: Doc, chosen: Mention, mentions: list[Mention], *, near: tuple[Span, ...],
               published: dt.date | None, reference_date: dt.date | None,
               mtime: dt.date | None) -> tuple[int | None, str]:
    """The year of a date written without one, and the warning that says where it came from."""
    start, end = chosen.span
    # (within the date's sentence: "... chấp thuận tại cuộc họp Chính phủ ngày 20-1. Theo đó sẽ xây ..." is no plan)
    s_start, s_end = near[-1] if near else (0, len(doc))
    # (searched to the sentence's end, so that what follows a word can tell it: "dự kiến chương trình" is a noun)
    ahead = any(m.start() < end + 40 for m in _cues()["ahead"].finditer(doc.low, max(s_start, start - 80), s_end))
    written = f"{chosen.d1}/{chosen.m1}"
    missing = f"the year of the event date ({written}) is not written"
    same_day = _same_day_year(mentions, chosen, published or reference_date)
    if same_day:
        year = same_day.year
        return year, f"{missing} next to it; {year} was taken from the article's own date '{doc.text[slice(*same_day.span)]}'"
    if published:
        year = nearest_year(chosen.m1, chosen.d1, published, ahead)
        return year, f"{missing}; {year} was inferred from the publication date {published.isoformat()}"
    evidence = year_evidence(doc, chosen.m1, near)
    strong = evidence.strong
    if reference_date:
        # the articles were collected by the reference date: a meeting they report as held is not in a later year
        # ("chiều 1/6 ... cũng phải đầu năm 2019 mới xong" is a plan's year, not the sitting's)
        # ... nor one years before it: "sau khi ông Thắng từ nhiệm vào đầu năm 2014" is background, and a report the
        # crawl collected is of the crawl's year or the one before; one announced is at most a year ahead
        # ("... sẽ ảnh hưởng đến cả vùng kinh tế Ngày 23/6 Thủ tướng ..." names "năm 2019" for a plan, not the day)
        latest = reference_date.year + (1 if ahead else 0)
        # ... and the year before it only from the event's own sentence: elsewhere the present's words on an earlier
        # year tell the past ("Sáng nay 10/5, ..." beside "Đại hội Đảng lần thứ XII đầu năm 2016, ông ... tái đắc cử")
        strong = {y: v for y, v in strong.items()
                  if reference_date.year <= y <= latest or y == reference_date.year - 1 and y in evidence.own}
    if strong:
        year = _top(strong)
        said = doc.text[slice(*evidence.where[year])].split("\n")[-1].strip() if year in evidence.where else str(year)
        return year, f"{missing}; {year} was inferred from the article's own words '{said}'"
    reviewed = _reviewed_year(doc, near)
    if reviewed is not None:
        # a review of a year sits at its end or early in the next: "Ngày 26/01, ... tổ chức Hội nghị tổng kết công tác
        # thư viện trong quân đội năm 2023" → 2024
        year = reviewed[0] + (1 if chosen.m1 <= 6 else 0)
        return year, (f"{missing}; {year} was inferred from the year the meeting reviews, "
                      f"'{doc.text[slice(*reviewed[1])]}'")
    if reference_date:
        year = nearest_year(chosen.m1, chosen.d1, reference_date, ahead)
        return year, f"{missing}; {year} was taken from --reference-date {reference_date.isoformat()}"
    if mtime and any(mtime.year - MTIME_AGREES_YEARS <= year <= mtime.year for year in evidence.seen):
        # a saved file always follows its article: a meeting it reports was held on or before it (not the nearest day,
        # which may be after it: "Ngày 26/01, ... tổng kết" in a file saved on 7/12 is not of the next January); one
        # it announces ("Từ ngày 24-28/10, ... sẽ chủ trì Diễn đàn ...") may be after it
        year = nearest_year(chosen.m1, chosen.d1, mtime, True) if ahead \
            else mtime.year if (chosen.m1, chosen.d1) <= (mtime.month, mtime.day) else mtime.year - 1
        return year, (f"{missing}; {year} was inferred from the file's modification time {mtime.isoformat()}, "
                      f"which agrees with the years the article mentions")
    return None, f"the event date ({written}) has no year and none could be inferred; {NO_YEAR_HINT}"


# --- the whole thing -------------------------------------------------------------------------

#: a relative day written with its date, which tells the article's today: "Hôm nay (29.6)", "ngày mai (26.5)", "chiều
#: qua (15/6)" (the words, and how many days after today they are)
_TODAY_WRITTEN = re.compile(r"(?<!\w)(?:(?P<now>hôm nay|(?:sáng|chiều|tối|trưa|đêm) nay)"
                            r"|(?P<next>ngày mai|(?:sáng|chiều|tối|trưa) mai)"
                            r"|(?P<last>hôm qua|(?:sáng|chiều|tối|trưa|đêm) qua))\s*\(\s*(?:ngày\s*)?"
                            r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*\)")
#: what every match of it ends with, a day in brackets (led by the bracket: the engine finds it at once, where the
#: words start with the commonest letters): a text without one, most, need not be scanned for the words
_DAY_IN_BRACKETS = re.compile(r"\(\s*(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*\)")


def _written_today(doc: Doc, around: dt.date | None) -> tuple[dt.date, Span] | None:
    """The article's today, when one relative day is written with its date and no other says otherwise, the year
    the one nearest `around` (the collection date); None without it."""
    if around is None or not _DAY_IN_BRACKETS.search(doc.low):
        return None
    todays: set[dt.date] = set()
    first: Span | None = None
    for m in _TODAY_WRITTEN.finditer(doc.low):
        year = nearest_year(int(m.group("m")), int(m.group("d")), around)
        if year is None:
            continue
        shift = 1 if m.group("next") else -1 if m.group("last") else 0
        todays.add(dt.date(year, int(m.group("m")), int(m.group("d"))) - dt.timedelta(days=shift))
        first = first or m.span()
    return (todays.pop(), first) if len(todays) == 1 and first else None


def written_today(doc: Doc, around: dt.date | None, day: Span | None = None) -> dt.date | None:
    """The article's today as it writes it ("ngày mai (26/5)": 25/5), the year the one nearest `around`; else None
    (and None when the `day` found is itself written so: "Ngày mai (13/6), Thủ tướng ... trả lời chất vấn" is the
    meeting's own day, announced)."""
    found = _written_today(doc, around)
    if found is None or day is not None and any(m.start() <= day[0] < m.end() for m in _TODAY_WRITTEN.finditer(doc.low)):
        return None
    return found[0]


def _relative(ctx: _Context) -> tuple[int, Span] | None:
    """'hôm nay', 'sáng nay', 'hôm qua' in the event's sentence: how many days before the publication date, and where."""
    s_start, s_end = ctx.sentence(ctx.anchor)
    found = _cues()["relative"].search(ctx.doc.low, s_start, s_end)
    if not found:
        return None
    return (1 if _cues()["yesterday"].fullmatch(found.group("rel")) else 0), found.span()


#: the longest a meeting told as closing "sau N ngày làm việc" is taken to have run (a National Assembly sitting)
MAX_DAYS_TAKEN = 31


def _days_taken(ctx: _Context, closing: Mention) -> tuple[int, Span] | None:
    """How many days a meeting that closed on the given day took, when a close says so: "Sau 3 ngày làm việc ..., chiều
    15/6, Quốc hội đã hoàn thành ...", "Hội nghị ... đã bế mạc ngày 19/5, sau 2 ngày làm việc". The day and the days
    stand in sentences that tell a close; or, the day's sentence telling neither a close nor an opening, the days stand
    in a sentence of their own that writes no day, tells a close (or a press conference after) and names a meeting."""
    cues = _cues()
    low = ctx.doc.low
    sentence = ctx.sentence(closing.span[0])
    closes = bool(cues["closing"].search(low, *sentence))
    # (or the close told with its days in a sentence of its own that writes no day, the day found telling no opening:
    # "Sau 3 ngày nhóm họp, Đối thoại Shangri-La lần thứ 16 đã khép lại" with a caption's "... ở Singapore ngày 4/6";
    # "Phát biểu tại một cuộc họp báo sau 2 ngày họp với những người đồng cấp EU" with "Thủ tướng Đức ... ngày 23/6")
    if not closes and cues["opening"].search(low, *sentence):
        return None
    for m in cues["days_taken"].finditer(low):
        around = ctx.sentence(m.start())
        if not closes and (around == sentence or WRITTEN_DAY.search(low, *around) or not (
                cues["closing"].search(low, *around) or cues["press_after"].search(low, around[0], m.start()))
                or not _names_a_meeting(low, around, m.span())):
            continue
        if closes and around != sentence and not cues["closing"].search(low, *around):
            continue
        days = _days_counted(m)
        return (days, m.span()) if 1 < days <= MAX_DAYS_TAKEN else None
    return None


def _names_a_meeting(low: str, sentence: Span, days: Span) -> bool:
    """Whether a sentence names a meeting besides its "sau 2 ngày họp": "Sau 3 ngày nhóm họp, Đối thoại Shangri-La lần
    thứ 16 đã khép lại", "tại một cuộc họp báo sau 2 ngày họp" (not "Sau 3 ngày làm việc, đoàn đã hoàn thành ...", of
    something else the article tells)."""
    return bool(any_kind_pattern().search(low, sentence[0], days[0]) or any_kind_pattern().search(low, days[1],
                                                                                                  sentence[1]))


def closed_after_weeks(doc: Doc, when: DateResult) -> DateResult:
    """A meeting told closing on its one day found after weeks or a month of work ("Sau 1 tháng họp ..., sáng nay 21/6,
    Kỳ họp thứ 3 ... chính thức bế mạc"): that day is its last, its first is not given, so the start is left empty."""
    if not (when.start and when.end == when.start and when.spans):
        return when
    s_start, s_end = _rough_sentence(doc, when.spans[0][0])
    taken = _cues()["weeks_taken"].search(doc.low, s_start, when.spans[0][0])
    if taken is None or not _cues()["closing"].search(doc.low, when.spans[0][1], s_end):
        return when
    return DateResult(None, when.end, when.spans[:1], when.warnings + [
        f"the event closed on {when.end.isoformat()} after '{doc.text[taken.start():taken.end()]}'; its first day is "
        "not given, so the start date is left empty"])


def _days_running(ctx: _Context, opening: Mention) -> tuple[int, Span] | None:
    """How many days a meeting that opened on the given day runs, when a sentence names it with them: "Hội nghị
    thượng đỉnh G20 kéo dài trong hai ngày đã bắt đầu khai mạc vào ngày 7.7", "Phiên họp thứ 12 diễn ra trong 1,5
    ngày" (a visit, a drill or a festival "kéo dài 3 ngày" is not a meeting). The day must stand in that sentence or
    in one that tells an opening."""
    cues = _cues()
    low = ctx.doc.low
    sentence = ctx.sentence(opening.span[0])
    opens = bool(cues["opening"].search(low, *sentence))
    for m in cues["days_running"].finditer(low):
        around = ctx.sentence(m.start())
        # (or the running told with the meeting's own opening, no other day written there: "Ngay sau khi Chủ tịch Quốc
        # hội ... phát biểu khai mạc phiên chất vấn (kéo dài trong 3 ngày), ..." in a report dated "Hôm nay (13/6)")
        if around != sentence and not opens and not (cues["opening"].search(low, around[0], m.start())
                                                     and not WRITTEN_DAY.search(low, *around)):
            continue
        if not any_kind_pattern().search(low, max(around[0], m.start() - _RUNNING_REACH), m.start()):
            # (or the meeting's noun further back, its opening between: "Diễn đàn Vành đai và Con đường vì Hợp tác
            # Quốc tế vừa khai mạc sáng 14/5 tại Bắc Kinh (Trung Quốc) kéo dài trong 2 ngày")
            opening = cues["opening"].search(low, around[0], m.start())
            if not (opening and any_kind_pattern().search(low, around[0], opening.start())):
                continue
        days = _days_counted(m)
        return (days, m.span()) if 1 < days <= MAX_DAYS_RUNNING else None
    return None


#: how far before "kéo dài hai ngày" the meeting's noun may stand
_RUNNING_REACH = 80
#: a meeting told as running more days than this is a sitting counted in working days ("kỳ họp 3 kéo dài 22,5 ngày
#: làm việc, khai mạc 22-5 và bế mạc vào 21-6"), not calendar ones
MAX_DAYS_RUNNING = 7


#: how many days before the day found a day told within the meeting's frame may stand
_FRAME_DAYS_BEFORE = 3


def _frame_day_before(ctx: _Context, day: dt.date, mentions: list[Mention], year: int) -> tuple[dt.date, Span] | None:
    """An earlier day told as within the meeting: "Ngày 5/7, tại thành phố Cần Thơ, Trung tâm Khuyến nông quốc gia tổ
    chức Diễn đàn ... Trong khuôn khổ diễn đàn, chiều ngày 4/7, Trung tâm ... đã tổ chức khảo sát thực tế": the meeting
    ran from that day (a day or more before the one found; its year not another's)."""
    low = ctx.doc.low
    for m in mentions:
        if m.is_range or (m.year is not None and m.year != year):
            continue
        pair = m.dates(year)
        if pair is None or not 0 < (day - pair[0]).days <= _FRAME_DAYS_BEFORE:
            continue
        lo = ctx.sentence(m.span[0])[0]
        frame = _cues()["in_frame"].search(low, lo, m.span[0])
        if frame and any_kind_pattern().match(low, frame.end()):
            return pair[0], m.span
    return None


def _days_counted(m: re.Match[str]) -> int:
    """The calendar days of "3 ngày", "hai ngày rưỡi", "1,5 ngày"."""
    n = m.group("n")
    value = float(n.replace(",", ".")) if n[0].isdigit() else lexicon.table("dates_cues.json")["numbers"].index(n) + 1
    return math.ceil(value + (0.5 if m.group("half") else 0))


def _may_be_today(ctx: _Context, best: Mention, mentions: list[Mention]) -> bool:
    """With the meeting told as "chiều nay" and no publication date: whether the best day found may be that day. It
    may when the article writes its today somewhere ("Sáng nay (13/5)", "Hôm nay 22.5"), when the day's own sentence
    names a meeting ("tại cuộc họp ... sáng 21/5"), or when it opens a line ("Sáng 6/2, Cục Nhà giáo ...")."""
    low = ctx.doc.low
    if any(_cues()["today"].search(low, max(0, m.span[0] - 20), m.span[0]) for m in mentions):
        return True
    start = best.span[0]
    s_start, s_end = ctx.sentence(start)
    if any_kind_pattern().search(low, s_start, s_end):
        return True
    return bool(_OPENS_A_LINE.fullmatch(low, low.rfind("\n", 0, start) + 1, start))


#: what may stand before a day that opens a line: "Sáng 6/2, ...", "Ngày 12/7, ..."
_OPENS_A_LINE = re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa|đêm)(?: nay| qua)?\s*)?(?:ngày\s*)?")


def _taken_but_for(ranked: list[tuple[float, Mention]], penalty: float,
                   marked: Callable[[float, Mention], bool]) -> Mention | None:
    """The first ranked day `marked` (a source's, a figure's cut-off ...) that would have been taken but for the
    `penalty` its mark cost it: its score with the penalty given back at least the best's and the least a day needs."""
    pair = next(((score, m) for score, m in ranked if marked(score, m)), None)
    return pair[1] if pair and pair[0] + penalty >= max(MIN_SCORE, ranked[0][0]) else None


#: a day told ahead right after it: "phiên đấu giá ... diễn ra ngày 19-8 tới", "sẽ diễn ra vào ngày 26/8 tới đây" (not
#: "tới nay", "tới hết", a span's "tới ngày 25/5")
_AHEAD_AFTER = re.compile(r"\s*(?:/\s*\d{4}\s*)?(?:sắp\s+)?tới(?!\w)(?!\s+(?:nay|giờ|hết|ngày|\d))")
#: a word of the future before a day, in its clause (not "chuẩn bị", "kế hoạch", nouns as often: "buổi trao đổi thông
#: tin về kế hoạch chuẩn bị SEA Games 29 ... sáng 11.7")
_WILL = re.compile(r"(?<!\w)(?:sẽ|sắp|dự kiến|dự định)(?!\w)(?!\s+(?:chương trình|nội dung|danh sách|nhân sự)(?!\w))")
#: how far back in its sentence (and its clause) a word telling a day ahead is looked for
_AHEAD_REACH = 80


def _told_ahead(ctx: _Context, mention: Mention) -> bool:
    """Whether the day is told ahead: a word of the future ("sẽ", "dự kiến") before it in its clause, or "tới" right
    after it. Of a press conference's article, the day of what it presents ("Lễ khai mạc chính thức sẽ diễn ra lúc 20h
    ngày 10/3", "Trận thư hùng ... sẽ diễn ra vào ngày 26/8 tới", "giám khảo sẽ quyết định bộ phim nào sẽ đoạt Cành cọ
    Vàng vào ngày 28/5"), never its own, which it reports held."""
    low = ctx.doc.low
    start, end = mention.span
    if _AHEAD_AFTER.match(low, end):
        return True
    s_start = max(ctx.sentence(start)[0], start - _AHEAD_REACH)
    s_start = max(s_start, low.rfind(",", s_start, start) + 1)
    return bool(_WILL.search(low, s_start, start))


def _left_out(doc: Doc, mention: Mention, what: str) -> DateResult:
    """No date, with the warning that names the day left out and what it is the day of ("the day `what`")."""
    said = doc.text[slice(*mention.span)]
    return DateResult(warnings=[f"no sentence gives the meeting's day; '{said}' is left out as the day {what}, not the "
                                "meeting's"])


def extract_dates(doc: Doc, *, anchor: int = 0, published: dt.date | None = None,
                  reference_date: dt.date | None = None, mtime: dt.date | None = None,
                  one_day: bool = False) -> DateResult:
    """The event's first and last day, with their evidence spans and what was assumed. A meeting that sits `one_day`
    (ONE_DAY_KINDS) takes no span of days: those are of what it presents."""
    header = find_meta(doc)
    ctx = _Context(doc, max(0, min(anchor, len(doc))),
                   sorted({*(m.end() for m in _SENTENCE_END.finditer(doc.text)), *glued_starts(doc.text)}),
                   header.span if header else None)
    mentions = [m for m in find_mentions(doc)
                if not (ctx.header and ctx.header[0] <= m.span[0] < ctx.header[1])]
    same_day = _same_day_sentence(ctx, mentions)
    if same_day:
        ctx = replace(ctx, same_day=same_day)
    ranked = sorted(((_score(ctx, m), m) for m in mentions), key=lambda pair: -pair[0])
    lead_day = _caption_of_another_day(ctx, ranked[0][1], mentions) if ranked else None
    if lead_day is not None:
        # (a caption's day of another occasion: the lead's day stands in its place, as sure as the caption's was)
        ranked = [(ranked[0][0], lead_day)] + [pair for pair in ranked[1:] if pair[1] is not lead_day]
    relative = _relative(ctx)
    if relative and (not ranked or ranked[0][0] < RELATIVE_SCORE):
        days, span = relative
        said = doc.text[span[0]:span[1]]
        if published is not None:
            day = published - dt.timedelta(days=days)
            return DateResult(day, day, [span], [
                f"the event date is written as '{said}'; it was dated from the publication date {published.isoformat()}"])
        today = _written_today(doc, reference_date or mtime)
        if today is not None:
            day = today[0] - dt.timedelta(days=days)
            return DateResult(day, day, [span, today[1]], [
                f"the event date is written as '{said}'; it was dated from the article's own today, "
                f"'{doc.text[today[1][0]:today[1][1]]}' (the year from {(reference_date or mtime).isoformat()})"])
        if not ranked or not _may_be_today(ctx, ranked[0][1], mentions):
            # "Chiều nay, UBND tỉnh Kon Tum đã tổ chức họp báo ...": the meeting's own day, which only the publication
            # date could tell; a day written further on about something else ("ngày 25/4, cơ quan CSĐT ... đã khởi
            # tố") is another's
            return DateResult(warnings=[f"the event date is written as '{said}' and the article's publication date "
                                        "is not known, so the date is left empty"])
    told = _taken_but_for(ranked, _OUTLET, lambda score, m: score < MIN_SCORE and _told_day(ctx, m))
    if told:
        # (a day that would have been taken but for being the day a source told the news: "Ngày 2.6, nguồn tin riêng
        # của Lao Động cho biết, Đoàn kiểm tra ... vừa có buổi làm việc": the meeting was before it, on a day not given;
        # a weaker day further on, a decision's "quyết định số 4105 ngày 25.10.2005", is not the meeting's either)
        return _left_out(doc, told, "a source told the news")
    if not ranked or ranked[0][0] < MIN_SCORE:
        if relative and published is None:  # (the day told from a publication date the article does not give)
            return DateResult(warnings=[f"the event date is written as '{doc.text[slice(*relative[1])]}' and the "
                                        "article's publication date is not known, so the date is left empty"])
        before = doc.low[max(0, ranked[0][1].span[0] - _BEFORE_DAY):ranked[0][1].span[0]] if ranked else ""
        if ranked and ranked[0][0] + _RUNS_FROM >= MIN_SCORE and _runs_from(ranked[0][1], before) \
                and before.endswith(("ngày ", "ngày")):
            # (a day that would have been taken but for what it runs from, written as one: "từ 4-5%/năm" is no day)
            return _left_out(doc, ranked[0][1], "something runs from")
        cut_off = _taken_but_for(ranked, _CUT_OFF, lambda score, m: _cut_off(ctx, m))
        if cut_off:
            # (a day that would have been taken but for being a figure's cut-off: "cập nhật đến ngày 20/4, ...")
            return _left_out(doc, cut_off, "a figure is counted to")
        if ranked and ranked[0][0] + _OUTLET >= MIN_SCORE and _outlet_day(ctx, ranked[0][1]):
            return _left_out(doc, ranked[0][1], "a news outlet reports")
        return DateResult()
    if one_day:
        ranked = [pair for pair in ranked if not pair[1].is_range and not _told_ahead(ctx, pair[1])]
        if not ranked or ranked[0][0] < MIN_SCORE:
            return DateResult(warnings=["the meeting sits one day and the only days that could be its own are spans of "
                                        "days or days told ahead, of what it presents: the date is left empty"])
    best_score, best = _day_within_frame(ctx, ranked)
    # (a span that contains the chosen day stretches it as if the day had not opened the event's sentence: "Sáng 27/4,
    # Đảng ủy ... tổ chức Hội nghị ..." held "trong 2 ngày 27-28/4")
    if _opens_the_events_sentence(ctx, best):
        best_score -= _OPENING_DAY
    chosen = best if one_day else _closing_day(doc, _override_by_span(ctx, best, best_score, ranked), mentions,
                                               ctx.anchor)
    if not one_day:
        chosen = _its_span_told_later(ctx, _continued_day(ctx, chosen, mentions), mentions)
    warnings: list[str] = []
    year = chosen.year
    if year is None:
        year, warning = infer_year(doc, chosen, mentions, near=(ctx.sentence(ctx.anchor), ctx.sentence(chosen.span[0])),
                                   published=published, reference_date=reference_date, mtime=mtime)
        warnings.append(warning)
        if year is None:
            term = _term_year(doc, ctx.anchor)
            if term is None:
                return DateResult(None, None, [], warnings)
            year, span = term
            warnings = [f"the year of the event date ({doc.text[chosen.span[0]:chosen.span[1]]}) is not written; {year} "
                        f"is the first year of the term the congress opens ('{doc.text[span[0]:span[1]]}')"]
    pair = chosen.dates(year)
    if pair is None:
        return DateResult(None, None, [], warnings + [f"'{doc.text[chosen.span[0]:chosen.span[1]]}' is not a real day"])
    spans = [chosen.span] + ([chosen.end_span] if chosen.end_span else [])
    taken = _days_taken(ctx, chosen) if pair[0] == pair[1] and not one_day else None
    running = _days_running(ctx, chosen) if pair[0] == pair[1] and not taken and not one_day else None
    # (the evidence stays the day written: others read it)
    if taken:
        days, span = taken
        pair = (pair[1] - dt.timedelta(days=days - 1), pair[1])
        warnings.append(f"the meeting closed on {pair[1].isoformat()} '{doc.text[span[0]:span[1]]}': its first day "
                        f"is counted back from its last")
    elif running:
        days, span = running
        pair = (pair[0], pair[0] + dt.timedelta(days=days - 1))
        warnings.append(f"the meeting opened on {pair[0].isoformat()} and '{doc.text[span[0]:span[1]]}': its last day "
                        f"is counted on from its first")
    start_span = None  # (the frame day: the evidence of the start only, spans[0] stays the day found)
    if not taken and not running and pair[0] == pair[1] and not one_day:
        before = _frame_day_before(ctx, pair[0], mentions, year)
        if before is not None:
            pair, start_span = (before[0], pair[1]), before[1]
            warnings.append(f"'{doc.text[before[1][0]:before[1][1]]}' is a day within the meeting's frame before "
                            f"{pair[1].isoformat()}: its first day")
    if chosen.is_range and chosen.end_span is None:  # (a visit's days written as one span: _visit_days)
        said = doc.text[chosen.span[0]:chosen.span[1]]
        visit = _visit_days(ctx, chosen)
        session = _visit_session(ctx, chosen, mentions, pair, year) if visit else None
        if session is not None:
            day = session.dates(year)[0]
            return DateResult(day, day, [session.span], warnings + [
                f"'{said}' are the days of a visit; its working session is told on "
                f"'{doc.text[session.span[0]:session.span[1]]}', the meeting's day"])
        if visit:
            return DateResult(pair[0], None, spans, warnings + [
                f"'{said}' are the days of a visit, not the meeting's own; its last day is not given, so the end date "
                "is left empty"])
    return DateResult(pair[0], pair[1], spans, warnings, start_span=start_span)


#: how many years before the article's own present a meeting is history, not news
HISTORY_YEARS = 3
#: how many days before the article's given date (publication or collection) a meeting whose day is written with an
#: earlier year than the article's own present is no longer its news: "Tại kỳ họp thứ 11, Quốc hội khóa XIII thông
#: qua ngày 5/4/2016, Luật Trẻ em ..." in a 2017 explainer, "tại hội nghị ... diễn ra ngày 30.12.2016" recalled
PAST_YEAR_DAYS = 60
#: how many years before the article's given date (publication or collection) a meeting is history when the article
#: retells the past (a memoir, an anniversary piece, a portrait: "Ngày 14/7/1986, Ban chấp hành Trung ương Đảng họp
#: phiên đặc biệt" under "(Ảnh tư liệu)"), even when it writes no later year of its own
RETOLD_YEARS = 10


@cache
def _retelling() -> re.Pattern[str]:
    """The words of a retelling (parse/data/dates_retelling.txt), on the lower-case text."""
    return re.compile(rf"(?<!\w)(?:{alternation(lexicon.words('dates_retelling.txt'), spaces=True)})(?!\w)")


#: how far into the body the lead runs, where a retelling announces itself ("Kỷ niệm ngày Bác ra đi tìm đường cứu nước,
#: tôi nhớ lại ...")
_RETELLING_LEAD = 600


def _retold(doc: Doc, at: int | None) -> re.Match[str] | None:
    """The first word of a retelling (_retelling) in the title and the lead, or in the meeting's sentence (at `at`);
    not in a link to another story (read_more_links) nor elsewhere in the body, where "lịch sử", "kỷ niệm" tell of
    other things ("di tích lịch sử", "lần đầu tiên trong lịch sử", "đang kỷ niệm 50 năm Ngày thiết lập quan hệ")."""
    low, links = doc.low, read_more_links(doc.text)
    body = low.find("\n") + 1
    spans = [(0, len(low) if body == 0 else min(len(low), body + _RETELLING_LEAD))]
    if at is not None:
        starts = sentence_offsets(doc.text)
        index = bisect_right(starts, at) - 1
        spans.append((starts[index] if index >= 0 else 0, starts[index + 1] if index + 1 < len(starts) else len(low)))
    for lo, hi in spans:
        for m in _retelling().finditer(low, lo, hi):
            if not in_read_more(links, m.start()):
                return m
    return None


def _latest_day(doc: Doc, given: dt.date) -> dt.date:
    """The latest day the article writes, on or before its given date (a day without its year taken in the year that
    puts it there): the article's own present, when it has no publication date."""
    latest = dt.date.min
    for m in find_mentions(doc):
        try:
            day = dt.date(m.y1 or given.year, m.m1, m.d1)
        except ValueError:
            continue
        if day > given and not m.y1:
            try:
                day = day.replace(year=day.year - 1)
            except ValueError:
                continue
        if latest < day <= given:
            latest = day
    return latest


def too_old(day: dt.date | None) -> str | None:
    """Why a meeting dated before any year a report can be of (models.MIN_YEAR) is history: "ngày 21/6/1925, Báo
    Thanh Niên ... xuất bản số đầu tiên" in a feature on the press, "ngày 9-3-1945" in an anniversary article."""
    if day is None or day.year >= MIN_YEAR:
        return None
    return f"not a meeting report: the meeting it names was held in {day.year}: history, not news"


_TOLD_RECENT_REACH = 40  # characters before the day searched for _cues()["just_past"]


def history(doc: Doc, start: dt.date | None, *, published: dt.date | None, reference_date: dt.date | None,
            mtime: dt.date | None, at: int | None = None, its_own: bool = True,
            day_span: Span | None = None) -> str | None:
    """Why a meeting dated years before the article's own present is history ("Ngày 14/7/1986, Ban Chấp hành
    Trung ương họp phiên đặc biệt" in a 2017 portrait), or None. The present is the latest year the article
    writes as a fact that is not after its publication or collection date; an old article collected years later
    writes no later years, so its meetings stay news, unless the article's given date is a decade or more after the
    meeting and it retells the past (a memoir, an anniversary piece: dates_retelling.txt) in its title or lead, or in
    the meeting's sentence (at `at`: _retold). A meeting a year or two before is the past only when `its_own` day (the
    record's, written where the meeting is: not one set aside as doubtful, nor another occasion's) is written with its
    year, well before the article's given date and the latest day it writes."""
    if too_old(start):
        return too_old(start)
    now = published or reference_date or mtime
    if start is None or now is None:
        return None
    given = published or reference_date  # (not the file's time: an old article copied years later)
    retold = _retold(doc, at) if given is not None and start.year <= given.year - RETOLD_YEARS else None
    if retold:
        return (f"not a meeting report: the meeting it names was held in {start.year}, {given.year - start.year} "
                f"years before the article's date, and the article retells the past ('{retold.group(0)}'): "
                "history, not news")
    recent = [year for year in year_evidence(doc, start.month).seen if year <= now.year]
    if not recent or start.year >= max(recent):
        return _recalled(doc, start, published=published, given=given, at=at, its_own=its_own, day_span=day_span)
    if start.year > max(recent) - HISTORY_YEARS:
        # a year or two before: the past only when the meeting's day is written with its year, well before the
        # article's given date (not a day the year was inferred for, nor one of the turn of the year told soon after)
        if not its_own or given is None or not _written_with_year(doc, start, day_span):
            return None
        if (min(given, published or _latest_day(doc, given)) - start).days <= PAST_YEAR_DAYS:
            return None
        if day_span is not None and (min(given, published or _latest_day(doc, given)) - start).days <= 365 \
                and _cues()["just_past"].search(doc.low, max(0, day_span[0] - _TOLD_RECENT_REACH), day_span[0]):
            return None  # told as just past, posted late: "Vừa qua, ngày 4/12/2020, Thư viện tỉnh Quảng Trị tổ chức
            # lớp tập huấn ..." on a page dated 01/04/2021
        return (f"not a meeting report: the meeting it names was held on {start.isoformat()}, its year written, and "
                f"the article is set in {max(recent)}: a past meeting recalled, not news")
    return (f"not a meeting report: the meeting it names was held in {start.year}, and the article is set in "
            f"{max(recent)}: history, not news")


def _written_with_year(doc: Doc, start: dt.date, day_span: Span | None) -> bool:
    """Whether the meeting's day `start` is written with its year (at `day_span`, when given)."""
    return any(m.y1 == start.year and (m.d1, m.m1) == (start.day, start.month) for m in find_mentions(doc)
               if day_span is None or m.span == day_span)


#: the classifier a meeting's word may be written with ("cuộc gặp" is the meeting "gặp" tells)
_CLASSIFIER = re.compile(r"(?:cuộc|buổi|phiên)\s+")


def _recalled(doc: Doc, start: dt.date, *, published: dt.date | None, given: dt.date | None, at: int | None,
              its_own: bool, day_span: Span | None) -> str | None:
    """Why a meeting of an earlier year than the article's own present is a past one recalled, though the article
    writes no later year (a photo's caption of the year before, "Cố vấn Nhà nước Aung San Suu Kyi phát biểu tại cuộc
    họp của UPDJC ở Naypyitaw ngày 28/10/2016", under a lead of this year's news), or None. Its day (`its_own`) is
    written with its year, the days the article writes without one (taken in the year that puts them on or before its
    given date) run well past it into a later year, and it is told past the lead while neither the title nor the lead
    writes its word or another meeting's: the article's news is something else (not "Con trai Tổng thống Trump từng gặp
    luật sư Nga", a meeting of the year before that is the news itself)."""
    if not its_own or given is None or at is None or start.year >= given.year \
            or not _written_with_year(doc, start, day_span):
        return None
    present = published or _latest_day(doc, given)
    if present.year <= start.year or (present - start).days <= PAST_YEAR_DAYS:
        return None
    low = doc.low
    body = low.find("\n") + 1
    starts = sentence_offsets(doc.text)
    after = bisect_left(starts, body) + 1  # (the lead's first sentence, a blank line after the title or not)
    lead_end = starts[after] if body and after < len(starts) else len(low)
    surface = any_kind_pattern().match(low, at)
    kind = kind_named(surface.group(0)) if surface and at >= lead_end else None
    word = _CLASSIFIER.sub("", kind, count=1) if kind else None
    # (its word in the title or the lead, "gặp" of "cuộc gặp", or any meeting's: "Bộ Công Thương họp tổng kết ..." over
    # "Hội nghị ngày 28/12/2016 ...")
    if not word or re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low[:lead_end]) \
            or any_kind_pattern().search(low, 0, lead_end):
        return None
    return (f"not a meeting report: the meeting it names was held on {start.isoformat()}, its year written, past "
            f"the lead, and the article is set in {present.year}: a past meeting recalled, not news")


#: meetings that sit for several days: a legislative sitting ("kỳ họp thứ 4 HĐND thành phố")
MULTI_DAY_KINDS = frozenset({"kỳ họp"})
#: meetings that sit one day: a press conference, whose article's span of days is the event it presents ("Ngày 6/2,
#: tại Hà Nội, Ban chỉ đạo Tây Nguyên ... tổ chức họp báo giới thiệu chương trình Lễ hội Cà phê Buôn Ma Thuột lần thứ
#: 6, diễn ra từ ngày 8 - 13/3") or the meeting it was held beside ("tại cuộc họp báo sáng 7/7 ở Hamburg (Đức), ngay
#: trước giờ khai mạc Hội nghị thượng đỉnh ... (G20) diễn ra trong 2 ngày 7-8/7")
ONE_DAY_KINDS = frozenset({"họp báo"})
_OPENING = re.compile(r"(?<!\w)khai mạc(?!\w)")
#: a series of meetings, its word written before the meeting's name or in it: "đã khai mạc chuỗi hội nghị khoa học về
#: vũ trụ học", "loạt hội thảo"
_SERIES = re.compile(r"(?<!\w)(?:chuỗi|loạt)(?:\s+các)?\s*$")
_SERIES_REACH = 16


def a_series(doc: Doc, name: str | None, span: Span | None) -> bool:
    """Whether the meeting is named as a series of meetings (which runs for several days)."""
    if name and "chuỗi" in name.lower().split():
        return True
    return bool(span and _SERIES.search(doc.low, max(0, span[0] - _SERIES_REACH), span[0]))


#: a day written right after an opening: "kỳ họp 3 dự kiến khai mạc vào ngày 22-5 tới" (not a count: "khai mạc với sự
#: tham gia của 84/87 đại biểu")
_DAY_AFTER_OPENING = re.compile(r"[^.;:!?\n\d]{0,25}?(?<!\w)(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(\d{1,2})\s?[/.-]\s?"
                                r"(\d{1,2})(?!\d)")


def _opens_that_day(doc: Doc, end: int, day: dt.date) -> bool:
    """Whether the opening told just before `end` is of the day found, not of another day written right after it (the
    opening of the sitting ahead, told in the sentence of the committee's session that prepares it: "phiên làm việc
    sáng 17-5 của Ủy ban thường vụ Quốc hội về nội dung chương trình kỳ họp 3 dự kiến khai mạc vào ngày 22-5 tới")."""
    after = _DAY_AFTER_OPENING.match(doc.low, end)
    return after is None or (int(after.group(1)), int(after.group(2))) == (day.day, day.month)


#: an opening speech, before "khai mạc": "phát biểu khai mạc", "bài phát biểu tại phiên khai mạc"
_SPEECH_BEFORE = re.compile(r"(?<!\w)(?:phát\s+biểu|diễn\s+văn)(?:\s+tại)?(?:\s+(?:phiên|lễ))?\s*$")


@cache
def _multi_day_names() -> re.Pattern[str]:
    """The words of a meeting's name that make it one that sits several days (parse/data/dates_multi_day_meetings.txt),
    on the folded name."""
    words = (fold(w) for w in lexicon.words("dates_multi_day_meetings.txt"))
    return re.compile(rf"(?<!\w)(?:{alternation(words, spaces=True)})(?!\w)")


def _sits_days(name: str | None) -> bool:
    """Whether the meeting's name tells it sits several days: "Hội nghị thượng đỉnh G7", "Hội nghị các Bộ trưởng Phụ
    trách Thương mại", "Đối thoại Shangri-La lần thứ 16"."""
    return bool(name) and bool(_multi_day_names().search(fold(name)))


#: a meeting told held from its first day on, its day a single one: "Diễn ra từ ngày 10/7, đây là vòng hòa đàm thứ 7
#: về Syria", "diễn đàn ... diễn ra tại Bắc Kinh từ ngày 14.5" (not a visit's first day, nor what holds from a day on:
#: "có hiệu lực từ ngày 1/7")
_HELD_FROM = re.compile(r"(?<!\w)(?:diễn\s+ra|khai\s+mạc|tổ\s+chức|tiến\s+hành|kéo\s+dài)(?:\s+[^\W\d]+){0,3}\s+từ\s+"
                        r"(?:ngày\s+)?$")


@cache
def _name_cues(key: str) -> frozenset[str]:
    """The words that end a meeting's name after its noun (dates_cues.json, name_stops: what tells the meeting sitting
    or its days) or that two meetings' names may share and still be two (name_shared), folded."""
    return frozenset(fold(w) for w in lexicon.table("dates_cues.json")[key])


@cache
def _one_sitting() -> frozenset[str]:
    """The kinds of meeting that sit once (dates_cues.json, one_sitting), folded."""
    return frozenset(fold(w) for w in lexicon.table("dates_cues.json")["one_sitting"])


def open_ended(doc: Doc, when: DateResult, *, multi_day: bool, kind: str | None = None,
               name: str | None = None) -> DateResult:
    """A meeting of several days reported on its first day, its last day unsaid: the end is unknown, not the first
    day (GUIDELINES.md, "The last day"). A sitting or a series of conferences told opening that day; any meeting told
    opening that day with a session of its own told on a later day (_session_after: its closing session's day is its
    last); a meeting whose name tells it sits several days (_sits_days) told opening that day, not only with its
    opening speech; a meeting told held from that day on (_HELD_FROM); or any meeting told on its first day
    (_FIRST_DAY) with that day written in the same sentence."""
    if not (when.start and when.end == when.start):
        return when
    openings = [m for m in _OPENING.finditer(doc.low, *_rough_sentence(doc, when.spans[0][0]))
                if _opens_that_day(doc, m.end(), when.start)] if when.spans else []
    opened = bool(openings)
    if multi_day and opened:
        return DateResult(when.start, None, when.spans[:1], when.warnings + [
            "the event opened on its start date and runs for several days; its last day is not given, so the end "
            "date is left empty"])
    if when.spans and kind not in ONE_DAY_KINDS and kind not in _one_sitting() \
            and _HELD_FROM.search(doc.low, max(0, when.spans[0][0] - _BEFORE_DAY), when.spans[0][0]):
        return DateResult(when.start, None, when.spans[:1], when.warnings + [
            f"the event is told held from '{doc.text[slice(*when.spans[0])]}' on; its last day is not given, so the "
            "end date is left empty"])
    session = _session_after(doc, when.start, kind, name) if opened else None
    if session and session[2]:
        return DateResult(when.start, session[1], [when.spans[0], session[0]], when.warnings + [
            "the event opened on its start date and its closing session sat on a later day, its last"])
    if session:
        return DateResult(when.start, None, when.spans[:1], when.warnings + [
            "the event opened on its start date and a session of it sat on a later day; its last day is not given, "
            "so the end date is left empty"])
    # (a meeting whose name tells it sits several days, told opening that day, not only with its opening speech: "Hội
    # nghị lần thứ hai các quan chức cao cấp APEC đã khai mạc trọng thể", not "Bộ trưởng ... phát biểu khai mạc Hội
    # nghị Bộ trưởng giữa kỳ ... được tổ chức tại Hà Nội ngày 22-5")
    if _sits_days(name) and any(not _SPEECH_BEFORE.search(doc.low, max(0, m.start() - 30), m.start())
                                for m in openings):
        return DateResult(when.start, None, when.spans[:1], when.warnings + [
            "the event opened on its start date and its name tells a meeting of several days; its last day is not "
            "given, so the end date is left empty"])
    low = doc.low
    if "đầu tiên" not in low and "thứ nhất" not in low:
        return when  # (no first day told: most texts)
    for m in _FIRST_DAY.finditer(low):
        s_start, s_end = _rough_sentence(doc, m.start())
        if any_kind_pattern().search(low, s_start, s_end) and any(
                (int(d.group(1)), int(d.group(2))) == (when.start.day, when.start.month)
                for d in WRITTEN_DAY.finditer(low, s_start, s_end)):
            return DateResult(when.start, None, when.spans[:1], when.warnings + [
                f"the event is told on its first day ('{doc.text[m.start():m.end()]}') and runs for several days; "
                "its last day is not given, so the end date is left empty"])
    return when


#: a session of a meeting, the day it sits written after it in its clause: "tại phiên thảo luận đầu tiên sáng ngày
#: 3/6", "tại phiên họp toàn thể vào sáng 3/6", "phiên toàn thể thứ tư có chủ đề ... tại Đối thoại Shangri-La lần thứ
#: 16 ở Singapore sáng 4/6", a closing one its last day ("phiên bế mạc", group 1); the day led by its day word (not a
#: count, "1.5", nor a deadline, "trước ngày 5/6")
_SESSION = re.compile(r"(?<!\w)phiên\s+(?:họp|thảo\s+luận|toàn\s+thể|làm\s+việc|(bế\s+mạc))(?!\w)"
                      r"([^.;:!?\n]{0,120}?)(?<!\w)(?<!trước\s)(?<!hạn\s)(?:ngày|sáng|chiều|tối|trưa)\s+(?:ngày\s+)?"
                      r"(\d{1,2})\s?[/.-]\s?(\d{1,2})(?![\d%])")
#: another body's session, not the meeting's: "chuẩn bị báo cáo cho phiên họp Chính phủ thường kỳ ngày 5/6", "phiên
#: họp sáng 5/6 của Ủy ban Thường vụ Quốc hội"
_OTHER_BODY = re.compile(r"(?<!\w)(?:của|chính\s+phủ|quốc\s+hội|[uủ]y\s+ban|uỷ\s+ban|hội\s+đồng|hđnd|ubnd|"
                         r"thường\s+(?:trực|vụ)|(?:tỉnh|thành|huyện|đảng)\s+[uủ]y|bộ\s+chính\s+trị|ban\s+chấp\s+hành)"
                         r"(?!\w)")
#: how many days after the opening a session told may sit
_SESSION_REACH = 5


def _session_after(doc: Doc, start: dt.date, kind: str | None, name: str | None) -> tuple[Span, dt.date, bool] | None:
    """A session of the meeting told opened on `start` that sits 1 to 5 days later (its day's span, the day, whether
    it is the closing one), so the meeting runs for several days: "Đối thoại Shangri-La ... khai mạc tối 2/6 tại
    Singapore" with "phát biểu tại phiên họp toàn thể thứ tư ... tại Đối thoại Shangri-La lần thứ 16 ở Singapore sáng
    4/6". Only the meeting's own session: bare, or its clause naming the meeting's kind or name (not "phiên họp Chính
    phủ thường kỳ ngày 5/6" told in a conference's report)."""
    low = doc.low
    own = [w.lower() for w in (kind, name) if w]
    for m in _SESSION.finditer(low):
        clause = low[m.start(2):min(len(low), m.end() + 12)]
        if _OTHER_BODY.search(clause) and not any(w in clause for w in own):
            continue
        day = day_near(int(m.group(4)), int(m.group(3)), start)
        if day and 0 < (day - start).days <= _SESSION_REACH:
            return (m.start(3), m.end()), day, m.group(1) is not None
    return None


#: the term a congress opens, written with it: "Đại hội đại biểu lần thứ II (2011-2016)", "Đại hội lần thứ VII, nhiệm
#: kỳ 2022-2024", "Đại hội Đại biểu toàn quốc Hội Thư viện Việt Nam nhiệm kỳ 2016-2021"
_TERM_OF_CONGRESS = re.compile(r"(?<!\w)đại\s+hội(?!\w)[^.;!?\n]{0,150}?(?:nhiệm\s+kỳ\s+|\(\s*)((?:19|20)\d{2})\s*[-–—]\s*"
                               r"((?:19|20)\d{2})(?!\d)")
#: ... not a congress still prepared, the purpose of the meeting told: "dự cuộc họp Ban chấp hành Hội Nhà Văn Hà Nội nhằm
#: bàn việc tổ chức Đại hội nhiệm kỳ 2016-2021" (bench 22524156, a meeting of 2017)
_PREPARED_BEFORE = re.compile(r"(?<!\w)(?:chuẩn\s+bị|bàn(?:\s+việc)?|nhằm|để|tiến\s+tới|hướng\s+tới)(?!\w)[^.;!?\n]{0,30}$")
#: how far into the text a title that names the meeting (the congress and its term, the year a review covers) may stand
_HEAD_CHARS = 600


def _term_year(doc: Doc, anchor: int) -> tuple[int, Span] | None:
    """The first year of the term the congress at `anchor` opens, written in its sentence or in the title, with the
    term's span: a congress sits as its term begins (a year of last resort, when no other is known: "Ngày 24.11, ...
    Hội Thư viện VN đã tổ chức Đại hội đại biểu lần thứ II (2011-2016)" → 2011)."""
    low = doc.low
    if not low.startswith("đại hội", anchor) or _PREPARED_BEFORE.search(low, _rough_sentence(doc, anchor)[0], anchor):
        return None
    for lo, hi in (_rough_sentence(doc, anchor), (0, min(len(low), _HEAD_CHARS))):
        for m in _TERM_OF_CONGRESS.finditer(low, lo, hi):
            first, last = int(m.group(1)), int(m.group(2))
            if 1 <= last - first <= 10:
                return first, (m.start(1), m.end(2))
    return None


#: a meeting that reviews a year, named with it: "Hội nghị tổng kết công tác thư viện quận, huyện, thị xã năm 2012",
#: "sơ kết 6 tháng đầu năm 2017" (folded text)
#: (not a law's or a text's year, whose carrying out the meeting reviews: "Sơ kết thi hành Luật Hợp tác xã năm 2012",
#: bench 22553104; nor a span of years: "tổng kết 10 năm thực hiện ...")
_REVIEWED_YEAR = re.compile(r"(?<!\w)(?:tổng\s+kết|sơ\s+kết)(?!\w)"
                            r"(?:(?!(?<!\w)(?:luật|bộ\s+luật|nghị\s+quyết|nghị\s+định|quyết\s+định|chỉ\s+thị|thông\s+tư|"
                            r"thi\s+hành|thực\s+hiện|đề\s+án|chương\s+trình|\d+\s+năm)(?!\w))[^.;:!?\n]){0,100}?"
                            r"(?<!\w)năm\s+((?:19|20)\d{2})(?!\d)")


def _reviewed_year(doc: Doc, near: tuple[Span, ...]) -> tuple[int, Span] | None:
    """The year the meeting reviews, named in the event's sentence or the title ("Hội nghị tổng kết công tác thư viện
    toàn quân năm 2023, triển khai nhiệm vụ năm 2024"), with its span; None when none or two differ."""
    found: dict[int, Span] = {}
    for lo, hi in (*near[:1], (0, min(len(doc.low), _HEAD_CHARS))):
        for m in _REVIEWED_YEAR.finditer(doc.low, lo, hi):
            found.setdefault(int(m.group(1)), m.span(1))
    return next(iter(found.items())) if len(found) == 1 else None


def beyond_its_review(when: DateResult, *names: str | None) -> DateResult:
    """The dates found, or none when they fall more than a year after the year the meeting reviews, as its name or
    the title says: a day of the page's own (a site's date bar, "Thứ sáu, Ngày: 14/06/2024", over "HỘI NGHỊ TỔNG KẾT
    CÔNG TÁC THƯ VIỆN QUẬN, HUYỆN, THỊ XÃ NĂM 2012"), not the meeting's; an empty date is better than that one."""
    if when.start is None:
        return when
    for name in names:
        reviewed = _REVIEWED_YEAR.search(fold(name)) if name else None
        if reviewed and when.start.year > int(reviewed.group(1)) + 1:
            return DateResult(warnings=[*when.warnings, f"the day found ({when.start.isoformat()}) is more than a year "
                                        f"after the year the meeting reviews ({reviewed.group(1)}): it is not the "
                                        "meeting's, so the date is left empty"])
    return when


def _rough_sentence(doc: Doc, at: int) -> Span:
    """The line or the ". "-ended sentence around `at`."""
    start = max(0, doc.text.rfind("\n", 0, at), doc.text.rfind(". ", 0, at))
    ends = [end for end in (doc.text.find(". ", at), doc.text.find("\n", at)) if end >= 0]
    return start, min(ends) if ends else len(doc.text)


#: a meeting told on its first working day, that day written in the same sentence: "Ngày 9/5, Hội nghị các quan chức
#: cao cấp APEC lần thứ hai (SOM 2) ... bước vào ngày làm việc đầu tiên", "tại ngày làm việc đầu tiên của cuộc họp
#: thường kỳ Chính phủ tháng 6 diễn ra hôm qua (3.7)", "Tại các phiên thảo luận trong ngày đầu tiên của Hội nghị Thượng
#: đỉnh G20, ngày 7/7/2017" (not the first working day of a year: "ngày làm việc đầu tiên sau Tết", "ngày đầu tiên của
#: năm mới") (led by its first letter, "starts a word" asserted after it: the engine skips ahead to the next "n")
_FIRST_DAY = re.compile(r"n(?<!\wn)gày\s+(?:làm\s+việc\s+)?(?:đầu\s+tiên|thứ\s+nhất)(?!\w)"
                        r"(?!\s*(?:sau|của\s+năm|năm|trong\s+năm|đầu\s+năm|tết|nhậm|trên\s+cương))")
#: a day and its month as written: "11-5", "3.7", "22/6" (not a share: "15/6%")
#: (its first digit read before the look back, the same matches as "(?<![\d/.-])(\d{1,2})...": the engine skips ahead to
#: the next digit rather than trying every position)
WRITTEN_DAY = re.compile(r"(\d(?<![\d/.-]\d)\d?)\s?[/.-]\s?(\d{1,2})(?![\d%])")
