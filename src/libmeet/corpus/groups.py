"""Events across articles: which per-article records report the same meeting.

Two records are candidates only when they share a day (a day of one falls within the other's
dates) and either the province (abroad with none: the country) or the kind family: records are put into blocks keyed by
(day, province or foreign country) and (day, kind family), and only records within a block are compared, so a corpus
costs about the sum of its blocks' squares, near-linear for news (tens of records a day and place).
A block too large to compare pair by pair (a national holiday over a big corpus) is split further by
kind family and province.

A candidate pair is the same meeting when the evidence says so: the same file bytes; the same story (titles that
share most of their word pairs); the same event name within a kind family (a generic name, keys.is_generic, only
with an attendee or a title in common); two shared named attendees with a similar name or title (or with a name too
short to compare, within one province or when they are three); within one province and from the same first day,
names and titles about the same subject (their words alike, rare words weighing more; more alike when both name
attendees and none in common), or one shared attendee at a kind of meeting a body holds once a day (not "several
a day": the many reports of one giao ban, each on another topic); reports of one kind and day whose place some
outlets do not give (a ministry's press conference placed in Hà Nội by one outlet, nowhere by the others; not
abroad) on two attendees in common. Pairs are joined strongest first, and a join is refused when the two groups
would then name two provinces, countries or editions, have no kind family or subkind in common, or hold names that
disagree (a name of one group that agrees with no name of the other, or other numbers; within one province, a name
telling only whom the meeting was with weighs the attendees the groups have in common), or name each a chair the
other does not name at all (chair_roles.txt: the Front's conferences of 10/2 with the Government and with the
Assembly's Standing Committee, named alike), or have names that place them in other districts or communes
(keys.name_units: the General Secretary's voters of Ba Đình and Tây Hồ, of Hoàn Kiếm, 13/5), so groups never chain
across places or events; but two reports of one day named alike with two attendees in common, or with three when one
name says nothing, are one meeting whatever provinces they name (an outlet places a meeting where its subject is, not
where it was held), and the group they make takes another report of either province only on an attendee in common.
Reports abroad placed by one country alone join on an attendee in common when each one's name stands in the other's
words (_one_abroad), and on two (a foreign one among them) when the one names no one the other does not, nor its name
anyone the other does not name (_one_party: the same people meeting; kinds of two parties meeting, "one party" in
kind_rules.txt, are then one family and their names, which tell how it went, "cuộc gặp kín kéo dài hơn 120 phút", not
which meeting, do not set them apart unless two say each another partner; such records are compared across kinds within
their day and country; groups of such kinds telling two meetings, each naming other foreigners, are two however a
report naming both chained them: _other_parties). A press conference ("once a day") of one day placed by one report
at most joins on an official in common when the one names no one the other does not (_one_of_the_day), and one day of a
numbered meeting (one edition) on one, each name saying more than its number but of a sitting (_one_session); names
that set two meetings on two sides of one occasion ("trước trận", "sau trận": keys.name_sides) are two. A name that
says no more than its kind ("buổi tiếp xúc cử tri") weighs less than two attendees in common, and two reports so named
weigh as their attendees in common do. Two reports named as one
(the same title or name) are not set apart by the chairs each names.

What a kind asks beyond that is data, kind_rules.txt (keys.kind_rules: kind -> rules, a kind to a line), each rule
told there and weighed once here or in keys: kinds held "several a day" (above); kinds "apart unless N shared", two
records or groups of one class being two meetings unless they have N people in common or one names no one the other
does not (_apart; receptions, "tiếp", "hội kiến", "cuộc gặp", "gặp mặt": host and guest, a foreign guest written
two ways by reports named alike being one, _spelled_alike; meetings with voters,
"tiếp xúc cử tri": a deputy); "unplaced sittings" of one kind told without their place (the Assembly's "phiên họp",
named by the kind alone), weighed as of one province on attendees and subject only, and joined on one attendee when
of one session's number ("kỳ họp thứ 3": the Assembly's opening); subkinds (keys.subkind: a giao ban is never a
"làm việc"); and kinds of their own family when the name says so (keys.kind_family: "họp báo").

Names are read as parsers leave them: what an event name says is taken before its first comma (the rest is
the sentence it was cut from: "tọa đàm, tiếp thu"), without the attendees' names, not past "bên lề" (a
meeting on the sidelines of a summit is not the summit), and without where a meeting abroad was held ("làm việc tại
Cộng hòa Liên bang Đức": a visit's sessions of a day, keys.without_country); a name that refers back to its text
("hội thảo về nội dung này": keys.refers_back) says nothing of its own. Two names disagree when they share no
telling word, unless one's rare words stand in the other's title and the records share an attendee ("Hội nghị RCEP" of
one outlet is the spelled-out "Hội nghị Bộ trưởng giữa kỳ ... Hiệp định Kinh tế Toàn diện Khu vực" under a title naming
RCEP) or two attendees and one name says nothing (or was cut short mid-word). Kinds of neighbouring families
(kind_neighbours.txt: a hội nghị and a hội thảo) join only on a name or title in common.

Pairs of equal strength are joined in the order of their records' ids (the smaller of each pair's first), so the
groups are the same whatever order the records come in.

`event_group` is "grp-" followed by the hex of the smallest member record id: the same articles give
the same id whatever order they come in, and adding an article keeps it unless that article's id is
smaller.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from itertools import combinations

from ..parse.names import is_vietnamese_name
from ..parse.normalize import fold
from ..parse.places import VIETNAM
from .keys import (apart_classes, bigrams, chair_roles, countries_named, is_generic, is_term, is_year, jaccard,
                   kind_family, kind_rule, maybe_one_person, name_key, name_own, name_partner, name_proper, name_sides,
                   name_units, names_people, neighbour_families, numbers, one_party, one_party_families, refers_back,
                   sitting_words, spelled_out, spelled_two_ways, subkind, telling_words, without_country,
                   without_people)

#: days of a multi-day event that put it into blocks (a congress of a week; a longer span is a campaign)
MAX_SPAN_DAYS = 7
#: a word in at most this share of the records (or RARE_MIN of them) is rare: one in the title of a record
#: and in the name of another says the two are about one thing
RARE_SHARE = 0.02
RARE_MIN = 3
#: how alike the subjects of two reports of one day and province must be (their words, rare ones weighing more)
#: with no attendee in common: when neither or only one names attendees, and when both name others
TOPIC_ALONE = 0.2
TOPIC_APART = 0.3
#: attendees in common that make two reports of one first day one meeting whatever provinces they name (_misplaced)
MISPLACED_SHARED = 3
#: the share of word pairs two names have in common that names them as one (_named_alike), so that each naming
#: another chair does not set them apart (_other_chairs)
NAMED_AS_ONE = 0.8
#: the share of word pairs two names of receptions have in common that names one guest, whose name each writes its
#: own way (_spelled_alike)
GUEST_NAMED_ALIKE = 0.6
#: a block with more records than this is compared within its (kind family, province) sub-blocks only
MAX_BLOCK = 200


@dataclass(frozen=True)
class EventKey:
    """What grouping looks at in one record."""

    index: int
    id: str
    sha256: str
    start: dt.date | None
    end: dt.date | None
    kind: str | None
    family: str | None
    subkind: str | None  # keys.subkind: a giao ban, a working visit ... (two of them are never one meeting)
    province: str | None
    country: str | None
    edition: int | None
    name: frozenset[str]
    generic: bool  # a name every body uses (keys.is_generic)
    words: frozenset[str]  # the telling words of the name (keys.telling_words; a generic name cannot disagree)
    says: frozenset[str]  # those of its proper part before whom it was with (keys.name_own): none, it cannot disagree
    numbers: frozenset[str]
    title: frozenset[str]
    topic: frozenset[str]  # the telling words of name and title together, but for the province's
    people: frozenset[str]
    partner: frozenset[str] = frozenset()  # the word pairs of whom the name says it was with (keys.name_partner)
    chairs: frozenset[str] = frozenset()  # the people it names as chairing it (keys.chair_roles), of `people`
    units: frozenset[str] = frozenset()  # the districts and communes its name places it in (keys.name_units)
    sides: frozenset[str] = frozenset()  # the side of an occasion its name sets it on (keys.name_sides)
    foreign: frozenset[str] = frozenset()  # the people of `people` whose names are not Vietnamese ones
    named: frozenset[str] = frozenset()  # the people of `people` its name names ("cuộc gặp với ... Paul Ryan")
    # the foreign countries its name and its foreign people's organisations name (keys.countries_named)
    countries: frozenset[str] = frozenset()

    @classmethod
    def of(cls, index: int, record: dict) -> EventKey:
        place = record.get("place") or {}
        source = record.get("source") or {}
        start, end = _date(record.get("start_date")), _date(record.get("end_date"))
        attendees = [a.get("name") or "" for a in record.get("attendees") or []]
        province = telling_words(place.get("province"))  # "cuộc họp ... Hà Nội" says where, not which meeting
        kind = record.get("kind")
        # (so does "làm việc tại Cộng hòa Liên bang Đức" of a visit abroad: keys.without_country)
        name = without_country(record.get("name"), place.get("country"))
        # (Vietnamese names only: a foreign chair is spelled one way by one outlet and another by the next, "Esteban
        # Lazo Hernández" and "Hoan Ết-xtê-ban La-xô Ê-rơ-nan-đết", so another's not naming them says nothing)
        chairs = frozenset(k for a in record.get("attendees") or [] if (k := name_key(a.get("name")))
                           and is_vietnamese_name(a.get("name") or "")
                           and not chair_roles().isdisjoint(fold(r) for r in a.get("roles") or []))
        unpeopled = name_proper(name, attendees, cut=False)
        proper = name_proper(name, attendees)
        return cls(
            index=index, id=record.get("id") or "", sha256=source.get("sha256") or "",
            start=start, end=end if end and start and end >= start else start,
            kind=record.get("kind"), family=kind_family(record.get("kind"), record.get("name")),
            subkind=subkind(record.get("kind"), record.get("name")),
            province=place.get("province"), country=place.get("country"), edition=record.get("edition"),
            # (what a name says is read with its abbreviations written out: "LĐLĐ TPHCM" is "Liên đoàn Lao động", in
            # the city the record is placed in)
            # (generic too when it says no more than its kind: "buổi tiếp xúc cử tri")
            name=bigrams(unpeopled), generic=is_generic(proper) or not telling_words(proper) - telling_words(kind),
            words=telling_words(spelled_out(unpeopled)) - province,
            says=frozenset() if _cut_short(proper) or refers_back(proper)
            else telling_words(spelled_out(name_own(proper))) - province,
            numbers=numbers(proper),
            title=bigrams(source.get("title")),
            # (spelled out as words and says are, so a rare word of one's name meets the other's abbreviated title)
            topic=telling_words(spelled_out(f"{unpeopled} {without_people(source.get('title') or '', attendees)}"))
            - province,
            people=frozenset(k for a in attendees if (k := name_key(a))),
            # (without the province: "UBND TP.HCM" and "Công an TP.HCM" are told apart by what is not the city)
            partner=bigrams(spelled_out(name_partner(proper)).replace(fold(place.get("province") or "") or "\0", " ")),
            chairs=chairs, units=name_units(record.get("name")), sides=name_sides(record.get("name")),
            foreign=frozenset(k for a in attendees if (k := name_key(a)) and not is_vietnamese_name(a)),
            named=names_people(record.get("name"), attendees),
            countries=countries_named(record.get("name"), *(a.get("organization") for a in record.get("attendees") or []
                                                           if not is_vietnamese_name(a.get("name") or ""))),
        )

    def days(self) -> list[dt.date]:
        if self.start is None:
            return []
        span = min((self.end - self.start).days, MAX_SPAN_DAYS - 1)
        return [self.start + dt.timedelta(days=d) for d in range(span + 1)]


def _cut_short(name: str) -> bool:
    """A name that ends in a lone Latin letter was cut off mid-word ("... của Chính phủ và Ủy ban T"; "châu Á"
    is a word)."""
    words = name.split()
    return bool(words) and len(words[-1]) == 1 and words[-1].isascii() and words[-1].isalpha()


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@dataclass
class Group:
    """One meeting: the indexes of its records in the list given, in that order."""

    id: str
    members: list[int] = field(default_factory=list)


def _overlap(a: EventKey, b: EventKey) -> bool:
    return a.start is not None and b.start is not None and a.start <= b.end and b.start <= a.end


def _weighted_jaccard(a: frozenset[str], b: frozenset[str], weight: dict[str, float]) -> float:
    union = a | b
    total = sum(weight.get(w, 1.0) for w in union)
    return sum(weight.get(w, 1.0) for w in a & b) / total if total else 0.0


def strength(a: EventKey, b: EventKey, rarity: dict[str, float] | None = None, rare: frozenset[str] = frozenset()
             ) -> float:
    """How sure it is that two records report the same meeting: 0 (not the same) to 1 (the same file).

    rarity: the weight of each topic word (its inverse document frequency over the corpus), so that a
    rare word in common (Chemroad, Sen Vàng) says more than a common one (doanh nghiệp, phát triển).
    rare: the words in few records (_rarity): one of them in common with an attendee in common says one subject.
    """
    if not _overlap(a, b):
        return 0.0
    if a.sha256 and a.sha256 == b.sha256:
        return 1.0
    if _apart(a, b, rare):
        return 0.0
    title = jaccard(a.title, b.title)
    name = jaccard(a.name, b.name) if len(a.name) >= 2 and len(b.name) >= 2 else None
    shared = len(a.people & b.people)
    same_family = a.family is not None and a.family == b.family
    if title >= 0.5:
        return 0.5 + title / 2
    generic = a.generic or b.generic
    named = 0.0
    if name is not None and name >= 0.6 and neighbour_families(a.family, b.family) and (
            not generic or shared >= 1 or title >= 0.3):
        if not generic:
            return 0.4 + name / 2
        # (a name that says nothing, alike, weighs less than two attendees in common: the General Secretary's "buổi
        # tiếp xúc cử tri" with Hoàn Kiếm's voters and "tiếp xúc cử tri trước kỳ họp thứ ba" with Ba Đình's, 13/5; two
        # reports so named that have two in common weigh as those two do, not less)
        named = 0.2 + name / 10
    sitting = _unplaced_sittings(a, b)
    # two officials at one kind of meeting of one day, its place said by one outlet at most, names too short to
    # compare or sharing a word pair ("buổi họp báo thường kỳ", "buổi họp báo thông báo kết quả công tác quý II của Bộ
    # Nội vụ", "họp báo thường kỳ Bộ Nội vụ": the ministry's press conference of 27/6)
    # (of one kind: the day's communiqué, "họp phiên toàn thể" on the morning's bill, and the afternoon's "phiên họp" on
    # another, under the same chairs, are two; so are a "cuộc họp thượng đỉnh" and a "hội nghị thượng đỉnh EU")
    one_day = a.start == b.start and a.kind is not None and a.kind == b.kind and _placed_alike(a, b) and (
        name is None or name > 0)
    if shared >= 2 and (name is not None and name >= 0.2 or title >= 0.2 or one_day or name is None and (
            shared >= 3 or a.province is not None and a.province == b.province) or _one_party(a, b)):
        return max(named, 0.3 + min(shared, 5) / 50 + title / 10)
    if named:
        return named
    if shared < 2 and a.partner and b.partner and not a.partner & b.partner:
        # one host's sessions of a day with two bodies, one official in common: Vương Đình Huệ's "làm việc với Bộ Y tế
        # về đổi mới cơ chế hoạt động" and "làm việc với Bộ Giáo dục và Đào tạo về đổi mới cơ chế quản lý" of 20/5
        return 0.0
    if shared >= 1 and same_family and (name is not None and name >= 0.3 or title >= 0.3):
        return 0.2 + title / 10
    if shared >= 1 and same_family and _one_abroad(a, b, rare):
        return 0.15  # one meeting abroad, each report's name in the other's words
    if shared >= 1 and _one_session(a, b):
        return 0.15  # one day of one numbered session ("kỳ họp thứ 3", "lần thứ năm") under one of its chairs
    one_province = a.province is not None and a.province == b.province
    if (one_province or sitting) and same_family and a.start == b.start:  # weak evidence: the same first day too
        topic = _weighted_jaccard(a.topic, b.topic, rarity or {})
        # both name people and none in common: the subject must say more (one day's working sessions on one case)
        alone = TOPIC_APART if a.people and b.people and not shared else TOPIC_ALONE
        # unplaced sittings: the rare words both titles give the bill or matter ("tội" of "Không tố giác tội xâm phạm
        # an ninh quốc gia ..." and "Bổ sung tội kinh doanh đa cấp trái phép vào Bộ luật Hình sự")
        told = len(a.topic & b.topic & rare) if sitting else 0
        if topic >= alone or told >= 3 or shared >= 1 and (topic >= 0.12 or told) or sitting and _one_matter(a, b):
            return 0.15  # one province, one day, one subject
        if not one_province:
            return 0.0
        if shared >= 1 and not kind_rule(a.kind).several_a_day and not kind_rule(b.kind).several_a_day:
            return 0.1  # one official at one body's meeting of the day in one province: its many reports
    if shared >= 1 and _one_of_the_day(a, b):
        return 0.1  # one official at a body's meeting of the day, its place said by one outlet at most
    return 0.0


def _one_of_the_day(a: EventKey, b: EventKey) -> bool:
    """Whether two records are of one kind a body holds once a day ("once a day", kind_rules.txt: a press conference),
    of one first day, each placed in one province or none said by one of them (_placed_alike), at home by one of them
    at least, the one naming no one the other does not: a ministry's press conference placed in Hà Nội by one outlet
    and nowhere by the others, each telling it through another answer of its spokesman (Bộ Công Thương's "họp báo
    thường kỳ" of 14/7, Đỗ Thắng Hải in each; the foreign ministry's of 15/6, Lê Thị Thu Hằng). Not two bodies' press
    conferences of a day, each naming its own official beside one in common, nor a leader's summits of a day told with
    no country (Trump at the EU's and at NATO's, 25/5). Within one province, strength weighs it already."""
    return (a.start == b.start and a.kind is not None and a.kind == b.kind and kind_rule(a.kind).once_a_day
            and _placed_alike(a, b) and VIETNAM in (a.country, b.country)
            and (a.people <= b.people or b.people <= a.people))


def _apart(a: EventKey, b: EventKey, rare: frozenset[str] = frozenset()) -> bool:
    """Whether two records of one class "apart unless N shared" (kind_rules.txt) are two meetings (_too_few_shared).
    Receptions: the President's "tiếp Ngài Sayed Altayed Ahmed" and "tiếp ngài Park Won-soon" of 25/5; the President's
    and the Assembly chair's receptions of Queen Máxima ("Thủ tướng tiếp một số doanh nhân, trí thức gốc Việt", the
    host alone, may join either). Meetings with voters: the General Secretary's in Hà Nội and the Prime Minister's in
    Đồ Sơn, Hải Phòng, both of 13/5 (a report naming no deputy may join either). A guest written two ways is one
    (_spelled_alike)."""
    rule = kind_rule(a.kind).apart_unless
    return rule is not None and rule == kind_rule(b.kind).apart_unless and _too_few_shared(
        a.people, b.people, rule[1], _spelled_alike({a}, {b}, rare))


def _too_few_shared(x: Set[str], y: Set[str], least: int, spelled: Set[tuple[str, str]] = frozenset()) -> bool:
    """Whether two records or groups of one class "apart unless N shared" are two meetings: fewer than N (least) of
    their people in common, and each names someone the other does not. spelled: pairs of a person of x and one of y
    that are one person written two ways (_spelled_alike), each counted in common, once."""
    only_x, only_y = set(x - y), set(y - x)
    common = len(x & y)
    for p, q in sorted(spelled):
        if p in only_x and q in only_y:
            only_x.discard(p)
            only_y.discard(q)
            common += 1
    return common < least and bool(only_x) and bool(only_y)


def _spelled_alike(x: Set[EventKey], y: Set[EventKey], rare: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The foreign people of records of x and of y that are one person written two ways (keys.spelled_two_ways: "Ơn
    Oát-xlơ" and "Ernst Wastler"; "V. Volodin" and "Vyacheslav Volodin"), where the two records name their meeting
    alike (GUEST_NAMED_ALIKE of their word pairs, _names_alike) and their names share a rare word but for their kinds',
    whom the guest is ("cuộc tiếp Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed" and "tiếp Chủ tịch kiêm Giám đốc
    điều hành Tập đoàn Vamed của Áo": the Prime Minister's reception in the Netherlands, 9/7). Not of names alike but
    for the guest: the President's receptions of the ministers of Canada and of Indonesia, 21/5, "buổi tiếp Bộ trưởng
    Thương mại quốc tế Canada" and "buổi tiếp Bộ trưởng Thương mại Indonesia"."""
    return frozenset((p, q) for a in x if a.foreign for b in y if b.foreign
                     and not (a.countries and b.countries and a.countries.isdisjoint(b.countries))
                     and (a.words & b.words & rare) - telling_words(a.kind) - telling_words(b.kind)
                     and _names_alike(a, b, GUEST_NAMED_ALIKE)
                     for p in a.foreign for q in b.foreign if spelled_two_ways(p, q))


