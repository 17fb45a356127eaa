"""Matching keys of the corpus layer: how two spellings of a name, an organisation or a title compare.

Keys fold what outlets write differently about the same thing: Unicode form, tone-mark placement
(Thuý/Thúy), case and spacing, and for organisations their abbreviations (Bộ TT&TT = Bộ Thông tin và
Truyền thông, UBND = Ủy ban nhân dân) and a city or province left implicit ("UBND TP" at a Hà Nội event).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from ..parse.normalize import fold  # (which keeps the short strings it folded: a record's names come back)
from ..parse.normalize import strip_accents
from ..parse.places import VIETNAM, province_records

_WORD = re.compile(r"\w+")
_PARENS = re.compile(r"\s*\([^)]*\)")


def _lines(name: str) -> list[str]:
    text = resources.files("libmeet.corpus").joinpath("data", name).read_text(encoding="utf-8")
    return [entry for line in text.splitlines() if (entry := line.split("#", 1)[0].strip())]


@cache
def _pairs(name: str) -> dict[str, str]:
    pairs = {}
    for line in _lines(name):
        left, _, right = line.partition("=")
        pairs[fold(left)] = fold(right or left)
    return pairs


@cache
def stopwords() -> frozenset[str]:
    return frozenset(fold(w) for w in _lines("stopwords.txt"))


def kind_family(kind: str | None, name: str | None = None) -> str | None:
    """The family of an event kind (phiên họp and giao ban are a họp); None when there is no kind.

    A kind of its own family (kind_rules.txt: "own family", a press conference) is so whatever the kind says
    when the name says it ("phiên họp báo Chính phủ thường kỳ" follows the government's monthly meeting on the
    same day, and is another event).
    """
    if name:
        folded = fold(name)
        for own in _own_families():
            if own in folded:
                return own
    if not kind:
        return None
    key = fold(kind)
    return _pairs("kind_families.txt").get(key, key)


@cache
def _neighbours() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(fold(f) for f in line.split("~")) for line in _lines("kind_neighbours.txt"))


def neighbour_families(a: str | None, b: str | None) -> bool:
    """Whether two kind families are ones outlets use for one meeting under one name (kind_neighbours.txt:
    a "hội nghị truyền thông về dịch bệnh" in one outlet is a "hội thảo truyền thông" in another)."""
    return a is not None and b is not None and (a == b or frozenset((a, b)) in _neighbours())


@dataclass(frozen=True)
class KindRule:
    """What grouping does with the records of one kind (kind_rules.txt, where each rule is told)."""

    several_a_day: bool = False  # "several a day": a shared attendee in one province and day is not enough
    apart_unless: tuple[str, int] | None = None  # "apart unless N shared (class)": the class and its N
    sitting: bool = False  # "unplaced sitting": weighed as of one province when no province is said
    subkind: bool = False  # "subkind": never one meeting with another subkind
    own_family: bool = False  # "own family": its own family when the name says it
    one_party: bool = False  # "one party": two parties meeting, whichever kind of that rule outlets call it abroad
    once_a_day: bool = False  # "once a day": a body holds one a day, so an official in common says which


NO_RULE = KindRule()
_APART = re.compile(r"apart unless (\d+) shared \((.+)\)")
_FLAGS: Mapping[str, str] = MappingProxyType({"several a day": "several_a_day", "unplaced sitting": "sitting",
                                              "subkind": "subkind", "own family": "own_family",
                                              "one party": "one_party", "once a day": "once_a_day"})


@cache
def kind_rules() -> Mapping[str, KindRule]:
    """The rules of each kind (kind_rules.txt), in the file's order; a kind not there has NO_RULE."""
    rules: dict[str, KindRule] = {}
    classes: dict[str, int] = {}
    for line in _lines("kind_rules.txt"):
        kind, _, said = line.partition("=")
        flags: dict[str, object] = {}
        for rule in (r.strip() for r in said.split(",")):
            if apart := _APART.fullmatch(rule):
                least, cls = int(apart.group(1)), apart.group(2)
                if classes.setdefault(cls, least) != least:
                    raise ValueError(f"kind_rules.txt: {cls} with two numbers: {line}")
                flags["apart_unless"] = (cls, least)
            elif rule in _FLAGS:
                flags[_FLAGS[rule]] = True
            else:
                raise ValueError(f"kind_rules.txt: no such rule {rule!r}: {line}")
        if kind.strip() in rules:
            raise ValueError(f"kind_rules.txt: {kind.strip()} written twice: {line}")
        rules[kind.strip()] = KindRule(**flags)
    return MappingProxyType(rules)


