"""Small event records (JSON data as in events.jsonl) for the corpus-layer tests."""
from __future__ import annotations

import hashlib


def record(path: str, *, title: str = "", kind: str | None = "hội nghị", name: str | None = None,
           start: str | None = "2017-05-10", end: str | None = None, province: str | None = "Hà Nội",
           country: str | None = "Việt Nam", edition: int | None = None, attendees: list[dict] | None = None,
           directions: list[str] | None = None, organizers: list[str] | None = None, content: str | None = None) -> dict:
    """A record of the file `path`; files of the same `content` (default: the path) have the same id and sha256."""
    digest = hashlib.sha256((content or path).encode()).hexdigest()
    return {
        "id": "ev-" + digest[:16],
        "source": {"path": path, "sha256": digest, "url": None, "published": None, "title": title,
                   "encoding": "utf-8", "format": "txt"},
        "kind": kind, "name": name, "edition": edition, "start_date": start, "end_date": end or start,
        "place": {"text": None, "venue": None, "city": None, "province": province, "province_2025": province,
                  "country": country, "online": False, "inferred": False},
        "organizers": organizers or [], "attendees": attendees or [],
        "attendance": {"delegates": None, "organizations": None, "sites": None},
        "directions": directions or [], "evidence": {}, "warnings": [], "parser_version": "test",
    }


def person(name: str, position: str | None = None, organization: str | None = None, roles: list[str] | None = None
           ) -> dict:
    return {"name": name, "honorific": None, "academic_title": None, "position": position,
            "organization": organization, "roles": roles or []}
