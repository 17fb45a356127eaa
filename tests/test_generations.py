"""The output folder's generations: one consistent set of outputs whatever stops a run, no leftovers,
a clear line when the outputs cannot be written."""
from __future__ import annotations

import errno
import json
import os
import shutil

import pytest
from click.testing import CliRunner

from libmeet import api, generations
from libmeet.api import ingest
from libmeet.cli import EXIT_NOT_WRITTEN, INTERRUPTED, INTERRUPTED_AFTER, main
from libmeet.generations import OUTPUTS, BusyError, Generation, OutputError, consistency_problems

from .conftest import REPO

SAMPLE = REPO / "data" / "raw"


def _two_inputs(tmp_path):
    """Two folders whose runs give different outputs: the sample articles, and the first two of them."""
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(SAMPLE, old)
    new.mkdir()
    for path in sorted(SAMPLE.glob("*.txt"))[:2]:
        shutil.copy(path, new / path.name)
    return old, new


def _contents(out):
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.mark.parametrize("step", range(1, 12))
def test_a_run_stopped_at_any_rename_leaves_one_consistent_set(tmp_path, monkeypatch, step):
    # issue 11.1: killed while the outputs were renamed, the folder showed a new report.json beside old events.*
    old, new = _two_inputs(tmp_path)
    out = tmp_path / "out"
    ingest(old, out, jobs=0, cache=False)
    before = _contents(out)
    clean = tmp_path / "clean"
    ingest(new, clean, jobs=0, cache=False)
    calls = {"n": 0}
    real_replace, real_rename = os.replace, os.rename

    def stop_at_step(real):
        def wrapped(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == step:
                raise KeyboardInterrupt  # as a kill would stop it here
            return real(*args, **kwargs)
        return wrapped

    monkeypatch.setattr(os, "replace", stop_at_step(real_replace))
    monkeypatch.setattr(os, "rename", stop_at_step(real_rename))
    with pytest.raises(KeyboardInterrupt):
        ingest(new, out, jobs=0, cache=False)
        raise KeyboardInterrupt  # (a step past the last rename: the run ended; counts as stopped after)
    monkeypatch.undo()
    assert consistency_problems(out) == []
    assert _contents(out) in (before, _contents(clean))


def test_an_interruption_after_the_switch_says_the_new_outputs_are_written(tmp_path, monkeypatch):
    old, new = _two_inputs(tmp_path)
    out = tmp_path / "out"
    ingest(old, out, jobs=0, cache=False)
    real_rmtree = shutil.rmtree

    def interrupted_cleanup(path, *args, **kwargs):
        if "gen-" in os.fspath(path) and not os.fspath(path).endswith(".tmp"):
            raise KeyboardInterrupt  # the old generation is being removed: the new one is in place
        return real_rmtree(path, *args, **kwargs)

    monkeypatch.setattr(generations.shutil, "rmtree", interrupted_cleanup)
    result = CliRunner().invoke(main, ["ingest", str(new), "--out", str(out), "--no-cache", "-j", "0"])
    assert result.exit_code == 130
    assert INTERRUPTED_AFTER in result.stderr and INTERRUPTED not in result.stderr
    assert len(json.loads((out / "events.json").read_text(encoding="utf-8"))) == 2


def test_leftovers_of_killed_runs_are_removed(tmp_path):
    # issue 11.3: kill -9 left five .*.tmp files per kill, forever
    out = tmp_path / "out"
    ingest(SAMPLE, out, jobs=0, cache=False)
    (out / ".events.json.x1y2.tmp").write_text("[half")  # what older versions left
    (out / ".report.json.a_b.tmp").write_text("[half")
    (out / ".libmeet" / "gen-1-2.tmp").mkdir()  # a generation a killed run was writing
    (out / ".libmeet" / "gen-1-2.tmp" / "events.json").write_text("[half")
    (out / ".libmeet" / "gen-3-4").mkdir()  # one written in full but never switched in
    summary = ingest(SAMPLE, out, jobs=0, cache=False)
    assert summary.files == 5
    left = sorted(p.name for p in out.rglob("*") if p.name.endswith(".tmp") or p.name in ("gen-3-4",))
    assert left == []
    assert len([p for p in (out / ".libmeet").iterdir() if p.name.startswith("gen-")]) == 1


def test_outputs_of_an_older_version_are_taken_over_without_a_mix(tmp_path, monkeypatch):
    # five plain files, as libmeet wrote them before generations: stopped at any step, still one set
    old, new = _two_inputs(tmp_path)
    first = tmp_path / "first"
    ingest(old, first, jobs=0, cache=False)
    for step in range(1, 10):
        out = tmp_path / f"out{step}"
        out.mkdir()
        for name in OUTPUTS:
            (out / name).write_bytes((first / name).read_bytes())
        before = _contents(out)
        calls = {"n": 0}
        real = os.replace

        def stop(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == step:
                raise KeyboardInterrupt
            return real(*args, **kwargs)

        monkeypatch.setattr(os, "replace", stop)
        try:
            ingest(new, out, jobs=0, cache=False)
        except KeyboardInterrupt:
            pass
        monkeypatch.undo()
        assert consistency_problems(out) == [], step
        if calls["n"] >= step:  # stopped: the old set, whole
            assert _contents(out) == before or len(json.loads((out / "events.json").read_text())) == 2


def test_a_second_run_on_the_same_folder_is_refused_while_one_writes(tmp_path):
    out = tmp_path / "out"
    with Generation(out):
        with pytest.raises(BusyError, match="another libmeet run is writing"):
            ingest(SAMPLE, out, jobs=0, cache=False)
    assert ingest(SAMPLE, out, jobs=0, cache=False).files == 5


@pytest.mark.parametrize(("error", "says"), [
    (errno.ENOSPC, "the disk is full"),
    (errno.EFBIG, "file size limit"),
    (errno.EROFS, "read-only"),
    (errno.EACCES, "permission denied"),
])
def test_outputs_that_cannot_be_written_give_one_line_and_exit_3(tmp_path, monkeypatch, error, says):
    # issue 11.12: disk full, ulimit -f, a read-only folder gave raw tracebacks
    out = tmp_path / "out"
    ingest(SAMPLE, out, jobs=0, cache=False)
    before = _contents(out)
    real_commit = Generation.commit

    def failing_commit(self):
        raise OutputError(generations.explain(OSError(error, os.strerror(error)), self.out_dir))

    monkeypatch.setattr(Generation, "commit", failing_commit)
    result = CliRunner().invoke(main, ["ingest", str(SAMPLE), "--out", str(out), "-j", "0", "-q"])
    assert result.exit_code == EXIT_NOT_WRITTEN
    assert "Traceback" not in result.output
    line, = result.stderr.strip().splitlines()
    assert line.startswith(f"error: cannot write the outputs in {out}") and says in line
    assert "previous outputs were left as they were" in line
    monkeypatch.setattr(Generation, "commit", real_commit)
    assert _contents(out) == before
    assert not list(out.rglob("*.tmp"))  # nothing left behind


def test_a_write_that_fails_midway_leaves_the_old_outputs_and_no_temp_folder(tmp_path, monkeypatch):
    out = tmp_path / "out"
    ingest(SAMPLE, out, jobs=0, cache=False)
    before = _contents(out)
    real_add = api.OutputSet.add

    def disk_full(self, rendered):
        raise OutputError(generations.explain(OSError(errno.ENOSPC, "No space left on device"), self.out_dir))

    monkeypatch.setattr(api.OutputSet, "add", disk_full)
    with pytest.raises(OutputError, match="the disk is full"):
        ingest(SAMPLE, out, jobs=0)
    monkeypatch.setattr(api.OutputSet, "add", real_add)
    assert _contents(out) == before
    assert not list(out.rglob("*.tmp"))


def test_a_read_only_output_folder_is_one_clear_line(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = CliRunner().invoke(main, ["ingest", str(SAMPLE), "--out", str(out), "-j", "0", "-q"])
    finally:
        out.chmod(0o755)
    assert result.exit_code == EXIT_NOT_WRITTEN and "Traceback" not in result.output


def test_a_file_size_limit_is_one_clear_line_and_the_next_run_works(tmp_path):
    # issue 11.12, for real: `ulimit -f` (root is held to it too); the cache must not block later runs
    import resource
    import subprocess
    import sys

    out = tmp_path / "out"
    ingest(SAMPLE, out, jobs=0)
    before = _contents(out)
    big = tmp_path / "big"
    big.mkdir()
    for n, path in enumerate(sorted(SAMPLE.glob("*.txt")) * 6):
        (big / f"{n:02d}.txt").write_text(path.read_text(encoding="utf-8") + f"\nBản {n}\n", encoding="utf-8")
    limit = max(len(b) for b in before.values()) + 4096  # room for one output of the old size, not for six times it

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    done = subprocess.run([sys.executable, "-m", "libmeet", "ingest", str(big), "--out", str(out), "-j", "0", "-q"],
                          capture_output=True, text=True, env=env, preexec_fn=small_files, timeout=300)
    assert done.returncode == EXIT_NOT_WRITTEN, done.stderr
    assert "Traceback" not in done.stderr
    assert "file size limit" in done.stderr and len(done.stderr.strip().splitlines()) <= 2
    assert _contents(out) == before
    assert not list(out.rglob("*.tmp"))
    assert ingest(SAMPLE, out, jobs=0).files == 5  # and the next run is not stopped by what the failed one left
    assert consistency_problems(out) == []
