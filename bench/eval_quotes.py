"""Evaluate ``newsnlp_quotes`` on a gold file: direct and indirect F1, attribution accuracy.

Gold file: JSONL, one article a line: ``{"id", "text", "quotes": [{"text", "kind",
"speaker"}]}``; ``text`` of a quote is its exact content in the article (found in
order), ``kind`` is direct, indirect or mixed, ``speaker`` a name, a list of
acceptable names (null among them: no speaker is also right), or null.  A gold
file annotating an archive it does not copy gives quotes as ``start``/``end``
character offsets and no article ``text``; the texts then come from ``--texts``
(JSONL archives with ``id`` or HAREM's ``docid``, and ``text``), and ``--split``
picks the lines with that ``split`` value.

``bench/harem_quotes_gold.jsonl`` annotates 73 quotes (40 direct, 33 indirect or
mixed) in 17 journalistic documents of the HAREM golden collections, in two
splits: ``dev`` (8 documents, 36 quotes, used for development) and ``test`` (9
documents, 37 quotes, never looked at while changing rules).

``bench/heldout3_quotes_gold.jsonl`` annotates 60 quotes in 32 Bosque excerpts and 14
HAREM journalistic documents no other gold file uses: ``dev`` (26 quotes) and ``test``
(34 quotes, only measured); pass both archives to ``--texts``.

``bench/heldout4_quotes_gold.jsonl`` annotates 51 quotes in 44 Bosque excerpts and 4
HAREM journalistic documents no other gold file uses: ``dev`` (25 quotes) and ``test``
(26 quotes, only measured).

``bench/heldout5_quotes_gold.jsonl`` … ``heldout20_quotes_gold.jsonl`` were annotated
blind by annotators who never saw the system, its rules or the other gold files,
each on 40 Bosque excerpts (drawn at random among those with a quotation mark or a
speech cue) and 5–6 HAREM journalistic documents no earlier file used, following
the issue's definitions (docs/quotes.md, "Independent annotations").  heldout5 and
heldout6 have ``dev``/``test`` splits; heldout7, 8 and 11 to 20 are ``test`` only;
heldout9 and 10 ``dev`` only.

``bench/heldout21_quotes_gold.jsonl`` … ``heldout28_quotes_gold.jsonl`` were made the
same way, on Bosque excerpts (and a few HAREM journalistic documents) no earlier file
used, one pair at a time, each scored once before it was used for development.

``bench/heldout29_quotes_gold.jsonl`` and ``heldout30_quotes_gold.jsonl`` (89 documents,
53 quotes) were annotated blind on what was left: HAREM's second collection's unused
documents up to 6,000 characters (web news, encyclopaedia pages, forums, two oral-history
interviews) and Bosque excerpts no earlier file used (mostly without quotation marks).
heldout30 counts interviewers' turns as direct quotes, which the component leaves out.

``bench/heldout31_quotes_gold.jsonl`` … ``heldout45_quotes_gold.jsonl`` (240 documents,
1,245 quotes) annotate Brazilian news of 2020 (politics, economy, sport; 16 articles a
file) from the public GitHub repository ``mauricio-seiji/Dataset-news-articles-pt-br``
(commit 8aa14f5b97e02774d72a658eef81fb98ad183a60), whose README states no licence, so
its texts are not copied here.  An ``id`` is the article's path in that repository;
``--texts`` takes a JSONL of ``{"id": path, "text": the file's content}``.  The
annotators fetched the articles themselves; in a few (``economia/18.txt``,
``politica/17.txt``, ``politica/82.txt``, ``politica/88.txt``, ``politica/89.txt``) the
stored text differs from the repository's file by invisible characters or decomposed
accents, so offsets there may be off by a few characters.  They were annotated blind in
five rounds of three files (31–33, 34–36, 37–39, 40–42, 43–45), each round scored once
before any rule was changed for it; the last was not used for development
(docs/quotes.md).

``bench/heldout46_quotes_gold.jsonl`` … ``heldout49_quotes_gold.jsonl`` (60 documents,
409 quotes) come from the same repository and commit, also from its science and
technology folder (``ciencia e tecnologia/<n>.txt``), annotated blind in a sixth round
and scored once, at the end of a session, with nothing changed after.  Articles an
earlier file had used were left out.  The annotators found invisible characters their
copies lack in ``ciencia e tecnologia/10.txt`` (two, stored as U+200B), ``25.txt``
(one), ``51.txt`` (twelve) and ``72.txt`` (two); offsets after them refer to the
copies.

``bench/heldout50_quotes_gold.jsonl`` … ``heldout52_quotes_gold.jsonl`` (48 documents,
316 quotes), a seventh blind round from the same repository (sport, science and
technology, and its entertainment folder ``entretenimento/<n>.txt``), were scored once,
at the end of the session that made them.  Copies that differ from the repository by
invisible characters: ``ciencia e tecnologia/19.txt`` (six missing), ``39.txt`` (two
missing), ``70.txt`` (two stored as U+200B), ``94.txt`` (four missing) and
``entretenimento/27.txt`` (decomposed accents, kept).

``bench/heldout53_quotes_gold.jsonl`` … ``heldout55_quotes_gold.jsonl`` (eighth round,
48 documents, 329 quotes) and ``heldout56_quotes_gold.jsonl`` … ``heldout58_quotes_gold.jsonl``
(ninth round, 48 documents, 268 quotes) come from the same repository's science and
technology and entertainment folders, articles no earlier file used; both rounds were
annotated at the start of a session and scored once, at its end.  Copies that differ
from the repository: ``entretenimento/23.txt`` and ``entretenimento/2.txt`` (accents
composed, 10 and 4 characters fewer), ``ciencia e tecnologia/74.txt``, ``21.txt`` and
``67.txt`` (two invisible characters missing in each).

``bench/heldout59_quotes_gold.jsonl`` … ``heldout61_quotes_gold.jsonl`` (tenth round, 42
documents, 216 quotes: the last unused science and technology and entertainment
articles) were annotated while the session's last rules were written and scored once,
at its end.  Copies that differ: ``entretenimento/16.txt`` (accents composed, 31
characters fewer) and ``ciencia e tecnologia/18.txt`` (two invisible characters missing).
``bench/heldout62_quotes_gold.jsonl`` (eleventh round, 12 documents, 54 quotes: the last
unused economy, politics and sport articles) was made the same way and scored once, at
the session's last commit.

``bench/heldout63_quotes_gold.jsonl`` … ``heldout66_quotes_gold.jsonl`` (twelfth round,
100 documents, 387 quotes: 88 direct, 299 indirect or mixed) annotate another source:
the 100 regional news items of g1 (Globo, July 2018) in ``g1/globo.xml`` of the public
GitHub repository ``MaiRodrigues/SpokenNLP`` (commit 27912b9c…), which states no
licence either; ``bench/g1_texts.py`` rebuilds the texts from that file (an ``id`` is
the item's link).  Photo credits and captions are part of the texts; the annotators
were told to ignore them, so quotes inside captions are not in the gold.  Four
annotators, who never saw the system, annotated 21, 31, 29 and 19 items; the round
was scored once, before any rule was changed for it.  The annotators' copy of the
file lacks two characters (probably decomposed accents) somewhere in its characters
304,000–320,000, which hold the items on the Enem, a pickup crash, traffic and a taxi
driver in heldout66: offsets there may be off by up to two characters.

``bench/heldout67_quotes_gold.jsonl`` … ``heldout70_quotes_gold.jsonl`` (thirteenth
round, 68 documents, 196 quotes: 119 direct, 77 indirect or mixed) annotate a third
source: Brazilian government news of 2024 (Ministry of Health, Ministry of
Education, the Presidency, Federal Police) from the daily JSON files of the public
GitHub repository ``nitaibezerra/govbrnews-scraper``; ``bench/govbr_texts.py`` lists
the files and rebuilds the texts (an ``id`` is the item's URL).  Four annotators who
never saw the system annotated them while the session's rules were written, and the
round was scored once, at the session's last code commit.  ``heldout71`` …
``heldout123`` annotate more of those files the same way (see ``docs/quotes.md``).

``bench/heldout124_quotes_gold.jsonl`` … ``heldout139_quotes_gold.jsonl`` (rounds 29
to 32, 234 documents, 2,893 quotes) annotate two more sources: Brazilian news of
2016–2018 from the "true" half of the Fake.br corpus (``roneysco/Fake.br-Corpus``;
``bench/fakebr_texts.py`` rebuilds the texts, an ``id`` is the file's path) and
Portuguese news of the weekly SOL (``ro-afonso/fake-news-pt-eu``; ``bench/sol_texts.py``
rebuilds them, an ``id`` is the article's URL).  Neither states a licence.
``heldout140`` … ``heldout342`` (rounds 33 to 69, 40,700 quotes; there is no
``heldout219`` nor ``heldout246``) annotate more articles of both, drawn the same way.

``bench/bosque_quotes_gold.jsonl`` is such a file: 85 randomly drawn Bosque news
excerpts (with a quotation mark or a speech cue) annotated by hand, 78 quotes in
three splits: ``dev`` (30 excerpts, 35 quotes), ``heldout`` (25, 16) and
``heldout2`` (30, 27). Each held-out split was annotated and scored before any
rule was changed for it, and used for development afterwards.

Direct quotes are scored against predicted direct spans; indirect and mixed
together against predicted indirect and mixed spans.
A prediction matches a gold quote of its class when their character ranges
overlap with a Dice coefficient of at least 0.5.  Attribution accuracy is the
share of matched gold quotes whose predicted speaker is an acceptable name.

    python bench/eval_quotes.py tests/fixtures/quotes_gold.jsonl --model rules
    python bench/eval_quotes.py bench/bosque_quotes_gold.jsonl --split heldout \
        --texts ../shared/data/news/bosque_news.jsonl --model rules
    python bench/eval_quotes.py tests/fixtures/quotes_gold.jsonl \
        --model ../shared/models/pt_standin_news
    python bench/eval_quotes.py bench/harem_quotes_gold.jsonl --split test --texts \
        ../shared/data/harem/harem1_golden.jsonl ../shared/data/harem/harem2_classic.jsonl
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path
from typing import Any

import newsnlp

MIN_DICE = 0.5
CLASSES = {"direct": "direct", "indirect": "indirect", "mixed": "indirect"}


def normalise(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def gold_quotes(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Gold quotes with character offsets, each found after the previous one."""
    text, cursor, found = record["text"], 0, []
    for quote in record["quotes"]:
        if "start" in quote:
            start, end = quote["start"], quote["end"]
        else:
            start = text.find(quote["text"], cursor)
            if start < 0:
                raise ValueError(f"{record['id']}: quote not in text: {quote['text']!r}")
            end = start + len(quote["text"])
        speakers = quote["speaker"]
        accepted = (
            None if speakers is None else [speakers] if isinstance(speakers, str) else speakers
        )
        found.append(
            {"start": start, "end": end, "cls": CLASSES[quote["kind"]], "speaker": accepted}
        )
        cursor = start + 1
    return found


