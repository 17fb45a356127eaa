"""Whatever an archive holds: every junk file gets a skipped or error entry with a reason, the run goes on."""
import json
import os
import random
import time

import pytest
from click.testing import CliRunner

from libmeet import ingest
from libmeet.cli import main

from .conftest import DEV_RAW

MEETING = DEV_RAW / "000_972f7865f036ce15.txt"
NOT_A_MEETING = DEV_RAW / "unc_news_sport_135.txt"
PAGE = DEV_RAW / "html_1.html"
pytestmark = pytest.mark.skipif(not DEV_RAW.is_dir(), reason="dev corpus not beside the checkout")

#: file name -> (status, words the reason must contain); None: any reason
EXPECTED = {
    "empty.txt": ("skipped", "empty"),
    "blank.txt": ("skipped", "empty"),
    "report.pdf.txt": ("skipped", "PDF"),
    "photo.txt": ("skipped", "PNG"),
    "scan.txt": ("skipped", "JPEG"),
    "noise.txt": ("skipped", "binary"),
    "archive.htm": ("skipped", "ZIP"),
    "huge.txt": ("skipped", "too large"),
    "monster.html": ("skipped", "too large"),
    "loop.txt": ("error", "loops back"),
    "pipe.txt": ("skipped", "not a regular file"),
    "sport news.txt": ("skipped", None),
    "truncated.html": ("ok", None),
    "nested.html": ("skipped", None),
    "Hội nghị thư viện năm 2020.txt": ("ok", None),
    "tcvn3 cũ.txt": ("ok", None),
    "bad\udcff name.txt": ("ok", None),
    "again": ("skipped", "links to folders are not followed"),
}


def build_junk(root):
    """The junk corpus: written here, by the test, never shipped."""
    rng = random.Random(7)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_bytes(b" \r\n\t\n   \n")
    (root / "report.pdf.txt").write_bytes(b"%PDF-1.7\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<< /Type /Catalog >>\n" + bytes(2000))
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(5000)))
    (root / "scan.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.randrange(256) for _ in range(5000)))
    (root / "noise.txt").write_bytes(bytes(rng.randrange(1, 256) for _ in range(20_000)))
    (root / "archive.htm").write_bytes(b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(3000)))
    with open(root / "huge.txt", "wb") as handle:  # 50 MB, sparse: the size alone must refuse it
        handle.truncate(50 * 1024 * 1024)
    (root / "monster.html").write_text("<html><body>" + "<div><span>Hội nghị</span></div>" * 120_000, encoding="utf-8")
    os.symlink("loop.txt", root / "loop.txt")
    os.symlink(".", root / "again")  # a folder that contains itself: never followed
    os.mkfifo(root / "pipe.txt")  # opening it would wait for ever
    (root / "sport news.txt").write_bytes(NOT_A_MEETING.read_bytes())
    page = PAGE.read_text(encoding="utf-8")
    (root / "truncated.html").write_text(page[: int(len(page) * 0.6)], encoding="utf-8")
    (root / "nested.html").write_text("<html><body>" + "<div><table><tr><td>" * 4000 + "Hội nghị", encoding="utf-8")
    (root / "Hội nghị thư viện năm 2020.txt").write_bytes(MEETING.read_bytes())
    from libmeet.io.legacy import encode_tcvn3

    text = MEETING.read_text(encoding="utf-8").translate(str.maketrans({"“": '"', "”": '"', "–": "-", "…": "..."}))
    (root / "tcvn3 cũ.txt").write_bytes(encode_tcvn3(text))
    with open(os.path.join(os.fsencode(root), b"bad\xff name.txt"), "wb") as handle:
        handle.write(MEETING.read_bytes() + b"\nBan 2\n")  # (another copy: the same bytes would be a duplicate)
    (root / "folder.txt").mkdir()  # a folder with an article's name is not a file to read


def test_junk_corpus_gets_a_reason_per_file_and_the_run_goes_on(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    build_junk(raw)
    started = time.perf_counter()
    result = CliRunner().invoke(main, ["ingest", str(raw), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert time.perf_counter() - started < 120
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    by_name = {entry["path"].rsplit("/", 1)[-1]: entry for entry in report}
    for name, (status, words) in EXPECTED.items():
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        entry = by_name.get(shown)
        assert entry is not None, f"{name} missing from report.json"
        assert entry["status"] == status, (name, entry)
        if status != "ok":
            reason = entry.get("reason") or entry.get("message")
            assert reason and "Traceback" not in reason and "internal error" not in reason, (name, entry)
            if words:
                assert words in reason, (name, reason)
    assert len(report) == len(EXPECTED)  # the folder link was not followed, the folder named .txt not read
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))
    by_path = {e["source"]["path"].rsplit("/", 1)[-1]: e for e in events}
    assert by_path["tcvn3 cũ.txt"]["source"]["encoding"] == "tcvn3"
    assert by_path["Hội nghị thư viện năm 2020.txt"]["start_date"] == "2020-10-08"
    assert by_path["bad\\xff name.txt"]["start_date"] == by_path["Hội nghị thư viện năm 2020.txt"]["start_date"]


def test_strict_turns_errors_into_exit_1(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_bytes(MEETING.read_bytes())
    os.symlink("loop.txt", raw / "loop.txt")
    assert CliRunner().invoke(main, ["ingest", str(raw), "--out", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["ingest", str(raw), "--out", str(out), "--strict"]).exit_code == 1


def test_ingest_output_keeps_formula_text_in_json_and_neutralises_it_in_csv(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    text = MEETING.read_text(encoding="utf-8")
    title, rest = text.split("\n", 1)
    (raw / "formula.txt").write_text("=HYPERLINK(\"http://x\",\"" + title + "\")\n" + rest, encoding="utf-8")
    summary = ingest(raw, out, jobs=1, cache=False)
    assert summary.events == 1
    event = json.loads((out / "events.json").read_text(encoding="utf-8"))[0]
    assert event["source"]["title"].startswith("=HYPERLINK")  # JSON keeps the exact text
    csv_text = (out / "events.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in csv_text
    assert ",=HYPERLINK" not in csv_text and '"=HYPERLINK' not in csv_text
