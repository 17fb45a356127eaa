"""The corpus files of ingest: every record in one group, people.csv, reuse on an unchanged corpus."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from libmeet import ingest
from libmeet.corpus import outputs as corpus_outputs
from libmeet.corpus.outputs import CORPUS_OUTPUTS
from libmeet.corpus.tables import GROUP_COLUMNS, PEOPLE_COLUMNS


RECORD_OUTPUTS = ("events.json", "events.jsonl", "events.csv", "attendees.csv")


def files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in (*RECORD_OUTPUTS, *CORPUS_OUTPUTS)}


@pytest.fixture()
def raw(dev_copy) -> Path:
    return dev_copy


def _must_not_build(records):
    raise AssertionError("computed again although the records are the same")


def test_every_record_is_in_one_group_and_every_attendee_a_person(raw, tmp_path):
    out = tmp_path / "out"
    summary = ingest(raw, out, jobs=0)
    records = json.loads((out / "events.json").read_text(encoding="utf-8"))
    groups = json.loads((out / "events_grouped.json").read_text(encoding="utf-8"))
    assert summary.groups == len(groups) > 0
    paths = [s["path"] for g in groups for s in g["sources"]]
    assert sorted(paths) == sorted(r["source"]["path"] for r in records)
    with open(out / "events_grouped.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == GROUP_COLUMNS and len(rows) == len(groups) + 1
    with open(out / "people.csv", encoding="utf-8-sig", newline="") as handle:
        people = list(csv.DictReader(handle))
    assert tuple(people[0]) == PEOPLE_COLUMNS
    named = {a["person_id"] for g in groups for a in g["attendees"]}
    assert named == {p["person_id"] for p in people}
    assert sum(len(r["attendees"]) for r in records) >= len(people) > 0
    # each record names its group, each attendee its person, as the corpus files have them
    group_of = {s["path"]: g["event_group"] for g in groups for s in g["sources"]}
    assert {r["source"]["path"]: r["event_group"] for r in records} == group_of
    in_groups = {(g["event_group"], a["person_id"]) for g in groups for a in g["attendees"]}
    assert {(r["event_group"], a["person_id"]) for r in records for a in r["attendees"]} == in_groups
    with open(out / "attendees.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["event_group"], row["person_id"]) for row in rows] == [
        (r["event_group"], a["person_id"]) for r in records for a in r["attendees"]]


def test_an_unchanged_corpus_reuses_the_corpus_files(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    ingest(raw, out, jobs=0)
    before = files(out)
    monkeypatch.setattr("libmeet.corpus.build.build_corpus", _must_not_build)  # (imported by write_corpus to build)
    ingest(raw, out, jobs=0)
    assert files(out) == before


def test_a_changed_corpus_computes_them_again(raw, tmp_path):
    out = tmp_path / "out"
    ingest(raw, out, jobs=0)
    first = sorted(raw.iterdir())[0]
    first.unlink()
    ingest(raw, out, jobs=0)
    ingest(raw, tmp_path / "fresh", jobs=0, cache=False)
    assert files(out) == files(tmp_path / "fresh")
    assert first.name not in (out / "events_grouped.json").read_text(encoding="utf-8")


def test_a_hand_edited_corpus_file_is_written_again(raw, tmp_path):
    out = tmp_path / "out"
    ingest(raw, out, jobs=0)
    before = files(out)
    (out / "people.csv").write_text("edited", encoding="utf-8")
    ingest(raw, out, jobs=0)
    assert files(out) == before


def test_a_rerun_links_the_unchanged_corpus_files_rather_than_copying_them(raw, tmp_path):
    out = tmp_path / "out"
    ingest(raw, out, jobs=0)
    before = {name: (out / name).resolve().stat().st_ino for name in corpus_outputs.CORPUS_OUTPUTS}
    ingest(raw, out, jobs=0)
    assert {name: (out / name).resolve().stat().st_ino for name in corpus_outputs.CORPUS_OUTPUTS} == before


def test_a_rerun_copies_a_corpus_file_made_read_only_rather_than_linking_it(raw, tmp_path, monkeypatch):
    """review 53: a link keeps the old file's mode, and the generation's commit opens each file to sync it; a file the
    user made read-only (chmod 444) is copied into the new generation, which then holds the same bytes."""
    out = tmp_path / "out"
    ingest(raw, out, jobs=0)
    before = files(out)
    locked = (out / "people.csv").resolve()
    inode = locked.stat().st_ino
    real_access = corpus_outputs.os.access
    monkeypatch.setattr(corpus_outputs.os, "access",
                        lambda path, mode: False if Path(path) == locked else real_access(path, mode))
    ingest(raw, out, jobs=0)
    assert (out / "people.csv").resolve().stat().st_ino != inode
    assert files(out) == before
