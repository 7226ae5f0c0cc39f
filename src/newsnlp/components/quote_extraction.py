"""Quotations in Portuguese news, as a generator of small typed records.

Like textacy's ``extract.triples.direct_quotations``, but for Portuguese press
conventions: «…», “…”, "…" and ‘…’; multi-paragraph quotes (opened again at
each paragraph, closed at the end); dialogue dashes; cues after (``"…", disse
X``), before (``X disse: "…"``) and inside (``"A, - assegurou X. - B"``); and
reported speech (``X afirmou que …``, ``segundo X, …``, ``X afirmou: …``).

:func:`find_quotations` works on the raw text; :func:`extract_quotes` on a Doc,
with the dependency parse when there is one (subjects, clause extents) and token
rules otherwise.  Speakers are only *found* here (the mention a cue points to);
:mod:`newsnlp.components.speakers` resolves them to names.

The rules live in :mod:`.quotes_direct` (marked words), :mod:`.quotes_interviews`
(dialogue and interview turns) and :mod:`.quotes_reported` (reported speech),
over what :mod:`.quote_context` gives them all; this module ranks and merges
their records so that no two overlap.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from .quote_context import (
    MIN_UNCUED_WORDS,
    PAIRS,
    QuoteContext,
    QuotedText,
    QuoteRecord,
    find_quotations,
    strip_range,
    word_count,
)
from .quotes_direct import direct_quotes
from .quotes_interviews import (
    answer_quotes,
    asked_answers,
    dialogue_quotes,
    headed_quotes,
    interview_quotes,
    is_conversation,
    labelled_turns,
    run_in_dialogue_quotes,
)
from .quotes_reported import reported_quotes, split_coordinated
from .speaker_lexicon import SpeakerNouns


def extract_quotes(
    doc: Doc,
    verbs: Mapping[str, str],
    nouns: SpeakerNouns,
    phrases: Sequence[tuple[str, ...]] = (),
    quoted: Sequence[QuotedText] | None = None,
    text: str | None = None,
) -> Iterator[QuoteRecord]:
    """Every quotation in ``doc`` in text order, overlapping none of the others.

    verbs: speech verb form → infinitive (see :mod:`newsnlp.components.verb_forms`).
    phrases: source phrases as word tuples (("segundo",), ("de", "acordo", "com")).
    quoted: ``find_quotations(doc.text)``, when the caller has it already.
    text: ``doc.text``, likewise (each read of it joins every token).
    Cued direct quotes win over reported speech, which wins over uncued quotes.
    """
    text = doc.text if text is None else text
    if quoted is None:
        quoted = find_quotations(text)
    ctx = QuoteContext(doc, verbs, nouns, phrases, quoted, text)
    cued: list[QuoteRecord] = []
    uncued: list[QuoteRecord] = []
    for record, has_cue in direct_quotes(ctx, quoted):
        (cued if has_cue else uncued).append(record)
    reported = [  # a clause opening with its own cue reports nothing («…», gracejou X, após …)
        r
        for r in split_coordinated(ctx, list(reported_quotes(ctx, quoted)))
        if r.start != r.cue_start
    ]
    cued = [c for c in cued if not any(_nested(c, r) for r in reported)]
    turns = list(labelled_turns(ctx))  # an interview's turns, or a transcript's headed sections
    conversation = is_conversation(ctx, turns)
    turn_answers = list(interview_quotes(ctx, turns, conversation))
    interviews = [
        *dialogue_quotes(ctx),
        *run_in_dialogue_quotes(ctx),
        *asked_answers(ctx, turns),
        *turn_answers,
        *answer_quotes(ctx, turns),
        *headed_quotes(ctx, turns),
    ]
    ranked = [*cued, *interviews, *reported, *uncued]
    opens_quote = [text in PAIRS for text in ctx.text]
    taken: list[QuoteRecord] = []
    # an interviewee's answers give way to the quotes cued in them; a conversation's
    # turns give way whole (their quotes are the speakers' own)
    answers = set() if conversation else set(turn_answers)
    for record in ranked:
        answer = record.speaker_rule == "answer" or record in answers
        pieces = _around_quotes(ctx, record, taken) if answer else [record]
        for piece in pieces:
            trimmed = _trim(piece, taken, opens_quote)
            if trimmed is not None:
                taken.append(trimmed)
    yield from sorted(taken, key=lambda r: r.start)


#: The longest quote a reported clause may hold as a phrase of its own (tokens).
MAX_NESTED_TOKENS = 12


def _nested(quote: QuoteRecord, report: QuoteRecord) -> bool:
    """A quote cued inside a reported clause, cue and all, is part of it: "Segundo o
    magistrado, o caso revela «sem sombra de dúvidas» que houve …"; and so is one
    that shares the clause's cue: "Para Benedita, o assassinato de Marielle, “…”"."""
    if quote.cue_start is None or report.cue_start is None or quote.end > report.end:
        return False
    shared = quote.cue_start == report.cue_start < report.start < quote.start
    return shared or (
        report.cue_start < report.start <= quote.cue_start < quote.start
        and quote.end - quote.start <= MAX_NESTED_TOKENS
    )


def _around_quotes(
    ctx: QuoteContext, answer: QuoteRecord, taken: Sequence[QuoteRecord]
) -> list[QuoteRecord]:
    """An interview's answer in its parts around the quotes cued inside it: "… um dos
    meus estudantes disse: "Isso se parece com o Brasil". Falo Argentina porque …"."""
    inside = sorted(
        (q.start, q.end) for q in taken if q.start < answer.end and answer.start < q.end
    )
    marked = all(start > answer.start and ctx.text[start - 1] in PAIRS for start, _ in inside)
    if not inside or not marked:
        return [answer]  # another interview's turns: the answer gives way to them
    pieces: list[QuoteRecord] = []
    cursor = answer.start
    for quote_start, quote_end in [*inside, (answer.end, answer.end)]:
        start, end = strip_range(ctx.doc, cursor, quote_start)
        while end > start and ctx.text[end - 1] in PAIRS:  # the quote's opening mark
            start, end = strip_range(ctx.doc, start, end - 1)
        if word_count(ctx.doc, start, end) >= MIN_UNCUED_WORDS:
            position = answer.position if not pieces else start  # the first, at its question
            pieces.append(replace(answer, start=start, end=end, position=position))
        cursor = quote_end
    return pieces


def _trim(
    record: QuoteRecord, taken: Sequence[QuoteRecord], opens_quote: Sequence[bool]
) -> QuoteRecord | None:
    """``record`` cut before the first quote taken inside it; None if it overlaps one.

    A reported clause cut right at an opening mark leaves only the quote's subject
    ("O programa «…», disse X"), which is dropped.
    """
    start, end = record.start, record.end
    for other in taken:
        if other.start < end and start < other.end:
            if other.start > start and record.kind != "direct":
                end = other.start
            else:
                return None
    if end <= start:
        return None
    if end != record.end and record.kind != "direct" and opens_quote[end - 1]:
        return None  # "O programa «…», disse X": what is left before the quote is no clause
    return record if end == record.end else replace(record, end=end)
