"""What every quotation rule reads: quotation marks found in the raw text
(:func:`find_quotations`), speech-verb forms, the token view of a Doc with the
speaker a cue points to (:class:`QuoteContext`), and source phrases ("segundo
X", "de acordo com X") shared by direct and reported speech.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..folding import DE_FORMS, fold
from .entity_rules import PARTICIPLE_ENDINGS, is_known_place
from .name_spans import DIALOGUE_DASHES, INDEFINITE_PRONOUNS, is_first_name, is_name_word
from .role_phrases import name_mention_at, past_parenthesis, quoted_name_close, role_end
from .speaker_lexicon import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    MAX_QUOTED_NAME_WORDS,
    NARRATIVE_ENDINGS,
    OF,
    PAIRS,
    PLACE_PREPOSITIONS,
    PUBLICATION_NOUNS,
    TO,
    WHO,
    Mention,
    SpeakerNouns,
    narrates,
)
from .speakers import (
    CHANNEL_OPENERS,
    CHANNELS,
    CONTRACTED_ARTICLES,
    INDEFINITE_DETERMINERS,
    MAX_ASIDE_TOKENS,
    POSSESSIVES,
    common_noun_before,
    mention_after,
    mention_before,
    mention_ending_at,
    past_section_label,
    subject_from_parse,
)
from .verb_forms import inflect_all, load_verb_table

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


#: Words before "se" + verb that make the verb impersonal ("onde se realça que").
IMPERSONAL_OPENERS = frozenset({"onde", "como", ",", ".", ":", ";"})
#: Forms of "ser" a noun, not a person, may open with an infinitive: "Meta é alcançar".
SER_FORMS = frozenset({"é", "era", "foi", "será", "seria"})
#: Forms of "ser" before an adjective and an infinitive cue: "seria correto afirmar", no
#: one's statement.
IMPERSONAL_COPULAS = SER_FORMS | {"fosse", "sendo"}


#: How far before its cue a document may stand as subject ("o relatório final da CPI sugere").
MAX_DOCUMENT_WORDS = 5
#: How far after a document noun its author may be named ("um relatório de segurança
#: cibernética da empresa de tecnologia IBM").
MAX_DOCUMENT_TAIL = 10
#: "o mesmo relatório": the document named before.
SAME_WORDS = frozenset({"mesmo", "mesma", "próprio", "própria", "referido", "referida"})
#: Nouns that take up any document named before ("o documento", "o texto").
ANY_DOCUMENT = frozenset({"documento", "texto"})
#: Documents that carry a statement, one another's names ("Em nota, X …", "diz o comunicado").
STATEMENT_DOCUMENTS = frozenset({"nota", "comunicado"})
#: Posts on social networks, their author's statements ("Lula publicou uma mensagem … diz o post").
POSTS = frozenset({"post", "postagem", "tuíte", "tweet", "mensagem"})
#: Documents named again with no author, which are the statement of whom the text is
#: about ("A FAB informou … A nota informa que …").
FOCUS_DOCUMENTS = STATEMENT_DOCUMENTS | ANY_DOCUMENT | POSTS | {"carta"}
#: Reports named again with no author, which are the organisation's in focus ("A PF
#: concluiu o inquérito. Segundo o relatório, …"; "O Jornal Nacional revelou o caso.
#: De acordo com a reportagem, …").
REPORTS = frozenset(
    {"relatório", "laudo", "estudo", "levantamento", "parecer", "reportagem", "matéria"}
)
#: Documents the prosecution files ("A denúncia afirma que …").
ACCUSATIONS = frozenset({"denúncia", "acusação"})
#: Words of a prosecution's name, folded, besides "Ministério Público": "Procuradoria-Geral
#: da República", "MPF", "PGR".
PROSECUTION_WORDS = frozenset({"procuradoria", "mpf", "pgr", "mpe", "mp"})


CLOSERS = frozenset(PAIRS.values())
#: Closing marks a careless text pairs with an opening: the other style's ("…” after ",
#: " after “), or the opening mark itself printed at a word's end ("…força“, escreveu).
MIXED_CLOSERS = {'"': "”", "“": '"“'}


#: Dashes that open a dialogue turn or set off an aside (the same set as name_spans.py's).
DASHES = DIALOGUE_DASHES


#: Tokens that end a clause or sentence; ".." and "+" end a headline and mark a related
#: link where a corpus lost its line breaks ("… de ideias..  A UFG reitera", "… Lava Jato
#: + PF ataca").
CLAUSE_ENDS = frozenset({".", "!", "?", ";", "...", "…", "..", "+", "+++"})

#: The most tokens of an aside between dashes ("X – representante do Ministério
#: Público na audiência, substituindo Janot – disse").
MAX_DASHED_ASIDE_TOKENS = 20

#: Marks that end a sentence: between a subject and the quote it leads into, or
#: right after a cue whose subject is left out ("«…» completou.").
FULL_STOPS = frozenset({".", "!", "?"})


#: Words before a cue verb that show it is a noun ("a conta que", "uma nota que").
DETERMINERS = frozenset(
    {"o", "a", "os", "as", "um", "uma", "da", "do", "na", "no", "de", "em", "pela", "pelo", "à"}
)


#: Where a clause with a dropped subject may start ("e disse que").
CONJUNCTIONS = frozenset({"e", "mas", "ou", "porém", "contudo", "depois", "ainda"})

#: Conjunctions joining a cue to an earlier verb that shares its subject.
COORDINATORS = frozenset({"e", "mas"})

#: Words opening a clause inside another, whose subject is no main clause's.
SUBORDINATORS = frozenset({"que", "como", "quando", "onde", "porque"})

#: Words before a noun phrase that make it no subject: "da ex-presidente", "para a comissão".
SUBJECT_BLOCKERS = (
    OF
    | TO
    | PLACE_PREPOSITIONS
    | frozenset({"para", "com", "por", "pela", "pelo", "sobre", "contra", "entre"})
)


#: Capitalised articles that start a new sentence when a headline runs into the body.
RUN_ON_OPENERS = frozenset({"A", "O", "As", "Os", "Um", "Uma", "Uns", "Umas"})
#: Words after which a capitalised article starts a title, not a new sentence ("de O Globo").
RUN_ON_FUNCTION_WORDS = frozenset(
    {"de", "da", "do", "das", "dos", "em", "no", "na", "nos", "nas", "a", "o", "os", "as"}
    | {"e", "ou", "que", "por", "para", "com", "sem", "sobre", "entre", "como", "é", "foi"}
)


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


#: Words before an infinitive cue whose subject is the main clause's ("ao afirmar que").
INFINITIVE_MARKERS = frozenset({"ao", "após", "antes", "depois", "para"})


#: Verbs that govern an infinitive cue ("quis frisar que", "pode dizer-se").
MODALS = frozenset({"quis", "fez", "prefere", "tenta"})  # not "pode anunciar": not said yet


#: First-person verbs that govern a cue the narrator speaks ("devo dizer que").
NARRATOR_GOVERNORS = frozenset(
    {"devo", "tenho", "posso", "quero", "vou", "queria", "gostaria", "preciso", "confesso"}
    | {"devemos", "temos", "podemos", "queremos", "vamos", "precisamos"}
)


#: Words before an infinitive cue that make it impersonal: "basta dizer que", "Quer isto
#: dizer que", "Não é exagero dizer que", "Cabe perguntar", "faz prever que".
IMPERSONAL_GOVERNORS = frozenset(
    {"basta", "bastará", "bastaria", "cabe", "caberia", "importa", "convém", "faz", "fazem"}
    | {"isto", "isso", "exagero", "exagerado", "difícil", "fácil", "lícito", "justo"}
    | {"importante", "necessário", "interessante", "curioso", "conveniente", "possível"}
    | {"significa", "significaria"}  # "Isso significa dizer que"
)


#: Speech verbs whose "-se" is their own, not an impersonal "diz-se".
REFLEXIVE_CUES = frozenset(
    {"queixar", "congratular", "desculpar", "justificar", "defender", "regozijar"}
    | {"gabar", "vangloriar"}
)


#: Auxiliaries of what may or will be said, not what was ("pode anunciar", "vai explicar").
UNREALISED = frozenset(
    {"pode", "podem", "poderá", "poderão", "poderia", "poderiam", "deve", "devem", "deverá"}
    | {"deverão", "deveria", "deveriam", "vai", "vão", "irá", "irão", "iria", "pretende"}
)


#: The most tokens a quotation inside a reported clause may run over sentence ends.
MAX_QUOTED_REPORT = 150


#: Object pronouns between a subject and its cue ("alguém me disse que").
CLITICS = frozenset({"me", "te", "lhe", "lhes", "nos", "vos"})


#: Words between a cue verb and its subject before it ("Lula tem repetido", "me disse").
BEFORE_A_CUE = ADVERBS | AUXILIARIES | CLITICS

#: Nouns between a governing verb and its infinitive cue: "fez questão de frisar".
GOVERNED_NOUNS = frozenset({"questão"})


#: How many asides set off by commas may stand between a cue and its subject.
CUE_ASIDES = 2


#: Forms of "ser" before a participle (a passive, not a speech act).
PASSIVE = frozenset(
    {"ser", "é", "foi", "são", "foram", "sido", "era", "eram", "será", "seja"}
    | {"está", "estão", "estava", "estavam", "esteve", "estar"}  # "está previsto que"
)


#: Irregular participles of speech verbs ("prevista para dia 8" describes, it does not cite).
IRREGULAR_PARTICIPLES = frozenset(
    f"{stem}{ending}"
    for stem in ("dit", "previst", "propost", "escrit", "expost", "contrapost")
    for ending in ("o", "a", "os", "as")
)


#: Words a source may take before a quote ("Segundo o relatório anual da empresa, «…»").
MAX_SOURCE_WORDS = 8


#: Words after a comma that start a new clause, ending a reported one.
BREAKS = frozenset({"enquanto", "porém", "contudo"})
#: Words after a comma that continue a reported clause ("fictício, pois …", "…, mas
#: pelo contrário ampliado") unless a cue of its own follows ("…, mas ontem os
#: serviços disseram que …").
SOFT_BREAKS = frozenset({"mas", "embora", "pois", "porque"})
#: How far after such a word a cue of its own is looked for.
SOFT_BREAK_WINDOW = 12


#: A quote without a cue is taken as speech only from this many words up.
MIN_UNCUED_WORDS = 4


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
    (a subject left out: the latest speaker or subject), ``body`` (a report
    named again: the organisation in focus), ``previous`` (an uncued quote
    continuing the last one), ``answer`` (an interview's answer: the last speaker
    before its question, whoever the question names), ``unknown`` (someone no
    lexicon names), ``described`` (a description no lexicon holds, ``speaker``: the
    one who just spoke, if they agree), ``document`` (a report says it, or no one
    does: "seria correto afirmar que …"; no speaker, and no topic for what follows),
    ``none``.  ``position`` is the token the resolution happens at (the cue, else the
    quote; for an answer, its question).
    """

    start: int
    end: int
    kind: str
    cue_start: int | None
    cue_end: int | None
    speaker: Mention | None
    speaker_rule: str
    position: int


