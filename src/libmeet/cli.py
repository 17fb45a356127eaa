"""The `libmeet` command: parses options and calls the library, nothing more."""
from __future__ import annotations

import datetime as dt
import functools
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from . import __version__
from .api import ingest as run_ingest
from .api import EmptyInputError, count_articles, parse_archive, parse_file
from .console import Reporter, make_console, summary_table
from .errors import ClusterError, LibmeetError, RemoteError
from .export import FORMATS, delimiter_char, export_records
from .generations import OutputError
from .launch import CONTEXT, MAIN_HELP, SHORT_HELP
from .io.archives import Fields, is_archive
from .io.remote import is_url
from .validate import FIELDS, DEFAULT_REQUIRED, Policy, render, validate_paths

INTERRUPTED = "interrupted; previous outputs left intact"
#: an interruption that came after the new outputs were switched in (cleaning up, closing the cache)
INTERRUPTED_AFTER = "interrupted; the new outputs had already been written in full"
#: set in the context's meta once ingest has returned: its outputs are written, whatever stops the command after
OUTPUTS_WRITTEN = "libmeet.outputs_written"
#: exit code when the outputs could not be written (read-only folder, disk full, file size limit, another run)
EXIT_NOT_WRITTEN = 3


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | str | None:
    if value is None:
        return None
    if value.strip().lower() == "mtime" and param.name == "reference_date":
        return "mtime"  # each file's own modification time (io.reader.MTIME)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def _delimiter(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        return delimiter_char(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _verbosity(command: Callable[..., Any]) -> Callable[..., Any]:
    """--quiet / --verbose on a command, passed on as verbosity -1 / 0 / 1."""
    @click.option("-q", "--quiet", is_flag=True, help="Print errors only: no progress, no summary.")
    @click.option("-v", "--verbose", is_flag=True, help="Print one line per file.")
    @functools.wraps(command)
    def wrapper(*args: Any, quiet: bool, verbose: bool, **kwargs: Any) -> Any:
        return command(*args, verbosity=-1 if quiet else (1 if verbose else 0), **kwargs)
    return wrapper


def _fields(command: Callable[..., Any]) -> Callable[..., Any]:
    """--text-field, --title-field, --url-field, --date-field on a command, passed on as `fields` (a Fields)."""
    @click.option("--text-field", metavar="KEYS", help="JSON dumps: the keys holding the article text, first found "
                  "wins [default: maintext,text,raw_text].")
    @click.option("--title-field", metavar="KEYS", help="JSON dumps: the keys holding the title [default: title].")
    @click.option("--url-field", metavar="KEYS", help="JSON dumps: the keys holding the address [default: url,source].")
    @click.option("--date-field", metavar="KEYS", help="JSON dumps: the keys holding the publication date "
                  "[default: date_publish,date].")
    @functools.wraps(command)
    def wrapper(*args: Any, text_field: str | None, title_field: str | None, url_field: str | None,
                date_field: str | None, **kwargs: Any) -> Any:
        fields = Fields.build(text=text_field, title=title_field, url=url_field, date=date_field)
        return command(*args, fields=fields, **kwargs)
    return wrapper


def _count(paths: Iterable[Path]) -> Callable[[], int]:
    """How to count the articles under paths (for a progress display; a quiet run never walks twice)."""
    return lambda: sum(count_articles(root) for root in paths)


def _summary(reporter: Reporter, title: str, rows: dict[str, Any]) -> None:
    if reporter.verbosity >= 0:
        reporter.console.print(summary_table(title, rows))


