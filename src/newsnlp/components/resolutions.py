"""Component ``newsnlp_resolutions``: UN resolution numbers in ``doc.spans["resolutions"]``.

The extraction is :func:`.resolution_extraction.find_resolutions` over the
text; this component puts one span on each number's token(s) with ``_.number``,
``_.issuer`` (a UN body id such as "UNSC" or "UNGA", None when the text only
says it is the UN's) and ``_.year``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from ..extensions import RESOLUTIONS, register_extensions
from .resolution_extraction import bodies_from_dict, find_resolutions, load_bodies

register_extensions()

#: File written by ``to_disk``: the UN bodies in use, the package's plus the user's.
BODIES_FILENAME = "un_bodies.json"
#: Label of the spans in ``doc.spans["resolutions"]``.
LABEL = "RESOLUTION"


class ResolutionExtractor:
    """Finds UN resolution numbers and who adopted them."""

    def __init__(
        self, nlp: Language, name: str = "newsnlp_resolutions", *, bodies_path: str | None = None
    ) -> None:
        self.name = name
        self.bodies_path = bodies_path
        self.bodies = load_bodies(bodies_path)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        seen: set[tuple[int, int]] = set()
        for mention in find_resolutions(doc.text, self.bodies):
            token_span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if token_span is None or (token_span.start, token_span.end) in seen:
                continue
            seen.add((token_span.start, token_span.end))
            span = Span(doc, token_span.start, token_span.end, label=LABEL)
            span._.number = mention.number
            span._.issuer = mention.issuer
            span._.year = mention.year
            spans.append(span)
        doc.spans[RESOLUTIONS] = spans
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        directory = ensure_path(path)
        directory.mkdir(parents=True, exist_ok=True)
        (directory / BODIES_FILENAME).write_text(
            json.dumps(self.bodies.data, ensure_ascii=False, indent=1), encoding="utf-8"
        )

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ResolutionExtractor:
        file = ensure_path(path) / BODIES_FILENAME
        if file.exists():
            self.bodies = bodies_from_dict(json.loads(file.read_text(encoding="utf-8")), str(file))
        return self


@Language.factory("newsnlp_resolutions", default_config={"bodies_path": None})
def make_resolution_extractor(
    nlp: Language, name: str, bodies_path: str | None
) -> ResolutionExtractor:
    return ResolutionExtractor(nlp, name, bodies_path=bodies_path)
