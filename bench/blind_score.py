"""Score libmeet on the blind-annotated bench articles (bench/accuracy/blind/gold*/), as on the dev corpus.

    python bench/blind_score.py /tmp/bench/data                       # every set, one score
    python bench/blind_score.py /tmp/bench/data --sets 72 73 --per-doc

Each gold folder holds the hand-made answers for the articles bench/blind_sample.py drew with that seed (file
name = article id). The script copies those articles out of the unpacked bench corpus, runs `libmeet ingest`
on them with `--reference-date 2017-07-31` (the crawl's end, as dev_eval.sh does for baomoi) and scores the
records with ../shared/tools/score.py.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = HERE.parents[1] / "shared" / "tools" / "score.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the unpacked bench corpus (/tmp/bench/data)")
    parser.add_argument("--sets", nargs="*", default=None, help="seeds of the gold sets (default: all)")
    parser.add_argument("--per-doc", action="store_true")
    args = parser.parse_args()
    folders = sorted((HERE / "accuracy" / "blind").glob("gold*"))
    if args.sets:
        folders = [f for f in folders if f.name[4:] in args.sets]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        raw, gold = work / "raw", work / "gold"
        raw.mkdir()
        gold.mkdir()
        for folder in folders:
            for answer in folder.glob("*.json"):
                shutil.copy2(args.data / f"{answer.stem}.txt", raw)
                shutil.copy2(answer, gold)
        subprocess.run([sys.executable, "-m", "libmeet", "ingest", str(raw), "--out", str(work / "out"),
                        "--reference-date", "2017-07-31", "--no-cache", "--quiet"], check=True)
        records = json.loads((work / "out" / "events.json").read_text(encoding="utf-8"))
        print(f"{len(list(gold.iterdir()))} articles from {', '.join(f.name for f in folders)}; "
              f"{len(records)} records")
        command = [sys.executable, str(SCORE), "--gold", str(gold), "--pred", str(work / "out" / "events.json")]
        return subprocess.run(command + (["--per-doc"] if args.per_doc else [])).returncode


if __name__ == "__main__":
    raise SystemExit(main())
