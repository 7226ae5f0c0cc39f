"""Where a person's name starts and ends, and whether an entity names a person.

People tagged ORG by a weak model, and names no model tagged at all, are
recognised by their shape: capitalised words, not an acronym, no
organisation word ("Conselho", "Ministério").  Role phrases and mention finders
build on these helpers.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..folding import fold
from .entity_rules import (
    LINK_IMPERATIVES,
    MIN_NAME_AFTER_BODY,
    closes_a_body,
    default_gazetteers,
    is_adverb_form,
    is_capitals_surname,
    is_initial,
    is_known_place,
    without_particle,
)
from .speaker_lexicon import (
    ABSTRACT_NOUN_ENDINGS,
    ARTICLES,
    NAME_PARTICLES,
    OF,
    OPENING_PARTICLES,
    PLACE_PREPOSITIONS,
    ROLE_PREFIXES,
    SpeakerNouns,
    narrates,
)

#: Endings of adjectives, which no name has ("Futuro Sustentável", "Desenvolvimento Possível").
ADJECTIVE_ENDINGS = ("ável", "ível", "áveis", "íveis", "isória", "isório", "atória", "atório")

#: Words that open a place's name ("Porto Alegre", "Serra Talhada"); after a first word
#: they are surnames ("José Serra", "Nailza Porto").
PLACE_OPENERS = frozenset(
    {"aeroporto", "baía", "bairro", "cidade", "ilha", "lago", "monte", "porto", "região"}
    | {"rio", "santa", "santo", "são", "serra", "vila", "zona"}
)

#: Words that make a capitalised sequence an organisation or a place, not a person.
ORG_WORDS = PLACE_OPENERS | frozenset(
    {
        "caixa",
        "central",
        "congresso",
        "estadual",
        "federal",
        "geral",
        "governo",
        "internacional",
        "municipal",
        "nacional",
        "polícia",
        "receita",
        "regional",
        "república",
        "senado",
        "agência",
        "avenida",
        "câmara",
        "escola",
        "estádio",
        "hospital",
        "hotel",
        "museu",
        "palácio",
        "praça",
        "rua",
        "teatro",
        "assembleia",
        "associação",
        "banco",
        "bolsa",
        "centro",
        "comissão",
        "comitê",
        "comité",
        "companhia",
        "confederação",
        "conselho",
        "departamento",
        "escritório",
        "estado",
        "estados",
        "federação",
        "fundação",
        "grupo",
        "instituto",
        "liga",
        "ministério",
        "movimento",
        "nações",
        "organização",
        "partido",
        "secretariado",
        "secretaria",
        "serviço",
        "sindicato",
        "sociedade",
        "supremo",
        "tribunal",
        "união",
        "universidade",
    }
)


#: Clitics a verb carries after a hyphen ("Movimentaram-se", "Disse-lhe"): no name does.
VERB_CLITICS = ("-se", "-lhe", "-lhes", "-me", "-nos", "-lo", "-la", "-los", "-las")


def is_name_word(token: Token) -> bool:
    """A capitalised word that can be part of a person's name (not an acronym, not a stop
    word, not a verb with its clitic)."""
    text = without_particle(token.text)  # "Steve d'Averio", "Muqtada al-Sadr"
    if not text[:1].isupper() or token.is_stop or len(text) < 2:
        return False
    if text.lower().endswith(VERB_CLITICS):
        return False
    if is_adverb_form(text):
        return False  # "Recentemente Andressa": an adverb opening the sentence
    if text.lower().startswith(ROLE_PREFIXES):
        return False  # "Ex-BBB Patrícia Leitte": a former role, not a name
    if text.lower() in INDEFINITE_PRONOUNS:
        return False  # "Ninguém questiona": no one in particular
    if text.lower() in LINK_IMPERATIVES:
        return False  # "… Eugênio Pacelli Leia também: …": a related link's call
    letters = text.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and not letters.isupper()


def looks_like_person(tokens: Span, nouns: SpeakerNouns) -> bool:
    """Capitalised words only (particles allowed inside), no organisation or role word."""
    words = [t for t in tokens if t.lower_ not in NAME_PARTICLES and not is_initial(t.text)]
    if not words or not is_name_word(words[0]):
        return False
    if fold(words[0].text) in default_gazetteers().org_heads:
        return False  # "Consórcio Nordeste", "Instituto Butantan": a body's head word
    if not all(is_name_word(t) or (t.is_stop and t.text.istitle()) for t in words[1:]):
        return False
    if any(
        t.lower_ in PLACE_OPENERS and (t is words[0] or t.nbor(-1).lower_ in NAME_PARTICLES)
        for t in words
    ):
        return False  # a place: "Porto Alegre", "Sine de Porto Velho"
    if (
        words[0].lower_.endswith(ABSTRACT_NOUN_ENDINGS) and not is_first_name(words[0].text)
    ) or any(t.lower_.endswith(ADJECTIVE_ENDINGS) for t in words):
        return False  # part of a body's name: "Superação do Racismo", "Futuro Sustentável"
    return not any(
        (t.lower_ in ORG_WORDS and t.lower_ not in PLACE_OPENERS)
        or (nouns.head(t.text) and not (t is not words[0] and t.lower_ in NAME_SUFFIXES))
        or nouns.is_body(t.text)
        for t in words
    )  # "Efraim Filho": a suffix of the name, not the kinship role


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity covering token ``i`` (read from the IOB tags, without listing
    ``doc.ents``), cut where a weak model ran it over a paragraph break or a spaced
    dash ("Equidade – Camilo Santana": a section label and a name)."""
    token = doc[i]
    if not token.ent_type or _breaks_entity(token):
        return None
    start = i
    while doc[start].ent_iob_ == "I" and start > 0 and not _breaks_entity(doc[start - 1]):
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and not _breaks_entity(doc[end]):
        end += 1
    return Span(doc, start, end, label=token.ent_type)


