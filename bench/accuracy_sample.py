"""Draw the seeded samples that bench/ACCURACY.md judges by reading.

    python bench/accuracy_sample.py OUT_DIR --seed 10 --n 40 --sheet /tmp/sheet.md

OUT_DIR is the output of `libmeet ingest /tmp/bench/data --out OUT_DIR --reference-date 2017-07-31`.
Two samples are drawn with the same seed:
- events: records of events.json (sorted by source path, then sampled);
- skipped that name a meeting: report.json entries with status "skipped" whose reason says a meeting is
  named (every reason but "no meeting-type event"), i.e. the articles that a reader could think were missed.
With --exclude-gold, articles that have an answer in the given gold folders (`<id>.json`) are left out before the
draw, so a reading never opens a held-out set's article.
The sheet lists, for each sampled article, what libmeet said and the article's text, for a reader to judge
against ../shared/corpus/GUIDELINES.md. The paths are printed too, so anyone can redo the draw.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

NO_KIND = "no meeting-type event"


def draw(out_dir: Path, seed: int, n: int, exclude: frozenset[str] = frozenset()) -> tuple[list[dict], list[dict]]:
    events = sorted((r for r in json.loads((out_dir / "events.json").read_text(encoding="utf-8"))
                     if Path(r["source"]["path"]).stem not in exclude),
                    key=lambda r: r["source"]["path"])
    report = json.loads((out_dir / "report.json").read_text(encoding="utf-8"))
    skipped = sorted((e for e in report if e["status"] == "skipped" and NO_KIND not in (e.get("reason") or "")
                      and Path(e["path"]).stem not in exclude),
                     key=lambda e: e["path"])
    rng = random.Random(seed)
    return rng.sample(events, min(n, len(events))), random.Random(seed + 1).sample(skipped, min(n, len(skipped)))


def summary(record: dict) -> str:
    place = record.get("place") or {}
    people = "; ".join(f"{a['name']} ({a.get('position') or '-'}, {a.get('organization') or '-'})"
                       for a in record.get("attendees") or [])
    lines = [f"- kind/name: {record.get('kind')} / {record.get('name')}",
             f"- dates: {record.get('start_date')} .. {record.get('end_date')}",
             f"- place: province={place.get('province')} city={place.get('city')} online={place.get('online')}"
             f" text={place.get('text')!r}",
             f"- attendance: {record.get('attendance')}",
             f"- attendees: {people or '-'}",
             f"- warnings: {record.get('warnings')}"]
    lines += [f"- direction: {d}" for d in record.get("directions") or []]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--sheet", type=Path, help="write a reading sheet (record + article text) here")
    parser.add_argument("--exclude-gold", type=Path, nargs="*", default=[],
                        help="gold folders whose articles are left out of the draw (held-out sets)")
    args = parser.parse_args()
    exclude = frozenset(p.stem for folder in args.exclude_gold for p in folder.glob("*.json"))
    events, skipped = draw(args.out_dir, args.seed, args.n, exclude)
    print(f"events (seed {args.seed}):", " ".join(Path(r["source"]["path"]).stem for r in events))
    print(f"skipped naming a meeting (seed {args.seed + 1}):", " ".join(Path(e["path"]).stem for e in skipped))
    if args.sheet:
        parts = []
        for i, record in enumerate(events, 1):
            path = Path(record["source"]["path"])
            parts.append(f"## E{i} {path.stem}\n{summary(record)}\n\n```\n{path.read_text(encoding='utf-8')}\n```\n")
        for i, entry in enumerate(skipped, 1):
            path = Path(entry["path"])
            parts.append(f"## S{i} {path.stem}\n- reason: {entry.get('reason')}\n\n```\n"
                         f"{path.read_text(encoding='utf-8')}\n```\n")
        args.sheet.write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
