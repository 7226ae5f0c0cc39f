"""Rule-based people, places and organisations for the fallback pipeline: pure functions.

A *name run* is a stretch of capitalised words, possibly with name particles
inside ("Luiz Inácio Lula da Silva", "Ursula von der Leyen"); an all-caps word
("PSD", "EUA") is a run of its own.  Each run is classified, in this order:

1. a place of the gazetteer (countries, major cities with Portuguese exonyms,
   regions) -> LOC;
2. a name opening with an organisation head word ("Ministério da Saúde") or an
   acronym -> ORG (newsnlp_orgs, which runs next, gives catalogue ids);
3. after dropping sentence-initial function words and a leading title
   ("Presidente"): a run starting with a known given name, or introduced by a
   role noun ("o ministro Lavrov", "o secretário-geral da ONU, António
   Guterres") -> PER;
4. a lone surname of a person already found in the document -> PER;
5. else, a known place at the end of the run, after a particle -> LOC
   ("Relações Exteriores da Federação Russa").

Anything else is left alone: the fallback prefers missing a name to inventing one.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.pt.stop_words import STOP_WORDS

from ..folding import DE_FORMS, fold
from ..resources import DataError, read_lines, read_text
from .org_matching import find_acronym_definitions
from .speaker_lexicon import PLACE_PREPOSITIONS

PER, LOC, ORG = "PER", "LOC", "ORG"

#: Lowercase words that may sit inside a person's or place's name.
PARTICLES = frozenset(
    [
        "de",
        "da",
        "do",
        "das",
        "dos",
        "d'",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "la",
        "le",
        "du",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
    ]
)

#: Function words dropped from the start of a run (sentence-initial "Durante", "Nos").
LEADING_FUNCTION_WORDS = frozenset(fold(word) for word in [*STOP_WORDS, "há"]) - {
    fold(word) for word in ("conselho", "grupo", "estado", "nova", "novo", "geral", "grande")
}  # "há" ("Há 50 anos"), which spaCy's list lacks

#: A saint's title opening a name: mid-sentence, a place's ("de São Lourenço da Serra",
#: "em Santa Maria"), not the verb "são" nor a person's.
SAINTS = frozenset({"São", "Santo", "Santa"})

#: Prepositions before a town, never before a person's title: "em Presidente Prudente",
#: "de Governador Valadares" (one writes "do presidente Lula").
TOWN_PREPOSITIONS = frozenset({"em", "de", "para", "até"})

#: Capitalised words that open the next sentence, never a name's last: "… diz Paulo
#: Hartung Em busca de …" (a subheading glued to the text).
OPENING_WORDS = frozenset(
    {"em", "no", "na", "nos", "nas", "num", "numa", "com", "para", "por", "pelo", "pela"}
    | {"ao", "aos", "se", "que", "mas", "como", "quando", "apos", "ate", "sobre", "sem", "ha"}
    | {"primeiro", "primeira", "ultimo", "ultima"}  # "… Edson Fachin Primeiro a votar, …"
)

#: Imperatives that open a related link, run into a name when a page's layout is lost:
#: "… Eugênio Pacelli Leia também: …".
LINK_IMPERATIVES = frozenset({"leia", "saiba", "assista", "confira", "acesse", "clique"})

#: Months and weekdays, capitalised before the 1990 agreement ("25 de Março"): never names.
CALENDAR_SPELLINGS = frozenset(
    [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
        "domingo",
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
    ]
)
#: The same without accents, as texts may write them ("Marco" aside: also a given name).
CALENDAR_WORDS = frozenset(fold(word) for word in CALENDAR_SPELLINGS) - {"marco"}

ROLE_PREFIXES = ("vice-", "ex-", "sub-", "co-", "pró-")

#: Capitalised words that go on a title, not a name: "Consultor Federal", "Diretor
#: Executivo", "Secretário Nacional", "Procurador-Geral Adjunto".
TITLE_ADJECTIVES = frozenset(
    fold(word)
    for word in (
        "federal",
        "geral",
        "nacional",
        "regional",
        "estadual",
        "municipal",
        "executivo",
        "executiva",
        "adjunto",
        "adjunta",
        "especial",
        "substituto",
        "substituta",
        "interino",
        "interina",
        "titular",
    )
)

#: Words after which a name is a person (apposition): "..., Name Surname".
APPOSITION_WINDOW = 10
CLAUSE_BREAKS = frozenset('.;:!?()[]"«»“”')


@dataclass(frozen=True)
class Gazetteers:
    """Folded word lists the rules use; build with :func:`load_gazetteers`."""

    first_names: frozenset[str]
    places: frozenset[tuple[str, ...]]
    role_nouns: frozenset[str]
    org_heads: frozenset[str]
    #: all-caps words that are not organisations ("PIB", "IVA"), as written
    common_acronyms: frozenset[str] = frozenset()


def _words(name: str, entries: Iterable[str]) -> frozenset[str]:
    folded = frozenset(fold(entry) for entry in entries)
    bad = [entry for entry in entries if not entry.strip() or len(entry.split()) != 1]
    if bad:
        raise DataError(f"{name}: entries must be single words, got {bad[:3]}")
    return folded


def load_gazetteers(
    extra_first_names: Sequence[str] = (),
    extra_places: Sequence[str] = (),
    extra_role_nouns: Sequence[str] = (),
) -> Gazetteers:
    """The package's word lists plus the user's additions."""
    return Gazetteers(
        first_names=_words("first_names.txt", [*read_lines("first_names.txt"), *extra_first_names]),
        places=frozenset(
            place_key(place.split()) for place in [*read_lines("places.txt"), *extra_places]
        ),
        role_nouns=_words(
            "speaker_nouns.txt", [*person_roles(read_lines("speaker_nouns.txt")), *extra_role_nouns]
        ),
        org_heads=_words("org_head_words.txt", read_lines("org_head_words.txt")),
        common_acronyms=frozenset(read_lines("common_acronyms.txt")),
    )


def person_roles(lines: Iterable[str]) -> list[str]:
    """The roles and titles of people in ``speaker_nouns.txt`` lines (not bodies, not
    documents, not unnamed sources): the words that introduce a person's name."""
    return [
        line.split()[0]
        for line in lines
        if len(line.split()) == 1 or (len(line.split()) == 2 and line.split()[1] in ("M", "F"))
    ]


