"""`libmeet validate`: parse articles and check each record against the model and a policy.

What CI runs on newly added articles. The default policy asks for what makes a record useful:
a meeting was detected, a start date, a place (a province or city, a country abroad, or online) and
at least one named attendee. `Policy.build(require=..., allow_missing=...)` tightens or loosens it.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .api import DEFAULT_TIMEOUT, FileResult, _mtime, iter_articles, process_file, process_record
from .io.archives import ARCHIVE_SUFFIXES, Fields, Record, is_archive, iter_archive, open_local
from .io.reader import ARTICLE_SUFFIXES, MAX_BYTES
from .parallel import Failure, default_jobs, ordered_map

if TYPE_CHECKING:
    from .models import Event

HOME_COUNTRY = "Việt Nam"


def _place_known(event: Event) -> bool:
    place = event.place
    abroad = bool(place.country) and place.country != HOME_COUNTRY
    return bool(place.province or place.city or place.online or abroad)


#: field name -> (test that the record has it, message when it has not)
CHECKS: dict[str, tuple[Callable[[Event], bool], str]] = {
    "kind": (lambda e: bool(e.kind), "no kind of meeting (hội nghị, hội thảo ...) found"),
    "name": (lambda e: bool(e.name), "no event name found"),
    "edition": (lambda e: e.edition is not None, "no edition (lần thứ ...) found"),
    "start_date": (lambda e: e.start_date is not None, "no start date found"),
    "end_date": (lambda e: e.end_date is not None, "no end date found"),
    "place": (_place_known, "no place found: neither a province, a city, a country abroad nor online"),
    "province": (lambda e: bool(e.place.province), "no province found"),
    "venue": (lambda e: bool(e.place.venue), "no venue found"),
    "organizers": (lambda e: bool(e.organizers), "no organizer found"),
    "attendees": (lambda e: bool(e.attendees), "no attendee found"),
    "delegates": (lambda e: e.attendance.delegates is not None, "no number of delegates found"),
    "organizations": (lambda e: e.attendance.organizations is not None, "no number of organisations found"),
    "sites": (lambda e: e.attendance.sites is not None, "no number of sites found"),
    "directions": (lambda e: bool(e.directions), "no directions (phương hướng, nhiệm vụ ...) found"),
    "url": (lambda e: bool(e.source.url), "no source URL found"),
    "published": (lambda e: e.source.published is not None, "no publication date found"),
    "title": (lambda e: bool(e.source.title), "no title found"),
}
#: "event": a meeting was detected at all (otherwise the article is skipped)
FIELDS = ("event", *CHECKS)
DEFAULT_REQUIRED = ("event", "start_date", "place", "attendees")


@dataclass(frozen=True)
class Policy:
    """The fields a record must have to pass, "event" included."""

    required: frozenset[str] = frozenset(DEFAULT_REQUIRED)

    @classmethod
    def build(cls, require: Iterable[str] = (), allow_missing: Iterable[str] = ()) -> Policy:
        """The default policy plus `require`, minus `allow_missing`; unknown field names raise ValueError."""
        require, allow_missing = set(require), set(allow_missing)
        unknown = (require | allow_missing) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}; known: {', '.join(FIELDS)}")
        return cls(frozenset((set(DEFAULT_REQUIRED) | require) - allow_missing))


@dataclass
class Check:
    """The verdict on one article."""

    path: str
    ok: bool
    problems: list[str] = field(default_factory=list)
    event_id: str | None = None
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"path": self.path, "ok": self.ok, "event_id": self.event_id,
                "problems": self.problems, "warnings": self.warnings}


@dataclass
class ValidationReport:
    checks: list[Check] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def files(self) -> int:
        return len(self.checks)

    @property
    def failed(self) -> int:
        return sum(not c.ok for c in self.checks)

    @property
    def passed(self) -> int:
        return self.files - self.failed

    @property
    def exit_code(self) -> int:
        """0 when every article passed, 1 when any failed or there was none (SPEC.md's exit codes)."""
        return 1 if self.failed or not self.checks else 0


def check_event(event: Event, policy: Policy = Policy()) -> list[str]:
    """What `event` lacks under `policy`, and whether it survives a round trip through the model."""
    from pydantic import ValidationError

    from .models import Event

    problems: list[str] = []
    try:
        Event.model_validate_json(event.model_dump_json())
    except ValidationError as exc:
        problems.extend(f"invalid record: {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    for name, (present, message) in CHECKS.items():
        if name in policy.required and not present(event):
            problems.append(message)
    return problems


def validate_file(path: Path, display: str | None = None, *, policy: Policy = Policy(),
                  reference_date: dt.date | str | None = None) -> Check:
    """Parse one article and check it. A file that cannot be read always fails; one that is not
    a meeting report fails unless the policy allows "event" to be missing."""
    display = display or str(path)
    return _check(process_file(path, display, reference_date=reference_date), display, policy)


def _check(result: FileResult, display: str, policy: Policy) -> Check:
    if result.event is not None:
        problems = check_event(result.event, policy)
        return Check(display, not problems, problems, result.event.id, list(result.event.warnings))
    if result.status == "skipped" and "event" not in policy.required:
        return Check(display, True, warnings=[f"skipped: {result.message}"])
    prefix = "no meeting detected" if result.status == "skipped" else "cannot read"
    return Check(display, False, [f"{prefix}: {result.message}"])


def _check_job(job: tuple[str | Record, str, Policy, dt.date | None]) -> Check:
    path, display, policy, reference_date = job
    if isinstance(path, Record):
        return _check(process_record(path, reference_date=reference_date), path.path, policy)
    return validate_file(Path(path), display, policy=policy, reference_date=reference_date)


def validate_paths(paths: Iterable[str | os.PathLike], *, policy: Policy = Policy(),
                   reference_date: dt.date | str | None = None, jobs: int | None = None,
                   timeout: float | None = DEFAULT_TIMEOUT, fields: Fields | None = None,
                   on_check: Callable[[Check], None] | None = None) -> ValidationReport:
    """Validate every article file given, folders walked as `libmeet ingest` walks them.

    Archives and dumps (WARC, JSON Lines, JSON, zip, tar) are read in place, as ingest reads them: each
    record is checked on its own, named ARCHIVE#RECORD; fields: which keys of a JSON article hold what.
    jobs: worker processes (default: the CPUs available; 0: in this process, no time limit);
    timeout: seconds one file may take before it fails as too slow to parse. Checks come in path order.
    """
    started = time.perf_counter()
    report = ValidationReport()

    def work() -> Iterator[tuple[str, tuple[str | Record, str, Policy, dt.date | None]]]:
        for root in map(Path, paths):
            for path, rel in iter_articles(root, ARTICLE_SUFFIXES + ARCHIVE_SUFFIXES):
                display = (root / rel).as_posix() if root.is_dir() else str(path)
                if not is_archive(str(path)):
                    yield display, (str(path), display, policy, reference_date)
                    continue
                for record in iter_archive(open_local(path), str(path), display, collected=_mtime(str(path)),
                                           fields=fields or Fields(), max_bytes=MAX_BYTES):
                    yield record.path, (record, record.path, policy, reference_date)

    jobs = default_jobs() if jobs is None else jobs
    for display, outcome in ordered_map(_check_job, work(), jobs=jobs, timeout=timeout or None):
        check = Check(display, False, [f"cannot parse: {outcome.message}"]) if isinstance(outcome, Failure) else outcome
        report.checks.append(check)
        if on_check:
            on_check(check)
    report.seconds = time.perf_counter() - started
    return report


def _github_escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def render(report: ValidationReport, fmt: str = "text") -> str:
    """The report as `--format` asks: text (one line per problem), json, or github (workflow annotations)."""
    if fmt == "json":
        return json.dumps({"files": report.files, "passed": report.passed, "failed": report.failed,
                           "checks": [c.as_dict() for c in report.checks]}, ensure_ascii=False, indent=2)
    lines = []
    for check in report.checks:
        for problem in check.problems:
            if fmt == "github":
                lines.append(f"::error file={_github_escape(check.path, prop=True)},"
                             f"title=libmeet validate::{_github_escape(problem)}")
            else:
                lines.append(f"{check.path}: {problem}")
    return "\n".join(lines)
