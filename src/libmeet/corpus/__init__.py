"""The corpus as a whole: one event per real meeting, one person per real person, and the database.

Pure functions over the per-article records (JSON data, as in events.jsonl), run after parsing:

- `groups.group_events`: which records report the same meeting (`event_group`);
- `people_index.index_people`: which attendees are the same person (`person_id`);
- `summary`: each group's agreed values and disagreements, each person's names and positions;
- `database.write_database`: all of it as one SQLite file (`libmeet.sqlite`).

The names are loaded when first used (PEP 562): a re-run that reuses the corpus files (libmeet.corpus.outputs)
imports neither the grouping nor the parser's lexicons it needs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import exports

#: public name -> the module of this package that defines it
_WHERE = {"Group": "groups", "group_events": "groups", "PersonEntry": "people_index", "index_people": "people_index"}

__all__ = ["Group", "PersonEntry", "group_events", "index_people"]


__getattr__, __dir__ = exports(__name__, _WHERE, globals())


if TYPE_CHECKING:  # for type checkers and editors: the same names, imported eagerly
    from .groups import Group, group_events  # noqa: F401
    from .people_index import PersonEntry, index_people  # noqa: F401
