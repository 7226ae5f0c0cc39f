"""newsnlp.to_frame: the flat tables of the schema as DataFrames."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import newsnlp
from newsnlp.schema import TABLES, Article, article_tables, table_columns
from newsnlp.tables import as_articles, optional_dependency
from test_render import TEXT, hand_built_article


def test_every_kind_has_one_row_per_item_and_the_article_id():
    article = hand_built_article()
    counts = {
        "articles": 1,
        "entities": len(article.entities),
        "organizations": sum(len(org.mentions) for org in article.organizations),
        "quotes": len(article.quotes),
        "dates": len(article.dates),
        "resolutions": len(article.resolutions),
    }
    for kind in TABLES:
        frame = newsnlp.to_frame([article, Article("empty", None)], kind)
        assert len(frame) == counts[kind] + (kind == "articles"), kind
        assert frame.columns[0] == "article_id"
        assert set(frame["article_id"]) <= {"a1", "empty"}


def test_columns_are_those_of_the_parquet_tables():
    article = hand_built_article()
    rows = article_tables([article])
    for kind in TABLES:
        frame = newsnlp.to_frame(article, kind)
        assert list(frame.columns) == list(rows[kind][0]) == table_columns()[kind]
        assert frame.to_dict("records")[0] == rows[kind][0]


def test_quote_rows_inline_the_speaker_and_organisation_rows_carry_the_id():
    article = hand_built_article()
    quotes = newsnlp.to_frame([article], "quotes")
    assert quotes.loc[0, "speaker"] == "Stanislav Zas"
    assert TEXT[quotes.loc[0, "speaker_start"] : quotes.loc[0, "speaker_end"]] == "Zas"
    orgs = newsnlp.to_frame([article], "organizations")
    assert list(orgs["org_id"]) == ["CSTO", "CSTO", "UN"]
    assert list(orgs["text"]) == ["CSTO", "CSTO", "ONU"]


def test_empty_tables_keep_their_columns():
    frame = newsnlp.to_frame([Article("a", None)], "quotes")
    assert frame.empty and "speaker" in frame.columns and "cue" in frame.columns


def test_results_may_be_json_lines_or_docs(fallback_nlp):
    article = hand_built_article()
    from_json = newsnlp.to_frame([json.loads(article.to_json())], "dates")
    assert from_json.equals(newsnlp.to_frame([article], "dates"))
    doc = newsnlp.process(TEXT, date="2022-02-16", nlp=fallback_nlp, id="d1")
    assert as_articles(doc)[0].id == "d1"
    assert newsnlp.to_frame([doc], "articles").loc[0, "date"] == "2022-02-16"


def test_unknown_kind_names_the_choices():
    with pytest.raises(ValueError, match="entities"):
        newsnlp.to_frame([], "people")
    with pytest.raises(TypeError, match="Article"):
        as_articles([42])  # type: ignore[list-item]


def test_pandas_and_matplotlib_stay_optional():
    code = (
        "import sys, newsnlp\n"
        "newsnlp.to_frame, newsnlp.speakers, newsnlp.plot_timeline\n"
        "assert 'pandas' not in sys.modules and 'matplotlib' not in sys.modules\n"
        "newsnlp.to_frame([], 'quotes')\n"
        "assert 'pandas' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_missing_optional_dependency_names_the_extra():
    with pytest.raises(ImportError, match=r"newsnlp\[notebook\]"):
        optional_dependency("pandas_that_is_not_installed")