def _unplaced_sittings(a: EventKey, b: EventKey) -> bool:
    """Whether two records tell a sitting of one kind without its place ("Chiều 12/6, Quốc hội thảo luận ở hội trường
    về dự thảo Nghị quyết về xử lý nợ xấu": the Assembly in its hall), of one country or none said."""
    return (a.province is None and b.province is None and kind_rule(a.kind).sitting and a.kind == b.kind
            and (a.country is None or b.country is None or a.country == b.country))


def _placed_alike(a: EventKey, b: EventKey) -> bool:
    """Whether two records of one day may be of one place: one province or none said by either (a ministry's press
    conference, "buổi họp báo định kỳ của Bộ Nội vụ", placed in Hà Nội by one outlet and nowhere by the others), not
    abroad. Not two meetings abroad placed by their country alone: a visit's or a summit's meetings of one day have
    the same leaders (the President's "hội kiến" with Li Keqiang and with Zhang Dejiang in Beijing on 12/5)."""
    if a.province is None and b.province is None:
        return a.country in (None, VIETNAM) and b.country in (None, VIETNAM)
    return (a.province is None or b.province is None or a.province == b.province) and (
        a.country is None or b.country is None or a.country == b.country)


def _one_party(a: EventKey, b: EventKey) -> bool:
    """Whether two records of one first day abroad, placed by one country alone, tell one meeting of the same people:
    a foreign attendee in common and no one the one names that the other does not name, of one kind family or both of
    kinds of two parties meeting ("one party", kind_rules.txt: a "cuộc gặp" of one outlet is a "hội đàm" of the next).
    The President's "hội đàm hẹp" with Lukashenko (Minsk, 27/6) and "hội đàm với Tổng thống Belarus Lukashenko",
    naming the two presidents; "cuộc gặp hẹp và hội đàm" and "hội đàm với Tổng thống Nga Vladimir Putin" (Moscow,
    29/6). Not two meetings of a visit (_placed_alike): each names a host the other does not (Li Keqiang, Zhang
    Dejiang in Beijing, 12/5), and a talks' host named in a reception's report beside its own host leaves neither
    within the other; nor the joint press conference after the talks (its own family); nor a meeting whose name names
    someone the other does not name (Trump's and Moon's "cuộc gặp với Chủ tịch Hạ viện Mỹ Paul Ryan" and their talks,
    Washington, 29/6: keys.names_people)."""
    return (a.start == b.start and a.province is None and b.province is None and a.country not in (None, VIETNAM)
            and a.country == b.country and (a.family == b.family or one_party(a.kind) and one_party(b.kind))
            and not a.people.isdisjoint(b.people & (a.foreign | b.foreign))
            and (a.people <= b.people or b.people <= a.people) and a.named <= b.people and b.named <= a.people)


