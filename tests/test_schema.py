import json

import spacy
from spacy.tokens import Doc, DocBin, Span

from newsnlp import Article, doc_to_article
from newsnlp.schema import TABLES, article_tables

TEXT = 'A OTSC apoia a resolução 1624. "Vamos cooperar", disse Zas hoje.'


def char_span(doc: Doc, text: str, label: str = "") -> Span:
    start = TEXT.index(text)
    return doc.char_span(start, start + len(text), label=label)


def annotated_doc() -> Doc:
    nlp = spacy.blank("pt")
    doc = nlp.make_doc(TEXT)
    doc._.published = "2022-02-16"
    doc._.article_id = "a1"
    org = char_span(doc, "OTSC", "ORG")
    person = char_span(doc, "Zas", "PER")
    doc.ents = [org, person]
    doc.ents[0]._.org_id = "CSTO"
    doc._.organizations = [
        {
            "id": "CSTO",
            "name": "Organização do Tratado de Segurança Coletiva",
            "acronyms": ["OTSC", "CSTO"],
            "mentions": [[2, 6]],
        }
    ]
    quote = char_span(doc, "Vamos cooperar")
    quote._.quote_kind, quote._.speaker, quote._.cue = "direct", "Stanislav Zas", "disse"
    quote._.speaker_start, quote._.speaker_end = person.start_char, person.end_char
    doc.spans["quotes"] = [quote]
    date = char_span(doc, "hoje")
    date._.timex_type, date._.value = "DATE", "2022-02-16"
    doc.spans["dates"] = [date]
    resolution = char_span(doc, "1624")
    resolution._.number, resolution._.issuer = 1624, "UNSC"
    doc.spans["resolutions"] = [resolution]
    return doc


def test_doc_to_article_reads_every_layer_with_character_offsets():
    doc = annotated_doc()
    article = doc_to_article(doc)
    text = doc.text
    assert article.id == "a1" and article.date == "2022-02-16"
    assert [(e.text, e.label) for e in article.entities] == [("OTSC", "ORG"), ("Zas", "PER")]
    for item in [*article.entities, *article.quotes, *article.dates, *article.resolutions]:
        assert text[item.start : item.end] == item.text
    (org,) = article.organizations
    assert org.id == "CSTO" and org.mentions[0].text == "OTSC"
    (quote,) = article.quotes
    assert quote.text == "Vamos cooperar" and quote.speaker is not None
    assert (
        quote.speaker.name == "Stanislav Zas"
        and text[quote.speaker.start : quote.speaker.end] == "Zas"
    )
    assert article.resolutions[0].number == 1624 and article.dates[0].value == "2022-02-16"


def test_json_round_trip_keeps_the_contract_keys():
    article = doc_to_article(annotated_doc())
    data = json.loads(article.to_json())
    assert set(data) == {
        "id",
        "date",
        "entities",
        "organizations",
        "quotes",
        "dates",
        "resolutions",
    }
    assert set(data["quotes"][0]) == {"text", "start", "end", "kind", "speaker", "cue"}
    assert set(data["resolutions"][0]) == {"text", "start", "end", "number", "issuer", "year"}
    assert Article.from_dict(data) == article


def test_values_survive_docbin():
    doc = annotated_doc()
    store = DocBin(store_user_data=True, docs=[doc])
    (restored,) = store.get_docs(spacy.blank("pt").vocab)
    assert doc_to_article(restored) == doc_to_article(doc)


def test_article_tables_have_one_row_per_item_keyed_by_article():
    tables = article_tables([doc_to_article(annotated_doc())])
    assert set(tables) == set(TABLES)
    assert len(tables["articles"]) == 1 and tables["articles"][0]["n_quotes"] == 1
    assert tables["quotes"][0]["speaker"] == "Stanislav Zas"
    assert all(row["article_id"] == "a1" for rows in tables.values() for row in rows)


def test_missing_layers_give_empty_lists():
    doc = spacy.blank("pt")("Sem nada.")
    article = doc_to_article(doc)
    assert article.organizations == [] and article.quotes == [] and article.dates == []
