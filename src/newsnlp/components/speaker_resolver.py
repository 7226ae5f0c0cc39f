"""Whom a speaker mention names, across the whole document.

:class:`SpeakerResolver` resolves what :mod:`newsnlp.components.speakers` finds
next to a cue: names to the fullest name in the document, role nouns to the person
the text introduced with that role by apposition, pronouns and dropped subjects to
the most recent compatible speaker or subject, organisations to their canonical
name.  It keeps the history of speakers and sentence subjects that needs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from ..folding import fold, strip_accents
from ..resources import read_lines
from .entity_rules import (
    LINK_IMPERATIVES,
    is_adverb_form,
    is_capitals_word,
    is_known_place,
    listed_genders,
)
from .quote_context import (
    CLITICS,
    CLOSERS,
    RUN_ON_FUNCTION_WORDS,
    SPEECH_NOUNS,
    TITLE_NOUNS,
    looks_infinitive,
    prosecution_near,
    tokens_within,
)
from .speakers import (
    ABSTRACT_NOUN_ENDINGS,
    ADVERBS,
    ARTICLE_OF,
    ARTICLES,
    AUXILIARIES,
    DEFENCE,
    DEMONSTRATIVES,
    DIALOGUE_DASHES,
    FINITE_IRREGULARS,
    FLOOR_WORDS,
    INDEFINITE_PRONOUNS,
    LAWYERS,
    MAX_ASIDE_TOKENS,
    MAX_ROLE_TOKENS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NEGATIONS,
    OF,
    OPENING_PARTICLES,
    PARTICIPLE_ENDINGS,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    PRESS_OFFICES,
    PRONOUNS,
    QUOTATION_MARKS,
    ROLE_PREFIXES,
    ROLE_SUFFIXES,
    TO,
    WEEKDAYS,
    WHO,
    Mention,
    SpeakerNouns,
    body_before_person,
    classify_entity,
    contains_words,
    entity_at,
    entity_pieces,
    floor_holder,
    gives_the_floor,
    is_first_name,
    is_gentilic,
    is_name_word,
    is_word,
    looks_like_person,
    mention_after,
    mention_ending_at,
    name_end,
    name_mention_at,
    narrates,
    past_parenthesis,
    past_section_label,
    person_after_place,
    role_end,
    several_lawyers,
    subject_from_parse,
    titled_name_start,
)

#: An article or a demonstrative, bare or contracted with a preposition: what a thing's
#: name comes after.
DETERMINED = ARTICLES | {
    *("do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "à", "aos", "às"),
    *("pelo", "pela", "pelos", "pelas", "num", "numa", "dum", "duma"),
    *("esse", "essa", "esses", "essas", "nesse", "nessa", "nesses", "nessas"),
    *("desse", "dessa", "desses", "dessas", "este", "esta", "estes", "estas"),
    *("neste", "nesta", "nestes", "nestas", "deste", "desta", "destes", "destas"),
}


#: Tokens after which a capitalised word may be a capital only: sentence ends, quote marks.
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", "«", "»", "“", "”", '"', "—", "–", "-"})


#: Marks opening a quote: a sentence after one is the speaker's, not the narrative's.
QUOTE_OPENERS = frozenset({"«", "“", '"', "‘", "—", "–"})


#: Capitalised articles that open a title's name ("O Globo", "A Tarde", "Os Verdes").
TITLE_ARTICLES = frozenset({"O", "A", "Os", "As"})
#: Words after which such an article opens a title, not a sentence: "segundo O Globo",
#: "o jornal O Globo", "ao Estado de S. Paulo" (and a speech verb: "diz O Globo").
TITLE_INTRODUCERS = TITLE_NOUNS | RUN_ON_FUNCTION_WORDS | {"segundo", "conforme"}


#: Present-tense endings of a verb after a one-word subject ("Smoot pensa", "Lula defende").
PRESENT_ENDINGS = ("a", "e")


#: Generic words for a company: "a empresa" may be the last organisation named at all.
#: Companies by their trade ("a montadora"): "a empresa" in other words.
TRADES = frozenset(
    {"montadora", "farmacêutica", "fabricante", "operadora", "startup", "varejista"}
    | {"construtora", "seguradora", "mineradora", "petroleira", "estatal", "incorporadora"}
    | {"concessionária", "distribuidora", "empreiteira", "siderúrgica"}
)
COMPANY_WORDS = frozenset({"empresa", "companhia", "firma", "multinacional", *TRADES})


#: "a pasta": a government portfolio, the last ministry or secretariat named.
PORTFOLIO = "pasta"
PORTFOLIO_HEADS = frozenset({"ministério", "secretaria", "secretariado"})


#: Bodies named by their kind alone, which stand for the last organisation named.
GENERIC_BODIES = frozenset(
    {
        "empresa",
        "companhia",
        "organização",
        "ong",
        "entidade",
        "instituição",
        "jornal",
        "revista",
        "diário",
        "partido",
        "sindicato",
        "clube",
        "associação",
        "federação",
        "confederação",
        "fundação",
        "universidade",
        "banco",
        "órgão",
        "pasta",
        "corporação",  # a police or fire force: "segundo a corporação"
        "legenda",
        "sigla",
        "agremiação",
        "comitê",
        "plataforma",  # "a plataforma de partilha de vídeos": TikTok
        *TRADES,
    }
)


#: Two capitalised words a scrape glued together ("VictorMinistério"): a lower-case
#: run of three letters or more before a capital ("McCartney", "DiCaprio" have less).
GLUED_WORDS = re.compile(r"[a-zà-ÿ]{3}[A-ZÀ-Þ]")

#: Bodies a text names by their kind alone because there is one of them in its
#: setting ("segundo o governo", "a prefeitura informou"): the speaker is that body
#: even when the text never names it.
SETTING_BODIES = frozenset({"governo", "prefeitura", "polícia", "exército", "presidência"})

#: Words that make a setting body's name fuller: "o governo federal".
SETTING_MODIFIERS = frozenset({"federal", "estadual", "municipal", "civil", "militar"})


#: Forms of "ser" that make a sentence passive, whose agent follows "pelo"/"pela".
PASSIVE_AUXILIARIES = frozenset({"foi", "foram", "é", "são", "será", "serão", "era", "eram"})

#: Articles, alone or joined to a preposition, that a body's name takes ("a Fitch", "pelo TRE").
ARTICLE_FORMS = frozenset({"a", "o", "da", "do", "na", "no", "pela", "pelo", "à", "ao"})

#: Particles before a last surname ("Adelino Sanchez Ramos da Silva"); "der" only
#: ever follows "van".
SURNAME_PARTICLES = NAME_PARTICLES - {"der"}

#: Pronouns only a verb follows: "a ex-presidente se recusa".
CLITIC_PRONOUNS = CLITICS | {"se"}

#: Words between a subject and its verb: "a ex-presidente se recusa", "não diz".
BEFORE_A_VERB = ADVERBS | CLITIC_PRONOUNS

#: Verbs that name a lawyer's client: "o advogado X, que defende Y".
CLIENT_VERBS = frozenset({"defende", "representa"})

#: How many asides may stand between a subject and its verb.
MAX_ASIDES = 3
#: The most roles listed before the name of the one who held them all.
MAX_LISTED_ROLES = 4

#: How near an organisation named only as an object must be for "o partido" to be it.
RECENT_ORG_TOKENS = 60


#: Female given names that do not end in -a and that no female section of
#: ``first_names.txt`` lists (gender for "ela"), and female endings.
FEMALE_NAMES = frozenset(
    {
        "angelique",
        "anne",
        "carmen",
        "cecile",
        "condoleezza",
        "daniele",
        "dolores",
        "ellen",
        "ester",
        "esther",
        "giselle",
        "helen",
        "ingrid",
        "janet",
        "judite",
        "karen",
        "kate",
        "lourdes",
        "luciane",
        "lurdes",
        "madeleine",
        "mercedes",
        "mercè",
        "miriam",
        "monique",
        "nathalie",
        "noémia",
        "ruth",
        "sharon",
        "sophie",
        "susan",
        "yvonne",
    }
)
FEMALE_NAME_ENDINGS = ("ine", "elle", "ette", "ett")


#: Articles and contractions before a name that show its gender ("da Dilma", "pelo Lula");
#: not "a", which is as often the preposition ("custam a Fernando Neves").
GENDERED_ARTICLES = {
    **dict.fromkeys(("o", "do", "ao", "pelo", "no"), "M"),
    **dict.fromkeys(("da", "à", "pela", "na"), "F"),
}


#: Articles that give a role of either gender ("a cientista", "do chefe") its bearer's;
#: before a role noun, "a" is the article, not the preposition ("ao").
ROLE_ARTICLES = {**GENDERED_ARTICLES, "o": "M", "a": "F"}


#: Outlets a quote is given to, whose name may run into the speaker's ("à Folha Antonio …").
NEWS_OUTLETS = frozenset(
    {"folha", "lusa", "reuter", "reuters", "efe", "afp", "expresso", "globo", "estadão"}
)


#: Nouns of a news outlet: "o jornal" is an outlet the text named, no other body.
OUTLET_NOUNS = frozenset({"jornal", "revista", "diário", "emissora", "rádio", "televisão"})


#: The role whose plural speaks for the prosecution's office: "os procuradores".
PROSECUTOR = "procurador"


#: Month names: never a person, whatever a model tags them.
MONTHS = frozenset(
    {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto"}
    | {"setembro", "outubro", "novembro", "dezembro"}
)


def _main_verb(root: Token) -> int:
    """The verb a sentence is about: its root, or the clause a parser hung under a non-verb root.

    A weak parser may make the adjective the root of "Já velho, antes de morrer, Hergé
    falou da obra." with the verb as its ``csubj``: the verb's subject is the sentence's.
    """
    if root.pos_ in ("VERB", "AUX"):
        return root.i
    clauses = [c for c in root.children if c.pos_ == "VERB" and c.dep_ in ("csubj", "ccomp")]
    return clauses[0].i if clauses else root.i


def sentences(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of sentences, also split at paragraph breaks, without leading punctuation."""
    start = 0
    parsed = doc.has_annotation("SENT_START")
    for token in doc:
        breaks = "\n" in token.text or (token.i and "\n" in doc[token.i - 1].text)
        if token.i > start and (breaks or (parsed and token.is_sent_start)):
            yield from _trimmed(doc, start, token.i)
            start = token.i
    yield from _trimmed(doc, start, len(doc))


