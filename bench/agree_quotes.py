"""Agreement of two blind annotations of the same texts (no system involved).

How far two annotators following the issue's definitions agree bounds what a
system can score against either of them.  Each pair is FIRST SECOND (the same
documents); quotes match as in ``eval_quotes.py`` (same class, Dice >= 0.5), and
a matched pair agrees on its speaker when their accepted names share one.

    python bench/agree_quotes.py bench/heldout19_quotes_gold.jsonl \
        bench/agreement19_quotes_gold.jsonl

Only the documents both files hold count, so a second annotation of some articles
can be paired with the round that first annotated them: round 50's annotators were
given 32 SOL articles that rounds 32, 33, 35 and 38 had annotated
(``bench/agreement50_quotes_gold.jsonl``), read against ``heldout139``, ``heldout147``,
``heldout159`` and ``heldout176``.  A sixth helper annotated round 68's first fifteen
Fake.br articles again (``bench/agreement333_quotes_gold.jsonl``, read against
``heldout333``), and a seventh round 69's (``bench/agreement338_quotes_gold.jsonl``, read
against ``heldout338``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eval_quotes import CLASSES, MIN_DICE, dice, normalise


def load(path: Path) -> dict[str, list[dict[str, Any]]]:
    with path.open(encoding="utf-8") as lines:
        return {record["id"]: record["quotes"] for record in map(json.loads, lines)}


def accepted(speaker: str | list[str | None] | None) -> set[str | None]:
    names = speaker if isinstance(speaker, list) else [speaker]
    return {normalise(name) if name else None for name in names}


def agreement(pairs: list[tuple[Path, Path]]) -> dict[str, dict[str, float | int]]:
    """Per class: quotes of each annotator, matched pairs, F1 of the second against
    the first, and how many matched pairs agree on the speaker, over the documents
    both files annotate."""
    totals = {
        cls: {"first": 0, "second": 0, "matched": 0, "speaker_agreed": 0}
        for cls in ("direct", "indirect")
    }
    for first_path, second_path in pairs:
        first, second = load(first_path), load(second_path)
        for doc_id, quotes in first.items():
            if doc_id not in second:
                continue  # annotated once: nothing to agree on
            for cls, total in totals.items():
                ours = [q for q in quotes if CLASSES[q["kind"]] == cls]
                theirs = [q for q in second.get(doc_id, []) if CLASSES[q["kind"]] == cls]
                used: set[int] = set()
                for quote in ours:
                    scored = [
                        (dice((quote["start"], quote["end"]), (other["start"], other["end"])), j)
                        for j, other in enumerate(theirs)
                        if j not in used
                    ]
                    best = max(scored, default=(0.0, -1))
                    if best[0] < MIN_DICE:
                        continue
                    used.add(best[1])
                    total["matched"] += 1
                    same = accepted(quote["speaker"]) & accepted(theirs[best[1]]["speaker"])
                    total["speaker_agreed"] += bool(same)
                total["first"] += len(ours)
                total["second"] += len(theirs)
    report: dict[str, dict[str, float | int]] = {}
    for cls, total in totals.items():
        matched = total["matched"]
        f1 = 2 * matched / (total["first"] + total["second"]) if matched else 0.0
        agreed = total["speaker_agreed"] / matched if matched else 0.0
        report[cls] = {**total, "f1": round(f1, 3), "speaker_agreement": round(agreed, 3)}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="pairs: FIRST SECOND [FIRST SECOND …]")
    args = parser.parse_args()
    if len(args.files) % 2:
        parser.error("give the annotations in pairs")
    pairs = list(zip(args.files[::2], args.files[1::2], strict=True))
    print(json.dumps(agreement(pairs), indent=2))


if __name__ == "__main__":
    main()
