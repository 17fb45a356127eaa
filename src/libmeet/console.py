"""What the command shows a person on stderr: progress, per-file problems, the closing summary table.

A rich progress bar on a terminal; plain lines when stderr is piped or CI=true; nothing but
errors with quiet; NO_COLOR (and TERM=dumb) respected through rich.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import IO, Any

from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

#: seconds between two plain progress lines
LINE_EVERY = 5.0


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def make_console(stream: IO[str] | None = None) -> Console:
    stream = stream or sys.stderr
    return Console(file=stream, highlight=False, soft_wrap=True, force_terminal=None if stream.isatty() else False)


class Reporter:
    """Progress over `total` files, fed one outcome at a time with `advance(status, path, message)`.

    verbosity: -1 quiet (errors only), 0 normal, 1 verbose (a line per file).
    """

    def __init__(self, total: int | Callable[[], int], *, verbosity: int = 0, label: str = "files",
                 console: Console | None = None) -> None:
        self._total = total  # or how to count it: only a progress display needs it (not --quiet)
        self.verbosity = verbosity
        self.label = label
        self.console = console or make_console()
        self.done = 0
        self.counts: dict[str, int] = {}
        live = self.console.is_terminal and not in_ci() and verbosity >= 0
        self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TimeElapsedColumn(), TimeRemainingColumn(), console=self.console,
                             transient=True) if live else None
        self._task = self._bar.add_task(label, total=self.total or None) if self._bar is not None else None
        self._last_line = time.monotonic()

    @property
    def total(self) -> int:
        if callable(self._total):
            self._total = self._total()
        return self._total

    def __enter__(self) -> Reporter:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._bar is not None:
            self._bar.stop()

    def print(self, text: str, style: str | None = None) -> None:
        self.console.print(text, style=style, markup=False)

    def advance(self, status: str, path: str, message: str | None = None) -> None:
        self.done += 1
        self.counts[status] = self.counts.get(status, 0) + 1
        if status == "error":
            self.print(f"{status}: {path}: {message}", style="red")
        elif self.verbosity > 0:
            self.print(f"{status}: {path}" + (f": {message}" if message else ""))
        if self._bar is not None:
            self._bar.advance(self._task)
        elif self.verbosity == 0 and (time.monotonic() - self._last_line >= LINE_EVERY):
            self._last_line = time.monotonic()
            done = f"{self.done}/{self.total}" if self.total >= self.done else str(self.done)  # archives: unknown
            self.print(f"{done} {self.label} " +
                       ", ".join(f"{n} {s}" for s, n in sorted(self.counts.items())))


def summary_table(title: str, rows: dict[str, Any]) -> Table:
    """One row of counts under their names, e.g. files / events / skipped / errors / seconds."""
    table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, title_justify="left",
                  title_style="bold")
    for key in rows:
        table.add_column(key, justify="right")
    table.add_row(*(f"{v:.1f}" if isinstance(v, float) else str(v) for v in rows.values()))
    return table