#: Words that put a noun after them, where a speech verb's form is a noun: "enviou a
#: seguinte nota:", "divulgou uma breve nota", "disse em nota" ("nota" is not "notar").
BEFORE_A_NOUN = frozenset(
    {"seguinte", "breve", "curta", "longa", "nova", "novo", "última", "último", "em", "numa"}
    | {"num", "primeira", "primeiro"}
)


#: Speech verbs that also mean "make sure": after "para" they state a purpose.
ENSURING_VERBS = frozenset({"garantir", "assegurar"})


#: Connectives that may open a clause before its subject: "Já a empresa …", "E o dono …".
CONNECTIVES = frozenset({"já", "e", "mas", "porém", "depois"})
#: The most tokens of a description standing as a subject ("o presidente da sigla no Estado").
MAX_DESCRIPTION_TOKENS = 9

#: Verbs whose subject issued the document they take: "emitiu comunicado", "divulgou nota".
ISSUING_VERBS = frozenset(
    {"emitir", "divulgar", "enviar", "publicar", "distribuir", "encaminhar", "assinar"}
    | {"soltar", "redigir", "elaborar", "apresentar", "lançar"}
)


@cache
def issuing_forms() -> frozenset[str]:
    """Every form of the issuing verbs ("emitiu", "divulgaram", "publicou")."""
    return frozenset(inflect_all(ISSUING_VERBS, load_verb_table()))


def closers_of(mark: str) -> str:
    """The marks that close a quote ``mark`` opens: its pair, and for a straight or
    curly double mark the other kind too ('"luta judicial”'), as ``find_quotations``
    pairs them."""
    return PAIRS[mark] + MIXED_CLOSERS.get(mark, "")


def _is_opening(text: str, i: int) -> bool:
    mark = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "«“":
        return True
    if not (before.isspace() or before in "([{—–-:/«“+*•"):
        return False  # "+‘Existe …’": a related link's mark opens, an apostrophe does not
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
    if mark in "’'":
        return not after.isalpha()  # d’água, d'água: an apostrophe
    if mark == "“":
        return i > 0 and not text[i - 1].isspace() and not after.isalnum()
    return True


def _sentence_end(text: str, start: int, limit: int) -> int:
    """End of the first sentence at or after ``start`` (for an unclosed quote)."""
    for i in range(start, limit - 1):
        if text[i] in ".!?" and text[i + 1].isspace():
            return i + 1
    return limit


def _last_sentence_end(text: str, start: int, limit: int) -> int:
    """End of the last sentence ending between ``start`` and ``limit`` (``start`` if none)."""
    for i in range(limit - 2, start - 1, -1):
        if text[i] in ".!?" and text[i + 1].isspace():
            return i + 1
    return start


def _after_a_sentence(text: str, i: int) -> bool:
    """Whether the mark at ``i`` follows a sentence's end (a full stop and a space)."""
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j < i - 1 and j >= 0 and text[j] in ".!?"


def _closed_by_another(text: str, opened: int, i: int) -> bool:
    """Whether a single mark closes the quote opened at ``opened`` before ``i``, with no
    single mark opened inside it (“… os dentes’, prega.): a quote closed by the wrong
    mark, not a statement going on in a new paragraph (“A. “B. …”)."""
    inner = 0
    for k in range(opened + 1, i):
        if text[k] == "‘":
            inner += 1
        elif text[k] == "’" and not text[k + 1 : k + 2].isalpha():
            if not inner:
                return True
            inner -= 1
    return False


#: The fewest words of two letters or more in a section's heading in capitals
#: ("O FATOR CHINA", "O QUEBRA-CABEÇA"; not the "A ONU" opening a sentence).
MIN_HEADING_WORDS = 2


def end_before(text: str, i: int) -> int:
    """Where the text before position ``i`` ends, trailing whitespace left out (read
    backwards from ``i``: slicing the text before it would copy it all)."""
    while i and text[i - 1].isspace():
        i -= 1
    return i


def heading_before(text: str, i: int) -> int | None:
    """Where the heading in capitals just before position ``i`` starts, when one stands
    between a sentence's end and ``i``: ``… têm. CONDESCENDÊNCIA AMERICANA "Por …``.

    An interview printed as sections under topic headings, its paragraph breaks lost,
    opens each answer with a mark that is never closed.
    """
    start = end_before(text, i)  # where the words read backwards end; -1: the text's start
    long_words = 0
    while start >= 0:
        first = text.rfind(" ", 0, start) + 1
        word = text[first:start]
        if not (word.isupper() or (word in ("x", "e") and long_words)):
            break
        long_words += sum(len(part) >= 2 and part.isalpha() for part in word.split("-"))
        start = first - 1
    before = end_before(text, start) if start > 0 else 0
    if long_words < MIN_HEADING_WORDS or not (not before or text[before - 1] in '.!?:"”»\n'):
        return None
    return max(start + 1, 0)


def _curly_after_straight(text: str, i: int) -> bool:
    """Whether the curly mark at ``i``, inside a quote a straight mark opened, opens a
    quote of its own: it closes in its paragraph, and no straight mark follows to
    close the outer one (a text that mixes the two styles)."""
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    close = text.find("”", i + 1, line_end)
    return close > 0 and '"' not in text[close + 1 : line_end]


#: Opening marks that, after a sentence's end, open a new quote inside an open ‘….
SENTENCE_OPENERS = frozenset("“«‘")
#: Marks that only ever open a quote, so one inside an open quote of the same kind nests.
NESTING_OPENERS = frozenset("«“")


