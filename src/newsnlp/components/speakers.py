"""Who a quotation's cue points to: the *mention* next to a cue verb.

A name, a pronoun, a role noun ("o secretário-geral da CSTO") or an organisation,
found with the dependency parse when the pipeline has one (``nsubj``) and token
rules otherwise, on a processed ``Doc``.  Whom the mention names is the other
step, in :mod:`newsnlp.components.speaker_resolver`.

The words, names and role phrases a mention is made of are found by
:mod:`.speaker_lexicon`, :mod:`.name_spans` and :mod:`.role_phrases`; this module
puts them together into the mention before, after or ending at a position.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .entity_rules import PARTICIPLE_ENDINGS
from .name_spans import (
    DIALOGUE_DASHES,
    NAME_SUFFIXES,
    ORG_WORDS,
    classify_entity,
    entity_at,
    is_first_name,
    is_name_word,
    name_end,
    name_start,
    spaced_dash,
)
from .role_phrases import (
    capitalised_modifier,
    name_mention_at,
    plural_noun,
    role_end,
    with_apposition,
    word_before_name,
)
from .speaker_lexicon import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    DEFENCE,
    DEMONSTRATIVES,
    MAX_ROLE_TOKENS,
    OF,
    OPENING_PARTICLES,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    QUOTATION_MARKS,
    SPOKESPEOPLE,
    TO,
    WHO,
    Mention,
    SpeakerNouns,
    is_word,
    several_lawyers,
)
from .timex import package_lexicon

#: "por" joined to an article: a passive's agent ("ouvidos pelo G1").
BY_FORMS = frozenset({"pelo", "pela", "pelos", "pelas"})

#: Marks that close a quotation.
CLOSING_MARKS = frozenset({"»", "”", "’"})

#: Words inside an organisation's name between its kind and its cause ("Movimento pela Paz").
ORG_CONNECTORS = frozenset({"pela", "pelo", "para", "contra", "sem"})
#: Words between an article and a role that keep the role: "o então sindicalista".
ROLE_MODIFIERS = frozenset(
    {"então", "atual", "actual", "antigo", "antiga", "novo", "nova", "próprio", "própria"}
    | {"futuro", "futura"}
)


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
    if first < name < end and doc[name].lower_ in OF:
        return Mention(start, end, "role")  # "O ADVOGADO DE LULA": whoever that is
    if name == end or not all(
        doc[k].text[:1].isupper() for k in range(name, end) if doc[k].lower_ not in OF
    ):
        return None
    kind = "name" if name > first or first == start else "org"  # "O PT", "A PETROS"
    return Mention(name, end, kind)


#: The most tokens an aside may take: between a cue and its "que", or between a
#: subject and its verb ("Moutinho, por seu lado, afirma").
MAX_ASIDE_TOKENS = 6

#: Days that may stand between a cue and its subject ("afirmou quarta-feira Teodor X"):
#: the one-token weekdays of the dates lexicon ("sábado", "sabado", "4ª-feira").
WEEKDAYS = frozenset(day for day in package_lexicon().weekdays if " " not in day)
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


#: The most words of a setting between a cue and its subject ("disse na sessão do STF a …").
MAX_SETTING_WORDS = 3


def _past_setting(doc: Doc, i: int, limit: int, nouns: SpeakerNouns) -> int:
    """Past where a statement was made, when a role or a person's name follows it:
    "disse na sessão a subprocuradora Cláudia Sampaio", "afirmou durante o evento o
    ministro"; ``i`` itself otherwise ("disse na sessão que …")."""
    after_verb = i > 0 and doc[i - 1].is_alpha and doc[i - 1].is_lower
    if i >= limit or not after_verb:
        return i  # not at a sentence's start: "No celular de Patricia, a remetente …"
    if doc[i].lower_ not in CHANNEL_OPENERS and doc[i].lower_ != "durante":
        return i
    for k in range(i + 2, min(limit - 1, i + 2 + MAX_SETTING_WORDS)):
        if not doc[k - 1].is_alpha or not doc[k - 1].is_lower or doc[k - 1].lower_ == "que":
            return i
        if doc[k].lower_ in ARTICLES and nouns.head(doc[k + 1].text):
            return k
        if doc[k - 1].lower_ not in OF and _person_after(doc, k, limit):
            return k  # not "na casa de Lula"
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
    i = _past_setting(doc, _past_time_words(doc, i, limit), limit, nouns)
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
                return with_apposition(
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
        return with_apposition(doc, mention, limit, nouns)
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
        and word_before_name(doc, start + 1, limit)
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
        if other and _someone(doc, i, limit):
            return Mention(i, i + 2, "anonymous")  # "– …! – disse um rapaz, virando o rosto"
        return None
    if found.kind == "role":
        found = Mention(i, found.end, "role")
    return with_apposition(doc, found, limit, nouns)


#: A possessive names whose a noun is: "na sua opinião", "segundo sua assessoria".
POSSESSIVES = frozenset({"sua", "seu", "suas", "seus"})
#: Offices that speak for the body they serve ("a assessoria de imprensa da Polícia Civil").
PRESS_OFFICES = frozenset({"assessoria", "assessorias"})
#: "de" joined to an article: the noun after it is determined ("do delegado").
CONTRACTED_ARTICLES = frozenset({"do", "da", "dos", "das"})
#: "um alto funcionário", "uma alta autoridade": a senior source, unnamed.
HIGH = frozenset({"alto", "alta", "altos", "altas"})
#: "a mesma fonte", "o próprio porta-voz": the same unnamed source again.
SAME = frozenset({"mesma", "mesmo", "mesmas", "mesmos"})
#: An indefinite role is an unnamed person ("disse um porta-voz do ministério").
#: Determiners of someone the text does not name: "um general", "outra fonte".
INDEFINITE_DETERMINERS = frozenset({"um", "uma", "outro", "outra"})
#: The indefinite article: "um alto funcionário".
INDEFINITE = frozenset({"um", "uma"})
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
        elif i + 1 < limit and doc[i].lower_ in HIGH and doc[start].lower_ in INDEFINITE:
            i += 1  # "um alto funcionário"
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
        if end < limit and doc[end - 1].lower_ in INDEFINITE and doc[end].is_lower:
            end += 1  # "uma professora de um [distrito]"
        if end >= limit or doc[end].text in (".", ",", ";") or _heard_by(doc, end, limit):
            return Mention(start, end, "anonymous")  # not "alertaram um vizinho que …"
        place = _place_phrase_end(doc, end, limit)  # "diz uma professora de um distrito
        if place is not None:  # no norte de Cabul."
            return Mention(start, place, "anonymous")
    return _one_of_many(doc, start, limit, nouns)


#: The most tokens of where an unnamed source is from: "no norte de Cabul".
MAX_PLACE_PHRASE_TOKENS = 6


def _place_phrase_end(doc: Doc, i: int, limit: int) -> int | None:
    """The end of a phrase of place closing a source's clause at ``i`` ("no norte de
    Cabul", "em São Paulo"), when only words, no "que", run from it to a full stop or a
    comma; else None."""
    if i >= limit or doc[i].lower_ not in PLACE_PREPOSITIONS:
        return None
    for k in range(i + 1, min(limit, i + MAX_PLACE_PHRASE_TOKENS + 1)):
        if doc[k].text in (".", ",", ";"):
            return k
        if not doc[k].is_alpha or doc[k].lower_ == "que":
            return None
    return limit if limit - i <= MAX_PLACE_PHRASE_TOKENS else None


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
    "comentou outra", "elogiou um terceiro", "escreveu mais um internauta", and a bare
    "um" at the clause's end ("escreveu um")."""
    j = i + 1 if i + 1 < limit and doc[i].lower_ == "mais" else i
    if j >= limit or doc[j].lower_ not in INDEFINITE_DETERMINERS:
        return None
    k = j + 1
    if k < limit and doc[k].lower_ in ORDINALS:
        k += 1
    elif j == i and doc[j].lower_ not in ANOTHER and k < limit and doc[k].text not in SUBJECT_ENDS:
        return None  # a bare "um" is a number, unless it ends the clause: "anuncia um."
    if k < limit and nouns.head(doc[k].text) and doc[k].text.islower():
        k = role_end(doc, k, limit)
    if k >= limit or doc[k].text in SUBJECT_ENDS or doc[k].is_space:
        return Mention(i, k, "anonymous")  # not "exigiram outra autópsia"
    return None


def _someone(doc: Doc, i: int, limit: int) -> bool:
    """An indefinite article and a person noun that end the subject: "disse um rapaz,"
    (not "disse uma vez,")."""
    return (
        i + 1 < limit
        and doc[i].lower_ in INDEFINITE
        and doc[i + 1].lower_ in PERSON_NOUNS
        and (i + 2 >= limit or doc[i + 2].text in SUBJECT_ENDS)
    )


def common_noun_phrase(doc: Doc, i: int, limit: int, nouns: SpeakerNouns) -> Mention | None:
    """Article + noun outside the lexicon ("o estilista", "a família"), with an apposed name."""
    head = i + 1
    if head >= limit or not doc[head].is_alpha or not doc[head].text.islower():
        return None
    if nouns.is_anonymous(doc[head].text):
        return Mention(i, role_end(doc, head, limit), "anonymous")
    if doc[head].lower_ in nouns.silent or doc[head].is_stop:
        return None
    return with_apposition(doc, Mention(i, role_end(doc, head, limit), "other"), limit, nouns)


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
            start - 3 >= floor
            and doc[start - 1].lower_ == "e"
            and doc[start - 2].text[:1].isupper()
            and doc[start - 3].lower_ in OF
        ):  # "O ministro de Minas e Energia admitiu": a role's body, not a speaker
            joined = _role_ending_at(doc, k, floor, nouns)
            if joined is not None:
                return joined
        titled = start  # past the client's own title: "o advogado do ex-presidente Lula"
        while titled - 1 > floor and doc[titled - 1].is_lower and nouns.head(doc[titled - 1].text):
            titled -= 1
        if (
            titled - 2 > floor
            and doc[titled - 1].lower_ in PERSON_NOUNS
            and doc[titled - 2].lower_ in CONTRACTED_ARTICLES
        ):
            titled -= 1  # past a noun describing the client: "o pai do menino Joaquim"
        if (
            titled - 2 >= floor
            and doc[titled - 1].lower_ in OF
            and nouns.head(doc[titled - 2].text)
            and doc[start].text.isalpha()  # not "o diretor da J&F Ricardo Saud"
            and not doc[start].text.isupper()
        ):
            if titled < start:  # "o advogado do ex-presidente Lula": the lawyer, the role
                holder = titled - 2
                article = holder > floor and doc[holder - 1].lower_ in ARTICLES
                return Mention(holder - article, k + 1, "role")
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
        return Mention(name_start(doc, k, floor), k + 1, "name")  # "Burle Filho", not a son
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
        start = name_start(doc, k, floor)
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