def kind_rule(kind: str | None) -> KindRule:
    """The rules of a record's kind (kind_rules.txt); NO_RULE for a kind not there."""
    return kind_rules().get(kind, NO_RULE)  # type: ignore[arg-type]


@cache
def apart_classes() -> Mapping[str, int]:
    """The classes of "apart unless N shared" (kind_rules.txt) and their N: receptions 2, voters 1."""
    return MappingProxyType({r.apart_unless[0]: r.apart_unless[1] for r in kind_rules().values() if r.apart_unless})


def one_party(kind: str | None) -> bool:
    """Whether a kind is of two parties meeting (kind_rules.txt "one party": hội đàm, cuộc gặp, tiếp, hội kiến, gặp
    mặt), which outlets call by any of these kinds."""
    return kind_rule(kind).one_party


@cache
def one_party_families() -> frozenset[str]:
    """The kind families of the kinds of two parties meeting (one_party)."""
    return frozenset(f for k, r in kind_rules().items() if r.one_party and (f := kind_family(k)))


@cache
def _subkinds() -> tuple[str, ...]:
    return tuple(k for k, r in kind_rules().items() if r.subkind)


@cache
def _own_families() -> tuple[str, ...]:
    return tuple(k for k, r in kind_rules().items() if r.own_family)


def subkind(kind: str | None, name: str | None) -> str | None:
    """Which subkind a record's meeting is (kind_rules.txt: giao ban, làm việc, đối thoại, tiếp xúc cử tri, họp báo),
    if any: the first of them found in the kind, else in the name."""
    subkinds = _subkinds()
    for text in (kind, name):
        folded = fold(text or "")
        for sub in subkinds:
            if sub in folded:
                return sub
    return None


@cache
def chair_roles() -> frozenset[str]:
    """The attendee roles that say the attendee chaired the meeting (chair_roles.txt: chủ trì, đồng chủ trì)."""
    return frozenset(fold(w) for w in _lines("chair_roles.txt"))


def name_key(name: str | None) -> str:
    """A person's name as compared: NFC, one tone placement, lower case, single spaces."""
    return fold(name) if name else ""


@cache
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    table = _pairs("org_abbreviations.txt")
    alternatives = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), table


def spelled_out(text: str | None) -> str:
    """A name folded, its abbreviations written out (org_abbreviations.txt): "buổi làm việc với LĐLĐ TPHCM" and "làm
    việc với Liên đoàn Lao động TP HCM" name one partner, in the city the record is placed in."""
    pattern, table = _abbreviations()
    return pattern.sub(lambda m: table[m.group(0)], fold(text or ""))


_PLACE_HEADS = ("thành phố", "tỉnh")


#: the parts of a foreign name as compared for its spellings: words, initials ("v.volodin" is "v" and "volodin")
_NAME_PARTS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _transliterated(name: str) -> bool:
    """Whether a (folded) foreign name is written in Vietnamese syllables, as TTXVN transliterates it: hyphens between
    its syllables and a letter Latin-1 does not have ("ơn oát-xlơ", "a. cô-bi-a-cốp")."""
    return "-" in name and any(c.isalpha() and ord(c) > 0xFF for c in name)


def _latin(name: str) -> bool:
    """Whether a (folded) name is written in Latin letters alone ("ernst wastler", "françois")."""
    return all(ord(c) <= 0xFF for c in name if c.isalpha())


#: the first letters a Vietnamese transliteration may give a Latin name's first letter ("Wastler" "Oát-xlơ", "Cervantes"
#: "Xéc-van-tét", "Jean" "Giăng", "Philippe" "Phi-líp"), accents stripped; a vowel or "h" any vowel or "h"
_VOWELS = "aeiouyh"
_SOUNDS = {"b": "bp", "c": "ckxs", "d": "dđgz", "f": "p", "g": "ghd", "j": "gdich", "k": "ckq", "l": "ln", "m": "m",
           "n": "nl", "p": "pb", "q": "ckq", "r": "rd", "s": "sxc", "t": "tđd", "v": "vuob", "w": "ouvq", "x": "xsck",
           "z": "dxgz"}


