"""Direct quotations: marked words and the cue before, after or inside them.

``"…", disse X``, ``X disse: "…"``, ``"A, - assegurou X. - B"``, captions,
lists of quotes sharing a cue, and narration leading into a quote cued after it
(one mixed report).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .name_spans import is_first_name, is_name_word
from .quote_context import (
    ASIDE_DASHES,
    CLAUSE_ENDS,
    CLOSERS,
    CONJUNCTIONS,
    CUE_NAME_CLOSERS,
    DASHES,
    DECLARATIVE_VERBS,
    FULL_STOPS,
    MAX_ASIDE_TOKENS,
    MAX_SOURCE_WORDS,
    MIN_CLOSED_WORDS,
    MIN_UNCUED_WORDS,
    PAIRS,
    SPEECH_NOUNS,
    Cue,
    QuoteContext,
    QuotedText,
    QuoteRecord,
    end_before,
    heading_before,
    looks_infinitive,
    name_after_modifiers,
    past_appositions,
    phrase_length,
    source_phrase,
    speech_verb,
    split_at_inner_cues,
    strip_range,
    word_count,
)
from .role_phrases import name_mention_at, past_parenthesis, role_end
from .speaker_lexicon import (
    ADVERBS,
    ARTICLES,
    MAX_ROLE_TOKENS,
    NEGATIONS,
    OF,
    PRONOUNS,
    Mention,
    narrates,
)
from .speakers import FLOOR_WORDS, floor_holder, gives_the_floor, mention_after, mention_before

#: At most this many tokens between the speaker after a noun of speech and the colon
#: ("a reacção de Vieira foi pronta:").
MAX_SPEECH_NOUN_GAP = 4


#: Small words a title leaves in lower case ("Um Caminho para o Auto-Conhecimento").
TITLE_PARTICLES = frozenset(
    {"a", "o", "as", "os", "e", "de", "da", "do", "das", "dos", "em", "no", "na", "nos", "nas"}
    | {"para", "por", "com", "um", "uma", "the", "of", "and", "--", "-", "–", "—"}
)


#: Verbs that close a quote in marks without their comma when a person follows
#: ("«…» destacou o juiz Douglas"): the declarative ones, and some that take a thing
#: as object elsewhere ("destacou o trabalho"), which the marks rule out here.
MARKED_QUOTE_VERBS = DECLARATIVE_VERBS | {
    *("destacar", "ressaltar", "enfatizar", "completar", "pontuar", "argumentar"),
    *("assinalar", "reiterar", "ponderar", "prosseguir", "emendar", "finalizar"),
}


def _cue_after(ctx: QuoteContext, close: int, limit: int, words: int = 0) -> Cue | None:
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
        and speech_verb(ctx.lower[j], ctx.verbs) in MARKED_QUOTE_VERBS
    ):
        named = mention_after(doc, j + 1, ctx.clause_end(j, stop_at_quotes=True), ctx.nouns)
        if named is not None and named.kind != "pronoun":
            return j, j + 1, named, "mention"
    if (
        ctx.is_verb(j)
        and words >= MIN_CLOSED_WORDS
        and j + 1 < len(doc)
        and doc[j + 1].text in FULL_STOPS
        and speech_verb(ctx.lower[j], ctx.verbs) is not None
    ):
        return j, j + 1, *ctx.speaker_of(j, j + 1)  # "«… um erro» completou.": who spoke last
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
        return _caption(ctx, close, limit) or _cue_after_tail(ctx, close, limit, words)
    if doc[j].lower_ == "para":
        return None
    credit = _dash_credit(ctx, close, j)
    if credit is not None:
        return credit
    source = source_phrase(ctx, j)
    if source is not None and source[2] is not None:
        return source[0], source[1], source[2], "mention"
    return _gesture_cue(ctx, j, limit)


#: Prepositions that open the words a quote's sentence goes on with before its cue.
TAIL_PREPOSITIONS = frozenset({"sobre", "contra", "a", "à", "ao", "aos", "às", "em", "no", "na"})
MAX_TAIL_TOKENS = 4


def _cue_after_tail(ctx: QuoteContext, close: int, limit: int, words: int) -> Cue | None:
    """ "«… nossa pressão» sobre Pyongyang, declarou à imprensa": a short phrase
    without a verb between a long quote and its comma and speech verb."""
    if words < MIN_CLOSED_WORDS or close >= limit or ctx.lower[close] not in TAIL_PREPOSITIONS:
        return None
    for comma in range(close + 1, min(limit, close + MAX_TAIL_TOKENS + 1)):
        if ctx.text[comma] == ",":
            verb = comma + 1
            if verb < limit and ctx.is_verb(verb) and speech_verb(ctx.lower[verb], ctx.verbs):
                return _cue_after(ctx, comma, limit, words)
            return None
        if ctx.is_verb(comma) or not ctx.doc[comma].is_alpha:
            return None
    return None


def _caption(ctx: QuoteContext, close: int, limit: int) -> Cue | None:
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


def _credit_line(ctx: QuoteContext, close: int) -> Cue | None:
    """The name crediting a pull quote, on the rest of its line."""
    doc = ctx.doc
    line_end = next((k for k in range(close, len(doc)) if "\n" in doc[k].text), len(doc))
    name = name_mention_at(doc, close, line_end, ctx.nouns) if close < line_end else None
    if name is None or name.kind != "name":
        return None
    return name.start, name.end, name, "mention"


def _dash_credit(ctx: QuoteContext, close: int, j: int) -> Cue | None:
    """A name credited after a dash, with no verb: "«…» – Alba Zaluar «…»", "«…» -
    Jacqueline Muniz, antropóloga."; the name ends its line, its sentence or the text,
    or the next quote or sentence opens after it."""
    doc = ctx.doc
    if close >= len(doc) or doc[close].text not in DASHES or j != close + 1:
        return None
    name = name_mention_at(doc, j, len(doc), ctx.nouns)
    if name is None or name.kind != "name":
        return None
    if name.end >= len(doc):
        return j, name.end, name, "mention"
    following = doc[name.end]
    credited = (
        "\n" in following.text
        or following.text in CLAUSE_ENDS
        or following.text in PAIRS
        or following.text == ","
        or (following.is_title and not ctx.is_verb(name.end))
    )
    return (j, name.end, name, "mention") if credited else None


def _capitals_credit(ctx: QuoteContext, close: int) -> Cue | None:
    """A quote box's credit in capitals after its closing mark: "“…” LUCIANA SANTOS
    Ministra da Ciência, …" (a given name first, two to four words)."""
    doc = ctx.doc
    end = close
    while (
        end < len(doc)
        and end - close < 4
        and doc[end].is_alpha
        and doc[end].is_upper
        and not gives_the_floor(doc, end)  # the next reply's heading
    ):
        end += 1
    if end - close < 2 or not is_first_name(doc[close].text.title()):
        return None
    if any(len(doc[k]) < 2 for k in range(close, end)):
        return None
    if end < len(doc) and ctx.text[end] in DASHES:
        return None  # "“…” RODRIGO ROCHA LOURES - …": the next section's heading
    name = Mention(close, end, "name")
    return close, end, name, "mention"


