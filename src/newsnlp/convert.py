"""The one place that turns a processed ``Doc`` into the result schema."""

from __future__ import annotations

from spacy.tokens import Doc

from .extensions import DATES, QUOTES, RESOLUTIONS, register_extensions
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

register_extensions()


def doc_to_article(doc: Doc, id: str | None = None, date: str | None = None) -> Article:
    """Read entities, organisation groups, quotes, dates and resolutions off ``doc``.

    ``id`` and ``date`` default to ``doc._.article_id`` and ``doc._.published``.
    Missing span groups (a pipeline without that component) give empty lists.
    """
    text = doc.text
    organizations = [
        Organization(
            id=group["id"],
            name=group["name"],
            acronyms=list(group["acronyms"]),
            mentions=[Mention(text[s:e], s, e) for s, e in group["mentions"]],
        )
        for group in doc._.organizations or []
    ]
    quotes = []
    for span in doc.spans.get(QUOTES, []):
        speaker = None
        if span._.speaker is not None or span._.speaker_start is not None:
            speaker = Speaker(span._.speaker, span._.speaker_start, span._.speaker_end)
        quotes.append(
            Quote(span.text, span.start_char, span.end_char, span._.quote_kind, speaker, span._.cue)
        )
    return Article(
        id=id if id is not None else doc._.article_id,
        date=date if date is not None else doc._.published,
        entities=[Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents],
        organizations=organizations,
        quotes=quotes,
        dates=[
            TimeExpression(s.text, s.start_char, s.end_char, s._.timex_type, s._.value)
            for s in doc.spans.get(DATES, [])
        ],
        resolutions=[
            Resolution(s.text, s.start_char, s.end_char, s._.number, s._.issuer, s._.year)
            for s in doc.spans.get(RESOLUTIONS, [])
        ],
    )
