"""The corpus layer in one call: groups, people and each group's agreed values, from the per-article records."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..parse.normalize import fold
from .groups import EventKey, Group, group_events
from .people_index import PersonEntry, index_people

#: fields of a group that its records may disagree on: (name in the summary, path in the record)
AGREED_FIELDS = (
    ("kind", ("kind",)), ("name", ("name",)), ("edition", ("edition",)),
    ("start_date", ("start_date",)), ("end_date", ("end_date",)),
    ("venue", ("place", "venue")), ("city", ("place", "city")), ("province", ("place", "province")),
    ("province_2025", ("place", "province_2025")), ("country", ("place", "country")),
    ("online", ("place", "online")), ("delegates", ("attendance", "delegates")),
)


def slim(record: dict) -> dict:
    """The record without what the corpus layer never reads (evidence: the bulk of a record)."""
    return {k: v for k, v in record.items() if k != "evidence"}


@dataclass
class Corpus:
    """The records (JSON data, in output order) with their event groups and the people in them."""

    records: list[dict]
    groups: list[Group]
    group_of: list[str]  # the group id of each record
    person_ids: list[list[str]]  # the person id of each attendee of each record
    people: list[PersonEntry]
    summaries: list[dict] = field(default_factory=list)  # one per group, in the order of `groups`


def _get(record: dict, path: tuple[str, ...]):
    value = record
    for key in path:
        value = (value or {}).get(key)
    return value


def _union(values: Iterable[str]) -> list[str]:
    """Each text once (compared folded), in the order first seen."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(fold(value), value)
    return list(seen.values())


def summarize(group: Group, records: Sequence[dict], person_ids: Sequence[Sequence[str]]) -> dict:
    """One meeting as its sources tell it: the value most of them give, and where they disagree."""
    members = [records[i] for i in group.members]
    summary: dict = {"event_group": group.id, "records": len(members), "sources": [
        {"event_id": r.get("id"), "path": _get(r, ("source", "path")), "url": _get(r, ("source", "url")),
         "title": _get(r, ("source", "title")), "published": _get(r, ("source", "published"))} for r in members]}
    disagreements: dict[str, list[dict]] = {}
    for name, path in AGREED_FIELDS:
        votes: dict = {}
        for r in members:
            value = _get(r, path)
            if value is not None:
                votes.setdefault(value, []).append(_get(r, ("source", "path")))
        if not votes:
            summary[name] = None
            continue
        summary[name] = min(votes, key=lambda v: (-len(votes[v]), str(v)))
        if len(votes) > 1:
            disagreements[name] = [{"value": v, "sources": votes[v]}
                                   for v in sorted(votes, key=lambda v: (-len(votes[v]), str(v)))]
    summary["organizers"] = _union(o for r in members for o in r.get("organizers") or [])
    attendees: dict[str, dict] = {}
    for i in group.members:
        for person, pid in zip(records[i].get("attendees") or [], person_ids[i]):
            seen = attendees.setdefault(pid, {"person_id": pid, "name": person.get("name"), "position": None,
                                              "organization": None})
            for key in ("position", "organization"):
                seen[key] = seen[key] or person.get(key)
    summary["attendees"] = list(attendees.values())
    summary["directions"] = _union(d for r in members for d in r.get("directions") or [])
    summary["disagreements"] = disagreements
    return summary


def build_corpus(records: Sequence[dict], keys: Sequence[EventKey | None] | None = None) -> Corpus:
    """Group the records into meetings, find the people, and summarise each meeting. keys: the grouping key of
    each record, where it was made already (groups.EventKey.of, as the records came in)."""
    records = list(records)
    groups = group_events(records, keys)
    group_of = [""] * len(records)
    for group in groups:
        for i in group.members:
            group_of[i] = group.id
    person_ids, people = index_people(records, group_of)
    corpus = Corpus(records, groups, group_of, person_ids, people)
    corpus.summaries = [summarize(g, records, person_ids) for g in groups]
    return corpus


def most_common(values: Iterable[str]) -> str | None:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None