#: Words after a quote that start no gesture: «…», em Lisboa; «…», e Maria …
NOT_GESTURES = frozenset(
    {"em", "no", "na", "nos", "nas", "de", "do", "da", "dos", "das", "a", "o", "as", "os"}
    | {"para", "por", "pelo", "pela", "com", "sem", "e", "mas", "ou", "que", "se", "como"}
)


#: Endings of a verb in the third person singular ("sorri", "dá", "encolheu", "fez").
SINGULAR_VERB_ENDINGS = ("a", "e", "i", "á", "ê", "ou", "eu", "iu", "ez", "z")


#: The most words a gesture takes before its actor's name ("dá de ombros Maciel").
MAX_GESTURE_WORDS = 4


def _gesture_cue(ctx: QuoteContext, j: int, limit: int) -> Cue | None:
    """A verb of gesture and a name closing the sentence: «…», dá de ombros Maciel; or
    a verb and a role with the name set off at its end: «…», analisa o diretor de
    Estatísticas do Inep, Carlos Eduardo Moreno."""
    doc = ctx.doc
    if not (doc[j].is_alpha and doc[j].text.islower()) or ctx.lower[j] in NOT_GESTURES:
        return None
    if not ctx.lower[j].endswith(SINGULAR_VERB_ENDINGS):
        return None  # «Misericordium», ambas de Benjamin Britten: no verb, a title
    if j + 2 < limit and ctx.lower[j + 1] in ARTICLES:  # «…», analisa o diretor …, X.
        role = mention_after(doc, j + 1, limit, ctx.nouns)  # the apposed name, if it finds it
        named = role if role is not None and role.kind == "name" else None
        if role is not None and role.kind == "role":
            # «…», acredita o comerciante.: the role alone, if nothing else follows
            named = name_after_modifiers(ctx, role, CUE_NAME_CLOSERS) or role
        closes = named is not None and (
            named.end >= len(doc)
            or doc[named.end].text in CLAUSE_ENDS
            or _affiliation_after(ctx, named.end)
        )
        return (j, j + 1, named, "mention") if named is not None and closes else None
    for k in range(j + 1, min(limit, j + MAX_GESTURE_WORDS + 1)):
        if not doc[k].text[:1].isupper():
            continue
        name = mention_after(doc, k, limit, ctx.nouns)
        closes = name is not None and (
            name.end >= len(doc)
            or doc[name.end].text in CLAUSE_ENDS
            or _affiliation_after(ctx, name.end)
        )
        if name is not None and name.kind == "name" and closes:
            return j, j + 1, name, "mention"
        return None
    return None


