"""How far a role phrase ("o secretário-geral da CSTO") reaches, and the name it introduces.

The role scanning the mention finders in :mod:`newsnlp.components.speakers`, and
the quote rules, share: role nouns, their complements, appositions and titles.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .entity_rules import default_gazetteers, is_initial, is_known_place, title_opens_a_town
from .name_spans import (
    ADJECTIVE_ENDINGS,
    classify_entity,
    contains_words,
    entity_at,
    is_first_name,
    is_name_word,
    name_end,
)
from .speaker_lexicon import (
    ABSTRACT_NOUN_ENDINGS,
    ARTICLES,
    MAX_QUOTED_NAME_WORDS,
    MAX_ROLE_TOKENS,
    NAME_PARTICLES,
    OF,
    PAIRS,
    PLACE_PREPOSITIONS,
    Mention,
    SpeakerNouns,
    is_gentilic,
    is_word,
    narrates,
)

#: Nouns of places whose capitalised name follows them ("do bairro Congós").
PLACE_NOUNS = frozenset(
    {"bairro", "cidade", "município", "distrito", "rua", "avenida", "povoado", "vila"}
    | {"comunidade", "aldeia", "região", "zona", "assentamento", "conjunto", "localidade"}
    | {"residencial", "loteamento", "praia", "ilha", "estado", "capital", "país"}
)


def _gentilic_word(token: Token) -> bool:
    """A lower-case word of nationality, hyphenated too ("sul-coreano")."""
    return token.is_lower and token.text.replace("-", "").isalpha() and is_gentilic(token.lower_)


#: Words that may continue an organisation's name inside a role: "presidente da
#: Confederação Portuguesa para a Prevenção do Tabagismo", "da Ritterbusch & Associates".
NAME_CONNECTORS = frozenset({"para", "e", "&", "of", "and"})
MAX_NAME_TAIL = 10


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
        elif (
            j > i + 2
            and word.lower_ == "e"
            and doc[j - 2].lower_ in OF
            and _between_capitals(doc, j, limit)
            and not is_first_name(doc[j + 1].text)
        ):
            j += 2  # "o ministro de Minas e Energia", "da Ciência e Tecnologia"
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
            and (doc[j + 3].lower_ in OF or (doc[j - 1].is_alpha and is_name_word(doc[j + 3])))
        ):
            # its acronym, then more of its name ("Exterior (Secex) do MDIC") or the
            # person's ("da Universidade de Brasília (UnB) Ricardo Gomes")
            j += 3
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
    return all(word.text[:1].isupper() and capitalised_modifier(word) for word in listed)


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
        and capitalised_modifier(doc[i + 1])
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
    if k < limit and _plain_word(doc[k]) and not nouns.head(doc[k].text):
        k += 1  # the first role's adjective: "política"
    if k + 1 < limit and doc[k].lower_ == "e" and nouns.head(doc[k + 1].text):
        end = role_end(doc, k + 1, limit)
        field = end  # "o ex-capitão do Bope e especialista em segurança Paulo Storani"
        while field < min(limit, k + 1 + MAX_SECOND_ROLE_TOKENS) and doc[field].text.islower():
            field += 1
        if end < field < limit and is_name_word(doc[field]) and not doc[field - 1].is_stop:
            return field
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


def word_before_name(doc: Doc, k: int, limit: int) -> bool:
    """A lower-case word, no function word, right before a name: "o dirigente agrícola
    Orlando Gonçalves", "o empresário Paulo Misk"."""
    return k + 1 < limit and _plain_word(doc[k]) and is_name_word(doc[k + 1])


def with_apposition(doc: Doc, mention: Mention, limit: int, nouns: SpeakerNouns) -> Mention:
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
        elif doc[k].lower_ in ARTICLES and word_before_name(doc, k + 1, limit):
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
    if mention.kind in ("role", "other") and word_before_name(doc, j, limit):
        j += 1  # an adjective between: "o dirigente agrícola Orlando Gonçalves"
    if mention.kind in ("role", "other") and j < limit and is_name_word(doc[j]):
        name = name_mention_at(doc, j, limit, nouns)  # "o economista João Duque"
        titled_complement = (
            j - 2 > mention.start
            and doc[j - 2].lower_ in OF
            and doc[j - 1].is_lower
            and nouns.head(doc[j - 1].text) is not None
        )
        if (
            name is not None
            and name.kind == "name"
            and (nouns.is_body(doc[j - 1].text) or titled_complement)
        ):
            # the body's own name: "a representante do movimento Preserve Pipa, Michaela …";
            # the complement's: "o advogado do ex-presidente Lula, Cristiano Zanin"
            body_role = Mention(mention.start, name.end, mention.kind)
            return with_apposition(doc, body_role, limit, nouns)
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
    after = doc[i + 1].text if i + 1 < ent.end else ""
    if ent.start and title_opens_a_town(
        doc[ent.start - 1].lower_, after, default_gazetteers().first_names
    ):
        return None  # "em Presidente Prudente": a town named after a title
    if i + 1 < ent.end and doc[i + 1].text == ".":
        i += 1  # a tokenizer's "Prof" "."
    if i + 1 < ent.end and is_name_word(doc[i + 1]) and not _titled_role(doc, ent.start):
        named = name_after_title_modifiers(doc, i, ent.end)
        return i + 1 if named is None else named
    return None


def name_after_title_modifiers(doc: Doc, title: int, end: int) -> int | None:
    """Where a given name starts after a title's capitalised adjectives, before ``end``:
    "Consultor Internacional Igor Pipolo", "Secretário Executivo Paulo Lima"; None
    when no adjective or no given name follows the title."""
    k = title + 1
    while k + 1 < end and doc[k].text[:1].isupper() and capitalised_modifier(doc[k]):
        k += 1
    return k if k > title + 1 and is_first_name(doc[k].text) else None


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


def capitalised_modifier(token: Token) -> bool:
    """A title's capitalised adjective, no given name: "Institucional", "Executivo"."""
    return token.lower_.endswith(MODIFIER_ENDINGS) and not is_first_name(token.text)
