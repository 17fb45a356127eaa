"""The corpus layer's files: events_grouped.json, events_grouped.csv and people.csv."""
from __future__ import annotations

from typing import IO

from ..output import LIST_SEPARATOR, csv_writer, dumps, safe_cell
from .build import Corpus
from .people_index import PersonEntry, Post

#: columns of events_grouped.csv, in order (documented in README)
GROUP_COLUMNS = (
    "event_group", "records", "source_paths", "kind", "name", "edition", "start_date", "end_date",
    "venue", "city", "province", "province_2025", "country", "online", "delegates", "organizers",
    "attendees", "person_ids", "directions", "disagreements",
)
#: columns of people.csv, in order (documented in README)
PEOPLE_COLUMNS = ("person_id", "name", "names", "positions", "events", "first_date", "last_date")


def _joined(items) -> str:
    return LIST_SEPARATOR.join(str(i) for i in items if i not in (None, ""))


def group_row(summary: dict) -> list[str]:
    values = dict(summary)
    values.update(
        source_paths=_joined(s["path"] for s in summary["sources"]),
        organizers=_joined(summary["organizers"]),
        attendees=_joined(a["name"] for a in summary["attendees"]),
        person_ids=_joined(a["person_id"] for a in summary["attendees"]),
        directions=_joined(summary["directions"]),
        disagreements=_joined(summary["disagreements"]),
    )
    return [safe_cell(values.get(c)) for c in GROUP_COLUMNS]


def post_text(post: Post) -> str:
    """'Thứ trưởng, Bộ Y tế (2017-01-05 – 2017-06-30)': a position, its organisation and when it was seen."""
    held = ", ".join(x for x in (post.position, post.organization) if x)
    when = post.first if post.first == post.last else f"{post.first or '?'} – {post.last or '?'}"
    return f"{held} ({when})" if post.first or post.last else held


def person_row(person: PersonEntry) -> list[str]:
    values = {
        "person_id": person.id, "name": person.name, "names": _joined(person.names),
        "positions": _joined(post_text(p) for p in person.posts), "events": person.events,
        "first_date": person.first, "last_date": person.last,
    }
    return [safe_cell(values[c]) for c in PEOPLE_COLUMNS]


def write_grouped_json(handle: IO[str], corpus: Corpus) -> None:
    """A JSON array, one group a few lines (indented as events.json is)."""
    handle.write("[")
    for n, summary in enumerate(corpus.summaries):
        handle.write(("," if n else "") + "\n" + dumps(summary, indent=2))
    handle.write("\n]\n" if corpus.summaries else "]\n")


def write_grouped_csv(handle: IO[str], corpus: Corpus) -> None:
    writer = csv_writer(handle)
    writer.writerow(GROUP_COLUMNS)
    writer.writerows(group_row(s) for s in corpus.summaries)


def write_people_csv(handle: IO[str], corpus: Corpus) -> None:
    writer = csv_writer(handle)
    writer.writerow(PEOPLE_COLUMNS)
    writer.writerows(person_row(p) for p in corpus.people)