def dice(a: tuple[int, int], b: tuple[int, int]) -> float:
    overlap = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return 2 * overlap / ((a[1] - a[0]) + (b[1] - b[0]))


def evaluate(records: list[dict[str, Any]], model: str) -> dict[str, Any]:
    nlp = newsnlp.load(model)
    counts = {
        c: {"gold": 0, "predicted": 0, "matched": 0, "attributed": 0}
        for c in ("direct", "indirect")
    }
    errors = []
    for record in records:
        article = newsnlp.extract(record["text"], nlp=nlp, id=record["id"])
        gold = gold_quotes(record)
        predicted: list[dict[str, Any]] = [
            {
                "start": q.start,
                "end": q.end,
                "cls": CLASSES[q.kind],
                "speaker": q.speaker.name if q.speaker else None,
                "text": q.text,
            }
            for q in article.quotes
        ]
        used: set[int] = set()
        for g in gold:
            counts[g["cls"]]["gold"] += 1
            best, best_score = None, MIN_DICE
            for i, p in enumerate(predicted):
                score = dice((g["start"], g["end"]), (p["start"], p["end"]))
                if i not in used and p["cls"] == g["cls"] and score >= best_score:
                    best, best_score = i, score
            if best is None:
                errors.append(
                    {
                        "id": record["id"],
                        "missed": record["text"][g["start"] : g["end"]],
                        "class": g["cls"],
                    }
                )
                continue
            used.add(best)
            counts[g["cls"]]["matched"] += 1
            name = predicted[best]["speaker"]
            accepted = g["speaker"]
            correct = (
                (name is None)
                if accepted is None
                else (None in accepted)
                if name is None
                else normalise(name) in {normalise(a) for a in accepted if a is not None}
            )
            counts[g["cls"]]["attributed"] += correct
            if not correct:
                errors.append(
                    {
                        "id": record["id"],
                        "quote": predicted[best]["text"][:60],
                        "start": predicted[best]["start"],
                        "speaker": name,
                        "gold": accepted,
                        "class": g["cls"],
                    }
                )
        for i, p in enumerate(predicted):
            counts[p["cls"]]["predicted"] += 1
            if i not in used:
                errors.append({"id": record["id"], "spurious": p["text"][:80], "class": p["cls"]})
    report: dict[str, Any] = {"model": model, "articles": len(records)}
    for cls, c in counts.items():
        precision = c["matched"] / c["predicted"] if c["predicted"] else 0.0
        recall = c["matched"] / c["gold"] if c["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        report[cls] = {
            **c,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "attribution_accuracy": round(c["attributed"] / c["matched"], 3)
            if c["matched"]
            else 0.0,
        }
    report["errors"] = errors
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--model", default="rules", help='"rules" or a pipeline path/name')
    parser.add_argument(
        "--texts",
        type=Path,
        nargs="+",
        help="archives (JSONL, `id` or HAREM's `docid`, and `text`) of an offsets gold",
    )
    parser.add_argument("--split", help="only the gold lines with this split value")
    parser.add_argument(
        "--errors", action="store_true", help="also list misses, spurious spans and wrong speakers"
    )
    args = parser.parse_args()
    with args.gold.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    if args.split:
        records = [r for r in records if r.get("split") == args.split]
    if args.texts:
        texts: dict[str, str] = {}
        for archive in args.texts:
            with archive.open(encoding="utf-8") as lines:
                for row in map(json.loads, lines):
                    texts[row.get("id", row.get("docid"))] = row["text"]
        records = [{**r, "text": texts[r["id"]]} for r in records]
    report = evaluate(records, args.model)
    if not args.errors:
        report.pop("errors")
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
