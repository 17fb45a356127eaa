"""Run a function over a stream of items in worker processes; results come back in input order.

`ordered_map` is what `ingest --jobs N` runs on:

- results are yielded in the order the items came in, whatever N is and whichever worker finished
  first, so the outputs are byte for byte the same for any N;
- at most `window` items are in flight or waiting to be yielded, so memory stays flat however many
  items the stream holds;
- each call has a time limit: a worker that overruns it is killed and replaced, and the item comes
  back as a `Failure` with a message for a person; a worker that dies (a crash, the OOM killer) is
  replaced the same way;
- items whose argument is None are not sent anywhere: they are yielded in their place, so a caller
  can mix results it already has (a cache hit) with work still to do;
- items travel in batches (one message each way for up to `chunk` items), so a worker is not woken,
  nor the parent, once per small item; each worker notes in shared memory which item it is on and
  since when, so the time limit, and the blame for a crash, still fall on the one item at fault;
- workers ignore Ctrl-C; the parent stops and reaps them on any exit (no zombies, no orphans).
"""
from __future__ import annotations

import contextlib
import ctypes
import itertools
import mmap
import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from typing import Any, Generic, TypeVar

Tag = TypeVar("Tag")

#: batches queued on one worker whatever their size: one running, one waiting, so a worker is never idle on a round trip
DEPTH = 2
#: batches queued on one worker at most, while the ones waiting hold few bytes: a worker through a run of quick items
#: (articles that name no meeting) is not left waiting for the parent, which pauses now and then (a cache commit)
MAX_DEPTH = 4
#: bytes of waiting batches beyond the first DEPTH: far below a pipe's buffer, so that the parent never blocks sending
#: to a worker that is itself blocked sending results back (an archive's records travel as their bytes)
QUEUED_BYTES = 16 * 1024
#: items in one batch at most; fewer when there is less work waiting, so that the workers share the tail
CHUNK = 16
#: progress[0] of a worker that is between items
_IDLE = -1.0


@dataclass(frozen=True)
class Failure:
    """An item that produced no result: it overran the time limit, or its worker died or raised."""

    message: str


def default_jobs() -> int:
    """The CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _context() -> Any:
    # fork starts a worker in milliseconds with everything already imported; spawn elsewhere
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _call(func: Callable[[Any], Any], arg: Any) -> Any:
    try:
        return func(arg)
    except Exception as exc:  # noqa: BLE001 - reported per item, the run goes on
        return Failure(f"unexpected error: {type(exc).__name__}: {exc}")


def _serve(conn: Connection, func: Callable[[Any], Any], progress: Any, inherited: list[int]) -> None:
    """A worker's loop: receive a batch of (seq, arg), send back [(seq, result or Failure)], until told to stop.

    progress (shared with the parent) holds the seq of the item being worked on and when it began.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler: a worker told to stop, stops
    for fd in inherited:  # the parent's ends of the pipes, so that its death reads as EOF everywhere
        with contextlib.suppress(OSError):
            os.close(fd)
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if batch is None:
            return
        results = []
        for seq, arg in batch:
            progress[1] = time.monotonic()  # the time first: a reader that sees the new seq sees its start
            progress[0] = seq
            results.append((seq, _call(func, arg)))
        progress[0] = _IDLE
        try:
            conn.send(results)
        except (BrokenPipeError, OSError):
            return


def _ready(objects: list[Any], timeout: float | None) -> list[Any]:
    """multiprocessing.connection.wait, with one poll(2) call where there is one (wait builds a selector each time)."""
    if not hasattr(select, "poll"):
        return wait(objects, timeout)
    poller = select.poll()
    by_fd = {}
    for obj in objects:
        fd = obj if isinstance(obj, int) else obj.fileno()
        by_fd[fd] = obj
        poller.register(fd, select.POLLIN)
    while True:
        try:
            events = poller.poll(None if timeout is None else timeout * 1000)
            break
        except InterruptedError:  # pragma: no cover - retried by Python itself since 3.5
            continue
    return [by_fd[fd] for fd, _ in events]


