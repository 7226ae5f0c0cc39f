"""Who a quotation's cue points to: the *mention* next to a cue verb.

A name, a pronoun, a role noun ("o secretário-geral da CSTO") or an organisation,
found with the dependency parse when the pipeline has one (``nsubj``) and token
rules otherwise, on a processed ``Doc``.  Whom the mention names is the other
step, in :mod:`newsnlp.components.speaker_resolver`.

People tagged ORG by a weak model, and names no model tagged at all, are
recognised by their shape: capitalised words, not an acronym, no
organisation word ("Conselho", "Ministério").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..folding import fold
from ..resources import DataError, read_lines
from .entity_rules import (
    LINK_IMPERATIVES,
    PARTICIPLE_ENDINGS,
    closes_a_body,
    default_gazetteers,
    is_adverb_form,
    is_capitals_surname,
    is_initial,
    is_known_place,
    without_particle,
)

PRONOUNS: dict[str, tuple[str, str]] = {
    "ele": ("M", "S"),
    "ela": ("F", "S"),
    "eles": ("M", "P"),
    "elas": ("F", "P"),
}
#: Demonstratives that stand for a person on their own ("Segundo este, …", "Esta disse
#: que …"), with gender and number; never before a noun ("este ano").
DEMONSTRATIVES: dict[str, tuple[str, str]] = {
    "este": ("M", "S"),
    "esta": ("F", "S"),
    "estes": ("M", "P"),
    "estas": ("F", "P"),
}
ARTICLES = frozenset({"o", "a", "os", "as"})
#: Prepositions that chain a role's modifiers ("secretário de imprensa da CSTO").
OF = frozenset({"de", "da", "do", "das", "dos", "d'"})
#: Particles inside personal names ("Luiz Inácio Lula da Silva").
NAME_PARTICLES = frozenset({"de", "da", "do", "das", "dos", "di", "del", "van", "von", "der"})
#: Particles that may open a surname after a cue ("garante de la Peña", "disse van der Berg");
#: one Portuguese "de" alone does not ("explicou de Paris").
OPENING_PARTICLES = NAME_PARTICLES | {"la", "le", "du", "des", "los", "las", "den", "ter"}
#: Words skipped between a cue verb and its subject ("disse ontem o ministro").
ADVERBS = frozenset(
    {
        "ainda",
        "agora",
        "antes",
        "também",
        "então",
        "já",
        "depois",
        "logo",
        "hoje",
        "ontem",
        "anteontem",
        "novamente",
        "recentemente",
        "não",
        "nunca",
        "sempre",
        "apenas",
        "só",
        "mesmo",
        "porém",
        "contudo",
        "entretanto",
        "inclusive",
        "aliás",
        "se",
        "lhe",
        "lhes",
        "me",
        "nos",
    }
)
#: Negations: a reported infinitive keeps them ("declarou não poder", "disse nunca
#: ter"), and one after a name shows a verb follows ("…, Rocha não parece").
NEGATIONS = frozenset({"não", "nunca", "jamais"})

#: Auxiliaries before a cue verb ("tem dito", "havia afirmado", "vai anunciar").
#: Prepositions of a place that may follow a role before its apposed name.
PLACE_PREPOSITIONS = frozenset({"em", "no", "na", "nos", "nas"})
AUXILIARIES = frozenset(
    {
        "tem",
        "têm",
        "tinha",
        "tinham",
        "teria",
        "terá",
        "há",
        "havia",
        "haviam",
        "vai",
        "vão",
        "ia",
        "iam",
        "vem",
        "vinha",
        "voltou",
        "voltaria",
        "chegou",
        "acabou",
        "fez",
        "quis",
        "quer",
        "pode",
        "deve",
        "devia",
        "deverá",
        "poderia",
        "pretende",
        "costuma",
        "está",
        "estava",
        "estão",
    }
)
#: Nouns of places whose capitalised name follows them ("do bairro Congós").
PLACE_NOUNS = frozenset(
    {"bairro", "cidade", "município", "distrito", "rua", "avenida", "povoado", "vila"}
    | {"comunidade", "aldeia", "região", "zona", "assentamento", "conjunto", "localidade"}
    | {"residencial", "loteamento", "praia", "ilha", "estado", "capital", "país"}
)

#: Endings of abstract nouns, which open news sentences ("Colisão deixou …") and the
#: parts of a body's name ("Combate e Superação do Racismo", "Uso Sustentável e
#: Monitoramento"), not a person's name ("Bragança", "Trindade" are left out).
ABSTRACT_NOUN_ENDINGS: tuple[str, ...] = (
    "ção",
    "ções",
    "ssão",
    "isão",
    "ência",
    "ância",
    "mento",
    "mentos",
    "agem",
    "ismo",
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
#: Marks that open a quotation (not the dashes that also open a dialogue line).
QUOTATION_MARKS = frozenset({"«", "“", '"', "‘"})
#: Marks that close a quotation.
CLOSING_MARKS = frozenset({"»", "”", "’"})
#: Opening mark → closing mark.
PAIRS = {"«": "»", "“": "”", "‘": "’", '"': '"', "'": "'"}  # 'x': Brazilian headlines
#: The most words a quoted name may take ("o jornal «El Tiempo»").
MAX_QUOTED_NAME_WORDS = 5
#: Third-person past endings that mark a finite verb in narration ("elogiou", "venceu").
NARRATIVE_ENDINGS = ("ou", "eu", "iu")
#: Irregular finite forms that open a narration after a surname ("Carrington fez").
FINITE_IRREGULARS = frozenset(
    {"fez", "disse", "diz", "quis", "quer", "pôs", "foi", "é", "teve", "tem", "esteve", "está"}
    | {"deu", "veio", "viu", "vê", "soube", "sabe", "trouxe", "pôde", "pode", "faz", "vai"}
)
#: People who speak for the body they belong to ("os dirigentes da Fenprof avisam que").
SPOKESPEOPLE = frozenset(
    {"dirigentes", "responsáveis", "representantes", "porta-vozes", "líderes", "membros"}
)

#: Words inside an organisation's name between its kind and its cause ("Movimento pela Paz").
ORG_CONNECTORS = frozenset({"pela", "pelo", "para", "contra", "sem"})

#: Endings of adjectives of nationality or place ("britânico", "mexicana", "português").
GENTILIC_ENDINGS = (
    "ânico",
    "ânica",
    "ano",
    "ana",
    "ês",
    "esa",
    "ense",
    "ita",
    "eiro",
    "eira",
    "ol",
    "ola",
)

#: Adjectives of nationality the endings above miss ("turco", "russa", "alemã").
NATIONALITIES = frozenset(
    {"turco", "turca", "russo", "russa", "grego", "grega", "sueco", "sueca", "checo", "checa"}
    | {"tcheco", "tcheca", "belga", "árabe", "sírio", "síria", "egípcio", "egípcia", "alemão"}
    | {"alemã", "suíço", "suíça", "palestino", "palestina"}
)


def is_gentilic(word: str) -> bool:
    """An adjective of nationality or place, lower case ("britânico", "turco",
    "norte-americana")."""
    last = word.rpartition("-")[2]
    return last in NATIONALITIES or last.endswith(GENTILIC_ENDINGS)


def _gentilic_word(token: Token) -> bool:
    """A lower-case word of nationality, hyphenated too ("sul-coreano")."""
    return token.is_lower and token.text.replace("-", "").isalpha() and is_gentilic(token.lower_)


#: Prefixes that keep a role's head: "vice-presidente" is a "presidente".
ROLE_PREFIXES = ("vice-", "ex-", "sub-", "co-")
#: Plural endings of role nouns and their singular ("juízes", "capitães", "generais").
PLURAL_ENDINGS = (
    ("ões", "ão"),
    ("ães", "ão"),
    ("ãos", "ão"),
    ("res", "r"),
    ("zes", "z"),
    ("ais", "al"),
    ("s", ""),
)
#: Suffixes that make a new role of a known one: "diretora-geral", "editor-chefe".
ROLE_SUFFIXES = (
    "-geral",
    "-adjunto",
    "-adjunta",
    "-chefe",
    "-executivo",
    "-executiva",
    "-presidente",
)
MAX_ROLE_TOKENS = 16
#: Words that put an indirect object between a cue verb and its subject ("disse aos jornalistas").
TO = frozenset({"ao", "à", "aos", "às"})
#: Words between an article and a role that keep the role: "o então sindicalista".
ROLE_MODIFIERS = frozenset(
    {"então", "atual", "actual", "antigo", "antiga", "novo", "nova", "próprio", "própria"}
    | {"futuro", "futura"}
)
#: Words that may continue an organisation's name inside a role: "presidente da
#: Confederação Portuguesa para a Prevenção do Tabagismo", "da Ritterbusch & Associates".
NAME_CONNECTORS = frozenset({"para", "e", "&", "of", "and"})
MAX_NAME_TAIL = 10


@dataclass(frozen=True)
class Mention:
    """Tokens ``[start, end)`` the cue points to.

    ``kind``: name, pronoun, role, org, other (a description) or anonymous ("fonte").
    """

    start: int
    end: int
    kind: str


class SpeakerNouns:
    """Role nouns (with gender) and collective bodies that speak, from ``speaker_nouns.txt``."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.gender: dict[str, str | None] = {}
        self.bodies: set[str] = set()
        self.silent: set[str] = set()
        self.norms: set[str] = set()
        self.anonymous: set[str] = set()
        self.same_as: dict[str, str] = {}
        for line in lines:
            parts = line.split()
            same = parts.pop()[1:].lower() if len(parts) > 1 and parts[-1][:1] == "=" else None
            if (
                len(parts) > 2
                or parts[0][:1] == "="
                or (len(parts) == 2 and parts[1] not in ("M", "F", "ORG", "X", "NORM", "ANON"))
                or (same is not None and (not same or parts[1:] not in ([], ["M"], ["F"])))
            ):
                raise DataError(
                    "speaker noun line must be 'word' or 'word M|F|ORG|X|NORM|ANON', "
                    f"a role optionally ending in '=role': {line!r}"
                )
            word = parts[0].lower()
            if same is not None:
                self.same_as[word] = same
            if len(parts) == 2 and parts[1] == "ORG":
                self.bodies.add(word)
            elif len(parts) == 2 and parts[1] in ("X", "NORM"):
                self.silent.add(word)
                if parts[1] == "NORM":
                    self.norms.add(word)
            elif len(parts) == 2 and parts[1] == "ANON":
                self.anonymous.add(word)
            else:
                self.gender[word] = parts[1] if len(parts) == 2 else None

    def head(self, word: str) -> str | None:
        """The role noun ``word`` is (without vice-/ex- prefixes, in the singular), or None."""
        word = word.lower()
        if word not in self.gender:
            word = self.singular(word) or word  # "os juízes", "os investigadores"
        for prefix in ROLE_PREFIXES:
            if word.startswith(prefix) and word[len(prefix) :] in self.gender:
                return word[len(prefix) :]
        for suffix in ROLE_SUFFIXES:
            if word.endswith(suffix) and word[: -len(suffix)] in self.gender:
                return word
        return word if word in self.gender else None

    def singular(self, word: str) -> str | None:
        """The role noun a plural ``word`` is the plural of ("juízes" → "juiz"), or None."""
        word = word.lower()
        if word in SPOKESPEOPLE:
            return None  # "os dirigentes da Fenprof" speak for their body, see mention_ending_at
        for plural, single in PLURAL_ENDINGS:
            if not word.endswith(plural):
                continue
            stem = word[: -len(plural)] + single
            for candidate in (stem, stem.replace("í", "i")):  # "juízes" → "juiz"
                if candidate in self.gender:
                    return candidate
        return None

    def is_plural(self, word: str) -> bool:
        """A role noun in the plural: a group, whom no single name stands for."""
        word = word.lower()
        return word not in self.gender and self.singular(word) is not None

    def gender_of(self, head: str) -> str | None:
        """Gender of a role head ("diretora-geral" takes "diretora"'s)."""
        for suffix in ROLE_SUFFIXES:
            if head.endswith(suffix) and head not in self.gender:
                head = head[: -len(suffix)]
        return self.gender.get(head)

    def is_body(self, word: str) -> bool:
        return word.lower() in self.bodies

    def is_anonymous(self, word: str) -> bool:
        """An unnamed source ("disse fonte do ministério"): it speaks, but names no one."""
        return word.lower() in self.anonymous

    def role_class(self, head: str) -> str:
        """The role another role noun stands in for: "magistrado" → "juiz"."""
        return self.same_as.get(head, head)

    def words(self) -> list[str]:
        """The lines this lexicon was built from (for ``to_disk``)."""
        roles = []
        for word, gender in self.gender.items():
            same = f"={self.same_as[word]}" if word in self.same_as else None
            roles.append(" ".join(part for part in (word, gender, same) if part))
        bodies = [f"{word} ORG" for word in sorted(self.bodies)]
        anonymous = [f"{word} ANON" for word in sorted(self.anonymous)]
        silent = [f"{word} {'NORM' if word in self.norms else 'X'}" for word in sorted(self.silent)]
        return roles + bodies + silent + anonymous


