"""How many attended: delegates, organisations, sites.

News states attendance as a number before a noun for people ("hơn 400 đại biểu", "gần 100
cán bộ, viên chức"), for the bodies they came from ("đại diện cho 68 thư viện", "của 13 thư
viện", "của toàn bộ 34 xã, thị trấn") or for the places an online meeting was followed from
("tại 63 điểm cầu"). A count is the meeting's attendance when its sentence says so: an
attendance word (tham dự, dự, tham gia, thu hút, với sự ...), the meeting itself ("Hội thảo
... cho 21 giáo viên"), or the noun "đại biểu". Not counted: sentences about awards,
casualties or results ("trao bằng khen cho 27 học sinh"), and sentences that count events
over time ("mở 6 lớp tập huấn ... đến 852 cán bộ"): their people did not attend this meeting; nor do voters and
speakers ("Với 434 đại biểu tán thành"), residents, people quarantined, staff mobilised ("huy động gần 90.000 cán
bộ"), a count expected beforehand ("Dự kiến có hơn 1.200 đại biểu") or a caption's year ("xuân Đinh Dậu 2017 Các
lãnh đạo"); nor the people a story is about counted by the generic "người" with no attendance verb right by it
("4 người Triều Tiên bị tình nghi tham gia vụ ám sát") or by the members of a body ("hiện có 65 hội và CLB với
9.000 hội viên"), nor a part of a whole told before it ("trong số 2.000 đại biểu ... thì có tới 1.500 đại biểu doanh
nghiệp tư nhân"); nor the bodies a body or a place is made of ("584 đơn vị hành chính cấp xã, gồm 386 xã"), the
figures a press conference is told of the meeting it announces, or a count of a sentence that opens with an earlier
year ("Năm 2020, trường đã tổ chức hội thảo với trên 30 doanh nghiệp tham dự").
Among the counts that qualify, the one nearest the event's main mention (the anchor) wins,
preferring the ones that follow it.
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from ..models import Attendance
from . import lexicon
from .lexicon import alternation as _alternation
from .detect import PRESS, any_kind_pattern, kind_named, sentence_offsets
from .normalize import Doc, fold
from .types import Span

DELEGATES, ORGANIZATIONS, SITES = "attendance.delegates", "attendance.organizations", "attendance.sites"

_QUALIFIER = r"(?:(?:hơn|gần|khoảng|trên|tới|đến|xấp xỉ|gần như|chừng|ước tính|tổng cộng|tổng số|toàn bộ|tất cả|hàng)\s+)*"
#: 400, 1.200, 02 — not 2,5 or 15.5 or a year after "năm"
_NUMBER = r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d{1,6})(?![.,]\d|\s*%)"
#: the number counts events, not people: "6 lớp tập huấn", "hàng chục hội nghị"
_EVENT_COUNT = lexicon.WordLed(r"(?<![\d.,/])\d+\s+(?:lớp|hội nghị|hội thảo|cuộc|buổi|đợt|khóa|phiên|kỳ|lần)(?!\w)")
#: a body is counted as attending when its number follows one of these ("đại diện cho 68 thư viện"); not "đối với",
#: the bodies a measure is about ("tái cơ cấu toàn diện đối với 16 doanh nghiệp", "trừng phạt đối với 9 trường đại
#: học"), nor "gồm", what a body or a place is made of ("584 đơn vị hành chính cấp xã, gồm 386 xã")
_ORG_LEAD = re.compile(r"(?:của|từ|đến từ|thuộc|đại diện|đại diện cho|đại diện của|(?<!đối )với|và)\s+(?:các\s+)?$")
#: (but "trong số 2.000 đại biểu" is a count: the whole a part is then told of, `_WHOLE`)
_NOT_NUMBER_BEFORE = re.compile(r"(?:năm|top|thứ|số|khóa|lần|tháng|ngày|quý)\s+$")
#: a part of a whole told before it in its sentence is a subgroup, not the attendance: "trong số 2.000 đại biểu trực
#: tiếp dự ... thì có tới 1.500 đại biểu doanh nghiệp tư nhân", "gồm 693 thành viên, trong đó có 1 trưởng đoàn, 10
#: phó đoàn, 18 cán bộ đoàn" (not the whole itself, right after "trong số")
_PART_OF = re.compile(r"(?<!\w)trong\s+(?:đó|số)(?!\w)")
_WHOLE = re.compile(r"(?<!\w)trong\s+số\s+$")
#: what follows the people counted when they are the speakers (counts_after.txt "spoke"): "24 đại biểu Quốc hội phát
#: biểu", "... đăng ký phát biểu", "đã có 10 đại biểu tham gia chất vấn" ("joined"), or voted: "Với 434 đại biểu tán
#: thành", "cả 10 đại biểu đều đồng tình"
_SPOKE = re.compile(r"(?:\s+(?!tham\b|dự\b)\S+){0,3}?\s+"
                    r"(?:đã\s+|đăng ký\s+|tham gia\s+(?=" + _alternation(lexicon.tagged("counts_after.txt", "joined"))
                    + r"))?(?:" + _alternation(lexicon.tagged("counts_after.txt", "spoke")) + r")(?!\w)")
#: what follows people who live or work somewhere, not at the meeting (counts_after.txt "resident"): "hơn 65.000 người
#: hiện đang sinh sống và làm việc tại Czech", "hơn 10.000 nhân viên làm việc tại sân bay Tân Sơn Nhất", a few words
#: between before "đang" ("hơn 13.000 người Việt Nam đang sinh sống, học tập và làm việc tại tỉnh Aichi"); not
#: delegates some of whom live here ("hơn 250 đại biểu là người dân, sinh viên Campuchia đang sinh sống ... tại Việt
#: Nam")
_RESIDENT = re.compile(r"\s+(?:(?:[^\W\d_]+\s+){0,3}?(?:hiện\s+đang|hiện|đang)\s+)?(?:"
                       + _alternation(lexicon.tagged("counts_after.txt", "resident")) + r")(?!\w)")
#: a year that ends a photo caption before a capital, not a count: "xuân Đinh Dậu 2017 Các lãnh đạo Tổng cục" (but
#: "thu hút hơn 2000 đại biểu" is a count)
_YEAR = re.compile(r"(?:19|20)\d\d")
#: a count expected before the meeting is not one who attended: "Dự kiến có hơn 1.200 đại biểu của 110 nước tham dự"
_EXPECTED = re.compile(r"(?<!\w)dự kiến(?!\w)")
#: the audience a speaker stands before, opening the sentence or after the speech verb: "Trước hơn 100 cử tri, ông
#: Chung cam kết thành phố sẽ khảo sát kĩ lưỡng", "được đứng phát biểu trước 1.600 đại biểu, doanh nghiệp" (the
#: people who attended; not "trước 3 người con trai tử vong", no speech) (the speech verbs: people_speaks.txt)
_AUDIENCE = re.compile(r"(?:(?P<verb>" + _alternation((fold(w) for w in lexicon.words("people_speaks.txt")),
                                                      word_start=True) + r")\s+)?(?<!\w)trước\s+$")
#: shareholders counted at a clock time are a tally taken as they arrive, which a later count updates: "đến 9h mới
#: chỉ có 44 cổ đông tham dự" ... "Đến 9h30 mới chỉ có 61 cổ đông tham dự phiên họp"
_CLOCK = re.compile(r"(?<![\w/.,])\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?!\w)")
_SHAREHOLDERS = re.compile(r"\s+cổ đông(?!\w)")
#: a sentence that opens with a year tells of that year: a count in it, when the year is before the meeting's, is that
#: of an earlier edition or another event ("Năm 2020, trường đã tổ chức hội thảo với trên 30 doanh nghiệp tham dự",
#: "Năm 2016, với vai trò là Quốc gia danh dự tại Vietnam Foodexpo, Italy đã tham gia triển lãm với trên 30 doanh
#: nghiệp"), as is one of a sentence that opens with last year ("Năm ngoái")
_PAST_YEAR = re.compile(r"\W*(?:(?:trong|vào)\s+)?năm\s+(?:(?P<year>(?:19|20)\d\d)(?![\d/.,]\d)|ngoái(?!\w)|trước(?!\w))")
_MAX = {DELEGATES: 200_000, ORGANIZATIONS: 10_000, SITES: 5_000}


def _before_an_audience(low: str, s_start: int, at: int) -> bool:
    """Whether the count at `at` is the audience a speaker stands before (_AUDIENCE): "trước" after a speech verb, or
    opening the sentence that starts at `s_start`."""
    m = _AUDIENCE.search(low, s_start, at)
    return bool(m) and bool(m.group("verb") or not low[s_start:m.start()].strip())


@cache
def _attend_verbs(tag: str) -> str:
    """The words of counts_attend.txt tagged `tag`, as whole words, each not followed by the rest of a word it opens
    that is another word (counts_attend_not.txt): "dự án có 200 người", "dự báo", "tham gia giao thông"."""
    verbs = sorted({fold(w) for name in ("attend", "by") for w in lexicon.tagged("counts_attend.txt", name)}, key=len,
                   reverse=True)
    tails: dict[str, list[str]] = {}
    for word in (fold(w) for w in lexicon.words("counts_attend_not.txt")):
        verb = next((v for v in verbs if word.startswith(v + " ")), None)
        if verb is None:
            raise ValueError(f"counts_attend_not.txt: {word!r} does not start with a verb of counts_attend.txt")
        tails.setdefault(verb, []).append(word[len(verb) + 1:])
    alternatives = []
    for verb in sorted((fold(w) for w in lexicon.tagged("counts_attend.txt", tag)), key=len, reverse=True):
        own = tails.get(verb)  # (the bare verb: "tham dự thảo luận" is attending a debate)
        after = r"(?!\s+(?:" + _alternation(own, spaces=True) + r")(?!\w))" if own else ""
        # (each led by its first letter, the word start asserted after it: lexicon.alternatives)
        alternatives.append(lexicon.alternatives((verb,), after, word_start=True))
    return r"(?:" + "|".join(alternatives) + r")"


@cache
def _patterns() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """The count regex, noun → field, the attendance words and the words of sentences that count other things."""
    nouns: dict[str, str] = {}
    for name, field in (("counts_people.txt", DELEGATES), ("counts_organizations.txt", ORGANIZATIONS),
                        ("counts_sites.txt", SITES)):
        for noun in lexicon.words(name):
            nouns.setdefault(fold(noun), field)
    count = re.compile(
        r"(?<!\w)" + _QUALIFIER + _NUMBER + r"\s+(?:vị\s+|các\s+)?(" + _alternation(nouns) + r")(?!\w)"
    )
    attend = re.compile(_attend_verbs("attend") + r"(?!\w)")
    other = re.compile(r"(?:" + _alternation((fold(w) for w in lexicon.words("counts_not.txt")), word_start=True)
                       + r")(?!\w)")
    return count, nouns, attend, other


@cache
def _bodies() -> re.Pattern[str]:
    """The attendance words that make a count of organisations in their sentence the attending ones (counts_attend.txt
    "bodies": not "gồm", which lists what a body is made of)."""
    return re.compile(_attend_verbs("bodies") + r"(?!\w)")


_WORD_BEFORE = re.compile(r"(\w+)\s+\Z")


def _name_before(text: str, at: int) -> bool:
    """Whether a capitalised name's word is right before the number at `at`, whose ordinal it is: "SEA Games 29"."""
    word = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return bool(word) and word.group(1)[:1].isupper()


