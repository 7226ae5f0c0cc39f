"""Component ``newsnlp_resolutions``: UN resolution numbers in ``doc.spans["resolutions"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import RESOLUTIONS, register_extensions

register_extensions()


class ResolutionExtractor:
    def __init__(self, nlp: Language, name: str = "newsnlp_resolutions") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[RESOLUTIONS] = []
        return doc


@Language.factory("newsnlp_resolutions")
def make_resolution_extractor(nlp: Language, name: str) -> ResolutionExtractor:
    return ResolutionExtractor(nlp, name)
