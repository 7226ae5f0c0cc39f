"""The fallback's rule-based recogniser (newsnlp_entities) and its paragraph sentence breaks."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsnlp.components.entity_rules import (
    default_gazetteers,
    find_entities,
    is_known_place,
    is_role_noun,
    looks_like_person,
    name_runs,
)
from newsnlp.resources import DataError


@pytest.fixture(scope="module")
def rules_nlp() -> Language:
    nlp = spacy.blank("pt")
    nlp.add_pipe("newsnlp_entities")
    return nlp


def words_of(text: str) -> list[str]:
    return [token.text for token in spacy.blank("pt").make_doc(text)]


def labelled(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


def people_in(nlp: Language, text: str) -> list[str]:
    """The PER entities of ``text``, in order."""
    return [words for words, label in labelled(nlp, text) if label == "PER"]


def test_name_runs_keep_particles_inside_names_only():
    words = words_of("O presidente Luiz Inácio Lula da Silva e Ursula von der Leyen da UE.")
    runs = [" ".join(words[s:e]) for s, e in name_runs(words)]
    assert runs == ["Luiz Inácio Lula da Silva", "Ursula von der Leyen", "UE"]


def test_people_from_given_names(rules_nlp):
    assert labelled(rules_nlp, "Ontem, Stanislav Zas e Maria João Pires chegaram.") == [
        ("Stanislav Zas", "PER"),
        ("Maria João Pires", "PER"),
    ]


def test_people_from_role_nouns_and_appositions(rules_nlp):
    text = (
        "O ministro russo Zakharova falou. A porta-voz do Kremlin, Dmitrienko Peskova, negou. "
        "Os embaixadores Okonkwo Adeyemi e Tanaka chegaram."
    )
    assert labelled(rules_nlp, text) == [
        ("Zakharova", "PER"),
        ("Dmitrienko Peskova", "PER"),
        ("Okonkwo Adeyemi", "PER"),
    ]


def test_an_item_listed_in_a_roles_body_is_not_a_person(rules_nlp):
    text = (
        "Falou a secretária de Ações Afirmativas, Combate e Superação do Racismo, "
        "Ana Quintanilha. A ministra da Ciência, Tecnologia e Inovação chegou."
    )
    people = people_in(rules_nlp, text)
    assert people == ["Ana Quintanilha"]


def test_a_rank_with_its_own_words_before_a_name(rules_nlp):
    # "Tenente-Brigadeiro do Ar", "General de Exército": the person starts at the given
    # name; a place after such a role is no one ("Procuradora do Estado de São Paulo")
    text = (
        "Falou o Tenente-Brigadeiro do Ar Heraldo Rodrigues. O General de Exército Tomás "
        "Paiva chegou. A Procuradora do Estado de São Paulo falou."
    )
    assert labelled(rules_nlp, text) == [
        ("Heraldo Rodrigues", "PER"),
        ("Tomás Paiva", "PER"),
        ("São Paulo", "LOC"),
    ]


def test_hyphenated_bodies_and_ordinals_in_organisation_names(rules_nlp):
    text = (
        "A Advocacia-Geral da União (AGU) recorreu. A Procuradoria-Regional Federal da "
        "4ª Região atuou. O Diretor Executivo João Silva e o Consultor Federal chegaram."
    )
    assert labelled(rules_nlp, text) == [
        ("Advocacia-Geral da União", "ORG"),
        ("AGU", "ORG"),
        ("Procuradoria-Regional Federal da 4ª Região", "ORG"),
        ("João Silva", "PER"),
    ]


def test_a_person_after_the_body_of_a_role(rules_nlp):
    text = "O ex-secretário de Esportes Dário Saadi e o ministro da Fazenda Fernando Haddad."
    assert labelled(rules_nlp, text) == [("Dário Saadi", "PER"), ("Fernando Haddad", "PER")]


def test_a_person_after_a_roles_body_of_several_words(rules_nlp):
    # "Área" is a stop word, yet the whole body stands between the role and the name
    text = "O ex-diretor da Área Internacional da Petrobras Nestor Cerveró contou tudo."
    assert labelled(rules_nlp, text) == [("Nestor Cerveró", "PER")]


def test_a_person_after_the_body_where_a_role_is_held(rules_nlp):
    text = "Segundo o professor de Ética na Unicamp Roberto Romano, o caso é grave."
    assert labelled(rules_nlp, text) == [("Roberto Romano", "PER")]


def test_role_before_a_field_is_not_a_person(rules_nlp):
    assert labelled(rules_nlp, "O ministro das Relações Exteriores da Federação Russa falou.") == [
        ("Federação Russa", "LOC")
    ]


def test_surname_of_a_person_found_earlier(rules_nlp):
    assert labelled(rules_nlp, "Sergei Lavrov chegou a Pequim. Depois, Lavrov disse que sim.") == [
        ("Sergei Lavrov", "PER"),
        ("Pequim", "LOC"),
        ("Lavrov", "PER"),
    ]


def test_places_with_exonyms_and_both_spellings(rules_nlp):
    text = (
        "Moscovo, Moscou, Nova Iorque, Nova York, Irão, Irã, Trinidad e Tobago, Brasil e Argentina."
    )
    assert [label for _, label in labelled(rules_nlp, text)] == ["LOC"] * 9
    assert ("Trinidad e Tobago", "LOC") in labelled(rules_nlp, text)


def test_sentence_initial_words_are_not_names(rules_nlp):
    assert labelled(rules_nlp, "Para isso, Durante o dia. Nos últimos anos. Isso foi dito.") == []


def test_organisations_from_head_words_and_acronyms(rules_nlp):
    text = "O Ministério da Saúde e o PSDB. A Universidade de Coimbra e os EUA. Capítulo II. O PIB."
    assert labelled(rules_nlp, text) == [
        ("Ministério da Saúde", "ORG"),
        ("PSDB", "ORG"),
        ("Universidade de Coimbra", "ORG"),
        ("EUA", "LOC"),
    ]


def test_an_acronym_with_a_brazilian_states_code_is_one_organisation(rules_nlp):
    text = (
        "A DPE-AM recorreu. O deputado Carlos Marun (PMDB-MS) votou. O TJ-XX não existe. A "
        "ponte aérea SP-RJ voltou."
    )
    assert labelled(rules_nlp, text) == [
        ("DPE-AM", "ORG"),
        ("Carlos Marun", "PER"),
        ("PMDB-MS", "ORG"),
    ]


def test_government_bodies_open_organisations(rules_nlp):
    text = "O Operador Nacional do Sistema Elétrico e a Prefeitura de Belém responderam ontem."
    assert labelled(rules_nlp, text) == [
        ("Operador Nacional do Sistema Elétrico", "ORG"),
        ("Prefeitura de Belém", "ORG"),
    ]


def test_an_acronyms_branch_or_outlet_is_one_organisation(rules_nlp):
    text = "Ela falou à BBC News Brasil e à CNN Brasil. O chefe da CSTO Stanislav Zas chegou."
    assert labelled(rules_nlp, text) == [
        ("BBC News Brasil", "ORG"),
        ("CNN Brasil", "ORG"),
        ("CSTO", "ORG"),
        ("Stanislav Zas", "PER"),
    ]


def test_user_additions_through_the_config():
    nlp = spacy.blank("pt")
    nlp.add_pipe(
        "newsnlp_entities",
        config={"extra_first_names": ["Zorbek"], "extra_places": ["Vila Xyz"]},
    )
    assert labelled(nlp, "Zorbek Ulanov visitou Vila Xyz.") == [
        ("Zorbek Ulanov", "PER"),
        ("Vila Xyz", "LOC"),
    ]
    with pytest.raises(DataError, match="single words"):
        nlp.add_pipe("newsnlp_entities", name="other", config={"extra_first_names": ["Ana Rita"]})


def test_looks_like_person_and_known_place():
    assert looks_like_person(["Vladimir", "Zainetdinov"])
    assert not looks_like_person(["Banco", "do", "Brasil"])
    assert not looks_like_person(["Zainetdinov"])
    assert is_known_place(["Federação", "Russa"]) and not is_known_place(["Para"])
    assert is_known_place(["Delaware"]) and is_known_place(["Carolina", "do", "Norte"])


def test_find_entities_never_overlaps():
    words = words_of("A Maria da Silva e o João de Deus Pinheiro em Nova Iorque e Lisboa.")
    found = find_entities(words, default_gazetteers())
    covered = [i for start, end, _ in found for i in range(start, end)]
    assert len(covered) == len(set(covered))


def test_fallback_breaks_sentences_at_blank_lines(fallback_nlp):
    doc = fallback_nlp("A reunião, realizada no formato\n\nO secretário falou. Depois saiu.\n\nFim")
    assert [s.text.strip() for s in doc.sents] == [
        "A reunião, realizada no formato",
        "O secretário falou.",
        "Depois saiu.",
        "Fim",
    ]


def test_fallback_ends_a_sentence_at_a_doubled_full_stop(fallback_nlp):
    # a scrape's headline ends in "..": the lead's subject opens a sentence of its own
    doc = fallback_nlp("Médica é demitida..  Mário Munhoz, pai da médica, negou tudo.")
    assert [s.text.strip() for s in doc.sents] == [
        "Médica é demitida..",
        "Mário Munhoz, pai da médica, negou tudo.",
    ]


def test_a_title_before_an_organisation_is_not_a_person(rules_nlp):
    text = "O Diretor Executivo do Comitê de Combate ao Terrorismo falou."
    assert all(label != "PER" for _, label in labelled(rules_nlp, text))


def test_organisation_names_go_on_through_connectors(rules_nlp):
    text = (
        "O Programa das Nações Unidas para o Meio Ambiente e a Missão das Nações Unidas no Mali. "
        "O Ministério da Saúde e o Ministério da Educação."
    )
    assert labelled(rules_nlp, text) == [
        ("Programa das Nações Unidas para o Meio Ambiente", "ORG"),
        ("Missão das Nações Unidas no Mali", "ORG"),
        ("Ministério da Saúde", "ORG"),
        ("Ministério da Educação", "ORG"),
    ]


def test_surnames_in_capitals_and_elided_particles_stay_in_the_name(rules_nlp):
    text = (
        "Ontem discursaram José Manuel Durão BARROSO e o presidente do PE, Hans-Gert PÖTTERING. "
        "Depois chegaram o PSDB e Steve d'Averio."
    )
    assert labelled(rules_nlp, text) == [
        ("José Manuel Durão BARROSO", "PER"),
        ("PE", "ORG"),
        ("Hans-Gert PÖTTERING", "PER"),
        ("PSDB", "ORG"),
        ("Steve d'Averio", "PER"),
    ]


def test_name_runs_end_before_a_capitalised_word_opening_a_sentence():
    # a subheading glued to the text: "… diz Paulo Hartung Em busca de um nome …"
    words = ["diz", "Paulo", "Hartung", "Em", "busca", "de", "um", "nome", ","]
    words += ["disse", "Maria", "Ao", "lado", "do", "presidente", "Lula", "Há", "dias"]
    words += [".", "Edson", "Fachin", "Primeiro", "a", "votar"]
    assert [" ".join(words[s:e]) for s, e in name_runs(words)] == [
        "Paulo Hartung",
        "Em",
        "Maria",
        "Ao",
        "Lula",
        "Há",
        "Edson Fachin",
        "Primeiro",
    ]


def test_a_name_run_stops_before_an_adverb_opening_a_sentence():
    # a related headline glued to the text: "…, diz Flávio Rocha Aparentemente todos …"
    words = ["diz", "Flávio", "Rocha", "Aparentemente", "todos", "querem", "."]
    words += ["Clemente", "Gomes", "falou"]
    assert [" ".join(words[s:e]) for s, e in name_runs(words)] == [
        "Flávio Rocha",
        "Aparentemente",
        "Clemente Gomes",
    ]


def test_a_roles_title_adjective_names_no_one(rules_nlp):
    text = "Para José Vicente, ex-secretário Nacional de Segurança, o esforço é inútil."
    assert labelled(rules_nlp, text) == [("José Vicente", "PER")]


def test_a_sentence_opened_by_ha_after_a_role_names_no_one(rules_nlp):
    # a headline run into the text: "Príncipe, plebeu, presidente Há 50 anos, …"
    text = "Príncipe, plebeu, presidente Há 50 anos, Xi Jinping fugiu da Revolução."
    assert labelled(rules_nlp, text) == [("Xi Jinping", "PER")]


def test_a_system_named_with_its_acronym_is_a_body(fallback_nlp):
    doc = fallback_nlp("No Sistema Único de Saúde (SUS), ela disse que esperou.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Sistema Único de Saúde", "ORG"),
        ("SUS", "ORG"),
    ]


def test_a_middle_initial_stays_in_the_name_and_an_age_marks_a_person(rules_nlp):
    text = "O aeronauta Marino S. Filho, de 58 anos, teve indícios de câncer."
    assert labelled(rules_nlp, text) == [("Marino S. Filho", "PER")]


def test_two_names_written_together_are_two_people_the_text_names_alone(rules_nlp):
    text = (
        "A ex-presidente Dilma Rousseff negou. O advogado Alberto Toron falou. "
        "Segundo o advogado da ex-presidente Dilma Rousseff Alberto Toron, o relatório é falho."
    )
    people = people_in(rules_nlp, text)
    assert people == ["Dilma Rousseff", "Alberto Toron"] * 2
    # a headline run into the text: "… Martins Palocci muda depoimento"
    text = (
        "O ex-ministro Antonio Palocci depôs. Palocci falou. Leia o que disse o advogado "
        "Cristiano Zanin Martins Palocci muda depoimento. O advogado Cristiano Zanin "
        "Martins falou."
    )
    people = people_in(rules_nlp, text)
    lawyer = "Cristiano Zanin Martins"
    assert people == ["Antonio Palocci", "Palocci", lawyer, "Palocci", lawyer]
    # a surname after a name of two words is that name's: "Fernando Henrique Cardoso"
    text = "Fernando Henrique Cardoso falou. Fernando Henrique e Cardoso são o mesmo."
    people = people_in(rules_nlp, text)
    assert people[0] == "Fernando Henrique Cardoso"
    # named only together, they stay one name: nothing tells where one would end
    assert ("Maria José Dias Costa", "PER") in labelled(
        rules_nlp, "A jurista Maria José Dias Costa falou."
    )


def test_a_persons_name_after_a_citys_is_the_persons(rules_nlp):
    text = "O ex-prefeito de São Bernardo do Campo Luiz Marinho disse que vai recorrer."
    assert labelled(rules_nlp, text) == [("São Bernardo do Campo", "LOC"), ("Luiz Marinho", "PER")]


def test_a_persons_name_stops_before_a_body_after_de(rules_nlp):
    # "o afastamento de Aécio do Senado": Aécio, and no person "Senado" after it
    text = "Fachin determinou o afastamento de Aécio do Senado. O Senado recorreu."
    people = people_in(rules_nlp, text)
    assert people == ["Aécio"]


def test_an_arabic_article_written_onto_a_name_stays_in_it(rules_nlp):
    text = "O primeiro-ministro iraquiano, Mohammed Shia al-Sudani, falou ontem."
    assert ("Mohammed Shia al-Sudani", "PER") in labelled(rules_nlp, text)


def test_a_role_noun_is_matched_with_its_plural_endings_only(rules_nlp):
    # "COO" is a role, so it introduces the name after it; "Cook" is no plural of it
    gazetteers = default_gazetteers()
    assert is_role_noun("COO", gazetteers) and is_role_noun("embaixadores", gazetteers)
    assert not is_role_noun("Cook", gazetteers)
    assert ("Jeffrey Kolovson", "PER") in labelled(rules_nlp, "O COO Jeffrey Kolovson falou.")


def test_a_dateline_in_capitals_is_a_place(rules_nlp):
    # "SÃO PAULO -" is one place, not "PAULO" taken for an acronym; "Rio" alone is the city
    text = "SÃO PAULO - A prefeitura falou. RIO DE JANEIRO - Ele mora no Rio. O PSD votou."
    assert labelled(rules_nlp, text) == [
        ("SÃO PAULO", "LOC"),
        ("RIO DE JANEIRO", "LOC"),
        ("Rio", "LOC"),
        ("PSD", "ORG"),
    ]


def test_a_place_over_a_month_and_after_a_sentences_opening_word(rules_nlp):
    # "Janeiro" ends no name run inside "Rio de Janeiro"; "Em São Paulo" is no "Paulo"
    text = "A cidade do Rio de Janeiro cresceu. Em São Paulo choveu."
    assert labelled(rules_nlp, text) == [("Rio de Janeiro", "LOC"), ("São Paulo", "LOC")]
    text = "Um estudo da Comissão de Vitimização da Polícia Militar do Rio de Janeiro saiu."
    assert [ent for ent, _ in labelled(rules_nlp, text)] == [
        "Comissão de Vitimização da Polícia Militar do Rio de Janeiro"
    ]


def test_a_given_name_after_a_roles_body_opens_a_person(rules_nlp):
    # "o presidente do Senado Eunício Oliveira": a known given name after the body's name
    text = "O presidente do Senado Eunício Oliveira disse que sim."
    assert labelled(rules_nlp, text) == [("Senado", "ORG"), ("Eunício Oliveira", "PER")]
    text = "Afirmou o ministro da Corte Alexandre de Moraes."
    assert ("Alexandre de Moraes", "PER") in labelled(rules_nlp, text)
    text = "O promotor do Tribunal do Júri Leandro Conte disse que sim."
    assert labelled(rules_nlp, text) == [("Tribunal do Júri", "ORG"), ("Leandro Conte", "PER")]
    # the name ends before a small word no name holds
    text = "Depôs o ex-presidente da Câmara Eduardo Cunha na Justiça Federal."
    assert ("Eduardo Cunha", "PER") in labelled(rules_nlp, text)
    # a theatre named after someone stays one body
    text = "O diretor do Teatro José de Alencar falou."
    assert not people_in(rules_nlp, text)


def test_a_persons_name_after_a_roles_body_is_the_persons(rules_nlp):
    # the body's name runs into the person's: a given name after "Civil" or an acronym
    assert labelled(rules_nlp, "O delegado da Polícia Civil Hélder Lauria disse que sim.") == [
        ("Polícia Civil", "ORG"),
        ("Hélder Lauria", "PER"),
    ]
    text = "O ex-diretor do OAS Empreendimentos Roberto Ferreira afirmou que não."
    assert ("Roberto Ferreira", "PER") in labelled(rules_nlp, text)
    # a name of three words needs no known given name; a place after the body is its
    text = "O delegado da Polícia Federal Marlon Oliveira Cajado dos Santos falou."
    assert ("Marlon Oliveira Cajado dos Santos", "PER") in labelled(rules_nlp, text)
    text = "O sargento do Corpo de Bombeiros Welder Alves Justino disse que sim."
    assert labelled(rules_nlp, text) == [
        ("Corpo de Bombeiros", "ORG"),
        ("Welder Alves Justino", "PER"),
    ]
    text = "O procurador do Ministério Público Federal em São Paulo falou."
    assert not people_in(rules_nlp, text)
    text = "O diretor do Departamento de Saúde Animal do Ministério da Agricultura falou."
    assert not people_in(rules_nlp, text)
    # a school named after someone stays one body
    text = "O diretor da Escola Estadual João Silva falou."
    assert labelled(rules_nlp, text) == [("Escola Estadual João Silva", "ORG")]


def test_a_rank_before_its_force_and_a_place_named_after_someone(rules_nlp):
    text = (
        "O ministro, general de Exército Joaquim Silva e Luna, visitou os abrigos e o "
        "palácio Senador Hélio Campos."
    )
    assert labelled(rules_nlp, text) == [
        ("Exército", "ORG"),
        ("Joaquim Silva e Luna", "PER"),
        ("Senador Hélio Campos", "LOC"),
    ]


def test_a_saints_title_mid_sentence_opens_a_place(rules_nlp):
    # "São" there is no verb, and "Lourenço da Serra" no person
    text = "O titular da delegacia de São Lourenço da Serra investiga a queda."
    assert labelled(rules_nlp, text) == [("São Lourenço da Serra", "LOC")]


def test_a_participle_is_no_part_of_the_name_beside_it(rules_nlp):
    # a link's headline run into the next sentence, and a sentence opening on a participle
    text = (
        "Leia notícias sobre Marina Silva Saudado como favorito, o deputado falou. "
        "Nascida Maria da Silva, ela cresceu em Lisboa."
    )
    people = [name for name, label in labelled(rules_nlp, text) if label == "PER"]
    assert people == ["Marina Silva", "Maria da Silva"]


def test_a_heading_in_capitals_is_no_acronyms(rules_nlp):
    # "LEIA A ÍNTEGRA DO PEDIDO" holds function words: a heading, not three bodies;
    # acronyms joined by "E" stay bodies
    doc = rules_nlp(
        "LEIA A ÍNTEGRA DO PEDIDO A entidade usa a delação. O PSDB E PMDB votaram juntos."
    )
    assert [(e.text, e.label_) for e in doc.ents] == [("PSDB", "ORG"), ("PMDB", "ORG")]


def test_a_links_label_in_capitals_is_no_body(rules_nlp):
    doc = rules_nlp("LEIA MAIS: Melanie Martinez faz pop sombrio. O PSDB votou.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Melanie Martinez", "PER"),
        ("PSDB", "ORG"),
    ]


def test_a_name_set_off_before_a_role_is_a_person(rules_nlp):
    # no known given name: the role after the comma (and an age before it) marks a person
    text = (
        "Ela extorquiu Talma de Oliveira Bauer, de 65, assessor do deputado. "
        "Depois falou com Zeno Quarto, advogado da família."
    )
    assert people_in(rules_nlp, text) == ["Talma de Oliveira Bauer", "Zeno Quarto"]


def test_marco_is_a_given_name_and_marco_with_a_cedilla_a_month(rules_nlp):
    text = "Em Março, o ministro Marco Aurélio Mello e o deputado Marco Feliciano votaram."
    assert people_in(rules_nlp, text) == ["Marco Aurélio Mello", "Marco Feliciano"]


def test_a_title_after_a_towns_preposition_names_the_town(rules_nlp):
    text = (
        "A base fica em Presidente Prudente e ele nasceu em Governador Valadares. "
        "O Presidente Lula discursou."
    )
    assert labelled(rules_nlp, text) == [
        ("Presidente Prudente", "LOC"),
        ("Governador Valadares", "LOC"),
        ("Lula", "PER"),
    ]
