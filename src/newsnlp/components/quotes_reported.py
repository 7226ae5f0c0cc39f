"""Reported speech: ``X afirmou que …``, ``segundo X, …``, ``X afirmou: …``,
infinitive reports (``declarou possuir …``), cues inside the sentence they
report, and what a document or an unnamed account says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from .name_spans import is_name_word
from .quote_context import (
    ASIDE_DASHES,
    CLAUSE_ENDS,
    CLOSERS,
    CONJUNCTIONS,
    CUE_NAME_CLOSERS,
    DASHES,
    DECLARATIVE_VERBS,
    DETERMINERS,
    MAX_ADDRESSEE_WORDS,
    MAX_ASIDE_TOKENS,
    MAX_SOURCE_WORDS,
    MIN_CLOSED_WORDS,
    MIN_UNCUED_WORDS,
    PAIRS,
    PARTICIPLE_ENDINGS,
    PASSIVE,
    POSSESSIVES,
    SPEECH_NOUNS,
    QuoteContext,
    QuotedText,
    QuoteRecord,
    closers_of,
    looks_infinitive,
    matched_phrase,
    name_after_modifiers,
    past_age,
    past_appositions,
    phrase_length,
    quoted_name_close,
    relative_after,
    relative_before_verb,
    skip_quoted_name,
    source_phrase,
    speech_verb,
    strip_range,
    word_count,
)
from .role_phrases import name_mention_at, past_parenthesis, plural_noun, role_end
from .speaker_lexicon import (
    ADVERBS,
    ARTICLES,
    CLAUSE_CONJUNCTIONS,
    DEMONSTRATIVES,
    NEGATIONS,
    OF,
    PLACE_PREPOSITIONS,
    TO,
    WHO,
    Mention,
    is_gentilic,
    is_word,
    narrates,
)
from .speakers import BY_FORMS, RELATIVES, mention_after, mention_before

#: Words that open a short adverbial between a cue verb and "que" ("disse nesta terça que").
TIME_OPENERS = frozenset(
    {"nesta", "neste", "na", "no", "em", "durante", "esta", "este", "hoje", "ontem", "à", "ao"}
    | {"várias", "diversas", "muitas", "algumas", "mais", "outra", "por"}  # "várias vezes"
    | {"numa", "num"}  # "revelou numa pesquisa que"
)


#: Words opening a short phrase after a closing cue's speaker ("anunciou X em comunicado",
#: "disse X durante uma visita à região de Belém").
TRAILING_OPENERS = frozenset(
    {"em", "no", "na", "nos", "nas", "num", "numa", "nesta", "neste", "hoje", "ontem"}
    | {"à", "ao", "às", "aos", "a", "perante", "durante", "após", "depois", "antes", "por"}
)


MAX_TRAILING_WORDS = 16

#: Verbs that close a statement whose speaker is a document or someone unnamed.
CLOSING_VERBS = DECLARATIVE_VERBS | {
    *("informar", "revelar", "indicar", "anunciar", "garantir", "assegurar", "admitir"),
    *("comentar", "esclarecer", "confirmar", "estimar", "interpretar", "reconhecer", "contar"),
}

#: Words of a title before the name a "como" cue introduces ("como diz o teórico X").
MAX_AS_CUE_TITLE = 3
#: Tokens of a phrase after that name ("num ensaio sobre a questão (2)").
MAX_AS_CUE_PHRASE = 12

#: Speech verbs whose infinitive complement is an intent or a demand, not what was said.
INTENT_VERBS = frozenset({"ameaçar", "exigir", "prever", "propor", "contar", "precisar"})

#: Words that make the "que" after them a free relative ("explicou o que entende").
FREE_RELATIVES = frozenset({"o", "a", "os", "as", "aquilo", "tudo"})
#: Words that open a conjunction with "que" after a comma (", já que", ", uma vez que");
#: right after a cue they are adverbs ("disse ainda que", "avisam desde já que").
CONJUNCTION_OPENERS = frozenset({"já", "visto", "vez", "logo", "sem", "antes", "depois"})

#: Cues whose reflexive form reports how the speaker described themself.
SELF_DESCRIBING_VERBS = frozenset({"dizer", "declarar", "afirmar", "confessar"})

#: Nouns through which a cue reports a clause ("a opinião de que", "o facto de").
CONTENT_NOUNS = frozenset(
    {"opinião", "convicção", "ideia", "certeza", "garantia", "promessa", "tese", "facto"}
    | {"fato", "noção", "posição", "crença"}
)
#: Words before such a noun ("a sua convicção", "o facto").
CONTENT_DETERMINERS = frozenset({"a", "o", "sua", "seu", "também", "ainda", "mesma"})

#: Verbs whose object is accused "de" what the clause after it says.
ACCUSING_VERBS = frozenset({"acusar"})

#: Words of a closing cue's subject no lexicon knows ("informaram os bombeiros locais").
MAX_UNKNOWN_SUBJECT_WORDS = 4


#: Verbs reporting a question, whose clause opens with "se" or a question word.
QUESTION_VERBS = frozenset({"perguntar", "questionar", "indagar", "interrogar"})


QUESTION_WORDS = frozenset({"se", "porque", "porquê", "como", "quando", "onde", "quem", "qual"})


#: Participles and adjectives that open a phrase about a speaker ("disposta a …").
DESCRIBING_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "osto", "osta")


#: Source phrases that may close the sentence they attribute ("…, segundo o IBGE.");
#: "de acordo com" at the end usually belongs to a noun ("a estimativa de acordo com a Fipe").
FINAL_SOURCES = frozenset({"segundo", "conforme", "de"})  # "de" of "de acordo com"


#: A reported clause whose quoted words reach this count is "mixed".
MIN_MIXED_WORDS = 3


def _source_end(ctx: QuoteContext, mention: Mention | None, phrase_end: int) -> int:
    """The token after a source: past its apposition, a quoted title or a nationality."""
    after = mention.end if mention is not None else phrase_end
    if after < len(ctx.doc) and ctx.text[after] in CLOSERS:
        after += 1  # past the mark closing a quoted title
    after = past_parenthesis(ctx.doc, after, min(len(ctx.doc), after + MAX_SOURCE_WORDS))
    after = past_appositions(ctx, after)  # "Para Carlos Moura, 35, diretor da empresa, …"
    after = skip_quoted_name(ctx, after)  # "segundo o jornal «El Tiempo», …"
    if (
        mention is not None
        and after + 1 < len(ctx.doc)
        and is_word(ctx.doc[after])  # "vila-franquense"
        and is_gentilic(ctx.lower[after])
        and (ctx.text[after + 1] == "," or ctx.text[after + 1] in CLAUSE_ENDS)
    ):
        after += 1  # a nationality closes the source: "segundo o jornal italiano."
    if mention is not None:
        after = _modifiers_to_comma(ctx, after)
    return after


#: The most words that may still describe a source before its comma.
MAX_SOURCE_MODIFIERS = 4


def _modifiers_to_comma(ctx: QuoteContext, i: int) -> int:
    """The comma after a source's plain modifiers, its place or its body ("Para analistas
    políticos, …", "Para o líder do PSD no Senado, …", "Para Camila Sande da CNA, …");
    ``i`` when there is none."""
    limit = min(len(ctx.doc), i + MAX_SOURCE_MODIFIERS + 1)
    comma = next((k for k in range(i, limit) if ctx.text[k] == ","), None)
    if comma is None or comma == i:
        return i
    place = (ctx.lower[i] in PLACE_PREPOSITIONS or ctx.lower[i] in OF) and all(
        ctx.text[k][:1].isupper() or ctx.lower[k] in OF for k in range(i + 1, comma)
    )
    return comma if place or _plain_words_end(ctx, i, comma) == comma else i


def _phrase_end(ctx: QuoteContext, i: int, limit: int, until: frozenset[str]) -> int | None:
    """The first token from ``i`` (before ``limit``) that is one of ``until``, read over a
    noun phrase and the short names in quotation marks inside it; None at a clause's
    end, a quote, a "que" or a speech verb first.

    It finds the comma after a source's modifiers ("Segundo fontes policiais citadas
    pelo «New York Times», …") and the "que" after an addressee ("admitiu ao «Washington
    Post» que").
    """
    k = i
    while k < min(limit, len(ctx.doc)):
        if ctx.text[k] in until or ctx.lower[k] in until:
            return k
        if ctx.text[k] in PAIRS:
            close = quoted_name_close(ctx.doc, k, len(ctx.doc))
            if close is None:
                return None
            k = close
        elif ctx.text[k] in CLAUSE_ENDS or ctx.lower[k] == "que" or ctx.is_verb(k):
            return None
        k += 1
    return None


def _source_modifiers_end(ctx: QuoteContext, after: int) -> int:
    """The comma after words that still describe a source: "Segundo fontes policiais
    citadas pelo «New York Times», …"; ``after`` itself when none closes them."""
    comma = _phrase_end(ctx, after, after + MAX_SOURCE_WORDS + 3, COMMA)  # + a name's marks
    return after if comma is None else comma