#: Words that stress a subject before its verb: "ele próprio afirmou", "ela mesma disse".
INTENSIFIERS = frozenset({"próprio", "própria", "próprios", "próprias", "mesmo", "mesma"})


def mention_before(doc: Doc, verb: int, floor: int, nouns: SpeakerNouns) -> Mention | None:
    """The pre-verbal subject of the cue verb at ``verb``, by token rules.

    ``floor`` is where the clause starts.  Handles an apposition or relative
    clause between commas ("Stanislav Zas, secretário-geral da CSTO, disse").
    """
    k = verb - 1
    while k >= floor and (
        doc[k].lower_ in ADVERBS or doc[k].lower_ in AUXILIARIES or doc[k].lower_ in INTENSIFIERS
    ):
        k -= 1  # "ele próprio afirmou"
    if k < floor:
        return None
    bracketed = _before_parenthesis(doc, k, floor)
    if bracketed != k:
        return mention_before(doc, bracketed + 1, floor, nouns)  # "a Comissão (sem estatuto), que"
    if doc[k].text == ",":
        opening = next((j for j in range(k - 1, floor - 1, -1) if doc[j].text == ","), None)
        relative = next(
            (j for j in range(k - 1, floor, -1) if doc[j].text == "," and doc[j + 1].lower_ in WHO),
            None,
        )
        if relative is not None and not any(doc[j].lower_ in WHO for j in range(relative + 2, k)):
            opening = relative  # "o advogado X, que representa A, B e C, disse": X's clause
        if opening is None or opening == floor:
            return None
        if doc[opening + 1].lower_ in ASIDE_OPENERS:
            # past ", no Reino Unido," (to an apposition before it, or the subject),
            # ", porém,", ", após reunião no Planalto,"
            return mention_before(doc, opening + 1, floor, nouns) or mention_before(
                doc, opening, floor, nouns
            )
        inner = mention_ending_at(doc, k - 1, opening + 1, nouns)
        outer = mention_ending_at(doc, _before_parenthesis(doc, opening - 1, floor), floor, nouns)
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
            and not capitalised_modifier(doc[inner.start])  # "vice-presidente Institucional"
        ):
            return inner  # "o presidente da TAP, Luís Rodrigues, escreveu"
        if (
            inner is not None
            and inner.kind == "name"
            and outer.kind == "role"
            and doc[opening + 1].lower_ in ARTICLES
            and nouns.head(doc[opening + 2].text) is not None
        ):
            return inner  # "O pai dele, o técnico em educação Francisco Luiz, disse"
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
        and found.start - 2 >= floor
        and doc[found.start - 1].lower_ in BY_FORMS
        and doc[found.start - 2].lower_.endswith(PARTICIPLE_ENDINGS)
    ):  # "Técnicos do STF ouvidos pelo G1 disseram": those heard speak, not who heard them
        heard = mention_before(doc, found.start - 2, floor, nouns)
        if heard is None and floor < found.start - 2:  # "Especialistas na questão …"
            heard = Mention(floor, found.start - 2, "anonymous")
        return heard
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