def _progress_cell(ctx: Any, forked: bool) -> Any:
    """Two doubles a worker writes and the parent reads. A forked worker shares an anonymous mapping made for it: not a
    block of multiprocessing's heap, whose release by the garbage collector a Ctrl-C may cut half-way, leaving a
    later release to fail at exit ("Exception ignored in: <Finalize object, dead> ... list.remove(x): x not in list").
    A spawned one needs the heap's RawArray, which it can be handed."""
    if not forked:
        return ctx.RawArray("d", [_IDLE, 0.0])
    cell = (ctypes.c_double * 2).from_buffer(mmap.mmap(-1, ctypes.sizeof(ctypes.c_double) * 2))
    cell[0], cell[1] = _IDLE, 0.0
    return cell


class _Worker:
    def __init__(self, ctx: Any, func: Callable[[Any], Any], others: list[_Worker]) -> None:
        self.conn, child = ctx.Pipe()
        forked = ctx.get_start_method() == "fork"
        self.progress = _progress_cell(ctx, forked)  # (seq being worked on, since when): see _serve
        inherited = [c.fileno() for c in [self.conn, *(w.conn for w in others)]] if forked else []
        self.proc = ctx.Process(target=_serve, args=(child, func, self.progress, inherited), daemon=True,
                                name="libmeet-worker")
        self.proc.start()
        child.close()
        self.queue: deque[list[tuple[int, Any]]] = deque()  # batches sent and not yet answered, oldest first
        self.sizes: deque[int] = deque()  # the pickled size of each, in the same order
        self.broken = False

    def has_room(self, size: int = 0) -> bool:
        """Whether another batch (of `size` bytes pickled) may be queued on the worker."""
        queued = len(self.queue)
        return not self.broken and (queued < DEPTH or queued < MAX_DEPTH
                                    and sum(itertools.islice(self.sizes, DEPTH, None)) + size <= QUEUED_BYTES)

    def send(self, batch: list[tuple[int, Any]], data: bytes | None = None) -> None:
        data = bytes(ForkingPickler.dumps(batch)) if data is None else data
        self.queue.append(batch)
        self.sizes.append(len(data))
        try:
            self.conn.send_bytes(data)  # (what conn.send(batch) sends: the worker's recv() unpickles it)
        except (BrokenPipeError, OSError):  # it died: collect() notices and hands the queue on
            self.broken = True

    def answered(self) -> None:
        self.queue.popleft()
        self.sizes.popleft()

    def current(self) -> tuple[int, float] | None:
        """(seq, started) of the item the worker is on, if it is on one of those queued on it."""
        started, seq = self.progress[1], self.progress[0]
        if seq == _IDLE or not any(item[0] == seq for batch in self.queue for item in batch):
            return None
        return int(seq), started

    def stop(self, *, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                kill = True
        if not kill:
            self.proc.join(1.0)
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()


class _Pool(Generic[Tag]):
    def __init__(self, func: Callable[[Any], Any], jobs: int, timeout: float | None,
                 prepare: Callable[[], object] | None = None, chunk: int = CHUNK) -> None:
        self.func, self.jobs, self.timeout, self.chunk = func, jobs, timeout, max(1, chunk)
        self.ctx = _context()
        self.prepare = prepare if self.ctx.get_start_method() == "fork" else None
        self.workers: list[_Worker] = []
        self.backlog: deque[tuple[int, Any]] = deque()  # (seq, arg) not yet sent
        self.done: dict[int, Any] = {}

    def dispatch(self, *, tail: bool = False) -> None:
        """Hand waiting items to workers with room, in batches; start workers up to `jobs` as needed.

        Each worker gets DEPTH batches, and up to MAX_DEPTH while those beyond DEPTH are small (QUEUED_BYTES)."""
        while self.backlog:
            idle = [w for w in self.workers if len(w.queue) < DEPTH and not w.broken]
            if not idle and sum(not w.broken for w in self.workers) < self.jobs:
                if self.prepare is not None:
                    self.prepare, prepare = None, self.prepare
                    prepare()
                self.workers.append(_Worker(self.ctx, self.func, self.workers))
                continue
            deeper = not idle
            if deeper:
                idle = [w for w in self.workers if w.has_room()]
                if not idle:
                    return
            worker = min(idle, key=lambda w: len(w.queue))
            size = self.chunk
            if tail:  # no more items will come: spread what is left over every worker
                size = max(1, min(size, -(-len(self.backlog) // (self.jobs * DEPTH))))
            elif len(self.backlog) < size and worker.queue:
                return  # let a full batch gather while this worker still has one to work on
            batch = [self.backlog[i] for i in range(min(size, len(self.backlog)))]
            data = bytes(ForkingPickler.dumps(batch))
            if deeper and not worker.has_room(len(data)):
                return  # too many bytes to queue beyond DEPTH: it waits for a worker to answer
            for _ in batch:
                self.backlog.popleft()
            worker.send(batch, data)

    def collect(self) -> None:
        """Wait for at least one reply (or an overrun, or a death) and file what came in."""
        busy = [w for w in self.workers if w.queue]
        if not busy:
            return
        wait_for = None
        if self.timeout is not None:
            started = [on[1] for on in (w.current() for w in busy) if on is not None]
            # nobody on an item yet (a batch in the pipe): look again within the time limit
            wait_for = max(0.0, min(started) + self.timeout - time.monotonic()) if started else self.timeout
        ready = _ready([w.conn for w in busy] + [w.proc.sentinel for w in busy], wait_for)
        for worker in busy:
            if (worker.conn in ready or worker.proc.sentinel in ready) and not self._receive(worker):
                worker.proc.join(1.0)  # it is gone: learn how
                self._replace(worker, f"worker process died while parsing (exit code {worker.proc.exitcode})")
        if self.timeout is None:
            return
        now = time.monotonic()
        for worker in list(self.workers):
            on = worker.current() if worker.queue else None
            if on is not None and now - on[1] > self.timeout:
                self._replace(worker, f"timed out: parsing took longer than {self.timeout:g} s, so it was stopped")

    def _receive(self, worker: _Worker) -> bool:
        """File the replies waiting on the worker's pipe; False when the worker is gone."""
        while worker.queue and _ready([worker.conn], 0):
            try:
                results = worker.conn.recv()
            except (EOFError, OSError):
                return False
            worker.answered()
            self.done.update(results)
        return bool(not worker.queue or worker.proc.is_alive())

    def _replace(self, worker: _Worker, message: str) -> None:
        """Fail the item the worker was on, hand the rest of its queue back, and start a fresh worker."""
        on = worker.current()
        waiting = [item for batch in worker.queue for item in batch]
        culprit = on[0] if on is not None else waiting[0][0]
        self.done[culprit] = Failure(message)
        self.backlog.extendleft(reversed([item for item in waiting if item[0] != culprit]))
        worker.queue.clear()
        worker.sizes.clear()
        worker.stop(kill=True)
        self.workers.remove(worker)

    def close(self, *, kill: bool) -> None:
        for worker in self.workers:
            worker.stop(kill=kill or bool(worker.queue))
        self.workers.clear()


def ordered_map(func: Callable[[Any], Any], items: Iterable[tuple[Tag, Any]], *, jobs: int,
                timeout: float | None = None, window: int | None = None,
                prepare: Callable[[], object] | None = None, chunk: int = CHUNK) -> Iterator[tuple[Tag, Any]]:
    """Yield (tag, func(arg)) for each (tag, arg) of `items`, in order; (tag, None) when arg is None.

    A call that raises, overruns `timeout` seconds or kills its worker yields a `Failure` instead
    (the other items its worker held are done again by another). `jobs` worker processes are started
    when the first call is due (none if no arg needs one); `jobs=0` runs the calls in this process,
    without a time limit. Items go to workers in batches of up to `chunk`. `func` must be picklable
    where processes are spawned rather than forked. `prepare` runs once in this process before the
    first worker is forked (e.g. to compile patterns and load lexicons once, rather than in every worker).
    """
    if jobs <= 0:
        for tag, arg in items:
            yield tag, (None if arg is None else _call(func, arg))
        return
    window = window or max(64, 4 * DEPTH * chunk * jobs)
    pool: _Pool[Tag] = _Pool(func, jobs, timeout, prepare, min(chunk, max(1, window // (DEPTH * jobs))))
    order: InOrder[Tag] = InOrder(items, window, pool.done)
    clean = False
    try:
        while True:
            pool.backlog.extend(order.take())
            pool.dispatch(tail=order.exhausted)
            yield from order.ready()
            if not order.pending:
                if order.exhausted:
                    break
                continue
            if order.full or order.exhausted or pool.backlog:
                pool.collect()
        clean = True
    finally:
        pool.close(kill=not clean)


def in_background(func: Callable[[], object]) -> Callable[[], None]:
    """Start `func` in a forked process while this one goes on; the call returned waits for it.

    Where it could not run there (no fork on this platform, a process that failed or died), the wait runs
    `func` in this process instead, so that its errors are raised here as they would have been; `func` must
    therefore start by clearing what a failed run of it may have left. Its result is not passed back: it
    writes a file. The process ignores Ctrl-C (the caller stops and reaps it, as it does its workers).
    A process with other threads running (a Dask client, fsspec's event loop) is not forked: a lock one of them
    held at the fork would be held for ever in the child, and the wait would never end; `func` runs here then.
    """
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return lambda: None if func() else None
    proc = multiprocessing.get_context("fork").Process(target=_run_aside, args=(func,), daemon=True,
                                                       name="libmeet-background")
    try:
        proc.start()
    except OSError:  # no process to be had: do it here, when waited for
        return lambda: None if func() else None

    def wait() -> None:
        proc.join()
        if proc.exitcode != 0:
            func()

    return wait


def _run_aside(func: Callable[[], object]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        func()
    except BaseException:  # noqa: BLE001 - the parent runs it again and raises what it raises
        os._exit(1)
    os._exit(0)  # no clean-up of what the parent holds (its open databases, files, pipes)


class InOrder(Generic[Tag]):
    """The bookkeeping of a map whose results come back in any order and go out in input order:
    at most `window` items are held, in flight or waiting for the ones before them."""

    def __init__(self, items: Iterable[tuple[Tag, Any]], window: int, done: dict[int, Any] | None = None) -> None:
        self.source = iter(items)
        self.window = window
        self.pending: deque[tuple[int, Tag, bool]] = deque()  # (seq, tag, needs work), input order
        self.done: dict[int, Any] = {} if done is None else done  # seq -> result, filled by the caller
        self.exhausted = False
        self.seq = 0

    @property
    def full(self) -> bool:
        return len(self.pending) >= self.window

    def take(self) -> Iterator[tuple[int, Any]]:
        """Read items until the window is full or they end; yield (seq, arg) of each that needs work."""
        while not self.exhausted and len(self.pending) < self.window:
            try:
                tag, arg = next(self.source)
            except StopIteration:
                self.exhausted = True
                return
            seq, self.seq = self.seq, self.seq + 1  # before the yield: a caller may stop taking after any item
            self.pending.append((seq, tag, arg is not None))
            if arg is not None:
                yield seq, arg

    def ready(self) -> Iterator[tuple[Tag, Any]]:
        """(tag, result) of the items at the head whose results are in; (tag, None) for those that needed none."""
        pending, done = self.pending, self.done
        while pending and (not pending[0][2] or pending[0][0] in done):
            seq, tag, worked = pending.popleft()
            yield tag, (done.pop(seq) if worked else None)
