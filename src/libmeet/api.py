"""The library API the CLI is a thin shell over: parse_file, iter_articles, ingest."""
from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import inspect
import json
import os
import pkgutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .cache import Probe, ResultCache, fingerprint, probe, probe_bytes
from .corpus.outputs import write_corpus
from .errors import LibmeetError, ParseTimeoutError
from .io.archives import ARCHIVE_SUFFIXES, Fields, Opener, Record, is_archive, iter_archive, open_local
from .io.remote import RemoteFile, RemoteTree, is_url
from .io.remote import runs as remote_runs
from .io.reader import ARTICLE_SUFFIXES, MAX_BYTES, Loaded, load, load_bytes, reference
from .io.decode import REPLACED
from .io.walk import Found, walk
from .output import OutputSet, Rendered, render
from .parallel import Failure, default_jobs, ordered_map
from ._lazy import exports
from .parse.types import NO_YEAR, Meta

if TYPE_CHECKING:
    from .corpus.groups import EventKey
    from .models import Event, Skip

# The parser (its ~1,150 patterns), its pydantic models and the corpus grouping are imported only when a file is
# parsed: a re-run that the cache answers throughout loads none of them (parse_text, Event, Skip and EventKey are
# still this module's names, through its __getattr__).
_LAZY = {"parse_text": "parse.event", "Event": "models", "Skip": "models", "EventKey": "corpus.groups"}
__getattr__ = exports(__name__, _LAZY, globals(), within=__package__)[0]


def _parse_text(text: str, meta: Meta) -> Event | Skip:
    """parse_text as this module's name holds it (imported on the first parse)."""
    parse = globals().get("parse_text") or __getattr__("parse_text")
    return parse(text, meta)


#: seconds one file may take to parse before ingest stops it and reports it as an error
DEFAULT_TIMEOUT = 30.0
#: error entries kept in IngestSummary.results (all are in report.json; memory stays flat)
MAX_LISTED = 1000


@dataclass
class FileResult:
    """The outcome for one input file, as report.json records it."""

    path: str
    status: str  # ok | skipped | error
    message: str | None = None
    event: Event | None = None  # when parsed in this process (parse_file, process_file)
    rendered: Rendered | None = None  # its outputs as text, from ingest (which parses in workers or reuses the cache)
    cached: bool = False  # ingest reused the result kept from an earlier run
    sha256: str | None = None  # of the bytes read, when the file could be read
    mtime: dt.date | None = None  # the modification date the parser was given

    @property
    def record(self) -> dict | None:
        """The event record as JSON data, when the file gave one."""
        if self.event is not None:
            return self.event.model_dump(mode="json")
        if self.rendered is not None and self.rendered.record is not None:
            return json.loads(self.rendered.record)
        return None

    def report_entry(self) -> dict:
        entry: dict = {"path": self.path, "status": self.status}
        if self.event is not None:
            entry["event_id"] = self.event.id
            if self.event.warnings:
                entry["warnings"] = list(self.event.warnings)
        if self.message:
            entry["reason" if self.status == "skipped" else "message"] = self.message
        return entry


@dataclass
class IngestSummary:
    files: int = 0
    events: int = 0
    skipped: int = 0
    errors: int = 0
    seconds: float = 0.0
    cached: int = 0  # files whose result came from the cache
    groups: int = 0  # distinct meetings (event groups) among the events
    jobs: int = 0
    out_dir: Path | None = None
    results: list[dict] = field(default_factory=list)  # the report entries of errors (the first MAX_LISTED)
    duplicates: int = 0  # files that hold an article already read (counted in skipped)
    not_read: int = 0  # other suffixes, links not followed, unreadable folders (counted in skipped / errors)
    warnings: list[str] = field(default_factory=list)  # for a person: a cache set aside, an empty input ...
    no_year: int = 0  # events whose date was left empty because no year could be found for it


