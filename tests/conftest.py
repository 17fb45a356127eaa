from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_RAW = SHARED / "corpus" / "dev" / "raw"
DEV_GOLD = SHARED / "corpus" / "dev" / "gold"
SCORER = SHARED / "tools" / "score.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("libmeet_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def dev_out(tmp_path_factory) -> Path:
    """The dev corpus ingested once for the whole test session."""
    if not DEV_RAW.is_dir():
        pytest.skip("../shared/corpus/dev is not beside the checkout")
    from libmeet import ingest

    out = tmp_path_factory.mktemp("dev-out")
    ingest(DEV_RAW, out)
    return out


@pytest.fixture(scope="session")
def dev_scores(dev_out) -> dict:
    return load_scorer().score(DEV_GOLD, dev_out / "events.json", per_doc=True)


def gold(stem: str) -> dict:
    return json.loads((DEV_GOLD / f"{stem}.json").read_text(encoding="utf-8"))