@lru_cache(maxsize=1)
def default_gazetteers() -> Gazetteers:
    return load_gazetteers()


@lru_cache(maxsize=1)
def listed_genders() -> dict[str, str]:
    """Folded first name → "F" or "M", from the sections of ``first_names.txt`` whose
    heading says "female" or "male" (the census section's says neither)."""
    genders: dict[str, str] = {}
    gender: str | None = None
    for line in read_text("first_names.txt").splitlines():
        line = line.strip()
        if line.startswith("#"):
            gender = "F" if "female" in line else "M" if "male" in line else None
        elif line and gender is not None:
            genders[fold(line)] = gender
    return genders


def place_key(words: Sequence[str]) -> tuple[str, ...]:
    """Key of a place name: case-insensitive but accent-sensitive ("Pará" is not "Para"),
    with "da/do/das/dos" as "de"."""
    return tuple("de" if word.lower() in DE_FORMS else word.casefold() for word in words)


def is_name_word(word: str) -> bool:
    """Capitalised, with lowercase letters: "Zas", "Kassym-Jomart", "D'Ávila", "d'Averio"
    (not "ONU", not "Março")."""
    word = without_particle(word)
    return (
        word[:1].isupper()
        and any(char.islower() for char in word)
        and word[:1].isalpha()
        and word.lower() not in CALENDAR_SPELLINGS
        and fold(word) not in CALENDAR_WORDS
    )


def is_adverb_form(word: str) -> bool:
    """An adverb in -mente, capitalised where it opens a sentence ("Aparentemente",
    "Recentemente"); short words in -mente are names ("Clemente")."""
    return len(word) > 8 and word.lower().endswith("mente")


#: An elided particle written onto a surname: "d'Averio", "d’Estaing".
ELIDED_PARTICLES = ("d'", "d’")
#: An Arabic article written onto a name: "Muqtada al-Sadr", "Abdel Fattah el-Sisi".
ARTICLE_PREFIXES = ("al-", "el-")


def without_particle(word: str) -> str:
    """A surname without the particle written onto it: "d'Averio" → "Averio",
    "al-Sudani" → "Sudani"."""
    if word[:2] in ELIDED_PARTICLES:
        return word[2:]
    if word[:3] in ARTICLE_PREFIXES:
        return word[3:]
    return word


def is_capitals_word(word: str) -> bool:
    """A word in capitals, hyphens allowed: "PÖTTERING", "COHN-BENDIT", "ANNE-MARIE"."""
    return word.isupper() and word.replace("-", "").isalpha()


def is_capitals_surname(word: str) -> bool:
    """A surname printed in capitals, as the European institutions do ("Hans-Gert
    PÖTTERING", "Daniel COHN-BENDIT"): four letters or more, with a vowel, which party
    acronyms ("PSDB", "PT") mostly lack."""
    letters = word.replace("-", "")
    return (
        len(letters) >= 4
        and is_capitals_word(word)
        and any(fold(char) in "aeiouy" for char in letters)
    )


