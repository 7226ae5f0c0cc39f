"""Streaming readers and appending writers for article archives.

Readers turn any supported input into one stream of :class:`Record` (a valid
article) and :class:`Skip` (a record that cannot be processed, with its
position and the reason), so that every input record is accounted for.
Writers append whole batches, flushed and fsynced, and can report what an
interrupted run already wrote so that ``--resume`` continues where it stopped.
"""

from __future__ import annotations

import bz2
import csv
import datetime
import gzip
import io
import json
import lzma
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, Protocol, TextIO

from .schema import Article, article_tables, table_columns

#: Input formats :func:`read_records` understands.
INPUT_FORMATS = ("jsonl", "csv", "tsv", "txt", "parquet")
#: Output formats :func:`open_article_sink` writes.
OUTPUT_FORMATS = ("jsonl", "parquet")

_OPENERS: dict[str, Any] = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
_SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
}


class InputError(ValueError):
    """The input as a whole cannot be read (unknown format, missing text column, ...)."""


class OutputError(ValueError):
    """An existing output cannot be resumed (it was not written by newsnlp, or is damaged)."""


@dataclass(frozen=True)
class Record:
    """One valid input article; ``position`` is its 1-based line, row or file number."""

    position: int
    id: str
    text: str
    date: str | None


@dataclass(frozen=True)
class Skip:
    """An input record that was not processed, and why (one line of the errors file)."""

    position: int
    id: str | None
    reason: str

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


Item = Record | Skip


@dataclass(frozen=True)
class Columns:
    """Names of the id, text and date fields (JSON keys, CSV/Parquet columns)."""

    id: str = "id"
    text: str = "text"
    date: str = "date"


DEFAULT_COLUMNS = Columns()


# --------------------------------------------------------------------------- validation


def normalize_date(value: str) -> str | None:
    """``YYYY-MM-DD`` of an ISO date or date-time string, or None if it is not one."""
    head, sep, _ = value.strip().partition("T")
    if not sep and len(head) > 10 and head[10] == " ":
        head = head[:10]
    try:
        return datetime.date.fromisoformat(head).isoformat()
    except ValueError:
        return None


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def record_from_mapping(position: int, data: Mapping[str, Any], columns: Columns) -> Item:
    """Validate one input record given as a mapping (JSON object, CSV row, Parquet row).

    A record without an id gets its position as id, so every output line can be
    traced back to its input.
    """
    raw_id = data.get(columns.id)
    if raw_id is None or raw_id == "":
        record_id = str(position)
    elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool):
        record_id = str(raw_id)
    else:
        return Skip(position, None, f"'{columns.id}' is {type(raw_id).__name__}, not a string")
    if _has_lone_surrogate(record_id):
        return Skip(position, None, f"'{columns.id}' has undecodable bytes")
    if columns.text not in data:
        return Skip(position, record_id, f"no '{columns.text}' field")
    text = data[columns.text]
    if text is None:
        return Skip(position, record_id, f"'{columns.text}' is null")
    if not isinstance(text, str):
        return Skip(position, record_id, f"'{columns.text}' is {type(text).__name__}, not a string")
    if _has_lone_surrogate(text):
        return Skip(position, record_id, f"'{columns.text}' has undecodable bytes")
    raw_date = data.get(columns.date)
    if raw_date is None or raw_date == "":
        return Record(position, record_id, text, None)
    if isinstance(raw_date, datetime.date):
        return Record(position, record_id, text, raw_date.isoformat()[:10])
    if not isinstance(raw_date, str):
        return Skip(position, record_id, f"'{columns.date}' is {type(raw_date).__name__}")
    date = normalize_date(raw_date)
    if date is None:
        return Skip(position, record_id, f"'{columns.date}' is not an ISO date: {raw_date[:40]!r}")
    return Record(position, record_id, text, date)


def parse_json_line(position: int, line: bytes, columns: Columns = DEFAULT_COLUMNS) -> Item:
    """Validate one JSONL line (raw bytes, so undecodable bytes are reported, not fatal)."""
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return Skip(position, None, f"undecodable bytes (not UTF-8) at byte {error.start}")
    if not decoded.strip():
        return Skip(position, None, "blank line")
    try:
        data: Any = json.loads(decoded)
    except json.JSONDecodeError as error:
        return Skip(position, None, f"not JSON: {error.msg} (column {error.colno})")
    if not isinstance(data, dict):
        return Skip(position, None, f"not a JSON object but {type(data).__name__}")
    return record_from_mapping(position, data, columns)


# --------------------------------------------------------------------------- readers


def open_binary(path: Path) -> IO[bytes]:
    """``path`` opened for reading bytes, decompressed by its suffix (.gz, .bz2, .xz)."""
    opener = _OPENERS.get(path.suffix.lower())
    if opener is not None:
        stream: IO[bytes] = opener(path, "rb")
        return stream
    return path.open("rb")


def detect_format(path: Path) -> str:
    """Input format of ``path`` from its suffixes (compression suffix ignored)."""
    if path.is_dir():
        return "txt"
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in _OPENERS:
        suffixes.pop()
    if suffixes and suffixes[-1] in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffixes[-1]]
    raise InputError(
        f"cannot tell the format of {path} from its name; give one of {', '.join(INPUT_FORMATS)}"
    )


