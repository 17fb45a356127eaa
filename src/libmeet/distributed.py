"""Run ingest's parse on a Dask distributed cluster: `libmeet ingest ... --dask tcp://scheduler:8786`.

`cluster_map` keeps the contract of `parallel.ordered_map`, so ingest uses either the same way:

- this process (the client) walks the input, reads archives and asks the cache, as in a local run;
  what needs parsing goes out as Dask tasks of `chunk` items each (a loose file as its path, which the
  workers must see at the same place, e.g. shared storage; an archive's record as its bytes);
- on a worker, a task's items are parsed by a parser process forked once per worker thread and kept
  (`parallel._Pool`, as `--jobs` uses): the per-file time limit holds, and an item that overruns it or
  crashes its parser comes back as a `Failure` for that one file, the others of the task parsed;
- results come back rendered (the text of each file's share of the outputs) and are yielded in input
  order, so the outputs are byte for byte those of a local run;
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
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from .errors import ClusterError
from .parallel import CHUNK, Failure, InOrder, _Pool

Tag = TypeVar("Tag")

#: items in one task: enough that the scheduler's per-task cost (about a millisecond) is small
TASK_ITEMS = 4 * CHUNK


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
             prepare: Callable[[], object] | None, fingerprint: str) -> list[tuple[int, Any]]:
    """One task on a worker: [(seq, func(arg) or Failure)] for its [(seq, arg)] (pickled: Dask then sends them
    as they are, instead of looking through every item for futures), by this thread's parser process."""
    from .cache import code_fingerprint

    items: list[tuple[int, Any]] = pickle.loads(payload)

    if code_fingerprint() != fingerprint:
        failure = Failure(f"the Dask worker runs another libmeet (code {code_fingerprint()[:12]}, this run's is "
                          f"{fingerprint[:12]}): install the same version on the client and the workers")
        return [(seq, failure) for seq, _ in items]
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
    return [(seq, pool.done.pop(seq)) for seq in wanted]


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
        # that log alone would hold hundreds of MB
        with dask.config.set({"distributed.admin.low-level-log-length": 0}):
            return Client(address, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def cluster_map(func: Callable[[Any], Any], items: Iterable[tuple[Tag, Any]], *, address: str,
                timeout: float | None = None, window: int | None = None, prepare: Callable[[], object] | None = None,
                chunk: int = TASK_ITEMS) -> Iterator[tuple[Tag, Any]]:
    """Yield (tag, func(arg)) for each (tag, arg) of `items`, in order, with func run on the cluster at `address`.

    As `parallel.ordered_map`: (tag, None) when arg is None (nothing sent), a `Failure` for an item that
    raised, overran `timeout` seconds, crashed its parser, or whose task the cluster could not run.
    """
    from distributed import wait

    from .cache import code_fingerprint

    client = connect(address)
    running: dict[Any, list[int]] = {}  # future -> the seqs of its task
    try:
        slots = max(1, sum(client.nthreads().values()))
        window = window or max(256, 4 * chunk * slots)
        chunk = max(1, min(chunk, window // (2 * slots)))
        fingerprint = code_fingerprint()
        order: InOrder[Tag] = InOrder(items, window)
        batch: list[tuple[int, Any]] = []

        def send() -> None:
            with warnings.catch_warnings():  # an archive's records travel in the task: that is the point
                warnings.simplefilter("ignore", UserWarning)
                payload = pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL)
                future = client.submit(run_task, func, payload, timeout, prepare, fingerprint, pure=False)
            running[future] = [s for s, _ in batch]
            batch.clear()

        while True:
            for item in order.take():
                batch.append(item)
                if len(batch) >= chunk:
                    send()
            if batch and (order.exhausted or order.full or not running):
                send()
            yield from order.ready()
            if not order.pending:
                if order.exhausted:
                    break
                continue
            if running:
                with client.as_current():
                    finished, _ = wait(list(running), return_when="FIRST_COMPLETED")
                for future in finished:
                    seqs = running.pop(future)
                    try:
                        order.done.update(future.result())
                    except Exception as exc:  # noqa: BLE001 - KilledWorker, a lost scheduler ...: per file
                        failure = Failure(f"the Dask cluster could not parse it: {type(exc).__name__}: {exc}")
                        order.done.update((s, failure) for s in seqs)
    finally:
        if running:
            client.cancel(list(running))
        client.close()
