"""Component ``newsnlp_dates`` on hand-built Docs, on the seed article (both paths) and on disk."""

from __future__ import annotations

import functools
import json

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, DocBin

import newsnlp
from newsnlp.components.dates import tense_direction
from newsnlp.components.timex import is_timex3_value

SEED_DATES = [
    ("16 de fevereiro", "DATE", "2022-02-16"),
    ("hoje", "DATE", "2022-02-16"),
    ("Nos últimos três anos", "DURATION", "P3Y"),
    ("do ano passado", "DATE", "2021"),
    ("Este ano", "DATE", "2022"),
    ("2 de dezembro de 2021", "DATE", "2021-12-02"),
    ("hoje", "DATE", "2022-02-16"),
]


@pytest.fixture()
def dates_nlp(blank_nlp):
    blank_nlp.add_pipe("newsnlp_dates")
    return blank_nlp


def found(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [(s.text, s._.timex_type, s._.value) for s in doc.spans["dates"]]


def parsed_doc(nlp, verb: str, tense: str) -> Doc:
    """ "O ministro <verb> na segunda-feira ." with a parse and the verb's tense."""
    return Doc(
        nlp.vocab,
        words=["O", "ministro", verb, "na", "segunda-feira", "."],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "case", "obl", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
        morphs=["", "", f"Mood=Ind|Tense={tense}|VerbForm=Fin", "", "", ""],
    )


@pytest.mark.parametrize(
    ("verb", "tense", "value"),
    [
        ("chegou", "Past", "2022-02-14"),
        ("chegará", "Fut", "2022-02-21"),
        ("chega", "Pres", "2022-02-14"),
    ],
)
def test_weekday_follows_the_tense_of_the_governing_verb(dates_nlp, verb, tense, value):
    doc = parsed_doc(dates_nlp, verb, tense)
    doc._.published = "2022-02-16"  # a Wednesday
    doc = dates_nlp(doc)
    assert found(doc) == [("na segunda-feira", "DATE", value)]


def test_periphrastic_future_counts_as_future(blank_nlp):
    doc = Doc(
        blank_nlp.vocab,
        words=["Ele", "vai", "viajar", "no", "sábado"],
        heads=[2, 2, 2, 4, 2],
        deps=["nsubj", "aux", "ROOT", "case", "obl"],
        pos=["PRON", "AUX", "VERB", "ADP", "NOUN"],
        lemmas=["ele", "ir", "viajar", "em o", "sábado"],
        morphs=["", "Mood=Ind|Tense=Pres|VerbForm=Fin", "VerbForm=Inf", "", ""],
    )
    assert tense_direction(doc[4:5]) == 1


def test_without_a_parse_the_most_recent_weekday(dates_nlp):
    doc = newsnlp.process("O ministro chegará na segunda-feira.", date="2022-02-16", nlp=dates_nlp)
    assert found(doc) == [("na segunda-feira", "DATE", "2022-02-14")]


def test_a_tagged_number_before_a_noun_is_a_quantity_not_a_year(blank_nlp):
    blank_nlp.add_pipe("newsnlp_dates")
    words = ["Perderam", "em", "1999", "gado", "."]
    doc = Doc(blank_nlp.vocab, words=words, pos=["VERB", "ADP", "NUM", "NOUN", "PUNCT"])
    assert found(blank_nlp(doc)) == []
    untagged = Doc(blank_nlp.vocab, words=words)
    assert found(blank_nlp(untagged)) == [("1999", "DATE", "1999")]


def test_spans_cover_whole_tokens_and_carry_plain_values(dates_nlp):
    doc = newsnlp.process("Chegou às 18h06 de ontem.", date="2022-02-16", nlp=dates_nlp)
    assert found(doc) == [("às 18h06", "TIME", "2022-02-15T18:06"), ("ontem", "DATE", "2022-02-15")]
    assert [s.label_ for s in doc.spans["dates"]] == ["TIME", "DATE"]


def test_dateline_sets_the_publication_date_only_when_absent(dates_nlp):
    text = "Lisboa, 3 de março de 2021 - O Governo aprovou ontem o plano."
    doc = newsnlp.process(text, nlp=dates_nlp)
    assert doc._.published == "2021-03-03"
    assert found(doc)[-1] == ("ontem", "DATE", "2021-03-02")
    dated = newsnlp.process(text, date="2021-03-05", nlp=dates_nlp)
    assert dated._.published == "2021-03-05"


def test_dateline_inference_can_be_switched_off(blank_nlp):
    blank_nlp.add_pipe("newsnlp_dates", config={"infer_published": False})
    doc = newsnlp.process("Lisboa, 3 de março de 2021 - Hoje.", nlp=blank_nlp)
    assert doc._.published is None
    assert found(doc)[-1] == ("Hoje", "DATE", None)


def test_a_bad_publication_date_gives_no_values_rather_than_an_error(dates_nlp):
    doc = dates_nlp.make_doc("Hoje e ontem.")
    doc._.published = "not a date"
    assert [v for _, _, v in found(dates_nlp(doc))] == [None, None]


def test_values_survive_docbin(dates_nlp):
    doc = newsnlp.process("Em 2 de dezembro de 2021 e hoje.", date="2022-02-16", nlp=dates_nlp)
    restored = next(DocBin(docs=[doc], store_user_data=True).get_docs(dates_nlp.vocab))
    assert found(restored) == found(doc)


def test_lexicon_round_trips_through_disk(tmp_path, blank_nlp):
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"references": {"nos tempos que correm": "PRESENT_REF"}}))
    blank_nlp.add_pipe("newsnlp_dates", config={"lexicon_path": str(extra)})
    blank_nlp.to_disk(tmp_path / "pipeline")
    extra.unlink()  # the saved pipeline no longer needs the user's file
    reloaded = spacy.load(
        tmp_path / "pipeline", config={"components": {"newsnlp_dates": {"lexicon_path": None}}}
    )
    doc = reloaded("Nos tempos que correm, tudo muda.")
    assert found(doc) == [("Nos tempos que correm", "DATE", "PRESENT_REF")]