def read_jsonl(path: Path, columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Records and skips of a JSON Lines file (optionally compressed); position = line number."""
    with open_binary(path) as lines:
        for position, line in enumerate(lines, start=1):
            if position == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            yield parse_json_line(position, line, columns)


def read_delimited(
    path: Path, delimiter: str, columns: Columns = DEFAULT_COLUMNS
) -> Iterator[Item]:
    """Records and skips of a CSV/TSV file with a header row; position = data row number."""
    csv.field_size_limit(2**31 - 1)  # a long article is one field
    with (
        open_binary(path) as raw,
        io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="") as text,
    ):
        reader = csv.DictReader(text, delimiter=delimiter)
        header = reader.fieldnames or []
        if columns.text not in header:
            raise InputError(
                f"{path}: no '{columns.text}' column (columns: {', '.join(header)}); "
                "name the text column with --text-column"
            )
        for position, row in enumerate(reader, start=1):
            if row.get(columns.text) is None:
                row_id = row.get(columns.id)
                yield Skip(position, row_id, f"row has no '{columns.text}' value (too few fields)")
                continue
            yield record_from_mapping(position, row, columns)


def read_text_folder(path: Path) -> Iterator[Item]:
    """One record per ``.txt`` file under ``path`` (sorted); id = relative path."""
    files = sorted(path.rglob("*.txt"), key=lambda p: p.relative_to(path).as_posix())
    for position, file in enumerate(files, start=1):
        record_id = file.relative_to(path).as_posix()
        data = file.read_bytes()
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Skip(position, record_id, f"undecodable bytes (not UTF-8) at byte {error.start}")
            continue
        yield Record(position, record_id, text, None)


def read_parquet(path: Path, columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Records and skips of a Parquet file, read in row batches; position = row number."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    names = parquet.schema_arrow.names
    if columns.text not in names:
        raise InputError(
            f"{path}: no '{columns.text}' column (columns: {', '.join(names)}); "
            "name the text column with --text-column"
        )
    wanted = [name for name in (columns.id, columns.text, columns.date) if name in names]
    position = 0
    for batch in parquet.iter_batches(batch_size=1024, columns=wanted):
        for row in batch.to_pylist():
            position += 1
            yield record_from_mapping(position, row, columns)


def read_records(
    path: Path, input_format: str | None = None, columns: Columns = DEFAULT_COLUMNS
) -> Iterator[Item]:
    """Stream the records of ``path`` in input order, whatever its format."""
    input_format = input_format or detect_format(path)
    if input_format == "jsonl":
        return read_jsonl(path, columns)
    if input_format in ("csv", "tsv"):
        return read_delimited(path, "," if input_format == "csv" else "\t", columns)
    if input_format == "txt":
        if not path.is_dir():
            raise InputError(f"{path}: the txt format reads a folder of .txt files")
        return read_text_folder(path)
    if input_format == "parquet":
        return read_parquet(path, columns)
    raise InputError(
        f"unknown input format {input_format!r}; use one of {', '.join(INPUT_FORMATS)}"
    )


def count_records(path: Path, input_format: str | None = None) -> int | None:
    """Number of records in ``path`` when it is cheap to know (for a progress ETA), else None."""
    input_format = input_format or detect_format(path)
    if input_format == "jsonl":
        count, last = 0, b"\n"
        with open_binary(path) as stream:
            while block := stream.read(1 << 20):
                count += block.count(b"\n")
                last = block[-1:]
        return count + (last != b"\n")
    if input_format == "txt":
        return sum(1 for _ in path.rglob("*.txt"))
    if input_format == "parquet":
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(path).metadata.num_rows)
    return None  # CSV rows may span lines; counting them costs a full parse


# --------------------------------------------------------------------------- writers


class ArticleSink(Protocol):
    """Where processed articles go, a whole batch at a time."""

    def done_ids(self) -> Counter[str | None]: ...
    def write(self, articles: list[Article]) -> None: ...
    def close(self) -> None: ...


def _sync(stream: IO[bytes]) -> None:
    stream.flush()
    os.fsync(stream.fileno())


def _complete_lines(path: Path) -> list[bytes]:
    """Complete lines of ``path``, cutting off a torn last line (a write killed midway)."""
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with path.open("r+b") as stream:
            stream.truncate(end)
            _sync(stream)
    return data[:end].splitlines()


def _resumed_values(
    path: Path, key: str, what: str, convert: Callable[[Any], Any] = lambda value: value
) -> Iterator[Any]:
    """``key`` of every complete line an interrupted run wrote to ``path``, converted.

    A line that is not a JSON object with a valid ``key`` means the file is not
    ours (or is damaged): an :class:`OutputError` naming the line, not a guess.
    """
    for number, line in enumerate(_complete_lines(path), start=1):
        try:
            yield convert(json.loads(line)[key])
        except (ValueError, KeyError, TypeError) as error:
            message = f"{path}, line {number}: not a newsnlp {what} line, cannot resume"
            raise OutputError(message) from error


class JsonlArticleSink:
    """Articles as JSON Lines, one per line in the result schema; appended in whole batches."""

    def __init__(self, path: Path | None, resume: bool = False) -> None:
        self.path = path
        self._done: Counter[str | None] = Counter()
        self._stream: IO[bytes] | None = None
        if path is None:
            return
        if resume and path.exists():
            self._done.update(_resumed_values(path, "id", "result"))
        self._stream = path.open("ab" if resume else "wb")

    def done_ids(self) -> Counter[str | None]:
        return self._done

    def write(self, articles: list[Article]) -> None:
        data = "".join(article.to_json() + "\n" for article in articles).encode("utf-8")
        if self._stream is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        self._stream.write(data)
        _sync(self._stream)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()


def parquet_schemas() -> dict[str, Any]:
    """Arrow schema of each table of :func:`newsnlp.schema.article_tables`.

    Column names come from :func:`newsnlp.schema.table_columns`; only their types are given
    here (ints for offsets and counts, a string list for acronyms, strings
    otherwise), so a batch whose column is all null still has the right type.
    """
    import pyarrow as pa

    integers = {"start", "end", "speaker_start", "speaker_end", "number", "year"}

    def arrow_type(column: str) -> Any:
        if column in integers or column.startswith("n_"):
            return pa.int64()
        if column == "acronyms":
            return pa.list_(pa.string())
        return pa.string()

    return {
        table: pa.schema([(column, arrow_type(column)) for column in columns])
        for table, columns in table_columns().items()
    }


class ParquetArticleSink:
    """Articles as flat Parquet tables: ``OUTPUT/<table>/part-NNNNNN.parquet``.

    Each batch becomes one part file per table, written to a temporary name and
    renamed, ``articles`` last: an ``articles`` part marks its batch complete, and
    parts of other tables without one are leftovers of a killed run, removed on
    resume.  Read a table with ``pandas.read_parquet("OUTPUT/entities")`` or
    DuckDB's ``read_parquet('OUTPUT/entities/*.parquet')``.
    """

    def __init__(self, path: Path, resume: bool = False) -> None:
        import pyarrow.parquet as pq

        self.path = path
        self._schemas = parquet_schemas()
        self._done: Counter[str | None] = Counter()
        if path.exists() and not path.is_dir():
            raise OutputError(f"{path} exists and is not a folder of Parquet tables")
        if path.exists() and not resume:
            for old in path.glob("*/part-*.parquet"):
                old.unlink()
        complete = set()
        for part in sorted(path.glob("articles/part-*.parquet")):
            complete.add(part.name)
            for article_id in pq.read_table(part, columns=["article_id"]).column(0).to_pylist():
                self._done[article_id] += 1
        for part in path.glob("*/part-*"):
            if part.name not in complete or not part.name.endswith(".parquet"):
                part.unlink()
        self._next = len(complete)
        for table in self._schemas:
            (path / table).mkdir(parents=True, exist_ok=True)

    def done_ids(self) -> Counter[str | None]:
        return self._done

    def write(self, articles: list[Article]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not articles:
            return
        name = f"part-{self._next:06d}.parquet"
        tables = article_tables(articles)
        for table in sorted(tables, key=lambda t: t == "articles"):  # articles last
            rows = tables[table]
            target = self.path / table / name
            temporary = target.with_suffix(".tmp")
            pq.write_table(pa.Table.from_pylist(rows, schema=self._schemas[table]), temporary)
            with temporary.open("rb") as written:
                os.fsync(written.fileno())
            os.replace(temporary, target)
        self._next += 1

    def close(self) -> None:
        return None


def open_article_sink(path: Path | None, output_format: str, resume: bool = False) -> ArticleSink:
    """The writer for ``output_format`` (``jsonl`` to stdout when ``path`` is None)."""
    if output_format == "jsonl":
        return JsonlArticleSink(path, resume)
    if output_format == "parquet":
        if path is None:
            raise OutputError("Parquet output needs an output folder (-o)")
        return ParquetArticleSink(path, resume)
    raise OutputError(f"unknown output format {output_format!r}; use jsonl or parquet")


class ErrorSink:
    """The errors file: one JSON line per skipped record (position, id, reason).

    Without a path, skips are printed on stderr.  On resume, the positions
    already reported are not reported again.
    """

    def __init__(self, path: Path | None, resume: bool = False, echo: TextIO | None = None) -> None:
        self.path = path
        self.reported: set[int] = set()
        self._echo = echo
        self._stream: IO[bytes] | None = None
        if path is None:
            return
        if resume and path.exists():
            self.reported.update(_resumed_values(path, "position", "errors", int))
        self._stream = path.open("ab" if resume else "wb")

    def write(self, skips: Iterable[Skip]) -> None:
        skips = list(skips)
        if not skips:
            return
        if self._stream is None:
            echo = self._echo or sys.stderr
            for skip in skips:
                print(f"record {skip.position} (id {skip.id}): skipped, {skip.reason}", file=echo)
            return
        self._stream.write("".join(skip.to_json() + "\n" for skip in skips).encode("utf-8"))
        _sync(self._stream)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
