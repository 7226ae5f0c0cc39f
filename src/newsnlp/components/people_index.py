"""Who a document names, and under which fullest name.

:class:`PeopleIndex` finds every person's name in a Doc once (recognised entities and
capitalised runs, less the capitals that are no one's name) and answers what
:class:`~newsnlp.components.speaker_resolver.SpeakerResolver` asks of them: the fullest
name a mention stands for, whether a mention is a person, how often someone is named.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from ..folding import fold, strip_accents
from ..resources import read_lines
from .entity_rules import (
    LINK_IMPERATIVES,
    PARTICIPLE_ENDINGS,
    is_adverb_form,
    is_capitals_word,
    is_known_place,
    listed_genders,
)
from .name_spans import (
    DIALOGUE_DASHES,
    INDEFINITE_PRONOUNS,
    NAME_SUFFIXES,
    body_before_person,
    classify_entity,
    contains_words,
    entity_at,
    entity_pieces,
    is_first_name,
    is_name_word,
    looks_like_person,
    name_end,
    person_after_place,
)
from .quote_context import SER_FORMS, looks_infinitive
from .role_phrases import PLACE_NOUNS, name_after_title_modifiers, titled_name_start
from .speaker_lexicon import (
    ABSTRACT_NOUN_ENDINGS,
    ADVERBS,
    ARTICLES,
    FINITE_IRREGULARS,
    MAX_ROLE_TOKENS,
    NAME_PARTICLES,
    OF,
    OPENING_PARTICLES,
    ROLE_PREFIXES,
    WHO,
    Mention,
    SpeakerNouns,
    demonyms,
    narrates,
)
from .speakers import MAX_ASIDE_TOKENS, WEEKDAYS
from .timex import package_lexicon
from .verb_forms import regular_forms

if TYPE_CHECKING:
    from .speaker_resolver import Referent


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


#: Present-tense endings of a verb after a one-word subject ("Smoot pensa", "Lula defende").
PRESENT_ENDINGS = ("a", "e")


#: Two capitalised words a scrape glued together ("VictorMinistério"): a lower-case
#: run of three letters or more before a capital ("McCartney", "DiCaprio" have less).
GLUED_WORDS = re.compile(r"[a-zà-ÿ]{3}[A-ZÀ-Þ]")


#: Particles before a last surname ("Adelino Sanchez Ramos da Silva"); "der" only
#: ever follows "van".
SURNAME_PARTICLES = NAME_PARTICLES - {"der"}


#: How many asides may stand between a subject and its verb.
MAX_ASIDES = 3


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


#: Articles before a role, which show its gender ("a presidente", "o ex-presidente").
ROLE_ARTICLES = {**GENDERED_ARTICLES, "o": "M", "a": "F"}


#: Outlets a quote is given to, whose name may run into the speaker's ("à Folha Antonio …").
NEWS_OUTLETS = frozenset(
    {"folha", "lusa", "reuter", "reuters", "efe", "afp", "expresso", "globo", "estadão"}
)


def _calendar_words() -> frozenset[str]:
    """Months, weekdays and "hoje", "ontem", "amanhã" from the dates lexicon: never a
    person, whatever a model tags them ("Amanhã pode ser o vizinho"); not "marco", a
    spelling of March that is also a given name ("março" is none)."""
    lexicon = package_lexicon()
    words = (*lexicon.months, *lexicon.weekdays, *lexicon.day_words)
    return frozenset(
        word
        for word in words
        if " " not in word and not (word == fold(word) and is_first_name(word))
    )


CALENDAR_WORDS = _calendar_words()


#: Words opening a source phrase, which a weak model may take into a name at a
#: sentence's start ("Conforme Müller").
SOURCE_WORDS = frozenset({"conforme", "segundo", "consoante", "para", "como"})


#: The most words a heading or a verb run into a name may take ("Parque Augusta Haddad").
MAX_RUN_IN_WORDS = 2


#: The fewest letters of a capitalised verb form taken for no name ("Sendo", "Chegou").
MIN_VERB_LETTERS = 5


#: Endings of a gerund or a preterite, capitalised at a sentence's start: "Atuando",
#: "Aumentou alguma coisa?".
VERB_ENDINGS = ("ando", "endo", "indo", "ou")


#: Words after a participle that open what someone was asked about, never after a
#: surname of that ending: "Questionado se pretende deixar o Rio, Bretas …",
#: "Perguntado sobre a delação, …".
ASKED_ABOUT = frozenset({"se", "sobre"})


#: Adjectives that open a sentence about someone, never a name: "Última testemunha a
#: depor, Fabiana …", "Única carioca entre as jovens, ela …".
RANKING_ADJECTIVES = frozenset(
    {"último", "última", "últimos", "últimas", "único", "única", "primeiro", "primeira"}
)


#: Conjunctions that open a clause, capitalised at a sentence's start, and are no stop words.
CONJUNCTIONS = frozenset({"caso", "apesar", "embora", "mesmo", "enquanto", "conforme"})


#: Endings of a verb's future, capitalised at a sentence's start: "Haverá", "Poderão".
FUTURE_ENDINGS = ("ará", "erá", "irá", "arão", "erão", "irão")


#: Possessives that open a programme's or a work's name, never a person's: "Minha Casa,
#: Minha Vida", "Nossa Senhora", "Meu Primeiro Emprego".
POSSESSIVE_OPENERS = frozenset(
    {"minha", "minhas", "meu", "meus", "nossa", "nossas", "nosso", "nossos", "sua", "seu"}
)


#: Prepositions that open sentences, capitalised, never a name: "Durante entrevista, …".
OPENING_PREPOSITIONS = frozenset({"durante", "após", "apesar", "diante", "desde", "perante"})

#: Sentence adverbs a weak model may tag as a person when they open a sentence
#: ("Afinal, o que é decoro?", "Jamais imaginei …"); spaCy lists none as a stop word.
OPENING_ADVERBS = frozenset(
    {"afinal", "jamais", "enfim", "aliás", "inclusive", "sobretudo", "contudo", "todavia"}
    | {"entretanto", "portanto", "talvez", "tampouco", "decerto", "outrossim"}
)


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


#: A surname alone this long may match a full name's surname spelt one letter apart.
MIN_FUZZY_SURNAME = 7
#: rapidfuzz ratio (0-100) for that match: "Kirckpatrick" / "Kirkpatrick" is 96.
SURNAME_SIMILARITY = 90.0


def past_asides(doc: Doc, comma: int, verbs: Container[str]) -> int:
    """The word after the asides set off by commas from ``comma`` on, or ``comma``.

    "Moutinho, por seu lado, afirma"; "Luciana Antônio, do Dharma Turismo, em São
    Paulo, destacou": up to MAX_ASIDES of them, none with a verb or opening on a
    name, nor running past the sentence, the last before a verb of narration (else only
    the first is passed).
    """
    passed: list[int] = []
    k = comma
    while len(passed) < MAX_ASIDES and k < len(doc) and doc[k].text == ",":
        window = range(k + 1, min(len(doc), k + MAX_ROLE_TOKENS))
        stop = next((j for j in window if doc[j].text in ",.;:!?"), None)
        closing = stop if stop is not None and doc[stop].text == "," else None
        if closing is None or closing + 1 >= len(doc) or is_name_word(doc[k + 1]):
            break  # another name, no aside: "Celso Sabino, o secretário …, Milton …,"
        if any(is_verb_word(doc[j], verbs) and not doc[j].is_stop for j in range(k + 1, closing)):
            break  # a clause, no aside ("seu" is no verb in -eu)
        passed.append(closing + 1)
        if is_verb_word(doc[closing + 1], verbs):
            return closing + 1
        k = closing
    if passed and passed[0] - comma <= MAX_ASIDE_TOKENS:
        return passed[0]
    return comma


def is_verb_word(token: Token, verbs: Container[str]) -> bool:
    """A lower-case verb of narration or speech ("destacou", "vê", "afirma")."""
    return token.text.islower() and (narrates(token.lower_) or token.lower_ in verbs)


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
    for title in (start, start - 1):  # the title itself may lie outside the name
        if title >= 0 and doc[title].text[:1].isupper() and nouns.head(doc[title].text):
            named = name_after_title_modifiers(doc, title, end)
            if named is not None:  # "Consultor Internacional Igor Pipolo"
                start = named
                break
    if start > 0 and doc[start - 1].lower_ in OF and body_before_person(doc[start:end], nouns):
        start += 1  # "da Nasa Aaron Parness"
    if (
        start > 1
        and start + 2 < end
        and (doc[start - 1].lower_ in OF or doc[start - 1].lower_ == "e")
        and doc[start - 2].text[:1].isupper()
        and not is_first_name(doc[start].text)
        and is_first_name(doc[start + 1].text)
    ):
        start += 1  # "Vara da Infância e Juventude Alessandro Viana": the body's last word
    if (
        start + 2 < end
        and (start == 0 or doc[start - 1].text in (".", "!", "?") or doc[start - 1].is_space)
        and (
            doc[start].is_stop
            or doc[start].lower_ in CONJUNCTIONS
            or _participle(doc[start])  # "Nascida Heraldo Araújo, Afrodite …"
        )
        and is_first_name(doc[start + 1].text)
    ):
        start += 1  # a word opening the sentence: "Caso António Costa continue …", not
        # a given name no list knows: "Roderlei Carlos Alessi, de 51 anos, …"
    if start + 2 <= end - 1 and opens_sentence(doc, start) and doc[start].lower_ in demonyms():
        start += 1  # "Brasileiro Ivair Gontijo narra …": where he is from
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
        not opens_sentence(doc, start)
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
        not opens_sentence(doc, t.i) for t in _written_alone(doc, word.text, word.i, positions)
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


def _word_positions(texts: Sequence[str]) -> dict[str, list[int]]:
    """Each word of a text with the indices of its tokens, in order: built once, so the
    checks that look for a name's words elsewhere need not scan the whole text."""
    positions: defaultdict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        positions[text].append(i)
    return dict(positions)


def opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens the text, a sentence or a line (so is capitalised anyway)."""
    previous = doc[i - 1] if i else None
    return previous is None or previous.text in SENTENCE_OPENERS or "\n" in previous.text


def as_written_name(words: Iterable[str], keep_short: bool = False) -> str:
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


def never_a_name(token: Token) -> bool:
    """A month, a weekday, a day word ("Amanhã"), an adverb in -mente, a preposition
    (alone or joined to a pronoun or a demonstrative) or a source phrase's opener
    ("Conforme informou a assessoria"), an indefinite pronoun, a
    possessive, a sentence adverb, a ranking adjective, a verb in the future, the gerund or the
    preterite, a noun of an abstract ending that is no given name, a participle
    before what someone was asked, or a preterite or participle opening the sentence
    before a comma: "Novembro", "Finalmente", "Durante", "Nestes", "Ninguém", "Outro",
    "Minha", "Última", "Haverá", "Atuando", "Aumentou", "Colisão" (not "Conceição"),
    "Questionado se", "Gesticulou,", "Casada,"."""
    lower = token.lower_
    return (
        lower in CALENDAR_WORDS
        or lower.endswith("mente")
        or lower in CONTRACTED_PRONOUNS
        or lower in INDEFINITE_PRONOUNS
        or lower in ("outro", "outra", "outros", "outras")
        or lower in RANKING_ADJECTIVES
        or lower in POSSESSIVE_OPENERS
        or lower in OPENING_PREPOSITIONS
        or lower in OPENING_ADVERBS
        or lower in SOURCE_WORDS
        or (lower.endswith(ABSTRACT_NOUN_ENDINGS) and not is_first_name(token.text))
        or (lower.endswith(FUTURE_ENDINGS) and not is_first_name(token.text))
        or (lower.endswith(VERB_ENDINGS) and _opens_a_phrase(token))
        or (lower.endswith((*VERB_ENDINGS, *PARTICIPLE_ENDINGS)) and _set_off_opening(token))
        or (_participle(token) and _opens_a_phrase(token) and token.nbor().lower_ in ASKED_ABOUT)
    )


def _place_after_em(doc: Doc, i: int) -> int | None:
    """End of the capitalised run at ``i`` after "em" when no given name is in it: a
    place the recogniser does not know ("em Pato Branco"), not "em Daniel Falcão"."""
    end = name_end(doc, i, len(doc))
    return None if any(is_first_name(t.text) for t in doc[i:end]) else end


def _set_off_opening(token: Token) -> bool:
    """A capitalised word of five letters or more, no given name, opening its sentence
    and set off by a comma: "Gesticulou, mirou firme …", "Casada, criou sete filhos"."""
    return (
        len(token.text) >= MIN_VERB_LETTERS
        and token.i + 1 < len(token.doc)
        and token.nbor().text == ","
        and opens_sentence(token.doc, token.i)
        and not is_first_name(token.text)
    )


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


def verb_as_name(span: Span) -> bool:
    """One verb a model tagged as a name ("Resta saber", "Respondi que não")."""
    return len(span) == 1 and span[0].pos_ in ("VERB", "AUX")


@lru_cache(maxsize=1)
def _leading_non_names() -> frozenset[str]:
    """Capitalised words a run of capitals may start with that open no person's name:
    one-word places ("Brasil") and news outlets ("Folha")."""
    places = {line.casefold() for line in read_lines("places.txt") if " " not in line}
    return frozenset(places | NEWS_OUTLETS)


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


def run_in_prefix(
    words: tuple[str, ...], texts: Sequence[str], named_at: Mapping[tuple[str, ...], list[int]]
) -> int:
    """How many of a name's first words a lost line break ran into it, when the text
    also names the rest without them (``named_at``: each name's positions in ``texts``,
    the Doc's words): "apoio a Fachin Cármen Lúcia informou" (a headline's last word) is
    Cármen Lúcia, "ex-prefeito de Aparecida de Goiânia Maguito Vilela" is Maguito
    Vilela.  The words before must hold no given name ("Maria Cármen Lúcia" may be a
    name), or end in a place after a particle ("Vitória da Conquista")."""
    return next(
        (
            k
            for k in range(1, len(words) - 1)
            if any(
                tuple(texts[max(0, at - k) : at]) != words[:k] for at in named_at.get(words[k:], ())
            )
            and (
                (is_first_name(words[k]) and not any(is_first_name(w) for w in words[:k]))
                or _ends_in_a_place(words[:k])
            )
        ),
        0,
    )


def _ends_in_a_place(words: tuple[str, ...]) -> bool:
    """Whether the words are a place's name or end in one after a particle: "Vitória da
    Conquista", "Aparecida de Goiânia"."""
    return any(
        (q == 0 or words[q - 1].lower() in NAME_PARTICLES) and is_known_place(words[q:])
        for q in range(len(words))
    )


