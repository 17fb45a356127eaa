"""The CSVs opened by a real spreadsheet program: LibreOffice converts them to .xlsx, openpyxl reads the cells.

Checks what an analyst would see: every Vietnamese letter, multi-line directions in one cell,
commas and quotes inside fields, formula-like text shown as text and never run.
"""
import os
import shutil
import subprocess

import pytest

from libmeet.export import export_records
from libmeet.output import ATTENDEE_COLUMNS, EVENT_COLUMNS

from .test_export import FORMULA, nasty_records

openpyxl = pytest.importorskip("openpyxl")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui (.ci/run does this)")

#: LibreOffice's CSV import options: field separator (ASCII code), text delimiter 34 ("), character set 76
#: (UTF-8), first line 1. Without the character set, headless LibreOffice 7.4 ignores the BOM and reads the
#: Vietnamese letters as Windows-1252 (checked: "Hội" came back as "Há»™i"); the README tells analysts to pick UTF-8.
def infilter(delimiter: str) -> str:
    return f"CSV:{ord(delimiter)},34,76,1"


def to_xlsx(csv_path, delimiter, tmp_path):
    """Convert with LibreOffice headless (own profile, so parallel runs cannot collide) and read the sheet."""
    profile = (tmp_path / "lo-profile").as_uri()
    outdir = tmp_path / "xlsx"
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         f"--infilter={infilter(delimiter)}", "--convert-to", "xlsx", "--outdir", str(outdir), str(csv_path)],
        capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)})
    xlsx = outdir / (csv_path.stem + ".xlsx")
    assert xlsx.is_file(), f"soffice made no xlsx: {done.returncode} {done.stdout} {done.stderr}"
    sheet = openpyxl.load_workbook(xlsx).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows[0]
    return header, [dict(zip(header, row)) for row in rows[1:]], sheet


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    import json

    path = tmp_path_factory.mktemp("records") / "events.json"
    path.write_text(json.dumps(nasty_records(), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_events_csv_in_libreoffice(source, tmp_path, delimiter):
    csv_path = tmp_path / "events.csv"
    export_records(source, csv_path, fmt="csv", delimiter=delimiter)
    header, rows, sheet = to_xlsx(csv_path, delimiter, tmp_path)
    assert tuple(header) == EVENT_COLUMNS          # the BOM did not leak into the first column's name
    assert len(rows) == 2
    first, second = rows
    assert first["name"] == 'Hội nghị "Thư viện số", lần thứ XVIII – Liên hợp thư viện Việt Nam về nguồn tin KH&CN'
    assert first["source_path"] == "raw/bài mới, số 1.txt"
    assert first["venue"] == "Hội trường A, Trường Đại học Khoa học"
    assert first["attendees"] == "Nguyễn Thị Thuý Hằng ; Trần Văn Ước ; Đặng Thúy Hòa"
    assert first["directions"] == ("Tăng cường liên kết, chia sẻ;\nphát triển nguồn lực thông tin số ; "
                                   "-Tiếp tục đào tạo\nnguồn nhân lực ; =1+1")
    assert first["title"] == "'\tHội nghị thường niên lần thứ XVIII"
    assert first["organizers"] == "Thư viện Quốc gia Việt Nam ; @Liên hợp thư viện"
    assert first["warnings"] == 'năm suy ra từ ngày đăng "2020"'
    assert first["delegates"] == 400 and first["edition"] == 18
    assert first["start_date"].date().isoformat() == "2020-10-08"     # a real date cell, sortable
    assert second["name"] == "Tọa đàm trực tuyến về văn hoá đọc"
    assert second["online"] in (True, "true") and second["province"] is None
    # nothing became a formula
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_attendees_csv_in_libreoffice(source, tmp_path):
    csv_path = tmp_path / "attendees.csv"
    export_records(source, csv_path, fmt="csv", attendees=True)
    header, rows, sheet = to_xlsx(csv_path, ",", tmp_path)
    assert tuple(header) == ATTENDEE_COLUMNS
    assert [r["name"] for r in rows] == ["Nguyễn Thị Thuý Hằng", "Trần Văn Ước", "Đặng Thúy Hòa", "Lê Minh Đức"]
    hang, uoc, hoa, duc = rows
    assert hang["position"] == "Phó Giám đốc, phụ trách chuyên môn"
    assert hang["organization"] == 'Thư viện "Tạ Quang Bửu"'
    assert hang["academic_title"] == "PGS.TS." and hang["roles"] == "chủ trì ; phát biểu khai mạc"
    assert hang["province"] == "Thừa Thiên Huế" and hang["city"] == "Huế"
    assert uoc["organization"] == "'" + FORMULA      # shown as text, not run
    assert uoc["position"] == "'-Trưởng phòng"
    assert hoa["position"] == "'+ Chuyên viên" and hoa["organization"] == "Sở Văn hóa, Thể thao và Du lịch"
    assert duc["event_id"] == "ev-0000000000000002"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def _as_csv_text(value):
    """The text a cell read back from the spreadsheet stands for, in the CSV's own spelling."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "date"):
        return value.date().isoformat()
    return str(value)


@pytest.mark.parametrize("name", ["events.csv", "attendees.csv"])
def test_every_cell_of_the_dev_corpus_survives(dev_out, tmp_path, name):
    """Real records: each cell LibreOffice shows is the CSV's text (or the number, date or truth value it spells)."""
    import csv

    with open(dev_out / name, encoding="utf-8-sig", newline="") as handle:
        expected = list(csv.reader(handle))
    assert len(expected) > 1, f"the dev corpus gave an empty {name}"
    csv_path = tmp_path / name
    csv_path.write_bytes((dev_out / name).read_bytes())
    header, rows, _ = to_xlsx(csv_path, ",", tmp_path)
    assert header == expected[0]
    assert len(rows) == len(expected) - 1
    for number, (row, want) in enumerate(zip(rows, expected[1:]), 2):
        got = [_as_csv_text(row[column]) for column in header]
        assert got == want, f"{name} line {number} differs in the spreadsheet"
