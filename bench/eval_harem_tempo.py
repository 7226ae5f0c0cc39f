"""Score ``newsnlp_dates`` on the Second HAREM TEMPO track (harem2_tempo.jsonl).

    python bench/eval_harem_tempo.py [--model PATH|rules] [--date 2008-06-15] [--errors]

Gold: every entity whose ``categ`` is TEMPO (calendar dates and times,
durations, frequencies, generic uses, intervals).  The documents have no
publication date, so all get ``--date``; the gold value of a relative
expression (``tempo_ref`` ENUNCIACAO) is that date moved by ``val_delta`` in
the ``sentido`` direction, at the granularity of the largest unit the delta
uses (for a zero delta, the unit the expression names: ano, mês, semana, else
day).  Conventions the issue fixes and HAREM does not are mapped onto the gold:
"nos últimos/próximos N anos" is a duration (P3Y), not a date; a "há N meses"
that HAREM calls a duration may be given as the duration or as the date N
months back; HAREM's decade "+1930" is the TIMEX3 decade "193". Expressions
relative to another expression (``TEXTUAL``), frequencies, generic uses and
intervals have no gold value and count for detection only; absolute values
without a year (``+----11--``) are compared on the parts they give.

Detection is scored two ways:
  strict   spans equal after a leading bare preposition ("em", "de", "desde",
           "até", "a partir"...) is removed from both sides: HAREM puts the
           preposition inside the expression ("em 1997"), newsnlp keeps it out
           ("1997") and keeps contracted determiners ("do ano passado");
  overlap  a gold expression is found when a prediction overlaps it, and a
           prediction is correct when it overlaps a gold expression.
Value accuracy is reported over the normalised gold expressions that were
found (overlap), split into "absolute" (dates, times and durations whose value
needs no document date) and "relative" (``tempo_ref`` ENUNCIACAO), and end to
end (a missed expression counts as wrong).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re

import newsnlp
from common import SHARED, STANDIN
from newsnlp.components.timex import is_timex3_value

HAREM_TEMPO = SHARED / "data" / "harem" / "harem2_tempo.jsonl"

_BARE_PREPOSITION = re.compile(
    r"^(?:(?:a\s+partir|ao\s+longo|por\s+volta|em|de|desde|até|para|a|por|durante|entre|após"
    r"|sob|sobre|com|sem|contra|perante|perto|cerca)\s+)+",
    re.IGNORECASE,
)
_DELTA = re.compile(r"A(\d+)M(\d+)S(\d+)D(\d+)H(\d+)M(\d+)S(\d+)")


def strip_preposition(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the expression without a leading bare preposition."""
    found = _BARE_PREPOSITION.match(text[start:end])
    if found and found.end() < end - start:
        return start + found.end(), end
    return start, end


def absolute_value(val_norm: str) -> str | None:
    """``+20020430T----E--LM-`` -> ``2002-04-30``; ``+----11--...`` -> ``XXXX-11``."""
    body = val_norm.lstrip("+")
    if len(body) < 9:
        return None
    year, month, day, clock = body[0:4], body[4:6], body[6:8], body[9:13]
    if "-" not in clock:
        return f"T{clock[:2]}:{clock[2:]}"
    if "-" in month:
        return year if "-" not in year else None
    value = ("XXXX" if "-" in year else year) + f"-{month}"
    return value + (f"-{day}" if "-" not in day else "")


def _shift(anchor: dt.date, years: int, months: int, weeks: int, days: int) -> dt.date:
    total = anchor.year * 12 + anchor.month - 1 + years * 12 + months
    year, month = total // 12, total % 12 + 1
    day = min(anchor.day, 28)
    return dt.date(year, month, day) + dt.timedelta(weeks=weeks, days=days)


def relative_values(entity: dict, anchor: dt.date) -> set[str]:
    """Acceptable values of an ENUNCIACAO or DURACAO expression, or an empty set."""
    found = _DELTA.fullmatch(entity.get("val_delta") or "")
    if not found:
        return set()
    years, months, weeks, days, hours, minutes, seconds = map(int, found.groups())
    text = entity["text"].lower()
    duration = "P" + "".join(
        f"{n}{u}" for n, u in ((years, "Y"), (months, "M"), (weeks, "W"), (days, "D")) if n
    )
    clock = "".join(f"{n}{u}" for n, u in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
    if clock:
        duration += "T" + clock
    if entity.get("tipo") == "DURACAO" or re.search(r"últim[oa]s|próxim[oa]s|últim[oa] déc", text):
        values = {duration} if duration != "P" else set()
        if not text.startswith("há"):
            return values
        years, months, weeks, days = -years, -months, -weeks, -days
    elif entity.get("tempo_ref") != "ENUNCIACAO":
        return set()
    else:
        sign = {"ANTERIOR": -1, "POSTERIOR": 1}.get(entity.get("sentido", ""), 0)
        years, months, weeks, days = (sign * n for n in (years, months, weeks, days))
        values = set()
    moved = _shift(anchor, years, months, weeks, days)
    if years:
        unit = "Y"
    elif months:
        unit = "M"
    elif weeks:
        unit = "W"
    elif days:
        unit = "D"
    else:
        unit = next((u for w, u in (("ano", "Y"), ("mês", "M"), ("semana", "W")) if w in text), "D")
    iso = moved.isocalendar()
    values.add(
        {
            "Y": f"{moved.year:04d}",
            "M": f"{moved.year:04d}-{moved.month:02d}",
            "W": f"{iso[0]:04d}-W{iso[1]:02d}",
            "D": moved.isoformat(),
        }[unit]
    )
    return values


def gold_values(entity: dict, anchor: dt.date) -> set[str]:
    """Every value that counts as right for ``entity`` (empty: not normalised by the gold)."""
    if entity.get("tipo") == "DURACAO":  # HAREM puts a duration's delta in val_norm
        delta = entity.get("val_norm") or entity.get("val_delta")
        return relative_values({**entity, "val_delta": delta}, anchor)
    if entity.get("val_norm"):
        value = absolute_value(entity["val_norm"])
        if value and re.fullmatch(r"\d{3}0", value) and re.search(r"década|anos\s", entity["text"]):
            value = value[:3]  # HAREM writes a decade as its first year
        return {value} if value else set()
    return relative_values(entity, anchor)


def value_matches(predicted: str | None, accepted: set[str]) -> bool:
    if predicted is None:
        return False
    for gold in accepted:
        candidate = predicted
        if gold.startswith("T") and "T" in candidate:
            candidate = candidate[candidate.index("T") :][: len(gold)]
        elif gold.startswith("XXXX") and re.match(r"\d{4}", candidate):
            candidate = "XXXX" + candidate[4:]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold):
            candidate = candidate[:10]
        if candidate == gold:
            return True
    return False


