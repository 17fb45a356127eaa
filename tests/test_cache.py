"""The ingest cache: a re-run reuses results of unchanged files only, and gives the same outputs."""
from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from libmeet import api, cache
from libmeet.api import ingest
from libmeet.cache import CACHE_NAME


OUTPUTS = ("events.json", "events.jsonl", "events.csv", "attendees.csv", "report.json")


def outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def _parser_must_not_run(*args, **kwargs):
    raise AssertionError("parsed although the cache holds this file")


@pytest.fixture()
def raw(dev_copy) -> Path:
    """A copy of the dev corpus (so files can change)."""
    return dev_copy


def test_rerun_reuses_everything_and_writes_the_same_bytes(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = ingest(raw, out, jobs=0)
    before = outputs(out)
    assert first.cached == 0 and (out / CACHE_NAME).is_file()
    monkeypatch.setattr(api, "process_file", _parser_must_not_run)  # any parse now fails the file
    again = ingest(raw, out, jobs=0)
    assert again.cached == again.files == first.files
    assert (again.events, again.skipped, again.errors) == (first.events, first.skipped, first.errors)
    assert outputs(out) == before


def _count_parses(monkeypatch) -> list[str]:
    """From now on, the names of the files ingest parses (rather than takes from the cache), in order."""
    parsed: list[str] = []
    real = api.process_file

    def counting(path, display, **kwargs):
        parsed.append(Path(path).name)
        return real(path, display, **kwargs)

    monkeypatch.setattr(api, "process_file", counting)
    return parsed


def test_a_changed_file_is_parsed_again_and_only_it(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = ingest(raw, out, jobs=0)
    changed = sorted(raw.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThêm một dòng.\n", encoding="utf-8")
    parsed = _count_parses(monkeypatch)
    again = ingest(raw, out, jobs=0)
    assert parsed == [changed.name]
    assert again.cached == first.files - 1


def _must_not_read(*args, **kwargs):
    raise AssertionError("read a file whose stat says it is unchanged")


def test_an_unchanged_file_is_not_even_read_again(raw, tmp_path, monkeypatch):
    # files last changed well before the run (here: any time before it, with the racy margin off)
    # are known unchanged from their size, mtime and ctime alone, as git's index knows them
    monkeypatch.setattr(cache, "RACY_NS", 0)
    out = tmp_path / "out"
    first = ingest(raw, out, jobs=0)
    before = outputs(out)
    monkeypatch.setattr(api, "process_file", _parser_must_not_run)
    monkeypatch.setattr(cache, "file_sha256", _must_not_read)
    again = ingest(raw, out, jobs=0)
    assert again.cached == again.files == first.files
    assert outputs(out) == before


def _rewrite_keeping_size_and_mtime(path: Path) -> None:
    data = path.read_bytes()
    info = path.stat()
    at = data.index(b"2")  # one digit of a date changes, nothing else: same size
    path.write_bytes(data[:at] + b"3" + data[at + 1:])
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


@pytest.mark.parametrize("racy_margin", [0, cache.RACY_NS])
def test_a_file_rewritten_to_the_same_size_and_mtime_is_parsed_again(raw, tmp_path, monkeypatch, racy_margin):
    monkeypatch.setattr(cache, "RACY_NS", racy_margin)
    out = tmp_path / "out"
    ingest(raw, out, jobs=0)
    changed = sorted(raw.glob("*.txt"))[0]
    _rewrite_keeping_size_and_mtime(changed)  # its ctime moves: a write cannot set that back
    parsed = _count_parses(monkeypatch)
    ingest(raw, out, jobs=0)
    assert parsed == [changed.name]


def test_a_link_pointed_at_another_file_is_parsed_again(raw, tmp_path, monkeypatch):
    # an archive of links (to files elsewhere, so read with follow_links): one re-pointed at another file of the same size and times is another inode
    monkeypatch.setattr(cache, "RACY_NS", 0)
    real_probe = cache.probe

    def same_ctime(path, display, max_bytes):  # as if both files had been written in the same instant
        found = real_probe(path, display, max_bytes)
        return found and dataclasses.replace(found, ctime_ns=0)

    monkeypatch.setattr(api, "probe", same_ctime)
    first, other = sorted(raw.glob("*.txt"))[:2]
    size = first.stat().st_size
    twin = tmp_path / "twin.txt"
    twin.write_bytes(other.read_bytes()[:size].ljust(size, b" "))  # another article, cut to the same size
    os.utime(twin, ns=(first.stat().st_atime_ns, first.stat().st_mtime_ns))
    links = tmp_path / "links"
    links.mkdir()
    (links / "article.txt").symlink_to(first)
    out = tmp_path / "out"
    ingest(links, out, jobs=0, follow_links=True)
    (links / "article.txt").unlink()
    (links / "article.txt").symlink_to(twin)
    again = ingest(links, out, jobs=0, follow_links=True)
    assert again.cached == 0


def test_a_coarse_clock_cannot_hide_a_rewrite(raw, tmp_path, monkeypatch):
    # on a file system that keeps whole seconds (FAT keeps two), a file rewritten in the same second
    # as it was stat'ed shows the same size, mtime and ctime: rows that recent are checked by hash
    real_probe = cache.probe

    def coarse(path, display, max_bytes):
        found = real_probe(path, display, max_bytes)
        second = 1_000_000_000
        return found and dataclasses.replace(found, mtime_ns=found.mtime_ns // second * second,
                                             ctime_ns=found.ctime_ns // second * second)

    monkeypatch.setattr(api, "probe", coarse)
    out = tmp_path / "out"
    ingest(raw, out, jobs=0)
    changed = sorted(raw.glob("*.txt"))[0]
    _rewrite_keeping_size_and_mtime(changed)
    again = ingest(raw, out, jobs=0)
    assert again.cached == again.files - 1


def test_new_and_removed_files(raw, tmp_path):
    out = tmp_path / "out"
    ingest(raw, out, jobs=0)
    gone = sorted(raw.glob("*.txt"))[-1]
    gone.unlink()
    shutil.copy(sorted(raw.glob("*.txt"))[0], raw / "zz_new.txt")
    again = ingest(raw, out, jobs=0)
    assert again.cached == again.files - 1
    with sqlite3.connect(out / CACHE_NAME) as db:
        paths = {p for (p,) in db.execute("SELECT path FROM results_v3")}
    assert (raw / "zz_new.txt").as_posix() in paths
    assert gone.as_posix() not in paths  # no row left for a file that is gone


def test_a_new_parser_version_drops_the_cache(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    ingest(raw, out, jobs=0)
    monkeypatch.setattr("libmeet.parse.version.PARSER_VERSION", "999.0+test")
    cache.code_fingerprint.cache_clear()
    try:
        again = ingest(raw, out, jobs=0)
    finally:
        cache.code_fingerprint.cache_clear()
    assert again.cached == 0


def test_a_changed_source_or_data_file_changes_the_fingerprint(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    shutil.copytree(Path(cache.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_PACKAGE", package)
    cache.code_fingerprint.cache_clear()
    try:
        before = cache.code_fingerprint()
        data_file = next((package / "parse" / "data").iterdir())
        data_file.write_bytes(data_file.read_bytes() + b"\n# one more line\n")
        cache.code_fingerprint.cache_clear()
        after = cache.code_fingerprint()
    finally:
        cache.code_fingerprint.cache_clear()
    assert before != after


def test_options_that_change_records_have_their_own_cache(raw, tmp_path):
    import datetime as dt

    out = tmp_path / "out"
    ingest(raw, out, jobs=0)
    again = ingest(raw, out, jobs=0, reference_date=dt.date(2019, 1, 1))
    assert again.cached == 0


def test_no_cache_neither_reads_nor_writes_one(raw, tmp_path):
    out = tmp_path / "out"
    summary = ingest(raw, out, jobs=0, cache=False)
    assert summary.cached == 0 and not (out / CACHE_NAME).exists()


def test_a_damaged_cache_is_rebuilt(raw, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / CACHE_NAME).write_bytes(b"this is not a database" * 100)
    first = ingest(raw, out, jobs=0)
    again = ingest(raw, out, jobs=0)
    assert first.cached == 0 and again.cached == again.files


# --- a damaged cache is set aside and rebuilt; a row is checked before it is used (issue 11.2) -------------

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw"


@pytest.mark.parametrize("where", ["header", "middle", "end", "everything"])
def test_a_damaged_cache_is_set_aside_with_a_warning_and_rebuilt(tmp_path, where):
    import random

    clean = tmp_path / "clean"
    ingest(SAMPLE, clean, jobs=0, cache=False)
    out = tmp_path / "out"
    ingest(SAMPLE, out, jobs=0)
    db = out / CACHE_NAME
    size = db.stat().st_size
    noise = random.Random(where).randbytes
    with open(db, "r+b") as handle:
        spans = {"header": [(0, 100)], "middle": [(size // 2, 4096)], "end": [(size - 4096, 4096)],
                 "everything": [(0, size)]}[where]
        for start, length in spans:
            handle.seek(start)
            handle.write(noise(length))
    warned = []
    for _ in range(2):  # damage SQLite sees shows at once; damage only the rows' checksums see, one run later
        summary = ingest(SAMPLE, out, jobs=0)  # no traceback
        assert outputs(out) == outputs(clean)
        warned += summary.warnings
    if (out / (CACHE_NAME + cache.DAMAGED_SUFFIX)).exists():
        assert any("damaged" in w and "set aside" in w for w in warned)
    again = ingest(SAMPLE, out, jobs=0)  # rebuilt: the next run answers from it
    assert outputs(out) == outputs(clean)
    assert again.warnings == [] and again.cached == 5


@pytest.mark.parametrize("column", ["record", "entry", "pretty", "event_rows", "status"])
def test_a_row_edited_by_hand_is_parsed_again_not_copied(tmp_path, column):
    clean = tmp_path / "clean"
    ingest(SAMPLE, clean, jobs=0, cache=False)
    out = tmp_path / "out"
    ingest(SAMPLE, out, jobs=0)
    with sqlite3.connect(out / CACHE_NAME) as db:
        db.execute(f"UPDATE results_v3 SET {column} = '{{not json'")
    again = ingest(SAMPLE, out, jobs=0)
    assert again.cached == 0
    assert outputs(out) == outputs(clean)
    assert "{not json" not in (out / "events.json").read_text(encoding="utf-8")


def test_a_cache_that_fails_mid_run_is_dropped_for_the_run(tmp_path, monkeypatch):
    out = tmp_path / "out"
    ingest(SAMPLE, out, jobs=0)
    clean = tmp_path / "clean"
    ingest(SAMPLE, clean, jobs=0, cache=False)

    def malformed(self, now):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(cache.ResultCache, "_get", malformed)
    summary = ingest(SAMPLE, out, jobs=0)
    monkeypatch.undo()
    assert outputs(out) == outputs(clean)
    assert (out / (CACHE_NAME + cache.DAMAGED_SUFFIX)).exists()
    assert any("set aside" in w for w in summary.warnings)
    assert ingest(SAMPLE, out, jobs=0).files == 5
