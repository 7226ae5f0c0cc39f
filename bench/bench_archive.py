"""The notebook helpers on a real archive: time taken, and what speaker
normalisation merges.

Processes the 1,961 Bosque news excerpts (Público and Folha) with a pipeline,
then times ``to_frame`` (every table), ``speakers``, ``quotes_per_speaker``,
``org_comentions``, ``timeline`` and ``render`` (every article), and lists the
speakers that were written in more than one way, for checking by eye.

    python bench/bench_archive.py --model ../shared/models/pt_standin_news
    python bench/bench_archive.py --model rules
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

import newsnlp
from common import BOSQUE
from newsnlp.schema import TABLES


def timed(function: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    value = function()
    return value, round(time.perf_counter() - started, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="rules")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=20, help="merged speakers to list")
    args = parser.parse_args()
    with BOSQUE.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    if args.limit:
        records = records[: args.limit]
    nlp = newsnlp.load(args.model)
    docs, pipeline_seconds = timed(
        lambda: list(nlp.pipe((record["text"] for record in records), batch_size=64))
    )
    for doc, record in zip(docs, records, strict=True):
        doc._.article_id = record["id"]
    results = [newsnlp.doc_to_article(doc) for doc in docs]
    texts = {record["id"]: record["text"] for record in records}
    seconds: dict[str, float] = {"pipeline": pipeline_seconds}
    _, seconds["to_frame (all tables)"] = timed(
        lambda: [newsnlp.to_frame(results, kind) for kind in TABLES]
    )
    table, seconds["speakers"] = timed(lambda: newsnlp.speakers(results, texts=texts))
    per_speaker, seconds["quotes_per_speaker"] = timed(
        lambda: newsnlp.quotes_per_speaker(results, texts=texts)
    )
    matrix, seconds["org_comentions"] = timed(lambda: newsnlp.org_comentions(results))
    _, seconds["timeline"] = timed(lambda: newsnlp.timeline(results, texts=texts))
    _, seconds["render (every article)"] = timed(lambda: [newsnlp.render(doc) for doc in docs])
    named = table.dropna(subset=["speaker_id"])
    merged = per_speaker[per_speaker["names"].map(len) > 1]
    report = {
        "model": args.model,
        "articles": len(results),
        "quotes": sum(len(article.quotes) for article in results),
        "quotes_with_a_person_speaker": len(named),
        "distinct_written_speaker_names": named["name"].nunique(),
        "normalised_speakers": named["speaker_id"].nunique(),
        "speakers_written_more_than_one_way": len(merged),
        "organisations_in_comention_table": len(matrix),
        "seconds": seconds,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    for row in merged.head(args.show).itertuples(index=False):
        print(f"{row.speaker!r}: {row.names}")


if __name__ == "__main__":
    main()