def _one_abroad(a: EventKey, b: EventKey, rare: frozenset[str]) -> bool:
    """Whether two records of one first day abroad, placed by one country alone, name each other's meeting: a rare
    word of each one's name stands in the other's name or title (the Macron-Putin "cuộc họp báo chung" of 29/5 under
    "Macron chỉ trích truyền thông Nga trước Putin" and "Cuộc gặp thượng đỉnh Nga-Pháp ..."; "Hội nghị G20" and
    "Hội nghị Thượng đỉnh G20"). Both ways: a visit's or a summit's meetings of one day have the same leaders, and an
    article on the EU summit whose title names NATO is not the NATO summit (_placed_alike); and not by the words of
    its kind ("kiến" of two "hội kiến")."""
    if not (a.start == b.start and a.province is None and b.province is None and a.country not in (None, VIETNAM)
            and a.country == b.country):
        return False
    return all((x.words - telling_words(x.kind)) & y.topic & rare for x, y in ((a, b), (b, a)))


def _one_session(a: EventKey, b: EventKey) -> bool:
    """Whether two records tell one day of a numbered meeting or session ("kỳ họp thứ 3" of 22/5, placed in Hà Nội by
    some outlets and nowhere by others; the Central Committee's plenum closing of 10/5, "hội nghị Trung ương lần thứ
    năm" through the General Secretary's speech and "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII"
    through the communiqué): of one kind, day and edition, the place of neither said otherwise; of a kind other than a
    sitting's ("unplaced sitting", kind_rules.txt), each name saying more than its kind and number (not is_generic): a
    "hội nghị lần thứ 5" may be any body's, not the "hội nghị lần thứ năm của Hội đồng Lý luận Trung ương" of one of
    its attendees."""
    return (a.kind == b.kind and a.edition is not None and a.edition == b.edition and a.start == b.start
            and _placed_alike(a, b) and (kind_rule(a.kind).sitting or not (a.generic or b.generic)))


