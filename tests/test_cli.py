import json

from click.testing import CliRunner

from libmeet import __version__
from libmeet.cli import main

from .conftest import REPO

SAMPLE = REPO / "data" / "raw" / "000_972f7865f036ce15.txt"


def test_ingest_writes_the_five_outputs(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(REPO / "data" / "raw"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("events.json", "events.jsonl", "events.csv", "attendees.csv", "report.json"):
        assert (tmp_path / name).is_file(), name
    events = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert len(events) == 5
    assert [e["source"]["path"] for e in events] == sorted(e["source"]["path"] for e in events)
    assert (tmp_path / "events.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_parse_prints_one_record():
    result = CliRunner().invoke(main, ["parse", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["start_date"] == "2020-10-08"
    assert record["edition"] == 18


def test_schema_is_json():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == "Event"


def test_missing_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope")])
    assert result.exit_code == 2


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert __version__ in result.output
