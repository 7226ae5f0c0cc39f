"""Every ``Doc._`` and ``Span._`` attribute newsnlp sets, declared in one place.

Values are plain data (str, int, None, lists and dicts of those), never spaCy
objects, so they survive ``DocBin`` and ``nlp.pipe(n_process=...)``.  Every
component module calls :func:`register_extensions` at import time, so a child
process that unpickles a pipeline (also under the ``spawn`` start method) has
the attributes before the first document arrives.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

#: Names of the span groups newsnlp fills.
QUOTES = "quotes"
DATES = "dates"
RESOLUTIONS = "resolutions"

DOC_EXTENSIONS: dict[str, Any] = {
    # ISO date (YYYY-MM-DD) the article was published, or None.
    "published": None,
    # Id of the input record, carried through the pipeline for batch jobs.
    "article_id": None,
    # One group per organisation mentioned in the document (catalogue or defined
    # in the text): [{"id": str|None, "name": str, "acronyms": [str],
    #                 "mentions": [[start_char, end_char], ...]}], in order of first mention.
    "organizations": None,
}

SPAN_EXTENSIONS: dict[str, Any] = {
    # organisations (entities labelled ORG)
    # catalogue id, e.g. "CSTO"; None for an organisation defined only in the text
    "org_id": None,
    # canonical name: the catalogue's Portuguese name, or the long form defined in the text
    "org_name": None,
    # quotations (doc.spans["quotes"])
    "quote_kind": None,  # "direct", "indirect" or "mixed"
    "speaker": None,  # resolved speaker name, or None
    "speaker_start": None,  # character offsets of the mention the cue points to
    "speaker_end": None,
    "cue": None,  # the speech verb or phrase, as written
    # dates and times (doc.spans["dates"])
    "timex_type": None,  # DATE, TIME, DURATION or SET
    "value": None,  # TIMEX3 value string, or None
    # UN resolutions (doc.spans["resolutions"])
    "number": None,  # int
    "issuer": None,  # "UNSC", "UNGA", another body's id, or None
    "year": None,  # int or None
}


def register_extensions() -> None:
    """Declare newsnlp's extension attributes; safe to call any number of times."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()