def is_acronym(word: str) -> bool:
    """ "PSD", "EUA", a body of a Brazilian state ("DPE-AM", "PMDB-RJ"); not a roman
    numeral, nor a function word of an all-caps heading ("DO")."""
    base, dash, state = word.rpartition("-")
    if dash and state in BRAZILIAN_STATES and base not in BRAZILIAN_STATES:
        word = base  # not "SP-RJ", a route
    return (
        len(word) >= 2
        and word.isupper()
        and word.isalpha()
        and not _is_roman_numeral(word)
        and fold(word) not in LEADING_FUNCTION_WORDS
    )


#: The codes of Brazil's states, which follow a body's or a party's acronym ("OAB-RJ").
BRAZILIAN_STATES = frozenset(
    {"AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA"}
    | {"PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO"}
)


def _is_roman_numeral(word: str) -> bool:
    return all(char in "IVXLCDM" for char in word)


def is_role_noun(word: str, gazetteers: Gazetteers) -> bool:
    """ "ministro", "Vice-Presidente", "ex-ministros", "embaixadores"."""
    key = fold(word)
    for prefix in ROLE_PREFIXES:
        if key.startswith(fold(prefix)):
            key = key[len(fold(prefix)) :]
            break
    roles = gazetteers.role_nouns
    head = key.split("-")[0]  # "diretor-geral", "diretora-executiva"
    return any(form in roles for word in (key, head) for form in _singulars(word))


def _singulars(word: str) -> tuple[str, ...]:
    """A folded word and its singulars if it ends as a plural: "embaixadores" →
    "embaixadore", "embaixador"; not "cook" → "coo"."""
    if word.endswith("es"):
        return word, word[:-1], word[:-2]
    return (word, word[:-1]) if word.endswith("s") else (word,)


#: Words that carry an acronym's name on to a branch or an outlet ("BBC News Mundo",
#: "CNN Brasil", "SIC Notícias"); not a person's name after it ("da CSTO Stanislav Zas").
ACRONYM_BRANCHES = frozenset({"News", "Brasil", "Mundo", "Portugal", "Notícias", "Internacional"})


#: Function words that make a run of capitals a heading's words ("LEIA A ÍNTEGRA DO
#: PEDIDO"), not acronyms side by side ("PSDB E PMDB").
HEADING_WORDS = frozenset({"A", "O", "AS", "OS", "DE", "DO", "DA", "DOS", "DAS", "NO", "NA"})


def heading_words(words: Sequence[str]) -> set[int]:
    """Positions of the words of headings printed in capitals: runs of three or more
    words in capitals with a function word after the first, and a link's label ("LEIA
    MAIS", "SAIBA MAIS")."""
    inside: set[int] = set()
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and words[end].isalpha() and words[end].isupper():
            end += 1
        link = end > start and fold(words[start]) in LINK_IMPERATIVES
        if link or (end - start >= 3 and HEADING_WORDS.intersection(words[start + 1 : end])):
            inside.update(range(start, end))
        start = max(end, start + 1)
    return inside


def name_runs(words: Sequence[str]) -> list[tuple[int, int]]:
    """Token ranges of capitalised names; particles only between capitalised words."""
    runs = []
    heading = heading_words(words)
    position = 0
    while position < len(words):
        word = words[position]
        if position in heading:
            position += 1  # "LEIA A ÍNTEGRA DO PEDIDO": a heading's words, no acronyms
            continue
        if is_acronym(word):
            end = position + 1
            while end < len(words) and words[end] in ACRONYM_BRANCHES:
                end += 1  # "BBC News Brasil", "SIC Notícias": one outlet
            runs.append((position, end))
            position = end
            continue
        if not is_name_word(word):
            position += 1
            continue
        end = position + 1
        while end < len(words):
            after_particles = end
            while after_particles < len(words) and words[after_particles] in PARTICLES:
                after_particles += 1  # "von der", "de la"
            if (
                after_particles < len(words)
                and is_name_word(words[after_particles])
                and fold(words[after_particles]) not in OPENING_WORDS | LINK_IMPERATIVES
                and not is_adverb_form(words[after_particles])
                and not _participle_before_como(words, after_particles)
            ):
                end = after_particles + 1
            elif (
                after_particles == end
                and end + 1 < len(words)
                and is_initial(words[end])
                and is_name_word(words[end + 1])
            ):
                end += 2  # "Marino S. Filho": a middle name's initial
            else:
                break
        runs.append((position, end))
        position = end
    return runs


#: Endings of a past participle ("Saudado", "Nascida").
PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