COMMA = frozenset({","})


def _unnamed_source(ctx: QuoteContext, i: int) -> tuple[int, int, Mention | None, int] | None:
    """A source that is no speaker: "segundo os dados parciais da CNE", "segundo P&N
    apurou", "de acordo com informações da entidade" → (phrase start, end, the body
    or person named in it, the token after it).

    The source runs to the next comma or the sentence's end, in a few words; not
    "para", whose X must be a person or a body ("para o ano").
    """
    doc = ctx.doc
    length = phrase_length(ctx, i)
    if not length or ctx.lower[i] == "para":
        return None
    end = i + length
    # not "Segundo: a queixa …" (it counts), nor "conforme explica Nuno Bio, …" (a cue)
    limit = end + MAX_SOURCE_WORDS + 1
    if any(  # + a body's initials: "segundo levantamento do Instituto … (Inmet), …"
        ctx.text[k] == "(" and ctx.text[k + 1][:1].isupper() and ctx.text[k + 2] == ")"
        for k in range(end, min(limit, len(doc) - 2))
    ):
        limit += 3
    stop = _phrase_end(ctx, end, limit, SOURCE_ENDS)
    if stop is None or stop == end or ctx.text[stop] == ":":
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
    mention = (
        Mention(named[-1].start, named[-1].end, SOURCES[named[-1].label_])
        if named
        else _account_author(ctx, end, stop)
    )
    return i, end, mention, past_appositions(ctx, stop)


def _unsigned_source(ctx: QuoteContext, start: int, stop: int) -> tuple[Mention | None, str] | None:
    """Who speaks through the document a source names again with no author ("segundo
    a denúncia", "de acordo com a nota"): see ``QuoteContext.unsigned_document``."""
    k = start + 1 if start < stop and ctx.lower[start] in ARTICLES else start
    return ctx.unsigned_document(k) if k + 1 == stop or ctx.text[k + 1] == "," else None


#: Words between an account's noun and its author: "comunicado oficial da Presidência".
MAX_ACCOUNT_MODIFIERS = 2
#: What links an account to its author: "dados da CNE", "dados divulgados pelo IBGE".
ACCOUNT_LINKS = OF | BY_FORMS


def _account_author(ctx: QuoteContext, start: int, stop: int) -> Mention | None:
    """Whom an account no recogniser tagged names as its author: "números da Abraciclo",
    "pesquisa Ibope", "comunicado oficial da Presidência", "dados do próprio movimento"."""
    for k in range(start, stop - 1):
        if ctx.lower[k] not in SOURCE_NOUNS:
            continue
        at = k + 1
        while at < min(stop, k + 1 + MAX_ACCOUNT_MODIFIERS) and ctx.text[at].islower():
            if ctx.lower[at] in ACCOUNT_LINKS:
                break
            at += 1  # "comunicado oficial da Presidência", "dados divulgados pelo IBGE"
        if at < stop and ctx.lower[at] in ACCOUNT_LINKS:
            at += 1
            if at < stop and ctx.lower[at] in ("próprio", "própria"):
                at += 1  # "dados do próprio movimento"
        else:
            at = k + 1  # "pesquisa Ibope"
        if at < stop and ctx.nouns.is_body(ctx.text[at]):  # "nota do hospital Sírio-Libanês"
            return Mention(at, role_end(ctx.doc, at, stop, True), "org")
        author = mention_after(ctx.doc, at, stop, ctx.nouns) if at < stop else None
        if author is not None and author.kind in ("org", "name", "role"):
            return author
    return None


def _named_document(ctx: QuoteContext, i: int) -> int | None:
    """The capitalised account named at ``i`` (after its article): "o Boletim
    Epidemiológico de Hanseníase 2024", "o Registro de Evento de Defesa Social"."""
    k = i + 1 if i < len(ctx.doc) and ctx.lower[i] in ARTICLES else i
    if k < len(ctx.doc) and ctx.text[k][:1].isupper() and ctx.lower[k] in SOURCE_NOUNS:
        return k
    return None


def _document_author(ctx: QuoteContext, document: int) -> tuple[Mention | None, int]:
    """The body a named account is by, and the comma closing the source: "o Registro
    de Evento de Defesa Social (Reds) da Polícia Militar (PM), …" is the police's."""
    doc = ctx.doc
    end = ctx.clause_end(document)
    comma = next((k for k in range(document, end) if doc[k].text == ","), end)
    for j in range(document + 1, comma - 1):
        if ctx.lower[j] not in OF:
            continue
        body = doc[j + 1]
        if body.ent_type_ == "ORG" or ctx.nouns.is_body(body.text):
            return mention_after(doc, j + 1, comma, ctx.nouns), comma
    return None, comma


#: What may end an account no lexicon knows ("segundo os dados da CNE, …").
SOURCE_ENDS = frozenset({",", ":", *CLAUSE_ENDS})

#: Nouns of an account given by no one a lexicon knows ("segundo dados da Bolsa", "de
#: acordo com informações da entidade", "segundo P&N apurou"). Not every document of
#: the lexicon: an account reports facts, a law or a decree rules ("segundo a lei" is
#: no one's account).
SOURCE_NOUNS = frozenset(
    {"dados", "informações", "informação", "números", "estatísticas", "estimativas"}
    | {"cálculos", "relatório", "comunicado", "nota", "sondagem", "sondagens", "pesquisa"}
    | {"estudo", "inquérito", "levantamento", "balanço", "texto", "panfletos", "imprensa"}
    | {"projecção", "projeção", "previsões", "fontes", "testemunhas", "apurou", "apurámos"}
    | {"boletim", "ocorrência", "laudo", "auditoria", "investigação", "registro", "análise"}
    | {"estimativa", "previsão", "estudos", "pesquisas", "levantamentos"}
    | {"relatórios", "boletins", "análises", "atualização", "avaliação"}
    | {"denúncia", "acusação", "reportagem", "reportagens", "matéria"}
)


#: Entity labels that may be a source's speaker, and the mention kind they give.
SOURCES = {"ORG": "org", "PER": "name"}


def _reported_clause(ctx: QuoteContext, verb: int, start: int) -> tuple[int, int]:
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
            if start < cut < end - 1 and doc[cut].text == "," and ctx.breaks_report(cut + 1):
                end = cut
            break
    start, end = strip_range(doc, start, end)
    opening = start if start < end and doc[start].text in PAIRS else start - 1
    if start < end and opening >= 0 and doc[opening].text in PAIRS:
        closer = PAIRS[doc[opening].text]
        close = next((k for k in range(start + 1, end) if doc[k].text == closer), end)
        if close + 1 < end and doc[close + 1].text == "," and close - start >= MIN_UNCUED_WORDS:
            end = close + 1  # «…», numa indirecta a …: the narrator's comment follows the quote
    if end > start and doc[end - 1].text in CLOSERS and not _opens_inside(doc, start, end - 1):
        end -= 1  # X afirmou que «…»: the marks were around the whole clause
    elif start and doc[start - 1].text in PAIRS:
        closers = closers_of(doc[start - 1].text)
        if any(doc[k].text in closers for k in range(start, end - 1)):
            start -= 1  # disse que “insistirá” na luta: the marks open only part of the clause
    return start, end


