"""newsnlp: structured facts from Portuguese news, as spaCy components.

>>> import newsnlp
>>> article = newsnlp.extract("A OTSC defende a cooperação com a ONU.", date="2022-02-16")
>>> [org.id for org in article.organizations]
['CSTO', 'UN']
"""

from __future__ import annotations

import datetime
import importlib
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .convert import doc_to_article
from .extensions import register_extensions
from .loading import COMPONENTS, ModelNotInstalledWarning, load
from .render import render
from .schema import (
    Article,
    Entity,
    Mention,
    Organization,
    Quote,
    Resolution,
    Speaker,
    TimeExpression,
)

__version__ = "0.1.0"

#: Notebook helpers (pandas, matplotlib: ``pip install newsnlp[notebook]``), imported
#: on first use so that ``import newsnlp`` does not need them.
LAZY_EXPORTS = {
    "to_frame": "tables",
    "speakers": "archive",
    "quotes_per_speaker": "archive",
    "org_comentions": "archive",
    "timeline": "archive",
    "plot_top_speakers": "plots",
    "plot_org_comentions": "plots",
    "plot_timeline": "plots",
}


def __getattr__(name: str) -> Any:
    module = LAZY_EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsnlp' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = [
    "COMPONENTS",
    "Article",
    "Entity",
    "Mention",
    "ModelNotInstalledWarning",
    "Organization",
    "Quote",
    "Resolution",
    "Speaker",
    "TimeExpression",
    "default_pipeline",
    "doc_to_article",
    "extract",
    "load",
    "process",
    "register_extensions",
    "render",
    *LAZY_EXPORTS,
]


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The pipeline :func:`extract` uses when none is given, loaded once per process."""
    return load()


def process(
    text: str, date: str | None = None, nlp: Language | None = None, id: str | None = None
) -> Doc:
    """Run the pipeline on one text with its publication date; returns the ``Doc``."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if date is not None:
        date = datetime.date.fromisoformat(date).isoformat()  # ValueError names the bad date
    nlp = nlp or default_pipeline()
    doc = nlp.make_doc(text)
    doc._.published = date
    doc._.article_id = id
    return nlp(doc)


def extract(
    text: str, date: str | None = None, nlp: Language | None = None, id: str | None = None
) -> Article:
    """Process one article and return its structured facts.

    date: the publication date (ISO ``YYYY-MM-DD``) that relative dates are resolved against.
    nlp: a pipeline from :func:`load`; default: :func:`default_pipeline`.
    For many texts, use ``nlp.pipe`` (or ``newsnlp extract`` on the command line).
    """
    return doc_to_article(process(text, date=date, nlp=nlp, id=id))
