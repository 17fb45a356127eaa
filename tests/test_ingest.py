"""ingest at corpus scale: the same outputs whatever --jobs is, a time limit per file, files in path order."""
from __future__ import annotations

import json
import multiprocessing
import os
import threading
import shutil
import time
from pathlib import Path

import pytest

from libmeet import api
from libmeet.api import ingest, iter_articles
from libmeet.corpus.outputs import CORPUS_OUTPUTS
from libmeet.parallel import Failure, InOrder, in_background, ordered_map

from .conftest import DEV_RAW

OUTPUTS = ("events.json", "events.jsonl", "events.csv", "attendees.csv", "report.json", *CORPUS_OUTPUTS)
needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="a patched parser reaches the workers only when they are forked")


def outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def dev_or_skip() -> Path:
    if not DEV_RAW.is_dir():
        pytest.skip("../shared/corpus/dev is not beside the checkout")
    return DEV_RAW


def test_jobs_do_not_change_a_byte(tmp_path):
    raw = dev_or_skip()
    one = ingest(raw, tmp_path / "one", jobs=1, cache=False)
    two = ingest(raw, tmp_path / "two", jobs=2, cache=False)
    here = ingest(raw, tmp_path / "here", jobs=0, cache=False)
    assert one.files == two.files == here.files > 20
    assert one.events > 0
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two") == outputs(tmp_path / "here")


