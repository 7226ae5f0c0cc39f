"""Quotations in Portuguese news, as a generator of small typed records.

Like textacy's ``extract.triples.direct_quotations``, but for Portuguese press
conventions: «…», “…”, "…" and ‘…’; multi-paragraph quotes (opened again at
each paragraph, closed at the end); dialogue dashes; cues after (``"…", disse
X``), before (``X disse: "…"``) and inside (``"A, - assegurou X. - B"``); and
reported speech (``X afirmou que …``, ``segundo X, …``, ``X afirmou: …``).

:func:`find_quotations` works on the raw text; :func:`extract_quotes` on a Doc,
with the dependency parse when there is one (subjects, clause extents) and token
rules otherwise.  Speakers are only *found* here (the mention a cue points to);
:mod:`newsnlp.components.speakers` resolves them to names.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .speakers import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    GENTILIC_ENDINGS,
    INDEFINITE,
    NARRATIVE_ENDINGS,
    OF,
    PRONOUNS,
    TO,
    Mention,
    SpeakerNouns,
    common_noun_before,
    is_name_word,
    mention_after,
    mention_before,
    name_mention_at,
    role_end,
    subject_from_parse,
)

#: Nouns of what someone said, whose speaker follows with "de" ("o elogio do técnico: «…»").
SPEECH_NOUNS = frozenset(
    {
        "palavras",
        "declarações",
        "declaração",
        "resposta",
        "elogio",
        "crítica",
        "críticas",
        "comentário",
        "explicação",
        "justificação",
        "justificativa",
        "garantia",
        "aviso",
        "apelo",
        "recado",
        "desabafo",
        "queixa",
        "promessa",
        "pergunta",
        "reação",
        "reacção",
        "mensagem",
        "preocupação",  # "Preocupação de Vidigal: «Manter junto às autoridades …»"
        "preocupações",
        "relato",
        "versão",
        "testemunho",
        "depoimento",
    }
)

#: At most this many tokens between the speaker after a noun of speech and the colon
#: ("a reacção de Vieira foi pronta:").
MAX_SPEECH_NOUN_GAP = 4

#: Words before "se" + verb that make the verb impersonal ("onde se realça que").
IMPERSONAL_OPENERS = frozenset({"onde", "como", ",", ".", ":", ";"})

#: How far before its cue a document may stand as subject ("o relatório final da CPI sugere").
MAX_DOCUMENT_WORDS = 5

#: Opening mark → closing mark.
PAIRS = {"«": "»", "“": "”", "‘": "’", '"': '"'}
CLOSERS = frozenset(PAIRS.values())
DASHES = frozenset({"-", "–", "—", "--"})
#: Tokens that end a clause or sentence.
CLAUSE_ENDS = frozenset({".", "!", "?", ";", "...", "…"})
#: Words before a cue verb that show it is a noun ("a conta que", "uma nota que").
DETERMINERS = frozenset(
    {"o", "a", "os", "as", "um", "uma", "da", "do", "na", "no", "de", "em", "pela", "pelo", "à"}
)
#: Where a clause with a dropped subject may start ("e disse que").
CONJUNCTIONS = frozenset({"e", "mas", "ou", "porém", "contudo", "depois", "ainda"})
#: Words that open a short adverbial between a cue verb and "que" ("disse nesta terça que").
TIME_OPENERS = frozenset(
    {"nesta", "neste", "na", "no", "em", "durante", "esta", "este", "hoje", "ontem", "à", "ao"}
    | {"várias", "diversas", "muitas", "algumas", "mais", "outra", "por"}  # "várias vezes"
    | {"numa", "num"}  # "revelou numa pesquisa que"
)
#: Words opening a short phrase after a closing cue's speaker ("anunciou X em comunicado").
TRAILING_OPENERS = frozenset({"em", "no", "na", "nesta", "neste", "à", "ao", "hoje", "ontem"})
MAX_TRAILING_WORDS = 4
#: Capitalised articles that start a new sentence when a headline runs into the body.
RUN_ON_ARTICLES = frozenset({"A", "O", "As", "Os"})
#: Nouns before a title that starts with an article ("o jornal O Globo").
TITLE_NOUNS = frozenset(
    {"jornal", "revista", "diário", "semanário", "programa", "filme", "livro", "canal"}
    | {"novela", "peça", "disco", "álbum", "romance", "obra", "grupo", "banda", "conjunto"}
)
#: Dashes that set off an aside inside a sentence.
ASIDE_DASHES = frozenset({"--", "—"})
#: What opens an inserted relative clause after its antecedent ("X, que disse", "X -- que").
INSERTS = frozenset({",", "--", "—", "–"})
#: Verbs that report and take no person as object: a cue even without its comma.
DECLARATIVE_VERBS = frozenset(
    {"dizer", "afirmar", "acrescentar", "declarar", "explicar", "sublinhar", "frisar"}
    | {"adiantar", "referir", "salientar", "concluir", "rematar", "precisar", "observar"}
)
#: Words a statement needs before a cue that lacks its comma.
MIN_CLOSED_WORDS = 6
#: Verbs reporting a question, whose clause opens with "se" or a question word.
QUESTION_VERBS = frozenset({"perguntar", "questionar", "indagar", "interrogar"})
QUESTION_WORDS = frozenset({"se", "porque", "porquê", "como", "quando", "onde", "quem", "qual"})
#: Words before an infinitive cue whose subject is the main clause's ("ao afirmar que").
INFINITIVE_MARKERS = frozenset({"ao", "após", "antes", "depois", "para"})
#: Verbs that govern an infinitive cue ("quis frisar que", "pode dizer-se").
MODALS = frozenset({"quis", "fez", "prefere", "tenta"})  # not "pode anunciar": not said yet
#: First-person verbs that govern a cue the narrator speaks ("devo dizer que").
NARRATOR_GOVERNORS = frozenset(
    {"devo", "tenho", "posso", "quero", "vou", "queria", "gostaria", "preciso", "confesso"}
    | {"devemos", "temos", "podemos", "queremos", "vamos", "precisamos"}
)
#: Speech verbs whose "-se" is their own, not an impersonal "diz-se".
REFLEXIVE_CUES = frozenset(
    {"queixar", "congratular", "desculpar", "justificar", "defender", "regozijar"}
)
#: Auxiliaries of what may or will be said, not what was ("pode anunciar", "vai explicar").
UNREALISED = frozenset(
    {"pode", "podem", "poderá", "poderão", "poderia", "poderiam", "deve", "devem", "deverá"}
    | {"deverão", "deveria", "deveriam", "vai", "vão", "irá", "irão", "iria", "pretende"}
)
#: Small words a title leaves in lower case ("Um Caminho para o Auto-Conhecimento").
TITLE_PARTICLES = frozenset(
    {"a", "o", "as", "os", "e", "de", "da", "do", "das", "dos", "em", "no", "na", "nos", "nas"}
    | {"para", "por", "com", "um", "uma", "the", "of", "and", "--", "-", "–", "—"}
)
#: The most tokens a quotation inside a reported clause may run over sentence ends.
MAX_QUOTED_REPORT = 150
#: Nouns before a publication's quoted name ("o jornal «Expresso»").
PUBLICATION_NOUNS = frozenset({"jornal", "diário", "semanário", "revista", "agência", "canal"})
#: Participles and adjectives that open a phrase about a speaker ("disposta a …").
DESCRIBING_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "osto", "osta")
#: Object pronouns between a subject and its cue ("alguém me disse que").
CLITICS = frozenset({"me", "te", "lhe", "lhes", "nos", "vos"})
#: Words between a cue verb and its subject before it ("Lula tem repetido", "me disse").
BEFORE_A_CUE = ADVERBS | AUXILIARIES | CLITICS

#: Forms of "ser" before a participle (a passive, not a speech act).
PASSIVE = frozenset(
    {"ser", "é", "foi", "são", "foram", "sido", "era", "eram", "será", "seja"}
    | {"está", "estão", "estava", "estavam", "esteve", "estar"}  # "está previsto que"
)
PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
#: Irregular participles of speech verbs ("prevista para dia 8" describes, it does not cite).
IRREGULAR_PARTICIPLES = frozenset(
    f"{stem}{ending}"
    for stem in ("dit", "previst", "propost", "escrit", "expost", "contrapost")
    for ending in ("o", "a", "os", "as")
)
#: Words a source may take before a quote ("Segundo o relatório anual da empresa, «…»").
MAX_SOURCE_WORDS = 8
#: A source phrase with a possessive names no one: "na sua opinião, …".
POSSESSIVES = frozenset({"sua", "seu", "suas", "seus"})
#: Source phrases that may close the sentence they attribute ("…, segundo o IBGE.");
#: "de acordo com" at the end usually belongs to a noun ("a estimativa de acordo com a Fipe").
FINAL_SOURCES = frozenset({"segundo", "conforme"})
#: Words after a comma that start a new clause, ending a reported one.
BREAKS = frozenset({"mas", "enquanto", "embora", "porém", "contudo", "pois", "porque"})
#: A quote without a cue is taken as speech only from this many words up.
MIN_UNCUED_WORDS = 4
#: A reported clause whose quoted words reach this count is "mixed".
MIN_MIXED_WORDS = 3
#: Endings only first-person forms have ("lembrei", "notamos", "afirmo"): the
#: narrator speaking, not a cue for someone else's words.
FIRST_PERSON_ENDINGS = ("ei", "amos", "ámos", "emos", "imos", "íamos", "ávamos", "o")
#: Endings in "o" that are not first person: participles ("dito") and gerunds.
NOT_FIRST_PERSON = ("ado", "ido", "ndo", "to", "so")
#: Words ending like an infinitive that are nouns or adjectives ("o lugar", "o poder").
NOT_INFINITIVES = frozenset(
    {
        "lugar",
        "mar",
        "bar",
        "par",
        "poder",
        "prazer",
        "dever",
        "mulher",
        "qualquer",
        "particular",
        "popular",
        "nuclear",
        "militar",
        "familiar",
        "regular",
        "similar",
        "singular",
        "escolar",
        "milhar",
        "solar",
        "celular",
        "titular",
    }
)


#: A cue: its tokens [start, end), the mention it points to, and how to resolve it.
Cue = tuple[int, int, "Mention | None", str]


@dataclass(frozen=True)
class QuotedText:
    """Characters between quotation marks: content ``[start, end)``, marks ``[open, close)``."""

    start: int
    end: int
    open: int
    close: int
    closed: bool


@dataclass(frozen=True)
class QuoteRecord:
    """A quotation found in a Doc (token offsets); the speaker still to be resolved.

    ``speaker_rule`` says how: ``mention`` (resolve ``speaker``), ``dropped``
    (a subject left out: the latest speaker or subject), ``previous`` (an
    uncued quote continuing the last one), ``unknown`` (someone no lexicon
    names), ``document`` (a report says it: no speaker, and no topic for what
    follows), ``none``.  ``position`` is the token the resolution happens at
    (the cue, else the quote).
    """

    start: int
    end: int
    kind: str
    cue_start: int | None
    cue_end: int | None
    speaker: Mention | None
    speaker_rule: str
    position: int


def _is_opening(text: str, i: int) -> bool:
    mark = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "«“":
        return True
    if not (before.isspace() or before in "([{—–-:/«“"):
        return False
    return not after.isspace() or _spaced_opening(text, i)


def _spaced_opening(text: str, i: int) -> bool:
    """``" A partir de hoje … "``: web text pads straight quotes with spaces.

    Such a mark opens a quote only at a paragraph's start or after a colon or
    comma, before a word, and when its paragraph has another straight mark.
    """
    if text[i] != '"' or text[i + 1 : i + 2] != " " or not text[i + 2 : i + 3].isalnum():
        return False
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j >= 0 and text[j] not in "\n:,":
        return False
    line_end = text.find("\n", i)
    return '"' in text[i + 2 : line_end if line_end >= 0 else len(text)]


def _is_closing(text: str, i: int, mark: str) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark == "’":
        return not after.isalpha()  # d’água is an apostrophe
    return True


def _sentence_end(text: str, start: int, limit: int) -> int:
    """End of the first sentence at or after ``start`` (for an unclosed quote)."""
    for i in range(start, limit - 1):
        if text[i] in ".!?" and text[i + 1].isspace():
            return i + 1
    return limit


def find_quotations(text: str) -> list[QuotedText]:
    """Spans between quotation marks, in order, never overlapping.

    A paragraph that ends inside a quote continues it when the next paragraph
    opens with a quotation mark again; otherwise the quote is unclosed and ends
    at its first sentence, so a stray mark never swallows the article.  Marks of
    another kind inside a quote are nested quotes and part of its content.
    """
    found: list[QuotedText] = []
    opened: int | None = None
    closer = ""
    i, n = 0, len(text)

    def unclosed(upto: int) -> None:
        assert opened is not None
        end = _sentence_end(text, opened + 1, upto)
        content_end = len(text[:end].rstrip())
        if content_end > opened + 1:
            found.append(QuotedText(opened + 1, content_end, opened, content_end, False))

    while i < n:
        char = text[i]
        if opened is None:
            if char in PAIRS and _is_opening(text, i):
                opened, closer = i, PAIRS[char]
        elif char == "\n":
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in PAIRS and PAIRS[text[j]] == closer:
                i = j  # the quote goes on in the next paragraph
            else:
                unclosed(i)
                opened = None
        elif char == closer and _is_closing(text, i, char):
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            if char == '"' and before.isspace() and after.isalnum():
                unclosed(i)  # looks like a new opening: the previous mark was stray
                opened = i
            else:
                found.append(QuotedText(opened + 1, i, opened, i + 1, True))
                opened = None
        i += 1
    if opened is not None:
        unclosed(n)
    return found


def is_first_person(form: str) -> bool:
    """Whether a verb form can only be first person: "lembrei", "notamos", "afirmo"."""
    form = form.split("-", 1)[0]
    if form.endswith("sso"):
        return True  # "confesso", "professo" (participles end in a single "-so")
    return form.endswith(FIRST_PERSON_ENDINGS) and not form.endswith(NOT_FIRST_PERSON)


def looks_infinitive(token: Token) -> bool:
    """A verb in the infinitive: "declarou possuir", "disse estar", "adiantou terem"."""
    forms = token.morph.get("VerbForm", [])
    if forms:
        return "Inf" in forms
    if token.lower_ in SHORT_INFINITIVES:
        return True  # "afirmam agora ir aguardar"
    if token.lower_ in MODAL_INFINITIVES:
        following = [t.text for t in token.doc[token.i + 1 : token.i + 3] if t.text not in PAIRS]
        return bool(following) and _infinitive_form(following[0])  # "não poder «fazer»"
    return _infinitive_form(token.text)


#: Infinitives too short for the ending test, and nouns that are infinitives before one.
SHORT_INFINITIVES = frozenset({"ir", "pôr", "vir", "ser", "ter", "dar", "ver", "ler"})
MODAL_INFINITIVES = frozenset({"poder", "dever"})


def _infinitive_form(text: str) -> bool:
    word = text.split("-", 1)[0]  # "ter-se conseguido"
    lower = word.lower()
    return (
        word.isalpha()
        and lower == word
        and len(lower) > 2
        and lower.endswith(("ar", "er", "ir", "arem", "erem", "irem"))
        and lower not in NOT_INFINITIVES
    ) or lower in SHORT_INFINITIVES


def speech_verb(word: str, verbs: Mapping[str, str]) -> str | None:
    """The infinitive of a speech verb form, also with an enclitic ("disse-lhe", "afirmou-se")."""
    lower = word.lower()
    if lower in verbs:
        return verbs[lower]
    if "-" in lower:
        return verbs.get(lower.split("-", 1)[0])
    return None


class _Context:
    """Per-document lookups shared by the extraction passes."""

    def __init__(
        self,
        doc: Doc,
        verbs: Mapping[str, str],
        nouns: SpeakerNouns,
        phrases: Sequence[tuple[str, ...]],
    ) -> None:
        self.doc = doc
        self.verbs = verbs
        self.nouns = nouns
        self.phrases = sorted(phrases, key=len, reverse=True)
        self.parsed = doc.has_annotation("DEP")
        # plain lists: indexing a Doc builds a Token each time, and every pass reads every token
        self.text: list[str] = []
        self.lower: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        for token in doc:
            self.text.append(token.text)
            self.lower.append(token.lower_)
            self.starts.append(token.idx)
            self.ends.append(token.idx + len(token.text))
        self.first_words = {phrase[0] for phrase in self.phrases}
        self.clause_starts = self._clause_starts(at_quotes=False)
        self.quote_clause_starts = self._clause_starts(at_quotes=True)

    def _clause_starts(self, at_quotes: bool) -> list[int]:
        """For each token index (and the end), where its clause starts."""
        starts = [0]
        for i, text in enumerate(self.text):
            boundary = text in CLAUSE_ENDS or "\n" in text
            if at_quotes and (text in PAIRS or text in CLOSERS):
                boundary = True
            starts.append(i + 1 if boundary else starts[-1])
        return starts

    def text_of(self, start: int, end: int) -> str:
        """The document's characters ``[start, end)``."""
        return self.doc.text[start:end]

    def token_at(self, char: int) -> int | None:
        """Index of the token starting at character ``char``, if any."""
        i = bisect_left(self.starts, char)
        return i if i < len(self.starts) and self.starts[i] == char else None

    def first_token_from(self, char: int) -> int:
        """Index of the first token ending after character ``char``."""
        return bisect_right(self.ends, char)

    def is_verb(self, i: int) -> bool:
        """A speech verb form used as a verb: not "a conta que", not impersonal "diga-se"."""
        lower = self.lower[i]
        infinitive = speech_verb(lower, self.verbs)
        if infinitive is None or (lower.endswith("-se") and infinitive not in REFLEXIVE_CUES):
            return False  # "diz-se": impersonal; "queixou-se": a speaker complaining
        previous = self.lower[i - 1] if i else ""
        if previous in PASSIVE:
            return False  # "podem ser observados", "como é afirmado", "é preciso": no one speaks
        if previous == "sem" or "-se" in previous:
            return False  # "sem dizer que", "poder-se-á dizer que": no one said it
        if previous == "se" and (i < 2 or self.lower[i - 2] in IMPERSONAL_OPENERS):
            return False  # "onde se realça", "como se diz": impersonal
        if is_first_person(lower):
            return False  # "lembrei Osvaldo Aranha", "Notamos que": the narrator
        if previous not in AUXILIARIES and (
            lower.endswith(PARTICIPLE_ENDINGS) or lower in IRREGULAR_PARTICIPLES
        ):
            return False  # "a cimeira, prevista para dia 8": an adjective, not a cue
        if looks_infinitive(self.doc[i]):
            k = i - 1
            while k > 0 and self.lower[k] in ADVERBS:
                k -= 1
            if k >= 0 and self.lower[k] in UNREALISED:
                return False  # "Ito pode anunciar hoje que …": nothing said yet
        if previous in ("de", "a", "em") and looks_infinitive(self.doc[i]):
            return True  # "fez questão de salientar", "voltou a dizer", "insistiu em afirmar"
        return previous not in DETERMINERS

    def clause_end(self, start: int, stop_at_quotes: bool = False, reported: bool = False) -> int:
        """Exclusive end of the clause running from ``start`` (sentence punctuation, paragraph).

        A reported clause also ends before ", mas …", ", enquanto …" (a new clause).
        """
        texts, n = self.text, len(self.text)
        i = start
        closer: str | None = None  # the mark that closes a quote open in the clause
        opened_at = start
        while i < n:
            text = texts[i]
            inside = reported and closer is not None and i - opened_at <= MAX_QUOTED_REPORT
            if "\n" in text or (text in CLAUSE_ENDS and not inside):
                return i  # X afirmou que «A. B.»: the quoted sentences are all reported
            following = texts[i + 1] if i + 1 < n else ""
            if closer is not None and text == closer:
                closer = None
            elif closer is None and text in PAIRS:
                closer, opened_at = PAIRS[text], i
            if (
                reported
                and text == ","
                and following.lower() in BREAKS
                and closer is None
                and i > start  # "afirmou que, enquanto estiver motivado, …": it opens the clause
            ):
                return i  # not inside quoted words: «terão um efeito, embora não exclusivo»
            if (
                reported
                and text == ","
                and following == "como"
                and i + 2 < n
                and self.is_verb(i + 2)
            ):
                return i  # "…, como afirmou X": a cue of its own
            if reported and text == ":" and following in PAIRS:
                return i  # "diz que …: «…»": the quote is a direct quote of its own
            if reported and closer is None and text == "e" and following.lower() == "que":
                return i  # "… que A e que B": a second report of the same cue
            if (
                reported
                and closer is None
                and text.lower() in ("e", "mas")
                and i + 1 < n
                and self.is_verb(i + 1)
                and not looks_infinitive(self.doc[i + 1])
            ):
                return i  # "… e acrescentou que …": a second report of its own
            if (
                reported
                and closer is None
                and text == ","
                and following.lower().endswith("ndo")
                and self.is_verb(i + 1)
            ):
                return i  # "…, acrescentando que …": so is this one
            if (
                reported
                and closer is None
                and i > start
                and text in RUN_ON_ARTICLES
                and texts[i - 1].isalpha()
                and texts[i - 1].islower()
                and texts[i - 1].lower() not in TITLE_NOUNS
                and following[:1].isupper()
            ):
                return i  # a headline run into the body: "… pressionar sérvios A Rússia vetou"
            if stop_at_quotes and text in PAIRS and i > start:
                return i
            i += 1
        return i

    def clause_start(self, end: int, at_quotes: bool = False) -> int:
        """Start of the clause ending before ``end`` (also after a quotation mark, if asked)."""
        return (self.quote_clause_starts if at_quotes else self.clause_starts)[end]

    def back_over(self, k: int, floor: int, words: frozenset[str]) -> int:
        """The first token at or before ``k`` (down to ``floor``) not in ``words``."""
        while k >= floor and self.lower[k] in words:
            k -= 1
        return k

    def skip_adverbs(self, i: int, limit: int) -> int:
        while i < limit and (self.lower[i] in ADVERBS or self.text[i] in DASHES):
            i += 1
        return i

    def speaker_of(self, verb: int, limit: int) -> tuple[Mention | None, str]:
        """The mention the cue verb points to, and how to resolve it."""
        doc = self.doc
        after = mention_after(doc, verb + 1, limit, self.nouns, other=True)
        if after is None:
            after = self.subject_past_aside(verb, limit)
        if after is not None:
            return after, "mention"
        j = self.skip_adverbs(verb + 1, limit)
        if j + 1 < limit and doc[j].lower_ in ARTICLES and doc[j + 1].lower_ in self.nouns.silent:
            return None, "document"  # "sublinha o documento"
        floor = self.clause_start(verb, at_quotes=True)
        gerund = verb and (doc[verb - 1].text == "," or self.lower[verb - 1].isalpha())
        main = self.gerund_subject(verb) if gerund else None
        if main is not None:
            return main, "mention"
        if self.governed_infinitive(verb, floor):
            governor = verb - 1
            while governor > floor and (
                not self.doc[governor].is_alpha
                or self.lower[governor] in ADVERBS
                or self.lower[governor] in CLITICS
            ):
                governor -= 1
            named = mention_before(doc, governor, floor, self.nouns)  # "X, o acusado, quis dizer"
            if named is not None and named.kind in ("name", "role", "org"):
                return named, "mention"
            return None, "dropped"  # "preferiu sublinhar que": the governing verb's subject
        if self.parsed:
            found = subject_from_parse(doc, verb, self.nouns)
            if (
                isinstance(found, Mention)
                and found.start > verb
                and (
                    self.lower[found.start - 1] in TO or "que" in self.lower[verb + 1 : found.start]
                )
            ):  # a misparsed addressee ("afirmou à Lusa que") or the reported clause's subject
                found = False
            if isinstance(found, Mention) and found.kind in ("role", "other"):
                named = mention_before(doc, verb, floor, self.nouns)  # the apposed name, if any
                if named is not None and named.kind == "name":
                    return named, "mention"
            if isinstance(found, Mention):
                return found, "mention"
            if found is None:
                return None, "document" if self.document_before(verb, floor) else "none"
        k = self.back_over(verb - 1, floor, BEFORE_A_CUE)  # "Lula tem repetido", "me disse"
        if k - 2 >= floor and doc[k].text == ")" and doc[k - 2].text == "(":
            before = mention_before(doc, k - 2, floor, self.nouns)  # "o Instituto (IRAR) diz"
            if before is not None:
                return before, "mention"
        if k >= floor and doc[k].lower_ in INFINITIVE_MARKERS:
            return None, "dropped"  # "ao afirmar que": the main clause's subject
        if k < floor or doc[k].lower_ in CONJUNCTIONS or doc[k].is_punct:
            if k >= floor and doc[k].text == ",":
                if self.opens_with_silent_noun(verb):
                    return None, "document"  # "Pesquisa de opinião publicada …, diz que"
                before = mention_before(doc, verb, floor, self.nouns)
                if before is not None:
                    return before, "mention"
            return None, "dropped"
        which = (  # "comissariada por António Andrade, o qual considera": as "que"
            doc[k].lower_ in ("qual", "quais") and k - 2 > floor and doc[k - 1].lower_ in ARTICLES
        )
        if which:
            k -= 1
        named_antecedent = (  # "Analogamente a Pompeu que disse que"
            doc[k].lower_ == "que" and k - 1 > floor and doc[k - 1].ent_type_ == "PER"
        )
        if named_antecedent:
            before = mention_before(doc, k, floor, self.nouns)
            if before is not None and before.kind == "name":
                return before, "mention"
        if (
            (which or doc[k].lower_ in ("que", "quem"))
            and k - 1 > floor
            and doc[k - 1].text in INSERTS
        ):
            before = mention_before(doc, k, floor, self.nouns)  # "Zas, cargo, que disse que"
            if before is None:
                before = mention_before(doc, k - 1, floor, self.nouns)  # "Zas, que disse que"
            if before is not None and doc[before.end - 1].ent_type_ == "LOC":
                before = None  # "medicamentos vendidos no Brasil, que dizem": not the place
            return (before, "mention") if before is not None else (None, "none")
        before = mention_before(doc, verb, floor, self.nouns)
        if before is None:
            before = common_noun_before(doc, k, floor, self.nouns)  # "o estilista diz que"
        if before is None:
            before = self.opening_subject(verb, floor)
        if before is not None:
            return before, "mention"
        if self.unnamed_subject(verb, k, floor):
            return None, "unknown"
        return None, "document" if self.document_before(verb, floor) else "none"

    def document_before(self, verb: int, floor: int) -> bool:
        """Whether a document is the cue's subject ("O relatório adianta que …").

        What it says is reported, with no speaker: "document", not "none".
        """
        k = self.back_over(verb - 1, floor, ADVERBS | AUXILIARIES)
        words = self.lower[max(floor, k - MAX_DOCUMENT_WORDS) : k + 1]
        return any(word in self.nouns.silent for word in words) and "que" not in words

    def subject_past_aside(self, verb: int, limit: int) -> Mention | None:
        """A subject after an aside or an addressee that ends the cue's clause.

        "sentenciou, por seu lado, Gonzalez.", "contou, ao enviado do «Le Monde», Cornel
        Balint, presidente …", "disse ao centro de controlo da missão Ken Bowersox, …";
        not the addressee a title names ("disse ao ministro João Silva").
        """
        doc = self.doc
        j = self.skip_adverbs(verb + 1, limit)
        if j >= limit:
            return None
        if doc[j].text == ",":
            window = range(j + 1, min(limit, j + 1 + MAX_ASIDE_TOKENS + 2))
            close = next((k for k in window if doc[k].text == ","), None)
            if close is None or any(self.is_verb(k) for k in range(j + 1, close)):
                return None
            found = mention_after(doc, close + 1, limit, self.nouns)
            start = close + 1
        elif self.lower[j] in TO:
            names = range(j + 2, min(limit, j + MAX_ADDRESSEE_WORDS))
            start = next((k for k in names if is_name_word(doc[k])), limit)
            if (
                start >= limit
                or self.nouns.head(doc[start - 1].text)
                or not doc[start - 1].is_lower
                or any(
                    self.lower[k] in ARTICLES or self.lower[k] in INDEFINITE
                    for k in range(j + 1, start)
                )
            ):
                return None  # "revelou ao PÚBLICO um membro da Comissão": a subject of its own
            found = name_mention_at(doc, start, limit, self.nouns)
            if found is not None and found.kind != "name":
                return None
        else:
            return None
        if found is None or found.start != start or found.kind not in ("name", "role", "org"):
            return None
        ends = found.end >= limit or doc[found.end].text in CLAUSE_ENDS
        apposed = (
            found.end < limit
            and doc[found.end].text == ","
            and (found.end + 1 >= limit or self.lower[found.end + 1] != "que")
        )
        return found if ends or apposed else None

    def governed_infinitive(self, verb: int, floor: int) -> bool:
        """An infinitive cue under another verb: "preferiu sublinhar", "fez questão de frisar"."""
        if not looks_infinitive(self.doc[verb]):
            return False
        k = self.back_over(verb - 1, floor, ADVERBS | CLITICS)
        if k < floor or not self.doc[k].text.islower():
            return False
        word = self.lower[k]
        if word in NARRATOR_GOVERNORS or (k > floor and self.lower[k - 1] in NARRATOR_GOVERNORS):
            return False  # "devo dizer que", "tenho de admitir que": the narrator
        return word in ("de", "a", "em") or word.endswith(NARRATIVE_ENDINGS) or word in MODALS

    def unnamed_subject(self, verb: int, k: int, floor: int) -> bool:
        """Whether words no lexicon knows stand as the cue's subject ("os estudiosos afirmam").

        Not a relative "que", a first person, or a document ("o estudo afirma que").
        """
        doc = self.doc
        if k < floor or not doc[k].is_alpha or self.lower[k] in ("que", "quem", "onde"):
            return False
        if is_first_person(self.lower[verb]) or self.lower[k] in DETERMINERS:
            return False
        if self.lower[k] in NARRATOR_GOVERNORS or self.lower[k] in ("eu", "nós"):
            return False  # "E devo dizer que": the narrator
        return not any(t.lower_ in self.nouns.silent for t in doc[max(floor, k - 4) : k + 1])

    def gerund_subject(self, verb: int) -> Mention | None:
        """The sentence's opening subject for a gerund cue after a comma.

        "O ministro -- que … -- elogiou a colaboração entre a câmara e a
        Administração do Porto, afirmando que …": the minister, not the last
        noun before the comma.  None when the gerund is no cue, or when a speech
        verb of the main clause names its own speaker ("disse X, explicando").
        """
        doc = self.doc
        floor = self.clause_start(verb, at_quotes=True)  # past any quote in the sentence
        if not self.lower[verb].endswith("ndo"):
            return None
        if doc[floor].lower_ not in ARTICLES and not is_name_word(doc[floor]):
            return None  # "O ministro …, afirmando", "Soares concluía … dizendo"
        opening = mention_after(doc, floor, verb, self.nouns)
        if opening is None or opening.kind not in ("name", "role", "org") or opening.end >= verb:
            return None
        following = doc[opening.end]
        if not (following.text in DASHES or (following.is_alpha and following.is_lower)):
            return None
        if following.lower_ in OF or following.lower_ in ARTICLES or following.lower_ == "que":
            return None
        for k in range(opening.end, verb):
            if self.is_verb(k) and self.lower[k - 1] != "que":
                after = mention_after(doc, k + 1, verb, self.nouns)
                if after is not None and after.start <= k + 2:
                    return None  # "disse o ministro, explicando": the cue's own speaker
        return opening

    def opens_with_silent_noun(self, verb: int) -> bool:
        """Whether the clause of ``verb`` opens with a noun that cannot speak ("O estudo, …")."""
        i = self.clause_start(verb)
        while i < verb and (self.lower[i] in DETERMINERS or self.text[i] in DASHES):
            i += 1
        return i < verb and self.lower[i] in self.nouns.silent

    def opening_subject(self, verb: int, floor: int) -> Mention | None:
        """A person opening the sentence and set off by a comma, subject of a later verb.

        "O administrador da NASA, Daniel Goldin, ao fazer a sua leitura do relatório
        afirmou que …": what lies between is an inserted phrase.
        """
        found = mention_after(self.doc, floor, verb, self.nouns, other=True)
        if found is None or found.kind in ("pronoun", "other") or found.end >= verb:
            return None  # "other": only through its apposed name ("O gestor do fundo, X,")
        if self.doc[found.end].text != ",":
            return None
        if any(self.is_verb(t) or self.doc[t].text in CLAUSE_ENDS for t in range(found.end, verb)):
            return None
        return found


