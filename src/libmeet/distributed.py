"""Run ingest's parse on a Dask distributed cluster: `libmeet ingest ... --dask tcp://scheduler:8786`.

`cluster_map` keeps the contract of `parallel.ordered_map`, so ingest uses either the same way:

- this process (the client) walks the input, reads archives and asks the cache, as in a local run;
  what needs parsing goes out as Dask tasks (a loose file as its path, which the workers must see at the
  same place, e.g. shared storage; an archive's record as its bytes), the first of `chunk` items, the
  next sized on the workers' own timings to take about TASK_SECONDS each, so that Dask's cost per task
  (a few ms of CPU over the client, the scheduler and the worker) stays a small share; at most
  TASKS_PER_SLOT tasks per worker thread are in flight;
- on a worker, a task's items are parsed by a parser process forked once per worker thread and kept
  (`parallel._Pool`, as `--jobs` uses): the per-file time limit holds, and an item that overruns it or
  crashes its parser comes back as a `Failure` for that one file, the others of the task parsed;
- results come back rendered (the text of each file's share of the outputs), fetched straight from the
  workers (the scheduler relays only what the client cannot reach), and are yielded in input order, so
  the outputs are byte for byte those of a local run;
- at most `window` items are in flight or waiting to be yielded, so memory stays flat;
- a worker that dies (killed, lost, its machine gone) loses nothing: the scheduler runs the tasks it
  held again on another worker; a task that has killed `distributed.scheduler.allowed-failures`
  workers comes back as a Failure for each of its files;
- workers must run the same libmeet (the same code fingerprint as the client's, which the cache is
  keyed on): a task on a worker that does not gives a Failure per file saying so.

Dask is an optional extra: `pip install 'libmeet[dask]'`, on the client and on every worker.
"""
from __future__ import annotations

import atexit
import multiprocessing
import pickle
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from .errors import ClusterError
from .parallel import CHUNK, Failure, InOrder, _Pool

Tag = TypeVar("Tag")

#: items in the first tasks, before the workers' timings say how many fill TASK_SECONDS
TASK_ITEMS = 4 * CHUNK
#: worker time a task aims at: Dask's own cost per task (a few ms of CPU over the client, the scheduler and the
#: worker) is then a small share, and a lost worker's tasks are little to redo
TASK_SECONDS = 0.5
#: items in one task at most
MAX_TASK_ITEMS = 1024
#: tasks in flight per worker thread: one running, one waiting on the worker, one on its way
TASKS_PER_SLOT = 3
#: items the client holds at most (in flight, or parsed and waiting for those before them), whatever the cluster's size
MAX_WINDOW = 1 << 15


# --- on a worker ---------------------------------------------------------------------------

_POOLS: dict[tuple[int, Any, float | None], _Pool[Any]] = {}
_POOLS_LOCK = threading.Lock()


def _allow_children() -> None:
    """Let a Dask worker process fork its parser processes.

    Dask starts workers as daemonic processes, and multiprocessing refuses children to those
    because it could not wait for them at exit. A parser process needs no waiting for: it ends by
    itself when its pipe to the worker closes (`parallel._serve`), whichever way the worker ends.
    """
    process = multiprocessing.current_process()
    if process.daemon:
        process._config["daemon"] = False  # type: ignore[attr-defined]


def _close_pools() -> None:
    with _POOLS_LOCK:
        for pool in _POOLS.values():
            pool.close(kill=True)
        _POOLS.clear()


def run_task(func: Callable[[Any], Any], payload: bytes, timeout: float | None,
             prepare: Callable[[], object] | None, fingerprint: str) -> bytes:
    """One task on a worker: its [(seq, arg)] (pickled: Dask then sends them as they are, instead of looking
    through every item for futures) parsed by this thread's parser process, as the pickled
    (seconds the task took here, [(seq, func(arg) or Failure)])."""
    from .cache import code_fingerprint

    started = time.perf_counter()
    items: list[tuple[int, Any]] = pickle.loads(payload)
    if code_fingerprint() != fingerprint:
        failure = Failure(f"the Dask worker runs another libmeet (code {code_fingerprint()[:12]}, this run's is "
                          f"{fingerprint[:12]}): install the same version on the client and the workers")
        return pickle.dumps((0.0, [(seq, failure) for seq, _ in items]), protocol=pickle.HIGHEST_PROTOCOL)
    key = (threading.get_ident(), func, timeout)
    with _POOLS_LOCK:
        pool = _POOLS.get(key)
        if pool is None:
            if not _POOLS:
                _allow_children()
                atexit.register(_close_pools)
            pool = _POOLS[key] = _Pool(func, 1, timeout, prepare)
    pool.backlog.extend(items)
    wanted = [seq for seq, _ in items]
    while any(seq not in pool.done for seq in wanted):
        pool.dispatch(tail=True)
        pool.collect()
    results = [(seq, pool.done.pop(seq)) for seq in wanted]
    return pickle.dumps((time.perf_counter() - started, results), protocol=pickle.HIGHEST_PROTOCOL)


