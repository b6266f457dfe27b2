"""Engines run batch tasks: :func:`nlp_pipeline.batch.work` on each :class:`~nlp_pipeline.batch.Task`.

Every engine has ``map(tasks) -> results`` (lazy on both sides: it pulls a task only when it has room,
so a million inputs never sit in memory) and ``close(kill=False)``.

- :class:`InProcessEngine` (``--workers 1``): here, one task at a time; ``--timeout`` by SIGALRM.
- :class:`ProcessPoolEngine` (``--workers N``): N worker processes, each warmed once (limits, the
  segmenter's dictionary) and fed one task at a time over its own pipe, so the parent knows what
  each worker runs and since when. A worker past ``--timeout`` is killed and replaced, and its
  input gets a ``timeout`` error record; a worker that dies (a crash in a C library, the OOM
  killer) is replaced and its input gets a ``worker_crashed`` record. A plain
  ``ProcessPoolExecutor`` can do neither: it cannot stop one task, and one dead worker breaks the
  whole pool. Workers come from a fork server (``forkserver``) that has already imported the
  pipeline, so a replacement starts in well under a second.
- :class:`nlp_pipeline.dask_engine.DaskEngine` (``--engine dask``): the same tasks on a Dask cluster.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import signal
import threading
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection, wait
from typing import Any, Protocol

from .batch import (
    Options,
    Result,
    Task,
    failure_result,
    timeout_error,
    warm,
    warm_pipeline,
    work,
)
from .errors import TimedOut, WorkerCrashed
from .ingest import set_limits

WORKER_MAX_RSS_MIB = 2048   # a worker whose peak memory passed this retires after its task
WORKER_START_TIMEOUT = 120.0  # seconds for a worker to import and warm up
MAX_START_FAILURES = 3


class Engine(Protocol):
    name: str
    workers: int

    def map(self, tasks: Iterator[Task]) -> Iterator[Result]: ...

    def close(self, kill: bool = False) -> None: ...


class EngineError(RuntimeError):
    """An engine cannot start (workers die at start-up, Dask not installed, no scheduler)."""


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def make_engine(kind: str, workers: int | None, options: Options, *, scheduler: str | None = None,
                total: int | None = None) -> Engine:
    """``kind`` is ``local`` or ``dask``; ``workers`` None or 0 means all cores."""
    n = workers or default_workers()
    if kind == "dask":
        try:
            from .dask_engine import DaskEngine
        except ImportError as exc:
            raise EngineError("the Dask engine needs the 'dask' extra: pip install 'nlp-pipeline[dask]' "
                              f"({exc})") from None
        return DaskEngine(options, scheduler=scheduler, workers=n)
    if kind != "local":
        raise EngineError(f"unknown engine {kind!r}")
    if total is not None:
        n = min(n, max(total, 1))
    return InProcessEngine(options) if n <= 1 else ProcessPoolEngine(n, options)


# ---------------------------------------------------------------- deadlines inside one process
class _Deadline(BaseException):
    pass


def _raise_deadline(signum: int, frame: Any) -> None:
    raise _Deadline()


def call_with_timeout(task: Task, options: Options) -> Result:
    """``work(task)`` with ``options.timeout``: SIGALRM in the main thread (it interrupts Python
    code, not a long call inside a C library), else a helper thread that is abandoned at the
    deadline (it cannot be stopped; its result is dropped)."""
    timeout = options.timeout
    if not timeout:
        return work(task, options)
    start = time.perf_counter()
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        old = signal.signal(signal.SIGALRM, _raise_deadline)
        try:
            signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                return work(task, options)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _Deadline:
            return failure_result(task, timeout_error(timeout), options, time.perf_counter() - start)
        finally:
            signal.signal(signal.SIGALRM, old)
    box: list[Result] = []
    thread = threading.Thread(target=lambda: box.append(work(task, options)), daemon=True,
                              name=f"nlp-extract-{task.index}")
    thread.start()
    thread.join(timeout)
    if box:
        return box[0]
    return failure_result(task, timeout_error(timeout), options, time.perf_counter() - start)


class InProcessEngine:
    name = "local"
    workers = 1

    def __init__(self, options: Options) -> None:
        self.options = options
        self._old_limits = set_limits(max_bytes=options.max_bytes, max_pages=options.max_pages)
        warm(options)

    def map(self, tasks: Iterator[Task]) -> Iterator[Result]:
        for task in tasks:
            yield call_with_timeout(task, self.options)

    def close(self, kill: bool = False) -> None:
        set_limits(**vars(self._old_limits))


# ---------------------------------------------------------------- the local process pool
def _worker_main(conn: Connection, options: Options) -> None:
    """A pool worker: warm up, say ready, then run tasks until told to stop or the parent goes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    try:
        warm(options)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which gives up
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        result = work(task, options)
        retire = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > WORKER_MAX_RSS_MIB * 1024
        try:
            conn.send(("result", result, retire))
        except (OSError, ValueError):
            return
        if retire:
            return


