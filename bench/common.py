"""Shared benchmark helpers: the Bosque news texts, per-component added time, and the
JSONL of texts that the scripts rebuilding annotated sources write.

Added time is measured in one run: the bare pipeline (newsnlp components
disabled) is timed on the texts, then each newsnlp component is timed alone on
copies of the bare pipeline's output, so the ratio is component time / bare time.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

SHARED = Path(__file__).resolve().parents[2] / "shared"
BOSQUE = SHARED / "data" / "news" / "bosque_news.jsonl"
STANDIN = SHARED / "models" / "pt_standin_news"


def write_texts(out: Path, records: Iterable[dict[str, str]], noun: str) -> None:
    """Write ``{"id", "text"}`` records as JSONL for ``eval_quotes.py --texts`` and say
    how many ``noun`` were written."""
    count = 0
    with out.open("w", encoding="utf-8") as lines:
        for record in records:
            lines.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} {noun} written to {out}")


def repeated_articles(rounds: Mapping[str, Sequence[object]]) -> list[str]:
    """Articles that two gold files annotate ("heldout147 and heldout246: 800272/…"): a
    new round must hold only articles no earlier one has, or it is not blind."""
    first_in: dict[object, str] = {}
    repeats = []
    for gold, articles in rounds.items():
        for article in articles:
            if article in first_in:
                repeats.append(f"{first_in[article]} and {gold}: {article}")
            first_in.setdefault(article, gold)
    return repeats


def added_time_parser(doc: str, dates: bool = False) -> argparse.ArgumentParser:
    """The options every added-time benchmark takes: ``--model``, ``--repeat`` and,
    for components that read a publication date, ``--date``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--model", default=str(STANDIN), help="pipeline path/name, or 'rules'")
    parser.add_argument("--repeat", type=int, default=1, help="repeat the texts N times")
    if dates:
        parser.add_argument("--date", default="2000-06-15", help="publication date of every text")
    return parser


def load_texts(path: Path = BOSQUE, repeat: int = 1) -> list[str]:
    """Texts of a JSONL archive, the whole list repeated ``repeat`` times."""
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return texts * repeat


def word_count(docs: Sequence[Doc]) -> int:
    return sum(1 for doc in docs for token in doc if not token.is_space and not token.is_punct)


def bare_docs(nlp: Language, texts: Sequence[str], skip: Sequence[str]) -> tuple[list[Doc], float]:
    """Docs from the pipeline without the ``skip`` components, and the seconds it took."""
    started = time.perf_counter()
    with nlp.select_pipes(disable=list(skip)):
        docs = list(nlp.pipe(texts, batch_size=64))
    return docs, time.perf_counter() - started


def component_seconds(nlp: Language, name: str, docs: Sequence[Doc]) -> float:
    """Seconds the component ``name`` takes over copies of ``docs``."""
    component = nlp.get_pipe(name)
    copies = [doc.copy() for doc in docs]
    started = time.perf_counter()
    for doc in copies:
        component(doc)
    return time.perf_counter() - started


def added_time_report(
    nlp: Language, texts: Sequence[str], components: Sequence[str], published: str | None = None
) -> dict:
    """Bare pipeline seconds and each component's seconds and share of it, in one run.

    ``published`` is the publication date given to every document (dates need one).
    """
    docs, bare = bare_docs(nlp, texts, components)
    for doc in docs:
        doc._.published = published
    report: dict = {"texts": len(texts), "words": word_count(docs), "bare_seconds": round(bare, 3)}
    total = 0.0
    for name in components:
        seconds = component_seconds(nlp, name, docs)
        total += seconds
        report[name] = {
            "seconds": round(seconds, 3),
            "added_percent": round(100 * seconds / bare, 2),
        }
    report["all_components_added_percent"] = round(100 * total / bare, 2)
    return report
