"""UN resolution numbers: the pure extraction and the ``newsnlp_resolutions`` component."""

from __future__ import annotations

import json

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import newsnlp
from newsnlp.components.resolution_extraction import (
    DataError,
    bodies_from_dict,
    find_resolutions,
    load_bodies,
)
from newsnlp.resources import read_json

BODIES = load_bodies()


def numbers(text: str) -> list[tuple[str, int, str | None, int | None]]:
    return [(m.text, m.number, m.issuer, m.year) for m in find_resolutions(text, BODIES)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "as resoluções 1267, 1989 e 2253 do Conselho de Segurança",
            [
                ("1267", 1267, "UNSC", None),
                ("1989", 1989, "UNSC", None),
                ("2253", 2253, "UNSC", None),
            ],
        ),
        (
            "de acordo com as resoluções existentes do Conselho de Segurança da ONU, em particular "
            "1624 e 2354, estamos prontos",
            [("1624", 1624, "UNSC", None), ("2354", 2354, "UNSC", None)],
        ),
        ("A ONU lembrou a resolução n.º 242.", [("242", 242, None, None)]),
        (
            "A Resolução 2231 foi aprovada pelo Conselho de Segurança.",
            [("2231", 2231, "UNSC", None)],
        ),
        ("a resolução 1373 (2001) da ONU", [("1373", 1373, None, 2001)]),
        ("o documento S/RES/2396 (2017)", [("2396", 2396, "UNSC", 2017)]),
        ("a resolução 377 da Assembleia Geral das Nações Unidas", [("377", 377, "UNGA", None)]),
        ("A ONU citou a resolução n.º 2585 de 2021.", [("2585", 2585, None, 2021)]),
        ("O Irão violou a Resolução 2231, disse o ministro.", [("2231", 2231, None, None)]),
        (
            "O Conselho de Segurança reuniu-se. Guterres lembrou que a resolução 2100 (2013) "
            "criou a missão.",
            [("2100", 2100, "UNSC", 2013)],
        ),
    ],
)
def test_resolution_numbers(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A ONU apreendeu 5 toneladas em 2021, segundo o artigo 12 e a página 1624.",
        "Bancos receberam bem a resolução 2.071 do Conselho Monetário Nacional.",
        "A Resolução do Conselho de Ministros n.º 12/2003 altera a Lei n.º 13.105 e o Decreto 12.",
        "A resolução de 4 de junho de 1987 do Instituto foi revogada pela ONU.",
        "A ONU diz que a resolução aprovada em 1998 exige cortes de 30%.",
        "Um ecrã com resolução de 1080 pixels.",
        "A Assembleia Geral de Accionistas aprovou a resolução 12.",
        "A ONU debateu uma proposta de resolução com 12 votos a favor em 2023.",
        "A resolução 45 da assembleia de condóminos.",
    ],
)
def test_no_false_positives_on_traps(text):
    assert numbers(text) == []


def test_bodies_errors_name_the_problem():
    data = read_json("un_bodies.json")
    with pytest.raises(DataError, match="names"):
        bodies_from_dict({"bodies": {"UNSC": {"symbol": "S/RES/"}}})
    with pytest.raises(DataError, match="symbol"):
        bodies_from_dict({**data, "bodies": {"X": {"names": ["X"], "symbol": "S/RES"}}})
    with pytest.raises(DataError, match="needs_un_context"):
        bodies_from_dict({"bodies": {"X": {"names": ["Y"], "needs_un_context": ["Z"]}}})


def test_user_bodies_file_adds_a_body(tmp_path):
    extra = tmp_path / "bodies.json"
    extra.write_text(json.dumps({"bodies": {"UNESCO": {"names": ["Conferência Geral da UNESCO"]}}}))
    bodies = load_bodies(extra)
    found = list(find_resolutions("a resolução 41 da Conferência Geral da UNESCO", bodies))
    assert [(m.number, m.issuer) for m in found] == [(41, "UNESCO")]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises(text):
    for mention in find_resolutions(text, BODIES):
        assert text[mention.start : mention.end] == mention.text


def resolutions(doc) -> list[tuple[str, int, str | None, int | None]]:
    return [(s.text, s._.number, s._.issuer, s._.year) for s in doc.spans["resolutions"]]


def test_component_spans_are_the_number_tokens(blank_nlp):
    blank_nlp.add_pipe("newsnlp_resolutions")
    doc = blank_nlp("As resoluções 1267 (1999) e 2253 do Conselho de Segurança.")
    assert resolutions(doc) == [("1267", 1267, "UNSC", 1999), ("2253", 2253, "UNSC", None)]
    assert all(len(span) == 1 for span in doc.spans["resolutions"])


def test_bodies_round_trip_through_disk(tmp_path, blank_nlp):
    extra = tmp_path / "bodies.json"
    extra.write_text(json.dumps({"bodies": {"UNESCO": {"names": ["Conferência Geral da UNESCO"]}}}))
    blank_nlp.add_pipe("newsnlp_resolutions", config={"bodies_path": str(extra)})
    blank_nlp.to_disk(tmp_path / "pipeline")
    extra.unlink()
    reloaded = spacy.load(
        tmp_path / "pipeline",
        config={"components": {"newsnlp_resolutions": {"bodies_path": None}}},
    )
    doc = reloaded("a resolução 41 da Conferência Geral da UNESCO")
    assert resolutions(doc) == [("41", 41, "UNESCO", None)]


def test_seed_article_has_exactly_two_security_council_resolutions(any_nlp, seed_record):
    article = newsnlp.extract(seed_record["text"], date=seed_record["date"], nlp=any_nlp)
    assert [(r.text, r.number, r.issuer, r.year) for r in article.resolutions] == [
        ("1624", 1624, "UNSC", None),
        ("2354", 2354, "UNSC", None),
    ]
    assert article.to_dict()["resolutions"][0] == {
        "text": "1624",
        "start": seed_record["text"].index("1624"),
        "end": seed_record["text"].index("1624") + 4,
        "number": 1624,
        "issuer": "UNSC",
        "year": None,
    }