#: The most tokens a bracket closing before a verb or an aside may hold.
MAX_BRACKETED_TOKENS = 8


def _before_parenthesis(doc: Doc, k: int, floor: int) -> int:
    """The token before the brackets closing at ``k`` ("a Comissão (sem estatuto), que",
    "a Associação … (APCF), por outro lado, disse": its name ends before them), or
    ``k``."""
    if doc[k].text != ")":
        return k
    window = range(k - 1, max(floor, k - MAX_BRACKETED_TOKENS) - 1, -1)
    opened = next((j for j in window if doc[j].text == "("), None)
    return opened - 1 if opened is not None and opened > floor else k


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


#: Relative words: they open a relative clause ("X, que defende Eduardo Cunha,"), or
#: make a noun after a cue its object ("revelou um relatório onde …").
RELATIVES = frozenset({"que", "onde", "cujo", "cuja", "cujos", "cujas", "quem"})


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
    or "no"/"na"/"em", or its word does: a complement the model cut from its head, no
    subject ("…, presente no ato no Palácio do Planalto, explicou", "A defesa do
    [ex-presidente] Lula")."""
    first = subject.left_edge.i
    before = doc[first - 1].lower_ if first > 0 else ""
    i = subject.i
    if i > first and doc[i - 1].lower_ in OF:
        return True  # "A defesa do [ex-presidente] Lula disse": the parse's slip
    if (
        i >= 3
        and doc[i - 1].lower_ == "e"
        and doc[i - 2].text[:1].isupper()
        and doc[i - 3].lower_ in OF
    ):
        return True  # "O ministro de Minas e [Energia] admitiu"
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
        return with_apposition(doc, mention, limit, nouns)
    if is_name_word(head):
        start, end = name_start(doc, head.i, floor), name_end(doc, head.i, limit)
        return Mention(start, end, "name")
    if head.pos_ == "NOUN" and head.lower_ not in nouns.silent:
        start = head.i - 1 if head.i > floor and doc[head.i - 1].lower_ in ARTICLES else head.i
        if start < head.i:
            return common_noun_phrase(doc, start, limit, nouns)  # "O comerciante Albano Ferreira"
    return None


#: The most words a section label opening a paragraph may have ("RETOMADA —").
MAX_LABEL_WORDS = 6

#: Articles as they open a sentence.
CAPITAL_ARTICLES = frozenset({"O", "A", "Os", "As"})


def past_section_label(doc: Doc, start: int, end: int) -> int:
    """Past a label and its dash opening a paragraph, in ``[start, end)``: "ESTRATÉGICO -
    O embaixador …", "Retomada de obras – Na oportunidade, …"; else ``start``."""
    if start and "\n" not in doc[start - 1].text:
        return start
    for k in range(start + 1, min(end - 1, start + MAX_LABEL_WORDS + 1)):
        token = doc[k]
        if spaced_dash(token):
            return k + 1 if doc[k + 1].text[:1].isupper() else start
        if not is_word(token):
            return start
    return start


def past_run_in_heading(doc: Doc, start: int, end: int) -> int:
    """Past a heading whose paragraph break was lost, in ``[start, end)``: "Críticas O
    senador …", "TRÁFICO DE INFLUÊNCIA O juiz …" (a capitalised article after capitalised
    words opens the sentence proper; not "Mas A Melhor Escolha", "Em A Odisseia")."""
    if doc[start].is_stop:  # "COM A PALAVRA, …" is a heading of its own kind
        return start
    for k in range(start + 1, min(end - 1, start + MAX_LABEL_WORDS + 1)):
        token = doc[k]
        if token.text in CAPITAL_ARTICLES and doc[k + 1].is_alpha:
            return k
        if not token.is_alpha or not (token.is_title or token.is_upper):
            return start
    return start


def _across_a_quote(doc: Doc, a: int, b: int) -> bool:
    """Whether a quotation mark lies between tokens ``a`` and ``b``."""
    low, high = min(a, b), max(a, b)
    return any(t.text in QUOTATION_MARKS or t.text in CLOSING_MARKS for t in doc[low + 1 : high])
