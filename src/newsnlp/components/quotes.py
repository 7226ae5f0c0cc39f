"""Component ``newsnlp_quotes``: quotations and their speakers in ``doc.spans["quotes"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import QUOTES, register_extensions

register_extensions()


class QuoteExtractor:
    def __init__(self, nlp: Language, name: str = "newsnlp_quotes") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[QUOTES] = []
        return doc


@Language.factory("newsnlp_quotes")
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)