def test_records_come_in_path_order_with_many_workers(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(40):
        (raw / f"{i:03d}.txt").write_text("Tin thể thao\nĐội tuyển thắng 2-0.\n", encoding="utf-8")
    ingest(raw, tmp_path / "out", jobs=3, cache=False)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [e["path"] for e in report] == [f"{raw.as_posix()}/{i:03d}.txt" for i in range(40)]


def _slow_on_marked(path, display, **kwargs):
    """A parser that hangs on one file, as a pathological article would."""
    if "STALL" in Path(path).read_text(encoding="utf-8"):
        time.sleep(60)
    return _REAL_PROCESS_FILE(path, display, **kwargs)


_REAL_PROCESS_FILE = api.process_file


@needs_fork
def test_a_file_that_hangs_is_stopped_and_reported(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Tin ngắn\nHôm nay trời đẹp.\n", encoding="utf-8")
    (raw / "b.txt").write_text("STALL\nbài này làm bộ phân tích treo\n", encoding="utf-8")
    (raw / "c.txt").write_text("Tin ngắn\nHôm nay trời mưa.\n", encoding="utf-8")
    monkeypatch.setattr(api, "process_file", _slow_on_marked)
    summary = ingest(raw, tmp_path / "out", jobs=1, timeout=0.5, cache=False)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    by_name = {Path(e["path"]).name: e for e in report}
    assert by_name["b.txt"]["status"] == "error"
    assert "timed out" in by_name["b.txt"]["message"]
    assert by_name["a.txt"]["status"] == by_name["c.txt"]["status"] == "skipped"  # the replaced worker went on
    assert summary.errors == 1


@needs_fork
def test_a_timed_out_file_is_not_cached(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "b.txt").write_text("STALL\nbài này làm bộ phân tích treo\n", encoding="utf-8")
    monkeypatch.setattr(api, "process_file", _slow_on_marked)
    ingest(raw, tmp_path / "out", jobs=1, timeout=0.5)
    monkeypatch.setattr(api, "process_file", _REAL_PROCESS_FILE)
    again = ingest(raw, tmp_path / "out", jobs=1)
    assert again.cached == 0 and again.errors == 0 and again.skipped == 1


def _explode(arg):
    if arg == "boom":
        raise ValueError("bad input")
    if arg == "die":
        os._exit(3)
    if arg == "hang":
        time.sleep(60)
    return arg.upper()


def test_ordered_map_keeps_order_and_reports_failures():
    items = [(i, None if i % 5 == 0 else ("boom" if i == 7 else ("die" if i == 11 else f"x{i}"))) for i in range(30)]
    got = list(ordered_map(_explode, items, jobs=2, timeout=20, window=4))
    assert [tag for tag, _ in got] == list(range(30))
    results = dict(got)
    assert results[0] is None and results[3] == "X3"
    assert isinstance(results[7], Failure) and "bad input" in results[7].message
    assert isinstance(results[11], Failure) and "exit code 3" in results[11].message


@pytest.mark.parametrize("bad, message", [("die", "exit code 3"), ("hang", "timed out")])
def test_a_bad_item_in_a_batch_fails_alone_and_its_batch_mates_are_done_again(bad, message):
    # items travel to workers eight at a time: the crash or the overrun of item 13 must be
    # blamed on item 13 only, and the items that shared its batch must still come back right
    items = [(i, bad if i == 13 else f"x{i}") for i in range(40)]
    got = list(ordered_map(_explode, items, jobs=2, timeout=1.0, chunk=8))
    assert [tag for tag, _ in got] == list(range(40))
    for tag, result in got:
        if tag == 13:
            assert isinstance(result, Failure) and message in result.message
        else:
            assert result == f"X{tag}"


def test_in_order_gives_each_item_its_own_place_when_the_caller_stops_taking_midway():
    # the Dask client takes items until a task is full, then stops: the next take goes on from the next item
    order = InOrder(((i, f"x{i}") for i in range(10)), window=100)
    first = []
    for item in order.take():
        first.append(item)
        if len(first) == 3:
            break
    rest = list(order.take())
    assert [seq for seq, _ in first + rest] == list(range(10))
    order.done.update((seq, arg.upper()) for seq, arg in first + rest)
    assert [result for _, result in order.ready()] == [f"X{i}" for i in range(10)]


def test_ordered_map_leaves_no_worker_behind_when_the_caller_stops():
    results = ordered_map(_explode, ((i, f"x{i}") for i in range(1000)), jobs=2, window=8)
    assert next(results) == (0, "X0")
    results.close()
    assert multiprocessing.active_children() == []


def _write_here_only(path, parent):
    if os.getpid() != parent:  # as if the background process failed half-way
        path.write_text("half", encoding="utf-8")
        raise OSError("disk full")
    assert not path.exists() or path.read_text(encoding="utf-8") == "half"
    path.write_text("whole", encoding="utf-8")


def test_in_background_runs_again_here_what_failed_there(tmp_path):
    target = tmp_path / "out.txt"
    wait = in_background(lambda: _write_here_only(target, os.getpid()))
    wait()
    assert target.read_text(encoding="utf-8") == "whole"
    assert multiprocessing.active_children() == []
    done = tmp_path / "done.txt"
    in_background(lambda: done.write_text(str(os.getpid()), encoding="utf-8"))()
    if threading.active_count() == 1:  # (earlier tests may leave a server's or a loop's thread running)
        assert done.read_text(encoding="utf-8") != str(os.getpid())  # written by the other process


def test_in_background_runs_here_when_other_threads_run(tmp_path):
    """A forked child inherits locks other threads hold (a Dask client's, fsspec's loop): it runs here instead."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        done = tmp_path / "done.txt"
        wait = in_background(lambda: done.write_text(str(os.getpid()), encoding="utf-8"))
        wait()
        assert done.read_text(encoding="utf-8") == str(os.getpid())
        assert multiprocessing.active_children() == []
    finally:
        stop.set()
        other.join()


def test_iter_articles_sorts_by_relative_path_and_skips_hidden(tmp_path):
    for rel in ("b/z.txt", "a.txt", "b/a.html", "a-b/c.md", ".hidden.txt", "b/notes.pdf"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    assert [rel for _, rel in iter_articles(tmp_path)] == ["a-b/c.md", "a.txt", "b/a.html", "b/z.txt"]
    assert all(path == tmp_path / rel for path, rel in iter_articles(tmp_path))


def test_ingest_from_the_current_folder_keeps_relative_paths(tmp_path, monkeypatch):
    raw = dev_or_skip()
    shutil.copy(next(raw.glob("*.txt")), tmp_path / "one.txt")
    monkeypatch.chdir(tmp_path)
    ingest(".", tmp_path / "out", jobs=0, cache=False)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [e["path"] for e in report] == ["one.txt"]


_SLOW_INGEST = """
import sys, time
from libmeet import api
real = api.process_file
def slow(path, display, **kwargs):
    time.sleep(0.3)
    return real(path, display, **kwargs)
api.process_file = slow
api.ingest(sys.argv[1], sys.argv[2], jobs=2, cache=False)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@needs_fork
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to find the workers")
def test_ctrl_c_stops_the_workers_too(tmp_path):
    import signal
    import subprocess
    import sys

    raw = dev_or_skip()
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_INGEST, str(raw), str(tmp_path / "out")],
                            start_new_session=True, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    workers: list[int] = []
    for _ in range(300):  # until both workers are up (at most 30 s)
        with open(f"/proc/{proc.pid}/task/{proc.pid}/children") as handle:
            workers = [int(p) for p in handle.read().split()]
        if len(workers) == 2:
            break
        time.sleep(0.1)
    assert len(workers) == 2
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends on Ctrl-C
    proc.wait(30)
    assert b"KeyboardInterrupt" in proc.stderr.read()
    for _ in range(100):
        if not any(_alive(pid) for pid in workers):
            break
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)
    assert not list((tmp_path / "out").glob(".*.tmp"))  # no half-written outputs left behind