def _sounds_alike(viet: str, latin: str) -> bool:
    """Whether a transliterated family name may be the Latin one: their first letters (_SOUNDS)."""
    v, l_ = strip_accents(viet)[:1].replace("đ", "d"), strip_accents(latin)[:1]
    if not v or not l_:
        return True
    if l_ in _VOWELS or l_ not in _SOUNDS:
        return v in _VOWELS or l_ not in _SOUNDS and v == l_
    return v in _SOUNDS[l_]


def countries_named(*texts: str | None) -> frozenset[str]:
    """The foreign countries (or cities) the texts name (names.is_country), folded: "buổi tiếp Bộ trưởng Thương mại
    Canada" -> {"canada"}."""
    from ..parse.names import is_country
    found = set()
    for text in texts:
        words = fold(text or "").split()
        for i in range(len(words)):
            if size := is_country(words[i:], whole=True):
                found.add(" ".join(words[i:i + size]))
    return frozenset(found)


def spelled_two_ways(x: str, y: str) -> bool:
    """Whether two (folded: name_key) foreign names may be one person written two ways that spelling cannot compare:
    one in Vietnamese syllables and the other in Latin letters ("Ơn Oát-xlơ" and "Ernst Wastler", the chairman of
    Vamed at the Prime Minister's, 9/7), or one with initials for the given names of the other ("V. Volodin" and
    "Vyacheslav Volodin"). Not two names in one script: they are two people ("Enggartiasto Lukita", "Francois-Philippe
    Champagne")."""
    if x == y:
        return False
    xs, ys = _NAME_PARTS.findall(x), _NAME_PARTS.findall(y)
    if _transliterated(x) and _latin(y) or _transliterated(y) and _latin(x):
        # (the family names' first sounds alike: not "Phơ-răng-xoa Săm-pa-nhơ" and "Enggartiasto Lukita")
        viet, latin = (xs, ys) if _transliterated(x) else (ys, xs)
        return not viet or not latin or _sounds_alike(viet[-1], latin[-1])
    if len(xs) < 2 or len(ys) < 2 or xs[-1] != ys[-1]:
        return False
    short, full = (xs, ys) if sum(map(len, xs)) < sum(map(len, ys)) else (ys, xs)
    given = short[:-1]
    return (all(len(g) == 1 for g in given) and len(given) <= len(full) - 1
            and all(f.startswith(g) for g, f in zip(given, full)))


def org_key(organization: str | None, province: str | None = None) -> str:
    """An organisation as compared: abbreviations written out, a bracketed aside dropped, folded.

    A name that ends with "tỉnh" or "thành phố" alone ("UBND TP") gets the event's province, so it
    compares equal to the same body written in full at an event in that province.
    """
    if not organization:
        return ""
    text = spelled_out(_PARENS.sub("", organization))
    text = " ".join(_WORD.findall(text))
    if province and text.endswith(_PLACE_HEADS):
        text = f"{text} {fold(province)}"
    return text


def position_key(position: str | None) -> str:
    return fold(position) if position else ""


def content_words(text: str | None) -> list[str]:
    """The words of a name or title that say what it is about (function words and meeting nouns left out)."""
    return list(_content_words(text)) if text else []


@lru_cache(maxsize=1024)
def _content_words(text: str) -> tuple[str, ...]:
    stop = stopwords()
    return tuple(w for w in _WORD.findall(fold(text)) if w not in stop)


_ROMAN = re.compile(r"^[ivxlc]+$")


#: a comma, semicolon or colon outside quotes ends what an event name says: what follows is the sentence
#: the parser read it from ("tọa đàm, tiếp thu", "buổi làm việc, ông Đỗ Phi Hùng", "cuộc họp, bà Tân")
_NAME_END = ",;:"
_QUOTES = "\"“”«»"
#: where a name may end or a quote open or close: the only characters name_proper weighs (found by one scan, not a
#: regex asked of each character)
_NAME_MARKS = re.compile(f"[{_QUOTES}{_NAME_END}]")
#: what a name says after these is another meeting, the one this one was held at ("cuộc họp kín bên lề Hội
#: nghị thượng đỉnh G20" is not the summit)
_OTHER_MEETING = re.compile(r"\s(?:bên lề|trong khuôn khổ|nhân dịp)\s")


