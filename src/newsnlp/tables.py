"""Results as pandas DataFrames: the flat tables of :func:`newsnlp.schema.article_tables`.

The columns are those of the Parquet output, since both come from the same
function; pandas is an optional dependency (``pip install newsnlp[notebook]``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from .convert import doc_to_article
from .schema import TABLES, Article, article_tables, table_columns

if TYPE_CHECKING:
    import pandas as pd

#: What :func:`to_frame` and the archive helpers accept as results.
Result = Article | dict[str, Any] | Doc


def optional_dependency(name: str) -> ModuleType:
    """Import ``name`` (pandas, matplotlib.pyplot), or say which extra provides it."""
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise ImportError(
            f"newsnlp's notebook helpers need {name.split('.')[0]}: pip install 'newsnlp[notebook]'"
        ) from error


def as_article(result: Result) -> Article:
    """An :class:`Article` from an Article, its JSON dict or a processed ``Doc``."""
    if isinstance(result, Article):
        return result
    if isinstance(result, Doc):
        return doc_to_article(result)
    if isinstance(result, dict):
        return Article.from_dict(result)
    raise TypeError(f"expected an Article, a result dict or a Doc, not {type(result).__name__}")


def as_articles(results: Iterable[Result] | Result) -> list[Article]:
    """A list of articles from one result or an iterable of them."""
    if isinstance(results, Article | dict | Doc):
        return [as_article(results)]
    return [as_article(result) for result in results]


def to_frame(results: Iterable[Result] | Result, kind: str) -> pd.DataFrame:
    """One table of an archive as a DataFrame, one row per item, keyed by ``article_id``.

    results: Articles, their JSON dicts (lines of ``newsnlp extract`` output) or Docs.
    kind: one of ``articles``, ``entities``, ``organizations`` (one row per mention,
        with the group's ``org_id``), ``quotes`` (speaker fields inlined), ``dates``,
        ``resolutions``.
    """
    pd = optional_dependency("pandas")
    if kind not in TABLES:
        raise ValueError(f"unknown table {kind!r}; choose from {', '.join(TABLES)}")
    rows = article_tables(as_articles(results))[kind]
    return pd.DataFrame(rows, columns=table_columns()[kind])
