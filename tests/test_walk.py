"""What ingest finds under an input folder, and what it reports as left out (issue 11.7, 11.9, 11.10)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from libmeet.api import ingest
from libmeet.cli import main
from libmeet.io import walk as walk_module
from libmeet.io.walk import walk

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw"
ARTICLE = sorted(SAMPLE.glob("*.txt"))[0]


def _report(out: Path) -> dict[str, dict]:
    return {e["path"].rsplit("/", 1)[-1] or e["path"]: e for e in json.loads((out / "report.json").read_text())}


@pytest.mark.parametrize("name", ["notes.pdf", "letter.docx", "pages.mhtml", "plain.text", "README", "photo.JPG"])
def test_files_with_other_suffixes_are_listed_as_skipped_with_the_reason(tmp_path, name):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    (raw / name).write_bytes(b"whatever")
    (raw / ".DS_Store").write_bytes(b"\0")  # hidden files are the tools', not articles: left out silently
    summary = ingest(raw, tmp_path / "out", jobs=0)
    assert (summary.files, summary.events, summary.skipped) == (2, 1, 1)
    entry = _report(tmp_path / "out")[name]
    assert entry["status"] == "skipped" and entry["reason"].startswith("not read: libmeet reads .txt")
    suffix = name.rpartition(".")[2].lower()
    assert (f"not .{suffix}" if "." in name else "not no suffix") in entry["reason"]


def test_an_unreadable_subfolder_is_reported_as_an_error(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    (raw / "locked").mkdir(parents=True)
    (raw / "locked" / "b.txt").write_text("x")
    (raw / "a.txt").write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    real_scandir = os.scandir

    def refuse(path):  # (as root, chmod 000 would not stop the walk)
        if os.fspath(path).rstrip("/").endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(walk_module.os, "scandir", refuse)
    summary = ingest(raw, tmp_path / "out", jobs=0)
    assert summary.errors == 1
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    entry = next(e for e in report if e["path"].endswith("locked/"))
    assert entry["status"] == "error" and "cannot read this folder (permission denied)" in entry["message"]
    result = CliRunner().invoke(main, ["ingest", str(raw), "--out", str(tmp_path / "o2"), "--strict", "-j", "0"])
    assert result.exit_code == 1 and "locked/" in result.stderr


def test_links_out_of_the_input_folder_are_not_followed_unless_asked(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "inside.txt").write_text("Hội nghị", encoding="utf-8")
    (raw / "here.txt").symlink_to(raw / "inside.txt")  # inside the tree: read
    (raw / "shadow.txt").symlink_to(secret)  # outside: not read
    (raw / "folder").symlink_to(tmp_path)  # a folder: never followed
    found = {f.rel: f.status for f in walk(str(raw), (".txt",))}
    assert found == {"folder": "skipped", "here.txt": None, "inside.txt": None, "shadow.txt": "skipped"}
    ingest(raw, tmp_path / "out", jobs=0)
    entry = _report(tmp_path / "out")["shadow.txt"]
    assert entry["status"] == "skipped" and "outside the input folder" in entry["reason"]
    assert "--follow-links" in entry["reason"]
    assert json.loads((tmp_path / "out" / "events.json").read_text()) == []
    result = CliRunner().invoke(main, ["ingest", str(raw), "--out", str(tmp_path / "o2"), "--follow-links", "-j", "0"])
    assert result.exit_code == 0
    assert _report(tmp_path / "o2")["shadow.txt"]["status"] == "ok"