def find_quotations(text: str) -> list[QuotedText]:
    """Spans between quotation marks, in order, never overlapping.

    A paragraph that ends inside a quote continues it when the next paragraph
    opens with a quotation mark again; otherwise the quote is unclosed and ends
    at its first sentence, so a stray mark never swallows the article (the search
    goes on from that sentence's end).  Marks of
    another kind inside a quote are nested quotes and part of its content; so are
    pairs of its own kind (a statement quoting “…” in “…”), when the outer mark
    closes after them, else the quote closes at its first closing mark.
    """
    found: list[QuotedText] = []
    opened: int | None = None
    closer = mixed = ""
    depth = 0  # quotes of the same kind opened inside the open one
    first_close: int | None = None  # where the open quote closes if its nesting never ends
    i, n = 0, len(text)

    def unclosed(upto: int) -> int:
        """Record the open quote as unclosed; where the search goes on."""
        assert opened is not None
        line_start = text.rfind("\n", 0, opened) + 1
        opens_line = not text[line_start:opened].strip()
        headed = heading_before(text, opened)
        if headed is not None and (heading := heading_before(text, upto)) is not None:
            upto = heading  # "PROBLEMA "A … TEMA "B …": each section's quote ends at the next
        # a quote opening its paragraph (or a section) and never closed runs to its end;
        # not a single mark, which holds a few words (a headline's "‘Alckmin tem … País.")
        runs_on = (opens_line or headed is not None) and text[opened] != "‘"
        end = upto if runs_on else _sentence_end(text, opened + 1, upto)
        before = end_before(text, opened)
        if upto < n and text[upto] in PAIRS and before and text[before - 1] == ":":
            # 'CUT: "A. B. Luiz Marinho, prefeito: "…': a statement the next one's caption ends
            end = max(end, _last_sentence_end(text, opened + 1, upto))
        content_end = opened + len(text[opened:end].rstrip())
        if content_end > opened + 1:
            found.append(QuotedText(opened + 1, content_end, opened, content_end, False))
        return max(content_end, opened + 1)

    while i < n or opened is not None:
        if opened is not None and first_close is not None and (i == n or text[i] == "\n"):
            found.append(QuotedText(opened + 1, first_close, opened, first_close + 1, True))
            i, opened, first_close = first_close + 1, None, None  # its first mark closed it
            continue
        if i == n:  # "‘atos de guerra; …" never closed: the quotes after it still count
            i, opened = unclosed(n), None
            continue
        char = text[i]
        closing = opened is not None and (char == closer or char in mixed)
        closing = closing and _is_closing(text, i, char)
        if opened is None:
            if char in PAIRS and _is_opening(text, i):
                opened, closer = i, PAIRS[char]
                mixed = MIXED_CLOSERS.get(char, closer)
                depth, first_close = 0, None
            elif char in '”»"' and (start := _pull_quote_start(text, i, found)) is not None:
                found.append(QuotedText(start, i, start, i + 1, True))
        elif char == "\n":
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in PAIRS and PAIRS[text[j]] == closer:
                i = j  # the quote goes on in the next paragraph
            else:
                i, opened = unclosed(i), None
                continue
        elif text[opened] == '"' and char == "“" and _curly_after_straight(text, i):
            # '"A. … Força Sindical. Jorge Viana, senador: “B.”': the straight mark was
            # never closed, the curly one opens the next quote
            i, opened = unclosed(i), None
            continue
        elif text[opened] == "‘" and char in SENTENCE_OPENERS and _after_a_sentence(text, i):
            # ‘… never closed: a quote opening a sentence is a new one (‘para qualquer
            # um … às 11h. “O que eu posso falar …”), as single marks hold a few words
            i, opened = unclosed(i), None
            continue
        elif char == text[opened] and char in NESTING_OPENERS and not closing:
            if not depth and _after_a_sentence(text, i) and _closed_by_another(text, opened, i):
                # “A. “B …: a quote opening a sentence is a new one, the last was
                # never closed (“… os dentes’, prega. “É o único caminho …”)
                i, opened = unclosed(i), None
                continue
            depth += 1  # “A “B” C”: a quote within the quote
        elif depth and closing:
            depth -= 1
            first_close = i if first_close is None else first_close
        elif closing:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            if char in "\"'" and before.isspace() and after.isalnum():
                i, opened = unclosed(i), None  # looks like a new opening: the last was stray
                continue
            else:
                found.append(QuotedText(opened + 1, i, opened, i + 1, True))
                opened = None
        i += 1
    return found


#: The fewest words of a pull quote, and the most of the credit line after it.
MIN_PULL_QUOTE_WORDS = 8
MAX_CREDIT_WORDS = 15


def _pull_quote_start(text: str, close: int, found: Sequence[QuotedText]) -> int | None:
    """Where a press release's pull quote starts: a line that only closes its quote,
    followed by its speaker's credit ("… amanhã”Luiz Inácio Lula da Silva, presidente
    da República"): the line's start, when nothing marked opens it."""
    line_start = text.rfind("\n", 0, close) + 1
    if found and found[-1].close > line_start:
        return None
    line = text[line_start:close]
    if any(char in '«»“”"' for char in line) or len(line.split()) < MIN_PULL_QUOTE_WORDS:
        return None
    if not (text[close - 1].islower() or text[close - 1] in ".!?"):
        return None
    line_end = text.find("\n", close)
    credit = text[close + 1 : line_end if line_end >= 0 else len(text)].split()
    if len(credit) < 2 or len(credit) > MAX_CREDIT_WORDS:
        return None
    if not all(word[:1].isupper() and word[1:2].islower() for word in credit[:2]):
        return None  # a name of two words or more: "Geraldo Alckmin, presidente …"
    return line_start + len(line) - len(line.lstrip())


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


def _subjunctive(infinitive: str) -> str:
    """The regular third person of the present subjunctive, also the polite imperative:
    "entenda" (entender), "afirme" (afirmar)."""
    stem, ending = infinitive[:-2], infinitive[-2:]
    return stem + ("e" if ending == "ar" else "a")


#: Prepositions of a relative clause about a document ("um parecer no qual afirmou que").
DOCUMENT_RELATIVES = frozenset({"no", "na", "nos", "nas", "em"})


#: Prepositions that make a name a complement, not the subject of the verb after it.
GOVERNING_PREPOSITIONS = frozenset(
    {"de", "do", "da", "dos", "das", "ao", "à", "aos", "às", "com", "pelo", "pela", "para"}
    | {"pelos", "pelas", "em", "no", "na", "nos", "nas", "sobre", "contra", "entre"}
)


def prosecutes(name: str) -> bool:
    """Whether an organisation's name is a prosecution's (not "Secretaria … da PGR")."""
    words = fold(name).replace("-", " ").split()
    return words[:2] == ["ministerio", "publico"] or (bool(words) and words[0] in PROSECUTION_WORDS)


def prosecution_near(ents: Iterable[Span], k: int) -> Span | None:
    """The prosecution among ``ents`` nearest before token ``k``, else the first after:
    whose an indictment is, for whom prosecutors speak."""
    bodies = [ent for ent in ents if ent.label_ == "ORG" and prosecutes(ent.text)]
    before = [ent for ent in bodies if ent.start < k]
    return before[-1] if before else next(iter(bodies), None)


def tokens_within(starts: Sequence[int], ranges: Iterable[tuple[int, int]]) -> list[bool]:
    """For each token (by its start offset, in order), whether it starts inside one of
    the character ranges."""
    inside = [False] * len(starts)
    for start, end in ranges:
        for i in range(bisect_left(starts, start), bisect_left(starts, end)):
            inside[i] = True
    return inside