def _coordinated_clause(ctx: QuoteContext, verb: int, end: int) -> tuple[tuple[int, int], bool]:
    """The clause "e que …" coordinated after a reported clause ending at ``end``
    (``(end, end)`` when none), and whether neither is quoted, which makes them one
    report: "… que A e que B", "disse ser moçambicano e que tinha os documentos"."""
    doc = ctx.doc
    k = end
    while k < len(doc) and ctx.text[k] in CLOSERS:
        k += 1
    closed_quote = k > end
    if k < len(doc) and ctx.text[k] == ",":
        k += 1  # "…, e que …"
    if not (k + 2 < len(doc) and ctx.lower[k] == "e" and ctx.lower[k + 1] == "que"):
        return (end, end), False
    following = _reported_clause(ctx, verb, k + 2)
    return following, not closed_quote and ctx.text[k + 2] not in PAIRS


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


def reported_quotes(ctx: QuoteContext, quoted: Sequence[QuotedText]) -> Iterator[QuoteRecord]:
    """Reported speech: ``X afirmou que …``, ``X afirmou: …``, ``segundo X, …``."""
    doc = ctx.doc
    inside = _token_regions(ctx, quoted)
    for i in range(len(doc)):
        if i in inside or (ctx.lower[i] not in ctx.phrases_from and not ctx.is_verb(i)):
            continue
        parenthesis = _parenthetical(ctx, i) if ctx.is_verb(i) else None
        if parenthesis is not None:
            aside_start, aside_end, aside_speaker, aside_rule = parenthesis
            kind = _kind(ctx, quoted, aside_start, aside_end)
            yield QuoteRecord(aside_start, aside_end, kind, i, i + 1, aside_speaker, aside_rule, i)
            continue
        as_cue = _as_cue(ctx, i) if ctx.is_verb(i) else None
        if as_cue is not None:
            start, end, as_speaker, rule = as_cue
            yield QuoteRecord(
                start, end, _kind(ctx, quoted, start, end), i, i + 1, as_speaker, rule, i
            )
            continue
        if ctx.is_verb(i) and (_meaning(ctx, i) or _norm_subject(ctx, i) or _grounds(ctx, i)):
            continue  # "Isso não quer dizer que …", "A lei prevê que …": no one said it
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
                if post is not None and (
                    post.start <= j + 1
                    or doc[post.start - 1].text == ","
                    or doc[post.start - 1].text[:1].isupper()  # "à TV Globo"
                ):
                    post = None  # the addressee itself, not a subject after it
                j = addressee  # "garantiu ao Presidente sírio, Hafez Assad, que …"
            elif j < len(doc) and doc[j].lower_ not in ("que", ":"):
                post = mention_after(doc, j, ctx.clause_end(j), ctx.nouns)
                if post is not None:
                    j = post.end
                    if j + 3 < len(doc) and doc[j].text == ",":
                        j = _past_aside(ctx, j)  # "Diz o jornal, referindo-se a …, que"
                if post is not None and _named_addressee(ctx, i, post):
                    post, addressee = None, j  # "Ieltsin garantiu a Clinton que": Ieltsin speaks
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
            if post is None and question is None and addressee is None:
                j = _past_setting(ctx, j)  # "disse em depoimento ser o autor do crime"
            infinitive = j + 1 if j + 1 < len(doc) and doc[j].text in PAIRS else j
            if (
                post is None
                and question is None
                and addressee is None
                and j == _past_setting(ctx, ctx.skip_adverbs(i + 1, len(doc)))
                and infinitive < len(doc)
                and looks_infinitive(doc[infinitive])
            ):  # "declarou possuir", "admitia somente ter sido", "admitiu «reconsiderar»"
                record = _infinitive_report(ctx, quoted, i, j)
                if record is not None:
                    yield record
                continue
            if (
                question is None
                and addressee is None
                and post is None
                and _self_described(ctx, i, j)
            ):
                record = _report_from(ctx, quoted, i, j, i + 1)  # "X se disse favorável a …"
                if record is not None:
                    yield record
                continue
            content = _content_clause(ctx, i) if question is None and addressee is None else None
            if content is not None:  # "referiu a convicção de que …", "alertou para o facto de …"
                record = _report_from(ctx, quoted, i, content, i + 1)
                if record is not None:
                    yield record
                continue
            accused = _accusation(ctx, i) if question is None and addressee is None else None
            if accused is not None:  # "acusa o Governo de não cumprir …"
                record = _infinitive_report(ctx, quoted, i, accused, speaker_limit=i + 1)
                if record is not None:
                    yield record
                continue
            if j >= len(doc) or (doc[j].lower_ not in ("que", ":") and question is None):
                continue
            if question is None and j - 1 > i and _not_a_complement(ctx, j):
                continue  # "escreveu …, já que era …", "explicou o que entende": no report
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
            while end > start:  # "… que A e que B" is one report, "que «A» e que «B»" two
                following, unquoted = _coordinated_clause(ctx, i, end)
                if unquoted and following[1] > end:
                    end = following[1]
                    continue
                yield QuoteRecord(
                    start, end, _kind(ctx, quoted, start, end), i, i + 1, mention, rule, i
                )
                start, end = following
            continue
        if not _starts_clause(ctx, i) or _norm_source(ctx, i):
            continue
        source = source_phrase(ctx, i)
        unnamed = _unnamed_source(ctx, i) if source is None else None
        if source is None and unnamed is None:
            continue
        if i >= 2 and ctx.text[i - 1] == "," and ctx.text[i - 2] in CLOSERS:
            continue  # «…», segundo X, …: the quote's cue, not a reported clause
        if unnamed is not None:
            phrase_start, phrase_end, mention, after = unnamed
            named = _apposed_name(ctx, mention, after) if mention is None else None
            if named is not None:  # "De acordo com um dos diretores da peça, Iury Laudrup, …"
                mention, after = named, named.end
            rule = "mention" if mention is not None else "document"
            unsigned = _unsigned_source(ctx, phrase_end, after) if mention is None else None
            if unsigned is not None:  # "Segundo a denúncia, …": the prosecution's
                mention, rule = unsigned
        else:
            assert source is not None
            phrase_start, phrase_end, mention = source
            rule = "mention" if mention is not None else "dropped"
            after = _source_end(ctx, mention, phrase_end)
            document = _named_document(ctx, phrase_end)
            if document is not None:  # "De acordo com o Boletim Epidemiológico …, …"
                mention, after = _document_author(ctx, document)
                rule = "mention" if mention is not None else "document"
            named = _apposed_name(ctx, mention, after)
            if named is not None:  # "segundo o superintendente de Trânsito, Ulisses Lamas."
                mention, after = named, named.end
            if doc[i].lower_ == "para" and not _opinion_holder(ctx, i, mention, after):
                continue
            if doc[i].lower_ != "para" and ctx.clause_start(i) == i:
                after = _source_modifiers_end(ctx, after)  # only a source opening its sentence
        closing = i > 0 and doc[i - 1].text == "," and ctx.lower[i] in FINAL_SOURCES
        if closing and mention is not None and after < len(doc) and ctx.text[after].islower():
            after = (
                _plain_words_end(ctx, after, ctx.clause_end(after)) or after
            )  # "a rádio estatal."
        # "…, segundo a polícia, que não deu pormenores.": a relative clause closes the source
        relative = relative_after(ctx, after)
        aside = _relative_aside_end(ctx, after + 1) if relative else None
        if aside is not None and ctx.clause_start(i) == i:
            # "Para outro senador, que pediu para não se identificar, Renan tem …"
            after, relative = aside, False
        described = (  # "…, segundo Antonio Moura, 35, diretor da empresa."
            closing
            and mention is not None
            and after < len(doc)
            and doc[after].text == ","
            and _apposition_to_end(ctx, after + 1, ctx.clause_end(after + 1))
        )
        final = (
            after >= len(doc)
            or doc[after].text in CLAUSE_ENDS
            or "\n" in doc[after].text  # a headline: "…, segundo o tribunal"
            or relative
            or described
        )
        if after < len(doc) and doc[after].text == "," and not relative and not described:
            start, end = strip_range(doc, after + 1, ctx.clause_end(after + 1, reported=True))
            start = _subject_before_aside(ctx, i, start)
        elif doc[i].lower_ == "para" and after < len(doc) and doc[after].is_alpha:
            start, end = strip_range(
                doc, after, ctx.clause_end(after, reported=True)
            )  # "Para ele a"
        elif final and i and doc[i - 1].text == "," and ctx.lower[i] in FINAL_SOURCES:
            start, end = strip_range(doc, ctx.clause_start(i), i)
        else:
            continue
        if end > start and start not in inside and _has_clause_words(ctx, start, end):
            kind = _kind(ctx, quoted, start, end)
            yield QuoteRecord(
                start, end, kind, phrase_start, phrase_end, mention, rule, phrase_start
            )