def _strip(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation, dashes and spaces at both ends of a token range."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].is_space or doc[end - 1].text in DASHES or doc[end - 1].text in ",;:"
    ):
        end -= 1
    return start, end


def _words(doc: Doc, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if not t.is_punct and not t.is_space)


def _cue_after(ctx: _Context, close: int, limit: int, words: int = 0) -> Cue | None:
    """A cue right after a closing mark: ``", disse X"``, ``" – afirmou X"``, ``", segundo X"``.

    Without its comma only a verb that takes no person as object, after a statement
    of some length, with its subject after it: "«… nos remédios» afirmou Luís".
    """
    doc = ctx.doc
    limit = min(limit, len(doc))
    j = close
    while j < limit and doc[j].text in {",", *DASHES}:
        j += 1
    separated = any(doc[t].text in {",", *DASHES} for t in range(close, j))
    j = ctx.skip_adverbs(j, limit)
    if separated and j + 1 < limit and ctx.lower[j] == "como" and ctx.is_verb(j + 1):
        j += 1  # «um clube terceiro-mundista», como alegou Santana Lopes
    if j >= limit:
        return None
    ended = close >= 2 and doc[close - 2].text in CLAUSE_ENDS
    separated = separated or (close >= 2 and doc[close - 2].text == ",")  # "…," ele explica
    if ctx.lower[j].endswith("ndo") and ctx.is_verb(j) and not ended:
        return None  # «…», justificando com …: the sentence's subject goes on
    if ctx.is_verb(j) and (separated or ended):  # not «Propaganda» questiona o império…
        mention, rule = ctx.speaker_of(j, ctx.clause_end(j, stop_at_quotes=True))
        return j, j + 1, mention, rule
    if (
        ctx.is_verb(j)
        and words >= MIN_CLOSED_WORDS
        and speech_verb(ctx.lower[j], ctx.verbs) in DECLARATIVE_VERBS
    ):
        named = mention_after(doc, j + 1, ctx.clause_end(j, stop_at_quotes=True), ctx.nouns)
        if named is not None and named.kind != "pronoun":
            return j, j + 1, named, "mention"
    if separated and ctx.lower[j] in PRONOUNS and _closing_verb(ctx, j + 1, limit):
        return j + 1, j + 2, Mention(j, j + 1, "pronoun"), "mention"  # «…», ela diz.
    noun = j + 1 if ctx.lower[j] in ("nas", "as", "na", "a") else j
    if (
        separated
        and noun + 2 < limit
        and ctx.lower[noun] in SPEECH_NOUNS
        and ctx.lower[noun + 1] in OF  # «…», nas palavras do ministro.
    ):
        mention = mention_after(doc, noun + 2, limit, ctx.nouns)
        if ctx.nouns.head(doc[noun + 2].text) and ctx.lower[noun + 1] != "de":
            mention = Mention(noun + 2, role_end(doc, noun + 2, limit), "role")
        if mention is not None:
            return noun, noun + 1, mention, "mention"
    if not separated:
        return _caption(ctx, close, limit)
    if doc[j].lower_ == "para":
        return None
    source = _source_phrase(ctx, j)
    if source is not None and source[2] is not None:
        return source[0], source[1], source[2], "mention"
    return _gesture_cue(ctx, j, limit)