class QuoteContext:
    """Per-document lookups shared by the extraction passes."""

    def __init__(
        self,
        doc: Doc,
        verbs: Mapping[str, str],
        nouns: SpeakerNouns,
        phrases: Sequence[tuple[str, ...]],
        quoted: Sequence[QuotedText] = (),
        text: str | None = None,
    ) -> None:
        """text: ``doc.text``, when the caller has read it (each read joins every token)."""
        self.doc = doc
        self.raw_text = doc.text if text is None else text
        self.verbs = verbs
        self.nouns = nouns
        self.parsed = doc.has_annotation("DEP")
        # plain lists: indexing a Doc builds a Token each time, and every pass reads every token
        self.text: list[str] = []
        self.lower: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.whitespace: list[str] = []
        for token in doc:
            self.text.append(token.text)
            self.lower.append(token.lower_)
            self.starts.append(token.idx)
            self.ends.append(token.idx + len(token.text))
            self.whitespace.append(token.whitespace_)
        #: The source phrases by their first word, longest first: most tokens open none.
        self.phrases_from: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(phrases, key=len, reverse=True):
            self.phrases_from.setdefault(phrase[0], []).append(phrase)
        # inside closed quotation marks: someone's words
        self.marked = tokens_within(self.starts, [(q.start, q.end) for q in quoted if q.closed])
        self.clause_starts, self.quote_clause_starts = self._clause_starts()

    def _clause_starts(self) -> tuple[list[int], list[int]]:
        """For each token index (and the end), where its clause starts; and where it
        starts when a quotation mark also ends a clause."""
        starts, quote_starts = [0], [0]
        for i, text in enumerate(self.text):
            # a headline run into the body ends before the body; a section label
            # before its dash ("ESTRATÉGICO - O embaixador …") is no part of the clause
            boundary = text in CLAUSE_ENDS or "\n" in text or self.runs_on(i + 1)
            if text in CLOSERS and starts[-1] == i and i and self.text[i - 1] in CLAUSE_ENDS:
                boundary = True  # «… o valor.» Segundo X: the mark closes the sentence too
            limit = min(i + 2, len(self.text))
            if text in DASHES and past_section_label(self.doc, starts[-1], limit) == i + 1:
                boundary = True
            at_mark = boundary or text in PAIRS or text in CLOSERS
            starts.append(i + 1 if boundary else starts[-1])
            quote_starts.append(i + 1 if at_mark else quote_starts[-1])
        return starts, quote_starts

    def runs_on(self, i: int) -> bool:
        """Whether token ``i`` opens a body run into its headline with no stop: "Volume
        negociado cai 2,70% em maio Os negócios com ouro …", "… pressionar sérvios A Rússia"."""
        if i < 1 or i + 1 >= len(self.text) or self.text[i] not in RUN_ON_OPENERS:
            return False
        previous, following = self.text[i - 1], self.text[i + 1]
        if not following.isalpha():
            return False
        if previous.isalpha():
            return previous.islower() and previous not in TITLE_NOUNS | RUN_ON_FUNCTION_WORDS
        return previous[:1].isdigit() or previous == "%"

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
        if is_first_person(lower) or lower == infinitive[:-2] + "o":
            return False  # "lembrei Osvaldo Aranha", "Notamos que", "Entendo que": the narrator
        if lower == _subjunctive(infinitive) and self.text[i][:1].isupper():
            return False  # "Entenda as mudanças", "Confira": an imperative to the reader
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
        if previous == "para" and infinitive in ENSURING_VERBS and looks_infinitive(self.doc[i]):
            return False  # "para garantir que a prova seja aplicada": a purpose, no statement
        if previous in ("de", "a", "em") and looks_infinitive(self.doc[i]):
            return True  # "fez questão de salientar", "voltou a dizer", "insistiu em afirmar"
        if self.text[i][:1].isupper() and i + 1 < len(self.doc) and self.lower[i + 1] in OF:
            return False  # "Nota da defesa de Palocci: «…»": a heading's noun
        if self.text[i][:1].isupper() and i and self.text[i - 1][:1].isupper():
            return False  # "o novo Cidade Alerta": a word of a name, not a cue
        return previous not in DETERMINERS and previous not in BEFORE_A_NOUN

    def clause_end(self, start: int, stop_at_quotes: bool = False, reported: bool = False) -> int:
        """Exclusive end of the clause running from ``start`` (sentence punctuation, paragraph).

        A reported clause also ends before ", mas …", ", enquanto …" (a new clause).
        """
        texts, n = self.text, len(self.text)
        i = start
        closer: str | None = None  # the marks that close a quote open in the clause
        opened_at = start
        while i < n:
            text = texts[i]
            inside = reported and closer is not None and i - opened_at <= MAX_QUOTED_REPORT
            if "\n" in text or (text in CLAUSE_ENDS and not inside):
                return i  # X afirmou que «A. B.»: the quoted sentences are all reported
            following = texts[i + 1] if i + 1 < n else ""
            if closer is not None and len(text) == 1 and text in closer:
                closer = None
            elif closer is None and text in PAIRS:
                closer, opened_at = closers_of(text), i
            if (
                reported
                and text == ","
                and self.breaks_report(i + 1)
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
                and not self.lower[i + 1].endswith("s")  # "xingamentos e ameaças": a noun
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
            if reported and closer is None and i > start and self.runs_on(i):
                return i  # a headline run into the body: "… pressionar sérvios A Rússia vetou"
            if stop_at_quotes and text in PAIRS and i > start:
                return i
            i += 1
        return i

    def breaks_report(self, i: int) -> bool:
        """Whether the word at ``i`` (after a comma) ends a reported clause; a comma that
        ends the text opens nothing."""
        if i >= len(self.lower):
            return False
        word = self.lower[i]
        if word in BREAKS:
            return True
        if word not in SOFT_BREAKS:
            return False
        for k in range(i + 1, min(len(self.text), i + SOFT_BREAK_WINDOW)):
            if self.text[k] in CLAUSE_ENDS or "\n" in self.text[k]:
                return False
            if self.is_verb(k):
                return True
        return False

    def clause_start(self, end: int, at_quotes: bool = False) -> int:
        """Start of the clause ending before ``end`` (also after a quotation mark, if asked)."""
        return (self.quote_clause_starts if at_quotes else self.clause_starts)[end]

    def back_over(self, k: int, floor: int, words: frozenset[str]) -> int:
        """The first token at or before ``k`` (down to ``floor``) not in ``words``."""
        while k >= floor and self.lower[k] in words:
            k -= 1
        return k

    def skip_adverbs(self, i: int, limit: int) -> int:
        """Past adverbs after a cue: "nega veementemente ter …", "disse ainda que"."""
        while i < limit and (
            self.lower[i] in ADVERBS
            or self.text[i] in DASHES
            or (self.text[i].endswith("mente") and len(self.text[i]) > 6 and self.doc[i].is_lower)
        ):
            i += 1
        return i

    def speaker_of(self, verb: int, limit: int) -> tuple[Mention | None, str]:
        """The mention the cue verb points to, and how to resolve it."""
        doc = self.doc
        # "disse ao fazer referência à propaganda da Friboi": no subject after the cue
        purpose = (
            verb + 2 < limit and self.lower[verb + 1] == "ao" and looks_infinitive(doc[verb + 2])
        )
        after = None if purpose else mention_after(doc, verb + 1, limit, self.nouns, other=True)
        if after is None and not purpose:
            after = self.subject_past_aside(verb, limit)
        if after is not None and after.kind == "role":
            after = name_after_modifiers(self, after, CUE_NAME_CLOSERS) or after
        if after is not None:
            return after, "mention"
        j = self.skip_adverbs(verb + 1, limit)
        if (
            j + 1 < limit
            and (doc[j].lower_ in ARTICLES or doc[j].lower_ in INDEFINITE_DETERMINERS)
            and doc[j + 1].lower_ in self.nouns.silent
        ):
            return self.document_speaker(j + 1, limit)  # "sublinha o documento"
        floor = self.clause_start(verb, at_quotes=True)
        gerund = verb and (doc[verb - 1].text == "," or self.lower[verb - 1].isalpha())
        main = (self.inverted_cue_subject(verb) or self.gerund_subject(verb)) if gerund else None
        if main is None and self.lower[verb].endswith("ndo"):
            # "o ministro, Raul Jungmann, fez uma declaração comunicando que"
            main = self.coordinated_subject(verb, floor, nearest=True)
        if main is not None:
            return main, "mention"
        if self.impersonal_infinitive(verb, floor):
            return None, "none"  # "basta dizer que", "Quer isto dizer que": no one speaks
        if self.governed_infinitive(verb, floor):
            governor = verb - 1
            while governor > floor and (
                not self.doc[governor].is_alpha
                or self.lower[governor] in ADVERBS
                or self.lower[governor] in CLITICS
            ):
                governor -= 1
            if (
                self.lower[governor] in ("de", "a", "em")
                and governor - 1 > floor
                and self.text[governor - 1].islower()  # not "levou Redol a escrever"
            ):  # "A assessoria limitou-se a dizer": the governing verb is no part of its subject
                governor = self.back_over(governor - 1, floor, ADVERBS | GOVERNED_NOUNS)
                governor = self.back_over(governor - 1, floor, ADVERBS | CLITICS) + 1
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
            if (
                isinstance(found, Mention)
                and found.start
                and self.lower[found.start - 1] in GOVERNING_PREPOSITIONS
            ):
                # a complement a model took for the subject: "…, no Rio, … diz que",
                # "Técnicos do STF ouvidos pelo G1 disseram"
                found = False
            if isinstance(found, Mention):  # not "Janot" of "X – substituindo Janot – disse"
                found = self.subject_before_aside(verb, floor) or found
            if isinstance(found, Mention) and found.kind in ("role", "other"):
                named = mention_before(doc, verb, floor, self.nouns)  # the apposed name, if any
                if named is not None and named.kind == "name":
                    return named, "mention"
            if isinstance(found, Mention) and found.kind == "name":
                holder = mention_before(doc, verb, floor, self.nouns)
                if (
                    holder is not None
                    and holder.kind == "role"
                    and holder.start < found.start
                    and holder.end == found.end
                ):
                    return holder, "mention"  # "O pai do menino Joaquim": a model took the boy
            if isinstance(found, Mention):
                return found, "mention"
            if found is None:  # a subject no lexicon knows: a name the tokens may still find
                if self.document_before(verb, floor):
                    return self.document_speaker(floor, verb)
                mention, rule = self.speaker_before(verb, floor)
                return (None, "unknown") if rule == "dropped" else (mention, rule)
        return self.speaker_before(verb, floor)

    def speaker_before(self, verb: int, floor: int) -> tuple[Mention | None, str]:
        """The cue's subject found in the tokens before it (down to ``floor``); never a
        capitalised verb opening the sentence ("Concluem destacando que"), whose subject
        was dropped."""
        mention, rule = self._speaker_before(verb, floor)
        if (
            mention is not None
            and mention.kind == "name"
            and mention.end - mention.start == 1
            and self.is_verb(mention.start)
        ):
            return None, "dropped"
        return mention, rule

    def _speaker_before(self, verb: int, floor: int) -> tuple[Mention | None, str]:
        doc = self.doc
        k = self.back_over(verb - 1, floor, BEFORE_A_CUE)  # "Lula tem repetido", "me disse"
        if k - 1 > floor and self.lower[k] in CHANNELS and self.lower[k - 1] in CHANNEL_OPENERS:
            k = self.back_over(k - 2, floor, BEFORE_A_CUE)  # "e em comunicado disse": its channel
        outlet = self.quoted_outlet(k) if k == floor - 1 else None
        if outlet is not None:
            return outlet, "mention"
        if k - 2 >= floor and doc[k].text == ")" and doc[k - 2].text == "(":
            before = mention_before(doc, k - 2, floor, self.nouns)  # "o Instituto (IRAR) diz"
            if before is not None:
                return before, "mention"
        if k >= floor and doc[k].lower_ in INFINITIVE_MARKERS:
            return None, "dropped"  # "ao afirmar que": the main clause's subject
        if k >= floor and doc[k].lower_ in INDEFINITE_PRONOUNS:
            return None, "none"  # "Ninguém questiona quando …", "Alguém disse que": no source
        if self._impersonal(verb, k, floor):
            return None, "document"  # "se seria correto afirmar que": no one, no topic
        if k > floor and doc[k].lower_ in COORDINATORS:
            # past quoted words: "o governador afirmou que fica "muito honrado" e destacou que"
            coordinated = self.coordinated_subject(k, min(floor, self.clause_start(verb)))
            if coordinated is not None:
                return coordinated, "mention"
        before_aside = self.subject_before_aside(verb, floor)
        if before_aside is not None:
            return before_aside, "mention"
        if k < floor or doc[k].lower_ in CONJUNCTIONS or doc[k].is_punct:
            if k >= floor and doc[k].text == ",":
                # "Pesquisa de opinião publicada …, diz que"; not «… O projeto …», diz
                quoted = k and (self.text[k - 1] in CLOSERS or self.text[k - 1] in PAIRS)
                if not quoted and self.opens_with_silent_noun(verb):
                    return self.document_speaker(self.clause_start(verb), verb)
                opening = next(
                    (j for j in range(k - 2, max(floor, k - 6) - 1, -1) if doc[j].text == "("),
                    None,
                )
                if k - 1 > floor and doc[k - 1].text == ")" and opening is not None:
                    named = mention_before(doc, opening, floor, self.nouns)
                    if named is not None and named.kind == "name":  # "Rodrigo Maia (DEM-RJ),"
                        return named, "mention"
                before = mention_before(doc, verb, floor, self.nouns)
                if before is not None:
                    return before, "mention"
                opening = next((j for j in range(k - 1, floor, -1) if doc[j].text == ","), None)
                if opening is not None and self.lower[opening + 1] in WHO:
                    # "O homem, que não quis ter o nome revelado, disse que": someone unnamed
                    described = self.described_subject(opening - 1, floor)
                    if described is not None:
                        return described, "described"
            return None, "dropped"
        if (
            doc[k].lower_ in ("qual", "quais")
            and k - 1 > floor
            and doc[k - 1].lower_ in DOCUMENT_RELATIVES
        ):
            author = self.actor_before(k - 1, floor)  # "divulgou um relatório no qual afirmou"
            return (author, "mention") if author is not None else (None, "dropped")
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
        if (which or doc[k].lower_ in WHO) and k - 1 > floor and doc[k - 1].text in INSERTS:
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
        opening = self.clause_start(verb)
        if self.opens_with_silent_noun(verb) and "que" not in self.lower[opening:verb]:
            return self.document_speaker(opening, verb)  # "Estudo do Inesc divulgado … informa"
        described = self.described_subject(k, floor)
        if described is not None:
            return described, "described"
        bare = self.bare_role_subject(verb, k, floor)
        if bare is not None:
            return bare, "mention"
        if self.unnamed_subject(verb, k, floor):
            return None, "unknown"
        if self.document_before(verb, floor):
            return self.document_speaker(floor, verb)
        return None, "none"

    def described_subject(self, k: int, floor: int) -> Mention | None:
        """One person described, not named, opening the clause whose subject ends at
        ``k``: "O dono do buffet afirmou", "o patrão da Tesla disse" (most often the
        one who just spoke), not "Alguns otimistas dizem" nor "o advogado que …"."""
        start = floor + 1 if self.lower[floor] in CONNECTIVES else floor
        if k - start < 1 or k - start >= MAX_DESCRIPTION_TOKENS:
            return None
        if self.lower[start] not in ("o", "a") or not self.text[start + 1].isalpha():
            return None
        noun = self.text[start + 1]
        if not noun.islower() or noun in self.nouns.silent or self.doc[start + 1].is_stop:
            return None  # not "O que diz:", a section's label
        for j in range(start + 2, k + 1):
            word = self.doc[j]
            if not word.is_alpha or self.lower[j] in ("que", "quem", "e") or self.is_verb(j):
                return None
        return Mention(start, k + 1, "other")

    def subject_before_aside(self, verb: int, floor: int) -> Mention | None:
        """The subject set off from its cue by an aside between dashes: "Nívio de
        Freitas Filho – representante do Ministério Público – disse"."""
        k = self.back_over(verb - 1, floor, BEFORE_A_CUE)
        aside = self._aside_opening(k) if k >= 0 else None
        if aside is None:
            return None
        before = mention_before(self.doc, aside, min(floor, aside), self.nouns)
        return before if before is not None and before.kind in ("name", "role", "org") else None

    def _aside_opening(self, dash: int) -> int | None:
        """The dash that opens the aside a dash at ``dash`` closes, in its sentence."""
        if dash < 1 or self.text[dash] not in DASHES:
            return None
        for j in range(dash - 1, max(0, dash - MAX_DASHED_ASIDE_TOKENS) - 1, -1):
            if self.text[j] in DASHES:
                return j if j > 0 else None
            if self.text[j] in FULL_STOPS or self.text[j] in PAIRS or self.text[j] in CLOSERS:
                return None
        return None

    def actor_before(self, k: int, floor: int) -> Mention | None:
        """The nearest person or body before ``k`` that a verb follows: who issued the
        document a relative clause speaks of ("a IFI, órgão do Senado, divulgou um
        relatório no qual", "o ministro Onyx Lorenzoni ter firmado um acordo no qual")."""
        for end in range(k - 1, floor - 1, -1):
            mention = mention_ending_at(self.doc, end, floor, self.nouns)
            if mention is None or mention.kind not in ("name", "org", "role"):
                continue
            before = self.lower[mention.start - 1] if mention.start else ""
            if before in GOVERNING_PREPOSITIONS and not (
                before == "de" and self.lower[mention.start] in ARTICLES
            ):
                continue  # "ligado ao Senado": a complement; but "o fato de o ministro ter"
            after = past_appositions(self, past_parenthesis(self.doc, end + 1, k))
            if after < k and self.text[after] == ",":
                after += 1
            word = self.lower[after] if after < k else ""
            if narrates(word) or word == "ter":
                return mention
        return None

    def document_speaker(
        self, start: int, end: int, floor: int | None = None
    ) -> tuple[Mention | None, str]:
        """Who speaks through a document in tokens ``[start, end)``: the body or person it
        names as its author ("O relatório do TCU afirma", "Estudo do Inesc informa",
        "revela um relatório de segurança da empresa IBM"), or, for a document named
        again ("o mesmo relatório", "diz o documento"), the author it was given before;
        else nobody ("document").  ``floor``: where the clause of a verb that issued
        the document starts ("O advogado …, Marcelo Leal, enviou a seguinte nota")."""
        for k in range(start, end):
            if self.lower[k] in self.nouns.silent:
                author = self._document_author(k, end)
                if author is not None:
                    return author, "mention"
                if self._named_again(k):
                    earlier = self._earlier_author(k)
                    if earlier is not None:
                        return earlier, "mention"
                issuer = self._issuer(k, start if floor is None else floor)
                if issuer is not None:
                    return issuer, "mention"
                unsigned = self.unsigned_document(k)
                if unsigned is not None:
                    return unsigned
        return None, "document"

    def unsigned_document(self, k: int) -> tuple[Mention | None, str] | None:
        """Who speaks through a document named again with no author (at ``k``): an
        indictment is the prosecution's ("A denúncia afirma que …", "Segundo a denúncia,
        …"); a note or a text is by whom the text is about ("A FAB informou … A nota
        informa que …": a dropped subject's speaker); a report is the organisation's in
        focus ("A PF concluiu o inquérito. Segundo o relatório, …"); else None."""
        if not self._named_again(k):
            return None
        if self.lower[k] in ACCUSATIONS:
            prosecutor = self._prosecutor(k)
            return (prosecutor, "mention") if prosecutor is not None else None
        if self.lower[k] in FOCUS_DOCUMENTS:
            return None, "dropped"
        if self.lower[k] in REPORTS:
            return None, "body"
        return None

    def _prosecutor(self, k: int) -> Mention | None:
        """The prosecution an indictment at token ``k`` is by ("o Ministério Público
        Federal", "a PGR"), as a mention."""
        ent = prosecution_near(self.doc.ents, k)
        return Mention(ent.start, ent.end, "org") if ent is not None else None

    def _issuer(self, k: int, floor: int, issued: bool = False) -> Mention | None:
        """Who issued the document at ``k`` that a verb made its object: "o órgão
        divulgou nota oficial informando que", "O ministério divulgou, no início da
        noite, uma nota dizendo que".  ``issued``: only a verb of issuing ("emitiu
        comunicado"), not one of receiving ("o juiz aceitou a denúncia")."""
        j = self.back_over(k - 1, floor, DETERMINERS | BEFORE_A_NOUN)  # "a seguinte nota"
        if j > floor and self.text[j] == ",":  # past an aside: ", no início da noite,"
            opening = next((i for i in range(j - 1, floor, -1) if self.text[i] == ","), None)
            j = opening - 1 if opening is not None else j
        if j <= floor or not narrates(self.lower[j]):
            return None
        if issued and self.lower[j] not in issuing_forms():
            return None
        return self.actor_before(j + 1, floor)

    def _document_author(self, k: int, limit: int) -> Mention | None:
        """The body or person after "de" in the phrase of the document noun at ``k``."""
        of = False
        for j in range(k + 1, min(limit, k + MAX_DOCUMENT_TAIL)):
            if self.doc[j].is_punct or self.is_verb(j):
                return None
            if of and self.doc[j].ent_type_:  # "da empresa de tecnologia IBM"
                author = name_mention_at(self.doc, j, limit, self.nouns)
            elif self.lower[j] in OF and j + 1 < limit and self.nouns.is_body(self.text[j + 1]):
                # "um levantamento da prefeitura de Boa Vista": the body, with its place
                author = Mention(j + 1, role_end(self.doc, j + 1, limit, True), "org")
            elif self.lower[j] in OF:
                of = True
                author = mention_after(self.doc, j + 1, limit, self.nouns)
            else:
                continue
            if author is not None and author.kind in ("org", "name") and not self._place(author):
                return author
        return None

    def _place(self, mention: Mention) -> bool:
        """A place's name, no author: "o relatório das Américas"."""
        words = self.text[mention.start : mention.end]
        return self.doc[mention.start].ent_type_ == "LOC" or is_known_place(words)

    def _named_again(self, k: int) -> bool:
        """ "o relatório", "o mesmo relatório", "do documento": a document the text named."""
        before = self.lower[k - 1] if k else ""
        if before in SAME_WORDS and k > 1:
            before = self.lower[k - 2]
        return before in ARTICLES or before in ("do", "da", "no", "na")

    def _earlier_author(self, k: int) -> Mention | None:
        """The author the text gave the same document noun, or a document in general
        ("documento", "texto"), before token ``k``."""
        noun = self.lower[k]
        for j in range(k - 1, -1, -1):
            if self.marked[j]:
                continue  # "o comunicado feito à ONU" in a quote: another document
            same = (
                self.lower[j] == noun
                or noun in ANY_DOCUMENT
                or {noun, self.lower[j]} <= STATEMENT_DOCUMENTS  # "Em nota, …", "diz o comunicado"
                or {noun, self.lower[j]} <= REPORTS  # "levantamento do WWF", then "o estudo"
            )
            if same and self.lower[j] in self.nouns.silent:
                author = self._document_author(j, min(len(self.doc), j + MAX_DOCUMENT_TAIL))
                if author is None and self.lower[j] in STATEMENT_DOCUMENTS:
                    author = self._channel_speaker(j)
                if author is None and j and self.lower[j - 1] in INDEFINITE_DETERMINERS:
                    # "O UNFPA produziu um relatório": who issued it, when it came in
                    author = self.actor_before(j - 1, self.clause_start(j))
                if author is None:  # "O advogado …, X, emitiu comunicado": its issuer
                    author = self._issuer(j, self.clause_start(j), issued=True)
                if author is not None:
                    return author
        return None

    def _channel_speaker(self, k: int) -> Mention | None:
        """Who spoke through the statement at ``k`` ("Em nota, o MME destacou que …")."""
        if k < 1 or self.lower[k - 1] not in CHANNEL_OPENERS:  # "Em nota", "Por nota"
            return None
        comma = next(
            (j for j in range(k + 1, min(len(self.doc), k + 6)) if self.text[j] == ","), None
        )
        if comma is None:
            return None
        mention = mention_after(self.doc, comma + 1, self.clause_end(comma + 1), self.nouns)
        return mention if mention is not None and mention.kind in ("name", "org") else None

    def document_before(self, verb: int, floor: int) -> bool:
        """Whether a document is the cue's subject ("O relatório adianta que …").

        What it says is reported, with no speaker: "document", not "none".
        """
        k = self.back_over(verb - 1, floor, ADVERBS | AUXILIARIES)
        first = max(floor, k - MAX_DOCUMENT_WORDS)
        return "que" not in self.lower[first : k + 1] and any(
            self.lower[j] in self.nouns.silent  # not one spoken through: "e em comunicado disse"
            and not (j and self.lower[j - 1] in CHANNEL_OPENERS)
            for j in range(first, k + 1)
        )

    def subject_past_aside(self, verb: int, limit: int) -> Mention | None:
        """A subject after an aside between commas, or after an addressee when it ends
        the cue's clause.

        "sentenciou, por seu lado, Gonzalez.", "contou, em tom de desespero, a turista
        Luiza Eng momentos depois", "contou, ao enviado do «Le Monde», Cornel Balint,
        presidente …", "disse ao centro de controlo da missão Ken Bowersox, …"; not the
        addressee a title names ("disse ao ministro João Silva").
        """
        doc = self.doc
        j = self.skip_adverbs(verb + 1, limit)
        if j >= limit:
            return None
        if doc[j].text == ",":
            found, start = None, j
            for _ in range(CUE_ASIDES):  # "diz, cauteloso, ao Estado, o diretor Boninho"
                window = range(start + 1, min(limit, start + 1 + MAX_ASIDE_TOKENS + 2))
                close = next((k for k in window if doc[k].text == ","), None)
                if close is None or any(self.is_verb(k) for k in range(start + 1, close)):
                    return None
                found = mention_after(doc, close + 1, limit, self.nouns)
                start = close + 1
                if found is not None and _opens_at(doc, found, start):
                    break
        elif self.lower[j] in TO:
            names = range(j + 2, min(limit, j + MAX_ADDRESSEE_WORDS))
            start = next((k for k in names if is_name_word(doc[k])), limit)
            if (
                start >= limit
                or self.nouns.head(doc[start - 1].text)
                or (  # "disse à rádio Gaúcha.", not "disse ao jornal Ray Dotch, cunhado …"
                    self.lower[start - 1] in PUBLICATION_NOUNS
                    and not is_first_name(self.text[start])
                )
                or not doc[start - 1].is_lower
                or any(
                    self.lower[k] in ARTICLES or self.lower[k] in INDEFINITE_DETERMINERS
                    for k in range(j + 1, start)
                )
            ):
                return None  # "revelou ao PÚBLICO um membro da Comissão": a subject of its own
            found = name_mention_at(doc, start, limit, self.nouns)
            if found is not None and found.kind != "name":
                return None
        else:
            return None
        if (
            found is None
            or not _opens_at(doc, found, start)
            or found.kind not in ("name", "role", "org")
        ):
            return None
        if doc[j].text == ",":
            return found  # "contou, em tom de desespero, a turista Luiza Eng momentos depois"
        ends = found.end >= limit or doc[found.end].text in CLAUSE_ENDS
        apposed = (
            found.end < limit
            and doc[found.end].text == ","
            and (found.end + 1 >= limit or self.lower[found.end + 1] != "que")
        )
        return found if ends or apposed else None

    def impersonal_infinitive(self, verb: int, floor: int) -> bool:
        """An infinitive cue under an impersonal phrase: "basta dizer", "é exagero dizer"."""
        if not looks_infinitive(self.doc[verb]):
            return False
        k = self.back_over(verb - 1, floor, ADVERBS | CLITICS)
        return k >= floor and self.lower[k] in IMPERSONAL_GOVERNORS

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

    def _impersonal(self, verb: int, k: int, floor: int) -> bool:
        """Whether an infinitive cue follows "ser" and an adjective ("seria correto
        afirmar que", "é possível dizer que"): a statement no one makes."""
        if k < floor or not looks_infinitive(self.doc[verb]):
            return False
        return self.lower[k] in IMPERSONAL_COPULAS or (
            k - 1 >= floor and self.lower[k - 1] in IMPERSONAL_COPULAS
        )

    def unnamed_subject(self, verb: int, k: int, floor: int) -> bool:
        """Whether words no lexicon knows stand as the cue's subject ("os estudiosos afirmam").

        Not a relative "que", a first person, or a document ("o estudo afirma que").
        """
        doc = self.doc
        if k < floor or not doc[k].is_alpha or self.lower[k] in ("que", "quem", "onde"):
            return False
        if is_first_person(self.lower[verb]) or self.lower[k] in DETERMINERS:
            return False
        if self.lower[k] in NARRATOR_GOVERNORS or self.lower[k] in ("eu", "nós", "tudo"):
            return False  # "E devo dizer que": the narrator
        return not any(t.lower_ in self.nouns.silent for t in doc[max(floor, k - 4) : k + 1])

    def bare_role_subject(self, verb: int, k: int, floor: int) -> Mention | None:
        """A role with no article as the cue's subject, as headlines write it: "Pastor
        atacado durante culto diz que …", "…, palestrante diz que …"; the person the text
        introduces with that role."""
        doc = self.doc
        if k >= floor and self.nouns.head(doc[k].text) and doc[k].is_lower:
            before = self.lower[k - 1] if k > floor else ""
            if before not in ARTICLES and before not in DETERMINERS and before not in OF:
                return Mention(k, k + 1, "role")  # "…, palestrante diz"
        if floor >= verb or not doc[floor].is_title or not self.nouns.head(doc[floor].text):
            return None
        opens = floor == 0 or doc[floor - 1].text in CLAUSE_ENDS or doc[floor - 1].is_space
        if not opens or any(self.is_verb(t) for t in range(floor + 1, verb)):
            return None
        return Mention(floor, floor + 1, "role")  # "Delegada responsável pelo caso afirma"

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

    def quoted_outlet(self, close: int) -> Mention | None:
        """A publication named in quotation marks closed at ``close``, after its noun,
        as a cue's subject: "O jornal "El País" destacou"."""
        for noun in range(close - 3, max(-1, close - MAX_QUOTED_NAME_WORDS - 3), -1):
            if self.lower[noun] in PUBLICATION_NOUNS:
                title = _quoted_title(self, noun)
                return title if title is not None and title.end == close else None
        return None

    def coordinated_subject(
        self, conjunction: int, floor: int, nearest: bool = False
    ) -> Mention | None:
        """The subject of the verb a cue is coordinated with: "Braga rebate as denúncias
        e afirma que", "disse Díaz-Canel e destacou que"; the nearest one before the
        conjunction, but none inside a que-clause ("Lula disse que Moro errou e pediu
        que" is Lula's).

        nearest: only the nearest verb's subject, for a gerund ("fez uma declaração
        comunicando que"), which looks no further back.
        """
        doc = self.doc
        inverted = mention_before(doc, conjunction, floor, self.nouns)
        if (
            inverted is not None
            and inverted.kind in ("name", "org", "role")
            and inverted.start > floor
            and self.is_verb(inverted.start - 1)
        ):
            return inverted
        for verb in range(conjunction - 1, floor, -1):
            reflexive = self.lower[verb - 1] in CLITICS or self.lower[verb - 1] == "se"
            if not self.narrating(verb) and not (reflexive and self.text[verb].isalpha()):
                continue  # "um garçom se aproxima e pergunta": a verb after its clitic
            clitic = verb - 1 if verb - 1 > floor and reflexive else verb  # "se aproxima e"
            found = mention_before(doc, clitic, floor, self.nouns)  # past "não", "se"
            if (
                found is None
                and reflexive
                and clitic - 2 >= floor
                and self.lower[clitic - 2] in INDEFINITE_DETERMINERS
                and self.text[clitic - 1].isalpha()
                and self.text[clitic - 1].islower()
            ):
                return Mention(clitic - 2, clitic, "anonymous")  # "um garçom se aproxima e"
            if (
                found is None
                or found.kind == "other"
                or found.end >= conjunction
                or any(word in SUBORDINATORS for word in self.lower[floor + 1 : found.start])
                or (found.start > floor and self.lower[found.start - 1] in SUBJECT_BLOCKERS)
            ):  # "disse que Moro errou", "sobre como seu país deve", "da ex-presidente Dilma"
                if nearest:
                    return None
                continue
            if found.kind == "role":  # "O prefeito de Itapecerica, Willer Reis, esteve"
                return name_after_modifiers(self, found) or found
            return found
        return None

    def narrating(self, i: int) -> bool:
        """A finite verb of a clause: tagged so by a parser, else a speech verb or a
        verb of narration by its ending."""
        token = self.doc[i]
        if not (token.is_alpha and token.is_lower) or looks_infinitive(token):
            return False
        if self.lower[i].endswith("ndo"):
            return False  # a gerund: "ouvindo", "dizendo"
        if self.parsed:
            return token.pos_ in ("VERB", "AUX")
        return self.is_verb(i) or narrates(self.lower[i])  # not "uma nota pública"

    def inverted_cue_subject(self, verb: int) -> Mention | None:
        """The speaker of the cue just before a gerund cue: "– comentou Taffarel,
        lembrando que …" is Taffarel's, whatever the quote before names."""
        doc = self.doc
        if verb < 3 or doc[verb - 1].text != "," or not self.lower[verb].endswith("ndo"):
            return None
        named = mention_before(doc, verb - 1, max(0, verb - 8), self.nouns)
        if named is None or named.kind != "name" or named.end != verb - 1 or named.start < 1:
            return None
        return named if self.is_verb(named.start - 1) else None

    def opens_with_silent_noun(self, verb: int) -> bool:
        """Whether the clause of ``verb`` opens with a noun that cannot speak ("O estudo, …");
        not one it speaks through ("Em nota, o advogado X disse")."""
        i = self.clause_start(verb)
        channel = False
        while i < verb and (self.lower[i] in DETERMINERS or self.text[i] in DASHES):
            channel = channel or self.lower[i] in CHANNEL_OPENERS
            i += 1
        return i < verb and self.lower[i] in self.nouns.silent and not channel

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


def strip_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation, dashes and spaces at both ends of a token range."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].is_space or doc[end - 1].text in DASHES or doc[end - 1].text in ",;:"
    ):
        end -= 1
    return start, end


