"""newsnlp on a Dask cluster (``pip install "newsnlp[dask]"``).

Each worker process loads the pipeline once (:func:`worker_pipeline` caches it
per process) and reuses it for every task, so a task costs its texts, not a
model load.  Two ways in:

* :func:`extract_bag` / :func:`extract_dataframe`: a Dask bag of records (dicts
  with id, text, date) or a dataframe with those columns becomes a bag of
  :class:`~newsnlp.schema.Article` and :class:`~newsnlp.io.Skip`, in input order;
* :class:`DaskEngine`: the engine ``newsnlp extract --scheduler ADDRESS`` uses;
  records are read, written and resumed on the client exactly as in a local run,
  only the processing happens on the cluster.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import dask.bag as db
from dask import delayed
from spacy.language import Language

from .batch import Outcome, process_records
from .io import DEFAULT_COLUMNS, Columns, Record, record_from_mapping
from .loading import load

_load_lock = threading.Lock()
_run_locks: dict[str | None, threading.Lock] = {}


@lru_cache(maxsize=4)
def _cached_pipeline(model: str | None) -> Language:
    return load(model)


def worker_pipeline(model: str | None) -> Language:
    """The pipeline for ``model`` in this process, loaded on first use only."""
    with _load_lock:
        _run_locks.setdefault(model, threading.Lock())
        return _cached_pipeline(model)


def pipeline_loads() -> int:
    """How many pipelines this process has loaded (for checking one load per worker)."""
    return _cached_pipeline.cache_info().misses


def process_on_worker(
    model: str | None, records: Sequence[Record], batch_size: int = 64
) -> list[Outcome]:
    """Task body: process ``records`` with this worker's cached pipeline.

    Calls are serialised per pipeline, because ``nlp.memory_zone()`` is not safe
    for two threads at once; give workers one thread each (``--nthreads 1``) and
    scale with processes.
    """
    nlp = worker_pipeline(model)
    with _run_locks[model]:
        return process_records(nlp, records, batch_size=batch_size)


class DaskEngine:
    """Sends chunks of records to a Dask cluster; yields their outcomes in input order.

    At most ``max_in_flight`` chunks are submitted and not yet collected, so the
    client's memory stays bounded however long the archive.
    """

    def __init__(
        self,
        client: Any,
        model: str | None = None,
        batch_size: int = 64,
        max_in_flight: int | None = None,
    ) -> None:
        self.client = client
        self.model = model
        self.batch_size = batch_size
        workers = sum(client.nthreads().values()) or 1
        self.max_in_flight = max_in_flight or 2 * workers

    def map(self, chunks: Iterable[list[Record]]) -> Iterator[list[Outcome]]:
        in_flight: deque[Any] = deque()
        for chunk in chunks:
            in_flight.append(
                self.client.submit(
                    process_on_worker, self.model, chunk, self.batch_size, pure=False
                )
            )
            if len(in_flight) >= self.max_in_flight:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


def _process_partition(
    rows: Iterable[Any],
    first_position: int,
    model: str | None,
    columns: Columns,
    batch_size: int,
) -> list[Outcome]:
    items = [
        record_from_mapping(position, row, columns)
        for position, row in enumerate(rows, start=first_position)
    ]
    records = [item for item in items if isinstance(item, Record)]
    processed = iter(process_on_worker(model, records, batch_size))
    return [item if not isinstance(item, Record) else next(processed) for item in items]


def extract_bag(
    records: db.Bag,
    model: str | None = None,
    *,
    columns: Columns = DEFAULT_COLUMNS,
    batch_size: int = 64,
) -> db.Bag:
    """A bag of :class:`Article` (or :class:`Skip` for a bad record), one per input record.

    records: a bag of mappings with the ``columns`` fields (id, text, date); the
        position of a record is its 1-based index in the bag.
    model: the pipeline name or path each worker loads (must exist on every worker).

    The bag's partition sizes are computed first (to number records), so an
    expensive input bag is worth ``persist()``-ing.  Keep the articles with
    ``bag.filter(lambda r: isinstance(r, newsnlp.Article))``.
    """
    sizes = records.map_partitions(lambda rows: [sum(1 for _ in rows)]).compute()
    first_positions = [1 + sum(sizes[:index]) for index in range(len(sizes))]
    parts = [
        delayed(_process_partition)(partition, first, model, columns, batch_size)
        for partition, first in zip(records.to_delayed(), first_positions, strict=True)
    ]
    return db.from_delayed(parts)


def extract_dataframe(
    frame: Any,
    model: str | None = None,
    *,
    columns: Columns = DEFAULT_COLUMNS,
    batch_size: int = 64,
) -> db.Bag:
    """:func:`extract_bag` over the rows of a Dask dataframe (id, text, date columns)."""
    rows: db.Bag = frame.to_bag(format="dict")
    return extract_bag(rows, model, columns=columns, batch_size=batch_size)