#: The most tokens of a relative clause set off after a source opening its sentence.
MAX_RELATIVE_ASIDE = 12


def _relative_aside_end(ctx: QuoteContext, que: int) -> int | None:
    """The comma closing a relative clause about a source, from its "que" at ``que``:
    ", que também pediu para não se identificar,"; none that runs into another "que"."""
    for k in range(que + 1, min(len(ctx.doc), que + MAX_RELATIVE_ASIDE)):
        if ctx.text[k] == ",":
            return k
        if ctx.text[k] in CLAUSE_ENDS or ctx.lower[k] == "que":
            return None
    return None


def _meaning(ctx: QuoteContext, verb: int) -> bool:
    """ "dizer" after "querer": what something means, no one's words ("Isso quer dizer
    que", "Quer isto dizer que")."""
    if ctx.verbs.get(ctx.lower[verb]) != "dizer":
        return False
    k = verb - 1
    while k >= 0 and (ctx.lower[k] in ("isto", "isso") or ctx.doc[k].text == ","):
        k -= 1
    return k >= 0 and ctx.lower[k] in WANT_FORMS


def _grounds(ctx: QuoteContext, verb: int) -> bool:
    """Whether the cue gives the grounds of an act, not anyone's words: "negou o
    recurso por entender que …", "ao considerar que …", "decidiu, entendendo que …"
    (unless the grounds quote someone)."""
    infinitive = ctx.verbs.get(ctx.lower[verb])
    if infinitive not in GROUNDS_VERBS:
        return False
    if any(ctx.marked[k] for k in range(verb + 1, ctx.clause_end(verb))):
        return False  # "por considerar que ele «faltou com a verdade»": someone's words
    k = verb - 1 if verb and ctx.lower[verb - 1] != "não" else verb - 2
    reason = k >= 0 and ctx.lower[k] in ("por", "ao")
    return reason or (infinitive == "entender" and ctx.lower[verb].endswith("ndo"))


#: Verbs of judging that "por" or "ao" turn into an act's grounds ("por entender que").
GROUNDS_VERBS = frozenset({"entender", "considerar"})


#: Forms of "querer" that make "querer dizer" (to mean).
WANT_FORMS = frozenset({"quer", "querem", "queria", "queriam", "quis", "quiseram", "quereria"})


def _norm_subject(ctx: QuoteContext, verb: int) -> bool:
    """Whether the cue's subject, opening its clause, is a norm: "A Lei da Ficha Limpa
    prevê que …", "a lei previa que …" (what it prescribes, not what anyone said); or
    a text that prescribes by a verb of prescribing: "O texto define que …", "a
    decisão judicial previa que …" (not "o relatório afirma que")."""
    k = ctx.clause_start(verb)
    while k < verb and (ctx.lower[k] in ARTICLES or ctx.lower[k] in DEMONSTRATIVES):
        k += 1
    subject = ctx.lower[k] if k < verb else ""
    prescribed = ctx.verbs.get(ctx.lower[verb]) in PRESCRIBING_VERBS
    return (
        verb - k <= MAX_NORM_WORDS
        and (subject in ctx.nouns.norms or (prescribed and subject in ctx.nouns.silent))
        and not any(ctx.doc[n].is_punct for n in range(k, verb))
    )


#: Speech verbs by which a text prescribes rather than states: "O texto define que …".
PRESCRIBING_VERBS = frozenset({"prever", "definir"})


#: The most words of a norm's name before its verb: "A Lei da Ficha Limpa prevê".
MAX_NORM_WORDS = 8


def _norm_source(ctx: QuoteContext, i: int) -> bool:
    """Whether the source phrase at ``i`` cites a norm ("segundo a lei", "conforme o
    edital", "de acordo com as regras do programa"): what it prescribes, not what anyone
    said."""
    phrase = matched_phrase(ctx, i)
    if phrase is None:
        return False
    k = i + len(phrase)
    while k < len(ctx.doc) and (ctx.lower[k] in ARTICLES or ctx.lower[k] in DEMONSTRATIVES):
        k += 1
    if k + 1 < len(ctx.doc) and ctx.lower[k] in NORM_MODIFIERS:
        k += 1  # "de acordo com o novo cronograma"
    return k < len(ctx.doc) and ctx.lower[k] in ctx.nouns.norms


#: Words before a norm's noun: "o novo cronograma", "a atual legislação".
NORM_MODIFIERS = frozenset(
    {"novo", "nova", "novos", "novas", "atual", "atuais", "última", "último"}
)


