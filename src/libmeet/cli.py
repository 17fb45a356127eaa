"""The `libmeet` command: parses options and calls the library, nothing more."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from . import __version__
from .api import ingest as run_ingest
from .api import parse_file
from .errors import LibmeetError
from .models import Skip, event_schema


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="libmeet")
def main() -> None:
    """Turn Vietnamese news articles about meetings into validated event records.

    \b
    Example:
      libmeet ingest data/raw --out data/out
    """


@main.command()
@click.argument("raw_dir", type=click.Path(exists=True, file_okay=True, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("data/out"),
              show_default=True, help="Folder for events.json, events.jsonl, events.csv, attendees.csv, report.json.")
@click.option("--reference-date", callback=_date, help="YYYY-MM-DD: the year to assume when an article gives none.")
@click.option("--strict", is_flag=True, help="Exit 1 when any file errored.")
def ingest(raw_dir: Path, out_dir: Path, reference_date: dt.date | None, strict: bool) -> None:
    """Parse every article under RAW_DIR (.txt, .html, .htm, .md) and write the outputs.

    \b
    Example:
      libmeet ingest data/raw --out data/out
    """
    summary = run_ingest(raw_dir, out_dir, reference_date=reference_date)
    for entry in summary.results:
        if entry["status"] == "error":
            click.echo(f"error: {entry['path']}: {entry.get('message')}", err=True)
    click.echo(
        f"{summary.files} files: {summary.events} events, {summary.skipped} skipped, {summary.errors} errors "
        f"in {summary.seconds:.1f} s -> {out_dir}"
    )
    if strict and summary.errors:
        sys.exit(1)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--reference-date", callback=_date, help="YYYY-MM-DD: the year to assume when the article gives none.")
def parse(file: Path, reference_date: dt.date | None) -> None:
    """Parse one article and print its event record as JSON.

    \b
    Example:
      libmeet parse data/raw/000_972f7865f036ce15.txt
    """
    try:
        outcome = parse_file(file, reference_date=reference_date)
    except LibmeetError as exc:
        click.echo(f"error: {file}: {exc}", err=True)
        sys.exit(1)
    if isinstance(outcome, Skip):
        click.echo(f"skipped: {file}: {outcome.reason}", err=True)
        sys.exit(1)
    click.echo(outcome.model_dump_json(indent=2))


@main.command()
def schema() -> None:
    """Print the JSON Schema of one event record.

    \b
    Example:
      libmeet schema > event.schema.json
    """
    click.echo(json.dumps(event_schema(), ensure_ascii=False, indent=2))
