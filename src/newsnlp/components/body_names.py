"""Which organisation a mention of a body stands for, across the whole document.

:class:`BodyNames` gives :class:`~newsnlp.components.speaker_resolver.SpeakerResolver`
a body's fullest name ("o Ministério Público" → "Ministério Público de Minas Gerais"),
the body a bare noun stands for ("a empresa", "o jornal", "a pasta"), a title's name
with its article ("O Globo") and the office prosecutors or a press office speak for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cached_property

from spacy.tokens import Span, Token

from .entity_rules import NAMED_PLACE_NOUNS, is_known_place
from .name_spans import entity_at, is_first_name, is_name_word, looks_like_person, name_end
from .people_index import (
    GENDERED_ARTICLES,
    NEWS_OUTLETS,
    PeopleIndex,
    as_written_name,
    gender_of_name,
)
from .quote_context import CLOSERS, RUN_ON_FUNCTION_WORDS, TITLE_NOUNS, prosecution_near
from .role_phrases import capitalised_modifier, quoted_name_close, titled_name_start
from .speaker_lexicon import (
    ARTICLES,
    NAME_PARTICLES,
    OF,
    TO,
    Mention,
    SpeakerNouns,
    is_gentilic,
    is_word,
)
from .speakers import PRESS_OFFICES

#: Marks opening a quote: a sentence after one is the speaker's, not the narrative's,
#: and a title inside them is named with its article ('o jornal "O Globo"').
QUOTE_OPENERS = frozenset({"«", "“", '"', "‘", "—", "–"})


#: Capitalised articles that open a title's name ("O Globo", "A Tarde", "Os Verdes").
TITLE_ARTICLES = frozenset({"O", "A", "Os", "As"})


#: Words after which such an article opens a title, not a sentence: "segundo O Globo",
#: "o jornal O Globo", "ao Estado de S. Paulo" (and a speech verb: "diz O Globo").
TITLE_INTRODUCERS = TITLE_NOUNS | RUN_ON_FUNCTION_WORDS | {"segundo", "conforme"}


#: Generic words for a company: "a empresa" may be the last organisation named at all.
#: Companies by their trade ("a montadora"): "a empresa" in other words.
TRADES = frozenset(
    {"montadora", "farmacêutica", "fabricante", "operadora", "startup", "varejista"}
    | {"construtora", "seguradora", "mineradora", "petroleira", "estatal", "incorporadora"}
    | {"concessionária", "distribuidora", "empreiteira", "siderúrgica"}
)


COMPANY_WORDS = frozenset({"empresa", "companhia", "firma", "multinacional", *TRADES})


#: "a pasta": a government portfolio, the last ministry or secretariat named.
PORTFOLIO = "pasta"


PORTFOLIO_HEADS = frozenset({"ministério", "secretaria", "secretariado"})


#: Nouns for a party: "o partido" stands for the last party named, no other body.
PARTY_NOUNS = frozenset({"partido", "legenda", "sigla", "agremiação"})


#: Words opening the names of public bodies, which "a empresa" never stands for.
PUBLIC_HEADS = frozenset(
    {"ministério", "secretaria", "polícia", "governo", "tribunal", "supremo", "procuradoria"}
    | {"conselho", "câmara", "senado", "assembleia", "prefeitura", "justiça", "comissão"}
    | {"organização", "movimento", "agência", "departamento", "defensoria", "controladoria"}
)


#: Bodies named by their kind alone, which stand for the last organisation named.
GENERIC_BODIES = frozenset(
    {
        "empresa",
        "companhia",
        "organização",
        "ong",
        "entidade",
        "instituição",
        "jornal",
        "revista",
        "diário",
        "partido",
        "sindicato",
        "clube",
        "associação",
        "federação",
        "confederação",
        "fundação",
        "universidade",
        "banco",
        "órgão",
        "pasta",
        "corporação",  # a police or fire force: "segundo a corporação"
        "legenda",
        "sigla",
        "agremiação",
        "comitê",
        "plataforma",  # "a plataforma de partilha de vídeos": TikTok
        *TRADES,
    }
)


#: Bodies a text names by their kind alone because there is one of them in its
#: setting ("segundo o governo", "a prefeitura informou"): the speaker is that body
#: even when the text never names it.
SETTING_BODIES = frozenset({"governo", "prefeitura", "polícia", "exército", "presidência"})

#: Setting bodies of several forces ("Polícia Civil", "Polícia Militar", "Polícia
#: Federal"): a bare "a polícia" names none of those the text named, and stands as written.
FORCES = frozenset({"polícia"})


#: Words that make a setting body's name fuller: "o governo federal".
SETTING_MODIFIERS = frozenset({"federal", "estadual", "municipal", "civil", "militar"})


#: Articles, alone or joined to a preposition, that a body's name takes ("a Fitch", "pelo TRE").
ARTICLE_FORMS = frozenset({"a", "o", "da", "do", "na", "no", "pela", "pelo", "à", "ao"})


#: How near an organisation named only as an object must be for "o partido" to be it.
RECENT_ORG_TOKENS = 60


#: Nouns of a news outlet: "o jornal" is an outlet the text named, no other body.
OUTLET_NOUNS = frozenset({"jornal", "revista", "diário", "emissora", "rádio", "televisão"})


#: The role whose plural speaks for the prosecution's office: "os procuradores".
PROSECUTOR = "procurador"


#: An ordinal inside a body's name: "da 4ª Região", "da 2ª Vara".
ORDINAL = re.compile(r"\d{1,2}[ªº°]")


#: The most letters of an acronym that names a kind of body ("ONG").
MAX_ACRONYM_LETTERS = 4


def _acronym_of_a_body(words: Span | Sequence[Token], nouns: SpeakerNouns) -> bool:
    """A kind of body written as an acronym ("a ONG"), no body's own name (nor a
    heading's "A UNIVERSIDADE")."""
    return (
        len(words) == 1
        and words[0].text.isupper()
        and len(words[0].text) <= MAX_ACRONYM_LETTERS
        and nouns.is_body(words[0].text)
    )