def _participle_before_name(
    words: Sequence[str], start: int, end: int, gazetteers: Gazetteers
) -> bool:
    """A participle opening a sentence before a given name: "Nascido Janderson
    Fernandes de Oliveira, …" (not a name of that ending, "Conrado Hübner")."""
    first = fold(words[start])
    return (
        start + 1 < end
        and first.endswith(PARTICIPLE_ENDINGS)
        and first not in gazetteers.first_names
        and fold(words[start + 1]) in gazetteers.first_names
    )


def _participle_before_como(words: Sequence[str], i: int) -> bool:
    """A participle and "como" opening the next sentence, a link's headline run into
    it: "… notícias sobre Marina Silva Saudado como “futuro governador” …"."""
    return (
        i + 1 < len(words)
        and words[i + 1] == "como"
        and fold(words[i]).endswith(PARTICIPLE_ENDINGS)
    )


def _after_role(words: Sequence[str], start: int, gazetteers: Gazetteers) -> bool:
    """Whether a role noun introduces the name at ``start``: "o ministro [russo] X" or
    "o secretário-geral da ONU, X" (not a title's adjective: "ex-secretário Nacional de
    Segurança" names no one)."""
    if start >= 1 and is_role_noun(words[start - 1], gazetteers):
        return fold(words[start]) not in TITLE_ADJECTIVES
    if (
        start >= 2
        and words[start - 1].isalpha()
        and words[start - 1].islower()
        and fold(words[start - 1]) not in LEADING_FUNCTION_WORDS
        and is_role_noun(words[start - 2], gazetteers)
    ):
        return True  # "o ministro russo Sergei Lavrov"
    if start >= 2 and words[start - 1] == ",":
        for position in range(start - 2, max(-1, start - 2 - APPOSITION_WINDOW), -1):
            word = words[position]
            if word in CLAUSE_BREAKS or word == ",":
                return False
            if is_role_noun(word, gazetteers):
                return True
    return False


#: Lowercase words an organisation's name may go on through: "Programa das Nações Unidas
#: [para o] Meio Ambiente", "Missão das Nações Unidas [no] Mali".
ORG_CONNECTORS = frozenset(
    ["para", "a", "o", "os", "as", "sobre", "contra", "em", "no", "na", "nos", "nas", "ao", "à"]
)


def _organisation_end(words: Sequence[str], end: int, gazetteers: Gazetteers) -> int:
    """End of an organisation's name that starts with a run ending at ``end``: carried on
    over up to two connectors ("para o") or one "e" followed by capitalised words, but
    never into the name of another organisation ("Ministério da Saúde e Ministério...")."""
    while end < len(words):
        after = end
        if (
            after + 2 < len(words)
            and words[after].lower() in DE_FORMS
            and words[after + 1][:-1].isdigit()
            and words[after + 1][-1:] in "ªº°"
        ):
            after += 2  # "Procuradoria-Regional Federal da 4ª Região"
        elif words[after] == "e":
            after += 1
        else:
            while after < len(words) and after - end < 2 and words[after] in ORG_CONNECTORS:
                after += 1
        if after == end or after >= len(words) or not is_name_word(words[after]):
            break
        if fold(words[after]) in gazetteers.org_heads:
            break
        end = after + 1
        while end < len(words) and (
            is_name_word(words[end])
            or (words[end] in PARTICLES and end + 1 < len(words) and is_name_word(words[end + 1]))
        ):
            end += 1
    return end


def title_opens_a_town(before: str, after: str, first_names: Container[str]) -> bool:
    """Whether a title between ``before`` and ``after`` opens a town's name: "em
    [Presidente] Prudente", "de [Governador] Valadares"; not "de [Presidente] Lula", whose
    next word is a given name."""
    return before in TOWN_PREPOSITIONS and fold(after) not in first_names