def load_speaker_nouns() -> SpeakerNouns:
    return SpeakerNouns(read_lines("speaker_nouns.txt"))


#: A defendant's defence ("a defesa de Lula afirmou"): their lawyers speak, not they.
DEFENCE = "defesa"

#: Who speak for a defendant's defence.
LAWYERS = frozenset({"advogado", "advogada", "defensor", "defensora", "criminalista"})


def several_lawyers(word: str, nouns: SpeakerNouns) -> bool:
    """ "advogados", "defensores": a defence's lawyers, none of them by name."""
    return nouns.is_plural(word) and nouns.head(word) in LAWYERS


#: Clitics a verb carries after a hyphen ("Movimentaram-se", "Disse-lhe"): no name does.
VERB_CLITICS = ("-se", "-lhe", "-lhes", "-me", "-nos", "-lo", "-la", "-los", "-las")


#: The heading a paper prints a reply under, as Estadão does: "COM A PALAVRA, O PT".
FLOOR_WORDS = ("com", "a", "palavra")


def gives_the_floor(doc: Doc, k: int) -> bool:
    """Whether a "COM A PALAVRA" heading starts at token ``k`` (asked of every token of
    a text, so its first word is checked before a tuple is built)."""
    return (
        doc[k].lower_ == FLOOR_WORDS[0]
        and tuple(t.lower_ for t in doc[k : k + len(FLOOR_WORDS)]) == FLOOR_WORDS
    )


def floor_holder(doc: Doc, start: int, end: int, nouns: SpeakerNouns) -> Mention | None:
    """Who a "COM A PALAVRA" heading names, in capitals as headings print them: the
    person after a role ("O CRIMINALISTA JOSÉ ROBERTO BATOCHIO, DEFENSOR DE LULA"), a
    defence ("A DEFESA DE LULA": its lawyer), a person ("EDSON RIBEIRO") or a body
    ("A PETROS")."""
    if start < end and doc[start].text == ",":
        start += 1
    end = next((k for k in range(start, end) if doc[k].text == ","), end)  # ", QUE DEFENDE …"
    first = start + (start < end and doc[start].lower_ in ARTICLES)
    if first < end and doc[first].lower_ == DEFENCE:
        return Mention(start, end, "org")
    name = first
    while name < end and nouns.head(doc[name].text):
        name += 1
    if name == end or not all(
        doc[k].text[:1].isupper() for k in range(name, end) if doc[k].lower_ not in OF
    ):
        return None
    kind = "name" if name > first or first == start else "org"  # "O PT", "A PETROS"
    return Mention(name, end, kind)


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
    return token.is_space or _spaced_dash(token) or _finite_verb(token)


def _finite_verb(token: Token) -> bool:
    """A lower-case finite verb (by the tagger's features, else a past ending)."""
    if not (token.is_lower and token.is_alpha) or token.is_stop:
        return False
    if token.pos_ in ("VERB", "AUX"):
        return "Fin" in token.morph.get("VerbForm", [])
    return narrates(token.lower_)


def _spaced_dash(token: Token) -> bool:
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
        if ent._.org_id is None and looks_like_person(ent, nouns):
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
    for k in range(ent.start + 1, ent.end - 1):
        if not is_first_name(doc[k].text) or not is_name_word(doc[k + 1]):
            continue
        if k == ent.start + 1 and len(initials) >= 2 and initials.isupper():
            return k  # "PSD Lídia Pereira", "J&F Ricardo Saud"
        if any(is_known_place([t.text for t in doc[j:k]]) for j in range(max(first, k - 5), k)):
            return k
        if (
            ent.start
            and doc[ent.start - 1].lower_ in (*OF, "em")
            and closes_a_body([t.text for t in doc[ent.start : k]])
        ):
            return k  # "general de Exército Joaquim Silva", "da Polícia Civil Hélder Lauria"
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


def _name_start(doc: Doc, i: int, floor: int) -> int:
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


def is_word(token: Token) -> bool:
    """Letters, maybe joined by hyphens ("ex-presidente")."""
    return token.text.replace("-", "").isalpha()


def narrates(word: str) -> bool:
    """A finite verb of narration after a subject ("elogiou", "venceu", "fez")."""
    return word.endswith(NARRATIVE_ENDINGS) or word in FINITE_IRREGULARS


#: Adjectives right after a role noun that belong to the role, capitalised or not.
ROLE_ADJECTIVES = frozenset(
    {"adjunto", "adjunta", "interino", "interina", "substituto", "substituta", "honorário"}
    | {"honorária", "emérito", "emérita"}
)


def role_end(doc: Doc, i: int, limit: int, body: bool = False) -> int:
    """End of the role phrase whose head is at ``i``: "secretário de imprensa da CSTO".

    body: the head names a body, which its proper name may follow ("a agência Nova China").
    """
    j = i + 1
    if body:
        while j < limit and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        if j > i + 1:
            return j
    while j < limit and j - i < MAX_ROLE_TOKENS:
        word = doc[j]
        if j == i + 1 and word.lower_ in ROLE_ADJECTIVES:
            j += 1  # "a Ministra Adjunta e dos Assuntos Parlamentares", "o diretor interino"
        elif _gentilic_word(word) and (j == i + 1 or doc[j - 1].text[:1].isupper()):
            # whose role it is: "o presidente turco", "a embaixadora norte-americana",
            # "o ministro da Unificação sul-coreano"
            j += 1
        elif word.lower_ in OF and j + 1 < limit and (is_word(doc[j + 1]) or _acronym(doc[j + 1])):
            j += 2  # "da CSTO", "do G1"
            if doc[j - 1].lower_ in ARTICLES and j < limit and is_word(doc[j]):
                j += 1  # "do ex-presidente"
        elif word.lower_ in OF and (title := quoted_name_close(doc, j + 1, limit)) is not None:
            j = title + 1  # "fundador do “Planeta Sinclair”"
        elif (
            j == i + 1
            and word.is_alpha
            and word.text.islower()
            and j + 1 < limit
            and doc[j + 1].lower_ in OF
            and doc[j + 1].text.islower()
        ):
            j += 1  # "presidente executivo da TAP"
        elif j > i + 1 and _listed_modifiers(doc, j, limit):
            j += 4  # "da Rede Federal de Educação Profissional, Científica e Tecnológica"
        elif j > i + 1 and (listed := _listed_body_words(doc, j, limit)) is not None:
            j = listed  # "do Desenvolvimento e Assistência Social, Família e Combate à Fome"
        elif j > i + 1 and (joined := _joins_body_name(doc, j, limit)) is not None:
            j = joined  # "da Secretaria de Vigilância em Saúde e Ambiente (SVSA)"
        elif (
            j > i + 1
            and word.lower_ == "e"
            and j + 2 < limit
            and doc[j + 1].lower_ in OF
            and doc[j - 1].text[:1].isupper()
            and (_acronym(doc[j + 2]) or (is_word(doc[j + 2]) and doc[j + 2].text[:1].isupper()))
        ):
            j += 3  # a role of two bodies: "o colunista do G1 e da GloboNews"
        elif j > i + 1 and word.lower_ in TO_CONTRACTIONS and _between_capitals(doc, j, limit):
            j += 2  # "de Combate à Fome"
        elif j > i + 2 and _body_adjective(doc, j, limit):
            j += 1  # "presidente do conselho curador do Cebri"
        elif word.is_alpha and word.text[:1].isupper() and (j > i + 1 or _titled_role(doc, i)):
            previous = doc[j - 1]
            plain = previous.text.islower() and previous.lower_ not in OF | ARTICLES
            if (
                j > i + 1
                and (plain or _acronym(previous))
                and is_name_word(word)
                and previous.lower_ not in PLACE_NOUNS  # "o morador do bairro Congós"
            ) or (
                j > i + 1
                and word.ent_iob_ == "B"
                and word.ent_type_ == "PER"
                and is_first_name(word.text)
            ):  # "Tenente-Brigadeiro do Ar Heraldo Rodrigues"
                break  # a name after the role: "a dona de casa Oliene", "do IBGE Luiz Sá"
            j += 1  # a modifier ("das Relações Exteriores") or a titled role ("Diretor Executivo")
        elif j > i + 1 and word.is_digit and doc[j - 1].text[:1].isupper():
            j += 1  # a year in the body's name: "o diretor da Tóquio 2020"
        elif (
            j > i + 1
            and word.lower_ in PLACE_PREPOSITIONS
            and (doc[j - 1].text[:1].isupper() or _gentilic_word(doc[j - 1]))
            and j + 1 < limit
            and (is_known_place([doc[j + 1].text]) or _acronym(doc[j + 1]))
        ):
            # where the body serves: "o embaixador do Canadá no Brasil", "a embaixadora
            # norte-americana na ONU"
            j += 2
        elif (
            j > i + 1
            and word.text == "("
            and j + 3 < limit
            and doc[j + 1].is_alpha
            and doc[j + 1].text[:1].isupper()
            and doc[j + 2].text == ")"
            and doc[j + 3].lower_ in OF
        ):
            j += 3  # its acronym, then more of its name: "Exterior (Secex) do MDIC"
        else:
            break
    return j