_WARM_ENV = "NLP_PIPELINE_FORKSERVER_WARM"


def _context() -> Any:
    """The fork server imports this module and, told so by the environment it starts with, warms
    the pipeline once: every worker forked from it starts warm (and shares those pages)."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    from multiprocessing import forkserver

    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["nlp_pipeline.engines"])
    os.environ[_WARM_ENV] = "1"
    try:
        forkserver.ensure_running()  # no-op when it runs already
    finally:
        os.environ.pop(_WARM_ENV, None)
    return ctx


class _Worker:
    def __init__(self, ctx: Any, options: Options) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child, options), daemon=True,
                                   name="nlp-pipeline-worker")
        self.process.start()
        child.close()
        self.ready = False
        self.started = time.monotonic()
        self.task: Task | None = None
        self.deadline = float("inf")
        self.since = 0.0

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


def _death(process: Any) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


class ProcessPoolEngine:
    name = "local"

    def __init__(self, workers: int, options: Options) -> None:
        self.workers = workers
        self.options = options
        self._ctx = _context()
        self._pool: list[_Worker] = [_Worker(self._ctx, options) for _ in range(workers)]
        self._start_failures = 0

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self._pool[self._pool.index(worker)] = _Worker(self._ctx, self.options)

    def map(self, tasks: Iterator[Task]) -> Iterator[Result]:
        it = iter(tasks)
        exhausted = False
        backlog: list[Task] = []  # taken from ``tasks`` but not delivered (the worker had died)
        timeout = self.options.timeout
        while True:
            # 1. feed every idle, ready worker
            for w in list(self._pool):
                if not (w.ready and w.task is None):
                    continue
                if backlog:
                    task = backlog.pop()
                elif exhausted:
                    break
                else:
                    try:
                        task = next(it)
                    except StopIteration:
                        exhausted = True
                        break
                try:
                    w.conn.send(task)
                except OSError:  # died while idle: a new worker takes its place, the task waits
                    backlog.append(task)
                    self._replace(w)
                    continue
                w.task, w.since = task, time.monotonic()
                w.deadline = w.since + timeout if timeout else float("inf")
            busy = [w for w in self._pool if w.task is not None]
            if exhausted and not busy and not backlog:
                return
            # 2. wait for a result, a worker coming up or dying, or the next deadline
            now = time.monotonic()
            waits = [w.deadline - now for w in busy] + [1.0]
            waitables: list[Any] = []
            for w in self._pool:
                waitables += [w.conn, w.process.sentinel]
            ready = set(wait(waitables, timeout=max(0.0, min(waits))))
            results: list[Result] = []
            for w in list(self._pool):
                if w.conn in ready or w.process.sentinel in ready:
                    results.extend(self._receive(w))
            # 3. deadlines
            now = time.monotonic()
            for w in list(self._pool):
                if w.task is not None and now > w.deadline:
                    task = w.task
                    self._replace(w)
                    assert timeout
                    results.append(failure_result(task, timeout_error(timeout), self.options, now - w.since))
                elif not w.ready and now - w.started > WORKER_START_TIMEOUT:
                    self._start_failed(w, "did not start in time")
            # 4. hand over what finished (after feeding idle workers, at the top of the loop)
            yield from results

    def _receive(self, w: _Worker) -> list[Result]:
        try:
            message = w.conn.recv() if w.conn.poll() else None
        except (EOFError, OSError):
            message = None
        if message is None:  # the worker is gone
            w.process.join(1)
            task = w.task
            if not w.ready:
                self._start_failed(w, f"died at start ({_death(w.process)})")
                return []
            self._replace(w)
            if task is None:
                return []
            return [failure_result(task, WorkerCrashed(f"the worker process died on this input "
                                                       f"({_death(w.process)})"), self.options,
                                   time.monotonic() - w.since)]
        kind = message[0]
        if kind == "ready":
            w.ready = True
            self._start_failures = 0
            return []
        if kind == "failed":
            self._start_failed(w, message[1])
            return []
        _, result, retire = message
        w.task, w.deadline = None, float("inf")
        if retire:
            self._replace(w)
        return [result]

    def _start_failed(self, w: _Worker, why: str) -> None:
        self._start_failures += 1
        if self._start_failures >= MAX_START_FAILURES:
            raise EngineError(f"worker processes cannot start: {why}")
        self._replace(w)

    def close(self, kill: bool = False) -> None:
        for w in self._pool:
            if not kill and w.task is None:
                try:
                    w.conn.send(None)
                except OSError:
                    pass
        deadline = time.monotonic() + (0 if kill else 5)
        for w in self._pool:
            if not kill:
                w.process.join(max(0.0, deadline - time.monotonic()))
            w.kill()
        self._pool = []


if os.environ.get(_WARM_ENV) == "1" and mp.parent_process() is None:  # the fork server, importing us
    warm_pipeline()

__all__ = ["Engine", "EngineError", "InProcessEngine", "ProcessPoolEngine", "make_engine", "default_workers",
           "call_with_timeout", "TimedOut"]
