"""libmeet validate: the policy, the verdict per article, the three report formats and the exit codes."""
import json

import pytest
from click.testing import CliRunner

from libmeet.cli import main
from libmeet.models import Event, Person, Place, Source
from libmeet.validate import DEFAULT_REQUIRED, FIELDS, Policy, check_event, render, validate_paths

from .conftest import REPO

SAMPLE = REPO / "data" / "raw" / "000_972f7865f036ce15.txt"
NOT_A_MEETING = ("Giá xăng tăng 500 đồng\nTừ 15 giờ chiều nay, giá xăng RON 95 tăng 500 đồng mỗi lít theo "
                 "quyết định của liên Bộ Công Thương - Tài chính.\n")
SOURCE = Source(path="a.txt", sha256="0" * 64)


def event(**fields) -> Event:
    return Event(id="ev-1", source=SOURCE, **fields)


@pytest.fixture
def corpus(tmp_path):
    """A folder as CI would get it: one real meeting report, one news item that is not, one binary file."""
    (tmp_path / "meeting.txt").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "news.txt").write_text(NOT_A_MEETING, encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return tmp_path


def test_default_policy_is_the_documented_one():
    assert Policy().required == set(DEFAULT_REQUIRED) == {"event", "start_date", "place", "attendees"}
    assert Policy.build(require=["end_date"], allow_missing=["attendees"]).required == {
        "event", "start_date", "place", "end_date"}
    with pytest.raises(ValueError, match="enddate"):
        Policy.build(require=["enddate"])


@pytest.mark.parametrize("place, ok", [
    (Place(province="Khánh Hòa"), True),
    (Place(city="Nha Trang"), True),
    (Place(online=True), True),
    (Place(country="Nhật Bản"), True),   # held abroad
    (Place(), False),                    # only the default country: nothing found
    (Place(text="tại hội trường"), False),
])
def test_place_means_a_province_a_city_a_country_abroad_or_online(place, ok):
    problems = check_event(event(place=place, start_date="2020-10-08", attendees=[Person(name="Nguyễn Văn A")]))
    assert (not problems) is ok, problems


def test_each_missing_required_field_is_named():
    problems = check_event(event(), Policy.build(require=["end_date", "directions", "delegates"]))
    assert problems == [
        "no start date found", "no end date found",
        "no place found: neither a province, a city, a country abroad nor online",
        "no attendee found", "no number of delegates found", "no directions (phương hướng, nhiệm vụ ...) found",
    ]


def test_a_record_the_model_rejects_fails():
    broken = event(start_date="2020-10-08", place=Place(online=True), attendees=[Person(name="A")])
    object.__setattr__(broken, "edition", -3)   # bypass assignment validation, as a buggy extractor might
    problems = check_event(broken)
    assert any(p.startswith("invalid record: edition") for p in problems), problems


def test_verdict_per_file(corpus):
    report = validate_paths([corpus], policy=Policy.build(allow_missing=["place", "attendees"]))
    verdict = {c.path.rsplit("/", 1)[-1]: c for c in report.checks}
    assert list(verdict) == ["meeting.txt", "news.txt", "photo.txt"]
    assert verdict["meeting.txt"].ok and verdict["meeting.txt"].event_id
    assert not verdict["news.txt"].ok
    assert verdict["news.txt"].problems[0].startswith("no meeting detected: not a meeting report")
    assert not verdict["photo.txt"].ok and "binary" in verdict["photo.txt"].problems[0]
    assert (report.files, report.passed, report.failed, report.exit_code) == (3, 1, 2, 1)


def test_allow_missing_event_lets_non_meetings_pass(corpus):
    report = validate_paths([corpus / "news.txt"], policy=Policy.build(allow_missing=["event"]))
    assert report.exit_code == 0
    assert report.checks[0].warnings[0].startswith("skipped: not a meeting report")


def test_github_annotations_escape_the_path_and_message():
    report = validate_paths([], policy=Policy())
    from libmeet.validate import Check
    report.checks = [Check("raw/a, b:1.txt", False, ["no start date found", "line one\nline two 100%"])]
    assert render(report, "github").splitlines() == [
        "::error file=raw/a%2C b%3A1.txt,title=libmeet validate::no start date found",
        "::error file=raw/a%2C b%3A1.txt,title=libmeet validate::line one%0Aline two 100%25",
    ]
    assert render(report, "text") == "raw/a, b:1.txt: no start date found\nraw/a, b:1.txt: line one\nline two 100%"


def run(*args):
    return CliRunner().invoke(main, ["validate", *map(str, args)])


def test_cli_exit_0_when_all_pass(corpus):
    result = run(corpus / "meeting.txt", "--allow-missing", "place", "--allow-missing", "attendees")
    assert result.exit_code == 0, result.output
    assert "passed" in result.output


def test_cli_exit_1_and_one_annotation_per_problem(corpus):
    result = run(corpus, "--format", "github", "--allow-missing", "place", "--allow-missing", "attendees", "-q")
    assert result.exit_code == 1
    lines = [l for l in result.stdout.splitlines() if l.startswith("::error")]
    assert len(lines) == 2
    assert lines[0].startswith(f"::error file={(corpus / 'news.txt').as_posix()},title=libmeet validate::")


def test_cli_json_report(corpus):
    result = run(corpus / "news.txt", "--format", "json", "-q")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert (report["files"], report["failed"]) == (1, 1)
    assert report["checks"][0]["problems"][0].startswith("no meeting detected")


@pytest.mark.parametrize("args", [
    ["/nonexistent/folder"],
    [str(SAMPLE), "--require", "no_such_field"],
    [str(SAMPLE), "--format", "xml"],
    [],
])
def test_cli_usage_errors_exit_2(args):
    result = run(*args)
    assert result.exit_code == 2, result.output


def test_every_policy_field_is_offered_by_the_cli():
    result = CliRunner().invoke(main, ["validate", "--help"])
    for name in FIELDS:
        assert name in result.output


def test_workers_give_the_same_verdicts_in_the_same_order(corpus):
    policy = Policy.build(allow_missing=["place", "attendees"])
    alone = validate_paths([corpus], policy=policy, jobs=0)
    pooled = validate_paths([corpus], policy=policy, jobs=2)
    assert [c.as_dict() for c in pooled.checks] == [c.as_dict() for c in alone.checks]


def test_a_file_that_crashes_the_parser_fails_and_the_run_goes_on(corpus, monkeypatch):
    import libmeet.validate as module

    real = module.validate_file

    def crashing(path, display=None, **kwargs):
        if path.name == "news.txt":
            raise RecursionError("too deep")
        return real(path, display, **kwargs)

    monkeypatch.setattr(module, "validate_file", crashing)
    for jobs in (0, 2):
        checks = validate_paths([corpus], jobs=jobs, policy=Policy.build(allow_missing=["place", "attendees"])).checks
        assert [c.ok for c in checks] == [True, False, False]
        assert checks[1].problems == ["cannot parse: unexpected error: RecursionError: too deep"]


def test_validate_with_no_article_exits_1_with_a_message(tmp_path):
    from click.testing import CliRunner

    from libmeet.cli import main

    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "no article found" in result.stderr