def _positions_by_name(
    names: Iterable[tuple[int, tuple[str, ...]]],
) -> dict[tuple[str, ...], list[int]]:
    """Each name (as written) with the positions the text gives it at."""
    named_at: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)
    for position, name in names:
        named_at[name].append(position)
    return dict(named_at)


#: How often a text must call someone by a given name alone, before it writes a fuller
#: name with that given name, for the given name to stay that person's own.
MIN_ALONE_BEFORE_FULLER = 3


#: Nouns that introduce a person as someone's child or grandchild: "seu filho, dr. X Filho".
KIN_NOUNS = frozenset({"filho", "filha", "neto", "neta", "sobrinho", "sobrinha"})
#: The most tokens between such a noun and the name.
KIN_WINDOW = 4


#: The most letters of a word in capitals that a model runs on after a name ("PS").
MAX_TRAILING_CAPITALS = 3


def _trailing_capitals(doc: Doc, start: int, end: int) -> bool:
    """Whether a name written in small letters ends in a short word in capitals, no part
    of it: "Aécio Neves PS" (a letter's postscript), "Maria Souza RJ"."""
    last = doc[end - 1].text
    return (
        last.isupper()
        and last.isalpha()
        and len(last) <= MAX_TRAILING_CAPITALS
        and not doc[start].text.isupper()
    )