def _affiliation_after(ctx: QuoteContext, comma: int) -> bool:
    """Whether a name's affiliation or role follows it: "…, analisa Zeca Borges, do
    Disque-denúncia.", "…, Maria Souza, diretora do instituto"."""
    doc = ctx.doc
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    following = doc[comma + 1]
    return following.lower_ in OF or (
        following.is_lower and ctx.nouns.head(following.text) is not None
    )


def _closing_verb(ctx: QuoteContext, i: int, limit: int) -> bool:
    """A speech verb at ``i`` that ends its clause ("«…», ela diz.", "«…», ele indagou,
    ao imaginar …"), not one going on to an object ("«…», ela questiona o império")."""
    following = ctx.text[i + 1] if i + 1 < len(ctx.text) else "\n"
    return (
        i < limit
        and ctx.is_verb(i)
        and (following in CLAUSE_ENDS or following == "," or "\n" in following)
    )


def _caption_before(ctx: QuoteContext, opening: int) -> Cue | None:
    """A name and its role set before a quote with no verb, as papers list reactions:
    "Álvaro Dias (PR), líder do PV no Senado "É sempre complexo …"."""
    doc = ctx.doc
    floor = ctx.clause_start(opening, at_quotes=True)
    colon = next((k for k in range(opening - 1, floor - 1, -1) if doc[k].text == ":"), None)
    if colon is not None:
        floor = colon + 1  # "Veja a repercussão: Álvaro Dias (PR), …"
    return _captioned_name(ctx, strip_range(doc, floor, opening)[0], opening)


def _captioned_name(ctx: QuoteContext, floor: int, end: int) -> Cue | None:
    """The name opening a caption that ends at ``end``: "Álvaro Dias (PR), líder do PV
    no Senado", "Lula, marido de Marisa Letícia e ex-presidente da República", "Deputado
    Jones Martins (PMDB-RS)" (a title or a party's tag, then the quote)."""
    doc = ctx.doc
    titled = floor + 1 < end and doc[floor].text[:1].isupper() and ctx.nouns.head(doc[floor].text)
    start = floor + 1 if titled else floor  # "Deputado Jones Martins (PMDB-RS) "…""
    name = name_mention_at(doc, start, end, ctx.nouns)
    if name is None or name.kind != "name":
        return None
    comma = past_parenthesis(doc, name.end, end)  # "(PR)", "(PT-AC)"
    if comma == end and (titled or comma > name.end):
        return name.start, name.end, name, "mention"  # a title or a party tag, then the quote
    if comma + 1 >= end or doc[comma].text != "," or not ctx.nouns.head(doc[comma + 1].text):
        return None
    if any(ctx.is_verb(k) or doc[k].text in CLAUSE_ENDS for k in range(comma + 1, end)):
        return None
    if end - comma > MAX_ROLE_TOKENS:
        return None
    return name.start, name.end, name, "mention"