def word_count(doc: Doc, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if not t.is_punct and not t.is_space)


def source_phrase(
    ctx: QuoteContext, i: int, other: bool = False
) -> tuple[int, int, Mention | None] | None:
    """ "segundo X" / "de acordo com X" at token ``i``: (phrase start, end, X's mention).

    other: X may be any noun phrase (a quote's source may be a report), not only a
    person, role, pronoun or organisation.
    """
    doc = ctx.doc
    phrase = matched_phrase(ctx, i)
    if phrase is None:
        return None
    end = i + len(phrase)
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
    if mention is None or (
        mention.start != end
        and doc[end].lower_ not in DETERMINERS_OF_SOURCE
        and ctx.lower[end - 1] not in CONTRACTED_ARTICLES  # "Na opinião do delegado, X …"
    ):
        return None
    comma = mention.start - 1
    # "segundo a deputada, Marielle, que denunciava …, incomodava": Marielle's clause
    subject = mention.end < len(doc) and relative_before_verb(ctx, mention.end)
    if (
        comma > end
        and doc[comma].text == ","
        and (mention.end >= len(doc) or doc[mention.end].text != "," or subject)
    ):  # "Segundo o autor, José Mourinho é …": the name opens the clause, no apposition
        mention = mention_after(doc, end, comma, ctx.nouns, other=other)
        if mention is None:
            return None
    if phrase == ("para",) and _compared(ctx, mention):
        return None  # "Para um secretário de Estado, …": a comparison, not a source
    if mention.kind == "role" and not subject:
        mention = name_after_modifiers(ctx, mention) or mention
    return i, end, mention