def plural_noun(token: Token, nouns: SpeakerNouns) -> bool:
    """A lower-case plural role noun, which the article "a" cannot go with: after "a" it
    is an addressee ("disse a aliados", "a jornalistas"); not a thing ("se referem a
    causas que")."""
    return token.is_lower and nouns.is_plural(token.text)


def quoted_name_close(doc: Doc, i: int, limit: int) -> int | None:
    """The closing mark of a short capitalised name in quotation marks opening at ``i``
    ("“Planeta Sinclair”", "«El Tiempo»"), before ``limit``."""
    if i + 2 >= limit or doc[i].text not in PAIRS or not doc[i + 1].text[:1].isupper():
        return None
    closer = PAIRS[doc[i].text]
    return next(
        (
            k
            for k in range(i + 2, min(limit, i + MAX_QUOTED_NAME_WORDS + 2))
            if doc[k].text == closer
        ),
        None,
    )


def _between_capitals(doc: Doc, j: int, limit: int) -> bool:
    """Whether the small word at ``j`` joins two capitalised words of a body's name or
    place ("Combate à Fome", "Canadá no Brasil")."""
    return (
        doc[j - 1].text[:1].isupper()
        and j + 1 < limit
        and doc[j + 1].text[:1].isupper()
        and is_word(doc[j + 1])
    )


def _listed_modifiers(doc: Doc, j: int, limit: int) -> bool:
    """ ", Científica e Tecnológica" at ``j``: more capitalised adjectives of a body's
    name, listed after a comma; not an apposed name ("…, Carla Jardim")."""
    if j + 3 >= limit or doc[j].text != "," or doc[j + 2].lower_ != "e":
        return False
    if not doc[j - 1].text[:1].isupper():
        return False
    listed = (doc[j + 1], doc[j + 3])
    return all(word.text[:1].isupper() and _capitalised_modifier(word) for word in listed)


#: "a"/"o" joined to the preposition "a", inside a body's name ("Combate à Fome").
TO_CONTRACTIONS = frozenset({"à", "às", "ao", "aos"})


#: The most words of the last part of a body's name listed after a comma.
MAX_LISTED_WORDS = 10


def _name_follows(doc: Doc, i: int, limit: int) -> bool:
    """A first name at ``i``, or after a title of up to three words ("senador Carlos
    Viana", "Tenente-Brigadeiro do Ar Heraldo Rodrigues")."""
    for k in range(i, min(limit, i + 4)):
        if is_first_name(doc[k].text):
            return True
        if not doc[k].text.replace("-", "").isalpha():
            return False
    return False


def _set_off_name(doc: Doc, i: int, limit: int) -> bool:
    """Two to five capitalised words at ``i`` set off by a comma before a clause, the
    first no abstract noun: a name no list knows ("…, Tecnologia e Inovação, Jezihel
    Pena Lima, o parecer …"), not one more part of a body's name ("…, Desenvolvimento
    Regional, …")."""
    k = i
    while k < limit and (is_name_word(doc[k]) or (k > i and doc[k].lower_ in NAME_PARTICLES)):
        k += 1
    return (
        2 <= k - i <= 5
        and is_name_word(doc[k - 1])
        and k + 1 < limit
        and doc[k].text == ","
        and doc[k + 1].is_lower
        and not doc[i].lower_.endswith(ABSTRACT_NOUN_ENDINGS)
        and not any(doc[j].lower_.endswith(ADJECTIVE_ENDINGS) for j in range(i, k))
    )


def _listed_body_words(doc: Doc, j: int, limit: int) -> int | None:
    """The comma closing the parts of a body's name listed after the comma at ``j``,
    when a person's name follows it: ", Família e Combate à Fome, Wellington Dias",
    ", Indústria, Comércio e Serviços (MDIC), Geraldo Alckmin"."""
    if doc[j].text != "," or not doc[j - 1].text[:1].isupper():
        return None
    if j + 1 >= limit or not doc[j + 1].text[:1].isupper() or is_first_name(doc[j + 1].text):
        return None
    k = j + 2
    part = j  # the comma opening the part being read
    while k < min(limit - 1, part + MAX_LISTED_WORDS + 2):
        word = doc[k]
        if word.text == ",":
            joined = any(t.lower_ == "e" for t in doc[j + 1 : k])
            if joined and (_name_follows(doc, k + 1, limit) or _set_off_name(doc, k + 1, limit)):
                return k
            if doc[k + 1].text[:1].isupper() and not is_first_name(doc[k + 1].text):
                # one more part (", Indústria, Comércio e Serviços (MDIC), Geraldo") or a
                # second list ("…, Inovação e Negócios da Secretaria de Desenvolvimento
                # Industrial, Inovação, Comércio e Serviços do MDIC, Luiz Gondin")
                part = k
                k += 1
                continue
            return None
        if word.text == "(" and k + 3 < limit and doc[k + 2].text == ")":
            k += 3  # the body's initials before the name: "… e Serviços (MDIC), Geraldo"
            joined = any(t.lower_ == "e" for t in doc[j + 1 : k])
            if joined and is_first_name(doc[k].text):
                return k  # no comma: "… e Gestão da Informação (DAMGI) Tatiana Dias"
            continue
        if not (word.text[:1].isupper() or word.lower_ in BODY_NAME_JOINERS):
            return None
        k += 1
    return None


#: Lower-case words inside a body's listed name ("… e Ações Climáticas no Turismo").
BODY_NAME_JOINERS = OF | TO_CONTRACTIONS | PLACE_PREPOSITIONS | {"e", "a"}


def _joins_body_name(doc: Doc, j: int, limit: int) -> int | None:
    """Past "em" or "e" and the word it joins inside a body's capitalised name:
    "Vigilância em Saúde e Ambiente (SVSA)"; "e" only before the name's last words and
    its initials, the apposed person ("… e Ambiente, Ethel Maciel") or more of the name
    ("Desenvolvimento e Assistência Social, Família e Combate à Fome, …", "Combate à
    Fome e à Pobreza, Valéria Burity"), not "… e Lula"."""
    word = doc[j].lower_
    if word not in ("em", "e") or not doc[j - 1].text[:1].isupper():
        return None
    first = j + 1
    if word == "e" and first < limit and doc[first].lower_ in TO_CONTRACTIONS | OF:
        first += 1  # "e à Pobreza"
    if first >= limit or not doc[first].text[:1].isupper() or not is_word(doc[first]):
        return None
    if word == "em":
        return first + 1
    run_end = first
    while run_end < limit and doc[run_end].text[:1].isupper() and is_word(doc[run_end]):
        run_end += 1  # "e Assistência Social"
    if run_end >= limit:
        return None
    closing = doc[run_end]  # "e Ambiente (SVSA)", "e Ambiente, Ethel", "e …Social, Família e …"
    joins = closing.text == "(" or (
        closing.text == ","
        and run_end + 1 < limit
        and (
            is_first_name(doc[run_end + 1].text)
            or _listed_body_words(doc, run_end, limit) is not None
        )
    )
    of_body = (  # "diretora de Combate à Fome e Gestão do Sisan": the body's own name
        closing.lower_ in OF
        and run_end + 1 < limit
        and doc[run_end + 1].text[:1].isupper()
        and (doc[first].lower_.endswith(ABSTRACT_NOUN_ENDINGS) or doc[first].lower_ in BODY_PARTS)
    )
    return first + 1 if joins or of_body else None


#: Nouns that name a part of a body's remit after "e", as abstract nouns do: "e Gestão
#: do Sisan", "e Políticas de Saúde".
BODY_PARTS = frozenset({"gestão", "políticas", "programas", "projetos", "relações", "assuntos"})


def _body_adjective(doc: Doc, j: int, limit: int) -> bool:
    """A lowercase word after a body's noun and before the name of what the body
    belongs to: "curador" in "do conselho curador do Cebri"; not a verb ("falou")."""
    word, previous = doc[j], doc[j - 1]
    if not (word.is_alpha and word.text.islower() and previous.text.islower()):
        return False
    if previous.lower_ in OF | ARTICLES or narrates(word.lower_) or word.lower_.endswith("ram"):
        return False
    k = j + 1
    if k >= limit or doc[k].lower_ not in OF:
        return False
    k += 1
    if k < limit and doc[k].lower_ in ARTICLES:
        k += 1
    return k < limit and doc[k].text[:1].isupper() and is_word(doc[k])


def past_parenthesis(doc: Doc, i: int, limit: int) -> int:
    """Past a parenthesis opening at token ``i`` and closing before ``limit`` ("o INE
    (…)", "… Ambiente (SVSA), Name"), or ``i``."""
    if i < limit and doc[i].text == "(":
        return next((j + 1 for j in range(i + 1, limit) if doc[j].text == ")"), i)
    return i