def _trimmed(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start < end:
        yield start, end


def gender_of_name(name: str) -> str | None:
    """A rough grammatical gender from a first name: Portuguese -a names are mostly female.

    Common female names with another ending (Isabel, Raquel, Inês, Susan, Christine)
    are listed or recognised by their ending.  A lone word no list gives as a first name
    is a surname, and a first word no list knows ("Nathaly", "Wadih") may be either:
    no gender.
    """
    words = name.split()
    first = words[0].lower() if words else ""
    if not first or (len(words) == 1 and not is_first_name(first)):
        return None  # a lone surname ("Grava", "Costa") says nothing of its bearer
    listed = listed_genders().get(fold(first))
    if listed is not None:
        return listed  # "Zeca", "Joice", "Thaís": the list's section says
    if first.endswith(("a", *FEMALE_NAME_ENDINGS)) or first in FEMALE_NAMES:
        return "F"
    return "M" if is_first_name(first) else None  # "Nathaly", "Wadih": no list says


@dataclass(frozen=True)
class Referent:
    """Someone or something the text has made the topic: a speaker or a subject."""

    position: int
    name: str | None
    gender: str | None
    plural: bool
    is_org: bool
    mention: Mention | None
    #: Whether this is the speaker of a quotation (not only a sentence's subject).
    spoke: bool = False


class SpeakerResolver:
    """Resolves mentions to names, keeping the history pronouns and dropped subjects need."""

    def __init__(
        self,
        doc: Doc,
        nouns: SpeakerNouns,
        verbs: Container[str] = (),
        quoted: Iterable[tuple[int, int]] = (),
    ) -> None:
        """verbs: word forms that end a capitalised run ("Explica Américo Ramalho: …").

        quoted: character ranges of the quoted words; a name inside them is a person
        a speaker talks about, never a subject or a fallback speaker.
        """
        self.doc = doc
        self.nouns = nouns
        self.verbs = verbs
        self._quoted_tokens = tokens_within(doc, quoted)
        # what the pipeline annotated, read once: each check scans every token
        self._segmented = doc.has_annotation("SENT_START")
        self._tagged = doc.has_annotation("POS")
        self._parsed = doc.has_annotation("DEP")
        #: Where each word stands in the text, for the scans a name's checks make.
        self.positions = _word_positions(doc)
        self._lowercase_words: set[str] | None = None
        self._article_words: set[str] | None = None
        self._bare: set[str] | None = None
        self._folded: list[tuple[str, ...]] | None = None
        self.people = self._people()
        self._fullest_people: list[str] | None = None
        self._genders: dict[str, str | None] = {}
        self.history: list[Referent] = []
        #: Sentence subjects that are roles the text tied to no name, in order.
        self._role_subjects: list[Mention] = []
        self.roles = self._roles()
        for referent in self._subjects():
            self.add(referent)

    # -- what the document says about its people --------------------------------

    def _people(self) -> list[tuple[int, tuple[str, ...]]]:
        """Every person's name in the document with its position (entities, capitalised runs)."""
        doc = self.doc
        names: list[tuple[int, tuple[str, ...]]] = []
        for ent in (piece for whole in doc.ents for piece in entity_pieces(doc, whole)):
            person = person_after_place(ent)
            if person is not None:  # "… do Rio de Janeiro Andréa Souza Santos"
                names.append((person, tuple(t.text for t in doc[person : ent.end])))
                continue
            titled = titled_name_start(ent, self.nouns)
            if titled is not None:
                names.append((titled, tuple(t.text for t in doc[titled : ent.end])))
                continue  # "Dr. Samuel Almond": the name after the title
            if classify_entity(ent, self.nouns) != "name" or _verb_as_name(ent):
                continue
            if ent[0].lower_ in POSSESSIVE_OPENERS:
                continue  # "Minha Casa, Minha Vida": a programme a model took for people
            if self._doubtful_single_name(ent):
                continue  # "Curioso, …", "Novembro": a capital a model took for a person
            if is_known_place([t.text for t in ent]):
                continue  # "Delaware": a place a model took for a person
            start = _past_swept_words(doc, ent.start, ent.end, self.nouns, self.positions)
            if self._thing_name(start):
                continue  # "o Hubble", "do Contender Series": a thing's name
            if photo_credit(doc, ent.start, ent.end):
                continue  # "John Pacheco/G1" under a photo: no one the text is about
            end = self._own_name_end(start, self._particles_surname_end(ent))
            names.append((start, tuple(t.text for t in doc[start:end])))
        texts = [t.text for t in doc]
        i = 0
        while i < len(doc):
            if not texts[i][:1].isupper() or texts[i].lower() in self.verbs:
                i += 1
            elif i and doc[i - 1].lower_ == "em" and (place_end := _place_after_em(doc, i)):
                i = place_end  # "em Pato Branco, no Paraná": a place, no one's name
            elif is_name_word(doc[i]) and not doc[i].ent_type_:
                end = name_end(doc, i, len(doc))
                swept = _past_swept_words(doc, i, end, self.nouns, self.positions)
                if swept > i:  # "Caso António Costa", "São Bernardo do Campo Luiz Marinho"
                    i = swept
                    continue
                # a capitalised cue ends the name: "The Washington Post Comenta o …"
                end = next((j for j in range(i + 1, end) if texts[j].lower() in self.verbs), end)
                if i and doc[i - 1].lower_ in (*OF, "em") and not is_first_name(texts[i]):
                    # a place's name ends at a person's the model tagged after it: "da
                    # Universidade Federal do Rio de Janeiro Andréa Souza Santos"
                    end = next((j for j in range(i + 1, end) if doc[j].ent_iob_ == "B"), end)
                    # or at a given name with a surname after it, untagged: "a ministra
                    # da Saúde Nísia Trindade", "especialista em Direito Constitucional
                    # Daniel Falcão"
                    given = next(
                        (j for j in range(i + 1, end - 1) if is_first_name(texts[j])), None
                    )
                    if given is not None and i > 1 and self.nouns.head(texts[i - 2]):
                        i = given
                        continue
                end = self._own_name_end(i, end)
                if (
                    end - i >= 2
                    and looks_like_person(doc[i:end], self.nouns)
                    and not self._thing_name(i)
                    and not photo_credit(doc, i, end)
                ):
                    names.append((i, tuple(t.text for t in doc[i:end])))
                i = end
            else:
                i += 1
        return sorted(self._with_joined_surname(start, words) for start, words in names)

    def _folded_people(self) -> list[tuple[str, ...]]:
        """``people``'s names without case or accents (computed once, when first asked)."""
        if self._folded is None:
            self._folded = [tuple(strip_accents(w) for w in name) for _, name in self.people]
        return self._folded

    @cached_property
    def _ents(self) -> tuple[Span, ...]:
        """``doc.ents``, which spaCy builds anew at each reading."""
        return tuple(self.doc.ents)

    @cached_property
    def _tagged_people(self) -> set[tuple[str, ...]]:
        """Names a model or the recogniser tagged as a person (PER), whole."""
        return {tuple(t.text for t in e) for e in self._ents if e.label_ == "PER"}

    def _thing_name(self, start: int) -> bool:
        """A name the text always writes after an article, bare or contracted ("o Hubble",
        "no Contender Series", "dos Jogos Olímpicos"), and whose first word is no
        given name: a telescope, an event, a country, not a person ("o Pedro" is one)."""
        first = self.doc[start].text
        return not is_first_name(first) and first not in self._bare_words()

    def _bare_words(self) -> set[str]:
        """Words the text writes at least once with no article before them.

        A sentence's or title's first word counts only if the text never writes it
        after an article or a demonstrative: "Viajantes do Brasil: …" heads a text that
        goes on with "os Viajantes do Brasil" and "essa Viajante do Brasil".
        """
        if self._bare is None:
            doc = self.doc
            determined = {t.text for t in doc[1:] if doc[t.i - 1].lower_ in DETERMINED}
            self._bare = {
                t.text
                for t in doc
                if (t.i == 0 or doc[t.i - 1].lower_ not in DETERMINED)
                and not (t.text in determined and _opens_sentence(self.doc, t.i))
            }
        return self._bare

    def _doubtful_single_name(self, ent: Span) -> bool:
        """One word tagged a person that is more likely a capital: a month, an adverb in
        -mente, or a word opening a sentence that no first-name list knows, the text uses
        nowhere else, and no verb follows ("Curioso, …"; "Amaral disse" is a name)."""
        if len(ent) != 1:
            return False
        token = ent[0]
        if _never_a_name(token):
            return True
        if not _opens_sentence(self.doc, ent.start) or is_first_name(token.text):
            return False
        if len(self.positions.get(token.text, ())) > 1:
            return False  # the text writes it elsewhere too
        return not self._names_actor(Mention(ent.start, ent.end, "name"))

    def _with_joined_surname(
        self, start: int, words: tuple[str, ...]
    ) -> tuple[int, tuple[str, ...]]:
        """ "Manuel Costa" in "Manuel Costa e Silva" or "Adelino Ramos" in "Adelino Ramos da
        Silva": a last surname joined by "e" or a particle is the name's, and so is a
        surname a model tagged as a name of its own right after it."""
        doc, end = self.doc, start + len(words)
        gap = end
        while gap < len(doc) and doc[gap].is_lower and doc[gap].lower_ in OPENING_PARTICLES:
            gap += 1  # "Ursula" + "von der" + "Leyen", the particles left untagged
        following = entity_at(doc, gap) if gap < len(doc) else None
        if (
            following is not None
            and following.start == gap
            and following.label_ == "PER"
            and not is_first_name(doc[gap].text)
        ):  # a model cut "José de Lima" + "Ramos Pereira": one name
            return start, (*words, *(t.text for t in doc[end : following.end]))
        if (
            len(words) < 2
            or end + 1 >= len(doc)
            or not is_name_word(doc[end + 1])
            or (end + 2 < len(doc) and is_name_word(doc[end + 2]))
            or doc[end + 1].ent_type_ in ("ORG", "LOC")
        ):
            return start, words
        surname = doc[end + 1].text
        joined = doc[end].text == "e"
        if (
            joined
            and not is_first_name(surname)
            and surname not in self._after_articles()
            and not self._two_people(start, words, surname)  # "Gilmar Mendes e Janot"
            and not self._called_by(words[-1], end - 1)  # "Aílton Graça e Airoldi … Graça afirma"
        ):
            return start, (*words, "e", surname)
        particle = doc[end].lower_ in SURNAME_PARTICLES
        if (
            particle
            and not is_known_place((surname,))
            and not self.nouns.is_body(surname)
            and surname.lower() not in NEWS_OUTLETS  # "Bernardo Franco do Globo"
        ):
            return start, (*words, doc[end].text, surname)  # a model cut "da Silva"
        return start, words

    def _two_people(self, start: int, words: tuple[str, ...], surname: str) -> bool:
        """Whether "``words`` e ``surname``" names two people, not one ("Manuel Costa e
        Silva"): a model tagged ``words`` whole elsewhere, and ``surname`` ends another
        person's name ("Gilmar Mendes e Janot" after "Rodrigo Janot")."""
        tagged = [(e.start, tuple(t.text for t in e)) for e in self._ents if e.label_ == "PER"]
        return any(at != start and name == words for at, name in tagged) and any(
            len(name) >= 2 and name[-1] == surname and name[0] != words[0] for _, name in tagged
        )

    def _called_by(self, word: str, at: int) -> bool:
        """Whether the text calls someone by ``word`` alone elsewhere than ``at``, with no
        "e" after it ("Graça afirma"): a surname of its own, not the first half of one
        joined by "e" ("Costa e Silva")."""
        doc = self.doc
        return any(
            t.i + 1 < len(doc) and doc[t.i + 1].lower_ != "e"
            for t in _written_alone(doc, word, at, self.positions)
        )

    def _after_articles(self) -> set[str]:
        """Capitalised words the text writes after an article: names of things ("os Lobos")."""
        if self._article_words is None:
            self._article_words = {
                t.text
                for t in self.doc[1:]
                if t.text[:1].isupper() and t.nbor(-1).lower_ in ARTICLES
            }
        return self._article_words

    def _recent_person(
        self, position: int, gender: str | None, ahead: bool = False
    ) -> Referent | None:
        """The last person named before ``position`` (when no speaker or subject fits).

        ahead: the mention may point to the first person named after it, when the
        text names nobody before it (an article opening on a quote, an excerpt):
        "«…», disse. Ricupero, …".
        """
        outside = [(s, w) for s, w in self.people if not self._in_quote(s)]
        before = [(s, w) for s, w in outside if s < position]
        after = [  # only a PER entity: capitalised runs ahead are too often not people
            (s, w) for s, w in outside if ahead and s > position and self.doc[s].ent_type_ == "PER"
        ]
        for start, words in [*reversed(before), *(after if not before else [])]:
            name = self.fullest(Mention(start, start + len(words), "name"))
            found = self._gender(name)
            if gender is None or found is None or found == gender:
                return Referent(start, name, found, False, False, None)
        return None

    def opening_speaker(self, position: int) -> Referent | None:
        """Whom a quote opening the text with no cue is by: the first named subject after
        it ("«Já tinha feito dieta …». A cirurgia durou duas horas. Silvia tomou …")."""
        if not self._opens_text(position):
            return None
        return next(
            (
                referent
                for referent in self.history
                if referent.position > position
                and referent.name is not None
                and not referent.plural
                and not referent.is_org
            ),
            None,
        )

    def _opens_text(self, position: int) -> bool:
        """Whether only quoted words and punctuation come before ``position`` in the text."""
        return all(t.is_punct or self._in_quote(t.i) for t in self.doc[:position])

    def _in_quote(self, i: int) -> bool:
        return self._quoted_tokens[i]

    def _role_key(self, start: int, end: int) -> tuple[str, frozenset[str]] | None:
        """(head, modifiers) of a role phrase; organisations by catalogue id (CSTO = OTSC)."""
        head: str | None = None
        modifiers: set[str] = set()
        for token in self.doc[start:end]:
            if head is None:
                head = self.nouns.head(token.text)
                prefix = next((p for p in ROLE_PREFIXES if token.lower_.startswith(p)), "")
                if head is not None and not head.startswith(prefix):
                    head = prefix + head  # "o vice-presidente" is not "o presidente"
                continue
            if token.lower_ in OF or token.lower_ in ARTICLES or token.is_punct:
                continue
            ent = entity_at(self.doc, token.i)
            org_id = ent._.org_id if ent is not None else None
            modifiers.add(str(org_id).lower() if org_id else token.lower_)
        return (head, frozenset(modifiers)) if head else None

    def _roles(self) -> list[tuple[int, tuple[str, frozenset[str]], str]]:
        """(position, role key, name) for every person introduced with a role by apposition."""
        doc, nouns = self.doc, self.nouns
        roles = []
        for token in doc:
            i = token.i
            one_of = self._one_of(i)
            if not nouns.head(token.text) or (nouns.is_plural(token.text) and not one_of):
                continue  # "Gestores Municipais de …": a group, no one introduced
            ent = entity_at(doc, i)
            if ent is not None and ent.start != i:
                continue
            sentence_end = token.sent.end if self._segmented else len(doc)
            while sentence_end < len(doc) and doc[sentence_end - 1].text in QUOTATION_MARKS:
                sentence_end = doc[sentence_end].sent.end  # a parser's split after “
            end = role_end(doc, i, sentence_end)
            if (
                end + 1 < sentence_end
                and doc[end + 1].text == ","
                and doc[end].is_lower
                and doc[end].lower_.endswith(("al", "ar"))
                and not self._verb_word(doc[end])
            ):
                end += 1  # "a deputada federal, ex-senadora …, Benedita da Silva"
            key = self._role_key(i, end)
            if key is None:
                continue
            name: Mention | None = None
            # "… Ambiente (SVSA), Name"
            after = past_parenthesis(doc, end, min(sentence_end, end + MAX_ASIDE_TOKENS))
            if after > end:  # "o presidente da CBF" is the one of "… Futebol (CBF)"
                key = (key[0], key[1] | {t.lower_ for t in doc[end + 1 : after - 1] if t.is_alpha})
            if after < sentence_end and doc[after].text == "," and after + 1 < sentence_end:
                name = name_mention_at(doc, after + 1, sentence_end, nouns)  # role, Name
                if name is not None and name.kind == "role" and name.end < sentence_end:
                    name = name_mention_at(doc, name.end, sentence_end, nouns)  # role, general Name
                if name is None or name.kind != "name" or not self._is_person(name):
                    name = self._name_after_listed_roles(after, sentence_end) or name
                if name is not None and self._opens_clause_after_role(i, name):
                    name = None  # "o universo da cantora, Dominguinhos é obrigatório"
            elif end < sentence_end and is_name_word(doc[end]):
                name = name_mention_at(doc, end, sentence_end, nouns)  # o prefeito Name
                if name is None or name.kind != "name":
                    name = self._person_at(end)  # "do PSD Lídia Pereira", one entity to a model
                inner = any(doc[k].is_lower and nouns.head(doc[k].text) for k in range(i + 1, end))
                if name is not None and inner:
                    # "o advogado do ex-presidente Lula, Cristiano Zanin", "pai da médica
                    # reumatologista Gabriela Munhoz": the name is the inner role's; it
                    # tells this role apart, whose own name follows
                    key = (key[0], key[1] | _name_words(doc[name.start : name.end]))
                    name = self._apposed_after(name.end, sentence_end)
            elif (
                end + 1 < sentence_end
                and doc[end - 1].is_lower  # not "o advogado de Lula acusa Moro"
                and doc[end].is_alpha
                and doc[end].is_lower
                and not doc[end].is_stop  # not "ministra do Meio Ambiente e Mudança …"
                and is_name_word(doc[end + 1])
                and not any(nouns.head(doc[k].text) for k in range(i + 1, end))
            ):  # not "pai da médica reumatologista Gabriela Munhoz": hers
                # "o procurador federal Name"
                name = name_mention_at(doc, end + 1, sentence_end, nouns)
                key = self._role_key(i, end + 1) or key
            verb = end
            while verb + 1 < sentence_end and doc[verb].lower_ in BEFORE_A_VERB:
                verb += 1  # "a ex-presidente se recusa", "o delegado não diz"
            subject = verb < sentence_end and (  # "o delegado diz", "se recusa"
                self._verb_word(doc[verb])
                or (verb > end and doc[verb - 1].lower_ in CLITIC_PRONOUNS and doc[verb].is_lower)
            )
            if (name is None or name.kind != "name") and one_of:
                name = mention_ending_at(doc, i - 4, max(0, i - 10), nouns)  # Name, um dos roles
            elif (
                (name is None or name.kind != "name")
                and not subject
                and i >= 2
                and doc[i - 1].text == ","
            ):
                k = i - 2
                name = mention_ending_at(doc, k, max(0, k - 6), nouns)  # Name, role
            if not subject and i >= 3 and doc[i - 1].lower_ in ARTICLES and doc[i - 2].text == ",":
                before = mention_ending_at(doc, i - 3, max(0, i - 9), nouns)  # Name, o role
                if name is None or name.kind != "name":
                    name = before
            copula = i - 1 - int(i > 0 and doc[i - 1].lower_ in ARTICLES)
            if (
                (name is None or name.kind != "name")
                and copula >= 3
                and doc[copula].lower_ in ("é", "era")
                and doc[copula - 1].lower_ == "que"
                and doc[copula - 2].text == ","
            ):  # "Juliano Fernandes, que é coach financeiro, …"
                name = mention_ending_at(doc, copula - 3, max(0, copula - 9), nouns)
            if name is not None and name.kind == "name" and self._is_person(name):
                key = (key[0], key[1] | self._client_of(name.end, sentence_end))
                roles.append((i, key, self.fullest(name)))
        return roles

    def _name_after_listed_roles(self, comma: int, sentence_end: int) -> Mention | None:
        """The person named after more roles listed at ``comma``, each opening on a
        role noun: "a deputada federal, ex-senadora, ex-governadora do Rio e
        ex-secretária … do governo Lula, Benedita da Silva"."""
        doc, k = self.doc, comma
        for _ in range(MAX_LISTED_ROLES + 1):
            if k + 1 >= sentence_end or doc[k].text != ",":
                return None
            k += 1
            if not self.nouns.head(doc[k].text):
                name = name_mention_at(doc, k, sentence_end, self.nouns)
                listed = k > comma + 1 and name is not None and name.kind == "name"
                return name if listed and name is not None and self._is_person(name) else None
            segment_end = min(sentence_end, k + MAX_ROLE_TOKENS)
            while k < segment_end and doc[k].text != "," and not self._verb_word(doc[k]):
                k += 1
        return None

    def _client_of(self, end: int, sentence_end: int) -> frozenset[str]:
        """The words of whom a lawyer named before ``end`` acts for: "o advogado Rodrigo
        Antunes, que defende Leonardo Guerra" (so "a defesa de Nelson Leal" is not his)."""
        doc = self.doc
        if (
            end + 3 < sentence_end
            and doc[end].text == ","
            and doc[end + 1].lower_ == "que"
            and doc[end + 2].lower_ in CLIENT_VERBS
        ):
            client = mention_after(doc, end + 3, sentence_end, self.nouns)
            if client is not None and client.kind in ("name", "org"):
                return frozenset(_name_words(doc[client.start : client.end]) - OF - ARTICLES)
        return frozenset()

    def _opens_clause_after_role(self, role: int, name: Mention) -> bool:
        """A name after a role and a comma that a verb follows with no comma: the subject
        of a new clause ("do universo afetivo da cantora, Dominguinhos é obrigatório",
        "afirma o delegado, Emanuelly estava dormindo"), not the role's apposition ("do
        ministro da Saúde, Nísia Trindade, …")."""
        doc = self.doc
        after_cue = (
            role >= 2 and doc[role - 1].lower_ in ARTICLES and self._verb_word(doc[role - 2])
        )
        if (
            role >= 2
            and doc[role - 1].lower_ in ARTICLES
            and doc[role - 2].lower_ in SOURCE_WORDS
            and name.end + 1 < len(doc)
            and doc[name.end].text == ","
            and doc[name.end + 1].lower_ in WHO
        ):
            return True  # "segundo a deputada, Marielle, que denunciava …, incomodava"
        return (
            role > 0
            and (doc[role - 1].lower_ in ARTICLE_OF or after_cue)
            and name.end < len(doc)
            and doc[name.end].is_alpha
            and doc[name.end].text.islower()
        )

    def _one_of(self, i: int) -> bool:
        """A plural role after a name that makes one person one of them: "Cristiano
        Zanin Martins, um dos advogados do ex-presidente"."""
        doc = self.doc
        return (
            i >= 4
            and doc[i - 1].lower_ in ("dos", "das")
            and doc[i - 2].lower_ in ("um", "uma")
            and doc[i - 3].text == ","
        )

    def _apposed_after(self, end: int, sentence_end: int) -> Mention | None:
        """The name set off by a comma after ``end`` (past a parenthesis): "… Lula da
        Silva (PT), Cristiano Zanin Martins"."""
        comma = past_parenthesis(self.doc, end, min(sentence_end, end + MAX_ASIDE_TOKENS))
        if comma + 1 >= sentence_end or self.doc[comma].text != ",":
            return None
        return name_mention_at(self.doc, comma + 1, sentence_end, self.nouns)

    def _person_at(self, start: int) -> Mention | None:
        """The name of ``people`` that starts at token ``start``, if one does."""
        words = next((name for position, name in self.people if position == start), None)
        return Mention(start, start + len(words), "name") if words is not None else None

    def _is_person(self, mention: Mention) -> bool:
        """A name mention that is a person: a PER entity, or shaped like one (and known)."""
        span = self.doc[mention.start : mention.end]
        if any(t.ent_type_ == "PER" for t in span):
            return True
        if len(span) == 1 and is_capitals_word(span.text):
            # "JOESLEY:", "ANNE-MARIE:", a transcript's label for the "Joesley Batista"
            # named before
            return strip_accents(span.text) in self._people_with_word
        if not looks_like_person(span, self.nouns):
            return False
        words = {t.text for t in span}
        return len(span) >= 2 or any(words & set(name) for _, name in self.people)

    def _names_actor(self, mention: Mention) -> bool:
        """One capitalised word followed by a finite verb ("Scartezzini elogiou …"), or by
        a relative clause about it ("Pocock, que publicou …"); a name of more words only
        past an aside ("Nailza Porto, da equipe do Instituto …, falou")."""
        doc = self.doc
        if mention.end >= len(doc):
            return False
        if mention.end - mention.start != 1 and (
            doc[mention.start].ent_type_ in ("ORG", "LOC")
            or not looks_like_person(doc[mention.start : mention.end], self.nouns)
            or doc[mention.end].text != ","
        ):
            return False
        after = mention.end
        if (
            doc[after].text == ","
            and after + 1 < len(doc)
            and doc[after + 1].lower_ in FINITE_IRREGULARS
            and mention.start > 0
            and doc[mention.start - 1].text == ","
        ):
            return True  # the name closing an apposition: "O preparador …, Taffarel, vê"
        after = self._past_asides(after)  # "Moutinho, por seu lado, afirma"
        while after + 1 < len(doc) and (
            doc[after].lower_ in ADVERBS or is_adverb_form(doc[after].text)
        ):
            after += 1  # "Goicoechea se aprestou", "Zas já disse", "Passa diariamente diante"
        token, following = doc[mention.start], doc[after]
        if mention.end - mention.start == 1 and following.is_lower and looks_infinitive(following):
            return False  # "Convém esclarecer", "Cabe lembrar": a verb, no one acting
        if (
            token.dep_ == "nsubj"
            and token.pos_ == "PROPN"
            and token.ent_type_ not in ("LOC", "ORG")
        ):
            return True  # the parser's subject: "Domingos, peito hirto, cerra os dentes"
        if self._tagged:
            return following.pos_ in ("VERB", "AUX")
        verb = following.lower_
        relative = (  # "Pocock, que publicou os resultados, estudou …"
            doc[mention.end].text == ","
            and mention.end + 1 < len(doc)
            and doc[mention.end + 1].lower_ in WHO
        )
        if relative and not token.is_stop:
            return not is_known_place((token.text,))
        if not following.text.islower() or following.like_num or token.is_stop:
            return False  # "Cerca quarenta proprietários"
        if following.is_stop and verb not in FINITE_IRREGULARS:
            return False
        if is_known_place((token.text,)) or self._common(token):
            return False  # "Lisboa recebe", "Ontem choveu"
        return narrates(verb) or (
            len(verb) >= 5 and verb.endswith(PRESENT_ENDINGS)  # "Smoot pensa que"
        )

    def _past_asides(self, comma: int) -> int:
        """The word after the asides set off by commas from ``comma`` on, or ``comma``.

        "Moutinho, por seu lado, afirma"; "Luciana Antônio, do Dharma Turismo, em São
        Paulo, destacou": up to MAX_ASIDES of them, none with a verb or opening on a
        name, nor running past the sentence, the last before a verb of narration (else only
        the first is passed).
        """
        doc = self.doc
        passed: list[int] = []
        k = comma
        while len(passed) < MAX_ASIDES and k < len(doc) and doc[k].text == ",":
            window = range(k + 1, min(len(doc), k + MAX_ROLE_TOKENS))
            stop = next((j for j in window if doc[j].text in ",.;:!?"), None)
            closing = stop if stop is not None and doc[stop].text == "," else None
            if closing is None or closing + 1 >= len(doc) or is_name_word(doc[k + 1]):
                break  # another name, no aside: "Celso Sabino, o secretário …, Milton …,"
            if any(self._verb_word(doc[j]) and not doc[j].is_stop for j in range(k + 1, closing)):
                break  # a clause, no aside ("seu" is no verb in -eu)
            passed.append(closing + 1)
            if self._verb_word(doc[closing + 1]):
                return closing + 1
            k = closing
        if passed and passed[0] - comma <= MAX_ASIDE_TOKENS:
            return passed[0]
        return comma

    def _verb_word(self, token: Token) -> bool:
        """A lower-case verb of narration or speech ("destacou", "vê", "afirma")."""
        return token.text.islower() and (narrates(token.lower_) or token.lower_ in self.verbs)

    def _common(self, token: Token) -> bool:
        """Whether the word is also written in lower case in the text (not a name)."""
        if self._lowercase_words is None:
            self._lowercase_words = {t.text for t in self.doc if t.text.islower()}
        return token.lower_ in self._lowercase_words

    def _capital_by_position(self, mention: Mention) -> bool:
        """One word capitalised only because it opens a sentence, and written in lower case
        elsewhere in the text: "Receita", "Nenhuma" that a weak model tagged ORG."""
        doc = self.doc
        token = doc[mention.start]
        if mention.end - mention.start != 1 or token.text.isupper():
            return False
        return _opens_sentence(self.doc, mention.start) and (token.is_stop or self._common(token))

    def _common_word(self, mention: Mention) -> bool:
        """One capitalised word with no article that the text also writes in lower case:
        a discipline or a heading a weak model took for a name ("lecionou Arquitetura em
        Taubaté" beside "Acompanho arquitetura"); not a body's name ("a Fazenda"), not a
        surname the text gave in full ("Guerra" after "Pedro Guerra")."""
        doc = self.doc
        token = doc[mention.start]
        return (
            mention.end - mention.start == 1
            and not token.text.isupper()
            and (mention.start == 0 or doc[mention.start - 1].lower_ not in DETERMINED)
            and self._common(token)
            and not self._in_a_fuller_name(token.text)
        )

    def _common_capital(self, mention: Mention) -> bool:
        """A common word capitalised by its place, and in no fuller name the text gives."""
        return self._capital_by_position(mention) and not self._in_a_fuller_name(
            self.doc[mention.start].text
        )

    def _in_a_fuller_name(self, word: str) -> bool:
        """Whether a name of two or more words the text gives contains ``word``."""
        return any(len(name) > 1 and word in name for _, name in self.people)

    def _sentence_initial_word(self, mention: Mention) -> bool:
        """One capitalised word opening a sentence: maybe a name, maybe just a capital."""
        doc = self.doc
        if mention.end - mention.start != 1 or doc[mention.start].ent_type_:
            return False
        following = doc[mention.end] if mention.end < len(doc) else None
        if following is not None and following.lower_ in self.verbs:
            # "Zanini diz" is a name; "Cabe perguntar", "Moradores relatam" (plural) are not
            return following.lower_.endswith(("r", "m"))
        if (
            following is not None
            and following.lower_ in AUXILIARIES
            and mention.end + 1 < len(doc)
            and doc[mention.end + 1].lower_ in self.verbs
        ):
            return False  # "Lula tem repetido": a subject before an auxiliary and its cue
        return _opens_sentence(self.doc, mention.start)

    def _subjects(self) -> Iterable[Referent]:
        """Sentence subjects that are people or organisations, in document order, each
        followed by whose statements its sentence talks about (see ``_voiced``)."""
        doc = self.doc
        dialogue = _dialogue_paragraphs(doc)
        for start, end in sentences(doc):
            # a sentence inside a quote is the speaker's, not the narrative's (a straight
            # mark also closes one: '…." O advogado X se pronunciou.' is the narrative's)
            opener = doc[start - 1].text if start else ""
            quoted = opener in QUOTE_OPENERS and (opener != '"' or self._in_quote(start))
            if quoted or dialogue[start]:
                continue
            yield from self._floor_holders(start, end)
            subject = self._sentence_subject(start, end)
            if isinstance(subject, tuple):
                yield from subject  # two people: the one named last is the nearer
            elif subject is not None:
                yield subject
            yield from self._voiced(start, end)

    def _floor_holders(self, start: int, end: int) -> Iterator[Referent]:
        """Whom a heading gives the floor to, the section below theirs: "COM A PALAVRA, A
        WTORRE Em nota, a empresa …" (a paper's headings in capitals)."""
        doc = self.doc
        for k in range(start, end - 3):
            if not gives_the_floor(doc, k):
                continue
            stop = k + len(FLOOR_WORDS)
            while stop < end and (doc[stop].is_upper or doc[stop].text == ","):
                stop += 1
            if stop < end and doc[stop - 1].lower_ in ARTICLES and doc[stop].is_title:
                stop -= 1  # "A PREVI A Previ afirma": the article opens the section
            mention = floor_holder(doc, k + len(FLOOR_WORDS), stop, self.nouns)
            if mention is not None:
                referent = self.referent(mention, mention.start, guess=False)
                if referent.name is not None or referent.is_org:
                    yield referent

    def _sentence_subject(
        self, start: int, end: int
    ) -> Referent | tuple[Referent, Referent] | None:
        """The person or organisation a sentence's subject names, if any."""
        doc = self.doc
        if doc[start].lower_ in ("e", "mas") and start + 1 < end:
            start += 1
        start = past_section_label(doc, start, end)  # "RETOMADA — O embaixador …"
        mention: Mention | bool | None = _case_topic(doc, start, end, self.nouns)
        if mention is None and self._parsed:
            mention = subject_from_parse(doc, _main_verb(doc[start].sent.root), self.nouns)
        if not isinstance(mention, Mention):
            mention = mention_after(doc, start, end, self.nouns)
            if mention is not None and mention.kind == "role" and mention.start == start:
                mention = self._after_fronted_role(mention, end)
            if mention is not None and any(
                t.is_punct and t.text not in ",()" for t in doc[start : mention.start]
            ):
                mention = None  # only "O senador X" / "O ministro, X," open the sentence
        if isinstance(mention, Mention) and not self._could_speak(mention):
            mention = None  # "Apesar de …, Conceição está aflita": look past the opening
        if mention is None:
            mention = (
                self._inner_subject(start, end)
                or self._passive_agent(start, end)
                or self._inverted_subject(start, end)
            )
        if mention is not None and not self._could_speak(mention):
            return None
        if (
            mention is not None
            and mention.kind == "name"
            and is_known_place([t.text for t in doc[mention.start : mention.end]])
        ):
            return None  # "O Amapá entrou no quarto dia de apagão": a place, no one in focus
        other = (
            self._paired(mention, end) if mention is not None and mention.kind == "name" else None
        )
        if mention is not None and other is not None:
            # "Bernardes e Bonner … se separaram": a dropped subject after it is Bonner's
            return (
                self.referent(mention, mention.start, guess=False),
                self.referent(other, other.start, guess=False),
            )
        if (
            mention is not None
            and not self._in_quote(mention.start)
            and (mention.kind != "pronoun" or self._switches_topic(mention))
        ):
            referent = self.referent(mention, mention.start, guess=False)
            if referent.name is not None or referent.is_org:
                return referent
            if mention.kind == "role" and not referent.plural:
                self._role_subjects.append(mention)  # "O treinador português nunca …"
        return None

    def _after_fronted_role(self, role: Mention, end: int) -> Mention:
        """The name after a role a sentence opens on without an article: "Coordenador da
        Comissão de Mineração …, o empresário Paulo Misk participou"."""
        doc = self.doc
        if doc[role.start].lower_ in ARTICLES:
            return role
        window = range(role.end, min(end, role.end + MAX_ROLE_TOKENS))
        comma = next((k for k in window if doc[k].text == ","), None)
        if comma is None or any(doc[k].is_punct for k in range(role.end, comma)):
            return role
        subject = mention_after(doc, comma + 1, end, self.nouns)
        return subject if subject is not None and subject.kind == "name" else role

    def _paired(self, mention: Mention, end: int) -> Mention | None:
        """The other person's name a name is joined to by "e" before ``end`` (not a
        surname joined by "e": "Antonio Souza e Silva")."""
        doc, after = self.doc, mention.end
        if after + 1 >= end or doc[after].lower_ != "e":
            return None
        if any(start == mention.start and "e" in name for start, name in self.people):
            return None
        other = name_mention_at(doc, after + 1, end, self.nouns)
        if other is None or other.kind != "name" or not self._is_person(other):
            return None
        return other

    def _voiced(self, start: int, end: int) -> Iterator[Referent]:
        """Whose words a sentence talks about, outside quotes: "as declarações do agente
        da FIFA, Marco Kirdemir, vieram agitar …" puts him in focus for "…", garantiu."""
        doc = self.doc
        for k in range(start, end - 2):
            if doc[k].lower_ not in SPEECH_NOUNS or doc[k + 1].lower_ not in OF:
                continue
            if self._in_quote(k) or not self._opens_subject(k - 1):
                continue  # not "alvo das críticas de Trump", "perguntas sobre declarações de"
            mention = mention_after(doc, k + 2, min(end, k + 2 + MAX_ROLE_TOKENS), self.nouns)
            if mention is None or mention.kind not in ("name", "role"):
                continue  # the name may follow its role: "do agente da FIFA, Marco Kirdemir"
            referent = self.referent(mention, mention.start, guess=False)
            if referent.name is not None:
                yield referent

    def _opens_subject(self, article: int) -> bool:
        """An article opening a clause's subject: at the sentence's start, after a comma
        or a conjunction ("e agora, as declarações …")."""
        doc = self.doc
        if article < 0 or doc[article].lower_ not in ARTICLES:
            return False
        before = doc[article - 1] if article else None
        return (
            before is None
            or before.is_space
            or before.text in (",", ".", "!", "?", ";")
            or before.lower_ in ("e", "mas", "agora")
        )

    def _switches_topic(self, pronoun: Mention) -> bool:
        """A pronoun subject that cannot be the topic so far ("a Gazeta Esportiva
        procurou o diretor Jacinto Ribeiro. Ele coordena …"), or that opens the topics
        (the newspaper's name is no one's): someone else is now."""
        word = self.doc[pronoun.start].lower_
        gender, number = PRONOUNS.get(word) or DEMONSTRATIVES.get(word) or (None, None)
        topic = self.history[-1] if self.history else None
        if topic is None:
            return number == "S"
        return (
            number == "S"
            and topic.gender is not None
            and topic.gender != gender
            and not topic.plural
        )

    def _could_speak(self, mention: Mention) -> bool:
        """A name mention must be a person or act like one ("Scartezzini elogiou").

        Not one verb a model tagged as a name at a sentence's start ("Resta saber",
        "Respondi que não").
        """
        if mention.kind in ("name", "org") and photo_credit(self.doc, mention.start, mention.end):
            return False  # "Divulgação/PM", "Reprodução/TV Integração"
        if mention.kind == "org":
            return not self._capital_by_position(mention) and not self._common_word(mention)
        if mention.kind != "name":
            return True
        if _verb_as_name(self.doc[mention.start : mention.end]):
            return False
        if self._place_of_origin(mention):
            return False
        if mention.end - mention.start == 1 and _never_a_name(self.doc[mention.start]):
            return False
        if self.doc[mention.start].lower_ in POSSESSIVE_OPENERS:
            return False  # "Minha Vida": a programme's name, no one who speaks
        if self._common_capital(mention) or self._common_word(mention):
            return False  # "Nenhuma", "Diferente": a capital, not a surname the text gave
        if self._thing_name(mention.start):
            return False  # "Sirius, maior acelerador …, revela": "o Sirius" elsewhere, a thing
        return self._is_person(mention) or self._names_actor(mention) or self._apposed(mention)

    def _apposed(self, mention: Mention) -> bool:
        """A name set off after a role: "O prefeito de Itapecerica, Willer Reis, …"."""
        doc = self.doc
        comma = mention.start - 1
        if comma < 1 or doc[comma].text != ",":
            return False
        for k in range(comma - 1, max(-1, comma - 1 - MAX_ROLE_TOKENS), -1):
            if doc[k].is_punct:
                return False
            if self.nouns.head(doc[k].text):
                return True
        return False

    def _own_name_end(self, start: int, end: int) -> int:
        """Where a person's name in ``[start, end)`` ends when a model or a capitalised
        run carried it on into a body or a title: "Sydnei Pereira da Prefeitura de
        Anajatuba", "Luiz Inácio Lula da Silva Presidente da República" (a pull quote's
        credit line), into a credit glued to it ("Nathan VictorMinistério da Saúde"), or
        into the particle of what follows ("Dalci Bagolin do MAPA")."""
        doc = self.doc
        if self.nouns.is_body(doc[start].text):
            return end  # "Delegacia Regional de Polícia Civil": a body's own name
        end = next((k for k in range(start + 1, end) if GLUED_WORDS.search(doc[k].text)), end)
        # "Eugênio Pacelli Leia também": a related link's call run into the name
        end = next((k for k in range(start + 1, end) if doc[k].lower_ in LINK_IMPERATIVES), end)
        for k in range(start + 2, end):
            word = doc[k]
            if (
                word.text[:1].isupper()
                and self.nouns.head(word.text)
                and word.lower_ not in NAME_SUFFIXES
                and not self.nouns.is_plural(word.text)
            ):
                return k  # a title, not a surname that is also a noun ("Filho", "Reis")
            body = doc[k + 1] if k + 1 < end else None
            if (
                body is not None
                and word.lower_ in NAME_PARTICLES
                and body.text[:1].isupper()
                and (self.nouns.is_body(body.text) or body.lower_ in NEWS_OUTLETS)
            ):
                return k  # "Dalci Bagolin do MAPA", "Bernardo Franco do Globo"
        while end - start > 1 and (
            doc[end - 1].text in NAME_PARTICLES  # not "Jeferson De"
            or not any(c.isalnum() for c in doc[end - 1].text)  # a model's "Lula +"
        ):
            end -= 1  # a model's "Dalci Bagolin do" before "MAPA"
        return end

    def _particles_surname_end(self, ent: Span) -> int:
        """The end of a name a model cut after its particle, past the surname it saw
        coming ("Daiane dos" Santos, a surname though also a city), or before a surname
        with an elided particle ("Luiz Flávio Borges" D'Urso); not past a body or
        initials ("Dalci Bagolin do" MAPA)."""
        doc, end = self.doc, ent.end
        if (
            ent[-1].lower_ in NAME_PARTICLES
            and end < len(doc)
            and is_name_word(doc[end])
            and not doc[end].text.isupper()
            and not self.nouns.is_body(doc[end].text)
        ):
            return end + 1
        if end < len(doc) and doc[end].text[:2] in ("D'", "D’") and is_name_word(doc[end]):
            return end + 1  # "Luiz Flávio Borges" D'Urso: a surname with its elided particle
        return end

    def _place_of_origin(self, mention: Mention) -> bool:
        """A capitalised word and a place opening a sentence, untagged: "Natural do Áfua,
        o músico …" (a full name before a particle starts with a given name)."""
        doc = self.doc
        start = mention.start
        return (
            mention.end - start >= 3
            and _opens_sentence(self.doc, start)
            and doc[start + 1].lower_ in NAME_PARTICLES
            and not is_first_name(doc[start].text)
            and not any(t.ent_type_ == "PER" for t in doc[start : mention.end])
        )

    def _inner_subject(self, start: int, end: int) -> Mention | None:
        """A person named after an opening phrase and followed by a finite verb.

        "Em julho de 1979, quando era presidente do sindicato, Lula deu uma
        entrevista": the name after a comma, before a verb in narration.
        """
        doc = self.doc
        for i in range(start + 1, end - 1):
            if doc[i - 1].text != ",":
                continue
            if doc[i].text[:1].isupper():
                found = name_mention_at(doc, i, end, self.nouns)
            elif doc[i].lower_ in ARTICLES:
                found = mention_after(doc, i, end, self.nouns)  # ", o ala Goicoechea se aprestou"
            else:
                continue
            if found is None or found.kind != "name" or found.end >= end:
                continue
            if found.end - found.start == 1 and self._names_actor(found):
                return found  # "Smoot pensa", "O preparador de goleiros, Taffarel, vê"
            verbs = [found.end]
            if doc[found.end].text == ",":
                # the comma closing an apposition: ", o governador, Leonel Brizola, disse";
                # or asides after the name: "No mesmo sentido, Luciana Antônio, do …,",
                # ", o promotor Cássio Conserino, um dos responsáveis pela denúncia, evitou"
                verbs = [found.end + 1] if found.start > i and found.end + 1 < end else []
                verbs.append(self._past_asides(found.end))
            if any(self._acts_at(verb, end) for verb in verbs):
                return found  # "…, general Otávio Barros, fez"
        return None

    def _acts_at(self, verb: int, end: int) -> bool:
        """Whether a verb of narration or speech (negated, after adverbs) is at ``verb``:
        "…, Rocha não parece confortável"."""
        doc = self.doc
        negated = doc[verb].lower_ in NEGATIONS
        while verb + 1 < end and doc[verb].lower_ in ADVERBS:
            verb += 1
        following = doc[verb]
        return following.text.islower() and (
            negated or following.lower_ in self.verbs or narrates(following.lower_)
        )

    def _inverted_subject(self, start: int, end: int) -> Mention | None:
        """The subject a sentence opening on its verb names at its end: "Também
        participou da oficina o engenheiro agrônomo do Incra, Odilo Luna Coelho." """
        doc = self.doc
        k = start
        while k < end and doc[k].lower_ in ADVERBS:
            k += 1
        if k >= end or not narrates(doc[k].lower_):
            return None
        last = end - 1 if doc[end - 1].text in ".!?" else end
        if last - 1 <= k:
            return None
        name = mention_ending_at(doc, last - 1, k + 1, self.nouns)
        if name is None or name.kind != "name" or doc[name.start - 1].text != ",":
            return None
        return name

    def _passive_agent(self, start: int, end: int) -> Mention | None:
        """The agent of a passive sentence, its actor: "A avaliação foi feita pelo
        presidente do Banco Central, Roberto Campos Neto"."""
        doc = self.doc
        passive = next((k for k in range(start, end) if doc[k].lower_ in PASSIVE_AUXILIARIES), None)
        if passive is None:
            return None
        by = next(
            (k for k in range(passive + 1, end - 1) if doc[k].lower_ in ("pelo", "pela")), None
        )
        found = mention_after(doc, by + 1, end, self.nouns) if by is not None else None
        return found if found is not None and found.kind in ("name", "role") else None

    # -- resolution -------------------------------------------------------------------

    def fullest(self, mention: Mention) -> str:
        """The longest name in the document that contains the mention's words.

        Case and accents aside ("Von der Leyen", "Jéssica" for "Jessica Andrade"); a
        long surname alone also matches one misspelt letter ("Kirckpatrick"); a word the
        text doubled by mistake counts once ("Paula Franco Franco").
        """
        start = _past_swept_words(self.doc, mention.start, mention.end, self.nouns, self.positions)
        end = self._own_name_end(start, mention.end)
        words = tuple(t.text for t in self.doc[start:end])
        folded = tuple(strip_accents(w) for w in words)
        shouted = all(w.isupper() for w in words)  # a heading's "JOSÉ ROBERTO BATOCHIO"
        best, best_at = words, start
        if shouted:  # the same name as the text writes it
            known = zip(self.people, self._folded_people(), strict=True)
            best = next((name for (_, name), f in known if f == folded and name != words), words)
        folded_people = self._folded_people()
        # only a name holding the mention's first word can contain it
        candidates = (
            self._people_with_word.get(folded[0], ()) if folded else range(len(folded_people))
        )
        for k in candidates:
            (position, name), name_folded = self.people[k], folded_people[k]
            longer = len(name) > len(best)
            # of two as full (Camila and Antônio Pitanga), the one named last before it,
            # unless the text already wrote the short name for the first ("Rodrigo Maia
            # … Maia …", then "Arthur Maia": "Maia" is still Rodrigo)
            as_full = (
                best is not words
                and len(name) == len(best)
                and position <= start
                and is_first_name(name[0])  # not "Contra Aécio", a model's slip
                and not self._written_short(folded, best_at, position)
            )
            if (
                (longer or as_full)
                and (
                    (contains_words(name_folded, folded) and _extends_a_name(name_folded, folded))
                    or _without_middle_names(name_folded, folded)
                )
                and not self._run_into_a_name(name_folded, folded)
                and name[0].lower() not in self.nouns.silent  # not "Pesquisa Ibope" for Ibope
            ):
                best, best_at = name, position
        if best is not words:
            best = self._speaker_of_the_name(best, folded, start)
        if best is words and len(words) == 1 and len(words[0]) >= MIN_FUZZY_SURNAME:
            tagged = self._tagged_people
            close = {
                name
                for (_, name), name_folded in zip(self.people, self._folded_people(), strict=True)
                if len(name) > 1
                and (is_first_name(name[0]) or name in tagged)
                and fuzz.ratio(name_folded[-1], folded[0]) >= SURNAME_SIMILARITY
            }
            if len(close) == 1:
                return " ".join(close.pop())
        if best is words and shouted and len(words) > 1:
            return _as_written_name(words)
        return " ".join(word for k, word in enumerate(best) if k == 0 or word != best[k - 1])

    def _speaker_of_the_name(
        self, best: tuple[str, ...], folded: tuple[str, ...], position: int
    ) -> tuple[str, ...]:
        """Of two people the short name fits as well ("Munhoz": Mário and Gabriela
        Munhoz), the one quoted last before ``position`` when the other has not spoken."""
        spoke_at = {
            referent.name: referent.position
            for referent in self.history
            if referent.spoke and referent.name is not None and referent.position < position
        }
        if " ".join(best) in spoke_at:
            return best
        rivals = [
            name
            for (start, name), name_folded in zip(self.people, self._folded_people(), strict=True)
            if start <= position
            and len(name) == len(best)
            and " ".join(name) in spoke_at
            and is_first_name(name[0])
            and contains_words(name_folded, folded)
            and _extends_a_name(name_folded, folded)
        ]
        return max(rivals, key=lambda name: spoke_at[" ".join(name)], default=best)

    def _written_short(self, folded: tuple[str, ...], after: int, before: int) -> bool:
        """Whether the text names someone by ``folded`` alone between two positions."""
        return any(after < position < before for position in self._named_at.get(folded, ()))

    @cached_property
    def _people_with_word(self) -> dict[str, list[int]]:
        """Each folded word of the names in ``people`` with the indices of the names that
        hold it, in order."""
        holding: defaultdict[str, list[int]] = defaultdict(list)
        for k, folded in enumerate(self._folded_people()):
            for word in dict.fromkeys(folded):
                holding[word].append(k)
        return dict(holding)

    @cached_property
    def _named_at(self) -> dict[tuple[str, ...], list[int]]:
        """Each name in ``people`` (folded) with the positions the text writes it at."""
        named_at: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)
        for (position, _), folded in zip(self.people, self._folded_people(), strict=True):
            named_at[folded].append(position)
        return dict(named_at)

    def _run_into_a_name(self, name: tuple[str, ...], words: tuple[str, ...]) -> bool:
        """Whether ``name`` is ``words``' name run into another person's the text gives
        on its own: "… importante”, diz Elaine Elon Musk quer colonizar …" (a headline
        after the text) is Elaine and Elon Musk, not a fuller name of Elaine's.  The
        other person must be named alone somewhere: "Sailson José das Graças" read as
        "de Sailson [José das Graças]" is still one man's name."""
        for other in self._folded_people():
            head = len(name) - len(other)
            if (
                len(other) >= 2
                and head > 0
                and name[head:] == other
                and is_first_name(other[0])
                and contains_words(name[:head], words)
                and self._named_alone(other, name[:head])
            ):
                return True
        return False

    def _named_alone(self, name: tuple[str, ...], before: tuple[str, ...]) -> bool:
        """Whether the text names ``name`` once without the words ``before`` right
        ahead of it (both folded)."""
        doc = self.doc
        return any(
            folded == name
            and tuple(strip_accents(t.text) for t in doc[max(0, start - len(before)) : start])
            != before
            for (start, _), folded in zip(self.people, self._folded_people(), strict=True)
        )

    def role_gender(self, mention: Mention) -> str | None:
        """The gender the article of a role mention gives: "a cientista", "da ministra"."""
        first = self.doc[mention.start].lower_
        if first in ("a", "as", "o", "os"):
            return "F" if first.startswith("a") else "M"
        before = self.doc[mention.start - 1].lower_ if mention.start else ""
        return GENDERED_ARTICLES.get(first) or GENDERED_ARTICLES.get(before)

    def resolve_role(self, mention: Mention) -> str | None:
        key = self._role_key(mention.start, mention.end)
        if key is None:
            return None
        head, modifiers = key
        heads = {other for _, (other, _), _ in self.roles}
        role = self.nouns.role_class(head)
        if any(other == head and at <= mention.start for at, (other, _), _ in self.roles):
            heads = {head}
        elif head != role and any(  # "Segundo o defensor" after "O advogado X": X, not a
            self.nouns.role_class(other) == role and at <= mention.start  # defensor named
            for at, (other, _), _ in self.roles  # only later
        ):
            heads = {other for other in heads if self.nouns.role_class(other) == role}
        elif head in heads:  # "o ministro" is also the "ministro-chefe" named before it
            heads = {
                other
                for other in heads
                if other == head or (other.startswith(head) and other[len(head) :] in ROLE_SUFFIXES)
            }
        else:  # "o magistrado" is the judge, when no magistrate was named
            heads = {other for other in heads if self.nouns.role_class(other) == role}
        return self._introduced_with(heads, modifiers, mention.start, self.role_gender(mention))

    def _one_of_several(self, mention: Mention, person: str, exclude: frozenset[str]) -> str:
        """ "afirmou o ministro" where the text introduced several ministers: the one
        in focus (its last subject or speaker): "Fachin votou … “…”, afirmou o ministro"."""
        key = self._role_key(mention.start, mention.end)
        if key is None or key[1]:
            return person  # "o ministro da Saúde": told apart by its modifiers
        role = self.nouns.role_class(key[0])  # "o magistrado" is one of the judges
        # those introduced with the bare role, or, when none was, all who hold it
        # ("ministro da Defesa" and "ministro do GSI" for "o ministro")
        held = [
            (name, bool(told))
            for _, (other, told), name in self.roles
            if self.nouns.role_class(other) == role
        ]
        holders = {name for name, told in held if not told} or {name for name, _ in held}
        introduced = any(name in holders for at, _, name in self.roles if at < mention.start)
        if person not in holders or len(holders) < 2 or not introduced:
            return person  # "o ex-presidente" opening the text: the one introduced next
        topic = self.topic(mention.start)
        if topic is not None and topic.name is not None and not (topic.is_org or topic.plural):
            focus: str | None = topic.name
        else:
            focus = self.in_focus(mention.start, self.role_gender(mention), exclude=exclude)
        if focus is not None and focus not in holders:
            sharing = [name for name in holders if set(name.split()) & set(focus.split())]
            if len(sharing) == 1:
                return sharing[0]  # "Kassab" the text ran into a heading's next word
        if focus is None or (
            focus not in holders and any(name == focus for _, _, name in self.roles)
        ):
            return person  # the focus holds only another role: "o juiz Sérgio Moro"
        return focus

    def _introduced_with(
        self, heads: Container[str], modifiers: frozenset[str], start: int, said: str | None
    ) -> str | None:
        """The person the text introduced with one of the roles ``heads``: the one
        sharing most ``modifiers``, of the ``said`` gender, latest before ``start``."""
        best: tuple[int, int, int, int, int] | None = None
        best_name: str | None = None
        for position, (other_head, other_modifiers), name in self.roles:
            gender = self._gender(name)
            if said is not None and gender not in (None, said):
                continue  # "a cientista social" is not "o cientista político Cleyton Monte"
            if other_head not in heads:
                continue
            overlap = len(modifiers & other_modifiers)
            if modifiers and other_modifiers and not overlap:
                continue
            before = position <= start
            known = int(said is not None and gender == said)  # before one of no known gender
            primary = int(not self._second_title(position))
            score = (overlap, known, int(before), primary, position if before else -position)
            if best is None or score > best:
                best, best_name = score, name
        return best_name

    def _second_title(self, role: int) -> bool:
        """A role set off after another one the person holds: "o novo secretário, general
        Richard Nunes": "o general" later is rather one the text introduced as general."""
        doc = self.doc
        return (
            role >= 2
            and doc[role - 1].text == ","
            and any(self.nouns.head(doc[k].text) for k in range(max(0, role - 5), role - 1))
        )

    def _client_noun(self, mention: Mention) -> Token | None:
        """The noun of a mention that is it alone or names whom it acts for after "de":
        "a defesa (de Lula)", "os advogados (do ex-presidente)"."""
        doc = self.doc
        k = mention.start + (doc[mention.start].lower_ in ARTICLES)
        if k < mention.end and (k + 1 == mention.end or doc[k + 1].lower_ in OF):
            return doc[k]
        return None

    def _defence(self, mention: Mention) -> bool:
        """ "a defesa (de Lula)": a defendant's lawyers, not a body ("a Defesa Civil")."""
        noun = self._client_noun(mention)
        return noun is not None and noun.lower_ == DEFENCE

    def _defence_lawyer(self, mention: Mention) -> str | None:
        """Who speaks for "a defesa de Lula": the lawyer the text introduced for that
        client ("o advogado de Lula, Cristiano Zanin"), or the one lawyer it introduced
        when it names no client; else no one by name."""
        words = _name_words(self.doc[mention.start : mention.end])
        client = frozenset(words - OF - ARTICLES - {DEFENCE})
        if not client and len({name for _, (head, _), name in self.roles if head in LAWYERS}) > 1:
            return None  # several defendants' lawyers: whose defence is unsaid
        return self._introduced_with(LAWYERS, client, mention.start, None)

    def _lawyers(self, mention: Mention) -> bool:
        """ "os advogados (de Lula)": a defendant's defence, not the client."""
        noun = self._client_noun(mention)
        return noun is not None and several_lawyers(noun.text, self.nouns)

    def referent(
        self,
        mention: Mention,
        position: int,
        guess: bool = True,
        said: tuple[int, int] | None = None,
    ) -> Referent:
        """A resolved mention as a history entry (pronouns through the history).

        guess: let a role or description the text never tied to a name stand for
        the person in focus ("disse o corregedor"); not for building the history.
        said: the tokens of what was said; nobody named there is its speaker
        ("Segundo o autor, José Mourinho é …").  A title's name is given with the
        article the text writes it with elsewhere ("Globo" → "O Globo").
        """
        referent = self._referent(mention, position, guess, said)
        titled = self._titles.get(referent.name or "")
        return referent if titled is None else replace(referent, name=titled, is_org=True)

    @cached_property
    def _titles(self) -> dict[str, str]:
        """Names the text writes as a title's, with their article: "Globo" → "O Globo"."""
        doc, titles = self.doc, {}
        for i in range(1, len(doc) - 1):
            if doc[i].text not in TITLE_ARTICLES or not doc[i + 1].is_title:
                continue
            end = i + 1
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if self._title_article(i + 1, end) == i:
                titles[doc[i + 1 : end].text] = doc[i:end].text
        return titles

    def _referent(
        self,
        mention: Mention,
        position: int,
        guess: bool,
        said: tuple[int, int] | None,
    ) -> Referent:
        exclude = self._named_in(said) if said is not None else frozenset()
        doc = self.doc
        if (
            mention.kind in ("name", "org")
            and mention.end - mention.start > 1
            and doc[mention.start].lower_ in TRADES
        ):  # "Farmacêutica Moderna afirma": the company, not its trade
            mention = Mention(mention.start + 1, mention.end, "org")
        text = doc[mention.start : mention.end].text
        if self._lawyers(mention):  # several lawyers: none of them by name, nor the client
            return Referent(position, None, None, True, False, mention)
        if self._defence(mention):
            return Referent(position, self._defence_lawyer(mention), None, False, False, mention)
        if mention.kind == "pronoun":
            word = doc[mention.start].lower_
            gender, number = PRONOUNS.get(word) or DEMONSTRATIVES[word]
            # before the pronoun itself: not the guess made for it as a sentence subject
            before = min(position, mention.start)
            antecedent = self.antecedent(before, gender=gender, plural=number == "P")
            if antecedent is None:
                return Referent(position, None, gender, number == "P", False, mention)
            return Referent(
                position,
                antecedent.name,
                antecedent.gender,
                antecedent.plural,
                antecedent.is_org,
                mention,
            )
        if mention.kind in ("name", "org") and self._common_capital(mention):
            # a common noun opening its sentence, which a weak model tagged
            word = doc[mention.start].text
            if self.nouns.head(word):  # "Presidente afirmou": a role
                return self.referent(Mention(mention.start, mention.end, "role"), position, guess)
            if self.nouns.is_body(word):  # "Partido afirma": the last party named
                return Referent(
                    position, self._body_antecedent(mention), None, False, True, mention
                )
            plural = word.lower().endswith("s")  # "Militares defendem", "Autoridades afirmam"
            return Referent(position, None, None, plural, False, mention)
        if mention.kind == "name":
            if (
                self._sentence_initial_word(mention)
                and not self._is_person(mention)
                and not self._names_actor(mention)
            ):
                return Referent(position, None, None, False, False, mention)  # "Cabe perguntar"
            titled = self._titled_name(mention)
            if titled is not None and not self._is_person(mention):  # "segundo O Globo"
                return Referent(position, titled, None, False, True, mention)
            name = self.fullest(mention)
            if self._company_named_after(mention, name):  # "A Odebrecht afirmou": the company
                return Referent(
                    position, doc[mention.start : mention.end].text, None, False, True, mention
                )
            return Referent(position, name, self._gender(name), False, False, mention)
        if mention.kind == "role":
            if any(self.nouns.is_plural(t.text) for t in doc[mention.start : mention.end]):
                prosecution = self._prosecution_of(mention)
                if prosecution is not None:  # "os procuradores afirmam": their office
                    return Referent(position, prosecution, None, False, True, mention)
                return Referent(position, None, None, True, False, mention)  # "os juízes"
            person = self._name_inside(mention) or self._named_after(mention)
            if person is None:
                person = self.resolve_role(mention)
                if guess and person is not None:
                    person = self._one_of_several(mention, person, exclude)
            if person in exclude:
                person = None  # "Segundo o autor, José Mourinho é …" is no apposition
            head = next(
                (h for t in doc[mention.start : mention.end] if (h := self.nouns.head(t.text))),
                None,
            )
            role_gender = self.nouns.gender_of(head) if head else None
            if person is None and guess and not self._described_by_a_common_noun(mention):
                person = self.in_focus(mention.start, role_gender, True, exclude)
            if role_gender is None and person is not None:
                role_gender = self._gender(person)
            return Referent(position, person, role_gender, False, False, mention)
        if mention.kind == "anonymous":
            return Referent(position, None, None, False, False, mention)  # "fonte do ministério"
        if mention.kind == "other":
            # "disse o corregedor eleitoral": a description of the person in focus
            described = None
            silent = any(t.lower_ in self.nouns.silent for t in doc[mention.start : mention.end])
            if not silent:
                described = self._named_after(mention) or self._introduced_as(mention)
            if (
                described is None
                and guess
                and not silent
                and doc[mention.start].lower_ in ("o", "a")
            ):
                gender = "M" if doc[mention.start].lower_ == "o" else "F"
                described = self.in_focus(mention.start, gender, exclude=exclude)
            return Referent(position, described, None, False, False, mention)
        if doc[mention.start].lower_ in POSSESSIVES:  # "segundo sua assessoria": the topic's
            topic = self.topic(mention.start)
            if topic is not None and topic.name is not None and not topic.is_org:
                return replace(topic, position=position, mention=mention)
        served = self._served_body(mention)
        if served is not None:  # "segundo a assessoria da Polícia Civil": the police
            return replace(self.referent(served, position, guess, said), mention=mention)
        ent = next(
            (
                entity_at(doc, i)
                for i in range(mention.start, mention.end)
                if doc[i].ent_type_ == "ORG"
            ),
            None,
        )
        org_name: str | None
        shouted = self._shouted_name(mention)
        if shouted is not None and (ent is None or not ent._.org_id):
            org_name = shouted  # "COM A PALAVRA, O INSTITUTO LULA": "Instituto Lula"
        elif ent is not None and not ent._.org_id and ent.start > mention.start + 1:
            # "o governo do Estado": the body's own name, not the place that modifies it
            org_name = self._body_name(mention) or ent.text
        elif ent is not None and _acronym_of_a_body(ent, self.nouns):
            org_name = self._body_antecedent(mention)  # "a ONG": the one named before
        elif ent is not None:
            org_name = self._organisation_name(ent)
        else:
            org_name = (
                self._titled_name(mention)
                or self._body_name(mention)
                or self._body_antecedent(mention)
                or self._setting_body(mention)
            )
        if org_name is not None:
            org_name = self._fuller_body_name(org_name, mention.start)
        return Referent(position, org_name, None, text.lower().startswith("os "), True, mention)

    def _outlets_before(self, position: int) -> list[str]:
        """Names of the news outlets the text named before ``position``, in order: after
        an outlet's noun ("o jornal O Globo", "à revista Veja") or known ("Folha")."""
        doc = self.doc
        return [
            e.text
            for e in self._ents
            if e.end <= position
            and e.label_ in ("ORG", "MISC")
            and ((e.start and doc[e.start - 1].lower_ in OUTLET_NOUNS) or _outlet_name(e.text))
        ]

    def _prosecution_of(self, mention: Mention) -> str | None:
        """The office prosecutors speak for ("os procuradores afirmam que …"): the
        prosecution the text names nearest before them, else first after."""
        words = {self.nouns.singular(t.text) for t in self.doc[mention.start : mention.end]}
        if PROSECUTOR not in words:
            return None
        chosen = prosecution_near(self._ents, mention.start)
        return self._organisation_name(chosen) if chosen is not None else None

    def _described_by_a_common_noun(self, mention: Mention) -> bool:
        """A role told apart by another person's ("o advogado do jogador", "a mãe do
        taxista") or by a person's name ("o advogado de Maluf"): someone the text never
        named, not the person in focus (who may be that other person); not "o chefe da
        pasta", the head of a body."""
        doc = self.doc
        return any(
            doc[k].lower_ in OF
            and (
                (doc[k + 1].is_lower and self.nouns.head(doc[k + 1].text))
                or self._person_at(k + 1) is not None
            )
            for k in range(mention.start + 1, mention.end - 1)
        )

    def _fuller_body_name(self, name: str, position: int) -> str:
        """A body's name in full when the text gave it before or after: "o Ministério
        Público" is the "Ministério Público de Minas Gerais" it named (the latest one
        before ``position`` when it named several)."""
        words = name.split()
        if not words[0][:1].isupper():
            return name
        fuller = [
            e
            for e in self._ents
            if len(e) > len(words)  # whatever a model labelled it
            and [t.text for t in e[: len(words)]] == words
            and e[-1].text[:1].isupper()  # not "Conselho Tutelar da cidade"
            and "\n" not in e.text  # not across a paragraph: "BC\n\nQuem"
            and not is_first_name(e[len(words)].text)  # "Polícia Federal Alexandre Ramagem"
        ]
        names = {e.text for e in fuller}
        if len(names) == 1:
            return names.pop()
        before = [e for e in fuller if e.start < position]
        return before[-1].text if before else name

    def _served_body(self, mention: Mention) -> Mention | None:
        """The body a press office speaks for: "a assessoria (de imprensa) da Polícia Civil"."""
        doc = self.doc
        k = mention.start + (doc[mention.start].lower_ in ARTICLES)
        if k >= mention.end or doc[k].lower_ not in PRESS_OFFICES:
            return None
        for j in range(k + 1, mention.end - 1):
            body = doc[j + 1]
            if doc[j].lower_ in OF and (body.text[:1].isupper() or self.nouns.is_body(body.text)):
                return Mention(j + 1, mention.end, "org")
        return None

    def _organisation_name(self, ent: Span) -> str:
        """The fullest name the document gives an organisation: its catalogue name when
        the text writes it, else the longest of its names in the text ("Unicef", not
        a "Fundo das Nações Unidas para a Infância" the article never wrote)."""
        name = ent._.org_name
        if name is None or name == ent.text:
            return self._whole_name(ent)
        if name in self.doc.text:
            return str(name)
        same = [e.text for e in self._ents if e._.org_id == ent._.org_id]
        return max(same, key=len, default=ent.text)

    def _whole_name(self, ent: Span) -> str:
        """An entity a model cut after a particle, with the name it cut off: "Associação
        dos" + "Taxistas de Divinópolis"."""
        doc, end = self.doc, ent.end
        if doc[end - 1].lower_ in NAME_PARTICLES and end < len(doc) and is_name_word(doc[end]):
            end = name_end(doc, end, len(doc))
        if (
            end + 2 < len(doc)
            and doc[end].lower_ in NAME_PARTICLES
            and ORDINAL.fullmatch(doc[end + 1].text)
            and is_name_word(doc[end + 2])
        ):
            # "Procuradoria-Regional Federal" + "da 4ª Região"
            end = name_end(doc, end + 2, len(doc))
        article = self._title_article(ent.start, end)
        return doc[ent.start if article is None else article : end].text

    def _titled_name(self, mention: Mention) -> str | None:
        """A title's name with its article, as the text writes it ("O Globo")."""
        article = self._title_article(mention.start, mention.end)
        return None if article is None else self.doc[article : mention.end].text

    def _title_article(self, start: int, end: int) -> int | None:
        """The capitalised article that opens a title's name ("segundo O Globo", 'o
        jornal "O Globo"'), at or just before ``start``: mid-sentence, or inside the
        marks around the name."""
        doc = self.doc
        if doc[start].text in TITLE_ARTICLES and end - start > 1:
            article = start  # the mention holds it: 'o jornal "O Globo"'
        elif start and doc[start - 1].text in TITLE_ARTICLES:
            article = start - 1
        else:
            return None
        if article == 0 or doc[article + 1].is_upper or not doc[article + 1].is_title:
            return None  # not "COM A PALAVRA, A FUNCEF": a heading in capitals
        before = doc[article - 1]
        quoted = before.text in QUOTE_OPENERS and end < len(doc) and doc[end].text in CLOSERS
        # not "Realizando o prejuízo O conselho fiscal entende": a headline run into the text
        introduced = not before.is_upper and (  # not "A PREVI A Previ": a heading's
            before.lower_ in TITLE_INTRODUCERS or before.lower_ in self.verbs
        )
        return article if quoted or introduced else None

    def _introduced_as(self, mention: Mention) -> str | None:
        """The person the text introduced with this description's noun, right before
        their name: "a pianista" after "da pianista Sônia Rubinsky" (the latest one)."""
        doc = self.doc
        head = mention.start + 1 if doc[mention.start].lower_ in ARTICLES else mention.start
        noun = doc[head].lower_
        found = None
        for (start, _words), name in zip(self.people, self._people_names(), strict=True):
            if start >= mention.start:
                break
            if start and doc[start - 1].lower_ == noun:
                found = name
        return found

    def _name_inside(self, mention: Mention) -> str | None:
        """A person's name closing a role phrase with no comma before it: "o cientista
        político da Consultoria Tendências Rafael Cortez"."""
        doc = self.doc
        for i in range(mention.start + 2, mention.end - 1):
            if doc[i - 1].lower_ in OF:
                continue  # "o advogado de Joesley Batista": the client, not the lawyer
            if is_first_name(doc[i].text) and is_name_word(doc[i + 1]):
                end = name_end(doc, i, mention.end)
                if end == mention.end:
                    fullest = self.fullest(Mention(i, end, "name"))
                    return fullest if fullest.startswith(doc[i].text) else doc[i:end].text
        return None

    def _named_after(self, mention: Mention) -> str | None:
        """The person a role phrase names right after it, past a comma, a parenthesis or
        a few words of its complement: "o especialista em sanções Anthony Ruggiero", "o
        futuro titular da pasta, Coronel José Roberto Oliveira", "… de Viçosa (UFV) Carlos
        Schaefer" (not a client, "o advogado de Lula", nor anyone past a verb or a full
        stop)."""
        doc = self.doc
        limit = min(len(doc), mention.end + MAX_NAMING_GAP + 1)
        for k in range(mention.start + 2, limit):
            token = doc[k - 1]
            if token.is_punct and token.text not in ",()":
                return None
            if self._verb_word(token) or token.lower_ in WHO:
                return None
            if k - 1 > mention.start + 1 and token.is_lower and self.nouns.head(token.text):
                return None  # "pai da médica reumatologista Gabriela Munhoz": hers
            if self._in_quote(k) or token.lower_ in BEFORE_A_COMPLEMENT:
                continue  # "o advogado de Lula": his client; "em São Francisco": a place
            if token.text[:1].isupper() and not self.nouns.head(token.text):
                continue  # "de San Francisco", "Los Angeles": the rest of a place's name
            words = next((w for at, w in self.people if at == k), None)
            if words is not None:
                return self.fullest(Mention(k, k + len(words), "name"))
        return None

    def _shouted_name(self, mention: Mention) -> str | None:
        """A body's name a heading writes in capitals, as a name is written ("O INSTITUTO
        LULA" → "Instituto Lula"; short words stay: "PT", "da")."""
        words = [t.text for t in self.doc[mention.start : mention.end] if t.lower_ not in ARTICLES]
        if len(words) < 2 or not all(w.isupper() and w.isalpha() for w in words):
            return None
        return _as_written_name(words, keep_short=True)

    def _body_name(self, mention: Mention) -> str | None:
        """The name inside "a Polícia Federal", "a agência Nova China"; None for "a empresa"."""
        tokens = [t for t in self.doc[mention.start : mention.end] if t.lower_ not in ARTICLES]
        if tokens and _acronym_of_a_body(tokens[:1], self.nouns):
            tokens = tokens[1:]  # "a ONG Human Rights Watch": the name after its kind
            if not tokens:
                return None  # "a ONG": a body named before, no name
        if tokens and tokens[0].text[:1].isupper():
            return self.doc[tokens[0].i : tokens[-1].i + 1].text
        words = tokens[:2] if len(tokens) > 1 else [*tokens, *self.doc[mention.end :][:1]]
        if (
            len(words) == 2
            and len(tokens) <= 2
            and words[1].is_alpha
            and words[1].text.islower()
            and is_gentilic(words[1].lower_)
            and not (  # not the verb of "A revista cita que"
                words[1].lower_ in self.verbs
                or (words[1].i + 1 < len(self.doc) and self.doc[words[1].i + 1].lower_ == "que")
            )
        ):
            return f"{words[0].text} {words[1].text}"  # "o governo britânico"
        if (
            len(tokens) == 3
            and tokens[1].lower_ in OF
            and tokens[2].is_alpha
            and tokens[2].text.islower()
            and not tokens[2].is_stop
            and tokens[2].lower_ not in self.nouns.silent
        ):
            return " ".join(t.text for t in tokens)  # "o departamento da defesa"
        tail: list[str] = []
        for token in reversed(tokens):
            if not token.text[:1].isupper():
                if tail and token.lower_ in OF:
                    return self.doc[tokens[0].i : tokens[-1].i + 1].text  # "polícia de Wiesbaden"
                break
            tail.insert(0, token.text)
        return " ".join(tail) or None

    def _body_antecedent(self, mention: Mention) -> str | None:
        """ "o ministério", "a agência" → the latest organisation mentioned with that word."""
        doc = self.doc
        words = {t.lower_ for t in doc[mention.start : mention.end]} - ARTICLES
        generic = bool(words & GENERIC_BODIES)
        portfolio = PORTFOLIO in words  # "a pasta" is a ministry or a secretariat, no other body
        outlets = self._outlets_before(mention.start) if words & OUTLET_NOUNS else None
        for referent in reversed(self.history):
            if referent.position >= mention.start or not referent.is_org or not referent.name:
                continue
            if portfolio and referent.name.split()[0].lower() not in PORTFOLIO_HEADS:
                continue
            said = _heads_of(referent.name.lower().split())
            if referent.mention is not None:
                said |= _heads_of(
                    t.lower_ for t in doc[referent.mention.start : referent.mention.end]
                )
            # "o jornal" is a paper the text named, not the police in focus
            outlet = outlets is None or referent.name in outlets or _outlet_name(referent.name)
            if words & said or (generic and outlet and referent.name[:1].isupper()):
                return referent.name  # "a empresa" is the last organisation named
            # (not "a polícia mexicana": a described body is no company's name)
        named_with_word = [  # "o tribunal": the last tribunal named, even as an object
            e
            for e in self._ents
            if (e.label_ == "ORG" or self.nouns.is_body(e[0].text))  # "Hospital X" as LOC
            and e.end <= mention.start
            and words & _heads_of(t.lower_ for t in e)
            and _heads_of(t.lower_ for t in e) - words  # a name, not "Governo" opening a sentence
        ]
        if named_with_word:
            return self._organisation_name(named_with_word[-1])
        if outlets:
            return outlets[-1]  # "o jornal O Globo publicou …, segundo o jornal"
        described = self._described_before(mention)
        if described is not None:
            return described
        headline_end = next(sentences(doc), (0, 0))[1]
        first_body = not any(e.label_ == "ORG" and e.end <= mention.start for e in self._ents)
        if mention.start < headline_end or first_body:
            # "…, diz polícia", "Museu diz que …" in a headline: named in the text below
            named_below = [
                e
                for e in self._ents
                if e.label_ == "ORG"
                and e.start >= mention.end
                and words & _heads_of(t.lower_ for t in e)
            ]
            if named_below:
                return self._organisation_name(named_below[0])
        if generic and outlets is None:  # an organisation named only as an object so far
            named = [
                e
                for e in self._ents
                if e.label_ == "ORG"
                and e.end <= mention.start
                and not self._capital_by_position(Mention(e.start, e.end, "org"))
                and titled_name_start(e, self.nouns) is None  # not "CEO Roberto Fulcherberguer"
                and (not portfolio or e[0].lower_ in PORTFOLIO_HEADS)
                and not self._addressed(e.start)  # "Ao Nascer do SOL, a empresa diz"
            ]
            recent = bool(named) and mention.start - named[-1].end <= RECENT_ORG_TOKENS
            if named and (words & COMPANY_WORDS or named[-1]._.org_id or recent):
                return self._organisation_name(named[-1])
            bodies = [e for e in named if self.nouns.is_body(e[0].text)]
            if bodies:  # "a pasta", far from the "Ministério da Saúde" it stands for
                return self._organisation_name(bodies[-1])
            if not named:  # no recogniser tagged it: "A Cemig registrou lucro …"
                return self._proper_name_with_article(mention.start)
        return None

    def _described_before(self, mention: Mention) -> str | None:
        """The body a bare noun ("a força-tarefa") stands for when the text described
        it before with that noun and a name in lower case: "a pedido da força-tarefa da
        Operação Lava Jato", "a escola Casinha do Saber"."""
        doc = self.doc
        if mention.end - mention.start > 2:
            return None
        noun = doc[mention.end - 1]
        if not noun.is_lower or not self.nouns.is_body(noun.text):
            return None
        for k in range(mention.start - 1, -1, -1):
            if doc[k].lower_ != noun.lower_ or k + 2 >= len(doc):
                continue
            named = k + 2 if doc[k + 1].lower_ in OF else k + 1
            if named == k + 1 and is_first_name(doc[named].text):
                continue  # "o governo Michel Temer": a person's, not the body's name
            if named < len(doc) and is_name_word(doc[named]):
                start = k if named == k + 2 else named  # "a agência Anatolia" is "Anatolia"
                return doc[start : name_end(doc, named, len(doc))].text
        return None

    def _addressed(self, start: int) -> bool:
        """A name an outlet is told something under: "Ao Nascer do SOL", "à Lusa"."""
        doc = self.doc
        for k in range(start - 1, max(-1, start - 4), -1):
            if doc[k].lower_ in TO:
                return True
            if doc[k].is_punct:
                return False
        return False

    def _setting_body(self, mention: Mention) -> str | None:
        """ "o governo" no earlier name stands for: the latest fuller way the text wrote
        that body up to this mention ("Governo do Amapá", "governo federal"), else the word itself;
        not a body inside another phrase ("um integrante do governo")."""
        doc = self.doc
        words = [t for t in doc[mention.start : mention.end] if t.lower_ not in ARTICLES]
        if len(words) != 1 or words[0].lower_ not in SETTING_BODIES:
            return None
        noun = words[0]
        if noun.i == 0 or doc[noun.i - 1].lower_ not in ("o", "a"):
            return None
        fuller = noun.text
        for token in doc[: noun.i + 1]:  # "O governo federal recorreu": its own too
            if token.lower_ != noun.lower_ or token.i + 1 >= len(doc):
                continue
            following = doc[token.i + 1]
            if following.lower_ in SETTING_MODIFIERS or is_gentilic(following.lower_):
                fuller = doc[token.i : token.i + 2].text  # "governo federal"
            elif following.lower_ in OF and token.i + 2 < len(doc):
                place = doc[token.i + 2]
                if place.lower_ in ARTICLES and token.i + 3 < len(doc):
                    place = doc[token.i + 3]
                if place.text[:1].isupper() and is_word(place):
                    fuller = doc[token.i : name_end(doc, place.i, len(doc))].text
        return fuller

    def _proper_name_with_article(self, end: int) -> str | None:
        """The latest capitalised name after an article before token ``end``, within
        RECENT_ORG_TOKENS, that names no person or place ("a Fitch", "pelo TRE-AP")."""
        doc = self.doc
        for i in range(end - 1, max(1, end - RECENT_ORG_TOKENS) - 1, -1):
            token = doc[i]
            if doc[i - 1].lower_ not in ARTICLE_FORMS or not token.text[:1].isupper():
                continue
            if not is_word(token):
                continue  # "US$", "Covid-19", "CSI300"
            run = i + 1
            while run < end and (is_name_word(doc[run]) or doc[run].text.isupper()):
                run += 1
            words = tuple(t.text for t in doc[i:run])
            if token.ent_type_ in ("PER", "LOC") or is_first_name(words[0]):
                continue
            if is_known_place(words) or self._common(token) or token.is_stop:
                continue
            if self._addressed(i):
                continue  # "Ao Nascer do SOL, a empresa diz": the outlet told, not the firm
            return " ".join(words)
        return None

    def _company_named_after(self, mention: Mention, name: str) -> bool:
        """A surname with a feminine article that the text gave in full to a man: his
        company ("A Odebrecht afirmou" beside "Marcelo Odebrecht"); or a company's name
        the text also wrote longer, a person's or another body's ("Odebrecht Realizações
        Imobiliárias", a headline's "Odebrecht Hilberto Mascarenhas")."""
        doc, start = self.doc, mention.start
        article = doc[start - 1] if start > 0 else None
        feminine = article is not None and (
            GENDERED_ARTICLES.get(article.lower_) == "F"
            or article.text == "A"  # a sentence's article, not the preposition "a"
            or (article.text == "a" and (start < 2 or doc[start - 2].is_punct))
        )
        return (
            feminine
            and mention.end - start == 1
            and name != doc[start].text
            # by his first name ("da Odebrecht" is hers), or no person's name at all
            and (gender_of_name(name) == "M" or not is_first_name(name.split()[0]))
        )

    def _gender(self, name: str) -> str | None:
        """From the role the text gave the person, the article before the name, or the name
        (worked out once a name)."""
        if name not in self._genders:
            self._genders[name] = self._gender_of(name)
        return self._genders[name]

    def _gender_of(self, name: str) -> str | None:
        for position, (head, _mods), role_name in self.roles:
            if role_name != name:
                continue
            article = self.doc[position - 1].lower_ if position else ""
            if article in ROLE_ARTICLES:  # "A gerente …, Kim Lee", "a major Denice": she
                return ROLE_ARTICLES[article]
            if self.nouns.gender_of(head):
                return self.nouns.gender_of(head)
        for (start, _words), fullest in zip(self.people, self._people_names(), strict=True):
            if fullest == name and start and self.doc[start - 1].lower_ in GENDERED_ARTICLES:
                return GENDERED_ARTICLES[self.doc[start - 1].lower_]  # "a Dilma", "do Lula"
        return gender_of_name(name)

    def antecedent(
        self, position: int, gender: str | None, plural: bool, topics_only: bool = False
    ) -> Referent | None:
        """Most recent speaker or subject before ``position`` that agrees in gender and number.

        Without one, the last person named (unless ``topics_only``).
        """
        for referent in reversed(self.history):
            if referent.position >= position or referent.name is None:
                continue
            if plural != (referent.plural or (plural and referent.is_org)):
                continue
            if not plural and referent.is_org:
                continue
            if gender and referent.gender and gender != referent.gender and not plural:
                continue
            return referent
        if plural or topics_only:
            return None
        # a pronoun in a text's first sentence may point ahead ("Segundo ele, …")
        first_sentence = position < next(sentences(self.doc), (0, 0))[1]
        return self._recent_person(position, gender, ahead=first_sentence)

    def _named_in(self, span: tuple[int, int]) -> frozenset[str]:
        """The fullest names of the people named inside the token range ``span``."""
        pairs = zip(self.people, self._people_names(), strict=True)
        return frozenset(name for (start, _words), name in pairs if span[0] <= start < span[1])

    def in_focus(
        self,
        position: int,
        gender: str | None,
        forward: bool = False,
        exclude: frozenset[str] = frozenset(),
    ) -> str | None:
        """Whom a role or description the text never tied to a name stands for.

        "disse o sindicalista", "o candidato petista disse que": the most recent
        speaker or subject of that gender who is more than a passing mention
        (quoted before, or named more than once); else the latest person named more
        than once; else the most recent speaker or subject; else the last person
        named, or (``forward``: a known role) the first named after it; and the
        only person, when the text names one.
        """
        pairs = zip(self.people, self._people_names(), strict=True)
        people = {name for (start, _w), name in pairs if not self._in_quote(start)} - exclude
        other_speaker = any(  # "Grava disse que …", a speaker no recogniser tagged
            referent.spoke and referent.name not in people and not referent.is_org
            for referent in self.history
            if referent.position < position and referent.name is not None
        )
        if len(people) == 1 and not other_speaker:
            return next(iter(people))
        candidates = [
            referent
            for referent in reversed(self.history)
            if referent.position < position
            and referent.name is not None
            and referent.name not in exclude
            and not referent.is_org
            and not referent.plural
            and (gender is None or referent.gender is None or referent.gender == gender)
        ]
        for strict in (True, False) if gender else (False,):
            for referent in candidates:  # "a cantora": a woman before someone of no known gender
                if strict and referent.gender != gender:
                    continue
                if referent.spoke or self._mentions(referent.name) > 1:
                    return referent.name
        names = self._people_names()
        for (start, _words), name in zip(reversed(self.people), reversed(names), strict=True):
            agrees = gender is None or self._gender(name) in (None, gender)
            if start >= position or name in exclude or self._in_quote(start):
                continue
            if names.count(name) > 1 and agrees:
                return name
        if candidates:
            return candidates[0].name
        recent = self._recent_person(position, gender)
        if recent is not None and recent.name in exclude:
            recent = None
        if recent is not None or not forward:
            return recent.name if recent is not None else None
        following = (  # "Segundo o ministro, … Ciro não quis confirmar": named just after
            name
            for (start, _words), name in zip(self.people, names, strict=True)
            if start > position
            and name not in exclude
            and not self._in_quote(start)
            and (gender is None or self._gender(name) in (None, gender))
        )
        return next(following, None)

    def _mentions(self, name: str | None) -> int:
        """How many times the text names the person whose fullest name is ``name``."""
        return self._people_names().count(name or "")

    def _people_names(self) -> list[str]:
        """The fullest name of every name in ``people`` (computed once, when first asked)."""
        if self._fullest_people is None:
            self._fullest_people = [
                self.fullest(Mention(s, s + len(w), "name")) for s, w in self.people
            ]
        return self._fullest_people

    def dropped(self, position: int, spoken: bool = False) -> Referent | None:
        """A dropped subject ("Informou que …"): the latest speaker or subject before it.

        spoken: quoted words ("«…», declarou."), which a body or an event that has not
        spoken ("a Contender Series", "a Via Varejo") is unlikely to utter: the person
        in focus is likelier.
        """
        topic = self.topic(position)
        role = next((m for m in reversed(self._role_subjects) if m.start < position), None)
        if role is not None and (topic is None or topic.position < role.start):
            # "A estrela de José Mourinho apagou-se. O treinador português nunca tinha
            # perdido. «…», afirmou": whom the role stands for, named since the topic
            guessed = self.referent(role, position)
            since = topic.position if topic is not None else -1
            if guessed.name is not None and guessed.name in self._named_in((since + 1, role.start)):
                return guessed
        if topic is not None:
            return self.speaking(topic, position) if spoken else topic
        # "«…», disse. Amaral disse ainda …": a text opening on the quote names its speaker after
        return self.opening_speaker(position) or self._recent_person(
            position, None, ahead=self._opens_text(position)
        )

    def body_in_focus(self, position: int) -> Referent | None:
        """The organisation the text was about before ``position``: the latest one that
        spoke, else the latest subject ("A PF concluiu o inquérito. Segundo o relatório,
        …": the report is the police's; a ministry the study is about is no author)."""
        bodies = [
            referent
            for referent in self.history
            if referent.position < position and referent.is_org and referent.name
        ]
        chosen = [referent for referent in bodies if referent.spoke] or bodies
        return chosen[-1] if chosen else None

    def speaking(self, referent: Referent, position: int) -> Referent:
        """Who utters quoted words the text gives to ``referent``: a body or an event
        that has not spoken ("a Contender Series", "o Consórcio Nordeste") is less
        likely than the person in focus."""
        if referent.is_org and not referent.spoke:
            person = self.in_focus(position, None)
            if person is not None:
                return Referent(position, person, self._gender(person), False, False, None)
        return referent

    def topic(self, position: int) -> Referent | None:
        """The latest speaker or subject before ``position`` (one, not a group).

        A speaker the text never named ("A titular da pasta disse que …") is the
        topic too: what follows with no subject is theirs, not an earlier person's.
        """
        for referent in reversed(self.history):
            if referent.position >= position:
                continue
            if referent.name is None and referent.spoke:
                return referent
            if referent.name is not None and not referent.plural:
                return referent
        return None

    def add(self, referent: Referent) -> None:
        """Record a speaker or subject; the history stays in document order."""
        index = len(self.history)
        while index and self.history[index - 1].position > referent.position:
            index -= 1
        self.history.insert(index, referent)


