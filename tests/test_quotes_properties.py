"""Property tests: any text with random quotation marks and dashes is handled safely."""

from __future__ import annotations

from itertools import pairwise

import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsnlp  # noqa: F401  (registers extensions and factories)

NLP = spacy.blank("pt")
NLP.add_pipe("sentencizer")
NLP.add_pipe("newsnlp_quotes")

PIECES = st.sampled_from(
    [
        *['"', "«", "»", "“", "”", "‘", "’", "-", "–", "—", ":", ",", ".", "\n", "\n\n", " "],
        *["que", "disse", "afirmou", "segundo", "ele", "ela", "o ministro", "Ana Costa", "Para"],
    ]
)
WORDS = st.text(alphabet="abcdeéçãoAMZ ", min_size=0, max_size=8)
TEXTS = st.lists(st.one_of(PIECES, WORDS), max_size=60).map(" ".join) | st.text(max_size=200)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
@example("disse : ,")  # a reported clause whose comma ends the text
def test_any_text_gives_valid_non_overlapping_spans(text: str) -> None:
    doc = NLP(text)
    spans = sorted(doc.spans["quotes"], key=lambda s: s.start)
    for span in spans:
        assert 0 <= span.start_char < span.end_char <= len(text)
        assert span._.quote_kind in ("direct", "indirect", "mixed")
        if span._.speaker_start is not None:
            assert 0 <= span._.speaker_start < span._.speaker_end <= len(text)
    for before, after in pairwise(spans):
        assert before.end <= after.start