def _compared(ctx: QuoteContext, mention: Mention) -> bool:
    """Whether "para" + ``mention`` compares rather than cites: "Para um secretário de
    Estado, …", "Para outro ministro, isso seria impossível"; not "Para outro senador do
    PMDB, …" nor "Para outro senador, que pediu anonimato, …", someone else asked."""
    determiner = ctx.lower[mention.start]
    if determiner in ("um", "uma"):
        return True
    return (
        determiner in ("outro", "outra")
        and mention.end - mention.start <= 2
        and not relative_after(ctx, mention.end)
    )


def relative_after(ctx: QuoteContext, i: int) -> bool:
    """Whether a relative clause is set off at token ``i``: ", que …"."""
    return i + 1 < len(ctx.doc) and ctx.text[i] == "," and ctx.lower[i + 1] == "que"


def _opens_at(doc: Doc, mention: Mention, start: int) -> bool:
    """Whether ``mention`` starts at ``start``, or after its role's lower-case words
    there ("o diretor de núcleo [Boninho]")."""
    return mention.start == start or (
        mention.start > start
        and mention.kind == "name"
        and all(t.is_lower for t in doc[start : mention.start])
    )


def relative_before_verb(ctx: QuoteContext, comma: int) -> bool:
    """Whether a relative clause set off at ``comma`` is followed by a lower-case word
    that no article or pronoun opens: its name's verb ("segundo a deputada, Marielle,
    que denunciava problemas, incomodava muito"), so the name is the clause's subject,
    not the source's apposition ("Segundo o ministro, X, que assumiu ontem, a medida …")."""
    doc = ctx.doc
    if doc[comma].text != "," or comma + 1 >= len(doc) or ctx.lower[comma + 1] not in WHO:
        return False
    for k in range(comma + 2, min(len(doc) - 1, comma + MAX_RELATIVE_TOKENS)):
        if doc[k].text in CLAUSE_ENDS:
            return False
        if doc[k].text == ",":
            return doc[k + 1].is_lower and not doc[k + 1].is_stop
    return False