def _caption(ctx: _Context, close: int, limit: int) -> Cue | None:
    """A name set under a quote as its caption: «…» (Totó Parente, sobre …), «…» Jorge
    Coelho, do Secretariado do PS, sobre …: no verb, the name and what follows."""
    doc = ctx.doc
    if close < 2 or doc[close - 2].text not in CLAUSE_ENDS:
        return None  # only a sentence closed inside its marks: «… frase.» (Nome, …)
    i = close + 1 if close < len(doc) and doc[close].text in CLAUSE_ENDS else close
    bracket = i < len(doc) and doc[i].text == "("
    if bracket:
        i += 1
    if i >= len(doc) or not is_name_word(doc[i]):
        return None
    end = min(len(doc), ctx.clause_end(i) + 1)
    name = name_mention_at(doc, i, end, ctx.nouns)
    if name is None or name.kind != "name" or name.end >= len(doc):
        return None
    if doc[name.end].text not in (",", ")"):
        return None
    if any(ctx.is_verb(k) for k in range(name.end, end)):
        return None  # "Jorge Coelho, do PS, disse …": a sentence of its own
    if not bracket and not any(ctx.lower[k] == "sobre" for k in range(name.end, end)):
        return None  # without brackets only the "…, sobre …" of a quotes column
    return name.start, name.end, name, "mention"


#: Words after a quote that start no gesture: «…», em Lisboa; «…», e Maria …
NOT_GESTURES = frozenset(
    {"em", "no", "na", "nos", "nas", "de", "do", "da", "dos", "das", "a", "o", "as", "os"}
    | {"para", "por", "pelo", "pela", "com", "sem", "e", "mas", "ou", "que", "se", "como"}
)
#: Endings of a verb in the third person singular ("sorri", "dá", "encolheu", "fez").
SINGULAR_VERB_ENDINGS = ("a", "e", "i", "á", "ê", "ou", "eu", "iu", "ez", "z")
#: The most words a gesture takes before its actor's name ("dá de ombros Maciel").
MAX_GESTURE_WORDS = 4


