"""The words a speaker mention is made of, shared by every quote rule.

Portuguese word sets (articles, pronouns, role affixes), :class:`Mention` and the
role-noun lexicon :class:`SpeakerNouns`, kept apart so that the name, role and
mention modules can all use them without importing one another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..resources import DataError, read_lines

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
#: Nouns for a person that are no role, which may describe someone before the name:
#: "o pai do menino Joaquim" (the boy's father, not Joaquim).
PERSON_NOUNS = frozenset(
    {"menino", "menina", "garoto", "garota", "jovem", "criança", "bebê", "adolescente"}
    | {"rapaz", "moça", "idoso", "idosa", "homem", "mulher", "senhor", "senhora"}
)
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

#: Prepositions of a place that may follow a role before its apposed name.
PLACE_PREPOSITIONS = frozenset({"em", "no", "na", "nos", "nas"})
#: Auxiliaries before a cue verb ("tem dito", "havia afirmado", "vai anunciar").
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
#: Marks that open a quotation (not the dashes that also open a dialogue line).
QUOTATION_MARKS = frozenset({"«", "“", '"', "‘"})
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
    | {"alemã", "suíço", "suíça", "palestino", "palestina", "europeu", "europeia"}
    | {"argentino", "chileno", "chilena", "paraguaio", "paraguaia", "uruguaio", "uruguaia"}
    | {"argelino", "argelina", "marroquino", "marroquina", "croata", "sérvio", "sérvia"}
    | {"austríaco", "austríaca", "búlgaro", "búlgara", "húngaro", "húngara", "romeno", "romena"}
)


def is_gentilic(word: str) -> bool:
    """An adjective of nationality or place, lower case ("britânico", "turco",
    "norte-americana")."""
    last = word.rpartition("-")[2]
    return last in NATIONALITIES or last.endswith(GENTILIC_ENDINGS)


#: Conjunctions after a comma that open a clause of its own: "…, mas X, historiadora,
#: discorda".
CLAUSE_CONJUNCTIONS = frozenset({"mas", "porém", "contudo", "e"})
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
    "-regional",
    "-relator",
    "-relatora",
    "-titular",
    "-eleito",
    "-eleita",
    "-superintendente",
    "-assistente",
)
MAX_ROLE_TOKENS = 16
#: How many words SpeakerNouns remembers the heads of before it starts afresh.
MAX_REMEMBERED_WORDS = 50_000
#: Words that put an indirect object between a cue verb and its subject ("disse aos jornalistas").
TO = frozenset({"ao", "à", "aos", "às"})
#: Nouns before a publication's name ("o jornal «Expresso»", "disse à rádio Gaúcha").
PUBLICATION_NOUNS = frozenset(
    {"jornal", "diário", "semanário", "revista", "agência", "canal"}
    | {"rádio", "emissora", "tv", "televisão", "site", "portal"}
)


@dataclass(frozen=True)
class Mention:
    """Tokens ``[start, end)`` the cue points to.

    ``kind``: name, pronoun, role, org, other (a description) or anonymous ("fonte").
    """

    start: int
    end: int
    kind: str


def _remembered(
    memo: dict[str, str | None], word: str, compute: Callable[[str], str | None]
) -> str | None:
    """``compute(word.lower())``, remembered in ``memo`` (emptied once it holds
    MAX_REMEMBERED_WORDS words: a long batch meets ever new words)."""
    if word not in memo:
        if len(memo) >= MAX_REMEMBERED_WORDS:
            memo.clear()
        memo[word] = compute(word.lower())
    return memo[word]


class SpeakerNouns:
    """Role nouns (with gender) and collective bodies that speak, from ``speaker_nouns.txt``."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.gender: dict[str, str | None] = {}
        self.bodies: set[str] = set()
        self.silent: set[str] = set()
        self.norms: set[str] = set()
        self.anonymous: set[str] = set()
        self.same_as: dict[str, str] = {}
        #: party acronym → the nouns for its members ("PT" → "petista")
        self.members: dict[str, set[str]] = {}
        #: every party's member nouns together ("petista", "tucano", …)
        self.member_nouns: set[str] = set()
        # head() and singular() run on every word the resolver looks at: remember them
        self._heads: dict[str, str | None] = {}
        self._singulars: dict[str, str | None] = {}
        for line in lines:
            parts = line.split()
            parties = [part[1:] for part in parts[1:] if part[:1] == "@"]
            parts = [part for part in parts if part[:1] != "@"]
            same = parts.pop()[1:].lower() if len(parts) > 1 and parts[-1][:1] == "=" else None
            if (
                len(parts) > 2
                or parts[0][:1] == "="
                or (len(parts) == 2 and parts[1] not in ("M", "F", "ORG", "X", "NORM", "ANON"))
                or (same is not None and (not same or parts[1:] not in ([], ["M"], ["F"])))
                or (parties and (not all(parties) or parts[1:] not in ([], ["M"], ["F"])))
            ):
                raise DataError(
                    "speaker noun line must be 'word' or 'word M|F|ORG|X|NORM|ANON', "
                    f"a role optionally ending in '=role' or '@PARTY' tags: {line!r}"
                )
            word = parts[0].lower()
            for party in parties:
                self.members.setdefault(party, set()).add(word)
                self.member_nouns.add(word)
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
        return _remembered(self._heads, word, self._head)

    def _head(self, word: str) -> str | None:
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
        return _remembered(self._singulars, word, self._singular)

    def _singular(self, word: str) -> str | None:
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
            parties = " ".join(
                f"@{party}" for party in sorted(self.members) if word in self.members[party]
            )
            roles.append(" ".join(part for part in (word, gender, same, parties) if part))
        bodies = [f"{word} ORG" for word in sorted(self.bodies)]
        anonymous = [f"{word} ANON" for word in sorted(self.anonymous)]
        silent = [f"{word} {'NORM' if word in self.norms else 'X'}" for word in sorted(self.silent)]
        return roles + bodies + silent + anonymous