# --- on the client -------------------------------------------------------------------------

def connect(address: str) -> Any:
    """A Dask client of the scheduler at `address`; ClusterError when Dask is missing or the scheduler is not there."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--dask needs Dask: pip install 'libmeet[dask]' (on the client and every worker)") from None
    import dask

    try:
        # Dask logs the last 1000 messages of each connection, and each of ours holds a task's articles:
        # that log alone would hold hundreds of MB. Results are fetched from the workers that hold them
        # (Dask falls back on the scheduler for any it cannot reach), not relayed by the scheduler.
        with dask.config.set({"distributed.admin.low-level-log-length": 0}):
            return Client(address, timeout="20s", set_as_default=False, direct_to_workers=True)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


class _TaskSize:
    """How many items the next task gets: TASK_SECONDS of the workers' measured time per item, within bounds."""

    def __init__(self, first: int, most: int) -> None:
        self.most = max(1, most)
        self.items = max(1, min(first, self.most))
        self.per_item: float | None = None

    def learn(self, seconds: float, count: int) -> None:
        if count <= 0 or seconds <= 0:
            return
        now = seconds / count
        self.per_item = now if self.per_item is None else 0.7 * self.per_item + 0.3 * now
        self.items = max(CHUNK, min(self.most, int(TASK_SECONDS / self.per_item)))


def cluster_map(func: Callable[[Any], Any], items: Iterable[tuple[Tag, Any]], *, address: str,
                timeout: float | None = None, window: int | None = None, prepare: Callable[[], object] | None = None,
                chunk: int = TASK_ITEMS) -> Iterator[tuple[Tag, Any]]:
    """Yield (tag, func(arg)) for each (tag, arg) of `items`, in order, with func run on the cluster at `address`.

    As `parallel.ordered_map`: (tag, None) when arg is None (nothing sent), a `Failure` for an item that
    raised, overran `timeout` seconds, crashed its parser, or whose task the cluster could not run.
    Tasks start at `chunk` items and grow to what the workers parse in TASK_SECONDS.
    """
    from distributed import wait

    from .cache import code_fingerprint

    client = connect(address)
    running: dict[Any, list[int]] = {}  # future -> the seqs of its task
    try:
        slots = max(1, sum(client.nthreads().values()))
        most_tasks = TASKS_PER_SLOT * slots
        # room for every task in flight at full size, and one more gathering
        most_items = max(1, min(MAX_TASK_ITEMS, (window or MAX_WINDOW) // (most_tasks + 1)))
        size = _TaskSize(chunk, most_items)
        window = window or max(256, (most_tasks + 1) * most_items)
        fingerprint = code_fingerprint()
        order: InOrder[Tag] = InOrder(items, window)
        batch: list[tuple[int, Any]] = []

        def send(part: list[tuple[int, Any]]) -> None:
            with warnings.catch_warnings():  # an archive's records travel in the task: that is the point
                warnings.simplefilter("ignore", UserWarning)
                payload = pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL)
                future = client.submit(run_task, func, payload, timeout, prepare, fingerprint, pure=False)
            running[future] = [s for s, _ in part]

        def flush() -> None:
            """Send what is gathered; at the end of the input, over every idle worker thread, so all finish together."""
            pieces = min(slots, max(1, len(batch) // CHUNK)) if order.exhausted else 1
            step = -(-len(batch) // pieces)
            for at in range(0, len(batch), step):
                send(batch[at:at + step])
            batch.clear()

        while True:
            if len(running) < most_tasks:
                for item in order.take():
                    batch.append(item)
                    if len(batch) >= size.items:
                        flush()
                        if len(running) >= most_tasks:
                            break
            if batch and (order.exhausted or order.full or not running):
                flush()
            yield from order.ready()
            if not order.pending:
                if order.exhausted:
                    break
                continue
            if running:
                with client.as_current():
                    finished, _ = wait(list(running), return_when="FIRST_COMPLETED")
                # the finished tasks' results in one gather, straight from the workers that hold them
                fine = {f.key: f for f in finished if f.status == "finished"}
                got = client.gather(fine, errors="skip") if fine else {}
                for future in finished:
                    payload = got.get(future.key)
                    if payload is None:  # it failed, or its result went with its worker: ask for it alone
                        try:
                            payload = future.result()
                        except Exception as exc:  # noqa: BLE001 - KilledWorker, a lost scheduler ...: per file
                            failure = Failure(f"the Dask cluster could not parse it: {type(exc).__name__}: {exc}")
                            order.done.update((s, failure) for s in running.pop(future))
                            continue
                    seconds, results = pickle.loads(payload)
                    size.learn(seconds, len(results))
                    order.done.update(results)
                    del running[future]
    finally:
        if running:
            client.cancel(list(running))
        client.close()