#: The most tokens between a role phrase and the name it gives ("em sanções", ", (UFV)").
MAX_NAMING_GAP = 3
#: Words after which a name is a role's complement, not the name it gives.
BEFORE_A_COMPLEMENT = (
    OF
    | TO
    | ARTICLES
    | PLACE_PREPOSITIONS
    | {"num", "numa", "para", "com", "por", "pelo", "pela", "sobre", "entre", "contra", "após"}
    | {"e"}
)

#: An ordinal inside a body's name: "da 4ª Região", "da 2ª Vara".
ORDINAL = re.compile(r"\d{1,2}[ªº°]")


def _acronym_of_a_body(words: Span | Sequence[Token], nouns: SpeakerNouns) -> bool:
    """A kind of body written as an acronym ("a ONG"), no body's own name (nor a
    heading's "A UNIVERSIDADE")."""
    return (
        len(words) == 1
        and words[0].text.isupper()
        and len(words[0].text) <= MAX_ACRONYM_LETTERS
        and nouns.is_body(words[0].text)
    )


#: The most letters of an acronym that names a kind of body ("ONG").
MAX_ACRONYM_LETTERS = 4


def _name_words(span: Span) -> set[str]:
    """The words of a name as role modifiers: "Luiz Inácio Lula da Silva" tells "o
    advogado de Lula" apart."""
    return {t.lower_ for t in span if t.is_alpha and t.lower_ not in NAME_PARTICLES}


