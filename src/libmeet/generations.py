"""The output folder's generations: the five outputs of a run are switched in together, with one rename.

    OUT_DIR/events.json   -> .libmeet/current/events.json      (and so for the other four names)
    OUT_DIR/.libmeet/current -> gen-<stamp>                     (a symbolic link, replaced by one rename)
    OUT_DIR/.libmeet/gen-<stamp>/                               (one run's complete outputs)
    OUT_DIR/.libmeet/gen-<stamp>.tmp/                           (a run still writing)
    OUT_DIR/.libmeet/lock                                       (held by the run writing OUT_DIR)

A reader that opens `events.json` and `report.json` by their usual names follows the link to one
generation; a run writes a whole new generation beside it and switches `current` to it in one
`rename(2)`, so however a run ends (an error, Ctrl-C, SIGTERM, `kill -9`, a power cut after the
fsyncs), the five names show either the old set or the new one, never a mix. The previous
generation is deleted after the switch (a reader that has a file open keeps reading it).

A run first removes what killed runs left behind: unfinished generations, and the `.NAME.*.tmp`
files older versions wrote beside the outputs. An output folder from before generations (five
plain files) is taken over without a moment where its names show a mix: its files are hard-linked
into a first generation, and each name is replaced by its link, one rename each.

Where the file system has no symbolic links, the outputs are renamed into place one by one as before.
"""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import LibmeetError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock between runs
    fcntl = None  # type: ignore[assignment]

#: the outputs of `libmeet ingest`, in the order they are written
OUTPUTS = ("events.json", "events.jsonl", "events.csv", "attendees.csv", "report.json")
HOME = ".libmeet"
CURRENT = "current"


class OutputError(LibmeetError):
    """The outputs could not be written (read-only folder, disk full, file size limit, another run):
    nothing was replaced. The message says what, where and what to do."""


class BusyError(OutputError):
    """Another run is writing the same output folder."""


