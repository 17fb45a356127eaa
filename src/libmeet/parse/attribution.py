"""Whose points are they? Directions are those of the chair, the organisers and the presiding leaders;
what an invited expert or an ordinary participant proposes is not one (GUIDELINES.md, "Directions").

A point is set aside when the sentence it stands in names its speakers and every one of them takes part
without presiding: an academic title without a post ("GS Nguyễn Minh ...", "PGS.TS ..."), a participant's
position (chuyên gia, đại biểu, luật sư ..., a former official "Nguyên Cục trưởng ...", an adviser), or a name
with no post at all ("bà Hương cho hay"). A person who chaired, opened, concluded or directed (their roles)
always presides. Sentences that name nobody keep their points: the article's own voice reports what the
meeting set out.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from ..models import Person
from . import directions, lexicon, names
from .detect import SITTINGS, at_a_meeting, glued_openers
from .normalize import Doc, fold
from .types import Span

#: roles that make a person one of those who preside
_PRESIDING_ROLES = frozenset({"chủ trì", "đồng chủ trì", "kết luận", "chỉ đạo", "phát biểu chỉ đạo",
                              "phát biểu kết luận", "phát biểu khai mạc", "phát biểu bế mạc", "khai mạc", "bế mạc"})
#: a mark and white space, or a line end (led by the set of the two, so that the engine skips ahead to the next one)
_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|\s)")
_REACH = 400  # how far from a point its sentence is looked for


@cache
def _participant_positions() -> re.Pattern[str]:
    words = lexicon.alternation((fold(w) for w in lexicon.words("directions_participant_positions.txt")),
                                spaces=True, word_start=True)
    return re.compile(rf"(?:{words})(?!\w)")


def takes_part_only(person: Person) -> bool:
    """Whether the person is at the meeting without presiding over it: not chairing, opening, concluding or
    directing it, and in a participant's position (chuyên gia, đại biểu ...) or without any post ("bà Hương cho
    hay", "GS Nguyễn Văn A"). Whoever holds a post may speak for the hosts ("TS ..., Giám đốc học thuật" of the
    school that holds the workshop)."""
    if any(role in _PRESIDING_ROLES for role in person.roles):
        return False
    if "tham luận" in person.roles:
        return True
    position = fold(person.position or "")
    if not position:
        return True
    return bool(_participant_positions().match(position))


@lru_cache(maxsize=256)  # (each point's sentence is asked for by every test of set_aside: found once)
def _sentence(doc: Doc, at: int) -> Span:
    lo = max(0, at - _REACH)
    starts = [m.end() for m in _SENTENCE_END.finditer(doc.text, lo, at)]
    start = starts[-1] if starts else lo
    end_match = _SENTENCE_END.search(doc.text, at, min(len(doc.text), at + _REACH))
    end = end_match.start() + 1 if end_match else min(len(doc.text), at + _REACH)
    # (or a glued opener's start: a caption or a subheading run into the next sentence, detect.glued_openers)
    glued = glued_openers(doc.text)
    index = bisect_right(glued, (at, at))
    if index and glued[index - 1][1] > start:
        start = glued[index - 1][1]
    if index < len(glued) and glued[index][0] < end:
        end = glued[index][0]
    return start, end


#: a leader named by their post, who presides wherever they speak: the head of a government, a party committee, a
#: council or a ministry ("Thủ tướng", "Người đứng đầu Thành ủy Đà Nẵng", "Chủ tịch UBND TP", "lãnh đạo thành phố")
_LEADER_POSTS = (r"(?:thủ tướng|chủ tịch nước|tổng bí thư|chủ tịch quốc hội|bí thư|người đứng đầu|bộ trưởng|"
                 r"chủ tịch (?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|tỉnh|thành phố|tp|quận|huyện)|"
                 r"lãnh đạo (?:tỉnh|thành phố|tp|bộ|ubnd|ủy ban nhân dân))")
_LEADER_POST = lexicon.WordLed(r"(?<!\w)" + _LEADER_POSTS + r"(?!\w)")


def _leader_speaks(doc: Doc, start: int, end: int) -> bool:
    """Whether the words of a sentence before its point name a leader by their post as the one who speaks (not as
    the one a request is put to: "cử tri Điền mong Thủ tướng chỉ đạo ...")."""
    low = fold(doc.low[start:end])
    return any(not _NOT_SUBJECT.search(low, max(0, m.start() - _OBJECT_REACH), m.start())
               for m in _LEADER_POST.finditer(low))


def _known_participant(person: Person) -> bool:
    """Whether the person takes part without presiding by what the article tells of them: a participant's position
    (chuyên gia, đại biểu, cử tri, a former official ...) or an academic title without a post; not a name told
    without either, who may well be the chair."""
    if _presides(person) or _top_leader(person):
        return False
    position = fold(person.position or "")
    return bool(_participant_positions().match(position)) if position else bool(person.academic_title)


@cache
def _grievance() -> re.Pattern[str]:
    """A grievance verb right after a speaker's name, past their post (a capital after a comma or a dash, or in
    brackets) and "cũng" / "đã" (directions_grievances.txt): "Bà Phan Thanh Hải, Chủ tịch công đoàn cơ sở ... cũng phản
    ánh", "“...”, ông Thắng bức xúc", "Anh Phan Thanh Hải - Chủ tịch CĐ Meiko - than thở"."""
    verbs = lexicon.alternation(lexicon.words("directions_grievances.txt"), spaces=True, word_start=True)
    # (a post not closed by a comma or a dash is followed by "cũng" / "đã", not a verb of its own: "ông Nguyễn Toàn
    # Thắng, Giám đốc Sở TN-MT khẳng định ý kiến phản ánh ..." is no complaint)
    # (a post between dashes of any length: "-", "–", "—"; matched on the lower-case text)
    return re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:\s*(?:,|\s[\u2013\u2014-])\s*(?P<post>[^,.;:!?\n“”\"]{1,80}?)"
                      r"(?:\s[\u2013\u2014-]|,|(?=\s+(?:cũng|đã)\s)))?\s*(?:(?:cũng|đã|liên\s+tục|tiếp\s+tục)\s+)*"
                      r"(?:" + verbs + r")(?!\w)")


def _complainant(doc: Doc, person: tuple[Person, list[Span]]) -> bool:
    """Whether the person, presiding nowhere, is told to complain somewhere in the article (_grievance): a worker's,
    a union's or a firm's spokesman at a dialogue with the city's chairman, whose request is put to the meeting
    ("Bà Hải đề nghị Chủ tịch TP Hà Nội chỉ đạo ...", "anh Hải cho biết và đề nghị một tháng nên bố trí ..."); not a
    clause after the name ("Theo ông Chung, đây là sự việc nhỏ nhưng gây bức xúc", "Theo bác sĩ Thành, sau khi nhận
    được thông tin phản ánh": the post after a comma opens on a capital)."""
    if _presides(person[0]) or _top_leader(person[0]):
        return False
    for _, end in person[1]:
        found = _grievance().match(doc.low, end)
        if found and (found.group("post") is None or doc.text[found.start("post")].isupper()):
            return True
    return False


def _guest(person: Person, hosts: list[str], foreign: bool = False) -> bool:
    """Whether a speaker at a workshop comes from another body than its hosts ("Luật sư ..., Chủ tịch HĐTV Cty
    Luật BASICO" at a workshop a ministry holds): an invited speaker, unless they preside. `foreign`: at a conference,
    only a speaker from abroad is a guest (the hosts' own departments and the country's leaders speak for it)."""
    if not hosts or not person.organization or _presides(person):
        return False
    if foreign and (names.is_vietnamese_name(person.name) or names.is_stage_name(person.name)):
        return False
    return not _of_hosts(person.organization, hosts)


def _of_hosts(organization: str, hosts: list[str]) -> bool:
    """Whether an organisation is one of the hosts: two words in common (or all of its own, when shorter)."""
    theirs = set(fold(organization).split())
    return any(len(theirs & set(fold(host).split())) >= min(2, len(theirs)) for host in hosts)


#: a business's or its association's name: "Công ty CP Hợp Lực", "Tập đoàn Vingroup", "Hiệp hội BĐS TPHCM"
_BUSINESS = re.compile(r"(?:(?:tổng\s+)?công\s+ty|cty|ctcp|tập\s+đoàn|hiệp\s+hội|ngân\s+hàng|hợp\s+tác\s+xã|htx|"
                       r"doanh\s+nghiệp)(?!\w)")


def _presides(person: Person) -> bool:
    return any(role in _PRESIDING_ROLES for role in person.roles)


#: the leaders who preside wherever they speak, their roles told or not
_TOP_LEADERS = frozenset({"thủ tướng", "thủ tướng chính phủ", "phó thủ tướng", "chủ tịch nước", "tổng bí thư",
                          "chủ tịch quốc hội"})


def _top_leader(person: Person) -> bool:
    """Whether the person is the Prime Minister, a Deputy Prime Minister, the President, the Party's General Secretary
    or the Assembly's chair: "Thủ tướng Nguyễn Xuân Phúc đồng tình: Phải khẩn trương làm rõ ..." after a deputy
    minister's words is the Prime Minister's."""
    return fold(person.position or "") in _TOP_LEADERS


def _public_leader(person: Person) -> bool:
    """Whether the person leads a government, a party committee, a council or a ministry by their post ("Bí thư",
    "Phó chủ tịch UBND TP.HCM", "Thủ tướng"), not a business's or an association's head, nor a former leader
    ("nguyên Bộ trưởng Trương Đình Tuyển" among a workshop's pundits)."""
    post = fold(" ".join(filter(None, (person.position, person.organization))))
    return _top_leader(person) or bool(_LEADER_POST.search(post)) and not _BUSINESS.search(post) \
        and not post.startswith("nguyên")


def _business_guest(person: Person, hosts: list[str]) -> bool:
    """Whether a speaker heads a business or a business association that does not hold the meeting: at a meeting a
    public leader presides they put their case ("Ông Nguyễn Văn Đệ, Chủ tịch Công ty CP Hợp Lực ... cho rằng cần ..."
    at the Prime Minister's conference with businesses)."""
    if not person.organization or _presides(person) or not _BUSINESS.match(fold(person.organization)):
        return False
    return not _of_hosts(person.organization, hosts)


#: at a council's or the National Assembly's sitting, the Fatherland Front relays the voters' petitions: what
#: they ask for is put to the sitting, not set out by it ("Ủy ban MTTQVN thành phố đề nghị chính quyền ...",
#: "Cử tri và nhân dân mong muốn ...", the Front also written as one run of capitals: "Đoàn Chủ tịch UBMTTQVN cũng nêu 6
#: kiến nghị"; a dot inside a word of its name goes with it: "Ủy ban MTTQ Việt Nam TP.HCM đề nghị chính quyền TP ...")
_PETITIONERS = re.compile(
    r"(?<!\w)(?:(?:mặt trận|\w*mttq\w*)(?!\w)" + lexicon.no_stop(".;:!?") + r"{0,60}?(?:đề nghị|kiến nghị|mong muốn|"
    r"yêu cầu|đề xuất)"
    r"|cử tri(?: và nhân dân| cả nước)?" + lexicon.no_stop(".;:!?") + r"{0,100}?(?:mong muốn|kiến nghị|đề nghị|"
    r"phản ánh|yêu cầu|ghi nhận)"
    r"|kiến nghị của cử tri)(?!\w)")


#: meetings where invited speakers from other bodies give talks: their proposals are not the meeting's directions
WORKSHOPS = frozenset({"hội thảo", "tọa đàm", "mạn đàm", "diễn đàn"})
#: conferences, summits and dialogues with named hosts, where guests from other bodies speak too
CONFERENCES = frozenset({"hội nghị", "đối thoại"})
#: ... among them those where speakers trade views on a topic, with no papers and nothing to adopt
ROUND_TABLES = frozenset({"tọa đàm", "mạn đàm"})
#: ... and those where speakers give papers and talks on a topic: led by whoever of its hosts holds an office there
SEMINARS = frozenset({"hội thảo", "diễn đàn"})


#: how many of a group speak: "Nhiều công nhân", "một số ý kiến", "có đại biểu"
_HOW_MANY = r"(?:nhiều\s+vị|nhiều|các|một\s+số|một|những|hầu\s+hết|có)"


@cache
def _groups_and_verbs() -> tuple[str, str]:
    """The participant groups and the proposal verbs, as alternations (directions_participant_groups.txt,
    directions_proposal_verbs.txt)."""
    return (lexicon.alternation(lexicon.words("directions_participant_groups.txt"), spaces=True, word_start=True),
            lexicon.alternation(lexicon.surfaces("directions_proposal_verbs.txt"), spaces=True, word_start=True))


@cache
def _group_speaker() -> re.Pattern[str]:
    """A participant group or a standing alone as the subject of the verb that opens a point: "Nhiều công nhân đề
    nghị", "các đại biểu kiến nghị", "Đại biểu Nghĩa đề nghị", "chuyên gia Cấn Văn Lực cho rằng", "nhiều ý kiến đề
    xuất" (at the end of the words before the point; what the verb governs comes after it). Not when they agree
    ("Các ý kiến tại cuộc họp thống nhất yêu cầu ...": the meeting decided), when the words are a directive's
    ("ý kiến chỉ đạo của Thủ tướng yêu cầu"), or in a condition ("Nếu doanh nghiệp ... thì yêu cầu ..."). (The group
    word in an association's name is set aside by group_points, `_ASSOCIATION_HEAD`.) The group word is the group
    "group"."""
    groups, verbs = _groups_and_verbs()
    not_decided = r"(?!\s(?:thì|nếu|khi|thống\s+nhất|nhất\s+trí|chỉ\s+đạo|kết\s+luận)(?!\w))"
    return re.compile(
        r"(?:^|[,;:(]\s*|\s)(?P<by>(?:cũng\s+)?theo\s+)?(?:" + _HOW_MANY + r"\s+)?(?P<group>" + groups + r")(?!\w)"
        # ... or the group the point is told after, by "Theo": "Theo đại biểu này, | chiến lược phải có ngắn hạn ...",
        # "Theo đại biểu Phương, | cần xác định rõ quyền của tổ chức tín dụng ..." (no one who leads named after it)
        r"(?(by)(?:" + not_decided + r"(?!\s" + _LEADS_NAMED + r"(?!\w))[^,.;:!?\"“”\n]){0,40},\s*$|"
        r"(?:" + not_decided + r"[^,.;:!?\"“”\n]){0,50}?(?<!\w)(?:" + verbs + r")(?!\w)(?:\s+(?:cần|phải|nên|rằng|là))?\s*[,:]?\s*"
        # (a time between the verb and the point: "Đại biểu Trần Văn Mão đề nghị, trong thời gian tới, các cơ quan ...")
        r"(?:(?:trong\s+)?(?:thời\s+gian|giai\s+đoạn)\s+(?:tới|sắp\s+tới)\s*,?\s*)?"
        # (or what the point is for: "nhiều chuyên gia về vùng Vịnh cho rằng, để giải quyết cuộc khủng hoảng này, |
        # vấn đề mang tính quyết định là Qatar phải thay đổi cách tiếp cận ...")
        r"(?:(?:muốn|để)\s[^,.;:!?\"“”\n]{1,60},\s*)?$)")


#: who leads, named between a group's proposal and the bare verb that would go on with it
_LEADS_NAMED = r"(?:thủ\s+tướng|bộ\s+trưởng|chủ\s+tịch|chủ\s+nhiệm|bí\s+thư|kết\s+luận|chủ\s+trì|thường\s+vụ)"


@cache
def _group_goes_on() -> re.Pattern[str]:
    """A group's proposal that goes on with the bare verb again, after a semicolon in the same sentence or in the next
    sentence after "Do đó," / "Vì vậy,", no one who leads named between: "một số ý kiến đề nghị bổ sung quy định minh
    bạch ...; đề nghị | quy định rõ kinh phí cho quy hoạch của các cấp", "những ý kiến cho rằng, việc không trả được
    nợ nước ngoài ... phải trả nợ thay. Do đó, đề nghị | nghiên cứu, bổ sung quy định ..." (the words before the
    point; the reports on a draft law at a sitting tell the deputies' opinions so)."""
    groups, verbs = _groups_and_verbs()
    return re.compile(
        r"(?:^|[,;:(]\s*|\s)(?P<group>(?:" + _HOW_MANY + r"\s+)?(?:" + groups + r"))\s+(?:"
        + verbs
        + r")(?!\w)(?:(?!(?<!\w)" + _LEADS_NAMED + r"(?!\w))(?:[^\n.!?]|\.(?=\S))){0,400}?"
        r"(?:;\s*|[.]\s+(?:do\s+đó|do\s+vậy|vì\s+vậy|vì\s+thế)\s*,\s*)(?:đồng\s+thời\s+)?"
        r"(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)\s*$")


#: ... not when the group's proposals are what a leader took note of or answered: "Phó Thủ tướng ghi nhận các ý kiến đề
#: nghị của các địa phương; đề nghị các bộ, ngành ..." (the leader's own points follow)
_NOTED = re.compile(r"(?<!\w)(?:ghi\s+nhận|tiếp\s+thu|đánh\s+giá\s+cao|trả\s+lời|giải\s+trình|cảm\s+ơn)\s*$")
#: the bare verb right before a point that may go on with a group's proposal
_BARE_PROPOSAL = re.compile(r"(?<!\w)(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)\s*$")


def _group_went_on(doc: Doc, points: list[Span]) -> list[bool]:
    """For each point, whether the words before it in its paragraph, from the sentence before its own, go on with a
    group's proposal (_group_goes_on)."""
    verdicts = []
    low = doc.low
    for start, _ in points:
        if not _BARE_PROPOSAL.search(low, max(0, start - 30), start):
            verdicts.append(False)
            continue
        sentence = _sentence(doc, start)[0]
        since = _sentence(doc, sentence - 1)[0] if sentence > 0 and doc.text[sentence - 1] != "\n" else sentence
        since = max(since, doc.text.rfind("\n", since, start) + 1)
        words = low[since:start]
        went = _group_goes_on().search(words)
        verdicts.append(bool(went) and not _NOTED.search(words, max(0, went.start("group") - 40), went.start("group")))
    return verdicts


#: a proposal put to the leaders the meeting answers to: the speaker is below them, a participant ("Công an tỉnh Hòa
#: Bình đề xuất với Bộ trưởng Bộ Y tế chỉ đạo ...", "kiến nghị Thủ tướng cho phép ..."); not a body ("Ủy ban Thường
#: vụ Quốc hội đề nghị Chính phủ ..." is the presiding body's)
_PUT_TO_LEADERS = re.compile(
    r"(?<!\w)(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất)\s+(?:với\s+)?(?:thủ\s+tướng|phó\s+thủ\s+tướng|bộ\s+trưởng|"
    r"tổng\s+bí\s+thư|chủ\s+tịch\s+nước|đoàn\s+công\s+tác)(?!\w)")


#: ... or a request a province, a city, a business or a voter sends up to the Government, the point opening on whom it
#: asks: "Lãnh đạo UBND TPHCM đề nghị | Chính phủ xem xét, bố trí đủ vốn ...", "Hưng Yên đề nghị | Chính phủ cho phép
#: tỉnh ...", "Hiệp hội Du lịch Đà Nẵng sẽ tiếp tục kiến nghị, đề nghị | Thủ tướng điều chỉnh ..." (not the Assembly's
#: or the Party's: "Chủ tịch Quốc hội đề nghị Chính phủ ...", "Tổng Bí thư đề nghị Trung ương ...")
_ASKED = re.compile(r"(?:thủ\s+tướng|chính\s+phủ|phó\s+thủ\s+tướng|trung\s+ương|các\s+bộ,\s+ngành\s+trung\s+ương)"
                    r"(?!\s+(?:hai|các)\s)(?!\w)")
_ASKS_UP = re.compile(r"(?<!\w)(?:ubnd|ủy\s+ban\s+nhân\s+dân|tỉnh|thành\s+phố|tp|tphcm|tp\.hcm|(?<!cơ\s)sở|huyện|quận|"
                      r"doanh\s+nghiệp|hiệp\s+hội|công\s+ty|tập\s+đoàn|cử\s+tri|địa\s+phương)(?!\w)"
                      # (what the body asks for first may stand between: "UBND TPHCM mong muốn được tiếp nhận khoản vay
                      # ... cho dự án tuyến metro số 2, đồng thời đề nghị | Thủ tướng phê duyệt ...", not a leader who
                      # asks in its stead)
                      r"(?:(?!\s(?:thủ\s+tướng|bộ\s+trưởng|tổng\s+bí\s+thư|chủ\s+tịch)(?!\w))[^.;:!?]){0,160}"
                      r"(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|mong\s+muốn|xin)\s+$")
_ASKS_ABOVE = re.compile(r"(?<!\w)(?:quốc\s+hội|chủ\s+tịch\s+nước|tổng\s+bí\s+thư|thường\s+vụ|bộ\s+chính\s+trị)(?!\w)")


#: ... or one a district, a department or a business sends up to its city or province: "Quận kiến nghị | thành phố chỉ
#: đạo đơn vị chức năng sớm tháo gỡ ...", "Sở Xây dựng đề xuất | UBND tỉnh cho phép ..."
_ASKED_LOCAL = re.compile(r"(?:(?:ubnd|ủy\s+ban\s+nhân\s+dân)\s+)?(?:thành\s+phố|tp|tỉnh)(?!\w)")
_ASKS_UP_LOCAL = re.compile(r"(?:^|[,;]\s*)(?:các\s+|lãnh\s+đạo\s+)?(?:(?:ubnd|ủy\s+ban\s+nhân\s+dân)\s+)?"
                            r"(?:quận|huyện|thị\s+xã|phường|xã|sở|doanh\s+nghiệp|công\s+ty|hiệp\s+hội|cử\s+tri"
                            # (or the body just named, told again: "(Horea) kiến nghị UBND TP ... Đơn vị này cũng kiến
                            # nghị thành phố yêu cầu | các nhà đầu tư ...")
                            r"|đơn\s+vị\s+này)(?!\w)"
                            # (the asker opens its clause: not "Phó Chủ tịch ... đề nghị tỉnh Sơn La ..." after "ý kiến
                            # của cử tri,", nor "Nhà máy nước Yên Sở, Kiểm toán Nhà nước đề nghị ...")
                            r"[^.;:!?,]{0,60}(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|mong\s+muốn|xin)\s+"
                            # (the city asked, by its name too, then what it is asked to do: "kiến nghị thành phố chỉ
                            # đạo | ...", "Sở Xây dựng kiến nghị UBND TP Hà Nội chỉ đạo | chủ đầu tư ...", "kiến nghị
                            # thành phố yêu cầu | các nhà đầu tư ...")
                            # (its name after "TP." or run into it too: "UBND TP.HCM", "UBND TP.Hà Nội", "UBND TPHCM")
                            r"(?P<city>(?:với\s+)?(?:(?:ubnd|ủy\s+ban\s+nhân\s+dân)\s+)?"
                            r"(?:thành\s+phố\s+|tphcm\s+|tp\.\s*|tp\s+|tỉnh\s+)"
                            r"(?:[^\s.;:!?,]+(?:\.[^\s.;:!?,]+)*\s+){0,3}?"
                            r"(?:chỉ\s+đạo|cho\s+phép|xem\s+xét|giao|quan\s+tâm|hỗ\s+trợ|yêu\s+cầu)\s+)?$")


#: a business, an association or a project's consultant that opens the clause right before a point with
#: the verb it proposes or pledges with: "Hiệp hội chăn nuôi tỉnh đề nghị, | các cơ quan ban ngành nên hỗ trợ ...",
#: "Tập đoàn Than - Khoáng sản đề nghị | EVN và PVN chưa mua than ...", "Đại diện Tập đoàn Điện lực Việt Nam cũng cam
#: kết | ưu tiên phát triển lưới điện 3 pha ...", "Đơn vị tư vấn đề nghị | phương án triển khai dự án ..." (its own
#: case put to the meeting; not when it holds the meeting: see _not_of_hosts; not a project's investor, whose pledge to
#: put right what it did wrong is the outcome of a meeting on it: "chủ đầu tư cũng cam kết sẽ khắc phục sai phạm")
@cache
def _body_asks() -> re.Pattern[str]:
    """The body's head word, then its name to the verb (directions_body_asks.txt). The name
    stays in its clause ("Tại buổi làm việc, Tập đoàn Vingroup đã báo cáo tiến độ, Thủ tướng đề nghị | các bộ ..." is
    not the group's), a dot inside a word going with it ("Tổng công ty Điện lực TP.HCM đề nghị")."""
    def words(*tags: str) -> list[str]:
        return [word for tag in tags for word in lexicon.tagged("directions_body_asks.txt", tag)]
    bodies, verbs = (lexicon.alternation(words("body", "department"), spaces=True),
                     lexicon.alternation(words("verb"), spaces=True))
    return re.compile(r"(?:^|[,;:“\"]\s*|(?<!\w)(?:nên|vì\s+vậy|do\s+đó|cho\s+hay|cho\s+biết)\s+)"
                      rf"(?:các\s+|đại\s+diện\s+)?(?P<body>(?:{bodies})(?!\w)"
                      r"(?P<name>(?:\.(?!\s)|[^.,;:!?“”\"]){0,70}?))"
                      # (a comma may close the name: "Công ty TNHH Ô tô Đông Hải, cho rằng")
                      rf"(?:(?<!\w)|,\s*)(?:cũng\s+|đã\s+)?(?:{verbs})\s*[,:]?\s*$")


#: a verb a body puts a proposal with, anywhere in a sentence (not its pledge or its view: "đại diện Công ty ... đã cam
#: kết một số nội dung", "Tập đoàn sẽ làm báo cáo cấp có thẩm quyền xin ý kiến")
_PROPOSES = re.compile(r"(?<!\w)(?:kiến\s+nghị|đề\s+nghị|đề\s+xuất)(?!\w)\s*[,:]?\s*")


def _body_asked_before(doc: Doc, points: list[Span], keep: Callable[[re.Match[str]], bool]) -> list[bool]:
    """For each point whose sentence opens on it, whether the sentence before, in the same paragraph, is a body's case
    put to the meeting (_body_asks, passing `keep`), which the point goes on with though the body's own words were no
    point: "Tổng Công ty Tân Cảng Sài Gòn kiến nghị, UBND TP ưu tiên đẩy nhanh tiến độ thi công tuyến đường kết nối từ
    cảng ra đường Võ Chí Công ... | Các cơ quan chức năng cần di dời, giải tỏa ngay các bãi sang tải tự phát ..."."""
    low = doc.low
    verdicts = []
    for start, _ in points:
        sentence = _sentence(doc, start)[0]
        if low[sentence:start].strip(" \"“") or sentence == 0 or "\n" in doc.text[sentence - 1:start]:
            verdicts.append(False)
            continue
        before = _sentence(doc, sentence - 1)[0]
        verdicts.append(any((said := _body_asks().search(low[before:verb.end()])) and keep(said)
                            for verb in _PROPOSES.finditer(low, before, sentence)))
    return verdicts


def _not_of_hosts(hosts: list[str], name: str | None = None,
                  above: list[str] | None = None) -> Callable[[re.Match[str]], bool]:
    """Whether the body _body_asks found is not one of the `hosts` (_other_body); a department ("Sở TT&TT đề nghị",
    "Sở Nội vụ có công văn đề nghị") only where someone from another body chairs (`above`: the bodies of those who
    chair and of the hosts, _chairs_bodies), as one below the chair (_below_the_chair) whose proposal is put to the
    meeting: not where no one is told to chair, nor at its own meeting ("Sở Y tế Đà Nẵng đã có cuộc họp khẩn")."""
    def keep(asks: re.Match[str]) -> bool:
        if _department_asks().match(asks.group("body")):
            return above is not None and not _one_body(asks.group("body"), above)
        return _other_body(asks.group("body"), asks.group("name"), hosts, name)
    return keep


@cache
def _department_asks() -> re.Pattern[str]:
    """A department's head word among the bodies that ask (directions_body_asks.txt, tagged "department")."""
    return re.compile("(?:" + lexicon.alternation(lexicon.tagged("directions_body_asks.txt", "department"), spaces=True)
                      + r")(?!\w)")


def _other_body(head: str, name: str, hosts: list[str], meeting: str | None) -> bool:
    """Whether a body named by its head word and its name after it is not one of the `hosts`, by the words of its name
    (not "Tập đoàn Than - Khoáng sản" as one of the hosts "Tập đoàn Điện lực Việt Nam"), or by its head word when it
    has no name ("Đơn vị tư vấn"). With no hosts named, a conference's name (`meeting`) holding every word of the
    body's tells it is the body's own ("Hội nghị khách hàng năm 2017 của Tổng công ty Điện lực TP.HCM"); not one word
    or two in common ("Tập đoàn Điện lực Việt Nam" at the "Hội nghị ngành tôm Việt Nam")."""
    body = fold(name.strip() or head)
    if not hosts and meeting:
        return not set(body.split()) <= set(fold(meeting).split())
    return not _of_hosts(body, hosts)


#: ... or a business or an association named by the capitals the article gave it in brackets after its name ("Tổng
#: Công ty Đường sắt Việt Nam (VNR)", "Hiệp hội chế biến và xuất khẩu thủy sản (VASEP)", "Ngân hàng Thế giới (WB)"),
#: opening the clause right before a point with the verb it proposes with: "Với hơn 4.200 lối đi dân sinh, VNR đề nghị
#: | xây dựng hệ thống đường gom ...", "Theo đó, liên quan đến Bộ Y tế, VASEP đề nghị | bỏ toàn bộ quy định ...", "tại
#: cuộc họp, EVN đã đề nghị | Tổ công tác báo cáo Chính phủ ...", "Đại diện EVN cho biết ..." (in the text as written;
#: not "UBND tỉnh Quảng Ninh cũng đề nghị", a body of no business's name)
@cache
def _acronym_asks() -> re.Pattern[str]:
    verbs = lexicon.alternation(lexicon.tagged("directions_body_asks.txt", "verb"), spaces=True)
    return re.compile(r"(?:^|[,;:“\"]\s*)(?:(?:[Đđ]ại\s+diện|[Pp]hía)\s+)?(?P<acronym>[A-ZĐ][a-zđ&]*[A-ZĐ][A-Za-zĐ&]*)"
                      rf"\s+(?:cũng\s+|đã\s+)*(?:{verbs})\s*[,:]?\s*$")


@cache
def _named_as() -> re.Pattern[str]:
    """The business's name before the capitals in brackets, from its last head word (directions_body_asks.txt's
    "body"): "Tập đoàn Điện lực Việt Nam (EVN)", "Bộ Công Thương, Ngân hàng Nhà nước, Tập đoàn Điện lực Việt Nam
    (EVN)" (the last one, no comma in it), "Tổng công ty Điện lực TP.HCM (EVNHCMC)" (a dot inside a word goes with
    it)."""
    bodies = lexicon.alternation(lexicon.tagged("directions_body_asks.txt", "body"), spaces=True)
    letter = lexicon.no_stop(r".,;:!?()\n")
    return re.compile(rf"(?<!\w)(?P<body>{bodies})(?!\w)"
                      rf"(?P<name>(?:(?!(?<!\w)(?:{bodies})(?!\w)){letter}){{1,80}})$")


#: a meeting's name up to what it is about: "Đối thoại | về việc tháo gỡ khó khăn, vướng mắc của VASEP ..." is not
#: VASEP's own
_ABOUT = re.compile(r"\s(?:về|bàn\s+về|liên\s+quan\s+đến)\s.*$")


def _business_acronym(doc: Doc, acronym: str) -> re.Match[str] | None:
    """The business's or association's name the article gives the capitals in brackets after (_named_as's head word
    and name); None when it gives none."""
    at = doc.text.find("(" + acronym + ")")
    if at < 0:
        return None
    return _named_as().search(doc.low, max(0, at - 100), at)


def _acronym_asked(doc: Doc, points: list[Span], hosts: list[str], name: str | None) -> list[bool]:
    """For each point, whether a business or an association that does not hold the meeting opens its clause with the
    verb it proposes with, named by its capitals (_acronym_asks). Whose the meeting is: its hosts, or with none named
    its name before what it is about ("Hội nghị khách hàng năm 2017 của Tổng công ty Điện lực TP.HCM"); nor is it
    theirs when the capitals are one of the words of its hosts or name ("Tập đoàn Than - Khoáng sản Việt Nam (TKV)")."""
    verdicts = []
    own = _ABOUT.sub("", fold(name or ""))
    theirs = set(re.findall(r"\w+", fold(" ".join(hosts)) if hosts else own))
    named: dict[str, re.Match[str] | None] = {}  # (each acronym's name looked up once)
    for start, _ in points:
        asks = _acronym_asks().search(doc.text[_sentence(doc, start)[0]:start])
        if asks and asks.group("acronym") not in named:
            named[asks.group("acronym")] = _business_acronym(doc, asks.group("acronym"))
        body = named[asks.group("acronym")] if asks else None
        verdicts.append(bool(body) and fold(asks.group("acronym")) not in theirs
                        and _other_body(body.group("body"), body.group("name"), hosts, own))
    return verdicts


def _asked_upward(doc: Doc, points: list[Span]) -> list[bool]:
    """For each point, whether it is a request sent up to the Government by those below it (_ASKS_UP), or up to the
    city or province by its districts, departments or businesses (_ASKS_UP_LOCAL)."""
    verdicts = []
    for start, end in points:
        before = doc.low[_sentence(doc, start)[0]:start]
        if _ASKED.match(doc.low, start, end):
            verdicts.append(bool(_ASKS_UP.search(before)) and not _ASKS_ABOVE.search(before))
        else:  # (the city asked named before the point, or opening it)
            local = _ASKS_UP_LOCAL.search(before)
            verdicts.append(bool(local) and (local.group("city") is not None
                                             or bool(_ASKED_LOCAL.match(doc.low, start, end))))
    return verdicts


#: a request told of another time or another body than the meeting: an order given before it ("Tại cuộc làm việc cách
#: đây 2 ngày về vấn đề này, Phó Thủ tướng Vũ Đức Đam đã đề nghị, thành phố Đà Nẵng cần ...", "Hiện tại Phòng GD&ĐT
#: quận Hai Bà Trưng đã yêu cầu cơ sở Mầm non Sen Vàng tạm thời đình chỉ ..."), or the public's, a contractor's or a
#: letter's ("Sự việc sau đó khiến dư luận phẫn nộ, yêu cầu cơ quan chức năng vào cuộc", "“Các nhà thầu nhiều lần đề
#: nghị thanh toán kịp thời ...", "chủ nhóm lớp Sen Vàng đã có đơn thư yêu cầu giải thể ..."); the words before the
#: point in its sentence
_ELSEWHERE_ASKED = re.compile(
    r"(?<!\w)(?:tại|trong)\s+(?:cuộc|buổi|phiên|hội\s+nghị|hội\s+thảo)[^.;!?\n]{0,60}?\scách\s+đây\s+\w+\s+"
    r"(?:ngày|tuần|tháng)(?!\w)"
    r"|^\W*hiện\s+(?:tại|nay)\s*,?\s+[^.;:!?\n]{0,60}?\sđã\s+(?:yêu\s+cầu|đề\s+nghị)\s*$"
    r"|(?<!\w)(?:dư\s+luận|nhà\s+thầu|đơn\s+thư)(?!\w)[^.;:!?\"“”\n]{0,40}?(?<!\w)(?:yêu\s+cầu|đề\s+nghị|đòi)\s*$")


#: the topics a meeting discussed, listed after the lead-in that names them as such: "Tại hội thảo, các đại biểu cũng
#: thảo luận, trao đổi về các nội dung: | phát triển du lịch gắn với bảo tồn đa dạng sinh học ...", "Các ý kiến thảo
#: luận tập trung vào những nội dung sau: - | Về phạm vi điều chỉnh ...", "các đại biểu đã tập trung phản ánh, trao
#: đổi về các vấn đề như: | xây dựng chương trình ...", "trao đổi với đại sứ các nước ASEAN những nội dung như: |
#: hợp tác trong ..." (an agenda, not what was set out); the words before the point in its sentence
_AGENDA_LEAD = re.compile(r"(?<!\w)(?:thảo\s+luận|trao\s+đổi|phản\s+ánh)(?!\w)")
_AGENDA = re.compile(_AGENDA_LEAD.pattern + r"[^.!?\n]{0,120}?(?<!\w)(?:các|những)\s+"
                     r"(?:nội\s+dung|vấn\s+đề|chủ\s+đề)(?:\s+(?:chính|sau|như|gồm|sau\s+đây))*\s*:")


#: ... or the requests a province, a body or the voters put up, listed after the lead-in that names them so: "Đại
#: diện lãnh đạo tỉnh Lâm Đồng cũng nêu một số kiến nghị đối với Chính phủ và các bộ, ngành Trung ương như: | đề nghị
#: bố trí ngân sách ...; | một số dự án cấp bách ...", "với 17 kiến nghị của tổ chức CĐ liên quan đến các vấn đề như |
#: lương tối thiểu ...; | rà soát điều chỉnh ...", "cử tri kiến nghị một số vấn đề như: | ..." (theirs, whatever answer
#: the leader gives after; not what a leader asks a body to put up, "Bộ phải có những kiến nghị, đề xuất cụ thể như
#: ...", nor proposals a leader approves, "đồng ý các kiến nghị như ...", nor those a leader answers, "Đối với các kiến
#: nghị về đầu tư ..., Bí thư Thành ủy cho rằng trong điều kiện nguồn vốn như hiện nay, | phải lựa chọn ..."); the words
#: before the point in its sentence
_PETITIONS_LISTED = re.compile(
    r"(?:(?<!\w)(?:nêu|đưa\s+ra|gửi|(?<!đối\s)(?<!ý\s)với|(?<!phải\s)(?<!cần\s)(?<!nên\s)có)\s+"
    r"(?:một\s+số|nhiều|các|những|\d+)\s+"
    r"(?:(?:ý\s+kiến|đề\s+xuất|đề\s+nghị),\s+)?kiến\s+nghị"
    r"|(?<!\w)kiến\s+nghị\s+(?:một\s+số|nhiều|các|những)\s+(?:vấn\s+đề|giải\s+pháp|nội\s+dung))(?!\w)"
    r"[^.!?\n]{0,160}?(?<!\w)(?:(?<!cũng\s)như(?!\s+(?:hiện|vậy|thế|trên|đã|là)(?!\w))|gồm)(?!\w)")


#: ... which a leader asks for or approves ("Thủ tướng đề nghị các bộ, ngành sớm có những kiến nghị cụ thể như: ...",
#: "đồng ý các kiến nghị của tỉnh như: ...") or answers before the point in the same clause ("Với nhiều kiến nghị của
#: tỉnh, như cao tốc, Thủ tướng yêu cầu Bộ Giao thông vận tải | bố trí vốn ngay")
_LEADER_ASKS = re.compile(r"(?<!\w)(?:" + directions.LEADER_ORDERS + r"|đồng\s+ý|nhất\s+trí)(?!\w)")


def _theirs_listed(listed: re.Match[str]) -> bool:
    """Whether the requests a lead-in lists (_PETITIONS_LISTED, matched on the words before a point) stay the
    petitioner's: no leader asks for or approves them before it, nor directs between it and the list's opening mark."""
    words = listed.string
    clause_end = re.search(r"[:;]", words[listed.end():])
    gap = words[listed.end():listed.end() + clause_end.start() if clause_end else len(words)]
    return not _LEADER_ASKS.search(words, 0, listed.start()) and not _LEADER_ASKS.search(gap)


def _agenda(doc: Doc, points: list[Span]) -> list[bool]:
    """For each point, whether it is a topic listed after a discussion's lead-in (_AGENDA), or opens on that lead-in
    with the list's first topic glued on: "Tại hội thảo, các đại biểu cũng thảo luận, trao đổi về các nội dung: Phát
    triển du lịch ..." (not a pledge before it: "Nhật Bản sẽ tiếp tục hợp tác ... và trao đổi với đại sứ các nước ASEAN
    những nội dung như: ...")."""
    low = doc.low

    def opens_on(start: int, end: int) -> bool:
        # (the lead-in within _SUBJECT_REACH of the point's start, where the whole of _AGENDA is then asked)
        for lead in _AGENDA_LEAD.finditer(low, start, end):
            if lead.start() - start > _SUBJECT_REACH:
                return False
            if _AGENDA.match(low, lead.start(), end):
                return True
        return False

    opens = [opens_on(start, end) for start, end in points]
    return [a or b for a, b in zip(_said_before(doc, points, _AGENDA), opens)]


#: a suggestion the speaker tells as someone's left unnamed among those present: "Có đồng chí đề nghị | tôi đặt tên cho
#: năm nay là ‘Năm giảm chi phí cho doanh nghiệp’”, Thủ tướng cho biết" (the speaker's own points go on after it, so
#: this verdict is not carried on to them)
_SOMEONE_ASKED = re.compile(r"(?<!\w)có\s+(?:đồng\s+chí|người|vị)(?:\s+[^\s,.;:!?\"“”]+){0,3}?\s+"
                            r"(?:đề\s+nghị|kiến\s+nghị|đề\s+xuất|gợi\s+ý)\s*$")


#: a sentence (or a line glued to a heading) that opens on a report put to those who preside: "Báo cáo với đoàn công
#: tác, Phó Bí thư Tỉnh ủy Cà Mau Phạm Bạch Đằng cho biết, ...", "Báo cáo tại buổi làm việc, ông Đặng Hoàng An, Tổng
#: Giám đốc EVN cho biết, EVN đã tổ chức triển khai nghiêm túc ...": what the reporting side did and plans, not the
#: meeting's directions (written with its capital, in the text as written: not "yêu cầu các bộ báo cáo với Chính phủ")
_REPORTS_TO = re.compile(r"(?<!\w)Báo\s+cáo\s+(?:với|tại|trước)\s+[^,.;:!?\n]{1,80},")


def _reported(doc: Doc, points: list[Span], people: list[tuple[Person, list[Span]]], hosts: list[str]) -> list[bool]:
    """For each point, whether its sentence opens on a report to those who preside (_REPORTS_TO), by someone not of
    the meeting's `hosts` (an organiser presents its own targets at its workshop: "Báo cáo tại Hội thảo, ông Nguyễn
    Tuấn Hà - Phó Chủ tịch Thường trực UBND tỉnh Đắk Lắk cho biết, mục tiêu ... là ..." at the province's own)."""
    verdicts = []
    for start, _ in points:
        s_start = _sentence(doc, start)[0]
        report = _REPORTS_TO.search(doc.text, s_start, start)
        verdicts.append(bool(report) and not any(
            person.organization and _of_hosts(person.organization, hosts)
            for person, spans in people for span in spans if report.end() <= span[0] < start))
    return verdicts


#: an association's name, whose group word is no group of participants: "ông Lều Vũ Điều, Phó Chủ tịch Thường trực Ban
#: chấp hành Trung ương Hội Nông dân Việt Nam đề nghị ...", "Đoàn Luật sư" (both words capitalised; not "xã hội doanh
#: nghiệp", "đại hội đại biểu", "Đoàn đại biểu Quốc hội tỉnh đề nghị", a delegation)
_ASSOCIATION_HEAD = re.compile(r"(?<!\w)(?:Hội|Đoàn)\s+$")


def group_points(doc: Doc, points: list[Span]) -> list[bool]:
    """For each point, whether the words before it in its sentence give it to a group of participants or to a
    speaker named by a participant's standing alone (not a group word that names an association)."""
    speaker, verdicts = _group_speaker(), []
    for start, _ in points:
        s_start = _sentence(doc, start)[0]
        words = doc.low[s_start:start]
        said = speaker.search(words)
        while said and doc.text[s_start + said.start("group")].isupper() \
                and _ASSOCIATION_HEAD.search(doc.text, max(s_start, s_start + said.start("group") - 6),
                                             s_start + said.start("group")):
            said = speaker.search(words, said.start() + 1)
        verdicts.append(bool(said))
    return verdicts


def _said_before(doc: Doc, points: list[Span], speaker: re.Pattern[str],
                 keep: Callable[[re.Match[str]], bool] | None = None) -> list[bool]:
    """For each point, whether the words before it in its sentence match `speaker` (and the match passes `keep`)."""
    verdicts = []
    for start, _ in points:
        said = speaker.search(doc.low[_sentence(doc, start)[0]:start])
        verdicts.append(bool(said) and (keep is None or keep(said)))
    return verdicts


#: the sittings where deputies debate (not a conference's "thảo luận": "Hội nghị Doanh nghiệp bàn tròn tập trung thảo
#: luận ...")
DEBATED = SITTINGS
#: a deputies' debate or question time, told by the event's name: "thảo luận tại Hội trường về ...", "Thảo luận tại tổ
#: QH về ...", "phiên chất vấn"
_DEBATE_NAME = re.compile(r"(?<!\w)(?:thảo luận|chất vấn)(?!\w)")
#: ... or by the deputies it names with the delegation they sit for, two or more of them: "Đại biểu Nguyễn Thị Lan (Hà
#: Nội) nêu vấn đề: Cần có chính sách ...", "ĐB Lê Thu Hà (Lào Cai) cho rằng ..." (the story is their debate, whatever
#: the event is called: "Kỳ họp thứ 3")
_DEPUTY = re.compile(r"(?<!\w)(?:[Đđ]ại\s+biểu(?:\s+Quốc\s+hội)?|ĐBQH|ĐB)\s+"
                     rf"(?:{names.RUN.pattern})\s*\((?:[Đđ]oàn\s+)?[{names.UPPER}][^()\n]{{1,30}}\)")
_DEPUTIES = 2
#: ... where what the sitting sets out is its chair's conclusion: "Kết luận phiên chất vấn, Chủ tịch Quốc hội ... đề
#: nghị Chính phủ ...", "Quốc hội đề nghị Chính phủ, các bộ ngành ..."
_CHAIR_WORDS = re.compile(r"(?<!\w)(?:kết luận|chủ tọa|chủ trì|điều hành|chủ tịch quốc hội|chủ tịch hđnd|"
                          r"chủ tịch hội đồng nhân dân|quốc hội đề nghị|quốc hội yêu cầu)(?!\w)")


#: the sides of a conference as one subject: "các nhà lãnh đạo", "các bên", "các nước thành viên", "hội nghị"
_TOGETHER = re.compile(r"(?<!\w)(?:(?:các|hai)\s+(?:nhà\s+lãnh\s+đạo|bên|nước|thành\s+viên|đại\s+biểu)|"
                       r"lãnh\s+đạo\s+các\s+nước|hội\s+nghị|(?:tuyên\s+bố|thông\s+cáo)\s+chung)(?!\w)")


#: ... or a point about what two sides do together, set out at talks on a conference's sidelines: "tăng cường hơn nữa
#: mối quan hệ giữa hai cơ quan lập pháp"
_BETWEEN_TWO = re.compile(r"(?<!\w)(?:giữa\s+hai|hai\s+bên|hai\s+nước)(?!\w)")


def _said_together(doc: Doc, point: Span) -> bool:
    """Whether the words before a point in its sentence give it to the conference's sides together, or the point
    tells what two sides do together."""
    return bool(_TOGETHER.search(doc.low, _sentence(doc, point[0])[0], point[0])
                or _BETWEEN_TWO.search(doc.low, point[0], point[1]))


#: a point a bare "mong" leads into (the cue in directions.py: "mong phía Nga tiếp tục tạo điều kiện ..."), its words
#: before it in the sentence
_WISH_LEADS = re.compile(r"(?<!\w)mong\s*$")


def _leads(person: Person) -> bool:
    """Whether the person presides or leads: their role at the meeting, a top leader's post, or a leader's post named
    by _LEADER_POST ("Phó Chủ tịch UBND thành phố Trần Văn Miên", "Chủ tịch" of the "HĐND")."""
    return _presides(person) or _top_leader(person) \
        or bool(_LEADER_POST.search(fold(f"{person.position or ''} {person.organization or ''}")))


#: the Government as the one who wishes ("Nhân đây, Chính phủ cũng rất mong doanh nghiệp ..." in the Prime Minister's
#: speech)
_GOVERNMENT_WISHES = re.compile(r"(?<!\w)chính\s+phủ(?:\s+(?:cũng|rất|luôn|vẫn))*\s+mong\s*$")


#: ... a "mong" with no subject of its own before it, or the speaker's "tôi", "chúng tôi": one who speaks on ("...,
#: mong", "và mong", "“Mong", "Nên tôi mong"), not a subject that names others ("Họ mong", "Vietcombank mong")
_NO_SUBJECT = re.compile(r"(?:^|[,;:“\"(]|(?<!\w)(?:và|đồng\s+thời|nên|tôi|chúng\s+tôi|chúng\s+ta))"
                         r"(?:\s+(?:cũng|rất|luôn|vẫn|đều|chỉ|thực\s+sự|xin))*\s*mong\s*$")


def _wished_by_others(doc: Doc, points: list[Span], people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """For each point, whether it is a bare "mong" wish that no leader speaks: a wish is a task set only in the words of
    the host or of a leader who presides ("Chủ tịch nước Trần Đại Quang cảm ơn ... và mong phía Nga tiếp tục tạo điều
    kiện ...", "Chủ tịch Quốc hội mong các Trưởng cơ quan đại diện ... dành thời gian tìm hiểu ..."); a parent's, the
    residents', a businessman's or a banker's is their appeal ("Chị S. (phụ huynh học sinh ...) mong cơ quan chức
    năng làm rõ ...", "người dân Đồng Tâm (Mỹ Đức) mong UBND Hà Nội có kết luận ...", "Vietcombank mong NHNN có hướng
    tháo gỡ ...", "Tôi ra đi hẹn ngày trở lại và mong quý cổ đông ủng hộ ..."). Who speaks: the quotation's speaker,
    else those the sentence names before the point as its subject or a leader it names by post ("Ghi nhận ý kiến của
    Đại sứ ..., Thủ tướng hy vọng ...; và mong Đại sứ thúc đẩy ..."), else (a sentence that names no one, or speaks in
    the first person) those of the last sentence before it in its paragraph that names anyone."""
    mentions = sorted((span, index) for index, (_, spans) in enumerate(people) for span in spans)
    starts = [span[0] for span, _ in mentions]
    verdicts = []
    for point in points:
        s_start = _sentence(doc, point[0])[0]
        before = doc.low[s_start:point[0]]
        if not _WISH_LEADS.search(before):
            verdicts.append(False)
            continue
        if speakers := _quote_speakers(doc, point, mentions, starts, _quotation(doc, point[0])):
            verdicts.append(not any(_leads(people[i][0]) for i in speakers))
            continue
        named = {index for _, index in mentions[bisect_left(starts, s_start):bisect_left(starts, point[0])]}
        named = {i for i in named if not _named_as_object(doc, people[i][1], s_start, point[0])}
        if any(_leads(people[i][0]) for i in named) or _leader_speaks(doc, s_start, point[0]) \
                or _GOVERNMENT_WISHES.search(before) \
                or any(re.search(r"(?:^|[,;]\s*)$", before[:m.start()]) for m in _LEADER_POST.finditer(fold(before))):
            verdicts.append(False)
            continue
        para = doc.text.rfind("\n", 0, s_start) + 1
        last = bisect_left(starts, s_start) - 1
        if not named and last >= 0 and starts[last] >= para and _NO_SUBJECT.search(before):
            # (a sentence that names no one, or speaks in the first person, goes on with whoever the paragraph named
            # last: "Ông Nghiêm Xuân Thành cho biết: “... | Vietcombank mong NHNN có hướng tháo gỡ ...", "người điều
            # khiển phiên họp là Phó chủ tịch Quốc hội Phùng Quốc Hiển phải “nhắc khéo” ... | Nên tôi mong các đại
            # biểu quan tâm, thảo luận thêm ...")
            earlier = {index for span, index in mentions[bisect_left(starts, _sentence(doc, starts[last])[0]):last + 1]}
            verdicts.append(not any(_leads(people[i][0]) for i in earlier))
            continue
        verdicts.append(True)
    return verdicts


def set_aside(doc: Doc, points: list[Span], people: list[tuple[Person, list[Span]]], *, kind: str | None,
              hosts: list[str], name: str | None = None, anchor: int | None = None,
              at_home: bool = False) -> list[bool]:
    """For each point, whether it is someone else's than those presiding: a participant's or an invited expert's
    (named, or a group or standing alone), at a workshop a guest's from another body than its `hosts`, at a
    reception the guest's (named right after the event at `anchor`), at a reception or talks held at home (`at_home`)
    whatever a foreign guest says, at a sitting a petition, in a deputies' debate (told by the event's `name`) any but
    the chair's. At a round table, or a workshop or forum where no speaker holds a public office (_holds_office), that
    names neither its hosts nor anyone leading it, every speaker's; so too at any of them whose every named speaker
    takes part only (takes_part_only)."""
    if kind in ROUND_TABLES and points and _unled(people, hosts):
        return [True] * len(points)
    if kind in SEMINARS and points and _unled(people, hosts) and not any(_holds_office(person) for person, _ in people):
        return [True] * len(points)
    # (hosts named or not, a workshop, forum or round table whose every named speaker takes part only, an expert, a
    # former official or one with no post ("chuyên gia Tô Thị Hoan", "Nguyên Giám đốc Bệnh viện K"), and that names
    # no leader by post anywhere (not "Phát biểu kết luận, Thủ tướng ..."), names no one who presides: the points told
    # there in the article's own voice are the speakers' advice too, not directions)
    if kind in WORKSHOPS and points and people and all(takes_part_only(person) for person, _ in people) \
            and next(_LEADER_POST.finditer(fold(doc.low)), None) is None:
        return [True] * len(points)
    received = _received(doc, people, anchor) if kind in RECEPTIONS and anchor is not None else None
    if received is not None and not at_home and not _foreigner(people[received][0]) \
            and any(_foreigner(person) for index, (person, _) in enumerate(people) if index != received):
        # (our leader received abroad by a foreign host speaks for our side, whose requests and pledges count as the
        # host's do: "đồng chí Lê Quang Hùng cam kết phía Việt Nam sẽ phối hợp với Lào hoàn thiện thiết kế ..." where
        # the Lao Assembly's Chairwoman receives him in Viêng Chăn)
        received = None
    visited = _visiting_country(doc, people) if kind in TALKS and points else None
    if visited is not None:
        # (at talks held here, the visiting leader speaks for the other side, as a reception's guest does)
        received = next((index for index, (person, _) in enumerate(people)
                         if not names.is_vietnamese_name(person.name)), None)
    # (at a conference with no hosts named, its name tells whose it is: "Hội nghị Hệ sinh thái các đối tác của Huawei
    # Việt Nam")
    guests_of = hosts if kind in WORKSHOPS else (hosts or [name or ""]) if kind in CONFERENCES else None
    # (at a reception or talks, where the sides have rules of their own, no leader there stands for an untold chair)
    untold = kind not in RECEPTIONS | TALKS
    verdicts = participants_points(doc, points, people, guests_of, received, organizers=hosts,
                                   foreign=kind in CONFERENCES, untold=untold, members=kind in SITTINGS)
    if kind in CONFERENCES:
        # what the leaders or the sides agree on together is the conference's, whoever tells it: "Thủ tướng Malaysia
        # Muhyiddin Yassin cho biết, ..., các nhà lãnh đạo trong khu vực đã đồng loạt kêu gọi | chính quyền quân sự
        # Myanmar chấm dứt bạo lực ..."
        own = participants_points(doc, points, people, None, received, organizers=hosts, untold=untold)
        verdicts = [o if v and _said_together(doc, point) else v for v, o, point in zip(verdicts, own, points)]
    if received is not None:
        verdicts = [a or b for a, b in zip(verdicts, _guest_country_points(doc, points, people[received][0]))]
    if visited is not None:
        # (the visitors' country speaking as one side, before the point or at its head: "Haiti mong muốn ...")
        side, opens = _side_wish(visited), _side_opens(visited)
        verdicts = [v or bool(side.search(fold(doc.low[_sentence(doc, start)[0]:start]))
                              or opens.match(fold(doc.low[start:start + 60])))
                    for v, (start, _) in zip(verdicts, points)]
    # (a business's own case or pledge; a department's where someone from another body chairs)
    not_hosts = _not_of_hosts(hosts, name if kind in CONFERENCES else None, _chairs_bodies(people, hosts))
    verdicts = [any(v) for v in zip(verdicts, group_points(doc, points), _said_before(doc, points, _PUT_TO_LEADERS),
                                    _asked_upward(doc, points),
                                    _said_before(doc, points, _body_asks(), not_hosts),
                                    _body_asked_before(doc, points, not_hosts),
                                    _acronym_asked(doc, points, hosts, name if kind in CONFERENCES else None),
                                    _said_before(doc, points, _ELSEWHERE_ASKED),
                                    _wished_by_others(doc, points, people), _group_went_on(doc, points),
                                    _guest_turn(doc, points, people), _agenda(doc, points),
                                    _said_before(doc, points, _PETITIONS_LISTED, _theirs_listed),
                                    _reported(doc, points, people, hosts))]
    if kind in RECEPTIONS | TALKS and at_home:
        verdicts = [a or b for a, b in zip(verdicts, _guest_side_speaks(doc, points, people))]
    if kind in SITTINGS:  # (an elected body's sitting, where the Fatherland Front puts the voters' petitions)
        verdicts = [a or b for a, b in zip(verdicts, petitions(doc, points))]
        # (... and, an elected body's, where papers are presented to it: what they tell is put to it, not set out by it)
        if _elected(doc, name, anchor):
            verdicts = [a or b for a, b in zip(verdicts, presented(doc, points, people))]
    if kind in DEBATED and (name and _DEBATE_NAME.search(fold(name)) or _deputies_debate(doc)):
        council = bool(_COUNCIL.search(fold(name or "")))
        chair = _chair_goes_on(doc, points, [_chair_speaks(doc, point, council) for point in points], people)
        verdicts = [a or not theirs for a, theirs in zip(verdicts, chair)]
    return [carried or someone for carried, someone in zip(_carried_on(doc, points, verdicts, people, untold),
                                                           _said_before(doc, points, _SOMEONE_ASKED))]


#: a government's voice wherever it speaks: a minister or deputy minister, a head of state or of government, a
#: party's or an assembly's head ("Thứ trưởng Bộ NNPTNT Hoàng Văn Thắng" at a research group's workshop); not a former
#: one ("nguyên Bộ trưởng Trương Đình Tuyển" among a seminar's pundits)
_OFFICIAL = re.compile(r"(?:phó )?(?:thủ tướng|bộ trưởng|thứ trưởng|tổng thống|chủ tịch nước|chủ tịch quốc hội|"
                       r"tổng bí thư|quốc vương|nhà vua)(?!\w)")


def _official(person: Person) -> bool:
    """Whether the person holds a government's post, or heads a country ("Chủ tịch Trung Quốc Tập Cận Bình")."""
    position = fold(person.position or "")
    return bool(_OFFICIAL.match(position)) or position == "chủ tịch" and bool(person.organization) \
        and names.is_country(person.organization.split(), whole=True) > 0


def _unled(people: list[tuple[Person, list[Span]]], hosts: list[str]) -> bool:
    """Whether a round table names neither its hosts nor anyone who leads it: no one chairs, opens or concludes it, no
    leader or official speaks. What is said there are its speakers' views, not directions (GUIDELINES: not the
    proposals of invited experts): a department head explaining the admission rules ("Theo ông Mai Văn Trinh, ... Bộ
    GD-ĐT chỉ yêu cầu các trường công bố ..."), a researcher ("Theo TS Hồng, nạn nhân ... không dám nói"), a pundit
    ("Tôi đề nghị giữ nguyên hiện trạng ở Sơn Trà")."""
    if hosts:
        return False
    return not any(_presides(person) or _top_leader(person) or _official(person) for person, _ in people)


@cache
def _public_bodies() -> re.Pattern[str]:
    """A public body's name at the start of an organisation (directions_public_bodies.txt), not a longer word it
    opens that names none ("bộ phận")."""
    def words(tag: str) -> str:
        return lexicon.alternation((fold(w) for w in lexicon.tagged("directions_public_bodies.txt", tag)),
                                   spaces=True, word_start=True)
    return re.compile(rf"(?!(?:{words('not')})(?!\w))(?:{words('body')})(?!\w)")


def _holds_office(person: Person) -> bool:
    """Whether the person holds a post in a public body (directions_public_bodies.txt: a people's committee, a party
    committee, a ministry's department, a state hospital, school or institute): at a workshop that names neither its
    hosts nor anyone presiding, such a one may well speak for the hosts ("ông Vũ Văn Viện, Giám đốc Sở GTVT Hà Nội"
    at the city's workshop on its transport plan); not a former one, nor one in a participant's standing, nor the head
    of an association, a business or a foreign body (_foreign_body: "ông Phan Thế Ruệ, Chủ tịch Hiệp hội Xăng dầu Việt
    Nam", "nguyên Bộ trưởng Trương Đình Tuyển", "ông John Smith, Hiệu trưởng Đại học Oxford"), whose talks are the views
    of invited speakers. A leader by post (_public_leader) holds one."""
    position = fold(person.position or "")
    if not position or _participant_positions().match(position) or position.startswith("cựu") \
            or _foreign_body(person):
        return False
    # (a leader by post holds one whatever body the article names: "Chủ tịch tỉnh Nghệ An")
    return _public_leader(person) or bool(_public_bodies().match(fold(person.organization or "")))


#: what an organisation's name ends on past its country: its acronym in brackets, the place of its office ("Văn phòng
#: UNESCO tại Việt Nam")
_BODY_TAIL = re.compile(r"\s*\([^()]*\)|\s+tại\s.*$")


def _foreign_body(person: Person) -> bool:
    """Whether the person, by a foreign name ("John Smith"), or their body, by the country its name ends on ("Bộ Ngoại
    giao Nhật Bản", "Cục Hàng không Liên bang Mỹ (FAA)", "Văn phòng UNESCO tại Việt Nam"), is from abroad."""
    words = _BODY_TAIL.sub("", person.organization or "").split()
    return names.looks_foreign(person.name.split()) \
        or any(names.is_country(words[-size:], whole=True) == size for size in (3, 2, 1) if len(words) >= size)


def _deputies_debate(doc: Doc) -> bool:
    """Whether the article names two or more deputies by their delegation: a debate of the sitting."""
    return len(_DEPUTY.findall(doc.text)) >= _DEPUTIES


#: a province's or city's council, whose sittings the party secretary leads ("kỳ họp thứ 4 HĐND TP.Đà Nẵng")
_COUNCIL = re.compile(r"(?<!\w)(?:hđnd|hội đồng nhân dân)(?!\w)")
#: ... and the secretary, who speaks there as its head: "Người đứng đầu Thành ủy Đà Nẵng cũng đề nghị Sở tài chính ..."
#: (not a deputy who is one at the National Assembly: "ĐB Nguyễn Nhân Chiến, Bí thư Tỉnh ủy Bắc Ninh đề nghị")
_COUNCIL_HEAD = re.compile(r"(?<!\w)(?:bí thư tỉnh ủy|bí thư thành ủy|người đứng đầu tỉnh ủy|người đứng đầu thành ủy)(?!\w)")


def _chair_speaks(doc: Doc, point: Span, council: bool = False) -> bool:
    """Whether the sentence that holds a point of a debate gives it to the chair: the deputies who debate and the
    ministers who answer them take part; they do not set out what the sitting decides. At a local council's sitting
    (`council`) the party secretary speaks as its head."""
    start, end = _sentence(doc, point[0])
    return bool(_CHAIR_WORDS.search(doc.low, start, max(end, point[1]))
                or council and _COUNCIL_HEAD.search(doc.low, start, max(end, point[1])))


def _chair_goes_on(doc: Doc, points: list[Span], chair: list[bool],
                   people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """The chair's points go on in the same paragraph until someone else is named: "Chủ tịch Quốc hội yêu cầu, Chính
    phủ, Bộ trưởng tiếp tục … Trong đó, tập trung vào một số vấn đề lớn sau đây: Rà soát, sớm sửa đổi … Nâng cao năng
    lực chuyên môn …" (each of the list's sentences names no one)."""
    return _goes_on(doc, points, chair, people, lambda start, prev_end, named: not named(prev_end))


#: openers that go on with what was said ("Đồng thời, ...", "Bên cạnh đó, ...", a sentence opening on its verb: "Đề
#: nghị ..."): their capital names no one
_GOES_ON = re.compile(r"\W*(?:đồng\s+thời|bên\s+cạnh\s+đó|ngoài\s+ra|cùng\s+với\s+đó|mặt\s+khác|theo\s+đó|trong\s+đó|"
                      r"vì\s+thế|vì\s+vậy|do\s+đó|do\s+vậy|bởi\s+vậy|tiếp\s+đó|"
                      r"đặc\s+biệt|cụ\s+thể|hơn\s+nữa|đề\s+nghị|kiến\s+nghị|đề\s+xuất|yêu\s+cầu|cần|phải|nên)(?!\w)",
                      re.IGNORECASE)


def _carried_on(doc: Doc, points: list[Span], verdicts: list[bool],
                people: list[tuple[Person, list[Span]]], untold: bool = False) -> list[bool]:
    """A point that goes on with a participant's, in the same paragraph, with no one new named before it or at its
    head, is theirs too: "Nhiều công nhân đề nghị A; đồng thời đề nghị B", "... cũng cho rằng A. Đồng thời, B cũng
    cần được thành phố quan tâm". A capital before it (a name, a post, a body: "Thủ tướng nhấn mạnh: ...", "Hội đồng
    thẩm định đã yêu cầu ...") or a person named in its first words ends it, as does one who presides named between
    the two ("... Chính phủ, Bộ NNPTNT cần xác định ... Phát biểu chỉ đạo tại hội nghị, Thủ tướng ... cho rằng, ... |
    Sắp tới Bộ NNPTNT, Bộ Công Thương cần nghiên cứu ...": the Prime Minister's). `untold`: the leaders there may
    stand for the chair (not at a reception or talks, set_aside)."""
    mentions = sorted((span[0], index) for index, (_, spans) in enumerate(people) for span in spans)
    starts = [at for at, _ in mentions]
    # (where no one is told to preside, a leader by post who opens a sentence between ends it too: "... Ông Hải đề
    # nghị ... | Bộ trưởng Mai Tiến Dũng cho biết: ... | Trong đó, cần giải quyết ...", the leader stands for the
    # chair, _below_the_chair)
    untold = untold and not any(_presides(person) for person, _ in people)

    def stands_for_chair(at: int, index: int) -> bool:
        person, spans = people[index]
        return _provincial_leader(person) \
            and _opens(doc, [span for span in spans if span[0] == at], _sentence(doc, at)[0])

    def named_in(lo: int, hi: int) -> set[int]:
        return {index for _, index in mentions[bisect_left(starts, lo):bisect_left(starts, hi)]}

    def holds(start: int, prev_end: int, named: Callable[[int], bool]) -> bool:
        lead = doc.text[max(_sentence(doc, start)[0], prev_end):start]
        opener = _GOES_ON.match(lead)
        lead = lead[opener.end():] if opener else lead
        return not named(start) and not any(word[:1].isupper() for word in lead.split()) \
            and not any(_presides(people[index][0]) or _top_leader(people[index][0])
                        for index in named_in(prev_end, start) - named_in(_sentence(doc, prev_end - 1)[0], prev_end)) \
            and not (untold and any(stands_for_chair(at, index) for at, index
                                    in mentions[bisect_left(starts, prev_end):bisect_left(starts, start)]))
    return _goes_on(doc, points, verdicts, people, holds)


def _goes_on(doc: Doc, points: list[Span], verdicts: list[bool], people: list[tuple[Person, list[Span]]],
             holds: Callable[[int, int, Callable[[int], bool]], bool]) -> list[bool]:
    """Carries a point's verdict on to the next in the same paragraph where `holds(start, prev_end, named)`: the
    next point's start, the previous one's end, and whether a person is named from a given offset to the next
    point's first twelve words."""
    mentions = sorted(span[0] for _, spans in people for span in spans)
    out = list(verdicts)
    for i in range(1, len(points)):
        start, prev_end = points[i][0], points[i - 1][1]
        if out[i] or not out[i - 1] or "\n" in doc.text[prev_end:start]:
            continue
        head_end = start + len(" ".join(doc.text[start:points[i][1]].split()[:12]))
        out[i] = holds(start, prev_end, lambda since: bisect_left(mentions, since) < bisect_left(mentions, head_end))
    return out


def petitions(doc: Doc, points: list[Span]) -> list[bool]:
    """For each point at a sitting, whether its sentence gives it as the Front's or the voters' petition (before it,
    or at its head: "Cử tri kiến nghị chính quyền các cấp ...")."""
    return [before or bool(_PETITIONERS.match(doc.low, start, end))
            for before, (start, end) in zip(_said_before(doc, points, _PETITIONERS), points)]


#: roles of one who chairs or closes a sitting: they present no paper there, their words are the sitting's own
_CLOSING_ROLES = frozenset({"chủ trì", "đồng chủ trì", "điều hành", "kết luận", "phát biểu kết luận", "bế mạc",
                            "phát biểu bế mạc"})
#: words that make the paper named after them the object of an order (in its sentence) or of a plan (in its clause),
#: not one presented: "yêu cầu Bộ Kế hoạch và Đầu tư trình bày báo cáo tại phiên họp tới", "đề nghị Chính phủ ..., đẩy
#: nhanh ... để báo cáo Quốc hội tại các kỳ họp sau", "sẽ trình bày dự thảo ..."
_PAPER_ORDERED = re.compile(r"(?<!\w)(?:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo)(?!\w)"
                            r"|(?<!\w)(?:cần|phải|sẽ)(?!\w)[^,.;:!?\n]*$")


#: a leader speaking by their post (_LEADER_POST), in "Theo ...," or with the verb after the post and its holder's
#: name: "Theo Phó Thủ tướng Thường trực, ...", "Thủ tướng yêu cầu ...", "Phó Thủ tướng Trương Hòa Bình cho biết" (not
#: the post as a task's subject: "Người đứng đầu phải chịu trách nhiệm ...")
_POST_SPEAKS = re.compile(r"(?<!\w)theo\s+(?:phó\s+)?(?P<cited>" + _LEADER_POSTS + r")(?!\w)|(?<!\w)(?:phó\s+)?(?P<post>"
                          + _LEADER_POSTS + r")(?!\w)[^,.;:!?\n]{0,60}?\s(?:cũng\s+|đã\s+)?(?:"
                          + lexicon.alternation(lexicon.words("people_speaks.txt"), spaces=True)
                          + r"|(?<!ban\s)chỉ\s+đạo|kết\s+luận|giao)(?!\w)")


class _Presented(NamedTuple):
    bodies: re.Pattern[str]
    presents: re.Pattern[str]
    heads: re.Pattern[str]
    named: re.Pattern[str]
    cites: re.Pattern[str]
    acts: re.Pattern[str]
    adopted: re.Pattern[str]


@cache
def _presented() -> _Presented:
    """The patterns of presented(): a paper presented to the sitting (directions_presented_papers.txt: "trình bày Báo
    cáo ...", "đọc tờ trình ..."); a paper cited at a sentence's head, after at most one lead-in clause ("Theo tờ trình
    của Chính phủ, ...", "Do đó, trong kiến nghị, ..."; not a leader's view, "Theo đánh giá của Chủ tịch", nor a paper
    a speaker agrees with, "tán thành với 7 nhóm nhiệm vụ ... đã nêu trong báo cáo"), or anywhere as the subject of
    what it tells ("Báo cáo của Chính phủ nêu rõ, ...", "– báo cáo do ông Trần Thanh Mẫn trình bày, nêu rõ",
    directions_presented_verbs.txt; no modal between the paper and its verb: "báo cáo của Chính phủ cần nêu rõ" is a
    demand), or as what is verified ("Thẩm tra đề án, ..."); a debate or a speech opening a sentence ("Thảo luận tại
    phiên họp, ...", "Phát biểu tại phiên họp, ..."), the body or its members acting at a sentence's head, after at
    most one lead-in clause, or its closing words ("Qua thảo luận, UB Thường vụ Quốc hội cũng tán thành ...", "đa số
    các thành viên Ủy ban Thường vụ Quốc hội tán thành ...", "Kết luận phiên họp, ...", directions_sitting_acts.txt's
    "acts"); and the body adopting what it heard, told in the lead ("HĐND Hà Nội thông qua Đề án ...", its "adopts";
    or a line that opens on it: "Thông qua dự thảo Luật Quản lý Ngoại thương")."""
    papers = lexicon.alternation(lexicon.words("directions_presented_papers.txt"), spaces=True)
    verbs = lexicon.alternation(lexicon.words("directions_presented_verbs.txt"), spaces=True)
    bodies = lexicon.alternation(lexicon.words("directions_sitting_bodies.txt"), spaces=True)
    acts = lexicon.alternation((*lexicon.tagged("directions_sitting_acts.txt", "acts"),
                                *lexicon.words("people_speaks.txt")), spaces=True)
    adopts = lexicon.alternation(lexicon.tagged("directions_sitting_acts.txt", "adopts"), spaces=True)
    opens = lexicon.alternation(lexicon.tagged("directions_sitting_acts.txt", "opens"), spaces=True)
    modal = (r"(?<!\w)(?:" + lexicon.alternation((*lexicon.words("directions_modals.txt"), "sẽ", "chưa", "không"),
                                                 spaces=True) + r")(?!\w)")
    return _Presented(
        bodies=re.compile(r"(?<!\w)(?:" + bodies + r")(?!\w)"),
        presents=re.compile(r"(?<!\w)(?:trình\s+bày|đọc)\s+(?:tóm\s+tắt\s+)?(?:các\s+|bản\s+)?(?:" + papers
                            + r")(?!\w)"),
        # (not "Trong dự thảo Luật cần quy định rõ ...", a demand on the paper)
        heads=re.compile(r"\W*(?:[^,.;:!?\n]{0,60},\s*)?(?:cũng\s+)?(?:theo\s+(?:" + papers + r"|kiến\s+nghị)(?!\w)"
                         r"|trong\s+(?:" + papers + r"|kiến\s+nghị)(?!\w)(?![^,.;:!?\n]*?" + modal + r"))"),
        # (heads' words anywhere, for the pre-check over the whole text: heads itself is only matched at a sentence's
        # start, its lead-in clause costly to try at every position)
        named=re.compile(r"(?<!\w)(?:theo|trong)\s+(?:" + papers + r"|kiến\s+nghị)(?!\w)"),
        cites=re.compile(r"(?<!\w)(?:(?:" + papers + r")(?:\s+thẩm\s+tra)?(?:\s+(?:của|do)\s+(?:(?!" + modal
                         + r")[^,.;:!?\n]){1,80}?(?:\s+trình\s+bày\s*,)?)?\s+(?:cũng\s+)?(?:" + verbs
                         + r")|thẩm\s+tra\s+(?:" + papers + r"|dự\s+án))(?!\w)"),
        acts=re.compile(r"\W*(?:(?:" + opens + r")(?!\w)|(?:[^,.;:!?\n]{0,80},\s*)?"
                        r"(?:(?:phát\s+biểu\s+)?(?:kết\s+luận|bế\s+mạc)|(?:(?:đa\s+số|các|nhiều|một\s+số)\s+){0,2}"
                        r"(?:(?:thành|ủy)\s+viên\s+)?(?:" + bodies + r")(?:\s+[^\s,.;:!?]+){0,4}?\s+(?:(?:đã|cũng)\s+)*"
                        r"(?:" + acts + r"))(?!\w))"),
        adopted=re.compile(r"(?:^|\n|(?<!\w)(?:" + bodies + r")(?:\s+[^\s,.;:!?]+){0,4}?\s+)(?:(?:đã|chính\s+thức)\s+)*"
                           r"(?:" + adopts + r")(?!\w)"),
    )


def _elected(doc: Doc, name: str | None, anchor: int | None) -> bool:
    """Whether the sitting is an elected body's (directions_sitting_bodies.txt): the body named in the meeting's name,
    in the title and the lead's first sentence, or in the sentence of the meeting's mention ("Kỳ họp thứ 2 Quốc hội khóa
    XIV", "Phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội"); not a government's own (a ministry's report at its
    monthly meeting is the organisers' own)."""
    bodies = _presented().bodies
    return bool(name and bodies.search(fold(name)) or bodies.search(doc.low, *_lead(doc))
                or anchor is not None and bodies.search(doc.low, *_sentence(doc, anchor)))


def _lead(doc: Doc) -> Span:
    """The title and the lead's first sentence, after a crawl's "# ..." header lines."""
    start = 0
    while doc.text.startswith("#", start) and doc.text.find("\n", start) >= 0:
        start = doc.text.find("\n", start) + 1
    title_end = doc.text.find("\n", start)
    if title_end < 0:
        return start, len(doc.text)
    end = _SENTENCE_END.search(doc.text, title_end + 1)
    return start, end.end() if end else len(doc.text)


def presented(doc: Doc, points: list[Span], people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """For each point at a sitting, whether it is told as the content of a paper presented to it: a government's
    report to the Assembly, a committee's verification report, a draft or a "tờ trình" (GUIDELINES: the presiding
    side's points, not proposals). The paper's account opens on the sentence that presents it, its presenter named
    there (the last person named before the presenting words, or the first after: "Trình bày báo cáo ..., ông Trần
    Thanh Mẫn ... cho biết"), or that cites it ("Theo báo cáo, ...", "Báo cáo của Chính phủ nêu rõ, ...", a tag after
    the point: "– báo cáo nêu rõ"); it runs on through the sentences that name no one else ("Cùng với đó, Chính phủ đẩy
    mạnh cơ cấu lại ...") or name a presenter again ("Phó Thủ tướng Thường trực Trương Hòa Bình cho biết, ..."), until
    one names another speaker, or the sitting's body acts or its chair closes (_Presented.acts). Not when the lead
    tells the sitting adopted what it heard: the paper is then the programme adopted."""
    patterns = _presented()
    low = doc.low
    if not points or patterns.adopted.search(low, *_lead(doc)) \
            or not (patterns.presents.search(low) or patterns.cites.search(low) or patterns.named.search(low)):
        return [False] * len(points)
    mentions = sorted((span[0], index) for index, (_, spans) in enumerate(people) for span in spans)
    starts = [at for at, _ in mentions]
    closing = {index for index, (person, _) in enumerate(people) if _CLOSING_ROLES.intersection(person.roles)}
    presenters: set[int] = set()

    def voices(lo: int, hi: int) -> tuple[bool, bool]:
        """Whether a leader speaks in [lo, hi) named by a post that is no presenter's ("Thủ tướng yêu cầu ..."), and
        whether one speaks by a presenter's post ("Theo Phó Thủ tướng Thường trực, ...", "Phó Thủ tướng cho biết")."""
        low_folded = fold(low[lo:hi])
        other = own = False
        for m in _POST_SPEAKS.finditer(low_folded):
            if not _NOT_SUBJECT.search(low_folded, max(0, m.start() - _OBJECT_REACH), m.start()):
                post = m.group("cited") or m.group("post")
                if any(post in fold(people[index][0].position or "") for index in presenters):
                    own = True
                else:
                    other = True
        return other, own

    def others(lo: int, hi: int) -> bool:
        """Whether someone not presenting a paper is named in [lo, hi), or speaks there by another post (voices)."""
        return any(index not in presenters for _, index in mentions[bisect_left(starts, lo):bisect_left(starts, hi)]) \
            or voices(lo, hi)[0]

    def paper(s: int, e: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
        """The paper presented and the paper cited in the sentence [s, e) that no order governs (either or both None),
        the presenter noted."""
        shown = patterns.presents.search(low, s, e)
        if shown and _PAPER_ORDERED.search(low, s, shown.start()):
            shown = None
        if shown:
            before = mentions[bisect_left(starts, s):bisect_left(starts, shown.start())]
            after = mentions[bisect_left(starts, shown.end()):bisect_left(starts, e)]
            presenter = before[-1][1] if before else after[0][1] if after else None
            if presenter is not None and presenter not in closing:
                presenters.add(presenter)
        cited = patterns.heads.match(low, s, e) or patterns.cites.search(low, s, e)
        if cited and _PAPER_ORDERED.search(low, s, cited.start()):
            cited = None
        return shown, cited

    def told(s: int, at: int, found: tuple[re.Match[str] | None, re.Match[str] | None], carried: bool) -> bool:
        """Whether the words at `at` of the sentence from `s` are the paper's (`found` in it, `carried` on to it): after
        the paper presented, no one else named between; in a sentence that cites it, before or after the words ("“Đề
        nghị ...” – báo cáo do ông ... trình bày, nêu rõ"), no one else named before them."""
        shown, cited = found
        if shown is not None and shown.start() < at:
            return not others(shown.end(), at)
        if cited is not None:
            return not others(s, at)
        if others(s, at) or patterns.acts.match(low, s, at):
            return False
        return bisect_left(starts, s) < bisect_left(starts, at) or voices(s, at)[1] or carried

    # (each sentence's start, its papers, the account before it)
    sentences: list[tuple[int, tuple[re.Match[str] | None, re.Match[str] | None], bool]] = []
    carried, s = False, 0
    for e in [m.end() for m in _SENTENCE_END.finditer(doc.text)] + [len(doc.text)]:
        if e > s:
            found = paper(s, e)
            sentences.append((s, found, carried))
            carried = told(s, e, found, carried)
            s = e
    heads = [sentence[0] for sentence in sentences]
    verdicts = []
    for start, _ in points:
        s, found, carried = sentences[bisect_right(heads, start) - 1]
        verdicts.append(told(s, start, found, carried))
    return verdicts


#: meetings where a host receives a guest: the guest's wishes are not what the host set out ("Thượng tướng Phạm Trường
#: Long bày tỏ mong muốn ...")
RECEPTIONS = frozenset({"tiếp"})
#: how far after the reception's word its guest is named: "đã tiếp Thượng tướng Phạm Trường Long, Ủy viên ..."
_GUEST_REACH = 60
#: ... or further on, the head of the delegation received: "tiếp Đoàn đại biểu Cục Thông tin, Quân đội Myanmar do
#: Thiếu tướng Thaw Lwin, ... làm Trưởng đoàn"
_LED_BY = re.compile(r"(?<!\w)(?:đoàn|phái đoàn)(?!\w)[^.;:!?\n]{0,80}?\sdo\s+(?:[^\s,.;]+\s+){0,6}$")
_DELEGATION_REACH = 140
#: what between the reception's word and the first person names its host, or ends the clause
_NOT_THE_GUEST = re.compile(r"(?<!\w)(?:của|với)(?!\w)|[,.;!?\n]")


def _received(doc: Doc, people: list[tuple[Person, list[Span]]], anchor: int) -> int | None:
    """The guest of a reception: the person named first right after its word at `anchor` ("đã tiếp | Thượng tướng
    Phạm Trường Long"), not its host ("buổi tiếp của Chủ tịch UBND TPHCM Nguyễn Thành Phong với Đại sứ ...", "Tại
    buổi tiếp, Trung tướng Phan Văn Giang nhấn mạnh")."""
    # (not the host, named before the verb in its sentence, then again in a caption right after a lead that names
    # only the guest's body: "Trung tướng Phạm Hồng Hương ... đã tiếp Đoàn đại biểu Cục Thông tin, Quân đội Myanmar. |
    # Trung tướng Phạm Hồng Hương và Thiếu tướng Thaw Lwin trao đổi tặng phẩm.")
    s_start = _sentence(doc, anchor)[0]
    host = {index for index, (_, spans) in enumerate(people) for span in spans if s_start <= span[0] < anchor}
    after = [(span[0], index) for index, (_, spans) in enumerate(people) for span in spans
             if anchor < span[0] <= anchor + _DELEGATION_REACH and index not in host]
    if not after:
        return None
    start, index = min(after)
    if _LED_BY.search(doc.low, anchor, start):
        return index
    if start > anchor + _GUEST_REACH:
        return None
    return None if _NOT_THE_GUEST.search(doc.low, anchor, start) else index


#: talks held in Việt Nam with a visiting side: the visitors' own wishes and proposals are not what the host set out
#: ("Trong thời gian tới, Haiti mong muốn được thúc đẩy hợp tác trên nhiều lĩnh vực như: nông nghiệp, ..." at the
#: Assembly Chairwoman's talks with the Haitian Senate President)
TALKS = frozenset({"hội đàm", "hội kiến"})
#: the visit that brings the other side, told as under way: "Đoàn Đại biểu cấp cao Thượng viện Cộng hòa Haiti do Ngài
#: Youri Latortue ... dẫn đầu ... đang có chuyến thăm chính thức Việt Nam", "... làm Trưởng đoàn sang thăm, làm việc tại
#: Việt Nam" (not one invited or recalled: "mời Tổng Thư ký sang thăm Việt Nam", "những lần thăm Việt Nam")
_VISITS_US = re.compile(r"(?<!\w)(?<!mời\s)(?:đang(?:\s+có)?(?:\s+chuyến)?|sang|bắt\s+đầu|chuyến)\s+thăm"
                        r"(?:,?\s+(?:chính\s+thức|cấp\s+nhà\s+nước|hữu\s+nghị|làm\s+việc|và|tại))*\s+việt\s+nam(?!\w)")
_INVITED = re.compile(r"(?<!\w)mời(?!\w)")


def _visiting_country(doc: Doc, people: list[tuple[Person, list[Span]]]) -> str | None:
    """At talks, the visitors' country (folded): the foreign country named last in the sentence that tells their visit to
    Việt Nam, before its word (_VISITS_US), when a Vietnamese (by name) meets them; None otherwise (talks abroad, where
    the other side hosts, or of two foreign leaders)."""
    visit = next((m for m in _VISITS_US.finditer(doc.low) if not _INVITED.search(doc.low, max(0, m.start() - 40),
                                                                                  m.start())), None)
    if not visit or not any(names.is_vietnamese_name(person.name) for person, _ in people):
        return None
    told = fold(doc.low[_sentence(doc, visit.start())[0]:visit.start()])
    # (the last named before the visit's word: "Đoàn ... Cộng hòa Cuba do đồng chí ... dẫn đầu bắt đầu thăm chính thức
    # Việt Nam", not a photographer's "Trọng Đức" before it)
    found = [m.group() for m in _countries().finditer(told) if m.group() != "việt nam"]
    return found[-1] if found else None


@cache
def _countries() -> re.Pattern[str]:
    """The countries (people_countries.txt), folded, as whole words, the longest that fits ("liên bang nga", not
    "nga")."""
    return re.compile(r"(?:" + lexicon.alternation({fold(w) for w in lexicon.words("people_countries.txt")},
                                                   word_start=True) + r")(?!\w)")


#: the verbs of a side's own wish or pledge, right after the side that speaks
_SIDE_WISH = re.compile(r"\s*(?:cũng\s+|luôn\s+|rất\s+)?(?:mong\s+muốn|mong|hy\s+vọng|đề\s+nghị|đề\s+xuất|sẵn\s+sàng|"
                        r"cam\s+kết|kiến\s+nghị)(?!\w)")


def _guest_country_points(doc: Doc, points: list[Span], guest: Person) -> list[bool]:
    """At a reception, the guest's country speaking as one, its wish or pledge: "Trung Quốc mong muốn nhập khẩu thêm
    ..." at the President's reception of a Chinese minister, "Sudan mong muốn ngày càng có nhiều doanh nghiệp Việt Nam
    đầu tư ..." at an ambassador's farewell call, "Ngài Maxim Oreshkin khẳng định, Liên bang Nga mong muốn ...", "các
    doanh nghiệp Hong Kong mong muốn tham gia ...": the guest's side, not the host's directions. The country is the one
    in the guest's organisation ("Bộ Thương mại Trung Quốc", "Quốc hội Cuba")."""
    country = max((m.group() for m in _countries().finditer(fold(guest.organization or ""))), key=len, default=None)
    if not country or country == "việt nam":
        return [False] * len(points)
    side = _side_wish(country)
    return [bool(side.search(fold(doc.low[_sentence(doc, start)[0]:start]))) for start, _ in points]


@lru_cache(maxsize=64)
def _side_wish(country: str) -> re.Pattern[str]:
    """A country speaking as one side, its wish verb last (_guest_country_points)."""
    return re.compile(rf"(?:^|[,;:]\s*|\s)(?:phía\s+|bạn\s+|(?:các\s+)?doanh\s+nghiệp\s+|nhân\s+dân\s+|chính\s+phủ\s+)?"
                      rf"{re.escape(country)}{_SIDE_WISH.pattern}\s*(?:rằng\s+|là\s+)?[,:]?\s*$")


@lru_cache(maxsize=64)
def _side_opens(country: str) -> re.Pattern[str]:
    """A point that opens on a country speaking as one side and its wish verb: "Haiti mong muốn được thúc đẩy hợp
    tác ..." (_visiting_country)."""
    return re.compile(rf"(?:phía\s+|bạn\s+|chính\s+phủ\s+)?{re.escape(country)}{_SIDE_WISH.pattern}")


#: a guest thanking the host for receiving them, which opens the guest's turn in a reception's report: "Ông Atsusuke
#: Kawada cảm ơn Thủ tướng Nguyễn Xuân Phúc đã dành thời gian tiếp, đồng thời bày tỏ ...", "Bộ trưởng ... Hiroshige Seko
#: trân trọng cảm ơn Thủ tướng Nguyễn Xuân Phúc đã dành thời gian tiếp; ..." (not "đã tiếp tục", "đã tiếp đón trọng thị
#: Nhà vua") (the word's start asserted after its first letter, so that the pattern is led by it)
_THANKS_FOR_RECEIVING = re.compile(r"c(?<!\wc)ảm\s+ơn\s+(?P<host>[^.;:!?\n]{2,80}?)\s+đã\s+(?:dành\s+thời\s+gian\s+)?"
                                   r"tiếp(?:\s+(?:đoàn|đón))?(?=\s*[,;.:]|\s+(?:và|đồng\s+thời)(?!\w))")
#: ... and the sides agreeing together, which ends it: "hai bên nhất trí ...", "hai Bộ trưởng cùng thống nhất ..."
_SIDES_AGREE = re.compile(r"(?<!\w)(?:hai|các)\s+(?:bên|bộ\s+trưởng|nhà\s+lãnh\s+đạo)\s+(?:(?:đã|cùng|cũng)\s+)*"
                          r"(?:nhất\s+trí|thống\s+nhất|đồng\s+ý)(?!\w)")


def _guest_turn(doc: Doc, points: list[Span], people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """For each point, whether it stands in the guest's turn of a reception: from the guest's thanks for being received
    (_THANKS_FOR_RECEIVING) on, in its paragraph, until someone else is named as a subject (the host again by name or
    by the post it was thanked under: "Thủ tướng đề nghị ...", or the sides agreeing). The guest's wishes and pledges
    there are theirs ("Ông khẳng định, JETRO sẽ phối hợp chặt chẽ với phía Việt Nam ...", "bày tỏ mong muốn Thủ tướng
    ... quan tâm, hỗ trợ nhiều hơn nữa cho Dự án Đại học Việt-Nhật"), not the host's directions, whoever the record
    took for the guest. Not when our side is the guest abroad ("Bộ trưởng Ngô Xuân Lịch đã cảm ơn Đại tướng Rául
    Castro đã dành thời gian tiếp đoàn")."""
    mentions = sorted((span, index) for index, (_, spans) in enumerate(people) for span in spans)
    starts = [span[0] for span, _ in mentions]
    low = doc.low
    turns: list[Span] = []  # (where each turn starts and ends)
    for thanks in _THANKS_FOR_RECEIVING.finditer(low):
        host_at = thanks.span("host")
        hosts = mentions[bisect_left(starts, host_at[0]):bisect_left(starts, host_at[1])]
        host = thanks.group("host")
        # (the host's name as written, its closing capitalised words: "Đại tướng | Rául Castro")
        written: list[str] = []
        for word in doc.text[host_at[0]:host_at[1]].split():
            if word[:1].isupper():
                written.append(word)
            else:
                written.clear()
        if any(not names.is_vietnamese_name(people[i][0].name) for _, i in hosts) \
                or len(written) > 1 and not names.is_vietnamese_name(" ".join(written)) \
                or any(m.group() != "việt nam" for m in _countries().finditer(host)):
            continue
        since = thanks.end()
        s_start = _sentence(doc, thanks.start())[0]
        thanker = {i for _, i in mentions[bisect_left(starts, s_start):bisect_left(starts, thanks.start())]}
        # (the turn ends at its paragraph's end, at another one named as a subject, at the host's post as a subject:
        # its first two words, or a leader's post in it, or at the sides agreeing)
        ends = [low.find("\n", since) % (len(low) + 1)]
        ends += [span[0] for span, index in mentions[bisect_left(starts, since):]
                 if index not in thanker and not _not_subject_before(doc, span[0])][:1]
        heads = {" ".join(host.split()[:2])} | {m.group() for m in _LEADER_POST.finditer(host)}
        heads_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
                              + r")(?!\w)")
        ends += [m.start() for m in heads_re.finditer(low, since) if not _not_subject_before(doc, m.start())][:1]
        agree = _SIDES_AGREE.search(low, since)
        ends += [agree.start()] if agree else []
        turns.append((since, min(ends)))
    turns.sort()
    verdicts = []
    for start, _ in points:
        index = bisect_right(turns, (start, len(low) + 1)) - 1
        verdicts.append(any(since <= start < until for since, until in turns[max(0, index - 1):index + 1]))
    return verdicts


#: more words that make a name after them in its clause an object at a reception: "chuyển lời chào của Thủ tướng
#: Slovakia tới | Thủ tướng Nguyễn Xuân Phúc", "Vui mừng được gặp lại | Thủ tướng ...", "Tiếp | Đại sứ ..."
_GUEST_OBJECT = re.compile(r"(?<!\w)(?:tới|đến|gửi|gặp|đánh\s+giá\s+cao|chúc\s+mừng|tiếp|đón|mời|cùng|"
                           r"trân\s+trọng|về)(?!\w)")
#: what opens a clause before a name
_CLAUSE_MARK = re.compile(r"[,;:(]")
#: a post in apposition right after a name, before the verb: ", Phó Chủ tịch Quân ủy Trung ương Trung Quốc,"
_APPOSITION = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?"
                         r"(?:,\s*[^,;:.!?\n]{1,120}?,|\s[\u2013\u2014-]\s[^;:.!?\n]{1,120}?\s[\u2013\u2014-])")


#: the guest agreeing with the host, or both sides together: what they agree on is the meeting's
_GUEST_AGREES = re.compile(r"(?<!\w)(?:đồng\s+ý|nhất\s+trí|thống\s+nhất|tán\s+thành|"
                           r"ủng\s+hộ\s+(?:đề\s+nghị|đề\s+xuất))(?!\w)")


def _foreigner(person: Person) -> bool:
    """Whether the person is from abroad: a name that does not read as Vietnamese, or an organisation of another
    country ("Thượng tướng Phạm Trường Long", of the "Quân ủy Trung ương Trung Quốc")."""
    body = fold(person.organization or "")
    # (an organisation of both countries is of the one it names first: "Đại sứ Việt Nam tại ...", "Nhóm nghị sĩ hữu
    # nghị Việt Nam - Nhật Bản" at home, "Hội hữu nghị Trung Quốc - Việt Nam", "Đại sứ quán Trung Quốc tại Việt Nam"
    # abroad; Việt Nam is no country of people_countries.txt, the list of those abroad)
    country = _countries().search(body)
    home = body.find("việt nam")
    return bool(country) and not 0 <= home < country.start() \
        or not (names.is_vietnamese_name(person.name) or names.is_stage_name(person.name))


def _guest_side_speaks(doc: Doc, points: list[Span], people: list[tuple[Person, list[Span]]]) -> list[bool]:
    """At a reception or talks held at home, with both sides named, whether those who speak a point are from abroad:
    every person named before it in its sentence as a subject ("Thượng tướng Phạm Trường Long cũng đề nghị | các bên
    sớm hoàn thành Khung COC ...", "Trân trọng chuyển lời chào ... tới Thủ tướng Nguyễn Xuân Phúc, ngài Robert
    Kalinak bày tỏ mong muốn | Thủ tướng Nguyễn Xuân Phúc sớm thăm chính thức Slovakia"), or, for a sentence that
    opens on the bare "Ông" / "Bà", the one an earlier sentence of its paragraph opens on ("Ông A.Kawada cho rằng ... |
    Ông cũng khẳng định, | JETRO sẽ phối hợp chặt chẽ ..."): the guest's wish, proposal or pledge, not what the host
    set out. Not when a leader by post or both sides speak after the name, nor when the guest agrees to the host's
    proposal ("Chủ tịch Quốc hội Heng Samrin | đồng ý với đề nghị của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân ...")."""
    if not any(_foreigner(p) for p, _ in people) or all(_foreigner(p) for p, _ in people):
        return [False] * len(points)
    # (every mention of each name as written, not only those the attendee's record keeps: "Đại sứ Jesus Figo Lopez
    # Palop khẳng định | sẽ nỗ lực ...", and a foreign name's last word: "Ông A.Kawada cho rằng")
    def written(person: Person) -> str:
        last = person.name.split()[-1]
        short = len(last) > 3 and not names.is_vietnamese_name(person.name) and not names.is_stage_name(person.name)
        return re.escape(person.name) + ("|" + re.escape(last) if short else "")
    mentions = sorted({(m.span(), index) for index, (person, spans) in enumerate(people)
                       for m in re.finditer(r"(?<!\w)(?:" + written(person) + r")(?!\w)", doc.text)}
                      | {(span, index) for index, (_, spans) in enumerate(people) for span in spans})
    starts = [span[0] for span, _ in mentions]

    def subjects(s_start: int, until: int) -> list[tuple[Span, int]]:
        return [(span, i) for span, i in mentions[bisect_left(starts, s_start):bisect_left(starts, until)]
                if span[1] <= until
                and not _NOT_SUBJECT.search(doc.low, clause(s_start, span[0]), span[0])
                and not _GUEST_OBJECT.search(doc.low, clause(s_start, span[0]), span[0])]

    def clause(s_start: int, at: int) -> int:  # (where the clause a name stands in opens)
        marks = [m.end() for m in _CLAUSE_MARK.finditer(doc.text, s_start, at)]
        return marks[-1] if marks else s_start

    verdicts = []
    for start, end in points:
        s_start = _sentence(doc, start)[0]
        said = subjects(s_start, start)
        after = said[-1][0][1] if said else start
        if said:
            post = _APPOSITION.match(doc.text, after)
            after = post.end() if post and post.end() < start else after
        elif _PRONOUN_OPENS.match(doc.text, s_start):
            # (back over the sentences of its paragraph that name no one, as participants_points does, to the one
            # that names its subject; not past a leader told by post)
            p_start, p_end = s_start, s_start
            for _ in range(_PRONOUN_REACH):
                if p_start < 2 or "\n" in doc.text[p_start - 2:p_start]:
                    break
                p_start = _sentence(doc, p_start - 2)[0]
                if _leader_speaks(doc, p_start, p_end):
                    break
                if said := subjects(p_start, p_end):
                    said = said[:1] if _opens(doc, [said[0][0]], p_start) else []
                    break
                p_end = p_start
            after = s_start
        verdicts.append(bool(said) and all(_foreigner(people[i][0]) for _, i in said)
                        and not _leader_speaks(doc, after, start) and not _TOGETHER.search(doc.low, after, start)
                        and not _GUEST_AGREES.search(doc.low, after, min(end, start + 40)))
    return verdicts


def _not_subject_before(doc: Doc, at: int) -> bool:
    """Whether a word before `at`, in its sentence, makes what stands there no subject (_NOT_SUBJECT)."""
    return bool(_NOT_SUBJECT.search(doc.low, max(_sentence(doc, at)[0], at - _OBJECT_REACH), at))


#: how far into its sentence a subject may stand: "Về phần mình, Thượng tướng Phạm Trường Long bày tỏ ..."
_SUBJECT_REACH = 40


#: what stands before a subject at the head of its sentence, not before one a request is put to or agreed with:
#: "Chủ tịch nước đề nghị | bà Đại sứ ...", "Thủ tướng nhất trí với | ông Phạm Trường Long", "Về những vấn đề mà | ông
#: Eric Schmidt nêu"
_NOT_SUBJECT = re.compile(r"(?<!\w)(?:đề nghị|yêu cầu|nhất trí|với|mà|của|cảm ơn|chúc|mong|hoan nghênh)(?!\w)")


def _opens(doc: Doc, spans: list[Span], s_start: int) -> bool:
    """Whether one of the spans stands at the head of the sentence at `s_start`, as its subject (the guest who
    speaks, not the one a host's request is put to: "Chủ tịch nước đề nghị bà Đại sứ tiếp tục là cầu nối ...")."""
    return any(s_start <= span[0] <= s_start + _SUBJECT_REACH and not _NOT_SUBJECT.search(doc.low, s_start, span[0])
               for span in spans)


#: who speaks a quotation is named right after it closes ("”, ông Lê Minh Hoan nói", "”- Bộ trưởng Trần Tuấn Anh cho
#: biết", "” - bác sĩ Nguyên chia sẻ") or before it opens, as the subject of the sentence that leads into it ("Đại
#: diện Công ty High Sea cho biết: “Chúng tôi sẽ ...") ; a quotation goes on over its sentences up to its closing mark,
#: so that its later sentences keep its speaker
_AFTER_QUOTE = re.compile(r"[\s,\-–—]*(?:(?:theo|lời)\s+)?(?:[^\s,.;:!?“”\"]+\s+){0,8}?$")
_SAYS = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?,?\s*(?:[^\s,.;:!?“”]+\s+){0,12}?(?:cũng\s+)?"
                   r"(?:nói|cho\s+biết|cho\s+hay|khẳng\s+định|nhấn\s+mạnh|chia\s+sẻ|bày\s+tỏ|phát\s+biểu|nêu|"
                   r"cam\s+kết|thông\s+tin|giải\s+thích|"
                   r"bộc\s+bạch|tâm\s+sự|thừa\s+nhận|cho\s+rằng|nhận\s+định|đánh\s+giá|lưu\s+ý|kiến\s+nghị|đề\s+nghị|"
                   r"đề\s+xuất|khẳng\s+định|trả\s+lời|tiết\s+lộ|quả\s+quyết|nhắn\s+nhủ|phân\s+tích|chỉ\s+rõ|"
                   r"(?:chia\s+sẻ|nói|trao\s+đổi)\s+với)(?!\w)")
_QUOTE_REACH = 1500  # how far a quotation may run


def _quotation(doc: Doc, at: int) -> Span | None:
    """The marks that open and close the quotation a point at `at` stands in, within its paragraph: curly ones, or
    straight ones ("\"Chúng tôi sẽ mở cơ chế tham vấn song phương ...\", Đại sứ ... phát biểu"), an odd count of them
    before the point opening it."""
    text = doc.text
    para = text.rfind("\n", 0, at) + 1
    para_end = text.find("\n", at)
    para_end = len(text) if para_end < 0 else para_end
    reach = min(para_end, at + _QUOTE_REACH)
    opened = text.rfind("“", para, at + 1)
    if opened >= 0 and text.find("”", opened, at) < 0:
        closed = text.find("”", at, reach)
        return (opened, closed) if closed >= 0 else None
    if text.count('"', para, at) % 2:
        opened, closed = text.rfind('"', para, at), text.find('"', at, reach)
        return (opened, closed) if closed >= 0 else None
    return None


#: a verb a quotation's speaker speaks it with (people_speaks.txt, and "cam kết", "bộc bạch", "tâm sự")
_VOICE_VERB = lexicon.alternation({fold(w) for w in lexicon.words("people_speaks.txt")}
                                  | {"cam kết", "bộc bạch", "tâm sự"}, spaces=True)
#: the words that name who speaks a quotation right after it closes, up to the verb they speak it with ("”, đại diện
#: Công ty High Sea cho biết", "” - bác sĩ Nguyên chia sẻ")
_VOICE_AFTER = re.compile(r"[\s,\-–—]*(?P<who>[^.;:!?“”\"\n]{2,90}?)\s+(?:cũng\s+)?(?:" + _VOICE_VERB + r")(?!\w)")
#: the speech verb of the words that lead into a quotation with a colon, after its subject: "Phát biểu tại hội nghị,
#: ông Nguyễn Văn Nên đề nghị các doanh nghiệp: “...”" (the subject is the last clause before the last such verb,
#: "ông Nguyễn Văn Nên"; or before the colon where there is none: "Chủ tịch Hiệp hội Du lịch Đà Nẵng kiên quyết:")
_VOICE_VERB_AT = re.compile(r"\s+(?:cũng\s+)?(?:" + _VOICE_VERB + r")(?!\w)")
#: what ends a clause of those words (not a full stop: "TP.HCM", "PGS.TS")
_VOICE_CLAUSE = re.compile(r"[,;!?“”\"]")
#: an honorific before the subject's post (honorifics.txt): "ông", "bà", "đồng chí"
_HONORIFIC = re.compile(r"^(?:" + lexicon.alternation((fold(w) for w in lexicon.words("honorifics.txt")),
                                                     spaces=True) + r")\s+")
#: the head of a subject that names a business or its head: "đại diện công ty itta", "chủ tịch hiệp hội du lịch đà
#: nẵng", "tổng giám đốc tập đoàn vingroup" (not an object further on: "bí thư ... đề nghị các doanh nghiệp")
_BUSINESS_HEAD = re.compile(r"(?:[^\s,]+\s+){0,3}?(?:(?:tổng\s+)?công\s+ty|cty|ctcp|tập\s+đoàn|hiệp\s+hội|"
                            r"ngân\s+hàng|hợp\s+tác\s+xã|htx|doanh\s+nghiệp)(?!\w)")


def _voice_span(doc: Doc, quote: Span) -> Span | None:
    """Where the words that name who speaks a quotation stand (after its closing mark, or the sentence that leads into
    it with a colon), or None when the quotation names its speaker nowhere near."""
    opened, closed = quote
    if said := _VOICE_AFTER.match(doc.low, closed + 1):
        return said.span("who")
    para = doc.text.rfind("\n", 0, opened) + 1
    if ":" in doc.text[max(para, opened - 3):opened]:
        return _sentence(doc, max(para, opened - 3))[0], opened
    return None


def _participant_voice(voice: str) -> bool:
    """Whether the words that name a quotation's speaker name a participant by post (đại diện, chuyên gia, cổ đông
    ...) or the head of a business or an association ("chủ tịch hiệp hội du lịch đà nẵng"), and no leader."""
    # (the subject is the last clause before the speech verb: "Phát biểu tại hội nghị về ... học sinh, Chủ tịch Hà Nội
    # nhấn mạnh: “...”" is the chair's, and "ông Nguyễn Thiện Nhân, Bí thư Thành ủy, đề nghị các doanh nghiệp: “...”"
    # the Party secretary's, whose object is the businesses)
    voice = fold(voice).strip()
    if _LEADER_POST.search(voice):
        return False
    verbs = list(_VOICE_VERB_AT.finditer(voice))
    who = _VOICE_CLAUSE.split(voice[:verbs[-1].start()] if verbs else voice.rstrip(" :"))[-1].strip(" -–—")
    who = _HONORIFIC.sub("", who, count=1)
    return bool(_BUSINESS_HEAD.match(who) or _participant_positions().match(who))


def _quote_speakers(doc: Doc, point: Span, mentions: list[tuple[Span, int]], starts: list[int],
                    quote: Span | None) -> set[int]:
    """Who speaks the quotation a point stands in (`quote`, its marks: `_quotation`), when it is named right after its
    closing mark or before its opening one; an empty set when the point is not quoted or its speaker is not named
    there."""
    text = doc.text
    para = text.rfind("\n", 0, point[0]) + 1
    if quote is None:
        return set()
    opened, closed = quote
    # after the closing mark: "”, ông X nói"
    after = mentions[bisect_left(starts, closed):bisect_left(starts, closed + 90)]
    for span, index in after[:1]:
        if _AFTER_QUOTE.match(doc.low, closed + 1, span[0]) and "\n" not in text[closed:span[0]] \
                and _SAYS.match(doc.low, span[1]):
            return {i for s, i in after if s[0] < _SAYS.match(doc.low, span[1]).end()}
    # before the opening mark: "X cho biết: “..." (the subject of the sentence that leads into it)
    lead = text[max(para, opened - 3):opened]
    if ":" in lead:
        s_start = _sentence(doc, max(para, opened - 3))[0]
        inside = mentions[bisect_left(starts, s_start):bisect_left(starts, opened)]
        if inside and _opens(doc, [inside[0][0]], s_start):
            return {inside[0][1]}
    return set()


def _only_present(doc: Doc, person: tuple[Person, list[Span]], hosts: list[str] | None,
                  organizers: list[str] | None, foreign: bool = False) -> bool:
    """Whether the person only takes part: a participant, a seated deputy, a guest from another body, a business."""
    return takes_part_only(person[0]) or _seated(doc, person) or _guest(person[0], hosts or [], foreign) \
        or _business_guest(person[0], organizers or []) or _complainant(doc, person)


#: an order given, right before the point: only one over those told to do it gives it, whatever body they come from
#: ("Thiếu tướng Trần Hữu Tài, Phó Chủ nhiệm Chính trị Quân khu 7, đã giao nhiệm vụ cho | Bộ Tư lệnh TP.HCM ... khẩn
#: trương lập phương án tìm kiếm" at the workshop Bộ Tư lệnh TP.HCM holds), never a guest's proposal; its giver named
#: before it, not one a guest quotes after ("“... UBND tỉnh đã phê duyệt dự án ... và giao cho Trường Cao đẳng ... là
#: đơn vị tư vấn”, ông Thu cho hay")
_ORDERS = re.compile(r"(?<!\w)(?:chỉ\s+đạo|" + directions.ASSIGN_VERB + r"\s+(?:nhiệm\s+vụ\s+)?cho)\s*:?\s*$")


def _orderers(doc: Doc, points: list[Span], mentions: list[tuple[Span, int]], starts: list[int]) -> set[int]:
    """Those (by index) who give an order right before a point (_ORDERS), named before it in its sentence and not in
    a quotation: no guests wherever they speak."""
    found: set[int] = set()
    for point in points:
        s_start = _sentence(doc, point[0])[0]
        order = _ORDERS.search(doc.low, max(s_start, point[0] - 30), point[0])
        if order and _quotation(doc, point[0]) is None:
            before = mentions[bisect_left(starts, s_start):bisect_left(starts, order.start())]
            found.update(index for span, index in before if span[1] <= order.start())
    return found


#: a sentence opening on the bare pronoun for a man or a woman ("Ông cũng đề nghị ...", "Bà cho rằng ..."), not on a
#: name ("Ông Nguyễn Văn A"), nor on a noun the word opens ("Bà con nông dân ...", "Bà mẹ Việt Nam anh hùng ...",
#: "Ông bà ...", "Ông cha ta ...") (the spaces taken whole, so that "Ông\n\nNguyễn" gives none back to the check)
_PRONOUN_OPENS = re.compile(r"(?:Ông|Bà)\s++(?![" + names.UPPER + r"])(?!(?:con|mẹ|bà|ông|cha)(?!\w))")
#: how many sentences back a pronoun's speaker is looked for
_PRONOUN_REACH = 3


def participants_points(doc: Doc, points: list[Span], people: list[tuple[Person, list[Span]]],
                        hosts: list[str] | None = None, guest: int | None = None,
                        organizers: list[str] | None = None, foreign: bool = False, untold: bool = False,
                        members: bool = False) -> list[bool]:
    """For each point, whether only people who take part without presiding speak in its sentence. `hosts`: the
    organisers of a workshop, forum or round table, where speakers from other bodies are guests; `guest`: the index
    of a reception's guest in `people`; `untold`: where no one is told to chair, the leaders there stand for those who
    do (_below_the_chair); `members`: at a sitting, the heads of the Assembly's committees who do not preside give
    their views in its discussion (_committee_member)."""
    mentions = sorted((span, index) for index, (_, spans) in enumerate(people) for span in spans)
    starts = [span[0] for span, _ in mentions]
    # (a business's head is a guest where someone from elsewhere presides)
    # (or a public leader is there, named by a leader's post, whether or not told to preside: "Bí thư Thành ủy
    # TP.HCM Nguyễn Thiện Nhân phát biểu tại buổi làm việc" with businesses, where "Tổng giám đốc công ty Cienco 6
    # Bùi Phi Hùng đề nghị chính quyền nhanh chóng giải quyết ...")
    public = any(_presides(person) and not _BUSINESS.match(fold(person.organization or "")) or _public_leader(person)
                 for person, _ in people)
    presided = any(_presides(person) or _top_leader(person) for person, _ in people)
    members_there = {i for i, (person, _) in enumerate(people)
                     if members and _committee_member(person, organizers or hosts)}
    orderers = _orderers(doc, points, mentions, starts)
    below = _below_the_chair(people, organizers or hosts or [], untold)
    verdicts = []
    for point in points:
        s_start, s_end = _sentence(doc, point[0])
        s_end = max(s_end, point[1])
        inside = mentions[bisect_left(starts, s_start):bisect_right(starts, s_end)]
        speakers = {index for span, index in inside if not (point[0] <= span[0] < point[1])
                    or _opens_as_speaker(doc, point, span)}
        quote = _quotation(doc, point[0])
        quoted = _quote_speakers(doc, point, mentions, starts, quote)
        voiced = _voice_span(doc, quote) if quote else None
        voice = doc.low[voiced[0]:voiced[1]] if voiced else None
        if directions.OWN_SIDE.match(doc.low, point[0]) and (quoted or voice):
            # a quoted pledge of the speaker's own side ("“Chúng tôi sẽ ...”- Bộ trưởng ... cho biết") is a direction in
            # the words of one who presides, or of the hosts where no one else is told to preside; not a company's, a
            # doctor's or an expert's ("Đại diện Công ty High Sea cho biết: “Chúng tôi sẽ ...", "bác sĩ Nguyên"), nor a
            # participant's pledge to the leader who chairs ("Chúng tôi sẽ siết chặt kỷ luật vận hành" from EVN's head
            # at the Prime Minister's meeting)
            if quoted:
                verdicts.append(not any(_presides(people[i][0]) or _top_leader(people[i][0])
                                        or not presided
                                        and not _only_present(doc, people[i], hosts, organizers, foreign)
                                        for i in quoted))
            else:  # a speaker told without a name: "lãnh đạo thành phố cho biết", "đại diện Công ty ... cho biết"
                voice = fold(voice)
                verdicts.append(not (_LEADER_POST.search(voice) or not presided and not _BUSINESS.search(voice)
                                     and not _participant_positions().search(voice)))
            continue
        if quoted:
            # a quoted point is its speaker's, whoever else its sentence names: "“Chúng tôi sẽ ...”, đại diện Công ty
            # ... cho biết"
            speakers = quoted
        elif voiced and bisect_left(starts, voiced[0]) == bisect_left(starts, voiced[1]) \
                and _participant_voice(doc.low[voiced[0]:voiced[1]]):
            # a quotation whose speaker is told by a participant's or a business's post, without a name the article
            # gives elsewhere: "Chủ tịch Hiệp hội Du lịch Đà Nẵng kiên quyết: “Tôi đề nghị giữ nguyên hiện trạng ở Sơn
            # Trà ...”", "“Đề nghị Cục Thuế TP.HCM hướng dẫn cách làm thống nhất ...” - đại diện Công ty ITTA kiến nghị"
            # (not where those words name a person the article names: "Phát biểu tại hội nghị, ông Nguyễn Văn Nên đề
            # nghị các doanh nghiệp: “...”")
            verdicts.append(True)
            continue
        if not speakers and s_start > 1 and "\n" not in doc.text[s_start - 2:s_start] \
                and not _leader_speaks(doc, s_start, point[0]):
            # a sentence that names no one goes on with the speaker of the one before it in its paragraph, when that
            # one is known to take part without presiding (a participant's post or an academic title, a guest from
            # another body): "Theo TS. Lương Hoài Nam, TP nên xác định xe buýt là loại hình chiến lược ... | Ngoài ra,
            # thành phố cũng cần phải có kế hoạch ..." (not a name told without its post: "Theo ông Nguyễn Đức Chung,
            # ... | Do vậy, chủ tịch UBND TP Hà Nội yêu cầu ..."); not when the sentence gives its words to a leader by
            # their post ("Người đứng đầu Thành ủy Đà Nẵng cũng đề nghị ...", "Tiếp thu ý kiến của cử tri, Thủ tướng
            # khẳng định ...")
            p_start = _sentence(doc, s_start - 2)[0]
            before = {index for _, index in mentions[bisect_left(starts, p_start):bisect_left(starts, s_start)]}
            added_end = s_start  # (the end of the sentence last stepped back to, the words not yet read for a leader)
            for _ in range(_PRONOUN_REACH if _PRONOUN_OPENS.match(doc.text, s_start) else 0):
                # (a sentence opening on the bare pronoun "Ông" / "Bà" speaks for the one last named in its paragraph,
                # sentences that name no one between: "cựu Thủ tướng Singapore Goh Chok Tong cảnh báo ... | Ông nhấn
                # mạnh ... | Ông kêu gọi Trung Quốc và Nhật Bản ... hợp tác ..."; not past a leader told by post:
                # "... | Thủ tướng nhấn mạnh ... | Ông yêu cầu ...")
                if before or p_start < 2 or "\n" in doc.text[p_start - 2:p_start] \
                        or _leader_speaks(doc, p_start, added_end):
                    break
                added_end = p_start
                p_start = _sentence(doc, p_start - 2)[0]
                before = {index for _, index in mentions[bisect_left(starts, p_start):bisect_left(starts, s_start)]}
            if "\n" not in doc.text[p_start:s_start] and before and all(
                    _known_participant(people[i][0]) or _complainant(doc, people[i])
                    or i in members_there or i not in orderers and (
                        _guest(people[i][0], hosts or [], foreign)
                        # (one below the chair named before, the sentence a proposal: "Còn ông Trương Khương Hải, Phó
                        # Giám đốc Sở KH&CN tỉnh Bình Thuận, cho biết: ... | “Đề nghị tăng thêm các trạm quan trắc
                        # ...” - ông nói", _below_the_chair)
                        # (not when a leader by post speaks it after the quote, "” - Chủ tịch UBND tỉnh nói", or in the
                        # sentence before: "Sau khi nghe ông Hải ..., Chủ tịch UBND tỉnh cho biết sẽ xem xét")
                        or i in below and _proposed(doc, s_start, point[0], [])
                        and not (voiced and _leader_speaks(doc, voiced[0], voiced[1]))
                        and not _leader_speaks(doc, p_start, s_start)
                        or public and _business_guest(people[i][0], organizers or [])) for i in before):
                verdicts.append(True)
                continue
        if guest in speakers and _opens(doc, people[guest][1], s_start):
            # the guest who opens the sentence speaks it, the host named as whom they thank or greet does not:
            # "Thiếu tướng Thaw Lwin cảm ơn Trung tướng Phạm Hồng Hương đã dành thời gian tiếp đoàn; đồng thời mong
            # muốn ..."
            speakers = {i for i in speakers if i == guest or not _named_as_object(doc, people[i][1], s_start, s_end)}
        proposes = bool(below & speakers) and (_proposed(doc, s_start, point[0],
                                                         [span for i in below & speakers for span in people[i][1]])
                                               or bool(quoted) and voiced is not None and _voiced_proposal(doc, voiced))
        verdicts.append(bool(speakers) and all(takes_part_only(people[i][0])
                                               and not (not presided
                                                        and _untitled_orders(doc, people[i], s_start, point[0]))
                                               or _seated(doc, people[i])
                                               or i in members_there
                                               or _complainant(doc, people[i])
                                               or proposes and i in below and i not in orderers
                                               or i not in orderers and _guest(people[i][0], hosts or [], foreign)
                                               or i not in orderers and public
                                               and _business_guest(people[i][0], organizers or [])
                                               or i == guest and _opens(doc, people[i][1], s_start) for i in speakers))
    return verdicts


#: a name told with no post that orders right before the point ("Ông Nguyễn Đức Chung yêu cầu | các đơn vị ...",
#: "Ông Phạm Hữu Thư đã yêu cầu | CĐ KKT Hải Phòng phấn đấu ..."): one who presides, the post told elsewhere or not at
#: all, where no one else is told to preside; a participant asks or proposes ("đề nghị", "kiến nghị"), not orders, and
#: where a chair is named, one with no post who "yêu cầu" is a voter or a claimant ("Chủ tịch UBND tỉnh ... chủ trì
#: buổi tiếp xúc cử tri ... Ông Nguyễn Văn Hùng yêu cầu chính quyền sớm bồi thường")
_UNTITLED_ORDERS = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:(?:đã|cũng|tiếp\s+tục|còn)\s+)*(?:yêu\s+cầu|chỉ\s+đạo)\s*:?\s*$")


def _untitled_orders(doc: Doc, person: tuple[Person, list[Span]], s_start: int, at: int) -> bool:
    """Whether a person with neither a post nor an academic title orders the point in its sentence, the verb right
    after their name (_UNTITLED_ORDERS)."""
    if person[0].position or person[0].academic_title or "tham luận" in person[0].roles:
        return False
    return any(s_start <= start and end <= at and _UNTITLED_ORDERS.match(doc.low, end, at)
               for start, end in person[1])


def _the_chairs(people: list[tuple[Person, list[Span]]], untold: bool = False) -> tuple[list[Person], bool]:
    """Those who chair the meeting (their role: chủ trì, kết luận, chỉ đạo ...), and whether they are told to; with
    `untold`, where no one is told to chair, the officials and the leaders by post of a province or above there, who
    stand for those who do (_below_the_chair)."""
    chairs = [person for person, _ in people if _presides(person)]
    if not chairs and untold:
        # (no one told to chair: the leaders by post and the officials there stand for those who do, and those below
        # them are a department's, a business's or a hospital's people: "Bác sĩ Nguyễn Hữu Dũng (Trưởng Khoa Thận nhân
        # tạo của BV) cho rằng ..." where the minister works with the province's hospitals)
        return [person for person, _ in people
                if (_official(person) or _provincial_leader(person)) and names.is_vietnamese_name(person.name)], False
    return chairs, bool(chairs)


def _chairs_bodies(people: list[tuple[Person, list[Span]]], hosts: list[str]) -> list[str] | None:
    """The bodies (_placeless names) of those told to chair the meeting (_the_chairs) and of its `hosts`; None where no
    one is told to chair it (the city's leader only there, "Sở GTVT TP.HCM đề nghị Bộ Quốc phòng chỉ đạo ..." at his
    meeting with the ministry's delegation, speaks for the host side)."""
    chairs, _ = _the_chairs(people)
    if not chairs:
        return None
    return [_placeless(body) for body in [*hosts, *(person.organization for person in chairs if person.organization)]]


def _below_the_chair(people: list[tuple[Person, list[Span]]], hosts: list[str], untold: bool = False) -> set[int]:
    """Those (by index) who speak at a meeting someone chairs (their role: chủ trì, kết luận, chỉ đạo ...) from another
    body than those who chair it and the `hosts` (_one_body): a department's, a hospital's, a police force's or a
    firm's head at the minister's or the city leader's meeting ("Đại tá Phạm Văn Sử đề nghị Bệnh viện phối hợp ..." at
    the minister's, "Ông Lê Minh Phúc (TGĐ Vina Capital) ... đề nghị TP tháo gỡ các vướng mắc" at the one the city's
    leaders chair), whose proposals are put to it, not set out by it. Not a minister or any official (_official), nor
    a leader by post (_leads: the head of a province, a council, a party committee) unless a top leader chairs ("ông
    Thể đề nghị Chính phủ có cơ chế ..." at the meeting Phó Thủ tướng Trịnh Đình Dũng chairs), nor a foreign speaker
    (their words have rules of their own). With `untold`, where no one is told to chair, the officials and the leaders
    by post of a province or above (_provincial_leader) there stand for those who do ("ông Hoàng đề nghị Bộ quan tâm
    hơn ..." from a city's department where the deputy minister speaks; not a district's chairman for a city's
    department director); not over one from the Party's or the State's centre, nor over the head of the
    Assembly's committee at its sitting (_below_by_body)."""
    chairs, told = _the_chairs(people, untold)
    if not chairs:
        return set()
    top = told and any(_top_leader(person) for person in chairs)
    theirs = [_placeless(body) for body in [*hosts, *(person.organization for person in chairs if person.organization)]]
    return {index for index, (person, _) in enumerate(people)
            if not _presides(person) and not _top_leader(person) and not _official(person)
            and (top or not _leads(person)) and person.organization and not _one_body(person.organization, theirs)
            and names.is_vietnamese_name(person.name)
            and (told or _below_by_body(person))}


#: ... where no one is told to chair, not a body of the Party's or the State's centre, which stands above a ministry
#: or a city ("Trưởng Ban Tuyên giáo Trung ương" at his working session with a ministry): a board, a commission, a
#: council or an office of the centre, the Assembly's or the Government's (not a hospital, an institute or a school
#: under a ministry: "Bệnh viện Nhi Trung ương")
_CENTRAL_BODY = re.compile(r"(?<!\w)(?:quốc\s+hội|chính\s+phủ)(?!\w)")
_CENTRAL_BOARD = re.compile(r"(?:ban|ủy\s+ban|hội\s+đồng|văn\s+phòng)(?!\w)")
_CENTRAL_WORD = re.compile(r"(?<!\w)(?:trung\s+ương|t\.ư)(?!\w)")
_CENTRAL_MARK = re.compile(r"(?<!\w)(?:TƯ|TW)(?!\w)")  # ("Ban Tuyên giáo TƯ", in capitals: not "Sở Tư pháp")


#: ... nor the head of one of the Assembly's committees at its sitting ("Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh")
_COMMITTEE_HEAD = re.compile(r"chủ\s+nhiệm$")
_COMMITTEE = re.compile(r"ủy\s+ban\s+(?!nhân\s+dân|mặt\s+trận)")


#: ... and the other members of the Standing Committee by the body they head: "Trưởng ban Dân nguyện", "Chủ tịch Hội
#: đồng Dân tộc"
_MEMBER_BODY = re.compile(r"(?:ban\s+(?:dân\s+nguyện|công\s+tác\s+đại\s+biểu)|hội\s+đồng\s+dân\s+tộc)(?!\w)")
_ASSEMBLY_COMMITTEE = re.compile(r"(?:ủy\s+ban|ub)\s+(?!nhân\s+dân|nd(?!\w)|mặt\s+trận|mttq)")
#: ... not a party's committee nor a foreign parliament's: "Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Kiểm tra Đảng ủy Khối …",
#: "Ủy ban Đối ngoại Hạ viện Nga"
#: ... and the words that say whose a committee is, left out when it is matched against the hosts
_OF_THE_ASSEMBLY = re.compile(r"\s*(?:của\s+)?(?:quốc\s+hội|qh)$")
_NOT_ASSEMBLY = re.compile(r"(?<!\w)(?:kiểm\s+tra|tỉnh\s+ủy|thành\s+ủy|đảng\s+ủy|hạ\s+viện|thượng\s+viện|nghị\s+viện)"
                           r"(?!\w)")
_MEMBER_HEAD = re.compile(r"(?:phó\s+)?(?:chủ\s+nhiệm|trưởng\s+ban|chủ\s+tịch)$")


def _committee_member(person: Person, hosts: list[str] | None = None) -> bool:
    """Whether the person heads one of the Assembly's committees or boards and presides over nothing: at a sitting,
    a member giving views in its discussion ("Chủ nhiệm UB Đối ngoại Nguyễn Văn Giàu ... ông cũng đề nghị Chính phủ
    đánh giá lại ...", "Cũng theo ông Võ Trọng Việt, | ... cần đề xuất Ban Dân nguyện tập hợp"), not its chair's
    conclusion; not at his own committee's sitting, one of the `hosts` ("Ủy ban Kinh tế của Quốc hội tiến hành phiên
    họp toàn thể lần thứ 5. Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh đề nghị Chính phủ ...": he chairs it)."""
    if _presides(person):
        return False
    position, organization = fold(person.position or ""), fold(person.organization or "")
    if _NOT_ASSEMBLY.search(organization):
        return False
    own = _OF_THE_ASSEMBLY.sub("", organization).strip()
    if own and any(own in fold(host) for host in hosts or []):
        return False
    if _COMMITTEE_HEAD.match(position.removeprefix("phó ")) and _ASSEMBLY_COMMITTEE.match(organization) \
            and not _CENTRAL_WORD.search(organization):
        return True
    return bool(_MEMBER_HEAD.match(position) and _MEMBER_BODY.match(organization))


def _below_by_body(person: Person) -> bool:
    """Whether a person is from no central body (_CENTRAL_BODY, _CENTRAL_MARK) and heads no committee of the
    Assembly (_COMMITTEE_HEAD)."""
    organization = person.organization or ""
    if _COMMITTEE_HEAD.match(fold(person.position or "")) and _COMMITTEE.match(fold(organization)):
        return False
    if _CENTRAL_BODY.search(fold(organization)):
        return False
    return not (_CENTRAL_BOARD.match(fold(organization))
                and (_CENTRAL_WORD.search(fold(organization)) or _CENTRAL_MARK.search(organization)))


#: a leader by post below a province's: a district's, a town's, a ward's or a commune's, a youth union's, a party cell's
#: or a party committee's of a body ("Chủ tịch UBND huyện Sóc Sơn", "Phó Bí thư Thành đoàn")
_BELOW_PROVINCE = re.compile(r"(?<!\w)(?:huyện|quận|thị\s+xã|thị\s+trấn|xã(?!\s+hội)|phường|(?:thành|tỉnh)\s+đoàn|"
                             r"đoàn\s+thanh\s+niên|chi\s+bộ|đảng\s+ủy)(?!\w)")


def _provincial_leader(person: Person) -> bool:
    """Whether the person is a leader by post (_public_leader) of a province, a city or above, not of a district or a
    commune, a youth union or a body's party committee (_BELOW_PROVINCE): where no one is told to chair, such a leader
    stands for the chair (_below_the_chair), a district's chairman does not for a city's department director."""
    return _public_leader(person) \
        and not _BELOW_PROVINCE.search(fold(" ".join(filter(None, (person.position, person.organization)))))


#: a department's word opening an organisation's name: a body below a ministry or a people's committee
_DEPARTMENT = re.compile(r"(?:tổng cục|chi cục|cục|vụ|sở)(?!\w)")


def _one_body(organization: str, theirs: list[str]) -> bool:
    """Whether an organisation is one of `theirs` (_placeless names) by its words past the province it names
    (_of_hosts): "Sở Y tế Hà Nội" is not the city's people's committee, "UBND TP" is "UBND TP Hà Nội"; a department is
    one only of a body its word opens too, whatever field it shares with its ministry ("Cục Y tế dự phòng" is not "Bộ Y
    tế", any more than "Cục Quản lý Khám chữa bệnh" is)."""
    own = _placeless(organization)
    department = _DEPARTMENT.match(own)
    return _of_hosts(own, [body for body in theirs if not department or body.startswith(department.group())])


#: the words of a place's kind before its name, or standing for it at an organisation's end ("UBND TP", "UBND tỉnh")
_PLACE_KIND = frozenset({"tỉnh", "tp", "thành phố", "quận", "huyện", "thị xã", "thủ đô"})


_A_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1024)
def _placeless(organization: str) -> str:
    """An organisation's words (folded) without the provinces it names (the places gazetteer) and the word of their kind
    ("Sở Y tế Hà Nội" → "sở y tế", "UBND TP.HCM" → "ubnd"): a place two bodies share does not make them one ("Giám đốc
    Sở Y tế Hà Nội" at the meeting the city's chairman chairs is as much from another body as "Giám đốc Sở Y tế"); the
    whole name when it names nothing else ("tỉnh Nghệ An")."""
    words = _A_WORD.findall(fold(organization))
    kept: list[str] = []
    at = 0
    while at <= len(words):
        size = next((size for size in (4, 3, 2) if " ".join(words[at:at + size]) in names.places()), 0)
        if size or at == len(words):  # (a place, or the name's end: the word of its kind before it goes too)
            while kept and (" ".join(kept[-2:]) in _PLACE_KIND or kept[-1] in _PLACE_KIND):
                del kept[-2 if " ".join(kept[-2:]) in _PLACE_KIND else -1:]
            at += size or 1
        else:
            kept.append(words[at])
            at += 1
    return " ".join(kept) or fold(organization)


#: a proposal's verb right before a point (directions_proposal_verbs.txt, tagged "before"): "ông Thể đề nghị | ...",
#: "Phó Cục trưởng Cục Bổ trợ tư pháp Nguyễn Thị Mai đề nghị | nghiên cứu bổ sung quy định ..."
_PROPOSED = re.compile(
    "(?:" + lexicon.alternation(lexicon.tagged("directions_proposal_verbs.txt", "before"), spaces=True,
                                word_start=True) + r")(?!\w)(?:\s+(?:cần|phải|nên|rằng|là))?\s*[,:]?\s*$")
#: ... or "Theo <the speaker>," opening the sentence: "Theo ông Thi, | ..."
_ACCORDING = re.compile(r"\W*(?:cũng\s+)?theo\s+(?P<who>[^,.;:!?\n]{2,80}),")


@cache
def _proposal_voice() -> re.Pattern[str]:
    """A proposal's verb right after a quotation's speaker (directions_proposal_verbs.txt, tagged "voiced"): "... – ông
    Hoàn | đề nghị"."""
    verbs = lexicon.alternation(lexicon.tagged("directions_proposal_verbs.txt", "voiced"), spaces=True,
                                word_start=True)
    return re.compile(rf"\s+(?:cũng\s+)?(?:{verbs})(?!\w)")


def _voiced_proposal(doc: Doc, voiced: Span) -> bool:
    """Whether the speaker named after a quotation (at `voiced`) proposes it: "“Bộ Tư pháp phải quan tâm hơn tới chất
    lượng đầu vào của luật sư ...” – ông Hoàn đề nghị" (from one below the chair, _below_the_chair, a point put to
    those who preside)."""
    return bool(_proposal_voice().match(doc.low, voiced[1]))


def _proposed(doc: Doc, s_start: int, at: int, spans: list[Span]) -> bool:
    """Whether the words before a point in its sentence end on a proposal's verb, or open on "Theo ...," that names
    the speaker (one of their `spans`: not "Theo pháp luật Việt Nam thì ...")."""
    if _PROPOSED.search(doc.low, max(s_start, at - 40), at):
        return True
    according = _ACCORDING.match(doc.low, s_start, at)
    return bool(according) and any(according.start("who") <= start < according.end("who") for start, _ in spans)


#: a deputy's seat named right before the name ("Đại biểu Phạm Minh Chính (Quảng Ninh), Trưởng Ban Tổ chức Trung
#: ương", "ĐB Kiên"), or in brackets after it ("Ủy viên Thường trực Ủy ban Tư pháp của Quốc hội Phạm Thị Thủy (ĐB Bắc
#: Kạn)"): the office is the person's position, the seat is why they speak
_SEAT_WORDS = r"(?:đại\s+biểu(?:\s+quốc\s+hội|\s+hđnd)?|đbqh|đb)"
_SEAT = re.compile(r"(?<!\w)" + _SEAT_WORDS + r"\s+$")
_SEAT_AFTER = re.compile(r"\s*\((?:đoàn\s+)?" + _SEAT_WORDS + r"(?!\w)")


def _seated(doc: Doc, person: tuple[Person, list[Span]]) -> bool:
    """Whether the person is called a deputy right before their name somewhere, and presides nowhere: a deputy who
    holds an office elsewhere takes part in the sitting as a deputy."""
    return not _presides(person[0]) and any(_SEAT.search(doc.low, max(0, start - 20), start)
                                            or _SEAT_AFTER.match(doc.low, end) for start, end in person[1])


#: how far into a point a speaker's name may start (their title before it), and the verb they speak it with after it
_SPEAKER_OPENS = 30
_SPEAKS_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?,?\s*(?:cũng\s+)?(?:đề\s+xuất|đề\s+nghị|kiến\s+nghị|cho\s+rằng|nêu|"
                           r"phát\s+biểu|nói|nhấn\s+mạnh|khẳng\s+định)(?!\w)")


def _opens_as_speaker(doc: Doc, point: Span, span: Span) -> bool:
    """Whether a person named inside a point opens it as its speaker: "Đại biểu Trần Thị Hằng đề xuất nên bổ sung quy
    định ..." (a point carried on from the sentence before keeps its speaker's words)."""
    return span[0] - point[0] <= _SPEAKER_OPENS and bool(_SPEAKS_AFTER.match(doc.low, span[1]))


def _named_as_object(doc: Doc, spans: list[Span], s_start: int, s_end: int) -> bool:
    """Whether every mention of a person in the sentence follows a word that makes them the object, not the subject
    ("cảm ơn | Trung tướng Phạm Hồng Hương", "với | ông ...")."""
    inside = [span for span in spans if s_start <= span[0] < s_end]
    return bool(inside) and all(_NOT_SUBJECT.search(doc.low, max(s_start, span[0] - _OBJECT_REACH), span[0])
                                for span in inside)


#: how far before a name the word that makes it an object may stand ("cảm ơn Trung tướng | Phạm Hồng Hương")
_OBJECT_REACH = 30


#: an order a body already gave, right before the point: "UBND quận Hai Bà Trưng đã chỉ đạo | ra quyết định đình chỉ
#: công tác hai cô giáo", "NHNN đã chỉ đạo | các TCTD triển khai ...", "từ năm 2015 HĐND TP Hà Nội đã giao | UBND TP Hà
#: Nội xây dựng nội dung này", "Hội đồng quản trị đã chỉ đạo | ban điều hành ..."
_ALREADY_ORDERED = re.compile(r"(?<!\w)đã\s+(?:\w+\s+){0,2}?(?:yêu\s+cầu|chỉ\s+đạo|giao(?:\s+cho)?|đề\s+nghị|kêu\s+gọi)"
                              r"\s*,?\s*$")
#: ... even by the body that holds the meeting, when the sentence dates it before: "ông Lịch cho hay ngay từ đầu năm
#: 2017, Bộ Quốc phòng đã chỉ đạo | dừng toàn bộ hoạt động xây dựng ...", "Trước đó, Sở đã yêu cầu ...", "mặc dù Chính
#: phủ đã chỉ đạo | các ngành, cấp tăng cường quản lý ..."
_ORDERED_EARLIER = re.compile(r"(?<!\w)(?:trước\s+(?:đó|đây)|(?:ngay\s+)?từ\s+(?:đầu\s+|cuối\s+)?(?:năm|tháng)|"
                              r"năm\s+\d{4}|thời\s+gian\s+qua|mặc\s+dù|tuy\s+đã)(?!\w)")
_ORDER_REACH = 40
#: ... a person, named or by their post, giving it is as a rule the meeting's leader telling it ("Chủ tịch UBND TP Hà
#: Nội Nguyễn Đức Chung đã yêu cầu ...", "Thủ tướng đã chỉ đạo ..."), and so is anyone at the meeting ("Tại cuộc họp,
#: ... đã đề nghị"); "bà" not in a place's name ("Sau khi xảy ra sự việc, UBND quận Hai Bà Trưng đã chỉ đạo ...")
_A_PERSON = re.compile(r"(?<!\w)(?:ông|(?<!hai\s)bà(?!\s+(?:rịa|chiểu|đen|điểm)(?!\w))|anh|chị|đồng chí|lãnh đạo|"
                       r"người đứng đầu|chủ tịch|thủ tướng|bộ trưởng|thứ trưởng|bí thư|giám đốc|trưởng|phó|chánh|tướng|"
                       r"đại biểu|chuyên gia|nhà ngoại giao|"
                       r"tổng thống|thủ hiến|thị trưởng|ngoại trưởng|hiệu trưởng|tôi|chúng tôi|chúng ta|mình)(?!\w)")
#: ... but not one who only tells of the body's order, with "cho biết", "cho hay", "thông tin," or "Theo ...,": "Phó
#: Thủ tướng Vương Đình Huệ cho biết Chính phủ đã giao | Bộ Tài chính bố trí ...", "ông Lịch cho hay ngay từ đầu năm
#: 2017, Bộ Quốc phòng đã chỉ đạo | dừng toàn bộ hoạt động xây dựng ...", "Giám đốc Sở GTVT ... cho hay từ năm 2015 HĐND
#: TP Hà Nội đã giao | UBND TP Hà Nội xây dựng nội dung này", "Theo Phó Thủ tướng Trương Hòa Bình, mặc dù Bộ Giao thông
#: vận tải đã chỉ đạo | dừng hoạt động nạo vét ..." (the person and the meeting are then looked for after those words)
#: (the verbs: tells_verbs.txt's "told" and, before a comma, a colon or "rằng", its "informs")
_TELLS = re.compile(r"(?<!\w)(?:" + lexicon.alternation(lexicon.tagged("tells_verbs.txt", "told"), spaces=True) + "|"
                    + lexicon.alternation(lexicon.tagged("tells_verbs.txt", "informs"), spaces=True)
                    + r"(?=\s*[,:]|\s+rằng(?!\w))|theo\s+[^,;:.!?]{1,80},)\s*")


#: a paper a body has sent or issued (directions_documents.txt's "paper"): "đã có công văn", "đã ban hành nhiều
#: văn bản", "đã gửi thư"
_PAPER_SENT = (r"(?<!\w)đã\s+(?:[^\W\d]+\s+){0,2}?(?:có|gửi|ban\s+hành|phát\s+đi|ra)\s+(?:\w+\s+){0,2}?(?:"
               + lexicon.alternation(lexicon.tagged("directions_documents.txt", "paper"), spaces=True) + r")(?!\w)")


@cache
def _paper_ordered() -> re.Pattern[str]:
    """An order a body gave before in a paper it sent, right before the point: "Ngành nông nghiệp Thanh Hóa cũng đã có
    công văn gửi các cơ sở đóng tàu, yêu cầu | khắc phục những trục trặc của tàu ...", "Bộ Tài chính đã có văn bản hỏa
    tốc, yêu cầu | Tổng cục Hải quan ngừng thông quan ...", "Bộ Quốc phòng đã ban hành nhiều văn bản quy định yêu cầu |
    các đơn vị ..." (whoever signed it: the paper is not the meeting); not a notice of the meeting's own conclusions
    ("đã có thông báo kết luận ...", "văn bản truyền đạt ý kiến chỉ đạo ...")."""
    return re.compile(_PAPER_SENT + r"(?:(?!kết\s+luận|ý\s+kiến)[^.;:!?\n]){0,100}?(?<!\w)"
                      r"(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao(?:\s+cho)?)\s*,?\s*$")


@cache
def _paper_issued() -> re.Pattern[str]:
    """A sentence telling a paper a body had issued, whose content the next one gives after "Theo đó,": "Ngày 10/5 vừa
    qua, Thủ tướng Chính phủ đã có quyết định ban hành Danh mục lĩnh vực quan trọng ... | Theo đó, có 11 lĩnh vực ...",
    "... và Bộ Xây dựng đã có văn bản phúc đáp. | Theo đó, Bộ Xây dựng đề nghị Hà Nội cần bổ sung làm rõ ..." (not a
    notice of conclusions: "đã có thông báo kết luận ...")."""
    return re.compile(_PAPER_SENT + r"(?:(?!kết\s+luận|ý\s+kiến)[^.!?\n])*[.!?\n]?\s*$")


_ACCORDINGLY = re.compile(r"\W*theo\s+đó\s*,")  # "Theo đó, ..." opening the sentence after the paper told
_PAPER_REACH = 180  # how far before a point the paper that asked it may be told
#: ... unless the point runs on to the order the paper led to at the meeting: "Thủ tướng Chính phủ đã có công điện yêu
#: cầu | tăng cường công tác phòng chống dịch, vì vậy ông Lê Văn Hoạt yêu cầu toàn bộ đại biểu phải đeo khẩu trang ..."
_ORDERS_THEREFORE = re.compile(r"(?<!\w)(?:vì\s+vậy|vì\s+thế|do\s+đó|do\s+vậy)(?!\w)[^.;]*?(?<!\w)"
                               r"(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)(?!\w)")
#: what lies between an order already given and the next point that goes on with it in the same sentence: "UBND TP
#: Hải Phòng đã chỉ đạo | dừng lễ hội chọi trâu 2017; | lấy mẫu xét nghiệm ...; | báo cáo kết quả ..."; or an item
#: not taken between them, with no new order: "... Lĩnh vực ngân hàng (Ngân hàng Nhà nước)|; Lĩnh vực quốc phòng (Bộ
#: Quốc phòng); |Lĩnh vực an ninh ..."
_ORDER_GOES_ON = re.compile(r"[ \t;,]*(?:(?:và|đồng[ \t]+thời)(?!\w)[ \t]*,?[ \t]*)?"
                            r"|[ \t]*;(?:(?!yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao|kêu\s+gọi)[^.!?\n;]){1,80};[ \t]*")


#: what may open the clause before its subject: "Hiện UBND quận Cầu Giấy đã yêu cầu ...", "Mới đây, Thành phố đã
#: giao ..."
_CLAUSE_OPENER = re.compile(r"(?:(?:hiện\s+nay|hiện|mới\s+đây|sau\s+đó|đặc\s+biệt|cùng\s+với\s+đó|ngoài\s+ra|"
                            r"tuy\s+nhiên|trong\s+khi\s+đó|đồng\s+thời)\s+)+")
_SUBJECT_HEAD = 2  # words of the subject looked for in the sentence that tells the meeting


def ordered_before(doc: Doc, points: list[Span], people: list[tuple[Person, list[Span]]],
                   anchor: int | None = None, away: Sequence[int] = ()) -> list[bool]:
    """For each point, whether its sentence gives it as an order a body (no person) had already given ("Phòng Giáo
    dục quận đã chỉ đạo đình chỉ 2 cô giáo", "Bộ Quốc phòng đã chỉ đạo dừng toàn bộ hoạt động xây dựng ..."): what
    was done before the meeting, its background, not what the meeting set out. Not the body that holds the meeting,
    named in the sentence that tells it at `anchor` ("Ngày 16/5, Sở Y tế Đà Nẵng đã có cuộc họp khẩn ... | Sở Y tế đã
    yêu cầu Chi cục Vệ sinh an toàn thực phẩm đình chỉ ngay ..."). Whoever it was, what a paper already sent asked
    ("... đã có công văn gửi ..., yêu cầu ...", "... đã có quyết định ... | Theo đó, ..."), and the points that go on
    with an order already given ("...; lấy mẫu xét nghiệm ...; báo cáo kết quả ..."). A person does give it when the
    event sets them aside (`away`, the starts of their mentions, sorted): told of, not at the meeting ("Bí thư Thành ủy
    Nguyễn Thiện Nhân đã chỉ đạo ...")."""
    mentions = sorted(span[0] for _, spans in people for span in spans)
    told = _sentence(doc, anchor) if anchor is not None else None
    out = []
    for start, end in points:
        last = max(((stop, flagged) for (_, stop), flagged in zip(points, out) if stop <= start), default=None)
        if last and last[1] and _ORDER_GOES_ON.fullmatch(doc.low, last[0], start):
            out.append(True)  # the order goes on after ";": "... đã chỉ đạo dừng lễ hội ...; lấy mẫu xét nghiệm ..."
            continue
        if _paper_ordered().search(doc.low, max(0, start - _PAPER_REACH), start) \
                and not _ORDERS_THEREFORE.search(doc.low, start, end):
            out.append(True)
            continue
        sentence_start = _sentence(doc, start)[0]
        if _ACCORDINGLY.match(doc.low, sentence_start, start) and sentence_start \
                and _paper_issued().search(doc.low, _sentence(doc, sentence_start - 1)[0], sentence_start):
            out.append(True)
            continue
        cue = _ALREADY_ORDERED.search(doc.low, max(0, start - _ORDER_REACH), start)
        if not cue:
            out.append(False)
            continue
        sentence_start = _sentence(doc, cue.start())[0]
        # (from the last "cho biết / Theo X," on: the one who tells it is not the one who gave it)
        s_start = max((m.end() for m in _TELLS.finditer(doc.low, sentence_start, cue.start())), default=sentence_start)
        # (a person the event sets aside, not at it, who "đã chỉ đạo": an order given before or elsewhere, "Bí thư
        # Thành ủy Nguyễn Thiện Nhân đã chỉ đạo trong tháng 7 chủ đầu tư ... phải mở cửa ..." told by the one reporting)
        if bisect_left(away, cue.start()) > bisect_left(away, s_start):
            out.append(True)
            continue
        named = bisect_left(mentions, cue.start()) > bisect_left(mentions, s_start)
        if named or _A_PERSON.search(doc.low, s_start, cue.start()) \
                or at_a_meeting().search(doc.low, s_start, cue.start()):
            out.append(False)
            continue
        clause = re.split(r"[,;:]", doc.low[s_start:cue.start()])[-1].strip()
        words = _CLAUSE_OPENER.sub("", clause, count=1).split()[:_SUBJECT_HEAD]
        holds = bool(words) and told is not None and " ".join(words) in " ".join(doc.low[told[0]:told[1]].split())
        out.append(not holds or bool(_ORDERED_EARLIER.search(doc.low, sentence_start, cue.start())))
    return out