def _heads_of(words: Iterable[str]) -> set[str]:
    """Words with the head of each hyphenated one: "procuradoria-regional" is also a
    "procuradoria", the word "a procuradoria" names it by."""
    return {form for word in words for form in (word, word.split("-")[0])}


#: Openings that make a name the sentence's topic: "No caso de Hélio, a ação …".
TOPIC_OPENERS = (("no", "caso"), ("quanto",))


def _case_topic(doc: Doc, start: int, end: int, nouns: SpeakerNouns) -> Mention | None:
    """The person a sentence opens on as its topic ("No caso de Hélio, …", "Quanto a
    Lula, …"): whom a following "Ele" means, not the previous sentence's subject."""
    for opener in TOPIC_OPENERS:
        k = start + len(opener)
        if (
            k + 1 < end
            and tuple(t.lower_ for t in doc[start:k]) == opener
            and (doc[k].lower_ in OF or doc[k].lower_ in ("a", "ao", "à"))
        ):
            name = name_mention_at(doc, k + 1, end, nouns)
            if name is not None and name.kind == "name" and doc[name.end].text == ",":
                return name
    return None


#: Words opening a source phrase, which a weak model may take into a name at a
#: sentence's start ("Conforme Müller").
SOURCE_WORDS = frozenset({"conforme", "segundo", "consoante", "para", "como"})


