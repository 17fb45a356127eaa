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


def _line_by_line(text: str, groups: list[str], people: list[list[str]]) -> str:
    """events.json filled one line at a time: the rule _json follows a block of lines at a time."""
    records, pids, out = iter(zip(groups, people, strict=True)), iter(()), []
    for line in text.splitlines(keepends=True):
        if line == '  "event_group": null,\n':
            group, record_pids = next(records)
            pids = iter(record_pids)
            line = f'  "event_group": "{group}",\n'
        elif line == '      "person_id": null\n':
            line = f'      "person_id": "{next(pids)}"\n'
        out.append(line)
    return "".join(out)


@pytest.mark.parametrize("block", [1, 7, 64, 1 << 20])
def test_events_json_is_filled_the_same_whatever_the_block(tmp_path, monkeypatch, block):
    from libmeet.corpus import links

    records = [record(f"{n}.txt", attendees=[person(f"Lê Văn {c}") for c in "ABC"[:n % 4]]) for n in range(6)]
    records = [Event.model_validate(r).model_dump(mode="json") for r in records]
    with OutputSet(tmp_path / "out") as outputs:
        for r in records:
            outputs.add(render({"path": r["source"]["path"], "status": "ok"}, r))
    text = (tmp_path / "out" / "events.json").read_text(encoding="utf-8")
    # lines to fill next to each other, at the start and at the end: found wherever a block ends
    text = '      "person_id": null\n' + text + '  "event_group": null,\n  "event_group": null,\n'
    path = tmp_path / "events.json"
    path.write_text(text, encoding="utf-8")
    groups = [f"grp-{n}" for n in range(len(records) + 2)]
    people = [[f"p-{n}-{i}" for i in range(n % 4)] for n in range(len(records))] + [[], []]
    with pytest.raises(RuntimeError):  # a person line before any group: as the line-by-line rule fails
        "".join(links._json(path, groups, people))
    path.write_text(text[len('      "person_id": null\n'):], encoding="utf-8")
    monkeypatch.setattr(links, "_BLOCK", block)
    want = _line_by_line(path.read_text(encoding="utf-8"), groups, people)
    assert "".join(links._json(path, groups, people)) == want
    assert want.count('"event_group": "grp-') == len(groups) and '"person_id": null' not in want