def classify_run(
    words: Sequence[str], start: int, end: int, gazetteers: Gazetteers
) -> tuple[int, int, str] | None:
    """Label of one name run (see the module docstring), with its trimmed range."""
    if place_key(words[start:end]) in gazetteers.places:
        return start, end, LOC
    if start > 0 and words[start - 1] in NAMED_PLACE_NOUNS:
        return start, end, LOC  # "no palácio Senador Hélio Campos", "na rua Duque de Caxias"
    if is_acronym(words[start]):
        return None if words[start] in gazetteers.common_acronyms else (start, end, ORG)
    if fold(words[start]) in gazetteers.org_heads and end - start >= 2:
        return start, _organisation_end(words, end, gazetteers), ORG
    if words[start] in SAINTS and end - start >= 2 and start > 0 and words[start - 1].islower():
        return start, end, LOC  # "de São Lourenço da Serra": mid-sentence, no verb "são"
    if (
        is_role_noun(words[start], gazetteers)
        and end - start >= 2
        and start > 0
        and title_opens_a_town(words[start - 1], words[start + 1], gazetteers.first_names)
    ):
        return start, end, LOC  # "em Presidente Prudente": a city named after a title
    role_of = _role_of_a_body(words, start, gazetteers)  # "o ex-secretário de [Esportes …"
    role = False  # a title right before the name: "Presidente Lula", not "Ministro da Defesa"
    ranked = False  # a title anywhere before: "Tenente-Brigadeiro do Ar Heraldo Rodrigues"
    while start < end and (
        fold(words[start]) in LEADING_FUNCTION_WORDS
        or words[start] in PARTICLES
        or _participle_before_name(words, start, end, gazetteers)
        or (is_role_noun(words[start], gazetteers) and not _body_part(words, start))
        or (ranked and fold(words[start]) in TITLE_ADJECTIVES)  # "Consultor Federal"
    ):
        role = is_role_noun(words[start], gazetteers)
        ranked = ranked or role
        start += 1
        if place_key(words[start:end]) in gazetteers.places:
            return start, end, LOC  # "Em São Paulo": "São" is a place's, not a verb
    given = next((k for k in range(start, end) if fold(words[k]) in gazetteers.first_names), None)
    if (
        (role_of or (ranked and words[start - 1] in PARTICLES))
        and given is not None
        and given > start
        and not any(  # "Procuradora do Estado de São Paulo": a place, no one named
            place_key(words[first:last]) in gazetteers.places
            for first in (given - 1, given)
            for last in range(given + 1, end + 1)
        )
    ):
        # the role's body or the rank's own words before the name: "secretário de
        # Esportes Dário Saadi", "General de Exército Tomás Paiva"
        return given, end, PER
    if (
        given is not None
        and given > start
        and start >= 2
        and is_acronym(words[start - 1])
        and words[start - 2].lower() in DE_FORMS
    ):
        return given, end, PER  # "o ex-diretor da OAS Empreendimentos [Roberto Ferreira]"
    while start < end and words[end - 1] in PARTICLES:
        end -= 1
    if start >= end:
        return None
    if place_key(words[start:end]) in gazetteers.places:
        return start, end, LOC
    if fold(words[start]) in gazetteers.org_heads:
        return (start, end, ORG) if end - start >= 2 else None
    if fold(words[start]) in gazetteers.first_names:
        end = _person_end(words, start, end, gazetteers)
        if end < len(words) and _is_roman_numeral(words[end]):
            end += 1  # "João II", "Bento XVI"
        return start, end, PER
    if (
        role or (_after_role(words, start, gazetteers) and not _listed_in_name(words, start, end))
    ) and not any(
        fold(word) in gazetteers.org_heads or is_role_noun(word, gazetteers)
        for word in words[start:end]
    ):
        return start, end, PER  # not "Diretor [Executivo do Comitê de Combate]"
    if (_aged(words, end) or _apposed_role(words, start, end, gazetteers)) and not any(
        fold(word) in gazetteers.org_heads for word in words[start:end]
    ):
        return start, end, PER  # "o aeronauta Marino S. Filho, de 58 anos,"
    for middle in range(start + 1, end - 1):  # "Relações Exteriores da [Federação Russa]"
        if words[middle] in PARTICLES and place_key(words[middle + 1 : end]) in gazetteers.places:
            return middle + 1, end, LOC
    return None


def _role_of_a_body(words: Sequence[str], start: int, gazetteers: Gazetteers) -> bool:
    """Whether the run at ``start`` follows "de" or "em" after a role, its body's name
    between them: "o ex-secretário de [Esportes Dário Saadi]", "o ex-diretor da Área
    Internacional da [Petrobras Nestor Cerveró]", "o professor de Ética na [Unicamp
    Roberto Romano]"."""
    k = start - 1
    if k < 1 or words[k].lower() not in DE_FORMS | PLACE_PREPOSITIONS:
        return False
    for k in range(start - 2, max(-1, start - 2 - MAX_BODY_WORDS), -1):
        if is_role_noun(words[k], gazetteers):
            return True
        if not (is_name_word(words[k]) or words[k].lower() in DE_FORMS):
            return False
    return False


#: The most words of a body's name between a role and the run after it.
MAX_BODY_WORDS = 6


def is_initial(word: str) -> bool:
    """An initial inside a name: "S." of "Marino S. Filho", "A." of "A. Carvalho"."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _aged(words: Sequence[str], end: int) -> bool:
    """A name followed by its age: "Marino S. Filho, de 58 anos," is a person's."""
    return (
        end + 3 < len(words)
        and words[end] == ","
        and words[end + 1] == "de"
        and words[end + 2].isdigit()
        and words[end + 3] in ("anos", "ano")
    )


