"""Batch processing of article archives: every record ends in the output or the errors file.

The stream of records (:mod:`newsnlp.io`) is cut into chunks; an engine
processes each chunk in batches, each batch inside ``nlp.memory_zone()`` (so the
vocabulary does not grow over a long archive), then the chunk's articles and
skips are appended to the output and the errors file, flushed and synced.
Resume skips what an earlier run wrote.

Duplicate ids are kept: each input record gives its own output line, in input
order.  On resume, the n-th record with id X is taken as done when the output
already holds n lines with id X, which is exact because output is written in
input order.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from .convert import doc_to_article
from .io import (
    DEFAULT_COLUMNS,
    ArticleSink,
    Columns,
    ErrorSink,
    Item,
    Record,
    Skip,
    open_article_sink,
    read_records,
)
from .schema import Article, Mention, Organization, Quote, Speaker

#: Exit code when every record was written to the output.
EXIT_OK = 0
#: Exit code when the run completed but some records are in the errors file.
EXIT_SKIPPED = 3
#: Exit code when ``--strict`` stopped the run at a bad record.
EXIT_STRICT_STOP = 4

#: Longest piece of a text beyond ``nlp.max_length`` given to the pipeline as one Doc.
LONG_TEXT_CHUNK = 10_000
#: Pieces of a long text per ``nlp.pipe`` batch (about 100,000 characters).
LONG_TEXT_BATCH = 10

logger = logging.getLogger(__name__)

Outcome = Article | Skip


@dataclass
class Summary:
    """Counts of a run: read = written + errors + resumed; ``reasons`` counts this run's errors."""

    read: int = 0
    written: int = 0
    errors: int = 0
    resumed: int = 0
    seconds: float = 0.0
    stopped_at: Skip | None = None
    reasons: Counter[str] = field(default_factory=Counter)

    @property
    def exit_code(self) -> int:
        if self.stopped_at is not None:
            return EXIT_STRICT_STOP
        return EXIT_SKIPPED if self.errors else EXIT_OK

    def describe(self) -> str:
        text = (
            f"read {self.read}, written {self.written}, skipped {self.resumed} (already done), "
            f"errors {self.errors}, time {self.seconds:.1f} s"
        )
        if self.reasons:
            kinds = ", ".join(f"{reason}: {n}" for reason, n in self.reasons.most_common())
            text += f" ({kinds})"
        if self.stopped_at is not None:
            stop = self.stopped_at
            text += f"; stopped (--strict) at record {stop.position} (id {stop.id}): {stop.reason}"
        return text


# --------------------------------------------------------------------------- long texts