#: a sitting's form in its name's word pairs (keys.bigrams: "hội", "tại", "ở" are no content words): the debate or the
#: work in the hall ("thảo luận ở hội trường", "làm việc tại hội trường", "thảo luận tại nghị trường") or in the groups
#: ("thảo luận tại tổ", "thảo luận ở tổ", "phiên thảo luận tổ", "làm việc tại tổ")
_IN_HALL = frozenset({"luận trường", "việc trường"})
_IN_GROUPS = frozenset({"luận tổ", "việc tổ"})


def _one_matter(a: EventKey, b: EventKey) -> bool:
    """Whether two unplaced sittings of one day name one matter: their names share a word that is not of the sitting's
    form (sitting_words.txt), and not one in the hall and one in the groups. The Assembly's debate of 9/6, each outlet
    through other deputies: "phiên thảo luận về kinh tế", "thảo luận ở hội trường về tình hình kinh tế"; not the
    morning's "thảo luận ở hội trường" and the afternoon's "thảo luận tại tổ" (told by the name's word pairs, _IN_HALL
    and _IN_GROUPS: not the "tổ" of "Tổ chức" nor the "trường" of "môi trường", "thị trường")."""
    forms = (_IN_GROUPS & a.name, _IN_HALL & b.name), (_IN_GROUPS & b.name, _IN_HALL & a.name)
    return bool((a.says & b.says) - sitting_words()) and not any(x and y for x, y in forms)