def _apposed_role(words: Sequence[str], start: int, end: int, gazetteers: Gazetteers) -> bool:
    """A name of two words or more set off before a person's role of something: "Talma
    de Oliveira Bauer, assessor do deputado", "…, de 65, assessor do …" (not "do País
    Basco, jornalista e …", nor "Fronteiras, investigada pela …")."""
    k = end + 1
    if k + 2 < len(words) and words[k] == "de" and words[k + 1].isdigit() and words[k + 2] == ",":
        k += 3  # an age first: ", de 65,"
    return (
        end - start >= 2
        and end < len(words)
        and words[end] == ","
        and k + 1 < len(words)
        and words[k].islower()
        and is_role_noun(words[k], gazetteers)
        and words[k + 1].lower() in DE_FORMS
    )


def _person_end(words: Sequence[str], start: int, end: int, gazetteers: Gazetteers) -> int:
    """A person's name stops before "de" and a body: "[Aécio] do Senado", "[Koen de
    Ridder] do Instituto"."""
    for k in range(start + 1, end - 1):
        if words[k] in PARTICLES and fold(words[k + 1]) in gazetteers.org_heads:
            return k
    return end


def _body_part(words: Sequence[str], start: int) -> bool:
    """A plural role noun after "de" opens part of a body's name, not a title:
    "Subsecretaria de Mulheres Rurais", "Conselho de Ministros"."""
    return start > 0 and words[start - 1].lower() in DE_FORMS and words[start].endswith("s")


def _listed_in_name(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a run after a comma is an item in a list of capitalised words that goes
    on with "e" or a comma: a body's name ("Secretária de Ações Afirmativas, Combate e
    Superação do Racismo", "de Pessoal, Saúde, Desporto e Projetos Sociais"), not the
    name set off after a role."""
    return (
        start >= 2
        and words[start - 1] == ","
        and is_name_word(words[start - 2])
        and end + 1 < len(words)
        and words[end] in ("e", ",")
        and is_name_word(words[end + 1])
    )


def _join_places(
    words: Sequence[str], runs: list[tuple[int, int]], gazetteers: Gazetteers
) -> list[tuple[int, int]]:
    """Runs joined into one place: words in capitals ("SÃO PAULO"), a run and the
    particle and words after it ("Rio de Janeiro"), and runs joined by "e"
    ("Trinidad e Tobago")."""
    joined: list[tuple[int, int]] = []
    runs = [
        _with_place_tail(words, run, gazetteers)
        for run in _join_capital_places(words, runs, gazetteers)
    ]
    for start, end in runs:
        if joined:
            previous_start, previous_end = joined[-1]
            key = place_key(words[previous_start:end])
            if (
                previous_end + 1 == start
                and words[previous_end] == "e"
                and key in gazetteers.places
            ):
                joined[-1] = (previous_start, end)
                continue
        joined.append((start, end))
    return joined


def _with_place_tail(
    words: Sequence[str], run: tuple[int, int], gazetteers: Gazetteers
) -> tuple[int, int]:
    """A run going on over a particle and a word no name takes when together with the
    run's last words they are a known place: "Rio de Janeiro" (a month's name), "Rio
    Grande do Sul", "Polícia Militar do Rio de Janeiro"."""
    start, end = run
    for tail in (2, 3):
        last = end + tail
        if (
            last <= len(words)
            and words[end] in PARTICLES
            and all(word[:1].isupper() or word in PARTICLES for word in words[end + 1 : last])
            and any(
                place_key(words[first:last]) in gazetteers.places
                for first in range(max(start, end - MAX_PLACE_HEAD_WORDS), end)
            )
        ):
            return start, last
    return run


#: The most words of a place's name before the particle it goes on over ("Rio Grande").
MAX_PLACE_HEAD_WORDS = 3


#: The most words of a place written in capitals, each a run of its own ("RIO DE JANEIRO").
MAX_CAPITAL_PLACE_WORDS = 4


def _join_capital_places(
    words: Sequence[str], runs: list[tuple[int, int]], gazetteers: Gazetteers
) -> list[tuple[int, int]]:
    """Words in capitals that together are one place, as a dateline writes it ("SÃO
    PAULO -", "RIO DE JANEIRO -"): one run, not "PAULO" taken for an acronym."""
    places: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not words[i].isupper():
            i += 1
            continue
        longest = next(
            (
                j
                for j in range(min(len(words), i + MAX_CAPITAL_PLACE_WORDS), i + 1, -1)
                if all(word.isupper() and word.isalpha() for word in words[i:j])
                and place_key(words[i:j]) in gazetteers.places
            ),
            None,
        )
        if longest is None:
            i += 1
            continue
        places.append((i, longest))
        i = longest
    if not places:
        return runs
    kept = [run for run in runs if not any(a <= run[0] < b for a, b in places)]
    return sorted(kept + places)


