"""Component ``newsnlp_entities``: rule-based PER/LOC entities for the fallback pipeline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class RuleEntityRecognizer:
    def __init__(self, nlp: Language, name: str = "newsnlp_entities") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("newsnlp_entities")
def make_rule_entity_recognizer(nlp: Language, name: str) -> RuleEntityRecognizer:
    return RuleEntityRecognizer(nlp, name)