def name_proper(name: str | None, people: Iterable[str] = (), *, cut: bool = True) -> str:
    """What an event name says about which event it is: the name up to its first comma outside quotes, without
    the names of the record's attendees ("buổi làm việc giữa Thủ tướng Nguyễn Xuân Phúc" -> "buổi làm việc giữa
    Thủ tướng"), folded. A name cut this way from a garbled one ("cuộc họp, bí thư và phó bí thư ...") keeps
    only what it names; so does one that names the meeting it was held at ("bên lề", "trong khuôn khổ").
    cut=False: not cut at a comma."""
    text = fold(name or "")
    quoted = False
    for mark in _NAME_MARKS.finditer(text if cut else ""):
        if mark.group() in _QUOTES:
            quoted = not quoted
        elif not quoted:
            text = text[:mark.start()]
            break
    return without_people(_OTHER_MEETING.split(text, 1)[0], people)


#: what a name says after these is whom the meeting was with, which outlets tell each their own way: "buổi làm việc
#: với trường" and "buổi làm việc với 73 phụ huynh", "buổi họp có Thứ trưởng Bộ TT&TT Phan Tâm" and "buổi họp với
#: VNPT" (Sen Vàng school's owner with the parents, the ministry with the carriers, 7/2)
_PARTNER = re.compile(r"\s(?:với|giữa|có)\s")


def name_own(proper: str) -> str:
    """What a name says of the meeting itself, before whom it was with; it takes name_proper's folded text: "buổi làm
    việc với lđlđ tphcm" -> "buổi làm việc"; "hội nghị thủ tướng chính phủ với doanh nghiệp" -> "hội nghị thủ tướng
    chính phủ"."""
    return _PARTNER.split(f" {proper} ", 1)[0].strip()


#: where whom a meeting was with ends and what it was about begins ("làm việc với Bộ Y tế về đổi mới cơ chế ...")
_PARTNER_END = re.compile(r"\s(?:về|để|nhằm|bàn)\s")


def name_partner(proper: str) -> str:
    """Whom a meeting was with, as its name tells it; it takes name_proper's folded text: "làm việc với bộ y tế về đổi
    mới cơ chế hoạt động" -> "bộ y tế"; "" when the name does not say."""
    parts = _PARTNER.split(f" {proper} ", 1)
    return _PARTNER_END.split(f" {parts[1]} ", 1)[0].strip() if len(parts) == 2 else ""


@lru_cache(maxsize=256)
def _country_place(country: str) -> re.Pattern[str]:
    """"tại" or "ở", a state's formal words (state_words.txt) and the (folded) country's name after them."""
    states = "|".join(re.escape(w) for w in sorted({fold(w) for w in _lines("state_words.txt")}, key=len,
                                                    reverse=True))
    return re.compile(rf"(?<!\w)(?:tại|ở)\s+(?:(?:{states})\s+){{0,3}}{re.escape(country)}(?!\w)")


def without_country(text: str | None, country: str | None) -> str:
    """The text folded, without where it says a meeting abroad was held when that is the record's country: "làm việc
    tại Cộng hòa Liên bang Đức" -> "làm việc". A visit's sessions of a day are told by that place alike (the Prime
    Minister's with Rheinland-Pfalz and with Hessen, 5/7), and it says where, not which meeting (as a province's name
    does at home: groups.EventKey). Not Việt Nam ("Chương trình Phát triển Công trình Xanh tại Việt Nam" is what a
    programme is about)."""
    text = fold(text or "")
    home = fold(country or "")
    if not home or home == fold(VIETNAM) or home not in text:
        return text
    return _country_place(home).sub(" ", text)


#: the capital letters (a unit's name is its capitalised words: "quận Ba Đình", not the "ủy" of "Quận ủy")
_UPPER = "".join(re.escape(c) for c in map(chr, range(0x2000)) if c.isupper())
_UNIT_AND = re.compile(r"\s*(?:,|\svà\s)\s*")


def _words_of(words: Iterable[str]) -> str:
    """Words (and their folded forms) as one case-blind alternative, longest first, each a whole word."""
    forms = {f for w in words for f in (w, fold(w))}
    return "|".join(re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "")
                    for w in sorted(forms, key=len, reverse=True))