def entity_pieces(doc: Doc, ent: Span) -> Iterator[Span]:
    """The parts of an entity between the breaks ``entity_at`` cuts it at."""
    k = ent.start
    while k < ent.end:
        piece = entity_at(doc, k)
        if piece is None:
            k += 1
            continue
        yield piece
        k = piece.end


def _breaks_entity(token: Token) -> bool:
    """A paragraph break, a dash set off by spaces, or a finite verb a weak model ran
    a name over ("Meirelles definiu Temer")."""
    return token.is_space or spaced_dash(token) or _finite_verb(token)


def _finite_verb(token: Token) -> bool:
    """A lower-case finite verb (by the tagger's features, else a past ending)."""
    if not (token.is_lower and token.is_alpha) or token.is_stop:
        return False
    if token.pos_ in ("VERB", "AUX"):
        return "Fin" in token.morph.get("VerbForm", [])
    return narrates(token.lower_)


def spaced_dash(token: Token) -> bool:
    """A dash with a space before it: a section label's or an aside's, not a hyphen."""
    return (
        token.text in DIALOGUE_DASHES and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    )


#: Pronouns for no one in particular, which open sentences capitalised ("Ninguém questiona").
INDEFINITE_PRONOUNS = frozenset({"ninguém", "alguém", "nenhum", "nenhuma", "outrem", "quem"})


def classify_entity(ent: Span, nouns: SpeakerNouns) -> str | None:
    """name, role or org for an entity that can speak; None for places and the like."""
    if len(ent.text.rstrip(".")) <= 1:
        return None  # a lone initial: an interview's "P." or "R.", not a person
    if len(ent) == 1 and ent[0].lower_ in INDEFINITE_PRONOUNS:
        return None  # a weak model's PER for "Ninguém"
    if nouns.head(ent[0].text) is not None:
        return "role"
    if ent.label_ in ("PER", "LOC") and _role_complement(ent, nouns):
        return "org"  # a weak model's PER for "ministra da Educação", "director do Lisboa-Dakar"
    if ent.label_ == "PER":
        return "name"
    if (
        ent.label_ == "LOC"
        and len(ent) >= 2
        and looks_like_person(ent, nouns)
        and not is_known_place([t.text for t in ent])
    ):
        return "name"  # a weak model's LOC for "Saraiva Dias" (not "Reino Unido")
    if ent.label_ == "ORG":
        # "A Fiat anunciou": a body takes an article, a person in the news does not
        articled = ent.start > 0 and ent.doc[ent.start - 1].lower_ in ARTICLES
        if ent._.org_id is None and not articled and looks_like_person(ent, nouns):
            return "name"
        return "org"
    return None


#: Contractions that put an article before a role's complement ("ministra da Educação").
ARTICLE_OF = frozenset({"da", "do", "das", "dos"})


def _role_complement(ent: Span, nouns: SpeakerNouns) -> bool:
    """An entity after "role + da/do" that names no given name: the role's domain, no person."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ARTICLE_OF:
        return False
    owner = doc[ent.start - 2].text
    if not (nouns.head(owner) or nouns.is_body(owner) or owner.lower() in ORG_WORDS):
        return False
    return not is_first_name(ent[0].text) and not body_before_person(ent, nouns)


def body_before_person(ent: Span, nouns: SpeakerNouns) -> bool:
    """An entity a model ran from a role's body into a person's name: "Nasa Aaron
    Parness", "Estado Antony Blinken" (not "Fundação Oswaldo Cruz", a body's own name)."""
    return (
        len(ent) >= 3
        and not is_first_name(ent[0].text)
        and not nouns.is_body(ent[0].text)
        and is_first_name(ent[1].text)
    )


