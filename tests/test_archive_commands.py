"""`libmeet validate` and `libmeet parse` read the archives and dumps ingest reads, record by record, each named
ARCHIVE#RECORD as in ingest's report."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from libmeet import ingest
from libmeet.cli import main

from .test_archives import NEWS_PLEASE, NO_YEAR, _zip, dev_files, dev_warc, records, report, without_place


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def parsed(record: dict) -> dict:
    """An ingest record as `parse` gives it: without what only the corpus gives (event groups, person ids)."""
    attendees = [{**a, "person_id": None} for a in record["attendees"]]
    return {**record, "event_group": None, "attendees": attendees}


def checks(result) -> list[dict]:
    return json.loads(result.stdout)["checks"]


def test_validate_checks_each_record_of_a_warc_as_it_checks_the_files(tmp_path):
    warc = dev_warc(tmp_path / "dev.warc.gz")
    folder = run("validate", *map(str, dev_files()), "--format", "json", "--jobs", "0", "--quiet")
    archive = run("validate", str(warc), "--format", "json", "--jobs", "2", "--quiet")
    assert archive.exit_code == folder.exit_code == 1  # some dev articles lack what the policy asks
    # one check per record, named as ingest's report names it, with the verdict its file gets
    ingest(warc, tmp_path / "out", jobs=0, cache=False)
    assert [c["path"] for c in checks(archive)] == [e["path"] for e in report(tmp_path / "out")]
    assert [(c["ok"], c["problems"]) for c in checks(archive)] == [(c["ok"], c["problems"]) for c in checks(folder)]
    text = run("validate", str(warc), "--jobs", "0", "--quiet")
    failed = [c for c in checks(archive) if not c["ok"]]
    assert text.stdout.splitlines()[0] == f"{failed[0]['path']}: {failed[0]['problems'][0]}"


def test_validate_reads_dumps_with_named_fields_and_zips_beside_files(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "dump.jsonl").write_text("\n".join([
        json.dumps({"body": NO_YEAR, "when": "2016-12-21"}, ensure_ascii=False), "{not json",
        json.dumps({"title": "only a title"})]) + "\n", encoding="utf-8")
    _zip(raw / "pages.zip", dev_files()[:2])
    (raw / "a.txt").write_bytes(dev_files()[0].read_bytes())
    result = run("validate", str(raw), "--text-field", "body", "--date-field", "when", "--format", "json",
                 "--jobs", "0", "--allow-missing", "attendees", "--quiet")
    got = {c["path"]: c for c in checks(result)}
    base = raw.as_posix()
    assert list(got) == [f"{base}/a.txt", f"{base}/dump.jsonl#1", f"{base}/dump.jsonl#2", f"{base}/dump.jsonl#3",
                         *(f"{base}/pages.zip#pages/{f.name}" for f in dev_files()[:2])]
    assert got[f"{base}/dump.jsonl#1"]["ok"]  # the text and the date from the keys named
    assert got[f"{base}/dump.jsonl#2"]["problems"][0].startswith("cannot read: not JSON")
    assert got[f"{base}/dump.jsonl#3"]["problems"] == [
        "no meeting detected: no article text: none of the keys body holds any"]
    # a member of a zip gets the verdict of the same file loose
    assert got[f"{base}/pages.zip#pages/{dev_files()[0].name}"]["ok"] == got[f"{base}/a.txt"]["ok"]


def test_parse_prints_each_event_of_an_archive_as_a_line_and_says_what_it_skipped(tmp_path):
    warc = dev_warc(tmp_path / "dev.warc.gz")
    ingest(warc, tmp_path / "out", jobs=0, cache=False)
    result = run("parse", str(warc))
    assert result.exit_code == 0, result.output
    assert [json.loads(line) for line in result.stdout.splitlines()] == [parsed(r) for r in records(tmp_path / "out")]
    skipped = [e for e in report(tmp_path / "out") if e["status"] == "skipped"]
    assert result.stderr.splitlines() == [f"skipped: {e['path']}: {e['reason']}" for e in skipped]


def test_parse_takes_one_record_by_the_name_the_report_gives_it(tmp_path):
    warc = dev_warc(tmp_path / "dev.warc.gz")
    ingest(warc, tmp_path / "out", jobs=0, cache=False)
    entries = report(tmp_path / "out")
    ok = next(e for e in entries if e["status"] == "ok")
    one = run("parse", ok["path"], "--timeout", "0")
    assert one.exit_code == 0, one.output
    assert one.stdout.startswith("{\n") and json.loads(one.stdout)["id"] == ok["event_id"]
    # the same article as a loose file gives the same record, but for where it was read from
    loose = next(f for f in dev_files() if f.name in json.loads(one.stdout)["source"]["url"])
    assert without_place(json.loads(one.stdout)) == without_place(json.loads(run("parse", str(loose)).stdout))
    skipped = next(e for e in entries if e["status"] == "skipped")
    result = run("parse", skipped["path"])
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"skipped: {skipped['path']}: {skipped['reason']}\n")
    missing = run("parse", f"{warc}#5")
    assert missing.exit_code == 1 and "no record named '5'" in missing.stderr
    assert run("parse", f"{tmp_path}/gone.warc.gz#0").exit_code == 2  # no such archive: a usage error, as for a file


def test_parse_reads_dumps_zips_and_reports_unreadable_records(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps(NEWS_PLEASE, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    result = run("parse", str(dump))
    assert result.exit_code == 1  # a record could not be read
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (event["source"]["path"], event["source"]["url"]) == (f"{dump}#1", NEWS_PLEASE["url"])
    assert result.stderr.startswith(f"error: {dump}#2: not JSON")
    archive = _zip(tmp_path / "pages.zip", dev_files()[:1])
    member = run("parse", f"{archive}#pages/{dev_files()[0].name}")
    loose = run("parse", str(dev_files()[0]))
    assert member.exit_code == loose.exit_code
    if loose.exit_code == 0:
        assert without_place(json.loads(member.stdout)) == without_place(json.loads(loose.stdout))
    custom = tmp_path / "custom.jsonl"
    custom.write_text(json.dumps({"body": NO_YEAR, "when": "2016-12-21"}, ensure_ascii=False) + "\n", encoding="utf-8")
    named = run("parse", str(custom), "--text-field", "body", "--date-field", "when")
    assert named.exit_code == 0, named.output
    assert json.loads(named.stdout)["start_date"] == "2016-12-20"