def _has_clause_words(ctx: QuoteContext, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` after a source hold a clause (it may end in a
    quote: mixed), not only more of a name: "conforme as regras do programa Minha
    Casa, Minha Vida (MCMV)." reports nothing."""
    return any(token.is_alpha and token.is_lower for token in ctx.doc[start:end]) or any(
        ctx.text[k] in PAIRS for k in range(start, end)
    )


def _apposed_name(ctx: QuoteContext, mention: Mention | None, after: int) -> Mention | None:
    """The name set off after a source that is a role or no one by name: "segundo o
    superintendente de Trânsito, Ulisses Lamas.", "De acordo com um dos diretores da
    peça, Iury Laudrup, …"; None when a clause, not a name, follows the comma."""
    doc = ctx.doc
    if mention is not None and mention.kind not in ("role", "anonymous", "other"):
        return None
    if after + 2 >= len(doc) or doc[after].text != ",":
        return None
    name = name_mention_at(doc, after + 1, ctx.clause_end(after + 1), ctx.nouns)
    if name is None or name.kind != "name" or name.end >= len(doc):
        return None
    closing = doc[name.end].text
    if closing == "," and relative_before_verb(ctx, name.end):
        return None  # "segundo a deputada, Marielle, que denunciava …, incomodava muito"
    return name if closing == "," or closing in CLAUSE_ENDS or "\n" in closing else None


def _as_cue(ctx: QuoteContext, verb: int) -> tuple[int, int, Mention | None, str] | None:
    """A clause opened by "como" and its cue: "Como notou o jornalista Jim Greer, da revista
    «Spin», é uma boa grana", "Tal como explica Luís Soares, …, este é um seminário".

    The rest of the sentence is reported; the cue's subject speaks.  A quote right
    after the comma is a direct quote's cue (see quotes_direct).
    """
    doc = ctx.doc
    if verb < 1 or ctx.lower[verb - 1] not in AS_WORDS:
        return None
    opener = verb - 2 if verb >= 2 and ctx.lower[verb - 2] == "tal" else verb - 1
    if ctx.clause_start(verb) != opener:
        return None  # "… tal como disse X" inside a sentence: the narration's own comparison
    end = ctx.clause_end(verb)
    mention = mention_after(doc, verb + 1, end, ctx.nouns)
    first = ctx.skip_adverbs(verb + 1, end)
    if (
        mention is None
        or mention.start - first > MAX_AS_CUE_TITLE
        or _runs_into_clause(ctx, first, mention.start)
    ):
        return None  # "Como diz o teórico Brian Holmes": a title before the name at most
    stop = past_appositions(ctx, mention.end)
    while True:  # past a trailing phrase, an affiliation or a title: ", da revista «Spin»,"
        following = next(
            (k for k in range(stop + 1, min(end, stop + MAX_AS_CUE_PHRASE)) if ctx.text[k] == ","),
            None,
        )
        title = following is not None and all(
            t.text[:1].isupper() or t.is_stop for t in doc[stop + 1 : following]
        )
        if stop < end and ctx.text[stop] == "," and ctx.lower[stop + 1] not in OF and not title:
            break
        if following is None or _runs_into_clause(ctx, stop, following):
            return None  # "Como disse X que …", or no clause after the cue
        stop = following
    if stop + 1 < len(doc) and ctx.text[stop + 1] in PAIRS:
        return None
    start, end = strip_range(doc, stop + 1, ctx.clause_end(stop + 1, reported=True))
    if word_count(doc, start, end) < MIN_UNCUED_WORDS:
        return None
    return start, end, mention, "mention"


def _runs_into_clause(ctx: QuoteContext, start: int, end: int) -> bool:
    """Whether a cue's source words run into a clause: a verb, "que", or a sentence end."""
    return any(
        ctx.is_verb(k) or ctx.lower[k] == "que" or ctx.text[k] in CLAUSE_ENDS
        for k in range(start, end)
    )


def _opinion_holder(ctx: QuoteContext, i: int, mention: Mention | None, after: int) -> bool:
    """Whether "para X" at ``i`` gives X's view, as "segundo X" would.

    At a clause's start ("Para o ministro, …"); after a comma only as an aside
    closed by a comma ("O problema é que, para Netanyahu, esse caminho …"); with
    no comma after X only for a name or a pronoun opening the sentence ("Para ele
    a peça é primorosa").
    """
    if mention is None:
        return ctx.clause_start(i) == i
    comma_after = after < len(ctx.doc) and ctx.text[after] == ","
    if comma_after and _passive_after(ctx, after + 1):
        return False  # "Para os agricultores, foram disponibilizados …": for them, no view
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


def _passive_after(ctx: QuoteContext, i: int) -> bool:
    """A passive clause at ``i``: "foram disponibilizados", "será criado"."""
    return (
        i + 1 < len(ctx.doc)
        and ctx.lower[i] in PASSIVE_AUXILIARIES
        and ctx.lower[i + 1].endswith(PARTICIPLE_ENDINGS)
    )


#: Forms of "ser" opening a passive clause.
PASSIVE_AUXILIARIES = frozenset({"foi", "foram", "será", "serão", "é", "são", "seria", "seriam"})


#: Words after "…, para X," that continue the sentence around the aside: "a
#: transferência, para a Dow, do controle", "Esta é, para ele, uma justificação".
ASIDE_FOLLOWERS = frozenset(
    {"de", "do", "da", "dos", "das", "onde", "que", "em", "a", "para", "com", "um", "uma"}
)


#: Prepositions of an audience between a cue and its "que" ("perante cem mil pessoas").
AUDIENCE_OPENERS = frozenset({"perante", "diante", "junto"})


def _addressee_end(ctx: QuoteContext, j: int) -> int | None:
    """The "que" after an addressee opening at ``j``: "garantiu ao Presidente, X, que …"."""
    to_many = (
        j + 1 < len(ctx.doc) and ctx.lower[j] == "a" and plural_noun(ctx.doc[j + 1], ctx.nouns)
    )
    if j >= len(ctx.doc) or (
        ctx.lower[j] not in TO and ctx.lower[j] not in AUDIENCE_OPENERS and not to_many
    ):  # "ao Presidente", "perante cem mil pessoas", "a aliados"
        return None
    k = _phrase_end(ctx, j + 1, j + MAX_ADDRESSEE_WORDS, ADDRESSEE_ENDS)
    if k is None:
        return None  # "recomendam aos espectadores: levem …" ends at the colon
    named = ctx.text[k - 1] == "," or ctx.text[k - 1].isalpha() or ctx.text[k - 1] in CLOSERS
    return k if named else None


#: What ends an addressee: the reported clause's "que", or a colon.
ADDRESSEE_ENDS = frozenset({"que", ":"})


def _past_aside(ctx: QuoteContext, comma: int) -> int:
    """The "que" after an aside set off by commas right after a cue, or ``comma``.

    "confirmou, no entanto, que …", "afirmou aqui, na reunião, que …"; not a speaker's
    age ("disse Phillip Trent, 24, que assistiu …": a relative clause about him).
    """
    if comma + 1 < len(ctx.doc) and ctx.doc[comma + 1].like_num:
        return comma
    longest = MAX_ASIDE_TOKENS
    if comma + 1 < len(ctx.doc) and ctx.lower[comma + 1] in ASIDE_PREPOSITIONS:
        longest = MAX_ADVERBIAL_TOKENS  # "confirmou, através da sua conta no Twitter, que"
    for k in range(comma + 2, min(len(ctx.doc) - 1, comma + longest + 2)):
        text = ctx.text[k]
        if text == "," and ctx.lower[k + 1] == "que":
            return k + 1
        noun = ctx.lower[k - 1] in DETERMINERS or ctx.lower[k - 1] in POSSESSIVES  # "sua conta"
        if text in CLAUSE_ENDS or text in PAIRS or text == "," or (ctx.is_verb(k) and not noun):
            break
    return comma


#: Prepositions that open an aside of means or place after a cue ("por meio de nota").
ASIDE_PREPOSITIONS = frozenset(
    {"através", "por", "via", "em", "na", "no", "numa", "num", "durante"}
)


def _question_word(ctx: QuoteContext, verb: int, j: int) -> int | None:
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


def _past_setting(ctx: QuoteContext, j: int) -> int:
    """Past a cue's setting of two words before an infinitive: "disse [em depoimento]
    ser o autor", "admitiu [à polícia] ter mentido"; else ``j``."""
    doc = ctx.doc
    if (
        j + 2 < len(doc)
        and ctx.lower[j] in SETTING_PREPOSITIONS
        and doc[j + 1].is_alpha
        and doc[j + 1].is_lower
        and not doc[j + 1].is_stop
        and looks_infinitive(doc[j + 2])
        and not looks_infinitive(doc[j + 1])
    ):
        return j + 2
    return j


#: Prepositions of a cue's setting or addressee: "em depoimento", "à polícia".
SETTING_PREPOSITIONS = frozenset({"em", "à", "ao", "no", "na"})


def _infinitive_report(
    ctx: QuoteContext,
    quoted: Sequence[QuotedText],
    verb: int,
    infinitive: int,
    speaker_limit: int | None = None,
) -> QuoteRecord | None:
    """ "Gerardo Sanchez declarou possuir uma lista …": the infinitive clause is reported.

    speaker_limit: where the cue's subject may end (the verb's object comes before the
    infinitive in "acusa o Governo de mentir").
    """
    if speech_verb(ctx.lower[verb], ctx.verbs) in INTENT_VERBS or (
        infinitive == verb + 1 and _intent(ctx, verb)  # "está a considerar lançar"
    ):
        return None  # "ameaçam fechar as portas", "exige receber": an intent, not a statement
    limit = speaker_limit or infinitive
    while infinitive - 1 > verb and ctx.lower[infinitive - 1] in NEGATIONS:
        infinitive -= 1  # "declarou não poder": the negation is what was said
    return _report_from(ctx, quoted, verb, infinitive, limit)


def _report_from(
    ctx: QuoteContext, quoted: Sequence[QuotedText], verb: int, start: int, speaker_limit: int
) -> QuoteRecord | None:
    """The clause the cue at ``verb`` reports from ``start``, spoken by the cue's subject
    (looked for up to ``speaker_limit``); None without a speaker or a clause of a few words."""
    mention, rule = ctx.speaker_of(verb, speaker_limit)
    if rule == "none" or (
        mention is None and rule not in ("dropped", "unknown", "document", "body")
    ):
        return None
    start, end = _reported_clause(ctx, verb, start)
    following, unquoted = _coordinated_clause(ctx, verb, end)
    if unquoted:
        end = max(end, following[1])  # "disse ser moçambicano e que tinha os documentos"
    if word_count(ctx.doc, start, end) < MIN_UNCUED_WORDS:
        return None
    kind = _kind(ctx, quoted, start, end)
    return QuoteRecord(start, end, kind, verb, verb + 1, mention, rule, verb)


def _named_addressee(ctx: QuoteContext, verb: int, post: Mention) -> bool:
    """A name after "a" that the cue addresses, its subject named right before it."""
    doc = ctx.doc
    if post.kind != "name" or post.start > verb + 2 or ctx.lower[verb + 1] != "a":
        return False
    floor = ctx.clause_start(verb)
    before = mention_before(doc, verb, floor, ctx.nouns)
    return before is not None and before.end == verb and before.kind in ("name", "role", "org")


def _not_a_complement(ctx: QuoteContext, j: int) -> bool:
    """Whether the "que" at ``j`` after a cue opens no reported clause."""
    before = ctx.lower[j - 1]
    if before in FREE_RELATIVES:
        return True
    return before in CONJUNCTION_OPENERS and (ctx.text[j - 2] == "," or ctx.lower[j - 2] == "uma")


def _self_described(ctx: QuoteContext, verb: int, j: int) -> bool:
    """ "se disse favorável a …", "se declarou «pressionado»": how the speaker described
    themself, an adjective (or a quoted one) right after a reflexive cue."""
    if verb < 1 or ctx.lower[verb - 1] != "se" or j >= len(ctx.doc):
        return False
    if speech_verb(ctx.lower[verb], ctx.verbs) not in SELF_DESCRIBING_VERBS:
        return False
    word = ctx.doc[j + 1] if ctx.text[j] in PAIRS and j + 1 < len(ctx.doc) else ctx.doc[j]
    return word.is_alpha and word.is_lower and not word.is_stop and not looks_infinitive(word)


def _content_clause(ctx: QuoteContext, verb: int) -> int | None:
    """The start of a clause a cue reports through a noun: "manifestou a opinião de que
    …", "referiu a sua convicção de que …", "alertou para o facto de …"."""
    doc = ctx.doc
    k = verb + 1
    if k < len(doc) and ctx.lower[k] == "para":
        k += 1  # "alertou para o facto de"
    while k < len(doc) and ctx.lower[k] in CONTENT_DETERMINERS:
        k += 1
    if k + 2 >= len(doc) or ctx.lower[k] not in CONTENT_NOUNS or ctx.lower[k + 1] != "de":
        return None
    if ctx.lower[k] in ("facto", "fato"):
        if speech_verb(ctx.lower[verb], ctx.verbs) == "explicar":
            return None  # "explicou o facto de ser «sexy»": why, not what was said
        return k + 2 if ctx.lower[k + 2] != "que" else k + 3
    return k + 3 if ctx.lower[k + 2] == "que" else None


def _accusation(ctx: QuoteContext, verb: int) -> int | None:
    """The start of what someone is accused of: "acusa a DGA de «não assumir …»"."""
    if speech_verb(ctx.lower[verb], ctx.verbs) not in ACCUSING_VERBS:
        return None
    doc = ctx.doc
    for k in range(verb + 1, min(len(doc) - 1, verb + 1 + MAX_SOURCE_WORDS)):
        if ctx.text[k] in (",", ":", *CLAUSE_ENDS) or ctx.is_verb(k) or ctx.lower[k] == "que":
            return None
        if ctx.lower[k] == "de":
            n = k + 1
            while n < len(doc) - 1 and (ctx.text[n] in PAIRS or ctx.lower[n] in NEGATIONS):
                n += 1
            return k + 1 if looks_infinitive(doc[n]) else None
    return None


#: Words by which a cue after a comma compares the sentence with what someone said
#: ("…, segundo explica o compositor Arthur Vieira.").
AS_WORDS = frozenset({"como", "conforme", "segundo"})


def _closing_as_cue(ctx: QuoteContext, verb: int) -> tuple[int, int, Mention | None, str] | None:
    """A "como", "conforme" or "segundo" cue closing the sentence it reports: "… iates e
    lanchas são isentos de impostos, como lembra a professora da FGV Tathiane
    Piscitelli." (a person's words, not "como prevê a lei")."""
    doc = ctx.doc
    start, end = ctx.clause_start(verb - 1), ctx.clause_end(verb)
    first = ctx.skip_adverbs(verb + 1, end)
    mention = mention_after(doc, first, end, ctx.nouns)
    if mention is not None and mention.start > first and mention.kind == "name":
        title = name_mention_at(doc, first + (ctx.lower[first] in ARTICLES), end, ctx.nouns)
        if title is not None and title.kind == "role" and title.end <= mention.start:
            first = mention.start  # "como lembra a prefeita Ana Souza": her name
    if mention is None or mention.start != first or mention.kind not in SPEAKING_KINDS:
        return None
    if mention.kind == "role":
        mention = name_after_modifiers(ctx, mention, CUE_NAME_CLOSERS) or mention
    after = past_parenthesis(doc, mention.end, end)  # "… Vargas (FGV) Tathiane Piscitelli"
    name = name_mention_at(doc, after, end, ctx.nouns) if after > mention.end else None
    if mention.kind == "role" and name is not None and name.kind == "name":
        mention = name
    after = mention.end
    if after < end and not (ctx.text[after] == "," and _apposition_to_end(ctx, after + 1, end)):
        return None  # "…, como disse o ministro ontem em Brasília, …": not the sentence's end
    reported = strip_range(doc, start, verb - 2)
    if word_count(doc, *reported) < MIN_UNCUED_WORDS or _quote_at_edge(ctx, start, verb - 1):
        return None
    if _holds_a_quotation(ctx, *reported):
        return None  # '"Vou comprar …"; "está na promoção", são alguns exemplos, conforme …'
    if any(
        ctx.is_verb(k) and _introduces_a_report(ctx, k, verb - 2) for k in range(start, verb - 2)
    ):
        return None  # the sentence has a cue of its own
    return reported[0], reported[1], mention, "mention"


def _holds_a_quotation(ctx: QuoteContext, start: int, end: int) -> bool:
    """Whether the tokens ``[start, end)`` hold words in quotation marks long enough to
    be a quotation of their own, not a term ("A “principal” a que a música se refere")."""
    run = 0
    for k in range(start, end):
        if not ctx.marked[k]:
            run = 0
        elif not ctx.doc[k].is_punct:
            run += 1  # words, not the commas of “Ai, ai, ai”
            if run >= MIN_UNCUED_WORDS:
                return True
    return False


#: Mentions that speak: a person by name, role or pronoun (not a law or a document).
SPEAKING_KINDS = frozenset({"name", "role", "pronoun"})


def _parenthetical(ctx: QuoteContext, verb: int) -> tuple[int, int, Mention | None, str] | None:
    """A cue inside the sentence it reports: "Todas as decisões, disse Damásio, foram …".

    The whole sentence is the reported clause (the cue inside it included).
    """
    doc = ctx.doc
    if verb >= 2 and ctx.lower[verb - 1] in AS_WORDS and ctx.text[verb - 2] == ",":
        return _closing_as_cue(ctx, verb)
    if verb and doc[verb - 1].is_alpha and doc[verb - 1].is_lower and not doc[verb - 1].is_stop:
        return _closing_cue_without_comma(ctx, verb)
    if not verb or (ctx.text[verb - 1] != "," and ctx.text[verb - 1] not in DASHES):
        return None
    start = ctx.clause_start(verb)
    end = ctx.clause_end(verb)
    mention = mention_after(doc, verb + 1, end, ctx.nouns)
    after = mention.end if mention is not None else ctx.skip_adverbs(verb + 1, end)
    if verb - 1 <= start or any(
        ctx.is_verb(k)
        and ctx.lower[k - 1] != "para"
        and not _intent(ctx, k)
        and _introduces_a_report(ctx, k, verb - 1)
        for k in range(start, verb - 1)
    ):
        return None  # the sentence already has its own cue (not "para considerar": a purpose)
    rule = "mention" if mention is not None else "dropped"
    closing = (
        mention is None
        and not ctx.lower[verb].endswith("ndo")
        and speech_verb(ctx.lower[verb], ctx.verbs) in CLOSING_VERBS
    )
    document = _document_after(ctx, after, end) if closing else None
    unknown = _plain_words_end(ctx, after, end) if closing and document is None else None
    if document is not None:  # "…, diz o relatório.", "…, revela um estudo da OIT"
        mention, rule = ctx.document_speaker(verb + 1, document)
        after = document
    elif unknown is not None:
        after, rule = unknown, "unknown"  # "…, informaram os bombeiros locais."
    if (
        mention is not None
        and after < end
        and ctx.lower[after] in TRAILING_OPENERS
        and end - after <= MAX_TRAILING_WORDS
        and not any(ctx.text[k] in (",", *DASHES) or ctx.is_verb(k) for k in range(after, end))
    ):
        after = end  # "…, anunciou o Pentágono em comunicado."
    if mention is not None and after < end:
        after = _plain_words_end(ctx, after, end) or after  # "os bombeiros locais"
    if ctx.text[verb - 1] in DASHES and (
        mention is None or after < end or any(t in DASHES for t in ctx.text[start : verb - 1])
    ):
        return None  # only "… -- disse ontem fonte da organização." closes a statement
    if after >= end or (ctx.text[after] == "," and _apposition_to_end(ctx, after + 1, end)):
        # the cue closes the sentence: "…, defendeu hoje José Sócrates, primeiro-ministro."
        reported = strip_range(doc, start, verb - 1)
        if word_count(doc, *reported) < MIN_UNCUED_WORDS or _quote_at_edge(ctx, start, verb):
            return None
        if any(_passive_speech(ctx, k) for k in range(start, verb - 1)):
            return None  # "Isso foi afirmado por X, …, disse Y": narration about speech
        subject = mention_after(doc, reported[0], verb - 1, ctx.nouns)
        if subject is not None and subject.end < verb and ctx.text[subject.end] == ",":
            return None  # "O líder do PSD, por seu lado, acusou …": the verb's own subject
        if _contrasted_subject(ctx, reported[0], verb - 1):
            return None  # "…, mas Louise Foxcroft, uma historiadora, discorda."
        if _ends_with_apposed_name(ctx, *reported):
            return None  # "Em discurso, o secretário da ALMG, Rogério Correia, explicou …"
        return reported[0], reported[1], mention, rule
    if ctx.text[after] != "," or after + 1 >= end or "que" in ctx.lower[start : verb - 1]:
        return None
    if _past_aside(ctx, after) != after:
        return None  # "A Uber, por sua vez, informou, por meio da assessoria, que …"
    start, end = strip_range(doc, start, end)
    return start, end, mention, rule


#: Prepositions that make a role after them a complement, not a subject ("sobre o
#: Presidente do Zimbabwe, Robert Mugabe").
ROLE_COMPLEMENT_PREPOSITIONS = OF | TO | PLACE_PREPOSITIONS | {"sobre", "com", "para", "por"}


def _ends_with_apposed_name(ctx: QuoteContext, start: int, end: int) -> bool:
    """Whether words before a closing cue end in "role, Name" (party in brackets or not):
    the cue verb's subject, named after its role ("Em discurso, o secretário da ALMG,
    Rogério Correia, explicou …"), not a statement the cue closes; a role after a
    preposition is the statement's ("… uma cimeira sobre o Presidente do Zimbabwe,
    Robert Mugabe, disse …")."""
    comma = next((k for k in range(end - 1, start, -1) if ctx.text[k] == ","), None)
    if comma is None:
        return False
    name = name_mention_at(ctx.doc, comma + 1, end, ctx.nouns)
    if name is None or name.kind != "name":
        return False
    if name.end != end and past_parenthesis(ctx.doc, name.end, end) != end:
        return False
    opening = next((k for k in range(comma - 1, start, -1) if ctx.text[k] == ","), start - 1)
    for k in range(opening + 1, comma):
        if ctx.nouns.head(ctx.lower[k]):
            before = k - 1 if k > start and ctx.lower[k - 1] in ARTICLES else k
            return before == start or ctx.lower[before - 1] not in ROLE_COMPLEMENT_PREPOSITIONS
    return False


def _contrasted_subject(ctx: QuoteContext, start: int, comma: int) -> bool:
    """Whether a clause "mas X, <apposition>," ends at ``comma``, X the following verb's
    subject: what stands before it is the narrator's, not what X says."""
    for k in range(comma - 2, start, -1):
        if ctx.is_verb(k):
            return False
        if ctx.lower[k] in CLAUSE_CONJUNCTIONS and ctx.text[k - 1] == ",":
            name = name_mention_at(ctx.doc, k + 1, comma, ctx.nouns)
            if name is not None and name.kind == "name" and ctx.text[name.end] == ",":
                return True
    return False


#: Tokens after a speech verb within which what it reports opens ("reforçou, ontem, que").
REPORT_OPENING_WINDOW = 4


def _introduces_a_report(ctx: QuoteContext, verb: int, end: int) -> bool:
    """Whether a speech verb opens what it reports ("que", a colon, a quote, an
    infinitive) before ``end``: "A OTSC e a ONU reforçam a cooperação, disse X" is X's
    statement, its "reforçam" no cue of its own."""
    if verb + 1 < end and looks_infinitive(ctx.doc[verb + 1]):
        return True
    window = range(verb + 1, min(end, verb + 1 + REPORT_OPENING_WINDOW))
    return any(ctx.lower[k] == "que" or ctx.text[k] == ":" or ctx.text[k] in PAIRS for k in window)


def _intent(ctx: QuoteContext, verb: int) -> bool:
    """A speech verb of intent before an infinitive: "O país precisa rediscutir gastos"
    needs, says nothing; "O Facebook está a considerar lançar …" weighs a plan; "o que
    promete ser o julgamento do século" is likely to be (in rounds 54–61 "promete ser"
    came 4 times, never as speech; "prometeu responder" 15 times, all speech)."""
    if verb + 1 >= len(ctx.doc) or not looks_infinitive(ctx.doc[verb + 1]):
        return False
    verb_name = speech_verb(ctx.lower[verb], ctx.verbs)
    if verb_name == "considerar":  # "está a considerar lançar", not "considerou ser justo"
        return ctx.lower[verb + 1].split("-")[0] not in OPINION_INFINITIVES  # "ter-se feito"
    if verb_name == "prometer":  # "a campanha promete ser difícil": likely, not promised
        return ctx.lower[verb + 1] in ("ser", "estar")
    return verb_name in INTENT_VERBS


#: Infinitives after "considerar" that state a view rather than weigh a plan.
OPINION_INFINITIVES = frozenset({"ser", "estar", "haver", "ter", "existir", "terem", "serem"})


def _document_after(ctx: QuoteContext, i: int, end: int) -> int | None:
    """The end of a document closing a cue ("…, diz o relatório.", "revela um estudo da OIT")."""
    if i < end and ctx.lower[i] in (*ARTICLES, "um", "uma"):
        i += 1
    if i >= end or ctx.lower[i] not in ctx.nouns.silent:
        return None
    stop = next((k for k in range(i + 1, end) if ctx.text[k] == ","), end)
    if any(ctx.lower[k] in RELATIVES or ctx.is_verb(k) for k in range(i + 1, stop)):
        return None  # "revelou um relatório onde agrupa …": the verb's object
    return stop


def _plain_words_end(ctx: QuoteContext, i: int, end: int) -> int | None:
    """``end``, when a few plain lower-case words run from ``i`` to it: a subject no
    lexicon knows closing a cue ("…, disseram os operadores."), or a speaker's modifier
    ("informaram os bombeiros locais.")."""
    k = i + 1 if i < end and ctx.lower[i] in (*ARTICLES, "um", "uma", "uns", "umas") else i
    words = ctx.doc[k:end]
    if not 0 < len(words) <= MAX_UNKNOWN_SUBJECT_WORDS or words[0].is_stop:
        return None
    if not all(t.is_alpha and t.is_lower and not ctx.is_verb(t.i) for t in words):
        return None
    return end


def _closing_cue_without_comma(
    ctx: QuoteContext, verb: int
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
    if after < end and not (ctx.text[after] == "," and ctx.lower[after + 1] in WHO):
        return None
    reported = strip_range(doc, start, verb)
    if word_count(doc, *reported) < MIN_CLOSED_WORDS or _quote_at_edge(ctx, start, verb + 1):
        return None
    if any(ctx.is_verb(k) or _passive_speech(ctx, k) for k in range(start, verb)):
        return None
    return reported[0], reported[1], mention, "mention"


def _passive_speech(ctx: QuoteContext, k: int) -> bool:
    """A speech verb in the passive: "foi afirmado", "é dito"."""
    return (
        k > 0 and ctx.lower[k - 1] in PASSIVE and speech_verb(ctx.lower[k], ctx.verbs) is not None
    )


#: Endings of finite verbs, besides narration's, that open a clause after a noun ("será").
FUTURE_AND_PLURAL_ENDINGS = ("rá", "rão", "ram")


def _apposition_to_end(ctx: QuoteContext, i: int, end: int) -> bool:
    """Whether tokens ``[i, end)`` describe the speaker: "primeiro-ministro português",
    "disposta a mostrar o descontentamento", "que falava em Lisboa", "35, diretor",
    "autarquia vinculada ao MEC"."""
    i = min(past_age(ctx, i), end)  # an age first: "Antonio Moura, 35, diretor da empresa."
    if i < end and ctx.lower[i] in ARTICLES:
        i += 1
    if i < end and (ctx.lower[i] in WHO or ctx.lower[i].endswith(DESCRIBING_ENDINGS)):
        return True  # a relative clause or a participle about the speaker
    body = ctx.text[i].islower() and ctx.nouns.is_body(ctx.text[i]) if i < end else False
    if i >= end or (ctx.nouns.head(ctx.text[i]) is None and not body):
        return False  # a role or a body's kind ("…, segundo o FNDE, autarquia vinculada ao MEC.")
    for k in range(role_end(ctx.doc, i, end), end):  # "diretor da empresa", "ministro português"
        if ctx.doc[k].is_punct or ctx.lower[k] == "que" or ctx.lower[k].endswith("ndo"):
            break  # "…, acrescentando que": the description has ended
        if narrates(ctx.lower[k]) or ctx.lower[k].endswith(FUTURE_AND_PLURAL_ENDINGS):
            return False  # "…, segundo aliados, o ministro será demitido": a clause of its own
    return True


def _quote_at_edge(ctx: QuoteContext, start: int, verb: int) -> bool:
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


def _after_time_phrase(ctx: QuoteContext, j: int) -> int:
    """Index of "que" after an adverbial ("nesta segunda-feira", "na semana passada",
    "nesta quarta-feira (18)": the day of the month in brackets, as Brazilian papers
    print it)."""
    doc = ctx.doc
    if j >= len(doc) or doc[j].lower_ not in TIME_OPENERS:
        return j
    k = j + 1
    while k < min(len(doc), j + MAX_ADVERBIAL_TOKENS):
        if doc[k].lower_ == "que":
            return k if ctx.lower[k - 1] not in CONJUNCTIVE_PREPOSITIONS else j
        if (
            doc[k].text == "("
            and k + 2 < len(doc)
            and (doc[k + 1].like_num or ORDINAL_DAY.fullmatch(doc[k + 1].text))
            and doc[k + 2].text == ")"
        ):
            k += 3
            continue
        if doc[k].text == ",":
            aside = _past_aside(ctx, k)  # "afirmou nesta terça (1º), por meio de nota, que"
            return aside if aside != k else j
        if doc[k].is_punct or ctx.is_verb(k):
            break
        k += 1
    return j


#: The first of the month as papers print it in brackets: "(1º)", "(1o)".
ORDINAL_DAY = re.compile(r"\d{1,2}[ºo°]")


#: The most words a subject set before an inserted source may take.
MAX_SUBJECT_WORDS = 8


def _subject_before_aside(ctx: QuoteContext, phrase: int, start: int) -> int:
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
    if phrase - 2 == opening and (ctx.doc[opening].is_stop or ctx.lower[opening] in ADVERBS):
        return start  # "Depois, de acordo com X, …": an adverb, not a subject
    words = range(opening, phrase - 1)
    if any(ctx.text[k] in PAIRS or ctx.text[k] == "," or ctx.is_verb(k) for k in words):
        return start
    if ctx.lower[phrase - 2] in ("que", "e", "mas", "ou"):
        return start  # "O problema é que, para Netanyahu, …", "… e, segundo os vizinhos, era …"
    return opening


def _starts_clause(ctx: QuoteContext, i: int) -> bool:
    """Whether token ``i`` opens a clause: also a capital after a colon, or a capital
    "Segundo" mid-sentence, where a heading ran into the text ("… no 4o trimestre de
    2017: Segundo o coordenador …", "… em 18 itens Segundo os advogados, …")."""
    doc = ctx.doc
    return (
        i == ctx.clause_start(i)
        or doc[i - 1].text == ","
        or doc[i - 1].lower_ in CONJUNCTIONS
        or (doc[i - 1].text == ":" and doc[i].text[:1].isupper())
        or doc[i].text in RUN_IN_SOURCE_WORDS
    )


#: Source words whose capital mid-sentence shows a heading ran into the text.
RUN_IN_SOURCE_WORDS = frozenset({"Segundo", "Conforme"})


def _token_regions(ctx: QuoteContext, quoted: Sequence[QuotedText]) -> set[int]:
    """Tokens inside quotation marks (where a cue verb is part of the quote)."""
    tokens: set[int] = set()
    for region in quoted:
        tokens.update(range(ctx.first_token_from(region.start), ctx.first_token_from(region.end)))
    return tokens


def _kind(ctx: QuoteContext, quoted: Sequence[QuotedText], start: int, end: int) -> str:
    """mixed when the reported clause quotes the speaker's words, else indirect."""
    doc = ctx.doc
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    quoted_words = 0
    for region in quoted:
        if region.open >= first - 1 and region.start <= last:
            quoted_words += len(ctx.raw_text[region.start : min(region.end, last)].split())
    return "mixed" if quoted_words >= MIN_MIXED_WORDS else "indirect"


#: Conjunctions that open a second reported statement inside a sentence.
COORDINATORS = frozenset({"e", "mas", "enquanto"})


#: How far before a second cue's subject its conjunction may stand ("e, na água, o IRAR").
MAX_COORDINATED_GAP = 10


#: Pronouns that stand for a group as a cue's subject ("e outros negam …").
GROUP_SUBJECTS = frozenset({"outros", "outras", "alguns", "algumas", "muitos", "muitas"})


def split_coordinated(ctx: QuoteContext, records: list[QuoteRecord]) -> list[QuoteRecord]:
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
            cue = other.cue_start
            if ctx.lower[cue - 1] in GROUP_SUBJECTS and ctx.lower[cue - 2] in COORDINATORS:
                end = strip_range(ctx.doc, record.start, cue - 2)[1]
                break  # "… e outros negam ter recebido": a group of their own speaks
            if other.speaker_rule != "mention" or other.speaker is None:
                continue
            subject = min(other.speaker.start, other.cue_start)
            floor = max(record.start, subject - MAX_COORDINATED_GAP)
            joint = next(
                (c for c in range(subject - 1, floor, -1) if ctx.lower[c] in COORDINATORS), None
            )
            if joint is not None:
                end = strip_range(ctx.doc, record.start, joint)[1]
                break
        result.append(record if end == record.end else replace(record, end=end))
    return [r for r in result if r.end > r.start]