def _acronym(token: Token) -> bool:
    """ "IBGE", "PSD", "G1": a body's initials, which a person's name may follow."""
    text = token.text
    return len(text) >= 2 and text.isupper() and text.isalnum() and text[0].isalpha()


def _titled_role(doc: Doc, i: int) -> bool:
    """A role followed by a capitalised modifier and "de" (or "em", "para"): "Diretor
    Executivo do", "Secretário Geral da", "o secretário Nacional de Segurança Pública",
    "o Consultor Federal em Educação"; not a name ("o Professor Koen de Ridder", "o
    senador Romário de Souza")."""
    return (
        i + 2 < len(doc)
        and doc[i + 1].text[:1].isupper()
        and _capitalised_modifier(doc[i + 1])
        and (doc[i + 2].lower_ in OF or doc[i + 2].lower_ in ("em", "para"))
    )


#: Endings of the adjectives that capitalised titles take: "Executivo", "Geral", "Adjunto".
MODIFIER_ENDINGS = (
    *("ivo", "iva", "al", "ário", "ária", "ico", "ica", "ente", "ante", "unto", "unta"),
    *("or", "ora", "ado", "ada", "eiro", "eira"),
)


def _coordinated_roles_end(doc: Doc, j: int, limit: int, nouns: SpeakerNouns) -> int:
    """Past more roles joined to the first: "a cientista política [e professora
    universitária] Carla Quaresma", "o consultor [especialista em reestruturação]
    Riccardo Gambarotto"; ``j`` itself when none follows."""
    k = j
    if (
        k < limit
        and doc[k].is_alpha
        and doc[k].text.islower()
        and not doc[k].is_stop
        and not nouns.head(doc[k].text)
    ):
        k += 1  # the first role's adjective: "política"
    if k + 1 < limit and doc[k].lower_ == "e" and nouns.head(doc[k + 1].text):
        end = role_end(doc, k + 1, limit)
        if end < limit and doc[end].is_alpha and doc[end].text.islower() and not doc[end].is_stop:
            end += 1  # "universitária"
        return end
    if k < limit and doc[k].text.islower() and nouns.head(doc[k].text):
        end = k + 1  # "o consultor de empresas especialista em reestruturação Riccardo …"
        while end < min(limit, k + MAX_SECOND_ROLE_TOKENS) and doc[end].text.islower():
            end += 1
        if end < limit and is_name_word(doc[end]) and not doc[end - 1].is_stop:
            return end  # not "o multiencalacrado senador no Twitter": a place, no name
    return j


#: The most lower-case words that may follow a role before its name set off by a comma.
MAX_TRAILING_MODIFIERS = 2


def _plain_word(token: Token) -> bool:
    """A lower-case word that is no function word: a role's adjective ("responsável")."""
    return token.is_alpha and token.text.islower() and not token.is_stop


#: The most words a second role set beside the first may take before the name.
MAX_SECOND_ROLE_TOKENS = 5

#: Prepositions opening what a role covers: "o arqueólogo-chefe para as linhas de Nazca".
ROLE_SCOPES = frozenset({"para", "pelo", "pela", "pelos", "pelas", "junto"})
#: Words that put a role in charge of what follows: "o delegado responsável pelo caso".
IN_CHARGE = frozenset({"responsável", "responsáveis"})
#: The most words such a scope may take before the name set off after it.
MAX_SCOPE_TOKENS = 7


def _word_before_name(doc: Doc, k: int, limit: int) -> bool:
    """A lower-case word, no function word, right before a name: "o dirigente agrícola
    Orlando Gonçalves", "o empresário Paulo Misk"."""
    return (
        k + 1 < limit
        and doc[k].is_alpha
        and doc[k].text.islower()
        and not doc[k].is_stop
        and is_name_word(doc[k + 1])
    )


def _with_apposition(doc: Doc, mention: Mention, limit: int, nouns: SpeakerNouns) -> Mention:
    """Prefer the name in "o porta-voz da CSTO, Vladimir Zainetdinov" to the role."""
    j = mention.end
    if mention.kind in ("role", "other"):
        j = _coordinated_roles_end(doc, j, limit, nouns)
    k = j
    while k < min(limit, j + MAX_TRAILING_MODIFIERS) and _plain_word(doc[k]):
        k += 1
    if j < k < limit and doc[k].text == ",":
        j = k  # "o delegado responsável, Carlos Andrade", "o porta-voz militar russo, o …"
    if j + 3 < limit and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 3].text == ",":
        j += 3  # the body's acronym: "o sociólogo da Universidade Federal do Ceará (UFC), X"
    if mention.kind in ("role", "other") and j < limit and doc[j].lower_ in NAME_CONNECTORS:
        j = _name_tail_end(doc, j, limit)
    if mention.kind in ("role", "other") and j + 2 < limit and doc[j].lower_ in PLACE_PREPOSITIONS:
        k = j + 1  # a place after the role: "o chefe dos negociadores em Luanda, Isaías Samakuva"
        while k < min(limit, j + 5) and (is_name_word(doc[k]) or doc[k].lower_ in OF):
            k += 1
        if k > j + 1 and k < limit and doc[k].text == "," and is_name_word(doc[k - 1]):
            j = k
    if j + 2 < limit and doc[j].lower_ in IN_CHARGE and doc[j + 1].lower_ in ROLE_SCOPES:
        j += 1  # "o delegado responsável pelo caso, Flávio Luís Teixeira"
    if mention.kind in ("role", "other") and j + 2 < limit and doc[j].lower_ in ROLE_SCOPES:
        k = j + 1  # "o arqueólogo-chefe para as linhas de Nazca, Johny Isla, à agência"
        while k < min(limit, j + MAX_SCOPE_TOKENS) and is_word(doc[k]):
            k += 1
        if k < limit and doc[k].text == ",":
            name = name_mention_at(doc, k + 1, limit, nouns)
            closed = name is not None and (name.end >= limit or doc[name.end].is_punct)
            if name is not None and name.kind == "name" and closed:
                return name
    if mention.kind in ("role", "other") and j + 1 < limit and doc[j].text == ",":
        k = j + 1
        if k + 2 < limit and doc[k].lower_ in ARTICLES and nouns.head(doc[k + 1].text):
            k += 1  # "Relator do projeto, o senador Antonio Anastasia"
        elif doc[k].lower_ in ARTICLES and _word_before_name(doc, k + 1, limit):
            k += 2  # a noun no lexicon holds: "Coordenador da …, o empresário Paulo Misk"
        if (
            k + 1 < limit
            and doc[k].text.islower()
            and nouns.head(doc[k].text)
            and is_name_word(doc[k + 1])
        ):
            k += 1  # a title first: "o ex-porta-voz da Presidência, general Otávio Barros"
        name = name_mention_at(doc, k, limit, nouns)
        if name is not None and name.kind == "name":
            return name
    if mention.kind in ("role", "other") and _word_before_name(doc, j, limit):
        j += 1  # an adjective between: "o dirigente agrícola Orlando Gonçalves"
    if mention.kind in ("role", "other") and j < limit and is_name_word(doc[j]):
        name = name_mention_at(doc, j, limit, nouns)  # "o economista João Duque"
        if name is not None and name.kind == "name" and nouns.is_body(doc[j - 1].text):
            # the body's own name: "a representante do movimento Preserve Pipa, Michaela …"
            body_role = Mention(mention.start, name.end, mention.kind)
            return _with_apposition(doc, body_role, limit, nouns)
        if name is not None and name.kind == "name":
            return name
    return mention


def _name_tail_end(doc: Doc, j: int, limit: int) -> int:
    """The comma after the rest of an organisation's name a role phrase stopped in.

    "o presidente da Ritterbusch & Associates, Jim Ritterbusch": the role ends at
    "Ritterbusch"; the name goes on to the comma.  ``j`` itself when no comma
    follows within capitalised words and connectors.
    """
    k = j
    while k < limit and k - j < MAX_NAME_TAIL:
        word = doc[k]
        if word.text == ",":
            return k if k > j else j
        if not (
            word.text[:1].isupper()
            or word.lower_ in NAME_CONNECTORS
            or word.lower_ in OF
            or word.lower_ in ARTICLES
        ):
            break
        k += 1
    return j


def _part_of_a_person(doc: Doc, ent: Span) -> bool:
    """Whether the words of ``ent`` are inside a PER entity elsewhere in the document."""
    words = tuple(t.text for t in ent)
    return any(
        other.label_ == "PER" and contains_words(tuple(t.text for t in other), words)
        for other in doc.ents
        if other.start != ent.start
    )


def titled_name_start(ent: Span, nouns: SpeakerNouns) -> int | None:
    """Where the name starts in an entity that opens on a title ("Dr. Samuel Almond",
    "Prof. Koen de Ridder", whatever label a model gave it); None for other entities."""
    doc, i = ent.doc, ent.start
    if nouns.head(doc[i].text) is None or not doc[i].text[:1].isupper():
        return None
    if i + 1 < ent.end and doc[i + 1].text == ".":
        i += 1  # a tokenizer's "Prof" "."
    if i + 1 < ent.end and is_name_word(doc[i + 1]) and not _titled_role(doc, ent.start):
        return i + 1
    return None


def name_mention_at(doc: Doc, i: int, limit: int, nouns: SpeakerNouns) -> Mention | None:
    """A name, organisation or role starting exactly at token ``i``."""
    ent = entity_at(doc, i)
    if ent is not None and ent.start < i and titled_name_start(ent, nouns) == i:
        return Mention(i, min(ent.end, limit), "name")  # "Almond" in a model's "Dr. Almond"
    if ent is not None and ent.start == i:
        kind = classify_entity(ent, nouns)
        if kind is None and ent.label_ == "LOC" and _part_of_a_person(doc, ent):
            kind = "name"  # "Zas" tagged LOC where "Stanislav Zas" is a PER
        if kind == "role":
            return Mention(i, role_end(doc, i, limit), "role")
        if kind is not None:
            return Mention(i, min(ent.end, limit), kind)
        return None
    if nouns.head(doc[i].text) is not None:
        return Mention(i, role_end(doc, i, limit), "role")
    if is_name_word(doc[i]) and not doc[i].ent_type_:
        return Mention(i, name_end(doc, i, limit), "name")
    if is_initial(doc[i].text) and i + 1 < limit and is_name_word(doc[i + 1]):
        return Mention(i, name_end(doc, i + 1, limit), "name")  # "A. Carvalho"
    return None