def _split_after_places(
    words: Sequence[str], runs: Iterable[tuple[int, int]], gazetteers: Gazetteers
) -> Iterator[tuple[int, int]]:
    """Runs cut where a person's name follows a place's: "[São Bernardo do Campo]
    [Luiz Marinho]", after "o ex-prefeito de"."""
    for start, end in runs:
        cut = next(
            (
                middle
                for middle in range(end - 2, start, -1)
                if fold(words[middle]) in gazetteers.first_names
                and place_key(words[start:middle]) in gazetteers.places
            ),
            None,
        )
        if cut is None:
            yield start, end
        else:
            yield start, cut
            yield cut, end


def find_entities(words: Sequence[str], gazetteers: Gazetteers) -> list[tuple[int, int, str]]:
    """PER, LOC and ORG token ranges of a text, in order, not overlapping."""
    found: list[tuple[int, int, str]] = []
    unknown: list[tuple[int, int]] = []
    taken_until = 0
    runs = _split_after_places(words, _join_places(words, name_runs(words), gazetteers), gazetteers)
    for start, end in runs:
        if start < taken_until:
            continue  # inside an organisation's name that went on past its first run
        result = classify_run(words, start, end, gazetteers)
        if result is None:
            unknown.append((start, end))
        else:
            person = _person_after_body(words, result, gazetteers)
            if person is not None:  # "o delegado da [Polícia Civil] [Hélder Lauria]"
                found.append((result[0], person, ORG))
                # the name ends at a small word no name holds: "[Eduardo Cunha] na Justiça"
                end = next(
                    (k for k in range(person + 1, result[1]) if not _in_a_name(words[k])),
                    result[1],
                )
                result = (person, end, PER)
            if result[2] == PER:
                result = (result[0], _capitals_surname_end(words, result[1]), PER)
            found.append(result)
            taken_until = result[1]
    surnames = {
        fold(words[end - 1]) for start, end, label in found if label == PER and end - start >= 2
    }
    if surnames:
        people = [
            (start, end, PER)
            for start, end in unknown
            if end - start == 1 and fold(words[start]) in surnames
        ]
        relabelled = [
            (start, end, PER if end - start == 1 and fold(words[start]) in surnames else label)
            for start, end, label in found
        ]
        found = relabelled + people
    found = _split_joined_people(words, found)
    not_organisations = _defined_non_organisations(words, gazetteers)
    if not_organisations:
        found = [
            (start, end, label)
            for start, end, label in found
            if not (label == ORG and end - start == 1 and words[start] in not_organisations)
        ]
    return sorted(found)


def _in_a_name(word: str) -> bool:
    """A word a person's name may hold: a capitalised one, a particle ("da", "von") or
    the "e" of a double surname ("Silva e Luna")."""
    return word in PARTICLES or word == "e" or not word[:1].islower()