def _named_alike(a: EventKey, b: EventKey, least: float = 0.6) -> bool:
    """Whether two records name their meeting alike: titles that share most word pairs, or the same name that is
    not one every body uses (least: the share of word pairs, of the titles too when it asks more than half;
    NAMED_AS_ONE, named as one)."""
    return jaccard(a.title, b.title) >= max(0.5, least) or _names_alike(a, b, least)


def _names_alike(a: EventKey, b: EventKey, least: float) -> bool:
    """Whether two records give their meeting the same name, one that not every body uses (least: the share of word
    pairs)."""
    return len(a.name) >= 2 and len(b.name) >= 2 and not (a.generic or b.generic) and jaccard(a.name, b.name) >= least


def _disagree(x: tuple[frozenset[str], ...], y: tuple[frozenset[str], ...], rare: frozenset[str], together: int = 0
              ) -> bool:
    """Two names say two events: they share no telling word, unless the two records share an attendee and the
    telling words of one, rare in the corpus, stand in the other's title (one outlet names the meeting by its
    acronym, the other spells it out and puts the acronym in its title: "Hội nghị RCEP" and "Hội nghị Bộ trưởng giữa
    kỳ lần thứ 3 Hiệp định Kinh tế Toàn diện Khu vực" under "Thời điểm quan trọng để tạo bước đột phá cho RCEP", Trần
    Tuấn Anh in both; "Hội nghị MRT23" under "APEC 2017: ..." and "Hội nghị các Bộ trưởng phụ trách Thương mại
    APEC"), or they share two attendees and either one name says nothing (no telling word before its first comma:
    "tọa đàm, tiếp thu"; or cut short: "hội nghị liên tịch ... của Chính phủ và Ủy ban T") or the rare words stand
    in a title ("hội nghị Diên Hồng" under the title "Cần quy hoạch vùng nuôi tôm", with the Prime Minister and two
    ministers, is the "Hội nghị phát triển ngành tôm" of other outlets; an article on the EU summit whose title names
    NATO, with one leader in common, is not the NATO summit).

    together: the attendees the groups of the two records have in common, of one province (_conflict): a name that says
    nothing of its own but whom the meeting was with weighs as of two in common when the groups have two, whatever its
    record has (the Sen Vàng owner's meeting with the parents of 7/2: "buổi làm việc với 73 phụ huynh có con học",
    naming the city's and the district's officials, and "cuộc họp với Phòng Giáo dục và Đào tạo Q.Hai Bà Trưng",
    naming the owner and the head of the district's office; whom it was with is told each outlet its own way)."""
    (x_words, x_says, x_topic, x_people), (y_words, y_says, y_topic, y_people) = x, y
    if x_words & y_words:
        return False
    shared = len(x_people & y_people)
    told = (x_words & y_topic | y_words & x_topic) & rare
    if shared < 2 and (together < 2 or x_says and y_says):
        return not (shared and told)
    return bool(x_says and y_says and not told)


