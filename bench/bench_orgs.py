"""Benchmark of newsnlp_orgs and the fallback pipeline on the Bosque news texts.

Prints one JSON object:
* ``standin``: the stand-in statistical pipeline without newsnlp's components, and
  the time newsnlp_orgs adds to it (target: at most 5 %), measured in one run
  with :func:`common.added_time_report`;
* ``fallback``: words per second of the rule-based pipeline on one process
  (target: at least 20,000), the whole pipeline and with only the entity and
  organisation components.

Run: ``python bench/bench_orgs.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence

from spacy.language import Language

import newsnlp
from common import STANDIN, added_time_report, load_texts, word_count


def words_per_second(nlp: Language, texts: Sequence[str], disable: Sequence[str] = ()) -> dict:
    with nlp.select_pipes(disable=list(disable)):
        list(nlp.pipe(texts[:50]))  # warm-up: loads and compiles the catalogue and word lists
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=64))
        seconds = time.perf_counter() - started
    words = word_count(docs)
    return {
        "pipeline": [name for name in nlp.pipe_names if name not in disable],
        "words": words,
        "seconds": round(seconds, 3),
        "words_per_second": round(words / seconds),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="repeat the texts N times")
    args = parser.parse_args()
    texts = load_texts(repeat=args.repeat)
    report: dict = {}

    if STANDIN.is_dir():
        # the model's own components, then newsnlp_orgs only
        standin = newsnlp.load(STANDIN, components=["newsnlp_orgs"])
        list(standin.pipe(texts[:20]))  # warm-up
        report["standin"] = added_time_report(standin, texts, ["newsnlp_orgs"])
        report["standin"]["target_added_percent"] = 5
    else:
        report["standin"] = f"skipped: {STANDIN} not found"

    fallback = newsnlp.load("rules")
    others = [
        name
        for name in fallback.pipe_names
        if name.startswith("newsnlp_")
        and name not in ("newsnlp_entities", "newsnlp_orgs", "newsnlp_paragraphs")
    ]
    report["fallback"] = {
        "whole_pipeline": words_per_second(fallback, texts),
        "entities_and_orgs_only": words_per_second(fallback, texts, disable=others),
        "target_words_per_second": 20_000,
        # where the whole pipeline's time goes: each component against the fallback's
        # sentencizer alone
        "component_seconds": added_time_report(
            fallback, texts, [n for n in fallback.pipe_names if n != "sentencizer"]
        ),
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