def _past_swept_words(
    doc: Doc, start: int, end: int, nouns: SpeakerNouns, positions: Mapping[str, Sequence[int]]
) -> int:
    """Past the words a model may sweep into the start of a name ``[start, end)``: a
    section label ("Equidade – Camilo Santana"), a former or deputy role ("Ex-BBB
    Patrícia Leitte"), the source phrase's first word ("Conforme Müller"), or the body
    of the role before it ("secretário de Estado Antony Blinken"), a word opening the
    sentence ("Caso António Costa") or a place ("São Bernardo do Campo Luiz Marinho");
    never past its last word."""
    dash = next((k for k in range(start + 1, end - 1) if doc[k].text in DIALOGUE_DASHES), None)
    if dash is not None:
        start = dash + 1
    while start + 2 < end and doc[start].lower_ in WEEKDAYS:
        start += 1  # "Segunda-feira Luciano Huck": a dateline the name ran on from
    while start + 1 < end and (
        doc[start].lower_.startswith(ROLE_PREFIXES) or doc[start].lower_ in SOURCE_WORDS
    ):
        start += 1
    if start > 0 and doc[start - 1].lower_ in OF and body_before_person(doc[start:end], nouns):
        start += 1  # "da Nasa Aaron Parness"
    if (
        start + 2 < end
        and (start == 0 or doc[start - 1].text in (".", "!", "?") or doc[start - 1].is_space)
        and (
            doc[start].is_stop
            or doc[start].lower_ in CLAUSE_OPENERS
            or _participle(doc[start])  # "Nascida Heraldo Araújo, Afrodite …"
        )
        and is_first_name(doc[start + 1].text)
    ):
        start += 1  # a word opening the sentence: "Caso António Costa continue …", not
        # a given name no list knows: "Roderlei Carlos Alessi, de 51 anos, …"
    start = _past_run_in_words(doc, start, end, nouns, positions)
    person = person_after_place(doc[start:end]) if end - start > 2 else None
    return person if person is not None else start  # "[São] Bernardo do Campo Luiz Marinho"