def _gesture_cue(ctx: _Context, j: int, limit: int) -> Cue | None:
    """A verb of gesture and a name closing the sentence: «…», dá de ombros Maciel."""
    doc = ctx.doc
    if not (doc[j].is_alpha and doc[j].text.islower()) or ctx.lower[j] in NOT_GESTURES:
        return None
    if not ctx.lower[j].endswith(SINGULAR_VERB_ENDINGS):
        return None  # «Misericordium», ambas de Benjamin Britten: no verb, a title
    for k in range(j + 1, min(limit, j + MAX_GESTURE_WORDS + 1)):
        if not doc[k].text[:1].isupper():
            continue
        name = mention_after(doc, k, limit, ctx.nouns)
        closes = name is not None and (name.end >= len(doc) or doc[name.end].text in CLAUSE_ENDS)
        if name is not None and name.kind == "name" and closes:
            return j, j + 1, name, "mention"
        return None
    return None


def _closing_verb(ctx: _Context, i: int, limit: int) -> bool:
    """A speech verb at ``i`` that ends its sentence ("«…», ela diz.")."""
    return (
        i < limit
        and ctx.is_verb(i)
        and (i + 1 >= len(ctx.text) or ctx.text[i + 1] in CLAUSE_ENDS or "\n" in ctx.text[i + 1])
    )


def _cue_before(ctx: _Context, opening: int, short: bool = False) -> Cue | None:
    """A cue ending right before an opening mark: ``X disse: "…"``, ``disse X: "…"``.

    short: the quote has few words, so right after a verb with no colon or comma
    it is the verb's object in scare quotes (Lula declarou "admiração"), not speech.
    """
    doc = ctx.doc
    k = opening - 1
    if k < 0:
        return None
    introduced = doc[k].text in (":", ",") or doc[k].text in DASHES
    if short and not introduced:
        return None
    if introduced:
        k -= 1
    floor = ctx.clause_start(k + 1)
    length = _phrase_length(ctx, floor) if introduced else 0
    if introduced and not length and ctx.lower[floor] == "para":
        person = _source_phrase(ctx, floor)  # "Para o diretor, João Silva, «…»": a person only
        length = 1 if person is not None and person[2] is not None else 0
    source_words = doc[floor + length : k + 1]
    found = mention_after(doc, floor + length, k + 1, ctx.nouns) if length else None
    named = found is not None and _past_appositions(ctx, found.end) == k + 1
    if (
        length
        and (named or len(source_words) <= MAX_SOURCE_WORDS)
        and not any(t.lower_ == "que" or ctx.is_verb(t.i) for t in source_words)
    ):
        source = Mention(floor + length, k + 1, "other") if k >= floor + length else None
        if named:
            source = found
        return floor, floor + length, source, "mention"  # Segundo o relatório, «…»
    colon = introduced and doc[k + 1].text == ":"
    comma = introduced and doc[k + 1].text == ","  # "E como disse a actriz, «…»"
    lowest = max(floor, k - 40) if colon else max(floor, k - MAX_SOURCE_WORDS) if comma else k
    for verb in range(k, lowest - 1, -1):
        if doc[verb].text in PAIRS or doc[verb].text in DASHES:
            break
        if not ctx.is_verb(verb):
            continue
        between = ctx.skip_adverbs(verb + 1, k + 1)
        if between == k + 1:
            mention, rule = ctx.speaker_of(verb, k + 1)
            return verb, verb + 1, mention, rule
        after = mention_after(doc, verb + 1, k + 1, ctx.nouns, other=comma)
        if after is not None and after.end == k + 1:
            return verb, verb + 1, after, "mention"
        reported = doc[between].lower_ == "que"  # "diz que …: «…»" elaborates what was said
        if (
            colon
            and (reported or k - verb <= 6)
            and not any(t.text in CLAUSE_ENDS or t.text in PAIRS for t in doc[verb + 1 : k + 1])
        ):
            mention, rule = ctx.speaker_of(verb, verb + 1)  # "disse estar satisfeito: «…»"
            return verb, verb + 1, mention, rule
        return None
    if not colon:
        return None
    noun_cue = _speech_noun_cue(ctx, lowest, k + 1) if not short else None
    heading = _named_heading(ctx, floor, k + 1)
    return noun_cue or heading or (None if short else _person_introduced(ctx, floor, k + 1))


def _person_introduced(ctx: _Context, floor: int, colon: int) -> Cue | None:
    """The person a sentence that introduces a quote with a colon is about.

    "É o caso da arquitecta Rosa Maria Moreira: «…»", "uma posição reforçada pelo
    próprio Jean Todt, director desportivo: «…»": no speech verb, but the sentence
    is about who speaks next.  Of several people, the last who acts (a subject
    or agent), else the first named ("Rainey disse que perdeu a batalha para
    Schwantz: «…»").
    """
    doc = ctx.doc
    people = [
        Mention(ent.start, ent.end, "name")
        for ent in doc.ents
        if ent.label_ == "PER" and floor <= ent.start and ent.end <= colon
    ]
    for i in range(floor, colon):  # or a full name the recogniser missed
        if is_name_word(doc[i]) and (i == floor or not is_name_word(doc[i - 1])):
            named = name_mention_at(doc, i, colon, ctx.nouns)
            if named is not None and named.kind == "name" and named.end - named.start >= 2:
                people.append(named)
    if not people:
        return None
    people.sort(key=lambda m: m.start)
    actors = [m for m in people if _acts(ctx, m)]
    return colon, colon + 1, actors[-1] if actors else people[0], "mention"


#: Words before a name that make it the one acting: an agent ("reforçada pelo próprio
#: Jean Todt"), a relative clause's subject ("a mensagem que Errol Flynn envia").
ACTOR_MARKERS = frozenset({"pelo", "pela", "por", "próprio", "própria", "que", "também"})


def _acts(ctx: _Context, mention: Mention) -> bool:
    """Whether a person in a sentence is a clause's subject or agent (parse, else marker)."""
    if ctx.parsed:
        return any(
            t.dep_ in ("nsubj", "nsubj:pass", "obl:agent")
            for t in ctx.doc[mention.start : mention.end]
        )
    return mention.start > 0 and ctx.lower[mention.start - 1] in ACTOR_MARKERS


def _named_heading(ctx: _Context, floor: int, colon: int) -> Cue | None:
    """A speaker's name alone before a colon opens the quote: "Vasco Uva: «Honrámos o país»"."""
    mention = mention_after(ctx.doc, floor, colon, ctx.nouns)
    if mention is None or mention.end != colon or mention.kind not in ("name", "role", "org"):
        return None
    if any(ctx.is_verb(t) for t in range(floor, colon)):
        return None
    return colon, colon + 1, mention, "mention"


def _speech_noun_cue(ctx: _Context, floor: int, colon: int) -> Cue | None:
    """A noun of speech and its speaker before a colon: "o elogio do técnico: «…»".

    Also "nas palavras do ministro:", "a resposta de Lula foi pronta:".
    """
    doc = ctx.doc
    for i in range(colon - 1, floor - 1, -1):
        if doc[i].text in PAIRS or doc[i].text in CLAUSE_ENDS:
            return None
        if ctx.lower[i] not in SPEECH_NOUNS or i + 2 >= colon or ctx.lower[i + 1] not in OF:
            continue
        j = i + 2
        if ctx.nouns.head(doc[j].text) and doc[i + 1].lower_ != "de":
            mention: Mention | None = Mention(j, role_end(doc, j, colon), "role")  # do técnico
        else:
            mention = mention_after(doc, j, colon, ctx.nouns)  # de Lula, da ministra
        if mention is None:
            continue
        end = mention.end
        if end < colon and doc[end].text == ",":  # "do presidente do clube, Luís Vieira,"
            closing = next((c for c in range(end + 1, colon) if doc[c].text == ","), end)
            if closing > end + 1 and all(t.text[:1].isupper() for t in doc[end + 1 : closing]):
                end = closing
        if colon - end <= MAX_SPEECH_NOUN_GAP:
            return i, i + 1, mention, "mention"
    return None


def _source_phrase(
    ctx: _Context, i: int, other: bool = False
) -> tuple[int, int, Mention | None] | None:
    """ "segundo X" / "de acordo com X" at token ``i``: (phrase start, end, X's mention).

    other: X may be any noun phrase (a quote's source may be a report), not only a
    person, role, pronoun or organisation.
    """
    doc = ctx.doc
    if ctx.lower[i] not in ctx.first_words:
        return None
    for phrase in ctx.phrases:
        end = i + len(phrase)
        if end > len(doc) or tuple(ctx.lower[i:end]) != phrase:
            continue
        if end + 1 < len(doc) and phrase == ("segundo",) and ctx.is_verb(end):
            end += 1  # "Segundo explicou o dirigente José Azevedo, …"
        if end >= len(doc):
            return None
        if POSSESSIVES.intersection(phrase):
            return i, end, None  # "na sua opinião": the speaker is the topic
        said = end + 1 if ctx.lower[end] in ARTICLES else end
        title = _quoted_title(ctx, said)
        if title is not None:
            return i, end, title  # "segundo a «Newsweek»,"
        if said + 3 < len(doc) and ctx.lower[said] in SPEECH_NOUNS and ctx.lower[said + 1] in OF:
            return _source_by_speech_noun(ctx, (i, end), said + 2, other)
        mention = mention_after(doc, end, ctx.clause_end(end), ctx.nouns, other=other)
        if mention is None or (mention.start != end and doc[end].lower_ not in ARTICLES):
            return None
        comma = mention.start - 1
        if (
            comma > end
            and doc[comma].text == ","
            and (mention.end >= len(doc) or doc[mention.end].text != ",")
        ):  # "Segundo o autor, José Mourinho é …": the name opens the clause, no apposition
            mention = mention_after(doc, end, comma, ctx.nouns, other=other)
            if mention is None:
                return None
        if phrase == ("para",) and ctx.lower[mention.start] in INDEFINITE:
            return None  # "Para um secretário de Estado, …": a comparison, not a source
        return i, end, mention
    return None


def _source_end(ctx: _Context, mention: Mention | None, phrase_end: int) -> int:
    """The token after a source: past its apposition, a quoted title or a nationality."""
    after = mention.end if mention is not None else phrase_end
    if after < len(ctx.doc) and ctx.text[after] in CLOSERS:
        after += 1  # past the mark closing a quoted title
    if after < len(ctx.doc) and ctx.text[after] == "(":
        window = range(after + 1, min(len(ctx.doc), after + MAX_SOURCE_WORDS))
        after = next((k + 1 for k in window if ctx.text[k] == ")"), after)  # "o INE (…)"
    after = _skip_apposition(ctx, after)
    after = _skip_quoted_name(ctx, after)  # "segundo o jornal «El Tiempo», …"
    if (
        mention is not None
        and after + 1 < len(ctx.doc)
        and ctx.text[after].isalpha()
        and ctx.lower[after].endswith(GENTILIC_ENDINGS)
        and (ctx.text[after + 1] == "," or ctx.text[after + 1] in CLAUSE_ENDS)
    ):
        after += 1  # a nationality closes the source: "segundo o jornal italiano."
    return after


def _source_modifiers_end(ctx: _Context, after: int) -> int:
    """The comma after words that still describe a source: "Segundo fontes policiais
    citadas pelo «New York Times», …"; ``after`` itself when none closes them."""
    doc = ctx.doc
    k = after
    while k < len(doc) and k - after <= MAX_SOURCE_WORDS + 2:  # + the marks of a name
        if ctx.text[k] == ",":
            return k
        if ctx.text[k] in PAIRS:
            close = _quoted_name_close(ctx, k)
            if close is None:
                return after
            k = close
        elif ctx.text[k] in CLAUSE_ENDS or ctx.lower[k] == "que" or ctx.is_verb(k):
            return after
        k += 1
    return after


def _unnamed_source(ctx: _Context, i: int) -> tuple[int, int, Mention | None, int] | None:
    """A source that is no speaker: "segundo os dados parciais da CNE", "segundo P&N
    apurou", "de acordo com informações da entidade" → (phrase start, end, the body
    or person named in it, the token after it).

    The source runs to the next comma or the sentence's end, in a few words; not
    "para", whose X must be a person or a body ("para o ano").
    """
    doc = ctx.doc
    length = _phrase_length(ctx, i)
    if not length or ctx.lower[i] == "para":
        return None
    end = i + length
    stop = end
    while stop < len(doc) and ctx.text[stop] != "," and ctx.text[stop] not in CLAUSE_ENDS:
        if ctx.lower[stop] == "que" or ctx.text[stop] in PAIRS or stop - end >= MAX_SOURCE_WORDS:
            return None
        if ctx.text[stop] == ":":
            return None  # "Segundo: a queixa …" counts, it cites no one
        if ctx.is_verb(stop):
            return None  # "conforme explica Nuno Bio, …": a cue, see _cue_before
        stop += 1
    if stop == end or stop >= len(doc):
        return None
    named = [e for e in doc.ents if end <= e.start and e.end <= stop and e.label_ in SOURCES]
    words = doc[end:stop]
    if not named and not any(
        t.lower_ in SOURCE_NOUNS
        or t.lower_ in SPEECH_NOUNS
        or ctx.nouns.head(t.text)
        or ctx.nouns.is_body(t.text)
        or ctx.nouns.is_anonymous(t.text)
        for t in words
    ):
        return None  # "segundo os períodos", "de acordo com a lei": no one's account
    mention = Mention(named[-1].start, named[-1].end, SOURCES[named[-1].label_]) if named else None
    return i, end, mention, stop


