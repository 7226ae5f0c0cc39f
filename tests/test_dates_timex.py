"""The pure recognition and normalisation functions of newsnlp.components.timex."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.components.timex import (
    DataError,
    TimexGrammar,
    is_timex3_value,
    lexicon_from_dict,
    load_lexicon,
    published_from_dateline,
    resolve_all,
    roman_to_int,
)
from newsnlp.resources import read_json

GRAMMAR = TimexGrammar(load_lexicon())
WEDNESDAY = dt.date(2022, 2, 16)


def tag(text: str, anchor: dt.date | None = WEDNESDAY) -> list[tuple[str, str, str | None]]:
    timexes = list(GRAMMAR.find(text))
    values = resolve_all(timexes, text, anchor)
    return [(t.text, t.timex_type, v) for t, v in zip(timexes, values, strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "adotada em 2 de dezembro de 2021 do ano",
            [("2 de dezembro de 2021", "DATE", "2021-12-02")],
        ),
        ("16 de Fevereiro, Moscovo.", [("16 de Fevereiro", "DATE", "2022-02-16")]),
        (
            "o prazo de 02/12/2021 e 2021-12-02",
            [("02/12/2021", "DATE", "2021-12-02"), ("2021-12-02", "DATE", "2021-12-02")],
        ),
        ("em dezembro de 2021", [("dezembro de 2021", "DATE", "2021-12")]),
        ("nasceu em 1997.", [("1997", "DATE", "1997")]),
        (
            "hoje, ontem, anteontem e amanhã",
            [
                ("hoje", "DATE", "2022-02-16"),
                ("ontem", "DATE", "2022-02-15"),
                ("anteontem", "DATE", "2022-02-14"),
                ("amanhã", "DATE", "2022-02-17"),
            ],
        ),
        ("no ano passado", [("no ano passado", "DATE", "2021")]),
        ("Este ano", [("Este ano", "DATE", "2022")]),
        ("no próximo mês", [("no próximo mês", "DATE", "2022-03")]),
        ("há duas semanas", [("há duas semanas", "DATE", "2022-W05")]),
        ("daqui a três dias", [("daqui a três dias", "DATE", "2022-02-19")]),
        ("na semana passada", [("na semana passada", "DATE", "2022-W06")]),
        ("Nos últimos três anos", [("Nos últimos três anos", "DURATION", "P3Y")]),
        ("durante cinco dias", [("cinco dias", "DURATION", "P5D")]),
        (
            "por cerca de vinte e quatro horas",
            [("cerca de vinte e quatro horas", "DURATION", "PT24H")],
        ),
        ("nos anos 90", [("nos anos 90", "DATE", "199")]),
        ("no século XX", [("no século XX", "DATE", "19")]),
        ("às 18h06", [("às 18h06", "TIME", "T18:06")]),
        ("às três da manhã", [("às três da manhã", "TIME", "T03:00")]),
        (
            "ontem às 18h06",
            [("ontem", "DATE", "2022-02-15"), ("às 18h06", "TIME", "2022-02-15T18:06")],
        ),
        (
            "anualmente, todos os anos, 5% por ano",
            [
                ("anualmente", "SET", "P1Y"),
                ("todos os anos", "SET", "P1Y"),
                ("por ano", "SET", "P1Y"),
            ],
        ),
        ("na segunda-feira passada", [("na segunda-feira passada", "DATE", "2022-02-14")]),
        ("na próxima sexta-feira", [("na próxima sexta-feira", "DATE", "2022-02-18")]),
        ("nesta sexta-feira", [("nesta sexta-feira", "DATE", "2022-02-18")]),
        ("no passado dia 22 de Junho", [("no passado dia 22 de Junho", "DATE", "2021-06-22")]),
        ("hoje em dia", [("hoje em dia", "DATE", "PRESENT_REF")]),
        ("dois anos depois", [("dois anos depois", "DATE", None)]),
    ],
)
def test_expressions_and_values(text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mais de 5 toneladas de drogas",
        "em particular 1624 e 2354",
        "a Lei n.º 13.105/2015 e o Decreto 1234",
        "o artigo 2021 e a página 1999",
        "cerca de 2000 pessoas e 35% dos votos",
        "em 2000 casas",
        "um reactor de 1000 megawatts",
        "no momento em que chegou",
        "o Rio de Janeiro",
        "o tenor Plácido Domingo",
        "três etapas ativas",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert tag(text) == []


def test_relative_expressions_without_a_date_get_no_value():
    assert tag("hoje, no ano passado, na segunda-feira, há três dias", anchor=None) == [
        ("hoje", "DATE", None),
        ("no ano passado", "DATE", None),
        ("na segunda-feira", "DATE", None),
        ("há três dias", "DATE", None),
    ]


def test_day_and_month_without_a_year_says_so_without_a_date():
    assert tag("16 de fevereiro", anchor=None) == [("16 de fevereiro", "DATE", "XXXX-02-16")]


def test_day_and_month_far_from_the_document_date_take_the_nearest_year():
    assert tag("a 29 de dezembro", anchor=dt.date(2023, 1, 5)) == [
        ("29 de dezembro", "DATE", "2022-12-29")
    ]
    assert tag("a 29 de novembro", anchor=dt.date(2023, 5, 10)) == [
        ("29 de novembro", "DATE", "2023-11-29")
    ]


def test_times_next_to_a_day_take_that_day():
    text = "às 21h30 deste sábado e às 23h59 do dia 31 de maio"
    values = [value for _, _, value in tag(text, dt.date(2023, 5, 10))]
    assert values == ["2023-05-13T21:30", "2023-05-13", "2023-05-31T23:59", "2023-05-31"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscovo, 16 de fevereiro de 2022 - A OTSC", "2022-02-16"),
        ("LISBOA, 3 Mar. 2021 (Lusa) - O Governo", "2021-03-03"),
        ("16 de fevereiro, Moscou. A CSTO", None),
        ("O presidente disse em 16 de fevereiro de 2022 que", None),
    ],
)
def test_publication_date_from_a_dateline_only_when_it_gives_the_year(text, expected):
    assert published_from_dateline(text, GRAMMAR) == expected


@pytest.mark.parametrize(
    "value",
    [
        "2022-02-16",
        "2021-12",
        "2021",
        "2022-W07",
        "199",
        "19",
        "P3Y",
        "P5D",
        "PT2H",
        "T18:06",
        "2022-02-16T18:06",
        "PRESENT_REF",
        "PAST_REF",
        "FUTURE_REF",
        "XXXX-02-16",
        "2022-W06-WE",
        "2008-Q1",
        "1994-H1",
        "2026-SU",
        "2022-02-15TNI",
        "PXY",
        "PT1H30M",
        "XXXX-WXX-1",
        "2024-02-29",
    ],
)
def test_valid_timex3_values(value):
    assert is_timex3_value(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "2022-13-01",
        "2022-02-30",
        "2023-02-29",
        "2022-W54",
        "T25:00",
        "T12:60",
        "P",
        "P3",
        "yesterday",
        "2022/02/16",
        "22-02-16",
        None,
        2022,
    ],
)
def test_invalid_timex3_values(value):
    assert not is_timex3_value(value)


def test_roman_numerals():
    assert [roman_to_int(n) for n in ("XX", "XXI", "xvi", "IV", "IIII", "XM")] == [
        20,
        21,
        16,
        4,
        None,
        None,
    ]


def test_lexicon_errors_name_the_problem():
    data = read_json("timex_pt.json")
    with pytest.raises(DataError, match="unit codes"):
        lexicon_from_dict({**data, "units": {"lustro": "LUSTRE"}})
    with pytest.raises(DataError, match="months key"):
        lexicon_from_dict({**data, "months": {"13": ["undecimber"]}})
    with pytest.raises(DataError, match="not TIMEX3"):
        lexicon_from_dict({**data, "references": {"outrora": "LONG_AGO"}})


def test_user_lexicon_adds_words(tmp_path):
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"references": {"nos tempos que correm": "PRESENT_REF"}}))
    grammar = TimexGrammar(load_lexicon(extra))
    found = list(grammar.find("nos tempos que correm, hoje"))
    assert [t.text for t in found] == ["nos tempos que correm", "hoje"]
    with pytest.raises(DataError):
        load_lexicon(tmp_path / "missing.json")


DATEISH = st.sampled_from(
    [
        "hoje",
        "ontem",
        "amanhã",
        "anteontem",
        "de",
        "do",
        "da",
        "no",
        "na",
        "em",
        "às",
        "às",
        "18h06",
        "24h",
        "2021",
        "1624",
        "02/12/2021",
        "29/02/2023",
        "2021-12-02",
        "fevereiro",
        "Fevereiro",
        "março",
        "dia",
        "31",
        "30",
        "29",
        "segunda-feira",
        "sábado",
        "domingo",
        "próximo",
        "passado",
        "último",
        "últimos",
        "anos",
        "ano",
        "semana",
        "mês",
        "meses",
        "século",
        "XX",
        "anos",
        "90",
        "há",
        "daqui",
        "a",
        "três",
        "vinte",
        "e",
        "quatro",
        "mil",
        "por",
        "cada",
        "todos",
        "os",
        "manhã",
        "tarde",
        "noite",
        ",",
        ".",
        "n.º",
        "resolução",
        "trimestre",
        "semestre",
        "verão",
        "0",
        "00:00",
        "24:00",
        "9999",
        "0001",
        "meia-noite",
        "meio-dia",
        "fim",
        "de",
        "semana",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(DATEISH, max_size=25),
    anchor=st.one_of(
        st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
    ),
)
def test_date_like_text_and_any_date_never_raise_and_give_valid_values(words, anchor):
    text = " ".join(words)
    for _, _, value in tag(text, anchor):
        assert value is None or is_timex3_value(value), value


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=200),
    anchor=st.one_of(
        st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
    ),
)
def test_arbitrary_text_never_raises(text, anchor):
    for _, _, value in tag(text, anchor):
        assert value is None or is_timex3_value(value), value
