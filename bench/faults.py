"""Fault injection: kill `libmeet ingest` at random moments and check what a reader would see.

    .venv/bin/python bench/faults.py                       # 20 kills over 4,000 bench articles
    .venv/bin/python bench/faults.py --kills 20 --limit 0  # over the whole corpus in /tmp/bench/data

Two inputs (two different slices of the corpus, so their outputs differ) are ingested into one output
folder in turn (most runs without the cache), and each run is stopped at a random moment between its
start and a little past its usual end (so some kills land while the outputs are switched in) by
SIGKILL (the process group, as a killed terminal would), SIGTERM or SIGINT. After every kill the five outputs must be one run's
consistent set (libmeet.generations.consistency_problems). At the end one more run over the first
input must give byte for byte the outputs of a clean run into a fresh folder, and leave no
unfinished generation or temporary file behind. Exits 1 on any failure.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from libmeet.generations import OUTPUTS, consistency_problems  # noqa: E402


def _slice(data: Path, target: Path, names: list[str]) -> Path:
    target.mkdir(parents=True)
    for name in names:
        os.link(data / name, target / name) if _same_fs(data, target) else shutil.copy2(data / name, target / name)
    return target


def _same_fs(a: Path, b: Path) -> bool:
    return a.stat().st_dev == b.stat().st_dev


def _start(raw: Path, out: Path, jobs: int, *more: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    return subprocess.Popen([sys.executable, "-m", "libmeet", "ingest", str(raw), "--out", str(out), "-q",
                             "--jobs", str(jobs), *more], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def _run(raw: Path, out: Path, jobs: int) -> float:
    started = time.monotonic()
    proc = _start(raw, out, jobs)
    _, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}): {err.decode(errors='replace')}")
    return time.monotonic() - started


def _leftovers(out: Path) -> list[str]:
    return [p.name for p in out.rglob("*.tmp")] + [p.name for p in out.glob(".*.tmp")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("/tmp/bench/data"), help="folder of .txt articles")
    parser.add_argument("--limit", type=int, default=4000, help="articles in each input (0: half the corpus each)")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    names = sorted(n for n in os.listdir(args.data) if n.endswith(".txt"))
    size = args.limit or len(names) // 2
    with tempfile.TemporaryDirectory(prefix="libmeet-faults-") as work:
        work = Path(work)
        inputs = [_slice(args.data, work / "a", names[:size]), _slice(args.data, work / "b", names[size // 2:][:size])]
        clean, out = work / "clean", work / "out"
        usual = _run(inputs[0], clean, args.jobs)
        _run(inputs[1], work / "clean-b", args.jobs)
        print(f"{size:,} articles an input; a clean run takes {usual:.1f} s; {args.kills} kills")
        _run(inputs[0], out, args.jobs)
        failures = 0
        for kill in range(args.kills):
            raw = inputs[(kill + 1) % 2]
            sig = rng.choice([signal.SIGKILL, signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
            after = rng.uniform(0.0, usual * 1.15)
            cached = kill % 3 == 2  # (a run the cache answers ends sooner; most runs parse, so most kills land)
            proc = _start(raw, out, args.jobs, *(() if cached else ("--no-cache",)))
            time.sleep(after)
            if sig == signal.SIGKILL:
                with contextlib_suppress():
                    os.killpg(proc.pid, sig)
            else:
                proc.send_signal(sig)
            proc.communicate()
            problems = consistency_problems(out)
            verdict = "consistent" if not problems else "NOT CONSISTENT: " + "; ".join(problems)
            failures += bool(problems)
            print(f"kill {kill + 1:2d}: {signal.Signals(sig).name:7s} after {after:5.2f} s"
                  f"{' (cache)' if cached else '        '}, exit {proc.returncode:4d}: "
                  f"{verdict}", flush=True)
        _run(inputs[0], out, args.jobs)
        same = all((out / n).read_bytes() == (clean / n).read_bytes() for n in OUTPUTS)
        left = _leftovers(out)
        print(f"next run identical to a clean run: {'yes' if same else 'NO'}; leftovers: {left or 'none'}")
        failures += (not same) + bool(left)
    print("all good" if not failures else f"{failures} failure(s)")
    return 1 if failures else 0


class contextlib_suppress:
    """The process may have ended already."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return exc[0] is ProcessLookupError


if __name__ == "__main__":
    sys.exit(main())