def evaluate(nlp, records: list[dict], anchor: dt.date, show_errors: bool = False) -> dict:
    counts = dict.fromkeys(
        ("gold", "pred", "strict_tp", "overlap_gold", "overlap_pred", "invalid_values"), 0
    )
    value_counts = {
        kind: {"normalised": 0, "found": 0, "correct": 0} for kind in ("absolute", "relative")
    }
    for record in records:
        text = record["text"]
        gold = [e for e in record["entities"] if "TEMPO" in e["categ"]]
        doc = newsnlp.process(text, date=anchor.isoformat(), nlp=nlp)
        predicted = list(doc.spans.get("dates", []))
        counts["gold"] += len(gold)
        counts["pred"] += len(predicted)
        counts["invalid_values"] += sum(
            1 for s in predicted if s._.value is not None and not is_timex3_value(s._.value)
        )
        pred_offsets = [(s.start_char, s.end_char) for s in predicted]
        pred_stripped = {strip_preposition(text, *o) for o in pred_offsets}
        for entity in gold:
            key = strip_preposition(text, entity["start"], entity["end"])
            counts["strict_tp"] += key in pred_stripped
            overlapping = [
                s
                for s in predicted
                if s.start_char < entity["end"] and s.end_char > entity["start"]
            ]
            counts["overlap_gold"] += bool(overlapping)
            accepted = gold_values(entity, anchor)
            if show_errors and not overlapping:
                print(f"MISS  {entity['text']!r} ({entity.get('tipo')})")
            if not accepted:
                continue
            kind = "absolute" if entity.get("tempo_ref") != "ENUNCIACAO" else "relative"
            value_counts[kind]["normalised"] += 1
            if overlapping:
                value_counts[kind]["found"] += 1
                right = any(value_matches(s._.value, accepted) for s in overlapping)
                value_counts[kind]["correct"] += right
                if show_errors and not right:
                    got = [(s.text, s._.value) for s in overlapping]
                    print(f"VALUE {entity['text']!r}: gold {sorted(accepted)} got {got}")
        for span in predicted:
            hit = any(span.start_char < e["end"] and span.end_char > e["start"] for e in gold)
            counts["overlap_pred"] += hit
            if show_errors and not hit:
                print(f"FALSE {span.text!r} -> {span._.value}")
    return {"counts": counts, "values": value_counts}


def prf(tp_pred: int, pred: int, tp_gold: int, gold: int) -> dict:
    precision = tp_pred / pred if pred else 0.0
    recall = tp_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default_model = str(STANDIN) if STANDIN.is_dir() else "rules"
    parser.add_argument("--model", default=default_model, help="pipeline path, or 'rules'")
    parser.add_argument("--date", default="2008-06-15", help="date given to every document")
    parser.add_argument("--data", default=str(HAREM_TEMPO))
    parser.add_argument("--errors", action="store_true", help="print misses and wrong values")
    args = parser.parse_args()
    with open(args.data, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    nlp = newsnlp.load(args.model, components=["newsnlp_dates"])
    result = evaluate(nlp, records, dt.date.fromisoformat(args.date), args.errors)
    c, v = result["counts"], result["values"]
    report = {
        "model": args.model,
        "documents": len(records),
        "gold": c["gold"],
        "predicted": c["pred"],
        "strict": prf(c["strict_tp"], c["pred"], c["strict_tp"], c["gold"]),
        "overlap": prf(c["overlap_pred"], c["pred"], c["overlap_gold"], c["gold"]),
        "invalid_timex3_values": c["invalid_values"],
    }
    for kind in ("absolute", "relative", "all"):
        parts = [v[kind]] if kind != "all" else list(v.values())
        normalised = sum(p["normalised"] for p in parts)
        found = sum(p["found"] for p in parts)
        correct = sum(p["correct"] for p in parts)
        report[f"value_accuracy_{kind}"] = {
            "normalised_gold": normalised,
            "found": found,
            "correct": correct,
            "accuracy_on_found": round(correct / found, 3) if found else None,
            "accuracy_end_to_end": round(correct / normalised, 3) if normalised else None,
        }
    print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
