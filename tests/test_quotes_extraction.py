"""Quote extraction on hand-built Docs: token rules (no parse) and the dependency parse."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import newsnlp  # noqa: F401  (registers extensions and factories)
from newsnlp.components.name_spans import is_name_word, looks_like_person
from newsnlp.components.people_index import run_in_prefix
from newsnlp.components.quote_extraction import find_quotations
from newsnlp.components.quotes import QuoteExtractor
from newsnlp.components.speaker_lexicon import Mention, load_speaker_nouns, parse_demonyms
from newsnlp.components.speaker_resolver import Referent, SpeakerResolver, photo_credit
from newsnlp.resources import DataError


@pytest.fixture(scope="module")
def rules() -> Language:
    """spacy.blank("pt") with sentences and the quote component, nothing else."""
    nlp = spacy.blank("pt")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsnlp_quotes")
    return nlp


def tagged(
    nlp: Language, text: str, entities: Iterable[tuple[str, str] | tuple[str, str, int]]
) -> Doc:
    """``text`` through ``nlp``, with entities tagged as a model would have tagged them.

    entities: (words, label) tags the words where they first occur; (words, label, n)
    where they occur the n-th time (-1: the last).
    """
    doc = nlp.make_doc(text)
    ents = []
    for words, label, *nth in entities:
        starts = [match.start() for match in re.finditer(re.escape(words), text)]
        start = starts[nth[0] if nth else 0]
        ents.append(doc.char_span(start, start + len(words), label))
    doc.ents = ents
    return nlp(doc)


def speakers(
    nlp: Language, text: str, entities: Iterable[tuple[str, str] | tuple[str, str, int]]
) -> list[str | None]:
    """The speaker of each quote in ``text``, entities tagged as in ``tagged``."""
    doc = tagged(nlp, text, entities)
    return [span._.speaker for span in doc.spans["quotes"]]


def quotes(nlp: Language, text: str, people: tuple[str, ...] = ()) -> list[tuple]:
    doc = tagged(nlp, text, [(name, "PER") for name in people])
    return [
        (
            s.text,
            s._.quote_kind,
            s._.speaker,
            s._.cue,
            doc.text[s._.speaker_start : s._.speaker_end],
        )
        if s._.speaker_start is not None
        else (s.text, s._.quote_kind, s._.speaker, s._.cue, None)
        for s in doc.spans["quotes"]
    ]


def test_find_quotations_pairs_and_apostrophes() -> None:
    text = "Ele disse «sim» e “não”, e ‘talvez’ na d’água."
    found = [text[q.start : q.end] for q in find_quotations(text)]
    assert found == ["sim", "não", "talvez"]


def test_a_quote_nesting_pairs_of_its_own_kind_closes_after_them() -> None:
    # a statement quoting a decision: “A “B” C” is one quote, nested pairs inside it
    text = "A defesa: “O juiz disse que “não há prova” e recuou de “toda a tese”.” Fim."
    (quote,) = find_quotations(text)
    assert text[quote.start : quote.end] == (
        "O juiz disse que “não há prova” e recuou de “toda a tese”."
    )
    # a nesting never closed: the quote closes at its first closing mark
    text = "Ele disse “vamos “recorrer” hoje e saiu. Depois “nada”."
    found = [text[q.start : q.end] for q in find_quotations(text)]
    assert found == ["vamos “recorrer", "nada"]


def test_multi_paragraph_quote_is_one_span() -> None:
    text = "«Primeiro parágrafo.\n\n«Segundo parágrafo», disse ela."
    (quote,) = find_quotations(text)
    assert text[quote.start : quote.end] == "Primeiro parágrafo.\n\n«Segundo parágrafo"


def test_unclosed_mark_does_not_swallow_the_article() -> None:
    text = "Ele falou em «crise. O resto do texto continua aqui. E aqui também."
    (quote,) = find_quotations(text)
    assert text[quote.start : quote.end] == "crise."
    assert not quote.closed


def test_quotes_after_an_unclosed_mark_are_still_found() -> None:
    # a paragraph-less text: the stray ‘ never closes, the quotes after it count
    text = (
        "Pyongyang classificou os embargos de ‘atos de guerra; o país quer dialogar. "
        "“O diálogo deve ocorrer logo”, disse o porta-voz.“A delegação transmitiu o desejo.”"
    )
    found = find_quotations(text)
    assert [(text[q.start : q.end], q.closed) for q in found] == [
        ("atos de guerra; o país quer dialogar.", False),
        ("O diálogo deve ocorrer logo", True),
        ("A delegação transmitiu o desejo.", True),
    ]
    # and so are those between a stray mark's sentence and its paragraph's end
    text = "Ele falou em ‘crise. Depois: “Vamos sair”, disse.\nFim."
    assert [text[q.start : q.end] for q in find_quotations(text)] == ["crise.", "Vamos sair"]


def test_an_unclosed_quote_opening_its_paragraph_runs_to_its_end(rules: Language) -> None:
    text = (
        "“Há uma melhora na produção. E esse movimento está relacionado ao mercado.\n"
        "O texto segue aqui, sem aspas."
    )
    (quote,) = find_quotations(text)
    assert text[quote.start : quote.end] == (
        "Há uma melhora na produção. E esse movimento está relacionado ao mercado."
    )
    # its last sentence may close on its cue: the quote ends before it
    text = (
        "“A ideia é fazer o leilão em agosto. São melhorias necessárias, explicou a "
        "secretária de Transportes, Viviane Esse.\nOutro parágrafo."
    )
    found = quotes(rules, text, people=("Viviane Esse",))
    assert [(q[0], q[2], q[3]) for q in found] == [
        (
            "A ideia é fazer o leilão em agosto. São melhorias necessárias",
            "Viviane Esse",
            "explicou",
        )
    ]


def test_cue_after_with_role_resolved_by_apposition(rules: Language) -> None:
    text = (
        "A ministra da Saúde, Marta Temido, visitou o hospital. "
        "«Temos mais camas», garantiu a ministra."
    )
    assert quotes(rules, text) == [
        ("Temos mais camas", "direct", "Marta Temido", "garantiu", "a ministra")
    ]


def test_a_party_members_role_is_whom_the_text_tagged_with_the_party(rules: Language) -> None:
    # "o petista" is the "(PT-PE)" of the text, not the senator in focus
    text = (
        "Humberto Costa (PT-PE) falou à imprensa. O senador Randolfe Rodrigues disse que "
        "não há maioria. «Se isso está sendo tratado, é grave», afirmou o petista."
    )
    found = quotes(rules, text, people=("Humberto Costa", "Randolfe Rodrigues"))
    assert [(q[0], q[2]) for q in found] == [
        ("não há maioria", "Randolfe Rodrigues"),
        ("Se isso está sendo tratado, é grave", "Humberto Costa"),
    ]


def test_party_tags_of_role_nouns_are_validated_and_saved() -> None:
    from newsnlp.components.speaker_lexicon import SpeakerNouns

    nouns = SpeakerNouns(["tucano M @PSDB", "peemedebista @PMDB @MDB"])
    assert nouns.members == {"PSDB": {"tucano"}, "PMDB": {"peemedebista"}, "MDB": {"peemedebista"}}
    assert SpeakerNouns(nouns.words()).members == nouns.members
    with pytest.raises(DataError, match="PARTY"):
        SpeakerNouns(["partido ORG @PT"])


def test_a_plural_pronoun_is_people_not_the_body_named_last(rules: Language) -> None:
    text = (
        "O Conselho Tutelar acompanha o caso. A avó questionou os pais, mas eles "
        "responderam que agrediam a filha para educar."
    )
    found = speakers(rules, text, [("Conselho Tutelar", "ORG")])
    assert found == [None]


def test_a_bare_role_is_the_holder_in_focus_told_apart_or_not(rules: Language) -> None:
    # "o ministro" is Osmar Terra, whom the text is about, though "o ministro Moreira
    # Franco" was introduced with the bare role and Terra with his portfolio
    text = (
        "O ministro do Desenvolvimento Social, Osmar Terra, participou do evento. O "
        "ministro Moreira Franco também esteve lá. Osmar Terra foi questionado sobre a "
        "agenda. Conforme o ministro, foi uma coincidência."
    )
    found = quotes(rules, text, people=("Moreira Franco", "Osmar Terra"))
    assert [(q[0], q[2]) for q in found] == [("foi uma coincidência", "Osmar Terra")]


def test_a_governing_verb_is_no_part_of_its_infinitive_cues_subject(rules: Language) -> None:
    text = "A assessoria da empresa limitava-se a dizer que o caso estava encerrado."
    assert [(q[0], q[4]) for q in quotes(rules, text)] == [
        ("o caso estava encerrado", "A assessoria da empresa")
    ]
    text = "José Júlio toureou. A paixão que levou Redol a escrever: «Estranha coisa, esta.»"
    assert [q[2] for q in quotes(rules, text, people=("José Júlio", "Redol"))] == ["Redol"]


def test_a_subject_named_after_an_opening_phrase_and_its_party(rules: Language) -> None:
    # the sentence's subject, past "Colega de Senado," and "(PR)", says the quote after it
    text = (
        "O senador Cristovam Buarque disse que o julgamento foi justo. Colega de Senado, "
        "Álvaro Dias (PR) classificou o julgamento como emblemático. «Ninguém está acima "
        "da lei, mesmo um ex-presidente.»"
    )
    found = quotes(rules, text, people=("Cristovam Buarque", "Álvaro Dias"))
    assert [q[2] for q in found] == ["Cristovam Buarque", "Álvaro Dias"]


def test_who_a_sentence_says_was_there_is_its_subject(rules: Language) -> None:
    text = (
        "Donald Trump discursou na Casa Branca. Entre os presentes na cerimônia estava Rob "
        'Fazio, que perdeu o pai no atentado. "Virei todos os anos", afirmou à agência.'
    )
    found = quotes(rules, text, people=("Donald Trump", "Rob Fazio"))
    assert [(q[0], q[2]) for q in found] == [("Virei todos os anos", "Rob Fazio")]


def test_a_relative_opening_a_sentence_with_a_given_name_is_no_one_else(
    fallback_nlp: Language,
) -> None:
    # "Selma" is a given name: "Selma Weissmann" is a person, not Franz Weissmann's name
    text = "O escultor Franz Weissmann morreu em 2005. Selma Weissmann disse que a obra será doada."
    doc = fallback_nlp(text)
    assert [span._.speaker for span in doc.spans["quotes"]] == ["Selma Weissmann"]


def test_a_speech_verb_inside_a_name_is_no_cue(rules: Language) -> None:
    # "Alerta" is a word of the programme's name "Cidade Alerta", not "alertar"
    text = (
        "Na estreia do novo Cidade Alerta, Marcelo Rezende deu o tom: «Nós não temos "
        "amigos, nem inimigos.»"
    )
    found = quotes(rules, text, people=("Marcelo Rezende",))
    assert [(q[2], q[3]) for q in found] == [("Marcelo Rezende", ":")]


def test_cue_before_with_colon_and_pronoun(rules: Language) -> None:
    text = "O senador Renan Calheiros falou ontem. Ele afirmou: «Não há votos.»"
    assert quotes(rules, text) == [("Não há votos.", "direct", "Renan Calheiros", "afirmou", "Ele")]


def test_quote_interrupted_by_its_attribution(rules: Language) -> None:
    text = '"Vamos vencer, - assegurou o treinador Jorge Jesus. - O plantel é forte".'
    found = quotes(rules, text)
    assert [q[0] for q in found] == ["Vamos vencer", "O plantel é forte"]
    assert {q[2] for q in found} == {"Jorge Jesus"}


def test_dialogue_dashes(rules: Language) -> None:
    text = "— Não vamos desistir — disse o ministro Paulo Rangel. — A luta continua."
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [
        ("Não vamos desistir", "Paulo Rangel"),
        ("A luta continua.", "Paulo Rangel"),
    ]


def test_scare_quotes_and_titles_are_not_speech(rules: Language) -> None:
    text = 'A operação "Mercenary" e o filme «Central do Brasil» criaram um "ambiente nutritivo".'
    assert quotes(rules, text) == []


def test_indirect_speech_and_dropped_subject(rules: Language) -> None:
    text = (
        "Stanislav Zas afirmou que a cooperação vai crescer. Informou que hoje houve uma reunião."
    )
    assert quotes(rules, text) == [
        ("a cooperação vai crescer", "indirect", "Stanislav Zas", "afirmou", "Stanislav Zas"),
        ("hoje houve uma reunião", "indirect", "Stanislav Zas", "Informou", None),
    ]


def test_segundo_for_people_bodies_and_accounts_not_for_other_nouns(rules: Language) -> None:
    text = (
        "Segundo o porta-voz Luís Pinto, a greve acabou. "
        "O segundo turno foi adiado. Segundo dados oficiais, o desemprego subiu. "
        "Segundo os períodos, foram dados nomes diferentes. De acordo com a lei, é eleito "
        "quem tiver mais votos. A fábrica fechou, conforme está previsto no contrato."
    )
    assert quotes(rules, text) == [
        ("a greve acabou", "indirect", "Luís Pinto", "Segundo", "Luís Pinto"),
        ("o desemprego subiu", "indirect", None, "Segundo", None),
    ]


def test_mixed_quote_after_que(rules: Language) -> None:
    text = "O comissário Paolo Gentiloni afirmou que «não há tempo a perder»."
    assert quotes(rules, text)[0][:3] == ("não há tempo a perder", "mixed", "Paolo Gentiloni")


def test_person_tagged_org_by_the_model_is_still_a_person(rules: Language) -> None:
    text = "«A reunião correu bem», disse Vladimir Zainetdinov."
    doc = tagged(rules, text, [("Vladimir Zainetdinov", "ORG")])
    (span,) = doc.spans["quotes"]
    assert span._.speaker == "Vladimir Zainetdinov"


def parsed_doc(nlp: Language) -> Doc:
    """'Marta Temido, em Lisboa, afirmou que a crise passou, mas o ministro negou.'"""
    words = ["Marta", "Temido", ",", "em", "Lisboa", ",", "afirmou", "que", "a", "crise"]
    words += ["passou", ",", "mas", "o", "ministro", "negou", "."]
    spaces = [True, False, True, True, False, True, True, True, True, True]
    spaces += [False, True, True, True, True, False, False]
    heads = [6, 0, 4, 4, 6, 4, 6, 10, 9, 10, 6, 15, 15, 14, 15, 6, 6]
    deps = ["nsubj", "flat:name", "punct", "case", "obl", "punct", "ROOT", "mark", "det"]
    deps += ["nsubj", "ccomp", "punct", "cc", "det", "nsubj", "conj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT", "VERB", "SCONJ", "DET", "NOUN"]
    pos += ["VERB", "PUNCT", "CCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)


def test_parse_path_finds_the_subject_across_an_inserted_phrase() -> None:
    nlp = spacy.blank("pt")
    extractor = nlp.add_pipe("newsnlp_quotes")
    doc = extractor(parsed_doc(nlp))
    (span,) = doc.spans["quotes"]
    assert span.text == "a crise passou"
    assert span._.speaker == "Marta Temido"
    assert doc.text[span._.speaker_start : span._.speaker_end] == "Marta Temido"


def test_a_role_of_someone_described_before_his_name_is_not_him(rules: Language) -> None:
    text = (
        "O pai do menino Joaquim afirmou que vai recorrer. O irmão da cantora Anitta disse "
        "que vai sair. O diretor da empresa João Silva disse que vai ficar. O operador do "
        "mensalão Marcos Valério afirmou que o dinheiro foi pago."
    )
    found = quotes(rules, text, people=("Joaquim", "Anitta", "João Silva", "Marcos Valério"))
    assert [(q[2], q[4]) for q in found] == [
        (None, "O pai do menino Joaquim"),
        (None, "O irmão da cantora Anitta"),
        ("João Silva", "João Silva"),
        ("Marcos Valério", "Marcos Valério"),
    ]


def test_parse_path_does_not_take_the_name_a_role_is_of() -> None:
    # the stand-in's parse of "O pai do menino Joaquim afirmou que vai recorrer.": "do"
    # a verb and the boy the subject of "afirmou"
    nlp = spacy.blank("pt")
    extractor = nlp.add_pipe("newsnlp_quotes")
    words = ["O", "pai", "do", "menino", "Joaquim", "afirmou", "que", "vai", "recorrer", "."]
    heads = [1, 2, 2, 2, 5, 5, 8, 8, 5, 5]
    deps = ["det", "nsubj", "ROOT", "obj", "nsubj", "ROOT", "mark", "aux", "ccomp", "punct"]
    ents = ["O"] * 4 + ["B-PER"] + ["O"] * 5
    pos = ["DET", "NOUN", "VERB", "NOUN", "PROPN", "VERB", "SCONJ", "AUX", "VERB", "PUNCT"]
    doc = extractor(Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents, pos=pos))
    assert [
        (s.text, s._.speaker, doc.text[s._.speaker_start : s._.speaker_end])
        for s in doc.spans["quotes"]
    ] == [("vai recorrer", None, "O pai do menino Joaquim")]


def test_parse_path_takes_the_name_apposed_to_a_role_subject() -> None:
    # the stand-in's parse of "A arquiteta urbanista e vice-presidente da Associação
    # Brasileira dos Escritórios de Arquitetura (AsBEA), Adriana Levisky, ressalta como
    # …": its subject is the role; the name set off after it is who then "diz"
    nlp = spacy.blank("pt")
    extractor = nlp.add_pipe("newsnlp_quotes")
    words = ["Carlos", "Borges", "disse", "que", "a", "norma", "é", "boa", "."]
    heads = [2, 0, 2, 7, 5, 7, 7, 2, 2]
    deps = ["nsubj", "flat:name", "ROOT", "mark", "det", "nsubj", "cop", "ccomp", "punct"]
    words += ["A", "arquiteta", "urbanista", "e", "vice-presidente", "da", "Associação"]
    heads += [10, 28, 10, 13, 11, 15, 10]
    deps += ["det", "nsubj", "amod", "cc", "conj", "case", "nmod"]
    words += ["Brasileira", "dos", "Escritórios", "de", "Arquitetura", "(", "AsBEA", ")"]
    heads += [15, 10, 17, 20, 18, 22, 20, 22]
    deps += ["flat:name", "acl", "obj", "case", "nmod", "punct", "parataxis", "punct"]
    words += [",", "Adriana", "Levisky", ",", "ressalta", "como", "um", "técnico", "é"]
    heads += [25, 10, 25, 25, 33, 31, 31, 28, 33]
    deps += ["punct", "appos", "flat:name", "punct", "csubj", "case", "det", "obl", "cop"]
    words += ["fundamental", ".", "“", "Somos", "urbanos", "”", ",", "diz", "."]
    heads += [33, 33, 37, 37, 40, 37, 40, 40, 40]
    deps += ["ROOT", "punct", "punct", "cop", "ccomp", "punct", "punct", "ROOT", "punct"]
    ents = ["B-PER", "I-PER"] + ["O"] * 13 + ["B-ORG"] + ["I-ORG"] * 5
    ents += ["O"] * 4 + ["B-PER", "I-PER"] + ["O"] * 15
    pos = ["VERB" if word in ("disse", "ressalta", "diz") else "X" for word in words]
    doc = extractor(Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents, pos=pos))
    assert [(s.text, s._.speaker) for s in doc.spans["quotes"]][-1] == (
        "Somos urbanos",
        "Adriana Levisky",
    )


def test_a_name_apposed_to_a_role_subject_before_an_adverb_is_the_subject(
    rules: Language,
) -> None:
    # "…, Celso Atienza, também acredita que …": the adverb before the verb
    text = (
        "Segundo o engenheiro Carlos Borges, há riscos. O vice-presidente do Sindicato "
        "dos Engenheiros no Estado de São Paulo (Seesp), Celso Atienza, também acredita "
        "que a norma não pegou. “A sociedade tem de entender”, afirma."
    )
    people = [("Carlos Borges", "PER"), ("Celso Atienza", "PER")]
    assert speakers(rules, text, people) == ["Carlos Borges", "Celso Atienza"]


def test_parse_path_keeps_a_coordinated_cue_with_the_first_cues_subject() -> None:
    # a weak parse makes "destacou" a conjunct of "concorresse", whose subject is Lula
    nlp = spacy.blank("pt")
    extractor = nlp.add_pipe("newsnlp_quotes")
    words = ["Fernando", "Henrique", "disse", "que", "seria", "melhor", "se", "Lula"]
    words += ["concorresse", ",", "mas", "destacou", "que", "a", "lei", "é", "a", "lei", "."]
    heads = [2, 0, 2, 4, 2, 4, 8, 8, 4, 11, 11, 8, 17, 14, 17, 17, 17, 11, 2]
    deps = ["nsubj", "flat:name", "ROOT", "mark", "ccomp", "xcomp", "mark", "nsubj", "advcl"]
    deps += ["punct", "cc", "conj", "mark", "det", "nsubj", "cop", "det", "ccomp", "punct"]
    ents = ["B-PER", "I-PER", "O", "O", "O", "O", "O", "B-PER"] + ["O"] * 11
    doc = extractor(Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents))
    assert [(s.text, s._.speaker) for s in doc.spans["quotes"]] == [
        ("seria melhor se Lula concorresse", "Fernando Henrique"),
        ("a lei é a lei", "Fernando Henrique"),
    ]


def test_parse_path_never_takes_a_quoted_title_for_the_subject() -> None:
    # a weak parse makes the programme's name the subject of "disse"
    nlp = spacy.blank("pt")
    extractor = nlp.add_pipe("newsnlp_quotes")
    words = ["Trump", "chegou", ".", '"', "Estaria", "disposto", '"', ",", "disse", ","]
    words += ["ao", "programa", '"', "Full", "Measure", '"', "."]
    heads = [1, 1, 1, 4, 8, 4, 4, 8, 8, 8, 11, 8, 13, 8, 13, 13, 8]
    deps = ["nsubj", "ROOT", "punct", "punct", "ccomp", "xcomp", "punct", "punct", "ROOT"]
    deps += ["punct", "det", "obl", "punct", "nsubj", "flat:name", "punct", "punct"]
    spaces = [True, False, True, False, True, False, False, True, False, True, True, True]
    spaces += [False, True, False, False, False]
    ents = ["B-PER"] + ["O"] * 12 + ["B-PER", "I-PER", "O", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, ents=ents)
    doc = extractor(doc)
    assert [(s.text, s._.speaker) for s in doc.spans["quotes"]] == [("Estaria disposto", "Trump")]


def test_parse_path_never_takes_a_place_after_a_preposition_for_the_subject() -> None:
    # a weak parse makes "Rio" of ", no Rio," the subject of "diz"
    nlp = spacy.blank("pt")
    extractor = nlp.add_pipe("newsnlp_quotes")
    words = ["Jeremias", "Casemiro", ",", "no", "Rio", ",", "denunciado", "pelo", "MP", ","]
    words += ["diz", "que", "ele", "perdeu", "."]
    heads = [10, 0, 4, 4, 10, 6, 4, 8, 6, 6, 10, 13, 13, 10, 10]
    deps = ["obl", "flat:name", "punct", "cc", "nsubj", "punct", "acl", "case", "obl:agent"]
    deps += ["punct", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    spaces = [True, False, True, True, False, True, True, True, False, True]
    spaces += [True, True, True, False, False]
    ents = ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O", "B-ORG"] + ["O"] * 6
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, ents=ents)
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("ele perdeu", "Jeremias Casemiro")


def test_a_role_a_place_sets_off_from_the_name_introduces_the_name(rules: Language) -> None:
    text = (
        "O ex-presidente Lula foi condenado. Ex-presidente da Câmara de Resende, no Rio, diz "
        "que é vítima. O ex-presidente da Câmara de Resende, no Rio, Jeremias Casemiro, "
        "pediu para falar."
    )
    people = [("Lula", "PER"), ("Jeremias Casemiro", "PER")]
    assert speakers(rules, text, people) == ["Jeremias Casemiro"]


def test_parse_path_reports_what_a_document_says_without_a_speaker() -> None:
    nlp = spacy.blank("pt")
    words = ["O", "estudo", "indica", "que", "o", "desemprego", "subiu", "."]
    heads = [1, 2, 2, 6, 5, 6, 2, 2]
    deps = ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker, span._.speaker_start) == ("o desemprego subiu", None, None)


def test_a_document_as_subject_gives_no_speaker_and_no_topic(rules: Language) -> None:
    text = (
        "O ministro Paulo Rangel falou ontem. O relatório adianta que o desemprego subiu. "
        "Afirmou ainda que a crise passou."
    )
    found = quotes(rules, text, people=("Paulo Rangel",))
    assert [(q[0], q[2]) for q in found] == [
        ("o desemprego subiu", None),
        ("a crise passou", "Paulo Rangel"),
    ]


def test_extra_verbs_and_round_trip_to_disk(tmp_path, rules: Language) -> None:
    nlp = spacy.blank("pt")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsnlp_quotes", config={"extra_verbs": ["tuitar"]})
    text = "O deputado André Ventura tuitou que o governo caiu."
    assert quotes(nlp, text)[0][:3] == ("o governo caiu", "indirect", "André Ventura")
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert quotes(reloaded, text)[0][:3] == ("o governo caiu", "indirect", "André Ventura")


def test_bad_extra_verb_is_a_data_error() -> None:
    with pytest.raises(DataError, match="infinitive"):
        QuoteExtractor(spacy.blank("pt"), extra_verbs=["disse que"])


@pytest.mark.parametrize(
    "text",
    [
        "«Propaganda» questiona o império das imagens.",  # a title as subject, no comma
        "Sem dizer que o clube mentiu, o treinador saiu.",  # nothing was said
        "Como é afirmado no texto, «não cabe só aos políticos».",  # a passive
    ],
)
def test_not_reported_speech(rules: Language, text: str) -> None:
    assert quotes(rules, text) == []


def test_initials_and_unlisted_role_nouns(rules: Language) -> None:
    text = "«Esse direito foi-me negado», afirma a testemunha, A. Carvalho."
    assert quotes(rules, text)[0][2] == "A. Carvalho"
    text = "O comerciante Albano Ferreira disse que viu o fogo começar."
    assert quotes(rules, text) == [
        ("viu o fogo começar", "indirect", "Albano Ferreira", "disse", "Albano Ferreira")
    ]


def test_organisation_named_after_its_noun(rules: Language) -> None:
    text = "A agência Nova China informou que o dicionário está pronto."
    assert quotes(rules, text)[0][2] == "Nova China"


def test_source_phrases_with_apposition_and_possessive(rules: Language) -> None:
    text = "Segundo Arnaldo Leite, coordenador do programa, as vendas caíram."
    assert quotes(rules, text)[0][:3] == ("as vendas caíram", "indirect", "Arnaldo Leite")
    text = "Marta Temido visitou o hospital. Na sua opinião, o serviço melhorou."
    assert quotes(rules, text)[0][:3] == ("o serviço melhorou", "indirect", "Marta Temido")


def test_source_phrase_before_a_quoted_clause(rules: Language) -> None:
    # the whole clause after "segundo X," in marks is X's own words: direct, as "para X,"
    # and a colon make it (annotators counted 14 direct and 7 mixed such quotes)
    text = "Segundo o relatório, «as distribuidoras são subsidiárias americanas»."
    assert quotes(rules, text) == [
        ("as distribuidoras são subsidiárias americanas", "direct", None, "Segundo", "o relatório")
    ]
    text = "O relatório conclui: «as distribuidoras são subsidiárias americanas»."
    assert [q[1] for q in quotes(rules, text)] == ["direct"]


def test_cue_inside_the_sentence_it_reports(rules: Language) -> None:
    text = "Todas estas decisões, disse Damásio Gomes, foram tomadas por unanimidade."
    assert quotes(rules, text) == [
        (
            "Todas estas decisões, disse Damásio Gomes, foram tomadas por unanimidade",
            "indirect",
            "Damásio Gomes",
            "disse",
            "Damásio Gomes",
        )
    ]


def test_title_before_a_name_and_uncued_quote_of_the_person_in_focus(rules: Language) -> None:
    text = "«Qualquer doação seria muito bem recebida», diz madre Maria Sousa."
    assert quotes(rules, text)[0][2] == "Maria Sousa"
    text = "O defesa Hélder Cristóvão estreou-se ontem. «Fui infeliz, a bola bateu-me nas costas.»"
    assert quotes(rules, text)[0][2] == "Hélder Cristóvão"


def test_cue_closing_the_sentence_with_an_inverted_subject(rules: Language) -> None:
    text = (
        "A cimeira, prevista para Dezembro, não deve ser sobre Mugabe, "
        "defendeu hoje José Sócrates, primeiro-ministro português."
    )
    assert quotes(rules, text) == [
        (
            "A cimeira, prevista para Dezembro, não deve ser sobre Mugabe",
            "indirect",
            "José Sócrates",
            "defendeu",
            "José Sócrates",
        )
    ]
    text = "António Fontes falou à Lusa. Os custos subiram muito este ano, explicou."
    assert quotes(rules, text) == [
        ("Os custos subiram muito este ano", "indirect", "António Fontes", "explicou", None)
    ]
    text = "O líder do PSD, por seu lado, acusou o Governo de falta de transparência."
    assert quotes(rules, text) == []


def test_infinitive_complement_is_reported(rules: Language) -> None:
    text = "Gerardo Sanchez declarou possuir uma lista de 28 pessoas detidas."
    assert quotes(rules, text) == [
        (
            "possuir uma lista de 28 pessoas detidas",
            "indirect",
            "Gerardo Sanchez",
            "declarou",
            "Gerardo Sanchez",
        )
    ]


def test_first_person_verbs_are_not_cues(rules: Language) -> None:
    assert quotes(rules, "Notamos que o preço subiu muito.") == []
    assert quotes(rules, "Ontem lembrei Osvaldo Aranha que a guerra acabou.") == []


def test_quote_inside_a_reported_clause_is_mixed(rules: Language) -> None:
    text = (
        "António Nunes considerou que a nova lei «não proíbe o tabaco nos casinos», "
        "justificando com a lei do jogo."
    )
    found = quotes(rules, text)
    assert [(q[1], q[2]) for q in found] == [("mixed", "António Nunes")]
    assert found[0][0].startswith("a nova lei «não proíbe")


def test_short_quote_as_a_verb_object_is_not_speech(rules: Language) -> None:
    assert quotes(rules, 'Lula declarou "admiração" pelos dois.') == []


def test_coordinated_statements_keep_their_speakers(rules: Language) -> None:
    text = (
        "Rui Moreira adianta que os preços não vão aumentar em Janeiro e, na água, "
        "o Instituto Regulador (IRAR) diz que o processo está em curso."
    )
    assert [(q[0], q[2]) for q in quotes(rules, text)] == [
        ("os preços não vão aumentar em Janeiro", "Rui Moreira"),
        ("o processo está em curso", "Instituto Regulador"),
    ]


def test_relative_clause_subject(rules: Language) -> None:
    text = "O aumento foi aprovado por Zapatero, que afirmou que o valor cumpre as promessas."
    assert quotes(rules, text)[0][:3] == ("o valor cumpre as promessas", "indirect", "Zapatero")


def test_role_and_description_without_apposition_go_to_the_person_in_focus(
    rules: Language,
) -> None:
    text = (
        "Fernando Neves foi acusado pelo governador. Neves trabalha na mina. "
        "O processo foi apresentado por Antero Gaspar, presidente da Câmara. "
        "«Não estava nada à espera disto», diz o mineiro. "
        "Ontem, o candidato petista disse que não se lembra."
    )
    found = quotes(rules, text)
    assert [q[2] for q in found] == ["Fernando Neves", "Fernando Neves"]


def test_role_name_through_an_organisation_name(rules: Language) -> None:
    text = (
        "«O capital voltou ao mercado», segundo o presidente da Ritterbusch & Associates, "
        "Jim Ritterbusch, citado pela Reuters."
    )
    assert [q[:3] for q in quotes(rules, text)] == [
        ("O capital voltou ao mercado", "direct", "Jim Ritterbusch")
    ]


def test_pronoun_gender_from_the_article_before_a_name(rules: Language) -> None:
    text = (
        "A intervenção da Raquel Varela foi longa. Depois, Marco Aurélio falou. "
        "«Vamos vencer as eleições», disse ela."
    )
    found = quotes(rules, text, people=("Raquel Varela", "Marco Aurélio"))
    assert found[0][2] == "Raquel Varela"


def test_parse_path_relative_pronoun_subject_is_its_antecedent() -> None:
    nlp = spacy.blank("pt")
    # "E falou Zapatero, que afirmou que o valor subiu."
    words = ["E", "falou", "Zapatero", ",", "que", "afirmou", "que", "o", "valor", "subiu", "."]
    heads = [1, 1, 1, 5, 5, 2, 9, 8, 9, 5, 1]
    deps = ["cc", "ROOT", "nsubj", "punct", "nsubj", "acl:relcl", "mark", "det", "nsubj"]
    deps += ["ccomp", "punct"]
    pos = ["CCONJ", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "SCONJ", "DET", "NOUN", "VERB"]
    pos += ["PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("o valor subiu", "Zapatero")


def test_outlet_between_cue_and_speaker(rules: Language) -> None:
    text = "«O encontro foi proveitoso», afirmou ao PÚBLICO Isabel Cruz, da associação."
    assert quotes(rules, text)[0][2] == "Isabel Cruz"


def test_adjective_between_role_and_name(rules: Language) -> None:
    text = "«Nada nos move contra a empresa», emendou o dirigente agrícola Orlando Gonçalves."
    assert quotes(rules, text)[0][2] == "Orlando Gonçalves"


def test_narration_leading_into_a_quote_cued_after_it_is_one_mixed_report(rules: Language) -> None:
    text = (
        "O programa de desenvolvimento «vai ajudar as empresas chinesas», "
        "disse o ministro da Indústria, Wang Xundong, citado pela agência."
    )
    assert [q[:3] for q in quotes(rules, text)] == [
        ("O programa de desenvolvimento «vai ajudar as empresas chinesas»", "mixed", "Wang Xundong")
    ]


def test_unnamed_source_speaks_without_a_name(rules: Language) -> None:
    text = (
        "O ministro Rui Costa visitou a obra. A ponte reabre na segunda-feira, "
        "disse ontem fonte da Câmara de Braga. Segundo a fonte, faltam dois pilares. "
        "O bebé encontra-se bem, disse à agência Lusa uma fonte do hospital."
    )
    found = quotes(rules, text, people=("Rui Costa",))
    assert [(q[0], q[1], q[2], q[4]) for q in found] == [
        ("A ponte reabre na segunda-feira", "indirect", None, "fonte da Câmara de Braga"),
        ("faltam dois pilares", "indirect", None, "a fonte"),
        ("O bebé encontra-se bem", "indirect", None, "uma fonte do hospital"),
    ]


def test_unnamed_source_before_the_cue(rules: Language) -> None:
    text = "Ana Reis saiu cedo. Uma fonte do ministério disse que o acordo está fechado."
    found = quotes(rules, text, people=("Ana Reis",))
    assert [(q[0], q[2], q[4]) for q in found] == [
        ("o acordo está fechado", None, "Uma fonte do ministério")
    ]


def test_pronoun_before_a_closing_cue(rules: Language) -> None:
    text = "A peça é de Susan Marshall. «Inspira-se no meu melhor bailarino», ela diz."
    found = quotes(rules, text, people=("Susan Marshall",))
    assert [(q[0], q[2], q[3], q[4]) for q in found] == [
        ("Inspira-se no meu melhor bailarino", "Susan Marshall", "diz", "ela")
    ]


def test_pronoun_before_a_closing_cue_that_a_clause_follows(rules: Language) -> None:
    text = (
        "A batalha foi decisiva, disse Harry Schute. “Você consegue sentir?”, ele indagou, "
        "ao imaginar a guerra com elefantes. «Vai», ela questiona o império."
    )
    found = quotes(rules, text, people=("Harry Schute",))
    assert [(q[0], q[2], q[3], q[4]) for q in found] == [
        ("A batalha foi decisiva", "Harry Schute", "disse", "Harry Schute"),
        ("Você consegue sentir?", "Harry Schute", "indagou", "ele"),
    ]


def test_como_before_a_cue_after_a_quote(rules: Language) -> None:
    text = "O clube foi tratado como «um clube menor», como alegou Pedro Santana."
    found = quotes(rules, text, people=("Pedro Santana",))
    assert [(q[0], q[2], q[3]) for q in found] == [("um clube menor", "Pedro Santana", "alegou")]


def test_reported_clause_runs_to_the_end_of_a_quote_it_opens(rules: Language) -> None:
    text = (
        "O relatório chegou ontem. O ministro Rui Costa admitiu que as medidas "
        "«terão um efeito, embora não exclusivo, na despesa»."
    )
    found = quotes(rules, text, people=("Rui Costa",))
    assert [(q[0], q[1]) for q in found] == [
        ("as medidas «terão um efeito, embora não exclusivo, na despesa»", "mixed")
    ]


def test_silent_subject_before_an_inserted_phrase_is_no_speaker(rules: Language) -> None:
    text = (
        "Rui Costa foi eleito. Pesquisa de opinião publicada ontem pelo jornal, "
        "da capital, diz que 29% dos eleitores estão indecisos."
    )
    assert [(q[0], q[2]) for q in quotes(rules, text, people=("Rui Costa",))] == [
        ("29% dos eleitores estão indecisos", None)
    ]


def test_dialogue_line_is_not_the_narrative_subject(rules: Language) -> None:
    text = (
        "Ronaldo treinou com bola. Alessandro Nesta saiu em defesa do colega.\n\n"
        "- Poderíamos ter vencido. Estaremos ao seu lado - explica."
    )
    found = quotes(rules, text, people=("Ronaldo",))
    assert [(q[1], q[2]) for q in found] == [("direct", "Alessandro Nesta")]


def test_described_bodies_and_organisations_named_for_a_cause(rules: Language) -> None:
    text = (
        "A Comissão pela Igualdade Racial pediu que as lojas parem a venda. "
        "O governo britânico não está censurando: pede que as lojas cooperem."
    )
    found = quotes(rules, text)
    assert [q[2] for q in found] == ["Comissão pela Igualdade Racial", "governo britânico"]


def test_gender_of_female_names_not_ending_in_a() -> None:
    from newsnlp.components.speaker_resolver import gender_of_name

    names = ("Isabel Cruz", "Christine Lagarde", "Ana Gomes", "Jorge Sampaio")
    assert [gender_of_name(n) for n in names] == ["F", "F", "F", "M"]
    # the gender a section of first_names.txt gives beats the ending: "Joice", "Zeca"
    names = ("Joice Hasselmann", "Thaís Werneck", "Zeca Pagodinho", "Kamala Harris")
    assert [gender_of_name(n) for n in names] == ["F", "F", "M", "F"]


def test_noun_of_speech_and_its_speaker_before_a_colon(rules: Language) -> None:
    text = (
        "O treinador Rui Vitória falou no fim. A reacção do presidente do clube, "
        "Luís Filipe Vieira, foi pronta: «Estamos muito satisfeitos com a equipa.» "
        "Nas palavras de Ana Gomes: «Isto é um escândalo nacional.»"
    )
    found = quotes(rules, text, people=("Rui Vitória", "Luís Filipe Vieira", "Ana Gomes"))
    assert [(q[2], q[3]) for q in found] == [
        ("Luís Filipe Vieira", "reacção"),
        ("Ana Gomes", "Nas palavras de"),  # the source phrase opening the sentence
    ]


def test_sentence_final_source_with_a_nationality(rules: Language) -> None:
    text = "O Benfica perdeu. Três dos golos eram defensáveis, segundo o jornal italiano."
    found = quotes(rules, text)
    assert [(q[0], q[1], q[3]) for q in found] == [
        ("Três dos golos eram defensáveis", "indirect", "segundo")
    ]


def test_a_club_named_after_its_coach_is_not_his_full_name(rules: Language) -> None:
    text = (
        "O Chelsea de José Mourinho venceu. «Foi justo», disse José Mourinho. "
        "A economista Maria da Conceição Tavares falou. «É grave», afirmou Conceição Tavares."
    )
    assert [q[2] for q in quotes(rules, text)] == ["José Mourinho", "Maria da Conceição Tavares"]


def test_more_cue_verbs_and_impersonal_se(rules: Language) -> None:
    text = (
        "«Não temos medo», atirou o ministro Rui Costa. «Vamos ganhar», ironizou Pedro Nuno. "
        "O comunicado chegou tarde, onde se realça «a actuação de elevado mérito do provedor»."
    )
    found = quotes(rules, text, people=("Rui Costa", "Pedro Nuno"))
    assert [(q[0], q[2], q[3]) for q in found] == [
        ("Não temos medo", "Rui Costa", "atirou"),
        ("Vamos ganhar", "Pedro Nuno", "ironizou"),
    ]


def test_no_reported_clause_opens_with_its_own_cue(rules: Language) -> None:
    text = "«Ainda se podem queixar se quiserem ...», gracejou Mário Raposo, após entregar a carta."
    found = quotes(rules, text, people=("Mário Raposo",))
    assert [(q[0], q[1]) for q in found] == [("Ainda se podem queixar se quiserem ...", "direct")]


def test_noun_of_speech_and_its_speaker_after_a_quote(rules: Language) -> None:
    text = (
        "O governo aprovou a lei. «Não vamos recuar», nas palavras da ministra Ana Abrunhosa. "
        "«É uma vergonha» – palavras de Rui Rio."
    )
    found = quotes(rules, text, people=("Ana Abrunhosa", "Rui Rio"))
    assert [(q[0], q[2], q[3]) for q in found] == [
        ("Não vamos recuar", "Ana Abrunhosa", "palavras"),
        ("É uma vergonha", "Rui Rio", "palavras"),
    ]


def test_a_stray_comma_after_an_adverb_before_que(rules: Language) -> None:
    text = "O ministro Paulo Rangel anunciou ontem, que o país vai retirar as suas tropas."
    found = quotes(rules, text, people=("Paulo Rangel",))
    assert [(q[0], q[2], q[3]) for q in found] == [
        ("o país vai retirar as suas tropas", "Paulo Rangel", "anunciou")
    ]


def test_reported_questions_and_requests(rules: Language) -> None:
    text = (
        "A deputada Rita Matias perguntou se o governo vai manter o imposto. "
        "Quando a juíza lhe perguntou porque é que o carro parou, Nuno Dias afirmou que "
        "não se lembrava. O autarca Rui Moreira pediu que os moradores poupem água."
    )
    found = quotes(rules, text, people=("Rita Matias", "Nuno Dias", "Rui Moreira"))
    assert [(q[0], q[3]) for q in found] == [
        ("o governo vai manter o imposto", "perguntou"),
        ("porque é que o carro parou", "perguntou"),  # the question ends at its comma
        ("não se lembrava", "afirmou"),
        ("os moradores poupem água", "pediu"),
    ]
    assert [found[i][2] for i in (0, 2, 3)] == ["Rita Matias", "Nuno Dias", "Rui Moreira"]


def test_a_closing_cue_after_a_dash_or_with_a_trailing_phrase(rules: Language) -> None:
    text = (
        "O incêndio destruiu três casas e dois armazéns -- disse ontem fonte dos bombeiros. "
        "Os aviões lançaram bombas «em resposta a disparos de artilharia» do inimigo, "
        "anunciou o ministério em comunicado."
    )
    found = quotes(rules, text)
    assert [(q[0], q[1], q[3], q[4]) for q in found] == [
        (
            "O incêndio destruiu três casas e dois armazéns",
            "indirect",
            "disse",
            "fonte dos bombeiros",
        ),
        (
            "Os aviões lançaram bombas «em resposta a disparos de artilharia» do inimigo",
            "mixed",
            "anunciou",
            "o ministério",
        ),
    ]


def test_a_mixed_clause_ends_with_its_quote_before_a_comment(rules: Language) -> None:
    text = (
        "O ministro Rui Costa elogiou a obra, afirmando que «no porto fez-se muito e disse-se "
        "pouco», numa crítica à câmara."
    )
    found = quotes(rules, text, people=("Rui Costa",))
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("no porto fez-se muito e disse-se pouco", "mixed", "Rui Costa")
    ]


def test_a_role_with_a_place_before_its_apposed_name(rules: Language) -> None:
    text = (
        "Jonas Savimbi recusou o cargo. «Há atrasos», disse à Reuter o chefe dos negociadores "
        "da UNITA em Luanda, Isaías Samakuva."
    )
    found = quotes(rules, text, people=("Jonas Savimbi", "Isaías Samakuva"))
    assert [(q[0], q[2]) for q in found] == [("Há atrasos", "Isaías Samakuva")]


def test_a_name_before_an_auxiliary_and_its_cue(rules: Language) -> None:
    text = "A campanha começou. Lula tem repetido aos amigos: «Só há campanha onde nós vamos.»"
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [("Só há campanha onde nós vamos.", "Lula")]


def test_a_gerund_cue_takes_the_sentence_subject(rules: Language) -> None:
    text = (
        "O ministro Rui Costa elogiou a colaboração entre a câmara e a Administração do Porto, "
        "afirmando que a obra vai acabar em Maio."
    )
    found = quotes(rules, text, people=("Rui Costa",))
    assert [(q[0], q[2], q[4]) for q in found] == [
        ("a obra vai acabar em Maio", "Rui Costa", "Rui Costa")
    ]


def test_a_body_named_by_its_department(rules: Language) -> None:
    text = "Segundo o departamento da defesa, os aviões regressaram à base."
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [
        ("os aviões regressaram à base", "departamento da defesa")
    ]


def test_parse_path_an_appos_inside_the_role_is_not_the_name() -> None:
    """A parser's 'appos' on "Negócios" inside the role; the name after the comma wins."""
    nlp = spacy.blank("pt")
    words = ["O", "ministro", "dos", "Negócios", "Estrangeiros", ",", "Rui", "Dias", "anunciou"]
    words += ["que", "a", "França", "vai", "sair", "."]
    heads = [1, 8, 1, 1, 3, 6, 1, 6, 8, 13, 11, 13, 13, 8, 8]
    deps = ["det", "nsubj", "acl", "appos", "amod", "punct", "appos", "flat:name", "ROOT"]
    deps += ["mark", "det", "nsubj", "aux", "ccomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADJ", "PUNCT", "PROPN", "PROPN", "VERB"]
    pos += ["SCONJ", "DET", "PROPN", "AUX", "VERB", "PUNCT"]
    ents = ["O"] * 6 + ["B-PER", "I-PER"] + ["O"] * 7
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("a França vai sair", "Rui Dias")


def test_parse_path_a_complement_cut_from_its_role_is_no_subject() -> None:
    """A weak parser's "nsubj" on "Comitês" of "A secretária dos Comitês de Cultura, X,":
    a phrase after "dos" is no subject; the role's apposed name speaks."""
    nlp = spacy.blank("pt")
    words = ["A", "secretária", "dos", "Comitês", "de", "Cultura", ",", "Roberta", "Martins"]
    words += [",", "destacou", "que", "as", "cidades", "realizaram", "conferências", "."]
    heads = [1, 10, 3, 10, 5, 3, 7, 3, 7, 7, 10, 14, 13, 14, 10, 14, 10]
    deps = ["det", "dep", "det", "nsubj", "case", "nmod", "punct", "appos", "flat:name"]
    deps += ["punct", "ROOT", "mark", "det", "nsubj", "ccomp", "obj", "punct"]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER"] + ["O"] * 8
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("as cidades realizaram conferências", "Roberta Martins")


def test_unnamed_sources_with_mesma_and_indefinite_roles(rules: Language) -> None:
    text = (
        "O fogo está controlado, disse à Lusa um porta-voz da Protecção Civil. "
        "Segundo a mesma fonte, não há feridos. "
        "Para um secretário de Estado, um carro oficial chega. "
        "Os gritos alertaram um vizinho que chamou a polícia."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2], q[4]) for q in found] == [
        ("O fogo está controlado", None, "um porta-voz da Protecção Civil"),
        ("não há feridos", None, "a mesma fonte"),
    ]


def test_a_hyphenated_nationality_and_a_company_named_only_as_an_object(rules: Language) -> None:
    nlp = spacy.blank("pt")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsnlp_quotes")
    text = (
        "Eles diziam-se filiais da Acme Dealing Inc., dos Estados Unidos. "
        "A empresa norte-americana informou à PF que não tem filiais no Brasil."
    )
    doc = tagged(nlp, text, [("Acme Dealing Inc.", "ORG")])
    (span,) = doc.spans["quotes"]
    assert (span.text, span._.speaker) == ("não tem filiais no Brasil", "Acme Dealing Inc.")
    assert text[span._.speaker_start : span._.speaker_end] == "A empresa norte-americana"


def test_a_closing_cue_without_its_comma(rules: Language) -> None:
    text = (
        "O salário mínimo sobe graças ao acordo com os sindicatos e o patronato acrescentou "
        "Zapatero, que falou em Madrid. O Benfica venceu o Porto por dois golos e o treinador "
        "elogiou Jardel."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2], q[3]) for q in found] == [
        (
            "O salário mínimo sobe graças ao acordo com os sindicatos e o patronato",
            "Zapatero",
            "acrescentou",
        )
    ]


def test_a_headline_run_into_the_body_ends_the_reported_clause(rules: Language) -> None:
    text = "Ira afirma que seus militantes mataram carteiro O IRA explicou ontem o caso."
    found = quotes(rules, text)
    assert [q[0] for q in found][:1] == ["seus militantes mataram carteiro"]
    titled = "O ministro disse que leu no jornal O Globo a notícia do acordo."
    assert [q[0] for q in quotes(rules, titled)] == ["leu no jornal O Globo a notícia do acordo"]


def test_a_cue_in_the_next_sentence_pointing_back(rules: Language) -> None:
    text = (
        "«Não é a inflação que vai resolver os problemas do sector». É assim que Rui Dias, "
        "gestor têxtil, avalia a crise. «O jogo correu muito bem para nós». Assim comentou o "
        "treinador Jorge Jesus. «Vamos ganhar o campeonato este ano». Assim o país acordou."
    )
    found = quotes(rules, text, people=("Rui Dias", "Jorge Jesus"))
    assert [(q[2], q[3]) for q in found] == [
        ("Rui Dias", "avalia"),
        ("Jorge Jesus", "comentou"),
        ("Jorge Jesus", None),  # uncued: continues the last speaker
    ]


def test_a_report_inside_a_dash_aside_ends_with_the_aside(rules: Language) -> None:
    text = (
        "O ministro Rui Costa -- que referiu representarem as receitas do porto 12 por cento "
        "do produto regional -- elogiou a obra."
    )
    found = quotes(rules, text, people=("Rui Costa",))
    assert [(q[0], q[2], q[3]) for q in found] == [
        (
            "representarem as receitas do porto 12 por cento do produto regional",
            "Rui Costa",
            "referiu",
        )
    ]


def test_parse_path_speaker_mention_covers_the_whole_name_when_the_model_tags_part() -> None:
    """A weak model tags only "Stanislav" PER; the mention is still "Stanislav Zas"."""
    nlp = spacy.blank("pt")
    words = ["Stanislav", "Zas", "afirmou", "que", "a", "cooperação", "cresce", "."]
    heads = [2, 0, 2, 6, 5, 6, 2, 2]
    deps = ["nsubj", "flat:name", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    ents = ["B-PER"] + ["O"] * 7
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert span.text == "a cooperação cresce"
    assert doc.text[span._.speaker_start : span._.speaker_end] == "Stanislav Zas"
    assert span._.speaker == "Stanislav Zas"


def test_parse_path_weak_parse_keeps_the_dropped_subject_of_a_quote() -> None:
    """A weak parser roots the sentence on "velho" (the verb its csubj) and takes a noun
    inside the quotation for the cue's subject: the speaker is still the person named before."""
    nlp = spacy.blank("pt")
    words = ["Já", "velho", ",", "Hergé", "falou", "da", "obra", "."]
    words += ['"', "Quando", "jovem", ",", "disse", ",", '"', "fui", "influenciado"]
    words += ["pelos", "estereótipos", "burgueses", "."]
    spaces = [True, False, True, True, True, True, False, True]
    spaces += [False, True, False, True, False, True, False, True, True]
    spaces += [True, True, False, False]
    heads = [1, 1, 4, 4, 1, 6, 4, 1]
    heads += [12, 10, 12, 12, 12, 12, 16, 16, 12, 18, 16, 12, 12]
    deps = ["advmod", "ROOT", "punct", "nsubj", "csubj", "case", "obl", "punct"]
    deps += ["punct", "case", "obl", "punct", "ROOT", "punct", "punct", "cop", "ccomp"]
    deps += ["case", "obl", "nsubj", "punct"]
    pos = ["ADV", "ADJ", "PUNCT", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"]
    pos += ["PUNCT", "ADV", "NOUN", "PUNCT", "VERB", "PUNCT", "PUNCT", "AUX", "VERB"]
    pos += ["ADP", "NOUN", "NOUN", "PUNCT"]
    ents = ["O", "O", "O", "B-LOC"] + ["O"] * 17  # the weak model's LOC for a person
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert span.text.startswith("fui influenciado")
    assert span._.cue == "disse"
    assert span._.speaker == "Hergé"


def test_noun_of_concern_before_a_colon_gives_the_full_name(rules: Language) -> None:
    """A noun of concern is a cue, and "Preocupação de Vidigal" no fuller name of Vidigal."""
    text = (
        "Álvaro Vidigal preside à Bovespa há dez anos. "
        "Preocupação de Vidigal: «Manter junto às autoridades a imagem de seriedade.»"
    )
    assert quotes(rules, text, people=("Álvaro Vidigal",)) == [
        (
            "Manter junto às autoridades a imagem de seriedade.",
            "direct",
            "Álvaro Vidigal",
            "Preocupação",
            "Vidigal",
        )
    ]


def test_parse_path_a_subject_no_lexicon_knows_falls_back_to_the_tokens() -> None:
    """The parse's subject "Esta" is no mention it knows; the token rules resolve it."""
    nlp = spacy.blank("pt")
    words = ["Ana", "Costa", "chegou", ".", "Esta", "afirmou", "que", "o", "plano", "falhou"]
    words += ["."]
    heads = [2, 0, 2, 2, 5, 5, 9, 8, 9, 5, 5]
    deps = ["nsubj", "flat:name", "ROOT", "punct", "nsubj", "ROOT", "mark", "det", "nsubj"]
    deps += ["ccomp", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "SCONJ", "DET", "NOUN", "VERB"]
    pos += ["PUNCT"]
    ents = ["B-PER", "I-PER"] + ["O"] * 9
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.quote_kind, span._.speaker) == (
        "o plano falhou",
        "indirect",
        "Ana Costa",
    )


def test_parse_path_a_subject_in_scare_quotes_is_still_the_subject() -> None:
    """«…», afirmou um «trader»: an unnamed trader, not the person named before."""
    nlp = spacy.blank("pt")
    words = ["Ana", "Costa", "chegou", ".", "«", "Foi", "um", "bom", "dia", "»", ","]
    words += ["afirmou", "um", "«", "trader", "»", "."]
    spaces = [True, True, False, True, False, True, True, True, False, False, True]
    spaces += [True, True, False, False, False, False]
    heads = [2, 0, 2, 2, 8, 8, 8, 8, 11, 8, 11, 11, 14, 14, 11, 14, 11]
    deps = ["nsubj", "flat:name", "ROOT", "punct", "punct", "cop", "det", "amod", "ccomp"]
    deps += ["punct", "punct", "ROOT", "det", "punct", "nsubj", "punct", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PUNCT", "AUX", "DET", "ADJ", "NOUN", "PUNCT"]
    pos += ["PUNCT", "VERB", "DET", "PUNCT", "NOUN", "PUNCT", "PUNCT"]
    ents = ["B-PER", "I-PER"] + ["O"] * 15
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert span.text == "Foi um bom dia"
    assert span._.speaker is None


def test_addressee_between_cue_and_que_is_not_the_speaker(rules: Language) -> None:
    text = "Netanyahu garantiu ao Presidente sírio, Hafez Assad, que a paz é possível."
    found = quotes(rules, text, people=("Netanyahu", "Hafez Assad"))
    assert [(q[0], q[1], q[2]) for q in found] == [("a paz é possível", "indirect", "Netanyahu")]


def test_infinitive_cue_under_another_verb_takes_its_subject(rules: Language) -> None:
    text = (
        "Rui Vieira Lopes falou ontem. "
        "Rui Vieira Lopes fez questão de salientar que o acordo depende dos beligerantes."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2], q[3]) for q in found] == [
        ("o acordo depende dos beligerantes", "Rui Vieira Lopes", "salientar")
    ]


def test_reflexive_cue_and_impersonal_se(rules: Language) -> None:
    text = "«Não se retirem, dizem-nos sempre», queixou-se Netanyahu. Diz-se que o plano falhou."
    found = quotes(rules, text, people=("Netanyahu",))
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("Não se retirem, dizem-nos sempre", "direct", "Netanyahu")
    ]


def test_unknown_subject_and_a_document_report_speech_with_no_speaker(rules: Language) -> None:
    text = (
        "Os estudiosos da matéria afirmam que a negociação depende do modelo sindical. "
        "O relatório afirma que o custo subiu."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [
        ("a negociação depende do modelo sindical", None),
        ("o custo subiu", None),
    ]


def test_second_coordinated_cue_is_a_report_of_its_own(rules: Language) -> None:
    text = (
        "Segundo a economista Susana Peralta, da Nova SBE, os números mostram melhorias, "
        "mas alertou que os preços continuarão elevados. O ministro João Silva disse que "
        "a economia vai crescer e acrescentou que o desemprego vai descer."
    )
    found = quotes(rules, text, people=("Susana Peralta", "João Silva"))
    assert [(q[0], q[2]) for q in found] == [
        ("os números mostram melhorias", "Susana Peralta"),
        ("os preços continuarão elevados", "Susana Peralta"),
        ("a economia vai crescer", "João Silva"),
        ("o desemprego vai descer", "João Silva"),
    ]


def test_uncued_quote_after_a_new_subject_is_the_subjects(rules: Language) -> None:
    text = (
        "«Não haverá aumentos», disse Filipe Silva. "
        "A ministra Catarina Castro defendeu depois a reforma. "
        "«É uma reforma necessária e urgente.»"
    )
    found = quotes(rules, text, people=("Filipe Silva", "Catarina Castro"))
    assert [q[2] for q in found] == ["Filipe Silva", "Catarina Castro"]


def test_generic_body_is_the_organisation_just_named(rules: Language) -> None:
    text = (
        "O líder do PSD, Luís Montenegro, falou de manhã. "
        "Em comunicado, o partido considera que o país está parado."
    )
    doc = tagged(rules, text, [("PSD", "ORG"), ("Luís Montenegro", "PER")])
    assert [(s.text, s._.speaker) for s in doc.spans["quotes"]] == [("o país está parado", "PSD")]


def test_names_inside_quotes_are_never_fallback_speakers(rules: Language) -> None:
    text = (
        "Os estudantes levantaram-se para gritar «Viva Xanana Gusmão», «Viva Timor». "
        "«Obrigado pela vossa visita a Timor-Leste e a Díli, amigos.»"
    )
    found = quotes(rules, text)
    assert [q[2] for q in found] == [None]


def test_opening_pronoun_may_point_ahead_in_a_texts_first_sentence(rules: Language) -> None:
    text = (
        "«Eles são a razão de tudo o que faço», disse, com a voz embargada. "
        "Rubens Ricupero foi o último a sucumbir à emoção."
    )
    found = quotes(rules, text, people=("Rubens Ricupero",))
    assert [q[2] for q in found] == ["Rubens Ricupero"]


def test_parse_path_a_misparsed_addressee_is_not_the_speaker() -> None:
    """'Marta Temido afirmou à Lusa que a crise passou.' with "Lusa" parsed as nsubj."""
    nlp = spacy.blank("pt")
    extractor = nlp.add_pipe("newsnlp_quotes")
    words = ["Marta", "Temido", "afirmou", "à", "Lusa", "que", "a", "crise", "passou", "."]
    heads = [2, 0, 2, 4, 2, 8, 7, 8, 2, 2]
    deps = ["obj", "flat:name", "ROOT", "case", "nsubj", "mark", "det", "nsubj", "ccomp"]
    deps += ["punct"]
    pos = ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [doc.char_span(0, len("Marta Temido"), "PER")]
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("a crise passou", "Marta Temido")


def test_inserted_source_keeps_the_subject_in_the_reported_clause(rules: Language) -> None:
    text = "O chefe de Estado, segundo o porta-voz Dmitry Peskov, acompanha a situação de perto."
    found = quotes(rules, text, people=("Dmitry Peskov",))
    assert [(q[0], q[2]) for q in found] == [
        (
            "O chefe de Estado, segundo o porta-voz Dmitry Peskov, acompanha a situação de perto",
            "Dmitry Peskov",
        )
    ]


def test_speaker_is_the_fullest_name_whatever_its_capitals(rules: Language) -> None:
    text = (
        "A presidente da Comissão, Ursula von der Leyen, falou ontem. "
        "Von der Leyen explicou que o pacote inclui restrições."
    )
    found = quotes(rules, text, people=("Ursula von der Leyen", "Von der Leyen"))
    assert [q[2] for q in found] == ["Ursula von der Leyen"]


def test_one_word_surname_opening_a_narration_is_a_subject(rules: Language) -> None:
    text = (
        "Carrington fez sempre questão de salientar que o acordo depende dos beligerantes. "
        "«Se for firmado, ninguém ficará mais contente do que nós», comentou."
    )
    assert [q[2] for q in quotes(rules, text)] == ["Carrington", "Carrington"]


def test_capitalised_openers_that_are_no_names_are_not_subjects(rules: Language) -> None:
    text = (
        "Cerca quarenta proprietários protestaram. Lisboa recebe a cimeira. "
        "«Fizeram tudo nas costas das pessoas», disse."
    )
    assert [q[2] for q in quotes(rules, text)] == [None]


def test_relative_o_qual_points_back_to_its_antecedent(rules: Language) -> None:
    text = (
        "A mostra foi comissariada por António Andrade, "
        "o qual considera ter-se feito história na cidade."
    )
    found = quotes(rules, text, people=("António Andrade",))
    assert [(q[0], q[2]) for q in found] == [("ter-se feito história na cidade", "António Andrade")]


def test_a_name_opening_the_reported_clause_is_not_an_apposition(rules: Language) -> None:
    text = (
        "O livro é de Luís Lourenço, que o escreveu em Braga. "
        "Segundo o autor, José Mourinho é um treinador diferente."
    )
    found = quotes(rules, text, people=("Luís Lourenço", "José Mourinho"))
    assert [(q[0], q[2]) for q in found] == [
        ("José Mourinho é um treinador diferente", "Luís Lourenço")
    ]


def test_name_alone_before_a_colon_is_the_speaker(rules: Language) -> None:
    text = "Vasco Uva: «Honrámos o país»"
    found = quotes(rules, text, people=("Vasco Uva",))
    assert [(q[0], q[1], q[2]) for q in found] == [("Honrámos o país", "direct", "Vasco Uva")]


def test_cue_and_speaker_before_a_comma_introduce_the_quote(rules: Language) -> None:
    text = "E como disse a actriz Catherine Deneuve, «há certas coisas que não se devem desvendar»."
    found = quotes(rules, text, people=("Catherine Deneuve",))
    assert [(q[0], q[2], q[3]) for q in found] == [
        ("há certas coisas que não se devem desvendar", "Catherine Deneuve", "disse")
    ]


def test_a_roles_domain_tagged_as_a_person_is_no_speaker(rules: Language) -> None:
    text = (
        "A ministra da Educação falou ontem. "
        "«Os testes serão lançados em todas as escolas», disse a governante."
    )
    found = quotes(rules, text, people=("Educação",))
    assert [q[2] for q in found] == [None]


def test_a_description_stands_for_the_subject_not_a_name_inside_a_quote(rules: Language) -> None:
    text = (
        "No entanto, Smoot pensa que vai ser possível ir mais longe. "
        "«Penso que é possível recuar ainda mais no tempo», diz o astrofísico. "
        "«Acho que é mesmo possível chegar até ao Big Bang e saber o que havia antes do Big Bang.»"
    )
    assert [q[2] for q in quotes(rules, text)] == ["Smoot", "Smoot"]  # "pensar" reports nothing


def test_a_closing_cue_with_a_document_or_an_unnamed_subject(rules: Language) -> None:
    text = (
        "Em 35 anos, os danos causados ultrapassam dois mil milhões de pesetas, "
        "diz o relatório. "
        "Um incêndio destruiu parcialmente um restaurante na zona da Foz, "
        "informaram os bombeiros locais. "
        "O arquitecto esteve já, por várias vezes, no local e manifestou a sua oposição, "
        "defendendo antes a manutenção do actual edifício."
    )
    found = quotes(rules, text)
    assert [(q[0], q[1], q[2], q[3]) for q in found] == [
        (
            "Em 35 anos, os danos causados ultrapassam dois mil milhões de pesetas",
            "indirect",
            None,
            "diz",
        ),
        (
            "Um incêndio destruiu parcialmente um restaurante na zona da Foz",
            "indirect",
            None,
            "informaram",
        ),
    ]  # a gerund's object ("a manutenção …") is no subject


def test_a_closing_cue_object_is_no_document_subject(rules: Language) -> None:
    text = "O laboratório da Panda Security em Bilbau, revelou um relatório onde agrupa os vírus."
    assert quotes(rules, text) == []


def test_a_long_phrase_after_a_closing_cue_speaker(rules: Language) -> None:
    text = (
        "Desde o primeiro dia do ano, 13 foram mortos pelas forças de segurança, "
        "disse Yatom durante uma visita de inspecção à região de Belém (sul da Cisjordânia)."
    )
    found = quotes(rules, text, people=("Yatom",))
    assert [(q[0], q[2]) for q in found] == [
        ("Desde o primeiro dia do ano, 13 foram mortos pelas forças de segurança", "Yatom")
    ]


def test_professions_are_roles(rules: Language) -> None:
    consul = quotes(rules, "Segundo o cônsul, era crescente a pressão do Congresso.")
    assert [(q[0], q[1], q[4]) for q in consul] == [
        ("era crescente a pressão do Congresso", "indirect", "o cônsul")
    ]
    doctor = quotes(rules, "O médico Rui Lopes operou o doente. «Correu bem», disse o médico.")
    assert [(q[0], q[2], q[4]) for q in doctor] == [("Correu bem", "Rui Lopes", "o médico")]


def test_a_sentence_opened_by_como_and_its_cue(rules: Language) -> None:
    text = (
        "Tal como explica Luís Soares, da Iniciativa Mosaico, este é um seminário criativo. "
        "Como diz o teórico Brian Holmes num ensaio sobre a questão (2), esse tipo de "
        "organização é característica da produção. "
        "A casa, como disse a Maria, é grande demais para eles."
    )
    found = quotes(rules, text, people=("Luís Soares", "Brian Holmes", "Maria"))
    assert [(q[0], q[1], q[2], q[3]) for q in found] == [
        ("este é um seminário criativo", "indirect", "Luís Soares", "explica"),
        (
            "esse tipo de organização é característica da produção",
            "indirect",
            "Brian Holmes",
            "diz",
        ),
    ]  # "como disse" inside a sentence compares, it opens nothing


def test_what_someone_is_accused_of(rules: Language) -> None:
    text = (
        "José Saldanha acusa a DGA de ter um comportamento ambíguo e vago nesta história. "
        "O juiz acusou os três homens de homicídio qualificado."
    )
    found = quotes(rules, text, people=("José Saldanha",))
    assert [(q[0], q[1], q[2], q[3]) for q in found] == [
        (
            "ter um comportamento ambíguo e vago nesta história",
            "indirect",
            "José Saldanha",
            "acusa",
        )
    ]  # the accused ("a DGA") is no speaker; a charge with no infinitive reports nothing


def test_plural_roles_speak_as_a_group(rules: Language) -> None:
    text = (
        "O juiz Carlos Alexandre decidiu. Para os juízes, os crimes de Priebke prescreveram. "
        "Agora, dizem os investigadores, já não restam dúvidas."
    )
    found = quotes(rules, text, people=("Carlos Alexandre",))
    assert [(q[0], q[2], q[4]) for q in found] == [
        ("os crimes de Priebke prescreveram", None, "os juízes"),  # not the judge named before
        ("Agora, dizem os investigadores, já não restam dúvidas", None, "os investigadores"),
    ]


def test_a_source_after_a_conjunction_reports_what_follows_it(rules: Language) -> None:
    text = (
        "Jair morava sozinho no barraco e, segundo seus vizinhos, era alcoólatra. "
        "Para o autarca vila-franquense, a hesitação do PSD tem outra causa."
    )
    found = quotes(rules, text)
    assert [q[0] for q in found] == ["era alcoólatra", "a hesitação do PSD tem outra causa"]


def test_intents_and_impersonal_phrases_report_nothing(rules: Language) -> None:
    text = (
        "As universidades públicas ameaçam fechar as portas por falta de dinheiro. "
        "Quer isto dizer que a população baixou para metade. "
        "Não é exagero dizer que este estilo teve grande influência. "
        "Tudo indica que os telejornais vão ganhar novo repórter. "
        "O reitor Rui Lopes admitiu ter errado nas contas do ano passado."
    )
    found = quotes(rules, text, people=("Rui Lopes",))
    assert [(q[0], q[2]) for q in found] == [("ter errado nas contas do ano passado", "Rui Lopes")]


def test_a_que_that_is_no_complementizer_reports_nothing(rules: Language) -> None:
    text = (
        "Fernando escreveu ao inglês para corrigi-lo, já que era um conhecedor da astrologia. "
        "E Bill Gates explicou à revista o que entende por uma pessoa esperta. "
        "O médico Rui Lopes diz ainda que é impossível saber quanto tempo levará a recuperação."
    )
    found = quotes(rules, text, people=("Rui Lopes",))
    assert [(q[0], q[2]) for q in found] == [
        ("é impossível saber quanto tempo levará a recuperação", "Rui Lopes")
    ]


def test_a_name_after_a_is_the_addressee_when_a_subject_precedes_the_cue(rules: Language) -> None:
    text = "A Rússia caminha. Ieltsin garantiu a Clinton que as reformas serão uma prioridade."
    found = quotes(rules, text, people=("Ieltsin", "Clinton"))
    assert [(q[0], q[2]) for q in found] == [("as reformas serão uma prioridade", "Ieltsin")]


def test_a_month_or_a_lone_capital_a_model_tagged_as_a_person_speaks_for_no_one(
    rules: Language,
) -> None:
    text = (
        "Novembro acabou com chuva. Finalmente chegou o sol à cidade. "
        "«Não desconhecemos os critérios», acrescentou o deputado."
    )
    found = quotes(rules, text, people=("Novembro", "Finalmente"))
    assert [(q[0], q[2]) for q in found] == [("Não desconhecemos os critérios", None)]


def test_a_final_source_with_de_acordo_com_or_a_modifier(rules: Language) -> None:
    text = (
        "Volume cai em maio Os negócios com ouro somaram 54 toneladas em maio, "
        "de acordo com informações da entidade. "
        "Os bombeiros foram colocados em alerta máximo em Argel, segundo a rádio estatal."
    )
    found = quotes(rules, text)
    assert [(q[0], q[3]) for q in found] == [
        ("Os negócios com ouro somaram 54 toneladas em maio", "de acordo com"),  # no headline
        ("Os bombeiros foram colocados em alerta máximo em Argel", "segundo"),
    ]


def test_a_quote_opening_the_text_is_by_the_first_named_subject_after_it(
    rules: Language,
) -> None:
    text = (
        "«Já tinha feito dieta e ginástica e não conseguia.» A cirurgia durou duas horas. "
        "Silvia Reis tomou anestesia e voltou para casa."
    )
    found = quotes(rules, text, people=("Silvia Reis",))
    assert [(q[0], q[2]) for q in found] == [
        ("Já tinha feito dieta e ginástica e não conseguia.", "Silvia Reis")
    ]


def test_a_cue_reporting_through_a_noun(rules: Language) -> None:
    text = (
        "O reitor Rui Lopes referiu a convicção de que «não devem ser os estudantes a pagar». "
        "O ministro Luís Dias alertou para o facto de o emprego não ser possível com défices. "
        "A atleta Ana Reis explicou o facto de ser rápida em pista."
    )
    found = quotes(rules, text, people=("Rui Lopes", "Luís Dias", "Ana Reis"))
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("não devem ser os estudantes a pagar", "mixed", "Rui Lopes"),
        ("o emprego não ser possível com défices", "indirect", "Luís Dias"),
    ]  # "explicou o facto de": why, not what was said


def test_e_que_after_a_comma_continues_the_report(rules: Language) -> None:
    text = (
        "O ministro disse que o turbilhão a deixou fora de si, e que agora quer mais controlo. "
        "Miguel Guerra referiu que o contrato não estava assinado, e que «a empresa é séria»."
    )
    found = quotes(rules, text, people=("Miguel Guerra",))
    assert [(q[0], q[1]) for q in found] == [
        ("o turbilhão a deixou fora de si, e que agora quer mais controlo", "indirect"),
        ("o contrato não estava assinado", "indirect"),
        ("a empresa é séria", "mixed"),
    ]


def test_a_short_answer_after_a_printed_question_is_a_quote(rules: Language) -> None:
    text = (
        "A atriz falou à Folha. Você se acha louca? «Insana, mas saudável» O que odeia? «Química»"
    )
    found = quotes(rules, text)
    assert [(q[0], q[1]) for q in found] == [
        ("Insana, mas saudável", "direct"),
        ("Química", "direct"),
    ]


def test_the_narrators_present_tense_is_no_report(rules: Language) -> None:
    text = "Entendo que a minha missão não é torcer. O juiz entende que a lei é clara e justa."
    assert [q[0] for q in quotes(rules, text)] == ["a lei é clara e justa"]


def test_run_in_turns_of_a_paper_asking_are_an_interview(rules: Language) -> None:
    text = (
        "O cineasta falou à Folha. Pelechian -- Sim, e gosto. "
        "Folha -- O sr. acredita ter influenciado estes filmes? "
        "Pelechian -- Talvez, não sei."
    )
    assert [(q[0], q[1]) for q in quotes(rules, text)] == [
        ("Sim, e gosto.", "direct"),
        ("Talvez, não sei.", "direct"),
    ]  # the paper's question is the interviewer's, left out


def test_a_papers_turns_are_its_questions_with_or_without_a_question_mark(
    rules: Language,
) -> None:
    text = (
        "LEIA A ENTREVISTA: Estadão: Qual o papel da assistência? René Ariel Dotti: O "
        "assistente colabora com a acusação. Estadão: E qual a sua atuação? Dotti: Acompanho "
        "o MPF. Estadão: Há provas suficientes. O sr. concorda? Dotti: Não há dúvida."
    )
    people = [("René Ariel Dotti", "PER"), ("Dotti", "PER", -1)]
    doc = tagged(rules, text, people)
    assert [(s.text, s._.speaker) for s in doc.spans["quotes"]] == [
        ("O assistente colabora com a acusação.", "René Ariel Dotti"),
        ("Acompanho o MPF.", "René Ariel Dotti"),
        ("Não há dúvida.", "René Ariel Dotti"),
    ]


def test_a_capital_segundo_mid_sentence_opens_a_source_after_a_heading(
    rules: Language,
) -> None:
    # headings ran into the text with no full stop; a name after "do G1" is the role's
    text = (
        "Veja a sentença em 18 itens Segundo os advogados do ex-presidente, os "
        "desembargadores repetiram a atitude do juiz. O líder Aguinaldo Ribeiro falou. "
        "Saiba o que ele disse sobre a reunião Segundo a colunista do G1 Andréia Sadi, o "
        "encontro foi sugerido por Temer."
    )
    found = quotes(rules, text, people=("Aguinaldo Ribeiro", "Andréia Sadi"))
    assert [(q[0], q[2]) for q in found] == [
        ("os desembargadores repetiram a atitude do juiz", None),
        ("o encontro foi sugerido por Temer", "Andréia Sadi"),
    ]


def test_mas_or_pois_continue_a_report_unless_a_cue_of_their_own_follows(
    rules: Language,
) -> None:
    text = (
        "Os diplomatas notam que o seu poder é fictício, pois o Presidente governa. "
        "O ministro disse que iria ao vale, mas ontem os serviços disseram que a viagem acabou."
    )
    assert [q[0] for q in quotes(rules, text)] == [
        "o seu poder é fictício, pois o Presidente governa",
        "iria ao vale",
        "a viagem acabou",
    ]


def test_a_dropped_subject_in_a_text_opening_on_the_quote_looks_ahead(rules: Language) -> None:
    text = "«A elevação das importações é pequena», disse. Amaral disse ainda que a demanda cresce."
    found = quotes(rules, text, people=("Amaral",))
    assert [(q[0], q[2]) for q in found] == [
        ("A elevação das importações é pequena", "Amaral"),
        ("a demanda cresce", "Amaral"),
    ]


def test_how_a_speaker_described_themself(rules: Language) -> None:
    text = (
        "O juiz Rene Degni-Segui se disse favorável a um tribunal internacional. "
        "Como se disse antes, o plano falhou."
    )
    found = quotes(rules, text, people=("Rene Degni-Segui",))
    assert [(q[0], q[2]) for q in found] == [
        ("favorável a um tribunal internacional", "Rene Degni-Segui")
    ]  # "como se disse" is impersonal


def test_an_aside_between_a_verb_first_subject_and_que(rules: Language) -> None:
    text = "Diz o jornal, referindo-se à comissão política de ontem, que o líder vai sair."
    assert [(q[0], q[3]) for q in quotes(rules, text)] == [("o líder vai sair", "Diz")]


def test_a_place_or_an_outlet_run_into_a_name_does_not_extend_it(rules: Language) -> None:
    text = (
        "Belmiro de Azevedo visitou São Paulo. «Vamos crescer», disse ao Brasil Belmiro de "
        "Azevedo, citado pela agência. «O mercado é grande», acrescentou Azevedo."
    )
    found = quotes(rules, text, people=("Belmiro de Azevedo", "Brasil Belmiro de Azevedo"))
    assert [q[2] for q in found] == ["Belmiro de Azevedo", "Belmiro de Azevedo"]


def test_a_phrase_about_the_speaker_after_a_closing_cue_is_not_reported(rules: Language) -> None:
    text = (
        "A mudança de ministro não basta, diz a Fenprof, "
        "disposta a mostrar o descontentamento dos professores."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [("A mudança de ministro não basta", "Fenprof")]


def test_a_quoted_publication_is_a_source(rules: Language) -> None:
    text = "Segundo a «Newsweek», as duas salas foram o palco principal das negociações."
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [
        ("as duas salas foram o palco principal das negociações", "Newsweek")
    ]


def test_a_cue_form_after_ser_or_estar_is_no_cue(rules: Language) -> None:
    text = (
        "Eu também acho, mas é preciso avisar o pessoal do partido. "
        "No domingo está previsto que o público possa participar no lançamento."
    )
    assert quotes(rules, text) == []


def test_a_place_before_a_relative_que_is_not_the_speaker(rules: Language) -> None:
    text = (
        "A substância é usada em medicamentos vendidos no Brasil, que dizem ser capazes de curar."
    )
    assert speakers(rules, text, [("Brasil", "LOC")]) == []


def test_what_may_or_will_be_said_is_not_reported(rules: Language) -> None:
    text = (
        "O juiz Lance Ito pode anunciar hoje que a transmissão está proibida. "
        "A astrónoma Catarina Lobo vai explicar ao público que a galáxia é enorme."
    )
    assert quotes(rules, text, people=("Lance Ito", "Catarina Lobo")) == []


def test_what_follows_an_unnamed_speaker_stays_unattributed(rules: Language) -> None:
    text = (
        "O projecto Alfa foi apresentado por Maria Silva. "
        "A titular da pasta da Saúde disse que o atendimento será mais humano. "
        "«É preciso reganhar a confiança das pessoas», afirmou."
    )
    found = quotes(rules, text, people=("Maria Silva",))
    assert [q[2] for q in found] == [None, None]


def test_a_gesture_and_a_name_after_a_quote_give_its_speaker(rules: Language) -> None:
    text = (
        "Lula atacou o vice. «Meu passado muito me orgulha», dá de ombros Maciel. "
        "A orquestra toca a cantata «Misericordium», ambas de Benjamin Britten."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2], q[3]) for q in found] == [("Meu passado muito me orgulha", "Maciel", "dá")]


def test_titles_and_single_terms_in_marks_are_not_quotes(rules: Language) -> None:
    text = (
        "«Os Padrões Recentes da Fecundidade em Portugal», estudo que será lançado, foi "
        "apresentado. O estilo mistura o barroco e o «rocaille», explica o Ippar. "
        "«Sim», respondeu o ministro João Silva."
    )
    found = quotes(rules, text, people=("João Silva",))
    assert [(q[0], q[2]) for q in found] == [("Sim", "João Silva")]


def test_a_sentence_introducing_a_quote_with_a_colon_names_its_speaker(rules: Language) -> None:
    text = (
        "Para uns foi uma surpresa. É o caso da arquitecta Rosa Maria Moreira: "
        "«O choque foi na ecografia, vão fazer já 18 anos.»"
    )
    found = quotes(rules, text)
    assert [(q[2], q[3], q[4]) for q in found] == [
        ("Rosa Maria Moreira", ":", "Rosa Maria Moreira")
    ]


def test_para_with_appositions_introduces_a_direct_quote(rules: Language) -> None:
    text = "Para Simon Franco, 55, presidente da empresa, «não se pode jogar fora a experiência»."
    found = quotes(rules, text, people=("Simon Franco",))
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("não se pode jogar fora a experiência", "direct", "Simon Franco")
    ]


def test_a_surname_joined_by_e_belongs_to_the_name(rules: Language) -> None:
    text = (
        "A ministra da Justiça, Catarina Sarmento e Castro, defendeu a reforma. "
        "«É uma reforma necessária e urgente», disse. "
        "António Costa e Marcelo Rebelo de Sousa reuniram-se depois."
    )
    found = quotes(rules, text, people=("Catarina Sarmento",))
    assert [q[2] for q in found] == ["Catarina Sarmento e Castro"]


def test_a_quoted_report_runs_to_its_closing_mark_and_que_clauses_split(rules: Language) -> None:
    text = (
        "Ieltsin declarou perante cem mil pessoas que «a Rússia está estável. Tudo se resolve» "
        "e que «os problemas podem ser resolvidos à mesa». A festa terminou."
    )
    found = quotes(rules, text, people=("Ieltsin",))
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("a Rússia está estável. Tudo se resolve", "mixed", "Ieltsin"),
        ("os problemas podem ser resolvidos à mesa", "mixed", "Ieltsin"),
    ]


def test_unquoted_que_clauses_joined_by_e_que_are_one_report(rules: Language) -> None:
    text = "O ministro disse que não conhecia a proposta e que o governo está aberto a negociações."
    found = quotes(rules, text)
    assert [(q[0], q[1]) for q in found] == [
        ("não conhecia a proposta e que o governo está aberto a negociações", "indirect")
    ]


def test_interview_turns_are_the_interviewees_quotes(rules: Language) -> None:
    text = (
        "O guitarrista falou ao PÚBLICO sobre o novo álbum.\n\n"
        "PÚBLICO -- Estão finalmente a desenvolver-se num colectivo?\n\n"
        "TOM GORMAN -- Esse era o objectivo desde o início, e a banda cresceu.\n\n"
        "P. -- E foi fácil suportar as pressões do sucesso?\n\n"
        "R. -- Sim, até um certo ponto. A Tanya agora vive em Boston.\n"
    )
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [
        ("Esse era o objectivo desde o início, e a banda cresceu.", "Tom Gorman"),
        ("Sim, até um certo ponto. A Tanya agora vive em Boston.", "Tom Gorman"),
    ]


def test_one_name_and_title_line_is_a_heading_not_an_interview(rules: Language) -> None:
    text = "Tom Wolfe - O Teste do Ácido do Refresco Elétrico\n\nO livro saiu em 1968."
    assert quotes(rules, text) == []


def test_one_of_a_group_is_unnamed_unless_an_apposition_names_them(rules: Language) -> None:
    text = (
        "«Não restam dúvidas que é o corpo dele», garantiu um dos jornalistas nesse grupo, "
        "o americano Nate Thayer. «O corpo foi levado de manhã para a aldeia», disse "
        "um dos jornalistas presentes."
    )
    assert [q[2] for q in quotes(rules, text)] == ["Nate Thayer", None]


def test_a_name_as_a_quotes_caption_is_its_speaker(rules: Language) -> None:
    text = (
        "«Eles são responsáveis por tudo o que agora criticam.» Jorge Coelho, do PS, "
        "sobre os candidatos. «Mas o futuro é outro.» (Totó Parente, sobre o apoio) "
        "«Hóspede» (Maria Silva, sobre o filme)"
    )
    found = quotes(rules, text, people=("Jorge Coelho", "Totó Parente", "Maria Silva"))
    assert [(q[0], q[2]) for q in found] == [
        ("Eles são responsáveis por tudo o que agora criticam.", "Jorge Coelho"),
        ("Mas o futuro é outro.", "Totó Parente"),
    ]


def test_spokespeople_of_a_body_speak_for_it(rules: Language) -> None:
    text = "Os dirigentes da Fenprof avisam no entanto desde já que a greve vai continuar."
    assert [(q[0], q[2]) for q in quotes(rules, text)] == [("a greve vai continuar", "Fenprof")]


def test_interview_labels_with_a_colon_and_initials(rules: Language) -> None:
    text = (
        "Almeida Henriques é o novo presidente do conselho.\n\n"
        "DRV: Como nasceu o conselho?\n\n"
        "Almeida Henriques (A.H.): O conselho foi criado para unir as associações.\n\n"
        "DRV: Está integrado nalguma estrutura nacional?\n\n"
        "A.H.: Não, não está. É uma união das associações da região.\n\n"
        "O ministro explicou: o plano vai avançar.\n"
    )
    found = quotes(rules, text, people=("Almeida Henriques",))
    assert [(q[0], q[2], q[3]) for q in found][:2] == [
        ("O conselho foi criado para unir as associações.", "Almeida Henriques", "):"),
        ("Não, não está. É uma união das associações da região.", "Almeida Henriques", ":"),
    ]
    assert all(q[0] != "Como nasceu o conselho?" for q in found)


def test_an_aside_between_cue_and_que_and_a_named_relative_antecedent(rules: Language) -> None:
    text = (
        "Mira Amaral confirmou, no entanto, que Portugal é uma das possibilidades. "
        "Analogamente a Fernando Pessoa que disse que navegar é preciso."
    )
    found = quotes(rules, text, people=("Mira Amaral", "Fernando Pessoa"))
    assert [(q[0], q[2]) for q in found] == [
        ("Portugal é uma das possibilidades", "Mira Amaral"),
        ("navegar é preciso", "Fernando Pessoa"),
    ]


def test_straight_marks_padded_with_spaces_open_a_quote() -> None:
    text = 'O ministro falou.\n\n" A partir de hoje, tudo muda ", afirmou.\n\nTem 5 " de altura.'
    assert [text[q.start : q.end].strip() for q in find_quotations(text)] == [
        "A partir de hoje, tudo muda"
    ]


def test_dashed_list_items_are_not_dialogue(rules: Language) -> None:
    text = (
        "No seminário procurou-se:\n\n- discutir o estado da arte;\n\n"
        "- identificar lacunas existentes\n\n— Não vamos desistir — disse o ministro."
    )
    assert [q[0] for q in quotes(rules, text)] == ["Não vamos desistir"]


def test_interview_run_into_one_paragraph(rules: Language) -> None:
    text = (
        "Teresa Vasconcelos -- Digo isto no livro e digo com convicção: há muitas «Anas». "
        "P. -- Por falta de condições, falta de formação? R. -- Sim, por tudo isso e mais."
    )
    found = quotes(rules, text, people=("Teresa Vasconcelos",))
    assert [(q[0], q[2]) for q in found] == [
        ("Digo isto no livro e digo com convicção: há muitas «Anas».", "Teresa Vasconcelos"),
        ("Sim, por tudo isso e mais.", "Teresa Vasconcelos"),
    ]


def test_an_answer_reporting_someone_does_not_end_a_run_in_interview(rules: Language) -> None:
    # the answer's reported speech is no narration: the questions after it go on
    text = (
        "Em entrevista à DW, o historiador Moshe Zimmermann falou da eleição. DW: O que "
        "lhe passou pela cabeça na noite da eleição? Moshe Zimmermann: Fiquei aliviado. "
        "Eu esperava mais. Antes da eleição, o ministro Sigmar Gabriel havia afirmado que "
        "seria a primeira vez. Você ficou chocado? Não fiquei, eu sou um historiador e "
        "sigo a história. O senhor vê uma comparação com 1930? Sempre que se usa a "
        "palavra, exagera-se um pouco."
    )
    found = quotes(rules, text, people=("Moshe Zimmermann", "Sigmar Gabriel"))
    assert [(q[0][:15], q[2]) for q in found] == [
        ("Fiquei aliviado", "Moshe Zimmermann"),
        ("Não fiquei, eu ", "Moshe Zimmermann"),
        ("Sempre que se u", "Moshe Zimmermann"),
    ]


def test_a_labelled_answer_is_cut_around_the_quote_it_holds(rules: Language) -> None:
    text = (
        "Folha — Como o senhor vê a crise do país?\nJoão Silva — Um estudante me disse na "
        'aula: "Isso parece o Brasil". Falo da Argentina porque conheço o país e vivi lá '
        "muitos anos.\nFolha — E o futuro?\nJoão Silva — Vejo o futuro com esperança."
    )
    found = quotes(rules, text, people=("João Silva",))
    assert [(q[0], q[2]) for q in found] == [
        ("Um estudante me disse na aula", "João Silva"),
        ("Isso parece o Brasil", None),
        ("Falo da Argentina porque conheço o país e vivi lá muitos anos.", "João Silva"),
        ("Vejo o futuro com esperança.", "João Silva"),
    ]


def test_rubric_labels_without_questions_are_no_interview(rules: Language) -> None:
    text = (
        "João Pinto -- António Oliveira não lhe deverá fazer a mesma surpresa este ano. "
        "Hélder -- O central terá mais dificuldades em conseguir um lugar no onze."
    )
    assert quotes(rules, text) == []


def test_an_answer_runs_over_paragraphs_and_initials_agree(rules: Language) -> None:
    text = (
        "DRV: Como nasceu o conselho?\n\n"
        "Almeida Henriques (A.H.): O conselho foi criado para unir as associações.\n\n"
        "DRV: E quanto aos pilares do mandato?\n\n"
        "A. H: Um outro pilar é a Câmara.\n\nTemos de crescer depressa.\n\n"
        "DRV: Obrigado.\n"
    )
    found = quotes(rules, text, people=("Almeida Henriques",))
    assert [(q[0], q[2]) for q in found] == [
        ("O conselho foi criado para unir as associações.", "Almeida Henriques"),
        ("Um outro pilar é a Câmara.\n\nTemos de crescer depressa.", "Almeida Henriques"),
    ]


def test_a_colon_sentence_naming_several_people_gives_the_one_who_acts(rules: Language) -> None:
    text = (
        "Rainey perdeu a batalha para Schwantz devido a uma má escolha de pneu: "
        "«Era um pneu que só testámos durante três voltas.» "
        "Berger tem-se mostrado pouco entusiasmado, uma posição reforçada pelo próprio "
        "Jean Todt: «O Gerhard tem razão, ele tem os pés bem assentes no chão.»"
    )
    found = quotes(rules, text, people=("Rainey", "Schwantz", "Berger", "Jean Todt"))
    assert [q[2] for q in found] == ["Rainey", "Jean Todt"]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Elvira Maris declarou não poder fazer uma escritura.", "não poder fazer uma escritura"),
        (
            "Os moradores afirmam agora ir aguardar a actuação das autoridades.",
            "ir aguardar a actuação das autoridades",
        ),
        (
            "Said Miguel disse ontem na Comissão de Agricultura da Câmara dos Deputados que "
            "os agricultores renegociaram as dívidas.",
            "os agricultores renegociaram as dívidas",
        ),
        ("Ele justificam por si só a relevância com que estão expostos na Torre.", None),
    ],
)
def test_infinitives_and_long_adverbials_before_que(
    rules: Language, text: str, reported: str | None
) -> None:
    people = tuple(name for name in ("Elvira Maris", "Said Miguel") if name in text)
    found = quotes(rules, text, people=people)
    assert [q[0] for q in found] == ([reported] if reported else [])


def test_para_x_as_an_aside_or_without_its_comma(rules: Language) -> None:
    text = (
        "O problema é que, para Netanyahu, esse caminho passa pelo fim dos ataques. "
        "Para ele a peça é primorosa. "
        "A empresa aceitou a transferência, para a Dow, do controle da Atochem. "
        "Para o Leopardo de Ouro e o Prémio da Cidade, o júri é outro."
    )
    found = quotes(rules, text, people=("Netanyahu",))
    assert [(q[0], q[2]) for q in found] == [
        ("esse caminho passa pelo fim dos ataques", "Netanyahu"),
        ("a peça é primorosa", "Netanyahu"),
    ]


def test_a_quote_that_is_its_own_clause_stays_direct_after_narration(rules: Language) -> None:
    text = (
        "Nos últimos dias o ritmo tornou-se frenético, «manipularam-se mais de cem mapas», "
        "garante Pedro Silva. Isto porque «vão ser aplicados novos planos», disse o ministro."
    )
    found = quotes(rules, text, people=("Pedro Silva",))
    assert [(q[0], q[1]) for q in found] == [
        ("manipularam-se mais de cem mapas", "direct"),
        ("vão ser aplicados novos planos", "direct"),
    ]


def test_speakers_after_a_day_with_particles_and_before_a_gerund(rules: Language) -> None:
    text = (
        "«O diálogo político é a única via», afirmou quarta-feira Teodor Malescanu. "
        "«Manipularam-se mais de cem mapas», garante de la Peña. "
        "Soares concluía o seu raciocínio sobre o mundo dizendo: «Um outro poder fará bem». "
        "«Decidi demitir-me hoje. Pensei ser a altura» -- afirmou Murayama, revelando que "
        "tomara a decisão no dia 1."
    )
    found = quotes(rules, text, people=("Teodor Malescanu", "Soares", "Murayama"))
    assert [q[2] for q in found] == [
        "Teodor Malescanu",
        "de la Peña",
        "Soares",
        "Murayama",
        "Murayama",
    ]


def test_a_surname_in_capitals_is_part_of_the_name(rules: Language) -> None:
    text = "«Sem estes valores, a Europa não teria futuro», declarou Hans-Gert PÖTTERING."
    assert quotes(rules, text)[0][2] == "Hans-Gert PÖTTERING"


def test_a_list_of_quotes_shares_its_cue(rules: Language) -> None:
    text = (
        "Os estudantes levantaram-se e Ana Gomes gritou «Viva a missão de paz!», "
        "«Viva Timor-Leste», «Viva Xanana». O filme «Central do Brasil» e «Terra Estrangeira» "
        "passam hoje."
    )
    found = quotes(rules, text, people=("Ana Gomes",))
    assert [(q[0], q[2]) for q in found] == [
        ("Viva a missão de paz!", "Ana Gomes"),
        ("Viva Timor-Leste", "Ana Gomes"),
        ("Viva Xanana", "Ana Gomes"),
    ]


def test_quoted_clauses_inside_the_narration(rules: Language) -> None:
    text = (
        "Renitente em divulgar os critérios -- «embora tenha algumas ideias gerais» --, "
        "Nery espera. O caso foi a tribunal, porque «aquilo não se faz». Isto porque, "
        "«nestas condições, o escudo perde». Vimos o filme -- «Em Nome de Cristo» -- ontem. "
        "«Os brasileiros escolhem Cardoso» foi o título."
    )
    assert [q[0] for q in quotes(rules, text)] == [
        "embora tenha algumas ideias gerais",
        "aquilo não se faz",
        "nestas condições, o escudo perde",
    ]


def test_a_cue_without_its_comma_after_a_statement(rules: Language) -> None:
    text = (
        "«Estávamos só a mexer nas latas. Não tocamos nos remédios» afirmou Luís. "
        '"O produtor tem de transferir o que pensa para a máquina," ele explica.'
    )
    found = quotes(rules, text, people=("Luís",))
    assert [(q[2], q[3]) for q in found] == [("Luís", "afirmou"), ("Luís", "explica")]


def test_subject_after_an_aside_or_an_addressee_phrase(rules: Language) -> None:
    text = (
        "«O senhor Baker está quase a conseguir a paz», sentenciou, por seu lado, Gonzalez. "
        "«Desejava que tivessem visto a expressão dele», disse ao centro de controlo da "
        "missão Ken Bowersox, comandante do vaivém. «Na última reunião tomámos uma bica», "
        "revelou ao PÚBLICO um membro da Comissão. «Tudo corre bem», disse ao ministro "
        "João Silva."
    )
    found = quotes(rules, text, people=("Gonzalez", "Ken Bowersox", "João Silva"))
    assert [q[2] for q in found][:2] == ["Gonzalez", "Ken Bowersox"]
    assert found[2][2] != "Comissão"  # "um membro da Comissão" is the subject
    assert found[3][2] != "João Silva"  # the addressee, not the speaker


def test_the_subject_of_a_verb_governing_the_cue(rules: Language) -> None:
    text = "Gargalhada geral quando o acusado, Joaquim Alves, quis esclarecer: «Não fui eu!»"
    assert quotes(rules, text, people=("Joaquim Alves",))[0][2] == "Joaquim Alves"


def test_a_verb_a_model_tagged_as_a_name_is_nobody() -> None:
    nlp = spacy.blank("pt")
    words = ["Resta", "saber", "quem", "ganha", ".", "«", "Não", "sei", "»", ",", "disse", "."]
    pos = ["VERB", "VERB", "PRON", "VERB", "PUNCT", "PUNCT", "ADV", "VERB", "PUNCT"]
    pos += ["PUNCT", "VERB", "PUNCT"]
    sent_starts = [True] + [False] * 4 + [True] + [False] * 6
    doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=sent_starts, ents=["B-PER"] + ["O"] * 11)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("Não sei", None)


def test_opinion_stated_with_entender_and_an_imperfect_of_a_uir_verb(rules: Language) -> None:
    text = (
        "Pais Antunes entende, antes de mais, que o modo de taxar é discriminatório. "
        "E concluía que «só se pode sair desta crise com autoridade»."
    )
    found = quotes(rules, text, people=("Pais Antunes",))
    assert [(q[0], q[3]) for q in found] == [
        ("o modo de taxar é discriminatório", "entende"),
        ("só se pode sair desta crise com autoridade", "concluía"),
    ]


def test_cue_phrases_before_que(rules: Language) -> None:
    text = (
        "Jorge Mas admitiu ao «Washington Post» que está a ajudar os rebeldes na luta. "
        "A federação revelou numa pesquisa que os filiados estão próximos do pânico. "
        "O professor Horst Siebert foi peremptório em afirmar que os salários vão descer."
    )
    found = quotes(rules, text, people=("Jorge Mas", "Horst Siebert"))
    assert [(q[0], q[3]) for q in found] == [
        ("está a ajudar os rebeldes na luta", "admitiu"),
        ("os filiados estão próximos do pânico", "revelou"),
        ("os salários vão descer", "afirmar"),
    ]


def test_run_in_rubric_labels_and_an_ordinal_segundo_are_not_quotes(rules: Language) -> None:
    text = (
        "Alverca -- Sem meia dúzia de jogadores, o Alverca ganhou o primeiro ponto. "
        "Dispersão dos jogos -- Por este andar, quem ganha o campeonato? "
        "Segundo: a queixa foi apresentada pelo governador civil."
    )
    assert quotes(rules, text) == []


def test_sources_with_an_acronym_modifiers_a_verb_or_a_testimony(rules: Language) -> None:
    text = (
        "Segundo o Instituto Nacional de Estatística (INE), Portugal exportou mais. "
        "Segundo fontes policiais citadas pelo «New York Times», o atentado partiu do clã. "
        "De acordo com o testemunho de informadores, Junior estaria arrogante. "
        "Segundo explicou o dirigente José Azevedo, os diplomas trouxeram anomalias."
    )
    found = quotes(rules, text, people=("José Azevedo",))
    assert found[0][2].startswith("Instituto Nacional")  # the whole name with a recogniser
    assert [(q[0], q[2]) for q in found][1:] == [
        ("o atentado partiu do clã", None),
        ("Junior estaria arrogante", None),
        ("os diplomas trouxeram anomalias", "José Azevedo"),
    ]
    assert found[0][0] == "Portugal exportou mais"


def test_a_quote_resumed_after_its_cue_and_a_que_inside_the_marks(rules: Language) -> None:
    text = (
        "«Está tudo cheio», diziam elementos da organização, «tente na bancada do lado». "
        "O técnico Pepe disse «que está faltando talento aos jogadores»."
    )
    found = quotes(rules, text, people=("Pepe",))
    assert [(q[0], q[1], q[3]) for q in found] == [
        ("Está tudo cheio", "direct", "diziam"),
        ("tente na bancada do lado", "direct", "diziam"),
        ("está faltando talento aos jogadores", "mixed", "disse"),
    ]
    assert found[2][2] == "Pepe"


def test_a_demonstrative_stands_for_a_person_and_que_may_open_with_an_aside(
    rules: Language,
) -> None:
    text = (
        "Hussein Kamel desertou para a Jordânia. Segundo este, os blindados seriam pagos. "
        "Este afirmou ainda que o contrato existe. Este ano, Christian Fittipaldi afirmou "
        "que, enquanto estiver motivado, vai correr."
    )
    found = quotes(rules, text, people=("Hussein Kamel", "Christian Fittipaldi"))
    assert [(q[0], q[2]) for q in found] == [
        ("os blindados seriam pagos", "Hussein Kamel"),
        ("o contrato existe", "Hussein Kamel"),
        ("enquanto estiver motivado, vai correr", "Christian Fittipaldi"),
    ]


def test_an_answer_labelled_r_is_an_interview_on_its_own(rules: Language) -> None:
    text = "O encontro com a morte. R. -- Não tenho sentimentos religiosos. Sei que não há mais."
    assert [q[0] for q in quotes(rules, text)] == [
        "Não tenho sentimentos religiosos. Sei que não há mais."
    ]


def test_a_capitalised_verb_with_its_clitic_is_no_name(rules: Language) -> None:
    words = ["Movimentaram-se", "Disse-lhe", "Anabela", "Sá-Carneiro"]
    doc = Doc(rules.vocab, words=words)
    assert [is_name_word(token) for token in doc] == [False, False, True, True]
    text = "Movimentaram-se cerca de 285 mil títulos. «Alguma coisa se passa com este papel.»"
    assert [q[2] for q in quotes(rules, text)] == [None]


def test_names_with_particles_an_elision_or_capitals_are_whole(rules: Language) -> None:
    text = (
        "«Não damos conta», diz Virginia de la Guardia, porta-voz da organização. "
        "«Estamos a dotar os computadores de um sentido», disse Steve d'Averio. "
        "«É um dia feliz», afirmou Hans-Gert PÖTTERING."
    )
    assert [q[2] for q in quotes(rules, text)] == [
        "Virginia de la Guardia",
        "Steve d'Averio",
        "Hans-Gert PÖTTERING",
    ]


def test_a_lone_surname_before_an_aside_and_its_verb_is_a_name(rules: Language) -> None:
    text = "O caso arrasta-se. Moutinho, por seu lado, afirma que as cartas são falsas."
    assert quotes(rules, text) == [
        ("as cartas são falsas", "indirect", "Moutinho", "afirma", "Moutinho")
    ]


def test_a_heading_before_a_name_is_not_the_fuller_name(rules: Language) -> None:
    text = (
        "Discurso de José Sócrates\n\nO primeiro-ministro falou. "
        "«A Carta é uma tarefa diária», afirmou Sócrates."
    )
    assert [q[2] for q in quotes(rules, text, people=("José Sócrates",))] == ["José Sócrates"]


def test_a_colon_after_a_long_object_or_a_governed_cue_gives_the_subject(
    rules: Language,
) -> None:
    text = (
        "O treinador José Magalhães aponta o primeiro jogo da nova época como o mais "
        "importante: «Só temos de nos preocupar com o Sporting.» "
        "Pelo PP, Miguel Teixeira começou por defender as virtudes da regionalização: "
        "«Eu nasci e vivi em Vila Real até aos 17 anos.»"
    )
    found = quotes(rules, text, people=("José Magalhães", "Miguel Teixeira"))
    assert [(q[0][:20], q[2]) for q in found] == [
        ("Só temos de nos preo", "José Magalhães"),
        ("Eu nasci e vivi em V", "Miguel Teixeira"),
    ]


def test_a_source_with_an_age_and_a_role_closes_or_opens_the_report(rules: Language) -> None:
    text = (
        "Não foi difícil encontrar patrocinadores, segundo Antonio Moura, 35, diretor da "
        "empresa. Para Rita Lobo, 41, professora da escola, o projeto é bom."
    )
    found = quotes(rules, text, people=("Antonio Moura", "Rita Lobo"))
    assert [(q[0], q[2]) for q in found] == [
        ("Não foi difícil encontrar patrocinadores", "Antonio Moura"),
        ("o projeto é bom", "Rita Lobo"),
    ]


def test_an_age_before_que_opens_a_relative_clause_not_a_report(rules: Language) -> None:
    text = "«Estamos contentes», disse Phillip Trent, 24, que assistiu o jogo ao lado do amigo."
    assert quotes(rules, text, people=("Phillip Trent",)) == [
        ("Estamos contentes", "direct", "Phillip Trent", "disse", "Phillip Trent")
    ]


def test_an_infinitive_report_goes_on_through_e_que(rules: Language) -> None:
    text = "O detido disse ser moçambicano e que tinha os documentos numas obras."
    assert [q[0] for q in quotes(rules, text)] == [
        "ser moçambicano e que tinha os documentos numas obras"
    ]


def test_an_infinitive_of_purpose_is_not_the_sentences_own_cue(rules: Language) -> None:
    text = (
        "É necessário uma certa dose de fé para considerar o uso do dispositivo, "
        "admite Debra Bronstein, vice-presidente da empresa."
    )
    assert [(q[0], q[2]) for q in quotes(rules, text, people=("Debra Bronstein",))] == [
        (
            "É necessário uma certa dose de fé para considerar o uso do dispositivo",
            "Debra Bronstein",
        )
    ]


def test_a_lone_surname_in_a_has_no_gender_so_a_role_may_stand_for_it(rules: Language) -> None:
    text = (
        "O jogo acabou. Grava disse que os dois sofreram rompimentos. "
        "O médico negou que esteja tratando mais alguém."
    )
    assert [q[2] for q in quotes(rules, text)] == ["Grava", "Grava"]


def test_filho_ends_a_name_and_a_capital_before_a_relative_clause_is_one(rules: Language) -> None:
    text = (
        "O caso foi discutido. Burle Filho disse que combinou a ida do seu auxiliar. "
        "Pocock, que publicou os resultados numa revista do Reino Unido, estudou o chumbo. "
        "Segundo ele, a exposição durante a gravidez é perigosa."
    )
    found = quotes(rules, text, people=())
    assert [(q[2], q[4]) for q in found] == [("Burle Filho", "Burle Filho"), ("Pocock", "ele")]


def test_a_known_place_a_model_tagged_loc_is_no_person() -> None:
    from newsnlp.components.name_spans import classify_entity
    from newsnlp.components.speaker_lexicon import load_speaker_nouns

    nlp = spacy.blank("pt")
    doc = Doc(nlp.vocab, words=["O", "Reino", "Unido", "e", "Saraiva", "Dias"])
    doc.ents = [Span(doc, 1, 3, "LOC"), Span(doc, 4, 6, "LOC")]
    nouns = load_speaker_nouns()
    assert [classify_entity(ent, nouns) for ent in doc.ents] == [None, "name"]


def test_an_indefinite_role_is_someone_unnamed(rules: Language) -> None:
    text = (
        "O comandante Edson Pujol falou ontem. Ao blog, um general da reserva alertou que "
        "os militares estão desconfortáveis. Outro general resumiu: «Era preciso limitar.»"
    )
    found = quotes(rules, text, people=("Edson Pujol",))
    assert [(q[2], q[4]) for q in found] == [
        (None, "um general da reserva"),
        (None, "Outro general"),
    ]


def test_the_person_acting_in_a_sentence_a_colon_ends_speaks_next(rules: Language) -> None:
    text = (
        "Questionado se o comandante Edson Pujol colocou um limite, o general Santos Cruz, "
        "ex-ministro da Secretaria de Governo, foi direto: «O Pujol foi preciso.»"
    )
    found = quotes(rules, text, people=("Edson Pujol", "Santos Cruz"))
    assert [(q[0], q[2]) for q in found] == [("O Pujol foi preciso.", "Santos Cruz")]


def test_a_title_in_an_apposition_leads_to_the_subjects_name(rules: Language) -> None:
    text = (
        "Jair Bolsonaro disse que a diplomacia acabou. Em artigo recente, o ex-porta-voz da "
        "Presidência, general Otávio Barros, fez críticas. Ele escreveu que o poder corrompe."
    )
    found = quotes(rules, text, people=("Jair Bolsonaro", "Otávio Barros"))
    assert [q[2] for q in found] == ["Jair Bolsonaro", "Otávio Barros"]


def test_a_lone_dashed_paragraph_is_by_whom_the_narration_introduced(rules: Language) -> None:
    text = (
        "Em entrevista ao site, Pedro Rizzo relatou tudo que aconteceu.\n\n"
        "- A gente estava programado para ir eu e o Felipe. Acabou não dando.\n\n"
        "Depois, o auxiliar Fernando Borba avaliou o gol.\n\n"
        "— Não esperávamos este empate em casa, mas lutamos até o fim — falou.\n\n"
        "Na loja, ouvimos uma conversa.\n\n"
        "- Tem o filme?\n\n"
        "- Tem sim.\n\n"
        "Fim."
    )
    found = quotes(rules, text, people=("Pedro Rizzo", "Fernando Borba"))
    assert [(q[0][:12], q[2], q[3]) for q in found] == [
        ("A gente esta", "Pedro Rizzo", None),
        ("Não esperáva", "Fernando Borba", "falou"),
        ("Tem o filme?", None, None),
        ("Tem sim.", None, None),
    ]


def test_a_party_in_brackets_after_a_name_and_an_addressee_named_in_capitals(
    rules: Language,
) -> None:
    text = (
        "O presidente da Câmara dos Deputados, Rodrigo Maia (DEM-RJ), disse que a lentidão "
        "pode explodir o Brasil. O diretor-geral da Polícia Federal, Rolando de Souza, "
        "informou à TV Globo que a Polícia Federal identificou o hacker."
    )
    found = quotes(rules, text, people=("Rodrigo Maia", "Rolando de Souza"))
    assert [(q[0], q[2]) for q in found] == [
        ("a lentidão pode explodir o Brasil", "Rodrigo Maia"),
        ("a Polícia Federal identificou o hacker", "Rolando de Souza"),
    ]


def test_brazilian_bracketed_days_contracted_phrases_and_source_modifiers(
    rules: Language,
) -> None:
    text = (
        "O ministro Bento Albuquerque disse nesta sexta-feira (6) que pretende restabelecer a "
        "energia. Na avaliação da cientista política Carla Quaresma, as eleições são atípicas. "
        "Para analistas políticos, as aglomerações devem continuar. Para o líder do PSD no "
        "Senado, o Congresso vai votar as pautas."
    )
    found = quotes(rules, text, people=("Bento Albuquerque", "Carla Quaresma"))
    assert [(q[0], q[3]) for q in found] == [
        ("pretende restabelecer a energia", "disse"),
        ("as eleições são atípicas", "Na avaliação da"),
        ("as aglomerações devem continuar", "Para"),
        ("o Congresso vai votar as pautas", "Para"),
    ]


def test_a_headlines_closing_source_ends_at_the_line_break(rules: Language) -> None:
    text = "Indicações não atendem aos critérios mínimos, segundo o tribunal\nO texto segue."
    assert [(q[0], q[3]) for q in quotes(rules, text)] == [
        ("Indicações não atendem aos critérios mínimos", "segundo")
    ]


def test_coordinated_roles_and_a_bodys_acronym_before_the_name(rules: Language) -> None:
    text = (
        "A eleição foi dura. Na avaliação da cientista política e professora universitária "
        "Carla Quaresma, as eleições são atípicas. Para o sociólogo da Universidade Federal "
        "do Ceará (UFC), Jonael Pontes, a campanha tem investido na ideia."
    )
    found = quotes(rules, text, people=("Carla Quaresma", "Jonael Pontes"))
    assert [(q[2], q[4]) for q in found] == [
        ("Carla Quaresma", "Carla Quaresma"),
        ("Jonael Pontes", "Jonael Pontes"),
    ]


def test_parse_path_a_place_as_a_sentences_subject_is_no_one_in_focus() -> None:
    """ "O Amapá entrou …": the parser's subject is a place; the minister who speaks
    next is the person who was the subject before it."""
    nlp = spacy.blank("pt")
    words = ["Bento", "Albuquerque", "visitou", "Davi", "Alcolumbre", "."]
    words += ["O", "Amapá", "entrou", "em", "apagão", "."]
    words += ["«", "O", "equipamento", "foi", "reparado", "»", ",", "disse", "o", "ministro", "."]
    heads = [2, 0, 2, 2, 3, 2]
    heads += [7, 8, 8, 10, 8, 8]
    heads += [19, 14, 17, 17, 19, 19, 19, 19, 21, 19, 19]
    deps = ["nsubj", "flat:name", "ROOT", "obj", "flat:name", "punct"]
    deps += ["det", "nsubj", "ROOT", "case", "obl", "punct"]
    deps += ["punct", "det", "nsubj:pass", "aux:pass", "ccomp", "punct", "punct", "ROOT"]
    deps += ["det", "nsubj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"]
    pos += ["DET", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"]
    pos += ["PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    sent_starts = [True] + [False] * 5 + [True] + [False] * 5 + [True] + [False] * 10
    ents = ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "O", "B-LOC"] + ["O"] * 15
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        sent_starts=sent_starts,
        ents=ents,
    )
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("O equipamento foi reparado", "Bento Albuquerque")


def test_parse_path_of_two_subjects_the_nearest_before_the_verb_speaks() -> None:
    """A weak parser's extra "nsubj" ("Na manhã") and the reported clause's own subject
    ("alguém") are not the cue's subject; "o ministro" is."""
    nlp = spacy.blank("pt")
    words = ["Na", "manhã", ",", "o", "ministro", "apagou", "o", "tuíte", "e", "disse", "que"]
    words += ["alguém", "usou", "a", "conta", "."]
    heads = [5, 0, 5, 4, 5, 5, 7, 5, 9, 5, 12, 12, 9, 14, 12, 5]
    deps = ["nsubj", "nmod", "punct", "det", "nsubj", "ROOT", "det", "obj", "cc", "conj"]
    deps += ["mark", "nsubj", "ccomp", "det", "obj", "punct"]
    pos = ["ADP", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB"]
    pos += ["SCONJ", "PRON", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    mention = doc.text[span._.speaker_start : span._.speaker_end]
    assert (span.text, mention) == ("alguém usou a conta", "o ministro")


def test_a_models_entity_across_a_paragraph_break_is_cut_there() -> None:
    nlp = spacy.blank("pt")
    words = ["Carlos", "Ghosn", "\n\n", "Jornal", "descreve", "a", "fuga", "."]
    words += ["«", "É", "irracional", "»", ",", "disse", "Ghosn", "."]
    spaces = [True, False, False, True, True, True, False, True]
    spaces += [False, True, False, False, True, True, False, False]
    ents = ["B-PER", "I-PER", "I-PER", "I-PER"] + ["O"] * 10 + ["B-PER", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=ents)
    nlp.add_pipe("sentencizer")
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(nlp.get_pipe("sentencizer")(doc)).spans["quotes"]
    assert (span.text, span._.speaker) == ("É irracional", "Carlos Ghosn")


def test_a_name_right_after_a_roles_plain_or_acronym_complement_is_the_person(
    rules: Language,
) -> None:
    text = (
        "A 63 km dali, a dona de casa Oliene Aparecida da Silva, de 43 anos, diz que foi "
        "convidada a concorrer. Segundo o técnico do IBGE Luiz Antonio de Sá, o estado caiu."
    )
    found = quotes(rules, text, people=("Luiz Antonio de Sá",))
    assert [(q[2], q[4]) for q in found] == [
        ("Oliene Aparecida da Silva", "Oliene Aparecida da Silva"),
        ("Luiz Antonio de Sá", "Luiz Antonio de Sá"),
    ]


def test_an_article_and_title_open_an_apposition_and_a_lone_name_closing_one_acts(
    rules: Language,
) -> None:
    text = (
        "Relator do projeto, o senador Antonio Anastasia, acatou os pedidos. Segundo ele, o "
        "governo concordou. O preparador de goleiros da seleção, Taffarel, vê bons nomes. "
        "Ele revela que manteve contato com Alisson."
    )
    found = quotes(rules, text, people=("Antonio Anastasia",))
    assert [q[2] for q in found] == ["Antonio Anastasia", "Taffarel"]


def test_a_document_speaks_for_the_body_it_names_as_its_author(rules: Language) -> None:
    text = (
        "O caso é grave. Estudo do Instituto de Estudos Socioeconômicos divulgado nesta "
        "semana informa que o governo concedeu subsídios. O relatório do Tribunal de Contas "
        "afirma que a crise continua. O relatório adianta que nada mudou. Uma pesquisa "
        "afirma que o risco é pequeno."
    )
    found = quotes(rules, text)
    assert [(q[2], q[4]) for q in found] == [
        ("Instituto de Estudos Socioeconômicos", "Instituto de Estudos Socioeconômicos"),
        ("Tribunal de Contas", "Tribunal de Contas"),
        ("Tribunal de Contas", "Tribunal de Contas"),  # the same report, named again
        (None, None),  # a survey with no author
    ]


def test_a_role_over_a_body_is_the_person_who_holds_it(rules: Language) -> None:
    text = (
        "A avaliação foi feita pelo presidente do Banco Central, Roberto Campos Neto. "
        "O presidente do Banco Central avaliou que o cadastramento foi uma surpresa."
    )
    found = quotes(rules, text, people=("Roberto Campos Neto",))
    assert [(q[2], q[4]) for q in found] == [
        ("Roberto Campos Neto", "O presidente do Banco Central")
    ]


def test_a_channel_or_an_outlet_between_the_cue_and_its_subject(rules: Language) -> None:
    text = (
        "«A venda foi feita em bloco», afirmou em nota o banco Alfa. "
        "«Os mercados estão nervosos», escreveu em nota Jim Reid, estrategista do banco. "
        "«A eleição correu bem», disse à Agência Associated Press Ben Hovland."
    )
    found = quotes(rules, text)
    assert [(q[2], q[4]) for q in found] == [
        ("Alfa", "o banco Alfa"),
        ("Jim Reid", "Jim Reid"),
        ("Ben Hovland", "Ben Hovland"),
    ]


def test_a_role_suffix_and_a_hyphenated_complement(rules: Language) -> None:
    text = (
        "«A vacina é uma luz», afirmou a estrategista-chefe da corretora, Liz Ann Sonders. "
        "Depois, de acordo com assessores do ex-presidente, ela foi internada."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2], q[4]) for q in found] == [
        ("A vacina é uma luz", "Liz Ann Sonders", "Liz Ann Sonders"),
        ("ela foi internada", None, "assessores do ex-presidente"),
    ]


def test_a_clause_after_a_closing_source_is_no_apposition(rules: Language) -> None:
    text = (
        "Lula, segundo aliados, vai concorrer. "
        "Depois, de acordo com aliados do presidente, o ministro será demitido. "
        "O acordo foi fechado, disse Antonio Moura, diretor da empresa, acrescentando "
        "que as vendas caíram."
    )
    found = quotes(rules, text, people=("Antonio Moura",))
    assert [q[0] for q in found][:3] == [
        "Lula, segundo aliados, vai concorrer",
        "o ministro será demitido",
        "O acordo foi fechado",
    ]


def test_an_account_speaks_for_the_body_it_names(rules: Language) -> None:
    text = (
        "A produção caiu. Segundo números da Abraciclo, entidade que representa o setor, "
        "foram montadas 90 mil unidades. Os dois estavam empatados, segundo pesquisa "
        "Ibope de 29 de outubro."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [
        ("foram montadas 90 mil unidades", "Abraciclo"),
        ("Os dois estavam empatados", "Ibope"),
    ]


def test_a_document_in_a_relative_clause_speaks_for_who_issued_it(rules: Language) -> None:
    text = (
        "Na segunda, a Instituição Fiscal Independente (IFI), órgão ligado ao Senado, "
        "divulgou um relatório no qual afirmou que a retomada será lenta."
    )
    (found,) = quotes(rules, text)
    assert (found[0], found[2], found[4]) == (
        "a retomada será lenta",
        "Instituição Fiscal Independente",
        "a Instituição Fiscal Independente",
    )


def test_a_body_by_its_standing_is_the_last_one_named(rules: Language) -> None:
    nlp = spacy.blank("pt")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsnlp_entities")
    nlp.add_pipe("newsnlp_quotes")
    text = (
        "O Ministério da Saúde enviou dados ao Senado. A pasta informou que os casos caíram. "
        "O Conselho Administrativo de Defesa Econômica aprovou a venda. O órgão antitruste "
        "afirmou em comunicado que o aval foi condicionado."
    )
    found = quotes(nlp, text)
    assert [(q[2], q[4]) for q in found] == [
        ("Ministério da Saúde", "A pasta"),
        ("Conselho Administrativo de Defesa Econômica", "O órgão antitruste"),
    ]


def test_a_vice_role_is_not_the_role_itself(rules: Language) -> None:
    text = (
        "O vice-presidente Hamilton Mourão falou. O presidente do Senado, Davi Alcolumbre, "
        "também falou. O vice-presidente afirmou que há um esforço.\n\n"
        "«Também tem outra linha de ação», disse."
    )
    found = quotes(rules, text, people=("Davi Alcolumbre", "Hamilton Mourão"))
    assert [q[2] for q in found] == ["Hamilton Mourão", "Hamilton Mourão"]


def test_the_agent_of_a_passive_sentence_is_in_focus(rules: Language) -> None:
    text = (
        "O ministro Paulo Guedes elogiou o sistema.\n\nA avaliação foi feita nesta "
        "quarta-feira pelo presidente do Banco Central, Roberto Campos Neto, durante "
        "videoconferência.\n\n"
        "«A democratização é mais importante», disse."
    )
    (found,) = quotes(rules, text, people=("Paulo Guedes", "Roberto Campos Neto"))
    assert found[2] == "Roberto Campos Neto"


def test_a_word_capitalised_only_by_its_place_is_no_speaker(rules: Language) -> None:
    text = (
        "A Copel teve lucro no trimestre. A receita subiu.\n\nReceita líquida caiu 3%.\n\n"
        "«Esse resultado é reflexo das provisões», disse a empresa."
    )
    assert speakers(rules, text, [("Copel", "ORG"), ("Receita", "ORG")]) == ["Copel"]


def test_parse_path_an_addressee_parsed_as_subject_leaves_the_subject_dropped() -> None:
    nlp = spacy.blank("pt")
    words = ["Lira", "falou", ".", "«", "Vamos", "votar", "»", ",", "afirmou", "à", "coluna", "."]
    heads = [1, 1, 1, 5, 5, 8, 5, 8, 8, 10, 8, 8]
    deps = ["nsubj", "ROOT", "punct", "punct", "aux", "ccomp", "punct", "punct", "ROOT"]
    deps += ["det", "nsubj", "punct"]  # a weak parser's "à coluna": subject and determiner
    sent_starts = [True, False, False, True, *[False] * 8]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, sent_starts=sent_starts)
    doc.ents = [Span(doc, 0, 1, "PER")]
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("Vamos votar", "Lira")


def test_a_name_closing_a_role_phrase_is_the_speaker(rules: Language) -> None:
    text = (
        "O professor Claudio Couto falou. «A eleição foi dura», nota o cientista político "
        "da Consultoria Tendências Rafael Cortez."
    )
    found = quotes(rules, text, people=("Claudio Couto",))
    assert [q[2] for q in found] == ["Rafael Cortez"]


def test_an_unlabelled_interview_gives_its_answers_to_the_interviewee(rules: Language) -> None:
    text = (
        "O presidente do comitê, Mizael Conrado, falou sobre os Jogos.\n\n"
        "Qual a expectativa para Tóquio?\n\n"
        "Nossa expectativa era a melhor possível. Nós imaginávamos uma grande campanha.\n\n"
        "Por que o comitê fechou o centro de treinamento?\n\n"
        "Naquele período, sofremos pressão. Foi uma decisão difícil para todos nós.\n\n"
        "O evento acontece em agosto."
    )
    found = quotes(rules, text, people=("Mizael Conrado",))
    assert [(q[0], q[1], q[2]) for q in found] == [
        (
            "Nossa expectativa era a melhor possível. Nós imaginávamos uma grande campanha.",
            "direct",
            "Mizael Conrado",
        ),
        (
            "Naquele período, sofremos pressão. Foi uma decisão difícil para todos nós.",
            "direct",
            "Mizael Conrado",
        ),
    ]


def test_a_role_in_charge_of_a_case_then_the_name(rules: Language) -> None:
    # "responsável pelo caso" between the role and the name set off after it
    text = (
        "A Polícia Civil de São Lourenço da Serra investiga a queda. Para o delegado "
        "responsável pelo caso, Flávio Luís Teixeira, o tempo foi determinante. "
        "“Chovia muito”, disse o delegado."
    )
    found = quotes(rules, text, people=("Flávio Luís Teixeira",))
    assert [(q[0], q[2]) for q in found] == [
        ("o tempo foi determinante", "Flávio Luís Teixeira"),
        ("Chovia muito", "Flávio Luís Teixeira"),
    ]


def test_a_trade_noun_before_a_persons_name_is_no_company(rules: Language) -> None:
    # "a farmacêutica Moderna" is a company; "a farmacêutica Patrícia Mendes" a person,
    # whose sentence makes her the subject a quote with no subject after it is by
    text = (
        "A taxista Luciana Rodrigues afirma que o acesso ficou difícil. “Só tem duas "
        "opções”, explica. A farmacêutica Patrícia Mendes, de 36 anos, acredita que "
        "ajudaria ter mais placas. “É complicado o acesso”, contou. A farmacêutica "
        "Moderna afirmou que a vacina funciona."
    )
    found = quotes(rules, text, people=("Luciana Rodrigues", "Patrícia Mendes"))
    assert [(q[0], q[2]) for q in found] == [
        ("o acesso ficou difícil", "Luciana Rodrigues"),
        ("Só tem duas opções", "Luciana Rodrigues"),
        ("É complicado o acesso", "Patrícia Mendes"),
        ("a vacina funciona", "Moderna"),
    ]


def test_a_place_after_em_is_no_one_to_quote(rules: Language) -> None:
    # "Pato Branco" is no given name's: after "em", a town the recogniser does not know
    text = (
        "Foram detidos integrantes do grupo em Blumenau e em Pato Branco, no Paraná. "
        "“Levaram tudo”, contou."
    )
    assert [(q[0], q[2]) for q in quotes(rules, text)] == [("Levaram tudo", None)]


def test_an_indictment_speaks_for_the_prosecution(rules: Language) -> None:
    text = (
        "O Ministério Público Federal denunciou o ex-ministro ontem. A denúncia afirma que "
        "ele recebeu propina. Segundo a denúncia, o empresário sabia de tudo."
    )
    assert speakers(rules, text, [("Ministério Público Federal", "ORG")]) == [
        "Ministério Público Federal",
        "Ministério Público Federal",
    ]
    # no prosecution named: the indictment's words are reported with no speaker
    unsigned = "A polícia prendeu o ex-ministro. A denúncia afirma que ele recebeu propina."
    assert speakers(rules, unsigned, [("polícia", "ORG")]) == [None]


def test_prosecutors_speak_for_their_office(rules: Language) -> None:
    text = (
        "O Ministério Público Federal denunciou o ex-ministro. Os procuradores afirmam que "
        "ele recebeu propina. Os juízes disseram que vão analisar o caso."
    )
    assert speakers(rules, text, [("Ministério Público Federal", "ORG")]) == [
        "Ministério Público Federal",
        None,
    ]


def test_a_note_named_again_is_by_whom_the_text_is_about(rules: Language) -> None:
    text = (
        "A FAB informou que a aeronave caiu perto da pista. A nota informa que as buscas "
        "continuam. De acordo com o comunicado, dois tripulantes foram resgatados."
    )
    assert speakers(rules, text, [("FAB", "ORG")]) == ["FAB", "FAB", "FAB"]


def test_a_report_named_again_is_the_organisation_in_focus(rules: Language) -> None:
    text = (
        "A Polícia Federal concluiu o inquérito sobre o ex-ministro. Segundo o relatório, "
        "ele recebeu propina. O relatório diz ainda que o dinheiro foi lavado."
    )
    assert speakers(rules, text, [("Polícia Federal", "ORG")]) == ["Polícia Federal"] * 2
    # no organisation in the text: the report's words are reported with no speaker
    assert speakers(rules, "Segundo o relatório, ele recebeu propina.", []) == [None]
    # a place after the report's noun is no author
    text = (
        "O IPBES divulgou o relatório das Américas. O relatório das Américas diz que a perda "
        "cresce."
    )
    assert speakers(rules, text, [("IPBES", "ORG"), ("Américas", "LOC")]) == ["IPBES"]


def test_the_paper_is_an_outlet_the_text_named_not_the_body_in_focus(rules: Language) -> None:
    text = (
        "O jornal O Globo publicou uma reportagem sobre a Polícia Federal. A PF abriu um "
        "inquérito. Segundo o jornal, o empresário gravou o presidente."
    )
    entities = [("O Globo", "ORG"), ("Polícia Federal", "ORG"), ("PF", "ORG")]
    assert speakers(rules, text, entities) == ["O Globo"]
    unnamed = "A PF abriu um inquérito. Segundo o jornal, o empresário gravou o presidente."
    assert speakers(rules, unnamed, [("PF", "ORG")]) == [None]


def test_a_series_title_heading_an_interview_is_nobody(rules: Language) -> None:
    # "Viajantes do Brasil" opens the title bare but is written after "os" and "essa"
    # elsewhere: a series, not the person who answers
    text = (
        "Viajantes do Brasil: conheça a turista que ama a praia\n\n"
        "Assim são os Viajantes do Brasil. A viajante de hoje é a empresária Myllene "
        "Miller, de 50 anos.\n\nVem conhecer mais desses Viajantes e essa Viajante do Brasil.\n\n"
        "Como você se planeja para uma viagem?\n\n"
        "A viagem para mim é meio que um combustível da minha própria vida.\n\n"
        "Que tipo de turista é você?\n\n"
        "Eu sou uma turista trilheira. Eu gosto de fazer trilha e de ir à praia."
    )
    found = quotes(rules, text)
    assert [(q[1], q[2]) for q in found] == [("direct", "Myllene Miller")] * 2


def test_a_thing_the_text_writes_with_an_article_is_no_subject(rules: Language) -> None:
    # "Sirius, …, revela" opens the title, "o Sirius" the text: a machine, so "ela" is
    # the scientist quoted before
    text = (
        "Sirius, maior acelerador do Brasil, revela primeiras imagens\n\n"
        "O Sirius revelou suas primeiras imagens nesta quinta-feira. Segundo a cientista "
        "Nathaly Archilha, trata-se apenas de um teste.\n\n"
        "Ela disse ainda que as imagens são um marco para o projeto do Sirius."
    )
    found = quotes(rules, text, people=("Nathaly Archilha",))
    assert [(q[0], q[2]) for q in found] == [
        ("trata-se apenas de um teste", "Nathaly Archilha"),
        ("as imagens são um marco para o projeto do Sirius", "Nathaly Archilha"),
    ]


def test_a_roles_article_gives_its_bearer_a_gender(rules: Language) -> None:
    # no list knows "Kim": "A gerente" makes her a woman, so "ele" is the man before her
    text = (
        "O engenheiro Paulo Souza chegou cedo. A gerente do projeto, Kim Lee, visitou a "
        "obra depois.\n\n«A ponte fica pronta em maio», disse ele."
    )
    found = quotes(rules, text, people=("Paulo Souza", "Kim Lee"))
    assert [q[2] for q in found] == ["Paulo Souza"]


def test_a_bodys_own_name_in_a_role_is_no_speaker(rules: Language) -> None:
    text = (
        "O livro foi lançado ontem. A representante do movimento Preserve Pipa, Michaela "
        "Bitarello, ressaltou o valor do material. «A gente espera que o livro inspire "
        "outros destinos»."
    )
    found = quotes(rules, text)
    assert [q[2] for q in found] == ["Michaela Bitarello"]


def test_asides_between_a_subject_and_its_verb_keep_the_subject(rules: Language) -> None:
    # an uncued quote is by the person the sentence before made its subject, past
    # asides ("da equipe …", "do Dharma Turismo, em São Paulo") and an opening phrase;
    # "Porto" after a first word is a surname, not a place
    text = (
        "«Nosso critério foi a diversidade», explica Marianne Costa, autora do livro.\n\n"
        "Nailza Porto, da equipe do Instituto de Pesquisas Ecológicas, falou sobre a "
        "publicação. «No livro sistematizamos a nossa experiência», ressaltou.\n\n"
        "No mesmo sentido, Luciana Antônio, do Dharma Turismo, em São Paulo, destacou o "
        "trabalho do grupo. «Nas nossas experiências valorizamos a cultura regional», disse."
    )
    found = quotes(rules, text, people=("Marianne Costa", "Luciana Antônio"))
    assert [q[2] for q in found] == ["Marianne Costa", "Nailza Porto", "Luciana Antônio"]


def test_a_name_set_off_after_another_is_no_aside(rules: Language) -> None:
    # "Celso Sabino, o secretário …, Milton Zuanazzi, destacou": the second one acts
    text = (
        "Presente na sessão representando o ministro do Turismo, Celso Sabino, o "
        "secretário Nacional de Políticas de Turismo, Milton Zuanazzi, destacou a "
        "importância da cultura. «Os atrativos turísticos vivem da cultura»."
    )
    found = quotes(rules, text, people=("Celso Sabino", "Milton Zuanazzi"))
    assert [q[2] for q in found] == ["Milton Zuanazzi"]


def test_a_person_a_model_ran_into_a_places_name_is_found(rules: Language) -> None:
    text = (
        "«Não falamos somente de chuva», explica a pesquisadora da Universidade Federal do "
        "Rio de Janeiro Andréa Souza Santos.\n\n«A engenharia pode ajudar muito», diz Santos."
    )
    entities = [("Universidade Federal do Rio de Janeiro Andréa Souza Santos", "ORG")]
    assert speakers(rules, text, entities) == ["Andréa Souza Santos"] * 2


def test_a_name_a_model_cut_after_its_particle_keeps_its_surname(rules: Language) -> None:
    # "Daiane dos" + Santos (a surname, though also a city); "Dalci Bagolin do" + MAPA
    text = (
        "A ex-atleta Daiane dos Santos falou da enchente. «É muito legal ver a união», "
        "disse.\n\nNo mesmo sentido, Dalci Bagolin do MAPA destaca a iniciativa. "
        "«Parabenizamos a agência», afirmou Bagolin."
    )
    entities = [("Daiane dos", "PER"), ("Dalci Bagolin do", "PER"), ("MAPA", "ORG")]
    assert speakers(rules, text, entities) == ["Daiane dos Santos", "Dalci Bagolin"]


def test_an_interviews_answers_are_a_persons_not_a_bodys(rules: Language) -> None:
    text = (
        "Hoje vamos conversar com a turismóloga Cris Marques, de 39 anos. O Ministério do "
        "Turismo lançou a série em maio.\n\n"
        "Com quantos anos você começou essa paixão?\n\n"
        "Eu viajo desde muito nova, meus pais sempre viajaram pelo Brasil.\n\n"
        "Que tipo de viajante é você?\n\n"
        "Eu amo descobrir lugarzinhos no Brasil onde tem as belezas naturais."
    )
    entities = [("Ministério do Turismo", "ORG"), ("Cris Marques", "PER")]
    assert speakers(rules, text, entities) == ["Cris Marques"] * 2


def test_an_interview_run_into_one_paragraph_answers_between_its_questions(
    rules: Language,
) -> None:
    # paragraph breaks lost: four questions, two put to "você", split the paragraph; what
    # stands between them is the interviewee's; a paragraph of rhetorical questions is not
    text = (
        "O Estado conversou com Andrés Sanchez. Porque você acha que é o melhor candidato? "
        "Não que eu seja o melhor, mas eu posso fazer de novo. O que o fez voltar? Somos "
        "um grupo que temos responsabilidade. Você se afastou do Roberto? Eu nunca me "
        "afastei de ninguém. Qual a maior virtude? Acerto é não ter mais reeleição. Fico "
        "três anos e saio."
    )
    found = quotes(rules, text, people=("Andrés Sanchez",))
    assert [(q[0], q[2]) for q in found] == [
        ("Não que eu seja o melhor, mas eu posso fazer de novo.", "Andrés Sanchez"),
        ("Somos um grupo que temos responsabilidade.", "Andrés Sanchez"),
        ("Eu nunca me afastei de ninguém.", "Andrés Sanchez"),
        ("Acerto é não ter mais reeleição. Fico três anos e saio.", "Andrés Sanchez"),
    ]
    text = (
        "O colunista Andrés Sanchez escreveu. Quem paga a conta? O governo. Quem decide? "
        "O mercado. Quem perde? O cidadão. Quem ganha? Ninguém sabe."
    )
    assert quotes(rules, text, people=("Andrés Sanchez",)) == []


def test_many_short_questions_make_a_run_in_interview_put_to_no_one(rules: Language) -> None:
    # eight questions, none with "você" or "a senhora": the interview of the person the
    # text quoted most, not of the one a link's headline quoted last
    questions = [
        "Foi um recado para a sociedade?",
        "A revisão do foro resolve os males?",
        "Isso favorece a Lava Jato?",
        "Precisava de um pedido de vista?",
        "E as prisões preventivas no país?",
        "O STF pagou o pato?",
        "E os conflitos dentro do STF?",
        "A travessia ficou mais difícil?",
    ]
    answers = [
        "Sim, eu acho que foi um recado claro.",
        "Não, mas muda a forma de julgar os casos.",
        "Favorece, porque acelera os processos da operação.",
        "Eu não sei dizer se precisava ou não.",
        "São sempre fundamentadas, não vejo abuso nenhum.",
        "Não aceita pagar o pato, exige respeito.",
        "Eu vejo compreensões de mundo diferentes.",
        "Eu acho que não, seguimos em frente.",
    ]
    exchanges = " ".join(f"{q} {a}" for q, a in zip(questions, answers, strict=True))
    text = (
        "«A lei precisa ser cumprida», disse Cármen Lúcia. «Não consegui dar clareza», "
        "admitiu Cármen Lúcia. +++ Veja o barraco entre Barroso e Gilmar. «Confundiram "
        f"tudo», disse Barroso. {exchanges}"
    )
    found = quotes(rules, text, people=("Cármen Lúcia", "Barroso"))
    assert [(q[0], q[2]) for q in found[3:]] == [(a, "Cármen Lúcia") for a in answers]


def test_answers_to_questions_put_to_o_senhor_need_no_first_person(rules: Language) -> None:
    # an FAQ answers impersonally too, but asks no one: two questions to "o senhor" do
    text = (
        "O comandante Nivaldo Restivo falou ao jornal. O senhor acha que São Paulo precisa "
        "de tropas? As forças de segurança dão conta do recado. Qual o déficit de homens "
        "da PM? Está em torno de seis mil policiais. O senhor colocaria os black blocs "
        "nessa lista? Depende do que esses grupos praticam. A PM vigia movimentos sociais? "
        "A inteligência acompanha só a criminalidade."
    )
    found = quotes(rules, text, people=("Nivaldo Restivo",))
    assert [(q[0], q[2]) for q in found] == [
        ("As forças de segurança dão conta do recado.", "Nivaldo Restivo"),
        ("Está em torno de seis mil policiais.", "Nivaldo Restivo"),
        ("Depende do que esses grupos praticam.", "Nivaldo Restivo"),
        ("A inteligência acompanha só a criminalidade.", "Nivaldo Restivo"),
    ]


def test_a_quiz_of_questions_is_no_interview_though_some_address_you(rules: Language) -> None:
    # many questions, two to "você", and only a few prompts after them: a quiz, no answers
    questions = [
        "Que sinfonia compôs Beethoven em 1824?",
        "Você sabe quem era o pai de Isabel II?",
        "Quem foi chanceler da Alemanha de 1974 a 1982?",
        "Você lembra quando ocorreu a coroação?",
        "Quem comandou a Insurreição de Varsóvia?",
        "Em que cidade nasceu Mozart?",
    ]
    text = "\n\n".join(
        [*questions[:3], "Diga um livro de Júlio Verne.", *questions[3:], "Diga um escritor."]
    )
    assert quotes(rules, text) == []


def test_an_interviewers_prompt_to_o_senhor_asks_without_a_question_mark(
    rules: Language,
) -> None:
    text = (
        "O governador Flávio Dino falou à Folha.\n\n"
        "Folha - O Maranhão é compatível com o tempo que vive?\n\n"
        "Eu brinco que aqui são quatro séculos em quatro anos.\n\n"
        "A decisão de Sergio Moro contra o Lula o senhor critica.\n\n"
        "É um escândalo, uma monstruosidade jurídica.\n\n"
        "E o Janot?\n\n"
        "Janot errou. Podia ter evitado o caos."
    )
    found = quotes(rules, text, people=("Flávio Dino",))
    assert [(q[0], q[2]) for q in found] == [
        ("Eu brinco que aqui são quatro séculos em quatro anos.", "Flávio Dino"),
        ("É um escândalo, uma monstruosidade jurídica.", "Flávio Dino"),
        ("Janot errou. Podia ter evitado o caos.", "Flávio Dino"),
    ]


def test_a_list_of_questions_is_no_interview(rules: Language) -> None:
    text = (
        "O que é o efeito de estufa?\n\nDiga um livro de Júlio Verne.\n\n"
        "Quem era Flaubert?\n\nDiga uma catedral de Sófia.\n\n"
        "Qual a profissão de John Barbirolli?\n\nDescreva o World Trade Center."
    )
    assert quotes(rules, text) == []


def test_a_plural_verb_without_subject_is_no_one_persons(rules: Language) -> None:
    text = (
        "O deputado Rodrigo Maia falou ontem. Nos bastidores, dizem que o ministro será "
        "demitido. «Ele não fica», afirmam."
    )
    found = quotes(rules, text, people=("Rodrigo Maia",))
    assert [(q[0], q[2]) for q in found] == [
        ("o ministro será demitido", None),
        ("Ele não fica", None),
    ]


def test_a_short_quote_cued_inside_a_report_is_part_of_it(rules: Language) -> None:
    text = (
        "Segundo o magistrado, o caso revela «sem sombra de dúvidas» que houve um "
        "«estratagema altamente reprovável» na publicação do vídeo."
    )
    found = quotes(rules, text)
    assert [(q[0], q[1]) for q in found] == [
        (
            "o caso revela «sem sombra de dúvidas» que houve um «estratagema altamente "
            "reprovável» na publicação do vídeo",
            "mixed",
        )
    ]


def test_the_last_item_of_a_dashed_list_is_no_quote(rules: Language) -> None:
    text = (
        "O calendário prevê:\n    - quem já recebeu uma parcela recebe a segunda;\n"
        "    - novos aprovados recebem a primeira parcela.\n\nOs pagamentos começam hoje."
    )
    assert quotes(rules, text) == []


def test_a_quote_closed_by_the_other_style_of_mark(rules: Language) -> None:
    text = '"Existe essa possibilidade? Aí vamos para o outro extremo”, disse Guedes.'
    assert [(q[0], q[2]) for q in quotes(rules, text, people=("Guedes",))] == [
        ("Existe essa possibilidade? Aí vamos para o outro extremo", "Guedes")
    ]


def test_straight_single_quotes_of_a_headline(rules: Language) -> None:
    text = (
        "'Saída fácil é furar o teto. Nós não faremos isso', diz Paulo Guedes\n\n"
        "O ministro citou d'Ávila e O'Neill ao falar de rock'n'roll."
    )
    assert [(q[0], q[2]) for q in quotes(rules, text, people=("Paulo Guedes",))] == [
        ("Saída fácil é furar o teto. Nós não faremos isso", "Paulo Guedes")
    ]


def test_parse_path_a_word_of_the_quote_parsed_as_subject_is_not_the_speaker() -> None:
    nlp = spacy.blank("pt")
    words = ["Lira", "falou", ".", "«", "Os", "bancos", "participaram", "»", ",", "afirmou"]
    words += ["."]
    heads = [1, 1, 1, 6, 5, 9, 9, 6, 9, 9, 9]
    deps = ["nsubj", "ROOT", "punct", "punct", "det", "nsubj", "ccomp", "punct", "punct"]
    deps += ["ROOT", "punct"]  # a weak parser's subject: "bancos", inside the quote
    sent_starts = [True, False, False, True, *[False] * 7]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, sent_starts=sent_starts)
    doc.ents = [Span(doc, 0, 1, "PER")]
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("Os bancos participaram", "Lira")


def test_a_common_noun_capitalised_by_its_place_is_no_name(rules: Language) -> None:
    text = (
        "O PSDB criticou o governo. O partido apoia a vacina.\n\n"
        "Partido afirma que o governo ignorou a proposta.\n\n"
        "Os militares estão divididos. Militares defendem que o presidente reconheça a derrota."
    )
    assert speakers(rules, text, [(w, "ORG") for w in ("PSDB", "Partido", "Militares")]) == [
        "PSDB",
        None,
    ]


def test_a_company_no_recogniser_tagged_is_the_one_a_generic_body_means(rules: Language) -> None:
    text = (
        "A Cemig registrou lucro de R$ 545 milhões no trimestre. Segundo a empresa, a "
        "última linha do balanço foi beneficiada pela base de comparação."
    )
    assert [q[2] for q in quotes(rules, text)] == ["Cemig"]


def test_a_source_named_after_a_long_role(rules: Language) -> None:
    text = (
        "O economista Fernando Veloso falou antes. Na avaliação do especialista em contas "
        "públicas da consultoria Tendências, Fábio Klein, a dívida pública poderá subir."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2], q[4]) for q in found] == [
        ("a dívida pública poderá subir", "Fábio Klein", "Fábio Klein")
    ]


def test_a_place_in_a_speakers_apposition_is_passed_over(rules: Language) -> None:
    text = (
        "Tom Scott, professor de materiais da Universidade de Bristol, no Reino Unido, diz "
        "que as baterias vão durar. «É um alerta», diz o Prof. Koen de Ridder."
    )
    found = quotes(rules, text, people=("Tom Scott", "Koen de Ridder"))
    assert (found[0][2], found[0][4]) == ("Tom Scott", "Tom Scott")
    assert found[1][2] != "Prof"  # an abbreviated title is a role, not a name


def test_a_place_after_a_preposition_is_no_subject(rules: Language) -> None:
    text = (
        "O biólogo Mark Urban estuda espécies. O cientista sediado no Connecticut afirma "
        "que as previsões vão melhorar."
    )
    ((said, _kind, speaker, _cue, mention),) = quotes(rules, text, people=("Mark Urban",))
    assert said == "as previsões vão melhorar"
    assert speaker != "Connecticut" and mention != "Connecticut"


def test_quoted_words_with_no_subject_are_a_persons_not_a_silent_bodys(
    rules: Language,
) -> None:
    text = (
        "O diretor Antônio Arroyo falou à imprensa. «Estou pronto», disse Arroyo. "
        "A empresa Petrobras anunciou resultados na terça-feira.\n\n«Não tem nada para me "
        "surpreender», afirmou."
    )
    assert speakers(rules, text, [("Antônio Arroyo", "PER"), ("Petrobras", "ORG")]) == [
        "Antônio Arroyo",
        "Antônio Arroyo",
    ]


def test_a_surname_a_model_cut_after_a_particle_belongs_to_the_name(rules: Language) -> None:
    text = (
        "«O aumento da gordura no fígado é ruim», destaca Adelino Sanchez Ramos da Silva, "
        "coordenador da pesquisa. «O exercício regular protege», diz Silva."
    )
    assert (
        speakers(rules, text, [("Adelino Sanchez Ramos", "PER"), ("Silva", "PER", -1)])
        == ["Adelino Sanchez Ramos da Silva"] * 2
    )


def test_an_opening_mark_printed_at_a_words_end_closes_the_quote(rules: Language) -> None:
    text = (
        "O apresentador Rodrigo Faro postou uma foto. “Não coloque limite nos seus sonhos“, "
        "escreveu. “Dono de uma ilha?“, questionou outro seguidor."
    )
    found = quotes(rules, text, people=("Rodrigo Faro",))
    assert [(q[0], q[2]) for q in found] == [
        ("Não coloque limite nos seus sonhos", "Rodrigo Faro"),
        ("Dono de uma ilha?", None),
    ]


def test_commenters_the_text_leaves_unnamed_are_no_ones_quotes(rules: Language) -> None:
    text = (
        "O ator Rodrigo Santoro publicou uma foto da família. "
        '"É pra isso que serve o amor", escreveu uma seguidora. '
        '"Leva jeito, parabéns", postou mais um. "Agora já sei", comentou outra. '
        '"Arrasou demais", elogiou um terceiro. "Que lindo", brincou um usuário do Twitter. '
        '"Obrigado, gente", respondeu Santoro. "Exigimos respostas", exigiram outra vez.'
    )
    found = quotes(rules, text, people=("Rodrigo Santoro",))
    assert [(q[0], q[2], q[4]) for q in found[:6]] == [
        ("É pra isso que serve o amor", None, "uma seguidora"),
        ("Leva jeito, parabéns", None, "mais um"),
        ("Agora já sei", None, "outra"),
        ("Arrasou demais", None, "um terceiro"),
        ("Que lindo", None, "um usuário do Twitter"),
        ("Obrigado, gente", "Rodrigo Santoro", "Santoro"),
    ]
    assert found[6][4] != "outra"  # "outra vez": a time, not a commenter


def test_a_surname_spelt_differently_is_the_full_names(rules: Language) -> None:
    text = (
        "A astrônoma Allison Kirkpatrick e a lutadora Jessica Andrade falaram. "
        "«O gás está aquecendo», disse Kirckpatrick. «Eu me incluiria», disse Jéssica. "
        "«Nada muda», disse Silvia. O executivo Doron Myersdorf falou. «Isso importa», "
        "disse Meyersdorf."
    )
    people = ("Allison Kirkpatrick", "Jessica Andrade", "Kirckpatrick", "Jéssica", "Silvia")
    people += ("Doron Myersdorf", "Meyersdorf")  # "Doron": no given name a list knows
    assert [q[2] for q in quotes(rules, text, people=people)] == [
        "Allison Kirkpatrick",
        "Jessica Andrade",
        "Silvia",
        "Doron Myersdorf",
    ]


def test_a_role_over_a_body_named_with_a_year_takes_the_apposed_name(rules: Language) -> None:
    text = (
        "Os Jogos Olímpicos foram adiados. «Os atletas terão permissão para entrar», disse o "
        "executivo-chefe da Tóquio 2020, Toshiro Muto, em uma coletiva."
    )
    found = quotes(rules, text, people=("Toshiro Muto",))
    assert [(q[2], q[4]) for q in found] == [("Toshiro Muto", "Toshiro Muto")]


def test_a_name_always_written_after_an_article_is_no_person(rules: Language) -> None:
    text = (
        "A carreira de Antônio Arroyo começou através do Contender Series. "
        "Foram duas vitórias no Contender Series.\n\n"
        "«Em Las Vegas eu sou invicto», brincou o lutador."
    )
    people = [
        ("Antônio Arroyo", "PER"),
        ("Contender Series", "PER"),
        ("Contender Series", "PER", -1),
    ]
    assert speakers(rules, text, people) == ["Antônio Arroyo"]


def test_a_name_after_coordinated_roles_is_the_speaker(rules: Language) -> None:
    text = (
        "A Nasa estudou o asteroide. «Apophis ainda é ameaçador», afirmou o pesquisador do "
        "Instituto de Astronomia da Universidade do Havaí e coautor do estudo, Dave Tholen, "
        "em um e-mail."
    )
    found = quotes(rules, text, people=("Dave Tholen",))
    assert [(q[2], q[4]) for q in found] == [("Dave Tholen", "Dave Tholen")]


def test_a_title_opening_an_entity_of_any_label_introduces_a_person(rules: Language) -> None:
    text = (
        "O naturalista David Attenborough alertou para o clima. «Trata-se de uma zona de "
        "conforto», afirmou o Dr. Samuel Almond. «Estamos a investigar», disse o Dr. Almond. "
        "A empresa Vivara cresceu. «Vamos abrir lojas», disse o CEO Roberto Fulcherberguer. "
        "A empresa anunciou que vai fechar lojas."
    )
    spans = [
        ("David Attenborough", "PER"),
        ("Dr. Samuel Almond", "ORG"),  # a weak model's label
        ("Dr. Almond", "ORG"),
        ("Vivara", "ORG"),
        ("CEO Roberto Fulcherberguer", "ORG"),
    ]
    assert speakers(rules, text, spans) == [
        "Samuel Almond",
        "Samuel Almond",
        "Roberto Fulcherberguer",
        "Vivara",  # "a empresa": the company, not the person a model tagged ORG
    ]


def test_a_description_is_whom_the_text_introduced_with_its_noun(rules: Language) -> None:
    text = (
        "«Este trabalho posiciona o estado», diz o maestro Fabio Mechetti. "
        "A orquestra contou com a participação do trompista Carlos Rubinsky.\n\n"
        "«A palavra que me vem à mente é exuberância», diz o trompista."
    )
    found = quotes(rules, text, people=("Fabio Mechetti", "Carlos Rubinsky"))
    assert [q[2] for q in found] == ["Fabio Mechetti", "Carlos Rubinsky"]


def test_a_role_news_use_for_another_stands_for_its_holder(rules: Language) -> None:
    text = (
        "O juiz Emílio Migliano Neto mandou tirar do ar um vídeo do blogueiro Oswaldo "
        "Eustáquio. Mais cedo, o blogueiro afirmou que o candidato mentiu.\n\n"
        "Segundo o magistrado, o caso revela um estratagema reprovável."
    )
    found = quotes(rules, text, people=("Emílio Migliano Neto", "Oswaldo Eustáquio"))
    assert [q[2] for q in found] == ["Oswaldo Eustáquio", "Emílio Migliano Neto"]


def test_an_organisation_speaks_under_the_fullest_name_the_text_gives() -> None:
    nlp = spacy.blank("pt")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsnlp_orgs")
    nlp.add_pipe("newsnlp_quotes")
    text = (
        "O Unicef publicou um guia. «As telas ajudam a manter contato», diz o Unicef.\n\n"
        "A Organização Mundial da Saúde (OMS) também opinou. «Brincar é vital», diz a OMS."
    )
    doc = nlp(text)
    assert [s._.speaker for s in doc.spans["quotes"]] == [
        "Unicef",  # the catalogue's "Fundo das Nações Unidas para a Infância" is not in the text
        "Organização Mundial da Saúde",
    ]


def test_a_body_named_by_its_kind_is_the_last_of_that_kind_named(rules: Language) -> None:
    text = (
        "O governador pediu ao Tribunal Regional Eleitoral do Amapá o adiamento da eleição. "
        "O tribunal argumentou que o adiamento deveria durar até a volta da energia."
    )
    body = "Tribunal Regional Eleitoral do Amapá"
    assert speakers(rules, text, [(body, "ORG")]) == [body]


def test_a_document_speaks_for_its_author_also_when_named_again(rules: Language) -> None:
    text = (
        "«Os ataques cresceram», diz um relatório de segurança cibernética da empresa de "
        "tecnologia IBM.\n\nO mesmo relatório indica que houve mais ataques ao transporte.\n\n"
        "«Não é apenas uma questão de volume», acrescenta o documento.\n\n"
        "Um estudo publicado ontem afirma que o risco é pequeno."
    )
    assert speakers(rules, text, [("IBM", "ORG")]) == ["IBM", "IBM", "IBM", None]


def test_a_note_speaks_for_its_author_and_a_channel_stays_a_channel(rules: Language) -> None:
    text = (
        "O governador João Doria visitou a fábrica. «A vacina não é uma guerra política», "
        "diz a nota do PSDB. «Vamos seguir», disse em nota o governador."
    )
    assert speakers(rules, text, [("João Doria", "PER"), ("PSDB", "ORG")]) == ["PSDB", "João Doria"]


def test_a_name_set_off_after_what_a_role_covers_is_the_speaker(rules: Language) -> None:
    text = (
        "O Peru declarou as linhas Patrimônio da Humanidade. «É surpreendente», disse o "
        "arqueólogo-chefe para as linhas de Nazca, Johny Isla, à agência de notícias Efe."
    )
    found = quotes(rules, text, people=("Patrimônio da Humanidade", "Johny Isla"))
    assert [(q[2], q[4]) for q in found] == [("Johny Isla", "Johny Isla")]


def test_a_pronoun_that_cannot_be_the_topic_makes_its_person_the_topic(rules: Language) -> None:
    text = (
        "A Gazeta Esportiva entrou em contato com o diretor do Corinthians, Jacinto Ribeiro. "
        "Ele coordena a categoria Sub-23.\n\n«Eu tenho a consciência tranquila.»"
    )
    found = quotes(rules, text, people=("Gazeta Esportiva", "Jacinto Ribeiro"))
    assert [q[2] for q in found] == ["Jacinto Ribeiro"]


def test_an_adverb_or_a_trade_opening_a_sentence_is_no_part_of_a_name(rules: Language) -> None:
    text = (
        "A influenciadora Andressa Ferreira teve um filho. Recentemente Andressa confessou "
        "que o cansaço aumentou.\n\nFarmacêutica Moderna afirma que sua vacina é eficaz."
    )
    found = quotes(rules, text, people=("Andressa Ferreira",))
    assert [q[2] for q in found] == ["Andressa Ferreira", "Moderna"]


def test_a_capitalised_title_before_a_name_is_no_titled_role(rules: Language) -> None:
    text = (
        "O biólogo Mark Urban estuda espécies. «Os dados analisam o clima», afirmou o "
        "Professor Koen de Ridder do Instituto Flamengo de Investigação Tecnológica. "
        "«O que fazemos?», disse o Diretor Executivo da Fundação, Samuel Almond."
    )
    found = quotes(rules, text, people=("Mark Urban",))
    assert [(q[2], q[4]) for q in found] == [
        ("Koen de Ridder", "Koen de Ridder"),
        ("Samuel Almond", "Samuel Almond"),
    ]


def test_one_of_a_group_is_unnamed_whatever_the_groups_noun(rules: Language) -> None:
    text = (
        "O vereador Luís Rodrigues denunciou o caso. «Havia despesas não justificadas», "
        "refere um dos outros elementos do PSD local."
    )
    found = quotes(rules, text, people=("Luís Rodrigues",))
    assert [(q[2], q[4]) for q in found] == [(None, "um dos outros elementos do PSD local")]


def test_an_outlet_and_its_aside_in_brackets_are_no_speaker(rules: Language) -> None:
    text = (
        "«O ouro é produzido em processos raros», explicou à BBC News Mundo (serviço em "
        "espanhol da BBC) a astrônoma Chiaki Kobayashi, líder do estudo."
    )
    found = quotes(rules, text, people=("Chiaki Kobayashi",))
    assert [(q[2], q[4]) for q in found] == [("Chiaki Kobayashi", "Chiaki Kobayashi")]


def test_a_role_of_a_gender_prefers_someone_known_to_have_it(rules: Language) -> None:
    text = (
        "Elba Ramalho lançou um disco. «Foi um processo lento», disse Elba. "
        "«Toquei sanfona no disco», disse Dominguinhos.\n\n"
        "«Para mim, foi mais difícil», diz a cantora."
    )
    people = [("Elba Ramalho", "PER"), ("Elba", "PER", -1), ("Dominguinhos", "PER")]
    assert speakers(rules, text, people) == [
        "Elba Ramalho",
        "Dominguinhos",
        "Elba Ramalho",  # not the lone name of no known gender who spoke last
    ]


def test_a_contracted_demonstrative_is_no_person_and_di_joins_a_surname(
    rules: Language,
) -> None:
    text = (
        "O neurocientista Edvard Moser ganhou o Nobel. «Foi uma surpresa», disse Moser. "
        "Nestes estudos, a equipe mapeou o cérebro.\n\n«Agora sabemos mais.»\n\n"
        "A viúva Rose Miriam Di Matteo falou. «Faz um ano», disse Rose Miriam."
    )
    people = [
        ("Edvard Moser", "PER"),
        ("Nestes", "PER"),  # a weak model's PER
        ("Rose Miriam", "PER"),  # cut before "Di Matteo"
        ("Rose Miriam", "PER", -1),
    ]
    assert speakers(rules, text, people) == [
        "Edvard Moser",
        "Edvard Moser",
        "Rose Miriam Di Matteo",
    ]


def test_a_former_role_and_an_indefinite_pronoun_are_no_names(rules: Language) -> None:
    text = (
        "Ex-BBB Patrícia Leitte fez um boletim de ocorrência. «Fiquei abalada», disse "
        "Patrícia.\n\nO eletricista Dean Smith trabalha com cabos. Ninguém questiona quando "
        "ele desliga os interruptores.\n\n«Você precisa de um lugar seguro.»"
    )
    people = [("Ex-BBB Patrícia Leitte", "PER"), ("Dean Smith", "PER"), ("Ninguém", "PER")]
    assert speakers(rules, text, people) == ["Patrícia Leitte", "Dean Smith"]


def test_a_source_word_a_model_swept_into_a_name_is_dropped(rules: Language) -> None:
    text = (
        "O fóssil foi estudado. Conforme Müller, o cérebro era pequeno. «A gente não "
        "tinha outro cérebro tão completo», disse o paleontólogo."
    )
    doc = tagged(rules, text, [("Conforme Müller", "PER")])
    assert doc.spans["quotes"][-1]._.speaker == "Müller"


def test_a_photo_credit_names_no_one_the_text_is_about(rules: Language) -> None:
    text = (
        "O tenente-coronel Pedromar Valadares coordena o centro.\nJohn Pacheco/G1\n"
        "Segundo ele, a procura é pequena."
    )
    people = [("Pedromar Valadares", "PER"), ("John Pacheco", "PER")]
    assert speakers(rules, text, people) == ["Pedromar Valadares"]


def test_a_press_office_speaks_for_the_body_it_serves(rules: Language) -> None:
    text = (
        "O suspeito foi levado à delegacia. Segundo a assessoria de imprensa da Polícia "
        "Civil, o rapaz teve a prisão ratificada."
    )
    assert speakers(rules, text, [("Polícia Civil", "ORG")]) == ["Polícia Civil"]


def test_a_body_named_in_part_is_the_one_the_text_named_in_full(rules: Language) -> None:
    text = (
        "O Ministério Público de Minas Gerais fez um acordo com a empresa. Conforme o "
        "Ministério Público, o acordo se refere a uma das ações. O Ministério Público "
        "Federal não comentou."
    )
    bodies = [
        ("Ministério Público de Minas Gerais", "ORG"),
        ("Ministério Público", "ORG", 1),
        ("Ministério Público Federal", "ORG"),
    ]
    # of two fuller names, the one named before
    assert speakers(rules, text, bodies) == ["Ministério Público de Minas Gerais"]


def test_a_name_set_off_after_a_description_no_lexicon_ends(rules: Language) -> None:
    text = (
        "O biólogo Carlos Souza visitou o rio. A veterinária especialista em aves, Graziela "
        "Pascoli, explicou que as espécies nativas estão desaparecendo."
    )
    people = [("Carlos Souza", "PER"), ("Graziela Pascoli", "PER")]
    assert speakers(rules, text, people) == ["Graziela Pascoli"]


def test_asides_around_the_cue_keep_the_que_clause_and_its_subject(rules: Language) -> None:
    text = (
        "O preço é alto. A Uber, por sua vez, informou, por meio da assessoria, que divulga "
        "somente dados estaduais."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [("divulga somente dados estaduais", "Uber")]


def test_a_place_of_origin_opening_a_sentence_is_no_subject(rules: Language) -> None:
    text = (
        "Músico Raul Gonçalves será atração\nJorge Abreu/ G1\nNatural do Afuá, o músico "
        "Raul Gonçalves tocará no festival. Ele ressalta que o evento une os estados."
    )
    people = [("Raul Gonçalves", "PER"), ("Jorge Abreu/", "PER"), ("Raul Gonçalves", "PER", 1)]
    assert speakers(rules, text, people) == ["Raul Gonçalves"]


def test_a_compound_rank_opening_a_name_is_no_part_of_it(rules: Language) -> None:
    text = "Tenente-coronel Pedromar Valadares coordena o centro. «Prestamos atendimento», disse."
    assert speakers(rules, text, [("Tenente-coronel Pedromar Valadares", "PER")]) == [
        "Pedromar Valadares"
    ]


def test_a_body_named_before_a_place_or_a_list_is_the_subject(rules: Language) -> None:
    text = (
        "A cidade cresceu. Um levantamento da prefeitura de Boa Vista apontou que há 25 mil "
        "imigrantes. A Secretaria de Meio Ambiente afirmou que o mar está limpo. A "
        "Secretaria Municipal de Segurança Pública, Trânsito e Transportes explicou que os "
        "radares mudaram."
    )
    assert speakers(rules, text, []) == [
        "prefeitura de Boa Vista",
        "Secretaria de Meio Ambiente",
        "Secretaria Municipal de Segurança Pública, Trânsito e Transportes",
    ]


def test_parse_path_a_capitalised_document_speaks_for_its_author() -> None:
    """'Laudo da Secretaria de Saúde aponta que a água está suja.'"""
    nlp = spacy.blank("pt")
    extractor = nlp.add_pipe("newsnlp_quotes")
    words = ["Laudo", "da", "Secretaria", "de", "Saúde", "aponta", "que", "a", "água"]
    words += ["está", "suja", "."]
    heads = [5, 2, 0, 4, 2, 5, 10, 8, 10, 10, 5, 5]
    deps = ["nsubj", "case", "nmod", "case", "nmod", "ROOT", "mark", "det", "nsubj", "cop"]
    deps += ["ccomp", "punct"]
    pos = ["NOUN", "ADP", "PROPN", "ADP", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "AUX"]
    pos += ["ADJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 2, 5, "ORG")]
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("a água está suja", "Secretaria de Saúde")


def test_a_name_a_model_ran_on_into_a_body_stops_before_it(rules: Language) -> None:
    text = (
        "O contrato foi assinado por Sydnei Pereira da Prefeitura de Anajatuba. "
        "«Ele tinha o contrato de locação», respondeu o prefeito Sydnei Pereira."
    )
    people = [("Sydnei Pereira da Prefeitura de Anajatuba", "PER"), ("Sydnei Pereira", "PER", 1)]
    assert speakers(rules, text, people) == ["Sydnei Pereira"]


def test_photo_credits_are_told_apart_from_names() -> None:
    nlp = spacy.blank("pt")
    text = "Foto: John Pacheco/G1 e Matheus Henrique/ G1; Divulgação/TV Integração; Ana Lima"
    doc = nlp(text)

    def credit(words: str) -> bool:
        span = doc.char_span(text.index(words), text.index(words) + len(words))
        assert span is not None
        return photo_credit(doc, span.start, span.end)

    assert credit("John Pacheco") and credit("Matheus Henrique/")
    assert credit("Divulgação") and credit("TV Integração")
    assert not credit("Ana Lima")


def test_a_body_whatever_a_model_labelled_its_full_name_is_named_in_full(
    rules: Language,
) -> None:
    text = (
        "Um homem foi preso em Muriaé. De acordo com a Delegacia Regional de Polícia Civil, "
        "havia um mandado contra ele. A Delegacia Regional informou que ele foi transferido."
    )
    bodies = [("Delegacia Regional de Polícia Civil", "PER"), ("Delegacia Regional", "ORG", 1)]
    assert speakers(rules, text, bodies) == ["Delegacia Regional de Polícia Civil"] * 2


def test_police_records_are_accounts_with_no_speaker(rules: Language) -> None:
    text = (
        "Dois homens foram presos. De acordo com o boletim de ocorrência, os suspeitos foram "
        "abordados em um carro. Segundo a ocorrência policial, o namorado negou o crime. "
        "Segundo a lei, o crime é grave."
    )
    found = quotes(rules, text)
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("os suspeitos foram abordados em um carro", "indirect", None),
        ("o namorado negou o crime", "indirect", None),
    ]


def test_the_corporation_is_the_force_named_before(rules: Language) -> None:
    text = (
        "O Corpo de Bombeiros resgatou um jacaré no campus. O animal não feriu ninguém, "
        "segundo a corporação."
    )
    assert speakers(rules, text, [("Corpo de Bombeiros", "ORG")]) == ["Corpo de Bombeiros"]


def test_a_name_without_its_middle_names_is_the_full_name(rules: Language) -> None:
    text = (
        "O perito Tufi Machado Soares analisou as provas. No entanto, o Tufi Soares ressalva "
        "que não é possível comparar todos os casos."
    )
    people = [("Tufi Machado Soares", "PER"), ("Tufi Soares", "PER")]
    assert speakers(rules, text, people) == ["Tufi Machado Soares"]


def test_a_name_set_off_after_a_role_is_the_sentence_subject(rules: Language) -> None:
    text = (
        "«Vamos cobrar o governador», afirmou Galileu. O prefeito de Itapecerica, Willer "
        "Reis, também esteve no encontro e informou que a falta do repasse vai comprometer "
        "os serviços."
    )
    assert speakers(rules, text, []) == ["Galileu", "Willer Reis"]


def test_an_organisation_a_model_cut_after_a_particle_gets_its_whole_name(
    rules: Language,
) -> None:
    text = (
        "Segundo a Associação dos Taxistas de Divinópolis, o número de motoristas não "
        "acompanha a população. A associação, no entanto, afirma que os pontos são poucos."
    )
    expected = ["Associação dos Taxistas de Divinópolis"] * 2
    assert speakers(rules, text, [("Associação dos", "ORG")]) == expected


def test_a_section_label_opening_a_paragraph_is_no_subject(rules: Language) -> None:
    text = (
        "O evento foi em Pequim.\nESTRATÉGICO - O embaixador da China no Brasil, Zhu "
        "Qingqiao, afirmou que o evento marca a cooperação.\nRETOMADA — O embaixador Eduardo "
        "Saboia abordou o relacionamento. «Nossos governos têm cooperado», disse."
    )
    people = [("Zhu Qingqiao", "PER"), ("Eduardo Saboia", "PER")]
    assert speakers(rules, text, people) == ["Zhu Qingqiao", "Eduardo Saboia"]


def test_a_heading_run_into_its_paragraph_is_no_subject(rules: Language) -> None:
    text = (
        '"Não podemos aceitar isso", disse Renan Calheiros. Críticas O senador Lindbergh '
        "Farias criticou a intervenção do presidente do Senado, Renan Calheiros. "
        '"Acredito que ele perdeu a chance de ficar calado", afirmou.'
    )
    people = [("Renan Calheiros", "PER"), ("Lindbergh Farias", "PER")]
    assert speakers(rules, text, people) == ["Renan Calheiros", "Lindbergh Farias"]


def test_a_name_a_model_ran_on_from_a_roles_body_speaks(rules: Language) -> None:
    # the model tags body and person as one organisation; the given name is in no list
    text = (
        "O motorista Daniel Semão ajudou as vítimas. Segundo o sargento do Corpo de "
        "Bombeiros Welder Alves Justino, eles não se machucaram. «A condutora está em "
        "choque», disse."
    )
    entities = [("Daniel Semão", "PER"), ("Corpo de Bombeiros Welder Alves Justino", "ORG")]
    assert speakers(rules, text, entities) == ["Welder Alves Justino"] * 2
    # a listed given name after the body's last word starts the name, not that word
    text = (
        "Maria Elizabeth Rocha afirma que as Forças Armadas cumprem ordens. Para a ministra "
        "do Superior Tribunal Militar Maria Elizabeth Rocha, os militares não são culpados."
    )
    entities = [
        ("Maria Elizabeth Rocha", "PER"),
        ("Superior Tribunal Militar Maria Elizabeth Rocha", "ORG"),
    ]
    assert speakers(rules, text, entities) == ["Maria Elizabeth Rocha"] * 2


def test_a_como_cue_closing_a_sentence_reports_it(rules: Language) -> None:
    text = (
        "Aeronaves particulares e lanchas são isentas de impostos como o IPVA, como lembra "
        "a professora da Fundação Getulio Vargas (FGV) Tathiane Piscitelli. «Há espaço para "
        "melhorar», avalia. A empresa fez o pagamento, como prevê a lei."
    )
    found = quotes(rules, text, people=("Tathiane Piscitelli",))
    assert [(q[0], q[1], q[2], q[3]) for q in found] == [
        (
            "Aeronaves particulares e lanchas são isentas de impostos como o IPVA",
            "indirect",
            "Tathiane Piscitelli",
            "lembra",
        ),
        ("Há espaço para melhorar", "direct", "Tathiane Piscitelli", "avalia"),
    ]


def test_a_closing_cue_reports_its_sentence_when_a_role_precedes_the_name(
    rules: Language,
) -> None:
    # "como lembra a prefeita Ana Souza", "segundo explica o compositor …, Arthur Vieira"
    text = (
        "Chuvas atingem a cidade. A obra atrasou por causa das chuvas de março, como "
        "lembra a prefeita Ana Souza. O “nome” da rua homenageia um antigo morador do "
        "bairro, segundo explica o compositor e vocalista do grupo, Arthur Vieira. Ele "
        "visitou o local."
    )
    found = quotes(rules, text, people=("Ana Souza", "Arthur Vieira"))
    assert [(q[0], q[2], q[3]) for q in found] == [
        ("A obra atrasou por causa das chuvas de março", "Ana Souza", "lembra"),
        ("O “nome” da rua homenageia um antigo morador do bairro", "Arthur Vieira", "explica"),
    ]


def test_a_role_adding_to_a_quote_is_who_just_spoke(rules: Language) -> None:
    # "acrescenta o analista" goes on with the speaker just quoted, not the analyst before
    text = (
        "«A esquerda mudou», observa o analista político Juan Carlos Tafur. «O presidente "
        "saiu fraco», afirma o cientista político Fernando Tuesta. «Ele terá de enfrentar a "
        "oposição», acrescenta o analista. «Há novos nomes», afirma o analista."
    )
    people = [("Juan Carlos Tafur", "PER"), ("Fernando Tuesta", "PER")]
    assert speakers(rules, text, people) == [
        "Juan Carlos Tafur",
        "Fernando Tuesta",
        "Fernando Tuesta",
        "Juan Carlos Tafur",
    ]


def test_a_cue_coordinated_past_quoted_words_shares_the_subject(rules: Language) -> None:
    text = (
        "O governador Geraldo Alckmin foi a São Paulo. «Ele é o líder», afirmou João Doria. "
        'Indagado pelo comentário, o governador paulista afirmou que fica "muito honrado" '
        "com o apoio e destacou que o prefeito também tem todas as condições."
    )
    people = [("João Doria", "PER"), ("Geraldo Alckmin", "PER")]
    assert speakers(rules, text, people) == ["João Doria", "Geraldo Alckmin", "Geraldo Alckmin"]


def test_a_role_told_apart_by_its_places_adjective(rules: Language) -> None:
    # "o governador paulista" is the governor of São Paulo, not the one of Goiás nor the
    # mayor who spoke last
    text = (
        "O governador de São Paulo, Geraldo Alckmin, e o governador de Goiás, Marconi "
        "Perillo, foram à convenção. «Ele é o líder», afirmou o prefeito João Doria. O "
        "governador paulista afirmou que fica honrado com o apoio."
    )
    people = [("Geraldo Alckmin", "PER"), ("Marconi Perillo", "PER"), ("João Doria", "PER")]
    assert speakers(rules, text, people) == ["João Doria", "Geraldo Alckmin"]


def test_demonyms_are_validated_on_load() -> None:
    assert parse_demonyms(["paulista: São Paulo"], "x") == {"paulista": {"são", "paulo"}}
    with pytest.raises(DataError, match="expected 'adjective: Place Name'"):
        parse_demonyms(["paulista São Paulo"], "demonyms.txt")


def test_someone_described_before_a_relative_clause_is_no_one_named(rules: Language) -> None:
    text = (
        "O servidor Cleiton Coutinho foi ferido. Outro servidor foi atingido no queixo. O "
        "homem, que não quis ter o nome revelado, disse que estava do lado de fora."
    )
    assert speakers(rules, text, [("Cleiton Coutinho", "PER")]) == [None]


def test_a_relative_clause_listing_names_is_no_subject(rules: Language) -> None:
    text = (
        "O advogado Ademar Rigueira, que representa Ricardo Carício, Taciana Costa e João "
        "Santos, disse que a decisão é um alento."
    )
    people = [("Ademar Rigueira", "PER"), ("Ricardo Carício", "PER"), ("Taciana Costa", "PER")]
    people.append(("João Santos", "PER"))
    assert speakers(rules, text, people) == ["Ademar Rigueira"]


def test_a_name_apposed_to_an_opening_description_is_the_subject(rules: Language) -> None:
    text = (
        "Cunha foi condenado. Um dos aliados de Cunha, que atuou no Conselho de Ética em "
        "2015, Carlos Marun (PMDB-MS) acredita que houve uma inversão. «Considero injusto», "
        "disse."
    )
    people = [("Cunha", "PER"), ("Cunha", "PER", 1), ("Carlos Marun", "PER")]
    assert speakers(rules, text, people) == ["Carlos Marun"]


def test_a_person_contrasted_after_mas_is_in_focus(rules: Language) -> None:
    # the apposition names a book: no subject of its own, and the text's only quote
    text = (
        "Muitas pessoas na indústria não gostam de reduzir o conceito a uma dieta, mas "
        "Louise Foxcroft, uma historiadora e escritora do livro Uma História da Dieta de "
        "Mais de 2000 anos, discorda. «Há diversas dietas para o público.» Rebekah Hall, "
        "fundadora da Botanic Lab, trabalhou no setor bancário."
    )
    assert speakers(rules, text, []) == ["Louise Foxcroft"]


def test_a_nationality_opening_the_sentence_is_no_part_of_the_name(rules: Language) -> None:
    text = (
        "Brasileiro Ivair Gontijo narra em livro sua participação na missão. «Precisamos "
        "tornar a ciência acessível», disse Gontijo."
    )
    people = [("Brasileiro Ivair Gontijo", "PER"), ("Gontijo", "PER", -1)]
    assert speakers(rules, text, people) == ["Ivair Gontijo"]


def test_a_cue_then_ao_and_an_infinitive_has_no_subject_after_it(rules: Language) -> None:
    text = (
        "Paulo Pimenta (PT-RS) brincou sobre o silêncio do empresário. «Quem consegue isso é "
        "poderoso», disse ao fazer referência à propaganda da Friboi, do grupo JBS."
    )
    entities = [("Paulo Pimenta", "PER"), ("Friboi", "ORG"), ("JBS", "ORG")]
    assert speakers(rules, text, entities) == ["Paulo Pimenta"]


def test_a_name_apposed_after_a_long_role_is_the_sentences_subject(rules: Language) -> None:
    # a role coordinated with another ("A arquiteta … e vice-presidente …"), or after an
    # opening phrase and a title ("…, deputado Carlos Marun (PMDB-MS), provocou")
    text = (
        "O engenheiro Ricardo Pina explicou a norma. A arquiteta urbanista e "
        "vice-presidente da Associação Brasileira dos Escritórios de Arquitetura (AsBEA), "
        "Adriana Levisky, ressalta o papel do profissional. «Somos um país urbano.» Joesley "
        "Batista depôs. Logo no início da oitiva, o relator da CPI e um dos defensores do "
        "governo, deputado Carlos Marun (PMDB-MS), provocou o empresário. «O senhor não é "
        "tão bandido», afirmou."
    )
    people = [("Ricardo Pina", "PER"), ("Adriana Levisky", "PER"), ("Joesley Batista", "PER")]
    people.append(("Carlos Marun", "PER"))
    assert speakers(rules, text, people) == ["Adriana Levisky", "Carlos Marun"]


def test_a_comptroller_and_a_building_manager_are_roles(rules: Language) -> None:
    text = (
        "A Controladoria-Geral do Distrito Federal investiga o caso. «Foi uma ligação "
        "indevida», disse ao G1 o controlador-geral do Distrito Federal, Henrique Ziller. O "
        "síndico Humberto Pellegrini reclama. «Peguei uma bucha», diz o síndico."
    )
    entities = [("Controladoria-Geral do Distrito Federal", "ORG"), ("Henrique Ziller", "PER")]
    entities.append(("Humberto Pellegrini", "PER"))
    assert speakers(rules, text, entities) == ["Henrique Ziller", "Humberto Pellegrini"]


def test_a_surname_is_the_first_bearers_not_a_longer_name_of_another(rules: Language) -> None:
    # "Néstor Óscar Zuppa" is longer, but another person: "Zuppa" is still Luciano
    text = (
        "Luciano Zuppa bebe uma cerveja. Zuppa é filho de desaparecidos. Em 1976, homens "
        "levaram Néstor Óscar Zuppa e Irene Scala, seus pais. «O esqueleto estava em "
        "perfeito estado», conta Zuppa."
    )
    people = [("Luciano Zuppa", "PER"), ("Zuppa", "PER", 1), ("Néstor Óscar Zuppa", "PER")]
    people += [("Irene Scala", "PER"), ("Zuppa", "PER", -1)]
    assert speakers(rules, text, people) == ["Luciano Zuppa"]


def test_someone_unnamed_before_a_reflexive_verb_asks_the_coordinated_cue(
    rules: Language,
) -> None:
    # "um garçom se aproxima e pergunta se": the waiter asks, no one named
    text = (
        "Luciano Zuppa bebe uma cerveja no bar. Pela segunda vez, um garçom se aproxima e "
        "pergunta se ele deseja algo mais."
    )
    assert speakers(rules, text, [("Luciano Zuppa", "PER")]) == [None]


def test_a_verb_opening_a_sentence_before_a_comma_is_no_name(rules: Language) -> None:
    # a weak model tags "Gesticulou" and "Casada" as people
    text = (
        "O advogado Antonio Castro subiu o tom. Gesticulou, mirou os ministros e brincou. "
        "«Posso dizer que foram tantas emoções.» Geralda Dias mora em Goiás. Casada, criou "
        "sete filhos. «Ele quis voltar, mas eu já não o queria.»"
    )
    people = [("Antonio Castro", "PER"), ("Gesticulou", "PER"), ("Geralda Dias", "PER")]
    people.append(("Casada", "PER"))
    assert speakers(rules, text, people) == ["Antonio Castro", "Geralda Dias"]


def test_a_sentence_adverb_a_model_tags_is_no_speaker(rules: Language) -> None:
    text = (
        "«A gente considera o celibato um florescimento», afirma Sri Prem Baba. Afinal, "
        "diz, «tudo aquilo que é proibido acaba sendo mais desejado»."
    )
    people = [("Sri Prem Baba", "PER"), ("Afinal", "PER")]
    assert speakers(rules, text, people) == ["Sri Prem Baba", "Sri Prem Baba"]


def test_those_heard_by_an_outlet_speak_not_the_outlet(rules: Language) -> None:
    text = (
        "O ministro Marco Aurélio falou ontem. Técnicos do STF ouvidos pelo G1 disseram que "
        "a decisão pode demorar."
    )
    entities = [("Marco Aurélio", "PER"), ("STF", "ORG", 0), ("G1", "ORG")]
    assert speakers(rules, text, entities) == [None]
    # no one the lexicon knows: the statement stays, by someone unnamed
    text = (
        "O governo liberou verbas. Especialistas na questão penitenciária ouvidos pelo G1 "
        "avaliaram que os recursos não são suficientes."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [("os recursos não são suficientes", None)]


def test_a_pull_quotes_credit_line_is_no_part_of_the_name(rules: Language) -> None:
    text = (
        "O presidente visitou a fábrica em Uberaba.\n«Nós queremos deixar de ser importador»"
        " Luiz Inácio Lula da Silva Presidente da República\n«A vinda da empresa gera "
        "empregos aqui dentro», disse Lula. O prefeito Willer Rodrigues Reis também falou."
    )
    found = speakers(rules, text, [])
    assert found[-1] == "Luiz Inácio Lula da Silva"


def test_a_name_after_a_long_role_over_a_body_with_a_list_is_the_subject(
    rules: Language,
) -> None:
    text = (
        "O encontro acaba amanhã.\n\nA diretora de Desenvolvimento da Rede Federal de "
        "Educação Profissional, Científica e Tecnológica, Carla Jardim, destacou que o "
        "encontro é um espaço de discussão."
    )
    assert speakers(rules, text, []) == ["Carla Jardim"]


def test_the_government_is_the_body_the_text_named_fullest_before(rules: Language) -> None:
    text = (
        "O governo federal recorreu da decisão. Segundo o governo, o afastamento não resolve "
        "o problema. Um integrante do governo disse que a reunião foi boa."
    )
    assert speakers(rules, text, []) == ["governo federal", None]


def test_the_city_hall_no_name_stands_for_is_the_city_hall(rules: Language) -> None:
    text = "Centenas de famílias vivem na cidade. Conforme a prefeitura, faltam abrigos."
    assert speakers(rules, text, []) == ["prefeitura"]


def test_a_role_over_a_body_with_its_own_adjective_keeps_the_apposed_name(
    rules: Language,
) -> None:
    text = (
        "O presidente Xi Jinping enviou uma carta. O presidente do conselho curador do "
        "Cebri, José Pio Borges, classificou o momento como importante. «Nos reunimos "
        "para comemorar», afirmou."
    )
    assert speakers(rules, text, [("Xi Jinping", "PER"), ("José Pio Borges", "PER")]) == [
        "José Pio Borges"
    ]


def test_a_long_role_with_a_body_and_its_initials_introduces_the_next_speaker(
    rules: Language,
) -> None:
    text = (
        "«Tivemos avanços», destacou o diretor do PNI, Eder Gatti. Coordenadora Geral de "
        "Laboratórios da Secretaria de Vigilância em Saúde e Ambiente (SVSA), Marilia Santine "
        "de Oliveira, destaca a relevância da vigilância. «É crucial mantermos a vigilância», "
        "explicou."
    )
    people = [("Eder Gatti", "PER"), ("Marilia Santine de Oliveira", "PER")]
    assert speakers(rules, text, people) == ["Eder Gatti", "Marilia Santine de Oliveira"]


def test_adjectives_listed_in_a_body_name_are_not_the_apposed_name(rules: Language) -> None:
    text = (
        "A diretora de Desenvolvimento da Rede Federal de Educação Profissional, Científica "
        "e Tecnológica, Carla Jardim, abriu o encontro. «Quero ressaltar a importância dos "
        "pesquisadores», disse a diretora."
    )
    assert speakers(rules, text, [("Carla Jardim", "PER")]) == ["Carla Jardim"]


def test_parse_path_a_section_label_a_model_joined_to_the_name_is_left_out() -> None:
    """An ORG over "Equidade – Camilo Santana": the subject is the name after the dash."""
    nlp = spacy.blank("pt")
    words = ["Equidade", "–", "Camilo", "Santana", "destacou", "que", "a", "meta", "é"]
    words += ["alta", "."]
    heads = [4, 0, 0, 2, 4, 9, 7, 9, 9, 4, 4]
    deps = ["nsubj", "punct", "appos", "flat:name", "ROOT", "mark", "det", "nsubj", "cop"]
    deps += ["ccomp", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "AUX"]
    pos += ["ADJ", "PUNCT"]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG"] + ["O"] * 7
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("a meta é alta", "Camilo Santana")


def test_parse_path_the_body_of_a_role_a_model_swept_into_the_name_is_left_out() -> None:
    """A PER over "Nasa Pedro Parness" after "O pesquisador da": the person is Pedro Parness."""
    nlp = spacy.blank("pt")
    words = ["O", "pesquisador", "da", "Nasa", "Pedro", "Parness", "diz", "que", "o", "robô"]
    words += ["sobe", "."]
    heads = [1, 5, 3, 1, 5, 6, 6, 10, 9, 10, 6, 6]
    deps = ["det", "nmod", "case", "nmod", "flat:name", "nsubj", "ROOT", "mark", "det"]
    deps += ["nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "SCONJ", "DET", "NOUN"]
    pos += ["VERB", "PUNCT"]
    ents = ["O"] * 3 + ["B-PER", "I-PER", "I-PER"] + ["O"] * 6
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("o robô sobe", "Pedro Parness")


def test_a_role_over_a_body_matches_the_body_by_the_initials_it_was_given(
    rules: Language,
) -> None:
    text = (
        "O presidente da Confederação Brasileira de Futebol (CBF), Ednaldo Rodrigues, "
        "participou da reunião. «Vamos sediar a Copa», afirmou o presidente Lula. Já o "
        "presidente da CBF afirmou que a entidade está confiante."
    )
    people = [("Ednaldo Rodrigues", "PER"), ("Lula", "PER")]
    assert speakers(rules, text, people) == ["Lula", "Ednaldo Rodrigues"]


def test_a_photo_credit_glued_to_the_next_word_names_no_one_else(rules: Language) -> None:
    text = (
        "Os dados foram confirmados pela secretária de Vigilância em Saúde e Ambiente, "
        "Ethel Maciel, em entrevista. Ela reforçou que não é o momento de baixar a guarda."
        "\n\nNathan VictorMinistério da Saúde\n"
    )
    people = [
        ("Saúde", "PER"),
        ("Ethel Maciel", "PER"),
        ("Nathan VictorMinistério da Saúde", "PER"),
    ]
    assert speakers(rules, text, people) == ["Ethel Maciel"]


def test_an_abstract_noun_opening_a_sentence_is_nobody(rules: Language) -> None:
    text = (
        "Colisão deixou dois feridos na rodovia. Em conversa com os policiais, ele contou "
        "que teria ingerido quatro latinhas de cerveja. Conceição disse que viu tudo."
    )
    people = [("Colisão", "PER"), ("Conceição", "PER")]
    assert speakers(rules, text, people) == [None, "Conceição"]


def test_a_verb_opening_a_sentence_is_nobody(rules: Language) -> None:
    # "Aumentou alguma coisa?": a preterite a model tagged as a person, no one in focus;
    # "Atuando sempre …" the same for a gerund
    text = (
        "Aumentou alguma coisa no mercado? Ele disse que não sabe. Atuando sempre junto "
        "de outros, Sandra Lima falou depois. Ela afirmou que tudo mudou."
    )
    people = [("Aumentou", "PER"), ("Atuando", "PER"), ("Sandra Lima", "PER")]
    assert speakers(rules, text, people) == [None, "Sandra Lima"]


def test_the_name_set_off_after_a_source_role_is_the_speaker_not_the_clause(
    rules: Language,
) -> None:
    text = (
        "Os motoristas terão que ficar atentos no cruzamento, segundo o superintendente de "
        "Trânsito, Ulisses Lamas. De acordo com um dos diretores da peça, Iury Laudrup, o "
        "trabalho foi regionalizado."
    )
    found = quotes(rules, text, people=("Ulisses Lamas", "Iury Laudrup"))
    assert [(q[0], q[2]) for q in found] == [
        ("Os motoristas terão que ficar atentos no cruzamento", "Ulisses Lamas"),
        ("o trabalho foi regionalizado", "Iury Laudrup"),
    ]


def test_a_resident_of_a_named_district_is_the_person_in_focus(rules: Language) -> None:
    text = (
        "Hélio Amaral, de 40 anos, aproveitou o dia de sol para pescar na lagoa. "
        "«Viemos de bicicleta umas 7h», disse o morador do bairro Congós."
    )
    assert speakers(rules, text, [("Hélio Amaral", "PER")]) == ["Hélio Amaral"]


def test_a_name_opening_a_clause_after_a_role_is_no_apposition(rules: Language) -> None:
    text = (
        "Elba Ramalho lançou um disco. Elba gravou em casa. No universo afetivo da cantora, "
        "Dominguinhos é "
        "obrigatório. «Sou preguiçosa para compor», diz a cantora."
    )
    people = [("Elba Ramalho", "PER"), ("Elba", "PER", 1), ("Dominguinhos", "PER")]
    assert speakers(rules, text, people) == ["Elba Ramalho"]


def test_a_named_account_is_by_the_body_it_names_or_by_no_one(rules: Language) -> None:
    text = (
        "De acordo com o Registro de Evento de Defesa Social da Polícia Militar, o teste "
        "deu positivo. De acordo com o Boletim Epidemiológico de Hanseníase, foram "
        "registrados 174 mil casos."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [
        ("o teste deu positivo", "Polícia Militar"),
        ("foram registrados 174 mil casos", None),
    ]


def test_a_generic_body_far_from_its_name_is_the_last_body_named(rules: Language) -> None:
    filler = "A campanha vai circular em todo o país durante o verão. " * 7
    text = (
        "Artistas apoiam a campanha do Ministério da Saúde. Os vídeos foram gravados no RJ. "
        + filler
        + "A pasta sugere que o cidadão separe dez minutos por semana."
    )
    bodies = [("Ministério da Saúde", "ORG"), ("RJ", "ORG")]
    assert speakers(rules, text, bodies) == ["Ministério da Saúde"]


def test_find_quotations_takes_a_pull_quote_closed_before_its_credit() -> None:
    text = (
        "Alckmin falou na abertura.\nA China é o maior parceiro comercial do Brasil e a "
        'amizade só se consolida" Geraldo Alckmin, presidente da República em exercício\n'
        'Os dois países assinaram acordos. A sigla EEE"EEE foi citada.\n'
    )
    found = [text[q.start : q.end] for q in find_quotations(text)]
    assert found == ["A China é o maior parceiro comercial do Brasil e a amizade só se consolida"]


def test_a_lowercase_role_with_a_capitalised_title_keeps_the_apposed_name(
    rules: Language,
) -> None:
    text = (
        "O secretário Nacional de Segurança Pública do MJSP, Mário Sarrubbo, ressaltou a "
        "importância da prevenção. «Não podemos esperar», disse. O ministro do "
        "Desenvolvimento e Assistência Social, Família e Combate à Fome, Wellington Dias, "
        "destacou o apoio. «Estamos aqui para servir», afirmou."
    )
    people = [("Mário Sarrubbo", "PER"), ("Wellington Dias", "PER")]
    assert speakers(rules, text, people) == ["Mário Sarrubbo", "Wellington Dias"]


def test_a_long_source_role_with_a_place_aside_still_names_its_person(rules: Language) -> None:
    text = (
        "Para a agricultora familiar e líder da juventude do Polo da Borborema, em "
        "Queimadas na Paraíba, Adailma Ezequiel, a agricultura familiar é um caminho."
    )
    found = quotes(rules, text, people=("Adailma Ezequiel",))
    assert [(q[0], q[2]) for q in found] == [
        ("a agricultura familiar é um caminho", "Adailma Ezequiel")
    ]


def test_a_body_name_joined_by_a_and_e_a_keeps_the_apposed_name(rules: Language) -> None:
    text = (
        "A pesquisa foi divulgada pelo IBGE. A secretária Extraordinária de Combate à Fome e "
        "à Pobreza, Valéria Burity, avaliou os avanços apontados pela Pesquisa Nacional por "
        "Amostra de Domicílios Contínua. «Estamos criando um sistema de vigilância», disse."
    )
    assert speakers(rules, text, [("Valéria Burity", "PER")]) == ["Valéria Burity"]


def test_a_pronoun_is_resolved_past_the_guess_made_for_it_as_a_subject(
    rules: Language,
) -> None:
    """The history may hold a guess for the pronoun itself (made when sentence subjects
    were collected, before the quotes' speakers were known); the quote's pronoun is
    resolved from what comes before it, not from that guess."""
    text = "Maria Cintra de Melo chegou. Ela explica que o tema é bom."
    doc = tagged(rules, text, [("Maria Cintra de Melo", "PER")])
    extractor = rules.get_pipe("newsnlp_quotes")
    resolver = SpeakerResolver(doc, extractor.nouns, extractor.verbs)
    pronoun = next(t.i for t in doc if t.text == "Ela")
    resolver.add(
        Referent(pronoun, "Sedigi", None, False, False, Mention(pronoun, pronoun + 1, "pronoun"))
    )
    found = resolver.referent(Mention(pronoun, pronoun + 1, "pronoun"), pronoun + 1)
    assert found.name == "Maria Cintra de Melo"


def test_a_capitalised_title_in_an_apposition_is_not_the_name(rules: Language) -> None:
    text = (
        "Fábio Campos, vice-presidente Institucional da Azul, enfatizou que a companhia "
        "investe na região."
    )
    entities = [("Fábio Campos", "PER"), ("Institucional da Azul", "PER")]
    assert speakers(rules, text, entities) == ["Fábio Campos"]


def test_a_source_role_ending_in_a_list_still_names_its_person(rules: Language) -> None:
    text = (
        "Na avaliação do especialista brasileiro de impactos, vulnerabilidade e adaptação, "
        "Diogo Santos, o país enfrenta desafios adicionais."
    )
    found = quotes(rules, text, people=("Diogo Santos",))
    assert [(q[0], q[2]) for q in found] == [
        ("o país enfrenta desafios adicionais", "Diogo Santos")
    ]


def test_a_place_name_run_stops_at_the_person_tagged_after_it(rules: Language) -> None:
    text = (
        "“Estamos vivendo ondas de calor”, explica a pesquisadora da Universidade Federal "
        "do Rio de Janeiro Andréa Souza Santos. “A agenda de adaptação ficou em segundo "
        "plano”, afirma Santos."
    )
    entities = [
        ("Universidade Federal do Rio", "ORG"),  # as a weak recogniser cuts it
        ("Andréa Souza Santos", "PER"),
        ("Santos", "PER", -1),
    ]
    assert speakers(rules, text, entities) == ["Andréa Souza Santos"] * 2


def test_sources_in_roles_with_sub_and_first_lady_and_another_one(rules: Language) -> None:
    # "subsecretário" joins "sub" unhyphenated; "outra comunitária, dona …" is the next
    # one quoted, not a comparison ("Para outro ministro, isso …" names no one)
    text = (
        "Para o subsecretário de Esportes, Júlio Cezar Nunes, a reunião foi boa.\n\n"
        "Segundo a primeira-dama Janja da Silva, o Brasil voltou a avançar.\n\n"
        "Para outra comunitária, dona Raimunda Moraes, a chegada do projeto é boa.\n\n"
        "Para outro ministro, isso seria impossível."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [
        ("a reunião foi boa", "Júlio Cezar Nunes"),
        ("o Brasil voltou a avançar", "Janja da Silva"),
        ("a chegada do projeto é boa", "Raimunda Moraes"),
    ]


def test_a_sources_body_after_the_name_reaches_the_comma(rules: Language) -> None:
    text = "Para Camila Sande da CNA, o calendário facilitará a promoção comercial."
    assert [(q[0], q[2]) for q in quotes(rules, text)] == [
        ("o calendário facilitará a promoção comercial", "Camila Sande")
    ]


def test_an_accounts_author_may_carry_initials_and_a_description(rules: Language) -> None:
    text = (
        "Segundo levantamento do Instituto Nacional de Meteorologia (Inmet), nove meses "
        "tiveram médias acima da história.\n\nO valor é 79% maior do que em 2023, segundo "
        "levantamento do FNDE, autarquia vinculada ao MEC."
    )
    doc = tagged(rules, text, [("Instituto Nacional de Meteorologia", "ORG"), ("FNDE", "ORG")])
    assert [(q.text, q._.speaker) for q in doc.spans["quotes"]] == [
        ("nove meses tiveram médias acima da história", "Instituto Nacional de Meteorologia"),
        ("O valor é 79% maior do que em 2023", "FNDE"),
    ]


def test_a_need_is_no_cue_before_a_closing_cue(rules: Language) -> None:
    # "precisa rediscutir" needs: no cue of its own before ", afirma Dario Durigan"
    text = "O país precisa rediscutir gastos, afirma Dario Durigan."
    found = quotes(rules, text)
    assert [(q[0], q[2], q[3]) for q in found] == [
        ("O país precisa rediscutir gastos", "Dario Durigan", "afirma")
    ]


def test_a_bodys_name_listing_several_parts_keeps_the_apposed_name(rules: Language) -> None:
    # ", Indústria, Comércio e Serviços (MDIC), Geraldo Alckmin": parts of the body's
    # name; ", senador Carlos Viana": a title before the name
    text = (
        "O vice-presidente e ministro do Desenvolvimento, Indústria, Comércio e Serviços "
        "(MDIC), Geraldo Alckmin, defendeu o texto. «Ninguém tem isso», ressalta o "
        "ministro.\n\nA audiência foi conduzida pelo presidente da Comissão de Ciência, "
        "Tecnologia, Inovação e Informática (CCT), senador Carlos Viana (Podemos-MG). "
        "«Estamos aqui pela pesquisa»."
    )
    assert speakers(rules, text, []) == ["Geraldo Alckmin", "Carlos Viana"]


def test_a_closing_cues_long_role_ends_in_the_name(rules: Language) -> None:
    # a description of more than one body before the name; a body listing its parts
    # with "no"; "finalizou" closes a quote
    text = (
        "O curso é uma parceria com a Escola Nacional de Administração Pública (Enap).\n\n"
        "«A seleção é importante», afirma a coordenadora de Informação e Indicadores "
        "Culturais da Diretoria de Desenvolvimento Econômico da Sefic, Jéssica Afonso.\n\n"
        "«O perfil é bom», explicou a coordenadora-geral do Departamento de Qualidade, "
        "Sustentabilidade e Ações Climáticas no Turismo do MTur, Renata Sanches.\n\n"
        "«Considero a assinatura importante», finalizou o presidente do CNJ, ministro Luís "
        "Roberto Barroso."
    )
    assert speakers(rules, text, [("Enap", "ORG")]) == [
        "Jéssica Afonso",
        "Renata Sanches",
        "Luís Roberto Barroso",
    ]


def test_the_parts_of_a_bodys_name_are_no_people(rules: Language) -> None:
    # "Futuro Sustentável", "Superação do Racismo": an adjective and an abstract noun no
    # person's name holds or opens on; "Nailza Porto" is a person
    text = (
        "O ministro participou do seminário Futuro Sustentável, em Belém. Participou a "
        "secretária de Ações Afirmativas, Combate e Superação do Racismo, Márcia Lima, e "
        "Nailza Porto, da equipe do instituto."
    )
    doc = tagged(rules, text, [])
    extractor = rules.get_pipe("newsnlp_quotes")
    resolver = SpeakerResolver(doc, extractor.nouns, extractor.verbs)
    people = [" ".join(words) for _, words in resolver.names.people]
    assert people == ["Márcia Lima", "Nailza Porto"]


def test_a_dashed_list_a_colon_announces_is_no_dialogue(rules: Language) -> None:
    text = (
        "Quem teve dengue não pode doar sangue por um tempo, de acordo com os critérios "
        "abaixo:\n\n- Pessoas que tiveram dengue comum devem aguardar 30 dias.\n\n"
        "- Pessoas que tiveram dengue grave devem aguardar 180 dias.\n\n"
        "Imagino a seguinte conversa entre dois adeptos:\n\n- O Chelsea não merecia "
        "ter empatado.\n\n- Pois não. A primeira parte foi má."
    )
    assert [q[0] for q in quotes(rules, text)] == [
        "O Chelsea não merecia ter empatado.",
        "Pois não. A primeira parte foi má.",
    ]


def test_an_faqs_numbered_steps_are_no_interview(rules: Language) -> None:
    text = (
        "Servir ao público vai muito além do nosso dever.\n\nComo participar?\n\n1. É bem "
        "simples, basta registrar uma doação no nosso site.\n\nPor que os OKRs são "
        "essenciais?\n\n1. Foco: eles direcionam os nossos esforços."
    )
    assert quotes(rules, text) == []


def test_a_preposition_opening_a_sentence_is_no_speaker(rules: Language) -> None:
    text = (
        "O decreto foi assinado.\n\nDurante entrevista, o ministro da Casa Civil, Rui Costa "
        "destacou a importância do decreto. «É um avanço», disse."
    )
    assert speakers(rules, text, [("Rui Costa", "PER")]) == ["Rui Costa"]


def test_an_interview_printed_as_headed_sections_is_the_interviewees(rules: Language) -> None:
    # sections headed by their topic in capitals, in the first person and without
    # marks, are the interviewee's; a release's headed sections quoting people are not
    text = (
        "A ministra Sonia Guajajara deu entrevista ao programa. Confira os trechos:\n"
        "ABRIL INDÍGENA - O abril é conhecido como o mês em que nós nos mobilizamos.\n"
        "FUNAI - A Funai trabalha com um quadro defasado e nós vamos mudar isso.\n"
        "CONSELHO NACIONAL - Neste ano, nós instalamos o conselho."
    )
    found = quotes(rules, text, people=("Sonia Guajajara",))
    assert [(q[1], q[2]) for q in found] == [("direct", "Sonia Guajajara")] * 3
    release = (
        "O vice-presidente visitou Pequim.\nCOSBAN – A comissão terá sua sessão em junho.\n"
        "COMÉRCIO – O comércio cresceu 20% no ano.\nINVESTIMENTOS – Os nossos países "
        "investem «em parceria», disse ele."
    )
    assert all(q[1] != "direct" or q[0] == "em parceria" for q in quotes(rules, release))


def test_a_rank_between_the_role_and_the_name(rules: Language) -> None:
    # "…, Tenente-Brigadeiro do Ar Name": the rank is no part of the role's apposed name
    text = (
        "O secretário de Pessoal da Defesa, Tenente-Brigadeiro do Ar Heraldo Rodrigues, "
        "visitou a escola. O aluno Pedro Souza recebeu um prêmio. Depois, o secretário "
        "de Pessoal disse que o projeto vai crescer."
    )
    people = [("Heraldo Rodrigues", "PER"), ("Pedro Souza", "PER")]
    assert speakers(rules, text, people) == ["Heraldo Rodrigues"]


def test_a_gerund_cue_after_an_inverted_cue_is_its_speakers(rules: Language) -> None:
    text = (
        "– Isso é bacana de ouvir de jogador – comentou Taffarel, lembrando que Tite "
        "vai escolher o titular."
    )
    found = quotes(rules, text, people=("Taffarel", "Tite"))
    assert ("Tite vai escolher o titular", "indirect", "Taffarel", "lembrando", "Taffarel") in found


def test_a_role_is_not_the_only_person_tagged_when_another_spoke(rules: Language) -> None:
    # "Grava" is untagged, "Célio" tagged: "o médico" is the one who spoke, not Célio
    text = (
        "Grava disse que os dois sofreram lesões. O problema de Célio está no lado "
        "interno. O médico negou que esteja tratando mais alguém."
    )
    assert speakers(rules, text, [("Célio", "PER")]) == ["Grava", "Grava"]


def test_a_sentence_opening_on_a_persons_case_makes_them_the_topic(rules: Language) -> None:
    text = (
        "O ex-secretário Dário Saadi é alvo de uma ação. No caso de Hélio, a ação toma "
        "como base as contas. Ele nega irregularidades e diz que as contas foram aprovadas."
    )
    found = speakers(rules, text, [("Dário Saadi", "PER"), ("Hélio", "PER")])
    assert found == ["Hélio"]


def test_a_closing_source_with_a_public_servants_role_and_name(rules: Language) -> None:
    text = (
        "A inclusão dos assentamentos visa a redução do desmatamento, de acordo com o "
        "servidor da Divisão de Gestão Ambiental do Incra, Ricardo Bressan."
    )
    found = quotes(rules, text, people=("Ricardo Bressan",))
    assert [(q[1], q[2]) for q in found] == [("indirect", "Ricardo Bressan")]
    assert found[0][0].startswith("A inclusão dos assentamentos")


def test_a_capitalised_verb_opening_a_sentence_is_no_speaker(rules: Language) -> None:
    text = (
        "Os autores Carlos Baigorri e Alexandre Freire analisam o tema. Concluem "
        "destacando que é preciso enfrentar o problema dos postes."
    )
    people = ("Carlos Baigorri", "Alexandre Freire")
    assert [q[2] for q in quotes(rules, text, people=people)] != ["Concluem"]


def test_long_roles_listing_bodies_before_the_name(rules: Language) -> None:
    # the body's initials, then the name with no comma; a second list inside the role
    text = (
        "Segundo a Diretora de Avaliação, Monitoramento e Gestão da Informação (DAMGI) "
        "Tatiana Dias, esse informe ajudará a recuperar a memória."
    )
    found = quotes(rules, text, people=("Tatiana Dias",))
    assert [(q[0], q[2]) for q in found] == [
        ("esse informe ajudará a recuperar a memória", "Tatiana Dias")
    ]
    text = (
        "Segundo o diretor de Transformação Digital, Inovação e Novos Negócios da "
        "Secretaria de Desenvolvimento Industrial, Inovação, Comércio e Serviços do MDIC, "
        "Luiz Gondin, os programas são abertos para negócios."
    )
    found = quotes(rules, text, people=("Luiz Gondin",))
    assert [(q[0], q[2]) for q in found] == [
        ("os programas são abertos para negócios", "Luiz Gondin")
    ]


def test_a_document_noun_inside_the_quote_is_not_its_cues_subject(rules: Language) -> None:
    # «… O projeto incentiva …», afirma: dropped subject, the last speaker, not the
    # project's author
    text = (
        "O programa foi lançado, disse o diretor do Incra, Ricardo Bressan. “Começamos "
        "um ciclo novo. O projeto do Instituto Nacional de Pesquisas incentiva uma "
        'economia limpa", afirma.'
    )
    found = quotes(rules, text, people=("Ricardo Bressan",))
    assert [(q[1], q[2]) for q in found] == [
        ("indirect", "Ricardo Bressan"),
        ("direct", "Ricardo Bressan"),
    ]


def test_a_body_named_with_a_hyphenated_head_is_what_its_noun_stands_for(rules: Language) -> None:
    text = (
        "A Procuradoria-Regional Federal da 4ª Região atuou no caso. A procuradoria "
        "destacou que a negligência do proprietário colocou o prédio em risco."
    )
    doc = tagged(rules, text, [("Procuradoria-Regional Federal", "ORG")])
    assert [s._.speaker for s in doc.spans["quotes"]] == [
        "Procuradoria-Regional Federal da 4ª Região"
    ]


def test_a_role_with_a_lowercase_adjective_before_the_name(rules: Language) -> None:
    # "o procurador federal Mauro Nogueira" introduces him as "procurador federal", so
    # "o procurador federal" is he, not one introduced later with a longer role
    text = (
        "O tema foi discutido pelo procurador federal Mauro Nogueira. O procurador "
        "federal disse que a IA ajuda. Amanhã fala o procurador federal da Fazenda "
        "Nacional, João Grognet."
    )
    people = [("Mauro Nogueira", "PER"), ("João Grognet", "PER")]
    assert speakers(rules, text, people) == ["Mauro Nogueira"]


def test_a_name_no_list_knows_after_a_listed_body(rules: Language) -> None:
    text = (
        "Segundo o Consultor Federal em Educação, Ciência, Tecnologia e Inovação, Jezihel "
        "Pena Lima, o parecer demonstra que a lei pode ser aplicada."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found][:1] == [
        ("o parecer demonstra que a lei pode ser aplicada", "Jezihel Pena Lima")
    ]


def test_a_roles_article_rules_out_someone_of_the_other_gender(rules: Language) -> None:
    text = (
        "Na avaliação da cientista política Carla Quaresma, a campanha é atípica. Para o "
        "também cientista político Cleyton Monte, a disputa será dura. Na visão da "
        "cientista social, porém, é difícil que os candidatos avancem."
    )
    people = [("Carla Quaresma", "PER"), ("Cleyton Monte", "PER")]
    assert speakers(rules, text, people)[-1] == "Carla Quaresma"


def test_a_name_a_model_cut_in_two_is_one_name(rules: Language) -> None:
    text = (
        "O procurador-geral do Trabalho, José de Lima Ramos Pereira, assinou o acordo. "
        "«O Ministério Público e a sociedade estão juntos», disse."
    )
    people = [("José de Lima", "PER"), ("Ramos Pereira", "PER")]
    assert speakers(rules, text, people) == ["José de Lima Ramos Pereira"]


def test_a_programme_named_with_a_possessive_is_no_speaker(rules: Language) -> None:
    text = (
        "O ministro Jader Filho ofereceu orientações, conforme as regras do programa "
        "Minha Casa, Minha Vida (MCMV). «Vamos contratar as casas de vocês», disse."
    )
    people = [("Jader Filho", "PER"), ("Minha Casa", "PER"), ("Minha Vida", "PER")]
    doc = tagged(rules, text, people)
    assert [(q._.quote_kind, q._.speaker) for q in doc.spans["quotes"]] == [
        ("direct", "Jader Filho")
    ]


def test_a_source_phrase_citing_a_norm_reports_nothing(rules: Language) -> None:
    text = (
        "Conforme as regras do programa Bolsa Verde, os candidatos devem se inscrever até "
        "sexta. Segundo a lei, as provas serão em maio. Segundo a diretora Ana Lima, as "
        "provas serão difíceis."
    )
    found = quotes(rules, text, people=("Ana Lima", "Bolsa Verde"))
    assert [(q[0], q[2]) for q in found] == [("as provas serão difíceis", "Ana Lima")]


def test_parse_path_a_place_after_no_is_no_subject() -> None:
    """A weak parser's "nsubj" on "Planalto" of "X, presente no Palácio do Planalto,
    explicou": a phrase after "no" is a complement; the name before the aside speaks."""
    nlp = spacy.blank("pt")
    words = ["Maria", "Guarezi", ",", "presente", "no", "Palácio", "do", "Planalto", ","]
    words += ["explicou", "que", "a", "lei", "fortalece", "a", "rede", "."]
    heads = [9, 0, 3, 0, 3, 9, 7, 5, 9, 9, 13, 12, 13, 9, 15, 13, 9]
    deps = ["dep", "flat:name", "punct", "amod", "advmod", "nsubj", "case", "nmod", "punct"]
    deps += ["ROOT", "mark", "det", "nsubj", "ccomp", "det", "obj", "punct"]
    ents = ["B-PER", "I-PER", "O", "O", "O", "B-LOC", "I-LOC", "I-LOC"] + ["O"] * 9
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    extractor = nlp.add_pipe("newsnlp_quotes")
    (span,) = extractor(doc).spans["quotes"]
    assert (span.text, span._.speaker) == ("a lei fortalece a rede", "Maria Guarezi")


def test_a_quote_box_credited_in_capitals(rules: Language) -> None:
    text = (
        "A ministra falou do programa.\n“São iniciativas que estamos tomando para "
        "equipar o Brasil” LUCIANA SANTOS Ministra da Ciência\nO texto continua."
    )
    found = quotes(rules, text)
    assert [(q[1], q[2], q[4]) for q in found] == [("direct", "Luciana Santos", "LUCIANA SANTOS")]


def test_a_verb_in_ita_after_a_body_noun_is_no_gentilic(rules: Language) -> None:
    # "a revista cita que": not the "revista cita" as "o governo britânico" is one body
    text = (
        "A revista cita que Bianca se tornou uma sensação.\n\n«Agora, com o seu novo "
        "single, a cantora constrói o seu nome», diz a revista."
    )
    assert all("cita" not in (name or "") for name in speakers(rules, text, []))


def test_a_verb_no_list_knows_with_a_role_and_its_name_closing_the_sentence(
    rules: Language,
) -> None:
    text = (
        "«Os dados mostram uma diversidade de territórios», analisa o diretor de "
        "Estatísticas Educacionais do Inep, Carlos Eduardo Moreno."
    )
    found = quotes(rules, text, people=("Carlos Eduardo Moreno",))
    assert [(q[2], q[3]) for q in found] == [("Carlos Eduardo Moreno", "analisa")]


def test_roles_over_a_body_named_after_e_and_over_the_place_served(rules: Language) -> None:
    # "diretora de Combate à Fome e Gestão do Sisan" is one role; so is "embaixador do
    # Canadá no Brasil", whose apposed name introduces him
    text = (
        "A diretora Luiza Trabuco falou. A diretora de Combate à Fome e Gestão do Sisan "
        "defendeu que o Sisan precisa de municípios. O ministro Wellington Dias recebeu o "
        "embaixador do Canadá no Brasil, Emmanuel Kamarianakis. «Parabenizo o governo "
        "brasileiro por essa iniciativa», destacou o embaixador."
    )
    people = [
        ("Luiza Trabuco", "PER"),
        ("Wellington Dias", "PER"),
        ("Emmanuel Kamarianakis", "PER"),
    ]
    assert speakers(rules, text, people) == ["Luiza Trabuco", "Emmanuel Kamarianakis"]


def test_roles_with_a_hyphenated_nationality_and_the_body_served(rules: Language) -> None:
    # "a embaixadora norte-americana na ONU, Nikki Haley" introduces her, and "o ministro
    # da Unificação sul-coreano, Cho Myong-gyon" him: "a embaixadora" is not the minister
    text = (
        "A embaixadora norte-americana na ONU, Nikki Haley, alertou a Coreia do Norte. "
        "O ministro da Unificação sul-coreano, Cho Myong-gyon, falou depois. "
        "«Não levaremos nenhuma conversa a sério», disse a embaixadora."
    )
    people = [("Nikki Haley", "PER"), ("Cho Myong-gyon", "PER")]
    assert speakers(rules, text, people) == ["Nikki Haley"]


def test_a_premier_is_the_prime_minister_of_either_gender(rules: Language) -> None:
    # "a premiê" is the "primeira-ministra" introduced, not the party leader named last
    text = (
        "Pouco antes, a primeira-ministra, Theresa May, deixou o prédio. David Lidington, "
        "líder do Partido Conservador, falou depois. «O nível de alerta não vai mudar», "
        "informou a premiê."
    )
    people = [("Theresa May", "PER"), ("David Lidington", "PER")]
    assert speakers(rules, text, people) == ["Theresa May"]


def test_an_outlet_of_two_words_after_the_cue_is_no_subject(rules: Language) -> None:
    # "disse à Associated Press:" names the addressee; the subject is before the cue.
    # Three words are an outlet and its subject: "disse ao PÚBLICO Almeida Guerra."
    text = (
        "Uma testemunha, Rick Longley, disse à Associated Press: «Nunca vi nada assim». "
        "«Estamos em negociações», disse ao PÚBLICO Almeida Guerra."
    )
    found = quotes(rules, text, people=("Rick Longley", "Almeida Guerra"))
    assert [q[2] for q in found] == ["Rick Longley", "Almeida Guerra"]


def test_purposes_norms_and_beneficiaries_are_no_reports(rules: Language) -> None:
    text = (
        "A ministra vai detalhar os cuidados do governo para garantir que a prova seja "
        "aplicada com segurança. De acordo com o novo cronograma, o gabarito será "
        "divulgado em agosto. Para os agricultores, foram disponibilizados R$ 4 bilhões "
        "em crédito. Para a ministra Ana Lima, a prova é segura."
    )
    found = quotes(rules, text, people=("Ana Lima",))
    assert [(q[0], q[2]) for q in found] == [("a prova é segura", "Ana Lima")]


def test_a_plural_role_inside_a_bodys_name_introduces_no_one(rules: Language) -> None:
    text = (
        "O encontro reuniu o Conselho Nacional de Gestores Municipais de Assistência "
        "Social. «A Sudene busca caminhos», afirmou o superintendente da Autarquia, "
        "Danilo Cabral. O gestor destacou que a Sudene propôs uma rede de proteção."
    )
    assert speakers(rules, text, [("Danilo Cabral", "PER")]) == ["Danilo Cabral"] * 2


def test_an_uncued_quote_after_a_body_that_never_spoke_is_the_persons(rules: Language) -> None:
    text = (
        "A Sudene foi representada pelo superintendente Danilo Cabral. O Consórcio "
        "Nordeste organizou a agenda. «Foi uma agenda importante para inserirmos o "
        "Nordeste como parceiro estratégico das empresas belgas.»"
    )
    entities = [("Danilo Cabral", "PER"), ("Consórcio Nordeste", "ORG")]
    assert speakers(rules, text, entities) == ["Danilo Cabral"]


def test_a_sentence_opening_on_its_verb_names_its_subject_at_its_end(rules: Language) -> None:
    text = (
        "Já os beneficiários Pedro Silvino e Fagna Silvino representaram a cadeia. Também "
        "participou da oficina o engenheiro agrônomo do Incra, Odilo Luna Coelho. De "
        "acordo com ele, o convite se deu em virtude da atuação da regional."
    )
    people = [("Pedro Silvino", "PER"), ("Odilo Luna Coelho", "PER")]
    assert speakers(rules, text, people) == ["Odilo Luna Coelho"]


def test_an_untagged_name_after_a_role_and_its_body_is_the_persons(rules: Language) -> None:
    # no entity tagged: "Saúde" belongs to the role's body, not to Nísia Trindade's name
    text = (
        "Na reunião, a ministra da Saúde Nísia Trindade falou sobre as queimadas. "
        "“A situação é grave”, disse Nísia."
    )
    assert speakers(rules, text, []) == ["Nísia Trindade"]


def test_a_measure_named_in_capitals_is_no_person(rules: Language) -> None:
    # "uma Medida Provisória", "a Ação Declaratória": an adjective ending no name has
    nouns = load_speaker_nouns()
    for words in (["Medida", "Provisória"], ["Ação", "Declaratória"], ["Nísia", "Trindade"]):
        doc = Doc(rules.vocab, words=words)
        assert looks_like_person(doc[:], nouns) is (words[0] == "Nísia")


def test_a_bodys_acronym_inside_a_role_before_the_apposed_name(rules: Language) -> None:
    # "A secretária de Comércio Exterior (Secex) do MDIC, Tatiana Prazeres, destacou …"
    text = (
        "A secretária de Comércio Exterior (Secex) do MDIC, Tatiana Prazeres, destacou "
        "a importância do projeto. “Chegamos ao Nordeste para impulsionar as exportações.”"
    )
    assert speakers(rules, text, [("Tatiana Prazeres", "PER")]) == ["Tatiana Prazeres"]


def test_two_voices_taking_turns_after_hyphens_in_one_paragraph(rules: Language) -> None:
    # an interview whose paragraph breaks were lost: "BBC Brasil - …? João Viola - …"
    text = (
        "Leia os principais trechos da entrevista. BBC Brasil - O que evoluiu no caso do "
        "câncer? João Viola - A grande maioria dos tumores hoje são curáveis. "
        "BBC Brasil - E a imunoterapia? João Viola - Ela mudou o tratamento."
    )
    found = quotes(rules, text, people=("João Viola",))
    assert [(q[0], q[2]) for q in found] == [
        ("A grande maioria dos tumores hoje são curáveis.", "João Viola"),
        ("Ela mudou o tratamento.", "João Viola"),
    ]


def test_a_whistleblower_is_a_role_not_part_of_the_name(rules: Language) -> None:
    text = (
        "Delator Ricardo Saud afirma que Braga recebeu propina. "
        "“Eu fui lá com o Michel Temer”, disse o delator."
    )
    people = [("Ricardo Saud", "PER"), ("Braga", "PER"), ("Michel Temer", "PER")]
    assert speakers(rules, text, people) == ["Ricardo Saud", "Ricardo Saud"]


def test_a_verb_in_the_future_opening_a_sentence_is_no_one(rules: Language) -> None:
    # an FAQ: "Haverá …?" then an answer with no cue; "Haverá" is no one in focus
    text = (
        "O MEC explicou as mudanças. Haverá um prazo para o pagamento? "
        "“O pagamento começará apenas quando o estudante tiver renda.”"
    )
    assert speakers(rules, text, [("Haverá", "PER")]) != ["Haverá"]


def test_filho_ends_a_name_it_is_no_kinship_role(rules: Language) -> None:
    text = (
        "“Isso dá capilaridade”, diz o líder do DEM na Câmara, Efraim Filho (PB). "
        "Segundo Efraim, a candidatura vem sendo planejada."
    )
    assert speakers(rules, text, []) == ["Efraim Filho", "Efraim Filho"]


def test_a_related_links_mark_after_a_plus_opens_a_quote(rules: Language) -> None:
    text = "O partido cresceu. +‘Existe uma avenida aberta em 2018’, diz Paulo Hartung."
    assert quotes(rules, text, people=("Paulo Hartung",))[0][:3] == (
        "Existe uma avenida aberta em 2018",
        "direct",
        "Paulo Hartung",
    )


def test_a_name_a_model_ran_on_from_a_bodys_initials_is_a_person(rules: Language) -> None:
    # a model tagged "PSD Lídia Pereira" as one organisation
    text = (
        "A eurodeputada do PSD Lídia Pereira foi reeleita para um mandato de dois anos. "
        "O Presidente Joe Biden apoiou a proposta. "
        "“O Governo perde demasiado tempo”, disse a eurodeputada."
    )
    people = [("PSD Lídia Pereira", "ORG"), ("Joe Biden", "PER")]
    assert speakers(rules, text, people) == ["Lídia Pereira"]
    text = "O diretor da J&F Ricardo Saud disse que foram repassados R$ 15 milhões."
    assert speakers(rules, text, [("J&F Ricardo Saud", "PER")]) == ["Ricardo Saud"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "O advogado Cristiano Zanin afirmou nesta terça-feira (1º), por meio de nota, "
            "que a decisão foi ilegal.",
            "a decisão foi ilegal",
        ),
        (
            "A empresa Fraport confirmou, através da sua conta na rede social Twitter, que "
            "a partida dos aviões foi interrompida.",
            "a partida dos aviões foi interrompida",
        ),
        (
            "O ex-presidente Lula nega veementemente ter praticado qualquer ilegalidade.",
            "ter praticado qualquer ilegalidade",
        ),
        (
            "Para o Juliano Fernandes, que é coach financeiro, tudo começa dentro de casa.",
            "tudo começa dentro de casa",
        ),
        (
            "Segundo participantes da reunião, a ida de Lula a Porto Alegre não está decidida.",
            "a ida de Lula a Porto Alegre não está decidida",
        ),
    ],
)
def test_asides_between_a_cue_or_source_and_what_was_said(
    rules: Language, text: str, said: str
) -> None:
    assert [q[0] for q in quotes(rules, text)] == [said]


def test_a_straight_mark_closed_by_a_curly_one_does_not_run_the_report_on(
    rules: Language,
) -> None:
    text = (
        'O governo disse que “insistirá” na "luta judicial” para garantir a posse. '
        "De acordo com Marun, não é o “pensamento do governo” solicitar outro nome."
    )
    assert [q[0] for q in quotes(rules, text, people=("Marun",))] == [
        '“insistirá” na "luta judicial” para garantir a posse',
        "não é o “pensamento do governo” solicitar outro nome",
    ]


def test_a_dashed_list_under_a_heading_is_no_dialogue_and_a_named_ones_is_reported(
    rules: Language,
) -> None:
    text = (
        "O relatório saiu.\n\nSebastian Rodriguez, coordenador da ONG:\n\n"
        "– O Brasil está atrasado.\n\n– A lei é antiga.\n\n"
        "Dados da Pesquisa Nacional (2016, acesse aqui):\n\n– Metade das mulheres aborta.\n\n"
        "– Isso significa dizer que uma em cada cinco já abortou.\n\n"
        "Ele disse:\n\n– Não vou."
    )
    found = quotes(rules, text, people=("Sebastian Rodriguez",))
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("O Brasil está atrasado.", "indirect", "Sebastian Rodriguez"),
        ("A lei é antiga.", "indirect", "Sebastian Rodriguez"),
        ("Não vou.", "direct", "Sebastian Rodriguez"),
    ]


def test_an_untagged_name_after_a_citys_and_a_name_a_sentence_opens_with(
    rules: Language,
) -> None:
    text = (
        "O ex-prefeito de São Bernardo do Campo Luiz Marinho disse que vai recorrer. "
        "Caso António Costa continue no cargo, Pedro Brito considera que o Governo falhou."
    )
    # a model ran the person's name on from the city's ("Bernardo do Campo Luiz Marinho")
    # and took the sentence's first word into one ("Caso António Costa")
    tags = [("Bernardo do Campo Luiz Marinho", "PER"), ("Caso António Costa", "PER")]
    assert speakers(rules, text, [*tags, ("Pedro Brito", "PER")]) == ["Luiz Marinho", "Pedro Brito"]


def test_a_source_opening_the_sentence_after_a_quotes_own_full_stop(rules: Language) -> None:
    text = (
        "Gilmar Mendes falou aos alunos. “Quem não pediu para ser indicado?” Para Mendes, "
        "o objetivo era colocar medo nas pessoas. “Ambos acertaram o valor.” Segundo o "
        "ministro, a campanha não estava bem."
    )
    found = [(q[0], q[2]) for q in quotes(rules, text, people=("Gilmar Mendes",))]
    assert ("o objetivo era colocar medo nas pessoas", "Gilmar Mendes") in found
    assert ("a campanha não estava bem", "Gilmar Mendes") in found


def test_a_surname_after_particles_and_a_city_like_name_is_the_full_names(
    rules: Language,
) -> None:
    # "Santos" is also a city; "Victor Luiz dos Santos Laus" opens on a given name
    text = (
        "O desembargador Victor Luiz dos Santos Laus pediu vista. "
        "Laus concluiu que a denúncia foi devidamente instruída."
    )
    assert speakers(rules, text, [("Victor Luiz dos Santos Laus", "PER"), ("Laus", "PER", 1)]) == [
        "Victor Luiz dos Santos Laus"
    ]


def test_a_role_told_apart_by_a_common_noun_is_not_the_person_in_focus(
    rules: Language,
) -> None:
    text = (
        "Roberto Itamar marcou dois gols. “Não era tudo que esperávamos”, disse o "
        "advogado do jogador. “Foi um bom jogo”, disse o técnico."
    )
    assert speakers(rules, text, [("Roberto Itamar", "PER")]) == [None, "Roberto Itamar"]


def test_a_role_given_in_a_relative_clause_after_the_name(rules: Language) -> None:
    text = (
        "A educadora Vanessa Stüpp falou. Para Juliano Fernandes, que é coach financeiro, "
        "tudo começa em casa. Vanessa falou de novo. Para o coach financeiro, a confiança "
        "é fundamental."
    )
    people = [("Vanessa Stüpp", "PER"), ("Juliano Fernandes", "PER"), ("Vanessa", "PER", 1)]
    assert speakers(rules, text, people) == ["Juliano Fernandes", "Juliano Fernandes"]


def test_considering_a_plan_is_no_statement_but_considering_it_right_is(
    rules: Language,
) -> None:
    text = (
        "O Facebook está a considerar lançar uma versão do Instagram para crianças. "
        "O ministro considerou ser justo o aumento."
    )
    assert [q[0] for q in quotes(rules, text)] == ["ser justo o aumento"]


def test_a_group_pronoun_with_its_own_cue_ends_the_first_report(rules: Language) -> None:
    text = (
        "Renan afirma que todas as doações foram legais e outros negam ter recebido qualquer valor."
    )
    assert [(q[0], q[2]) for q in quotes(rules, text, people=("Renan",))] == [
        ("todas as doações foram legais", "Renan"),
        ("ter recebido qualquer valor", None),
    ]


def test_a_source_phrase_right_before_a_quote_without_a_comma(rules: Language) -> None:
    text = (
        "O Facebook quer criar a aplicação. Segundo a empresa “cada vez mais as crianças "
        "perguntam aos seus pais se podem aderir a aplicações”. Segundo o relatório "
        "“Brasil 2030” a economia vai crescer."
    )
    found = quotes(rules, text)
    assert [(q[0][:30], q[3]) for q in found] == [("cada vez mais as crianças perg", "Segundo")]


def test_a_surname_with_an_elided_particle_a_model_left_out(rules: Language) -> None:
    text = (
        "O advogado Luiz Flávio Borges D'Urso disse que a Justiça decidiu corretamente. "
        "Borges falou depois que vai recorrer."
    )
    people = [("Luiz Flávio Borges", "PER"), ("Borges", "PER", 1)]
    assert speakers(rules, text, people) == ["Luiz Flávio Borges D'Urso"] * 2


def test_whose_statements_a_sentence_talks_about_speaks_next(rules: Language) -> None:
    text = (
        "Kylian Mbappé tem sido um dos nomes mais falados e agora as declarações do agente "
        "da FIFA, Marco Kirdemir, vieram agitar as águas. “O Liverpool quer pagar uma "
        "fortuna”, garantiu."
    )
    people = [("Kylian Mbappé", "PER"), ("Marco Kirdemir", "PER")]
    assert speakers(rules, text, people) == ["Marco Kirdemir"]


def test_a_body_led_by_someone_speaks_for_itself(rules: Language) -> None:
    text = (
        "O Banco de Portugal divulgou dados. A entidade liderada por Mário Centeno revela "
        "que os números mostram uma queda."
    )
    assert speakers(rules, text, [("Banco de Portugal", "ORG"), ("Mário Centeno", "PER")]) == [
        "Banco de Portugal"
    ]


def test_a_given_name_no_list_knows_opening_a_sentence_stays_in_the_name(
    rules: Language,
) -> None:
    text = (
        "Roderlei Carlos Alessi, de 51 anos, viu uma ideia. “A empresa era filial de "
        "Campo Mourão”, contou. Pedro Parente falou depois. “Esperamos voltar”, disse Parente."
    )
    people = [("Roderlei Carlos Alessi", "PER"), ("Pedro Parente", "PER")]
    assert speakers(rules, text, people) == ["Roderlei Carlos Alessi", "Pedro Parente"]


def test_a_run_in_interview_with_colon_labels_and_initials(rules: Language) -> None:
    text = (
        "O candidato respondeu perguntas. Confira abaixo: CBN: Quais seriam as primeiras "
        "medidas? Wilker Barreto: Vamos rever os contratos. Depois, cortar gastos. "
        "CBN: O que o senhor chama de realimento? WB: Chamar os fornecedores. "
        "E o emprego? WB: Sou um fã da Zona Franca."
    )
    found = quotes(rules, text, people=("Wilker Barreto",))
    assert [(q[0], q[2]) for q in found] == [
        ("Vamos rever os contratos. Depois, cortar gastos.", "Wilker Barreto"),
        ("Chamar os fornecedores.", "Wilker Barreto"),
        ("Sou um fã da Zona Franca.", "Wilker Barreto"),
    ]


def test_a_run_in_interview_takes_labels_after_statements_too(rules: Language) -> None:
    # paragraph breaks lost: once colon labels follow questions, a label that recurs
    # ("G1:") or names a speaker labelled elsewhere ("Sérgio Koide:" / "Koide:") opens a turn
    text = (
        "G1: O racionamento mudou a mentalidade? Benedito Braga: Um ano é pouco, mas é um "
        "sinal. Sérgio Koide: É um processo que vem da escola. G1: O governo foi leniente? "
        "Koide: Acho que o risco foi calculado. Braga: Eu acho que houve desespero."
    )
    found = quotes(rules, text, people=("Benedito Braga", "Sérgio Koide"))
    assert [(q[0], q[2]) for q in found] == [
        ("Um ano é pouco, mas é um sinal.", "Benedito Braga"),
        ("É um processo que vem da escola.", "Sérgio Koide"),
        ("Acho que o risco foi calculado.", "Sérgio Koide"),
        ("Eu acho que houve desespero.", "Benedito Braga"),
    ]


def test_a_conversation_in_capitals_run_in_after_a_colon(rules: Language) -> None:
    # "AÉCIO:" and "JOESLEY:" label the turns of a transcript whose breaks were lost; a
    # one-word label in capitals is the person the text named in plain letters
    text = (
        "Aécio Neves pediu dinheiro a Joesley Batista. Veja a conversa, segundo o "
        "documento: AÉCIO: Esses vazamentos são uma ilegalidade... JOESLEY: Não vai "
        "parar com isso? AÉCIO: Cara, nós estamos vendo o texto. JOESLEY: Texto do quê? "
        "AÉCIO: Do projeto. JOESLEY: Lógico."
    )
    found = quotes(rules, text, people=("Aécio Neves", "Joesley Batista"))
    assert [(q[0], q[2]) for q in found] == [
        ("Esses vazamentos são uma ilegalidade...", "Aécio Neves"),
        ("Não vai parar com isso?", "Joesley Batista"),
        ("Cara, nós estamos vendo o texto.", "Aécio Neves"),
        ("Texto do quê?", "Joesley Batista"),
        ("Do projeto.", "Aécio Neves"),
        ("Lógico.", "Joesley Batista"),
    ]


def test_a_transcripts_note_in_brackets_ends_a_turn(rules: Language) -> None:
    # "[inaudível]" and "(...)" close the previous turn: the label after them opens one
    text = (
        "Aécio Neves pediu dinheiro a Joesley Batista. Veja a conversa: AÉCIO: Esses "
        "vazamentos são uma ilegalidade. JOESLEY: Não vai parar com isso? AÉCIO: Cara, "
        "nós estamos vendo o texto. [inaudível] JOESLEY: Texto do quê? AÉCIO: Do projeto. "
        "(...) JOESLEY: Lógico."
    )
    found = quotes(rules, text, people=("Aécio Neves", "Joesley Batista"))
    assert [(q[0], q[2]) for q in found] == [
        ("Esses vazamentos são uma ilegalidade.", "Aécio Neves"),
        ("Não vai parar com isso?", "Joesley Batista"),
        ("Cara, nós estamos vendo o texto.", "Aécio Neves"),
        ("Texto do quê?", "Joesley Batista"),
        ("Do projeto.", "Aécio Neves"),
        ("Lógico.", "Joesley Batista"),
    ]


def test_dialogue_lines_run_into_a_paragraph_closed_by_their_cue(rules: Language) -> None:
    # breaks lost: a dash after a sentence's end opens a line the dash of its cue closes;
    # a dash with no cue after it ("– o maior do país –") opens none
    text = (
        "O economista Ricardo Paes de Barros falou na coletiva. – O custo com a evasão é "
        "maior que o gasto. – explicou nesta segunda. O estudo aplica cálculos. – São jovens "
        "que podem se perder – observa Paes de Barros. O Insper. – O maior centro do país – "
        "fica em São Paulo."
    )
    found = quotes(rules, text, people=("Ricardo Paes de Barros",))
    assert [(q[0], q[2], q[3]) for q in found] == [
        ("O custo com a evasão é maior que o gasto.", "Ricardo Paes de Barros", "explicou"),
        ("São jovens que podem se perder", "Ricardo Paes de Barros", "observa"),
    ]


def test_a_recorded_conversation_run_into_the_narration(rules: Language) -> None:
    # two voices labelling turns twice each make a transcript without any question; a
    # turn that is only a note is none; the paper's narration ("O dono da JBS afirmou")
    # and a heading in capitals end the turn before them
    text = (
        "A conversa foi gravada. Joesley Batista : Eu tô de bem com o Eduardo. "
        "Michel Temer : Tem que manter isso. Joesley Batista : Todo mês. Também. "
        "Michel Temer : [inaudível] Joesley Batista : Estou segurando as pontas, estou "
        "indo. O dono da JBS afirmou que tem procurado manter boa relação com Cunha. "
        "Michel Temer : Tem razão. Joesley Batista : Ótimo VEJA OS PRINCIPAIS PONTOS "
        "DO ACORDO A delação revelou uma imagem."
    )
    found = quotes(rules, text, people=("Joesley Batista", "Michel Temer"))
    assert [(q[0], q[2]) for q in found] == [
        ("Eu tô de bem com o Eduardo.", "Joesley Batista"),
        ("Tem que manter isso.", "Michel Temer"),
        ("Todo mês. Também.", "Joesley Batista"),
        ("Estou segurando as pontas, estou indo.", "Joesley Batista"),
        ("tem procurado manter boa relação com Cunha", "Joesley Batista"),
        ("Tem razão.", "Michel Temer"),
        ("Ótimo", "Joesley Batista"),
    ]


def test_a_conversations_voices_ask_each_other(rules: Language) -> None:
    # "…? Saud:" is Joesley's question answered, not an unlabelled interviewer's
    text = (
        "Ouça a conversa. Joesley: Dá um papel para o Marcelo. Qual o papel? Saud: Tem "
        "que ser garçom. Joesley: Isso. Saud: Melhor coisa."
    )
    found = quotes(rules, text, people=("Joesley", "Saud"))
    assert [q[0] for q in found] == [
        "Dá um papel para o Marcelo. Qual o papel?",
        "Tem que ser garçom.",
        "Isso.",
        "Melhor coisa.",
    ]


def test_an_interview_under_headings_in_capitals_with_marks_never_closed(
    rules: Language,
) -> None:
    # paragraph breaks lost: each answer opens with a mark under its topic's heading and
    # runs to the next heading; they are the interviewee's
    text = (
        '"Só diplomacia não adianta", afirma o cientista político Robert Jervis. Confira '
        'trechos da entrevista. PEQUENO GRANDE PROBLEMA "Países menores sempre foram '
        "capazes de desencadear crises. É preciso lembrar que influência e poder não são "
        'a mesma coisa. O QUEBRA-CABEÇA "O território costumava ser o ponto de disputa. '
        'Claro que a Coreia do Norte adoraria tomar o Sul."'
    )
    found = quotes(rules, text, people=("Robert Jervis",))
    assert [(q[0], q[2]) for q in found] == [
        ("Só diplomacia não adianta", "Robert Jervis"),
        (
            "Países menores sempre foram capazes de desencadear crises. É preciso lembrar "
            "que influência e poder não são a mesma coisa.",
            "Robert Jervis",
        ),
        (
            "O território costumava ser o ponto de disputa. Claro que a Coreia do Norte "
            "adoraria tomar o Sul.",
            "Robert Jervis",
        ),
    ]


def test_an_answer_under_a_heading_is_the_interviewees_whoever_it_quotes(
    rules: Language,
) -> None:
    # the second section quotes an imagined exchange; the third is still the interviewee's
    text = (
        '"Só diplomacia não adianta", afirma o cientista político Robert Jervis. Confira '
        'trechos. O QUEBRA-CABEÇA "O território costumava ser o ponto de disputa. Talvez '
        'Kim Jong-il e Mahmoud Ahmadinejad conversaram: "Bom, vamos continuar pressionando '
        'os americanos". Mas não acho que esse tenha sido um fator. O FATOR CHINA "O governo '
        'chinês foi firme na oposição ao teste nuclear recente."'
    )
    found = quotes(rules, text, people=("Robert Jervis", "Kim Jong-il", "Mahmoud Ahmadinejad"))
    assert (found[-1][0], found[-1][2]) == (
        "O governo chinês foi firme na oposição ao teste nuclear recente.",
        "Robert Jervis",
    )


def test_find_quotations_in_a_list_of_reactions_that_mixes_marks() -> None:
    # the straight mark is never closed: the curly one after the next caption opens
    # the next statement, and the first runs to the last sentence before its caption
    text = (
        'CUT: "Descanse em paz. A CUT lamenta a morte. Força Sindical: "Nesse momento de '
        "dor, estamos juntos. Um abraço. Jorge Viana (PT-AC), senador: “Numa hora dessa, a "
        "gente sente.”"
    )
    found = [text[q.start : q.end] for q in find_quotations(text)]
    assert found == [
        "Descanse em paz. A CUT lamenta a morte.",
        "Nesse momento de dor, estamos juntos. Um abraço.",
        "Numa hora dessa, a gente sente.",
    ]


def test_find_quotations_ends_an_unclosed_section_at_the_next_heading() -> None:
    text = 'Veja. O FATOR CHINA "A China foi firme. E apoiou. A NOVA GERAÇÃO "A transição.'
    found = [text[q.start : q.end] for q in find_quotations(text)]
    assert found == ["A China foi firme. E apoiou.", "A transição."]
    text = 'Ele saiu. A ONU "não aceita isso. E mais coisas. Fim.'  # no heading: one sentence
    assert [text[q.start : q.end] for q in find_quotations(text)] == ["não aceita isso."]


def test_a_transcript_labelled_by_initials_or_hyphenated_capitals(rules: Language) -> None:
    # "LU:" is the "Luís Urbano" named before, "ANNE-MARIE:" the "Anne-Marie Slaughter";
    # "FL:", whose initials are no one's, is the interviewer, and asks
    text = (
        "Em entrevista, Luís Urbano conversou com o blog: FL: O que mudou? LU: Em 2012 "
        "era o início da crise. FL: E hoje? LU: Vivemos um inferno com o governo."
    )
    found = quotes(rules, text, people=("Luís Urbano",))
    assert [(q[0], q[2]) for q in found] == [
        ("Em 2012 era o início da crise.", "Luís Urbano"),
        ("Vivemos um inferno com o governo.", "Luís Urbano"),
    ]
    text = (
        "Anne-Marie Slaughter falou ao jornal. Por que o Brasil deve se expor? ANNE-MARIE: "
        "Sou a favor da mediação. A sra. concorda? ANNE-MARIE: Não concordo."
    )
    found = quotes(rules, text, people=("Anne-Marie Slaughter",))
    assert [(q[0], q[2]) for q in found] == [
        ("Sou a favor da mediação.", "Anne-Marie Slaughter"),
        ("Não concordo.", "Anne-Marie Slaughter"),
    ]


def test_a_name_and_its_caption_before_a_colon_credit_the_quote(rules: Language) -> None:
    # the name opening the caption speaks, not the one inside its role
    text = (
        "Veja a repercussão da morte. Lula, marido de Marisa Letícia e ex-presidente da "
        'República: "A ex-primeira dama costurou a primeira bandeira do PT."'
    )
    found = quotes(rules, text, people=("Lula", "Marisa Letícia"))
    assert [(q[0][:20], q[2]) for q in found] == [("A ex-primeira dama c", "Lula")]


def test_a_name_and_role_set_before_a_quote_credit_it(rules: Language) -> None:
    text = (
        "Veja a repercussão da decisão do STF: Álvaro Dias (PR), líder do PV no Senado "
        '"É sempre complexo discutir decisão judicial, mas mantenho a posição." '
        'Jorge Viana (PT-AC), vice-presidente do Senado "Acho que veio a tempo a decisão."'
    )
    found = quotes(rules, text, people=("Álvaro Dias", "Jorge Viana"))
    assert [(q[0][:20], q[2]) for q in found] == [
        ("É sempre complexo di", "Álvaro Dias"),
        ("Acho que veio a temp", "Jorge Viana"),
    ]


def test_a_lawyer_introduced_for_a_client_named_inside_the_role(rules: Language) -> None:
    text = (
        "O advogado de defesa do ex-presidente Luiz Inácio Lula da Silva (PT), Cristiano "
        "Zanin Martins, afirmou que a denúncia é frágil. O juiz Sérgio Moro respondeu depois. "
        "No texto, o advogado de Lula acusa Moro de ser “manifestamente suspeito” por ter "
        "conduzido o caso."
    )
    people = [("Luiz Inácio Lula da Silva", "PER"), ("Cristiano Zanin Martins", "PER")]
    people += [("Sérgio Moro", "PER"), ("Moro", "PER", -1)]
    assert speakers(rules, text, people) == ["Cristiano Zanin Martins", "Cristiano Zanin Martins"]


def test_one_of_several_lawyers_speaks_for_the_defence(rules: Language) -> None:
    text = (
        "Cristiano Zanin Martins, um dos advogados do ex-presidente Luiz Inácio Lula da "
        "Silva, discutiu com o juiz Sérgio Moro. Em nota, o advogado de Lula diz que há "
        "fragilidade no relato. A defesa de Lula afirma que o juiz errou."
    )
    people = [("Cristiano Zanin Martins", "PER"), ("Luiz Inácio Lula da Silva", "PER")]
    people += [("Sérgio Moro", "PER")]
    assert speakers(rules, text, people) == ["Cristiano Zanin Martins", "Cristiano Zanin Martins"]


def test_a_clients_lawyer_or_defence_never_named_is_not_the_client(rules: Language) -> None:
    text = (
        "O deputado Paulo Maluf foi condenado. “O deputado segue confiando na Justiça”, "
        "disse o advogado de Maluf. A defesa de Maluf afirmou que vai recorrer. "
        "A Defesa Civil informou que a ponte caiu."
    )
    people = [("Paulo Maluf", "PER"), ("Maluf", "PER", 1), ("Maluf", "PER", 2)]
    doc = tagged(rules, text, [*people, ("Defesa Civil", "ORG")])
    # the defence speaks as the team the text names, never as its client
    assert [s._.speaker for s in doc.spans["quotes"]] == [None, "defesa de Maluf", "Defesa Civil"]


def test_a_defence_through_a_role_or_lawyers_is_not_the_client(rules: Language) -> None:
    # "a defesa do ex-presidente" and "os advogados do ex-presidente" are not Lula
    text = (
        "O juiz negou o recurso do ex-presidente Luiz Inácio Lula da Silva. A defesa do "
        "ex-presidente afirmou que vai recorrer. Os advogados do ex-presidente dizem que a "
        "sentença é nula. A defesa do empresário Glaucos da Costamarques disse que ele é "
        "inocente."
    )
    found = quotes(rules, text, people=("Luiz Inácio Lula da Silva", "Glaucos da Costamarques"))
    assert [(q[2], q[4]) for q in found] == [
        (None, "defesa do ex-presidente"),
        (None, "Os advogados do ex-presidente"),
        ("defesa de Glaucos da Costamarques", "defesa do empresário Glaucos da Costamarques"),
    ]


def test_a_continuing_cue_goes_on_with_the_last_speaker(rules: Language) -> None:
    # "completou" goes on with Fernando Henrique, not with the last sentence's subject
    # (a subject that leads into the quote keeps it)
    text = (
        "Fernando Henrique disse que a lei é a lei. Mesmo depois do julgamento, Lula "
        "continua liderando as pesquisas. “Ou você obedece a lei ou quebra a "
        "Constituição”, completou. Paulo Rosa explica: «Os juros vão subir. A inflação "
        "cede», finaliza."
    )
    people = [("Fernando Henrique", "PER"), ("Lula", "PER"), ("Paulo Rosa", "PER")]
    assert speakers(rules, text, people) == [
        "Fernando Henrique",
        "Fernando Henrique",
        "Paulo Rosa",  # the subject leading into the quote: "X explica: «…», finaliza"
    ]


def test_a_second_role_set_beside_the_first_leads_to_the_name(rules: Language) -> None:
    text = (
        "“A crise chegou”, afirma o consultor de empresas especialista em reestruturação "
        "Riccardo Gambarotto, sócio da RGF Associados. “Viva a democracia!”, escreveu o "
        "multiencalacrado senador no Twitter."
    )
    found = quotes(rules, text, people=("Riccardo Gambarotto",))
    assert (found[0][2], found[0][4]) == ("Riccardo Gambarotto", "Riccardo Gambarotto")
    assert found[1][4] == "o multiencalacrado"  # not "Twitter", a place


def test_a_surname_the_text_used_for_one_person_stays_theirs(rules: Language) -> None:
    # "Maia" was Rodrigo's before Arthur Maia came in; the Pitanga test shows the other case
    text = (
        "O presidente da Câmara, Rodrigo Maia, falou ontem. Maia reconheceu que há "
        "resistência. O relator, deputado Arthur Maia, retomou o texto. Maia ainda "
        "lembrou que há outra reforma."
    )
    people = [("Rodrigo Maia", "PER"), ("Maia", "PER", 1), ("Arthur Maia", "PER")]
    people += [("Maia", "PER", -1)]
    assert speakers(rules, text, people) == ["Rodrigo Maia", "Rodrigo Maia"]


def test_a_name_after_a_roles_field_is_the_persons_alone(rules: Language) -> None:
    text = (
        "O especialista em Direito Constitucional Daniel Falcão deu uma entrevista. "
        "“Não vejo nenhum sentido jurídico”, disse Falcão."
    )
    assert speakers(rules, text, [("Falcão", "PER", -1)]) == ["Daniel Falcão"]


def test_a_headline_ending_in_two_full_stops_is_a_sentence_of_its_own(
    fallback_nlp: Language,
) -> None:
    # the scrape's ".." after a headline: the lead's subject is no longer in its sentence
    text = (
        "Gabriela Munhoz foi acusada de divulgar exames..  Mário Munhoz, pai da médica "
        "reumatologista Gabriela Munhoz, de 31 anos, demitida do hospital na quinta-feira "
        "(2), negou que sua filha tenha divulgado exames."
    )
    doc = fallback_nlp(text)
    assert [s._.speaker for s in doc.spans["quotes"]] == ["Mário Munhoz"]


def test_a_bare_body_before_any_organisation_is_the_one_named_below(
    rules: Language,
) -> None:
    # "Museu diz que …" in a headline of several sentences; "o museu" after the name
    text = (
        "Performance gera polêmica. Museu diz que sinalizou a sala. A performance no Museu "
        "de Arte Moderna (MAM) gerou polêmica. O museu também informou que havia aviso."
    )
    assert speakers(rules, text, [("Museu de Arte Moderna", "ORG")]) == [
        "Museu de Arte Moderna",
        "Museu de Arte Moderna",
    ]


def test_a_ranking_adjective_opening_a_sentence_is_no_one(rules: Language) -> None:
    text = (
        "Última testemunha a depor, Fabiana Augusta Eleutério defendeu o irmão. “Ele "
        "sempre gostou de servir à sociedade”, afirmou."
    )
    people = [("Última", "PER"), ("Fabiana Augusta Eleutério", "PER")]
    assert speakers(rules, text, people) == ["Fabiana Augusta Eleutério"]


def test_a_word_the_text_doubled_in_a_name_counts_once(rules: Language) -> None:
    text = "Paula Franco falou ontem. Agora, Paula Franco Franco diz apenas: «Era a segurança.»"
    people = [("Paula Franco", "PER"), ("Paula Franco Franco", "PER")]
    assert speakers(rules, text, people) == ["Paula Franco"]


def test_a_participle_opening_the_sentence_is_no_part_of_a_name(rules: Language) -> None:
    text = (
        "Nascida Heraldo Araújo, Afrodite experimentou roupas femininas aos 13 anos. "
        "“Sempre me senti mulher”, revela Heraldo Araújo."
    )
    people = [("Nascida Heraldo Araújo", "PER"), ("Heraldo Araújo", "PER", 1)]
    assert speakers(rules, text, people) == ["Heraldo Araújo"]


def test_a_persons_name_a_model_ran_into_a_bodys_is_the_persons(rules: Language) -> None:
    # a model's "Exército Joaquim Silva" (ORG) then "Luna" (PER): "general de Exército"
    # is a rank, and the name goes on over "e Luna"
    text = (
        "O ministro, general de Exército Joaquim Silva e Luna, visitou os abrigos. "
        "“A situação melhorou”, disse Luna."
    )
    entities = [("Exército Joaquim Silva", "ORG"), ("Luna", "PER"), ("Luna", "PER", 1)]
    assert speakers(rules, text, entities) == ["Joaquim Silva e Luna"]


def test_a_bare_role_several_people_hold_is_the_one_in_focus(rules: Language) -> None:
    # several ministers introduced: "o ministro" after Fux's vote is Fux, not the first;
    # a judge in focus holds another role: the minister introduced last
    text = (
        "O ministro Celso de Mello abriu a sessão. O ministro Gilmar Mendes votou depois. "
        "Fux votou contra. “A Constituição não diferencia o parlamentar”, afirmou o ministro. "
        "O juiz Sérgio Moro negou o recurso. Moro criticou a defesa. “Não há prova”, "
        "disse o ministro."
    )
    people = [("Celso de Mello", "PER"), ("Gilmar Mendes", "PER"), ("Fux", "PER")]
    people += [("Sérgio Moro", "PER"), ("Moro", "PER", 1)]
    assert speakers(rules, text, people) == ["Fux", "Gilmar Mendes"]


def test_the_defence_of_a_text_with_several_lawyers_names_none(rules: Language) -> None:
    text = (
        "O advogado de José Dirceu, Roberto Podval, afirmou que vai recorrer. O advogado de "
        "Vaccari, Luiz Flávio D'Urso, afirmou que não há provas. "
        "“Paulo Bernardo nunca esteve com Renato Duque”, diz a defesa."
    )
    people = [("José Dirceu", "PER"), ("Roberto Podval", "PER"), ("Vaccari", "PER")]
    people += [("Luiz Flávio D'Urso", "PER"), ("Paulo Bernardo", "PER")]
    assert speakers(rules, text, people) == ["Roberto Podval", "Luiz Flávio D'Urso", None]


def test_a_name_after_a_cue_and_its_role_opens_the_reported_clause(rules: Language) -> None:
    text = (
        "De acordo com o delegado que investigou o caso, Eduardo de Souza Fernandes, a "
        "menina foi agredida. No dia do crime, afirma o delegado, Emanuelly estava dormindo. "
        "Sobre a decisão que devolveu Emanuelly a Débora e Phelipe, o delegado diz que o "
        "casal era esperto. Mas o delegado afirmou que houve erro."
    )
    people = [("Eduardo de Souza Fernandes", "PER"), ("Emanuelly", "PER"), ("Débora", "PER")]
    people += [("Phelipe", "PER"), ("Emanuelly", "PER", 1)]
    found = speakers(rules, text, people)
    assert found[-2:] == ["Eduardo de Souza Fernandes", "Eduardo de Souza Fernandes"]


def test_a_cue_coordinated_with_an_earlier_verb_shares_its_subject(rules: Language) -> None:
    text = (
        "O depoimento de Ricardo Saud aponta que o senador Eduardo Braga recebeu R$ 6 "
        "milhões. O trecho em que o senador é mencionado pode ser conferido no vídeo. Em "
        "nota enviada à imprensa, Braga rebate as denúncias de Saud e afirma que a delação "
        "contém erros. O governo cubano garante que não é responsável pelo ataque. "
        "“Alguns porta-vozes divulgam bobagens” sobre Cuba, disse Díaz-Canel e destacou "
        "que a ilha é um destino seguro."
    )
    people = [("Ricardo Saud", "PER"), ("Eduardo Braga", "PER"), ("Braga", "PER", 1)]
    people += [("Saud", "PER", 1), ("Díaz-Canel", "PER"), ("governo cubano", "ORG")]
    doc = tagged(rules, text, people)
    found = {s.text[:12]: s._.speaker for s in doc.spans["quotes"]}
    assert found["a delação co"] == "Eduardo Braga"
    assert found["a ilha é um "] == "Díaz-Canel"


def test_a_coordinated_cue_is_not_given_a_subject_inside_what_was_said(
    rules: Language,
) -> None:
    text = (
        "O escritor Raduan Nassar recebeu o prêmio. Disse também que o impeachment da "
        "ex-presidente Dilma Rousseff foi um golpe e lamentou que o governo seja amparado pelo STF."
    )
    people = [("Raduan Nassar", "PER"), ("Dilma Rousseff", "PER")]
    assert speakers(rules, text, people) == ["Raduan Nassar", "Raduan Nassar"]


def test_a_role_with_a_quoted_title_is_not_any_role_of_its_noun(rules: Language) -> None:
    text = (
        "O engenheiro João Diogo Ramos abriu um museu. “O empreendedor resolve os problemas”, "
        "explica o fundador do museu. O livro será assinado por André Leão, fundador do "
        "“Planeta Sinclair”, um amigo."
    )
    people = [("João Diogo Ramos", "PER"), ("André Leão", "PER")]
    assert speakers(rules, text, people) == ["João Diogo Ramos"]


def test_a_role_survives_a_sentence_split_after_an_opening_mark() -> None:
    """A parser may end a sentence on “: the role's title runs on past it."""
    nlp = spacy.blank("pt")
    nlp.add_pipe("newsnlp_quotes")
    text = (
        "O engenheiro João Diogo Ramos abriu um museu. “O empreendedor resolve tudo”, "
        "explica o fundador do museu. O livro será assinado por André Leão, fundador do "
        "“Planeta Sinclair”, um amigo."
    )
    words = [token.text for token in nlp.make_doc(text)]
    split = words.index("Planeta")  # the sentence ends on "fundador do “"
    starts = [i in (0, split) or words[i - 1] == "." for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, sent_starts=starts)
    doc.ents = [Span(doc, 2, 5, "PER"), Span(doc, 27, 29, "PER")]
    assert [doc[i].text for i in (2, 27)] == ["João", "André"]
    doc = nlp(doc)
    assert [s._.speaker for s in doc.spans["quotes"]] == ["João Diogo Ramos"]


def test_a_platform_named_by_its_kind_is_the_last_company_named(rules: Language) -> None:
    text = (
        "O TikTok anunciou que vai implementar um limite diário. A plataforma de partilha "
        "de vídeos reconheceu que os adolescentes precisam de acompanhamento."
    )
    assert speakers(rules, text, [("TikTok", "ORG")]) == ["TikTok", "TikTok"]


def test_a_name_a_model_ran_over_a_verb_is_cut_at_the_verb(rules: Language) -> None:
    text = (
        "O ministro Henrique Meirelles falou ontem. Meirelles definiu Temer como um líder. "
        "Ele afirmou que nada está definido."
    )
    people = [("Henrique Meirelles", "PER"), ("Meirelles definiu Temer", "PER")]
    assert speakers(rules, text, people) == ["Henrique Meirelles"]


def test_a_common_word_capitalised_mid_sentence_is_no_subject(rules: Language) -> None:
    text = (
        "O escritor Milton Hatoum estudou arquitetura em São Paulo. Depois, Arquitetura "
        "passou a ser o tema dele. “Comecei a escrever com 28 anos.”"
    )
    people = [("Milton Hatoum", "PER"), ("Arquitetura", "ORG")]
    assert speakers(rules, text, people) == ["Milton Hatoum"]


def test_a_role_before_its_verb_is_a_subject_not_an_apposition(rules: Language) -> None:
    text = (
        "A ex-presidente Dilma Rousseff deu uma entrevista. Sobre as delações de Marcelo "
        "Odebrecht, a ex-presidente se recusa a comentar. “A pessoa não tem que se "
        "incriminar”, diz a ex-presidente."
    )
    people = [("Dilma Rousseff", "PER"), ("Marcelo Odebrecht", "PER")]
    assert speakers(rules, text, people) == ["Dilma Rousseff"]


def test_jurar_is_a_speech_verb_and_complementar_an_adjective(rules: Language) -> None:
    text = (
        "O ministro jurou que não sabia de nada. O acordo prevê o aumento da saúde "
        "complementar, que hoje é de R$ 144."
    )
    found = quotes(rules, text)
    assert [(q[0], q[3]) for q in found] == [("não sabia de nada", "jurou")]


def test_a_note_a_body_issued_speaks_for_that_body(rules: Language) -> None:
    text = (
        "A FAB interceptou um avião em Goiás. No entanto, o órgão divulgou nota oficial "
        "informando que o piloto obedeceu às ordens. O Ministério das Cidades divulgou, no "
        "início da noite, uma nota dizendo que o ministro ficará no cargo."
    )
    bodies = [("FAB", "ORG"), ("Goiás", "LOC"), ("Ministério das Cidades", "ORG")]
    assert speakers(rules, text, bodies) == ["FAB", "Ministério das Cidades"]


def test_a_hospital_speaks_through_its_note_and_as_the_hospital(rules: Language) -> None:
    text = (
        "Marisa Letícia segue internada no Hospital Sírio-Libanês. O quadro é estável, de "
        "acordo com o hospital. Segundo a nota do hospital Sírio-Libanês, ela fez um exame."
    )
    people = [("Marisa Letícia", "PER"), ("Hospital Sírio-Libanês", "LOC")]
    assert speakers(rules, text, people) == ["Hospital Sírio-Libanês", "Hospital Sírio-Libanês"]


def test_a_gerund_cue_takes_the_subject_of_the_verb_before_it(rules: Language) -> None:
    text = (
        "Temer falou de manhã. Diante do descontrole, o ministro da Defesa, Raul Jungmann, "
        "fez uma declaração no meio da tarde comunicando que tropas foram enviadas. O "
        "colunista Bernardo Franco escreveu no Globo. Depois, o próprio Mouco distribuiu "
        "uma nota pública com conteúdo semelhante, dizendo que aquela era a sua opinião."
    )
    people = [("Temer", "PER"), ("Raul Jungmann", "PER"), ("Bernardo Franco", "PER")]
    people += [("Globo", "ORG"), ("Mouco", "PER")]
    assert speakers(rules, text, people) == ["Raul Jungmann", "Mouco"]


def test_a_name_runs_on_into_no_dateline_and_no_outlet(rules: Language) -> None:
    text = (
        "Segunda-feira Luciano Huck anunciou que não será candidato. O marqueteiro deu "
        "entrevista ao colunista Bernardo Melo Franco do Globo. Segundo Franco, o homem está "
        "animado."
    )
    people = [("Segunda-feira Luciano Huck", "PER"), ("Bernardo Melo Franco", "PER")]
    people += [("Franco", "PER", 1)]
    assert speakers(rules, text, people) == ["Luciano Huck", "Bernardo Melo Franco"]


def test_a_body_is_not_made_fuller_by_a_person_a_model_ran_it_into(
    rules: Language,
) -> None:
    text = (
        "O diretor da Polícia Federal Alexandre Ramagem Rodrigues falou ontem. Segundo a "
        "Polícia Federal, o esquema durou anos."
    )
    bodies = [("Polícia Federal Alexandre Ramagem Rodrigues", "ORG"), ("Polícia Federal", "ORG", 1)]
    assert speakers(rules, text, bodies) == ["Polícia Federal"]


def test_an_aside_between_a_subject_and_its_cue_is_passed_over(rules: Language) -> None:
    text = (
        "O ministro Carlos Marun falou ontem. O deputado Arthur Maia (PPS-BA), após reunião "
        "no Palácio do Planalto, afirmou que o texto será votado. Lula falou depois. O "
        "Estadão, em matéria de Cynthia Decloedt, diz que o presidente da Oi caiu."
    )
    people = [("Carlos Marun", "PER"), ("Arthur Maia", "PER"), ("Palácio do Planalto", "LOC")]
    people += [("Lula", "PER"), ("Estadão", "ORG"), ("Cynthia Decloedt", "PER"), ("Oi", "ORG")]
    assert speakers(rules, text, people) == ["Arthur Maia", "Estadão"]


def test_an_outlet_named_in_quotation_marks_after_its_noun_speaks(rules: Language) -> None:
    text = 'Lula falou ontem. O jornal "El País" destacou que a votação foi apertada.'
    assert speakers(rules, text, [("Lula", "PER")]) == ["El País"]


def test_a_plural_addressee_after_a_is_no_speaker(rules: Language) -> None:
    text = (
        "O deputado Rodrigo Maia falou ontem. Ele disse a aliados que só aceita disputar o "
        "Planalto. O senador Júlio Delgado chegou depois. “Talvez ele seja candidato”, disse "
        "a jornalistas."
    )
    people = [("Rodrigo Maia", "PER"), ("Júlio Delgado", "PER")]
    assert speakers(rules, text, people) == ["Rodrigo Maia", "Júlio Delgado"]


def test_a_name_a_model_cut_around_untagged_particles_is_one_name(rules: Language) -> None:
    text = (
        "Ursula von der Leyen falou na Web Summit. Von der Leyen notou ainda que a Europa "
        "tem potencial."
    )
    people = [("Ursula", "PER"), ("Leyen", "PER"), ("Leyen", "PER", 1)]
    assert speakers(rules, text, people) == ["Ursula von der Leyen"]


def test_a_colon_the_tokenizer_keeps_on_a_bracket_introduces_a_quote(
    rules: Language,
) -> None:
    text = (
        "O deputado Karamba Diaby nasceu no Senegal. O ministro Peter Altmaier comentou o "
        "caso. Diaby declara na entrevista publicada quinta-feira (24): “A reação foi muito "
        "positiva.”"
    )
    assert "):" in [t.text for t in rules.make_doc(text)]
    found = quotes(rules, text, people=("Karamba Diaby", "Peter Altmaier"))
    assert [(q[2], q[3], q[4]) for q in found] == [("Karamba Diaby", "declara", "Diaby")]


def test_a_role_is_also_the_same_role_with_a_suffix(rules: Language) -> None:
    text = (
        "O ministro-chefe da Casa Civil, Eliseu Padilha, pediu apoio aos aposentados. “Nos "
        "ajudem”, disse o ministro. Na mesma linha, o ministro da Secretaria de Governo, "
        "Carlos Marun, divulgou um vídeo."
    )
    people = [("Eliseu Padilha", "PER"), ("Carlos Marun", "PER")]
    assert speakers(rules, text, people) == ["Eliseu Padilha"]


def test_the_portfolio_is_the_last_ministry_or_secretariat_named(rules: Language) -> None:
    text = (
        "Governo oferece casas a famílias do MTST no ABC. A Secretaria da Habitação do "
        "Estado de São Paulo apresentou uma proposta às famílias da ocupação organizada pelo "
        "MTST no bairro Planalto, no ABC Paulista. Em nota, a pasta informou que a finalidade "
        "é atender as famílias."
    )
    bodies = [
        ("MTST", "ORG"),
        ("ABC", "ORG"),
        ("Secretaria da Habitação do Estado de São Paulo", "ORG"),
    ]
    bodies += [("MTST", "ORG", 1), ("ABC", "ORG", 1)]
    assert speakers(rules, text, bodies) == ["Secretaria da Habitação do Estado de São Paulo"]


def test_a_name_after_de_closing_a_role_is_the_clients_not_the_roles(
    rules: Language,
) -> None:
    text = (
        "João Batista deu uma entrevista à revista. Segundo o advogado de João Batista, "
        "seu cliente apenas respondeu às perguntas."
    )
    assert speakers(rules, text, [("João Batista", "PER"), ("João Batista", "PER", 1)]) == [None]


def test_a_full_name_set_off_before_a_cue_is_its_subject(rules: Language) -> None:
    text = (
        "O vereador Willian Veloso falou ontem. Segundo Veloso, o cadastro vai ajudar. Já o "
        "presidente da Comissão dos Direitos da Pessoa com Deficiência (CDPCD) da Ordem dos "
        "Advogados do Brasil – Seção Goiás (OAB-GO), Hebert Alves Batista, afirmou que a "
        "medida é urgente."
    )
    people = [("Willian Veloso", "PER"), ("Veloso", "PER", 1), ("Hebert Alves Batista", "PER")]
    people += [("OAB-GO", "ORG")]
    assert speakers(rules, text, people)[-1] == "Hebert Alves Batista"


def test_a_name_set_off_inside_a_relative_clause_is_no_cues_subject(
    rules: Language,
) -> None:
    text = (
        "O ministro Jader Filho não veio. Helder Melillo, que representou o titular da pasta, "
        "Jader Filho, destacou que 2023 foi um ano de muito trabalho."
    )
    people = [("Jader Filho", "PER"), ("Helder Melillo", "PER"), ("Jader Filho", "PER", 1)]
    assert speakers(rules, text, people) == ["Helder Melillo"]


def test_a_source_after_a_heading_run_into_the_text_opens_a_statement(rules: Language) -> None:
    # the heading's colon is no cue: the capital after it opens a sentence of its own
    text = (
        "Veja quantos estavam nessa condição em 2017: Segundo o coordenador do IBGE, "
        "Cimar Azeredo, a população de subutilizados cresceu."
    )
    found = quotes(rules, text, people=("Cimar Azeredo",))
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("a população de subutilizados cresceu", "indirect", "Cimar Azeredo")
    ]


def test_a_name_run_into_another_persons_is_no_fuller_name(rules: Language) -> None:
    # a related headline ran into the text after the last quote
    text = (
        "O dono da Tesla, Elon Musk, diz que as habilidades importam. Elaine Saad concorda "
        "com ele. Elaine diz que o diploma ainda conta. “A autoestima é importante”, diz "
        "Elaine Elon Musk quer colonizar Marte."
    )
    people = [("Elon Musk", "PER"), ("Elaine Saad", "PER"), ("Elaine Elon Musk", "PER")]
    assert speakers(rules, text, people)[1] == "Elaine Saad"  # "Elaine diz que …""


def test_a_word_a_lost_line_break_ran_into_a_name_is_not_part_of_it(rules: Language) -> None:
    # a headline's last word ran into the next sentence: "apoio a Fachin Cármen Lúcia"
    text = (
        "A ministra Cármen Lúcia disse que a Justiça não se intimida. O ministro Edson "
        "Fachin relatou ameaças. Juristas prestam apoio a Fachin Cármen Lúcia informou "
        "que não pediu reforço. “Numa democracia, as pessoas se manifestam”, afirmou "
        "Cármen Lúcia."
    )
    people = [("Cármen Lúcia", "PER"), ("Edson Fachin", "PER"), ("Fachin Cármen Lúcia", "PER")]
    people += [("Cármen Lúcia", "PER", 2)]
    assert speakers(rules, text, people) == ["Cármen Lúcia"] * 3


def test_a_place_run_into_a_name_is_not_part_of_it(rules: Language) -> None:
    # "o ex-prefeito de Aparecida de Goiânia Maguito Vilela": a town, then the man
    text = (
        "Barradas afirmou que doou R$ 1 milhão ao ex-prefeito de Aparecida de Goiânia "
        "Maguito Vilela. Em nota, Maguito Vilela negou. “Nunca pedi recursos”, conclui a "
        "nota."
    )
    people = [("Barradas", "PER"), ("Aparecida de Goiânia Maguito Vilela", "PER")]
    people += [("Maguito Vilela", "PER", 1)]
    assert speakers(rules, text, people)[1] == "Maguito Vilela"


def test_a_tagged_name_takes_the_given_names_a_model_left_before_it(rules: Language) -> None:
    # a model tagged only "Nalin" of "Deputado Zé Augusto Nalin"
    text = (
        'Para fazer a recuperação do emprego nos próximos meses." Deputado Zé Augusto '
        'Nalin (PMDB-RJ): "Precisamos estar juntos. O Temer fica." Deputado Nelson '
        'Marquezelli (PTB-SP): "Não é essa Casa."'
    )
    assert speakers(rules, text, [("Nalin", "PER")])[0] == "Zé Augusto Nalin"


def test_a_tagged_name_ending_in_a_given_name_takes_the_surnames_after_it(
    rules: Language,
) -> None:
    # a model tagged only "João Augusto" of "João Augusto Figueiredo de Oliveira Jr"
    text = (
        "O juiz João Augusto Figueiredo de Oliveira Jr negou o pedido. “Qualquer pessoa "
        "pode adotar”, afirmou Figueiredo."
    )
    people = [("João Augusto", "PER"), ("Figueiredo", "PER", 1)]
    assert speakers(rules, text, people) == ["João Augusto Figueiredo de Oliveira Jr"]


def test_a_given_name_a_story_uses_alone_is_not_a_later_fuller_name(rules: Language) -> None:
    # the girl "Maria" of a feature is not the expert "Maria Helena Vilela" quoted later
    text = (
        "Aos 13 anos, Maria engravidou. Maria não sabia nada. Maria deixou a escola. "
        "“Sinto saudade”, diz Maria. As meninas pobres são as mais vulneráveis, nota Maria "
        "Helena Vilela, diretora do Instituto Kaplan. “Nada mudou”, afirmou Maria."
    )
    assert speakers(rules, text, [("Maria Helena Vilela", "PER")]) == [
        "Maria",
        "Maria Helena Vilela",
        "Maria",
    ]


def test_a_given_name_written_alone_before_the_full_name_of_the_same_person(
    rules: Language,
) -> None:
    # "Marcelo" three times, then "Marcelo Odebrecht" with no role set off: one man
    text = (
        "O ex-presidente da Odebrecht, Marcelo, entregou e-mails. Marcelo entregou "
        "planilhas. Os advogados de Marcelo falaram. Os e-mails juntados por Marcelo "
        "Odebrecht abalam a defesa. “Eu entreguei tudo”, disse Marcelo."
    )
    assert speakers(rules, text, [("Marcelo Odebrecht", "PER")]) == ["Marcelo Odebrecht"]


def test_a_role_names_its_holder_past_a_complement_of_four_words(rules: Language) -> None:
    text = (
        "Ryan Nicodemus disse que sim. “O minimalismo é um reflexo”, explica o "
        "pesquisador em cultura e comunicação Marcelo Vinagre Mocarzel, professor da UFF."
    )
    assert speakers(rules, text, [("Ryan Nicodemus", "PER")]) == [
        "Ryan Nicodemus",
        "Marcelo Vinagre Mocarzel",
    ]


def test_a_quote_with_a_dropped_subject_is_the_person_just_introduced(
    rules: Language,
) -> None:
    # the sentence before the quote names one person in full, not as its subject
    text = (
        "Ryan Nicodemus disse que sim. Coisas sobrando era como a modista Isabel Alves, 23 "
        "anos, definia sua vida. “Eu gastava muito”, conta."
    )
    people = [("Ryan Nicodemus", "PER"), ("Isabel Alves", "PER")]
    assert speakers(rules, text, people) == ["Ryan Nicodemus", "Isabel Alves"]


def test_a_titled_client_inside_a_role_phrase_is_not_its_holder(rules: Language) -> None:
    # "O advogado do ex-governador Sandoval Cardoso": the lawyer, unnamed
    text = (
        "O ex-governador Sandoval Cardoso foi citado. O advogado do ex-governador Sandoval "
        "Cardoso disse que o cliente desconhece as acusações."
    )
    people = [("Sandoval Cardoso", "PER"), ("Sandoval Cardoso", "PER", 1)]
    assert speakers(rules, text, people) == [None]


def test_a_description_of_someone_brought_in_unnamed_stays_unnamed(rules: Language) -> None:
    text = (
        "Foram diversos casos de violência, segundo os PMs. Uma mulher que também foi "
        "vítima de roubo disse que a família foi espancada. “Aí veio uma porção de "
        "garotos”, contou a mulher."
    )
    assert speakers(rules, text, []) == ["PMs", None, None]


def test_a_name_after_a_place_preposition_is_no_one_brought_in_to_speak(
    rules: Language,
) -> None:
    # a model took "Singularity University" for a person: where he studied
    text = (
        "O humorista Murilo Gun é um nerd profissional. Aos 13 anos, abriu uma empresa. "
        "Depois voltou do Vale do Silício, onde estudou em Singularity University. “Me "
        "formei em futurologia”, brinca."
    )
    people = [("Murilo Gun", "PER"), ("Singularity University", "PER")]
    assert speakers(rules, text, people) == ["Murilo Gun"]


def test_cues_of_boasts_and_dismissals(rules: Language) -> None:
    text = (
        "“Ninguém constrói muros melhor”, gabou-se Donald Trump. “Isso não é difícil”, "
        "minimizou Tasso Jereissati."
    )
    assert [(q[2], q[3]) for q in quotes(rules, text)] == [
        ("Donald Trump", "gabou-se"),
        ("Tasso Jereissati", "minimizou"),
    ]


def test_a_quote_with_a_dropped_subject_is_not_someone_named_again_before_it(
    rules: Language,
) -> None:
    # the judge named again as an object is not brought in to speak: the lawyer is
    text = (
        "O juiz Marcelo Bretas condenou Cabral. O advogado Rodrigo Roca recusa as "
        "acusações. Seu argumento é que não há provas, ao que se soma a suspeição contra "
        "Marcelo Bretas. “Eu o tenho como uma pessoa bem intencionada”, diz."
    )
    people = [("Marcelo Bretas", "PER"), ("Rodrigo Roca", "PER"), ("Marcelo Bretas", "PER", 1)]
    assert speakers(rules, text, people)[-1] == "Rodrigo Roca"


def test_a_paper_described_before_its_quoted_title_speaks_by_that_title(
    rules: Language,
) -> None:
    text = (
        "Veja o que disseram os veículos. O jornal espanhol “El País” afirma que a "
        "condenação compromete o político. O jornal britânico de “The Guardian” ressalta "
        "que a decisão complica seus planos."
    )
    assert speakers(rules, text, []) == ["El País", "The Guardian"]


def test_a_pronoun_stressed_before_its_cue_is_the_subject(rules: Language) -> None:
    text = (
        "Foi uma audiência tranquila. O deputado Eduardo Cunha foi à comissão. Era um "
        "ambiente de cordialidade. Mas ele próprio afirmou: “Não tenho conta no exterior”."
    )
    assert quotes(rules, text, ("Eduardo Cunha",))[-1][2:] == ("Eduardo Cunha", "afirmou", "ele")


def test_a_quote_with_a_dropped_subject_is_not_someone_just_thanked(rules: Language) -> None:
    # the mayor is a complement of "agradeceu", not brought in to speak
    text = (
        "Alckmin fez um discurso de 20 minutos. O evento durou horas. Logo no início, "
        "agradeceu a presença do prefeito de Manaus, Arthur Virgílio Neto, que deseja ser "
        "candidato. “Sua pré-candidatura honra o partido”, disse."
    )
    people = [("Alckmin", "PER"), ("Arthur Virgílio Neto", "PER")]
    assert speakers(rules, text, people) == ["Alckmin"]


def test_a_role_adding_to_a_quote_is_who_just_spoke_though_of_no_known_gender(
    rules: Language,
) -> None:
    text = (
        "O deputado Wladimir Costa votou. Pauderney Avelino acredita que as mudanças "
        "atrairão a base. “O exército para as reformas é maior”, ressaltou. “Terá os votos "
        "necessários”, complementou o deputado amazonense."
    )
    people = [("Wladimir Costa", "PER"), ("Pauderney Avelino", "PER")]
    assert speakers(rules, text, people)[-1] == "Pauderney Avelino"


def test_a_role_continuing_a_quote_lends_its_gender_to_the_speaker(rules: Language) -> None:
    # "completa o compositor" tells that Fuba is a man: "o artista" later is still him
    text = (
        "O cantor Zé Ramalho gravou o disco. Zé Ramalho morou lá. Ao G1, Fuba explica a "
        "canção. “Eu compus "
        "essa música em 1994”, explica Fuba. “Gosto muito da versão dela”, completa o "
        "compositor. O compositor também foi responsável pela ponte com a escola. “Eu "
        "passei o briefing”, comenta o artista."
    )
    people = [("Zé Ramalho", "PER"), ("Zé Ramalho", "PER", 1), ("Fuba", "PER"), ("Fuba", "PER", 1)]
    assert speakers(rules, text, people) == ["Fuba", "Fuba", "Fuba"]


def test_a_role_adding_to_a_quote_nobody_was_given_is_still_the_role(rules: Language) -> None:
    # "acrescentou" goes on from an aide the text leaves unnamed: "o deputado" is Tiririca
    text = (
        "O deputado Tiririca discursou. Procurada, a assessoria de Tiririca não comentou. "
        "Tiririca foi o deputado mais votado em 2014. “Ele está abandonando a vida "
        "pública”, disse um assessor. O deputado também acrescentou: “É triste o que vi "
        "nesses sete anos”."
    )
    people = [("Tiririca", "PER"), ("Tiririca", "PER", 1), ("Tiririca", "PER", 2)]
    assert speakers(rules, text, people)[-1] == "Tiririca"


def test_a_short_quoted_catchphrase_with_commas_is_no_quotation_of_its_own(
    rules: Language,
) -> None:
    # "“Ai, ai, ai”" is three words, not five tokens: the closing cue reports the sentence
    text = (
        "O programa estreou. O bordão “Ai, ai, ai” virou marca do programa na televisão "
        "brasileira, como lembra o pesquisador João Batista Freire."
    )
    assert speakers(rules, text, [("João Batista Freire", "PER")]) == ["João Batista Freire"]


def test_quoted_examples_before_a_closing_cue_stay_direct_quotes(rules: Language) -> None:
    text = (
        'As desculpas variam. "Vou comprar porque PRECISO"; "está na promoção, NÃO DÁ PARA '
        'NÃO comprar", são alguns exemplos, conforme explica a psicóloga Tatiana Zambrano.'
    )
    found = quotes(rules, text, ("Tatiana Zambrano",))
    assert [(q[0], q[1]) for q in found] == [
        ("Vou comprar porque PRECISO", "direct"),
        ("está na promoção, NÃO DÁ PARA NÃO comprar", "direct"),
    ]


def test_a_given_name_alone_is_the_person_last_named_in_full_with_it(rules: Language) -> None:
    # two Joãos: the judge, then the father, who "João" alone means from then on
    text = (
        "Segundo o magistrado João Augusto Figueiredo de Oliveira Jr, não há critérios "
        "rígidos. O casal João Carlos Fonseca Martins e George Souza adotou Gabriel. João "
        "Carlos é servidor público. “O desejo inicial foi meu”, relembra João."
    )
    people = [("João Augusto Figueiredo de Oliveira Jr", "PER")]
    people += [("João Carlos Fonseca Martins", "PER"), ("George Souza", "PER")]
    assert speakers(rules, text, people)[-1] == "João Carlos Fonseca Martins"


def test_a_bare_defence_is_the_defence_the_text_named_before(rules: Language) -> None:
    text = (
        "Lula foi condenado pelo TRF-4. A defesa de Lula afirmou que a decisão é ilegal. "
        "Os advogados dizem que a prisão é indevida. A defesa pede que se aguarde o "
        "julgamento do STJ."
    )
    assert speakers(rules, text, [("Lula", "PER"), ("Lula", "PER", 1)]) == [
        "defesa de Lula",
        "advogados de Lula",  # as the text calls them here
        "defesa de Lula",
    ]


def test_a_body_a_model_ran_into_a_persons_name_keeps_its_own_name(rules: Language) -> None:
    text = (
        "A Petrobras informou que o lucro subiu no trimestre. Nada desabona o ex-presidente "
        "da Petrobras Aldemir Bendine."
    )
    entities = [("Petrobras", "ORG"), ("Petrobras Aldemir Bendine", "ORG")]
    assert speakers(rules, text, entities) == ["Petrobras"]


def test_a_text_ending_on_a_topic_opener_does_not_crash(rules: Language) -> None:
    text = "“Vamos vencer este jogo difícil de qualquer jeito”, disse o técnico. Quanto a Lula"
    assert speakers(rules, text, [("Lula", "PER")]) == [None]


def test_standing_up_for_someone_is_no_defence_of_theirs(rules: Language) -> None:
    # "em defesa de Moro": not the defence "a defesa" later speaks for
    text = (
        "O ministro Gilmar Mendes saiu em defesa de Moro nesta terça. A defesa afirmou "
        "que a condenação não tem qualquer base nas provas."
    )
    assert speakers(rules, text, [("Gilmar Mendes", "PER"), ("Moro", "PER")]) == [None]


def test_a_defence_named_at_the_texts_first_word_is_found(rules: Language) -> None:
    text = (
        "Defesa de Lula recorre ao STF contra a condenação. O recurso foi apresentado "
        "ontem. A defesa afirmou que a condenação não tem base nas provas do processo."
    )
    assert speakers(rules, text, [("Lula", "PER")]) == ["defesa de Lula"]


def test_a_body_whose_name_goes_on_in_adjectives_keeps_its_whole_name(
    rules: Language,
) -> None:
    text = (
        "O Tribunal Regional Eleitoral de Minas Gerais julgou o caso ontem. Em nota, o "
        "Tribunal Regional afirmou que o pedido do candidato era improcedente."
    )
    entities = [("Tribunal Regional Eleitoral de Minas Gerais", "ORG")]
    entities += [("Tribunal Regional", "ORG", 1)]
    assert speakers(rules, text, entities) == ["Tribunal Regional Eleitoral de Minas Gerais"]


def test_a_given_name_that_fits_two_full_names_is_resolved_the_same_in_every_process() -> None:
    # "João Carlos" fits both men: "João" must not depend on the order of a set of
    # strings, which changes with the hash seed of each process
    script = (
        "import spacy\n"
        "nlp = spacy.blank('pt'); nlp.add_pipe('sentencizer'); nlp.add_pipe('newsnlp_quotes')\n"
        "text = ('O juiz João Carlos Fonseca Martins abriu a sessão. O advogado João Carlos "
        "Silva pediu vista. Mais tarde, João Carlos voltou ao plenário. “Não vamos aceitar "
        "isso de forma alguma”, disse João.')\n"
        "doc = nlp.make_doc(text)\n"
        "doc.ents = [doc.char_span(text.find(n), text.find(n) + len(n), 'PER') for n in "
        "('João Carlos Fonseca Martins', 'João Carlos Silva')]\n"
        "print(nlp(doc).spans['quotes'][0]._.speaker)\n"
    )
    answers = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert answers == {"João Carlos Fonseca Martins"}


def test_run_in_prefix_cuts_words_and_places_but_not_given_names() -> None:
    texts = ["x"] * 50 + ["Herzem", "Gusmão", "Cármen", "Lúcia"]
    named = {("Herzem", "Gusmão"): [50], ("Cármen", "Lúcia"): [52]}
    assert run_in_prefix(("Fachin", "Cármen", "Lúcia"), texts, named) == 1
    assert run_in_prefix(("Vitória", "da", "Conquista", "Herzem", "Gusmão"), texts, named) == 3
    assert run_in_prefix(("Fachin", "Maria", "Cármen", "Lúcia"), texts, named) == 0
    assert run_in_prefix(("Herzem", "Gusmão"), texts, named) == 0


def test_a_name_after_de_whose_tail_is_never_written_alone_stays_one_name(
    rules: Language,
) -> None:
    # "de Sailson [José das Graças]" reads like a body before a person, but the text
    # never names "José das Graças" alone: it is one man's full name
    text = (
        "Sailson José das Graças responde a seis homicídios. Elas morreram pelas mãos de "
        "Sailson José das Graças. Sailson conta que a namorada jogou fora o caderno."
    )
    assert speakers(rules, text, []) == ["Sailson José das Graças"]


def test_a_surname_after_e_that_is_someone_elses_is_not_joined(rules: Language) -> None:
    # "Gilmar Mendes e Janot": two men, Janot the surname of "Rodrigo Janot"
    text = (
        "O procurador Rodrigo Janot rebateu a acusação. Após o mal-estar entre Gilmar "
        "Mendes e Janot, houve um novo vazamento. “Isso é crime”, disse Gilmar Mendes."
    )
    people = [("Rodrigo Janot", "PER"), ("Janot", "PER", 1)]
    people += [("Gilmar Mendes", "PER"), ("Gilmar Mendes", "PER", 1)]
    assert speakers(rules, text, people) == ["Gilmar Mendes"]


def test_a_surname_the_text_calls_someone_by_is_not_joined_to_the_next(
    rules: Language,
) -> None:
    # "Aílton Graça e Airoldi": the text calls him "Graça", so "Airoldi" is someone
    # else's; "Manuel Costa e Silva", never "Costa" alone, stays one name
    text = (
        "A série ganha adaptação com Aílton Graça e Airoldi. Graça afirma que perdeu peso. "
        "“Foi difícil”, disse Graça. O ministro Manuel Costa e Silva falou depois. "
        "“Nada muda”, disse Silva."
    )
    people = [("Aílton Graça", "PER"), ("Graça", "PER", 1), ("Graça", "PER", 2)]
    people += [("Manuel Costa", "PER"), ("Silva", "PER", 1)]
    assert speakers(rules, text, people) == ["Aílton Graça", "Aílton Graça", "Manuel Costa e Silva"]


def test_a_role_is_the_person_named_after_the_roles_she_held(rules: Language) -> None:
    # "a deputada federal, ex-senadora, …, Benedita da Silva": all four roles are hers
    text = (
        "A primeira foi a hoje deputada federal, ex-senadora, ex-governadora do Rio e "
        "ex-secretária especial da Assistência e Promoção Social do governo Lula, Benedita "
        "da Silva, de 75 anos. Marielle Franco era vereadora. Para a deputada, não será "
        "preciso esperar mais uma década."
    )
    people = [("Lula", "PER"), ("Benedita da Silva", "PER"), ("Marielle Franco", "PER")]
    assert speakers(rules, text, people) == ["Benedita da Silva"]


def test_a_name_after_a_source_role_and_a_comma_opens_the_clause(rules: Language) -> None:
    # "segundo a deputada, Marielle, que …, incomodava": Marielle is who the clause is
    # about, not the deputy's name
    text = (
        "A deputada Benedita da Silva deu uma entrevista. E, segundo a deputada, Marielle, "
        "que denunciava problemas na polícia, incomodava muito. Para a deputada, o país "
        "mudou."
    )
    people = [("Benedita da Silva", "PER"), ("Marielle", "PER")]
    assert speakers(rules, text, people) == ["Benedita da Silva", "Benedita da Silva"]


def test_a_quote_sharing_a_source_clauses_cue_is_part_of_it(rules: Language) -> None:
    text = (
        "A deputada Benedita da Silva falou. Para Benedita, o assassinato de Marielle, "
        "“além de uma violência contra a mulher, é uma violência contra a negritude”."
    )
    doc = tagged(rules, text, [("Benedita da Silva", "PER"), ("Benedita", "PER", 1)])
    found = [(q.text[:31], q._.quote_kind, q._.speaker) for q in doc.spans["quotes"]]
    assert found == [("o assassinato de Marielle, “alé", "mixed", "Benedita da Silva")]


def test_a_verb_opening_a_sentence_before_an_adverb_is_no_one(rules: Language) -> None:
    # "Passa diariamente diante das casas": a dropped subject, not a man named Passa
    text = (
        "Mohamed El Bachri perdeu a mulher. El Bachri sabe quem são os familiares. Passa "
        "diariamente diante das casas dos terroristas. “Todo dia é 22 de março. Todo dia "
        "me levanto e tudo recomeça.” Ele diz que vai cumprimentar os pais."
    )
    assert speakers(rules, text, [("Mohamed El Bachri", "PER"), ("El Bachri", "PER", 1)]) == [
        "Mohamed El Bachri",
        "Mohamed El Bachri",
    ]


def test_a_bare_role_two_ministers_hold_is_the_one_in_focus(rules: Language) -> None:
    # both introduced with their ministries; "o ministro" is the one just quoted
    text = (
        "A decisão foi anunciada pelo ministro da Defesa, Raul Jungmann. “Já liguei para "
        "o presidente”, disse Jungmann, ao lado do ministro do Gabinete de Segurança "
        "Institucional, Sergio Etchegoyen. “Tivemos a garantia dos trabalhos”, afirmou "
        "Jungmann. Segundo o ministro, a medida colocou na rua 1,4 mil homens."
    )
    people = [("Raul Jungmann", "PER"), ("Jungmann", "PER", 1), ("Sergio Etchegoyen", "PER")]
    assert speakers(rules, text, [*people, ("Jungmann", "PER", 2)]) == ["Raul Jungmann"] * 3


def test_two_people_joined_as_a_subject_are_not_the_topic(rules: Language) -> None:
    # "disse" after "Bernardes e Bonner … se separaram" is still Bonner's
    text = (
        "William Bonner criticou os internautas. Fátima Bernardes e William Bonner, que "
        "apresentavam juntos o jornal, se separaram em 2016. “Algumas pessoas se imaginam "
        "no direito de agredir adultos”, disse."
    )
    people = [("William Bonner", "PER"), ("Fátima Bernardes", "PER"), ("William Bonner", "PER", 1)]
    assert speakers(rules, text, people) == ["William Bonner"]


def test_an_unnamed_source_heard_by_an_outlet_is_no_one_named(rules: Language) -> None:
    text = (
        "A procuradora Raquel Dodge foi indicada. “Creio que ela será mais cuidadosa com "
        "horários”, afirmou uma amiga ouvida pelo G1. “Vai ver o seu destino é ficar no "
        "Ministério Público”, consolou a então ministra Eliana Calmon."
    )
    found = quotes(rules, text, people=("Raquel Dodge", "Eliana Calmon"))
    assert [(q[2], q[4]) for q in found] == [
        (None, "uma amiga"),
        ("Eliana Calmon", "Eliana Calmon"),
    ]


def test_a_cues_subject_after_two_asides(rules: Language) -> None:
    text = (
        "O programa mudou. “Olha, a gente está testando ainda o que vai ter”, diz, "
        "cauteloso, ao Estado, o diretor de núcleo Boninho, responsável pelo programa."
    )
    found = quotes(rules, text, people=("Boninho",))
    assert [(q[2], q[4]) for q in found] == [("Boninho", "Boninho")]


def test_an_infinitive_report_after_the_cues_setting(rules: Language) -> None:
    text = (
        "O suspeito disse em depoimento ser o autor do crime. O irmão admitiu à polícia "
        "ter mentido sobre o caso."
    )
    assert [(q[0], q[1]) for q in quotes(rules, text)] == [
        ("ser o autor do crime", "indirect"),
        ("ter mentido sobre o caso", "indirect"),
    ]


def test_a_plural_noun_like_a_speech_verb_does_not_split_a_report(rules: Language) -> None:
    # "ameaças" is also "tu ameaças": after "e" it is the subject's second noun
    text = "O jornalista afirmou que os xingamentos e ameaças surgiram em setembro."
    assert [q[0] for q in quotes(rules, text)] == ["os xingamentos e ameaças surgiram em setembro"]


def test_what_something_means_or_a_law_prescribes_is_no_report(rules: Language) -> None:
    text = (
        "A Lei da Ficha Limpa prevê que um condenado em segunda instância fica inelegível. "
        "Isso não quer dizer que a Rússia não pode ser um sabotador perigoso. O ministro "
        "disse que a lei prevê punição para todos."
    )
    assert [q[0] for q in quotes(rules, text)] == ["a lei prevê punição para todos"]


def test_a_text_or_an_agreement_prescribing_is_no_report(rules: Language) -> None:
    text = (
        "A proposta também prevê que uma equipe ofereça apoio psicológico. O texto define "
        "que o partido poderá redirecionar recursos. Segundo o acordo, o delator devolverá "
        "o dinheiro. O relatório afirma que houve fraude. As propostas afirmam que tais "
        "substâncias são isentas. O ministro previu que a economia vai crescer."
    )
    assert [q[0] for q in quotes(rules, text)] == [
        "houve fraude",
        "tais substâncias são isentas",
        "a economia vai crescer",
    ]


def test_the_grounds_of_an_act_are_no_report(rules: Language) -> None:
    text = (
        "O juiz negou o recurso por entender que não havia provas. O tribunal decidiu, "
        "entendendo que a lei valia. Ao não considerar que houve crime, o STF arquivou o "
        "caso. O ministro entendeu que a prisão era legal. O partido expulsou o "
        "candidato por considerar que ele «faltou com a verdade»."
    )
    assert [q[0] for q in quotes(rules, text)] == [
        "a prisão era legal",
        "ele «faltou com a verdade»",
    ]


def test_the_defence_as_a_source_is_the_defendants_lawyer(rules: Language) -> None:
    text = (
        "O advogado de Lula, Cristiano Zanin, falou ontem. Segundo a defesa, a ação "
        "passou a ter como foco uma relação privada."
    )
    found = quotes(rules, text, people=("Lula", "Cristiano Zanin"))
    assert [(q[0], q[2], q[4]) for q in found] == [
        ("a ação passou a ter como foco uma relação privada", "Cristiano Zanin", "a defesa")
    ]


def test_a_lawyer_of_a_client_a_model_tagged_is_not_the_client(rules: Language) -> None:
    text = "O advogado de Renato Duque afirmou que a sentença atendeu ao que pedia a defesa."
    found = quotes(rules, text, people=("Renato Duque",))
    assert [(q[2], q[4]) for q in found] == [(None, "O advogado de Renato Duque")]


def test_a_surname_with_a_feminine_article_is_the_mans_company(rules: Language) -> None:
    text = (
        "O juiz condenou Marcelo Odebrecht. A Odebrecht afirmou que tem o compromisso de "
        "colaborar. Odebrecht disse que vai recorrer."
    )
    people = [("Marcelo Odebrecht", "PER"), ("Odebrecht", "PER", 1), ("Odebrecht", "PER", 2)]
    assert speakers(rules, text, people) == ["Odebrecht", "Marcelo Odebrecht"]


def test_a_role_given_as_a_second_title_does_not_take_the_role_over(rules: Language) -> None:
    text = (
        "O general Walter Braga Netto disse que as UPPs serão reestruturadas. O plano será "
        "analisado pelo novo secretário, general Richard Nunes. O general afirmou que não "
        "há definição sobre concurso."
    )
    people = [("Walter Braga Netto", "PER"), ("Richard Nunes", "PER")]
    assert speakers(rules, text, people) == ["Walter Braga Netto", "Walter Braga Netto"]


def test_a_note_issued_before_a_colon_is_its_issuers(rules: Language) -> None:
    # "nota" is the note, not the verb "notar"; the issuer, or the defence, speaks
    text = (
        "O advogado de Palocci, Alessandro Silverio, falou ontem. O advogado de Henrique "
        'Alves, Marcelo Leal, enviou a seguinte nota: "Henrique Alves faz parte do PMDB há '
        'mais de 40 anos." Nota da defesa de Palocci: "Nós vamos recorrer da decisão."'
    )
    people = [("Alessandro Silverio", "PER"), ("Henrique Alves", "PER"), ("Marcelo Leal", "PER")]
    assert speakers(rules, text, people) == ["Marcelo Leal", "Alessandro Silverio"]


def test_a_surname_two_people_share_is_the_one_named_last(rules: Language) -> None:
    text = (
        "Camila Pitanga dirigiu o filme. O filme é sobre o ator Antônio Pitanga. Você "
        "esperava esse filme? Pitanga: O filme foi feito pela minha filha. E o Cinema "
        "Novo? Pitanga: Eu acho que os dois filmes conversam."
    )
    people = [("Camila Pitanga", "PER"), ("Antônio Pitanga", "PER")]
    assert speakers(rules, text, people) == ["Antônio Pitanga", "Antônio Pitanga"]


def test_a_name_in_capitals_heading_the_next_section_is_no_credit(rules: Language) -> None:
    text = (
        "Os acusados responderam. MICHEL TEMER - A Secretaria de Comunicação "
        'divulgou a seguinte nota: "O procurador-geral continua sua marcha irresponsável." '
        'RODRIGO ROCHA LOURES - O advogado Cezar Bitencourt afirmou: "Ele é inocente."'
    )
    people = [("Cezar Bitencourt", "PER")]
    assert speakers(rules, text, people) == ["Secretaria de Comunicação", "Cezar Bitencourt"]


def test_a_communique_named_again_is_the_note_of_who_spoke_in_it(rules: Language) -> None:
    text = (
        "Em nota, o MME destacou que as razões permanecem as mesmas. “O País necessita "
        "crescer e gerar empregos”, diz o comunicado."
    )
    assert speakers(rules, text, [("MME", "ORG")]) == ["MME", "MME"]


def test_an_imperative_to_the_reader_is_no_cue(rules: Language) -> None:
    text = "Entenda que a reforma muda as regras da aposentadoria. O ministro disse que sim."
    found = quotes(rules, text)
    assert [q[0] for q in found] == ["sim"]


def test_a_state_after_in_is_where_not_who_speaks(rules: Language) -> None:
    text = "Suspeito de matar ex-namorada na BA diz que a vítima o ameaçou com revólver."
    assert speakers(rules, text, [("BA", "ORG")]) == [None]


def test_a_headlines_double_stop_and_a_links_plus_end_a_reported_clause(rules: Language) -> None:
    # a corpus that lost its line breaks: "..  " after a headline, "+" before a link
    text = (
        "UFG diz que assunto respeita a pluralidade de ideias..  A UFG reitera o compromisso. "
        "+ PF diz que Jucá não obstruiu a Lava Jato + PF ataca benefícios a delatores"
    )
    found = quotes(rules, text)
    assert [q[0] for q in found] == [
        "assunto respeita a pluralidade de ideias",
        "Jucá não obstruiu a Lava Jato",
    ]


def test_the_defender_is_the_lawyer_the_text_introduced(rules: Language) -> None:
    text = (
        "O advogado Pedro Ivo, que defende Eduardo Cunha, afirmou que não teve acesso à "
        "denúncia. O defensor, entretanto, ressaltou que o deputado é inocente."
    )
    people = [("Pedro Ivo", "PER"), ("Eduardo Cunha", "PER")]
    assert speakers(rules, text, people) == ["Pedro Ivo", "Pedro Ivo"]


def test_the_outlet_a_company_speaks_to_is_not_the_company(rules: Language) -> None:
    text = "A obra termina em 2026. Ao Nascer do SOL, a empresa diz que a expectativa é boa."
    assert speakers(rules, text, [("SOL", "ORG")]) == [None]


def test_a_body_described_by_a_role_noun_is_the_body(rules: Language) -> None:
    text = (
        "A colunista Andréia Sadi escreveu ontem. Um helicóptero caiu em Joinville. "
        "A empresa dona da aeronave diz que a tripulação foi sequestrada."
    )
    found = quotes(rules, text, people=("Andréia Sadi",))
    assert [(q[2], q[4]) for q in found] == [(None, "A empresa dona da aeronave")]


def test_a_mark_a_model_ran_into_a_name_is_not_part_of_it(rules: Language) -> None:
    text = "Lula confirmou a visita. “Eu não tenho a menor noção”, disse Lula + Moro ouviu."
    assert speakers(rules, text, [("Lula", "PER"), ("Lula +", "PER")]) == ["Lula"]


def test_a_conversations_questions_are_said_too(rules: Language) -> None:
    # a transcript of two voices, not an interview: each asks and states things
    text = (
        "Veja a transcrição. Aécio — Esses vazamentos são uma ilegalidade. Joesley — Não "
        "vai parar com isso? Aécio — Não vai parar nunca. Joesley — Texto do quê? "
        "Aécio — Do projeto do Eunício. Joesley — Lógico."
    )
    found = quotes(rules, text, people=("Aécio", "Joesley"))
    assert [(q[0], q[2]) for q in found] == [
        ("Esses vazamentos são uma ilegalidade.", "Aécio"),
        ("Não vai parar com isso?", "Joesley"),
        ("Não vai parar nunca.", "Aécio"),
        ("Texto do quê?", "Joesley"),
        ("Do projeto do Eunício.", "Aécio"),
        ("Lógico.", "Joesley"),
    ]


def test_a_heading_that_gives_the_floor_names_the_reply_below(rules: Language) -> None:
    # Estadão prints replies under "COM A PALAVRA, …" in capitals: no verb, no colon
    text = (
        "O advogado Cristiano Zanin Martins recorreu. COM A PALAVRA, O ADVOGADO CRISTIANO "
        "ZANIN MARTINS, QUE DEFENDE LULA “A decisão é contraditória com a anterior.” "
        "COM A PALAVRA, A FUNCEF “A Fundação reitera que está à disposição”, afirma a "
        "entidade. COM A PALAVRA, O CRIMINALISTA JOSÉ ROBERTO BATOCHIO “Não tive acesso "
        "aos autos do processo.”"
    )
    found = quotes(rules, text, people=("Cristiano Zanin Martins",))
    assert [(q[0], q[2], q[4]) for q in found] == [
        (
            "A decisão é contraditória com a anterior.",
            "Cristiano Zanin Martins",
            "CRISTIANO ZANIN MARTINS",
        ),
        ("A Fundação reitera que está à disposição", "FUNCEF", "FUNCEF"),
        (
            "Não tive acesso aos autos do processo.",
            "José Roberto Batochio",
            "JOSÉ ROBERTO BATOCHIO",
        ),
    ]
    assert [q[3] for q in found] == ["COM A PALAVRA", "afirma", "COM A PALAVRA"]


def test_a_body_a_heading_gave_the_floor_to_is_the_one_a_cue_describes(
    rules: Language,
) -> None:
    text = (
        "A Petros informou que colabora. COM A PALAVRA, A WTORRE Em nota, a empresa "
        "informou que não tem negócios com o poder público."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [
        ("colabora", "Petros"),
        ("não tem negócios com o poder público", "WTORRE"),
    ]


def test_an_interview_whose_paper_labels_only_its_questions(rules: Language) -> None:
    # "BBC Mundo - …? answer BBC Mundo - …? answer": the answers are the interviewee's,
    # also around a quote cued inside one and after a question that quotes someone else
    text = (
        "O economista Peter Temin explica a tese na entrevista a seguir. BBC Mundo - O "
        "senhor vê dois países? Sim, a classe média está desaparecendo há décadas. BBC "
        "Mundo - Mas Trump diz que o desemprego caiu? Os salários não subiram desde então. "
        'Um estudante meu disse: "Isso se parece com o Brasil". Falo da Argentina, que era '
        "muito rica. BBC Mundo - O que recomenda? Eleger um governo que queira mudar isso."
    )
    found = quotes(rules, text, people=("Peter Temin", "Trump"))
    assert [(q[0], q[2]) for q in found] == [
        ("Sim, a classe média está desaparecendo há décadas.", "Peter Temin"),
        ("o desemprego caiu", "Trump"),
        ("Os salários não subiram desde então. Um estudante meu disse", "Peter Temin"),
        ("Isso se parece com o Brasil", None),
        ("Falo da Argentina, que era muito rica.", "Peter Temin"),
        ("Eleger um governo que queira mudar isso.", "Peter Temin"),
    ]


def test_a_run_in_label_that_names_a_speaker_labelled_after_questions(rules: Language) -> None:
    # "Carlos Madson Reis:" answers a statement; "Madson:" answers questions later
    text = (
        "Leia a entrevista. G1: Acho importante começar explicando o tombamento. Carlos "
        "Madson Reis: Eu quero explicar o papel do Iphan. G1: Mas isso quer dizer o quê? "
        "Madson: O que está tombado é o projeto urbanístico. G1: E o viaduto? Madson: Faz "
        "parte da área tombada."
    )
    found = quotes(rules, text, people=("Carlos Madson Reis",))
    assert [(q[0], q[2]) for q in found] == [
        ("Eu quero explicar o papel do Iphan.", "Carlos Madson Reis"),
        ("O que está tombado é o projeto urbanístico.", "Carlos Madson Reis"),
        ("Faz parte da área tombada.", "Carlos Madson Reis"),
    ]


def test_a_lawyer_who_acts_for_someone_else_is_not_another_clients_defence(
    rules: Language,
) -> None:
    text = (
        "O advogado Rodrigo Antunes, que defende Leonardo Guerra, informou que vai "
        "recorrer. A defesa de Nelson Leal afirmou que está avaliando os documentos. "
        "A defesa de Leonardo Guerra disse que não vai prestar declarações."
    )
    found = quotes(rules, text, people=("Rodrigo Antunes", "Leonardo Guerra", "Nelson Leal"))
    assert [q[2] for q in found] == ["Rodrigo Antunes", "defesa de Nelson Leal", "Rodrigo Antunes"]


def test_a_bare_body_noun_is_the_body_the_text_described_with_it(rules: Language) -> None:
    # "a força-tarefa" is a body; the text named it in lower case, with a name after
    text = (
        "O juiz acolheu pedido da força-tarefa da Operação Lava Jato. A força-tarefa "
        "sustenta que o réu nunca pagou pelos imóveis. A menina ficou na escola Casinha "
        "Feliz. A escola informou que a aluna passava bem."
    )
    found = quotes(rules, text)
    assert [(q[0], q[2]) for q in found] == [
        ("o réu nunca pagou pelos imóveis", "força-tarefa da Operação Lava Jato"),
        ("a aluna passava bem", "Casinha Feliz"),
    ]


def test_a_generic_noun_stands_for_the_last_body_of_its_kind(rules: Language) -> None:
    # "o partido" is the party (one the text tags a deputy with), "a empresa" the
    # company, not the ministry or secretariat named after them
    text = (
        "O PR apresentou a representação contra Jean Wyllys (PSOL-RJ) e Érika Kokay "
        "(PT-DF). O Conselho de Ética abriu os processos. O partido considera que houve "
        "quebra de decoro. A Fiat anunciou um recall. A Secretaria da Segurança Pública "
        "divulgou dados. De acordo com a empresa, a falha é rara."
    )
    entities = [
        ("PR", "ORG"),
        ("Jean Wyllys", "PER"),
        ("Érika Kokay", "PER"),
        ("Conselho de Ética", "ORG"),
        ("Fiat", "ORG"),
        ("Secretaria da Segurança Pública", "ORG"),
    ]
    assert speakers(rules, text, entities) == ["PR", "Fiat"]


def test_a_bare_police_stands_as_written_among_the_forces_named(rules: Language) -> None:
    # "a polícia" after "Polícia Civil" and "Polícia Militar" names neither
    text = (
        "A Polícia Civil prendeu o suspeito. A Polícia Militar cercou a casa. "
        "Segundo a polícia, o suspeito fugiu pelos fundos."
    )
    found = speakers(rules, text, [("Polícia Civil", "ORG"), ("Polícia Militar", "ORG")])
    assert found == ["polícia"]


def test_a_headlines_bare_body_is_the_one_the_text_names_below(rules: Language) -> None:
    text = (
        "Mulher presa planejou o crime, diz polícia\nA suspeita foi presa ontem. "
        "A Polícia Civil informou que ela confessou."
    )
    assert speakers(rules, text, [("Polícia Civil", "ORG")]) == ["Polícia Civil", "Polícia Civil"]


def test_a_role_keeps_its_adjective_and_a_link_call_is_no_name(rules: Language) -> None:
    # "Adjunta" belongs to the role, not to a name; "Leia" opens a related link
    text = (
        "Ministra diz que os críticos falharam. A Ministra Adjunta e dos Assuntos "
        "Parlamentares, Ana Catarina Mendes, disse que o Governo cumpriu. O advogado, "
        "Eugênio Pacelli Leia também: Governo cai. Pacelli disse que há falhas."
    )
    assert speakers(
        rules, text, [("Ana Catarina Mendes", "PER"), ("Eugênio Pacelli Leia", "PER")]
    ) == [
        "Ana Catarina Mendes",
        "Ana Catarina Mendes",
        "Eugênio Pacelli",
    ]


def test_a_cue_without_its_comma_after_a_quote_in_marks(rules: Language) -> None:
    # "«…» completou.": its subject left out; "«…» destacou o juiz X": a person after it
    text = (
        "O presidente da ANPR, José Cavalcanti, criticou o projeto. «É uma definição "
        "aberta e, com todo respeito, vazia. Ela é um erro» completou. «Eu determinei a "
        "indisponibilidade dos bens até R$ 235 mil» destacou o juiz Douglas Martins. O "
        "«Manual do Estudante Aplicado e Curioso» destacou o trabalho."
    )
    found = quotes(rules, text, people=("José Cavalcanti", "Douglas Martins"))
    assert [(q[2], q[3]) for q in found] == [
        ("José Cavalcanti", "completou"),
        ("Douglas Martins", "destacou"),
    ]


def test_a_cue_after_a_phrase_that_ends_the_quotes_sentence(rules: Language) -> None:
    text = (
        "O primeiro-ministro do Japão, Shinzo Abe, ordenou uma reunião. «Nunca cederemos "
        "ante nenhuma provocação. Reforçaremos nossa pressão» sobre Pyongyang, declarou à "
        "imprensa."
    )
    found = quotes(rules, text, people=("Shinzo Abe",))
    assert [(q[0][:15], q[2], q[3]) for q in found] == [
        ("Nunca cederemos", "Shinzo Abe", "declarou")
    ]


def test_a_subject_after_an_opening_phrase_and_before_a_negation(rules: Language) -> None:
    # "Na busca pelo “candidato óbvio”, Rocha não parece …": Rocha is the subject
    text = (
        "O empresário Flávio Rocha abandonou a vida parlamentar. O deputado Jair Bolsonaro "
        "chegou a citá-lo. Na busca pelo “candidato óbvio”, Rocha não parece confortável. "
        "Ele diz que Bolsonaro precisa acertar."
    )
    found = quotes(rules, text, people=("Flávio Rocha", "Jair Bolsonaro"))
    assert [q[2] for q in found] == ["Flávio Rocha"]


def test_a_titles_article_belongs_to_its_name(rules: Language) -> None:
    # "O Globo" is the paper's name, in marks or after "segundo"; not a headline's
    # article run into the text, nor a heading in capitals
    text = (
        'Segundo o jornal "O Globo", os donos da JBS gravaram Temer. Segundo O Globo, o '
        "empresário contou tudo. Realizando o prejuízo O conselho fiscal entende que os "
        "acionistas perderam."
    )
    assert [q[2] for q in quotes(rules, text)] == ["O Globo", "O Globo", None]
    # once written with its article, the paper's name keeps it: "o jornal", "Globo"
    text = (
        'Segundo o jornal "O Globo", os donos gravaram Temer. O jornal afirmou que o '
        "empresário contou tudo. Segundo o Globo, a sessão caiu."
    )
    assert [q[2] for q in quotes(rules, text)] == ["O Globo"] * 3
    # a heading in capitals ends on a verb's form ("PREVI", of "prever"): no title there
    text = "COM A PALAVRA, A PREVI A Previ afirma que possui um modelo de governança."
    assert [q[2] for q in quotes(rules, text)] == ["Previ"]


def test_a_surname_two_people_share_is_the_one_quoted(rules: Language) -> None:
    # "pai da médica Gabriela Munhoz" makes no role of hers; "Munhoz" after he spoke is
    # Mário, and a quote that speaks of her as "ela" is not hers
    text = (
        "Mário Munhoz, pai da médica reumatologista Gabriela Munhoz, negou que a filha "
        "tenha divulgado exames. «Ela não teve acesso a nenhum prontuário», afirmou. "
        "Segundo Munhoz, os comentários foram descontextualizados. Gabriela estava de "
        "plantão naquele dia. «Alguém postou, não foi ela. Postaram lá no grupo.» O pai "
        "da médica diz que ela espera esclarecer o ocorrido."
    )
    found = quotes(rules, text, people=("Mário Munhoz", "Gabriela Munhoz"))
    assert [q[2] for q in found] == ["Mário Munhoz"] * 5
    assert found[-1][4] == "O pai da médica"  # the father speaks, not the doctor


def test_a_subject_set_off_from_its_cue_by_an_aside_between_dashes(rules: Language) -> None:
    text = (
        "O presidente da ANPR, José Cavalcanti, falou. Na sequência, o subprocurador-geral "
        "da República, Nívio de Freitas Filho – representante do Ministério Público na "
        "audiência, substituindo Janot – disse que o trecho do projeto é incabível."
    )
    found = quotes(rules, text, people=("José Cavalcanti", "Nívio de Freitas Filho", "Janot"))
    assert [(q[0], q[2], q[4]) for q in found] == [
        ("o trecho do projeto é incabível", "Nívio de Freitas Filho", "Nívio de Freitas Filho")
    ]


def test_a_doctors_noun_stands_for_the_specialist_the_text_introduced(rules: Language) -> None:
    # no one was introduced as "médica": "a médica" is the gynaecologist, not the last
    # subject; the lexicon's "ginecologista =médico" says a gynaecologist is a doctor
    text = (
        "Segundo a ginecologista da Unifesp Carolina Ambrogini, o estresse é grande. A "
        "estudante Helen Ramos passou pelo blues puerperal. A médica ainda explica que a "
        "adaptação é complexa."
    )
    found = quotes(rules, text, people=("Carolina Ambrogini", "Helen Ramos"))
    assert [q[2] for q in found] == ["Carolina Ambrogini", "Carolina Ambrogini"]


def test_a_long_fragment_in_marks_inside_a_sentence_is_quoted(rules: Language) -> None:
    # eight words or more, lower-case, inside the narration: the source's words; a short
    # term in marks stays a term
    text = (
        "O Banco de Portugal publicou o relatório. Já o mercado de trabalho «mantém-se "
        "sólido, em resultado do desempenho económico do país», e o crédito é «prudente»."
    )
    found = quotes(rules, text)
    assert [(q[0], q[1]) for q in found] == [
        ("mantém-se sólido, em resultado do desempenho económico do país", "direct")
    ]


def test_a_sources_apposed_name_may_carry_its_party_in_brackets(rules: Language) -> None:
    text = (
        "O presidente Michel Temer falou. Para o líder do DEM, Efraim Filho (PB), a maioria "
        "dos deputados não quer mudança. «A proposta tem mais viabilidade», afirmou."
    )
    found = quotes(rules, text, people=("Michel Temer", "Efraim Filho"))
    assert [(q[0], q[2]) for q in found] == [
        ("a maioria dos deputados não quer mudança", "Efraim Filho"),
        ("A proposta tem mais viabilidade", "Efraim Filho"),
    ]


def test_a_roles_nationality_tells_two_presidents_apart(rules: Language) -> None:
    text = (
        "O presidente turco, Recep Tayyip Erdogan, lamentou a derrubada. Ele pediu uma "
        "reunião com o presidente Vladimir Putin durante a conferência. O presidente "
        "turco disse acreditar que essa seria uma oportunidade."
    )
    found = quotes(rules, text, people=("Recep Tayyip Erdogan", "Vladimir Putin"))
    assert [q[2] for q in found] == ["Recep Tayyip Erdogan"]


def test_a_document_named_again_is_its_issuers(rules: Language) -> None:
    # "X produziu um relatório … e concluiu que": X; "O relatório … afirma", "O documento
    # diz": the report X issued
    text = (
        "O Fundo de População das Nações Unidas (UNFPA) produziu um relatório em 2017 e "
        "concluiu que há abusos. O relatório intitulado Voices from Syria 2018 afirma que "
        "há exemplos de abusos. O documento diz ainda que as mulheres sofrem."
    )
    found = quotes(rules, text)
    assert [q[2] for q in found] == ["Fundo de População das Nações Unidas"] * 3


def test_parse_path_takes_no_impersonal_verb_for_a_subject() -> None:
    # a weak parse makes "Convém" a proper-noun subject; it is a verb before an infinitive
    nlp = spacy.blank("pt")
    extractor = nlp.add_pipe("newsnlp_quotes")
    words = ["Gleisi", "falou", ".", "Convém", "esclarecer", "uma", "regra", "."]
    words += ["«", "É", "a", "radicalização", "da", "luta", "»", "."]
    heads = [1, 1, 1, 4, 4, 6, 4, 4, 11, 11, 11, 11, 13, 11, 11, 11]
    deps = ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "det", "obj", "punct", "punct", "cop"]
    deps += ["det", "ROOT", "case", "nmod", "punct", "punct"]
    pos = ["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "AUX"]
    pos += ["DET", "NOUN", "ADP", "NOUN", "PUNCT", "PUNCT"]
    ents = ["B-PER"] + ["O"] * 15
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    doc = extractor(doc)
    assert [(s.text, s._.speaker) for s in doc.spans["quotes"]] == [
        ("É a radicalização da luta", "Gleisi")
    ]


def test_a_role_of_two_bodies_before_its_name(rules: Language) -> None:
    text = (
        "O colunista Lauro Jardim informou que os donos gravaram. De acordo com o colunista "
        "do G1 e da GloboNews Gerson Camarotti, os articuladores foram avisados."
    )
    found = quotes(rules, text, people=("Lauro Jardim", "Gerson Camarotti"))
    assert [q[2] for q in found] == ["Lauro Jardim", "Gerson Camarotti"]


def test_a_document_noun_before_a_name_is_not_part_of_it(rules: Language) -> None:
    text = (
        "Governo Temer é aprovado por 3%, diz Ibope . Pesquisa Ibope divulgada nesta "
        "quinta-feira mostra os percentuais."
    )
    assert [q[2] for q in quotes(rules, text, people=())] == ["Ibope"]


def test_describing_and_celebrating_are_cues(rules: Language) -> None:
    text = (
        "O ator Edson Celulari estreia. «Ele não se transforma, mas tem atitude de fera», "
        "descreve o ator. «Vencemos com justiça», comemorou o técnico Abel Ferreira."
    )
    found = quotes(rules, text, people=("Edson Celulari", "Abel Ferreira"))
    assert [(q[2], q[3]) for q in found] == [
        ("Edson Celulari", "descreve"),
        ("Abel Ferreira", "comemorou"),
    ]


def test_a_dropped_subject_after_a_role_subject_is_whom_the_role_stands_for(
    rules: Language,
) -> None:
    # "O treinador português" was introduced with no name: the person in focus it
    # describes, not the earlier subject Montiel
    text = (
        "Mourinho com mau perder.\nOs penáltis acabaram com a invencibilidade de José "
        "Mourinho na Europa. Montiel "
        "marcou o penálti decisivo. A estrela de José Mourinho apagou-se. O treinador "
        "português nunca tinha sentido o peso da derrota. «Sempre disse que ou saíamos com "
        "a taça ou morríamos», afirmou no final."
    )
    people = [("Mourinho", "PER"), ("José Mourinho", "PER"), ("José Mourinho", "PER", 1)]
    doc = tagged(rules, text, [*people, ("Montiel", "PER")])
    assert [span._.speaker for span in doc.spans["quotes"]] == ["José Mourinho"]
    # a role no one named since the topic may be anyone: the topic keeps the floor
    text = (
        "«É uma história rara», diz a jornalista Cristina Camps. Afrodite casou em 1990. "
        "A mulher encontrou lingerie num bolso. «Eu sempre quis ter uma "
        "filha», comenta."
    )
    doc = tagged(rules, text, [("Cristina Camps", "PER"), ("Afrodite", "PER")])
    assert [span._.speaker for span in doc.spans["quotes"]] == ["Cristina Camps", "Afrodite"]


def test_a_name_after_a_bodys_name_and_a_comma_is_its_own(rules: Language) -> None:
    # a comma joins a body's name only inside its list ("Segurança Pública, Trânsito e
    # Transportes"), not to the subject after it
    text = (
        "Após ter deixado a Presidência da República, Lula disse que os militares "
        "cometeram uma burrice."
    )
    assert [q[2] for q in quotes(rules, text)] == ["Lula"]


def test_a_company_keeps_its_own_name_beside_a_longer_body_or_person(rules: Language) -> None:
    # "a Odebrecht" is the company, not its branch "Odebrecht Realizações Imobiliárias";
    # "a Silva" after "Maria Silva" is still hers
    text = (
        "O empresário Marcelo Odebrecht depôs. Paul Altit era presidente da Odebrecht "
        "Realizações Imobiliárias. Em nota, a Odebrecht diz que a avaliação é da Justiça. A "
        "jurista Maria Silva falou. Segundo a Silva, tudo correu bem."
    )
    people = ("Marcelo Odebrecht", "Paul Altit", "Maria Silva")
    found = quotes(rules, text, people=people)
    assert [q[2] for q in found] == ["Odebrecht", "Maria Silva"]


def test_a_body_a_heading_names_in_capitals_is_written_as_a_name(rules: Language) -> None:
    text = (
        "O promotor denunciou Lula. COM A PALAVRA, O INSTITUTO LULA: “O promotor que "
        "antecipou sua decisão não tem base.”"
    )
    assert [q[2] for q in quotes(rules, text)] == ["Instituto Lula"]


def test_a_roles_synonym_is_the_one_introduced_before_not_one_named_later(
    rules: Language,
) -> None:
    # "o defensor" is the lawyer named before it ("defensor =advogado"), not the
    # defensor introduced further down
    text = (
        "O advogado Márcio Mancilia disse que o cliente é inocente. Segundo o defensor, "
        "a empresa teria de reduzir os serviços. Já o defensor de Fernando, Márcio "
        "Bertoldo, afirmou que vai recorrer."
    )
    found = quotes(rules, text, people=("Márcio Mancilia", "Márcio Bertoldo"))
    assert [q[2] for q in found] == ["Márcio Mancilia", "Márcio Mancilia", "Márcio Bertoldo"]


def test_a_party_members_noun_stands_for_the_person_in_focus(rules: Language) -> None:
    text = (
        "Segundo nota divulgada por Aécio Neves, o motivo é a isonomia. O tucano mineiro "
        "afirmou, ainda, que a sua decisão foi legítima. Os petistas disseram que vão "
        "recorrer."
    )
    found = quotes(rules, text, people=("Aécio Neves",))
    assert [(q[0][:10], q[2]) for q in found] == [
        ("a sua deci", "Aécio Neves"),
        ("vão recorr", None),
    ]


def test_a_role_qualified_by_a_party_members_noun_is_the_role(rules: Language) -> None:
    # "o líder petista" is the leader in focus, not the petista Fernando named before
    text = (
        "O petista Fernando Pimentel chegou cedo. O ex-presidente Luiz Inácio Lula da Silva "
        "acusou o governo de pirotecnia. Em entrevista, o líder petista afirmou ainda que "
        "não descarta alianças."
    )
    found = quotes(rules, text, people=("Fernando Pimentel", "Luiz Inácio Lula da Silva"))
    assert [q[2] for q in found] == ["Luiz Inácio Lula da Silva"]


def test_words_run_into_a_name_at_a_sentences_start_are_no_part_of_it(
    rules: Language,
) -> None:
    # a verb and a heading run into the name the text writes elsewhere on its own
    # ("Concorrem Rodrigo Maia", "Legado Haddad"); the given name no list knows stays
    text = (
        "A eleição é hoje. Concorrem Rodrigo Maia e outros. Ele falou enquanto Rodrigo Maia "
        "esperava. “Vamos vencer”, disse Maia. O prefeito Fernando Haddad deixa o cargo. "
        "Legado Haddad diz que fez muito. “Fizemos mais”, diz Haddad."
    )
    tags = [("Concorrem Rodrigo Maia", "PER"), ("Rodrigo Maia", "PER", 1), ("Maia", "PER", 2)]
    tags += [("Fernando Haddad", "PER"), ("Legado Haddad", "PER"), ("Haddad", "PER", 2)]
    assert speakers(rules, text, tags) == ["Rodrigo Maia", "Fernando Haddad", "Fernando Haddad"]


def test_a_given_name_the_text_writes_on_its_own_stays_in_the_name(rules: Language) -> None:
    # "Adam" is written alone ("Adam e Simon Yates"), "Instituto" names a body: both
    # open names, though "Yates" and "Lula" follow other given names elsewhere
    text = (
        "Os gémeos Adam e Simon Yates venceram. “Foi duro”, disse Simon Yates. "
        "Adam Yates afirmou que está feliz. Luiz Inácio Lula foi ouvido. "
        "Instituto Lula afirma que a denúncia é falsa."
    )
    tags = [("Simon Yates", "PER"), ("Simon Yates", "PER", 1), ("Adam Yates", "PER")]
    tags += [("Luiz Inácio Lula", "PER"), ("Instituto Lula", "PER")]  # as a weak model tags it
    assert speakers(rules, text, tags) == ["Simon Yates", "Adam Yates", "Instituto Lula"]


def test_a_sentence_after_a_closing_straight_quote_mark_makes_its_subject_the_topic(
    rules: Language,
) -> None:
    # '…." O advogado X se pronunciou.': the straight mark closes the quote, so the
    # next sentence is the narrative's, and the uncued quote after it is X's
    text = (
        'O deputado Paulo Abi-Ackel falou. "O presidente optou pelo enfrentamento." '
        'O advogado Antônio Mariz de Oliveira se pronunciou. "O primeiro equívoco é grave."'
    )
    people = [("Paulo Abi-Ackel", "PER"), ("Antônio Mariz de Oliveira", "PER")]
    assert speakers(rules, text, people) == ["Paulo Abi-Ackel", "Antônio Mariz de Oliveira"]


def test_the_article_before_a_role_gives_its_holders_gender(rules: Language) -> None:
    # "a major": she, though the lexicon lists "major" as masculine; so "Ela" is
    # Denice Santiago, not the doll named after her
    text = (
        "A major Denice Santiago comanda a ronda. Em cima da mesa, bonecas e uma miniatura "
        "da Mulher Maravilha. Ela garante que nada muda."
    )
    people = [("Denice Santiago", "PER"), ("Maravilha", "PER")]
    assert speakers(rules, text, people) == ["Denice Santiago"]


def test_find_quotations_a_quote_closed_by_the_wrong_mark_ends_at_its_sentence() -> None:
    # “… país’, prega.: the next “ opening a sentence is a new quote, not one nested in
    # it; with no wrong mark, “A. “B.” is one statement over two lost paragraphs
    text = (
        "O ministro escreveu “Vamos construir o país’, prega. A nota saiu. "
        "“É o único caminho.” A defesa diz: “A inocência será reconhecida. "
        "“A denúncia não tem materialidade.”"
    )
    assert [text[q.start : q.end] for q in find_quotations(text)] == [
        "Vamos construir o país’, prega.",
        "É o único caminho.",
        "A inocência será reconhecida. “A denúncia não tem materialidade.",
    ]


def test_a_role_phrase_is_the_person_it_names_right_after_it(rules: Language) -> None:
    # the name after the role's complement is its holder's, past "em sanções" or a
    # parenthesis; not the client's in "o advogado de Lula"
    text = (
        "O presidente Donald Trump falou. “A coisa é grave”, reagiu o especialista em "
        "sanções Anthony Ruggiero. “É cedo”, diz o professor de engenharia da Universidade "
        "de Viçosa (UFV) Carlos Schaefer. O advogado Cristiano Zanin chegou. “Ele é "
        "inocente”, disse o advogado de Lula."
    )
    people = [("Donald Trump", "PER"), ("Anthony Ruggiero", "PER"), ("Carlos Schaefer", "PER")]
    people += [("Cristiano Zanin", "PER"), ("Lula", "PER")]
    expected = ["Anthony Ruggiero", "Carlos Schaefer", "Cristiano Zanin"]
    assert speakers(rules, text, people) == expected


def test_a_stray_single_mark_ends_where_a_quote_opens_a_sentence() -> None:
    # the ‘ never closes; a later ‘…’ pair must not close it over the quotes between
    text = (
        "O instituto nega que Lula usou o imóvel ‘para qualquer finalidade. Marisa pediu "
        "sua “demissão” do empreendimento. “O que eu posso falar é que é incoerente”, "
        "disse o promotor. Os cooperados falam em ‘Boatos’."
    )
    found = [(text[q.start : q.end], q.closed) for q in find_quotations(text)]
    assert found == [
        ("para qualquer finalidade.", False),
        ("demissão", True),
        ("O que eu posso falar é que é incoerente", True),
        ("Boatos", True),
    ]


def test_an_answer_is_the_interviewees_whatever_its_question_reports(rules: Language) -> None:
    # the question reports what a poll says; the answer after it is still Dias's
    text = (
        "Folha - Por que a Presidência agora?\n"
        "Álvaro Dias - Estamos vivendo uma tragédia política e eu fui convocado.\n\n"
        "O Datafolha indica que o ex-presidente lidera a corrida. Como o senhor vai "
        "crescer?\n\n"
        "Não há necessidade de pressa. Nós vamos crescer com a campanha.\n\n"
        "O senhor aparece empatado com candidatos de maior expressão. Foi uma surpresa?\n\n"
        "Não. O que me surpreendeu foi o baixo percentual de conhecimento."
    )
    doc = tagged(rules, text, [("Álvaro Dias", "PER"), ("Datafolha", "ORG")])
    answers = [s for s in doc.spans["quotes"] if s.text.startswith("Não")]
    assert [s._.speaker for s in answers] == ["Álvaro Dias", "Álvaro Dias"]


def test_a_quote_in_the_first_person_beside_she_is_the_topics_own(rules: Language) -> None:
    # "Ela" is Malala; "eu" makes the quote Luiza's, not the broadcaster's that spoke before
    text = (
        "Segundo a emissora NBC News, o caso não foi isolado. A adolescente Luiza Moura "
        "conheceu pessoalmente a paquistanesa Malala Yousafzai. O convite veio por causa "
        'de um cartão-postal. "Ela luta pelas mesmas coisas que eu luto".'
    )
    doc = tagged(rules, text, [("NBC News", "ORG"), ("Luiza Moura", "PER")])
    assert doc.spans["quotes"][-1]._.speaker == "Luiza Moura"


def test_a_note_named_again_is_its_issuers_not_a_document_its_quote_names(
    rules: Language,
) -> None:
    # "o comunicado feito ao Comitê da ONU" is inside the quote: another document
    text = (
        "O advogado de defesa de Lula, Cristiano Zanin Martins, emitiu comunicado após a "
        'decisão. "A decisão reforça a importância do comunicado feito ao Comitê de '
        'Direitos Humanos da ONU em julho", diz a nota.'
    )
    doc = tagged(rules, text, [("Cristiano Zanin Martins", "PER"), ("ONU", "ORG")])
    assert [s._.speaker for s in doc.spans["quotes"]] == ["Cristiano Zanin Martins"]


def test_who_accepted_an_indictment_did_not_write_it(rules: Language) -> None:
    text = (
        "O juiz Sérgio Moro aceitou a denúncia quatro dias depois. Segundo o MPF, a "
        "construtora pagou o terreno. A denúncia afirma também que Lula recebeu a cobertura."
    )
    doc = tagged(rules, text, [("Sérgio Moro", "PER"), ("MPF", "ORG"), ("Lula", "PER")])
    assert [s._.speaker for s in doc.spans["quotes"]] == ["MPF", "MPF"]


def test_a_sentence_opening_on_a_role_without_article_has_the_name_after_it(
    rules: Language,
) -> None:
    text = (
        '"A reserva não é o paraíso", disse o ministro Fernando Coelho Filho. Coordenador '
        "da recém-criada Comissão de Mineração da Câmara de Comércio canadense, o empresário "
        'Paulo Misk participou dos seminários. "A gente tem que fazer um trabalho de '
        'divulgação", diz.'
    )
    entities = [("Fernando Coelho Filho", "PER"), ("Paulo Misk", "PER")]
    entities.append(("Comissão de Mineração da Câmara de Comércio", "ORG"))
    assert speakers(rules, text, entities)[-1] == "Paulo Misk"


def test_a_description_no_lexicon_holds_is_the_person_in_focus(rules: Language) -> None:
    # "o dono da empreiteira" is Emílio, who just spoke; "Alguns otimistas" are no one
    text = (
        '"Ajuda de campanha eu sempre dei a todos eles", disse Emílio Odebrecht. O dono da '
        "empreiteira disse que conheceu o ex-presidente na década de 1970. Alguns otimistas "
        "dizem que o acordo sai."
    )
    found = quotes(rules, text, people=("Emílio Odebrecht",))
    assert [(q[2], q[4]) for q in found] == [
        ("Emílio Odebrecht", "Emílio Odebrecht"),
        ("Emílio Odebrecht", "O dono da empreiteira"),
        (None, None),
    ]


def test_a_note_a_speaker_speaks_through_is_no_subject(rules: Language) -> None:
    # "Em nota," and "em comunicado" say how they spoke, not who
    text = (
        "Em nota, o advogado de Aécio, Alberto Toron, disse que o depoimento foi remarcado. "
        "Emmerson Mnangagwa foi destituído do cargo. Mnangagwa fugiu para a África do Sul "
        'e em comunicado disse que "em breve controlaria as molas do poder".'
    )
    found = quotes(rules, text, people=("Aécio", "Alberto Toron", "Emmerson Mnangagwa"))
    assert [(q[0], q[2]) for q in found] == [
        ("o depoimento foi remarcado", "Alberto Toron"),
        ("em breve controlaria as molas do poder", "Emmerson Mnangagwa"),
    ]


def test_a_source_after_a_contracted_article_or_a_modifier_is_a_role(rules: Language) -> None:
    # "do delegado": "de" + article; "a futura procuradora": a role to come
    assert speakers(
        rules,
        "Sailson foi preso pelo delegado Marcelo Machado. Na opinião do delegado, Sailson "
        "não demonstra doença mental. Raquel Dodge, procuradora nomeada, foi ao Jaburu. "
        "Segundo a futura procuradora, os dois discutiram a posse.",
        [("Sailson", "PER"), ("Marcelo Machado", "PER"), ("Raquel Dodge", "PER")],
    ) == ["Marcelo Machado", "Raquel Dodge"]


def test_an_account_speaks_for_its_author(rules: Language) -> None:
    # "cálculos do deputado" are the deputy's, "a reportagem do jornal O Globo" the
    # paper's, and "a reportagem" named again the outlet in focus's
    assert speakers(
        rules,
        "O deputado Leonardo Quintão criticou a regra. Segundo cálculos do deputado, 40 "
        "prefeitos seriam atingidos. Segundo a reportagem do jornal O Globo, o governo "
        "estuda reter parte do FGTS.",
        [("Leonardo Quintão", "PER"), ("O Globo", "ORG")],
    ) == ["Leonardo Quintão", "O Globo"]
    assert speakers(
        rules,
        "O Jornal Nacional revelou o caso ontem. Ainda de acordo com a reportagem, Janot "
        "também aponta telefonemas como provas.",
        [("Jornal Nacional", "ORG")],
    ) == ["Jornal Nacional"]


def test_a_subject_past_its_age_or_its_home_place(rules: Language) -> None:
    # "a mulher de 37 anos disse": the woman, no one named; "o Ministério Público do
    # estado afirmou": the body, of a place named elsewhere
    doc = tagged(
        rules,
        "A mulher de 37 anos disse ao G1 que cometeu o crime. O Ministério Público do "
        "estado afirmou que vai recorrer.",
        [("Ministério Público", "ORG")],
    )
    found = [
        (doc.text[s._.speaker_start : s._.speaker_end], s._.speaker) for s in doc.spans["quotes"]
    ]
    assert found == [("A mulher", None), ("O Ministério Público", "Ministério Público")]


def test_an_ngo_named_by_its_kind_is_the_one_named_before(rules: Language) -> None:
    assert speakers(
        rules,
        "A ONG Human Rights Watch divulgou um relatório. A ONG afirmou que houve abusos.",
        [("Human Rights Watch", "ORG")],
    ) == ["Human Rights Watch"]


def test_a_press_office_of_his_or_hers_is_the_topics(rules: Language) -> None:
    # "sua assessoria": the office of the person the text is about
    assert speakers(
        rules,
        "O governador Geraldo Alckmin faltou à agenda. Segundo sua assessoria, ele estava "
        "no interior. Sua assessoria informou ainda que ele volta amanhã.",
        [("Geraldo Alckmin", "PER")],
    ) == ["Geraldo Alckmin", "Geraldo Alckmin"]


def test_a_speech_verb_with_no_report_of_its_own_leaves_the_closing_cue(
    rules: Language,
) -> None:
    # "reforçam a cooperação" reports nothing (no "que", colon, quote nor infinitive):
    # the sentence is what the closing cue's speaker said; "negou que …" is a cue
    text = (
        "O secretário-geral da OTSC, Stanislav Zas, chegou a Moscovo. A OTSC e a ONU "
        "reforçam a cooperação, disse ontem o secretário-geral da OTSC."
    )
    found = quotes(rules, text, people=("Stanislav Zas",))
    assert [(q[0], q[1], q[2], q[3]) for q in found] == [
        ("A OTSC e a ONU reforçam a cooperação", "indirect", "Stanislav Zas", "disse")
    ]
    found = quotes(rules, "Lula negou que tivesse recebido o dinheiro, disse o advogado.")
    assert [q[3] for q in found] == ["negou"]


def test_the_subject_before_its_asides_not_a_name_inside_them(rules: Language) -> None:
    # a place after the apposition (", de Washington,"), an aside whose comma is missing
    # (", da Secretaria … (Seprod) afirmou"), whom a body is led by ("presidida por X")
    text = (
        "Robert Einhorn, especialista em segurança do Instituto Brookings, de Washington, "
        "afirma que o conflito está longe. O secretário Flávio Basilio, da Secretaria de "
        "Produtos de Defesa (Seprod) afirmou que o documento funciona. A Fundação Lula, "
        "presidida por Paulo Okamotto, confirmou que o ex-presidente esteve lá."
    )
    doc = tagged(
        rules,
        text,
        [
            ("Robert Einhorn", "PER"),
            ("Instituto Brookings", "ORG"),
            ("Washington", "LOC"),
            ("Flávio Basilio", "PER"),
            ("Secretaria de Produtos de Defesa", "ORG"),
            ("Fundação Lula", "ORG"),
            ("Paulo Okamotto", "PER"),
        ],
    )
    found = [
        (doc.text[s._.speaker_start : s._.speaker_end], s._.speaker) for s in doc.spans["quotes"]
    ]
    assert found == [
        ("Robert Einhorn", "Robert Einhorn"),
        ("Flávio Basilio", "Flávio Basilio"),
        ("A Fundação Lula", "Fundação Lula"),
    ]


def test_a_name_closing_a_roles_complements_is_not_the_speaker(rules: Language) -> None:
    # "O relator do processo de Jean Wyllys": the relator speaks, whom the text never named
    found = quotes(
        rules,
        "O relator do processo de Jean Wyllys argumentou que o deputado infringiu deveres.",
        people=("Jean Wyllys",),
    )
    assert [(q[2], q[4]) for q in found] == [(None, "O relator do processo de Jean Wyllys")]


def test_a_subject_after_an_opening_phrase_past_its_apposition(rules: Language) -> None:
    # ", o promotor Cássio Conserino, um dos responsáveis pela denúncia, evitou": the
    # sentence's subject, whose words the next quote's dropped subject reports
    assert speakers(
        rules,
        "A juíza Maria Priscilla Oliveira recebeu a denúncia. Nesta tarde, em entrevista, o "
        "promotor Cássio Conserino, um dos responsáveis pela denúncia, evitou responder. "
        "“Só vamos falar sobre a denúncia”, disse.",
        [("Maria Priscilla Oliveira", "PER"), ("Cássio Conserino", "PER")],
    ) == ["Cássio Conserino"]


def test_a_role_with_two_adjectives_before_its_name_set_off(rules: Language) -> None:
    # "o porta-voz militar russo, o tenente-general Igor Konashenkov,": the name
    found = quotes(
        rules,
        "Segundo o porta-voz militar russo, o tenente-general Igor Konashenkov, foram "
        "destruídas várias instalações.",
        people=("Igor Konashenkov",),
    )
    assert [(q[0], q[2]) for q in found] == [
        ("foram destruídas várias instalações", "Igor Konashenkov")
    ]


def test_a_headlines_bare_role_is_the_person_the_text_introduces(rules: Language) -> None:
    # a headline drops the article: "Pastor atacado … diz", "…, diz psicanalista."; the
    # text below introduces the person with that role
    assert speakers(
        rules,
        "Pastor atacado com faca durante culto diz que perdoa agressor. O pastor Gétero "
        "Campos foi atacado no domingo.",
        [("Gétero Campos", "PER")],
    ) == ["Gétero Campos"]
    assert speakers(
        rules,
        "Redes sociais validam o ódio, diz psicanalista. O psicanalista Contardo Calligaris "
        "falou ao jornal.",
        [("Contardo Calligaris", "PER")],
    ) == ["Contardo Calligaris"]


def test_a_plural_role_lists_who_holds_what(rules: Language) -> None:
    # "os ministros A (Secretaria-Geral) e B (Agricultura)": B is "o ministro da Agricultura"
    assert speakers(
        rules,
        "O jantar reuniu os ministros Moreira Franco (Secretaria-Geral) e Blairo Maggi "
        "(Agricultura). Mais cedo, o ministro da Agricultura disse que o sistema é forte.",
        [("Moreira Franco", "PER"), ("Blairo Maggi", "PER")],
    ) == ["Blairo Maggi"]


def test_a_participle_asking_opens_no_name(rules: Language) -> None:
    # "Questionado se …, Bretas admitiu": the participle is no one; "Bretas" answers
    assert speakers(
        rules,
        "O juiz Marcelo Bretas visitou o Papa. Questionado se pretende deixar o Rio, Bretas "
        "admitiu a possibilidade. “Não penso no sentido de planejar.”",
        [("Marcelo Bretas", "PER")],
    ) == ["Marcelo Bretas"]


def test_a_day_word_opening_a_sentence_is_no_one(rules: Language) -> None:
    # "Amanhã pode ser o vizinho": no subject a later "ele" could mean
    assert speakers(
        rules,
        "O economista Eduardo Giannetti falou ao jornal. Amanhã pode ser o vizinho. "
        "“A realidade no Brasil sempre foi surreal”, diz ele.",
        [("Eduardo Giannetti", "PER")],
    ) == ["Eduardo Giannetti"]


def test_an_interviewers_question_has_no_speaker_for_the_answer(rules: Language) -> None:
    # "Lula será candidato? “…”": the interviewee answers, not the question's subject
    text = (
        "O juiz Marcelo Bretas deu uma entrevista. “Há movimento nesse sentido”, afirmou. "
        "Lula será candidato? “Eu acho que sim.”"
    )
    assert speakers(rules, text, [("Marcelo Bretas", "PER"), ("Lula", "PER")]) == [
        "Marcelo Bretas",
        "Marcelo Bretas",
    ]


def test_a_question_the_speaker_asks_keeps_its_subject(rules: Language) -> None:
    # the "?" inside the quote is the speaker's: "Ela" after it is still Maria Souza
    text = "Maria Souza perguntou: “Quem vai pagar?” Ela saiu.\n“Não sei”, disse ela."
    assert speakers(rules, text, [("Maria Souza", "PER")]) == ["Maria Souza", "Maria Souza"]


def test_diagnosis_and_analysis_phrases_attribute_what_follows(rules: Language) -> None:
    found = quotes(
        rules,
        "No diagnóstico do economista Eduardo Giannetti, sofremos a recaída de uma doença "
        "antiga. Na análise de Maria Souza, a crise vai durar.",
        people=("Eduardo Giannetti", "Maria Souza"),
    )
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("sofremos a recaída de uma doença antiga", "indirect", "Eduardo Giannetti"),
        ("a crise vai durar", "indirect", "Maria Souza"),
    ]


def test_an_interview_the_paper_labels_once_gives_the_rest_to_the_interviewee(
    rules: Language,
) -> None:
    # "Folha - …?" and "Name - …" open it; the later questions and answers go unlabelled,
    # and the answers need not speak in the first person
    text = (
        "Flávio Dino falou ao jornal.\n\n"
        "Folha - O Maranhão é compatível com o tempo que vive?\n\n"
        "Flávio Dino - Eu brinco que esse negócio era fácil. Aqui são quatro séculos.\n\n"
        "Por quê?\n\n"
        "Aqui o povo quer serviço público. Se não for o Estado, não é ninguém.\n\n"
        "Como as candidaturas vão se sair?\n\n"
        "No Nordeste, muito mal. A reforma vai virar um peso nas costas de quem a defender.\n\n"
        "A Lava Jato criou distorções?\n\n"
        "Janot errou. Podia ter evitado o caos político em que o Brasil se meteu."
    )
    found = quotes(rules, text, people=("Flávio Dino",))
    assert [(q[0][:20], q[2]) for q in found] == [
        ("Eu brinco que esse n", "Flávio Dino"),
        ("Aqui o povo quer ser", "Flávio Dino"),
        ("No Nordeste, muito m", "Flávio Dino"),
        ("Janot errou. Podia t", "Flávio Dino"),
    ]


def test_a_name_a_caption_ran_in_twice_counts_once(rules: Language) -> None:
    assert speakers(
        rules,
        "Votos dos ministros: >> Dias Toffoli Dias Toffoli lembrou que a delação é um meio "
        "de prova.",
        [("Dias Toffoli Dias Toffoli", "PER")],
    ) == ["Dias Toffoli"]


def test_a_speech_verb_closing_the_sentence_before_a_quote_is_its_cue(rules: Language) -> None:
    # a colon written as a full stop: "O pastor disse ainda. “…”"; not "não respondeu."
    text = (
        "O deputado Marco Feliciano falou. O pastor Silas Malafaia disse ainda. “Deus tenha "
        "misericórdia do Brasil.” A assessoria não respondeu. “A Câmara parada causa menos "
        "problema à população.”"
    )
    found = quotes(rules, text, people=("Marco Feliciano", "Silas Malafaia"))
    assert [(q[2], q[3]) for q in found] == [("Silas Malafaia", "disse"), ("Silas Malafaia", None)]


def test_another_source_and_its_relative_clause_open_a_report(rules: Language) -> None:
    # "Para outro senador" is a source ("Para um …" a comparison); its relative clause
    # is passed to the reported clause
    found = quotes(
        rules,
        "O senador Renan Calheiros criticou o governo. Para outro senador do PMDB, que "
        "também pediu para não se identificar, Renan tem feito declarações esquisitas.",
        people=("Renan Calheiros",),
    )
    assert [(q[0], q[4]) for q in found] == [
        ("Renan tem feito declarações esquisitas", "outro senador do PMDB")
    ]


def test_a_subject_with_its_initials_before_an_aside(rules: Language) -> None:
    # "a Associação … (APCF), por outro lado, disse": the name ends before the brackets
    found = quotes(
        rules,
        "O diretor falou. Também em nota, a Associação Nacional dos Peritos Criminais "
        "Federais (APCF), por outro lado, disse ver a troca com atenção.",
    )
    assert [(q[0], q[2]) for q in found] == [
        ("ver a troca com atenção", "Associação Nacional dos Peritos Criminais Federais")
    ]


def test_a_role_of_either_gender_takes_its_articles(rules: Language) -> None:
    # "a gerente": a woman, not the man who spoke last
    text = (
        "O ministro João Silva disse que a loteria vai mudar. A empresária Ana Souza abriu "
        "a loja em março. “Foi a primeira vez que a lotérica deu esse prêmio”, contou a "
        "gerente."
    )
    found = speakers(rules, text, [("João Silva", "PER"), ("Ana Souza", "PER")])
    assert found == ["João Silva", "Ana Souza"]


def test_a_titles_capitalised_adjectives_are_no_part_of_the_name(rules: Language) -> None:
    # the model's entity holds the title ("Consultor Internacional Igor Pipolo") or only
    # its adjective ("Internacional Igor Pipolo"): either way the name is "Igor Pipolo"
    text = (
        "Consultor Internacional Igor Pipolo apresentou o plano. “São medidas que "
        "possibilitarão a retomada”, ressaltou."
    )
    for entity in ("Consultor Internacional Igor Pipolo", "Internacional Igor Pipolo"):
        assert speakers(rules, text, [(entity, "PER")]) == ["Igor Pipolo"]


def test_a_subject_after_an_aside_may_go_on_past_its_name(rules: Language) -> None:
    text = (
        "O governador Luiz Fernando Pezão falou do carnaval. “Eu quero ir embora”, contou, "
        "em tom de desespero, a turista Luiza Eng momentos depois do assalto."
    )
    found = speakers(rules, text, [("Luiz Fernando Pezão", "PER"), ("Luiza Eng", "PER")])
    assert found == ["Luiza Eng"]


def test_a_named_defence_with_no_lawyer_named_speaks_as_a_team(rules: Language) -> None:
    # no lawyer of Pimenta da Veiga's is named: the defence itself speaks, as the text
    # names it, and so does "a defesa" right after; one whose client is unsaid does not
    text = (
        "O senador Aécio Neves falou ontem. A defesa de Pimenta da Veiga afirmou que todos "
        "os valores foram declarados. A defesa afirmou que vai recorrer. A defesa do "
        "ex-ministro disse que ele é inocente. A defesa afirmou que vai recorrer."
    )
    found = speakers(rules, text, [("Aécio Neves", "PER"), ("Pimenta da Veiga", "PER")])
    assert found == ["defesa de Pimenta da Veiga", "defesa de Pimenta da Veiga", None, None]


def test_where_a_statement_was_made_stands_between_its_cue_and_subject(rules: Language) -> None:
    # "disse na sessão a subprocuradora …": the setting is skipped, the subject found;
    # a setting opening a sentence ("No celular de Patricia, …") names no subject
    text = (
        "Para a PGR, o objetivo era outro. “A denúncia está lastreada em relatórios”, disse "
        "na sessão a subprocuradora Cláudia Sampaio."
    )
    assert speakers(rules, text, [("PGR", "ORG"), ("Cláudia Sampaio", "PER")])[-1] == (
        "Cláudia Sampaio"
    )


def test_a_bodys_last_word_run_into_a_name_is_no_part_of_it(rules: Language) -> None:
    text = (
        "O delegado Clayton Soares prendeu o suspeito. O juiz da Vara da Infância e "
        "Juventude Alessandro Viana Vieira de Paula diz que acompanha o caso."
    )
    found = speakers(
        rules,
        text,
        [("Clayton Soares", "PER"), ("Juventude Alessandro Viana Vieira de Paula", "PER")],
    )
    assert found == ["Alessandro Viana Vieira de Paula"]


def test_a_son_named_filho_is_not_his_father(rules: Language) -> None:
    # "José Alfredo Carvalho Filho" is the son: "Carvalho" stays the father
    text = (
        "O ex-vereador José Alfredo Carvalho foi solto. “Houve um erro”, disse Carvalho. "
        "O pedido foi feito pelo filho, José Alfredo Carvalho Filho. "
        "“Fui vítima”, disse José Alfredo Carvalho."
    )
    doc = tagged(
        rules,
        text,
        [
            ("José Alfredo Carvalho", "PER"),
            ("José Alfredo Carvalho Filho", "PER"),
            ("José Alfredo Carvalho", "PER", -1),
        ],
    )
    assert [s._.speaker for s in doc.spans["quotes"]] == [
        "José Alfredo Carvalho",
        "José Alfredo Carvalho",
    ]


def test_an_indefinite_role_with_an_adjective_is_an_unnamed_source(rules: Language) -> None:
    # "um deputado europeu", "um alto funcionário": someone unnamed, not the person in focus
    text = (
        "O presidente Mark Zuckerberg depôs ontem. “Chegou o momento”, disse um deputado "
        "europeu. “Foi um fracasso”, disse um alto funcionário."
    )
    found = quotes(rules, text, people=("Mark Zuckerberg",))
    assert [(q[0], q[2], q[4]) for q in found] == [
        ("Chegou o momento", None, "um deputado europeu"),
        ("Foi um fracasso", None, "um alto funcionário"),
    ]


def test_a_clause_after_mas_and_its_own_subject_is_not_reported(rules: Language) -> None:
    # "…, mas Louise Foxcroft, uma historiadora, discorda.": she disagrees with what
    # stands before "mas"; her quote follows
    text = (
        "Muitas pessoas na indústria não gostam de reduzir o bem-estar a uma dieta, mas "
        "Louise Foxcroft, uma historiadora, discorda. “É uma dieta sim”, diz."
    )
    found = quotes(rules, text, people=("Louise Foxcroft",))
    assert [(q[0], q[1], q[2]) for q in found] == [("É uma dieta sim", "direct", "Louise Foxcroft")]


def test_an_interview_labelled_once_then_run_into_the_answers_turn(rules: Language) -> None:
    # the paragraph breaks are lost: the first answer's turn runs over every exchange after
    text = (
        "Janot falou ao jornal. Veja abaixo trechos da entrevista: Estado - Como avaliou "
        "a tentativa do presidente do Senado? Rodrigo Janot - Achei inacreditável. Eu não "
        "quero crer nisso. O que vai fazer no Senado? Não sei. Me recuso a acreditar nisso. "
        "Restou algo das medidas? Sempre nos dispomos a dialogar."
    )
    found = quotes(rules, text, people=("Rodrigo Janot",))
    assert [(q[0], q[1], q[2]) for q in found] == [
        ("Achei inacreditável. Eu não quero crer nisso.", "direct", "Rodrigo Janot"),
        ("Não sei. Me recuso a acreditar nisso.", "direct", "Rodrigo Janot"),
        ("Sempre nos dispomos a dialogar.", "direct", "Rodrigo Janot"),
    ]


def test_one_labelled_answer_after_a_question_then_run_in_exchanges(rules: Language) -> None:
    # the paper's own label is no turn after a statement; the answer's after its question is
    text = (
        "O embaixador Roberto Colin viveu em Pyongyang. DW Brasil: Qual é a estratégia do "
        "governo? Roberto Colin: Ela tem uma razão de existir. Como o senhor avalia a "
        "abordagem de Trump? Abre novas possibilidades. Como as sanções afetam o país? Há "
        "um lado negativo das sanções."
    )
    found = quotes(rules, text, people=("Roberto Colin",))
    assert [(q[0], q[2]) for q in found] == [
        ("Ela tem uma razão de existir.", "Roberto Colin"),
        ("Abre novas possibilidades.", "Roberto Colin"),
        ("Há um lado negativo das sanções.", "Roberto Colin"),
    ]


def test_an_interviewees_own_questions_stay_in_the_answer(rules: Language) -> None:
    # a run-in interview: "Por que não tenho …?" (first person) and "Quem sabe?" (an aside
    # after a statement) are the interviewee's; "Você matou alguém?" is put to him
    text = (
        "O italiano Cesare Battisti deu entrevista. Leia os principais trechos: "
        "Como você foi preso? Estava indo pescar com dois amigos. Por que não tenho "
        "direito a ficar aqui? Ninguém me explicou. Você matou alguém? Não matei "
        "ninguém. Eu não estava na Itália. O decreto teria saído sem o PT? Não teria o "
        "decreto. Quem sabe? Como você vê o seu futuro? Eu estou no Brasil. Eu penso em "
        "português."
    )
    found = quotes(rules, text, people=("Cesare Battisti",))
    assert [(q[0], q[2]) for q in found if q[1] == "direct"] == [
        (
            "Estava indo pescar com dois amigos. Por que não tenho direito a ficar aqui? "
            "Ninguém me explicou.",
            "Cesare Battisti",
        ),
        ("Não matei ninguém. Eu não estava na Itália.", "Cesare Battisti"),
        ("Não teria o decreto. Quem sabe?", "Cesare Battisti"),
        ("Eu estou no Brasil. Eu penso em português.", "Cesare Battisti"),
    ]


def test_a_second_role_with_its_field_before_the_name(rules: Language) -> None:
    # "o ex-capitão do Bope e especialista em segurança Paulo Storani": the name after
    # two roles is the sentence's subject, whom "diz" after the quote points to
    text = (
        "“Há uma crise”, diz o sociólogo Rubem César Fernandes. O ex-capitão do Bope e "
        "especialista em segurança Paulo Storani acredita que a lei deve mudar. "
        "“Nós temos um problema”, diz."
    )
    found = quotes(rules, text, people=("Rubem César Fernandes", "Paulo Storani"))
    assert [(q[0], q[2]) for q in found] == [
        ("Há uma crise", "Rubem César Fernandes"),
        ("Nós temos um problema", "Paulo Storani"),
    ]


def test_a_verb_no_lexicon_holds_and_a_name_with_its_affiliation(rules: Language) -> None:
    # "analisa Zeca Borges, do Disque-denúncia.": the name closes the cue, its body after it
    text = (
        "“Hoje, no Rio, acabou aquela história”, analisa Zeca Borges, do Disque-denúncia. "
        "Nas comunidades, o som de tiros é comum."
    )
    found = quotes(rules, text, people=("Zeca Borges",))
    assert [(q[0], q[2], q[3]) for q in found] == [
        ("Hoje, no Rio, acabou aquela história", "Zeca Borges", "analisa")
    ]


def test_a_heading_giving_the_floor_to_a_role_of_someone(rules: Language) -> None:
    # "COM A PALAVRA, O ADVOGADO DE LULA": a role, the lawyer the section then names;
    # not a person called "de Lula"
    text = (
        "O depoimento foi ontem. COM A PALAVRA, O ADVOGADO DE LULA O advogado Cristiano "
        "Zanin Martins, defensor do ex-presidente Lula, declarou em nota. “Palocci muda "
        "depoimento em busca de delação.”"
    )
    found = quotes(rules, text, people=("Cristiano Zanin Martins", "Lula"))
    assert [(q[0], q[2]) for q in found] == [
        ("Palocci muda depoimento em busca de delação.", "Cristiano Zanin Martins")
    ]


def test_a_headlines_single_mark_never_closed_ends_at_its_sentence(rules: Language) -> None:
    # ‘ opening the text and never closed holds the headline's words, not the article
    text = (
        "‘Alckmin tem qualidades para assumir o País. O empresário Rubens Ometto "
        "elogiou o governador. “Enquanto não tirar o governo da economia, a corrupção "
        "não acaba.”"
    )
    found = [(text[q.start : q.end], q.closed) for q in find_quotations(text)]
    assert found == [
        ("Alckmin tem qualidades para assumir o País.", False),
        ("Enquanto não tirar o governo da economia, a corrupção não acaba.", True),
    ]
    assert [q[2] for q in quotes(rules, text, people=("Rubens Ometto",))][-1] == "Rubens Ometto"


def test_the_lawyer_of_a_titled_client_is_not_the_client(rules: Language) -> None:
    # "o advogado do ex-presidente Lula": the lawyer speaks, named after it or not
    text = "O juiz ouviu Lula ontem. O advogado do ex-presidente Lula disse que vai recorrer."
    assert speakers(rules, text, [("Lula", "PER"), ("Lula", "PER", -1)]) == [None]
    text = (
        "O advogado da ex-presidente Dilma Rousseff, Flavio Caetano, disse que não vê "
        "problema nos depoimentos."
    )
    found = quotes(rules, text, people=("Dilma Rousseff", "Flavio Caetano"))
    assert [(q[0], q[2]) for q in found] == [("não vê problema nos depoimentos", "Flavio Caetano")]


def test_a_parsed_subject_right_after_de_is_a_complement() -> None:
    # a weak parser makes "ex-presidente" of "A defesa do ex-presidente Lula" the subject
    nlp = spacy.blank("pt")
    nlp.add_pipe("newsnlp_quotes")
    words = ["A", "defesa", "do", "ex-presidente", "Lula", "disse", "que", "vai", "recorrer", "."]
    heads = [1, 2, 3, 5, 3, 5, 8, 8, 5, 5]
    deps = ["det", "nsubj", "det", "nsubj", "appos", "ROOT", "mark", "aux", "ccomp", "punct"]
    doc = Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, ents=["O"] * 4 + ["B-PER"] + ["O"] * 5
    )
    doc = nlp(doc)
    assert [s._.speaker for s in doc.spans["quotes"]] == ["defesa de Lula"]


def test_an_interview_label_with_a_title_names_the_person(rules: Language) -> None:
    # "PROMOTOR LIVIANU:": the promotor named before, not "Promotor Livianu"
    text = (
        "O promotor Roberto Livianu falou ao Estadão. ESTADÃO: A quem interessa o fim da "
        "Lava Jato? PROMOTOR LIVIANU: O fim da Lava Jato interessa aos corruptos. "
        "ESTADÃO: O presidente tem saída? PROMOTOR LIVIANU: O presidente encontra-se numa "
        "posição dificílima."
    )
    found = quotes(rules, text, people=("Roberto Livianu",))
    assert [q[2] for q in found] == ["Roberto Livianu", "Roberto Livianu"]


def test_a_name_a_model_ran_into_a_postscript_ends_before_it(rules: Language) -> None:
    # a model's "Aécio Neves PS" (the letter's "PS - Encaminho …") is Aécio Neves
    text = (
        "Coloco-me à disposição. Aécio Neves PS - Encaminho anexo a nota. "
        "O senador disse que é inocente."
    )
    assert speakers(rules, text, [("Aécio Neves PS", "PER")]) == ["Aécio Neves"]


def test_an_organisation_is_not_named_after_the_street_of_its_branch(rules: Language) -> None:
    # "o Burger King da Avenida Santo Amaro" is where it happened; the company speaks
    text = (
        "O caso ocorreu no Burger King da Avenida Santo Amaro, em Moema. Em nota, o "
        "Burger King afirmou que afastou o atendente."
    )
    doc = tagged(
        rules,
        text,
        [("Burger King da Avenida Santo Amaro", "ORG"), ("Burger King", "ORG", -1)],
    )
    assert [s._.speaker for s in doc.spans["quotes"]] == ["Burger King"]


def test_a_hyphenated_role_names_the_person_after_it(rules: Language) -> None:
    # "o procurador-regional Carlos Alberto Gomes de Aguiar": a role, and its holder
    text = (
        "O delegado Alexandre Ramagem falou. “Segmentos empresariais participaram”, "
        "explica o procurador-regional Carlos Alberto Gomes de Aguiar."
    )
    found = quotes(rules, text, people=("Alexandre Ramagem", "Carlos Alberto Gomes de Aguiar"))
    assert [q[2] for q in found] == ["Carlos Alberto Gomes de Aguiar"]


def test_unnamed_sources_of_some_place_are_no_one_in_focus(rules: Language) -> None:
    # "uma professora de um distrito no norte de Cabul", "o chefe de um dos distritos":
    # people the text never names, not the father in focus
    text = (
        "O pai Mohammad Reza falou com a BBC. “As pessoas não têm outra opção”, diz uma "
        "professora de um distrito no norte de Cabul. “Eles estão cobrando impostos”, diz "
        "o chefe de um dos distritos no sul do país."
    )
    found = quotes(rules, text, people=("Mohammad Reza",))
    assert [(q[2], q[4]) for q in found] == [
        (None, "uma professora de um distrito no norte de Cabul"),
        (None, "o chefe de um dos distritos"),
    ]


def test_a_ministry_of_two_names_stays_in_its_role(rules: Language) -> None:
    # "O ministro de Minas e Energia": the minister, unnamed; "Energia" is no one
    text = (
        "O governo quer economizar. O ministro de Minas e Energia admitiu que a conta de "
        "luz poderá ficar mais cara."
    )
    assert [(q[2], q[4]) for q in quotes(rules, text)] == [(None, "O ministro de Minas e Energia")]


def test_a_post_is_its_authors_statement_not_a_speaker(rules: Language) -> None:
    # "…", diz o post: a document whose author is the one who posted it
    text = (
        "O presidente Michel Temer decretou luto oficial. O ex-presidente Luiz Inácio Lula "
        "da Silva publicou em seu perfil uma mensagem de agradecimento. “A família agradece "
        "todas as manifestações de carinho”, diz o post."
    )
    found = quotes(rules, text, people=("Michel Temer", "Luiz Inácio Lula da Silva"))
    assert [(q[2], q[4]) for q in found] == [("Luiz Inácio Lula da Silva", None)]


def test_a_name_a_model_ran_on_from_a_roles_body_is_the_persons(rules: Language) -> None:
    # a model's "República Maurício Gotardo Gerum" (of "procurador da República"): the
    # person is Maurício Gotardo Gerum, whom "Gerum" names after
    text = (
        "O parecer foi escrito pelo procurador regional da República Maurício Gotardo "
        "Gerum. Gerum argumentou que a conclusão de Moro é a mesma da denúncia."
    )
    tags = [("República Maurício Gotardo Gerum", "LOC"), ("Gerum", "PER", -1)]
    assert speakers(rules, text, tags) == ["Maurício Gotardo Gerum"]


def test_an_impersonal_statement_leaves_the_topic_as_it_was(rules: Language) -> None:
    # "se seria correto afirmar que «…»" is said by no one and makes no one the topic:
    # the answer after it is the delegate's, the subject before it
    text = (
        "O delegado Maurício Grillo deu entrevista. O delegado chegou a ser questionado se "
        "seria correto afirmar que “nenhum produto no mercado está livre de fraudes”. Ele "
        "respondeu com cautela. “É possível que a gente tenha consumido alimentos ruins.”"
    )
    found = quotes(rules, text, people=("Maurício Grillo",))
    assert [(q[0], q[2]) for q in found] == [
        ("nenhum produto no mercado está livre de fraudes", None),
        ("É possível que a gente tenha consumido alimentos ruins.", "Maurício Grillo"),
    ]


def test_a_victim_the_text_never_names_is_not_the_person_in_focus(rules: Language) -> None:
    # "a vítima" speaks; the delegate named before is not the victim
    text = (
        "A delegada Solângela Guimarães investiga o caso. Segundo a vítima, que prefere não "
        "se identificar, o vídeo foi gravado sem autorização. “Minha vontade era de "
        "morrer”, afirma a vítima."
    )
    found = quotes(rules, text, people=("Solângela Guimarães",))
    assert [(q[2], q[4]) for q in found] == [(None, "a vítima"), (None, "a vítima")]


def test_a_capitalised_name_after_a_place_noun_is_no_one(rules: Language) -> None:
    # "à praia Ponta de Pedras": a beach, not the speaker of the quote after it
    text = (
        "O taxista foi assaltado ontem. Os suspeitos fizeram o retorno perto da estrada "
        "que dá acesso à praia Ponta de Pedras. “Eles me colocaram no banco de trás.”"
    )
    assert [q[2] for q in quotes(rules, text)] == [None]


def test_a_source_phrases_opener_is_no_name(rules: Language) -> None:
    # "Conforme informou a assessoria": "Conforme" opens a source, it is no one acting
    text = (
        "Pais tentam reformar a escola. Problemas começaram em dezembro. Nesta segunda-feira "
        "foi assinada uma ordem de serviço. Conforme informou a assessoria, não há nenhuma "
        "escola da cidade na lista. “A coordenadoria de obras já fez a vistoria do "
        "local”, diz o informativo."
    )
    assert "Conforme" not in [q[2] for q in quotes(rules, text)]


def test_a_capitalised_noun_opening_an_event_or_a_copula_is_no_one(rules: Language) -> None:
    # "Fato aconteceu …", "Meta é alcançar …" (a headline's subtitle): no one acts, so
    # no one speaks the uncued quotes after them
    text = (
        "Taxista vive momentos de pânico. Fato aconteceu na noite de quinta-feira. Meta é "
        "alcançar R$ 30 mil. Os suspeitos levaram o carro até a estrada. “Eles me "
        "colocaram no banco de trás.”"
    )
    assert [q[2] for q in quotes(rules, text)] == [None]


@pytest.mark.parametrize("tagged_body", [True, False])
def test_a_pronoun_after_a_sentence_whose_subject_is_a_body_is_the_one_person_named_there(
    rules: Language, tagged_body: bool
) -> None:
    # the last subject is two sentences back; the sentence before names one person
    text = (
        "O engenheiro Fábio Carrara criou a empresa em 2015. A GreenAnt, de Pedro "
        "Bittencourt, aposta em dados. Ele conta que a empresa opera desde 2016."
    )
    entities = [("Fábio Carrara", "PER"), ("Pedro Bittencourt", "PER")]
    if tagged_body:  # else known only as a capitalised name after "A", which no person bears
        entities.append(("GreenAnt", "ORG"))
    assert speakers(rules, text, entities) == ["Pedro Bittencourt"]


def test_a_pronoun_after_a_sentence_with_a_role_subject_keeps_the_last_subject(
    rules: Language,
) -> None:
    # "o juiz" is that sentence's subject: Geddel, named there, is not whom "Ele" means
    text = (
        "O juiz Vallisney Oliveira afirma que sim. Ao autorizar a prisão de Geddel, o juiz "
        "negou o pedido. Ele explicou que a medida já havia sido realizada."
    )
    found = quotes(rules, text, people=("Vallisney Oliveira", "Geddel"))
    assert [(q[0], q[2]) for q in found][-1] == (
        "a medida já havia sido realizada",
        "Vallisney Oliveira",
    )


def test_a_cue_after_a_role_and_its_name_closes_no_statement(rules: Language) -> None:
    # ", Rogério Correia (PT), explicou o impacto": the verb's subject, not what he said
    text = (
        "Em discurso, o primeiro secretário da Assembleia Legislativa, Rogério Correia (PT), "
        "explicou o impacto para algumas cidades. «Bicas teria direito a R$ 12 milhões», disse."
    )
    found = quotes(rules, text, people=("Rogério Correia",))
    assert [q[0] for q in found] == ["Bicas teria direito a R$ 12 milhões"]


def test_a_role_before_a_bracketed_acronym_and_a_name_is_that_persons(rules: Language) -> None:
    text = (
        "O delegado da Polícia Federal (PF) Igor Romário de Paula disse que o uso de algemas "
        "no ex-governador Sérgio Cabral foi correto. Cabral foi levado ao IML. "
        "«Não houve abuso», afirmou o delegado."
    )
    people = [("Igor Romário de Paula", "PER"), ("Sérgio Cabral", "PER"), ("Cabral", "PER", 1)]
    doc = tagged(rules, text, people)
    assert [(s.text, s._.speaker) for s in doc.spans["quotes"]][-1] == (
        "Não houve abuso",
        "Igor Romário de Paula",
    )


def test_a_pronoun_after_a_sentence_with_a_pronoun_subject_keeps_its_referent(
    rules: Language,
) -> None:
    text = (
        "O empresário Emílio Odebrecht depôs ontem. A empresa queria a medida. Ele fala da "
        "pressão sobre o então ministro, Jacques Wagner. Ele diz que a empresa buscou aliados."
    )
    found = quotes(rules, text, people=("Emílio Odebrecht", "Jacques Wagner"))
    assert [(q[0], q[2]) for q in found][-1] == ("a empresa buscou aliados", "Emílio Odebrecht")


def test_questions_asking_a_view_without_a_subject_make_a_run_in_interview(
    rules: Language,
) -> None:
    # no "você" nor "o senhor": "Acha …?", "Como analisa …?" put the questions to him
    text = (
        "O cientista político Fernando Schuler fala nesta entrevista. Como analisa esse "
        "cenário? Eu vejo uma democracia mais instável. Acha isso bom ou mau? Acho que é "
        "ruim, porque eu vejo intolerância. Quais as outras razões? Vejo coisas importantes "
        "acontecendo no Congresso. Acredita que o Congresso vota o texto? Acho difícil, mas "
        "eu espero que sim."
    )
    found = quotes(rules, text, people=("Fernando Schuler",))
    assert [(q[0], q[2]) for q in found] == [
        ("Eu vejo uma democracia mais instável.", "Fernando Schuler"),
        ("Acho que é ruim, porque eu vejo intolerância.", "Fernando Schuler"),
        ("Vejo coisas importantes acontecendo no Congresso.", "Fernando Schuler"),
        ("Acho difícil, mas eu espero que sim.", "Fernando Schuler"),
    ]


def test_an_interviews_answers_are_a_persons_not_the_body_quoted_last(rules: Language) -> None:
    text = (
        "A Petrobras informou que vai recorrer. O economista Fernando Schuler fala nesta "
        "entrevista. Como analisa esse cenário? Eu vejo uma crise grave. Acha isso bom ou "
        "mau? Acho que é ruim, porque eu vejo intolerância. Quais as outras razões? Vejo "
        "coisas importantes no Congresso. Acredita que o Congresso vota o texto? Acho "
        "difícil, mas eu espero que sim."
    )
    entities = [("Petrobras", "ORG"), ("Fernando Schuler", "PER")]
    assert speakers(rules, text, entities) == ["Petrobras", *["Fernando Schuler"] * 4]


def test_promete_ser_is_likely_to_be_not_a_promise() -> None:
    nlp = spacy.blank("pt")
    # "A campanha eleitoral promete ser difícil, com redes sociais gritando alto."
    words = ["A", "campanha", "eleitoral", "promete", "ser", "difícil", ",", "com", "redes"]
    words += ["sociais", "gritando", "alto", "."]
    heads = [1, 3, 1, 3, 5, 3, 8, 8, 5, 8, 8, 10, 3]
    deps = ["det", "nsubj", "amod", "ROOT", "cop", "xcomp", "punct", "case", "obl", "amod"]
    deps += ["acl", "advmod", "punct"]
    pos = ["DET", "NOUN", "ADJ", "VERB", "AUX", "ADJ", "PUNCT", "ADP", "NOUN", "ADJ", "VERB"]
    pos += ["ADJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    extractor = nlp.add_pipe("newsnlp_quotes")
    assert list(extractor(doc).spans["quotes"]) == []


def test_a_statement_ending_on_a_role_after_a_preposition_and_its_name_is_kept(
    rules: Language,
) -> None:
    text = (
        "A cimeira de Lisboa não deve ser uma cimeira sobre o Presidente do Zimbabwe, "
        "Robert Mugabe, afirmou ontem o primeiro-ministro José Sócrates."
    )
    found = quotes(rules, text, people=("Robert Mugabe", "José Sócrates"))
    assert [(q[0], q[2]) for q in found] == [
        (
            "A cimeira de Lisboa não deve ser uma cimeira sobre o Presidente do Zimbabwe, "
            "Robert Mugabe",
            "José Sócrates",
        )
    ]


def test_another_persons_surname_run_into_a_name_is_not_part_of_it(rules: Language) -> None:
    # "Palocci" alone, "Antonio Palocci" in full and "Gleisi Hoffmann" without the surname
    text = (
        "O PT suspende Palocci. Segundo senadora Gleisi Hoffmann Palocci mentiu. O ex-ministro "
        "Antonio Palocci foi suspenso. «Usamos o estatuto», afirmou a presidente do PT, "
        "senadora Gleisi Hoffmann."
    )
    entities = [
        ("Palocci", "PER"),
        ("Gleisi Hoffmann Palocci", "PER"),
        ("Antonio Palocci", "PER"),
        ("Gleisi Hoffmann", "PER", -1),
    ]
    assert speakers(rules, text, entities) == ["Gleisi Hoffmann"]


def test_a_surname_two_people_share_is_not_run_in(rules: Language) -> None:
    # "Mello" is never written alone: Marco Aurélio Mello keeps his name beside Celso de Mello
    text = (
        "«Não há culpados», comentou Marco Aurélio Mello. Celso de Mello foi nomeado por "
        "Sarney. «Vamos votar», disse Marco Aurélio."
    )
    entities = [
        ("Marco Aurélio Mello", "PER"),
        ("Celso de Mello", "PER"),
        ("Marco Aurélio", "PER", -1),
    ]
    assert speakers(rules, text, entities) == ["Marco Aurélio Mello"] * 2


def test_a_regime_speaks_as_a_body(rules: Language) -> None:
    text = (
        "O presidente Donald Trump ameaçou o país. O regime de Pyongyang afirmou que planeja "
        "disparar quatro mísseis."
    )
    assert speakers(rules, text, [("Donald Trump", "PER")]) == ["regime de Pyongyang"]


@pytest.mark.parametrize(
    ("text", "entities", "author"),
    [
        (
            "A posse, segundo comunicado oficial da Presidência da República, será amanhã.",
            [],
            "Presidência da República",
        ),
        ("O desemprego caiu, segundo dados divulgados pelo IBGE.", [("IBGE", "ORG")], "IBGE"),
    ],
)
def test_an_accounts_author_after_a_modifier_speaks(
    rules: Language, text: str, entities: list[tuple[str, str]], author: str
) -> None:
    assert speakers(rules, text, entities) == [author]


def test_a_title_name_and_party_tag_caption_the_quote_after_them(rules: Language) -> None:
    text = (
        'Veja o que disseram os deputados. Deputado Jones Martins (PMDB-RS) "Só essa tese '
        'justifica afastar um presidente um ano antes da eleição." Deputado Carlos Marun '
        '(PMDB-MS) "Venham para a luta. Mais uma vez vamos derrotar a oposição."'
    )
    entities = [("Jones Martins", "PER"), ("Carlos Marun", "PER")]
    assert speakers(rules, text, entities) == ["Jones Martins", "Carlos Marun"]


def test_a_name_after_a_body_named_after_someone_is_the_speakers(rules: Language) -> None:
    # a model tags the whole run as one organisation
    text = (
        "Para o professor de relações internacionais da Fundação Getúlio Vargas Matias "
        "Spektor, o Twitter é central. Para Spektor, Trump é moderado."
    )
    entities = [("Fundação Getúlio Vargas Matias Spektor", "ORG"), ("Spektor", "PER", 1)]
    assert speakers(rules, text, entities) == ["Matias Spektor", "Matias Spektor"]


def test_a_role_of_a_party_is_the_person_tagged_with_it(rules: Language) -> None:
    text = (
        "O presidente Michel Temer viajou. O senador Aécio Neves (PSDB-MG) votou. A senadora "
        "Kátia Abreu (PMDB-TO) criticou o governo. Em resposta, a parlamentar do PMDB disse "
        "que ele era arrogante. O presidente nacional do PSDB disse que vai recorrer."
    )
    people = [("Michel Temer", "PER"), ("Aécio Neves", "PER"), ("Kátia Abreu", "PER")]
    assert speakers(rules, text, people) == ["Kátia Abreu", "Aécio Neves"]


def test_a_gesture_verb_then_a_role_or_an_unknown_nouns_name_closes_a_quote(
    rules: Language,
) -> None:
    text = (
        "O papa viajou ontem para Roma. «Francisco trouxe uma visão revigorante», analisa "
        "o vaticanista Joshua McElwee, autor de livros sobre o papa. O comerciante João "
        "Pereira reclamou dos preços. «Está tudo caro», acredita o comerciante."
    )
    found = quotes(rules, text, people=("Joshua McElwee", "João Pereira"))
    assert [(speaker, mention) for *_, speaker, _cue, mention in found] == [
        ("Joshua McElwee", "Joshua McElwee"),
        ("João Pereira", "o comerciante"),
    ]


def test_a_bare_one_closing_the_cue_is_one_unnamed_commenter(rules: Language) -> None:
    text = (
        "O pastor Gétero Campos pregou. Alguns internautas comentaram. "
        "«Deus é fiel», escreveu um. «Esse culto ficou marcado», disse outro."
    )
    found = quotes(rules, text, people=("Gétero Campos",))
    assert [(speaker, mention) for *_, speaker, _cue, mention in found] == [
        (None, "um"),
        (None, "outro"),
    ]


def test_a_name_credited_after_a_dash_speaks_the_quote_before_it(rules: Language) -> None:
    text = (
        "Os especialistas comentam. “É preciso mais investigação da Polícia Federal.” – "
        "Alba Zaluar “Inteligência não é bola de cristal.” – Jacqueline Muniz A ineficácia "
        "das unidades é lamentada."
    )
    found = quotes(rules, text, people=("Alba Zaluar", "Jacqueline Muniz"))
    assert [(text_, speaker) for text_, _kind, speaker, *_ in found] == [
        ("É preciso mais investigação da Polícia Federal.", "Alba Zaluar"),
        ("Inteligência não é bola de cristal.", "Jacqueline Muniz"),
    ]


def test_a_bodys_initials_in_brackets_between_a_role_and_its_name(rules: Language) -> None:
    text = (
        "A secretaria anunciou um acordo. Para o professor da Universidade de Brasília (UnB) "
        "Ricardo Gomes, «sem instrumento de mensuração, não é possível gerenciar nada»."
    )
    assert speakers(rules, text, [("Ricardo Gomes", "PER")]) == ["Ricardo Gomes"]


def test_a_short_name_the_text_writes_as_a_mans_is_not_a_womans_full_name(
    rules: Language,
) -> None:
    text = (
        "A ex-primeira-dama Marisa Letícia Lula da Silva morreu em 2017. O ex-presidente "
        "Lula depôs ontem. MPF: O sr se recorda? Lula: «Me recordo» MPF: Qual era o objeto? "
        "Lula: «Eu já disse no meu depoimento»"
    )
    found = speakers(rules, text, [("Marisa Letícia Lula da Silva", "PER"), ("Lula", "PER", 1)])
    assert found == ["Lula", "Lula"]


def test_a_hearings_labels_of_bodies_and_roles_are_its_voices(rules: Language) -> None:
    text = (
        "O MPF também fez perguntas. Veja a íntegra do depoimento: Juiz - O senhor está "
        "tendo orientação profissional? "
        "Wesley Batista - Sim! Juiz - Quantos empregados o senhor tem na empresa? "
        "Wesley Batista - Tenho 250 mil empregados. MPF - O senhor comanda quantas empresas? "
        "Wesley Batista - São mais de 32 empresas. Advogado de defesa - Peço a revogação da "
        "prisão. Juiz - Mantenho a prisão preventiva."
    )
    doc = tagged(rules, text, [("Wesley Batista", "PER"), ("MPF", "ORG", 1)])
    found = [
        (span.text, doc.text[span._.speaker_start : span._.speaker_end])
        for span in doc.spans["quotes"]
    ]
    assert found == [
        ("O senhor está tendo orientação profissional?", "Juiz"),
        ("Sim!", "Wesley Batista"),
        ("Quantos empregados o senhor tem na empresa?", "Juiz"),
        ("Tenho 250 mil empregados.", "Wesley Batista"),
        ("O senhor comanda quantas empresas?", "MPF"),
        ("São mais de 32 empresas.", "Wesley Batista"),
        ("Peço a revogação da prisão.", "Advogado de defesa"),
        ("Mantenho a prisão preventiva.", "Juiz"),
    ]


def test_an_outlet_named_after_the_cue_is_whom_it_was_said_to(rules: Language) -> None:
    text = (
        "O ex-ministro Carlos Velloso comentou a conversa. «Conversamos sobre várias "
        "questões», disse à rádio Gaúcha."
    )
    assert speakers(rules, text, [("Carlos Velloso", "PER"), ("Gaúcha", "ORG")]) == [
        "Carlos Velloso"
    ]


def test_a_person_noun_after_an_indefinite_article_is_someone_unnamed(rules: Language) -> None:
    text = (
        "A passageira Quézia Lima viu tudo. «Vai esmagar», gritou uma mulher, virando o rosto. "
        "Quézia Lima reagiu. «Já passou», disse uma vez."
    )
    found = quotes(rules, text, people=("Quézia Lima",))
    assert [(speaker, mention) for *_, speaker, _cue, mention in found] == [
        (None, "uma mulher"),
        ("Quézia Lima", None),  # "uma vez": when, not who
    ]


def test_an_interviews_paper_named_in_the_text_asks_and_is_no_voice(rules: Language) -> None:
    text = (
        "O DRV entrevistou Almeida Henriques, presidente do conselho.\n\n"
        "DRV: Como funciona o conselho?\n\nAlmeida Henriques (A.H.): Funciona como uma "
        "plataforma de entendimento entre as associações.\n\nDRV: E é fácil?\n\n"
        "A.H.: Não é fácil, mas temos conseguido."
    )
    paper = [("DRV", "ORG", n) for n in range(3)]
    doc = tagged(rules, text, [*paper, ("Almeida Henriques", "PER")])
    assert [(span.text, span._.speaker) for span in doc.spans["quotes"]] == [
        ("Funciona como uma plataforma de entendimento entre as associações.", "Almeida Henriques"),
        ("Não é fácil, mas temos conseguido.", "Almeida Henriques"),
    ]


def test_a_roles_apposition_of_a_role_and_a_name_names_the_subject(rules: Language) -> None:
    text = (
        "O delegado Marcos Brandão falou sobre o caso. O pai dele, o técnico em educação "
        "Francisco Luiz, disse que o filho cumpria pena no pavilhão 4."
    )
    assert speakers(rules, text, [("Marcos Brandão", "PER"), ("Francisco Luiz", "PER")]) == [
        "Francisco Luiz"
    ]
