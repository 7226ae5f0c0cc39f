"""Entity quality against the Second HAREM golden collection (for reports, not a test).

Compares PER/LOC/ORG entities with gold PESSOA/LOCAL/ORGANIZACAO by exact
character span; an ambiguous gold category ("LOCAL|ORGANIZACAO") accepts either
label.  Prints one JSON object with precision/recall/F1 per label for each
pipeline: the rule-based fallback and, when available, the stand-in model (both
with newsnlp_orgs, which relabels catalogue organisations).

Run: ``python bench/eval_entities.py [--data PATH] [--no-standin]``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from spacy.language import Language

import newsnlp
from common import SHARED, STANDIN

HAREM2 = SHARED / "data" / "harem" / "harem2_classic.jsonl"
LABELS = {"PESSOA": "PER", "LOCAL": "LOC", "ORGANIZACAO": "ORG"}


def gold_entities(record: dict) -> dict[tuple[int, int], set[str]]:
    """Gold spans with the set of our labels their (possibly ambiguous) category allows."""
    gold: dict[tuple[int, int], set[str]] = {}
    for entity in record["entities"]:
        labels = {LABELS[c] for c in (entity.get("categ") or "").split("|") if c in LABELS}
        if labels:
            gold.setdefault((entity["start"], entity["end"]), set()).update(labels)
    return gold


def evaluate(nlp: Language, records: list[dict]) -> dict:
    true_positives: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold_counts: Counter[str] = Counter()
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        gold = gold_entities(record)
        for labels in gold.values():
            gold_counts.update(labels)
        for ent in doc.ents:
            if ent.label_ not in LABELS.values():
                continue
            predicted[ent.label_] += 1
            if ent.label_ in gold.get((ent.start_char, ent.end_char), ()):
                true_positives[ent.label_] += 1
    report = {}
    for label in ("PER", "LOC", "ORG"):
        tp, p, g = true_positives[label], predicted[label], gold_counts[label]
        precision = tp / p if p else 0.0
        recall = tp / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        report[label] = {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "true_positives": tp,
            "predicted": p,
            "gold": g,
        }
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HAREM2)
    parser.add_argument("--no-standin", action="store_true", help="only the fallback")
    args = parser.parse_args()
    with args.data.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    report: dict = {"data": str(args.data), "documents": len(records)}
    components = ["newsnlp_orgs"]
    report["fallback"] = evaluate(newsnlp.load("rules", components=components), records)
    if not args.no_standin and STANDIN.is_dir():
        report["standin"] = evaluate(newsnlp.load(STANDIN, components=components), records)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
