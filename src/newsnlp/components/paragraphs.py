"""Component ``newsnlp_paragraphs``: a blank line always starts a new sentence.

spaCy's sentencizer only splits at end punctuation, so a heading or a paragraph
without a final full stop ("A reunião, realizada no formato" + blank line) would
run into the next paragraph.  Quotation and date rules work sentence by sentence,
so the fallback pipeline adds this after the sentencizer.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of the first token after each blank line (a whitespace token with two newlines)."""
    starts = []
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            starts.append(token.i + 1)
    return starts


class ParagraphSplitter:
    def __init__(self, nlp: Language, name: str = "newsnlp_paragraphs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for index in paragraph_starts(doc):
            blank = doc[index - 1]
            if blank.i > 0 and blank.is_sent_start:
                blank.is_sent_start = False  # the blank line ends the paragraph, not opens one
            doc[index].is_sent_start = True
        return doc


@Language.factory("newsnlp_paragraphs", requires=["token.is_sent_start"])
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter(nlp, name)
