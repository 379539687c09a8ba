"""Running tasks: in this process, in a pool of worker processes, or on a Dask cluster.

Every engine runs the same :func:`~housestyle.batch._tasks.run_task`, so the same
task gives the same bytes on any of them. The files of a chart are written where it
was drawn (``write_on="workers"``: a worker on another machine then needs the output
folder at the same path, a shared file system) or handed back as bytes and written
here (``write_on="client"``). The caller hears of each chart as it finishes, through
``done(task, outcome)``, in this process and thread.

- ``serial``: one chart after another in this process: no start-up cost, and
  figures the caller has open are left alone.
- ``process``: ``jobs`` worker processes started with ``spawn`` (nothing of this
  process leaks into a chart), each importing a recipe once; a few charts per
  worker are in flight at a time, so memory stays flat for any number of charts.
- ``dask``: ``dask.distributed``: the client given, a scheduler's address, or a
  ``LocalCluster`` of ``jobs`` single-threaded worker processes when none is given.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing import get_context
from typing import Any

from ..brand import HouseStyleError
from ._engine_choice import check_engine, default_jobs
from ._tasks import Outcome, Task, failure, prepare_worker, run_task, write_files

__all__ = ["Done", "run_tasks"]

#: Called in the calling process for each task as it finishes.
Done = Callable[[Task, Outcome], None]
#: Charts in flight per worker process: enough to keep each busy, few enough to stay small.
_IN_FLIGHT = 4


def _failed(task: Task, exc: BaseException) -> Outcome:
    error, trace = failure(exc)
    return Outcome(task.name, ok=False, error=error, traceback=trace)


def _collected(task: Task, outcome: Outcome) -> Outcome:
    """Write the files a worker handed back; a write that fails fails the chart."""
    if outcome.data is None:
        return outcome
    try:
        write_files(task.folder, outcome.data)
    except HouseStyleError as exc:
        return _failed(task, exc)
    outcome.data = None
    return outcome


# --------------------------------------------------------------------------- #
# The engines
# --------------------------------------------------------------------------- #


def _serial(tasks: Sequence[Task], done: Done, write: bool) -> None:
    for task in tasks:
        done(task, _collected(task, run_task(task, write)))


def _result(future: Future, task: Task) -> Outcome:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a worker that died fails its chart
        return _failed(task, exc)


def _process(tasks: Sequence[Task], done: Done, jobs: int, write: bool) -> None:
    workers = max(1, min(jobs, len(tasks)))
    queue: Iterator[Task] = iter(tasks)
    pending: dict[Future, Task] = {}
    with ProcessPoolExecutor(workers, get_context("spawn"), prepare_worker) as pool:

        def submit() -> None:
            for task in itertools.islice(queue, workers * _IN_FLIGHT - len(pending)):
                try:
                    pending[pool.submit(run_task, task, write, True)] = task
                except RuntimeError as exc:  # the pool broke: a worker died
                    done(task, _failed(task, exc))

        submit()
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                task = pending.pop(future)
                done(task, _collected(task, _result(future, task)))
            submit()


def _dask_client(client: Any, jobs: int) -> tuple[Any, list[Any]]:
    """The client to use, and what this run started and must close."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise HouseStyleError(
            "engine: 'dask' needs dask.distributed; allowed: pip install 'housestyle[dask]', "
            "or engine='process'"
        ) from None
    if client is not None and not isinstance(client, str):
        return client, []
    if isinstance(client, str):
        own = Client(client)
        return own, [own]
    cluster = LocalCluster(
        n_workers=jobs,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    own = Client(cluster)
    return own, [own, cluster]


def _dask(tasks: Sequence[Task], done: Done, jobs: int, client: Any, write: bool) -> None:
    from distributed import as_completed

    client, started = _dask_client(client, jobs)
    try:
        run = uuid.uuid4().hex[:8]
        keys = [f"housestyle-render-{run}-{n}" for n in range(len(tasks))]
        futures = client.map(run_task, tasks, write=write, worker=True, pure=False, key=keys)
        by_key = {key: task for key, task in zip(keys, tasks, strict=True)}
        for future in as_completed(futures):
            task = by_key[future.key]
            outcome = _result(future, task)
            future.release()
            done(task, _collected(task, outcome))
    finally:
        for each in started:
            each.close()


def run_tasks(
    tasks: Sequence[Task],
    done: Done,
    *,
    engine: str = "process",
    jobs: int | None = None,
    client: Any = None,
    write_on: str | None = None,
) -> None:
    """Run ``tasks`` on an engine; call ``done(task, outcome)`` here as each finishes.

    Parameters
    ----------
    tasks
        The charts to draw.
    done
        Told of each chart in this process, in the order they finish.
    engine
        ``"process"``, ``"dask"`` or ``"serial"`` (see the module's notes).
    jobs
        Worker processes (``process``, and a ``LocalCluster``); None for the CPUs.
    client
        For ``dask``: a ``distributed.Client``, a scheduler's address
        (``"tcp://host:8786"``), or None for a ``LocalCluster``.
    write_on
        ``"workers"`` (files written where they are drawn) or ``"client"`` (bytes
        handed back and written here); None: workers, but the client for Dask.
    """
    write = check_engine(engine, jobs, write_on) == "workers"
    if not tasks:
        return
    count = jobs or default_jobs()
    if engine == "serial":
        _serial(tasks, done, write)
    elif engine == "process":
        _process(tasks, done, count, write)
    else:
        _dask(tasks, done, count, client, write)
