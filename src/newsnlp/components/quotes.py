"""Component ``newsnlp_quotes``: quotations and their speakers in ``doc.spans["quotes"]``.

Each span covers the reported words (inside the marks for a direct quote, the
reported clause for indirect speech) and carries ``_.quote_kind``,
``_.speaker`` (resolved name or None), ``_.speaker_start``/``_.speaker_end``
(character offsets of the mention the cue points to) and ``_.cue``.  The
algorithm lives in :mod:`.quote_extraction` and :mod:`.speakers`; this module
holds the word lists, which users can extend and which ``to_disk`` saves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import QUOTES, register_extensions
from ..resources import DataError, read_lines
from .quote_context import FULL_STOPS
from .quote_extraction import QuoteRecord, extract_quotes, find_quotations
from .speaker_lexicon import SpeakerNouns
from .speaker_resolver import Referent, SpeakerResolver
from .verb_forms import inflect_all, load_verb_table

register_extensions()

VERBS_FILE = "speech_verbs.txt"
NOUNS_FILE = "speaker_nouns.txt"
PHRASES_FILE = "source_phrases.txt"


def _infinitives(words: Iterable[str], origin: str) -> list[str]:
    """Validated infinitives: one lower-case word ending in -ar, -er, -ir or -or (propor)."""
    verbs = []
    for word in words:
        verb = word.strip().lower()
        if not verb or " " in verb or not verb.endswith(("ar", "er", "ir", "or", "ôr")):
            raise DataError(f"{origin}: not a Portuguese infinitive: {word!r}")
        verbs.append(verb)
    return verbs


#: Endings of a verb in the third person plural ("dizem", "afirmam", "disseram").
PLURAL_VERB_ENDINGS = ("am", "em")

#: Cues that go on with what the last speaker said: "«…», completou." is theirs, not
#: the last sentence's subject's.
CONTINUING_VERBS = frozenset(
    {"acrescentar", "arrematar", "completar", "complementar", "concluir", "emendar"}
    | {"finalizar", "prosseguir"}
)


class QuoteExtractor:
    """Finds direct, indirect and mixed quotations and links them to their speakers."""

    def __init__(
        self,
        nlp: Language,
        name: str = "newsnlp_quotes",
        *,
        extra_verbs: Iterable[str] = (),
        extra_speaker_nouns: Iterable[str] = (),
        extra_source_phrases: Iterable[str] = (),
    ) -> None:
        """extra_verbs: more speech verbs (infinitives), matched in every inflection.
        extra_speaker_nouns: more role nouns ("word", "word M|F") or bodies ("word ORG").
        extra_source_phrases: more phrases like "segundo" that introduce a source.
        """
        self.name = name
        self.verbs = _infinitives([*read_lines(VERBS_FILE), *extra_verbs], VERBS_FILE)
        self.noun_lines = [*read_lines(NOUNS_FILE), *extra_speaker_nouns]
        self.phrase_lines = [
            line.lower() for line in [*read_lines(PHRASES_FILE), *extra_source_phrases]
        ]
        self._compile()

    def _compile(self) -> None:
        self.verb_forms = inflect_all(self.verbs, load_verb_table())
        self.nouns = SpeakerNouns(self.noun_lines)
        self.phrases = [tuple(line.split()) for line in self.phrase_lines if line.split()]

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # read once: each read joins every token
        marked = find_quotations(text)
        records = list(extract_quotes(doc, self.verb_forms, self.nouns, self.phrases, marked, text))
        if not records:
            doc.spans[QUOTES] = []
            return doc
        quoted = [(q.start, q.end) for q in marked]
        quoted += [(doc[r.start].idx, doc[r.end - 1].idx + 1) for r in records]
        resolver = SpeakerResolver(doc, self.nouns, self.verb_forms, quoted)
        spans: dict[int, Span] = {}
        last: Referent | None = None
        interviewee: Referent | None = None  # an interview's answers are all one person's
        for record in sorted(records, key=lambda r: (r.position, r.start)):
            answer = record.speaker_rule == "answer"
            if answer and interviewee is not None:
                referent: Referent | None = interviewee  # whoever the questions quote
            else:
                referent = self._resolve(record, resolver, last)
                interviewee = referent if answer else interviewee
            unnamed = referent is not None and referent.name is None and not referent.plural
            if referent is not None and (referent.name is not None or unnamed):
                # an unnamed speaker ("a titular da pasta") keeps what follows unattributed
                referent = replace(referent, spoke=True)
                resolver.add(referent)
                last = referent
            spans[record.start] = self._span(doc, record, referent)
        doc.spans[QUOTES] = [spans[start] for start in sorted(spans)]
        return doc

    def _resolve(
        self, record: QuoteRecord, resolver: SpeakerResolver, last: Referent | None
    ) -> Referent | None:
        if record.speaker_rule == "mention" and record.speaker is not None:
            if last is not None and self._continues(record, resolver, last):
                # "…", afirma Fernando Tuesta. "…", acrescenta o analista: the role
                # tells a gender the name may not have
                return replace(last, gender=last.gender or resolver.role_gender(record.speaker))
            return resolver.referent(
                record.speaker, record.position, said=(record.start, record.end)
            )
        if record.speaker_rule == "dropped":
            cue = resolver.doc[record.cue_start].lower_ if record.cue_start is not None else ""
            if cue.endswith(PLURAL_VERB_ENDINGS):  # not "mantém": "ém" is no "em"
                # "Afirmam que …", "disseram": a group the text left out, no one person
                return Referent(record.position, None, None, True, False, None)
            continuing = self.verb_forms.get(cue) in CONTINUING_VERBS and not cue.endswith("ndo")
            if continuing and last is not None:  # a gerund's subject is its clause's
                topic = resolver.topic(record.position)
                if topic is None or not _leads_into(resolver.doc, topic.position, record.start):
                    return last  # not "Rosa explica: «…», finaliza."
            return resolver.dropped(record.position, spoken=record.kind == "direct")
        if record.speaker_rule == "body":  # "Segundo o relatório, …": by whom, in focus
            return resolver.body_in_focus(record.position)
        if record.speaker_rule == "unknown":  # a subject no lexicon knows: someone unnamed
            return Referent(record.position, None, None, False, False, None)
        if record.speaker_rule == "described" and record.speaker is not None:
            # "«…», disse Emílio. O dono da empreiteira disse que …": who just spoke,
            # if no one else has been the subject since; else someone unnamed
            topic = resolver.topic(record.position)
            gender = resolver.role_gender(record.speaker)
            if (
                last is not None
                and topic is not None
                and topic.name == last.name
                and not last.is_org
                and last.gender in (None, gender)
            ):
                return replace(last, position=record.position, mention=record.speaker)
            return Referent(record.position, None, None, False, False, record.speaker)
        if record.speaker_rule == "answer":  # the interviewee's, whatever the questions name
            if last is not None and last.is_org:  # a person answers, not the body quoted last
                person = resolver.in_focus(record.position, None)
                if person is not None:
                    return Referent(record.position, person, None, False, False, None)
            main = resolver.main_speaker(record.position)
            if main is not None:
                return main  # the one the text quoted most, not whoever a link quoted last
            return last if last is not None else resolver.dropped(record.position, spoken=True)
        if record.speaker_rule == "previous":
            # an uncued quote continues the last speaker, unless a sentence has made
            # someone else its subject since ("A ministra defendeu a reforma. «…»")
            topic = resolver.topic(record.position)
            if last is None and topic is None:
                return resolver.opening_speaker(record.position)  # «…» Dallari recebeu …
            if (
                topic is not None
                and (last is None or topic.position > last.position)
                and not (last is not None and _talks_about(resolver.doc, record, topic))
            ):
                # quoted words: a silent body is unlikely, but a fragment in lower case
                # («mantém-se sólido, …») is as often a report's written words
                fragment = resolver.doc[record.start].is_lower
                spoken = record.kind == "direct" and not fragment
                return resolver.speaking(topic, record.position) if spoken else topic
            return last
        return None  # "document" (what a report says) and "none": nobody speaks

    def _continues(
        self, record: QuoteRecord, resolver: SpeakerResolver, last: Referent | None
    ) -> bool:
        """Whether a role adding to what was just said is who said it: "«…», afirma o
        cientista político Fernando Tuesta. «…», acrescenta o analista" (not another
        analyst named before), with no other subject since."""
        mention = record.speaker
        if mention is None or mention.kind != "role" or record.cue_start is None:
            return False
        cue = resolver.doc[record.cue_start].lower_
        if last is None or last.name is None or last.is_org:
            return False  # not a quote the text left unattributed: the role tells more
        if self.verb_forms.get(cue) not in CONTINUING_VERBS:
            return False
        topic = resolver.topic(record.position)
        gender = resolver.role_gender(mention)
        # a speaker of no known gender ("Pauderney Avelino") may be "o deputado"
        agrees = gender is None or last.gender in (None, gender)
        return topic is not None and topic.name == last.name and agrees

    @staticmethod
    def _span(doc: Doc, record: QuoteRecord, referent: Referent | None) -> Span:
        span = Span(doc, record.start, record.end)
        span._.quote_kind = record.kind
        if record.cue_start is not None and record.cue_end is not None:
            span._.cue = doc[record.cue_start : record.cue_end].text
        if referent is not None:
            span._.speaker = referent.name
        mention = record.speaker if record.speaker_rule in ("mention", "described") else None
        if mention is not None:
            span._.speaker_start = doc[mention.start].idx
            last = doc[mention.end - 1]
            span._.speaker_end = last.idx + len(last.text)
        return span

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the word lists (with the user's additions) next to the pipeline."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        files = {
            VERBS_FILE: self.verbs,
            NOUNS_FILE: self.noun_lines,
            PHRASES_FILE: self.phrase_lines,
        }
        for filename, lines in files.items():
            (path / filename).write_text("\n".join(lines) + "\n", encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuoteExtractor:
        path = Path(path)
        readers: dict[str, Callable[[Path], Any]] = {
            VERBS_FILE: lambda p: _infinitives(_lines(p), str(p)),
            NOUNS_FILE: _lines,
            PHRASES_FILE: _lines,
        }
        loaded = {name: read(path / name) for name, read in readers.items()}
        self.verbs = loaded[VERBS_FILE]
        self.noun_lines = loaded[NOUNS_FILE]
        self.phrase_lines = [line.lower() for line in loaded[PHRASES_FILE]]
        self._compile()
        return self


def _lines(path: Path) -> list[str]:
    if not path.exists():
        raise DataError(f"missing word list: {path}")
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@Language.factory(
    "newsnlp_quotes",
    default_config={"extra_verbs": [], "extra_speaker_nouns": [], "extra_source_phrases": []},
)
def make_quote_extractor(
    nlp: Language,
    name: str,
    extra_verbs: list[str],
    extra_speaker_nouns: list[str],
    extra_source_phrases: list[str],
) -> QuoteExtractor:
    return QuoteExtractor(
        nlp,
        name,
        extra_verbs=extra_verbs,
        extra_speaker_nouns=extra_speaker_nouns,
        extra_source_phrases=extra_source_phrases,
    )


#: Third-person pronouns by gender, as a speaker uses them of someone else.
THIRD_PERSON = {"F": frozenset({"ela", "dela", "nela"}), "M": frozenset({"ele", "dele", "nele"})}


#: Words a speaker uses of themselves, beside a "she" who is someone else.
OWN_WORDS = frozenset({"eu", "mim", "comigo", "meu", "minha", "meus", "minhas"})


def _talks_about(doc: Doc, record: QuoteRecord, topic: Referent) -> bool:
    """Whether an uncued quote speaks of the sentence's subject in the third person
    ("Gabriela estava de plantão. «Alguém postou, não foi ela.»"): not theirs."""
    if topic.gender is None or topic.plural or topic.is_org:
        return False
    words = [token.lower_ for token in doc[record.start : record.end]]
    if OWN_WORDS.intersection(words):
        return False  # "Ela luta pelas mesmas coisas que eu luto": another woman, beside "eu"
    return not THIRD_PERSON[topic.gender].isdisjoint(words)


def _leads_into(doc: Doc, subject: int, quote_start: int) -> bool:
    """Whether the subject at ``subject`` opens the sentence the quote starts in."""
    return subject < quote_start and not any(
        token.text in FULL_STOPS for token in doc[subject:quote_start]
    )
