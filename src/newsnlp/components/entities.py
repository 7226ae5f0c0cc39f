"""Component ``newsnlp_entities``: rule-based PER/LOC/ORG entities for the fallback pipeline.

Used when no statistical Portuguese model is installed; the rules are in
:mod:`~newsnlp.components.entity_rules`.  Catalogue organisations get their ids
from ``newsnlp_orgs``, which runs after this component.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from .entity_rules import Gazetteers, find_entities, load_gazetteers


class RuleEntityRecognizer:
    """Sets ``doc.ents`` from name patterns and gazetteers (overwrites existing entities)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "newsnlp_entities",
        *,
        extra_first_names: Sequence[str] = (),
        extra_places: Sequence[str] = (),
        extra_role_nouns: Sequence[str] = (),
    ) -> None:
        """extra_*: words added to the package's gazetteers (given names; places, one
        name per string; role nouns such as "ministro")."""
        self.name = name
        self.gazetteers: Gazetteers = load_gazetteers(
            extra_first_names, extra_places, extra_role_nouns
        )

    def __call__(self, doc: Doc) -> Doc:
        words = [token.text for token in doc]
        doc.ents = [
            Span(doc, start, end, label=label)
            for start, end, label in find_entities(words, self.gazetteers)
        ]
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    "newsnlp_entities",
    default_config={"extra_first_names": [], "extra_places": [], "extra_role_nouns": []},
    assigns=["doc.ents"],
)
def make_rule_entity_recognizer(
    nlp: Language,
    name: str,
    extra_first_names: list[str],
    extra_places: list[str],
    extra_role_nouns: list[str],
) -> RuleEntityRecognizer:
    return RuleEntityRecognizer(
        nlp,
        name,
        extra_first_names=extra_first_names,
        extra_places=extra_places,
        extra_role_nouns=extra_role_nouns,
    )