def parse_file(path: str | os.PathLike, *, reference_date: dt.date | str | None = None,
               max_bytes: int = MAX_BYTES, display_path: str | None = None,
               timeout: float | None = None) -> Event | Skip:
    """Read, decode and parse one article file. Raises LibmeetError subclasses for unreadable input.

    timeout: seconds the parse may take, as in ingest (it then runs in a worker process that is
    stopped when over time: ParseTimeoutError); None parses here, without a limit.
    """
    if timeout:
        job = (os.fspath(path), reference_date, max_bytes, display_path)
        (_, outcome), = ordered_map(_parse_file_job, [(None, job)], jobs=1, timeout=timeout)
        if isinstance(outcome, Failure):
            raise ParseTimeoutError(f"{path}: {outcome.message}")
        if isinstance(outcome, LibmeetError):
            raise outcome
        return outcome
    loaded = load(Path(path), reference_date=reference_date, max_bytes=max_bytes, display_path=display_path)
    return _parse_text(loaded.text, loaded.meta)


def _parse_file_job(job: tuple) -> Event | Skip | LibmeetError:
    path, reference_date, max_bytes, display_path = job
    try:
        return parse_file(path, reference_date=reference_date, max_bytes=max_bytes, display_path=display_path)
    except LibmeetError as exc:
        return exc


def parse_archive(path: str | os.PathLike, *, record: str | None = None, reference_date: dt.date | str | None = None,
                  fields: Fields | None = None, max_bytes: int = MAX_BYTES,
                  timeout: float | None = None) -> Iterator[tuple[str, Event | Skip | LibmeetError]]:
    """Parse each article of a local archive or dump (WARC, JSON Lines, JSON, zip, tar) as parse_file does a
    file: (its name ARCHIVE#RECORD, as ingest names it; its Event, its Skip, or the LibmeetError that stopped it),
    in the order the archive holds them. record: only the record of that name (after the '#'); none when no
    record has it. timeout: seconds each record may take (one worker process parses them in turn).
    """
    display = os.fspath(path)
    found = iter_archive(open_local(path), display, display, collected=_mtime(display), fields=fields or Fields(),
                         max_bytes=max_bytes)
    if record is not None:
        found = (r for r in found if r.path == f"{display}#{record}")
    jobs = ((r.path, (r, reference_date)) for r in found)
    with contextlib.closing(ordered_map(_parse_record_job, jobs, jobs=1 if timeout else 0, timeout=timeout)) as done:
        for name, outcome in done:
            yield name, ParseTimeoutError(outcome.message) if isinstance(outcome, Failure) else outcome
            if record is not None:
                return


def _load_record(record: Record, reference_date: dt.date | str | None) -> Loaded:
    if record.problem is not None:
        raise record.problem
    return load_bytes(record.data, record.name or record.path, display_path=readable_path(record.path),
                      reference_date=reference_date, mtime=record.collected, url=record.url, title=record.title,
                      published=record.published, charset=record.charset, fmt=record.format)


def _parse_record_job(job: tuple[Record, dt.date | str | None]) -> Event | Skip | LibmeetError:
    record, reference_date = job
    try:
        loaded = _load_record(record, reference_date)
        return _parse_text(loaded.text, loaded.meta)
    except LibmeetError as exc:
        return exc


def readable_path(display: str) -> str:
    """A file name as text that can be written: exact, with each byte that is not UTF-8 escaped as \\xNN
    (so two names that differ only there stay two names; never a lossy �)."""
    try:
        display.encode("utf-8")
        return display
    except UnicodeEncodeError:
        return display.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def process_file(path: Path | str, display: str, *, reference_date: dt.date | str | None = None,
                 max_bytes: int = MAX_BYTES) -> FileResult:
    """parse_file, with every documented failure turned into a per-file result."""
    display = readable_path(display)
    return _outcome(display, lambda: load(path, reference_date=reference_date, max_bytes=max_bytes,
                                          display_path=display))