@cache
def _not_nouns() -> re.Pattern[str]:
    """The words that open with a counted noun but are other words (counts_nouns_not.txt: "4 trường hợp")."""
    return re.compile(r"(?:" + _alternation((fold(w) for w in lexicon.words("counts_nouns_not.txt")), spaces=True)
                      + r")(?!\w)")


@cache
def _generic() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The generic people nouns (counts_generic.txt) and the members of a body (counts_members.txt: "với 9.000 hội
    viên"), and the attendance verb right after such a count ("97 người tham gia", a word or two between: "200
    người đã tham dự") or just before it, a few words between and no punctuation ("với sự tham gia của hơn 200
    người", "Tham dự hội nghị có 300 người")."""
    verbs = _attend_verbs("by")
    return (frozenset(fold(w) for name in ("counts_generic.txt", "counts_members.txt") for w in lexicon.words(name)),
            re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:" + verbs + r")(?!\w)"),
            re.compile(r"(?:" + verbs + r")(?:\s+[^\W\d_]+){0,3}\s+$"))


@cache
def _counted() -> re.Pattern[str]:
    """A digit before a counted noun: what every count has (led by the digit, so that the engine skips ahead to
    the next number; the count regex, led by the words that may qualify a number, tries every place)."""
    return re.compile(r"\d\s+(?:vị\s+|các\s+)?(?:" + _alternation(_patterns()[1]) + r")(?!\w)")


