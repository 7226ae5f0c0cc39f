"""newsnlp_orgs: matching functions, merging with existing entities, groups, the seed article
and unseen-style articles on both pipelines."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import newsnlp
from newsnlp.catalogue import load_catalogue
from newsnlp.components.org_matching import (
    acronym_fits,
    compile_patterns,
    find_acronym_definitions,
    find_catalogue_matches,
    find_fuzzy_matches,
)
from newsnlp.components.orgs import catalogue_mentions

FIXTURES = Path(__file__).parent / "fixtures"

UNSEEN = FIXTURES / "orgs_unseen.jsonl"


@pytest.fixture(scope="module")
def patterns():
    tokenizer = spacy.blank("pt").tokenizer
    return compile_patterns(load_catalogue(), lambda text: [t.text for t in tokenizer(text)])


@pytest.fixture(scope="module")
def orgs_nlp() -> Language:
    """A blank pipeline with only newsnlp_orgs, for hand-built Docs."""
    nlp = spacy.blank("pt")
    nlp.add_pipe("newsnlp_orgs")
    return nlp


def words_of(text: str) -> list[str]:
    return [token.text for token in spacy.blank("pt").make_doc(text)]


def ids(words: Sequence[str], matches) -> list[tuple[str, str | None]]:
    return [(" ".join(words[m.start : m.end]), m.org_id) for m in matches]


# --- pure matching functions -------------------------------------------------------------


def test_acronyms_match_case_sensitively_whatever_precedes_them(patterns):
    words = words_of("Da ONU, pela OTAN, no CSTO e na OCX; a onu e a otan não.")
    assert ids(words, find_catalogue_matches(words, patterns)) == [
        ("ONU", "UN"),
        ("OTAN", "NATO"),
        ("CSTO", "CSTO"),
        ("OCX", "SCO"),
    ]


def test_rights_groups_in_either_spelling_and_the_acronym_the_text_defines(orgs_nlp):
    # "AI" is in no catalogue (it is also "inteligência artificial"); the text defines it
    doc = orgs_nlp(
        "A Anistia Internacional (AI) criticou o veto. Segundo a AI, a Amnistia "
        "Internacional e os Médicos Sem Fronteiras, a crise piorou."
    )
    assert [(e.text, e._.org_id) for e in doc.ents] == [
        ("Anistia Internacional", "AMNESTY"),
        ("AI", "AMNESTY"),
        ("AI", "AMNESTY"),
        ("Amnistia Internacional", "AMNESTY"),
        ("Médicos Sem Fronteiras", "MSF"),
    ]
    assert "AI" not in [e.text for e in orgs_nlp("A AI generativa avança.").ents]


def test_long_names_match_without_case_accents_or_new_spelling(patterns):
    words = words_of(
        "A ORGANIZAÇÃO DO TRATADO DE SEGURANÇA COLETIVA, a organizacao das nacoes unidas "
        "e a Direcção Executiva do Comité contra o Terrorismo do CSNU."
    )
    assert ids(words, find_catalogue_matches(words, patterns)) == [
        ("ORGANIZAÇÃO DO TRATADO DE SEGURANÇA COLETIVA", "CSTO"),
        ("organizacao das nacoes unidas", "UN"),
        ("Direcção Executiva do Comité contra o Terrorismo do CSNU", "CTED"),
    ]


def test_child_bodies_compose_with_any_form_of_their_parent(patterns):
    words = words_of(
        "O Conselho de Segurança da ONU, a Estrutura Antiterrorista Regional da OCX, "
        "o Centro Antiterrorista da Comunidade dos Estados Independentes e o "
        "Escritório da ONU sobre Drogas e Crime."
    )
    assert [org_id for _, org_id in ids(words, find_catalogue_matches(words, patterns))] == [
        "UNSC",
        "RATS",
        "CIS-ATC",
        "UNODC",
    ]


def test_context_names_need_their_family_and_no_continuation(patterns):
    alone = words_of("O Conselho de Segurança reuniu-se ontem.")
    assert find_catalogue_matches(alone, patterns) == []
    with_un = words_of("A ONU disse que o Conselho de Segurança reuniu-se ontem.")
    assert ids(with_un, find_catalogue_matches(with_un, patterns))[-1] == (
        "Conselho de Segurança",
        "UNSC",
    )
    national = words_of(
        "A ONU e o Conselho de Segurança Nacional; o Conselho de Segurança da Rússia."
    )
    assert ids(national, find_catalogue_matches(national, patterns)) == [("ONU", "UN")]


def test_acronym_followed_by_a_name_is_part_of_that_name(patterns):
    words = words_of("A OAS Participações e a Otan Os presidentes.")
    assert ids(words, find_catalogue_matches(words, patterns)) == [("Otan", "NATO")]


def test_fuzzy_long_names_with_threshold(patterns):
    words = words_of(
        "A Organizaçao do Tratado de Segurnaça Coletiva e a Organisação Mundial do Comercio."
    )
    found = find_fuzzy_matches(words, patterns, threshold=90)
    assert [org_id for _, org_id in ids(words, found)] == ["CSTO", "WTO"]
    assert find_fuzzy_matches(words, patterns, threshold=99.5) == []


def test_fuzzy_never_swaps_a_word_nor_touches_acronyms(patterns):
    words = words_of("O Conselho de Segurança da Rússia, a OTCS e a Organização Mundial da Sáude.")
    assert ids(words, find_fuzzy_matches(words, patterns, threshold=80)) == [
        ("Organização Mundial da Sáude", "WHO")
    ]


def test_acronym_definitions_both_ways():
    words = words_of(
        "O Partido dos Trabalhadores (PT) e a UA (Universidade de Aveiro); "
        "a Organização Pan-Americana da Saúde (Opas); "
        "o presidente Lula (Luiz Inácio Lula da Silva)."
    )
    found = [
        (" ".join(words[d.long_start : d.long_end]), " ".join(words[d.short_start : d.short_end]))
        for d in find_acronym_definitions(words)
    ]
    assert found == [
        ("Partido dos Trabalhadores", "PT"),
        ("Universidade de Aveiro", "UA"),
        ("Organização Pan-Americana da Saúde", "Opas"),
    ]


@pytest.mark.parametrize(
    ("text", "long_form"),
    [  # "AT": T-A reordered in "Tributária e Aduaneira", A-T initials of the whole name;
        # "EMA": E-M-A letters of "Europeia do Medicamento", reordered initials of the whole
        (
            "A Autoridade Tributária e Aduaneira ( AT ) apreendeu",
            "Autoridade Tributária e Aduaneira",
        ),
        ("A Agência Europeia do Medicamento ( EMA ) aconselha", "Agência Europeia do Medicamento"),
    ],
)
def test_a_definition_prefers_initials_to_a_shorter_name_that_fits_worse(text, long_form):
    words = text.split()
    (definition,) = find_acronym_definitions(words)
    assert " ".join(words[definition.long_start : definition.long_end]) == long_form


@pytest.mark.parametrize(
    ("short", "long", "fits"),
    [
        ("OTSC", "Organização do Tratado de Segurança Coletiva", True),
        ("OTAN", "Organização do Tratado do Atlântico Norte", True),
        ("NATO", "Organização do Tratado do Atlântico Norte", True),
        ("MERCOSUL", "Mercado Comum do Sul", True),
        ("PT", "Tribunal Superior", False),
        ("Lula", "Luiz Inácio Lula da Silva", False),
    ],
)
def test_acronym_fits(short, long, fits):
    assert acronym_fits(short, long.split()) is fits


# --- merging with existing entities (hand-built Docs) ----------------------------------------


def make_doc(nlp: Language, words: list[str], ents: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, ents=ents)


def ents_of(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.label_, e._.org_id) for e in doc.ents]


def test_model_org_exactly_a_match_is_kept_with_its_id(orgs_nlp):
    doc = make_doc(orgs_nlp, ["A", "ONU", "disse"], ["O", "B-ORG", "O"])
    assert ents_of(orgs_nlp(doc)) == [("ONU", "ORG", "UN")]


def test_model_org_part_of_a_match_is_extended(orgs_nlp):
    words = ["O", "Escritório", "das", "Nações", "Unidas", "sobre", "Drogas", "e", "Crime", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O", "B-LOC", "O"]
    doc = orgs_nlp(make_doc(orgs_nlp, words, ents))
    assert ents_of(doc) == [("Escritório das Nações Unidas sobre Drogas e Crime", "ORG", "UNODC")]


def test_model_org_containing_a_match_gives_way_to_it(orgs_nlp):
    words = ["O", "Secretário-Geral", "da", "CSTO", "falou", "."]
    doc = orgs_nlp(make_doc(orgs_nlp, words, ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]))
    assert ents_of(doc) == [("CSTO", "ORG", "CSTO")]


def test_per_or_loc_over_an_exact_match_is_relabelled_org(orgs_nlp):
    doc = make_doc(orgs_nlp, ["A", "OSCE", "e", "a", "OEA"], ["O", "B-PER", "O", "O", "B-LOC"])
    assert ents_of(orgs_nlp(doc)) == [("OSCE", "ORG", "OSCE"), ("OEA", "ORG", "OAS")]


def test_weak_fuzzy_match_gives_way_to_a_person(orgs_nlp):
    words = ["Organizaçao", "Mundail", "do", "Comercio", "disse"]
    doc = orgs_nlp(make_doc(orgs_nlp, words, ["B-PER", "I-PER", "I-PER", "I-PER", "O"]))
    assert ents_of(doc) == [("Organizaçao Mundail do Comercio", "PER", None)]


def test_unknown_model_orgs_are_kept_or_relabelled(orgs_nlp):
    words = ["A", "Petrobras", ",", "Vladimir", "Zainetdinov", "e", "Federação", "Russa", "."]
    ents = ["O", "B-ORG", "O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"]
    doc = orgs_nlp(make_doc(orgs_nlp, words, ents))
    assert ents_of(doc) == [
        ("Petrobras", "ORG", None),
        ("Vladimir Zainetdinov", "PER", None),
        ("Federação Russa", "LOC", None),
    ]
    assert doc._.organizations == [
        {"id": None, "name": "Petrobras", "acronyms": [], "mentions": [[2, 11]]}
    ]


def test_groups_in_order_of_first_mention_with_catalogue_names(orgs_nlp):
    doc = orgs_nlp.make_doc(
        "A OTSC e a ONU. A Organização do Tratado de Segurança Coletiva também."
    )
    doc = orgs_nlp(doc)
    groups = doc._.organizations
    assert [g["id"] for g in groups] == ["CSTO", "UN"]
    assert groups[0]["name"] == "Organização do Tratado de Segurança Coletiva"
    assert groups[0]["acronyms"][:2] == ["OTSC", "CSTO"]
    assert [doc.text[s:e] for s, e in groups[0]["mentions"]] == [
        "OTSC",
        "Organização do Tratado de Segurança Coletiva",
    ]
    assert {e._.org_name for e in doc.ents if e._.org_id == "UN"} == {
        "Organização das Nações Unidas"
    }


def test_text_definition_overrides_a_catalogue_acronym(orgs_nlp):
    doc = orgs_nlp(
        orgs_nlp.make_doc("A UA (Universidade de Aveiro) cresceu. A UA tem 15 mil alunos.")
    )
    assert [
        (g["id"], g["name"], g["acronyms"], len(g["mentions"])) for g in doc._.organizations
    ] == [(None, "Universidade de Aveiro", ["UA"], 3)]
    assert all(e._.org_id is None and e._.org_name == "Universidade de Aveiro" for e in doc.ents)


def test_text_definition_of_a_catalogue_name_adds_its_acronym(orgs_nlp):
    doc = orgs_nlp(orgs_nlp.make_doc("O Banco Mundial (BM) empresta. O BM decide."))
    [group] = doc._.organizations
    assert group["id"] == "WORLD-BANK" and group["acronyms"][-1] == "BM"
    assert len(group["mentions"]) == 3


def test_never_two_entities_over_the_same_tokens(orgs_nlp):
    text = "O Conselho de Segurança das Nações Unidas e o CSNU; a ONU (Nações Unidas)."
    doc = orgs_nlp(orgs_nlp.make_doc(text))
    covered = [i for e in doc.ents for i in range(e.start, e.end)]
    assert len(covered) == len(set(covered))
    assert [e._.org_id for e in doc.ents] == ["UNSC", "UNSC", "UN", "UN"]


def test_fuzzy_threshold_is_configurable():
    nlp = spacy.blank("pt")
    nlp.add_pipe("newsnlp_orgs", config={"fuzzy_threshold": 100})
    doc = nlp("A Organizaçao do Tratado de Segurnaça Coletiva.")
    assert list(doc.ents) == []


def test_to_disk_keeps_user_additions(tmp_path):
    extra = tmp_path / "extra.json"
    extra.write_text(
        json.dumps([{"id": "ABIN", "names": {"pt": ["Agência Brasileira de Inteligência"]}}]),
        encoding="utf-8",
    )
    nlp = newsnlp.load("rules", catalogues=[extra])
    nlp.to_disk(tmp_path / "pipeline")
    extra.unlink()  # the saved pipeline no longer needs the user's file
    reloaded = newsnlp.load(tmp_path / "pipeline")
    assert "ABIN" in reloaded.get_pipe("newsnlp_orgs").catalogue
    doc = reloaded("A Agência Brasileira de Inteligência e a ONU.")
    assert [e._.org_id for e in doc.ents if e.label_ == "ORG"] == ["ABIN", "UN"]


def test_attributes_survive_docbin(fallback_nlp):
    doc = fallback_nlp("A OTSC e a ONU.")
    docbin = DocBin(store_user_data=True)
    docbin.add(doc)
    [restored] = (
        DocBin(store_user_data=True).from_bytes(docbin.to_bytes()).get_docs(fallback_nlp.vocab)
    )
    assert [(e.text, e._.org_id) for e in restored.ents] == [("OTSC", "CSTO"), ("ONU", "UN")]
    # DocBin stores lists as tuples (msgpack); the values are the same
    assert json.loads(json.dumps(restored._.organizations)) == doc._.organizations


# --- end to end on both pipelines ---------------------------------------------------------


def mentions_with_id(article, org_id: str) -> list[str]:
    return [m.text for o in article.organizations if o.id == org_id for m in o.mentions]


def test_seed_article_done_means(any_nlp, seed_record):
    text = seed_record["text"]
    doc = newsnlp.process(text, date=seed_record["date"], nlp=any_nlp)
    article = newsnlp.doc_to_article(doc)
    by_span = {(e.start_char, e.end_char): e for e in doc.ents}

    def entity_at(phrase: str, occurrence: int = 0):
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(phrase, start + 1)
        return by_span.get((start, start + len(phrase)))

    # every bare mention of CSTO, ONU, SCO, CEI carries its id (also "do CSTO")
    for acronym, org_id in (("CSTO", "CSTO"), ("ONU", "UN"), ("SCO", "SCO"), ("CEI", "CIS")):
        for occurrence in range(text.count(acronym)):
            ent = entity_at(acronym, occurrence)
            if ent is None:  # part of a longer catalogue name, e.g. "Conselho de Segurança da ONU"
                start = [i for i in range(len(text)) if text.startswith(acronym, i)][occurrence]
                [ent] = [e for e in doc.ents if e.start_char <= start < e.end_char]
                assert ent._.org_id is not None and ent._.org_id != org_id
            else:
                assert ent._.org_id == org_id, (acronym, occurrence)
    assert "do CSTO" in text and entity_at("CSTO", text.count("CSTO") - 1)._.org_id == "CSTO"
    expected = {
        "Conselho de Segurança da ONU": "UNSC",
        "Escritório das Nações Unidas sobre Drogas e Crime": "UNODC",
        "Escritório de Combate ao Terrorismo das Nações Unidas": "UNOCT",
        "Estrutura Antiterrorista Regional da SCO": "RATS",
        "Centro Antiterrorista da CEI": "CIS-ATC",
        "OSCE": "OSCE",
        "Comitê de Combate ao Terrorismo do Conselho de Segurança das Nações Unidas": "CTC",
    }
    for phrase, org_id in expected.items():
        ent = entity_at(phrase)
        assert ent is not None and ent.label_ == "ORG" and ent._.org_id == org_id, phrase
    for person in ("Stanislav Zas", "Vladimir Zainetdinov", "António Guterres", "Sergei Vershinin"):
        assert entity_at(person).label_ == "PER", person
    assert len(mentions_with_id(article, "CSTO")) == text.count("CSTO")
    groups = [o.id for o in article.organizations]
    assert groups[:2] == ["CSTO", "UN"] and len(groups) == len(set(groups))


def load_unseen() -> list[dict]:
    return [json.loads(line) for line in UNSEEN.read_text(encoding="utf-8").splitlines()]


def test_unseen_articles_precision_and_recall(any_nlp):
    """Hand-written articles in pt-PT and pt-BR: other organisations of the catalogue,
    other spellings, typos and in-text definitions."""
    true_positives = predicted = gold_total = 0
    for record in load_unseen():
        doc = any_nlp(record["text"])
        gold = {(m["start"], m["end"], m["id"]) for m in record["mentions"] if m["id"]}
        found = catalogue_mentions(doc)
        true_positives += len(gold & found)
        predicted += len(found)
        gold_total += len(gold)
    precision, recall = true_positives / predicted, true_positives / gold_total
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_unseen_text_defined_acronyms_join_their_long_forms(any_nlp):
    for record in load_unseen():
        defined: dict[str, set[tuple[int, int]]] = {}
        for mention in record["mentions"]:
            if mention.get("group"):
                defined.setdefault(mention["group"], set()).add((mention["start"], mention["end"]))
        if not defined:
            continue
        groups = any_nlp(record["text"])._.organizations
        for key, spans in defined.items():
            holding = [g for g in groups if spans & {tuple(m) for m in g["mentions"]}]
            assert len(holding) == 1, (record["id"], key, holding)
            assert holding[0]["id"] is None
            assert spans <= {tuple(m) for m in holding[0]["mentions"]}, (record["id"], key)


def test_body_followed_by_its_parent_is_one_mention(patterns):
    words = words_of("O Programa Mundial de Alimentos da ONU e a OMS da ONU.")
    assert ids(words, find_catalogue_matches(words, patterns)) == [
        ("Programa Mundial de Alimentos da ONU", "WFP"),
        ("OMS da ONU", "WHO"),
    ]


def test_acronyms_written_as_words_in_brazilian_style(patterns):
    words = words_of("O Pnud, a Opep e a Ocde; o Nato não.")
    assert [org_id for _, org_id in ids(words, find_catalogue_matches(words, patterns))] == [
        "UNDP",
        "OPEC",
        "OECD",
        "NATO",  # "Nato" is listed as NATO's alias; lowercase "nato" never matches
    ]


def test_mixed_case_acronym_definition(orgs_nlp):
    doc = orgs_nlp(orgs_nlp.make_doc("O Banco de Portugal (BdP) avisou. O BdP tem margem."))
    assert [(g["name"], g["acronyms"], len(g["mentions"])) for g in doc._.organizations] == [
        ("Banco de Portugal", ["BdP"], 3)
    ]


def test_defined_abbreviations_that_are_not_organisations(fallback_nlp):
    doc = fallback_nlp("O Produto Interno Bruto (PIB) cresceu e o PIB subiu; a GNR também.")
    assert doc._.organizations == [
        {"id": None, "name": "GNR", "acronyms": [], "mentions": [[55, 58]]}
    ]


def test_hyphenated_spellings_of_capitalised_pairs(patterns):
    words = words_of("A ONU e a Assembleia-Geral; o Alto-Comissariado da ONU para os Refugiados.")
    assert [org_id for _, org_id in ids(words, find_catalogue_matches(words, patterns))] == [
        "UN",
        "UNGA",
        "UNHCR",
    ]


def test_fuzzy_match_never_swallows_a_longer_exact_one(patterns):
    words = words_of(
        "O Diretor Executivo do Comitê de Combate ao Terrorismo do Conselho de Segurança "
        "das Nações Unidas e o Escritorio das Nacoes Unidas sobre Drogas e Crimez."
    )
    exact = find_catalogue_matches(words, patterns)
    fuzzy = find_fuzzy_matches(words, patterns, 90, exact)
    assert [org_id for _, org_id in ids(words, exact)] == ["CTC", "UN"]
    assert ids(words, fuzzy) == [("Escritorio das Nacoes Unidas sobre Drogas e Crimez", "UNODC")]


def test_defined_long_form_is_found_again_and_chosen_by_initials(fallback_nlp):
    text = (
        "A Comissão de Coordenação da Região Norte (CCRN) reuniu o Instituto de Investimentos "
        "e Privatizações dos Açores (IIPA). O Instituto de Investimentos e Privatizações dos "
        "Açores e a CCRN assinaram."
    )
    groups = fallback_nlp(text)._.organizations
    assert [(g["name"], g["acronyms"], len(g["mentions"])) for g in groups] == [
        ("Comissão de Coordenação da Região Norte", ["CCRN"], 3),
        ("Instituto de Investimentos e Privatizações dos Açores", ["IIPA"], 3),
    ]


def test_a_body_with_a_catalogue_name_inside_keeps_its_own_name(orgs_nlp):
    words = ["O", "Programa", "das", "Nações", "Unidas", "para", "o", "Meio", "Ambiente", "e", "a"]
    words += ["ONU", ";", "o", "Secretariado", "da", "CSTO"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    ents += ["B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG"]
    doc = orgs_nlp(make_doc(orgs_nlp, words, ents))
    assert ents_of(doc) == [
        ("Programa das Nações Unidas para o Meio Ambiente", "ORG", None),
        ("ONU", "ORG", "UN"),
        ("CSTO", "ORG", "CSTO"),
    ]


def test_a_body_ending_on_a_catalogue_name_keeps_its_name_when_given_an_acronym(orgs_nlp):
    # "Secretariado da CSTO" is the CSTO; "Fundo de População das Nações Unidas (UNFPA)"
    # is a body of its own, as the acronym the text gives it says
    words = ["O", "Fundo", "de", "População", "das", "Nações", "Unidas", "(", "UNFPA", ")"]
    words += ["falou", ";", "o", "Secretariado", "da", "CSTO", "também"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O"]
    ents += ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    doc = orgs_nlp(make_doc(orgs_nlp, words, ents))
    assert [(text, org_id) for text, _label, org_id in ents_of(doc)][::2] == [
        ("Fundo de População das Nações Unidas", None),
        ("CSTO", "CSTO"),
    ]