#: Nouns of an account given by no one a lexicon knows ("segundo dados da Bolsa", "de
#: acordo com informações da entidade", "segundo P&N apurou").
SOURCE_NOUNS = frozenset(
    {"dados", "informações", "informação", "números", "estatísticas", "estimativas"}
    | {"cálculos", "relatório", "comunicado", "nota", "sondagem", "sondagens", "pesquisa"}
    | {"estudo", "inquérito", "levantamento", "balanço", "texto", "panfletos", "imprensa"}
    | {"projecção", "projeção", "previsões", "fontes", "testemunhas", "apurou", "apurámos"}
)
#: Entity labels that may be a source's speaker, and the mention kind they give.
SOURCES = {"ORG": "org", "PER": "name"}


def _quoted_title(ctx: _Context, i: int) -> Mention | None:
    """A publication's name in quotation marks at ``i``: "a «Newsweek»", "o jornal «Expresso»"."""
    if i < len(ctx.doc) and ctx.lower[i] in PUBLICATION_NOUNS:
        i += 1
    close = _quoted_name_close(ctx, i)
    return Mention(i + 1, close, "org") if close is not None else None


def _source_by_speech_noun(
    ctx: _Context, phrase: tuple[int, int], by: int, other: bool
) -> tuple[int, int, Mention | None] | None:
    """ "segundo declarações de João Silva", "segundo o relato da ministra Ana Costa".

    ``by`` is the first word after the noun's "de"; "do próprio" is the person the
    text is about (the phrase then ends at its comma, the speaker left to resolve).
    """
    doc = ctx.doc
    if ctx.lower[by] in ("próprio", "própria"):
        comma = next((k for k in range(by, min(len(doc), by + 4)) if ctx.text[k] == ","), None)
        return (phrase[0], comma, None) if comma is not None else None
    limit = ctx.clause_end(by)
    mention = mention_after(doc, by, limit, ctx.nouns, other=other)
    if mention is None and ctx.nouns.head(doc[by].text):  # "da ministra Ana Costa"
        mention = mention_after(doc, by - 1, limit, ctx.nouns, other=other)
    return (*phrase, mention) if mention is not None else None


def _phrase_length(ctx: _Context, i: int) -> int:
    """Length of the source phrase ("segundo", "de acordo com") at token ``i``, or 0."""
    if ctx.lower[i] not in ctx.first_words:
        return 0
    for phrase in ctx.phrases:
        end = i + len(phrase)
        if phrase != ("para",) and tuple(ctx.lower[i:end]) == phrase:
            return len(phrase)
    return 0


def _split_at_inner_cues(
    ctx: _Context, start: int, end: int
) -> tuple[list[tuple[int, int]], Cue | None]:
    """Split quoted tokens at an attribution inside them: ``A, - assegurou X. - B``."""
    doc = ctx.doc
    pieces: list[tuple[int, int]] = []
    cue: Cue | None = None
    piece_start = start
    i = start
    while i < end:
        if doc[i].text in DASHES and i > start:
            verb = ctx.skip_adverbs(i + 1, end)
            if verb < end and ctx.is_verb(verb):
                cue_limit = ctx.clause_end(verb)
                resume = cue_limit
                while resume < end and (doc[resume].is_punct or doc[resume].is_space):
                    resume += 1
                if cue is None:
                    mention, rule = ctx.speaker_of(verb, min(cue_limit, end))
                    cue = (verb, verb + 1, mention, rule)
                pieces.append((piece_start, i))
                piece_start = i = max(resume, verb + 1)
                continue
        i += 1
    pieces.append((piece_start, end))
    stripped = [_strip(doc, a, b) for a, b in pieces]
    return [(a, b) for a, b in stripped if b > a], cue


def _direct(ctx: _Context, quoted: Sequence[QuotedText]) -> Iterator[tuple[QuoteRecord, bool]]:
    """Direct quotes from marked text; the flag says whether a cue was found."""
    doc = ctx.doc
    list_cue: Cue | None = None  # the cue of the quote just before, for a list of quotes
    previous_close = 0
    for region in quoted:
        start = ctx.first_token_from(region.start)
        end = ctx.first_token_from(region.end)
        opening = ctx.token_at(region.open)
        close = ctx.first_token_from(region.close)
        if end <= start:
            continue
        between = ctx.text_of(previous_close, region.open)
        listed = (
            list_cue is not None
            and _listed_after(between)
            and (ctx.text[start][:1].isupper() or _words(doc, start, end) >= MIN_UNCUED_WORDS)
        )
        resumed = (  # «Está tudo cheio», diziam os organizadores, «tente ao lado»
            list_cue is not None
            and previous_close <= ctx.starts[list_cue[0]] < region.open
            and between.rstrip().endswith(",")
            and not any(mark in between for mark in ".!?\n")
        )
        carried = list_cue if listed or resumed else None
        list_cue, previous_close = None, region.close
        if opening is not None and _inside_reported(ctx, opening):
            continue  # X considerou que a lei «…»: part of the reported clause, mixed
        if not listed and _title_or_term(ctx, region):
            continue  # «Os Padrões Recentes da Fecundidade», «rocaille»: named, not said
        if opening and ctx.lower[start] == "que" and ctx.is_verb(opening - 1) and start + 1 < end:
            mention, rule = ctx.speaker_of(opening - 1, opening)  # disse «que está …»
            if rule != "none":
                cue_verb = opening - 1
                yield (
                    QuoteRecord(
                        start + 1, end, "mixed", cue_verb, opening, mention, rule, cue_verb
                    ),
                    True,
                )
                continue
        pieces, cue = _split_at_inner_cues(ctx, start, end)
        if cue is None:
            limit = ctx.clause_end(close, stop_at_quotes=True) + 1
            cue = _cue_after(ctx, close, limit, _words(doc, start, end))
            lowered = ctx.text[start][:1].islower()  # «O objectivo …» is a sentence of its own
            lead = _narrated_lead(ctx, opening) if cue is not None and lowered else None
            if cue is not None and lead is not None:
                cue_start, cue_end, mention, rule = cue
                record = QuoteRecord(
                    lead, close, "mixed", cue_start, cue_end, mention, rule, cue_start
                )
                yield record, True  # "A bolha de gás «fornece …», explica um comunicado"
                continue
        if cue is None and opening is not None:
            if opening and doc[opening - 1].lower_ == "que":
                continue  # X afirmou que "…": reported speech, mixed
            cue = _cue_before(ctx, opening, _words(doc, start, end) < MIN_UNCUED_WORDS)
        if cue is None and _words(doc, start, end) >= MIN_UNCUED_WORDS:
            cue = _cue_in_next_sentence(ctx, close)
        cue = cue or carried  # «Viva a paz!», «Viva Timor»: one cue for the list
        if cue is not None:
            cue_start, cue_end, mention, rule = cue
            list_cue = cue
            for a, b in pieces:
                yield (
                    QuoteRecord(a, b, "direct", cue_start, cue_end, mention, rule, cue_start),
                    True,
                )
        elif (
            _utterance(ctx, region, _words(doc, start, end))
            and (_opens_sentence(ctx, region) or _embedded_clause(ctx, opening, end))
            and not _title_as_subject(ctx, close)
        ):
            for a, b in pieces:
                yield QuoteRecord(a, b, "direct", None, None, None, "previous", a), False


#: The fewest narrated words before a quote that make its sentence, cued after the
#: quote, one mixed report ("O Brasil «nunca esteve em apuros», segundo o técnico").
MIN_LEAD_WORDS = 2


#: Words before a quote after which it is a clause of its own, not the lead's end.
LEAD_BREAKS = frozenset({":", ",", ";", "porque", "pois", "que", "e", "mas", "como", *DASHES})


def _narrated_lead(ctx: _Context, opening: int | None) -> int | None:
    """Where a sentence starts whose narrated words lead into a quote cued after it.

    None when the quote opens its sentence, follows a colon, a dash or a cue, or
    when another quote or a verb of speech comes before it in the sentence.
    """
    if opening is None or not opening:
        return None
    floor = ctx.clause_start(opening)
    while floor < opening and (ctx.doc[floor].is_punct or ctx.doc[floor].is_space):
        floor += 1
    words = [k for k in range(floor, opening) if ctx.doc[k].is_alpha]
    last = ctx.lower[opening - 1]
    if len(words) < MIN_LEAD_WORDS or last in LEAD_BREAKS or last.endswith("ndo"):
        return None  # "o ritmo tornou-se frenético, «…»", "Isto porque «…»", "simbolizando «…»"
    if any(
        ctx.text[k] in PAIRS or ctx.text[k] in CLOSERS or ctx.text[k] in "()" or ctx.is_verb(k)
        for k in range(floor, opening)
    ):
        return None
    if _phrase_length(ctx, floor):
        return None  # "Segundo o presidente, «…»": the source's quote, see _cue_before
    return floor


#: Connectives after which a quote is a clause of the sentence, not a title or term
#: ("porque «aquilo não se faz»", "Isto porque, «nestas condições …»").
EMBEDDING_CONNECTIVES = frozenset({"porque", "pois", "mas", "embora", "quando"})
#: Words before "que" that make it a connective, not a cue's ("já que", "é que", "aí que").
CONNECTIVE_QUE = frozenset({"já", "é", "aí", "dado", "visto", "sendo", "foi"})


def _embedded_clause(ctx: _Context, opening: int | None, end: int) -> bool:
    """An uncued quote that is a clause inside the narration: after a connective
    ("porque «…»", "é que, a partir de agora, «…»") or set off by dashes ("-- «…» --")."""
    if not opening or _words(ctx.doc, ctx.first_token_from(ctx.starts[opening] + 1), end) < 3:
        return False
    k = opening - 1
    if ctx.text[k] in ASIDE_DASHES:  # a title may stand between dashes too: «Au nom du Christ»
        return ctx.text[opening + 1][:1].islower()
    if ctx.text[k] == ",":  # "Isto porque, «…»", "é que, a partir de agora, «…»"
        k = next(
            (
                j
                for j in range(k - 1, max(-1, k - MAX_ASIDE_TOKENS), -1)
                if ctx.lower[j] in EMBEDDING_CONNECTIVES or ctx.lower[j] == "que"
            ),
            k,
        )
    word = ctx.lower[k]
    if word == "que":
        return k > 0 and ctx.lower[k - 1] in CONNECTIVE_QUE
    return word in EMBEDDING_CONNECTIVES


def _title_as_subject(ctx: _Context, close: int) -> bool:
    """A quote a lower-case word follows with no comma: a title standing as subject
    ("«Os brasileiros escolhem Cardoso» foi o título", "«La Saga …» tem a assinatura")."""
    return (
        close < len(ctx.doc)
        and ctx.doc[close].is_alpha
        and ctx.text[close].islower()
        and (ctx.lower[close] not in CONJUNCTIONS)
    )


def _listed_after(between: str) -> bool:
    """Whether only a list separator stands between two quotes ("», «", "»; «", "» e «")."""
    words = between.replace(",", " ").replace(";", " ").split()
    return len(between) <= MAX_LIST_GAP and all(word in ("e", "ou") for word in words)


#: The most characters between two quotes of one list.
MAX_LIST_GAP = 5


def _title_or_term(ctx: _Context, region: QuotedText) -> bool:
    """A title in capitals or one lower-case term in marks: what is named, not said.

    "«Os Padrões Recentes da Fecundidade em Portugal», estudo que …", "o «rocaille»,
    explica o Ippar"; not «Sim», nor a sentence closed inside its marks.
    """
    content = ctx.doc.text[region.start : region.end].strip()
    words = [w for w in content.split() if any(c.isalpha() for c in w)]
    if not words or content.endswith((".", "!", "?", "…", ",")):
        return False
    if len(words) == 1:
        return words[0][:1].islower()
    content_words = [w for w in words if w.lower() not in TITLE_PARTICLES]
    capitalised = sum(1 for w in content_words if w[:1].isupper())
    return len(content_words) >= 2 and capitalised == len(content_words)