def process_record(record: Record, *, reference_date: dt.date | str | None = None) -> FileResult:
    """One article out of an archive or dump (see libmeet.io.archives), as process_file does a file."""
    display = readable_path(record.path)
    if record.problem is not None:
        return FileResult(display, record.problem.status, str(record.problem))
    return _outcome(display, lambda: _load_record(record, reference_date))


def _outcome(display: str, read: Callable[[], Loaded]) -> FileResult:
    loaded = None
    try:
        loaded = read()
        outcome = _parse_text(loaded.text, loaded.meta)
    except LibmeetError as exc:
        return FileResult(display, exc.status, str(exc))
    except RecursionError:
        return FileResult(display, "error", "unreadable: nested too deeply to parse")
    except MemoryError:
        return FileResult(display, "error", "unreadable: too large to hold in memory")
    except Exception as exc:  # noqa: BLE001 - a bug must not stop a 35k-file run; the report names it
        return FileResult(display, "error", f"internal error (a libmeet bug, please report it): "
                                            f"{type(exc).__name__}: {exc}")
    from .models import Skip

    if loaded.meta.encoding and loaded.meta.encoding.endswith(REPLACED) and not isinstance(outcome, Skip):
        outcome.warnings.append(f"the file is not valid UTF-8 throughout: {loaded.meta.encoding[7:-1]} "
                                "(read as Windows-1252 where they are its quotes or spaces, else shown as �)")
    facts = {"sha256": loaded.meta.sha256, "mtime": loaded.meta.mtime}
    if isinstance(outcome, Skip):
        return FileResult(display, "skipped", outcome.reason, **facts)
    return FileResult(display, "ok", event=outcome, **facts)