def _past_run_in_words(
    doc: Doc, start: int, end: int, nouns: SpeakerNouns, positions: Mapping[str, Sequence[int]]
) -> int:
    """Past the capitalised words opening a sentence that the text shows are no part
    of the name after them: a verb, a noun or a heading run in ("Concorrem Rodrigo
    Maia", "Virou Maria", "Legado Haddad diz").  The rest must be a name the text
    writes elsewhere without them, starting on a given name ("Rodrigo Maia", "Maria"),
    or a surname it gives elsewhere after another given name ("Fernando Haddad").
    "Roderlei Carlos Alessi", whose "Carlos Alessi" the text never writes alone, keeps
    his unlisted given name."""
    first = doc[start]
    if (
        not _opens_sentence(doc, start)
        or is_first_name(first.text)
        or first.lower_ in OPENING_PARTICLES  # "Di Maria", "Le Pen"
        or nouns.is_body(first.text)  # "Instituto Lula": a body named after a person
        or nouns.head(first.text) is not None  # "Papa Francisco": a title
        or _written_as_a_name(doc, first, positions)  # "Adam Yates" after "Adam e Simon Yates"
    ):
        return start
    for k in range(start + 1, min(end, start + MAX_RUN_IN_WORDS + 1)):
        word = doc[k]
        if not (word.is_alpha and word.text[:1].isupper()):
            return start
        tail = [t.text for t in doc[k:end]]
        elsewhere = [
            p
            for p in positions.get(tail[0], ())
            if p != k and [other.text for other in doc[p : p + len(tail)]] == tail
        ]
        alone = is_first_name(word.text) and any(
            p == 0 or doc[p - 1].text != doc[k - 1].text for p in elsewhere
        )
        other_given = any(
            p > 0 and is_first_name(doc[p - 1].text) and doc[p - 1].text != doc[k - 1].text
            for p in elsewhere
        )
        if alone or other_given:
            return k
    return start