def _utterance(ctx: _Context, region: QuotedText, words: int) -> bool:
    """Long enough to be speech, or a short sentence closed in its marks («Estamos prontos.»)."""
    content = ctx.doc.text[region.start : region.end].rstrip()
    return words >= MIN_UNCUED_WORDS or (words >= 2 and content.endswith((".", "!", "?", "…")))


def _cue_in_next_sentence(ctx: _Context, close: int) -> Cue | None:
    """ "«…». É assim que Jorge Seabra avalia a crise.": the next sentence points back.

    Only "É/Foi assim que X verbo" (or "Assim X verbo") right after the quote's sentence.
    """
    doc = ctx.doc
    i = close + 1
    if i < len(doc) and doc[i].text in CLAUSE_ENDS:
        i += 1
    words = ctx.lower[i : i + 3]
    if words[:3] in (["é", "assim", "que"], ["foi", "assim", "que"]):
        i += 3
    elif words[:1] == ["assim"]:
        i += 1
    else:
        return None
    limit = ctx.clause_end(i)
    for verb in range(i, min(limit, i + MAX_SOURCE_WORDS + 4)):
        if ctx.is_verb(verb):
            if verb == i:  # "Assim comentou o treinador Jorge Jesus."
                mention = mention_after(doc, verb + 1, limit, ctx.nouns)
            else:
                mention = mention_before(doc, verb, i, ctx.nouns)
                if mention is not None and mention.start > i + 1:
                    return None  # the subject must open the clause
            return (verb, verb + 1, mention, "mention") if mention is not None else None
    return None


def _inside_reported(ctx: _Context, opening: int) -> bool:
    """Whether a quote opens inside a clause reported by "X verbo que …" in its sentence."""
    floor = ctx.clause_start(opening)
    if opening and ctx.text[opening - 1] in (":", *DASHES):
        return False
    for q in range(opening - 2, floor, -1):
        if ctx.is_verb(q) or ctx.text[q] == ":":
            return False  # a nearer cue introduces the quote
        if ctx.lower[q] != "que":
            continue
        verb = q - 1
        while verb > floor and (ctx.lower[verb] in ADVERBS or ctx.text[verb] == ","):
            verb -= 1
        if ctx.is_verb(verb):
            return True
    return False


def _opens_sentence(ctx: _Context, region: QuotedText) -> bool:
    """Whether a quote stands as its own sentence (not a title or a phrase inside one)."""
    text = ctx.doc.text
    before = text[: region.open].rstrip()
    content = text[region.start : region.end].strip()
    return (not before or before[-1] in '.!?:\n»”"' or before.endswith(("-", "–", "—"))) and (
        content[:1].isupper() or content[:1].isdigit()
    )


def _opens_paragraph(ctx: _Context, i: int) -> bool:
    """Whether token ``i`` is the first of a paragraph (or of the text)."""
    return not i or "\n" in ctx.text[i - 1] or ctx.doc[i - 1].whitespace_.endswith("\n")


def _paragraph_end(ctx: _Context, i: int) -> int:
    """Exclusive end of the paragraph token ``i`` is in (the next line break)."""
    while i < len(ctx.doc) and "\n" not in ctx.text[i]:
        i += 1
    return i


def _dialogue(ctx: _Context) -> Iterator[QuoteRecord]:
    """Paragraphs opened by a dialogue dash: ``— Não vamos desistir — disse o ministro.``"""
    doc = ctx.doc
    for i, text in enumerate(ctx.text):
        if text not in DASHES or i + 1 >= len(doc):
            continue
        if not _opens_paragraph(ctx, i) or (not doc[i].whitespace_ and doc[i + 1].is_alpha):
            continue
        end = _paragraph_end(ctx, i + 1)
        pieces, cue = _split_at_inner_cues(ctx, i + 1, end)
        if cue is None and _list_item(ctx, i, end):
            continue
        for a, b in pieces:
            if cue is not None:
                cue_start, cue_end, mention, rule = cue
                yield QuoteRecord(a, b, "direct", cue_start, cue_end, mention, rule, cue_start)
            else:
                yield QuoteRecord(a, b, "direct", None, None, None, "none", a)


#: What a line of speech ends with; a dashed line without it is a heading or a list item.
LINE_ENDS = frozenset({".", "!", "?", "...", "…", "»", '"', "”"})


def _list_item(ctx: _Context, dash: int, end: int) -> bool:
    """A dashed line of a list, not a turn of dialogue.

    "no qual se procurou:\n- discutir …;\n- identificar …": the item ends with
    ";" or "," or without a sentence's final mark.
    """
    last = end - 1
    while last > dash and ctx.doc[last].is_space:
        last -= 1
    return ctx.text[last] in (";", ",") or ctx.text[last] not in LINE_ENDS


#: Labels of an interview's turns: answers ("R. --") and questions ("P. --").
ANSWER_LABELS = frozenset({"r", "resposta"})
QUESTION_LABELS = frozenset({"p", "pergunta"})
#: What closes an interview turn's label besides a dash: "A.H.:", "Almeida Henriques (A.H.):".
COLONS = frozenset({":", "):"})
#: The most tokens a turn's label takes ("Narana Coissoró, líder parlamentar do CDS --").
MAX_LABEL_TOKENS = 10


def _interview(ctx: _Context) -> Iterator[QuoteRecord]:
    """Turns of a printed interview, one a paragraph: "R. -- …", "TOM GORMAN -- …".

    An answer labelled "R." is the interviewee's: the person the last named turn
    labelled (else the last speaker); a turn labelled with a name is that
    person's; questions ("P. --", or a turn that ends in "?") are the
    interviewer's and left out.  A text is an interview with two labelled turns,
    one of them a question, or with an answer labelled "R." (an excerpt).
    """
    doc = ctx.doc
    turns = list(_labelled_turns(ctx))
    labels = {_label_key(ctx.lower[label:dash]) for label, dash, _, _ in turns}
    asked = len(turns) >= 2 and any(_question_turn(ctx, turn) for turn in turns)
    if not asked and not labels & ANSWER_LABELS:
        return  # one "Name -- Title" line is a heading; "Hélder -- O central …" a rubric
    run_in = any(not _opens_paragraph(ctx, label) for label, _, _, _ in turns)
    if run_in and not labels & (ANSWER_LABELS | QUESTION_LABELS):
        return  # turns run into paragraphs need "P." or "R.": "Alverca -- Sem …" is a rubric
    interviewee: Mention | None = None
    aliases: dict[str, Mention] = {}  # "Almeida Henriques (A.H.):" then "A.H.:"
    for label, dash, start, stop in turns:
        if _question_turn(ctx, (label, dash, start, stop)):
            continue
        words = _label_key(ctx.lower[label:dash])
        if words in ANSWER_LABELS or words in aliases:
            speaker = aliases.get(words, interviewee)
            rule = "mention" if speaker is not None else "previous"
            yield QuoteRecord(start, stop, "direct", dash, dash + 1, speaker, rule, start)
            continue
        speaker = _label_name(ctx, label, dash)
        if speaker is not None and _words(doc, start, stop) >= MIN_UNCUED_WORDS:
            interviewee = speaker
            if speaker.end + 1 < dash and ctx.text[speaker.end] == "(":
                aliases[_label_key(ctx.lower[speaker.end + 1 : dash])] = speaker
            yield QuoteRecord(start, stop, "direct", dash, dash + 1, speaker, "mention", start)


def _question_turn(ctx: _Context, turn: tuple[int, int, int, int]) -> bool:
    """An interviewer's turn: labelled "P." or "Pergunta", or ending in "?"."""
    label, dash, _, stop = turn
    return _label_key(ctx.lower[label:dash]) in QUESTION_LABELS or ctx.text[stop - 1] == "?"


def _label_key(words: Sequence[str]) -> str:
    """A turn's label without spaces, dots and brackets: "A. H.", "A.H" and "(A.H.)" agree."""
    return "".join(words).replace(".", "").strip("()")


def _labelled_turns(ctx: _Context) -> Iterator[tuple[int, int, int, int]]:
    """Turns opened by a short label and a dash or colon: (label start, separator,
    content span).

    A turn opens a paragraph, or a sentence when the press runs an interview into
    one paragraph ("… acompanhamento? R. -- Façam o favor …"); there only a dash
    separates, and the answer starts with a capital.  A colon follows only a
    short label ("A.H.:", "P:", "Almeida Henriques (A.H.):"), not a sentence ("O
    ministro explicou:").  A turn runs to the next one, over paragraphs; the last
    one ends with its paragraph.
    """
    doc = ctx.doc
    labels: list[tuple[int, int]] = []
    for i in range(len(doc)):
        if doc[i].is_space or ctx.text[i] in DASHES:
            continue  # a dialogue dash opens the turn: see _dialogue
        in_paragraph = not _opens_paragraph(ctx, i)
        if in_paragraph and ctx.text[i - 1] not in CLAUSE_ENDS:
            continue
        window = range(i + 1, min(len(doc), i + MAX_LABEL_TOKENS))
        dash = next((k for k in window if ctx.text[k] in DASHES or ctx.text[k] in COLONS), None)
        if dash is None or any(ctx.text[k] in CLAUSE_ENDS for k in range(i, dash)):
            continue
        if in_paragraph and (
            ctx.text[dash] not in ASIDE_DASHES
            or dash + 1 >= len(doc)
            or not doc[dash + 1].text[:1].isupper()
        ):
            continue
        if ctx.text[dash] in COLONS and not _short_label(ctx, i, dash):
            continue
        labels.append((i, dash))
    for n, (label, dash) in enumerate(labels):
        stop = labels[n + 1][0] if n + 1 < len(labels) else _paragraph_end(ctx, dash + 1)
        start, stop = _strip(doc, dash + 1, stop)
        if stop > start:
            yield label, dash, start, stop


def _short_label(ctx: _Context, i: int, colon: int) -> bool:
    """A label in capitals or initials ("DRV", "A.H.", "P"), or a name with its initials."""
    tokens = [t for t in ctx.text[i:colon] if t != ")"]
    if len(tokens) > 5 or not tokens:
        return False
    if all(t.isupper() or t == "(" for t in tokens):
        return True  # "DRV", "A.H.", "P", "TOM GORMAN"
    return "(" in tokens and tokens[-1].isupper()  # "Almeida Henriques (A.H.)"


def _label_name(ctx: _Context, i: int, dash: int) -> Mention | None:
    """The person a turn's label names: "TOM GORMAN", "Narana Coissoró, líder do CDS"."""
    doc = ctx.doc
    capitals = i
    while capitals < dash and doc[capitals].is_alpha and doc[capitals].text.isupper():
        capitals += 1
    if capitals == dash and dash - i >= 2:
        return Mention(i, dash, "name")  # a name in capitals, as interviews print them
    named = name_mention_at(doc, i, dash, ctx.nouns)
    if named is None or named.kind != "name":
        return None
    if named.end == dash or ctx.text[named.end] in (",", "("):
        return named
    return None


def _reported_clause(ctx: _Context, verb: int, start: int) -> tuple[int, int]:
    """The clause a speech verb reports: from ``start`` to the sentence end.

    With a parse, the clause stops earlier where the verb's ``ccomp`` subtree
    ends before a new coordinated clause ("…, mas o ministro negou"); the
    parser's sentence ends are not trusted otherwise.
    """
    doc = ctx.doc
    end = ctx.clause_end(start, reported=True)
    asides = [k for k in range(ctx.clause_start(verb), verb) if ctx.text[k] in ASIDE_DASHES]
    if len(asides) % 2:  # "O ministro -- que referiu … -- elogiou": the aside ends the clause
        end = next((k for k in range(start, end) if ctx.text[k] in ASIDE_DASHES), end)
    if ctx.parsed:
        for child in doc[verb].children:
            if child.dep_ != "ccomp" or not child.left_edge.i <= start <= child.i:
                continue
            cut = child.right_edge.i + 1
            if start < cut < end - 1 and doc[cut].text == "," and doc[cut + 1].lower_ in BREAKS:
                end = cut
            break
    start, end = _strip(doc, start, end)
    opening = start if start < end and doc[start].text in PAIRS else start - 1
    if start < end and opening >= 0 and doc[opening].text in PAIRS:
        closer = PAIRS[doc[opening].text]
        close = next((k for k in range(start + 1, end) if doc[k].text == closer), end)
        if close + 1 < end and doc[close + 1].text == "," and close - start >= MIN_UNCUED_WORDS:
            end = close + 1  # «…», numa indirecta a …: the narrator's comment follows the quote
    if end > start and doc[end - 1].text in CLOSERS and not _opens_inside(doc, start, end - 1):
        end -= 1  # X afirmou que «…»: the marks were around the whole clause
    return start, end