#: The most tokens an aside may take: between a cue and its "que", or between a
#: subject and its verb ("Moutinho, por seu lado, afirma").
MAX_ASIDE_TOKENS = 6

#: Days that may stand between a cue and its subject ("afirmou quarta-feira Teodor X").
WEEKDAYS = frozenset(
    {"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"}
    | {"sábado", "domingo"}
)
#: Words before a day in such a phrase ("afirmou na quarta-feira").
DAY_OPENERS = frozenset({"na", "no", "nesta", "neste", "esta", "este", "ao", "à"})


#: The channel a statement came through, between a cue and its subject: "escreveu em nota Jim Reid".
CHANNEL_OPENERS = frozenset({"em", "numa", "num", "na", "no", "por"})
CHANNELS = frozenset(
    {"nota", "comunicado", "entrevista", "mensagem", "carta", "depoimento", "ocasião", "vídeo"}
)


def _past_time_words(doc: Doc, i: int, limit: int) -> int:
    """Past adverbs, a day and a channel: "disse ontem", "afirmou na quarta-feira em nota"."""
    while i < limit:
        if doc[i].lower_ in ADVERBS or doc[i].lower_ in WEEKDAYS:
            i += 1
        elif i + 1 < limit and (
            (doc[i].lower_ in DAY_OPENERS and doc[i + 1].lower_ in WEEKDAYS)
            or (doc[i].lower_ in CHANNEL_OPENERS and doc[i + 1].lower_ in CHANNELS)
        ):
            i += 2
        else:
            break
    return i


def _past_outlet_aside(doc: Doc, i: int, limit: int) -> int:
    """Past an outlet and the aside in brackets after it, to the subject: "explicou à
    BBC News Mundo (serviço em espanhol da BBC) a astrônoma Chiaki Kobayashi"; ``i``
    itself (at "à") when no bracket follows the outlet's name."""
    k = i + 1
    while k < limit and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    if k == i + 1 or k >= limit or doc[k].text != "(":
        return i
    close = next(
        (j for j in range(k + 1, min(limit, k + MAX_ASIDE_TOKENS + 4)) if doc[j].text == ")"), None
    )
    return close + 1 if close is not None and close + 1 < limit else i


def _person_after(doc: Doc, i: int, limit: int) -> bool:
    """Whether a person's name, opening on a given name, starts at token ``i``."""
    if i >= limit or not is_first_name(doc[i].text):
        return False
    ent = entity_at(doc, i)
    return ent is not None and ent.label_ == "PER" and ent.start == i


def mention_after(
    doc: Doc, i: int, limit: int, nouns: SpeakerNouns, other: bool = False
) -> Mention | None:
    """The speaker mention starting at ``i`` (a post-verbal subject or the X of "segundo X").

    other: also accept a noun phrase outside the lexicon ("disse o estilista"),
    as kind ``other``; never one that cannot speak ("o relatório").
    """
    i = _past_time_words(doc, i, limit)
    anonymous = _anonymous_after(doc, i, limit, nouns)
    if anonymous is not None:
        return _apposed_name(doc, anonymous.end, limit, nouns) or anonymous
    if i + 1 < limit and doc[i].lower_ == "a" and plural_noun(doc[i + 1], nouns):
        i += 2  # "disse a jornalistas (de Brasília)": an addressee, not the speaker
        while i + 1 < limit and doc[i].lower_ in OF and doc[i + 1].is_lower:
            i += 2
    if i + 2 < limit and doc[i].lower_ in TO:
        i = _past_outlet_aside(doc, i, limit)
    if i + 2 < limit and doc[i].lower_ in TO:
        # "garantiu ao PÚBLICO o advogado": skip the indirect object up to the next article
        window = range(i + 1, min(limit, i + 5))
        stop = next((j for j in window if doc[j].lower_ == "que" or doc[j].is_punct), limit)
        skip = next((j for j in window if j < stop and doc[j].lower_ in ARTICLES), None)
        if skip is not None:  # not past "que": "informou à TV Globo que a Polícia …"
            i = skip
        elif doc[i + 1].text[:1].isupper() and (
            is_name_word(doc[i + 2]) or nouns.head(doc[i + 2].text) is not None
        ):
            run = i + 2  # "afirmou ao PÚBLICO Isabel Cruz", "disse à Folha Antonio Pedrosa"
            first = is_first_name(doc[run].text)
            while run + 1 < limit and is_name_word(doc[run + 1]) and not first:
                run += 1  # "disse à Agência Associated Press Ben Hovland": the name's first word
                first = is_first_name(doc[run].text)
            if first and run > i + 2:  # whatever entity swallowed it
                return _with_apposition(
                    doc, Mention(run, name_end(doc, run, limit), "name"), limit, nouns
                )
            if not first and run == i + 2 and (run + 1 >= limit or doc[run + 1].is_punct):
                # "disse à Associated Press:": two words, the outlet's name, no subject after
                # it; three are an outlet and a name ("disse ao PÚBLICO Almeida Guerra.")
                return None
            i = run if first else i + 2
    if i >= limit:
        return None
    token = doc[i]
    if token.lower_ in PRONOUNS or _standalone_demonstrative(doc, i, limit):
        return Mention(i, i + 1, "pronoun")
    particles = i
    while particles < limit and doc[particles].lower_ in OPENING_PARTICLES:
        particles += 1
    if (
        i < particles < limit
        and is_name_word(doc[particles])
        and (particles - i >= 2 or doc[i].lower_ not in ("de", "da", "do", "dos", "das"))
    ):
        return Mention(i, name_end(doc, particles, limit), "name")  # "de la Peña"
    if token.lower_ in POSSESSIVES and i + 1 < limit and doc[i + 1].lower_ in PRESS_OFFICES:
        return Mention(i, role_end(doc, i + 1, limit, True), "org")  # "sua assessoria"
    start = i + 1 if token.lower_ in ARTICLES and i + 1 < limit else i
    # "Na opinião do delegado", "cálculos do deputado": the article is in the "do"
    determined = start != i or (i > 0 and doc[i - 1].lower_ in CONTRACTED_ARTICLES)
    modified = start != i and start + 1 < limit and doc[start].lower_ in ROLE_MODIFIERS
    if modified and nouns.head(doc[start + 1].text):
        start += 1  # "o então sindicalista"
    feminine = doc[i].lower_ == "a" if start == i + 1 else i > 0 and doc[i - 1].lower_ == "da"
    if feminine and doc[start].text == DEFENCE:
        # "segundo a defesa (de Lula), …", "nota da defesa", not "o defesa português Hélder"
        return Mention(i, role_end(doc, start, limit, True), "org")
    if determined and (nouns.head(doc[start].text) or nouns.is_body(doc[start].text)):
        kind = "org" if nouns.is_body(doc[start].text) else "role"
        if kind == "org" and _person_after(doc, start + 1, limit):
            # a trade that names bodies and people alike: "a farmacêutica Patrícia
            # Mendes", not "a farmacêutica Moderna"
            return Mention(start + 1, name_end(doc, start + 1, limit), "name")
        mention = Mention(i, role_end(doc, start, limit, kind == "org"), kind)
        ent = entity_at(doc, start)
        if ent is not None and kind == "org" and classify_entity(ent, nouns) == "org":
            mention = Mention(i, max(mention.end, min(ent.end, limit)), "org")
        return _with_apposition(doc, mention, limit, nouns)
    if (
        start != i
        and start + 1 < limit
        and doc[start].is_alpha
        and doc[start].text.islower()
        and is_name_word(doc[start + 1])
    ):
        named = name_mention_at(doc, start + 1, limit, nouns)  # "a aposentada Maria Souza"
        if named is not None and named.kind == "name":
            return named
    if (
        start != i
        and doc[start].is_alpha
        and doc[start].text.islower()
        and _word_before_name(doc, start + 1, limit)
    ):
        named = name_mention_at(doc, start + 2, limit, nouns)  # "o defesa português Hélder"
        if named is not None and named.kind == "name":
            return named
    found = name_mention_at(doc, start, limit, nouns)
    bare_body = start == i and token.is_lower and nouns.is_body(token.text)
    if found is None and bare_body and (i + 1 >= limit or not doc[i + 1].is_alpha):
        return Mention(i, i + 1, "org")  # a headline's "…, diz polícia"
    bare_role = start == i and token.is_lower and nouns.head(token.text) is not None
    if found is None and bare_role and (i + 1 >= limit or doc[i + 1].text in ".!?"):
        return Mention(i, i + 1, "role")  # a headline's "…, diz psicanalista."
    if found is None:
        if other and start != i:
            return common_noun_phrase(doc, i, limit, nouns)
        return None
    if found.kind == "role":
        found = Mention(i, found.end, "role")
    return _with_apposition(doc, found, limit, nouns)


#: A possessive names whose a noun is: "na sua opinião", "segundo sua assessoria".
POSSESSIVES = frozenset({"sua", "seu", "suas", "seus"})
#: Offices that speak for the body they serve ("a assessoria de imprensa da Polícia Civil").
PRESS_OFFICES = frozenset({"assessoria", "assessorias"})
#: "de" joined to an article: the noun after it is determined ("do delegado").
CONTRACTED_ARTICLES = frozenset({"do", "da", "dos", "das"})
#: "a mesma fonte", "o próprio porta-voz": the same unnamed source again.
SAME = frozenset({"mesma", "mesmo", "mesmas", "mesmos"})
#: An indefinite role is an unnamed person ("disse um porta-voz do ministério").
#: Determiners of someone the text does not name: "um general", "outra fonte".
INDEFINITE_DETERMINERS = frozenset({"um", "uma", "outro", "outra"})
UNNAMED_DETERMINERS = frozenset({"o", "a", "os", "as", "uns", "umas", *INDEFINITE_DETERMINERS})


