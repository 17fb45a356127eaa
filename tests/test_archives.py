"""Archives and dumps read in place: WARC, JSON Lines, JSON, zip and tar give the records a folder gives."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastwarc.stream_io import GzipWriter
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from libmeet import Fields, ingest
from libmeet.cli import main
from libmeet.io.archives import iter_archive, open_local

from .conftest import DEV_RAW

CAPTURED = "2019-03-01T10:00:00Z"
#: an article whose year only a collection date gives: 20/12, and a resolution "năm 2016"
NO_YEAR = ("Hội nghị của ngành Y tế\nSáng 20/12, tại Hà Nội, Bộ Y tế tổ chức Hội nghị sơ kết Nghị quyết số 20 "
           "năm 2016.\nBộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến chủ trì hội nghị.\n")


def dev_files() -> list[Path]:
    if not DEV_RAW.is_dir():
        pytest.skip("../shared/corpus/dev is not beside the checkout")
    return sorted(DEV_RAW.iterdir())


def warc_record(body: bytes, *, uri: str, date: str = CAPTURED, content_type: str = "text/html; charset=utf-8",
                status: str = "200 OK", kind: WarcRecordType = WarcRecordType.response,
                extra_headers: bytes = b"") -> WarcRecord:
    record = WarcRecord()
    record.init_headers(kind)
    record.headers["WARC-Target-URI"] = uri
    record.headers["WARC-Date"] = date
    if kind == WarcRecordType.response:
        record.headers["Content-Type"] = "application/http; msgtype=response"
        head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n".encode() + extra_headers + b"\r\n"
        record.set_bytes_content(head + body)
    else:
        record.headers["Content-Type"] = content_type
        record.set_bytes_content(body)
    return record


def write_warc(path: Path, records: list[WarcRecord]) -> Path:
    """A WARC as crawlers write it: .warc.gz with one gzip member per record, or plain .warc."""
    with open(path, "wb") as handle:
        for record in records:
            if path.name.endswith(".gz"):
                writer = GzipWriter(handle)
                record.write(writer)
                writer.close()
            else:
                record.write(handle)
    return path


def date_of(path: Path) -> str:
    return dt.date.fromtimestamp(path.stat().st_mtime).isoformat() + "T12:00:00Z"


def dev_warc(path: Path) -> Path:
    """Every dev article as a response record captured on the day its file was last modified."""
    return write_warc(path, [
        warc_record(f.read_bytes(), uri=f"https://example.vn/{f.name}", date=date_of(f),
                    content_type="text/html" if f.suffix == ".html" else "text/plain")
        for f in dev_files()])


def records(out: Path) -> list[dict]:
    return json.loads((out / "events.json").read_text(encoding="utf-8"))


def report(out: Path) -> list[dict]:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def without_place(record: dict) -> dict:
    """A record less where it was read from (its path and, from an archive, its address)."""
    source = {k: v for k, v in record["source"].items() if k not in ("path", "url")}
    return {**record, "source": source}


@pytest.fixture(scope="module")
def dev_folder_records(tmp_path_factory) -> list[dict]:
    dev_files()
    out = tmp_path_factory.mktemp("folder")
    ingest(DEV_RAW, out, jobs=0, cache=False)
    return records(out)


@pytest.mark.parametrize("name", ["dev.warc.gz", "dev.warc"])
def test_a_warc_of_the_dev_pages_gives_the_records_of_the_folder(tmp_path, dev_folder_records, name):
    warc = dev_warc(tmp_path / name)
    summary = ingest(warc, tmp_path / "out", jobs=2, cache=False)
    assert summary.files == len(dev_files()) and summary.errors == 0
    got = records(tmp_path / "out")
    assert [without_place(r) for r in got] == [without_place(r) for r in dev_folder_records]
    # each record is named by its offset, where a WARC reader finds it again
    with open(warc, "rb") as handle:
        for record in got[:5]:
            archive, offset = record["source"]["path"].rsplit("#", 1)
            assert archive == warc.as_posix()
            handle.seek(int(offset))
            found = next(iter(ArchiveIterator(handle, parse_http=False)))
            assert found.headers["WARC-Target-URI"] == record["source"]["url"]


def test_only_successful_html_and_text_responses_are_articles(tmp_path):
    page = b"<html><body><h1>Tin</h1><p>" + NO_YEAR.encode() + b"</p></body></html>"
    chunked = b"%x\r\n" % len(gzip.compress(page)) + gzip.compress(page) + b"\r\n0\r\n\r\n"
    warc = write_warc(tmp_path / "crawl.warc.gz", [
        warc_record(b"", uri="https://example.vn/a", kind=WarcRecordType.request, content_type="application/http"),
        warc_record(page, uri="https://example.vn/moved", status="301 Moved Permanently"),
        warc_record(b"\x89PNG\r\n\x1a\n....", uri="https://example.vn/logo.png", content_type="image/png"),
        warc_record(chunked, uri="https://example.vn/encoded", date="2018-12-21T08:00:00Z",
                    extra_headers=b"Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"),
        warc_record(NO_YEAR.encode("utf-8"), uri="https://example.vn/stored.txt", kind=WarcRecordType.resource,
                    content_type="text/plain; charset=utf-8", date="2017-12-21T08:00:00Z"),
    ])
    ingest(warc, tmp_path / "out", jobs=0, cache=False)
    got = records(tmp_path / "out")
    assert [r["source"]["url"] for r in got] == ["https://example.vn/encoded", "https://example.vn/stored.txt"]
    assert [r["source"]["format"] for r in got] == ["html", "txt"]
    # the capture date is the collection date: 20/12 of an article captured on 2018-12-21 and 2017-12-21
    assert [r["start_date"] for r in got] == ["2018-12-20", "2017-12-20"]


def test_a_broken_warc_is_reported_not_half_read(tmp_path):
    whole = dev_warc(tmp_path / "whole.warc.gz").read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(gzip.decompress(whole)[:-200])  # a crawl cut short inside its last record
    (tmp_path / "junk.warc.gz").write_bytes(b"\x1f\x8b\x08\x00 not gzip at all" * 10)
    ingest(cut, tmp_path / "out", jobs=0, cache=False)
    last = report(tmp_path / "out")[-1]
    assert last["status"] == "error" and last["message"].startswith("truncated: the archive ends")
    assert len(report(tmp_path / "out")) == len(dev_files())
    ingest(tmp_path / "junk.warc.gz", tmp_path / "junk", jobs=0, cache=False)
    assert report(tmp_path / "junk") == [{"path": (tmp_path / "junk.warc.gz").as_posix(), "status": "error",
                                          "message": "cannot read the archive: gzip decompression error: data error"}]


NEWS_PLEASE = {"title": "Hội nghị sơ kết của ngành Y tế", "maintext": NO_YEAR.split("\n", 1)[1],
               "description": None, "url": "https://example.vn/np", "date_publish": "2017-12-21 09:00:00",
               "date_download": "2018-01-02 00:00:00", "language": "vi"}
TRAFILATURA = {"title": "Hội nghị của ngành Y tế", "text": NO_YEAR.split("\n", 1)[1], "source": "https://example.vn/tf",
               "date": "2018-12-21", "hostname": "example.vn"}


def test_json_lines_from_news_please_and_trafilatura_read_as_they_are(tmp_path):
    dump = tmp_path / "dump.jsonl"
    lines = [json.dumps(NEWS_PLEASE, ensure_ascii=False), "", json.dumps(TRAFILATURA, ensure_ascii=False),
             "{not json", json.dumps({"title": "only a title"}), "[1, 2]"]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ingest(dump, tmp_path / "out", jobs=0, cache=False)
    at = dump.as_posix()
    assert [(e["path"], e["status"]) for e in report(tmp_path / "out")] == [
        (f"{at}#1", "ok"), (f"{at}#3", "ok"), (f"{at}#4", "error"), (f"{at}#5", "skipped"), (f"{at}#6", "error")]
    first, second = records(tmp_path / "out")
    assert (first["source"]["title"], first["source"]["url"], first["source"]["published"]) == \
        (NEWS_PLEASE["title"], "https://example.vn/np", "2017-12-21")
    assert (second["source"]["title"], second["source"]["url"], second["source"]["published"]) == \
        (TRAFILATURA["title"], "https://example.vn/tf", "2018-12-21")
    assert [first["start_date"], second["start_date"]] == ["2017-12-20", "2018-12-20"]
    messages = {e["path"]: e.get("message") or e.get("reason") for e in report(tmp_path / "out")}
    assert messages[f"{at}#4"].startswith("not JSON")
    assert messages[f"{at}#5"] == "no article text: none of the keys maintext, text, raw_text holds any"


def test_a_json_file_holds_one_article_or_an_array_and_fields_can_be_named(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    custom = {"body": NO_YEAR, "headline": "Hội nghị", "link": "https://example.vn/c", "when": "2016-12-21"}
    (raw / "one.json").write_text(json.dumps(custom, ensure_ascii=False), encoding="utf-8")
    again = {**custom, "body": NO_YEAR + " (bản 2)"}  # (a copy of the same text would be reported as a duplicate)
    third = {**custom, "body": NO_YEAR + " (bản 3)"}
    (raw / "many.json").write_text(json.dumps([again, third], ensure_ascii=False), encoding="utf-8")
    fields = Fields.build(text="body", title="headline", url="link", date="when")
    ingest(raw, tmp_path / "out", jobs=0, cache=False, fields=fields)
    assert [r["source"]["path"] for r in records(tmp_path / "out")] == \
        [f"{raw.as_posix()}/many.json#0", f"{raw.as_posix()}/many.json#1", f"{raw.as_posix()}/one.json"]
    assert {(r["source"]["url"], r["start_date"]) for r in records(tmp_path / "out")} == \
        {("https://example.vn/c", "2016-12-20")}


def _zip(path: Path, files: list[Path]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for f in files:
            archive.write(f, f"pages/{f.name}")
        archive.writestr("pages/logo.png", b"\x89PNG....")
    return path


def _tar(path: Path, files: list[Path], inner: Path | None = None) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for f in files:
            archive.add(f, f"pages/{f.name}")
        if inner is not None:
            archive.add(inner, inner.name)
    return path


@pytest.mark.parametrize("make", [_zip, _tar], ids=["zip", "tar.gz"])
def test_zip_and_tar_are_read_in_place_with_member_dates(tmp_path, dev_folder_records, make):
    archive = make(tmp_path / ("dev.zip" if make is _zip else "dev.tar.gz"), dev_files())
    summary = ingest(archive, tmp_path / "out", jobs=2, cache=False)
    assert summary.files == len(dev_files())
    got = records(tmp_path / "out")
    assert [r["source"]["path"] for r in got] == \
        [f"{archive.as_posix()}#pages/{Path(r['source']['path']).name}" for r in dev_folder_records]
    # a member's modification time is its collection date, as a file's is
    assert [without_place(r) for r in got] == [without_place(r) for r in dev_folder_records]


def test_an_archive_inside_an_archive_and_beside_loose_files(tmp_path):
    files = dev_files()[:3]
    dump = tmp_path / "inner.jsonl.gz"
    dump.write_bytes(gzip.compress(json.dumps(NEWS_PLEASE, ensure_ascii=False).encode() + b"\n"))
    raw = tmp_path / "raw"
    raw.mkdir()
    _tar(raw / "b.tgz", files, inner=dump)
    (raw / "a.txt").write_bytes(files[0].read_bytes())
    (raw / "c.txt").write_bytes(files[1].read_bytes())
    ingest(raw, tmp_path / "out", jobs=0, cache=False)
    base = raw.as_posix()
    assert [e["path"] for e in report(tmp_path / "out")] == [
        f"{base}/a.txt", *(f"{base}/b.tgz#pages/{f.name}" for f in files), f"{base}/b.tgz#inner.jsonl.gz#1",
        f"{base}/c.txt"]


def test_records_are_cached_by_their_bytes(tmp_path):
    warc = dev_warc(tmp_path / "dev.warc.gz")
    first = ingest(warc, tmp_path / "out", jobs=0)
    before = {n: (tmp_path / "out" / n).read_bytes() for n in ("events.json", "report.json")}
    again = ingest(warc, tmp_path / "out", jobs=0)
    assert (first.cached, again.cached) == (0, again.files)
    assert {n: (tmp_path / "out" / n).read_bytes() for n in before} == before
    # a record changed in place (another capture of one page) is parsed again, the rest come from the cache
    files = dev_files()
    records_ = [warc_record(f.read_bytes() + ("\nSửa.".encode() if i == 3 else b""), uri=f"https://example.vn/{f.name}",
                            date=date_of(f), content_type="text/html" if f.suffix == ".html" else "text/plain")
                for i, f in enumerate(files)]
    write_warc(warc, records_)
    third = ingest(warc, tmp_path / "out", jobs=0)
    assert third.cached == third.files - 1


def test_iter_archive_reports_an_unreadable_archive(tmp_path):
    got = list(iter_archive(open_local(tmp_path / "gone.zip"), "gone.zip", "gone.zip", max_bytes=1000))
    assert [(r.path, r.problem.status) for r in got] == [("gone.zip", "error")]
    assert str(got[0].problem) == "cannot read the archive: no such file or directory"


def test_cli_reads_a_dump_with_named_fields(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"body": NO_YEAR, "when": "2016-12-21"}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(dump), "--out", str(tmp_path / "out"), "--text-field", "body",
                                       "--date-field", "when,date", "--quiet", "--jobs", "0"])
    assert result.exit_code == 0, result.output
    assert [(r["source"]["path"], r["start_date"]) for r in records(tmp_path / "out")] == \
        [(f"{dump}#1", "2016-12-20")]


def test_an_oversized_record_is_skipped_with_the_reason(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": NO_YEAR}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    got = list(iter_archive(open_local(dump), dump.name, "d.jsonl", max_bytes=4000))
    assert got[0].problem is not None and str(got[0].problem).startswith("too large")
    assert got[1].problem is None and got[1].data.decode("utf-8") == NO_YEAR.strip()


def test_member_dates_are_dates(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(NO_YEAR, encoding="utf-8")
    os.utime(f, (dt.datetime(2017, 12, 21, 9).timestamp(),) * 2)
    archive = _zip(tmp_path / "a.zip", [f])
    (got,) = iter_archive(open_local(archive), "a.zip", "a.zip", max_bytes=10**6)
    assert (got.path, got.collected) == ("a.zip#pages/a.txt", dt.date(2017, 12, 21))
    assert io.BytesIO(got.data).read() == f.read_bytes()