@cache
def _local_units() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """The unit words (local_units.txt, "quận = district") as one pattern, longest first, their levels, and the
    pattern of one unit word's names ("Ba Đình và Tây Hồ", "1, 3, 4"): capitalised words or a number, none of them a
    unit word nor a word that ends a unit's name (unit_name_ends.txt: "TP", "tỉnh", "Ủy"), and no word after the first
    a province's name ("quận Ba Đình Hà Nội")."""
    table = _pairs("local_units.txt")
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    ends = _words_of([*_lines("unit_name_ends.txt"), *table])
    provinces = _words_of(n for p in province_records().values() for n in (p["name"], *p["aliases"]))
    word = rf"[{_UPPER}][\w-]*"
    unit_name = rf"(?:\d+|(?!(?i:{ends})){word})(?:[^\S\n]+(?!(?i:{ends}|{provinces})){word})*"
    names = re.compile(rf"\s*({unit_name}(?:\s*(?:,|\svà)\s*{unit_name})*)")
    return re.compile(rf"(?<!\w)(?i:{words})"), table, names


def name_units(name: str | None) -> frozenset[str]:
    """The districts and communes an event name places the meeting in, each as its level and its folded name
    (local_units.txt): "tiếp xúc cử tri quận Ba Đình và Tây Hồ" -> {"district ba đình", "district tây hồ"}; "cuộc
    họp với Phòng Giáo dục Q.Hai Bà Trưng" -> {"district hai bà trưng"}; "Quận ủy quận 2" -> {"district 2"}; "quận 1
    TP.HCM" -> {"district 1"}. A unit's name is its capitalised words or its number (_local_units); a unit word of a
    body's name is none ("Thông tấn xã Việt Nam"), nor is one within the names read after another's."""
    pattern, levels, unit_names = _local_units()
    found = set()
    read = 0
    for unit in pattern.finditer(name or ""):
        if unit.start() < read:
            continue
        level = levels[fold(unit.group())]
        names = unit_names.match(name, unit.end())
        if names:
            read = names.end()
            if level != "-":
                found.update(f"{level} {fold(part)}" for part in _UNIT_AND.split(names.group(1)))
    return frozenset(found)


@cache
def _sides() -> tuple[re.Pattern[str], dict[str, str]]:
    """The side words (side_words.txt) as one pattern, longest first, with the word after each, and their sides."""
    table = _pairs("side_words.txt")
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({words})\s+(\w+)"), table


def name_sides(name: str | None) -> frozenset[str]:
    """Which side of an occasion an event name sets its meeting on (side_words.txt), each as its side and the
    occasion's first word, folded: "cuộc họp báo trước trận đấu" -> {"before trận"}; "Họp báo sau trận" -> {"after
    trận"}; "tiếp xúc cử tri trước kỳ họp thứ 3" -> {"before kỳ"}."""
    pattern, table = _sides()
    return frozenset(f"{table[m.group(1)]} {m.group(2)}" for m in pattern.finditer(fold(name or "")))


@cache
def _back_words() -> re.Pattern[str]:
    """back_words.txt as one pattern, with the word before each (back_words_not_after.txt is asked of it); a match
    starts only at a word or where no word is before the spaces (not in a word nor in a run of spaces: a long one is
    read once)."""
    words = "|".join(re.escape(fold(w)) for w in sorted(_lines("back_words.txt"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(\w*)(?<!\s)\s+(?:{words})(?!\w)")


def refers_back(name: str) -> bool:
    """Whether a name says what it is about by referring back to what its text told before (back_words.txt: "hội thảo
    về nội dung này", "buổi làm việc với chủ cơ sở mầm non này"), not by its own words; not a time nor which time of
    a meeting (the words of back_words_not_after.txt: "phiên họp Chính phủ thường kỳ tháng 6 ... đầu tuần này", "Hội
    nghị Thượng đỉnh G20 lần này"), nor after a number ("lần thứ 30 này", "tháng 6 này")."""
    times = _times()
    return any(back.group(1) not in times and not back.group(1).isdigit()
               for back in _back_words().finditer(fold(name)))


@cache
def _times() -> frozenset[str]:
    return frozenset(fold(w) for w in _lines("back_words_not_after.txt"))


def without_people(text: str, people: Iterable[str]) -> str:
    """The text folded, without the given people's full names (an attendee named in a title or an event name
    says who was there, which the attendees already say)."""
    text = fold(text)
    for person in people:
        if person and len(person.split()) >= 2:
            text = text.replace(fold(person), " ")
    return text


def names_people(name: str | None, people: Iterable[str]) -> frozenset[str]:
    """The people (name_key) of the given ones that an event name names, in whole words: "cuộc gặp với Chủ tịch Hạ viện
    Mỹ Paul Ryan" names Paul Ryan of its attendees Donald Trump, Moon Jae-in and Paul Ryan."""
    text = f" {' '.join(_WORD.findall(fold(name or '')))} "
    return frozenset(k for p in people if (k := name_key(p)) and (words := _WORD.findall(k))
                     and f" {' '.join(words)} " in text)


def maybe_one_person(x: str, y: str) -> bool:
    """Whether two (folded: name_key) foreign names may be one person: the same, a name's part in common ("lukashenko"
    and "alexander lukashenko", "sergei lavrov" and "sergey lavrov"; "donald trump" and "donald tusk" too: the names
    alone cannot tell them apart), or written two ways (spelled_two_ways)."""
    return x == y or bool({w for w in _NAME_PARTS.findall(x) if len(w) > 1}
                          & {w for w in _NAME_PARTS.findall(y) if len(w) > 1}) or spelled_two_ways(x, y)


#: "khóa" (a body's term) before a number: the number is the term, not the edition ("kỳ họp thứ ba của Quốc hội khóa
#: XIV" is the "kỳ họp thứ 3" of other outlets; "Quốc hội khóa 14" is "khóa XIV")
TERM = "khóa"
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _arabic(roman: str) -> str:
    """A Roman number in Arabic digits ("xiv" -> "14")."""
    values = [_ROMAN_VALUES[c] for c in roman]
    return str(sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0])))