#: The most tokens a relative clause set off by commas may take.
MAX_RELATIVE_TOKENS = 20


#: Words a source may open on before its name: an article, or "outro" ("Para outra
#: comunitária, dona Raimunda Moraes, …": the next one quoted).
DETERMINERS_OF_SOURCE = ARTICLES | {"outro", "outra"}


#: What may close the name after a cue's long role: "…, afirma a coordenadora …, X."
CUE_NAME_CLOSERS = frozenset({",", ".", "!", "?", ";"})


#: The most words a source's role may still take after its head before the name
#: set off after it ("Para a agricultora familiar e líder da juventude do Polo da
#: Borborema, em Queimadas na Paraíba, Adailma Ezequiel, …").
MAX_DESCRIPTION_WORDS = 20


def name_after_modifiers(
    ctx: QuoteContext, role: Mention, closers: frozenset[str] = frozenset({","})
) -> Mention | None:
    """The name set off after a role's longer description: "Segundo o especialista em
    contas públicas da consultoria Tendências, Fábio Klein, …"; after a cue, the name
    may end the sentence ("afirma a coordenadora de Informação e Indicadores Culturais
    da Diretoria …, Jéssica Afonso.")."""
    doc = ctx.doc
    for k in range(role.end, min(len(doc), role.end + MAX_DESCRIPTION_WORDS)):
        if ctx.text[k] in CLAUSE_ENDS or ctx.text[k] in PAIRS or ctx.is_verb(k):
            return None
        if ctx.text[k] == ",":
            if k + 1 < len(doc) and ctx.lower[k + 1] in PLACE_PREPOSITIONS:
                continue  # past ", em Queimadas na Paraíba," to the name
            if _listed_words(ctx, k + 1):
                continue  # "especialista de impactos, vulnerabilidade e adaptação, Diogo Santos"
            name = name_mention_at(doc, k + 1, len(doc), ctx.nouns) if k + 1 < len(doc) else None
            after = past_parenthesis(doc, name.end, len(doc)) if name is not None else 0
            closed = name is not None and (  # "…, Efraim Filho (PB), …": past the party
                after >= len(doc) or ctx.text[after] in closers or "\n" in ctx.text[after]
            )
            return name if closed and name is not None and name.kind == "name" else None
    return None