# --- nothing lost: empty inputs, duplicate articles (issue 11.4, 11.5) -------------------------------------

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw"


def test_an_empty_folder_does_not_replace_outputs_that_hold_results(tmp_path):
    from click.testing import CliRunner

    from libmeet.cli import main

    out, empty = tmp_path / "out", tmp_path / "empty"
    empty.mkdir()
    ingest(SAMPLE, out, jobs=0)
    before = outputs(out)
    with pytest.raises(api.EmptyInputError, match="no article found"):
        ingest(empty, out, jobs=0)
    result = CliRunner().invoke(main, ["ingest", str(empty), "--out", str(out), "-q"])
    assert result.exit_code == 1
    assert "no article found" in result.stderr and "--allow-empty" in result.stderr and "Traceback" not in result.output
    assert outputs(out) == before
    result = CliRunner().invoke(main, ["ingest", str(empty), "--out", str(out), "-q", "--allow-empty"])
    assert result.exit_code == 0 and "warning: no article found" in result.stderr
    assert json.loads((out / "events.json").read_text()) == [] and json.loads((out / "report.json").read_text()) == []


def test_an_empty_folder_into_a_new_output_folder_warns_and_writes_empty_outputs(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    summary = ingest(empty, tmp_path / "out", jobs=0)
    assert summary.files == 0 and any("no article found" in w for w in summary.warnings)
    assert json.loads((tmp_path / "out" / "events.json").read_text()) == []


def test_duplicate_articles_give_one_record_and_unique_ids(tmp_path):
    # 15 copies of a corpus gave 15 records per article under one id: joins on event_id multiplied rows
    raw = tmp_path / "raw"
    for n in range(3):
        shutil.copytree(SAMPLE, raw / f"copy{n}")
    first = sorted(SAMPLE.glob("*.txt"))[0]
    # the same article in another form: UTF-16 and CRLF line ends (other bytes, the same text)
    (raw / "copy0" / "zz_utf16.txt").write_bytes(first.read_text(encoding="utf-8").replace("\n", "\r\n")
                                                 .encode("utf-16"))
    summary = ingest(raw, tmp_path / "out", jobs=2)
    assert (summary.files, summary.events, summary.duplicates) == (16, 5, 11)
    out = tmp_path / "out"
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    dup = {e["path"]: e["reason"] for e in report if e.get("reason", "").startswith("duplicate of ")}
    assert dup[f"{raw.as_posix()}/copy1/{first.name}"] == f"duplicate of {raw.as_posix()}/copy0/{first.name}"
    assert dup[f"{raw.as_posix()}/copy0/zz_utf16.txt"] == f"duplicate of {raw.as_posix()}/copy0/{first.name}"
    ids = [r["id"] for r in json.loads((out / "events.json").read_text(encoding="utf-8"))]
    jsonl = [json.loads(line)["id"] for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    csv_ids = [line.split(",")[0] for line in (out / "events.csv").read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert len(ids) == len(set(ids)) == 5 and jsonl == ids and csv_ids == ids
    again = ingest(raw, out, jobs=0)  # the cache answers, and the duplicates are the same
    assert (again.cached, again.duplicates) == (16, 11)


def test_file_names_are_kept_exact_and_unique(tmp_path):
    # issue 11.11: leading spaces were stripped, and names that differ only in a non-UTF-8 byte became one '�' name
    raw = tmp_path / "raw"
    raw.mkdir()
    articles = sorted(SAMPLE.glob("*.txt"))
    (raw / "  indented.txt").write_bytes(articles[0].read_bytes())
    for byte, article in ((b"\xff", articles[1]), (b"\xfe", articles[2])):
        with open(os.path.join(os.fsencode(raw), b"bad" + byte + b".txt"), "wb") as handle:
            handle.write(article.read_bytes())
    ingest(raw, tmp_path / "out", jobs=0)
    paths = sorted(r["source"]["path"].rsplit("/", 1)[-1]
                   for r in json.loads((tmp_path / "out" / "events.json").read_text(encoding="utf-8")))
    assert paths == ["  indented.txt", "bad\\xfe.txt", "bad\\xff.txt"]


def test_the_library_takes_the_reference_date_as_a_date_or_its_iso_text(tmp_path):
    """`parse_file(path, reference_date="2017-07-31")` as the CLI's --reference-date 2017-07-31: a text is read as
    the date it names (it used to reach the year inference as a string and fail there); nonsense is refused."""
    import datetime as dt

    from libmeet import parse_file

    article = tmp_path / "a.txt"
    article.write_text("Khai mạc hội thảo lý luận\nSáng 25-5, tại Hà Nội, Viện Hàn lâm đã khai mạc hội thảo lý luận "
                       "lần thứ 13. Trong hai ngày hội thảo, các đại biểu thảo luận.", encoding="utf-8")
    as_text = parse_file(article, reference_date="2017-07-31")
    as_date = parse_file(article, reference_date=dt.date(2017, 7, 31))
    assert as_text.start_date == as_date.start_date == dt.date(2017, 5, 25)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_file(article, reference_date="soon")
    summary = ingest(tmp_path, tmp_path / "out", reference_date="2017-07-31", jobs=0)
    assert summary.events == 1
    record = json.loads((tmp_path / "out" / "events.json").read_text(encoding="utf-8"))[0]
    assert record["start_date"] == "2017-05-25"



def test_a_mirrors_category_page_is_reported_as_a_listing(tmp_path):
    """An HTTrack / wget mirror saves a site's category pages beside its articles: report.json says why they gave no
    event (not a false one from their teasers' meetings), and the article beside them still gives its own."""
    from .test_html import _CATEGORY, _FOOT, _items

    raw = tmp_path / "mirror" / "tin-tuc"
    raw.mkdir(parents=True)
    (raw / "index.html").write_text(_CATEGORY + "<div class='list-news'>" + _items(
        "<div class='item-news'><h3><a href='/tin/{i}.html'>{head}</a></h3><span class='date'>{date}</span>"
        "<p>{lead}</p></div>") + "</div>" + _FOOT, encoding="utf-8")
    (raw / "hoi-nghi.html").write_text(
        "<html><head><title>Hội nghị tổng kết công tác năm 2023</title></head><body><h1>Hội nghị tổng kết công tác năm "
        "2023</h1><div class='detail-content'><p>Sáng 28/9/2023, UBND huyện tổ chức hội nghị tổng kết công tác năm 2023, "
        "triển khai nhiệm vụ năm 2024.</p><p>Đồng chí Nguyễn Văn Chủ Trì, Chủ tịch UBND huyện chủ trì hội nghị, đề nghị "
        "các đơn vị triển khai nhiệm vụ năm 2024.</p></div></body></html>", encoding="utf-8")
    summary = ingest(tmp_path / "mirror", tmp_path / "out", jobs=0, cache=False)
    report = {Path(e["path"]).name: e for e in json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))}
    assert report["index.html"]["status"] == "skipped"
    assert report["index.html"]["reason"].startswith("not an article: the web page is a listing of other articles")
    assert report["hoi-nghi.html"]["status"] == "ok" and summary.events == 1
