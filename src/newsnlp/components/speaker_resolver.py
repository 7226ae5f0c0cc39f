"""Whom a speaker mention names, across the whole document.

:class:`SpeakerResolver` resolves what :mod:`newsnlp.components.speakers` finds
next to a cue: names to the fullest name in the document, role nouns to the person
the text introduced with that role by apposition, pronouns and dropped subjects to
the most recent compatible speaker or subject, organisations to their canonical
name.  It keeps the history of speakers and sentence subjects that needs.

Who the document names, and under which fullest name, is for
:mod:`newsnlp.components.people_index` to tell; which organisation a mention of a
body stands for, for :mod:`newsnlp.components.body_names`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .body_names import QUOTE_OPENERS, TRADES, BodyNames
from .entity_rules import is_known_place
from .name_spans import (
    ARTICLE_OF,
    DIALOGUE_DASHES,
    entity_at,
    is_first_name,
    is_name_word,
    name_end,
)
from .people_index import (
    GENDERED_ARTICLES,
    POSSESSIVE_OPENERS,
    SOURCE_WORDS,
    PeopleIndex,
    gender_of_name,
    is_verb_word,
    never_a_name,
    opens_sentence,
    past_asides,
    photo_credit,
    verb_as_name,
)
from .quote_context import CLITICS, SPEECH_NOUNS, tokens_within
from .role_phrases import name_mention_at, past_parenthesis, role_end
from .speaker_lexicon import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    CLAUSE_CONJUNCTIONS,
    DEFENCE,
    DEMONSTRATIVES,
    LAWYERS,
    MAX_ROLE_TOKENS,
    NAME_PARTICLES,
    NEGATIONS,
    OF,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    QUOTATION_MARKS,
    ROLE_PREFIXES,
    ROLE_SUFFIXES,
    TO,
    WHO,
    Mention,
    SpeakerNouns,
    demonyms,
    narrates,
    several_lawyers,
)
from .speakers import (
    CONTRACTED_ARTICLES,
    FLOOR_WORDS,
    INDEFINITE,
    MAX_ASIDE_TOKENS,
    POSSESSIVES,
    floor_holder,
    gives_the_floor,
    mention_after,
    mention_ending_at,
    past_run_in_heading,
    past_section_label,
    subject_from_parse,
)

# what importers take from here; gender_of_name and photo_credit live in people_index
__all__ = ["Referent", "SpeakerResolver", "gender_of_name", "photo_credit", "sentences"]


#: Forms of "ser" that make a sentence passive, whose agent follows "pelo"/"pela".
PASSIVE_AUXILIARIES = frozenset({"foi", "foram", "é", "são", "será", "serão", "era", "eram"})


#: Pronouns only a verb follows: "a ex-presidente se recusa".
CLITIC_PRONOUNS = CLITICS | {"se"}

#: Words between a subject and its verb: "a ex-presidente se recusa", "não diz".
BEFORE_A_VERB = ADVERBS | CLITIC_PRONOUNS

#: Verbs that name a lawyer's client: "o advogado X, que defende Y".
CLIENT_VERBS = frozenset({"defende", "representa"})

#: The most roles listed before the name of the one who held them all.
MAX_LISTED_ROLES = 4

#: What opens a sentence that says who was there ("Entre os presentes estava X").
PRESENCE_OPENERS = frozenset({"entre", "na", "no", "nas", "nos", "em"})
PRESENCE_VERBS = frozenset({"estava", "estavam", "esteve", "estiveram", "está", "estão"})

#: The most tokens of a name before its party's tag ("Antonio Anastasia (PSDB-MG)").
MAX_NAME_TOKENS = 6


#: Articles that give a role of either gender ("a cientista", "do chefe") its bearer's;
#: before a role noun, "a" is the article, not the preposition ("ao").
ROLE_ARTICLES = {**GENDERED_ARTICLES, "o": "M", "a": "F"}


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
    start, previous = 0, ""
    parsed = doc.has_annotation("SENT_START")
    for token in doc:
        text = token.text
        breaks = "\n" in text or "\n" in previous
        if token.i > start and (breaks or (parsed and token.is_sent_start)):
            yield from _trimmed(doc, start, token.i)
            start = token.i
        previous = text
    yield from _trimmed(doc, start, len(doc))


def _trimmed(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start < end:
        yield start, end


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
        # token offsets without building a Token for each
        self._quoted_tokens = tokens_within(doc.to_array("IDX").tolist(), quoted)
        self._lower = [token.lower_ for token in doc]  # read by every pass over the text
        # what the pipeline annotated, read once: each check scans every token
        self._segmented = doc.has_annotation("SENT_START")
        self._parsed = doc.has_annotation("DEP")
        #: Where the text's first sentence (often its headline) ends.
        #: Token ranges of the sentences, read once: the subjects and the pronouns use them.
        self._sentence_ranges = list(sentences(doc))
        self._first_sentence_end = self._sentence_ranges[0][1] if self._sentence_ranges else 0
        self.history: list[Referent] = []
        ents = tuple(doc.ents)  # spaCy builds them anew at each reading
        #: Who the document names, under their fullest names.
        self.names = PeopleIndex(doc, ents, nouns, verbs, self.history)
        #: Which organisation a mention of a body stands for.
        self.bodies = BodyNames(self.names, self._first_sentence_end)
        self._genders: dict[str, str | None] = {}
        #: Sentence subjects that are roles the text tied to no name, in order.
        self._role_subjects: list[Mention] = []
        self.roles = self._roles()
        for referent in self._subjects():
            self.add(referent)

    # -- what the document says about its people --------------------------------

    def _recent_person(
        self, position: int, gender: str | None, ahead: bool = False
    ) -> Referent | None:
        """The last person named before ``position`` (when no speaker or subject fits).

        ahead: the mention may point to the first person named after it, when the
        text names nobody before it (an article opening on a quote, an excerpt):
        "«…», disse. Ricupero, …".
        """
        outside = [(s, w) for s, w in self.names.people if not self._in_quote(s)]
        before = [(s, w) for s, w in outside if s < position]
        after = [  # only a PER entity: capitalised runs ahead are too often not people
            (s, w) for s, w in outside if ahead and s > position and self.doc[s].ent_type_ == "PER"
        ]
        for start, words in [*reversed(before), *(after if not before else [])]:
            name = self.names.fullest(Mention(start, start + len(words), "name"))
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
            modifiers |= demonyms().get(token.lower_, frozenset())  # "paulista": São Paulo
        return (head, frozenset(modifiers)) if head else None

    def _roles(self) -> list[tuple[int, tuple[str, frozenset[str]], str]]:
        """(position, role key, name) for every person introduced with a role by apposition."""
        doc, nouns = self.doc, self.nouns
        roles = []
        for token in doc:
            i, plural, head = token.i, nouns.is_plural(token.text), nouns.head(token.text)
            if not plural and not head:
                continue
            one_of = self._one_of(i)
            if plural and not one_of:
                roles.extend(self._listed_holders(i))
            if not head or (plural and not one_of):
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
                and not is_verb_word(doc[end], self.verbs)
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
            if after < sentence_end and doc[after].text == ",":
                after = _past_place_aside(doc, after, sentence_end)  # "…, no Rio, Name"
            if after < sentence_end and doc[after].text == "," and after + 1 < sentence_end:
                name = name_mention_at(doc, after + 1, sentence_end, nouns)  # role, Name
                if name is not None and name.kind == "role" and name.end < sentence_end:
                    name = name_mention_at(doc, name.end, sentence_end, nouns)  # role, general Name
                if name is None or name.kind != "name" or not self.names.is_person(name):
                    name = self._name_after_listed_roles(after, sentence_end) or name
                if name is not None and self._opens_clause_after_role(i, name):
                    name = None  # "o universo da cantora, Dominguinhos é obrigatório"
            elif after < sentence_end and is_name_word(doc[after]):
                # "o prefeito Name", "o delegado da Polícia Federal (PF) Name"
                end = after
                name = name_mention_at(doc, end, sentence_end, nouns)
                if name is None or name.kind != "name":
                    # "do PSD Lídia Pereira", one entity to a model
                    name = self.names.person_at(end)
                inner = any(doc[k].is_lower and nouns.head(doc[k].text) for k in range(i + 1, end))
                # "o pai do menino Joaquim": the boy's name
                inner = inner or (end - 2 > i and self._described_client_at(end))
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
                is_verb_word(doc[verb], self.verbs)
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
            if name is not None and name.kind == "name" and self.names.is_person(name):
                key = (key[0], key[1] | self._client_of(name.end, sentence_end))
                roles.append((i, key, self.names.fullest(name)))
        return sorted(roles + self._party_members(roles))

    def _party_members(
        self, roles: list[tuple[int, tuple[str, frozenset[str]], str]]
    ) -> list[tuple[int, tuple[str, frozenset[str]], str]]:
        """The people the text tags with a party, each holding its members' role: "Humberto
        Costa (PT-PE)", "Renan Calheiros, do PMDB," and "o presidente do PT paulista, Luiz
        Marinho" are "o petista", "o peemedebista"."""
        doc, members = self.doc, self.nouns.members
        found: list[tuple[int, tuple[str, frozenset[str]], str]] = [
            (position, (noun, frozenset()), person)
            for position, (_head, modifiers), person in roles
            for party, nouns in members.items()
            if party.lower() in modifiers
            for noun in nouns
        ]
        texts = self.names.texts  # a Doc builds a Token at each indexing: scan the words
        for i in range(1, len(texts) - 1):
            party = texts[i].split("-", 1)[0]
            if party not in members:
                continue
            if texts[i - 1] == "(" and texts[i + 1] == ")":
                last = i - 2  # "Humberto Costa (PT-PE)"
            elif self._lower[i - 1] == "do" and i >= 3 and texts[i - 2] == ",":
                last = i - 3  # "Renan Calheiros, do PMDB"
            else:
                continue
            if last < 0:
                continue  # "(PT)" opening the text tags no one
            name = mention_ending_at(doc, last, max(0, last - MAX_NAME_TOKENS), self.nouns)
            if name is not None and name.kind == "name" and self.names.is_person(name):
                person = self.names.fullest(name)
                found.extend((name.start, (noun, frozenset()), person) for noun in members[party])
        return found

    def _listed_holders(self, plural: int) -> list[tuple[int, tuple[str, frozenset[str]], str]]:
        """The people a plural role lists, each with what it holds in parentheses: "os
        ministros Moreira Franco (Secretaria-Geral) e Blairo Maggi (Agricultura)" makes
        Blairo Maggi "o ministro da Agricultura"."""
        doc, nouns = self.doc, self.nouns
        head = nouns.head(doc[plural].text)
        end = doc[plural].sent.end if self._segmented else len(doc)
        holders = []
        k = plural + 1
        while head is not None and k < end:
            name = name_mention_at(doc, k, end, nouns)
            if name is None or name.kind != "name" or not self.names.is_person(name):
                break
            closed = past_parenthesis(doc, name.end, min(end, name.end + MAX_ASIDE_TOKENS))
            if closed == name.end:
                break  # a list with no portfolios tells no one apart
            held = frozenset(t.lower_ for t in doc[name.end + 1 : closed - 1] if t.is_alpha)
            holders.append((name.start, (head, held - OF), self.names.fullest(name)))
            if closed >= end or doc[closed].lower_ not in (",", "e"):
                break
            k = closed + 1
        return holders

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
                return name if listed and name is not None and self.names.is_person(name) else None
            segment_end = min(sentence_end, k + MAX_ROLE_TOKENS)
            while k < segment_end and doc[k].text != "," and not is_verb_word(doc[k], self.verbs):
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
            role >= 2
            and doc[role - 1].lower_ in ARTICLES
            and is_verb_word(doc[role - 2], self.verbs)
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

    def _subject_apposed_after(self, end: int, sentence_end: int) -> Mention | None:
        """A person's name set off by a comma after ``end`` and right before a verb (past
        a party tag and a comma): the subject an opening description was apposed to."""
        doc = self.doc
        for k in range(end, min(sentence_end - 1, end + MAX_APPOSED_SUBJECT_GAP)):
            if doc[k].text != ",":
                continue
            name = name_mention_at(doc, k + 1, sentence_end, self.nouns)
            if name is not None and name.kind == "role" and name.end < sentence_end:
                name = name_mention_at(doc, name.end, sentence_end, self.nouns)  # "deputado X"
            if name is None or name.kind != "name" or not self.names.is_person(name):
                continue
            after = past_parenthesis(doc, name.end, sentence_end)
            if after + 1 < sentence_end and doc[after].text == ",":
                after += 1  # "…, Adriana Levisky, ressalta"
            while after + 1 < sentence_end and self._lower[after] in ADVERBS:
                after += 1  # "…, Celso Atienza, também acredita"
            verb = after < sentence_end and doc[after].is_alpha and doc[after].is_lower
            if verb and (not doc[after].is_stop or is_verb_word(doc[after], self.verbs)):
                return name  # "… Carlos Marun (PMDB-MS) acredita que"
        return None

    def _apposed_after(self, end: int, sentence_end: int) -> Mention | None:
        """The name set off by a comma after ``end`` (past a parenthesis): "… Lula da
        Silva (PT), Cristiano Zanin Martins"."""
        comma = past_parenthesis(self.doc, end, min(sentence_end, end + MAX_ASIDE_TOKENS))
        if comma + 1 >= sentence_end or self.doc[comma].text != ",":
            return None
        return name_mention_at(self.doc, comma + 1, sentence_end, self.nouns)

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
        return opens_sentence(self.doc, mention.start)

    def _subjects(self) -> Iterable[Referent]:
        """Sentence subjects that are people or organisations, in document order, each
        followed by whose statements its sentence talks about (see ``_voiced``)."""
        doc = self.doc
        dialogue = _dialogue_paragraphs(self.names.texts, doc.to_array("SPACY").tolist())
        for start, end in self._sentence_ranges:
            # a sentence inside a quote is the speaker's, not the narrative's (a straight
            # mark also closes one: '…." O advogado X se pronunciou.' is the narrative's)
            opener = doc[start - 1].text if start else ""
            quoted = opener in QUOTE_OPENERS and (opener != '"' or self._in_quote(start))
            if quoted or dialogue[start]:
                continue
            closing = range(max(start, end - 2), end)
            if any(doc[k].text == "?" and not self._in_quote(k) for k in closing):
                continue  # an interviewer's question: "A Lava Jato está ameaçada? “Eu acho …”"
            yield from self._floor_holders(start, end)
            subject = self._sentence_subject(start, end)
            if isinstance(subject, tuple):
                yield from subject  # two people: the one named last is the nearer
            elif subject is not None:
                yield subject
            contrasted = self._contrasted_subject(start, end)
            if contrasted is not None:
                yield contrasted
            yield from self._voiced(start, end)

    def _contrasted_subject(self, start: int, end: int) -> Referent | None:
        """The person a clause after ", mas" makes its subject, the sentence's last word
        on who is in focus: "Muitos não gostam disso, mas Louise Foxcroft, uma
        historiadora, discorda." (a name, then its verb or an apposition and the verb)."""
        doc = self.doc
        for k in range(start + 1, end - 2):
            if self._lower[k] != "mas" or doc[k - 1].text != "," or self._in_quote(k):
                continue
            name = name_mention_at(doc, k + 1, end, self.nouns)
            if name is None or name.kind != "name" or not self.names.is_person(name):
                continue
            verb = name.end
            if verb < end and doc[verb].text == ",":  # past ", uma historiadora … ,"
                verb = next((j + 1 for j in range(verb + 1, end) if doc[j].text == ","), end)
            if verb < end and is_verb_word(doc[verb], self.verbs):
                return self.referent(name, name.start, guess=False)
        return None

    def _floor_holders(self, start: int, end: int) -> Iterator[Referent]:
        """Whom a heading gives the floor to, the section below theirs: "COM A PALAVRA, A
        WTORRE Em nota, a empresa …" (a paper's headings in capitals)."""
        doc = self.doc
        for k in range(start, end - 3):
            if self._lower[k] != FLOOR_WORDS[0] or not gives_the_floor(doc, k):
                continue
            stop = k + len(FLOOR_WORDS)
            while stop < end and (doc[stop].is_upper or doc[stop].text == ","):
                stop += 1
            if stop < end and doc[stop - 1].lower_ in ARTICLES and not doc[stop].is_upper:
                stop -= 1  # "A PREVI A Previ afirma", "… DE LULA O advogado": the section's
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
        start = past_run_in_heading(doc, start, end)  # "Críticas O senador …"
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
            if mention is not None and (
                mention.kind in ("anonymous", "role")
                or (mention.start > start and doc[mention.start - 1].lower_ in OF)
            ):
                # one of a group, a noun's complement or a role: "Um dos aliados de
                # Cunha, que atuou …, Carlos Marun (PMDB-MS) acredita que" is Marun's
                # sentence, as "A arquiteta e vice-presidente da AsBEA, Adriana
                # Levisky, ressalta" is Levisky's
                mention = self._subject_apposed_after(mention.end, end) or mention
        elif isinstance(mention, Mention) and mention.kind in ("anonymous", "role"):
            mention = self._subject_apposed_after(mention.end, end) or mention
        if isinstance(mention, Mention) and not self._could_speak(mention):
            mention = None  # "Apesar de …, Conceição está aflita": look past the opening
        if mention is None:
            mention = (
                self._inner_subject(start, end)
                or self._passive_agent(start, end)
                or self._inverted_subject(start, end)
                or self._present_subject(start, end)
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
        if any(start == mention.start and "e" in name for start, name in self.names.people):
            return None
        other = name_mention_at(doc, after + 1, end, self.nouns)
        if other is None or other.kind != "name" or not self.names.is_person(other):
            return None
        return other

    def _voiced(self, start: int, end: int) -> Iterator[Referent]:
        """Whose words a sentence talks about, outside quotes: "as declarações do agente
        da FIFA, Marco Kirdemir, vieram agitar …" puts him in focus for "…", garantiu."""
        doc, lower = self.doc, self._lower
        for k in range(start, end - 2):
            if lower[k] not in SPEECH_NOUNS or lower[k + 1] not in OF:
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
        names = self.names
        if mention.kind == "org":
            return not names.capital_by_position(mention) and not names.common_word(mention)
        if mention.kind != "name":
            return True
        if verb_as_name(self.doc[mention.start : mention.end]):
            return False
        if self._place_of_origin(mention):
            return False
        if mention.end - mention.start == 1 and never_a_name(self.doc[mention.start]):
            return False
        if self.doc[mention.start].lower_ in POSSESSIVE_OPENERS:
            return False  # "Minha Vida": a programme's name, no one who speaks
        if names.common_capital(mention) or names.common_word(mention):
            return False  # "Nenhuma", "Diferente": a capital, not a surname the text gave
        if names.thing_name(mention.start):
            return False  # "Sirius, maior acelerador …, revela": "o Sirius" elsewhere, a thing
        return names.is_person(mention) or names.is_actor(mention) or self._apposed(mention)

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

    def _place_of_origin(self, mention: Mention) -> bool:
        """A capitalised word and a place opening a sentence, untagged: "Natural do Áfua,
        o músico …" (a full name before a particle starts with a given name)."""
        doc = self.doc
        start = mention.start
        return (
            mention.end - start >= 3
            and opens_sentence(self.doc, start)
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
            contrasted = i > start + 1 and self._lower[i - 1] in CLAUSE_CONJUNCTIONS
            if doc[i - 1].text != "," and not (contrasted and doc[i - 2].text == ","):
                continue  # "Em julho, Lula deu …", "…, mas Louise Foxcroft, historiadora, discorda"
            if doc[i].text[:1].isupper():
                found = name_mention_at(doc, i, end, self.nouns)
            elif doc[i].lower_ in ARTICLES:
                found = mention_after(doc, i, end, self.nouns)  # ", o ala Goicoechea se aprestou"
            elif self.nouns.head(doc[i].text) and is_name_word(doc[i + 1]):
                found = name_mention_at(doc, i + 1, end, self.nouns)  # ", deputado Carlos Marun"
            else:
                continue
            if found is None or found.kind != "name" or found.end >= end:
                continue
            if found.end - found.start == 1 and self.names.is_actor(found):
                return found  # "Smoot pensa", "O preparador de goleiros, Taffarel, vê"
            named_end = past_parenthesis(doc, found.end, end)  # "…, Álvaro Dias (PR) classificou"
            verbs = [named_end]
            if named_end < end and doc[named_end].text == ",":
                # the comma closing an apposition: ", o governador, Leonel Brizola, disse";
                # or asides after the name: "No mesmo sentido, Luciana Antônio, do …,",
                # ", o promotor Cássio Conserino, um dos responsáveis pela denúncia, evitou"
                verbs = [named_end + 1] if found.start > i and named_end + 1 < end else []
                verbs.append(past_asides(doc, named_end, self.verbs))
            if any(self._acts_at(verb, end) for verb in verbs):
                return found  # "…, general Otávio Barros, fez"
        return None

    def _acts_after(self, name_end: int, end: int) -> bool:
        """Whether a verb of narration or speech follows a name (past a parenthesis or an
        aside set off by commas): "a modista Isabel Alves, 23 anos, definia"."""
        after = past_parenthesis(self.doc, name_end, end)
        verbs = [after]
        if after < end and self.doc[after].text == ",":
            verbs.append(past_asides(self.doc, after, self.verbs))
        return any(verb < end and self._acts_at(verb, end) for verb in verbs)

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

    def _present_subject(self, start: int, end: int) -> Mention | None:
        """The person a sentence opening on a place or a group says was there: "Entre os
        presentes na cerimônia estava Rob Fazio, que perdeu o pai …"."""
        if self._lower[start] not in PRESENCE_OPENERS:
            return None
        for k in range(start + 1, end - 1):
            if not any(char.isalnum() for char in self._lower[k]):
                return None  # a comma or a stop: the phrase ended with no one there
            if self._lower[k] in PRESENCE_VERBS:
                found = name_mention_at(self.doc, k + 1, end, self.nouns)
                return found if found is not None and found.kind == "name" else None
        return None

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
        if head in self.nouns.member_nouns:
            # "afirmou o petista": a member the text tagged before, else the one in focus
            members = [(at, name) for at, (other, _), name in self.roles if other == head]
            before = [name for at, name in members if at <= mention.start]
            return before[-1] if before else None
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
        gender = self.role_gender(mention)
        parties = modifiers & {party.lower() for party in self.nouns.members}
        if parties:  # "o presidente nacional do PSDB": not the President, whom no party tags
            return self._introduced_with(
                heads, modifiers, mention.start, gender, parties
            ) or self._party_member(parties, mention.start, gender)
        return self._introduced_with(heads, modifiers, mention.start, gender)

    def _party_member(self, parties: frozenset[str], start: int, said: str | None) -> str | None:
        """The person last tagged with one of ``parties`` before ``start``, of the ``said``
        gender: "a parlamentar do PMDB" after "a senadora Kátia Abreu (PMDB-TO)"."""
        nouns = {
            noun
            for party, members in self.nouns.members.items()
            if party.lower() in parties
            for noun in members
        }
        tagged = [
            name
            for position, (head, _), name in self.roles
            if head in nouns and position <= start and self._gender(name) in (None, said)
        ]
        return tagged[-1] if tagged else None

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
        everyone = {name for name, _ in held}
        holders = {name for name, told in held if not told} or everyone
        introduced = any(name in everyone for at, _, name in self.roles if at < mention.start)
        if person not in everyone or len(everyone) < 2 or not introduced:
            return person  # "o ex-presidente" opening the text: the one introduced next
        topic = self.topic(mention.start)
        if topic is not None and topic.name is not None and not (topic.is_org or topic.plural):
            focus: str | None = topic.name
        else:
            focus = self.in_focus(mention.start, self.role_gender(mention), exclude=exclude)
        if focus in everyone:
            return focus  # "Osmar Terra, ministro do Desenvolvimento Social, … o ministro"
        if focus is not None:
            sharing = [name for name in holders if set(name.split()) & set(focus.split())]
            if len(sharing) == 1:
                return sharing[0]  # "Kassab" the text ran into a heading's next word
        if focus is None or (
            focus not in holders and any(name == focus for _, _, name in self.roles)
        ):
            return person  # the focus holds only another role: "o juiz Sérgio Moro"
        return focus

    def _introduced_with(
        self,
        heads: Container[str],
        modifiers: frozenset[str],
        start: int,
        said: str | None,
        required: frozenset[str] = frozenset(),
    ) -> str | None:
        """The person the text introduced with one of the roles ``heads``: the one
        sharing most ``modifiers`` (all of ``required``), of the ``said`` gender, latest
        before ``start``."""
        best: tuple[int, int, int, int, int] | None = None
        best_name: str | None = None
        for position, (other_head, other_modifiers), name in self.roles:
            gender = self._gender(name)
            if said is not None and gender not in (None, said):
                continue  # "a cientista social" is not "o cientista político Cleyton Monte"
            if other_head not in heads or not required <= other_modifiers:
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

    def _named_defence(self, mention: Mention) -> str | None:
        """The defence of a client the text names, as the text names it ("defesa de
        Lula", "defesa do PT"; "defesa de Glaucos da Costamarques" for "a defesa do
        empresário Glaucos da Costamarques"), as annotators most often write it; None
        for "a defesa" or "a defesa do ex-presidente", whose client is unnamed here."""
        doc = self.doc
        noun = mention.start + (doc[mention.start].lower_ in ARTICLES)
        client = noun + 2
        while client < mention.end and not is_name_word(doc[client]):
            client += 1
        if client >= mention.end:
            return None
        if client == noun + 2:
            return doc[noun : mention.end].text
        return f"{doc[noun].text} de {doc[client : mention.end].text}"

    def _client_noun_only(self, mention: Mention) -> bool:
        """Whether the mention is its noun alone: "a defesa", "os advogados"."""
        noun = self._client_noun(mention)
        return noun is not None and noun.i + 1 == mention.end

    def _defended_before(self, mention: Mention) -> str | None:
        """The defence the text named by its client shortly before ``mention``, in the
        mention's own noun: "a defesa" or "os advogados" after "a defesa de Lula" are
        "defesa de Lula" or "advogados de Lula", as annotators write them."""
        doc = self.doc
        noun = self._lower[mention.end - 1]
        for k in range(mention.start - 2, max(-1, mention.start - MAX_DEFENCE_DISTANCE - 1), -1):
            word = self._lower[k]
            if word != DEFENCE and not several_lawyers(word, self.nouns):
                continue
            if k and self._lower[k - 1] in PLACE_PREPOSITIONS:
                continue  # "saiu em defesa de Moro": standing up for him, no client
            if self._lower[k + 1] not in OF:
                continue
            if not is_name_word(doc[k + 2]):
                return None  # "a defesa do ex-deputado": the latest client is unnamed
            client = doc[k + 2 : name_end(doc, k + 2, len(doc))].text
            return f"{noun} de {client}"
        return None

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
        titled = self.bodies.titles.get(referent.name or "")
        return referent if titled is None else replace(referent, name=titled, is_org=True)

    def _referent(
        self,
        mention: Mention,
        position: int,
        guess: bool,
        said: tuple[int, int] | None,
    ) -> Referent:
        exclude = self.names.named_in(said) if said is not None else frozenset()
        doc = self.doc
        if (
            mention.kind in ("name", "org")
            and mention.end - mention.start > 1
            and doc[mention.start].lower_ in TRADES
        ):  # "Farmacêutica Moderna afirma": the company, not its trade
            mention = Mention(mention.start + 1, mention.end, "org")
        text = doc[mention.start : mention.end].text
        if self._lawyers(mention):  # several lawyers: none of them by name, nor the client
            team = self._defended_before(mention) if self._client_noun_only(mention) else None
            return Referent(position, team, None, team is None, team is not None, mention)
        if self._defence(mention):
            lawyer = self._defence_lawyer(mention)
            if lawyer is not None:
                return Referent(position, lawyer, None, False, False, mention)
            team = self._named_defence(mention)  # "a defesa de Lula": the team speaks
            if team is None and self._client_noun_only(mention):
                team = self._defended_before(mention)  # "a defesa", after "a defesa de Lula"
            return Referent(position, team, None, False, team is not None, mention)
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
        if mention.kind in ("name", "org") and self.names.common_capital(mention):
            # a common noun opening its sentence, which a weak model tagged
            word = doc[mention.start].text
            if self.nouns.head(word):  # "Presidente afirmou": a role
                return self.referent(Mention(mention.start, mention.end, "role"), position, guess)
            if self.nouns.is_body(word):  # "Partido afirma": the last party named
                return Referent(
                    position, self.bodies.antecedent(mention), None, False, True, mention
                )
            plural = word.lower().endswith("s")  # "Militares defendem", "Autoridades afirmam"
            return Referent(position, None, None, plural, False, mention)
        if mention.kind == "name":
            if (
                self._sentence_initial_word(mention)
                and not self.names.is_person(mention)
                and not self.names.is_actor(mention)
            ):
                return Referent(position, None, None, False, False, mention)  # "Cabe perguntar"
            titled = self.bodies.titled_name(mention)
            if titled is not None and not self.names.is_person(mention):  # "segundo O Globo"
                return Referent(position, titled, None, False, True, mention)
            name = self.names.fullest(mention)
            if self.bodies.company_named_after(mention, name):  # "A Odebrecht afirmou": the company
                return Referent(
                    position, doc[mention.start : mention.end].text, None, False, True, mention
                )
            return Referent(position, name, self._gender(name), False, False, mention)
        if mention.kind == "role":
            if any(  # not a body's name inside: "o sargento do Corpo de Bombeiros"
                self.nouns.is_plural(t.text)
                and (t.is_lower or t.i == mention.start or doc[t.i - 1].lower_ in ARTICLES)
                for t in doc[mention.start : mention.end]
            ):
                prosecution = self.bodies.prosecution_of(mention)
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
            if role_gender is None:  # "a gerente da lotérica": a woman, whoever is in focus
                role_gender = ROLE_ARTICLES.get(doc[mention.start].lower_)
            if (
                person is None
                and guess
                and not self._described_by_a_common_noun(mention)
                and not self._participant(mention)
            ):
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
                and not self._participant(mention)
            ):
                gender = "M" if doc[mention.start].lower_ == "o" else "F"
                described = self.in_focus(mention.start, gender, exclude=exclude)
            return Referent(position, described, None, False, False, mention)
        if doc[mention.start].lower_ in POSSESSIVES:  # "segundo sua assessoria": the topic's
            topic = self.topic(mention.start)
            if topic is not None and topic.name is not None and not topic.is_org:
                return replace(topic, position=position, mention=mention)
        served = self.bodies.served_body(mention)
        if served is not None:  # "segundo a assessoria da Polícia Civil": the police
            return replace(self.referent(served, position, guess, said), mention=mention)
        org_name = self.bodies.name_of(mention)
        return Referent(position, org_name, None, text.lower().startswith("os "), True, mention)

    def _participant(self, mention: Mention) -> bool:
        """A role or description of someone the story happened to ("a vítima", "o
        suspeito", "o preso"), which the text more often leaves unnamed than gives to the
        person in focus; or of someone it brought in unnamed ("Uma mulher que também foi
        vítima disse …", then "contou a mulher")."""
        if any(self._lower[k] in PARTICIPANTS for k in range(mention.start, mention.end)):
            return True
        noun = mention.start + (self._lower[mention.start] in ARTICLES)
        if noun + 1 != mention.end:
            return False
        word = self._lower[noun]
        return any(
            self._lower[k] == word
            and self._lower[k - 1] in INDEFINITE
            and not (k + 1 < len(self.doc) and is_name_word(self.doc[k + 1]))
            for k in range(max(1, mention.start - MAX_UNNAMED_DISTANCE), mention.start)
        )

    def _described_by_a_common_noun(self, mention: Mention) -> bool:
        """A role told apart by another person's ("o advogado do jogador", "a mãe do
        taxista") or by a person's name ("o advogado de Maluf"): someone the text never
        named, not the person in focus (who may be that other person), or by one of
        several ("o chefe de um dos distritos"); not "o chefe da pasta", the head of a
        body."""
        doc = self.doc
        return any(
            doc[k].lower_ in OF
            and (
                (doc[k + 1].is_lower and self.nouns.head(doc[k + 1].text))
                or self.names.person_at(k + 1) is not None
                or doc[k + 1].lower_ in INDEFINITE  # "o chefe de um dos distritos"
                or self._described_person_at(k + 1)  # "o pai do menino Joaquim"
            )
            for k in range(mention.start + 1, mention.end - 1)
        )

    def _described_person_at(self, k: int) -> bool:
        """Whether a noun for a person that is no role opens the name at ``k + 1``: "do
        menino Joaquim", not "do mensalão Marcos Valério"."""
        return (
            k + 1 < len(self.doc)
            and self._lower[k] in PERSON_NOUNS
            and self.names.person_at(k + 1) is not None
        )

    def _described_client_at(self, name: int) -> bool:
        """Whether the name at token ``name`` follows "do"/"da" and a noun for a person
        that is no role: "do menino Joaquim", a role's complement ("o pai do …")."""
        return name >= 2 and (
            self._lower[name - 2] in CONTRACTED_ARTICLES and self._described_person_at(name - 1)
        )

    def _introduced_as(self, mention: Mention) -> str | None:
        """The person the text introduced with this description's noun, right before
        their name: "a pianista" after "da pianista Sônia Rubinsky" (the latest one)."""
        doc = self.doc
        head = mention.start + 1 if doc[mention.start].lower_ in ARTICLES else mention.start
        noun = doc[head].lower_
        found = None
        for (start, _words), name in zip(self.names.people, self.names.people_names(), strict=True):
            if start >= mention.start:
                break
            if start and doc[start - 1].lower_ == noun:
                found = name
        return found

    def _name_inside(self, mention: Mention) -> str | None:
        """A person's name closing a role phrase with no comma before it: "o cientista
        político da Consultoria Tendências Rafael Cortez"."""
        doc = self.doc
        # the last given name that opens a name, not one inside it ("Maria Helena Silva"):
        # "da Fundação Getúlio Vargas Matias Spektor" is Spektor, not the foundation's
        for i in range(mention.end - 2, mention.start + 1, -1):
            if doc[i - 1].lower_ in OF or is_first_name(doc[i - 1].text):
                continue  # "o advogado de Joesley Batista": the client, not the lawyer
            if doc[i - 2].lower_ in OF and self.nouns.head(doc[i - 1].text):
                continue  # "o advogado do ex-governador Sandoval Cardoso": likewise
            if self._described_client_at(i):
                continue  # "o pai do menino Joaquim": the boy, not his father
            # a name a recogniser found, maybe run on from the body's: "o sargento do
            # Corpo de Bombeiros Welder Alves Justino"
            person = self.names.person_at(i) if doc[i].ent_type_ in ("PER", "ORG") else None
            tagged = person is not None and person.end == mention.end
            if tagged or (is_first_name(doc[i].text) and is_name_word(doc[i + 1])):
                end = name_end(doc, i, mention.end)
                if end == mention.end:
                    fullest = self.names.fullest(Mention(i, end, "name"))
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
            if is_verb_word(token, self.verbs) or token.lower_ in WHO:
                return None
            if k - 1 > mention.start + 1 and token.is_lower and self.nouns.head(token.text):
                return None  # "pai da médica reumatologista Gabriela Munhoz": hers
            if self._described_client_at(k):
                return None  # "o pai do menino Joaquim": the boy's
            if self._in_quote(k) or token.lower_ in BEFORE_A_COMPLEMENT:
                continue  # "o advogado de Lula": his client; "em São Francisco": a place
            if token.text[:1].isupper() and not self.nouns.head(token.text):
                continue  # "de San Francisco", "Los Angeles": the rest of a place's name
            named = self.names.person_at(k)
            if named is not None:
                return self.names.fullest(named)
        return None

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
        return self.names.gender(name)

    def antecedent(
        self, position: int, gender: str | None, plural: bool, topics_only: bool = False
    ) -> Referent | None:
        """Most recent speaker or subject before ``position`` that agrees in gender and number.

        Without one, the last person named (unless ``topics_only``).
        """
        for referent in reversed(self.history):
            if referent.position >= position or referent.name is None:
                continue
            if plural != referent.plural:
                continue  # "eles" are people, not the body named last
            if not plural and referent.is_org:
                continue
            if gender and referent.gender and gender != referent.gender and not plural:
                continue
            if plural or topics_only:
                return referent
            return self._named_since(referent, position, gender) or referent
        if plural or topics_only:
            return None
        # a pronoun in a text's first sentence may point ahead ("Segundo ele, …")
        first_sentence = position < self._first_sentence_end
        return self._recent_person(position, gender, ahead=first_sentence)

    def _named_since(
        self, referent: Referent, position: int, gender: str | None, first_time: bool = False
    ) -> Referent | None:
        """The one person named in full (not after "em", "na", …), not as a subject, in the
        sentence before the pronoun's, since ``referent`` was the topic: "A GreenAnt, de
        Pedro Bittencourt, aposta … Ele conta que …" is Bittencourt, not the subject of
        three sentences ago.
        Not when that sentence has a subject of its own no name gives ("o juiz negou",
        "Ele fala da pressão sobre Jacques Wagner") or an unnamed speaker; with
        ``first_time`` (a quote's dropped subject), someone the text names there for the
        first time as the subject of a clause (a verb after the name and its asides)."""
        starts = [start for start, _end in self._sentence_ranges if start <= position]
        if len(starts) < 2 or referent.position >= starts[-2]:
            return None
        pairs = list(zip(self.names.people, self.names.people_names(), strict=True))
        named = {
            (name, len(words) > 1)
            for (start, words), name in pairs
            if starts[-2] <= start < position
            and not self._in_quote(start)
            and not (start and self._lower[start - 1] in PLACE_PREPOSITIONS)  # "na Singularity"
        }
        names = {name for name, _full in named}
        if len(names) != 1 or not any(full for _name, full in named):
            return None  # a lone word ("a miniatura da Mulher Maravilha") introduces no one
        if first_time and any(start < starts[-2] and name in names for (start, _), name in pairs):
            return None  # "… a suspeição contra Marcelo Bretas": named before, not brought in
        if first_time and not any(
            self._acts_after(start + len(words), position)
            for (start, words), name in pairs
            if starts[-2] <= start < position and name in names
        ):
            return None  # "agradeceu a presença do prefeito, Arthur Virgílio Neto, que …"
        if self._role_subject_in(starts[-2], position) or any(
            r.name is None and not r.plural and starts[-2] <= r.position < position
            for r in self.history
        ):  # "…, avalia o professor de Ética na Unicamp Roberto Romano": a speaker unnamed
            return None
        if any(self._lower[k] in ("ele", "ela") for k in range(starts[-2], position)):
            return None  # "Ele fala da pressão sobre o ministro, Jacques Wagner": still him
        name = next(iter(names))
        found = self._gender(name)
        if gender and found and found != gender:
            return None
        return Referent(position, name, found, False, False, None)

    def _role_subject_in(self, start: int, end: int) -> bool:
        """Whether a role with no name is a verb's subject in ``[start, end)``: "Ao autorizar
        a prisão de Geddel, o juiz negou …" ("o juiz Name" or "ajudava o pai" are not)."""
        for k in range(max(start, 1), end):
            if self._lower[k - 1] in ROLE_ARTICLES and self.nouns.head(self._lower[k]):
                verb = role_end(self.doc, k, end)
                while verb + 1 < end and self._lower[verb] in BEFORE_A_VERB:
                    verb += 1  # "o advogado não integra a defesa"
                if verb < end and is_verb_word(self.doc[verb], self.verbs):
                    return True
        return False

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
        pairs = zip(self.names.people, self.names.people_names(), strict=True)
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
                if referent.spoke or self.names.mentions(referent.name) > 1:
                    return referent.name
        names = self.names.people_names()
        for (start, _words), name in zip(reversed(self.names.people), reversed(names), strict=True):
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
            for (start, _words), name in zip(self.names.people, names, strict=True)
            if start > position
            and name not in exclude
            and not self._in_quote(start)
            and (gender is None or self._gender(name) in (None, gender))
        )
        return next(following, None)

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
            span = (since + 1, role.start)
            if guessed.name is not None and guessed.name in self.names.named_in(span):
                return guessed
        if topic is not None and spoken:
            # "… era como a modista Isabel Alves, 23 anos, definia sua vida. «…», conta."
            introduced = self._named_since(topic, position, None, first_time=True)
            return introduced or self.speaking(topic, position)
        if topic is not None:
            return topic
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

    def main_speaker(self, position: int) -> Referent | None:
        """The person quoted most often before ``position``, if more often than anyone
        else (the latest of them as the history holds it)."""
        counts = Counter(
            r.name
            for r in self.history
            if r.position < position and r.spoke and r.name and not (r.is_org or r.plural)
        )
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        name = ranked[0][0]
        return next(r for r in reversed(self.history) if r.name == name and r.position < position)

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
            if referent.plural:
                continue  # "mas eles responderam que …": a group, no one's words after it
            if referent.name is not None or referent.spoke:
                return referent
        return None

    def add(self, referent: Referent) -> None:
        """Record a speaker or subject; the history stays in document order."""
        index = len(self.history)
        while index and self.history[index - 1].position > referent.position:
            index -= 1
        self.history.insert(index, referent)