def _cue_before(ctx: QuoteContext, opening: int, short: bool = False) -> Cue | None:
    """A cue ending right before an opening mark: ``X disse: "…"``, ``disse X: "…"``.

    short: the quote has few words, so right after a verb with no colon or comma
    it is the verb's object in scare quotes (Lula declarou "admiração"), not speech.
    """
    doc = ctx.doc
    k = opening - 1
    if k < 0:
        return None
    introduced = doc[k].text in INTRODUCERS or doc[k].text in DASHES
    if short and not introduced:
        return None
    if introduced:
        k -= 1
    floor = ctx.clause_start(k + 1)
    length = phrase_length(ctx, floor) if introduced or not short else 0  # "Segundo X «…»"
    if introduced and not length and ctx.lower[floor] == "para":
        person = source_phrase(ctx, floor)  # "Para o diretor, João Silva, «…»": a person only
        length = 1 if person is not None and person[2] is not None else 0
    source_words = doc[floor + length : k + 1]
    found = mention_after(doc, floor + length, k + 1, ctx.nouns) if length else None
    named = found is not None and past_appositions(ctx, found.end) == k + 1
    if (
        length
        and (named or len(source_words) <= MAX_SOURCE_WORDS)
        and not any(t.lower_ == "que" or ctx.is_verb(t.i) for t in source_words)
        and (introduced or (named and not any(t.text == "," for t in source_words)))
    ):  # without a comma, only a source named right before the mark: "Segundo a empresa “…”"
        source = Mention(floor + length, k + 1, "other") if k >= floor + length else None
        if named:
            source = found
        return floor, floor + length, source, "mention"  # Segundo o relatório, «…»
    colon = introduced and doc[k + 1].text.endswith(":")
    comma = introduced and doc[k + 1].text.endswith(",")  # "E como disse a actriz, «…»"
    lowest = max(floor, k - 40) if colon else max(floor, k - MAX_SOURCE_WORDS) if comma else k
    document = _document_before_colon(ctx, floor, k) if colon else None
    if document is not None:
        return document
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
            and (reported or k - verb <= MAX_OBJECT_WORDS)
            and not any(t.text in CLAUSE_ENDS or t.text in PAIRS for t in doc[verb + 1 : k + 1])
        ):
            mention, rule = ctx.speaker_of(verb, verb + 1)  # "disse estar satisfeito: «…»"
            if mention is None and rule not in ("document", "body"):
                introduced_by = _person_introduced(ctx, floor, k + 1)  # "X começou por defender:"
                if introduced_by is not None:
                    return verb, verb + 1, introduced_by[2], "mention"
            return verb, verb + 1, mention, rule
        return None
    if introduced and doc[k + 1].text in DASHES:
        return _named_heading(ctx, floor, k + 1)  # "GEDDEL VIEIRA LIMA - “…”"
    if not colon:
        return None
    noun_cue = _speech_noun_cue(ctx, lowest, k + 1) if not short else None
    heading = _named_heading(ctx, floor, k + 1)
    captioned = _captioned_name(ctx, strip_range(doc, floor, k + 1)[0], k + 1)
    if captioned is not None:  # "ACM Neto (DEM), prefeito de Salvador: “…”"
        captioned = (k + 1, k + 2, captioned[2], "mention")
    return (
        noun_cue
        or heading
        or captioned
        or (None if short else _person_introduced(ctx, floor, k + 1))
    )


def _cue_closing_the_sentence(ctx: QuoteContext, opening: int) -> Cue | None:
    """A speech verb that closes the sentence before the quote, a colon written as a
    full stop: "O pastor disse ainda. “Deus tenha misericórdia …”"; not "A assessoria não
    respondeu.", nor "…, afirma." closing words of its own (nor, so, "Janot, indagado
    sobre o mandato, respondeu.")."""
    stop = opening - 1
    if stop < 2 or ctx.text[stop] != ".":
        return None
    verb = ctx.back_over(stop - 1, 1, ADVERBS)
    before = ctx.lower[verb - 1]
    if (
        not ctx.is_verb(verb)
        or looks_infinitive(ctx.doc[verb])  # "os meninos costumam se destacar."
        or before in NEGATIONS
        or before in (",", "se")  # "…, afirma.": the cue of the words before it
    ):
        return None
    mention, rule = ctx.speaker_of(verb, verb + 1)
    return verb, verb + 1, mention, rule