def _apposed_name(doc: Doc, j: int, limit: int, nouns: SpeakerNouns) -> Mention | None:
    """A name set off after an unnamed source: "um dos jornalistas, o americano Nate Thayer"."""
    comma = next((k for k in range(j, min(limit, j + 4)) if doc[k].text == ","), None)
    if comma is None or any(doc[k].is_punct for k in range(j, comma)):
        return None
    k = comma + 1
    if k < limit and doc[k].lower_ in ARTICLES:
        k += 1
    if k + 1 < limit and doc[k].is_alpha and doc[k].text.islower() and is_name_word(doc[k + 1]):
        k += 1  # "o americano Nate Thayer"
    name = name_mention_at(doc, k, limit, nouns) if k < limit else None
    return name if name is not None and name.kind == "name" else None


def _anonymous_after(doc: Doc, i: int, limit: int, nouns: SpeakerNouns) -> Mention | None:
    """An unnamed source at ``i``: "fonte da PSP", "uma fonte hospitalar".

    Also after the outlet it spoke to: "disse à agência Lusa uma fonte daquele hospital".
    """
    if i < limit and doc[i].lower_ in TO:
        for j in range(i + 1, min(limit, i + 5)):
            if doc[j].is_punct:
                return None
            if nouns.is_anonymous(doc[j].text) or (
                doc[j].lower_ in UNNAMED_DETERMINERS
                and j + 1 < limit
                and (
                    nouns.is_anonymous(doc[j + 1].text)
                    or (doc[j].lower_ in INDEFINITE_DETERMINERS and nouns.head(doc[j + 1].text))
                )
            ):
                i = j
                break
    start = i
    if (
        i + 2 < limit
        and doc[i].lower_ in INDEFINITE_DETERMINERS
        and doc[i + 1].lower_ in ("dos", "das")
    ):
        i += 2  # "um dos jornalistas nesse grupo": one of a group, unnamed
        if i + 1 < limit and doc[i].lower_ in GROUP_MODIFIERS:
            i += 1  # "um dos outros elementos do PSD"
        plural = doc[i].lower_
        if any(nouns.head(w) or nouns.is_anonymous(w) for w in (plural[:-1], plural[:-2])) or (
            plural.endswith("s") and doc[i].is_alpha and doc[i].is_lower and not doc[i].is_stop
        ):
            end = role_end(doc, i, limit)
            while end < limit and doc[end].is_alpha and doc[end].text.islower() and end - i < 5:
                end += 1
            return Mention(start, end, "anonymous")
        return None
    if i + 1 < limit and doc[i].lower_ in UNNAMED_DETERMINERS:
        i += 1
        if i + 1 < limit and doc[i].lower_ in SAME:
            i += 1  # "a mesma fonte"
    if i < limit and nouns.is_anonymous(doc[i].text) and doc[i].text.islower():
        return Mention(start, role_end(doc, i, limit), "anonymous")
    if (
        i > start
        and doc[start].lower_ in INDEFINITE_DETERMINERS
        and i < limit
        and nouns.head(doc[i].text)
        and doc[i].text.islower()
    ):
        end = role_end(doc, i, limit)  # "…, disse um porta-voz do hospital."
        if end >= limit or doc[end].text in (".", ",", ";") or _heard_by(doc, end, limit):
            return Mention(start, end, "anonymous")  # not "alertaram um vizinho que …"
    return _one_of_many(doc, start, limit, nouns)


def _heard_by(doc: Doc, i: int, limit: int) -> bool:
    """A participle and its agent closing a source's clause: "…, afirmou uma amiga
    [ouvida pelo G1]."."""
    return (
        i + 1 < limit
        and doc[i].is_lower
        and doc[i].lower_.endswith(PARTICIPLE_ENDINGS)
        and doc[i + 1].lower_ in ("pelo", "pela", "por")
        and limit - i <= MAX_AGENT_TOKENS
    )


#: The most tokens of a participle and its agent after a source: "ouvida pelo G1".
MAX_AGENT_TOKENS = 6


#: Words between "um dos" and the group's noun: "um dos outros elementos", "uma das suas colegas".
GROUP_MODIFIERS = frozenset({"outros", "outras", "seus", "suas", "principais", "muitos", "muitas"})


#: Another of several commenters, unnamed: "comentou outra", "elogiou um terceiro".
ANOTHER = frozenset({"outro", "outra"})
ORDINALS = frozenset({"terceiro", "terceira", "quarto", "quarta", "quinto", "quinta"})
#: What may follow such a subject: the end of its clause.
SUBJECT_ENDS = frozenset({".", ",", ";", "!", "?"})


def _one_of_many(doc: Doc, i: int, limit: int, nouns: SpeakerNouns) -> Mention | None:
    """One more of several commenters the text leaves unnamed: "postou mais um",
    "comentou outra", "elogiou um terceiro", "escreveu mais um internauta"."""
    j = i + 1 if i + 1 < limit and doc[i].lower_ == "mais" else i
    if j >= limit or doc[j].lower_ not in INDEFINITE_DETERMINERS:
        return None
    k = j + 1
    if k < limit and doc[k].lower_ in ORDINALS:
        k += 1
    elif j == i and doc[j].lower_ not in ANOTHER:
        return None  # a bare "um" is a number
    if k < limit and nouns.head(doc[k].text) and doc[k].text.islower():
        k = role_end(doc, k, limit)
    if k >= limit or doc[k].text in SUBJECT_ENDS or doc[k].is_space:
        return Mention(i, k, "anonymous")  # not "exigiram outra autópsia"
    return None


def common_noun_phrase(doc: Doc, i: int, limit: int, nouns: SpeakerNouns) -> Mention | None:
    """Article + noun outside the lexicon ("o estilista", "a família"), with an apposed name."""
    head = i + 1
    if head >= limit or not doc[head].is_alpha or not doc[head].text.islower():
        return None
    if nouns.is_anonymous(doc[head].text):
        return Mention(i, role_end(doc, head, limit), "anonymous")
    if doc[head].lower_ in nouns.silent or doc[head].is_stop:
        return None
    return _with_apposition(doc, Mention(i, role_end(doc, head, limit), "other"), limit, nouns)


def common_noun_before(doc: Doc, k: int, floor: int, nouns: SpeakerNouns) -> Mention | None:
    """Article + noun outside the lexicon ending at ``k`` ("o estilista diz que")."""
    if k - 1 < floor or doc[k - 1].lower_ not in ARTICLES:
        return None
    return common_noun_phrase(doc, k - 1, k + 1, nouns)


def _standalone_demonstrative(doc: Doc, i: int, limit: int) -> bool:
    """ "este" standing for a person: followed by a comma, the clause's end or a verb
    (a speech cue), not by a noun ("este ano")."""
    if doc[i].lower_ not in DEMONSTRATIVES:
        return False
    following = doc[i + 1] if i + 1 < min(limit, len(doc)) else None
    return (
        following is None
        or following.text in (",", ".", ";", ":")
        or following.pos_ in ("VERB", "AUX")
    )


#: Places a body belongs to that the text named before: "o Ministério Público do estado".
HOME_PLACES = frozenset({"estado", "município", "país", "cidade"})
#: Words that end a Portuguese name as they would a kinship role: "Burle Filho",
#: "Gazeta Neto", "Cid Júnior".
NAME_SUFFIXES = frozenset({"filho", "neto", "sobrinho", "júnior", "junior"})


def mention_ending_at(doc: Doc, k: int, floor: int, nouns: SpeakerNouns) -> Mention | None:
    """A mention whose last token is ``k`` (not before ``floor``), read leftwards."""
    token = doc[k]
    if token.lower_ in PRONOUNS or token.lower_ in DEMONSTRATIVES:
        return Mention(k, k + 1, "pronoun")  # a demonstrative ending a mention stands alone
    ent = entity_at(doc, k)
    kind = classify_entity(ent, nouns) if ent is not None and ent.end == k + 1 else None
    if ent is not None and kind == "name":
        start = max(ent.start, floor)
        defence = _defence_of(doc, start, floor, nouns)
        if defence is not None:
            return Mention(defence, k + 1, "org")
        if (
            start - 2 >= floor
            and doc[start - 1].lower_ in OF
            and nouns.head(doc[start - 2].text)
            and doc[start].text.isalpha()  # not "o diretor da J&F Ricardo Saud"
            and not doc[start].text.isupper()
        ):
            return _role_ending_at(doc, k, floor, nouns)  # "o advogado de Renato Duque": his
        head = _role_of_complements(doc, start, floor, nouns)
        if head is not None:  # "O relator do processo de Jean Wyllys argumentou": the relator
            article = head > floor and doc[head - 1].lower_ in ARTICLES
            return Mention(head - article, k + 1, "role")
        return Mention(start, k + 1, kind)
    if (
        token.lower_ in NAME_SUFFIXES
        and token.text[:1].isupper()
        and k - 1 >= floor
        and is_name_word(doc[k - 1])
    ):
        return Mention(_name_start(doc, k, floor), k + 1, "name")  # "Burle Filho", not a son
    role = _role_ending_at(doc, k, floor, nouns)
    if (
        role is not None
        and role.start > floor
        and doc[role.start - 1].lower_ in POSSESSIVES
        and doc[role.start].lower_ in PRESS_OFFICES
    ):
        return Mention(role.start - 1, role.end, "org")  # "Sua assessoria informou"
    if role is not None and role.start > floor and nouns.is_body(doc[role.start - 1].text):
        described = role.start - 1  # "A empresa dona da aeronave diz": the company
        if described > floor and doc[described - 1].lower_ in ARTICLES:
            described -= 1
        return Mention(described, k + 1, "org")
    if role is not None and role.kind == "role":
        defence = _defence_of(doc, role.start + (doc[role.start].lower_ in ARTICLES), floor, nouns)
        if defence is not None:  # "a defesa do ex-presidente diz": not the client
            return Mention(defence, k + 1, "org")
    if role is not None:
        return role
    if ent is not None and kind == "org":
        start = max(ent.start, floor)
        if (
            start > floor
            and doc[start - 1].lower_ in PLACE_PREPOSITIONS
            and k == start
            and len(doc[k]) == 2
            and doc[k].is_upper
        ):
            return None  # "Suspeito … na BA diz que", "preso em SP disse": a state, not who
        if start > floor and doc[start - 1].lower_ in ARTICLES:
            start -= 1
        return Mention(start, k + 1, kind)
    if is_name_word(token):
        start = _name_start(doc, k, floor)
        if (
            start - 2 >= floor
            and doc[start - 1].lower_ in ORG_CONNECTORS
            and doc[start - 2].lower_ in ORG_WORDS
            and doc[start - 2].text[:1].isupper()
        ):
            return Mention(start - 2, k + 1, "org")  # "a Comissão pela Igualdade Racial"
        body = _body_before_name(doc, start, floor, nouns)
        kind = "name" if body is None else "org"
        start = start if body is None else body
        if start > floor and doc[start - 1].lower_ in OF:
            defence = _defence_of(doc, start, floor, nouns)
            if defence is not None:
                return Mention(defence, k + 1, "org")
            if start - 2 >= floor and doc[start - 2].lower_ in SPOKESPEOPLE:
                return Mention(start, k + 1, "org")  # "os dirigentes da Fenprof": its voice
            return None  # "Pesquisadores dos Estados Unidos": the name only modifies a noun
        if start > floor and doc[start - 1].lower_ in PLACE_PREPOSITIONS:
            return None  # "O cientista sediado no Connecticut afirma": a place
        return Mention(start, k + 1, kind)
    return _past_age_or_home(doc, k, floor, nouns)


