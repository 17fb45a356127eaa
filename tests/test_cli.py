import json
import os

from click.testing import CliRunner

from libmeet import __version__
from libmeet.cli import main

from .conftest import REPO

SAMPLE = REPO / "data" / "raw" / "000_972f7865f036ce15.txt"


def test_ingest_writes_the_five_outputs(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(REPO / "data" / "raw"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("events.json", "events.jsonl", "events.csv", "attendees.csv", "report.json"):
        assert (tmp_path / name).is_file(), name
    events = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert len(events) == 5
    assert [e["source"]["path"] for e in events] == sorted(e["source"]["path"] for e in events)
    assert (tmp_path / "events.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_parse_prints_one_record():
    result = CliRunner().invoke(main, ["parse", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["start_date"] == "2020-10-08"
    assert record["edition"] == 18


def test_schema_is_json():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == "Event"


def test_missing_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope")])
    assert result.exit_code == 2


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert __version__ in result.output


# --- conventions every command follows -------------------------------------------------------------------

import io  # noqa: E402
import re  # noqa: E402

import pytest  # noqa: E402

from libmeet import console  # noqa: E402
from libmeet.console import Reporter, make_console  # noqa: E402

ANSI = re.compile(r"\x1b\[")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    text = result.output
    assert main.commands[name].help, name
    assert "Example:" in text and f"libmeet {name} " in text.split("Example:", 1)[1], text


def test_top_level_help_lists_every_command_and_the_exit_codes():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert all(name in result.output for name in ("ingest", "validate", "export", "parse", "schema"))
    assert "130 interrupted" in result.output


def test_summary_table_on_stderr_and_nothing_on_stdout(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(REPO / "data" / "raw"), "--out", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout == ""
    header = next(l for l in result.stderr.splitlines() if "files" in l and "seconds" in l)
    assert header.split() == ["files", "events", "skipped", "errors", "cached", "seconds"]
    assert not ANSI.search(result.stderr)        # piped: no colours, no progress bar


def test_quiet_prints_nothing_and_verbose_one_line_per_file(tmp_path):
    raw = REPO / "data" / "raw"
    quiet = CliRunner().invoke(main, ["ingest", str(raw), "--out", str(tmp_path), "--quiet"])
    assert quiet.exit_code == 0 and quiet.output == ""
    verbose = CliRunner().invoke(main, ["ingest", str(raw), "--out", str(tmp_path), "-v"])
    lines = [l for l in verbose.stderr.splitlines() if l.startswith("ok: ")]
    assert len(lines) == 5
    assert lines[0] == f"ok: {raw.as_posix()}/000_972f7865f036ce15.txt: cached"   # the quiet run filled the cache


def test_errors_go_to_stderr(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8" * 10 + b"\x00" * 200)
    (raw / "ok.txt").write_bytes(SAMPLE.read_bytes())
    result = CliRunner().invoke(main, ["ingest", str(raw), "--out", str(tmp_path / "out"), "--strict", "-q"])
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    bad = [e for e in report if e["status"] != "ok"]
    assert len(bad) == 1 and bad[0]["path"].endswith("broken.txt")
    assert result.stdout == ""
    if bad[0]["status"] == "error":
        assert result.exit_code == 1 and "broken.txt" in result.stderr


class Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_on_a_terminal_plain_lines_in_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert Reporter(3, console=make_console(Tty()))._bar is not None
    assert Reporter(3, console=make_console(io.StringIO()))._bar is None        # piped
    monkeypatch.setenv("CI", "true")
    assert Reporter(3, console=make_console(Tty()))._bar is None
    monkeypatch.setattr(console, "LINE_EVERY", 0.0)
    stream = io.StringIO()
    reporter = Reporter(2, console=make_console(stream), label="articles")
    reporter.advance("ok", "a.txt")
    reporter.advance("skipped", "b.txt", "not a meeting report")
    assert stream.getvalue().splitlines() == ["1/2 articles 1 ok", "2/2 articles 1 ok, 1 skipped"]


@pytest.mark.parametrize("no_color, coloured", [(None, True), ("1", False)])
def test_no_color_is_respected(monkeypatch, no_color, coloured):
    if no_color:
        monkeypatch.setenv("NO_COLOR", no_color)
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    stream = Tty()
    Reporter(1, console=make_console(stream)).advance("error", "a.txt", "cannot decode")
    assert "error: a.txt: cannot decode" in stream.getvalue()
    assert bool(ANSI.search(stream.getvalue())) is coloured


def _tree(folder):
    """Every file under folder, by its path there: its bytes, or where it links to."""
    return {p.relative_to(folder).as_posix(): (os.readlink(p) if p.is_symlink() else p.read_bytes())
            for p in folder.rglob("*") if p.is_symlink() or p.is_file()}


def test_ctrl_c_exits_130_and_leaves_previous_outputs(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["ingest", str(REPO / "data" / "raw"), "--out", str(out), "-q"]).exit_code == 0
    before = _tree(out)

    def interrupt(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Reporter, "advance", interrupt)
    result = CliRunner().invoke(main, ["ingest", str(REPO / "data" / "raw"), "--out", str(out)])
    assert result.exit_code == 130
    assert "interrupted; previous outputs left intact" in result.stderr
    assert "Traceback" not in result.output
    assert _tree(out) == before      # no temp file or folder left either


# --- libmeet schema describes what ingest writes ------------------------------------------------------------

def _schema_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(CliRunner().invoke(main, ["schema"]).stdout)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_schema_validates_every_record_of_the_dev_corpus(dev_out):
    validator = _schema_validator()
    events = json.loads((dev_out / "events.json").read_text(encoding="utf-8"))
    assert events, "the dev corpus gave no event"
    for record in events:
        errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(record)]
        assert not errors, (record["source"]["path"], errors[:5])


def test_schema_rejects_what_the_model_rejects(tmp_path):
    validator = _schema_validator()
    CliRunner().invoke(main, ["ingest", str(REPO / "data" / "raw"), "--out", str(tmp_path), "-q"])
    record = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))[0]
    assert validator.is_valid(record)
    assert not validator.is_valid({**record, "colour": "red"})
    assert not validator.is_valid({**record, "start_date": "8/10/2020"})
    assert not validator.is_valid({**record, "attendance": {**record["attendance"], "delegates": -1}})


def test_ci_runs_exactly_the_readme_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    command = readme.split("**Set up and run the tests:**", 1)[1].strip().splitlines()[0].strip()
    ci_lines = [l.strip() for l in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert ci_lines[-1] == command


def test_parse_has_the_same_time_limit_as_ingest(monkeypatch):
    # issue 11 (speed under attack): `parse` had no time limit, so one hostile file could hold it for minutes
    import multiprocessing
    import time

    from libmeet import api

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("a patched parser reaches the worker only when it is forked")

    def slow(text, meta=None):
        time.sleep(30)

    monkeypatch.setattr(api, "parse_text", slow)
    started = time.monotonic()
    result = CliRunner().invoke(main, ["parse", str(REPO / "data" / "raw" / "000_972f7865f036ce15.txt"),
                                       "--timeout", "1"])
    assert time.monotonic() - started < 15
    assert result.exit_code == 1 and "timed out" in result.stderr and "Traceback" not in result.output


def test_reference_date_mtime_dates_each_file_by_when_it_was_collected(tmp_path):
    """A crawl dump unpacked with its files' times: 'Sáng 25-5' is in the year the file was saved."""
    import datetime as dt

    raw = tmp_path / "raw"
    raw.mkdir()
    article = raw / "a.txt"
    article.write_text("Khai mạc hội thảo lý luận\nSáng 25-5, tại Hà Nội, Viện Hàn lâm đã khai mạc hội thảo lý luận "
                       "lần thứ 13. Trong hai ngày hội thảo, các đại biểu thảo luận.", encoding="utf-8")
    saved = dt.datetime(2017, 7, 31, 12).timestamp()
    os.utime(article, (saved, saved))

    plain = CliRunner().invoke(main, ["ingest", str(raw), "--out", str(tmp_path / "out1")])
    assert plain.exit_code == 0, plain.output
    record = json.loads((tmp_path / "out1" / "events.json").read_text(encoding="utf-8"))[0]
    assert record["start_date"] is None
    assert "1 event date(s) were left empty" in plain.stderr and "--reference-date mtime" in plain.stderr

    dated = CliRunner().invoke(main, ["ingest", str(raw), "--out", str(tmp_path / "out2"), "--reference-date", "mtime"])
    assert dated.exit_code == 0, dated.output
    record = json.loads((tmp_path / "out2" / "events.json").read_text(encoding="utf-8"))[0]
    assert record["start_date"] == "2017-05-25"
    assert "left empty" not in dated.stderr

    bad = CliRunner().invoke(main, ["ingest", str(raw), "--out", str(tmp_path / "out3"), "--reference-date", "soon"])
    assert bad.exit_code == 2


def test_the_schema_of_events_json_validates_the_file_and_rejects_a_lone_record(tmp_path):
    # issue 11.16: `libmeet schema` described one record while events.json is an array of them
    jsonschema = pytest.importorskip("jsonschema")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["ingest", str(REPO / "data" / "raw"), "--out", str(out), "-q"]).exit_code == 0
    schema = json.loads(CliRunner().invoke(main, ["schema", "--of", "events.json"]).stdout)
    jsonschema.validators.validator_for(schema).check_schema(schema)
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))
    jsonschema.validate(events, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(events[0], schema)


@pytest.mark.parametrize(("args", "bom"), [([], False), (["--bom"], True)])
def test_csv_on_stdout_has_no_byte_order_mark_unless_asked(tmp_path, args, bom):
    # issue 11.16: `--out -` wrote a BOM, so any CSV reader saw the first column as '\ufeffid'
    out = tmp_path / "out"
    CliRunner().invoke(main, ["ingest", str(REPO / "data" / "raw"), "--out", str(out), "-q"])
    result = CliRunner().invoke(main, ["export", str(out / "events.json"), "--out", "-", "-q", *args])
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfid,") is bom
    assert result.stdout_bytes.lstrip(b"\xef\xbb\xbf").startswith(b"id,source_path,")
    to_file = CliRunner().invoke(main, ["export", str(out / "events.json"), "--out", str(tmp_path / "e.csv"), "-q"])
    assert to_file.exit_code == 0 and (tmp_path / "e.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")  # Excel's


def test_version_answers_without_loading_the_parser():
    # issue 11.16: --version loaded the whole parser and pydantic (0.3 s); measured by bench, checked here by imports
    import subprocess
    import sys

    code = ("import sys; sys.argv = ['libmeet', '--version']; from libmeet.launch import main; main(); "
            "print(sorted(m for m in sys.modules if m.startswith(('libmeet.', 'pydantic', 'bs4', 'rich'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    version, loaded = done.stdout.splitlines()
    assert version == f"libmeet, version {__version__}"
    assert loaded == "['libmeet._lazy', 'libmeet.launch']"  # (the package's lazy names, importlib alone)


def test_ctrl_c_while_the_command_loads_prints_no_traceback():
    # issue 11.14: Ctrl-C in the first 0.3 s (while libmeet loads) printed a traceback
    import signal
    import subprocess
    import sys
    import time

    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}

    def handlers_installed(pid: int) -> bool:  # libmeet.launch catches SIGTERM first thing (Python itself does not)
        try:
            with open(f"/proc/{pid}/status") as status:
                caught = next(int(line.split()[1], 16) for line in status if line.startswith("SigCgt:"))
        except (OSError, StopIteration):
            return False
        return bool(caught & (1 << (signal.SIGTERM - 1)))

    if not os.path.exists("/proc/self/status"):
        pytest.skip("needs /proc to see when the command has started")
    for delay in (0.0, 0.05, 0.15):
        proc = subprocess.Popen([sys.executable, "-m", "libmeet", "validate", str(REPO / "data" / "raw")],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        deadline = time.monotonic() + 30
        while not handlers_installed(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        if proc.returncode == 0:
            continue  # it ended before the signal
        assert proc.returncode == 130, err
        assert b"Traceback" not in err, err


def test_ctrl_c_while_the_summary_prints_says_the_new_outputs_are_written(tmp_path, monkeypatch):
    # CI stop 60: a Ctrl-C after ingest had switched in its outputs (while the table printed) said
    # "previous outputs left intact" over the new ones
    from libmeet import cli
    from libmeet.cli import INTERRUPTED, INTERRUPTED_AFTER

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_summary", interrupted)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["ingest", str(REPO / "data" / "raw"), "--out", str(out), "--no-cache", "-j", "0"])
    assert result.exit_code == 130
    assert INTERRUPTED_AFTER in result.stderr and INTERRUPTED not in result.stderr
    assert len(json.loads((out / "events.json").read_text(encoding="utf-8"))) == 5


def test_python_m_libmeet_stopped_by_ctrl_c_exits_130_not_by_the_signal(tmp_path):
    # CI stop 60: `python -m libmeet ingest` stopped by Ctrl-C printed "interrupted; previous outputs left
    # intact" and then died of SIGINT (-2): CPython marks a process so when the KeyboardInterrupt passed
    # through source text run by exec() (dataclasses, namedtuple, while modules load), caught or not
    import subprocess
    import sys

    probe = tmp_path / "probe"
    probe.mkdir()
    (probe / "__init__.py").write_text("")
    (probe / "__main__.py").write_text(
        "import sys\nfrom libmeet import cli\n\n\n@cli.main.command('stopped')\ndef stopped():\n"
        "    exec('raise KeyboardInterrupt')  # a Ctrl-C while a dataclass is being built\n\n\n"
        "sys.argv = ['libmeet', 'stopped']\nfrom libmeet.launch import main\nmain()\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO / "src")])}
    done = subprocess.run([sys.executable, "-m", "probe"], capture_output=True, env=env, timeout=120)
    assert done.returncode == 130, done.stderr
    assert b"interrupted" in done.stderr and b"Traceback" not in done.stderr


def test_quiet_prints_nothing_for_a_page_that_looks_like_xml(tmp_path):
    # issue 11.14: --quiet still printed BeautifulSoup's XMLParsedAsHTMLWarning
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.html").write_text('<?xml version="1.0" encoding="utf-8"?>\n<html><body><div><p>Sáng 20/12, tại Hà Nội, '
                                "Bộ Y tế tổ chức Hội nghị tổng kết công tác năm 2017.</p></div></body></html>",
                                encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(raw), "--out", str(tmp_path / "out"), "-q", "-j", "0"])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_the_readme_python_snippet_runs_and_handles_skips_and_unreadable_files(tmp_path, monkeypatch):
    # issue 11.15: the snippet broke on a non-meeting article (parse_file returns Skip) and on an empty file
    import re as _re

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    snippet = _re.search(r"```python\n(.*?)```", readme, _re.S).group(1)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    import shutil

    shutil.copytree(REPO / "data" / "raw", tmp_path / "data" / "raw")
    CliRunner().invoke(main, ["ingest", "data/raw", "--out", "data/out", "-q"])
    for content in ("Giá vàng hôm nay tăng mạnh.\n", ""):  # not a meeting report; an empty file
        (tmp_path / "data" / "raw" / "000_972f7865f036ce15.txt").write_text(content, encoding="utf-8")
        exec(compile(snippet, "README.md", "exec"), {})


def test_help_is_the_full_commands_help_without_loading_the_parser():
    # issue 11.16: --help loaded the whole parser and pydantic; libmeet.launch answers it from the same texts
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "COLUMNS": "80"}
    code = ("import sys; sys.argv = ['libmeet', '--help']\nfrom libmeet.launch import main\ntry:\n    main()\n"
            "finally:\n    print(sorted(m for m in sys.modules if m.startswith(('libmeet.', 'pydantic', 'bs4', 'rich'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    *shown, loaded = done.stdout.splitlines()
    assert loaded == "['libmeet._lazy', 'libmeet.launch']"
    full = CliRunner().invoke(main, ["--help"], prog_name="libmeet", terminal_width=80)
    assert "\n".join(shown) + "\n" == full.output