def _conflict(a: dict[str, set], b: dict[str, set], neighbours: bool = False, rare: frozenset[str] = frozenset(),
              misplaced: bool = False, shares: bool = False, as_one: bool = False, parties: bool = False) -> bool:
    """Two groups are different meetings when they name different provinces, countries or editions,
    when they have no kind family (or no subkind: giao ban, làm việc ...) in common, when a name in one
    disagrees with every name in the other (_disagree: one group holds the garbled name or the nickname
    that only some of the other's records agree with), or when a name states other numbers than a name of
    the other (lần thứ 12, thứ 7), or when both are of a class "apart unless N shared" and two meetings
    (_too_few_shared: the people their reports of that class name, one report naming the host alone joining neither
    to the other).

    neighbours: the pair that would join the groups names its meeting alike, so kinds of neighbouring families
    (kind_neighbours.txt: a hội nghị and a hội thảo) do not set the groups apart.
    misplaced: the pair is one meeting whatever provinces its records name (_misplaced), so the groups' provinces do
    not set them apart.
    shares: the pair has an attendee in common, so a group that holds two provinces after a misplaced join takes
    another report of either (the shrimp conference of 6/2 in Cà Mau, one outlet placing it in Bạc Liêu: its other
    Cà Mau reports, the Prime Minister in each); on the subject alone it takes none (another Đà Nẵng tọa đàm on Sơn Trà
    that day, with no one in common, is not the Hà Nội tọa đàm of the group of Hà Nội and Đà Nẵng).
    as_one: the pair is named as one (_named_alike, NAMED_AS_ONE: the same title or name), so the chairs each names
    do not set the groups apart (_other_chairs).
    parties: the pair tells one meeting of two parties abroad (_one_party), so kinds of two parties meeting
    (keys.one_party_families: a "cuộc gặp" and a "hội đàm") do not set the groups apart, nor do their names, when no
    two names of the groups say each another partner (keys.name_partner); and groups of such kinds that tell two such
    meetings (_other_parties) are two, however one report naming both chained them (not a summit's reports, each naming
    other leaders)."""
    if parties and a["family"] | b["family"] <= one_party_families():
        if _other_parties(a, b):
            return True
        parties = not any(x.isdisjoint(y) for x in a["partners"] for y in b["partners"])
    if any(a[k] and b[k] and a[k] != b[k] for k in ("country", "edition")) or (
            not misplaced and a["province"] and b["province"] and a["province"] != b["province"]
            and not (shares and a["province"] & b["province"])):
        return True
    if a["family"] and b["family"] and not a["family"] & b["family"] and not (
            neighbours and all(neighbour_families(x, y) for x in a["family"] for y in b["family"])) and not (
            parties and a["family"] | b["family"] <= one_party_families()):
        return True
    if a["subkind"] and b["subkind"] and not a["subkind"] & b["subkind"]:
        return True
    if any(_other_numbers(x, y) for x in a["numbers"] for y in b["numbers"]):
        return True
    if any(_other_units(x, y) for x in a["units"] for y in b["units"]):
        return True  # two districts or communes (the General Secretary's voters of Ba Đình and Tây Hồ in the morning,
        # of Hoàn Kiếm in the afternoon, 13/5), however a report naming none chained them
    if _other_sides(a["sides"], b["sides"]):
        return True  # before and after one occasion (the coaches' press conferences before and after the match)
    if not as_one and _other_chairs(a, b):
        return True  # each names a chair the other does not name at all (the Front's conferences with the Government
        # and with the Assembly's Standing Committee, 10/2, under names alike)
    if any(_too_few_shared(a[f"apart {cls}"], b[f"apart {cls}"], least,
                           _spelled_alike(a[f"guests {cls}"], b[f"guests {cls}"], rare))
           for cls, least in apart_classes().items()):
        return True  # two receptions (_apart), however their groups were chained by a host-only report (two meetings
        # with voters, by a report naming no deputy)
    if parties and a["family"] | b["family"] <= one_party_families():
        return False  # names of two parties meeting abroad tell how it went ("cuộc gặp kín kéo dài hơn 120 phút",
        # "cuộc hội đàm quan trọng"), not which meeting: the people say it (_one_party)
    if a["words"] and b["words"]:  # every name must agree with some name of the other group
        # (weighing what the groups have in common, of one province: _disagree's together)
        together = len(a["people"] & b["people"]) if a["province"] and a["province"] == b["province"] else 0
        return (any(all(_disagree(x, y, rare, together) for y in b["words"]) for x in a["words"])
                or any(all(_disagree(x, y, rare, together) for x in a["words"]) for y in b["words"]))
    return False


