"""Filling event_group and person_id into the record outputs: only those cells change."""
from __future__ import annotations

import json

import pytest

from libmeet.corpus.links import fill_links
from libmeet.models import Event
from libmeet.output import OutputSet, render

from .corpus_records import person, record


@pytest.mark.parametrize("bom", [True, False])
def test_links_are_filled_into_every_record_output(tmp_path, bom):
    records = [
        record("a.txt", title="=1+1 \"quoted\"\r\nline two", attendees=[person("Lê Văn A"), person("Trần Thị B")],
               directions=["first,\nsecond"]),
        record("b.txt", attendees=[]),
        record("c.txt", attendees=[person('Nguyễn "C"', "Giám đốc", "Sở Y tế, Hà Nội")]),
    ]
    records = [Event.model_validate(r).model_dump(mode="json") for r in records]  # the links' places, empty
    groups = ["grp-1", "grp-2", "grp-1"]
    people = [["p-a", "p-b"], [], ["p-c"]]
    with OutputSet(tmp_path / "got", bom=bom) as outputs:
        for r in records:
            outputs.add(render({"path": r["source"]["path"], "status": "ok"}, r))
        outputs.on_complete(lambda paths: fill_links(paths, groups, people, bom=bom))
    for r, group, pids in zip(records, groups, people):
        r["event_group"] = group
        for a, pid in zip(r["attendees"], pids):
            a["person_id"] = pid
    with OutputSet(tmp_path / "want", bom=bom) as outputs:
        for r in records:
            outputs.add(render({"path": r["source"]["path"], "status": "ok"}, r))
    for name in ("events.json", "events.jsonl", "events.csv", "attendees.csv", "report.json"):
        assert (tmp_path / "got" / name).read_bytes() == (tmp_path / "want" / name).read_bytes(), name
    assert [r["event_group"] for r in json.loads((tmp_path / "got" / "events.json").read_text())] == groups


def test_a_failing_finisher_puts_nothing_in_place(tmp_path):
    def fail(paths):
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError), OutputSet(tmp_path) as outputs:
        outputs.add(render({"path": "a.txt", "status": "ok"}, record("a.txt")))
        outputs.on_complete(fail)
    assert list(tmp_path.iterdir()) == []
