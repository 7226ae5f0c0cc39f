"""Component ``newsnlp_dates``: dates and times in ``doc.spans["dates"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import DATES, register_extensions

register_extensions()


class DateExtractor:
    def __init__(self, nlp: Language, name: str = "newsnlp_dates") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[DATES] = []
        return doc


@Language.factory("newsnlp_dates")
def make_date_extractor(nlp: Language, name: str) -> DateExtractor:
    return DateExtractor(nlp, name)
