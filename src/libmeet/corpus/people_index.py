"""People across events: which attendees of which records are the same person.

Attendees are compared by name key (Unicode form, tone-mark placement and case folded: Thuý = Thúy;
honorifics and academic titles are already apart from the name). Among the attendees with one name
key, two are the same person when

- they are named in records of the same event group (two outlets reporting one meeting), or
- their organisations agree (abbreviations written out: Bộ TT&TT = Bộ Thông tin và Truyền thông), or
- their positions agree and their organisations do not disagree (one or both unnamed).

A name alone never merges two people: "Nguyễn Văn Hùng" at two meetings with no position or
organisation stated are two persons. `person_id` is "p-" and a hash of the name key and the
smallest record id the person appears in, stable while that record stays.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .keys import name_key, org_key, position_key


@dataclass
class Post:
    """A position (with its organisation) a person was seen holding, and the dates of the first and last event."""

    position: str | None
    organization: str | None
    first: str | None
    last: str | None
    events: int = 0


@dataclass
class PersonEntry:
    id: str
    name: str  # the spelling seen most often (ties: the first in sort order)
    names: list[str] = field(default_factory=list)  # every spelling seen, sorted
    posts: list[Post] = field(default_factory=list)
    events: int = 0  # event groups the person attended
    first: str | None = None  # first and last event date
    last: str | None = None


@dataclass(frozen=True)
class _Mention:
    record: int
    slot: int  # the attendee's index in the record
    record_id: str
    group: str
    date: str | None
    name: str
    position: str | None
    organization: str | None
    pos_key: str
    org_key: str


def _mentions(records: Sequence[dict], groups: Sequence[str]) -> dict[str, list[_Mention]]:
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    for i, record in enumerate(records):
        province = (record.get("place") or {}).get("province")
        for slot, person in enumerate(record.get("attendees") or []):
            key = name_key(person.get("name"))
            if not key:
                continue
            by_name[key].append(_Mention(
                i, slot, record.get("id") or "", groups[i], record.get("start_date"), person["name"],
                person.get("position"), person.get("organization"),
                position_key(person.get("position")), org_key(person.get("organization"), province)))
    return by_name


def _clusters(mentions: list[_Mention]) -> list[list[_Mention]]:
    parent = list(range(len(mentions)))
    orgs = [{m.org_key} - {""} for m in mentions]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int, *, unless_orgs_differ: bool = False) -> None:
        ra, rb = find(a), find(b)
        if ra == rb or (unless_orgs_differ and orgs[ra] and orgs[rb] and not orgs[ra] & orgs[rb]):
            return
        ra, rb = min(ra, rb), max(ra, rb)
        parent[rb] = ra
        orgs[ra] |= orgs[rb]

    for attr in ("group", "org_key"):
        first: dict[str, int] = {}
        for i, m in enumerate(mentions):
            value = getattr(m, attr)
            if value:
                union(first.setdefault(value, i), i)
    first = {}
    for i, m in enumerate(mentions):
        if m.pos_key:
            union(first.setdefault(m.pos_key, i), i, unless_orgs_differ=True)
    found: dict[int, list[_Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        found[find(i)].append(m)
    return list(found.values())


def _entry(key: str, cluster: list[_Mention]) -> PersonEntry:
    first_record = min(m.record_id for m in cluster)
    pid = "p-" + hashlib.sha1(f"{key}|{first_record}".encode()).hexdigest()[:16]
    spellings = Counter(m.name for m in cluster)
    dates = sorted(m.date for m in cluster if m.date)
    posts: dict[tuple[str, str], Post] = {}
    post_groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in sorted(cluster, key=lambda m: (m.date or "", m.record_id, m.slot)):
        if not (m.position or m.organization):
            continue
        k = (m.pos_key, m.org_key)
        post = posts.setdefault(k, Post(m.position, m.organization, m.date, m.date))
        if m.date:
            post.first = min(filter(None, (post.first, m.date)))
            post.last = max(filter(None, (post.last, m.date)))
        post_groups[k].add(m.group)
    for k, post in posts.items():
        post.events = len(post_groups[k])
    return PersonEntry(
        id=pid, name=min(spellings, key=lambda s: (-spellings[s], s)), names=sorted(spellings),
        posts=sorted(posts.values(), key=lambda p: (p.first or "", p.position or "", p.organization or "")),
        events=len({m.group for m in cluster}), first=dates[0] if dates else None,
        last=dates[-1] if dates else None)


def index_people(records: Sequence[dict], groups: Sequence[str]) -> tuple[list[list[str]], list[PersonEntry]]:
    """Person ids for every attendee of every record (in the records' order), and the people sorted by id.

    groups: the event group of each record (as `group_events` gives them).
    """
    ids: list[list[str]] = [[""] * len(r.get("attendees") or []) for r in records]
    people: list[PersonEntry] = []
    for key, mentions in _mentions(records, groups).items():
        for cluster in _clusters(mentions):
            entry = _entry(key, cluster)
            people.append(entry)
            for m in cluster:
                ids[m.record][m.slot] = entry.id
    people.sort(key=lambda p: p.id)
    return ids, people