def explain(exc: OSError, where: Path | str) -> str:
    """One line for a person: what failed, where, what to do."""
    what = {
        errno.ENOSPC: "the disk is full: free some space",
        errno.EDQUOT: "the disk quota is used up: free some space",
        errno.EFBIG: "a file grew past the file size limit (ulimit -f): raise the limit",
        errno.EROFS: "the file system is read-only: give another --out",
        errno.EACCES: "permission denied: give a folder you may write to as --out",
        errno.EPERM: "permission denied: give a folder you may write to as --out",
        errno.ENOTDIR: "a file stands where a folder should be: give another --out",
    }.get(exc.errno or -1, f"{exc.strerror or exc}")
    return f"cannot write the outputs in {where}: {what}; the previous outputs were left as they were"


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done (so the switch and its bookkeeping go together)."""
    held = {signal.SIGINT, signal.SIGTERM}
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _replace_link(target: str, link: Path) -> None:
    """Point `link` at `target` in one rename (a reader sees the old link or the new one)."""
    tmp = link.with_name(f".{link.name}.{os.getpid()}.link")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)
    os.symlink(target, tmp)
    os.replace(tmp, link)


class Generation:
    """One run's new generation of outputs: `folder` to write into, then `commit()` or `abort()`.

    Use as a context manager: entering takes the folder's lock (BusyError when another run holds it)
    and removes leftovers; leaving releases the lock.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.home = self.out_dir / HOME
        self.folder: Path | None = None
        self.committed = False  # the new outputs are the ones the names show
        self.removed = 0  # leftovers of killed runs removed on entering
        self.names: list[str] = list(OUTPUTS)  # the files of this generation: the five, and any extra
        self._lock: int | None = None

    def __enter__(self) -> Generation:
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            self._lock = os.open(self.home / "lock", os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise OutputError(explain(exc, self.out_dir)) from None
        try:
            if fcntl is not None:
                fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._lock)
            self._lock = None
            raise BusyError(f"another libmeet run is writing {self.out_dir}: wait for it to end, "
                            "or give another --out") from None
        try:
            self.removed = self._remove_leftovers()
            stamp = f"gen-{time.time_ns()}-{os.getpid()}"
            self.folder = self.home / f"{stamp}.tmp"
            self.folder.mkdir()
        except OSError as exc:
            self.__exit__(None, None, None)
            raise OutputError(explain(exc, self.out_dir)) from None
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.committed:
            self.abort()
        if self._lock is not None:
            os.close(self._lock)  # (closing releases the flock)
            self._lock = None
            if not self.committed and self._current() is None:  # a first run that failed leaves nothing
                shutil.rmtree(self.home, ignore_errors=True)

    def _current(self) -> str | None:
        with contextlib.suppress(OSError):
            return os.readlink(self.home / CURRENT)
        return None

    def _remove_leftovers(self) -> int:
        """Unfinished or superseded generations, stale link temporaries, and older versions' .NAME.*.tmp files."""
        keep = self._current()
        removed = 0
        for entry in os.scandir(self.home):
            if entry.name.startswith("gen-") and entry.name != keep:
                shutil.rmtree(entry.path, ignore_errors=True)
                removed += 1
            elif entry.name.endswith(".link"):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
        for entry in os.scandir(self.out_dir):
            if entry.name.endswith(".tmp") and any(entry.name.startswith(f".{n}.") for n in OUTPUTS):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
        return removed

    def extra(self, name: str) -> Path:
        """Where to write one more output (a database ...), switched in with the five under OUT_DIR/name."""
        assert self.folder is not None and "/" not in name and not name.startswith(".")
        if name not in self.names:
            self.names.append(name)
        return self.folder / name

    def abort(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def commit(self) -> None:
        """Make the written generation the one the five names show, in one rename; then drop the old one."""
        assert self.folder is not None
        final = self.folder.with_name(self.folder.name[: -len(".tmp")])
        try:
            for name in self.names:
                if (self.folder / name).exists():
                    with open(self.folder / name, "rb+") as handle:
                        os.fsync(handle.fileno())
            _fsync_dir(self.folder)
            os.rename(self.folder, final)
            self.folder = final
            linked = self._take_over()
        except OSError as exc:
            raise OutputError(explain(exc, self.out_dir)) from None
        old = self._current()
        if linked:
            with _signals_held():
                _replace_link(final.name, self.home / CURRENT)
                self.committed = True
        else:
            self._rename_each(final)
        _fsync_dir(self.home)
        if old and old != final.name:
            shutil.rmtree(self.home / old, ignore_errors=True)

    def _take_over(self) -> bool:
        """Make each of the five names a link through `current`; False where links cannot be made.

        Plain files left by an older libmeet first become a generation of their own (hard links), so
        every name shows the old set until the switch.
        """
        links = {name: f"{HOME}/{CURRENT}/{name}" for name in self.names}
        if all(_link_of(self.out_dir / n) == target for n, target in links.items()):
            return True
        try:
            if self._current() is None:
                plain = [n for n in self.names if (self.out_dir / n).is_file() and not (self.out_dir / n).is_symlink()]
                if plain:
                    first = self.home / f"gen-{time.time_ns()}-{os.getpid()}-before"
                    first.mkdir()
                    for name in plain:
                        try:
                            os.link(self.out_dir / name, first / name)
                        except OSError:
                            shutil.copy2(self.out_dir / name, first / name)
                    _replace_link(first.name, self.home / CURRENT)
            for name, target in links.items():
                if _link_of(self.out_dir / name) != target:
                    _replace_link(target, self.out_dir / name)
        except OSError as exc:
            if exc.errno in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS):
                return False  # no symbolic links here
            raise
        return True

    def _rename_each(self, final: Path) -> None:
        """Without symbolic links: each output renamed into place (not one switch, but never half a file)."""
        try:
            for name in self.names:
                if (final / name).exists():
                    os.replace(final / name, self.out_dir / name)
        except OSError as exc:
            raise OutputError(explain(exc, self.out_dir)) from None
        self.committed = True
        shutil.rmtree(final, ignore_errors=True)


def _link_of(path: Path) -> str | None:
    try:
        return os.readlink(path)
    except OSError:
        return None


def consistency_problems(out_dir: Path | str) -> list[str]:
    """What shows that the five outputs in out_dir are not one run's set (empty when they are):
    the events of events.json, events.jsonl, events.csv and report.json, and the events attendees.csv
    names, must be the same. For checking a folder after a fault, as a reader would."""
    import csv
    import json

    out = Path(out_dir)
    try:
        json_ids = [r["id"] for r in json.loads((out / "events.json").read_text(encoding="utf-8"))]
        jsonl_ids = [json.loads(line)["id"] for line in
                     (out / "events.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        with open(out / "events.csv", encoding="utf-8-sig", newline="") as handle:
            csv_ids = [row[0] for row in list(csv.reader(handle))[1:]]
        with open(out / "attendees.csv", encoding="utf-8-sig", newline="") as handle:
            people_ids = {row[0] for row in list(csv.reader(handle))[1:]}
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, IndexError) as exc:
        return [f"an output is missing or not whole: {exc}"]
    report_ids = [e["event_id"] for e in report if e.get("event_id")]
    problems = [f"{name} holds other events than events.json" for name, ids in
                (("events.jsonl", jsonl_ids), ("events.csv", csv_ids), ("report.json", report_ids)) if ids != json_ids]
    if not people_ids <= set(json_ids):
        problems.append("attendees.csv names events that events.json does not hold")
    if len(set(json_ids)) != len(json_ids):
        problems.append("events.json holds an id twice")
    return problems