def _split_joined_people(
    words: Sequence[str], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Two names written one after the other ("o advogado da ex-presidente Dilma
    Rousseff Alberto Toron", a headline's "Cristiano Zanin Martins Palocci muda …") are
    two people when the text names each alone too: the first in full, the second in
    full or, after a name of three words or more, by a surname it gives alone."""
    people = {tuple(fold(word) for word in words[s:e]) for s, e, label in found if label == PER}
    result: list[tuple[int, int, str]] = []
    for start, end, label in found:
        key = tuple(fold(word) for word in words[start:end])
        split = next(
            (
                k
                for k in range(2, len(key))
                if key[:k] in people
                and key[k:] in people
                and (len(key) - k > 1 or k >= MIN_SPLIT_NAME_WORDS)
            ),
            None,
        )
        if label != PER or split is None:
            result.append((start, end, label))
        else:
            result += [(start, start + split, PER), (start + split, end, PER)]
    return result


#: The fewest words of a full name a lone surname may follow as another person's
#: ("Cristiano Zanin Martins Palocci"; not "Fernando Henrique Cardoso").
MIN_SPLIT_NAME_WORDS = 3


def _person_after_body(
    words: Sequence[str], entity: tuple[int, int, str], gazetteers: Gazetteers
) -> int | None:
    """Where a person's name starts inside an organisation's run after a role and "de"
    or "em": "o delegado da Polícia Civil Hélder Lauria", "procurador do Ministério
    Público Federal Carlos Augusto da Silva Cazarré" (a given name after the body's)."""
    start, end, label = entity
    if label != ORG or start < 2 or words[start - 1].lower() not in (*DE_FORMS, "em"):
        return None  # "especialista em Direito Constitucional Daniel Falcão" too
    if not is_role_noun(words[start - 2], gazetteers):
        return None
    for k in range(start + 1, end - 1):
        named = (
            fold(words[k]) in gazetteers.first_names
            or (
                end - k >= MIN_NAME_AFTER_BODY
                and is_name_word(words[k])
                and not closes_a_body(words[start : k + 1])  # not "Público [Federal em …]"
                and all(is_name_word(word) or word in DE_FORMS for word in words[k:end])
                and not any(fold(word) in gazetteers.org_heads for word in words[k:end])
            )
        )  # not "Saúde Animal [do Ministério da Agricultura]"
        whole_body = closes_a_body(words[start:k]) or (
            # a given name after the role's body: "o presidente do Senado Eunício Oliveira",
            # "o promotor do Tribunal do Júri Leandro Conte"
            fold(words[k]) in gazetteers.first_names
            and fold(words[start]) not in NAMED_AFTER_PEOPLE
        )
        if named and whole_body and not is_known_place(words[k:end]):
            return k
    return None


#: The fewest words of a name after a body's that need no known given name: "o
#: delegado da Polícia Federal Marlon Oliveira Cajado dos Santos".
MIN_NAME_AFTER_BODY = 3


def closes_a_body(words: Sequence[str]) -> bool:
    """Whether ``words`` make a whole body's name a person's may follow: one ending in
    an adjective ("Polícia Civil", "Ministério Público Federal") or a rank's force
    ("Exército"), and no school or hospital, often named after someone."""
    if not words or fold(words[0]) in NAMED_AFTER_PEOPLE:
        return False  # "a Escola Estadual João Silva" is a school
    if len(words) == 1:
        return fold(words[0]) in RANK_BODIES  # "general de Exército Joaquim Silva e Luna"
    last = fold(words[-1])
    return last in BODY_CLOSING_WORDS or last.endswith("al")  # "Constitucional", "Penal"


#: Lower-case nouns whose proper name is a place's, even a person's name:
#: "o palácio Senador Hélio Campos", "a avenida Getúlio Vargas".
NAMED_PLACE_NOUNS = frozenset(
    {"palácio", "rua", "avenida", "praça", "aeroporto", "estádio", "ponte", "rodovia"}
    | {"viaduto", "largo", "travessa", "bairro", "parque", "ginásio", "edifício"}
)

#: The forces a rank names ("general de Exército", "almirante de Marinha"), folded.
RANK_BODIES = frozenset({"exercito", "marinha", "aeronautica"})


#: Words that close a body's name before a person's ("Polícia Civil", "Ministério
#: Público", "Corpo de Bombeiros"), folded, besides adjectives in -al ("Federal").
BODY_CLOSING_WORDS = frozenset({"civil", "publico", "publica", "militar", "superior", "bombeiros"})
#: Bodies often named after a person: "Escola Estadual João Silva", "Teatro José de Alencar".
NAMED_AFTER_PEOPLE = frozenset(
    {"escola", "colegio", "hospital", "fundacao", "instituto", "teatro", "museu", "biblioteca"}
    | {"centro", "estadio", "creche", "faculdade", "universidade"}
)


def _capitals_surname_end(words: Sequence[str], end: int) -> int:
    """A person's name goes on over surnames in capitals: "José Manuel Durão BARROSO"."""
    while end < len(words) and is_capitals_surname(words[end]):
        end += 1
    return end


def _defined_non_organisations(words: Sequence[str], gazetteers: Gazetteers) -> set[str]:
    """Acronyms the text defines as something other than an organisation:
    "Produto Interno Bruto (PIB)", "Imposto sobre o Valor Acrescentado (IVA)"."""
    return {
        " ".join(words[d.short_start : d.short_end])
        for d in find_acronym_definitions(words)
        if fold(words[d.long_start]) not in gazetteers.org_heads
    }


def looks_like_person(words: Sequence[str], gazetteers: Gazetteers | None = None) -> bool:
    """Whether a multiword name reads as a person's: "Vladimir Zainetdinov", not
    "Banco do Brasil" or "Nova Iorque"."""
    gazetteers = gazetteers or default_gazetteers()
    if len(words) < 2 or fold(words[0]) not in gazetteers.first_names:
        return False
    if place_key(words) in gazetteers.places:
        return False
    return all(is_name_word(word) or word in PARTICLES for word in words)


def is_known_place(words: Sequence[str], gazetteers: Gazetteers | None = None) -> bool:
    """Whether the words are exactly a place of the gazetteer ("Federação Russa")."""
    return place_key(words) in (gazetteers or default_gazetteers()).places