def person_after_place(ent: Span) -> int | None:
    """Where a person's name starts inside an entity a model ran on from a place's name
    ("Universidade Federal do Rio de Janeiro Andréa Souza Santos"), a body's initials
    ("PSD Lídia Pereira") or a body's name ("da Polícia Civil Hélder Lauria"): a first
    name and a surname right after them."""
    doc = ent.doc
    first = ent.start
    if first and doc[first - 1].lower_ in PLACE_OPENERS and doc[first - 1].text[:1].isupper():
        first -= 1  # "São | Bernardo do Campo Luiz Marinho": the model left the place's first word
    initials = doc[ent.start].text
    of_a_body = ent.start and doc[ent.start - 1].lower_ in OF | PLACE_PREPOSITIONS
    for k in range(ent.start + 1, ent.end - 1):
        if not is_name_word(doc[k + 1]):
            continue
        after_body = of_a_body and closes_a_body([t.text for t in doc[ent.start : k]])
        if not is_first_name(doc[k].text):
            if (
                after_body
                and ent.end - k >= MIN_NAME_AFTER_BODY
                and all(is_name_word(t) for t in doc[k : ent.end])
                and not any(is_first_name(t.text) for t in doc[k + 1 : ent.end])
                and not any(
                    fold(t.text) in default_gazetteers().org_heads for t in doc[k : ent.end]
                )
            ):
                return k  # "do Corpo de Bombeiros Welder Alves Justino": no given name listed
            continue
        if k == ent.start + 1 and len(initials) >= 2 and initials.isupper():
            return k  # "PSD Lídia Pereira", "J&F Ricardo Saud"
        if any(is_known_place([t.text for t in doc[j:k]]) for j in range(max(first, k - 5), k)):
            return k
        if after_body:
            return k  # "general de Exército Joaquim Silva", "da Polícia Civil Hélder Lauria"
        if (
            k == ent.start + 1
            and ent.start
            and doc[ent.start - 1].lower_ in ARTICLE_OF
            and not is_first_name(doc[ent.start].text)
        ):
            # "o procurador regional da [República] Maurício Gotardo Gerum"; a body named
            # after someone gives way to the person after it: "da Fundação Getúlio Vargas
            # Matias Spektor"
            return next(
                (
                    j
                    for j in range(ent.end - 2, k, -1)
                    if is_first_name(doc[j].text)
                    and is_name_word(doc[j + 1])
                    and not is_first_name(doc[j - 1].text)
                ),
                k,
            )
    return None


def name_end(doc: Doc, i: int, limit: int) -> int:
    """End of the capitalised name starting at ``i`` (particles allowed between words)."""
    j = i + 1
    while j < limit:
        if (
            is_name_word(doc[j])
            or _surname_stop_word(doc, j, limit)
            or is_capitals_surname(doc[j].text)
        ):
            j += 1
            continue
        particles = j  # "Luiz Antônio de Medeiros", "Virginia de la Guardia"
        while (
            particles < min(limit, j + 2)
            and doc[particles].text.islower()
            and doc[particles].lower_ in (NAME_PARTICLES if particles == j else OPENING_PARTICLES)
        ):
            particles += 1
        if (
            j < particles < limit
            and is_name_word(doc[particles])
            and doc[particles].lower_ not in ORG_WORDS  # "Koen de Ridder do Instituto …"
        ):
            j = particles + 1
        else:
            break
    return j


def _surname_stop_word(doc: Doc, j: int, limit: int) -> bool:
    """A capitalised stop word closing a name mid-sentence: "Alessandro Nesta saiu"."""
    text = doc[j].text
    return (
        doc[j].is_stop
        and len(text) >= 4
        and text[0].isupper()
        and text[1:].islower()
        and text.isalpha()
        and (j + 1 >= limit or not doc[j + 1].text[:1].isupper())
    )


def name_start(doc: Doc, i: int, floor: int) -> int:
    j = i
    while j > floor:
        if is_name_word(doc[j - 1]):
            j -= 1
        elif doc[j - 1].lower_ in NAME_PARTICLES and j - 2 >= floor and is_name_word(doc[j - 2]):
            j -= 2
        elif is_initial(doc[j - 1].text):
            j -= 1
        else:
            break
    return j


#: Words that end a Portuguese name as they would a kinship role: "Burle Filho",
#: "Gazeta Neto", "Cid Júnior".
NAME_SUFFIXES = frozenset({"filho", "neto", "sobrinho", "júnior", "junior"})


DIALOGUE_DASHES = frozenset({"-", "--", "–", "—"})


def is_first_name(word: str) -> bool:
    """Whether the fallback recogniser's list knows ``word`` as a given name."""
    return fold(word) in default_gazetteers().first_names


def contains_words(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(name[i : i + n] == words for i in range(len(name) - n + 1))