def _written_as_a_name(doc: Doc, word: Token, positions: Mapping[str, Sequence[int]]) -> bool:
    """Whether the text writes ``word`` elsewhere as a name of its own, capitalised inside
    a sentence: "Adam e Simon Yates"."""
    return any(
        not _opens_sentence(doc, t.i) for t in _written_alone(doc, word.text, word.i, positions)
    )


def _written_alone(
    doc: Doc, word: str, at: int, positions: Mapping[str, Sequence[int]]
) -> Iterator[Token]:
    """Where the text writes ``word`` elsewhere than token ``at`` with no capitalised word
    after it, so not as the first part of a longer name."""
    return (
        doc[i]
        for i in positions.get(word, ())
        if i != at and (i + 1 == len(doc) or not doc[i + 1].text[:1].isupper())
    )


def _word_positions(doc: Doc) -> dict[str, list[int]]:
    """Each word of ``doc`` with the indices of its tokens, in order: built once, so the
    checks that look for a name's words elsewhere need not scan the whole text."""
    positions: defaultdict[str, list[int]] = defaultdict(list)
    for token in doc:
        positions[token.text].append(token.i)
    return dict(positions)


#: The most words a heading or a verb run into a name may take ("Parque Augusta Haddad").
MAX_RUN_IN_WORDS = 2


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens the text, a sentence or a line (so is capitalised anyway)."""
    previous = doc[i - 1] if i else None
    return previous is None or previous.text in SENTENCE_OPENERS or "\n" in previous.text


def _as_written_name(words: Iterable[str], keep_short: bool = False) -> str:
    """A name a heading shouts, as a name is written: "JOSÉ ROBERTO DA SILVA" → "José
    Roberto da Silva"; keep_short: a body's short words stay as they are ("PT")."""

    def written(word: str) -> str:
        if word.lower() in NAME_PARTICLES:
            return word.lower()
        return word if keep_short and len(word) <= 3 else word.title()

    return " ".join(written(word) for word in words)


