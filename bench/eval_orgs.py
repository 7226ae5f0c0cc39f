"""Organisation matching quality on the hand-written unseen-style articles (for reports).

Reads ``tests/fixtures/orgs_unseen.jsonl`` (gold catalogue-id mentions and
text-defined groups) and prints, for the fallback and the stand-in pipeline,
precision and recall of mentions with a catalogue id (exact character span and
id), and how many text-defined organisations had all their mentions in one group.

Run: ``python bench/eval_orgs.py [--data PATH]``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from spacy.language import Language

import newsnlp
from common import STANDIN
from newsnlp.components.orgs import catalogue_mentions

UNSEEN = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "orgs_unseen.jsonl"


def evaluate(nlp: Language, records: list[dict]) -> dict:
    true_positives = predicted = gold_total = defined_ok = defined_total = 0
    misses: list[str] = []
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        gold = {(m["start"], m["end"], m["id"]) for m in record["mentions"] if m["id"]}
        found = catalogue_mentions(doc)
        true_positives += len(gold & found)
        predicted += len(found)
        gold_total += len(gold)
        misses += [f"missed {record['text'][s:e]!r} {i}" for s, e, i in sorted(gold - found)]
        misses += [f"wrong {record['text'][s:e]!r} {i}" for s, e, i in sorted(found - gold)]
        groups: dict[str, set[tuple[int, int]]] = {}
        for mention in record["mentions"]:
            if mention.get("group"):
                groups.setdefault(mention["group"], set()).add((mention["start"], mention["end"]))
        for spans in groups.values():
            defined_total += 1
            holding = [g for g in doc._.organizations if spans & {tuple(m) for m in g["mentions"]}]
            if len(holding) == 1 and spans <= {tuple(m) for m in holding[0]["mentions"]}:
                defined_ok += 1
    return {
        "precision": round(true_positives / predicted, 3) if predicted else 0.0,
        "recall": round(true_positives / gold_total, 3) if gold_total else 0.0,
        "true_positives": true_positives,
        "predicted": predicted,
        "gold": gold_total,
        "defined_groups_complete": f"{defined_ok}/{defined_total}",
        "errors": misses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=UNSEEN)
    args = parser.parse_args()
    with args.data.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    report: dict = {"data": str(args.data), "articles": len(records)}
    report["fallback"] = evaluate(newsnlp.load("rules"), records)
    if STANDIN.is_dir():
        report["standin"] = evaluate(newsnlp.load(STANDIN), records)
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