def text_chunks(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Cut ``text`` into contiguous ``(start, end)`` pieces of at most ``max_chars``.

    Cuts fall after a paragraph break where possible, else after a sentence end,
    else at whitespace; the pieces cover the text exactly, so offsets found in a
    piece map back to the text by adding its start.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    pieces = []
    start = 0
    while len(text) - start > max_chars:
        limit = start + max_chars
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = text.rfind(separator, start + 1, limit)
            if found != -1 and found + len(separator) <= limit:
                cut = found + len(separator)
                break
        if cut <= start:
            cut = limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def _shift(start: int | None, offset: int) -> int | None:
    return None if start is None else start + offset


def stitch_articles(record: Record, parts: Sequence[tuple[int, Article]]) -> Article:
    """One article from the articles of a text's pieces, with offsets into the whole text.

    ``parts`` are ``(piece start, article)`` in text order.  Organisation groups
    with the same catalogue id (or, without one, the same name) become one group.
    """
    article = Article(id=record.id, date=record.date)
    groups: dict[tuple[str | None, str], Organization] = {}
    for offset, part in parts:
        article.entities += [
            replace(e, start=e.start + offset, end=e.end + offset) for e in part.entities
        ]
        for org in part.organizations:
            key = (org.id, org.name if org.id is None else "")
            group = groups.get(key)
            if group is None:
                group = groups[key] = Organization(org.id, org.name)
                article.organizations.append(group)
            group.acronyms += [a for a in org.acronyms if a not in group.acronyms]
            group.mentions += [
                Mention(m.text, m.start + offset, m.end + offset) for m in org.mentions
            ]
        for quote in part.quotes:
            speaker = quote.speaker
            if speaker is not None:
                speaker = Speaker(
                    speaker.name, _shift(speaker.start, offset), _shift(speaker.end, offset)
                )
            article.quotes.append(
                Quote(
                    quote.text,
                    quote.start + offset,
                    quote.end + offset,
                    quote.kind,
                    speaker,
                    quote.cue,
                )
            )
        article.dates += [
            replace(d, start=d.start + offset, end=d.end + offset) for d in part.dates
        ]
        article.resolutions += [
            replace(r, start=r.start + offset, end=r.end + offset) for r in part.resolutions
        ]
    return article


# --------------------------------------------------------------------------- processing


def _is_long(nlp: Language, record: Record) -> bool:
    return len(record.text) > nlp.max_length


def _pieces(
    nlp: Language, records: Sequence[Record], indices: Iterable[int]
) -> Iterator[tuple[Doc, tuple[int, int]]]:
    """Docs to pipe, with (record index, piece start) as context; long texts in pieces."""
    for index in indices:
        record = records[index]
        if _is_long(nlp, record):
            spans = text_chunks(record.text, min(nlp.max_length, LONG_TEXT_CHUNK))
        else:
            spans = [(0, len(record.text))]
        for start, end in spans:
            doc = nlp.make_doc(record.text[start:end])
            doc._.published = record.date
            doc._.article_id = record.id
            yield doc, (index, start)


def _assemble(
    records: Sequence[Record], parts: dict[int, list[tuple[int, Article]]]
) -> list[Article]:
    outcomes: list[Article] = []
    for index, record in enumerate(records):
        pieces = parts[index]
        if len(pieces) == 1 and pieces[0][0] == 0:
            outcomes.append(pieces[0][1])
        else:
            outcomes.append(stitch_articles(record, pieces))
    return outcomes


def _process(nlp: Language, records: Sequence[Record], batch_size: int) -> list[Article]:
    """Articles of ``records``; a long text's pieces are piped a few at a time.

    A parser needs temporary memory in proportion to the characters in a batch,
    so the pieces of a long text go in batches of :data:`LONG_TEXT_BATCH`.
    """
    parts: dict[int, list[tuple[int, Article]]] = defaultdict(list)
    short = [i for i, record in enumerate(records) if not _is_long(nlp, record)]
    streams = [(_pieces(nlp, records, short), batch_size)]
    streams += [
        (_pieces(nlp, records, [i]), LONG_TEXT_BATCH)
        for i, record in enumerate(records)
        if _is_long(nlp, record)
    ]
    with nlp.memory_zone():
        for docs, size in streams:
            for doc, (index, start) in nlp.pipe(docs, as_tuples=True, batch_size=size):
                parts[index].append((start, doc_to_article(doc)))
    return _assemble(records, parts)


def process_records(
    nlp: Language, records: Sequence[Record], *, batch_size: int = 64
) -> list[Outcome]:
    """The article of each record, in order, or a :class:`Skip` if the pipeline failed on it.

    Runs inside ``nlp.memory_zone()``, so the vocabulary does not grow from one
    call to the next.  If the pipeline raises, the records are retried one at a
    time so that only the failing ones go to the errors file.
    """
    try:
        return list(_process(nlp, records, batch_size))
    except Exception as error:
        logger.warning(
            "pipeline failed on a batch of %d records (%s: %s); retrying them one at a time",
            len(records),
            type(error).__name__,
            error,
        )
    outcomes: list[Outcome] = []
    for record in records:
        try:
            outcomes.extend(_process(nlp, [record], batch_size))
        except Exception as error:
            reason = f"pipeline failed: {type(error).__name__}: {error}"[:500]
            outcomes.append(Skip(record.position, record.id, reason))
    return outcomes


class Engine(Protocol):
    """Processes chunks of records, yielding each chunk's outcomes in chunk order."""

    def map(self, chunks: Iterable[list[Record]]) -> Iterator[list[Outcome]]: ...


_worker_nlp: Language | None = None


def _exit_when_orphaned(parent: int) -> None:
    """Stop this worker once its parent is gone (e.g. killed with SIGKILL)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _start_worker(nlp: Language) -> None:
    global _worker_nlp
    _worker_nlp = nlp
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()


def _work(records: list[Record], batch_size: int) -> list[Outcome]:
    assert _worker_nlp is not None, "worker started without a pipeline"
    return process_records(_worker_nlp, records, batch_size=batch_size)


@dataclass
class LocalEngine:
    """This machine: the pipeline in this process, or in ``n_process`` worker processes.

    Workers get the pipeline once, when they start (inherited under ``fork``,
    pickled under ``spawn``), and live for the whole run; each task is a batch
    of records processed with :func:`process_records` inside the worker's memory
    zone, and only the small :class:`Article` results travel back, not Docs.
    (spaCy's ``nlp.pipe(n_process=N)`` sends every Doc back serialised, which
    on two cores costs more than the second process gains.)  At most two chunks
    are in flight, so memory stays bounded.
    """

    nlp: Language
    n_process: int = 1
    batch_size: int = 64

    def map(self, chunks: Iterable[list[Record]]) -> Iterator[list[Outcome]]:
        if self.n_process <= 1:
            for chunk in chunks:
                yield process_records(self.nlp, chunk, batch_size=self.batch_size)
            return
        with ProcessPoolExecutor(
            self.n_process,
            mp_context=multiprocessing.get_context(),
            initializer=_start_worker,
            initargs=(self.nlp,),
        ) as pool:
            in_flight: deque[list[Future[list[Outcome]]]] = deque()
            for chunk in chunks:
                step = self.batch_size
                in_flight.append(
                    [
                        pool.submit(_work, chunk[start : start + step], step)
                        for start in range(0, len(chunk), step)
                    ]
                )
                if len(in_flight) >= 2:
                    yield [o for task in in_flight.popleft() for o in task.result()]
            while in_flight:
                yield [o for task in in_flight.popleft() for o in task.result()]


# --------------------------------------------------------------------------- the run


@dataclass
class _Chunk:
    records: list[Record]
    skips: list[Skip]
    read: int


def _chunks(items: Iterable[Item], size: int, strict: bool, summary: Summary) -> Iterator[_Chunk]:
    """Group items into chunks of ``size`` records; with ``strict``, end at the first skip."""
    chunk = _Chunk([], [], 0)
    for item in items:
        chunk.read += 1
        if isinstance(item, Skip):
            chunk.skips.append(item)
            if strict:
                summary.stopped_at = item
                break
        else:
            chunk.records.append(item)
            if len(chunk.records) >= size:
                yield chunk
                chunk = _Chunk([], [], 0)
    if chunk.read:
        yield chunk


def _not_done(
    items: Iterable[Item], done_ids: Counter[str | None], reported: set[int], summary: Summary
) -> Iterator[Item]:
    """Items an earlier run has not yet written or reported (see the module docstring)."""
    for item in items:
        if item.position in reported:
            summary.read += 1
            summary.errors += 1
        elif isinstance(item, Record) and done_ids[item.id] > 0:
            done_ids[item.id] -= 1
            summary.read += 1
            summary.resumed += 1
        else:
            yield item


def run(
    items: Iterable[Item],
    engine: Engine,
    sink: ArticleSink,
    errors: ErrorSink,
    *,
    chunk_size: int = 512,
    strict: bool = False,
    on_progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """Process ``items`` with ``engine`` into ``sink`` and ``errors``; returns the counts.

    Records already in ``sink`` / positions already in ``errors`` (a resumed run)
    are counted and skipped.  Each chunk's errors and articles are appended before
    the next chunk's results are read.
    """
    summary = Summary()
    started = time.perf_counter()
    pending = _not_done(items, sink.done_ids(), errors.reported, summary)
    chunks: list[_Chunk] = []

    def chunk_records() -> Iterator[list[Record]]:
        for chunk in _chunks(pending, chunk_size, strict, summary):
            chunks.append(chunk)
            yield chunk.records

    for outcomes in engine.map(chunk_records()):
        chunk = chunks.pop(0)
        failed = [o for o in outcomes if isinstance(o, Skip)]
        articles = [o for o in outcomes if isinstance(o, Article)]
        skips = sorted(chunk.skips + failed, key=lambda skip: skip.position)
        errors.write(skips)
        sink.write(articles)
        summary.read += chunk.read
        summary.written += len(articles)
        summary.errors += len(skips)
        summary.reasons.update(skip.reason.split(":")[0] for skip in skips)
        summary.seconds = time.perf_counter() - started
        if on_progress is not None:
            on_progress(summary)
    summary.seconds = time.perf_counter() - started
    return summary


def chunk_size_for(batch_size: int, n_process: int) -> int:
    """Records per chunk, the unit of writing: 8 batches per process."""
    return batch_size * max(n_process, 1) * 8


def extract(
    input: Path,
    output: Path | None,
    engine: Engine,
    *,
    output_format: str = "jsonl",
    input_format: str | None = None,
    columns: Columns = DEFAULT_COLUMNS,
    errors_path: Path | None = None,
    resume: bool = False,
    strict: bool = False,
    chunk_size: int = 512,
    on_progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """Process the archive ``input`` into ``output``: what ``newsnlp extract`` does."""
    items = read_records(input, input_format, columns)
    sink = open_article_sink(output, output_format, resume)
    errors = ErrorSink(errors_path, resume)
    try:
        return run(
            items,
            engine,
            sink,
            errors,
            chunk_size=chunk_size,
            strict=strict,
            on_progress=on_progress,
        )
    finally:
        sink.close()
        errors.close()
