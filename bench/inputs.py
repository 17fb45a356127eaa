"""Beyond a folder of .txt: the bench corpus ingested as one WARC.gz, as JSON Lines, and on a Dask cluster.

    .venv/bin/python bench/inputs.py                   # the 35,440-article corpus in /tmp/bench/data
    .venv/bin/python bench/inputs.py --limit 5000 --runs 3

Writes the corpus once as `corpus.warc.gz` (one gzip member per response record, text/plain, its
WARC-Date the file's modification time, as a crawl would) and as `corpus.jsonl` (news-please's keys:
`maintext`, `date_download`), then measures, each as its own `libmeet ingest --no-cache` process and
in rounds (every command once per round, ratios taken within a round, as bench/run.py does):

- the folder, `--jobs 2` (the reference);
- the WARC.gz and the JSONL, `--jobs 2`: target within 1.2x the folder;
- the folder and the WARC.gz with `--dask` on a `distributed.LocalCluster` of 2 worker processes of
  one thread each (started once, outside the clock, as a standing cluster would be): target within
  1.5x the folder's `--jobs 2`;
- the WARC.gz of a quarter of the corpus (memory check: peak memory flat with corpus size).

Then checks that every run gives the same events (ids, in order) as the folder, and prints the
per-article costs that bench/README.md's estimate for 50 million articles starts from. Needs the
`dask` extra. Prints a markdown table.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import Row, clean_up, measure, round_ratio, subset, table  # bench/run.py, beside this file

REPO = Path(__file__).resolve().parents[1]
TARGETS = {"archive": 1.2, "dask": 1.5}

#: a standing 2-worker cluster in a process of its own (so that it neither slows nor swells this one)
CLUSTER = r"""
import sys
from distributed import LocalCluster
with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                  host="127.0.0.1") as cluster:
    print(cluster.scheduler_address, flush=True)
    sys.stdin.read()
"""


def tree_cpu(root: int) -> float:
    """CPU seconds (user + system) used so far by a process tree: each process's own and its reaped children's."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            total += sum(int(v) for v in fields[11:15])  # utime stime cutime cstime
        except (OSError, IndexError, ValueError):
            pass
        todo.extend(_children(pid))
    return total / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    """Every child of a process, whichever of its threads started it (a Dask worker forks from its task threads)."""
    found: list[int] = []
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in threads:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as handle:
                found.extend(int(p) for p in handle.read().split())
        except (OSError, ValueError):
            continue
    return found