def _opens_inside(doc: Doc, start: int, end: int) -> bool:
    """Whether a quotation mark opened within ``[start, end)`` is still open at ``end``."""
    marks = [t.text for t in doc[start:end] if t.text in PAIRS or t.text in CLOSERS]
    depth = 0
    for mark in marks:
        if mark == '"':
            depth = 1 - depth
        elif mark in PAIRS:
            depth += 1
        else:
            depth = max(0, depth - 1)
    return depth > 0


def _indirect(ctx: _Context, quoted: Sequence[QuotedText]) -> Iterator[QuoteRecord]:
    """Reported speech: ``X afirmou que …``, ``X afirmou: …``, ``segundo X, …``."""
    doc = ctx.doc
    inside = _token_regions(ctx, quoted)
    for i in range(len(doc)):
        if i in inside or (ctx.lower[i] not in ctx.first_words and not ctx.is_verb(i)):
            continue
        parenthesis = _parenthetical(ctx, i) if ctx.is_verb(i) else None
        if parenthesis is not None:
            aside_start, aside_end, aside_speaker, aside_rule = parenthesis
            kind = _kind(ctx, quoted, aside_start, aside_end)
            yield QuoteRecord(aside_start, aside_end, kind, i, i + 1, aside_speaker, aside_rule, i)
            continue
        if ctx.is_verb(i):
            j = ctx.skip_adverbs(i + 1, len(doc))
            post = None
            if j + 3 < len(doc) and doc[j].text == ",":
                j = _past_aside(ctx, j)  # "acrescentou, porém, que", "confirmou, no entanto, que"
            question = _question_word(ctx, i, j)
            addressee = _addressee_end(ctx, j) or _addressee_end(ctx, _after_time_phrase(ctx, j))
            if question is not None:
                j = question
            elif addressee is not None:
                post = mention_after(doc, j, addressee, ctx.nouns)
                if post is not None and (post.start <= j + 1 or doc[post.start - 1].text == ","):
                    post = None  # the addressee itself, not a subject after it
                j = addressee  # "garantiu ao Presidente sírio, Hafez Assad, que …"
            elif j < len(doc) and doc[j].lower_ not in ("que", ":"):
                post = mention_after(doc, j, ctx.clause_end(j), ctx.nouns)
                if post is not None:
                    j = post.end
            if question is None and j < len(doc) and doc[j].lower_ not in ("que", ":"):
                j = _after_time_phrase(ctx, j)
            if (
                post is None
                and question is None
                and i + 1 < j <= i + 3
                and j + 1 < len(doc)
                and doc[j].text == ","
                and doc[j + 1].lower_ == "que"
                and ctx.lower[i - 1] != "que"
            ):
                j += 1  # "Roland Dumas anunciou ontem, que …": a stray comma after an adverb
            infinitive = j + 1 if j + 1 < len(doc) and doc[j].text in PAIRS else j
            if (
                post is None
                and question is None
                and addressee is None
                and j == ctx.skip_adverbs(i + 1, len(doc))
                and infinitive < len(doc)
                and looks_infinitive(doc[infinitive])
            ):  # "declarou possuir", "admitia somente ter sido", "admitiu «reconsiderar»"
                record = _infinitive_report(ctx, quoted, i, j)
                if record is not None:
                    yield record
                continue
            if j >= len(doc) or (doc[j].lower_ not in ("que", ":") and question is None):
                continue
            if doc[j].text == ":" and j + 1 < len(doc) and doc[j + 1].text in PAIRS:
                continue  # X disse: "…" is a direct quote
            if post is not None:
                mention: Mention | None = post
                rule = "mention"
            else:  # past an addressee, only the subject before the cue is left
                mention, rule = ctx.speaker_of(i, j if addressee is None else i + 1)
            if rule == "none":
                continue
            start, end = _reported_clause(ctx, i, j + 1)
            if question is not None:  # a question ends at its first comma ("…, X afirmou que")
                end = next((k for k in range(start, end) if doc[k].text == ","), end)
            while end > start:
                yield QuoteRecord(
                    start, end, _kind(ctx, quoted, start, end), i, i + 1, mention, rule, i
                )
                k = end
                while k < len(doc) and ctx.text[k] in CLOSERS:
                    k += 1
                if not (k + 2 < len(doc) and ctx.lower[k] == "e" and ctx.lower[k + 1] == "que"):
                    break
                start, end = _reported_clause(ctx, i, k + 2)  # "… que A e que B"
            continue
        if not _starts_clause(ctx, i):
            continue
        source = _source_phrase(ctx, i)
        unnamed = _unnamed_source(ctx, i) if source is None else None
        if source is None and unnamed is None:
            continue
        if i >= 2 and ctx.text[i - 1] == "," and ctx.text[i - 2] in CLOSERS:
            continue  # «…», segundo X, …: the quote's cue, not a reported clause
        if unnamed is not None:
            phrase_start, phrase_end, mention, after = unnamed
            rule = "mention" if mention is not None else "document"
        else:
            assert source is not None
            phrase_start, phrase_end, mention = source
            rule = "mention" if mention is not None else "dropped"
            after = _source_end(ctx, mention, phrase_end)
            if doc[i].lower_ == "para" and not _opinion_holder(ctx, i, mention, after):
                continue
            if doc[i].lower_ != "para" and ctx.clause_start(i) == i:
                after = _source_modifiers_end(ctx, after)  # only a source opening its sentence
        # "…, segundo a polícia, que não deu pormenores.": a relative clause closes the source
        relative = after + 1 < len(doc) and doc[after].text == "," and ctx.lower[after + 1] == "que"
        final = after >= len(doc) or doc[after].text in CLAUSE_ENDS or relative
        if after < len(doc) and doc[after].text == "," and not relative:
            start, end = _strip(doc, after + 1, ctx.clause_end(after + 1, reported=True))
            start = _subject_before_aside(ctx, i, start)
        elif doc[i].lower_ == "para" and after < len(doc) and doc[after].is_alpha:
            start, end = _strip(doc, after, ctx.clause_end(after, reported=True))  # "Para ele a"
        elif final and i and doc[i - 1].text == "," and ctx.lower[i] in FINAL_SOURCES:
            start, end = _strip(doc, ctx.clause_start(i), i)
        else:
            continue
        if end > start and start not in inside:  # it may end in a quote: mixed
            kind = _kind(ctx, quoted, start, end)
            yield QuoteRecord(
                start, end, kind, phrase_start, phrase_end, mention, rule, phrase_start
            )


def _opinion_holder(ctx: _Context, i: int, mention: Mention | None, after: int) -> bool:
    """Whether "para X" at ``i`` gives X's view, as "segundo X" would.

    At a clause's start ("Para o ministro, …"); after a comma only as an aside
    closed by a comma ("O problema é que, para Netanyahu, esse caminho …"); with
    no comma after X only for a name or a pronoun opening the sentence ("Para ele
    a peça é primorosa").
    """
    if mention is None:
        return ctx.clause_start(i) == i
    comma_after = after < len(ctx.doc) and ctx.text[after] == ","
    if ctx.clause_start(i) == i:
        return comma_after or (
            mention.kind in ("name", "pronoun")
            and after < len(ctx.doc)
            and ctx.lower[after] in ARTICLES  # "Para ele a peça", not "Para X e o Prémio"
        )
    return (
        ctx.text[i - 1] == ","
        and comma_after
        and mention.kind in ("name", "pronoun", "role")
        and after + 1 < len(ctx.doc)
        and ctx.lower[after + 1] not in ASIDE_FOLLOWERS
    )


#: Words after "…, para X," that continue the sentence around the aside: "a
#: transferência, para a Dow, do controle", "Esta é, para ele, uma justificação".
ASIDE_FOLLOWERS = frozenset(
    {"de", "do", "da", "dos", "das", "onde", "que", "em", "a", "para", "com", "um", "uma"}
)


#: Prepositions of an audience between a cue and its "que" ("perante cem mil pessoas").
AUDIENCE_OPENERS = frozenset({"perante", "diante", "junto"})
#: How many words an addressee may take between a cue and its "que".
MAX_ADDRESSEE_WORDS = 12


def _addressee_end(ctx: _Context, j: int) -> int | None:
    """The "que" after an addressee opening at ``j``: "garantiu ao Presidente, X, que …"."""
    if j >= len(ctx.doc) or (ctx.lower[j] not in TO and ctx.lower[j] not in AUDIENCE_OPENERS):
        return None
    k = j + 1
    while k < min(len(ctx.doc), j + MAX_ADDRESSEE_WORDS):
        if ctx.lower[k] in ("que", ":"):  # "recomendam aos espectadores: levem …"
            named = (
                ctx.text[k - 1] == "," or ctx.text[k - 1].isalpha() or ctx.text[k - 1] in CLOSERS
            )
            return k if named else None
        if ctx.text[k] in PAIRS:
            close = _quoted_name_close(ctx, k)  # "admitiu ao «Washington Post» que"
            if close is None:
                return None
            k = close
        elif ctx.text[k] in CLAUSE_ENDS or ctx.is_verb(k):
            return None
        k += 1
    return None


#: The most tokens an aside between a cue and its "que" may take.
MAX_ASIDE_TOKENS = 6


def _past_aside(ctx: _Context, comma: int) -> int:
    """The "que" after an aside set off by commas right after a cue, or ``comma``.

    "confirmou, no entanto, que …", "afirmou aqui, na reunião, que …".
    """
    for k in range(comma + 2, min(len(ctx.doc) - 1, comma + MAX_ASIDE_TOKENS + 2)):
        text = ctx.text[k]
        if text == "," and ctx.lower[k + 1] == "que":
            return k + 1
        if text in CLAUSE_ENDS or text in PAIRS or text == "," or ctx.is_verb(k):
            break
    return comma


def _question_word(ctx: _Context, verb: int, j: int) -> int | None:
    """Where a reported question opens: "perguntou se …", "questionou porque é que …".

    The clause starts after the returned index ("se" is left out, a question
    word kept: the index before it).
    """
    doc = ctx.doc
    if j >= len(doc) or speech_verb(ctx.lower[verb], ctx.verbs) not in QUESTION_VERBS:
        return None
    for k in range(verb + 1, j + 1):
        if ctx.lower[k] == "se":  # also where "se" was skipped as a clitic
            return k
    if ctx.lower[j] in QUESTION_WORDS or (
        ctx.lower[j] == "por" and j + 1 < len(doc) and ctx.lower[j + 1] == "que"
    ):
        return j - 1
    return None


#: Negations a reported infinitive keeps ("declarou não poder", "disse nunca ter").
NEGATIONS = frozenset({"não", "nunca", "jamais"})


def _infinitive_report(
    ctx: _Context, quoted: Sequence[QuotedText], verb: int, infinitive: int
) -> QuoteRecord | None:
    """ "Gerardo Sanchez declarou possuir uma lista …": the infinitive clause is reported."""
    mention, rule = ctx.speaker_of(verb, infinitive)
    if rule == "none" or (mention is None and rule not in ("dropped", "unknown", "document")):
        return None
    while infinitive - 1 > verb and ctx.lower[infinitive - 1] in NEGATIONS:
        infinitive -= 1  # "declarou não poder": the negation is what was said
    start, end = _reported_clause(ctx, verb, infinitive)
    if _words(ctx.doc, start, end) < MIN_UNCUED_WORDS:
        return None
    kind = _kind(ctx, quoted, start, end)
    return QuoteRecord(start, end, kind, verb, verb + 1, mention, rule, verb)


def _parenthetical(ctx: _Context, verb: int) -> tuple[int, int, Mention | None, str] | None:
    """A cue inside the sentence it reports: "Todas as decisões, disse Damásio, foram …".

    The whole sentence is the reported clause (the cue inside it included).
    """
    doc = ctx.doc
    if verb and doc[verb - 1].is_alpha and doc[verb - 1].is_lower and not doc[verb - 1].is_stop:
        return _closing_cue_without_comma(ctx, verb)
    if not verb or (ctx.text[verb - 1] != "," and ctx.text[verb - 1] not in DASHES):
        return None
    start = ctx.clause_start(verb)
    end = ctx.clause_end(verb)
    mention = mention_after(doc, verb + 1, end, ctx.nouns)
    after = mention.end if mention is not None else ctx.skip_adverbs(verb + 1, end)
    if verb - 1 <= start or any(ctx.is_verb(k) for k in range(start, verb - 1)):
        return None  # the sentence already has its own cue
    rule = "mention" if mention is not None else "dropped"
    if (
        mention is not None
        and after < end
        and ctx.lower[after] in TRAILING_OPENERS
        and end - after <= MAX_TRAILING_WORDS
        and not any(ctx.text[k] in (",", *DASHES) or ctx.is_verb(k) for k in range(after, end))
    ):
        after = end  # "…, anunciou o Pentágono em comunicado."
    if ctx.text[verb - 1] in DASHES and (
        mention is None or after < end or any(t in DASHES for t in ctx.text[start : verb - 1])
    ):
        return None  # only "… -- disse ontem fonte da organização." closes a statement
    if after >= end or (ctx.text[after] == "," and _apposition_to_end(ctx, after + 1, end)):
        # the cue closes the sentence: "…, defendeu hoje José Sócrates, primeiro-ministro."
        reported = _strip(doc, start, verb - 1)
        if _words(doc, *reported) < MIN_UNCUED_WORDS or _quote_at_edge(ctx, start, verb):
            return None
        if any(_passive_speech(ctx, k) for k in range(start, verb - 1)):
            return None  # "Isso foi afirmado por X, …, disse Y": narration about speech
        subject = mention_after(doc, reported[0], verb - 1, ctx.nouns)
        if subject is not None and subject.end < verb and ctx.text[subject.end] == ",":
            return None  # "O líder do PSD, por seu lado, acusou …": the verb's own subject
        return reported[0], reported[1], mention, rule
    if ctx.text[after] != "," or after + 1 >= end or "que" in ctx.lower[start : verb - 1]:
        return None
    start, end = _strip(doc, start, end)
    return start, end, mention, rule


