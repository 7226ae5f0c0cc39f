import warnings

import pytest

import newsnlp
from newsnlp.loading import COMPONENTS, resolve_model


def test_fallback_warns_once_and_names_the_install_command(monkeypatch):
    monkeypatch.delenv("NEWSNLP_MODEL", raising=False)
    monkeypatch.setattr("spacy.util.is_package", lambda name: False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = newsnlp.load()
    relevant = [w for w in caught if issubclass(w.category, newsnlp.ModelNotInstalledWarning)]
    assert len(relevant) == 1
    assert "python -m spacy download pt_core_news_lg" in str(relevant[0].message)
    assert nlp.pipe_names[:2] == ["sentencizer", "newsnlp_entities"]
    assert nlp.pipe_names[-len(COMPONENTS) :] == list(COMPONENTS)


def test_resolution_order(monkeypatch):
    monkeypatch.setenv("NEWSNLP_MODEL", "/some/path")
    assert resolve_model("explicit") == "explicit"
    assert resolve_model() == "/some/path"
    monkeypatch.delenv("NEWSNLP_MODEL")
    monkeypatch.setattr("spacy.util.is_package", lambda name: name == "pt_core_news_md")
    assert resolve_model() == "pt_core_news_md"


def test_explicit_model_that_cannot_load_raises():
    with pytest.raises(OSError):
        newsnlp.load("no_such_pipeline_xyz")


def test_standin_components_follow_the_models_own(standin_nlp):
    names = standin_nlp.pipe_names
    assert names.index("ner") < names.index("newsnlp_orgs")
    assert names[-len(COMPONENTS) :] == list(COMPONENTS)


def test_saved_pipeline_round_trips(fallback_nlp, tmp_path):
    fallback_nlp.to_disk(tmp_path / "pipeline")
    reloaded = newsnlp.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == fallback_nlp.pipe_names


def test_extract_rejects_bad_input(fallback_nlp):
    with pytest.raises(TypeError):
        newsnlp.extract(None, nlp=fallback_nlp)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        newsnlp.extract("texto", date="16/02/2022", nlp=fallback_nlp)


def test_extract_result_has_every_key(fallback_nlp):
    result = newsnlp.extract("Texto.", date="2022-02-16", nlp=fallback_nlp, id="a1").to_dict()
    assert list(result) == [
        "id",
        "date",
        "entities",
        "organizations",
        "quotes",
        "dates",
        "resolutions",
    ]
    assert result["id"] == "a1" and result["date"] == "2022-02-16"


def test_fallback_keeps_an_abbreviated_title_inside_its_sentence(fallback_nlp, tmp_path):
    text = "«A análise é essencial», diz o Prof. Koen de Ridder, do instituto."
    doc = fallback_nlp(text)
    assert "Prof." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1
    assert [s._.speaker for s in doc.spans["quotes"]] == ["Koen de Ridder"]
    fallback_nlp.to_disk(tmp_path / "pipeline")
    assert "Prof." in [t.text for t in newsnlp.load(tmp_path / "pipeline")(text)]


def test_a_pull_quote_glued_to_its_credit_is_split_and_credited(fallback_nlp, tmp_path):
    text = (
        "O presidente anunciou o concurso.\n"
        "Conversei com o presidente da Caixa, que confirmou 4 mil vagas para um concurso "
        "do banco. Fiquem ligados que o edital sai amanhã”Luiz Inácio Lula da Silva, "
        "presidente da República\n"
    )
    doc = fallback_nlp(text)
    assert [t.text for t in doc if t.text in ("amanhã", "”", "Luiz")] == ["amanhã", "”", "Luiz"]
    (quote,) = doc.spans["quotes"]
    assert quote.text.startswith("Conversei") and quote.text.endswith("sai amanhã")
    assert quote._.speaker == "Luiz Inácio Lula da Silva"
    fallback_nlp.to_disk(tmp_path / "pipeline")
    assert "”" in [t.text for t in newsnlp.load(tmp_path / "pipeline")(text)]


def test_a_sentence_glued_to_the_next_is_split_at_its_period(fallback_nlp):
    doc = fallback_nlp("A audiência tratou do programa (PADIS).A sessão foi aberta ontem.")
    assert [t.text for t in doc][7:9] == [".", "A"]
    assert len(list(doc.sents)) == 2


def test_a_sentence_glued_after_a_number_is_split_and_its_source_found(fallback_nlp):
    doc = fallback_nlp("A parceria começou em 2022.Segundo a ministra, os países têm desafios.")
    assert [t.text for t in doc][4:7] == ["2022", ".", "Segundo"]
    assert [span.text for span in doc.spans["quotes"]] == ["os países têm desafios"]