class Cluster:
    """The cluster process; `cpu()` is the CPU its scheduler, workers and parsers have used so far."""

    def __init__(self, python: str, env: dict[str, str]) -> None:
        started = time.perf_counter()
        self.proc = subprocess.Popen([python, "-c", CLUSTER], env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.address = self.proc.stdout.readline().strip()
        if not self.address:
            raise SystemExit("the LocalCluster did not start (is the dask extra installed?)")
        self.start_seconds = time.perf_counter() - started  # until LocalCluster has started its scheduler and workers

    def cpu(self) -> float:
        return tree_cpu(self.proc.pid)

    def close(self) -> None:
        self.proc.stdin.close()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def write_warc(files: list[Path], target: Path) -> None:
    from fastwarc.stream_io import GzipWriter
    from fastwarc.warc import WarcRecord, WarcRecordType

    with open(target, "wb") as handle:
        for f in files:
            body = f.read_bytes()
            record = WarcRecord()
            record.init_headers(WarcRecordType.response)
            record.headers["WARC-Target-URI"] = f"urn:bench:{f.stem}"
            record.headers["WARC-Date"] = dt.datetime.fromtimestamp(f.stat().st_mtime).strftime("%Y-%m-%dT%H:%M:%SZ")
            record.headers["Content-Type"] = "application/http; msgtype=response"
            record.set_bytes_content(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body)
            writer = GzipWriter(handle)
            record.write(writer)
            writer.close()


def write_jsonl(files: list[Path], target: Path) -> None:
    with open(target, "w", encoding="utf-8") as handle:
        for f in files:
            day = dt.date.fromtimestamp(f.stat().st_mtime).isoformat()
            text = f.read_bytes().decode("utf-8", "replace")
            handle.write(json.dumps({"maintext": text, "date_download": day}, ensure_ascii=False) + "\n")


def event_ids(out: Path) -> list[str]:
    with open(out / "events.jsonl", encoding="utf-8") as handle:
        return [json.loads(line)["id"] for line in handle]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/bench/data"), help="folder of .txt articles")
    parser.add_argument("--limit", type=int, help="only the first N files (sorted by name)")
    parser.add_argument("--runs", type=int, default=3, help="rounds (the median is shown)")
    parser.add_argument("--src", type=Path, default=REPO / "src", help="the libmeet sources to run")
    parser.add_argument("--no-dask", action="store_true", help="skip the cluster runs")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        raise SystemExit(f"{args.data}: no such folder; unpack ../shared/bench/vn-news-35k.tar.gz first (bench/README.md)")
    sys.path.insert(0, str(args.src.resolve()))
    env = dict(os.environ, PYTHONPATH=str(args.src.resolve()), CI="1", PYTHONHASHSEED="0")
    python = sys.executable
    work = Path(tempfile.mkdtemp(prefix="libmeet-bench-inputs-"))
    cluster = None
    try:
        data, count = subset(args.data, args.limit, work)
        files = sorted(p for p in data.iterdir() if p.name.endswith(".txt"))
        quarter = files[: max(1, count // 4)]
        started = time.perf_counter()
        write_warc(files, work / "corpus.warc.gz")
        write_warc(quarter, work / "quarter.warc.gz")
        write_jsonl(files, work / "corpus.jsonl")
        print(f"{count:,} files from {args.data}; written as WARC.gz ({(work / 'corpus.warc.gz').stat().st_size >> 20} MB)"
              f" and JSONL ({(work / 'corpus.jsonl').stat().st_size >> 20} MB) in {time.perf_counter() - started:.1f} s;"
              f" {args.runs} rounds", file=sys.stderr)

        def ingest(source: Path, out: Path, *options: str) -> list[str]:
            return [python, "-m", "libmeet", "ingest", str(source), "--out", str(out), "--quiet", "--no-cache",
                    *options]

        commands = {
            "folder": ("ingest folder --jobs 2", data, ["--jobs", "2"]),
            "warc": ("ingest one WARC.gz --jobs 2", work / "corpus.warc.gz", ["--jobs", "2"]),
            "jsonl": ("ingest JSONL --jobs 2", work / "corpus.jsonl", ["--jobs", "2"]),
        }
        if not args.no_dask:
            cluster = Cluster(python, env)
            commands["dask-folder"] = ("ingest folder --dask (2-worker LocalCluster)", data,
                                       ["--dask", cluster.address])
            commands["dask-warc"] = ("ingest one WARC.gz --dask (2-worker LocalCluster)", work / "corpus.warc.gz",
                                     ["--dask", cluster.address])
        rows = {key: Row(label, count) for key, (label, _, _) in commands.items()}
        outs = {key: work / f"out-{key}" for key in commands}
        client_cpu: dict[str, list[float]] = {}
        # once unmeasured: the files in the page cache, the cluster's parser processes started, for every run alike
        measure(ingest(data, work / "warm", "--jobs", "2"), env)
        if cluster is not None:  # the first run on a fresh cluster: its workers import libmeet, fork their parsers
            first = measure(ingest(data, work / "warm-dask", "--dask", cluster.address), env)
            print(f"cluster start (scheduler and 2 workers up): {cluster.start_seconds:.2f} s; the first --dask run "
                  f"on it (outside the rounds): {first.seconds:.2f} s", file=sys.stderr, flush=True)
        for round_no in range(args.runs):
            for key, (_, source, options) in commands.items():
                shutil.rmtree(outs[key], ignore_errors=True)
                before = cluster.cpu() if key.startswith("dask") else 0.0
                run = measure(ingest(source, outs[key], *options), env)
                if key.startswith("dask"):  # the client's CPU, and the cluster's for this run
                    client_cpu.setdefault(key, []).append(run.cpu)
                    run.cpu += cluster.cpu() - before
                rows[key].runs.append(run)
            print(f"  round {round_no + 1}: " + ", ".join(f"{k} {rows[k].runs[-1].seconds:.2f} s" for k in commands),
                  file=sys.stderr, flush=True)
        small = Row("ingest WARC.gz of a quarter --jobs 2 (memory check)", len(quarter))
        small.runs.append(measure(ingest(work / "quarter.warc.gz", work / "out-quarter", "--jobs", "2"), env))
        extra = [small]
        if cluster is not None:
            small_dask = Row("ingest WARC.gz of a quarter --dask (memory check)", len(quarter))
            small_dask.runs.append(measure(ingest(work / "quarter.warc.gz", work / "out-quarter-dask", "--dask",
                                                  cluster.address), env))
            extra.append(small_dask)
        folder = rows["folder"]
        print(table([*rows.values(), *extra], folder).replace("× floor", "× folder"))
        print()
        checks = []
        for key, target in (("warc", "archive"), ("jsonl", "archive"), ("dask-folder", "dask"), ("dask-warc", "dask")):
            if key in rows:
                ratio = round_ratio(rows[key], folder)
                checks.append((f"{rows[key].label} within {TARGETS[target]:g}x the folder's --jobs 2 "
                               f"(same-round median {ratio:.2f}x)", ratio <= TARGETS[target]))
        ids = event_ids(outs["folder"])
        for key in commands:
            if key != "folder":
                checks.append((f"{key}: the same events, in the same order, as the folder ({len(ids):,})",
                               event_ids(outs[key]) == ids))
        if "dask-folder" in outs:
            same = all((outs["dask-folder"] / n).read_bytes() == (outs["folder"] / n).read_bytes()
                       for n in ("events.json", "events.csv", "attendees.csv", "report.json"))
            checks.append(("the folder on the cluster: outputs byte for byte those of --jobs 2", same))
        for key, row in zip(("warc", "dask-warc"), extra):
            full, part = max(r.tree_mb for r in rows[key].runs), row.runs[0].tree_mb
            checks.append((f"memory flat, {key}: peak RSS (the command's process tree) {full:.0f} MB for "
                           f"{count:,} articles, {part:.0f} MB for {len(quarter):,}", full <= part * 1.25 + 10))
        for label, ok in checks:
            print(f"- {label}: {'yes' if ok else 'NO'}")
        cpu = statistics.median(r.cpu for r in folder.runs)
        print(f"\nCPU per article: {cpu / count * 1e3:.3f} ms for --jobs 2 (the command and its workers)")
        if "dask-warc" in rows:
            cpu = statistics.median(r.cpu for r in rows["dask-warc"].runs)
            print(f"CPU per article: {cpu / count * 1e3:.3f} ms for --dask over the WARC.gz (client, scheduler, workers)")
        for key, values in client_cpu.items():
            print(f"CPU per article in the client of {key}: {statistics.median(values) / count * 1e3:.3f} ms")
        # a target missed is reported, not an error: the exit status says whether the runs agree
        return 0 if all(ok for label, ok in checks if "the same events" in label or "byte for byte" in label) else 1
    finally:
        if cluster is not None:
            cluster.close()
        clean_up(work, args.keep)


if __name__ == "__main__":
    sys.exit(main())
