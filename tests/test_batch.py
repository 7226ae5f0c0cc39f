"""newsnlp.batch: long texts in pieces, failures isolated, nothing lost, resume, strict."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from newsnlp.batch import (
    EXIT_OK,
    EXIT_SKIPPED,
    EXIT_STRICT_STOP,
    LocalEngine,
    extract,
    process_records,
    stitch_articles,
    text_chunks,
)
from newsnlp.io import Record, Skip, read_jsonl
from newsnlp.schema import Article, Entity, Mention, Organization, Quote, Speaker

PLACES = ("Lisboa", "Brasília", "Moscovo")


@Language.component("test_fail_on_boom")
def fail_on_boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise RuntimeError("the component does not like BOOM")
    return doc


@pytest.fixture(scope="module")
def ruler_nlp() -> Language:
    """A fast pipeline with predictable entities, so offsets can be checked exactly."""
    nlp = spacy.blank("pt")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "LOC", "pattern": place} for place in PLACES])
    nlp.add_pipe("test_fail_on_boom")
    return nlp


def assert_offsets_point_into(text: str, article: Article) -> None:
    for entity in article.entities:
        assert text[entity.start : entity.end] == entity.text


@given(st.text(alphabet="ab .\n", max_size=300), st.integers(min_value=1, max_value=40))
def test_text_chunks_cover_the_text_exactly(text, max_chars):
    pieces = text_chunks(text, max_chars)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(end - start <= max_chars for start, end in pieces)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))


def test_text_chunks_prefer_paragraph_breaks():
    text = "Um parágrafo. Outra frase.\n\nSegundo parágrafo aqui.\n\nTerceiro."
    pieces = text_chunks(text, 40)
    assert [text[s:e] for s, e in pieces] == [
        "Um parágrafo. Outra frase.\n\n",
        "Segundo parágrafo aqui.\n\nTerceiro.",
    ]


def test_stitch_articles_shifts_every_offset_and_merges_organisations():
    record = Record(1, "x", "ignored", "2022-02-16")
    onu = Organization("UN", "Nações Unidas", ["ONU"], [Mention("ONU", 2, 5)])
    quote = Quote("«Sim»", 0, 5, "direct", Speaker("Ana", 10, 13), "disse")
    first = Article("x", "2022-02-16", [Entity("ONU", "ORG", 2, 5)], [onu], [quote])
    second = Article(
        "x",
        "2022-02-16",
        organizations=[
            Organization("UN", "Nações Unidas", ["UN"], [Mention("UN", 1, 3)]),
            Organization(None, "Liga Local", [], [Mention("Liga Local", 4, 14)]),
        ],
    )
    stitched = stitch_articles(record, [(0, first), (100, second)])
    assert stitched.entities == [Entity("ONU", "ORG", 2, 5)]
    assert [
        (o.id, o.acronyms, [(m.start, m.end) for m in o.mentions]) for o in stitched.organizations
    ] == [
        ("UN", ["ONU", "UN"], [(2, 5), (101, 103)]),
        (None, [], [(104, 114)]),
    ]
    assert stitched.quotes == [quote]


def test_long_text_is_processed_in_pieces_with_offsets_into_the_whole(ruler_nlp):
    paragraphs = [f"Notícia {i} de {PLACES[i % 3]} para {PLACES[(i + 1) % 3]}." for i in range(300)]
    text = "\n\n".join(paragraphs)
    short = process_records(ruler_nlp, [Record(1, "long", text, None)])[0]
    ruler_nlp.max_length = 1000
    try:
        pieced = process_records(ruler_nlp, [Record(1, "long", text, None)])[0]
    finally:
        ruler_nlp.max_length = 1_000_000
    assert isinstance(pieced, Article) and isinstance(short, Article)
    assert len(pieced.entities) == 600
    assert pieced == short
    assert_offsets_point_into(text, pieced)


def test_a_failing_record_goes_to_errors_and_the_rest_of_its_batch_is_kept(ruler_nlp, caplog):
    records = [Record(i, f"r{i}", f"Texto {i} de Lisboa.", None) for i in range(1, 6)]
    records[2] = Record(3, "r3", "Texto BOOM.", None)
    outcomes = process_records(ruler_nlp, records, batch_size=2)
    assert [type(o).__name__ for o in outcomes] == [
        "Article",
        "Article",
        "Skip",
        "Article",
        "Article",
    ]
    skip = outcomes[2]
    assert isinstance(skip, Skip) and skip.position == 3 and skip.id == "r3"
    assert skip.reason.startswith("pipeline failed: RuntimeError")
    assert "retrying them one at a time" in caplog.text


def test_memory_zone_keeps_the_vocabulary_from_growing(ruler_nlp):
    def records(tag: str) -> list[Record]:
        return [
            Record(i, str(i), f"palavra{tag}{i} nova{tag}{i} em Lisboa", None) for i in range(200)
        ]

    process_records(ruler_nlp, records("a"))
    size = len(ruler_nlp.vocab.strings)
    process_records(ruler_nlp, records("b"))
    assert len(ruler_nlp.vocab.strings) == size


def write_lines(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def adversarial_lines() -> list[bytes]:
    big = "\n\n".join(f"Parágrafo {i} sobre Lisboa e Brasília." for i in range(80_000))
    assert len(big.encode()) > 3_000_000
    good = [
        json.dumps({"id": f"g{i}", "text": f"Em {PLACES[i % 3]}, a notícia {i}."}).encode()
        for i in range(12)
    ]
    return [
        good[0],
        b'{"id": "broken", "text": "sem fim',
        good[1],
        b'{"id": "no-text", "title": "Sem texto"}',
        b'{"id": "number", "text": 1234}',
        b'{"id": "empty", "text": ""}',
        b'{"id": "latin1", "text": "Bras\xedlia"}',
        good[2],
        json.dumps({"id": "big", "text": big, "date": "2022-02-16"}).encode(),
        good[3],
        good[3],  # the same record twice
        json.dumps({"id": "g1", "text": "Outro texto com o id g1, de Moscovo."}).encode(),
        b"",
        b"null",
        *good[4:],
    ]


def test_adversarial_archive_every_line_is_accounted_for(tmp_path, ruler_nlp):
    lines = adversarial_lines()
    source = write_lines(tmp_path / "archive.jsonl", lines)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    ruler_nlp.max_length = 1_000_000
    summary = extract(
        source, out, LocalEngine(ruler_nlp, batch_size=4), errors_path=errors, chunk_size=5
    )
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    reported = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert summary.read == len(lines) == len(results) + len(reported)
    assert (summary.written, summary.errors, summary.exit_code) == (len(results), 6, EXIT_SKIPPED)
    assert "errors 6" in summary.describe()
    assert {e["position"]: e["reason"] for e in reported} == {
        2: "not JSON: Invalid control character at (column 34)",
        4: "no 'text' field",
        5: "'text' is int, not a string",
        7: "undecodable bytes (not UTF-8) at byte 30",
        13: "blank line",
        14: "not a JSON object but NoneType",
    }
    assert {e["id"] for e in reported} == {None, "no-text", "number"}
    good_positions = sorted(set(range(1, len(lines) + 1)) - {e["position"] for e in reported})
    assert [r["id"] for r in results] == [
        item.id for item in read_jsonl(source) if isinstance(item, Record)
    ]
    assert len(good_positions) == len(results)
    big = next(r for r in results if r["id"] == "big")
    text = json.loads(lines[8])["text"]
    assert len(big["entities"]) == 160_000 and big["date"] == "2022-02-16"
    assert all(text[e["start"] : e["end"]] == e["text"] for e in big["entities"])
    assert [r["id"] for r in results].count("g3") == 2
    assert [r["id"] for r in results].count("g1") == 2
    assert next(r for r in results if r["id"] == "empty")["entities"] == []


def test_resume_after_a_partial_run_gives_the_uninterrupted_output(tmp_path, ruler_nlp):
    lines = [
        json.dumps({"id": f"a{i % 7}", "text": f"Notícia {i} de {PLACES[i % 3]}."}).encode()
        if i % 5
        else b"{broken"
        for i in range(60)
    ]
    source = write_lines(tmp_path / "in.jsonl", lines)
    engine = LocalEngine(ruler_nlp, batch_size=3)
    full_out, full_errors = tmp_path / "full.jsonl", tmp_path / "full_errors.jsonl"
    extract(source, full_out, engine, errors_path=full_errors, chunk_size=4)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    out.write_bytes(b"".join(full_out.read_bytes().splitlines(keepends=True)[:17]) + b'{"id": "a')
    errors.write_bytes(b"".join(full_errors.read_bytes().splitlines(keepends=True)[:5]))
    summary = extract(source, out, engine, errors_path=errors, resume=True, chunk_size=4)
    assert out.read_bytes() == full_out.read_bytes()
    assert errors.read_bytes() == full_errors.read_bytes()
    assert summary.resumed == 17 and summary.read == 60 and summary.errors == 12


def test_strict_stops_at_the_first_bad_record(tmp_path, ruler_nlp):
    lines = [json.dumps({"id": str(i), "text": "Lisboa"}).encode() for i in range(10)]
    lines[6] = b'{"id": "6", "text": null}'
    source = write_lines(tmp_path / "in.jsonl", lines)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    summary = extract(
        source, out, LocalEngine(ruler_nlp), errors_path=errors, strict=True, chunk_size=4
    )
    assert summary.exit_code == EXIT_STRICT_STOP
    assert summary.stopped_at == Skip(7, "6", "'text' is null")
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == list("012345")
    assert json.loads(errors.read_text())["position"] == 7


def test_clean_archive_exits_zero(tmp_path, ruler_nlp):
    source = write_lines(tmp_path / "in.jsonl", [b'{"id": "a", "text": "Lisboa"}'])
    summary = extract(source, tmp_path / "out.jsonl", LocalEngine(ruler_nlp))
    assert (summary.read, summary.written, summary.exit_code) == (1, 1, EXIT_OK)


def test_long_article_offsets_hold_for_every_fact_on_both_pipelines(any_nlp, seed_record):
    """The seed article cut into pieces by a small max_length: all offsets index its text."""
    text = seed_record["text"]
    record = Record(1, seed_record["id"], text, seed_record["date"])
    saved = any_nlp.max_length
    any_nlp.max_length = 1500
    try:
        article = process_records(any_nlp, [record])[0]
    finally:
        any_nlp.max_length = saved
    assert isinstance(article, Article) and article.id == seed_record["id"]
    spans = [*article.entities, *article.quotes, *article.dates, *article.resolutions]
    spans += [m for org in article.organizations for m in org.mentions]
    assert article.entities and article.organizations
    for span in spans:
        assert text[span.start : span.end] == span.text
    for quote in article.quotes:
        if quote.speaker is not None and quote.speaker.start is not None:
            assert 0 <= quote.speaker.start < quote.speaker.end <= len(text)
    ids = [org.id for org in article.organizations if org.id is not None]
    assert len(ids) == len(set(ids))  # one group per organisation across pieces