def _number(word: str) -> bool:
    return word.isdigit() or bool(_ROMAN.match(word))


@cache
def _length_words() -> frozenset[str]:
    return frozenset(fold(w) for w in _lines("length_words.txt"))


def numbers(text: str | None) -> frozenset[str]:
    """The numbers a name states (lần thứ 12, khóa XII, 2017): two names with different ones are different events.
    A term's number is given as "khóa 12" (in Arabic digits), to be compared with terms only (groups._other_numbers).
    Not how long it lasted (length_words.txt: "kéo dài hơn 120 phút", "hơn 2 giờ đồng hồ")."""
    words = _WORD.findall(fold(text or ""))
    lengths = _length_words()
    found = set()
    for before, word, after in zip(["", *words], words, [*words[1:], ""]):
        if _number(word) and after not in lengths:
            # (in Arabic digits, as outlets write either: "học kỳ I" and "học kỳ 1")
            value = _arabic(word) if _ROMAN.match(word) else word
            found.add(f"{TERM} {value}" if before == TERM else value)
    return frozenset(found)


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(fold(w) for w in _lines("generic_name_words.txt"))


@cache
def sitting_words() -> frozenset[str]:
    """Words of a sitting's name that say its form, not its matter (sitting_words.txt: "phiên thảo luận tại hội
    trường", "thảo luận tại tổ")."""
    return frozenset(fold(w) for w in _lines("sitting_words.txt"))


@lru_cache(maxsize=1024)
def telling_words(name: str | None) -> frozenset[str]:
    """The words of an event name that say which event it is: content words that are not generic
    (generic_name_words.txt: cổ đông, thường niên, sơ kết, giao ban, UBND, sở ...) nor numbers."""
    generic = _generic_words()
    words = _content_words(name) if name else ()
    # a body's term is one word, in Arabic digits ("HĐND TP.HCM khóa IX": "khóa 9"; numbers() compares it too)
    told = set()
    for i, word in enumerate(words):
        if word == TERM and i + 1 < len(words) and _number(words[i + 1]):
            continue
        if i and words[i - 1] == TERM and _number(word):
            told.add(f"{TERM} {_arabic(word) if _ROMAN.match(word) else word}")
        elif word not in generic and not word.isdigit():
            told.add(word)
    return frozenset(told)


def is_term(word: str) -> bool:
    """Whether a telling word is a body's term ("khóa 14"): it says which body, not which of its meetings."""
    return word.startswith(f"{TERM} ")


def is_year(number: str) -> bool:
    """Whether a number a name states (numbers()) is a year ("2017"): compared with years only, not with an edition."""
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) < 2100


def is_generic(name: str | None) -> bool:
    """Whether an event name is one every body uses ("Đại hội đồng cổ đông thường niên năm 2017", "cuộc
    họp giao ban của UBND TP"): it has no telling words."""
    return not telling_words(name)


@lru_cache(maxsize=1024)
def bigrams(text: str | None) -> frozenset[str]:
    """Pairs of neighbouring content words (Vietnamese words are often two syllables), plus numbers."""
    words = _content_words(text) if text else ()
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    pairs.update(w for w in words if w.isdigit())
    return frozenset(pairs)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)  # (the size of a | b, without making it)
