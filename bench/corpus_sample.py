"""Draw the seeded samples by which bench/ACCURACY.md judges the corpus layer (event groups, people).

    python bench/corpus_sample.py OUT_DIR --seed 12 --n 40 --sheet /tmp/corpus-sheet.md

OUT_DIR is the output of `libmeet ingest /tmp/bench/data --out OUT_DIR --reference-date 2017-07-31`.
Three samples, drawn with random.Random(seed), (seed + 1) and (seed + 2):
- groups: event groups of more than one record (events_grouped.json, sorted by event_group);
- pairs: pairs of records with the same start_date and province (sorted by the two source paths), and
  whether libmeet put them in one group;
- persons: people named by more than one attendee entry (people.csv's person_id over events.json).
The sheet shows, for each, what a reader needs to judge it: titles, event names, dates, places and the
lead of each article (groups, pairs), every mention with its position, organisation and event (persons).
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
from collections import defaultdict
from pathlib import Path


def load(out_dir: Path) -> tuple[list[dict], list[dict]]:
    records = json.loads((out_dir / "events.json").read_text(encoding="utf-8"))
    groups = json.loads((out_dir / "events_grouped.json").read_text(encoding="utf-8"))
    return records, groups


def draw(out_dir: Path, seed: int, n: int):
    records, groups = load(out_dir)
    multi = sorted((g for g in groups if g["records"] > 1), key=lambda g: g["event_group"])
    by_day: dict[tuple, list[dict]] = defaultdict(list)
    for r in records:
        if r["start_date"] and r["place"]["province"]:
            by_day[(r["start_date"], r["place"]["province"])].append(r)
    pairs = sorted(((a, b) for rs in by_day.values() for a, b in itertools.combinations(rs, 2)),
                   key=lambda p: (p[0]["source"]["path"], p[1]["source"]["path"]))
    mentions: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for r in records:
        for a in r["attendees"]:
            mentions[a["person_id"]].append((r, a))
    merged = sorted(pid for pid, ms in mentions.items() if len(ms) > 1)
    return (random.Random(seed).sample(multi, min(n, len(multi))),
            random.Random(seed + 1).sample(pairs, min(n, len(pairs))),
            [(pid, mentions[pid]) for pid in random.Random(seed + 2).sample(merged, min(n, len(merged)))],
            {"records": len(records), "groups": len(groups), "multi": len(multi), "pairs": len(pairs),
             "people": len(mentions), "merged": len(merged)})


def lead(path: str, chars: int = 500) -> str:
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return " ".join(text.split())[:chars]


def brief(r: dict) -> str:
    return (f"{r['source']['path']} | {r['kind']} | {r['name']} | {r['start_date']}..{r['end_date']} | "
            f"{r['place']['province']} | {r['source']['title']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--sheet", type=Path, help="write the reading sheet here")
    args = parser.parse_args()
    groups, pairs, persons, counts = draw(args.out_dir, args.seed, args.n)
    print(json.dumps(counts))
    print(f"groups (seed {args.seed}):", " ".join(g["event_group"] for g in groups))
    print(f"pairs (seed {args.seed + 1}):", " ".join(f"{Path(a['source']['path']).stem}+{Path(b['source']['path']).stem}"
                                                  for a, b in pairs))
    print(f"persons (seed {args.seed + 2}):", " ".join(pid for pid, _ in persons))
    if not args.sheet:
        return
    parts = []
    for i, g in enumerate(groups, 1):
        parts.append(f"## G{i} {g['event_group']} ({g['records']} records)")
        parts += [f"- {s['path']} | {s['title']}\n  > {lead(s['path'])}" for s in g["sources"]]
    for i, (a, b) in enumerate(pairs, 1):
        same = "GROUPED" if a["event_group"] == b["event_group"] else "apart"
        parts.append(f"## P{i} {same}\n- {brief(a)}\n  > {lead(a['source']['path'])}\n- {brief(b)}\n"
                     f"  > {lead(b['source']['path'])}")
    for i, (pid, ms) in enumerate(persons, 1):
        parts.append(f"## H{i} {pid} ({len(ms)} mentions)")
        parts += [f"- {a['name']} | {a['position']} | {a['organization']} | {r['start_date']} | {r['place']['province']}"
                  f" | {r['source']['title']} | {r['source']['path']}" for r, a in ms]
    args.sheet.write_text("\n".join(parts) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