#: The most words between a document's noun and the colon after it ("a seguinte nota
#: oficial à imprensa:").
MAX_DOCUMENT_WORDS = 4


def _document_before_colon(ctx: QuoteContext, floor: int, last: int) -> Cue | None:
    """A document that a clause issues right before a colon, its text quoted after it:
    "O advogado …, Marcelo Leal, enviou a seguinte nota: "…"": the issuer speaks."""
    for j in range(last, max(floor, last - MAX_DOCUMENT_WORDS) - 1, -1):
        if ctx.doc[j].is_punct or ctx.is_verb(j):
            return None
        if ctx.lower[j] in ctx.nouns.silent:
            mention, rule = ctx.document_speaker(j, last + 1, floor)
            if mention is None:
                return None  # no issuer: the other cues before the colon may name one
            return j, j + 1, mention, rule
    return None


#: Punctuation before an opening mark that introduces a quote; the tokenizer keeps a
#: closing bracket on it ("quinta-feira (24): “…”").
INTRODUCERS = frozenset({":", ",", "):", "),"})


#: The most tokens between a speech verb and a colon that opens what was said: its
#: object ("aponta o primeiro jogo como o mais importante: «…»").
MAX_OBJECT_WORDS = 16


def _person_introduced(ctx: QuoteContext, floor: int, colon: int) -> Cue | None:
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


def _acts(ctx: QuoteContext, mention: Mention) -> bool:
    """Whether a person in a sentence is a clause's subject or agent: by the parse, else
    by a marker before the name or a finite verb after it and its appositions ("o general
    Santos Cruz, ex-ministro da Secretaria de Governo, foi direto")."""
    if ctx.parsed:
        return any(
            t.dep_ in ("nsubj", "nsubj:pass", "obl:agent")
            for t in ctx.doc[mention.start : mention.end]
        )
    if mention.start > 0 and ctx.lower[mention.start - 1] in ACTOR_MARKERS:
        return True
    after = past_appositions(ctx, mention.end)
    if after > mention.end:
        after += 1  # past the comma closing the appositions
    after = ctx.skip_adverbs(after, len(ctx.doc))
    if after >= len(ctx.doc) or not ctx.text[after].islower():
        return False
    return narrates(ctx.lower[after])


def _named_heading(ctx: QuoteContext, floor: int, colon: int) -> Cue | None:
    """A speaker's name alone before a colon or dash opens the quote: "Vasco Uva: «Honrámos
    o país»", "GEDDEL VIEIRA LIMA - “…”"."""
    mention = mention_after(ctx.doc, floor, colon, ctx.nouns)
    if mention is None or mention.end != colon or mention.kind not in ("name", "role", "org"):
        return None
    if any(ctx.is_verb(t) for t in range(floor, colon)):
        return None
    return colon, colon + 1, mention, "mention"


#: The most tokens from a "COM A PALAVRA" heading to the reply's opening mark.
MAX_FLOOR_TOKENS = 20


def _given_the_floor(ctx: QuoteContext, opening: int) -> Cue | None:
    """A reply quoted under a heading that gives its author the floor: "COM A PALAVRA,
    O ADVOGADO CRISTIANO ZANIN MARTINS, QUE DEFENDE LULA “…”", "COM A PALAVRA, O PT: “…”"."""
    last = opening - 1 if opening and ctx.text[opening - 1] in INTRODUCERS else opening
    for j in range(last - 1, max(-1, last - MAX_FLOOR_TOKENS), -1):
        if ctx.text[j] in CLAUSE_ENDS or ctx.text[j] in PAIRS:
            return None
        if gives_the_floor(ctx.doc, j):
            end = j + len(FLOOR_WORDS)
            mention = floor_holder(ctx.doc, end, last, ctx.nouns)
            return (j, end, mention, "mention") if mention is not None else None
    return None


def _described(ctx: QuoteContext, mention: Mention | None) -> bool:
    """Whether a cue's speaker is only a pronoun, role or body ("ele", "a entidade",
    "o advogado"), which a heading above may name."""
    if mention is None:
        return False
    article = ctx.lower[mention.start] in ARTICLES and mention.end > mention.start + 1
    word = mention.start + article
    return mention.kind == "pronoun" or (
        ctx.text[word].islower()
        and (ctx.nouns.head(ctx.text[word]) is not None or ctx.nouns.is_body(ctx.text[word]))
    )