def test_seed_article_dates_on_both_paths(any_nlp, seed_record):
    doc = newsnlp.process(seed_record["text"], date=seed_record["date"], nlp=any_nlp)
    assert found(doc) == SEED_DATES


def test_seed_article_without_a_date_leaves_relative_values_empty(any_nlp, seed_record):
    doc = newsnlp.process(seed_record["text"], nlp=any_nlp)
    assert doc._.published is None  # "16 de fevereiro, Moscou." gives no year
    values = {text: value for text, _, value in found(doc)}
    assert values["hoje"] is None and values["do ano passado"] is None
    assert values["16 de fevereiro"] == "XXXX-02-16"
    assert values["2 de dezembro de 2021"] == "2021-12-02"


def test_json_form(fallback_nlp, seed_record):
    article = newsnlp.extract(seed_record["text"], date=seed_record["date"], nlp=fallback_nlp)
    first = article.to_dict()["dates"][0]
    assert first == {
        "text": "16 de fevereiro",
        "start": 0,
        "end": 15,
        "type": "DATE",
        "value": "2022-02-16",
    }


def test_weekday_tense_from_the_standin_parse(standin_nlp):
    values = [
        newsnlp.extract(text, date="2022-02-16", nlp=standin_nlp).dates[0].value
        for text in (
            "O ministro chegou na segunda-feira a Lisboa.",
            "O ministro chegará na segunda-feira a Lisboa.",
            "O ministro vai chegar na segunda-feira a Lisboa.",
        )
    ]
    assert values == ["2022-02-14", "2022-02-21", "2022-02-21"]


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(max_size=150),
    published=st.one_of(st.none(), st.dates().map(str), st.text(max_size=12)),
)
def test_pipeline_never_raises_and_gives_valid_values(text, published):
    nlp = _blank_with_components()
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    for span in doc.spans["dates"]:
        assert span._.value is None or is_timex3_value(span._.value)
        assert span._.timex_type in ("DATE", "TIME", "DURATION", "SET")
    for span in doc.spans["resolutions"]:
        assert isinstance(span._.number, int)


@functools.lru_cache(maxsize=1)
def _blank_with_components():
    nlp = spacy.blank("pt")
    nlp.add_pipe("newsnlp_dates")
    nlp.add_pipe("newsnlp_resolutions")
    return nlp
