"""Batch processing of JSONL archives: every record ends in the output or is reported."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from .convert import doc_to_article

#: Exit code when every record was processed.
EXIT_OK = 0
#: Exit code when some records were skipped (each reported with its reason).
EXIT_SKIPPED = 3


@dataclass(frozen=True)
class Record:
    """One valid input article."""

    position: int
    id: str | None
    text: str
    date: str | None


@dataclass(frozen=True)
class Skip:
    """An input record that could not be processed, and why."""

    position: int
    id: str | None
    reason: str


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    skipped: list[Skip] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return EXIT_SKIPPED if self.skipped else EXIT_OK

    def describe(self) -> str:
        return f"read {self.read}, written {self.written}, skipped {len(self.skipped)}"


def parse_record(position: int, line: str) -> Record | Skip:
    """Validate one JSONL line (``position`` is its 1-based line number)."""
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as error:
        return Skip(position, None, f"not JSON: {error.msg}")
    if not isinstance(data, dict):
        return Skip(position, None, f"not a JSON object but {type(data).__name__}")
    record_id = data.get("id")
    record_id = None if record_id is None else str(record_id)
    if "text" not in data:
        return Skip(position, record_id, "no 'text' field")
    text = data["text"]
    if not isinstance(text, str):
        return Skip(position, record_id, f"'text' is {type(text).__name__}, not a string")
    date = data.get("date")
    if date is not None and not isinstance(date, str):
        return Skip(position, record_id, f"'date' is {type(date).__name__}, not a string")
    return Record(position, record_id, text, date)


def read_jsonl(path: Path) -> Iterator[Record | Skip]:
    """Records and skips of a JSONL file, in order; blank lines are ignored."""
    with path.open(encoding="utf-8", errors="strict") as lines:
        for position, line in enumerate(lines, start=1):
            if line.strip():
                yield parse_record(position, line)


def extract_jsonl(input: Path, output: Path | None, nlp: Language) -> Summary:
    """Process ``input`` into ``output`` (stdout if None); skips are reported on stderr."""
    summary = Summary()
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for item in read_jsonl(input):
            summary.read += 1
            if isinstance(item, Skip):
                summary.skipped.append(item)
                print(f"line {item.position} (id {item.id}): skipped, {item.reason}", file=sys.stderr)
                continue
            doc = nlp.make_doc(item.text)
            doc._.published = item.date
            doc._.article_id = item.id
            out.write(doc_to_article(nlp(doc)).to_json() + "\n")
            summary.written += 1
    finally:
        if output:
            out.close()
    return summary