def _speech_noun_cue(ctx: QuoteContext, floor: int, colon: int) -> Cue | None:
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


def direct_quotes(
    ctx: QuoteContext, quoted: Sequence[QuotedText]
) -> Iterator[tuple[QuoteRecord, bool]]:
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
        words = word_count(doc, start, end)
        between = ctx.raw_text[previous_close : region.open]
        listed = (
            list_cue is not None
            and _listed_after(between)
            and (ctx.text[start][:1].isupper() or words >= MIN_UNCUED_WORDS)
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
        if not region.closed:  # "“A … rodovia, explicou a secretária X." never closed
            trailing = _trailing_cue(ctx, start, end)
            if trailing is not None:
                comma, cue_found = trailing
                yield QuoteRecord(start, comma, "direct", *cue_found, cue_found[0]), True
                continue
        pieces, cue = split_at_inner_cues(ctx, start, end)
        if cue is None and ctx.raw_text[region.open] not in PAIRS:
            cue = _credit_line(ctx, close)  # a pull quote: "…”Luiz Inácio Lula da Silva, …"
        if cue is None:
            limit = ctx.clause_end(close, stop_at_quotes=True) + 1
            cue = _cue_after(ctx, close, limit, words) or _capitals_credit(ctx, close)
            heading = _given_the_floor(ctx, opening) if cue is not None and opening else None
            if cue is not None and heading is not None and _described(ctx, cue[2]):
                # "COM A PALAVRA, A FUNCEF “…”, afirma a entidade": the heading names it
                cue = (*cue[:2], heading[2], "mention")
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
            cue = (
                _given_the_floor(ctx, opening)
                or _cue_before(ctx, opening, words < MIN_UNCUED_WORDS)
                or _cue_closing_the_sentence(ctx, opening)
            )
        if cue is None and opening is not None and words >= MIN_UNCUED_WORDS:
            cue = _caption_before(ctx, opening)
        if cue is None and words >= MIN_UNCUED_WORDS:
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
            (_utterance(ctx, region, words) or _answer(ctx, opening, words))
            and (_opens_sentence(ctx, region) or _embedded_clause(ctx, opening, words))
            and not _title_as_subject(ctx, close)
        ) or _long_fragment(ctx, region, words):
            # an answer under a topic's heading is the interviewee's, whoever it quotes
            headed = heading_before(ctx.raw_text, region.open) is not None
            rule = "answer" if headed else "previous"
            for a, b in pieces:
                yield QuoteRecord(a, b, "direct", None, None, None, rule, a), False


def _trailing_cue(ctx: QuoteContext, start: int, end: int) -> tuple[int, Cue] | None:
    """The cue closing an unclosed quote's last sentence: "…, explicou a secretária
    nacional de Transportes Terrestres, Viviane Esse." (the comma before it, and the
    cue), when nothing but its speaker follows it to the paragraph's end."""
    last = end - 1 if ctx.text[end - 1] in ".!?" else end
    for comma in range(last - 2, start, -1):
        if ctx.text[comma] in CLAUSE_ENDS:
            return None
        if ctx.text[comma] == "," and ctx.is_verb(comma + 1):
            mention, rule = ctx.speaker_of(comma + 1, last)
            if mention is None or rule != "mention" or mention.start <= comma + 1:
                return None
            return comma, (comma + 1, comma + 2, mention, rule)
    return None


#: The fewest narrated words before a quote that make its sentence, cued after the
#: quote, one mixed report ("O Brasil «nunca esteve em apuros», segundo o técnico").
MIN_LEAD_WORDS = 2


#: Words before a quote after which it is a clause of its own, not the lead's end.
LEAD_BREAKS = frozenset({":", ",", ";", "porque", "pois", "que", "e", "mas", "como", *DASHES})