def _other_parties(a: dict[str, set], b: dict[str, set]) -> bool:
    """Whether two groups (_facts) joined by a pair telling one meeting of two parties abroad (_one_party) hold two
    meetings of a day abroad: a report of each naming foreigners none of whom the other names (keys.maybe_one_person:
    the President's talks with Putin and his hội kiến with Medvedev, Moscow, 29/6, a report of his visit naming both
    between them), or names that say each another partner, each group naming a foreigner the other does not (Trump's
    "hội đàm với Tổng thống Nga" and "hội đàm với Thủ tướng Nhật Bản", Hamburg, 7-8/7, Tillerson at each; not "X hội
    đàm với Y" and "Y hội đàm với X", the same people named)."""
    if any(not any(maybe_one_person(p, q) for p in x for q in y) for x in a["foreigns"] for y in b["foreigns"]):
        return True
    return any(x.isdisjoint(y) for x in a["partners"] for y in b["partners"]) and all(
        any(not any(maybe_one_person(p, q) for q in other["people"]) for x in own["foreigns"] for p in x)
        for own, other in ((a, b), (b, a)))


def _other_chairs(a: dict[str, set], b: dict[str, set]) -> bool:
    """Whether two groups (_facts) are two meetings by their chairs: each names as chairing it (keys.chair_roles)
    someone the other does not name at all. A meeting's chair is who its every report names; one host's two
    conferences of a day, each with another partner, are named alike ("hội nghị kiểm điểm thực hiện Quy chế phối hợp
    công tác năm 2016" of the Front with the Government, Nguyễn Xuân Phúc and Nguyễn Thiện Nhân chairing; "hội nghị
    tổng kết thực hiện quy chế phối hợp công tác năm 2016" of the Front with the Assembly's Standing Committee, Nguyễn
    Thị Kim Ngân and Nguyễn Thiện Nhân, 10/2), the partner in a title at most. Not asked of a pair named as one
    (_conflict's as_one): one outlet names the minister who chaired the investment conference, another the city's
    chairman who co-chaired it."""
    return bool(a["chairs"] - b["people"]) and bool(b["chairs"] - a["people"])


def _other_sides(x: Set[str], y: Set[str]) -> bool:
    """Whether two groups' names set their meetings on two sides of one occasion (keys.name_sides): "họp báo trước trận
    đấu" and "Họp báo sau trận" (U23 Việt Nam - U23 Malaysia, 7/2, the same two coaches at each)."""
    return any(f"{other} {s.split(' ', 1)[1]}" in y for s in x
               for side, other in (("before", "after"), ("after", "before")) if s.startswith(f"{side} "))