#: the characters a count's qualifiers and number are written with (what may stand between where a count starts and
#: the last digit of its number)
_LEAD_CHARACTERS = frozenset(re.sub(r"\\s|[()?:|*+]", "", _QUALIFIER) + ".")


def _count_matches(low: str, count: re.Pattern[str]) -> list[re.Match[str]]:
    """What count.finditer(low) gives, looked for only where it can start. The count regex, led by (?<!\\w) and
    the optional qualifiers, is tried by the engine at every place; but every count holds a place where _counted
    matches (the last digit of its number: the noun follows), and starts after the one before (a number is one run
    of digits, a qualifier has none) and where the qualifiers' letters, digits, dots and white space run back to.
    So each count is the first match tried at those places, in order, from the end of the count before."""
    found: list[re.Match[str]] = []
    end = floor = 0  # (the end of the last count; just after the last digit that ended a number)
    for hit in _counted().finditer(low):
        digit = hit.start()
        start, floor = digit, max(floor, end)
        while start > floor and (low[start - 1] in _LEAD_CHARACTERS or low[start - 1].isdecimal()
                                 or low[start - 1].isspace()):
            start -= 1
        floor = digit + 1
        if digit < end:
            continue
        for at in range(start, digit + 1):
            match = count.match(low, at)
            if match:
                found.append(match)
                end = match.end()
                break
    return found