def _role_of_complements(doc: Doc, start: int, floor: int, nouns: SpeakerNouns) -> int | None:
    """The role a chain of complements ending in the name at ``start`` belongs to: "o
    relator [do processo] de Jean Wyllys" (its head's position), else None."""
    j = start - 1
    while j - 1 >= floor and doc[j].lower_ in OF and doc[j - 1].is_lower and doc[j - 1].is_alpha:
        if nouns.head(doc[j - 1].text):
            return j - 1 if j - 1 < start - 2 else None  # the role right before: its own rule
        j -= 2
    return None


def _past_age_or_home(doc: Doc, k: int, floor: int, nouns: SpeakerNouns) -> Mention | None:
    """The mention before an age or a home place that ends at ``k``: "a mulher de 37
    anos disse", "o Ministério Público do estado afirmou" (a place named elsewhere)."""
    token = doc[k]
    if (
        token.lower_ == "anos"
        and k - 3 >= floor
        and doc[k - 1].like_num
        and doc[k - 2].lower_ == "de"
    ):
        return mention_ending_at(doc, k - 3, floor, nouns)
    if (
        token.lower_ in HOME_PLACES
        and k - 2 >= floor
        and doc[k - 1].lower_ in ("do", "da")
        and doc[k - 2].text[:1].isupper()
    ):
        owner = mention_ending_at(doc, k - 2, floor, nouns)
        if owner is not None and owner.kind == "org":
            return owner
    return None


def _defence_of(doc: Doc, start: int, floor: int, nouns: SpeakerNouns) -> int | None:
    """Where the defence starts whose client is named at ``start``: "a defesa de Lula",
    "a defesa do ex-presidente Lula", "os advogados do ex-presidente"; else None."""
    k = start - 1
    if k > floor and doc[k].text.islower() and nouns.head(doc[k].text):
        k -= 1  # "do ex-presidente Lula"
    if k - 1 < floor or doc[k].lower_ not in OF:
        return None
    defence = doc[k - 1]
    if defence.lower_ == DEFENCE:
        return k - 1
    if several_lawyers(defence.text, nouns):
        return k - 1 - (k - 2 >= floor and doc[k - 2].lower_ in ARTICLES)
    return None


def _body_before_name(doc: Doc, start: int, floor: int, nouns: SpeakerNouns) -> int | None:
    """Where a body's name starts when the name at ``start`` ends it: "a Secretaria de
    Meio Ambiente", "a prefeitura de Boa Vista", "a Secretaria Municipal de Segurança
    Pública, Trânsito e Transportes"; None when no body precedes it."""

    def capitalised(j: int) -> bool:  # "Meio", "Boa": stop words inside a name
        return j > floor and doc[j].is_alpha and doc[j].text[:1].isupper()

    j = start
    listed = False  # a comma joins the name's list only before its "e"
    while True:
        while capitalised(j - 1):
            j -= 1
        joiner = doc[j - 1].text if j - 2 > floor else ""
        if (joiner == "e" or (joiner == "," and listed)) and capitalised(j - 2):
            j -= 1  # a list inside the name: "Segurança Pública, Trânsito e Transportes"
            listed = True
            continue
        break  # not "a Presidência da República, Lula": a name after the body's
    if j - 2 < floor or doc[j - 1].lower_ not in OF:
        return None
    head = doc[j - 2]
    if not ((head.lower_ in ORG_WORDS and head.text[:1].isupper()) or nouns.is_body(head.text)):
        return None
    body = j - 2
    while capitalised(body - 1) and doc[body - 1].lower_ not in ARTICLES:
        body -= 1  # "Secretaria Municipal de …"
    return body


def _role_ending_at(doc: Doc, k: int, floor: int, nouns: SpeakerNouns) -> Mention | None:
    """A role phrase whose last token is ``k``: look left for its head.

    One lower-case word may follow the phrase ("a empresa norte-americana").
    """
    trailing = is_word(doc[k]) and doc[k].text.islower() and not doc[k].is_stop
    for head in range(k, max(floor, k - MAX_ROLE_TOKENS) - 1, -1):
        if doc[head].is_punct:
            break
        if nouns.is_anonymous(doc[head].text) and role_end(doc, head, k + 1) == k + 1:
            unnamed = head > floor and doc[head - 1].lower_ in UNNAMED_DETERMINERS
            return Mention(head - 1 if unnamed else head, k + 1, "anonymous")  # "fonte da PSP"
    body_found = None  # a body is the complement of a role further left: "o presidente do Banco"
    for head in range(k, max(floor, k - MAX_ROLE_TOKENS) - 1, -1):
        word = doc[head]
        if word.is_punct:
            break
        body = nouns.is_body(word.text) and not nouns.head(word.text)
        end = role_end(doc, head, k + 1, body) if nouns.head(word.text) or body else -1
        if end == k + 1 or (trailing and end == k and head < k):
            determiner = doc[head - 1].lower_ if head > floor else ""
            if determiner in INDEFINITE_DETERMINERS and nouns.head(word.text):
                return Mention(head - 1, k + 1, "anonymous")  # "um general da reserva alertou"
            qualified = _role_before_role(doc, head, floor, nouns)
            if qualified is not None:  # "o líder petista": the leader
                head = qualified
                determiner = doc[head - 1].lower_ if head > floor else ""
            start = head - 1 if determiner in ARTICLES else head
            if not body:
                return _outer_role(doc, start, k, floor, nouns) or Mention(start, k + 1, "role")
            if body_found is None and (start == floor or doc[start - 1].lower_ not in OF):
                body_found = Mention(start, k + 1, "org")  # not "a titular da pasta": unknown
    return body_found


def _role_before_role(doc: Doc, head: int, floor: int, nouns: SpeakerNouns) -> int | None:
    """The role noun a role noun qualifies, right before it: "o líder petista", "o
    senador tucano"."""
    before = head - 1
    if before > floor and doc[before].is_lower and nouns.head(doc[before].text):
        return before
    return None


def _outer_role(doc: Doc, start: int, k: int, floor: int, nouns: SpeakerNouns) -> Mention | None:
    """The role whose complement a role ending at ``k`` is: "O pai da médica diz" is
    the father speaking, not the doctor."""
    if start - 1 <= floor or doc[start - 1].lower_ not in OF:
        return None
    for head in range(start - 2, max(floor, start - 1 - MAX_ROLE_TOKENS) - 1, -1):
        if doc[head].is_punct:
            return None
        if nouns.head(doc[head].text) and role_end(doc, head, k + 1) == k + 1:
            article = head > floor and doc[head - 1].lower_ in ARTICLES
            return Mention(head - 1 if article else head, k + 1, "role")
    return None


def mention_before(doc: Doc, verb: int, floor: int, nouns: SpeakerNouns) -> Mention | None:
    """The pre-verbal subject of the cue verb at ``verb``, by token rules.

    ``floor`` is where the clause starts.  Handles an apposition or relative
    clause between commas ("Stanislav Zas, secretário-geral da CSTO, disse").
    """
    k = verb - 1
    while k >= floor and (doc[k].lower_ in ADVERBS or doc[k].lower_ in AUXILIARIES):
        k -= 1
    if k < floor:
        return None
    if doc[k].text == ")":
        window = range(k - 1, max(floor, k - 8) - 1, -1)
        opened = next((j for j in window if doc[j].text == "("), None)
        if opened is not None and opened > floor:
            return mention_before(doc, opened, floor, nouns)  # "a Comissão (sem estatuto), que"
    if doc[k].text == ",":
        opening = next((j for j in range(k - 1, floor - 1, -1) if doc[j].text == ","), None)
        if opening is None or opening == floor:
            return None
        if doc[opening + 1].lower_ in ASIDE_OPENERS:
            # past ", no Reino Unido," (to an apposition before it, or the subject),
            # ", porém,", ", após reunião no Planalto,"
            return mention_before(doc, opening + 1, floor, nouns) or mention_before(
                doc, opening, floor, nouns
            )
        inner = mention_ending_at(doc, k - 1, opening + 1, nouns)
        outer = mention_ending_at(doc, opening - 1, floor, nouns)
        if outer is None:
            role = floor + 1 < opening and nouns.head(doc[floor + 1].text) is not None
            described = doc[floor].lower_ in ARTICLES and (
                opening - floor <= MAX_ROLE_TOKENS or role  # "A diretora de … da Rede …,"
            )
            full_name = (
                inner is not None
                and inner.end - inner.start > 1
                and inner.start == opening + 1
                and not any(t.lower_ == "que" for t in doc[floor:opening])
            )  # not "X, que representou o titular da pasta, Jader Filho, destacou"
            if (described or full_name) and inner is not None and inner.kind == "name":
                # "A veterinária especialista em aves, Graziela Pascoli, explicou"; "o
                # presidente da Ordem … (OAB-GO), Hebert Alves Batista, afirmou"
                return inner
            return None
        if (
            inner is not None
            and inner.kind == "name"
            and _only_titles(doc, opening + 1, inner.start)
            and not _capitalised_modifier(doc[inner.start])  # "vice-presidente Institucional"
        ):
            return inner  # "o presidente da TAP, Luís Rodrigues, escreveu"
        return outer
    found = mention_ending_at(doc, k, floor, nouns)
    if (
        found is not None
        and found.kind == "name"
        and found.start - 3 >= floor
        and doc[found.start - 1].lower_ == "por"
        and doc[found.start - 2].lower_ in LED_BY
    ):  # "a entidade liderada por Mário Centeno revela": the body speaks
        return mention_ending_at(doc, found.start - 3, floor, nouns) or found
    if (
        found is not None
        and found.kind == "org"
        and found.start - 3 >= floor
        and doc[found.start - 1].lower_ in CONTRACTED_ARTICLES
        and doc[found.start - 2].text == ","
    ):  # "o secretário Flávio Basilio, da Secretaria de … (Seprod) afirmou": no comma
        outer = mention_ending_at(doc, found.start - 3, floor, nouns)  # closes the aside
        if outer is not None and outer.kind == "name":
            return outer
    return found