#: The most words the last items of a role's listed words take ("…, vulnerabilidade e
#: adaptação, …").
MAX_LIST_TAIL_WORDS = 4


def _listed_words(ctx: QuoteContext, i: int) -> bool:
    """Lower-case words from ``i`` that end a list with "e" before the next comma: the
    rest of a role's description, not the clause it introduces."""
    for k in range(i, min(len(ctx.doc), i + MAX_LIST_TAIL_WORDS + 1)):
        if ctx.text[k] == ",":
            return k > i and "e" in ctx.lower[i:k]
        if not ctx.text[k].islower() or not ctx.text[k].isalpha() or ctx.is_verb(k):
            return False
    return False


def _quoted_title(ctx: QuoteContext, i: int) -> Mention | None:
    """A publication's name in quotation marks at ``i``: "a «Newsweek»", "o jornal «Expresso»"."""
    if i < len(ctx.doc) and ctx.lower[i] in PUBLICATION_NOUNS:
        i += 1
    close = quoted_name_close(ctx.doc, i, len(ctx.doc))
    return Mention(i + 1, close, "org") if close is not None else None


def _source_by_speech_noun(
    ctx: QuoteContext, phrase: tuple[int, int], by: int, other: bool
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


def matched_phrase(ctx: QuoteContext, i: int) -> tuple[str, ...] | None:
    """The longest source phrase at token ``i``; a final "de" also matches its
    contractions ("na opinião do ministro", "na avaliação da cientista")."""
    for phrase in ctx.phrases_from.get(ctx.lower[i], ()):
        words = ctx.lower[i : i + len(phrase)]
        if len(words) == len(phrase) and all(
            word == wanted or (wanted == "de" and k == len(phrase) - 1 and word in DE_FORMS)
            for k, (word, wanted) in enumerate(zip(words, phrase, strict=True))
        ):
            return phrase
    return None


def phrase_length(ctx: QuoteContext, i: int) -> int:
    """Length of the source phrase ("segundo", "de acordo com") at token ``i``, or 0."""
    phrase = matched_phrase(ctx, i)
    return len(phrase) if phrase is not None and phrase != ("para",) else 0


def split_at_inner_cues(
    ctx: QuoteContext, start: int, end: int
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
    stripped = [strip_range(doc, a, b) for a, b in pieces]
    return [(a, b) for a, b in stripped if b > a], cue


#: How many words an addressee may take between a cue and its "que".
MAX_ADDRESSEE_WORDS = 12


def past_age(ctx: QuoteContext, i: int) -> int:
    """Past a person's age and its comma at ``i`` ("55, presidente da X"), or ``i``."""
    if i + 1 < len(ctx.doc) and ctx.doc[i].like_num and ctx.text[i + 1] == ",":
        return i + 2
    return i


def past_appositions(ctx: QuoteContext, i: int) -> int:
    """The comma closing the appositions after a name at ``i``: ", 55, presidente da X,"."""
    while True:
        if i < len(ctx.doc) and ctx.text[i] == "," and past_age(ctx, i + 1) > i + 1:
            i += 2  # "Simon Franco, 55, …"
            continue
        following = skip_apposition(ctx, i)
        if following == i:
            return i
        i = following


def skip_apposition(ctx: QuoteContext, i: int) -> int:
    """After "Segundo Arnaldo Leite, coordenador do programa, …": the comma before the clause."""
    doc = ctx.doc
    if i + 1 >= len(doc) or doc[i].text != ",":
        return i
    j = i + 1 if doc[i + 1].lower_ not in ARTICLES else i + 2
    if doc[i + 1].lower_ == "que" and i + 2 < len(doc) and doc[i + 2].lower_ in ("é", "era"):
        j = i + 3 if i + 3 < len(doc) and doc[i + 3].lower_ not in ARTICLES else i + 4
        # "Para Juliano Fernandes, que é coach financeiro, …": who he is
    affiliation = doc[i + 1].lower_ in OF and i + 2 < len(doc) and doc[i + 2].text[:1].isupper()
    if not affiliation and (
        j >= len(doc) or not (ctx.nouns.head(doc[j].text) or ctx.nouns.is_body(doc[j].text))
    ):
        return i  # neither ", coordenador do programa," nor ", da Nova SBE," nor ", entidade …,"
    for k in range(j + 1, min(len(doc), j + 15)):
        if doc[k].text == ",":
            return k
        if doc[k].text in CLAUSE_ENDS or ctx.is_verb(k):
            break
    return i


def skip_quoted_name(ctx: QuoteContext, i: int) -> int:
    """Past a short quoted name at ``i`` followed by a comma, or ``i``."""
    close = quoted_name_close(ctx.doc, i, len(ctx.doc))
    if close is not None and close + 1 < len(ctx.doc) and ctx.text[close + 1] == ",":
        return close + 1
    return i