def _closing_cue_without_comma(
    ctx: _Context, verb: int
) -> tuple[int, int, Mention | None, str] | None:
    """ "… com os sindicatos e o patronato acrescentou Zapatero.": the comma left out.

    Only a verb that takes no person as its object ("acrescentou", not "defendeu
    Jardel"), a name closing the sentence (or before ", que …"), and a long clause.
    """
    doc = ctx.doc
    if speech_verb(ctx.lower[verb], ctx.verbs) not in DECLARATIVE_VERBS:
        return None
    start, end = ctx.clause_start(verb), ctx.clause_end(verb)
    mention = mention_after(doc, verb + 1, end, ctx.nouns)
    if mention is None or mention.kind != "name" or mention.start != verb + 1:
        return None
    after = mention.end
    if after < end and not (ctx.text[after] == "," and ctx.lower[after + 1] in ("que", "quem")):
        return None
    reported = _strip(doc, start, verb)
    if _words(doc, *reported) < MIN_CLOSED_WORDS or _quote_at_edge(ctx, start, verb + 1):
        return None
    if any(ctx.is_verb(k) or _passive_speech(ctx, k) for k in range(start, verb)):
        return None
    return reported[0], reported[1], mention, "mention"


def _passive_speech(ctx: _Context, k: int) -> bool:
    """A speech verb in the passive: "foi afirmado", "é dito"."""
    return (
        k > 0 and ctx.lower[k - 1] in PASSIVE and speech_verb(ctx.lower[k], ctx.verbs) is not None
    )


def _apposition_to_end(ctx: _Context, i: int, end: int) -> bool:
    """Whether tokens ``[i, end)`` describe the speaker: "primeiro-ministro português",
    "disposta a mostrar o descontentamento", "que falava em Lisboa"."""
    if i < end and ctx.lower[i] in ARTICLES:
        i += 1
    if i < end and (ctx.lower[i] in ("que", "quem") or ctx.lower[i].endswith(DESCRIBING_ENDINGS)):
        return True  # a relative clause or a participle about the speaker
    return i < end and ctx.nouns.head(ctx.text[i]) is not None


def _quote_at_edge(ctx: _Context, start: int, verb: int) -> bool:
    """Whether the clause ``[start, verb)`` opens a quote or closes one before the cue.

    Then the cue belongs to a direct quote; marks inside the clause only make
    it mixed ("Aparelhos … «em resposta a disparos» do Iraque, anunciou o Pentágono").
    """
    text = ctx.text
    last = verb - 1
    while last > start and (text[last] == "," or text[last] in DASHES):
        last -= 1
    first = start
    while first < last and text[first] in DASHES:
        first += 1
    return text[first] in PAIRS or text[last] in CLOSERS


#: The most tokens an adverbial between a cue and its "que" may take ("disse ontem na
#: Comissão de Agricultura da Câmara dos Deputados que").
MAX_ADVERBIAL_TOKENS = 10


#: Prepositions that make "que" a conjunction of their own ("para que", "com que").
CONJUNCTIVE_PREPOSITIONS = frozenset({"para", "com", "em", "de", "por", "sem", "até", "desde"})


def _after_time_phrase(ctx: _Context, j: int) -> int:
    """Index of "que" after an adverbial ("nesta segunda-feira", "na semana passada")."""
    doc = ctx.doc
    if j >= len(doc) or doc[j].lower_ not in TIME_OPENERS:
        return j
    for k in range(j + 1, min(len(doc), j + MAX_ADVERBIAL_TOKENS)):
        if doc[k].lower_ == "que":
            return k if ctx.lower[k - 1] not in CONJUNCTIVE_PREPOSITIONS else j
        if doc[k].is_punct or ctx.is_verb(k):
            break
    return j


def _past_appositions(ctx: _Context, i: int) -> int:
    """The comma closing the appositions after a name at ``i``: ", 55, presidente da X,"."""
    while True:
        age = i + 2 < len(ctx.doc) and ctx.text[i] == "," and ctx.doc[i + 1].like_num
        if age and ctx.text[i + 2] == ",":
            i += 2  # "Simon Franco, 55, …"
            continue
        following = _skip_apposition(ctx, i)
        if following == i:
            return i
        i = following


def _skip_apposition(ctx: _Context, i: int) -> int:
    """After "Segundo Arnaldo Leite, coordenador do programa, …": the comma before the clause."""
    doc = ctx.doc
    if i + 1 >= len(doc) or doc[i].text != ",":
        return i
    j = i + 1 if doc[i + 1].lower_ not in ARTICLES else i + 2
    affiliation = doc[i + 1].lower_ in OF and i + 2 < len(doc) and doc[i + 2].text[:1].isupper()
    if not affiliation and (j >= len(doc) or ctx.nouns.head(doc[j].text) is None):
        return i  # neither ", coordenador do programa," nor ", da Nova SBE,"
    for k in range(j + 1, min(len(doc), j + 15)):
        if doc[k].text == ",":
            return k
        if doc[k].text in CLAUSE_ENDS or ctx.is_verb(k):
            break
    return i


#: The most words a subject set before an inserted source may take.
MAX_SUBJECT_WORDS = 8


def _subject_before_aside(ctx: _Context, phrase: int, start: int) -> int:
    """Where a clause starts whose subject comes before an inserted source.

    "O chefe de Estado, segundo o porta-voz, acompanha a situação": the whole
    clause is reported, the aside inside it.
    """
    opening = ctx.clause_start(phrase)
    if phrase - 1 <= opening or ctx.text[phrase - 1] != ",":
        return start
    if phrase - 1 - opening > MAX_SUBJECT_WORDS:
        return start
    if not (ctx.lower[opening] in ARTICLES or is_name_word(ctx.doc[opening])):
        return start  # "Em Lisboa, segundo a polícia, …": an adverbial, not a subject
    words = range(opening, phrase - 1)
    if any(ctx.text[k] in PAIRS or ctx.text[k] == "," or ctx.is_verb(k) for k in words):
        return start
    if ctx.lower[phrase - 2] == "que":
        return start  # "O problema é que, para Netanyahu, …": the clause follows the aside
    return opening


#: The most words a quoted name may take ("o jornal «El Tiempo»").
MAX_QUOTED_NAME_WORDS = 5


def _quoted_name_close(ctx: _Context, i: int) -> int | None:
    """The closing mark of a short capitalised name in quotation marks opening at ``i``."""
    if i + 2 >= len(ctx.doc) or ctx.text[i] not in PAIRS or not ctx.text[i + 1][:1].isupper():
        return None
    closer = PAIRS[ctx.text[i]]
    for k in range(i + 2, min(len(ctx.doc), i + MAX_QUOTED_NAME_WORDS + 2)):
        if ctx.text[k] == closer:
            return k
    return None


def _skip_quoted_name(ctx: _Context, i: int) -> int:
    """Past a short quoted name at ``i`` followed by a comma, or ``i``."""
    close = _quoted_name_close(ctx, i)
    if close is not None and close + 1 < len(ctx.doc) and ctx.text[close + 1] == ",":
        return close + 1
    return i


def _starts_clause(ctx: _Context, i: int) -> bool:
    doc = ctx.doc
    return i == ctx.clause_start(i) or doc[i - 1].text == "," or doc[i - 1].lower_ in CONJUNCTIONS


def _token_regions(ctx: _Context, quoted: Sequence[QuotedText]) -> set[int]:
    """Tokens inside quotation marks (where a cue verb is part of the quote)."""
    tokens: set[int] = set()
    for region in quoted:
        tokens.update(range(ctx.first_token_from(region.start), ctx.first_token_from(region.end)))
    return tokens


def _kind(ctx: _Context, quoted: Sequence[QuotedText], start: int, end: int) -> str:
    """mixed when the reported clause quotes the speaker's words, else indirect."""
    doc = ctx.doc
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    quoted_words = 0
    for region in quoted:
        if region.open >= first - 1 and region.start <= last:
            quoted_words += len(doc.text[region.start : min(region.end, last)].split())
    return "mixed" if quoted_words >= MIN_MIXED_WORDS else "indirect"


def extract_quotes(
    doc: Doc,
    verbs: Mapping[str, str],
    nouns: SpeakerNouns,
    phrases: Sequence[tuple[str, ...]] = (),
) -> Iterator[QuoteRecord]:
    """Every quotation in ``doc`` in text order, overlapping none of the others.

    verbs: speech verb form → infinitive (see :mod:`newsnlp.components.verb_forms`).
    phrases: source phrases as word tuples (("segundo",), ("de", "acordo", "com")).
    Cued direct quotes win over reported speech, which wins over uncued quotes.
    """
    ctx = _Context(doc, verbs, nouns, phrases)
    quoted = find_quotations(doc.text)
    cued: list[QuoteRecord] = []
    uncued: list[QuoteRecord] = []
    for record, has_cue in _direct(ctx, quoted):
        (cued if has_cue else uncued).append(record)
    reported = [  # a clause opening with its own cue reports nothing («…», gracejou X, após …)
        r for r in _split_coordinated(ctx, list(_indirect(ctx, quoted))) if r.start != r.cue_start
    ]
    ranked = [*cued, *_dialogue(ctx), *_interview(ctx), *reported, *uncued]
    opens_quote = [text in PAIRS for text in ctx.text]
    taken: list[QuoteRecord] = []
    for record in ranked:
        trimmed = _trim(record, taken, opens_quote)
        if trimmed is not None:
            taken.append(trimmed)
    yield from sorted(taken, key=lambda r: r.start)


#: Conjunctions that open a second reported statement inside a sentence.
COORDINATORS = frozenset({"e", "mas", "enquanto"})
#: How far before a second cue's subject its conjunction may stand ("e, na água, o IRAR").
MAX_COORDINATED_GAP = 10


def _split_coordinated(ctx: _Context, records: list[QuoteRecord]) -> list[QuoteRecord]:
    """End a reported clause where a coordinated one with its own speaker begins.

    "os CTT adiantam que … e, na água, o IRAR diz que …": two statements, not
    one running over the other.
    """
    result = []
    for record in records:
        end = record.end
        for other in records:
            if other.cue_start is None or not record.start < other.cue_start < end:
                continue
            if other.speaker_rule != "mention" or other.speaker is None:
                continue
            subject = min(other.speaker.start, other.cue_start)
            floor = max(record.start, subject - MAX_COORDINATED_GAP)
            joint = next(
                (c for c in range(subject - 1, floor, -1) if ctx.lower[c] in COORDINATORS), None
            )
            if joint is not None:
                end = _strip(ctx.doc, record.start, joint)[1]
                break
        result.append(record if end == record.end else _replace_end(record, end))
    return [r for r in result if r.end > r.start]


def _trim(
    record: QuoteRecord, taken: Sequence[QuoteRecord], opens_quote: Sequence[bool]
) -> QuoteRecord | None:
    """``record`` cut before the first quote taken inside it; None if it overlaps one.

    A reported clause cut right at an opening mark leaves only the quote's subject
    ("O programa «…», disse X"), which is dropped.
    """
    start, end = record.start, record.end
    for other in taken:
        if other.start < end and start < other.end:
            if other.start > start and record.kind != "direct":
                end = other.start
            else:
                return None
    if end <= start:
        return None
    if end != record.end and record.kind != "direct" and opens_quote[end - 1]:
        return None  # "O programa «…», disse X": what is left before the quote is no clause
    return record if end == record.end else _replace_end(record, end)


def _replace_end(record: QuoteRecord, end: int) -> QuoteRecord:
    return QuoteRecord(
        record.start,
        end,
        record.kind,
        record.cue_start,
        record.cue_end,
        record.speaker,
        record.speaker_rule,
        record.position,
    )