#: The most tokens back to the defence a text named by its client ("a defesa de Lula").
MAX_DEFENCE_DISTANCE = 300
#: The most tokens back to where a text brought someone in unnamed ("Uma mulher …").
MAX_UNNAMED_DISTANCE = 80
#: Nouns of people a story happened to, not of an office: of the quotes whose speaker
#: such a noun named on rounds 50–59 and the person in focus was guessed for, the gold
#: files gave no name to 20, another person to 3 and that person to none.  Not the
#: nouns that as often describe the person just introduced: "o morador (do bairro X)",
#: "o homem que dirige o departamento", "o piloto da Lagos Team", nor "a mãe", "o pai",
#: whom a family's story is about.
PARTICIPANTS = frozenset(
    {"vítima", "vítimas", "suspeito", "suspeita", "garota", "garoto", "menino", "jovem"}
    | {"família", "preso", "presa", "turista", "apostador", "apostadora", "cliente"}
    | {"funcionário", "funcionária", "passageiro", "passageira", "motorista", "testemunha"}
    | {"criança", "rapaz", "moça", "vizinho", "vizinha", "torcedor", "torcedora"}
)
#: The most tokens between a role phrase and the name it gives ("em sanções", ", (UFV)",
#: "em cultura e comunicação").
MAX_NAMING_GAP = 4
#: Words after which a name is a role's complement, not the name it gives.
BEFORE_A_COMPLEMENT = (
    OF
    | TO
    | ARTICLES
    | PLACE_PREPOSITIONS
    | {"num", "numa", "para", "com", "por", "pelo", "pela", "sobre", "entre", "contra", "após"}
    | {"e"}
)


