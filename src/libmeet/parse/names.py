"""Personal names in Vietnamese news text: what a name looks like, and whether a capitalised run is one.

A Vietnamese name is 2-4 capitalised syllables starting with a family name (surnames.txt):
"Nguyễn Thị Thanh Huyền", "Lê Xuân Định". A foreign name (Shannon Koga, Min Aung Hlaing) has
at least one syllable that cannot be Vietnamese; it is accepted only after a form of address or a title.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from . import lexicon
from .normalize import fold, strip_accents, strip_tones


def _letters(upper: bool) -> str:
    ranges = ((0x41, 0x250), (0x1E00, 0x1F00))
    chars = (chr(c) for lo, hi in ranges for c in range(lo, hi))
    return "".join(c for c in chars if c.isalpha() and (c.isupper() if upper else c.islower()))


UPPER = _letters(True)
LOWER = _letters(False)
# One Vietnamese syllable once accents are gone: onset, vowel cluster, coda.
_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x"
_VOWELS = ("a|e|i|o|u|y|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ya|ye|yu|"
           "ieu|yeu|oai|oay|oeo|uay|uoi|uou|uya|uye|uyu|uao")
_CODAS = "ng|nh|ch|c|m|n|p|t"
_VIETNAMESE_SYLLABLE = re.compile(rf"(?:{_ONSETS})?(?:{_VOWELS})(?:{_CODAS})?")


#: the word before a hyphen is no Vietnamese syllable, told cheaply by what Vietnamese does not write: a letter it
#: lacks ("Moon Jae-In", "Ri Jong-Ho"), a pair of vowels it lacks ("Han Myoung-Sup") or an ending it has no such coda
#: for ("Jeanine Hennis-Plasschaert"); fixed-width lookbehinds, as a lookbehind must be (a full syllable check of
#: either case and every mark compiles to some 60,000 characters, a second of start-up in every process)
_FOREIGN_BEFORE = "|".join([*(rf"(?<=[fjwzFJWZ][a-z]{{{k}}})" for k in range(6)),
                            *(rf"(?<=(?:ae|ea|ee|ou|yo)[a-z]{{{k}}})" for k in range(4)),
                            r"(?<=[a-z][sdlrkbvx])", r"(?<=[a-mo-z]g)", r"(?<=[abd-mo-z]h)"])


#: a foreign name written syllable by syllable with hyphens, as TTXVN transliterates it: "Man-côm Tơn-bun",
#: "Xa-lơm-xay Com-ma-xít", "Moon Jae-in" (a capital after the hyphen is another word: "Huỳnh Đức Thơ-Chủ tịch"; but
#: not in a French given name, Latin letters on both sides and the name going on: "Jean-Yves Le Drian", "Jean-Claude
#: Juncker"), nor where it ends the name, its Latin half closing the word, one of its halves not a Vietnamese
#: syllable: "Tổng thống Hàn Quốc Moon Jae-In", "Bộ trưởng Quốc phòng Hà Lan Jeanine Hennis-Plasschaert", "Đại sứ
#: Triều Tiên tại Nga, ông Kim Huyn-Jong" (a title glued after a Vietnamese name opens on a Vietnamese letter:
#: "Nguyễn Văn Nam-Giám đốc", "Thơ-Chủ tịch", or is two Vietnamese syllables: "Nguyễn Văn Nam-Thanh tra Bộ")
_VIETNAMESE_HALF = rf"-(?i:{_ONSETS})?(?i:{_VOWELS})(?i:{_CODAS})?(?![\w-])"
_HYPHENED = (rf"(?:-[{LOWER}]+|(?<=[a-z])(?:-[A-Z][a-z]+(?= [{UPPER}])"
             rf"|(?:{_FOREIGN_BEFORE}|(?!{_VIETNAMESE_HALF}))-[A-Z][a-z]+(?![\w-])))*")
#: a Scottish or Irish family name has a second capital: "Kevin McCarthy", "H.R. McMaster", "Terry McAuliffe"
_MC = rf"(?:a?c[{UPPER}])?"
#: a name whose syllables an apostrophe joins, as Central Highlands and Irish names and Arab ones are written:
#: "K'Nhiễu", "H’Ăng Niê", "Michael O’Hanlon", "ông Zeid Ra'ad" (straight, curly or a backtick, "ĐBQH K`Nhiễu"), its
#: first part one or two letters (not a quote mark glued between two words: "Hà Nội'xanh"); not an English
#: contraction: "ITV's", "I'm", "We're", "I've", "You'll"
_ELIDED = rf"(?:(?<![{LOWER}]{{2}})[’'`ʼ](?:[{UPPER}][{LOWER}]*|(?!(?:re|ve|ll)(?![{LOWER}]))[{LOWER}]{{2,}}))?"
SYLLABLE = rf"[{UPPER}](?:(?<=M){_MC})?[{LOWER}]*{_ELIDED}{_HYPHENED}"
#: a run of capitalised syllables separated by single spaces ("Lê Xuân Định"; "Thư viện" gives "Thư"); "starts a
#: word" is asserted after the first capital, so that the engine skips ahead to the next capital
#: (after its first word, a word may open on a foreign middle initial: "Claus D.Hagenhoff", "George W.Bush", or one
#: written with a space after its dot, before a Latin capital: "George W. Bush", "Robert H. McMaster", "Tổng thống
#: Belarus A. Lukashenko"; people.py sets aside a run that goes on so into a Vietnamese word, "Nguyễn Văn A. Trong";
#: not the first word, where "Q.Bình Thạnh", "P.Bến Nghé" are a district's and a ward's abbreviations)
#: (and after its first word, the small words of Arab and European names: "Mohammed bin Salman", "Tamim bin Hamad
#: Al-Thani", "Ursula von der Leyen")
_PARTICLES = r"(?:(?:bin|bint|ibn|von|van|der|de|del) )*"
RUN = re.compile(rf"[{UPPER}](?<!\w[{UPPER}])(?:(?<=M){_MC})?[{LOWER}]*{_ELIDED}{_HYPHENED}"
                 rf"(?: {_PARTICLES}(?:[{UPPER}]\.|[A-Z]\. (?=[A-Z])|[AE]l-(?=[{UPPER}]))?{SYLLABLE})*(?!\w)")



@lru_cache(maxsize=8192)  # pure, on the few thousand words an archive's names are made of
def is_vietnamese_syllable(word: str) -> bool:
    return bool(_VIETNAMESE_SYLLABLE.fullmatch(strip_accents(word).lower()))


def looks_foreign(words: list[str]) -> bool:
    """True when some syllable cannot be Vietnamese (Shannon, Hlaing, Yassin, Funnell)."""
    return any(not is_vietnamese_syllable(w) for w in words)


@lru_cache(maxsize=8192)
def fold_word(text: str) -> str:
    """`fold` for the short strings (words, names) looked up again and again."""
    return fold(text)


@cache
def _set(name: str) -> frozenset[str]:
    return frozenset(fold(s) for s in lexicon.words(name))


def is_stage_name(name: str) -> bool:
    """Two Vietnamese syllables with no family name, as a public figure goes by ("Hữu Thắng", "Duy Mạnh")."""
    words = name.split()
    return len(words) == 2 and all(map(is_vietnamese_syllable, words)) and not is_surname(words[0])


def is_surname(word: str) -> bool:
    return fold_word(word) in _set("surnames.txt")


@cache
def _surnames_before_thi() -> frozenset[str]:
    """The family names surnames.txt marks " ?": names only before the middle name Thị ("Văn Thị Bạch Tuyết")."""
    return frozenset(fold(e.removesuffix(" ?")) for e in lexicon.words("surnames.txt") if e.endswith(" ?"))


def foreign_places() -> frozenset[str]:
    """Countries and foreign cities, folded, each spelling (see _foreign_places)."""
    return _foreign_places()


@cache
def _foreign_places() -> frozenset[str]:
    """Countries (people_countries.txt) and, from the places gazetteer, foreign countries and cities with
    their other spellings: what stands between a title and a foreign name ("Thị trưởng London Sadiq Khan")."""
    data = lexicon.table("places_foreign.json")
    names = set(_set("people_countries.txt"))
    for country, spellings in data["countries"].items():
        names.update(fold(n) for n in (country, *spellings))
    names.update(fold(city) for city in data["cities"])
    return frozenset(names)


def is_country(words: list[str], whole: bool = False) -> int:
    """How many leading words name a country or a foreign city (0 when they do not); `whole`: the words may be
    just the place."""
    for size in (3, 2, 1):
        if (len(words) > size or (whole and len(words) == size)) and fold_word(" ".join(words[:size])) in _foreign_places():
            return size
    return 0


def is_not_name(name: str) -> bool:
    """A place, country or historical figure that reads like a personal name (Hà Nội, Hồ Chí Minh)."""
    words = fold_word(name).split()
    known = _set("people_not_names.txt")
    return " ".join(words) in known or " ".join(words[:2]) in known


def _name_size(words: list[str]) -> int:
    """How many words of a run starting with a family name can be the name: it ends before a word no name
    holds ("Nguyễn Duy Thịnh Viện ...", "Sinh Viên Việt Nam", "Quan Hệ Công Chúng")."""
    inside, given, given_of_four = _not_name_words()
    folded = [fold_word(w) for w in words]
    for i in range(1, len(folded)):
        if folded[i] in given and i == len(folded) - 1 and (i in (1, 2) or folded[i] in given_of_four):
            break  # "Vũ Văn Viện", "Hà Ban": a given name at the run's end ("Lê Thị Anh Thư" too)
        if folded[i] in inside or " ".join(folded[i:i + 2]) in inside:
            return i
    return len(words)


@cache
def _not_name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """people_not_name_words.txt: the words, those of them marked " ?" or " ??" that are also given names, and those
    marked " ??" that also end a run of four."""
    entries = [(fold(e.rstrip(" ?")), e[len(e.rstrip(" ?")):]) for e in lexicon.words("people_not_name_words.txt")]
    return (frozenset(word for word, _ in entries), frozenset(word for word, mark in entries if mark),
            frozenset(word for word, mark in entries if mark == " ??"))


@cache
def places() -> frozenset[str]:
    """Province names and their spellings (from the places gazetteer), folded."""
    try:
        provinces = lexicon.table("provinces.json")["provinces"]
    except (KeyError, TypeError, FileNotFoundError):
        return frozenset()
    found = set()
    for entry in provinces:
        for name in [entry.get("name", ""), *entry.get("aliases", [])]:
            if len(name.split()) >= 2:
                found.add(fold(name))
    return frozenset(found)


@cache
def _known_places() -> frozenset[str]:
    """Every Vietnamese place name of the gazetteers (provinces, their cities and the big cities' districts), folded."""
    found = set(places())
    for entry in lexicon.table("places_cities.json")["cities"]:
        found.add(fold(entry["name"]))
    for names in lexicon.table("places_districts.json")["districts"].values():
        found.update(fold(name) for name in names)
    for entry in lexicon.table("provinces.json")["provinces"]:
        found.add(fold(entry.get("name", "")))
    return frozenset(found)


def is_place(words: list[str]) -> bool:
    """The words are a place's name: "Uông Bí", "Nam Từ Liêm", "Quảng Ninh"."""
    return fold_word(" ".join(words)) in _known_places()


def inside_a_place(words: list[str], first: int) -> bool:
    """The family-name-looking word closes a place name: "UBND tỉnh An Giang Lâm Quang Thi", "Bồ Đào Nha"."""
    known = places() | _set("people_not_names.txt") | _set("people_countries.txt")
    for start in range(max(0, first - 2), first):
        for end in range(first + 1, min(len(words), start + 3) + 1):
            if fold_word(" ".join(words[start:end])) in known:
                return True
    return False


def has_org_word(words: list[str]) -> bool:
    """A word of a brand or organisation name (Vietnam, Group, Institute): not a foreign personal name."""
    org_words = _set("people_org_words.txt")
    return any(fold_word(w) in org_words for w in words)


def is_vietnamese_name(name: str) -> bool:
    """Whether a whole name reads as a Vietnamese one: a family name, then syllables ("Nguyễn Thị Kim Ngân")."""
    words = name.split()
    return bool(words) and vietnamese_name_at(words, 0) == len(words)


def vietnamese_name_at(words: list[str], first: int) -> int:
    """How many words from `first` form a Vietnamese name (0 when they do not)."""
    if first >= len(words) or not is_surname(words[first]) and not (
            first + 1 < len(words) and fold_word(words[first + 1]) == "thị"
            and fold_word(words[first]) in _surnames_before_thi()):
        return 0
    size = _name_size(words[first:first + 4])
    if size < 2 or is_not_name(" ".join(words[first:first + size])):
        return 0
    if first and inside_a_place(words, first):
        return 0
    if fold_word(words[first]) == "đoàn" and is_place(words[first + 1:first + size]):
        return 0  # a province's delegation: "Đại biểu Quốc hội Đoàn Gia Lai"
    if len(words[first + size - 1]) == 1:
        return 0  # "chị Ngô Ngọc L.": a name withheld, not a participant
    return size


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """One key per spelling of a name, blind to tone placement and to tone-mark slips (Khanh/Khánh)."""
    return strip_tones(fold(name))