#: Verbs whose subject is an event or a thing, never someone acting: "Fato aconteceu".
EVENT_VERB_FORMS = frozenset(
    form
    for verb in ("acontecer", "ocorrer", "custar", "durar", "bastar", "faltar")
    for form in regular_forms(verb)
)


class PeopleIndex:
    """The people a Doc names, each under the fullest name the text gives them."""

    def __init__(
        self,
        doc: Doc,
        ents: Sequence[Span],
        nouns: SpeakerNouns,
        verbs: Container[str],
        history: Sequence[Referent],
    ) -> None:
        """ents: ``doc.ents``, read once.  verbs: speech verbs' word forms, which end a
        capitalised run ("Explica Américo Ramalho: …") and show a name acting.  history:
        the resolver's speakers and subjects, which it goes on adding to: of two people a
        short name fits, the one who spoke last is meant.
        """
        self.doc = doc
        self.nouns = nouns
        self.verbs = verbs
        self.ents = ents
        self.history = history
        # what the pipeline annotated, read once: each check scans every token
        self._tagged = doc.has_annotation("POS")
        #: Each token's text, read once: indexing a Doc builds a Token each time.
        self.texts = [token.text for token in doc]
        #: Where each word stands in the text, for the scans a name's checks make.
        self._positions = _word_positions(self.texts)
        self._lowercase_words: set[str] | None = None
        self._article_words: set[str] | None = None
        self._bare: set[str] | None = None
        self._folded: list[tuple[str, ...]] | None = None
        self._fullest_people: list[str] | None = None
        self._own_given_names: dict[str, bool] = {}
        #: Every person's name in the document with its position, in order.
        self.people = self._people()

    def _people(self) -> list[tuple[int, tuple[str, ...]]]:
        """Every person's name in the document with its position (entities, capitalised runs)."""
        doc = self.doc
        names: list[tuple[int, tuple[str, ...]]] = []
        covered: set[int] = set()
        for ent in (piece for whole in doc.ents for piece in entity_pieces(doc, whole)):
            person = person_after_place(ent)
            if person is not None:  # "… do Rio de Janeiro Andréa Souza Santos"
                names.append((person, tuple(t.text for t in doc[person : ent.end])))
                continue
            titled = titled_name_start(ent, self.nouns)
            if titled is not None:
                names.append((titled, tuple(t.text for t in doc[titled : ent.end])))
                continue  # "Dr. Samuel Almond": the name after the title
            if classify_entity(ent, self.nouns) != "name" or verb_as_name(ent):
                continue
            if ent[0].lower_ in POSSESSIVE_OPENERS:
                continue  # "Minha Casa, Minha Vida": a programme a model took for people
            if self._doubtful_single_name(ent):
                continue  # "Curioso, …", "Novembro": a capital a model took for a person
            if is_known_place([t.text for t in ent]):
                continue  # "Delaware": a place a model took for a person
            start = _past_swept_words(doc, ent.start, ent.end, self.nouns, self._positions)
            if self.thing_name(start):
                continue  # "o Hubble", "do Contender Series": a thing's name
            if photo_credit(doc, ent.start, ent.end):
                continue  # "John Pacheco/G1" under a photo: no one the text is about
            end = self._own_name_end(start, self._particles_surname_end(ent))
            start, end = self._past_untagged_name_words(start, end)
            names.append((start, tuple(t.text for t in doc[start:end])))
            covered.update(range(start, end))
        texts = self.texts
        i = 0
        while i < len(doc):
            if i in covered:
                i += 1  # a tagged name's words the model left out
            elif not texts[i][:1].isupper() or texts[i].lower() in self.verbs:
                i += 1
            elif i and doc[i - 1].lower_ == "em" and (place_end := _place_after_em(doc, i)):
                i = place_end  # "em Pato Branco, no Paraná": a place, no one's name
            elif i and doc[i - 1].lower_ in PLACE_NOUNS:
                i = name_end(doc, i, len(doc))  # "à praia Ponta de Pedras": a place's name
            elif is_name_word(doc[i]) and not doc[i].ent_type_:
                end = name_end(doc, i, len(doc))
                swept = _past_swept_words(doc, i, end, self.nouns, self._positions)
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
                    and not self.thing_name(i)
                    and not photo_credit(doc, i, end)
                ):
                    names.append((i, tuple(t.text for t in doc[i:end])))
                i = end
            else:
                i += 1
        named_at = _positions_by_name(names)
        cuts = [
            (start, words, run_in_prefix(words, self.texts, named_at)) for start, words in names
        ]
        return sorted(
            self._with_joined_surname(start + cut, words[cut:]) for start, words, cut in cuts
        )

    def _past_untagged_name_words(self, start: int, end: int) -> tuple[int, int]:
        """A tagged name with the given names a model left untagged before it ("Zé
        Augusto" of "Deputado Zé Augusto Nalin"), and the surnames after one ending in a
        given name ("João Augusto" of "João Augusto Figueiredo de Oliveira Jr")."""
        doc, texts = self.doc, self.texts
        while (
            start
            and doc[start - 1].ent_iob_ == "O"
            and texts[start - 1][:1].isupper()
            and is_first_name(texts[start - 1])
            and texts[start - 1].lower() not in self.verbs
        ):
            start -= 1
        if (
            end < len(doc)
            and is_first_name(texts[end - 1])
            and doc[end].ent_iob_ == "O"
            and is_name_word(doc[end])
            and texts[end].lower() not in self.verbs
            and not self.nouns.head(texts[end])
            and not self.nouns.is_body(texts[end])
            and not is_known_place(texts[end : end + 1])
        ):
            end = self._own_name_end(start, name_end(doc, end, len(doc)))
        return start, end

    def _folded_people(self) -> list[tuple[str, ...]]:
        """``people``'s names without case or accents (computed once, when first asked)."""
        if self._folded is None:
            self._folded = [tuple(strip_accents(w) for w in name) for _, name in self.people]
        return self._folded

    @cached_property
    def _tagged_people(self) -> set[tuple[str, ...]]:
        """Names a model or the recogniser tagged as a person (PER), whole."""
        return {tuple(t.text for t in e) for e in self.ents if e.label_ == "PER"}

    def thing_name(self, start: int) -> bool:
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
            texts = self.texts
            after_determiner = [False] + [text.lower() in DETERMINED for text in texts[:-1]]
            determined = {text for text, d in zip(texts, after_determiner, strict=True) if d}
            self._bare = {
                text
                for i, (text, d) in enumerate(zip(texts, after_determiner, strict=True))
                if not d and not (text in determined and opens_sentence(self.doc, i))
            }
        return self._bare

    def _doubtful_single_name(self, ent: Span) -> bool:
        """One word tagged a person that is more likely a capital: a month, an adverb in
        -mente, or a word opening a sentence that no first-name list knows, the text uses
        nowhere else, and no verb follows ("Curioso, …"; "Amaral disse" is a name)."""
        if len(ent) != 1:
            return False
        token = ent[0]
        if never_a_name(token):
            return True
        if not opens_sentence(self.doc, ent.start) or is_first_name(token.text):
            return False
        if len(self._positions.get(token.text, ())) > 1:
            return False  # the text writes it elsewhere too
        return not self.is_actor(Mention(ent.start, ent.end, "name"))

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
        tagged = [(e.start, tuple(t.text for t in e)) for e in self.ents if e.label_ == "PER"]
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
            for t in _written_alone(doc, word, at, self._positions)
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

    def person_at(self, start: int) -> Mention | None:
        """The name of ``people`` that starts at token ``start``, if one does."""
        words = self._people_by_start.get(start)
        return Mention(start, start + len(words), "name") if words is not None else None

    @cached_property
    def _people_by_start(self) -> dict[int, tuple[str, ...]]:
        """Each name in ``people`` by the token it starts at (the first, if two do)."""
        starts: dict[int, tuple[str, ...]] = {}
        for position, name in self.people:
            starts.setdefault(position, name)
        return starts

    def is_person(self, mention: Mention) -> bool:
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

    def is_actor(self, mention: Mention) -> bool:
        """Whether a name acts in its sentence, so is someone's, not a capital: one word
        followed by a finite verb ("Scartezzini elogiou …") or by a relative clause about
        it ("Pocock, que publicou …"); a name of more words only past an aside ("Nailza
        Porto, da equipe do Instituto …, falou")."""
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
        after = past_asides(doc, after, self.verbs)  # "Moutinho, por seu lado, afirma"
        while after + 1 < len(doc) and (
            doc[after].lower_ in ADVERBS or is_adverb_form(doc[after].text)
        ):
            after += 1  # "Goicoechea se aprestou", "Zas já disse", "Passa diariamente diante"
        token, following = doc[mention.start], doc[after]
        if mention.end - mention.start == 1 and following.is_lower and looks_infinitive(following):
            return False  # "Convém esclarecer", "Cabe lembrar": a verb, no one acting
        if following.lower_ in EVENT_VERB_FORMS:
            return False  # "Fato aconteceu na noite de quinta-feira": something, not someone
        if (
            following.lower_ in SER_FORMS
            and after + 1 < len(doc)
            and doc[after + 1].is_lower
            and looks_infinitive(doc[after + 1])
        ):
            return False  # "Meta é alcançar R$ 30 mil"
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
        if is_known_place((token.text,)) or self.common(token):
            return False  # "Lisboa recebe", "Ontem choveu"
        return narrates(verb) or (
            len(verb) >= 5 and verb.endswith(PRESENT_ENDINGS)  # "Smoot pensa que"
        )

    def common(self, token: Token) -> bool:
        """Whether the word is also written in lower case in the text (not a name)."""
        if self._lowercase_words is None:
            self._lowercase_words = {t.text for t in self.doc if t.text.islower()}
        return token.lower_ in self._lowercase_words

    def capital_by_position(self, mention: Mention) -> bool:
        """One word capitalised only because it opens a sentence, and written in lower case
        elsewhere in the text: "Receita", "Nenhuma" that a weak model tagged ORG."""
        doc = self.doc
        token = doc[mention.start]
        if mention.end - mention.start != 1 or token.text.isupper():
            return False
        return opens_sentence(self.doc, mention.start) and (token.is_stop or self.common(token))

    def common_word(self, mention: Mention) -> bool:
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
            and self.common(token)
            and not self._in_a_fuller_name(token.text)
        )

    def common_capital(self, mention: Mention) -> bool:
        """A common word capitalised by its place, and in no fuller name the text gives."""
        return self.capital_by_position(mention) and not self._in_a_fuller_name(
            self.doc[mention.start].text
        )

    def _in_a_fuller_name(self, word: str) -> bool:
        """Whether a name of two or more words the text gives contains ``word``."""
        return any(len(name) > 1 and word in name for _, name in self.people)

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
            or _trailing_capitals(doc, start, end)  # a letter's "Aécio Neves PS - …"
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

    def fullest(self, mention: Mention) -> str:
        """The longest name in the document that contains the mention's words.

        Case and accents aside ("Von der Leyen", "Jéssica" for "Jessica Andrade"); a
        long surname alone also matches one misspelt letter ("Kirckpatrick"); a word the
        text doubled by mistake counts once ("Paula Franco Franco"), and so does a name
        ("Dias Toffoli Dias Toffoli").
        """
        start = _past_swept_words(self.doc, mention.start, mention.end, self.nouns, self._positions)
        end = self._own_name_end(start, mention.end)
        start += run_in_prefix(tuple(self.texts[start:end]), self.texts, self._named_as_written)
        words = tuple(self.texts[start:end])
        folded = tuple(strip_accents(w) for w in words)
        shouted = all(w.isupper() for w in words)  # a heading's "JOSÉ ROBERTO BATOCHIO"
        best, best_at = words, start
        if shouted:  # the same name as the text writes it
            known = zip(self.people, self._folded_people(), strict=True)
            best = next((name for (_, name), f in known if f == folded and name != words), words)
        if len(words) == 1 and self._own_given_name(words[0]):
            return words[0]
        if len(words) == 1 and (latest := self._latest_with_given_name(words[0], start)):
            return " ".join(latest)
        folded_people = self._folded_people()
        # only a name holding the mention's first word can contain it
        candidates = (
            self._people_with_word.get(folded[0], ()) if folded else range(len(folded_people))
        )
        for k in candidates:
            (position, name), name_folded = self.people[k], folded_people[k]
            # a longer name that is another person's ("Luciano Zuppa", then his father
            # "Néstor Óscar Zuppa") is only as full as the first
            other = best is not words and not contains_words(
                name_folded, tuple(strip_accents(w) for w in best)
            )
            longer = len(name) > len(best) and not other
            # of two as full (Camila and Antônio Pitanga), the one named last before it,
            # unless the text already wrote the short name for the first ("Rodrigo Maia
            # … Maia …", then "Arthur Maia": "Maia" is still Rodrigo)
            as_full = (
                best is not words
                and (len(name) == len(best) or (other and len(name) > len(best)))
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
                and not self._child_of_a_named_parent(name_folded, folded)
                and not self._of_another_gender(name, words)
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
            return as_written_name(words)
        half = len(best) // 2
        if best[:half] == best[half:]:
            best = best[:half]  # a caption ran the name in twice: "Dias Toffoli Dias Toffoli"
        return " ".join(word for k, word in enumerate(best) if k == 0 or word != best[k - 1])

    def _latest_with_given_name(self, word: str, before: int) -> tuple[str, ...] | None:
        """Of two people the text names in full with the given name ``word`` before
        ``before`` ("João Augusto Figueiredo", the judge, then "João Carlos Fonseca
        Martins", the father), the one named last: "João" alone is him.  None unless
        there are two, or when the name written last fits both."""
        named = [(at, name) for at, name in self._full_names_with(word) if at < before]
        distinct = {name for _, name in named}
        fullest = {
            a for a in distinct if not any(b != a and contains_words(b, a) for b in distinct)
        }
        if len(fullest) < 2:
            return None
        latest = max(named)[1]  # "João Carlos", written short after "João Carlos Fonseca …"
        fitting = [name for name in fullest if contains_words(name, latest)]
        return fitting[0] if len(fitting) == 1 else None

    def _full_names_with(self, word: str) -> list[tuple[int, tuple[str, ...]]]:
        """The names of more than one word that open with the given name ``word``, with
        their positions."""
        return self._full_names_by_given_name.get(word, []) if is_first_name(word) else []

    @cached_property
    def _full_names_by_given_name(self) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
        """The names of more than one word in ``people`` by their first word, in order."""
        holders: defaultdict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        for at, name in self.people:
            if len(name) > 1:
                holders[name[0]].append((at, name))
        return dict(holders)

    def _own_given_name(self, word: str) -> bool:
        """Whether the text calls someone by the given name ``word`` alone at least
        MIN_ALONE_BEFORE_FULLER times before it first writes a fuller name with it, and
        brings that fuller name in with a role set off after it: a girl called "Maria"
        throughout a story is not "Maria Helena Vilela, diretora do Instituto Kaplan",
        quoted further down (but "Marcelo" is "Marcelo Odebrecht" written in full later).
        """
        if word not in self._own_given_names:
            self._own_given_names[word] = self._called_by_given_name_first(word)
        return self._own_given_names[word]

    def _called_by_given_name_first(self, word: str) -> bool:
        """``_own_given_name``, computed."""
        holders = self._full_names_with(word)
        if not holders:
            return False
        first_fuller, name = min(holders)
        texts = self.texts
        after = first_fuller + len(name)
        apposed = after + 1 < len(texts) and texts[after] == ","
        role = after + 2 < len(texts) and (
            self.nouns.head(texts[after + 1])
            or (texts[after + 1].lower() in ARTICLES and self.nouns.head(texts[after + 2]))
        )
        if not (apposed and role):
            return False
        alone = [
            token.i
            for token in _written_alone(self.doc, word, -1, self._positions)
            if token.i < first_fuller
            and not (
                token.i
                and texts[token.i - 1][:1].isupper()
                and not opens_sentence(self.doc, token.i)
            )
        ]
        return len(alone) >= MIN_ALONE_BEFORE_FULLER

    def _of_another_gender(self, name: tuple[str, ...], words: tuple[str, ...]) -> bool:
        """Whether a one-word name the text gives one gender ("o ex-presidente Lula", "do
        Lula") would go to a full name of the other ("Marisa Letícia Lula da Silva")."""
        if len(words) != 1:
            return False
        written = self._written_genders.get(words[0])
        listed = listed_genders().get(fold(name[0]))  # not a guess by ending: "Joshua"
        return written is not None and listed not in (None, written)

    @cached_property
    def _written_genders(self) -> dict[str, str]:
        """Each capitalised word's gender by the articles and roles right before it, the
        one they give most often ("o ex-presidente Lula", "do Lula"; a slip, "relacionado
        à Temer", is outvoted); words with no gender or a tie are left out."""
        votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
        texts, lower = self.texts, [text.lower() for text in self.texts]
        for at in range(1, len(texts)):
            if not texts[at][:1].isupper():
                continue
            before = lower[at - 1]
            if at > 1 and before in NAME_PARTICLES and texts[at - 2][:1].isupper():
                continue  # "Ramos da Silva": a particle inside a longer name, no article
            gender = GENDERED_ARTICLES.get(before)
            if gender is None and at > 1 and self.nouns.head(texts[at - 1]):
                # "o ex-presidente Lula": the role's gender, else its article's
                gender = self.nouns.gender_of(before) or ROLE_ARTICLES.get(lower[at - 2])
            if gender is not None:
                votes[texts[at]][gender] += 1
        genders = {}
        for word, counted in votes.items():
            ranked = counted.most_common()
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                genders[word] = ranked[0][0]
        return genders

    def _child_of_a_named_parent(self, name: tuple[str, ...], words: tuple[str, ...]) -> bool:
        """Whether ``name`` ends in "Filho", "Neto", … that ``words`` lack, the text
        introduces that name as someone's child and also names the parent: "José Alfredo
        Carvalho" and "seu filho, José Alfredo Carvalho Filho" are two people, and
        "Carvalho" is the father (not so "Cláudio Melo Filho", whom a text calls
        "Claudio Melo" too)."""
        if len(name) < 3 or name[-1].lower() not in NAME_SUFFIXES or words[-1] == name[-1]:
            return False
        return name[:-1] in self._folded_names and name in self._introduced_as_children

    @cached_property
    def _named_as_written(self) -> dict[tuple[str, ...], list[int]]:
        """Each name in ``people`` as written, with the positions the text gives it at."""
        return _positions_by_name(self.people)

    @cached_property
    def _folded_names(self) -> frozenset[tuple[str, ...]]:
        return frozenset(self._folded_people())

    @cached_property
    def _introduced_as_children(self) -> frozenset[tuple[str, ...]]:
        """Folded names a kinship noun stands shortly before: "seu filho, dr. X Filho"."""
        doc = self.doc
        return frozenset(
            folded
            for (position, _), folded in zip(self.people, self._folded_people(), strict=True)
            if any(t.lower_ in KIN_NOUNS for t in doc[max(0, position - KIN_WINDOW) : position])
        )

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
        positions = (position for position, _ in self.people)
        return _positions_by_name(zip(positions, self._folded_people(), strict=True))

    def _run_into_a_name(self, name: tuple[str, ...], words: tuple[str, ...]) -> bool:
        """Whether ``name`` is ``words``' name run into another person's the text gives
        on its own: "… importante”, diz Elaine Elon Musk quer colonizar …" (a headline
        after the text) is Elaine and Elon Musk, not a fuller name of Elaine's.  The
        other person must be named alone somewhere: "Sailson José das Graças" read as
        "de Sailson [José das Graças]" is still one man's name.  So is a surname alone of
        another person the text names in full, after a name it also gives without it."""
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
        # "Segundo senadora Gleisi Hoffmann Palocci mentiu": another man's surname run in,
        # when the text also names "Gleisi Hoffmann" without it, "Antonio Palocci" in full
        # and "Palocci" alone (not "Marco Aurélio Mello" beside "Celso de Mello")
        return (
            len(name) >= 3
            and name[-1].lower().rstrip(".") not in NAME_SUFFIXES | {"jr"}  # "Trump Jr"
            and contains_words(name[:-1], words)
            and name[:-1] in self._folded_names
            and name[-1:] in self._folded_names
            and any(
                len(other) >= 2 and other[-1] == name[-1] and other[0] not in name
                for other in self._folded_names
            )
        )

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

    def named_in(self, span: tuple[int, int]) -> frozenset[str]:
        """The fullest names of the people named inside the token range ``span``."""
        pairs = zip(self.people, self.people_names(), strict=True)
        return frozenset(name for (start, _words), name in pairs if span[0] <= start < span[1])

    def mentions(self, name: str | None) -> int:
        """How many times the text names the person whose fullest name is ``name``."""
        return self.people_names().count(name or "")

    def people_names(self) -> list[str]:
        """The fullest name of every name in ``people`` (computed once, when first asked)."""
        if self._fullest_people is None:
            self._fullest_people = [
                self.fullest(Mention(s, s + len(w), "name")) for s, w in self.people
            ]
        return self._fullest_people

    def gender(self, name: str) -> str | None:
        """The gender of the person whose fullest name is ``name`` by the article the text
        writes before one of their names ("a Dilma", "do Lula"), else by the first name."""
        for (start, _words), fullest in zip(self.people, self.people_names(), strict=True):
            if fullest == name and start and self.doc[start - 1].lower_ in GENDERED_ARTICLES:
                return GENDERED_ARTICLES[self.doc[start - 1].lower_]
        return gender_of_name(name)