def _narrated_lead(ctx: QuoteContext, opening: int | None) -> int | None:
    """Where a sentence starts whose narrated words lead into a quote cued after it.

    None when the quote opens its sentence, follows a colon, a dash or a cue, or
    when another quote or a verb of speech comes before it in the sentence.
    """
    if opening is None or not opening:
        return None
    floor = strip_range(ctx.doc, ctx.clause_start(opening), opening)[0]
    words = [k for k in range(floor, opening) if ctx.doc[k].is_alpha]
    last = ctx.lower[opening - 1]
    if len(words) < MIN_LEAD_WORDS or last in LEAD_BREAKS or last.endswith("ndo"):
        return None  # "o ritmo tornou-se frenético, «…»", "Isto porque «…»", "simbolizando «…»"
    if any(
        ctx.text[k] in PAIRS or ctx.text[k] in CLOSERS or ctx.text[k] in "()" or ctx.is_verb(k)
        for k in range(floor, opening)
    ):
        return None
    if phrase_length(ctx, floor):
        return None  # "Segundo o presidente, «…»": the source's quote, see _cue_before
    return floor


#: Connectives after which a quote is a clause of the sentence, not a title or term
#: ("porque «aquilo não se faz»", "Isto porque, «nestas condições …»").
EMBEDDING_CONNECTIVES = frozenset({"porque", "pois", "mas", "embora", "quando"})


#: Words before "que" that make it a connective, not a cue's ("já que", "é que", "aí que").
CONNECTIVE_QUE = frozenset({"já", "é", "aí", "dado", "visto", "sendo", "foi"})


def _embedded_clause(ctx: QuoteContext, opening: int | None, words: int) -> bool:
    """An uncued quote of ``words`` words that is a clause inside the narration: after a
    connective ("porque «…»", "é que, a partir de agora, «…»") or set off by dashes."""
    if not opening or words < 3:
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


def _title_as_subject(ctx: QuoteContext, close: int) -> bool:
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


def _title_or_term(ctx: QuoteContext, region: QuotedText) -> bool:
    """A title in capitals or one lower-case term in marks: what is named, not said.

    "«Os Padrões Recentes da Fecundidade em Portugal», estudo que …", "o «rocaille»,
    explica o Ippar"; not «Sim», nor a sentence closed inside its marks.
    """
    content = ctx.raw_text[region.start : region.end].strip()
    words = [w for w in content.split() if any(c.isalpha() for c in w)]
    if not words or content.endswith((".", "!", "?", "…", ",")):
        return False
    if len(words) == 1:
        return words[0][:1].islower()
    content_words = [w for w in words if w.lower() not in TITLE_PARTICLES]
    capitalised = sum(1 for w in content_words if w[:1].isupper())
    return len(content_words) >= 2 and capitalised == len(content_words)


#: The fewest words of a quoted fragment inside a sentence taken as someone's words.
MIN_FRAGMENT_WORDS = 8


def _long_fragment(ctx: QuoteContext, region: QuotedText, words: int) -> bool:
    """A long lower-case fragment in marks inside a sentence ("Já o mercado de trabalho
    «mantém-se sólido, em resultado do …»"): a speaker's words, not a term or a title."""
    content = ctx.raw_text[region.start : region.end]
    return words >= MIN_FRAGMENT_WORDS and content[:1].islower()


def _utterance(ctx: QuoteContext, region: QuotedText, words: int) -> bool:
    """Long enough to be speech, or a short sentence closed in its marks («Estamos prontos.»)."""
    content = ctx.raw_text[region.start : region.end].rstrip()
    return words >= MIN_UNCUED_WORDS or (words >= 2 and content.endswith((".", "!", "?", "…")))


def _answer(ctx: QuoteContext, opening: int | None, words: int) -> bool:
    """A quote of any length right after a printed question: the answer in a ping-pong
    interview ("Você se acha louca? «Insana, mas saudável»")."""
    return words >= 1 and opening is not None and opening > 0 and ctx.text[opening - 1] == "?"


def _cue_in_next_sentence(ctx: QuoteContext, close: int) -> Cue | None:
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


def _inside_reported(ctx: QuoteContext, opening: int) -> bool:
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


def _opens_sentence(ctx: QuoteContext, region: QuotedText) -> bool:
    """Whether a quote stands as its own sentence (not a title or a phrase inside one)."""
    text = ctx.raw_text
    before = end_before(text, region.open)
    content = text[region.start : region.end].strip()
    opens = not before or text[before - 1] in '.!?:\n»”"-–—'
    return (opens or heading_before(text, region.open) is not None) and (
        content[:1].isupper() or content[:1].isdigit()
    )
