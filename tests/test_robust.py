"""Hostile input: nothing but libmeet's own documented errors ever escapes; an interrupted run loses nothing."""
import os
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from libmeet import parse_file, parse_text
from libmeet.cli import INTERRUPTED, INTERRUPTED_AFTER
from libmeet.errors import LibmeetError
from libmeet.io.decode import decode_bytes
from libmeet.io.html import extract_page
from libmeet.models import Event, Skip

from .conftest import DEV_RAW, REPO

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

#: text that looks like the articles, so the extractors get past detection and are exercised too
_PIECES = st.sampled_from([
    "Hội nghị", "hội thảo", "tổng kết", " ngày ", "16/2", "/2017", " tại ", "tỉnh Khánh Hòa", "TP.HCM", ", ",
    ". ", "\n", "\r\n", "\n\n", "ông ", "bà ", "đồng chí ", "Nguyễn Văn An", "TS. ", "Giám đốc Sở", " - ",
    "lần thứ XV", "100 đại biểu", "đề nghị", ": ", "- ", "(", ")", "“", "”", "…", "\u0301", "\u200b", "\ufeff",
    "# date = 20210422", "Ngày đăng bài: 26/10/2021", "=1+1", "<p>", "&nbsp;", "32/13/2020", "0/0/0", "99999999",
])
ARTICLE_LIKE = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=60).map("".join)


@SETTINGS
@given(st.one_of(st.text(max_size=2000), ARTICLE_LIKE))
def test_parse_text_never_raises_anything_undocumented(text):
    try:
        outcome = parse_text(text)
    except LibmeetError:
        return
    assert isinstance(outcome, (Event, Skip))


@SETTINGS
@given(st.binary(max_size=4000), st.sampled_from([None, "utf-8", "windows-1258", "tcvn3", "latin-1", "nonsense"]))
def test_decode_bytes_never_raises_anything_undocumented(data, declared):
    try:
        text, encoding = decode_bytes(data, declared)
    except LibmeetError:
        return
    assert isinstance(text, str) and encoding


@SETTINGS
@given(st.one_of(st.binary(max_size=3000), ARTICLE_LIKE.map(lambda t: t.encode("utf-8")),
                 ARTICLE_LIKE.map(lambda t: ("<html><body><div class=content><p>" + t).encode("utf-8"))),
       st.sampled_from([".txt", ".html", ".md"]))
def test_parse_file_on_any_bytes_never_raises_anything_undocumented(tmp_path, data, suffix):
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    try:
        outcome = parse_file(path)
    except LibmeetError:
        return
    assert isinstance(outcome, (Event, Skip))


@SETTINGS
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<a href='x'>", "</a>", "<table>", "<td>",
                                 "<br>", "<!--", "-->", "<script>", "</script>", "<h1>", "</h1>", "Hội nghị ngày 2/3",
                                 "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", "&e;",
                                 "<meta charset='tcvn3'>", "<time datetime='2024-13-45'>", "&#0;", "&#xD800;"]),
                max_size=200).map("".join))
def test_any_markup_is_read_or_refused(markup):
    try:
        page = extract_page(markup)
    except LibmeetError:
        return
    assert "root:" not in page.text  # no entity was ever resolved


# --- an interrupted run leaves the previous outputs as they were ----------------------------------

OUTPUTS = ("events.json", "events.jsonl", "events.csv", "attendees.csv", "report.json")


def _big_folder(root, copies: int) -> None:
    """Many distinct articles (each copy differs, so no cache can answer for it)."""
    articles = sorted(DEV_RAW.glob("*.txt"))
    for n in range(copies):
        folder = root / f"part{n:03d}"
        folder.mkdir()
        for path in articles:
            text = path.read_text(encoding="utf-8")
            (folder / path.name).write_text(text + f"\nMã lưu trữ: {n}-{path.stem}\n", encoding="utf-8")


def _unfinished(out) -> list[str]:
    """The half-written outputs in out (a generation still being written, or an older version's temp files)."""
    return [p.name for p in out.rglob("*.tmp")] if out.is_dir() else []


def _run(raw, out) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    return subprocess.Popen([sys.executable, "-m", "libmeet", "ingest", str(raw), "--out", str(out), "--no-cache"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)


@pytest.mark.skipif(not DEV_RAW.is_dir(), reason="dev corpus not beside the checkout")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["ctrl-c", "terminated", "killed"])
def test_an_interrupted_ingest_leaves_the_previous_outputs_intact(tmp_path, sig):
    small, big, out = tmp_path / "small", tmp_path / "big", tmp_path / "out"
    small.mkdir()
    big.mkdir()
    _big_folder(small, 1)
    _big_folder(big, 80)
    for attempt in range(3):  # (on a busy host the run may end between the last look and the signal: again)
        first = _run(small, out)
        assert first.wait(timeout=120) == 0, first.stderr.read()
        before = {name: (out / name).read_bytes() for name in OUTPUTS}
        second = _run(big, out)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _unfinished(out):
            time.sleep(0.02)  # wait until it is writing its new outputs
        time.sleep(0.3)
        assert second.poll() is None, "the run ended before it could be interrupted"
        if sig == signal.SIGKILL:
            os.killpg(second.pid, sig)  # workers too, as a killed terminal would
        else:
            os.kill(second.pid, sig)
        code = second.wait(timeout=60)
        stderr = second.stderr.read().decode("utf-8", "replace")
        if code != 0 and INTERRUPTED_AFTER not in stderr:
            break
        # the run had switched in its outputs before the signal reached it (it ended, or says it was stopped
        # after): they are then the whole new set, never a mix
        assert not _unfinished(out) and "Traceback" not in stderr
        assert all((out / name).read_bytes() != before[name] for name in ("events.json", "report.json"))
    else:
        pytest.fail("three runs ended before the signal reached them")
    if sig != signal.SIGKILL:  # Ctrl-C, or a kill / cancelled CI job: stopped cleanly
        assert code == (130 if sig == signal.SIGINT else 143)
        assert "Traceback" not in stderr and INTERRUPTED in stderr
        assert not _unfinished(out)  # its half-written outputs removed
    for name in OUTPUTS:
        assert (out / name).read_bytes() == before[name], name
