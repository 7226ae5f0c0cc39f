"""Scores on hand-written, unseen-style news (tests/fixtures/dates_resolutions_gold.jsonl).

Each record has the article date, the text, the gold time expressions with
their TIMEX3 values (None for expressions anchored to another event) and the
gold UN resolution numbers with issuer and year.  The sentences are pt-PT and
pt-BR, with traps: years, quantities, percentages, article, page and law numbers.

Dates: a gold expression is found when a predicted span overlaps it, a
prediction is right when it overlaps a gold expression; the value is right
when equal (a clock time without its day also matches the same time with it).
Resolutions: a prediction is right when the number, issuer and year match and
its span overlaps the gold number ("S/RES/2720" is tokenised "S", "/",
"RES/2720", so the span of 2720 is the token "RES/2720").
"""

from __future__ import annotations

import json
import re

import pytest
from spacy.language import Language

import newsnlp
from conftest import FIXTURES

GOLD = FIXTURES / "dates_resolutions_gold.jsonl"


def load_gold() -> list[dict]:
    with GOLD.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def offsets(text: str, expression: str) -> tuple[int, int]:
    found = re.search(rf"(?<!\w){re.escape(expression)}(?!\w)", text)
    assert found, f"{expression!r} not in {text!r}"
    return found.span()


def same_value(predicted: str | None, gold: str) -> bool:
    if predicted == gold:
        return True
    clock = re.compile(r"T\d{2}:\d{2}")
    if predicted and (clock.fullmatch(predicted) or clock.fullmatch(gold)):
        return predicted[-6:] == gold[-6:]
    return False


def score(nlp: Language) -> dict[str, float]:
    dates = {"gold": 0, "found": 0, "pred": 0, "right": 0, "valued": 0, "value_ok": 0}
    res = {"gold": 0, "pred": 0, "right": 0}
    for record in load_gold():
        doc = newsnlp.process(record["text"], date=record["date"], nlp=nlp)
        predicted = list(doc.spans["dates"])
        gold = [(*offsets(record["text"], g["text"]), g["value"]) for g in record["dates"]]
        dates["gold"] += len(gold)
        dates["pred"] += len(predicted)
        for start, end, value in gold:
            hits = [s for s in predicted if s.start_char < end and s.end_char > start]
            dates["found"] += bool(hits)
            if hits and value is not None:
                dates["valued"] += 1
                dates["value_ok"] += any(same_value(s._.value, value) for s in hits)
        dates["right"] += sum(
            any(s.start_char < end and s.end_char > start for start, end, _ in gold)
            for s in predicted
        )
        expected = [
            (*offsets(record["text"], r["text"]), r["number"], r["issuer"], r["year"])
            for r in record["resolutions"]
        ]
        got = [
            (s.start_char, s.end_char, s._.number, s._.issuer, s._.year)
            for s in doc.spans["resolutions"]
        ]
        res["gold"] += len(expected)
        res["pred"] += len(got)
        res["right"] += sum(
            any(g[2:] == p[2:] and p[0] < g[1] and p[1] > g[0] for g in expected) for p in got
        )
    precision = dates["right"] / dates["pred"]
    recall = dates["found"] / dates["gold"]
    return {
        "dates_f1": 2 * precision * recall / (precision + recall),
        "dates_value_accuracy": dates["value_ok"] / dates["valued"],
        "resolutions_precision": res["right"] / res["pred"] if res["pred"] else 1.0,
        "resolutions_recall": res["right"] / res["gold"],
    }


def test_gold_file_is_well_formed():
    records = load_gold()
    assert len(records) >= 90
    for record in records:
        for expression in record["dates"]:
            offsets(record["text"], expression["text"])
        for resolution in record["resolutions"]:
            assert str(resolution["number"]) in resolution["text"]


@pytest.mark.parametrize("path", ["fallback", "standin"])
def test_scores_on_unseen_style_news(path, request):
    nlp = request.getfixturevalue(f"{path}_nlp")
    scores = score(nlp)
    assert scores["resolutions_precision"] == 1.0, scores
    assert scores["resolutions_recall"] >= 0.95, scores
    assert scores["dates_f1"] >= 0.90, scores
    assert scores["dates_value_accuracy"] >= 0.90, scores
