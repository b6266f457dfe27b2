"""The Dask engine (``--engine dask``; needs the ``dask`` extra: ``pip install 'nlp-pipeline[dask]'``).

The client (the ``nlp-pipeline`` process) walks the inputs, decides skips, and submits one task per
input, at most ``2 x threads`` at a time; each task reads its input from the shared path and returns
the serialised result; the client writes it exactly as the local engine does (same sinks, same
atomic writes, same manifest), so outputs are identical. Workers are warmed once by a worker plugin.

``--timeout`` is enforced on the worker: the extraction runs in a helper thread and the task returns
a ``timeout`` record at the deadline. A Dask worker thread cannot be killed, so a runaway input keeps
that helper thread busy until it ends by itself (restart workers with ``--lifetime`` if that matters).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from .batch import Options, Result, Task, failure_result, warm
from .engines import call_with_timeout
from .errors import WorkerCrashed


class WarmPlugin(WorkerPlugin):
    """Warm each worker once: limits and the segmenter's dictionary."""

    name = "nlp-pipeline-warm"

    def __init__(self, options: Options) -> None:
        self.options = options

    def setup(self, worker: Any) -> None:
        warm(self.options)


def run_task(task: Task, options: Options) -> Result:
    """What one Dask task does (in a worker thread, hence the thread-based timeout)."""
    return call_with_timeout(task, options)


class DaskEngine:
    name = "dask"

    def __init__(self, options: Options, *, scheduler: str | None = None, workers: int = 2,
                 processes: bool = True) -> None:
        self.options = options
        self.cluster: LocalCluster | None = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as exc:
                from .engines import EngineError

                raise EngineError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        self.client.register_plugin(WarmPlugin(options))
        self.workers = max(1, sum(self.client.nthreads().values()))
        self._run = uuid.uuid4().hex[:8]

    def map(self, tasks: Iterator[Task]) -> Iterator[Result]:
        it = iter(tasks)
        window = 2 * self.workers
        pending: dict[Any, Task] = {}
        futures = as_completed()

        def submit() -> bool:
            try:
                task = next(it)
            except StopIteration:
                return False
            future = self.client.submit(run_task, task, self.options, pure=False,
                                        key=f"nlp-extract-{self._run}-{task.index}")
            pending[future.key] = task
            futures.add(future)
            return True

        for _ in range(window):
            if not submit():
                break
        for future in futures:
            task = pending.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:  # the worker died (KilledWorker) or the task raised
                result = failure_result(task, WorkerCrashed(f"the Dask task failed ({type(exc).__name__}: "
                                                            f"{exc})".splitlines()[0]), self.options)
            future.release()
            submit()
            yield result

    def close(self, kill: bool = False) -> None:
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()