def _other_units(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two names place their meetings in other units of one level (keys.name_units): "quận Ba Đình và Tây Hồ"
    and "quận Hoàn Kiếm" (districts), "phường Mỹ Hòa" and "xã Mỹ Hòa Hưng" (communes); not "quận Hai Bà Trưng" and
    "phường Minh Khai" (a district and a commune). (A body's words after a unit's name end it, unit_name_ends.txt:
    "quận Hoàn Kiếm Đoàn ĐBQH TP Hà Nội" is of "quận Hoàn Kiếm".)"""
    levels = {u.split(" ", 1)[0] for u in x} & {u.split(" ", 1)[0] for u in y}
    return any(not any(u in y for u in x if u.startswith(f"{level} ")) for level in levels)


def _misplaced(a: EventKey, b: EventKey, alike: bool) -> bool:
    """Whether two records of one first day are one meeting though they name two provinces (an outlet places it
    where its subject is, not where it was held): named alike (alike: _named_alike) with two attendees in common (of
    one country: _conflict asks it of their groups). The tọa đàm "Phát triển du lịch bền vững tại Khu du lịch quốc
    gia Sơn Trà" held at the ministry in Hà Nội on 30/5, placed in Đà Nẵng by the outlets that report Huỳnh Tấn Vinh
    and Huỳnh Vĩnh Ái there; the standing Government's "cuộc họp ... về việc xem xét phương án mở rộng sân bay Tân
    Sơn Nhất" of 12/6, placed in Hà Nội and in Hồ Chí Minh. Or with three attendees in common (MISPLACED_SHARED) when
    one name says nothing (_says_nothing): the HCMC Party Secretary's "buổi làm việc" in Bình Dương on 5/2 with the
    province's vice-chairman and Becamex's chairman, placed in Hồ Chí Minh by the outlets naming it "làm việc với lãnh
    đạo Tỉnh ủy"; not the Prime Minister's "làm việc với lãnh đạo tỉnh Hậu Giang" and "... tỉnh Sóc Trăng" of one day,
    two ministers with him at each. Never when the names say each another partner (keys.name_partner)."""
    shared = len(a.people & b.people)
    if a.partner and b.partner and not a.partner & b.partner:
        return False
    return a.start == b.start and (alike and shared >= 2 or shared >= MISPLACED_SHARED and (
        _says_nothing(a) or _says_nothing(b)))


def _says_nothing(k: EventKey) -> bool:
    """Whether a record's name says no more than its kind (generic), or, of a sitting's kind (kind_rules.txt), than a
    sitting's form (sitting_words.txt: "phiên thảo luận", "trả lời chất vấn của đại biểu Quốc hội")."""
    return k.generic or kind_rule(k.kind).sitting and not k.words - sitting_words()


def _other_numbers(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two names state other numbers: of the term with the term ("khóa 14"; keys.numbers), of the rest with the
    rest ("kỳ họp thứ 3 của Quốc hội khóa XIV" and "kỳ họp thứ 3" state one; "lần thứ 12" and "thứ 7" two), a year
    (keys.is_year) with a year: one name's year and the other's edition are no two numbers ("Đối thoại Shangri-La
    2017" and "Đối thoại Shangri-La lần thứ 16")."""
    x_term, y_term = {n for n in x if is_term(n)}, {n for n in y if is_term(n)}
    if x_term and y_term and not x_term & y_term:
        return True
    x, y = x - x_term, y - y_term
    if x & y:
        return False  # (one number in common: "6 tháng đầu năm 2017" and "quý 2 năm 2017")
    x_year, y_year = {n for n in x if is_year(n)}, {n for n in y if is_year(n)}
    return bool(x_year and y_year or x - x_year and y - y_year)


def _facts(k: EventKey) -> dict[str, set]:
    """What _conflict compares of a group, for a group of one record."""
    apart = kind_rule(k.kind).apart_unless
    return {"province": {k.province} - {None}, "country": {k.country} - {None}, "edition": {k.edition} - {None},
            "family": {k.family} - {None}, "subkind": {k.subkind} - {None},
            # (a name whose telling words are only its body's term, "kỳ họp thứ ba của Quốc hội khóa XIV", says no more
            # than "kỳ họp thứ 3")
            "words": {(k.words, k.says, k.topic, k.people)} if any(not is_term(w) for w in k.words) else set(),
            "numbers": {k.numbers} - {frozenset()},
            "units": {k.units} - {frozenset()},
            "sides": set(k.sides),
            # (the foreigners each report names and whom each name says it was with: _other_parties)
            "foreigns": {k.foreign} - {frozenset()}, "partners": {k.partner} - {frozenset()},
            # (who chaired it and whom it names: _other_chairs)
            "chairs": set(k.chairs), "people": set(k.people),
            # (the people named by a report of each class "apart unless N shared", by the class: _conflict asks
            # _too_few_shared of two groups)
            **{f"apart {cls}": set(k.people) if apart and apart[0] == cls else set() for cls in apart_classes()},
            # (and what _spelled_alike compares of them)
            **{f"guests {cls}": {k} if apart and apart[0] == cls and k.foreign else set() for cls in apart_classes()}}


def _rarity(keys: Sequence[EventKey]) -> tuple[dict[str, float], frozenset[str]]:
    """log(N / df) of every topic word over the records (one pass; the same for any order of records), and the
    rare words: those in at most RARE_SHARE of the records (or RARE_MIN, in a small corpus)."""
    counts = Counter(w for k in keys for w in k.topic)
    most = max(RARE_MIN, len(keys) * RARE_SHARE)
    return ({w: math.log(len(keys) / n) for w, n in counts.items()},
            frozenset(w for w, n in counts.items() if n <= most))


def _candidates(keys: Sequence[EventKey]) -> set[tuple[int, int]]:
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for key in keys:
        for day in key.days():
            if key.province:
                blocks[(day, "province", key.province)].append(key.index)
            elif key.country not in (None, VIETNAM):  # (abroad: the kinds of two parties meeting, _one_party)
                blocks[(day, "country", key.country)].append(key.index)
            blocks[(day, "kind", key.family)].append(key.index)
    pairs: set[tuple[int, int]] = set()
    for block in blocks.values():
        if len(block) > MAX_BLOCK:
            split: dict[tuple, list[int]] = defaultdict(list)
            for i in block:
                split[(keys[i].family, keys[i].province)].append(i)
            parts = list(split.values())
        else:
            parts = [block]
        for part in parts:
            pairs.update(combinations(sorted(set(part)), 2))
    return pairs


def group_events(records: Sequence[dict], keys: Sequence[EventKey | None] | None = None) -> list[Group]:
    """The records (JSON data) partitioned into meetings; groups in the order of their first record.

    keys: the key of each record where it is known already (EventKey.of the record, at any index), else None."""
    made = keys or [None] * len(records)
    keys = [EventKey.of(i, r) if k is None else dataclasses.replace(k, index=i)
            for i, (r, k) in enumerate(zip(records, made, strict=True))]
    rarity, rare = _rarity(keys)
    scored = sorted(((s, a, b) for a, b in _candidates(keys) if (s := strength(keys[a], keys[b], rarity, rare)) > 0),
                    # (ties by the pair's ids, whichever of them comes first: the same groups in any order of records)
                    key=lambda t: (-t[0], *sorted((keys[t[1]].id, keys[t[2]].id)), t[1], t[2]))
    parent = list(range(len(keys)))
    facts = [_facts(k) for k in keys]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of: dict[str, int] = {}
    same_file = [(first_of.setdefault(k.id, k.index), k.index) for k in keys]  # identical content: one id
    for a, b in [*same_file, *((a, b) for _, a, b in scored)]:
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        alike = _named_alike(keys[a], keys[b])
        if _conflict(facts[ra], facts[rb], alike, rare, _misplaced(keys[a], keys[b], alike),
                     bool(keys[a].people & keys[b].people), _named_alike(keys[a], keys[b], NAMED_AS_ONE),
                     _one_party(keys[a], keys[b])):
            continue
        ra, rb = min(ra, rb), max(ra, rb)
        parent[rb] = ra
        for k in facts[ra]:
            facts[ra][k] |= facts[rb][k]
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(keys)):
        members[find(i)].append(i)
    groups = []
    for root in sorted(members, key=lambda r: members[r][0]):
        ids = sorted(keys[i].id for i in members[root])
        groups.append(Group("grp-" + ids[0].split("-", 1)[-1], members[root]))
    return groups
