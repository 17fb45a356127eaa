"""The corpus as a whole: one event per real meeting, one person per real person, and the database.

Pure functions over the per-article records (JSON data, as in events.jsonl), run after parsing:

- `groups.group_events`: which records report the same meeting (`event_group`);
- `people_index.index_people`: which attendees are the same person (`person_id`);
- `summary`: each group's agreed values and disagreements, each person's names and positions;
- `database.write_database`: all of it as one SQLite file (`libmeet.sqlite`).
"""
from __future__ import annotations

from .groups import Group, group_events
from .people_index import PersonEntry, index_people

__all__ = ["Group", "PersonEntry", "group_events", "index_people"]
