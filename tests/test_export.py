"""libmeet export: re-exports what ingest wrote, without re-parsing, in csv / jsonl / json."""
import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from libmeet.cli import main
from libmeet.export import ExportError, delimiter_char, export_records, read_records
from libmeet.models import Event
from libmeet.output import ATTENDEE_COLUMNS, EVENT_COLUMNS

from .conftest import REPO

FORMULA = '=HYPERLINK("http://example.invalid","bấm vào đây")'


def nasty_records() -> list[dict]:
    """Two records full of what breaks spreadsheets: Vietnamese letters in both tone placements, commas
    and quotes inside fields, multi-line text, and cells a spreadsheet would run as formulas."""
    first = Event(
        id="ev-0000000000000001",
        source={"path": "raw/bài mới, số 1.txt", "sha256": "a" * 64, "url": "https://thuvien.vn/tin?id=1&x=2",
                "published": "2020-10-09", "title": "\tHội nghị thường niên lần thứ XVIII"},
        kind="hội nghị",
        name='Hội nghị "Thư viện số", lần thứ XVIII – Liên hợp thư viện Việt Nam về nguồn tin KH&CN',
        edition=18, start_date="2020-10-08", end_date="2020-10-09",
        place={"text": "tại Hội trường A, Trường Đại học Khoa học, thành phố Huế", "venue": "Hội trường A, Trường Đại học Khoa học",
               "city": "Huế", "province": "Thừa Thiên Huế"},
        organizers=["Thư viện Quốc gia Việt Nam", "@Liên hợp thư viện"],
        attendees=[
            {"name": "Nguyễn Thị Thuý Hằng", "honorific": "bà", "academic_title": "PGS.TS.",
             "position": "Phó Giám đốc, phụ trách chuyên môn", "organization": 'Thư viện "Tạ Quang Bửu"',
             "roles": ["chủ trì", "phát biểu khai mạc"]},
            {"name": "Trần Văn Ước", "position": "-Trưởng phòng", "organization": FORMULA, "roles": ["báo cáo"]},
            {"name": "Đặng Thúy Hòa", "position": "+ Chuyên viên", "organization": "Sở Văn hóa, Thể thao và Du lịch"},
        ],
        attendance={"delegates": 400, "organizations": 68, "sites": None},
        directions=["Tăng cường liên kết, chia sẻ;\nphát triển nguồn lực thông tin số",
                    "-Tiếp tục đào tạo\r\nnguồn nhân lực", "=1+1"],
        warnings=['năm suy ra từ ngày đăng "2020"'],
    )
    second = Event(
        id="ev-0000000000000002",
        source={"path": "raw/trực tuyến.html", "sha256": "b" * 64},
        kind="tọa đàm", name="Tọa đàm trực tuyến về văn hoá đọc", start_date="2021-04-21",
        place={"online": True, "country": None},
        attendees=[{"name": "Lê Minh Đức", "position": "Giám đốc"}],
    )
    return [first.model_dump(mode="json"), second.model_dump(mode="json")]


