"""The issue's "Done means" on the seed article, on both paths (fallback and stand-in)."""

from __future__ import annotations

from itertools import pairwise

from spacy.language import Language

import newsnlp

ZAS = "Stanislav Zas"
ZAINETDINOV = "Vladimir Zainetdinov"

#: The opening words of each direct quote span, in order (the interrupted one is two spans).
DIRECT = [
    ("Nós defendemos a expansão dessa cooperação", ZAS),
    ("Ele mostrou sua eficácia e relevância", ZAS),
    ("Este ano está prevista a realização", ZAS),
    ("No interesse de intensificar a cooperação", ZAS),
    ("Os princípios de nossas ações conjuntas", ZAS),
    ("Estamos prontos para compartilhar nossa experiência", ZAS),
    ("Aproveitando esta oportunidade, apelamos", ZAS),
    ("Para trocar experiências e informações", ZAS),
    ("Uma discussão detalhada dos resultados", ZAINETDINOV),
]
INDIRECT = [
    ("a CSTO tem práticas bem estabelecidas", ZAS),  # Stanislav Zas afirmou: …
    ("hoje o Secretariado da CSTO sediou", ZAS),  # Informou que … (dropped subject)
]


def test_seed_quotes_and_speakers(any_nlp: Language, seed_record: dict) -> None:
    doc = newsnlp.process(seed_record["text"], date=seed_record["date"], nlp=any_nlp)
    spans = list(doc.spans["quotes"])
    direct = [(s.text, s._.speaker) for s in spans if s._.quote_kind == "direct"]
    indirect = [(s.text, s._.speaker) for s in spans if s._.quote_kind == "indirect"]
    assert len(direct) == len(DIRECT)
    for (text, speaker), (opening, expected) in zip(direct, DIRECT, strict=True):
        assert text.startswith(opening)
        assert speaker == expected, text
    assert len(indirect) == len(INDIRECT)
    for (text, speaker), (opening, expected) in zip(indirect, INDIRECT, strict=True):
        assert text.startswith(opening)
        assert speaker == expected, text
    assert not any(s._.quote_kind == "mixed" for s in spans)


def test_seed_scare_quotes_and_names_are_not_quotes(any_nlp: Language, seed_record: dict) -> None:
    doc = newsnlp.process(seed_record["text"], nlp=any_nlp)
    texts = {s.text for s in doc.spans["quotes"]}
    assert not texts & {"ambiente nutritivo", "Mercenary", "Canal"}


def test_seed_spans_do_not_overlap_and_mentions_point_at_cues(
    any_nlp: Language, seed_record: dict
) -> None:
    doc = newsnlp.process(seed_record["text"], nlp=any_nlp)
    spans = sorted(doc.spans["quotes"], key=lambda s: s.start)
    for before, after in pairwise(spans):
        assert before.end <= after.start
    mentions = {
        doc.text[s._.speaker_start : s._.speaker_end].lower()
        for s in spans
        if s._.speaker_start is not None
    }
    assert {"ele", "o secretário-geral da csto", "stanislav zas"} <= mentions


def test_seed_json_result(fallback_nlp: Language, seed_record: dict) -> None:
    article = newsnlp.extract(seed_record["text"], date=seed_record["date"], nlp=fallback_nlp)
    first = article.to_dict()["quotes"][0]
    assert first["kind"] == "direct"
    assert first["speaker"]["name"] == ZAS
    assert seed_record["text"][first["speaker"]["start"] : first["speaker"]["end"]] == "ele"
    assert first["cue"] == "disse"
