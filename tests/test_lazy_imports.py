"""A re-run that the cache answers throughout loads none of the parser (its ~1,150 patterns took ~0.6 s of it)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: the modules a re-run must not import: every extractor, the grouping and the pydantic models
HEAVY = ("libmeet.parse.attribution", "libmeet.parse.counts", "libmeet.parse.dates", "libmeet.parse.detect",
         "libmeet.parse.directions", "libmeet.parse.event", "libmeet.parse.meta", "libmeet.parse.names",
         "libmeet.parse.organizers", "libmeet.parse.people", "libmeet.parse.places", "libmeet.corpus.groups",
         "libmeet.corpus.keys", "libmeet.corpus.build", "libmeet.models")


def _ingest(raw: Path, out: Path, *, modules: bool = False) -> list[str]:
    code = ("import sys; sys.argv = ['libmeet', 'ingest', sys.argv[1], '--out', sys.argv[2], '-q', '--jobs', '2']\n"
            "from libmeet.launch import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('libmeet.')))")
    done = subprocess.run([sys.executable, "-c", code, str(raw), str(out)], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    return eval(done.stdout.splitlines()[-1])  # noqa: S307 - our own printout of a list of names


def test_a_rerun_the_cache_answers_imports_no_extractor(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(REPO / "data" / "raw", raw)
    first = _ingest(raw, tmp_path / "out")
    assert set(HEAVY) <= set(first)  # (a from-scratch run loads them all: the check below can fail)
    before = _outputs(tmp_path / "out")
    again = _ingest(raw, tmp_path / "out")
    assert [m for m in HEAVY if m in again] == []
    assert _outputs(tmp_path / "out") == before


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}


def test_the_lazy_names_are_the_parsers():
    import libmeet
    import libmeet.parse
    from libmeet import api, corpus
    from libmeet.parse import dates, event, version

    assert libmeet.parse.__all__ == ["PARSER_VERSION", "Doc", "Meta", "build_event", "fold", "normalize_text",
                                     "parse_text"]
    for name in libmeet.parse.__all__:
        assert getattr(libmeet.parse, name) is not None
    from libmeet.parse import parse_text

    assert parse_text is event.parse_text is libmeet.parse_text is api.parse_text
    assert event.PARSER_VERSION == version.PARSER_VERSION == libmeet.parse.PARSER_VERSION
    assert api.NO_YEAR is dates.NO_YEAR  # api counts the records without a year by these words
    assert corpus.group_events.__module__ == "libmeet.corpus.groups"
    assert corpus.index_people.__module__ == "libmeet.corpus.people_index"
