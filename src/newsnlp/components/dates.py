"""Component ``newsnlp_dates``: dates and times in ``doc.spans["dates"]``.

Recognition and normalisation are the pure functions of :mod:`.timex`; this
component maps their character offsets onto tokens, reads the governing verb's
tense from the parse when there is one (past or future for "na segunda-feira"),
drops numbers the tagger says count things ("em 2000 casas"), and resolves values
against ``doc._.published``.  When ``doc._.published`` is None and the text
opens with a dateline that gives the year, the date is taken from it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from ..extensions import DATES, register_extensions
from .timex import (
    Lexicon,
    Timex,
    TimexGrammar,
    lexicon_from_dict,
    load_lexicon,
    published_from_dateline,
    resolve_all,
)

register_extensions()

#: File written by ``to_disk``: the lexicon in use, package words plus the user's.
LEXICON_FILENAME = "lexicon.json"


def anchor_date(published: object) -> dt.date | None:
    """``doc._.published`` as a date; None when absent or not an ISO date."""
    if not isinstance(published, str):
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def tense_direction(span: Span) -> int:
    """-1 when the verb governing ``span`` is in a past tense, +1 future, 0 unknown.

    Reads ``Tense`` from ``token.morph`` of the nearest verb above the span and
    its auxiliaries; "vai anunciar" (ir + infinitive) counts as future.
    """
    token = span.root
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") and token is not span.root:
            break
        if token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return 0
    verbs = [token, *(c for c in token.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    tenses = {tense for verb in verbs for tense in verb.morph.get("Tense", [])}
    if "Fut" in tenses:
        return 1
    if any(v.lemma_ == "ir" and v is not token for v in verbs) and "Inf" in token.morph.get(
        "VerbForm", []
    ):
        return 1
    if tenses & {"Past", "Imp", "Pqp"}:
        return -1
    return 0


def _counts_something(span: Span) -> bool:
    """A bare year followed by a noun is a quantity ("em 2000 casas"), per the tagger."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.pos_ == "NOUN" and span.text.isdigit()


class DateExtractor:
    """Finds time expressions and gives each a TIMEX3 type and value."""

    def __init__(
        self,
        nlp: Language,
        name: str = "newsnlp_dates",
        *,
        lexicon_path: str | None = None,
        infer_published: bool = True,
    ) -> None:
        self.name = name
        self.lexicon_path = lexicon_path
        self.infer_published = infer_published
        self._set_lexicon(load_lexicon(lexicon_path))

    def _set_lexicon(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.grammar = TimexGrammar(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.published is None and self.infer_published:
            doc._.published = published_from_dateline(doc.text, self.grammar)
        tagged = doc.has_annotation("POS")
        parsed = doc.has_annotation("DEP") and doc.has_annotation("MORPH")
        found: list[tuple[Timex, Span]] = []
        seen: set[tuple[int, int]] = set()
        for timex in self.grammar.find(doc.text):
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None or len(span) == 0 or (span.start, span.end) in seen:
                continue
            if tagged and timex.meaning.kind == "absolute" and _counts_something(span):
                continue
            seen.add((span.start, span.end))
            found.append((timex, span))
        directions = [
            tense_direction(span) if parsed and timex.needs_direction else 0
            for timex, span in found
        ]
        timexes = [timex for timex, _ in found]
        values = resolve_all(timexes, doc.text, anchor_date(doc._.published), directions)
        spans = []
        for (timex, token_span), value in zip(found, values, strict=True):
            span = Span(doc, token_span.start, token_span.end, label=timex.timex_type)
            span._.timex_type = timex.timex_type
            span._.value = value
            spans.append(span)
        doc.spans[DATES] = spans
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        directory = ensure_path(path)
        directory.mkdir(parents=True, exist_ok=True)
        (directory / LEXICON_FILENAME).write_text(
            json.dumps(self.lexicon.data, ensure_ascii=False, indent=1), encoding="utf-8"
        )

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DateExtractor:
        file = ensure_path(path) / LEXICON_FILENAME
        if file.exists():
            data = json.loads(file.read_text(encoding="utf-8"))
            self._set_lexicon(lexicon_from_dict(data, str(file)))
        return self


@Language.factory(
    "newsnlp_dates",
    default_config={"lexicon_path": None, "infer_published": True},
)
def make_date_extractor(
    nlp: Language, name: str, lexicon_path: str | None, infer_published: bool
) -> DateExtractor:
    return DateExtractor(nlp, name, lexicon_path=lexicon_path, infer_published=infer_published)