#: Words opening an aside between a subject and its verb: a place, a time, a
#: connective ("O aeroporto de Hamburgo, no norte da Alemanha, confirmou", "X, especialista
#: do Instituto Brookings, de Washington, afirma").
ASIDE_OPENERS = PLACE_PREPOSITIONS | frozenset(
    {"após", "antes", "depois", "durante", "porém", "contudo", "entretanto", "todavia"}
    | {"aliás", "ainda", "também", "através", "ao", "à", "quando", "enquanto", "em", "de"}
)


#: Participles that tie a body to the person who heads it ("liderada por X").
LED_BY = frozenset(
    {"liderada", "liderado", "presidida", "presidido", "dirigida", "dirigido"}
    | {"chefiada", "chefiado", "comandada", "comandado", "gerida", "gerido"}
)


def _capitalised_modifier(token: Token) -> bool:
    """A title's capitalised adjective, no given name: "Institucional", "Executivo"."""
    return token.lower_.endswith(MODIFIER_ENDINGS) and not is_first_name(token.text)


#: Relative words: they open a relative clause ("X, que defende Eduardo Cunha,"), or
#: make a noun after a cue its object ("revelou um relatório onde …").
RELATIVES = frozenset({"que", "onde", "cujo", "cuja", "cujos", "cujas", "quem"})
#: The relative words that open a clause about a person: "X, que denunciava …".
WHO = frozenset({"que", "quem"})


#: Words no title before a name contains: a complement, a relative clause, an agent.
NO_TITLES = OF | RELATIVES | LED_BY | {"por"}


def _only_titles(doc: Doc, start: int, end: int) -> bool:
    """At most two lower-case words ("coronel") before a name inside an apposition; not
    a relative clause ("X, que defende Eduardo Cunha,"), nor whom a body is led by ("A
    entidade, presidida por Paulo Okamotto, confirmou")."""
    words = doc[start:end]
    return len(words) <= 2 and all(is_word(t) and t.lower_ not in NO_TITLES for t in words)


def _after_preposition(doc: Doc, subject: Token) -> bool:
    """Whether the phrase a parser made a subject opens on, or follows, "de"/"do"/"da"
    or "no"/"na"/"em": a complement the model cut from its head, no subject ("…,
    presente no ato no Palácio do Planalto, explicou")."""
    first = subject.left_edge.i
    before = doc[first - 1].lower_ if first > 0 else ""
    return doc[first].lower_ in OF or before in OF or before in PLACE_PREPOSITIONS


#: Conjunctions that join a second verb to the first one's subject: "X disse que …, mas
#: destacou que …".
COORDINATORS = frozenset({"mas", "e", "porém"})


def _title_after_a_noun(doc: Doc, i: int) -> bool:
    """A name in quotation marks after a common noun: a title ("ao programa "Full
    Measure"", "o jornal «Expresso»"), which a weak parser may take for a subject."""
    return (
        i >= 2
        and doc[i - 1].text in QUOTATION_MARKS
        and doc[i - 2].is_alpha
        and doc[i - 2].text.islower()
        and not doc[i - 2].is_stop
    )


def _in_a_reported_clause(doc: Doc, subject: int, verb: int) -> bool:
    """Whether a subject a parser gave the verb sits in the clause another verb reported
    before it: "FHC disse que seria melhor se Lula concorresse, mas destacou que …"
    (the second verb is FHC's)."""
    sentence_start = doc[subject].sent.start
    return any(t.lower_ == "que" for t in doc[sentence_start:subject]) and any(
        doc[k].text == "," and doc[k + 1].lower_ in COORDINATORS for k in range(subject, verb - 1)
    )


def subject_from_parse(doc: Doc, verb: int, nouns: SpeakerNouns) -> Mention | bool | None:
    """The mention of the cue verb's ``nsubj`` in the parse.

    Returns False when the verb has no nominal subject (a dropped subject, or
    the parser missed it), None when its subject cannot speak ("O estudo indica").
    """
    token = doc[verb]
    # a weak parser may take a mark, or a noun inside the quotation the verb introduces
    # ('disse, "fui influenciado pelos estereótipos burgueses'), for its subject; a
    # word in scare quotes stays one ("afirmou um «trader»")
    subjects = [
        c
        for c in token.children
        if c.dep_ in ("nsubj", "nsubj:pass")
        and not c.is_punct
        and not c.is_space
        and not (c.i < verb and _across_a_quote(doc, c.i, verb))  # a word of the quote itself
        and not any(g.dep_ == "case" or g.lower_ in TO for g in c.children)  # "à coluna"
        and not _after_preposition(doc, c)  # "A secretária | dos Comitês …": a split sentence
        and not (c.i < verb and _in_a_reported_clause(doc, c.i, verb))
        and not _title_after_a_noun(doc, c.i)
        and not any(
            (t.text in QUOTATION_MARKS and doc[t.i - 1].text in (",", ":", *DIALOGUE_DASHES))
            or t.lower_ == "que"  # the reported clause's subject: "disse que alguém tinha"
            for t in doc[verb + 1 : c.i]
        )
    ]
    if (
        not subjects
        and token.dep_ in ("xcomp", "conj")
        and token.head.i != verb
        and not _across_a_quote(doc, token.head.i, verb)  # "«Isso nos dá …», destacou"
    ):
        subjects = [
            c
            for c in token.head.children
            if c.dep_ == "nsubj" and not (c.i < verb and _in_a_reported_clause(doc, c.i, verb))
        ]
    if not subjects:
        return False
    # of several (a weak parser's extra "nsubj"), the one nearest before the verb
    before = [c for c in subjects if c.i < verb and c.pos_ not in ("ADP", "DET")]
    head = before[-1] if before else subjects[0]
    if head.lower_ in ("que", "quem", "qual"):
        return False  # "Zapatero, que afirmou": the token rules find the antecedent
    sentence = head.sent
    floor, limit = sentence.start, sentence.end
    if head.lower_ in PRONOUNS:
        return Mention(head.i, head.i + 1, "pronoun")
    if head.lower_ in nouns.silent:
        return None  # "Laudo da Secretaria … aponta": a document, capitalised or not
    if nouns.is_anonymous(head.text):
        unnamed = head.i > floor and doc[head.i - 1].lower_ in UNNAMED_DETERMINERS
        return Mention(head.i - unnamed, role_end(doc, head.i, limit), "anonymous")
    ent = entity_at(doc, head.i)
    if ent is not None and ent.end + 1 < limit and doc[ent.end].ent_iob_ == "I":
        ent = entity_at(doc, ent.end + 1) or ent  # "Equidade – Camilo Santana": the name
    if ent is not None:
        found = mention_ending_at(doc, ent.end - 1, max(floor, ent.start - 1), nouns)
        if found is not None and found.kind == "name":
            # a weak model may tag only "Stanislav" of "Stanislav Zas": take the whole name
            return Mention(found.start, name_end(doc, found.end - 1, limit), "name")
        if found is not None and found.kind != "role":
            return found
    role = nouns.head(head.text) or nouns.is_body(head.text)
    if (
        role
        and nouns.head(head.text)
        and head.i > floor
        and doc[head.i - 1].lower_ in INDEFINITE_DETERMINERS
    ):
        return Mention(head.i - 1, role_end(doc, head.i, limit), "anonymous")  # "outro general"
    if role:
        start = head.i - 1 if head.i > floor and doc[head.i - 1].lower_ in ARTICLES else head.i
        kind = "org" if nouns.is_body(head.text) and not nouns.head(head.text) else "role"
        mention = Mention(start, role_end(doc, head.i, limit), kind)
        for child in head.children:
            if child.dep_ == "appos" and child.left_edge.i >= mention.end:  # not "dos Negócios"
                name = name_mention_at(doc, child.left_edge.i, limit, nouns)
                if name is not None and name.kind == "name":
                    return name
        return _with_apposition(doc, mention, limit, nouns)
    if is_name_word(head):
        start, end = _name_start(doc, head.i, floor), name_end(doc, head.i, limit)
        return Mention(start, end, "name")
    if head.pos_ == "NOUN" and head.lower_ not in nouns.silent:
        start = head.i - 1 if head.i > floor and doc[head.i - 1].lower_ in ARTICLES else head.i
        if start < head.i:
            return common_noun_phrase(doc, start, limit, nouns)  # "O comerciante Albano Ferreira"
    return None


DIALOGUE_DASHES = frozenset({"-", "--", "–", "—"})

#: The most words a section label opening a paragraph may have ("RETOMADA —").
MAX_LABEL_WORDS = 6


def past_section_label(doc: Doc, start: int, end: int) -> int:
    """Past a label and its dash opening a paragraph, in ``[start, end)``: "ESTRATÉGICO -
    O embaixador …", "Retomada de obras – Na oportunidade, …"; else ``start``."""
    if start and "\n" not in doc[start - 1].text:
        return start
    for k in range(start + 1, min(end - 1, start + MAX_LABEL_WORDS + 1)):
        token = doc[k]
        if _spaced_dash(token):
            return k + 1 if doc[k + 1].text[:1].isupper() else start
        if not is_word(token):
            return start
    return start


def _across_a_quote(doc: Doc, a: int, b: int) -> bool:
    """Whether a quotation mark lies between tokens ``a`` and ``b``."""
    low, high = min(a, b), max(a, b)
    return any(t.text in QUOTATION_MARKS or t.text in CLOSING_MARKS for t in doc[low + 1 : high])


def is_first_name(word: str) -> bool:
    """Whether the fallback recogniser's list knows ``word`` as a given name."""
    return fold(word) in default_gazetteers().first_names


def contains_words(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(name[i : i + n] == words for i in range(len(name) - n + 1))
