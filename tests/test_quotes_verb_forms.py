"""Speech verbs in every inflection, without a lemmatiser."""

from __future__ import annotations

import pytest

from newsnlp.components.verb_forms import VerbTable, inflect_all, load_verb_table, regular_forms
from newsnlp.resources import DataError, read_lines


def test_regular_ar_verb_has_its_news_forms() -> None:
    forms = regular_forms("afirmar")
    assert {"afirmou", "afirma", "afirmava", "afirmara", "afirmará", "afirmaria"} <= forms
    assert {"afirmando", "afirmado", "afirmaram", "afirmem", "afirmasse"} <= forms


@pytest.mark.parametrize(
    ("infinitive", "form"),
    [
        ("explicar", "expliquei"),  # c → qu before e
        ("alegar", "aleguei"),  # g → gu before e
        ("reforçar", "reforcei"),  # ç → c before e
        ("reconhecer", "reconheço"),  # c → ç before o
        ("esclarecer", "esclareça"),
        ("concluir", "conclui"),  # -uir
        ("concluir", "concluiu"),
        ("concluir", "concluía"),  # -uir keeps the hiatus with an accent
        ("concluir", "concluíram"),
        ("atribuir", "atribuído"),
        ("admitir", "admitiu"),
        ("defender", "defendeu"),
    ],
)
def test_spelling_changes(infinitive: str, form: str) -> None:
    assert form in regular_forms(infinitive)


def test_not_an_infinitive_is_rejected() -> None:
    with pytest.raises(ValueError, match="infinitive"):
        regular_forms("disse")


def test_irregular_paradigms_and_compounds() -> None:
    table = load_verb_table()
    assert {"disse", "diz", "dizia", "dirá", "dito", "disseram"} <= table.forms("dizer")
    assert "dizeu" not in table.forms("dizer")  # no regular forms for a full paradigm
    assert {"propôs", "propõe", "propunha", "proposto"} <= table.forms("propor")
    assert {"mantém", "mantêm", "manteve"} <= table.forms("manter")
    assert {"previu", "prevê"} <= table.forms("prever")
    assert {"peço", "pediu", "pede"} <= table.forms("pedir")  # stem change added to regular
    assert "peça" not in table.forms("pedir")  # a noun far more often than a cue


def test_package_list_has_sixty_verbs_and_all_inflect() -> None:
    verbs = read_lines("speech_verbs.txt")
    assert len(verbs) >= 60
    lookup = inflect_all(verbs, load_verb_table())
    for form, verb in [
        ("enfatizou", "enfatizar"),
        ("ressaltou", "ressaltar"),
        ("frisou", "frisar"),
    ]:
        assert lookup[form] == verb


@pytest.mark.parametrize(
    "line",
    ["dizer =", "manter < sei", "just words"],
)
def test_malformed_irregular_lines_raise_data_error(line: str) -> None:
    with pytest.raises(DataError):
        VerbTable(["ter = ter tem", line])


def test_speaker_noun_lines_are_validated() -> None:
    from newsnlp.components.speaker_lexicon import SpeakerNouns

    nouns = SpeakerNouns(["ministra F", "governo ORG", "relatório X", "vice"])
    assert nouns.head("vice-ministra") == "ministra"
    assert nouns.head("ministra-adjunta") == "ministra-adjunta"
    assert nouns.gender_of("ministra-adjunta") == "F"
    assert nouns.is_body("Governo") and "relatório" in nouns.silent
    with pytest.raises(DataError):
        SpeakerNouns(["ministra feminino"])


@pytest.mark.parametrize("line", ["magistrado ORG =juiz", "magistrado M =", "=juiz"])
def test_a_role_standing_for_another_is_validated(line: str) -> None:
    from newsnlp.components.speaker_lexicon import SpeakerNouns

    nouns = SpeakerNouns(
        ["juiz M", "magistrado M =juiz", "magistrada F =juíza", "treinador =técnico"]
    )
    assert nouns.role_class("magistrado") == "juiz" and nouns.role_class("juiz") == "juiz"
    assert nouns.gender_of("magistrado") == "M"
    assert SpeakerNouns(nouns.words()).same_as == nouns.same_as  # what to_disk writes
    with pytest.raises(DataError):
        SpeakerNouns([line])