def _heads_of(words: Iterable[str]) -> set[str]:
    """Words with the head of each hyphenated one: "procuradoria-regional" is also a
    "procuradoria", the word "a procuradoria" names it by."""
    return {form for word in words for form in (word, word.split("-")[0])}


def _outlet_name(name: str) -> bool:
    """A news outlet's name, known by one of its words ("Folha de S.Paulo", "O Globo")."""
    return any(word.lower() in NEWS_OUTLETS for word in name.replace(".", " ").split())


class BodyNames:
    """The organisations a Doc names, for the mentions that stand for one."""

    def __init__(self, names: PeopleIndex, headline_end: int) -> None:
        """names: the Doc's people, whose Doc, entities, word lists and history (the
        resolver's speakers and subjects, which it goes on adding to: "a empresa" is the
        last organisation among them) this reads too; which capitals are common words,
        no body's name.  headline_end: where the text's first sentence ends: a headline
        names a body before the text does ("…, diz polícia")."""
        self.names = names
        self.doc = names.doc
        self.nouns = names.nouns
        #: Speech verbs' word forms, which may come before a title ("diz O Globo") or
        #: after a body's noun ("A revista cita que").
        self.verbs = names.verbs
        self._ents = names.ents
        self._history = names.history
        self._headline_end = headline_end

    @cached_property
    def titles(self) -> dict[str, str]:
        """Names the text writes as a title's, with their article: "Globo" → "O Globo"."""
        doc, titles, texts = self.doc, {}, self.names.texts
        for i in range(1, len(doc) - 1):
            if texts[i] not in TITLE_ARTICLES or not doc[i + 1].is_title:
                continue
            end = i + 1
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if self._title_article(i + 1, end) == i:
                titles[doc[i + 1 : end].text] = doc[i:end].text
        return titles

    def titled_name(self, mention: Mention) -> str | None:
        """A title's name with its article, as the text writes it ("O Globo")."""
        article = self._title_article(mention.start, mention.end)
        return None if article is None else self.doc[article : mention.end].text

    def _title_article(self, start: int, end: int) -> int | None:
        """The capitalised article that opens a title's name ("segundo O Globo", 'o
        jornal "O Globo"'), at or just before ``start``: mid-sentence, or inside the
        marks around the name."""
        doc = self.doc
        if doc[start].text in TITLE_ARTICLES and end - start > 1:
            article = start  # the mention holds it: 'o jornal "O Globo"'
        elif start and doc[start - 1].text in TITLE_ARTICLES:
            article = start - 1
        else:
            return None
        if article == 0 or doc[article + 1].is_upper or not doc[article + 1].is_title:
            return None  # not "COM A PALAVRA, A FUNCEF": a heading in capitals
        before = doc[article - 1]
        quoted = before.text in QUOTE_OPENERS and end < len(doc) and doc[end].text in CLOSERS
        # not "Realizando o prejuízo O conselho fiscal entende": a headline run into the text
        introduced = not before.is_upper and (  # not "A PREVI A Previ": a heading's
            before.lower_ in TITLE_INTRODUCERS or before.lower_ in self.verbs
        )
        return article if quoted or introduced else None

    def name_of(self, mention: Mention) -> str | None:
        """The name of the organisation a mention of one stands for, as fully as the text
        gives it: its own name, the body a bare noun ("a empresa") stands for, or the
        setting's ("o governo")."""
        doc = self.doc
        ent = next(
            (
                entity_at(doc, i)
                for i in range(mention.start, mention.end)
                if doc[i].ent_type_ == "ORG"
            ),
            None,
        )
        org_name: str | None
        shouted = self._shouted_name(mention)
        if shouted is not None and (ent is None or not ent._.org_id):
            org_name = shouted  # "COM A PALAVRA, O INSTITUTO LULA": "Instituto Lula"
        elif ent is not None and not ent._.org_id and ent.start > mention.start + 1:
            # "o governo do Estado": the body's own name, not the place that modifies it
            org_name = self._body_name(mention) or ent.text
        elif ent is not None and _acronym_of_a_body(ent, self.nouns):
            org_name = self.antecedent(mention)  # "a ONG": the one named before
        elif ent is not None:
            org_name = self._organisation_name(ent)
        else:
            words = [t for t in doc[mention.start : mention.end] if t.lower_ not in ARTICLES]
            # "a polícia"; not a headline's "diz polícia", which the text names below
            force = len(words) == 1 < mention.end - mention.start and words[0].lower_ in FORCES
            org_name = (
                (words[0].text if force else None)
                or self.titled_name(mention)
                or self._quoted_title_after(mention)
                or self._body_name(mention)
                or self.antecedent(mention)
                or self._setting_body(mention)
            )
        if org_name is not None:
            org_name = self._fuller_body_name(org_name, mention.start)
        return org_name

    def served_body(self, mention: Mention) -> Mention | None:
        """The body a press office speaks for: "a assessoria (de imprensa) da Polícia Civil"."""
        doc = self.doc
        k = mention.start + (doc[mention.start].lower_ in ARTICLES)
        if k >= mention.end or doc[k].lower_ not in PRESS_OFFICES:
            return None
        for j in range(k + 1, mention.end - 1):
            body = doc[j + 1]
            if doc[j].lower_ in OF and (body.text[:1].isupper() or self.nouns.is_body(body.text)):
                return Mention(j + 1, mention.end, "org")
        return None

    def prosecution_of(self, mention: Mention) -> str | None:
        """The office prosecutors speak for ("os procuradores afirmam que …"): the
        prosecution the text names nearest before them, else first after."""
        words = {self.nouns.singular(t.text) for t in self.doc[mention.start : mention.end]}
        if PROSECUTOR not in words:
            return None
        chosen = prosecution_near(self._ents, mention.start)
        return self._organisation_name(chosen) if chosen is not None else None

    def _outlets_before(self, position: int) -> list[str]:
        """Names of the news outlets the text named before ``position``, in order: after
        an outlet's noun ("o jornal O Globo", "à revista Veja") or known ("Folha")."""
        doc = self.doc
        return [
            e.text
            for e in self._ents
            if e.end <= position
            and e.label_ in ("ORG", "MISC")
            and ((e.start and doc[e.start - 1].lower_ in OUTLET_NOUNS) or _outlet_name(e.text))
        ]

    def _organisation_name(self, ent: Span) -> str:
        """The fullest name the document gives an organisation: its catalogue name when
        the text writes it, else the longest of its names in the text ("Unicef", not
        a "Fundo das Nações Unidas para a Infância" the article never wrote)."""
        name = ent._.org_name
        if name is None or name == ent.text:
            return self._whole_name(ent)
        if name in self.doc.text:
            return str(name)
        same = [e.text for e in self._ents if e._.org_id == ent._.org_id]
        return max(same, key=len, default=ent.text)

    def _whole_name(self, ent: Span) -> str:
        """An entity a model cut after a particle, with the name it cut off: "Associação
        dos" + "Taxistas de Divinópolis"."""
        doc, end = self.doc, ent.end
        if doc[end - 1].lower_ in NAME_PARTICLES and end < len(doc) and is_name_word(doc[end]):
            end = name_end(doc, end, len(doc))
        if (
            end + 2 < len(doc)
            and doc[end].lower_ in NAME_PARTICLES
            and ORDINAL.fullmatch(doc[end + 1].text)
            and is_name_word(doc[end + 2])
        ):
            # "Procuradoria-Regional Federal" + "da 4ª Região"
            end = name_end(doc, end + 2, len(doc))
        article = self._title_article(ent.start, end)
        return doc[ent.start if article is None else article : end].text

    def _fuller_body_name(self, name: str, position: int) -> str:
        """A body's name in full when the text gave it before or after: "o Ministério
        Público" is the "Ministério Público de Minas Gerais" it named (the latest one
        before ``position`` when it named several)."""
        words = name.split()
        if not words[0][:1].isupper():
            return name
        fuller = [
            e
            for e in self._ents
            if len(e) > len(words)  # whatever a model labelled it
            and [t.text for t in e[: len(words)]] == words
            and e[-1].text[:1].isupper()  # not "Conselho Tutelar da cidade"
            and "\n" not in e.text  # not across a paragraph: "BC\n\nQuem"
            and not is_first_name(e[len(words)].text)  # "Polícia Federal Alexandre Ramagem"
            and not _address_after(e, len(words))  # "Burger King da Avenida Santo Amaro"
            and not _runs_into_a_person(e[len(words) :], self.nouns)
        ]
        names = {e.text for e in fuller}
        if len(names) == 1:
            return names.pop()
        before = [e for e in fuller if e.start < position]
        return before[-1].text if before else name

    def _shouted_name(self, mention: Mention) -> str | None:
        """A body's name a heading writes in capitals, as a name is written ("O INSTITUTO
        LULA" → "Instituto Lula"; short words stay: "PT", "da")."""
        words = [t.text for t in self.doc[mention.start : mention.end] if t.lower_ not in ARTICLES]
        if len(words) < 2 or not all(w.isupper() and w.isalpha() for w in words):
            return None
        return as_written_name(words, keep_short=True)

    def _quoted_title_after(self, mention: Mention) -> str | None:
        """The title in quotation marks right after a paper's description: 'o jornal
        espanhol “El País” afirma', 'O jornal britânico de "The Guardian" ressalta'."""
        doc = self.doc
        noun = next(
            (t.i for t in doc[mention.start : mention.end] if t.lower_ in OUTLET_NOUNS), None
        )
        if noun is None:
            return None
        opener = noun + 1
        while opener < min(len(doc), noun + 3) and (
            doc[opener].lower_ == "de" or is_gentilic(doc[opener].lower_)
        ):
            opener += 1  # past "britânico de"
        close = quoted_name_close(doc, opener, len(doc))
        return doc[opener + 1 : close].text if close is not None else None

    def _body_name(self, mention: Mention) -> str | None:
        """The name inside "a Polícia Federal", "a agência Nova China"; None for "a empresa"."""
        tokens = [t for t in self.doc[mention.start : mention.end] if t.lower_ not in ARTICLES]
        if tokens and _acronym_of_a_body(tokens[:1], self.nouns):
            tokens = tokens[1:]  # "a ONG Human Rights Watch": the name after its kind
            if not tokens:
                return None  # "a ONG": a body named before, no name
        if tokens and tokens[0].text[:1].isupper():
            return self.doc[tokens[0].i : tokens[-1].i + 1].text
        words = tokens[:2] if len(tokens) > 1 else [*tokens, *self.doc[mention.end :][:1]]
        if (
            len(words) == 2
            and len(tokens) <= 2
            and words[1].is_alpha
            and words[1].text.islower()
            and is_gentilic(words[1].lower_)
            and not (  # not the verb of "A revista cita que"
                words[1].lower_ in self.verbs
                or (words[1].i + 1 < len(self.doc) and self.doc[words[1].i + 1].lower_ == "que")
            )
        ):
            return f"{words[0].text} {words[1].text}"  # "o governo britânico"
        if (
            len(tokens) == 3
            and tokens[1].lower_ in OF
            and tokens[2].is_alpha
            and tokens[2].text.islower()
            and not tokens[2].is_stop
            and tokens[2].lower_ not in self.nouns.silent
        ):
            return " ".join(t.text for t in tokens)  # "o departamento da defesa"
        tail: list[str] = []
        for token in reversed(tokens):
            if not token.text[:1].isupper():
                if tail and token.lower_ in OF:
                    return self.doc[tokens[0].i : tokens[-1].i + 1].text  # "polícia de Wiesbaden"
                break
            tail.insert(0, token.text)
        return " ".join(tail) or None

    def antecedent(self, mention: Mention) -> str | None:
        """ "o ministério", "a agência" → the latest organisation mentioned with that word."""
        doc = self.doc
        words = {t.lower_ for t in doc[mention.start : mention.end]} - ARTICLES
        generic = bool(words & GENERIC_BODIES)
        portfolio = PORTFOLIO in words  # "a pasta" is a ministry or a secretariat, no other body
        outlets = self._outlets_before(mention.start) if words & OUTLET_NOUNS else None
        for referent in reversed(self._history):
            if referent.position >= mention.start or not referent.is_org or not referent.name:
                continue
            if portfolio and referent.name.split()[0].lower() not in PORTFOLIO_HEADS:
                continue
            if not self._of_its_kind(words, referent.name):
                continue  # "o partido" is the last party, "a empresa" no ministry
            said = _heads_of(referent.name.lower().split())
            if referent.mention is not None:
                said |= _heads_of(
                    t.lower_ for t in doc[referent.mention.start : referent.mention.end]
                )
            # "o jornal" is a paper the text named, not the police in focus
            outlet = outlets is None or referent.name in outlets or _outlet_name(referent.name)
            if words & said or (generic and outlet and referent.name[:1].isupper()):
                return referent.name  # "a empresa" is the last organisation named
            # (not "a polícia mexicana": a described body is no company's name)
        named_with_word = [  # "o tribunal": the last tribunal named, even as an object
            e
            for e in self._ents
            if (e.label_ == "ORG" or self.nouns.is_body(e[0].text))  # "Hospital X" as LOC
            and e.end <= mention.start
            and words & _heads_of(t.lower_ for t in e)
            and _heads_of(t.lower_ for t in e) - words  # a name, not "Governo" opening a sentence
        ]
        if named_with_word:
            return self._organisation_name(named_with_word[-1])
        if outlets:
            return outlets[-1]  # "o jornal O Globo publicou …, segundo o jornal"
        described = self._described_before(mention)
        if described is not None:
            return described
        first_body = not any(e.label_ == "ORG" and e.end <= mention.start for e in self._ents)
        if mention.start < self._headline_end or first_body:
            # "…, diz polícia", "Museu diz que …" in a headline: named in the text below
            named_below = [
                e
                for e in self._ents
                if e.label_ == "ORG"
                and e.start >= mention.end
                and words & _heads_of(t.lower_ for t in e)
            ]
            if named_below:
                return self._organisation_name(named_below[0])
        if generic and outlets is None:  # an organisation named only as an object so far
            named = [
                e
                for e in self._ents
                if e.label_ == "ORG"
                and e.end <= mention.start
                and not self.names.capital_by_position(Mention(e.start, e.end, "org"))
                and titled_name_start(e, self.nouns) is None  # not "CEO Roberto Fulcherberguer"
                and (not portfolio or e[0].lower_ in PORTFOLIO_HEADS)
                and not self._addressed(e.start)  # "Ao Nascer do SOL, a empresa diz"
                and self._of_its_kind(words, e.text)
            ]
            recent = bool(named) and mention.start - named[-1].end <= RECENT_ORG_TOKENS
            if named and (words & COMPANY_WORDS or named[-1]._.org_id or recent):
                return self._organisation_name(named[-1])
            bodies = [e for e in named if self.nouns.is_body(e[0].text)]
            if bodies:  # "a pasta", far from the "Ministério da Saúde" it stands for
                return self._organisation_name(bodies[-1])
            if not named:  # no recogniser tagged it: "A Cemig registrou lucro …"
                return self._proper_name_with_article(mention.start)
        return None

    def _of_its_kind(self, words: set[str], name: str) -> bool:
        """Whether the body ``name`` may be what a generic noun stands for: a party for
        "o partido" ("PT", "Partido Novo", a party the text tags someone with), a
        company for "a empresa" (no ministry, court, police or party)."""
        if words & PARTY_NOUNS:
            return self._party(name)
        if words & COMPANY_WORDS:
            return name.split()[0].lower() not in PUBLIC_HEADS and not self._party(name)
        return True

    def _party(self, name: str) -> bool:
        """A party's name: "Partido dos Trabalhadores", an acronym the speaker nouns tag
        ("PT" of "petista @PT"), or one the text tags a person with ("Lindbergh Farias
        (PT-RJ)")."""
        return (
            name.split()[0].lower() == "partido"
            or name in self.nouns.members
            or (name in self._party_tags)
        )

    @cached_property
    def _party_tags(self) -> set[str]:
        """Acronyms the text writes after a person's name as a party's with a state:
        "(PT-RJ)", "(PSOL-SP)"."""
        texts = self.names.texts
        return {
            text.split("-", 1)[0]
            for i, text in enumerate(texts)
            if i > 0
            and texts[i - 1] == "("
            and text.count("-") == 1
            and len(text.split("-", 1)[1]) == 2
            and text.replace("-", "").isalpha()
            and text.isupper()
        }

    def _described_before(self, mention: Mention) -> str | None:
        """The body a bare noun ("a força-tarefa") stands for when the text described
        it before with that noun and a name in lower case: "a pedido da força-tarefa da
        Operação Lava Jato", "a escola Casinha do Saber"."""
        doc = self.doc
        if mention.end - mention.start > 2:
            return None
        noun = doc[mention.end - 1]
        if not noun.is_lower or not self.nouns.is_body(noun.text):
            return None
        for k in range(mention.start - 1, -1, -1):
            if doc[k].lower_ != noun.lower_ or k + 2 >= len(doc):
                continue
            named = k + 2 if doc[k + 1].lower_ in OF else k + 1
            if named == k + 1 and is_first_name(doc[named].text):
                continue  # "o governo Michel Temer": a person's, not the body's name
            if named < len(doc) and is_name_word(doc[named]):
                start = k if named == k + 2 else named  # "a agência Anatolia" is "Anatolia"
                return doc[start : name_end(doc, named, len(doc))].text
        return None

    def _addressed(self, start: int) -> bool:
        """A name an outlet is told something under: "Ao Nascer do SOL", "à Lusa"."""
        doc = self.doc
        for k in range(start - 1, max(-1, start - 4), -1):
            if doc[k].lower_ in TO:
                return True
            if doc[k].is_punct:
                return False
        return False

    def _setting_body(self, mention: Mention) -> str | None:
        """ "o governo" no earlier name stands for: the latest fuller way the text wrote
        that body up to this mention ("Governo do Amapá", "governo federal"), else the word itself;
        not a body inside another phrase ("um integrante do governo")."""
        doc = self.doc
        words = [t for t in doc[mention.start : mention.end] if t.lower_ not in ARTICLES]
        if len(words) != 1 or words[0].lower_ not in SETTING_BODIES:
            return None
        noun = words[0]
        if noun.i == 0 or doc[noun.i - 1].lower_ not in ("o", "a"):
            return None
        fuller = noun.text
        for token in doc[: noun.i + 1]:  # "O governo federal recorreu": its own too
            if token.lower_ != noun.lower_ or token.i + 1 >= len(doc):
                continue
            following = doc[token.i + 1]
            if following.lower_ in SETTING_MODIFIERS or is_gentilic(following.lower_):
                fuller = doc[token.i : token.i + 2].text  # "governo federal"
            elif following.lower_ in OF and token.i + 2 < len(doc):
                place = doc[token.i + 2]
                if place.lower_ in ARTICLES and token.i + 3 < len(doc):
                    place = doc[token.i + 3]
                if place.text[:1].isupper() and is_word(place):
                    fuller = doc[token.i : name_end(doc, place.i, len(doc))].text
        return fuller

    def _proper_name_with_article(self, end: int) -> str | None:
        """The latest capitalised name after an article before token ``end``, within
        RECENT_ORG_TOKENS, that names no person or place ("a Fitch", "pelo TRE-AP")."""
        doc = self.doc
        for i in range(end - 1, max(1, end - RECENT_ORG_TOKENS) - 1, -1):
            token = doc[i]
            if doc[i - 1].lower_ not in ARTICLE_FORMS or not token.text[:1].isupper():
                continue
            if not is_word(token):
                continue  # "US$", "Covid-19", "CSI300"
            run = i + 1
            while run < end and (is_name_word(doc[run]) or doc[run].text.isupper()):
                run += 1
            words = tuple(t.text for t in doc[i:run])
            if token.ent_type_ in ("PER", "LOC") or is_first_name(words[0]):
                continue
            if is_known_place(words) or self.names.common(token) or token.is_stop:
                continue
            if self._addressed(i):
                continue  # "Ao Nascer do SOL, a empresa diz": the outlet told, not the firm
            return " ".join(words)
        return None

    def company_named_after(self, mention: Mention, name: str) -> bool:
        """A surname with a feminine article that the text gave in full to a man: his
        company ("A Odebrecht afirmou" beside "Marcelo Odebrecht"); or a company's name
        the text also wrote longer, a person's or another body's ("Odebrecht Realizações
        Imobiliárias", a headline's "Odebrecht Hilberto Mascarenhas")."""
        doc, start = self.doc, mention.start
        article = doc[start - 1] if start > 0 else None
        feminine = article is not None and (
            GENDERED_ARTICLES.get(article.lower_) == "F"
            or article.text == "A"  # a sentence's article, not the preposition "a"
            or (article.text == "a" and (start < 2 or doc[start - 2].is_punct))
        )
        return (
            feminine
            and mention.end - start == 1
            and name != doc[start].text
            # by his first name ("da Odebrecht" is hers), or no person's name at all
            and (gender_of_name(name) == "M" or not is_first_name(name.split()[0]))
        )


def _runs_into_a_person(tail: Span, nouns: SpeakerNouns) -> bool:
    """Whether the words a model ran on after a body's name are a person's: "Petrobras
    [Aldemir Bendine]"; not the rest of the body's own name ("Tribunal Regional
    [Eleitoral de Minas Gerais]", "Polícia [Civil Paulista]", "[Militar Rodoviária]")."""
    return (
        len(tail) >= 2
        and not any(t.lower_ in NAME_PARTICLES for t in tail)
        and not any(capitalised_modifier(t) or is_gentilic(t.lower_) for t in tail)
        and looks_like_person(tail, nouns)
    )


def _address_after(ent: Span, k: int) -> bool:
    """Whether an organisation's name goes on at ``k`` into where it stands: "Burger
    King [da Avenida Santo Amaro]", "Instituto Lula [em São Paulo]" (the branch's place,
    not the body's name)."""
    first = ent[k].lower_
    if first == "em":
        return is_known_place([t.text for t in ent[k + 1 :]])  # not "Trabalhadores em Educação"
    return (
        first in ("da", "do", "na", "no")
        and k + 1 < len(ent)
        and (ent[k + 1].lower_ in NAMED_PLACE_NOUNS)
    )