def load_speaker_nouns() -> SpeakerNouns:
    return SpeakerNouns(read_lines("speaker_nouns.txt"))


def parse_demonyms(lines: Iterable[str], source: str) -> dict[str, frozenset[str]]:
    """``adjective: Place Name`` lines as adjective → the place's words in lower case
    ("paulista" → {"são", "paulo"}), particles left out as role keys leave them."""
    demonyms: dict[str, frozenset[str]] = {}
    for line in lines:
        adjective, colon, place = (part.strip() for part in line.partition(":"))
        if not colon or not adjective or not place:
            raise DataError(f"{source}: expected 'adjective: Place Name', got {line!r}")
        words = frozenset(word.lower() for word in place.split()) - OF
        demonyms[adjective.lower()] = words
    return demonyms


@cache
def demonyms() -> dict[str, frozenset[str]]:
    """The package's demonyms (see ``data/demonyms.txt``)."""
    return parse_demonyms(read_lines("demonyms.txt"), "demonyms.txt")


#: A defendant's defence ("a defesa de Lula afirmou"): their lawyers speak, not they.
DEFENCE = "defesa"

#: Who speak for a defendant's defence.
LAWYERS = frozenset({"advogado", "advogada", "defensor", "defensora", "criminalista"})


def several_lawyers(word: str, nouns: SpeakerNouns) -> bool:
    """ "advogados", "defensores": a defence's lawyers, none of them by name."""
    return nouns.is_plural(word) and nouns.head(word) in LAWYERS


def is_word(token: Token) -> bool:
    """Letters, maybe joined by hyphens ("ex-presidente")."""
    return token.text.replace("-", "").isalpha()


def narrates(word: str) -> bool:
    """A finite verb of narration after a subject ("elogiou", "venceu", "fez")."""
    return word.endswith(NARRATIVE_ENDINGS) or word in FINITE_IRREGULARS


#: The relative words that open a clause about a person: "X, que denunciava …".
WHO = frozenset({"que", "quem"})
