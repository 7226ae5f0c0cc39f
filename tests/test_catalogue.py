"""The organisation catalogue: package data, validation errors, user files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsnlp
from newsnlp.catalogue import catalogue_from_dict, load_catalogue
from newsnlp.resources import DataError

REQUIRED_IDS = [
    "CSTO",
    "UN",
    "UNSC",
    "UNGA",
    "UNOCT",
    "CTC",
    "CTED",
    "UNODC",
    "SCO",
    "RATS",
    "CIS",
    "CIS-ATC",
    "OSCE",
    "NATO",
    "EU",
    "EAEU",
    "AU",
    "OAS",
    "WHO",
    "IMF",
    "WTO",
    "WORLD-BANK",
    "UNESCO",
    "UNICEF",
    "UNHCR",
    "IAEA",
    "ICC",
    "ICJ",
    "BRICS",
    "G7",
    "G20",
    "ASEAN",
    "MERCOSUR",
    "CPLP",
    "OPEC",
    "OECD",
    "INTERPOL",
    "EUROPOL",
    "ECB",
    "FAO",
    "ILO",
    "UNDP",
    "WFP",
    "IOM",
    "OHCHR",
]


def entry(org_id: str, pt: str, **extra) -> dict:
    return {"id": org_id, "names": {"pt": [pt]}, **extra}


def write(tmp_path: Path, entries: list, name: str = "extra.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"organizations": entries}), encoding="utf-8")
    return path


def test_package_catalogue_has_every_required_id_with_names_and_acronyms():
    catalogue = load_catalogue()
    assert set(REQUIRED_IDS) <= set(catalogue)
    for org_id in REQUIRED_IDS:
        org = catalogue[org_id]
        assert org.names["pt"] and org.names["en"], org_id
    assert catalogue["CSTO"].ordered_acronyms()[:2] == ["OTSC", "CSTO"]
    assert catalogue["UN"].ordered_acronyms()[:2] == ["ONU", "UN"]
    assert catalogue["SCO"].acronyms["pt"][0] == "OCX"
    assert catalogue["CIS"].acronyms["pt"] == ["CEI"]
    assert catalogue["RATS"].parent == "SCO"


def test_pt_pt_pt_br_and_pre_1990_spellings_are_listed():
    names = {name for name in load_catalogue()["CSTO"].names["pt"]}
    assert "Organização do Tratado de Segurança Coletiva" in names
    assert "Organização do Tratado de Segurança Colectiva" in names
    eaeu = load_catalogue()["EAEU"].names["pt"]
    assert "União Económica Eurasiática" in eaeu and "União Econômica Eurasiática" in eaeu


def test_duplicate_id_is_an_error_naming_both_files(tmp_path):
    path = write(tmp_path, [entry("CSTO", "Outra Organização")])
    with pytest.raises(DataError, match=r"duplicate id 'CSTO'.*organizations.json"):
        load_catalogue([path])


def test_clashing_acronym_is_an_error(tmp_path):
    path = write(tmp_path, [entry("XYZ", "Organização Xis", acronyms={"pt": ["ONU"]})])
    with pytest.raises(DataError, match="acronym 'ONU' of 'XYZ' clashes with 'UN'"):
        load_catalogue([path])


def test_clashing_name_is_an_error(tmp_path):
    path = write(tmp_path, [entry("XYZ", "Nacoes Unidas")])  # folds to the UN's name
    with pytest.raises(DataError, match="clashes with 'UN'"):
        load_catalogue([path])


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"names": {"pt": ["Sem Id"]}}, "'id' must be a non-empty string"),
        ({"id": "A B", "names": {"pt": ["X Y"]}}, "without spaces"),
        ({"id": "NOPT", "names": {"en": ["No Portuguese"]}}, "at least one Portuguese name"),
        ({"id": "BADACR", "names": {"pt": ["Org"]}, "acronyms": ["BA"]}, "language code"),
        ({"id": "BADLIST", "names": {"pt": "Org"}}, "list of non-empty strings"),
        ({"id": "EMPTY", "names": {"pt": [""]}}, "list of non-empty strings"),
        ({"id": "TYPO", "names": {"pt": ["Org"]}, "acronym": {"pt": ["T"]}}, "unknown keys"),
        ({"id": "ORPHAN", "names": {"pt": ["Org"]}, "parent": "NOPE"}, "unknown parent 'NOPE'"),
        (
            {"id": "LOCAL", "names": {"pt": ["Org"]}, "names_under_parent": ["X"]},
            "needs a 'parent'",
        ),
        ("not an object", "must be an object"),
    ],
)
def test_malformed_entries_are_clear_errors(tmp_path, bad, message):
    with pytest.raises(DataError, match=message):
        load_catalogue([write(tmp_path, [bad])])


def test_malformed_files_are_clear_errors(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match="not valid JSON"):
        load_catalogue([broken])
    with pytest.raises(DataError, match="not found"):
        load_catalogue([tmp_path / "missing.json"])
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"orgs": []}', encoding="utf-8")
    with pytest.raises(DataError, match="'organizations' list"):
        load_catalogue([wrong])


def test_parent_cycle_is_an_error():
    data = [
        entry("A", "Organização A", parent="B"),
        entry("B", "Organização B", parent="A"),
    ]
    with pytest.raises(DataError, match="parent cycle"):
        catalogue_from_dict(data, "test")


def test_user_file_adds_organisations_and_extends_existing_ones(tmp_path):
    path = write(
        tmp_path,
        [
            entry("ABIN", "Agência Brasileira de Inteligência", acronyms={"pt": ["ABIN"]}),
            {"id": "CSTO", "extend": True, "aliases": ["Aliança de Tashkent"]},
        ],
    )
    catalogue = load_catalogue([path])
    assert len(catalogue) == len(load_catalogue()) + 1
    assert "Aliança de Tashkent" in catalogue["CSTO"].aliases
    with pytest.raises(DataError, match="no organisation with that id"):
        load_catalogue([write(tmp_path, [{"id": "NOPE", "extend": True}], "bad.json")])


def test_user_catalogue_through_the_api(tmp_path):
    path = write(
        tmp_path, [entry("ABIN", "Agência Brasileira de Inteligência", acronyms={"pt": ["ABIN"]})]
    )
    nlp = newsnlp.load("rules", catalogues=[path])
    article = newsnlp.extract("A ABIN e a Agencia Brasileira de Inteligencia.", nlp=nlp)
    [abin] = [org for org in article.organizations if org.id == "ABIN"]
    assert abin.name == "Agência Brasileira de Inteligência"
    assert [m.text for m in abin.mentions] == ["ABIN", "Agencia Brasileira de Inteligencia"]


def test_catalogue_only_from_user_files(tmp_path):
    path = write(tmp_path, [entry("ABIN", "Agência Brasileira de Inteligência")])
    catalogue = load_catalogue([path], include_package=False)
    assert list(catalogue) == ["ABIN"]


def test_bad_user_catalogue_fails_at_load_time(tmp_path):
    path = write(tmp_path, [entry("UN", "Outra")])
    with pytest.raises(DataError, match="duplicate id 'UN'"):
        newsnlp.load("rules", catalogues=[path])