@pytest.fixture
def events_json(tmp_path):
    path = tmp_path / "events.json"
    path.write_text(json.dumps(nasty_records(), ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def read_csv(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_reexport_of_an_ingest_run_is_byte_identical(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["ingest", str(REPO / "data" / "raw"), "--out", str(out), "-q"]).exit_code == 0
    for source in (out / "events.json", out / "events.jsonl", out):
        for fmt, attendees, original in (("json", False, "events.json"), ("jsonl", False, "events.jsonl"),
                                         ("csv", False, "events.csv"), ("csv", True, "attendees.csv")):
            target = tmp_path / f"again-{fmt}-{attendees}"
            assert export_records(source, target, fmt=fmt, attendees=attendees) == 5
            assert target.read_bytes() == (out / original).read_bytes(), (source, original)


def test_json_keeps_the_exact_text_csv_neutralises_formulas(events_json, tmp_path):
    export_records(events_json, tmp_path / "e.jsonl", fmt="jsonl")
    back = [json.loads(l) for l in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert back == nasty_records()
    assert back[0]["attendees"][1]["organization"] == FORMULA

    export_records(events_json, tmp_path / "a.csv", attendees=True)
    rows = read_csv(tmp_path / "a.csv")
    assert tuple(rows[0]) == ATTENDEE_COLUMNS
    people = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert [p["name"] for p in people] == ["Nguyễn Thị Thuý Hằng", "Trần Văn Ước", "Đặng Thúy Hòa", "Lê Minh Đức"]
    assert people[1]["organization"] == "'" + FORMULA
    assert people[1]["position"] == "'-Trưởng phòng"
    assert people[2]["position"] == "'+ Chuyên viên"
    assert people[0]["organization"] == 'Thư viện "Tạ Quang Bửu"'
    assert people[0]["roles"] == "chủ trì ; phát biểu khai mạc"
    assert people[3]["online"] == "true" and people[3]["province"] == ""


def test_event_csv_columns_and_cells(events_json, tmp_path):
    export_records(events_json, tmp_path / "e.csv")
    assert (tmp_path / "e.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(tmp_path / "e.csv")
    assert tuple(rows[0]) == EVENT_COLUMNS
    first = dict(zip(rows[0], rows[1]))
    assert first["directions"] == ("Tăng cường liên kết, chia sẻ;\nphát triển nguồn lực thông tin số ; "
                                   "-Tiếp tục đào tạo\nnguồn nhân lực ; =1+1")
    assert first["title"] == "'\tHội nghị thường niên lần thứ XVIII"
    assert first["organizers"] == "Thư viện Quốc gia Việt Nam ; @Liên hợp thư viện"
    assert (first["attendee_count"], first["delegates"], first["sites"]) == ("3", "400", "")


@pytest.mark.parametrize("given, char", [(",", ","), (";", ";"), ("tab", "\t"), ("\\t", "\t"), ("|", "|")])
def test_delimiters(events_json, tmp_path, given, char):
    assert delimiter_char(given) == char
    export_records(events_json, tmp_path / "d.csv", delimiter=given, bom=False)
    assert not (tmp_path / "d.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(tmp_path / "d.csv", delimiter=char)
    assert [len(r) for r in rows] == [len(EVENT_COLUMNS)] * 3


@pytest.mark.parametrize("bad", ["", ";;", '"', "a", "\n"])
def test_bad_delimiters_are_refused(bad):
    with pytest.raises(ValueError):
        delimiter_char(bad)


def test_an_invalid_record_stops_the_export_before_writing(events_json, tmp_path):
    records = nasty_records()
    records[1]["end_date"] = "2021-04-01"   # before its start date
    events_json.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "keep.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError, match=r"record 2 is not a valid event record: .*before start_date"):
        export_records(events_json, target)
    assert target.read_text(encoding="utf-8") == "old"
    result = CliRunner().invoke(main, ["export", str(events_json), "--out", str(target)])
    assert result.exit_code == 1 and "record 2" in result.stderr and result.stdout == ""


def test_unknown_keys_and_broken_lines_are_refused(tmp_path):
    path = tmp_path / "events.jsonl"
    record = nasty_records()[1]
    path.write_text(json.dumps({**record, "colour": "red"}) + "\n", encoding="utf-8")
    with pytest.raises(ExportError, match="line 1 .*colour"):
        read_records(path)
    path.write_text(json.dumps(record) + "\n{broken\n", encoding="utf-8")
    with pytest.raises(ExportError, match="line 2 is not valid JSON"):
        read_records(path)


def test_cli_to_stdout(events_json):
    result = CliRunner().invoke(main, ["export", str(events_json), "--format", "csv", "--attendees", "--no-bom",
                                       "--delimiter", ";", "--out", "-"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout, newline=""), delimiter=";"))
    assert tuple(rows[0]) == ATTENDEE_COLUMNS and len(rows) == 5
    assert "exported 2 records" in result.stderr


@pytest.mark.parametrize("args", [["--format", "xlsx"], ["--delimiter", "ab"], ["--out"],
                                  ["--format", "json", "--attendees"]])
def test_cli_usage_errors(events_json, args):
    assert CliRunner().invoke(main, ["export", str(events_json), *args]).exit_code == 2


def test_readme_documents_every_column():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_0-9]+)` \|", readme, flags=re.M))
    missing = (set(EVENT_COLUMNS) | set(ATTENDEE_COLUMNS)) - documented
    assert not missing, f"README lacks a row for the column(s) {sorted(missing)}"


def test_written_files_get_the_usual_permissions_not_private_ones(events_json, tmp_path):
    import os

    old = os.umask(0o022)
    try:
        export_records(events_json, tmp_path / "shared.csv")
    finally:
        os.umask(old)
    assert (tmp_path / "shared.csv").stat().st_mode & 0o777 == 0o644


# --- strict types on input, a clear message, nothing written (issue 11.13) ---------------------------------

def _one_record(tmp_path) -> dict:
    from libmeet.api import ingest

    ingest(REPO / "data" / "raw", tmp_path / "out", jobs=0, cache=False)
    return json.loads((tmp_path / "out" / "events.json").read_text(encoding="utf-8"))[0]


def _edited(record: dict, path: str, value) -> dict:
    record = json.loads(json.dumps(record))
    *parents, last = path.split(".")
    target = record
    for key in parents:
        target = target[key]
    target[last] = value
    return record


@pytest.mark.parametrize(("make", "says"), [
    (lambda r: json.dumps([_edited(r, "place.online", "false")]), "place.online: Input should be a valid boolean"),
    (lambda r: json.dumps([_edited(r, "start_date", 86400)]), "start_date: Input should be a valid date"),
    (lambda r: json.dumps([_edited(r, "attendance.delegates", "400")]), "attendance.delegates"),
    (lambda r: json.dumps([r]).replace('"edition": ', '"edition": ' + "9" * 5000 + ", \"x\": ", 1),
     "thousands of digits"),
    (lambda r: "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    (lambda r: "[]\n", "holds no event record"),
    (lambda r: json.dumps([1, 2]), "is not an event record"),
])
def test_a_file_that_is_not_strictly_records_exports_nothing(tmp_path, make, says):
    source = tmp_path / "events.json"
    source.write_text(make(_one_record(tmp_path)), encoding="utf-8")
    target = tmp_path / "events.csv"
    result = CliRunner().invoke(main, ["export", str(source), "--out", str(target)])
    assert result.exit_code == 1
    assert says in result.stderr and "Traceback" not in result.output
    assert not target.exists()
