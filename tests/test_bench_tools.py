"""The reading draw (bench/accuracy_sample.py): seeded, and never reaching a held-out set's article."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "accuracy_sample", Path(__file__).resolve().parents[1] / "bench" / "accuracy_sample.py")
accuracy_sample = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(accuracy_sample)


def _out_dir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    events = [{"source": {"path": f"/data/{i}.txt"}} for i in range(100, 130)]
    report = [{"path": f"/data/{i}.txt", "status": "skipped", "reason": "no sentence says that one was held"}
              for i in range(200, 230)]
    report.append({"path": "/data/300.txt", "status": "skipped", "reason": "no meeting-type event"})
    (out / "events.json").write_text(json.dumps(events), encoding="utf-8")
    (out / "report.json").write_text(json.dumps(report), encoding="utf-8")
    return out


def _stems(records: list[dict], key) -> set[str]:
    return {Path(key(r)).stem for r in records}


def test_draw_is_seeded_and_leaves_out_articles_naming_no_meeting(tmp_path):
    out = _out_dir(tmp_path)
    first, second = accuracy_sample.draw(out, 7, 10), accuracy_sample.draw(out, 7, 10)
    assert first == second
    assert "300" not in _stems(first[1], lambda e: e["path"])


def test_excluded_gold_articles_never_reach_the_draw(tmp_path):
    out = _out_dir(tmp_path)
    held = frozenset(str(i) for i in range(100, 125)) | frozenset(str(i) for i in range(200, 225))
    events, skipped = accuracy_sample.draw(out, 7, 10, held)
    assert _stems(events, lambda r: r["source"]["path"]) == {str(i) for i in range(125, 130)}
    assert _stems(skipped, lambda e: e["path"]) == {str(i) for i in range(225, 230)}