def _stdout_gone() -> None:
    """The reader of stdout stopped early (`libmeet export ... | head`): not an error; write no more there."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _emit(text: str) -> None:
    try:
        click.echo(text)
    except BrokenPipeError:
        _stdout_gone()


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


class _Source(click.ParamType):
    """A local file or folder that exists, or a URL fsspec reads (s3://bucket/prefix, gs://, file://, memory://)."""

    name = "path_or_url"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path | str:
        if is_url(value):
            return value
        return click.Path(exists=True, file_okay=True, path_type=Path).convert(value, param, ctx)


class _Article(click.ParamType):
    """An article file; an archive or dump (every record); or one record of one, named as ingest names it:
    ARCHIVE#RECORD. Converted to (path, record name or None)."""

    name = "file"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[Path, str | None]:
        if isinstance(value, tuple):
            return value
        existing = click.Path(exists=True, dir_okay=False, path_type=Path)
        archive, mark, record = str(value).partition("#")
        if not mark or os.path.lexists(value) or not is_archive(archive):
            return existing.convert(value, param, ctx), None
        return existing.convert(archive, param, ctx), record


class Terminated(KeyboardInterrupt):
    """SIGTERM (a `kill`, a CI job cancelled, `timeout`): stopped like Ctrl-C, cleaning up the same way."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _on_sigterm)
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            written = getattr(exc, "outputs_written", False) or ctx.meta.get(OUTPUTS_WRITTEN, False)
            click.echo(f"\n{INTERRUPTED_AFTER if written else INTERRUPTED}", err=True)
            ctx.exit(143 if isinstance(exc, Terminated) else 130)
        except BrokenPipeError:
            _stdout_gone()
            ctx.exit(0)


@click.group(cls=_Group, help=MAIN_HELP, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="libmeet")
def main() -> None:
    """The command (its help: libmeet.launch.MAIN_HELP, which `libmeet --help` prints without loading this module)."""


@main.command(short_help=SHORT_HELP["ingest"])
@click.argument("raw_dir", type=_Source())
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("data/out"),
              show_default=True, help="Folder for events.json, events.jsonl, events.csv, attendees.csv, report.json.")
@click.option("--reference-date", callback=_date, help="YYYY-MM-DD, or 'mtime' (each file's modification time): when the articles were "
                   "collected, to give a year to dates an article writes without one.")
@click.option("--strict", is_flag=True, help="Exit 1 when any file errored.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None,
              help="Worker processes (default: the CPU count; 0: parse in this process, no time limit).")
@click.option("--no-cache", is_flag=True, help="Parse every file again; do not read or update OUT_DIR's cache.")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds one file may take before it is stopped and reported as an error (0: no limit).")
@_fields
@click.option("--dask", "dask", metavar="ADDRESS", envvar="DASK_SCHEDULER_ADDRESS",
              help="Parse on the Dask cluster of this scheduler (tcp://host:8786; default: $DASK_SCHEDULER_ADDRESS) "
                   "instead of local workers; needs libmeet[dask].")
@click.option("--follow-links", is_flag=True,
              help="Read symbolic links to files outside RAW_DIR (reported as skipped otherwise).")
@click.option("--allow-empty", is_flag=True,
              help="When RAW_DIR holds no article, replace OUT_DIR's outputs with empty ones (refused otherwise).")
@_verbosity
def ingest(raw_dir: Path | str, out_dir: Path, reference_date: dt.date | str | None, strict: bool, jobs: int | None,
           no_cache: bool, timeout: float, fields: Fields, dask: str | None, follow_links: bool, allow_empty: bool,
           verbosity: int) -> None:
    """Parse every article under RAW_DIR (.txt, .html, .htm, .md) and write the outputs.

    RAW_DIR may also be, or hold, archives read in place, one article per record: WARC
    (.warc, .warc.gz), JSON Lines (.jsonl, .jsonl.gz, .ndjson), JSON (.json), zip and tar
    (.zip, .tar, .tar.gz, .tgz). A record is named ARCHIVE#RECORD in the outputs. RAW_DIR may be a
    URL: s3://bucket/prefix, gs://, file://, memory:// (needs libmeet[s3], or fsspec and its backend).

    \b
    Example:
      libmeet ingest data/raw --out data/out
      libmeet ingest crawl.warc.gz --out data/out
      libmeet ingest s3://archive/2017/ --out data/out
      libmeet ingest articles.jsonl --text-field body --date-field published --out data/out
    """
    try:
        with Reporter(_count([raw_dir]), verbosity=verbosity, label="articles") as reporter:
            summary = run_ingest(raw_dir, out_dir, reference_date=reference_date, fields=fields, dask=dask,
                                 allow_empty=allow_empty, follow_links=follow_links,
                                 jobs=jobs, cache=not no_cache, timeout=timeout or None,
                                 on_result=lambda r: reporter.advance(r.status, r.path,
                                                                      r.message or ("cached" if r.cached else None)))
            click.get_current_context().meta[OUTPUTS_WRITTEN] = True  # (a Ctrl-C from here: the new outputs are in)
    except (ClusterError, RemoteError) as exc:
        _fail(str(exc), 2)
    except OutputError as exc:
        _fail(str(exc), EXIT_NOT_WRITTEN)
    except EmptyInputError as exc:
        _fail(str(exc))
    for warning in summary.warnings:
        click.echo(f"warning: {warning}", err=True)
    _summary(reporter, f"libmeet ingest -> {out_dir}", {
        "files": summary.files, "events": summary.events, "skipped": summary.skipped,
        "errors": summary.errors, "cached": summary.cached, "seconds": summary.seconds})
    if strict and summary.errors:
        sys.exit(1)


@main.command(short_help=SHORT_HELP["validate"])
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text", show_default=True,
              help="text: one line per problem; json: the full report; github: ::error annotations for CI.")
@click.option("--require", multiple=True, type=click.Choice(FIELDS), metavar="FIELD",
              help=f"Also require FIELD (repeatable). Fields: {', '.join(FIELDS)}.")
@click.option("--allow-missing", multiple=True, type=click.Choice(FIELDS), metavar="FIELD",
              help=f"Do not require FIELD (repeatable). Required by default: {', '.join(DEFAULT_REQUIRED)}.")
@click.option("--reference-date", callback=_date, help="YYYY-MM-DD, or 'mtime' (each file's modification time): when the articles were "
                   "collected, to give a year to dates an article writes without one.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None,
              help="Worker processes (default: the CPU count; 0: parse in this process, no time limit).")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds one file may take before it fails as too slow to parse (0: no limit).")
@_fields
@_verbosity
def validate(paths: tuple[Path, ...], fmt: str, require: tuple[str, ...], allow_missing: tuple[str, ...],
             reference_date: dt.date | str | None, jobs: int | None, timeout: float, fields: Fields,
             verbosity: int) -> None:
    """Parse articles (files or folders) and check each record: exit 0 when all pass, 1 when any fails.

    The default policy: a meeting was detected, a start date, a place (province, city, a country
    abroad, or online) and at least one named attendee. Archives and dumps (WARC, JSON Lines, JSON,
    zip, tar) are read as ingest reads them: each record is checked, named ARCHIVE#RECORD.

    \b
    Example:
      libmeet validate data/raw --format github --require end_date --allow-missing attendees
      libmeet validate crawl.warc.gz articles.jsonl --text-field body
    """
    policy = Policy.build(require=require, allow_missing=allow_missing)
    with Reporter(_count(paths), verbosity=verbosity, label="articles") as reporter:
        report = validate_paths(paths, policy=policy, reference_date=reference_date, jobs=jobs, timeout=timeout,
                                fields=fields,
                                on_check=lambda c: reporter.advance("pass" if c.ok else "fail", c.path,
                                                                    "; ".join(c.problems) or None))
    if not report.files:
        click.echo(f"error: no article found in {', '.join(map(str, paths))} (.txt, .html, .htm, .md, or a "
                   "record in an archive): nothing was validated", err=True)
    text = render(report, fmt)
    if text:
        _emit(text)
    _summary(reporter, "libmeet validate", {
        "files": report.files, "passed": report.passed, "failed": report.failed, "seconds": report.seconds})
    sys.exit(report.exit_code)


@main.command(short_help=SHORT_HELP["export"])
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True,
              help="csv (spreadsheet-safe), jsonl (one record a line) or json (an array).")
@click.option("--out", "out", default="-", show_default=True, help="File to write (atomically); - for stdout.")
@click.option("--attendees", is_flag=True, help="CSV: one row per attendee (the columns of attendees.csv).")
@click.option("--bom/--no-bom", default=None,
              help="CSV: a UTF-8 byte-order mark (Excel needs it to read UTF-8) [default: in a file, not on stdout].")
@click.option("--delimiter", default=",", show_default=True, callback=_delimiter,
              help="CSV: the field separator, one character or tab / semicolon / pipe.")
@_verbosity
def export(source: Path, fmt: str, out: str, attendees: bool, bom: bool | None, delimiter: str, verbosity: int) -> None:
    """Re-export the records of SOURCE (events.json, events.jsonl or an ingest --out folder) without re-parsing.

    Every record is checked against the model first; an invalid one stops the export (exit 1)
    before anything is written.

    \b
    Example:
      libmeet export data/out/events.json --format csv --delimiter ';' --out events-excel.csv
    """
    if attendees and fmt != "csv":
        raise click.UsageError("--attendees makes one CSV row per attendee; it needs --format csv")
    target = sys.stdout.buffer if out == "-" else Path(out)
    try:
        count = export_records(source, target, fmt=fmt, bom=out != "-" if bom is None else bom, delimiter=delimiter,
                               attendees=attendees)
    except BrokenPipeError:
        raise
    except (LibmeetError, OSError) as exc:
        _fail(str(exc))
    if verbosity >= 0:
        make_console().print(f"exported {count} records as {fmt} -> {'stdout' if out == '-' else out}",
                             markup=False)


@main.command(short_help=SHORT_HELP["parse"])
@click.argument("file", type=_Article())
@click.option("--reference-date", callback=_date, help="YYYY-MM-DD, or 'mtime' (the file's modification time): when the article was "
                   "collected, to give a year to dates it writes without one.")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds the parse may take before it is stopped (as in ingest; 0: no limit).")
@_fields
def parse(file: tuple[Path, str | None], reference_date: dt.date | str | None, timeout: float, fields: Fields) -> None:
    """Parse one article and print its event record as JSON.

    FILE may be an archive or dump (WARC, JSON Lines, JSON, zip, tar): each of its records is parsed and
    its event printed as one JSON line, skipped and unreadable records said on stderr; or one record
    of it, named as ingest's report names it (ARCHIVE#RECORD), printed as a file's is. Exit 1 when
    no event was found or a record could not be read.

    \b
    Example:
      libmeet parse data/raw/000_972f7865f036ce15.txt
      libmeet parse crawl.warc.gz#1219
    """
    from .models import Skip  # (pydantic and the models only for the commands that give records)

    path, record = file
    if record is None and not is_archive(path.name):
        try:
            outcome = parse_file(path, reference_date=reference_date, timeout=timeout or None)
        except LibmeetError as exc:
            _fail(f"{path}: {exc}")
        if isinstance(outcome, Skip):
            click.echo(f"skipped: {path}: {outcome.reason}", err=True)
            sys.exit(1)
        click.echo(outcome.model_dump_json(indent=2))
        return
    seen = events = errors = 0
    for name, found in parse_archive(path, record=record, reference_date=reference_date, fields=fields,
                                     timeout=timeout or None):
        seen += 1
        if isinstance(found, LibmeetError):
            errors += 1
            click.echo(f"error: {name}: {found}", err=True)
        elif isinstance(found, Skip):
            click.echo(f"skipped: {name}: {found.reason}", err=True)
        else:
            events += 1
            _emit(found.model_dump_json(indent=2) if record is not None else found.model_dump_json())
    if record is not None and not seen:
        _fail(f"{path}: no record named {record!r} (the name after '#' in report.json)")
    if not seen:
        _fail(f"{path}: no article in the archive")
    sys.exit(1 if errors or not events else 0)


@main.command(short_help=SHORT_HELP["schema"])
@click.option("--of", "of", type=click.Choice(["record", "events.json"]), default="record", show_default=True,
              help="record: one record (a line of events.jsonl); events.json: the file, an array of records.")
def schema(of: str) -> None:
    """Print the JSON Schema of one event record, or with --of events.json of the whole file.

    \b
    Example:
      libmeet schema > event.schema.json
      libmeet schema --of events.json > events.schema.json
    """
    from .models import event_schema, events_file_schema

    click.echo(json.dumps(event_schema() if of == "record" else events_file_schema(), ensure_ascii=False, indent=2))