#: The most tokens between a description opening a sentence and the name apposed to it.
MAX_APPOSED_SUBJECT_GAP = 30


def _past_place_aside(doc: Doc, comma: int, end: int) -> int:
    """The comma closing a place set off after a role, before the name: "o ex-presidente
    da Câmara de Resende, no Rio, Jeremias Casemiro"; else ``comma``."""
    if comma + 2 >= end or doc[comma + 1].lower_ not in PLACE_PREPOSITIONS:
        return comma
    window = range(comma + 2, min(end, comma + 2 + MAX_PLACE_WORDS + 1))
    closing = next((k for k in window if doc[k].text == ","), None)
    if closing is None or closing == comma + 2:
        return comma
    named = all(is_name_word(t) or t.lower_ in OF for t in doc[comma + 2 : closing])
    return closing if named and doc[comma + 2].text[:1].isupper() else comma


#: The most words of a place set off between a role and a name ("no Rio Grande do Sul").
MAX_PLACE_WORDS = 5


def _name_words(span: Span) -> set[str]:
    """The words of a name as role modifiers: "Luiz Inácio Lula da Silva" tells "o
    advogado de Lula" apart."""
    return {t.lower_ for t in span if t.is_alpha and t.lower_ not in NAME_PARTICLES}


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
            if (
                name is not None
                and name.kind == "name"
                and name.end < end
                and doc[name.end].text == ","
            ):
                return name
    return None


def _dialogue_paragraphs(texts: Sequence[str], spaced: Sequence[bool]) -> list[bool]:
    """For each token (its text, and whether a space follows it), whether its paragraph
    opens with a dialogue dash ("- Poderíamos …")."""
    flags: list[bool] = []
    opened, at_start = False, True
    for text, space in zip(texts, spaced, strict=True):
        if at_start and not text.isspace():
            opened = text in DIALOGUE_DASHES and space
            at_start = False
        flags.append(opened)
        if "\n" in text:  # a line break is a token of its own
            opened, at_start = False, True
    return flags
