"""Draw a seeded sample of bench articles for blind annotation (an unseen test set made here).

    python bench/blind_sample.py /tmp/bench/data --seed 70 --n 16 --copy /tmp/blind/u70

An article is drawn when its title and lead (the first 500 characters) name a meeting type, by the fixed word
list below: a selection a corpus builder would make, independent of what libmeet decides. The
annotator writes gold JSON for each drawn article by ../shared/corpus/GUIDELINES.md without seeing
libmeet's output; `../shared/tools/score.py --gold <folder> --pred events.json` then scores libmeet
on articles nobody tuned it to. The draw is redone by anyone from the seed.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import unicodedata
from pathlib import Path

MEETING_WORDS = re.compile(
    r"hội nghị|hội thảo|tập huấn|tọa đàm|toạ đàm|diễn đàn|đại hội|họp|hội đàm|hội kiến|gặp mặt|"
    r"làm việc|đối thoại|khai mạc|bế mạc|giao ban|sơ kết|tổng kết")


def lead(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace") as handle:
        return unicodedata.normalize("NFC", handle.read(500)).lower()


def draw(folder: Path, seed: int, n: int) -> list[Path]:
    """The seeded draw, in the order drawn (not sorted: the caller may drop some and take the first n)."""
    files = sorted(p for p in folder.iterdir() if p.is_file() and MEETING_WORDS.search(lead(p)))
    return random.Random(seed).sample(files, min(n, len(files)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=70)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--copy", type=Path, help="copy the drawn articles into this folder")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[],
                        help="folders whose drawn articles are left out (another seed's set)")
    args = parser.parse_args()
    taken = {p.name for folder in args.exclude for p in folder.iterdir()}
    # Up to seed 74 the draw was sorted before the excluded were dropped, which leaned a set with exclusions
    # towards low article ids; the draw is now filtered in the order drawn.
    drawn = sorted([p for p in draw(args.folder, args.seed, args.n + len(taken)) if p.name not in taken][:args.n])
    print(f"seed {args.seed}:", " ".join(p.stem for p in drawn))
    if args.copy:
        args.copy.mkdir(parents=True, exist_ok=True)
        for p in drawn:
            shutil.copy2(p, args.copy / p.name)


if __name__ == "__main__":
    main()
