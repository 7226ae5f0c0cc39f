"""Component ``newsnlp_orgs``: organisations normalised to catalogue ids."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions

register_extensions()


class OrgNormalizer:
    def __init__(self, nlp: Language, name: str = "newsnlp_orgs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.organizations = []
        return doc


@Language.factory("newsnlp_orgs")
def make_org_normalizer(nlp: Language, name: str) -> OrgNormalizer:
    return OrgNormalizer(nlp, name)