def iter_articles(root: str | os.PathLike, suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> Iterator[tuple[Path, str]]:
    """Article files under `root` (or `root` itself), sorted by path, as (path, path relative to root).

    Symbolic links to directories are not followed, so a link loop cannot trap the walk; links to files
    outside `root` are left out too (see libmeet.io.walk). Only the names are held (sorted), never the files.
    """
    root = Path(root)
    for found in _article_names(root, suffixes):
        if found.status is None:
            yield (root if found.rel is None else root / found.rel), (root.name if found.rel is None else found.rel)


def count_articles(root: str | os.PathLike, suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> int:
    """How many entries ingest reports on one by one (without making a path object for each);
    archives are not counted (their records are known only once read)."""
    return sum(1 for found in _article_names(Path(root), suffixes) if not is_archive(found.full))


def _article_names(root: Path, suffixes: tuple[str, ...] = ARTICLE_SUFFIXES, *,
                   follow_links: bool = False) -> Iterator[Found]:
    """The entries under root (libmeet.io.walk), or root itself when it is a file (rel None)."""
    top = os.fspath(root)
    if root.is_file():
        yield Found(top, None)
        return
    yield from walk(top, suffixes, follow_links=follow_links)


def _parse_job(job: tuple[str | Record, str, dt.date | None, int]
               ) -> tuple[Rendered, str | None, str | None, EventKey | None]:
    """One file or archive record, in a worker: (its outputs as text, sha256 of the bytes read,
    modification or collection date the parser saw, the grouping key of its record: computed here, alongside
    the other workers, rather than for every record after the parse)."""
    from .corpus.groups import EventKey

    path, display, reference_date, max_bytes = job
    if isinstance(path, Record):
        result = process_record(path, reference_date=reference_date)
    else:
        result = process_file(path, display, reference_date=reference_date, max_bytes=max_bytes)
    record = None if result.event is None else result.event.model_dump(mode="json")
    return (render(result.report_entry(), record), result.sha256,
            result.mtime.isoformat() if result.mtime else "", None if record is None else EventKey.of(0, record))


#: a short report that takes every extractor's path, parsed once before workers are forked so that
#: they inherit compiled patterns and loaded lexicons instead of each building its own
_WARM_UP = (
    "Hội nghị tổng kết công tác năm 2017 của ngành Y tế\n"
    "Sáng 20/12, tại Hà Nội, Bộ Y tế tổ chức Hội nghị tổng kết công tác năm 2017, triển khai nhiệm vụ năm 2018.\n"
    "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến chủ trì hội nghị. Dự hội nghị có Phó Thủ tướng Vũ Đức Đam cùng "
    "hơn 200 đại biểu đến từ 63 tỉnh, thành phố. Phát biểu chỉ đạo, Phó Thủ tướng đề nghị ngành Y tế tiếp tục "
    "đẩy mạnh cải cách hành chính, nâng cao chất lượng khám chữa bệnh."
)


def _warm_up() -> None:
    try:
        _parse_text(_WARM_UP, Meta(path="warm-up.txt"))
        for build in _builders():  # (those only some articles need, which each worker would build on its own)
            build()
    except Exception:  # noqa: BLE001 - only an optimisation; a real file will show any error
        pass


def _builders() -> Iterator[Callable[[], object]]:
    """The parser's cached builders that take no argument: each compiles patterns or loads a word list, once."""
    from . import parse as parse_package

    for info in pkgutil.iter_modules(parse_package.__path__):
        module = importlib.import_module(f"{parse_package.__name__}.{info.name}")
        for value in vars(module).values():
            if hasattr(value, "cache_info") and getattr(value, "__module__", None) == module.__name__ \
                    and not inspect.signature(value).parameters:
                yield value


def _mapper(dask: str | None) -> Callable[..., Iterator[tuple[Any, Any]]]:
    """ordered_map over local worker processes, or the same over a Dask cluster."""
    if not dask:
        return ordered_map
    from .distributed import cluster_map

    return lambda func, items, jobs, **options: cluster_map(func, items, address=dask, **options)


def _remote_probe(f: RemoteFile) -> Probe:
    """A remote file's Probe: its size, time and ETag stand for a local file's stat (never hashed: a change is a miss)."""
    size, ns, tag = f.signature()
    return Probe(f.display, "", size, ns, ns, tag, day=None if f.modified else "", exact=f.tag is not None)


def _mtime(path: str) -> dt.date | None:
    try:
        return dt.date.fromtimestamp(os.stat(path).st_mtime)
    except (OSError, ValueError, OverflowError):
        return None


class EmptyInputError(LibmeetError):
    """No article under the input folder, and outputs with results already there: they were kept."""


def _refuse_empty(raw_dir: str | os.PathLike, out_dir: Path, allow_empty: bool, summary: IngestSummary) -> None:
    """No article at all: never replace outputs that hold results with empty ones, unless asked."""
    try:
        held = (out_dir / "report.json").stat().st_size > len("[]\n")
    except OSError:
        held = False
    if held and not allow_empty:
        raise EmptyInputError(f"no article found under {raw_dir}: the outputs in {out_dir} were left as they were "
                              "(give --allow-empty to replace them with empty ones)")
    summary.warnings.append(f"no article found under {raw_dir} (.txt, .html, .htm, .md or an archive): "
                            "the outputs are empty")


def _display_base(raw_dir: Path) -> str | None:
    """How a file's path starts in the records (None when raw_dir is a single file)."""
    if not raw_dir.is_dir():
        return None
    base = raw_dir.as_posix()
    return "" if base == "." else base.rstrip("/") + "/"


def ingest(raw_dir: str | os.PathLike, out_dir: str | os.PathLike, *, reference_date: dt.date | str | None = None,
           max_bytes: int = MAX_BYTES, on_result: Callable[[FileResult], None] | None = None,
           jobs: int | None = None, cache: bool = True, timeout: float | None = DEFAULT_TIMEOUT,
           fields: Fields | None = None, dask: str | None = None, allow_empty: bool = False,
           follow_links: bool = False) -> IngestSummary:
    """Parse every article under raw_dir and write the five outputs of SPEC.md into out_dir atomically.

    Archives and dumps under raw_dir (WARC, JSON Lines, JSON, zip, tar: libmeet.io.archives) are read
    in place, one article per record, named `archive#record`; fields: which keys of a JSON article
    hold its text, title, address and date. raw_dir may be a URL fsspec reads (s3://bucket/prefix,
    gs://, file://, memory://: libmeet.io.remote; needs the `s3` extra or fsspec).

    Entries not read are reported as they come (libmeet.io.walk): other suffixes and links out of
    raw_dir (unless follow_links) as skipped, unreadable folders as errors. Byte-identical (or
    identically normalised) articles give one record: the later paths are skipped as `duplicate of
    PATH`. When no article is found and out_dir's outputs hold results, EmptyInputError is raised
    and they are kept, unless allow_empty. The outputs are switched in together (libmeet.generations);
    OutputError when they cannot be written.

    jobs: worker processes (default: the CPUs available; 0 parses in this process, with no time
    limit); the outputs are the same byte for byte whatever it is. cache: reuse the results kept in
    out_dir for files whose bytes and whose parser are unchanged (see libmeet.cache). timeout: seconds
    one file may take before its worker is stopped and the file reported as an error (None: no limit).
    dask: the address of a Dask scheduler (tcp://host:8786) to parse on its cluster instead of local
    workers (libmeet.distributed; needs the `dask` extra); the outputs are the same byte for byte.
    """
    started = time.perf_counter()
    reference_date = reference(reference_date)  # "2017-07-31" and a date give the same cache key
    remote = RemoteTree(raw_dir) if is_url(raw_dir) else None  # s3://, gs://, file://, memory:// ...
    out_dir = Path(out_dir)
    jobs = default_jobs() if jobs is None else jobs
    summary = IngestSummary(out_dir=out_dir, jobs=jobs)
    base = None if remote else _display_base(Path(raw_dir))
    store = ResultCache(out_dir, fingerprint(reference_date=reference_date, max_bytes=max_bytes),
                        max_bytes) if cache else None
    Item = tuple[tuple[str, Probe | None, Rendered | None], tuple | None]

    def records(opener: Opener, name: str, display: str, collected: dt.date | None) -> Iterator[Item]:
        for number, record in enumerate(iter_archive(opener, name, display, collected=collected,
                                                     fields=fields or Fields(), max_bytes=max_bytes)):
            # looked up in the cache by archive and ordinal, which sort in the order the records are read
            now = probe_bytes(f"{display}#{number:010d}", record.data, record.collected) \
                if store and record.problem is None else None
            hit = store.get(now) if now else None
            yield (record.path, now, hit), (None if hit else (record, record.path, reference_date, max_bytes))

    def remote_work(tree: RemoteTree) -> Iterator[Item]:
        for run in remote_runs(tree.files(ARTICLE_SUFFIXES + ARCHIVE_SUFFIXES)):
            if is_archive(run[0].name):
                yield from records(tree.opener(run[0]), run[0].name, run[0].display, run[0].collected)
                continue
            # unchanged objects (size, time and ETag as stored) are not downloaded; the rest are, together
            probes = [_remote_probe(f) if store else None for f in run]
            hits = [store.get(now) if store and now else None for now in probes]
            fetched = iter(tree.fetch([f for f, hit in zip(run, hits) if hit is None], max_bytes))
            for f, now, hit in zip(run, probes, hits):
                yield (f.display, now, hit), (None if hit else (next(fetched), f.display, reference_date, max_bytes))

    def work() -> Iterator[Item]:
        if remote is not None:
            yield from remote_work(remote)
            return
        for found in _article_names(Path(raw_dir), ARTICLE_SUFFIXES + ARCHIVE_SUFFIXES, follow_links=follow_links):
            path, rel = found.full, found.rel
            display = path if base is None or rel is None else base + rel
            if found.status is not None:  # not read: reported with the reason
                key = "reason" if found.status == "skipped" else "message"
                yield (display, None, render({"path": readable_path(display), "status": found.status,
                                              key: found.reason})), None
                continue
            if is_archive(path):
                yield from records(open_local(path), path, display, _mtime(path))
                continue
            now = probe(path, display, max_bytes) if store else None
            hit = store.get(now) if now else None
            yield (display, now, hit), (None if hit else (path, display, reference_date, max_bytes))

    outputs = OutputSet(out_dir)
    try:
        _run(outputs, store, _mapper(dask)(_parse_job, work(), jobs=jobs, timeout=timeout or None, prepare=_warm_up),
             summary, on_result=on_result, code=fingerprint(reference_date=reference_date, max_bytes=max_bytes),
             reuse=cache, on_empty=lambda: _refuse_empty(raw_dir, out_dir, allow_empty, summary))
    except KeyboardInterrupt as exc:  # the CLI tells the user whether the outputs are the old or the new ones
        exc.outputs_written = outputs.committed  # type: ignore[attr-defined]
        raise
    finally:
        if store:
            summary.warnings[:0] = store.warnings
    if summary.no_year:
        summary.warnings.append(
            f"{summary.no_year} event date(s) were left empty: the article gives the day but no year. Give the "
            f"collection date with --reference-date YYYY-MM-DD, or --reference-date mtime when each file's "
            f"modification time is when it was collected")
    summary.seconds = time.perf_counter() - started
    return summary


def _run(outputs: OutputSet, store: ResultCache | None, mapped: Iterator, summary: IngestSummary, *,
         on_result: Callable[[FileResult], None] | None, code: str, reuse: bool, on_empty: Callable[[], None]) -> None:
    """The loop of ingest: results in path order into the outputs and the cache; on_empty runs (and may
    raise, leaving the old outputs) before the switch when no file was found."""
    first_of: dict[str, str] = {}  # event id -> the path that gave it first
    corpus_records: list[str] = []  # every record as JSON text, for the corpus files (libmeet.corpus)
    corpus_keys: list[EventKey | None] = []  # the grouping key of each, when a worker gave it
    with contextlib.ExitStack() as stack:
        stack.enter_context(outputs)  # first: it locks out_dir against a second run, and switches in last
        if store:
            try:
                stack.enter_context(store)
            except sqlite3.OperationalError:  # locked by another run, read-only ...: go on without it
                store.broken = True
                store = None
        results = stack.enter_context(contextlib.closing(mapped))
        for (display, now, hit), outcome in results:
            key = None
            if hit is not None:
                rendered = hit
                if now is None:  # an entry the walk left out comes pre-rendered, without a probe
                    summary.not_read += 1
                else:
                    summary.cached += 1
            elif isinstance(outcome, Failure):
                rendered = render({"path": display, "status": "error", "message": outcome.message})
            else:
                rendered, sha256, mtime, key = outcome
                if store and now and sha256 and rendered.status != "error":
                    store.put(now, sha256, mtime, rendered)
            if rendered.record is not None:  # the same article twice (a copy, another encoding): one record
                event = json.loads(rendered.entry).get("event_id", "")
                if event in first_of:
                    rendered = render({"path": readable_path(display), "status": "skipped",
                                       "reason": f"duplicate of {readable_path(first_of[event])}"})
                    summary.duplicates += 1
                else:
                    first_of[event] = display
            outputs.add(rendered)
            summary.files += 1
            status = rendered.status
            if rendered.record is not None:
                corpus_records.append(rendered.record)
                corpus_keys.append(key)
                summary.events += 1
                if NO_YEAR in rendered.record:
                    summary.no_year += 1
            elif status == "skipped":
                summary.skipped += 1
            else:
                summary.errors += 1
            if status == "error" and len(summary.results) < MAX_LISTED:
                summary.results.append(json.loads(rendered.entry))
            if on_result:
                on_result(FileResult(display, status, rendered.message, rendered=rendered,
                                     cached=hit is not None and now is not None))
        if summary.files == summary.not_read:
            on_empty()
        summary.groups = write_corpus(outputs, corpus_records, code=code, reuse=reuse, keys=corpus_keys)