def _value(text: str) -> int | None:
    try:
        return int(text.replace(".", ""))
    except ValueError:
        return None


def extract_attendance(doc: Doc, anchor: int = 0, kind: str | None = None,
                       year: int | None = None) -> tuple[Attendance, dict[str, list[Span]]]:
    """The meeting's attendance counts and their evidence spans (the numbers as written); at a press conference
    (`kind`), only those of a sentence that names it and no other meeting (_of_the_press_conference); none of a
    sentence that opens with a year before the meeting's (`year`, _PAST_YEAR)."""
    low = doc.low
    count, nouns, attend, other = _patterns()
    generic, after, before = _generic()
    matches = _count_matches(low, count)
    if not matches:
        return Attendance(), {}
    starts = sentence_offsets(doc.text)  # (the pass detect made over the same text)
    kinds = any_kind_pattern()
    anchor_sentence = max((s for s in starts if s <= anchor), default=0)
    bodies = _bodies()
    # sentence start → states the attendance, counts others, states the attending bodies
    sentences: dict[int, tuple[bool, bool, bool]] = {}
    best: dict[str, tuple[tuple[int, int], int, Span, int]] = {}  # field → rank, value, span, its sentence's start
    last: dict[str, tuple[tuple[int, int], int, Span, int]] = {}  # the last count that qualifies
    for match in matches:
        field = nouns[match.group(2)]
        n_start, n_end = match.span(1)
        value = _value(match.group(1))
        if not value or value < 2 or value > _MAX[field] or (
                _NOT_NUMBER_BEFORE.search(low, max(0, n_start - 8), n_start)
                and not _WHOLE.search(low, max(0, n_start - 20), n_start)):
            continue
        if (not_noun := _not_nouns().match(low, match.start(2))) and (
                not not_noun.group().startswith("tổ chức") or _name_before(doc.text, n_start)):
            # "đối với 4 trường hợp": cases, not schools; the verb "organised" only after a name's ordinal ("dự SEA
            # Games 29 tổ chức tại Malaysia", not "sự tham gia của 30 tổ chức từ 15 quốc gia")
            continue
        index = bisect.bisect_right(starts, n_start) - 1
        s_start = starts[index]
        s_end = starts[index + 1] if index + 1 < len(starts) else len(low)
        if _SPOKE.match(low, match.end()) or _RESIDENT.match(low, match.end()):
            continue  # "đã có 24 đại biểu Quốc hội phát biểu": the speakers, not the attendance
        if _PART_OF.search(low, s_start, match.start()) and not _WHOLE.search(low, s_start, match.start()):
            continue  # "trong số 2.000 đại biểu ... thì có tới 1.500 đại biểu doanh nghiệp tư nhân": a subgroup
        if _EXPECTED.search(low, s_start, match.start()):
            continue  # "Dự kiến có hơn 1.200 đại biểu ... tham dự": not yet attended
        if _YEAR.fullmatch(match.group(1)) and doc.text[n_end:match.end()].lstrip()[:1].isupper():
            continue  # "xuân Đinh Dậu 2017 Các lãnh đạo": a caption's year
        if s_start not in sentences:
            counts_other = bool(other.search(low, s_start, s_end))
            sentences[s_start] = (not counts_other and _states_attendance(low, s_start, s_end, attend, kinds),
                                  counts_other,
                                  not counts_other and _states_attendance(low, s_start, s_end, bodies, kinds))
        past = _PAST_YEAR.match(low, s_start)
        if past and (not past.group("year") or (year is not None and int(past.group("year")) < year)):
            continue  # "Năm 2020, trường đã tổ chức hội thảo với trên 30 doanh nghiệp tham dự": an earlier one
        if kind == PRESS and not _of_the_press_conference(low, s_start, s_end, kinds):
            continue  # "Hội nghị sẽ họp trực tuyến với 63 tỉnh thành": the meeting the press is told of
        states, counts_other, states_bodies = sentences[s_start]
        if field == ORGANIZATIONS:
            states = states_bodies  # ("Ban Kinh tế Trung ương gồm 8 đơn vị": no body said to attend)
        if not (states or _before_an_audience(low, s_start, match.start())) \
                and (match.group(2) != "đại biểu" or counts_other):
            continue  # ("đại biểu" alone says they attended, unless they are counted as winners, victims ...)
        if match.group(2) in generic and not (after.match(low, match.end())
                                              or before.search(low, max(s_start, match.start() - 40), match.start())):
            continue  # "4 người Triều Tiên bị tình nghi tham gia vụ ám sát": people the story is about
        if field == ORGANIZATIONS and not (
            _ORG_LEAD.search(low, max(s_start, match.start() - 20), match.start())
            or bodies.match(low, match.end() + 1)
            or before.search(low, max(s_start, match.start() - 40), match.start())
        ):
            continue
        rank = (0 if s_start >= anchor_sentence else 1, abs(s_start - anchor_sentence))
        if field not in best or rank < best[field][0]:
            best[field] = (rank, value, (n_start, n_end), s_start)
        last[field] = (rank, value, (n_start, n_end), s_start)
    if DELEGATES in best and last[DELEGATES][2] > best[DELEGATES][2]:
        _, _, (n_start, n_end), s_start = best[DELEGATES]
        if _SHAREHOLDERS.match(low, n_end) and _CLOCK.search(low, s_start, n_start):
            best[DELEGATES] = last[DELEGATES]  # (the tally at 9h gives way to the last one)
    attendance = Attendance(
        delegates=best[DELEGATES][1] if DELEGATES in best else None,
        organizations=best[ORGANIZATIONS][1] if ORGANIZATIONS in best else None,
        sites=best[SITES][1] if SITES in best else None,
    )
    return attendance, {field: [span] for field, (_, _, span, _) in sorted(best.items())}


def _of_the_press_conference(low: str, start: int, end: int, kinds: re.Pattern[str]) -> bool:
    """Does the sentence low[start:end] name a press conference and no other meeting? What a press conference is
    told counts the people of the meeting it announces or reports ("Hội nghị sẽ họp trực tuyến với 63 tỉnh thành",
    "với ước tính có khoảng 2.000 đại biểu"); its own attendance is told in a sentence of its own ("Tham dự buổi họp
    báo có đại diện, phóng viên của hơn 50 cơ quan báo chí")."""
    named = {kind_named(m.group(0)) for m in kinds.finditer(low, start, end)}
    return named == {PRESS}


def _states_attendance(low: str, start: int, end: int, attend: re.Pattern[str], kinds: re.Pattern[str]) -> bool:
    """Does the sentence low[start:end], which counts no winners or victims, say who attended a meeting (and not
    who was trained over the years)?"""
    if _EVENT_COUNT.search(low, start, end):
        return False
    return bool(attend.search(low, start, end) or kinds.search(low, start, end))
