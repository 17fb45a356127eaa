"""One written form of academic titles beside the form the article used (issue 11.15)."""
from __future__ import annotations

import csv

import pytest

from libmeet.titles import normalise_title


@pytest.mark.parametrize(("written", "normalised"), [
    ("TS", "TS"), ("Ts", "TS"), ("TS.", "TS"), ("Tiến sĩ", "TS"), ("Tiến sỹ", "TS"), ("tiến sỹ", "TS"),
    ("ThS", "ThS"), ("Ths", "ThS"), ("Thạc sĩ", "ThS"), ("Thạc sỹ", "ThS"),
    ("PGS.TS", "PGS.TS"), ("PGS-TS", "PGS.TS"), ("PGS. TS", "PGS.TS"), ("Phó Giáo sư Tiến sĩ", "PGS.TS"),
    ("GS.TSKH", "GS.TSKH"), ("Giáo sư", "GS"), ("giáo sư", "GS"), ("PGS.TS.BS", "PGS.TS.BS"),
    ("BS.CKII", "BS.CKII"), ("Bác sĩ", "BS"), ("luật sư", "LS"), ("Kỹ sư", "KS"), ("NGƯT", "NGƯT"),
    ("Nhà báo", "Nhà báo"), (None, None), ("", None),
])
def test_titles_get_one_written_form(written, normalised):
    assert normalise_title(written) == normalised


def test_attendees_csv_has_the_normalised_title_beside_the_written_one(tmp_path):
    from libmeet.api import ingest

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(
        "Hội thảo khoa học về y tế cơ sở\nSáng 20/12, tại Hà Nội, Bộ Y tế tổ chức Hội thảo khoa học về y tế cơ sở. "
        "Tiến sỹ Nguyễn Văn An, Viện trưởng Viện Chiến lược, chủ trì hội thảo. Ths Trần Thị Bình, Trưởng phòng Kế "
        "hoạch, trình bày báo cáo.\n", encoding="utf-8")
    ingest(raw, tmp_path / "out", jobs=0)
    with open(tmp_path / "out" / "attendees.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    header = list(rows[0])
    assert header.index("academic_title_normalised") == header.index("academic_title") + 1
    assert {(r["academic_title"], r["academic_title_normalised"]) for r in rows} >= {("Tiến sỹ", "TS")}