def _participle(token: Token) -> bool:
    """A past participle opening a sentence before a name ("Nascida", "Questionado"), no
    given name; a surname of that ending ("Machado") needs a given name before it."""
    return token.lower_.endswith(PARTICIPLE_ENDINGS) and not is_first_name(token.text)


def photo_credit(doc: Doc, start: int, end: int) -> bool:
    """Whether the name in tokens ``[start, end)`` credits a photo, before or after the
    slash: "John Pacheco/G1", "Matheus Henrique/ G1", "Reprodução/TV Integração"."""
    last = doc[end - 1]
    before = doc[start - 1] if start else None
    return (
        last.text.endswith("/")
        or (end < len(doc) and doc[end].text.startswith("/") and not last.whitespace_)
        or (before is not None and before.text.endswith("/") and not before.whitespace_)
    )


def _never_a_name(token: Token) -> bool:
    """A month, a weekday, an adverb in -mente, a preposition (alone or joined to a
    pronoun or a demonstrative), an indefinite pronoun, a possessive, a ranking
    adjective, a verb in the future, the gerund or the preterite, or a noun of an
    abstract ending that is no given name: "Novembro", "Finalmente", "Durante", "Nestes",
    "Ninguém", "Outro", "Minha", "Última", "Haverá", "Atuando", "Aumentou", "Colisão"
    (not "Conceição")."""
    lower = token.lower_
    return (
        lower in MONTHS
        or lower in WEEKDAYS
        or lower.endswith("mente")
        or lower in CONTRACTED_PRONOUNS
        or lower in INDEFINITE_PRONOUNS
        or lower in ("outro", "outra", "outros", "outras")
        or lower in RANKING_ADJECTIVES
        or lower in POSSESSIVE_OPENERS
        or lower in OPENING_PREPOSITIONS
        or (lower.endswith(ABSTRACT_NOUN_ENDINGS) and not is_first_name(token.text))
        or (lower.endswith(FUTURE_ENDINGS) and not is_first_name(token.text))
        or (lower.endswith(VERB_ENDINGS) and _opens_a_phrase(token))
    )


def _place_after_em(doc: Doc, i: int) -> int | None:
    """End of the capitalised run at ``i`` after "em" when no given name is in it: a
    place the recogniser does not know ("em Pato Branco"), not "em Daniel Falcão"."""
    end = name_end(doc, i, len(doc))
    return None if any(is_first_name(t.text) for t in doc[i:end]) else end


def _outlet_name(name: str) -> bool:
    """A news outlet's name, known by one of its words ("Folha de S.Paulo", "O Globo")."""
    return any(word.lower() in NEWS_OUTLETS for word in name.replace(".", " ").split())


def _opens_a_phrase(token: Token) -> bool:
    """A capitalised word of five letters or more, no given name, with a lower-case word
    after it: "Atuando sempre junto …", not "disse Fernando Haddad", "disse Brando."
    nor "Lou"."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        len(token.text) >= MIN_VERB_LETTERS
        and following is not None
        and following.is_lower
        and not is_first_name(token.text)
    )


#: The fewest letters of a capitalised verb form taken for no name ("Sendo", "Chegou").
MIN_VERB_LETTERS = 5


#: Endings of a gerund or a preterite, capitalised at a sentence's start: "Atuando",
#: "Aumentou alguma coisa?".
VERB_ENDINGS = ("ando", "endo", "indo", "ou")


#: Adjectives that open a sentence about someone, never a name: "Última testemunha a
#: depor, Fabiana …", "Única carioca entre as jovens, ela …".
RANKING_ADJECTIVES = frozenset(
    {"último", "última", "últimos", "últimas", "único", "única", "primeiro", "primeira"}
)


#: Words that open a clause, capitalised at a sentence's start, and are no stop words.
CLAUSE_OPENERS = frozenset({"caso", "apesar", "embora", "mesmo", "enquanto", "conforme"})


#: Endings of a verb's future, capitalised at a sentence's start: "Haverá", "Poderão".
FUTURE_ENDINGS = ("ará", "erá", "irá", "arão", "erão", "irão")


#: Possessives that open a programme's or a work's name, never a person's: "Minha Casa,
#: Minha Vida", "Nossa Senhora", "Meu Primeiro Emprego".
POSSESSIVE_OPENERS = frozenset(
    {"minha", "minhas", "meu", "meus", "nossa", "nossas", "nosso", "nossos", "sua", "seu"}
)

#: Prepositions that open sentences, capitalised, never a name: "Durante entrevista, …".
OPENING_PREPOSITIONS = frozenset({"durante", "após", "apesar", "diante", "desde", "perante"})


#: "em"/"de" joined to a pronoun or a demonstrative, which a weak model may tag as a
#: person when it opens a sentence.
CONTRACTED_PRONOUNS = frozenset(
    prefix + rest
    for prefix in ("n", "d")
    for rest in (
        *("ele", "ela", "eles", "elas", "este", "esta", "estes", "estas"),
        *("esse", "essa", "esses", "essas", "aquele", "aquela", "aqueles", "aquelas"),
    )
)


def _verb_as_name(span: Span) -> bool:
    """One verb a model tagged as a name ("Resta saber", "Respondi que não")."""
    return len(span) == 1 and span[0].pos_ in ("VERB", "AUX")


def _dialogue_paragraphs(doc: Doc) -> list[bool]:
    """For each token, whether its paragraph opens with a dialogue dash ("- Poderíamos …")."""
    flags: list[bool] = []
    opened, at_start = False, True
    for token in doc:
        if at_start and not token.is_space:
            opened = token.text in DIALOGUE_DASHES and bool(token.whitespace_)
            at_start = False
        flags.append(opened)
        if "\n" in token.text or "\n" in token.whitespace_:
            opened, at_start = False, True
    return flags


@lru_cache(maxsize=1)
def _leading_non_names() -> frozenset[str]:
    """Capitalised words a run of capitals may start with that open no person's name:
    one-word places ("Brasil") and news outlets ("Folha")."""
    places = {line.casefold() for line in read_lines("places.txt") if " " not in line}
    return frozenset(places | NEWS_OUTLETS)


#: A surname alone this long may match a full name's surname spelt one letter apart.
MIN_FUZZY_SURNAME = 7
#: rapidfuzz ratio (0-100) for that match: "Kirckpatrick" / "Kirkpatrick" is 96.
SURNAME_SIMILARITY = 90.0


def _without_middle_names(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether ``words`` is the full ``name`` without some middle names: "Tufi Soares"
    for "Tufi Machado Soares" (the same first and last names, in order)."""
    if len(words) < 2 or words[0] != name[0] or words[-1] != name[-1]:
        return False
    remaining = iter(name)
    return all(word in remaining for word in words)  # in order, skipping some


def _extends_a_name(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether ``name`` is the fuller name of a person called ``words``.

    A full name before a particle must start with a given name: "Maria da
    Conceição Tavares" is Conceição Tavares, "o Chelsea de José Mourinho" is no
    person's name (not even Mourinho's), nor is "Preocupação de Vidigal" Vidigal's.
    """
    if name[: len(words)] == words:
        return True
    at = next(i for i in range(len(name) - len(words) + 1) if name[i : i + len(words)] == words)
    if not is_first_name(name[0]) and any(
        word.casefold() in _leading_non_names() for word in name[:at]
    ):  # "Brasil Belmiro de Azevedo", "Folha Antonio Pedrosa": a run, not a name; not
        return False  # "Victor Luiz dos Santos Laus", whose "Santos" is also a city
    if not any(word.lower() in NAME_PARTICLES for word in name[:at]):
        return True
    return is_first_name(name[0])  # not "Discurso de José Sócrates" for Sócrates
