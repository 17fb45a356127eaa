"""ingest --dask: on a 2-worker LocalCluster the outputs are those of a local run, byte for byte, whatever happens
to a file (too slow, crashing its parser) or to a worker (killed mid-run)."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from libmeet import api, ingest
from libmeet.cli import main

from .test_archives import dev_files, dev_warc, report
from .test_ingest import OUTPUTS, outputs

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes, one thread each, as `dask worker` would run them (daemonic, started by a nanny)."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as local:
        yield local


@pytest.fixture
def client(cluster):
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as connected:
        yield connected
        connected.run(_restore)  # every worker parses with the real parser again


@pytest.fixture(scope="module")
def mixed_raw(tmp_path_factory) -> Path:
    """The dev articles as loose files, and again as a WARC among them (records travel as bytes)."""
    raw = tmp_path_factory.mktemp("raw")
    for f in dev_files():
        (raw / f.name).write_bytes(f.read_bytes())
        os.utime(raw / f.name, (f.stat().st_mtime,) * 2)
    dev_warc(raw / "m.warc.gz")
    return raw


@pytest.fixture(scope="module")
def local_outputs(mixed_raw, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("local")
    ingest(mixed_raw, out, jobs=2, cache=False)
    return outputs(out)


# --- parsers installed on the workers (functions of this module, imported there by name) -----

_REAL = api.process_file


def _restore() -> None:
    from libmeet import distributed as libmeet_distributed

    api.process_file = _REAL
    libmeet_distributed._close_pools()  # parser processes forked with another parser go


def _install(behaviour: str, marker: str, guard: str = "") -> None:
    """On a worker: the parser does `behaviour` on files whose name holds `marker`, the real thing otherwise."""
    from libmeet import distributed as libmeet_distributed

    def process_file(path, display, **kwargs):
        if marker in os.path.basename(path):
            if behaviour == "stall":
                time.sleep(60)
            elif behaviour == "crash":
                os._exit(3)
            elif behaviour == "kill-worker":
                try:  # once: the first worker to meet the file dies with it, its task is run again
                    os.close(os.open(guard, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                    os.kill(os.getppid(), signal.SIGKILL)  # the parser's parent is the Dask worker
                    time.sleep(5)
                except FileExistsError:
                    pass
        return _REAL(path, display, **kwargs)

    api.process_file = process_file
    libmeet_distributed._close_pools()


def test_a_cluster_run_is_byte_for_byte_a_local_run(cluster, mixed_raw, local_outputs, tmp_path):
    summary = ingest(mixed_raw, tmp_path / "out", dask=cluster.scheduler_address, cache=False)
    assert summary.files == 2 * len(dev_files()) and summary.errors == 0
    assert outputs(tmp_path / "out") == local_outputs


def test_a_killed_worker_loses_nothing(cluster, client, mixed_raw, local_outputs, tmp_path):
    victim = dev_files()[40].name
    client.run(_install, "kill-worker", victim, str(tmp_path / "killed-once"))
    pids = set(client.run(os.getpid).values())
    summary = ingest(mixed_raw, tmp_path / "out", dask=cluster.scheduler_address, cache=False)
    assert (tmp_path / "killed-once").exists()  # a worker did die mid-run
    client.wait_for_workers(2, timeout=60)
    assert set(client.run(os.getpid).values()) != pids  # and its nanny started another
    assert summary.errors == 0
    assert outputs(tmp_path / "out") == local_outputs


@pytest.mark.parametrize(("behaviour", "message"), [
    ("stall", "timed out: parsing took longer than 2 s, so it was stopped"),
    ("crash", "worker process died while parsing (exit code 3)"),
])
def test_the_time_limit_and_per_file_errors_hold_on_the_cluster(cluster, client, mixed_raw, tmp_path, behaviour,
                                                                 message):
    victim = dev_files()[7].name
    client.run(_install, behaviour, victim)
    summary = ingest(mixed_raw, tmp_path / "out", dask=cluster.scheduler_address, cache=False, timeout=2)
    assert summary.errors == 1
    errors = [e for e in report(tmp_path / "out") if e["status"] == "error"]
    assert errors == [{"path": f"{mixed_raw.as_posix()}/{victim}", "status": "error", "message": message}]
    assert summary.files == 2 * len(dev_files())


def test_cli_takes_the_scheduler_from_the_environment(cluster, mixed_raw, local_outputs, tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(mixed_raw), "--out", str(tmp_path / "out"), "--no-cache",
                                       "--quiet"], env={"DASK_SCHEDULER_ADDRESS": cluster.scheduler_address})
    assert result.exit_code == 0, result.output
    # the CLI names files as given on its command line: the same as the API's here
    assert {n: (tmp_path / "out" / n).read_bytes() for n in OUTPUTS} == local_outputs


def test_the_plain_install_needs_no_extra():
    """Dask, fsspec and the WARC reader are imported only by a run that uses them."""
    import subprocess
    import sys

    code = ("import sys, libmeet, libmeet.cli, libmeet.api; "
            "print(sorted(m for m in ('distributed', 'dask', 'fsspec', 's3fs', 'fastwarc') if m in sys.modules))")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "[]"
