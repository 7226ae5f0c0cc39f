"""Speakers normalised across an archive: the same person under different names.

News name a person in full once ("Stanislav Zas") and then shorten ("Zas",
"S. Zas"); other articles misspell ("Stanislav Zass").  Two different people can
share a surname ("Marina Silva", "Lula da Silva").  The rules, in order:

1. Within one article, a short name (surname only, initials and surname, or a
   first name alone) is the article's only compatible full name, if there is
   exactly one.
2. Full names (a written given name and a surname) across articles are one
   person when their surnames are close (rapidfuzz ratio) and their given names
   agree (the shorter list of given names matches, in order, words or initials of
   the longer one).
3. A short name still left joins the one compatible person (by exact surname,
   or a middle name such as "Lula", never a first name alone); if several are
   compatible, the organisation the speaker is affiliated with breaks the tie,
   then their role ("a ministra"); if neither does, or the short name comes with
   a role the person was never seen with, it stays a speaker of its own rather
   than a guess.

Pure functions on small records; :mod:`newsnlp.archive` builds the DataFrames.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from .components.entity_rules import person_roles
from .folding import fold
from .resources import DataError, read_json, read_lines

#: Surnames at least this similar (rapidfuzz ratio, 0-100) may be the same person.
SURNAME_THRESHOLD = 85.0
#: Given names at least this similar count as the same given name.
GIVEN_NAME_THRESHOLD = 85.0


#: Prefixes a title may carry ("vice-presidente", "ex-ministro").
TITLE_PREFIXES = ("vice-", "ex-", "sub-", "co-")


@dataclass(frozen=True)
class NameWords:
    """Words around person names, folded (:func:`newsnlp.folding.fold`).

    titles: dropped from the start of a name, kept as the speaker's role.
    particles: never a given name or surname on their own ("da", "von", "Filho").
    organization_words: a speaker name starting with one is an organisation
        ("Hospital de Santa Maria"), not a person.
    first_names: a first name alone ("Bruno") is matched to a person only within
        its own article, never to someone's middle name elsewhere.
    """

    titles: frozenset[str]
    particles: frozenset[str]
    organization_words: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()

    def is_title(self, word: str) -> bool:
        word = fold(word).strip(".,;:")
        for prefix in TITLE_PREFIXES:
            word = word.removeprefix(prefix)
        return word in self.titles

    def extended(
        self,
        titles: Iterable[str] = (),
        particles: Iterable[str] = (),
        organization_words: Iterable[str] = (),
        first_names: Iterable[str] = (),
    ) -> NameWords:
        """These words plus the given ones (a user's additions)."""
        return NameWords(
            self.titles | {fold(word) for word in titles},
            self.particles | {fold(word) for word in particles},
            self.organization_words | {fold(word) for word in organization_words},
            self.first_names | {fold(word) for word in first_names},
        )

    @classmethod
    def from_data(cls, data: Any, source: str) -> NameWords:
        """Validate ``{"titles": [...], "particles": [...], "organization_words": [...]}``
        (e.g. a parsed JSON file; ``first_names`` is optional)."""
        if not isinstance(data, dict):
            raise DataError(f"{source}: expected a JSON object")
        words = {}
        for key in ("titles", "particles", "organization_words", "first_names"):
            values = data.get(key, [] if key == "first_names" else None)
            if not isinstance(values, list) or not all(
                isinstance(v, str) and len(v.split()) == 1 for v in values
            ):
                raise DataError(f"{source}: {key!r} must be a list of single words")
            words[key] = frozenset(fold(value) for value in values)
        return cls(
            words["titles"], words["particles"], words["organization_words"], words["first_names"]
        )


@lru_cache(maxsize=1)
def default_name_words() -> NameWords:
    """``newsnlp/data/person_names.json`` plus the lists it shares with the fallback's
    recogniser: titles from ``speaker_nouns.txt``, organisation words from
    ``org_head_words.txt``, first names from ``first_names.txt``."""
    data = read_json("person_names.json")
    if not isinstance(data, dict):
        raise DataError("person_names.json: expected a JSON object")
    shared = {
        "titles": person_roles(read_lines("speaker_nouns.txt")),
        "organization_words": read_lines("org_head_words.txt"),
        "first_names": read_lines("first_names.txt"),
    }
    merged = {**data, **{key: [*data.get(key, []), *words] for key, words in shared.items()}}
    return NameWords.from_data(merged, "person_names.json and the shared word lists")


@dataclass(frozen=True)
class PersonName:
    """A name split into given names and a surname (folded, titles and particles dropped)."""

    given: tuple[str, ...]
    surname: str

    @property
    def is_full(self) -> bool:
        """Has a written-out given name, not only initials."""
        return any(len(word) > 1 for word in self.given)

    @property
    def key(self) -> str:
        return " ".join((*self.given, self.surname))


def clean_name(name: str, words: NameWords | None = None) -> str:
    """``name`` without leading articles and titles ("o primeiro-ministro António
    Costa" -> "António Costa"; "von der Leyen" keeps its particles); empty if no
    capitalised word is left."""
    words = words or default_name_words()
    parts = name.split()
    while parts:
        word = fold(parts[0]).strip(".,;:")
        lowercase_not_particle = not parts[0][:1].isupper() and word not in words.particles
        if not (lowercase_not_particle or words.is_title(word)):
            break
        parts.pop(0)
    if not any(part[:1].isupper() for part in parts):
        return ""
    return " ".join(parts)


def role_key(title: str) -> str:
    """A title compared across articles, without accents or grammatical gender
    ("ministra", "Ministro" -> "ministr")."""
    return "-".join(re.sub(r"[ao]$", "", part) for part in fold(title).split("-"))


def title_in_name(name: str, words: NameWords | None = None) -> str | None:
    """The title written just before the name ("a ministra Marina Silva" -> "ministra")."""
    words = words or default_name_words()
    parts = [fold(part).strip(".,;:") for part in name.split()]
    cut = len(name.split()) - len(clean_name(name, words).split())
    titles = [part for part in parts[:cut] if words.is_title(part)]
    return titles[-1] if titles else None


def parse_name(name: str, words: NameWords | None = None) -> PersonName | None:
    """Given names and surname of ``name``; None if it holds no capitalised word
    (a pronoun or a description such as "o porta-voz", not a name)."""
    words = words or default_name_words()
    tokens = [
        token.strip(".,;:!?\"'()") for token in re.split(r"[\s.]+", fold(clean_name(name, words)))
    ]
    core = [token for token in tokens if token and token not in words.particles]
    if not core:
        return None
    return PersonName(tuple(core[:-1]), core[-1])


def _same_given_name(short: str, long: str) -> bool:
    if len(short) == 1 or len(long) == 1:
        return short[0] == long[0]
    return fuzz.ratio(short, long) >= GIVEN_NAME_THRESHOLD


def _given_names_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """The shorter list matches words of the longer one, in order (initials allowed)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    position = 0
    for word in short:
        while position < len(long) and not _same_given_name(word, long[position]):
            position += 1
        if position == len(long):
            return False
        position += 1
    return True


def compatible(a: PersonName, b: PersonName, first_names: bool = False) -> bool:
    """Could ``a`` and ``b`` name the same person?  Two full names may differ by a
    typo in the surname, since their given names back the match; a short name (a
    surname, maybe with initials) needs the exact surname ("Maia" is not "Maria"),
    or, for names like "Lula", exactly that word among the other's middle names.
    ``first_names`` also lets a lone word match a first name ("Steve" for "Steve
    Smith"), which is safe only within one article."""
    if a.is_full and b.is_full:
        return similar_surnames(a.surname, b.surname) and _given_names_agree(a.given, b.given)
    if a.surname == b.surname:
        return _given_names_agree(a.given, b.given)
    start = 0 if first_names else 1
    return (not a.given and a.surname in b.given[start:]) or (
        not b.given and b.surname in a.given[start:]
    )


def similar_surnames(a: str, b: str) -> bool:
    return fuzz.ratio(a, b) >= SURNAME_THRESHOLD


@dataclass(frozen=True)
class SpeakerMention:
    """One quote's speaker as written, with what the article says around it.

    organization: id (or name) of the organisation the speaker is affiliated with,
        e.g. the nearest organisation mention; None if unknown.
    role: the speaker's title or office near the name ("ministra"), or None.
    is_person: False for an organisation quoted as a source ("disse a OMS"), which
        is never merged with people.
    article_names: full person names the same article mentions (speakers and PER
        entities), used to expand a short name within its article.
    """

    article_id: str | None
    name: str
    organization: str | None = None
    article_names: tuple[str, ...] = ()
    role: str | None = None
    is_person: bool = True


@dataclass
class SpeakerCluster:
    """One person: the names used for them and the organisations around them."""

    names: Counter[str] = field(default_factory=Counter)
    full_names: set[str] = field(default_factory=set)
    parsed: list[PersonName] = field(default_factory=list)
    organizations: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)

    @property
    def canonical(self) -> str:
        """The most frequent full written name (longest on a tie), else the most
        frequent name."""
        return max(
            self.names,
            key=lambda name: (name in self.full_names, self.names[name], len(name)),
        )

    def has_surname(self, surname: str) -> bool:
        return any(similar_surnames(surname, member.surname) for member in self.parsed)

    def contradicts_role(self, mention: SpeakerMention) -> bool:
        """The mention has a role this person was never seen with (while having one)."""
        return bool(mention.role and self.roles and role_key(mention.role) not in self.roles)

    def admits(self, name: PersonName) -> bool:
        """A full name must be compatible with every full name of the person (so
        chains of near matches do not merge people); a short name with one of them
        (one of its spellings).  Without full names, every name counts."""
        members = [member for member in self.parsed if member.is_full] or self.parsed
        if name.is_full:
            return all(compatible(name, member) for member in members)
        return any(compatible(name, member) for member in members)

    def add(self, written: str, name: PersonName, mention: SpeakerMention) -> None:
        self.names[written] += 1
        if name.is_full:
            self.full_names.add(written)
        if name not in self.parsed:
            self.parsed.append(name)
        if mention.organization:
            self.organizations[mention.organization] += 1
        if mention.role:
            self.roles[role_key(mention.role)] += 1


@dataclass(frozen=True)
class SpeakerClusters:
    """The result of :func:`cluster_speakers`.

    people: a person number per mention (same number, same person), or None for a
        mention that is not a person's name (e.g. "ele").
    names: each person's display name.
    """

    people: list[int | None]
    names: dict[int, str]


def _expand_in_article(name: PersonName, context: Iterable[str], words: NameWords) -> str | None:
    """The one full name in the article compatible with a short ``name``, if unique."""
    candidates = {}
    for written in context:
        parsed = parse_name(written, words)
        if parsed is not None and parsed.is_full and compatible(name, parsed, first_names=True):
            candidates[parsed.key] = written
    return next(iter(candidates.values())) if len(candidates) == 1 else None


def cluster_speakers(
    mentions: Sequence[SpeakerMention], words: NameWords | None = None
) -> SpeakerClusters:
    """Group the mentions by person (see the module docstring for the rules)."""
    words = words or default_name_words()
    parsed = [parse_name(m.name, words) if m.is_person else None for m in mentions]
    # 1. Expand short names within their article.
    written = [clean_name(mention.name, words) for mention in mentions]
    for index, (mention, name) in enumerate(zip(mentions, parsed, strict=True)):
        if name is not None and not name.is_full:
            expanded = _expand_in_article(name, mention.article_names, words)
            if expanded is not None:
                written[index], parsed[index] = expanded, parse_name(expanded, words)
    # 2. Full names, most frequent first so the common spelling anchors each person.
    full = {i: name for i, name in enumerate(parsed) if name is not None and name.is_full}
    counts = Counter(name.key for name in full.values())
    clusters: list[SpeakerCluster] = []
    people: list[int | None] = [None] * len(mentions)
    # Compatible names share the first letter of a surname or given name (a typo in
    # the first letter is the price), so only clusters indexed under it are compared.
    by_letter: defaultdict[str, set[int]] = defaultdict(set)

    def nearby(name: PersonName) -> list[int]:
        return sorted(by_letter[name.surname[0]])

    def assign(index: int, cluster: int, name: PersonName) -> None:
        clusters[cluster].add(written[index], name, mentions[index])
        people[index] = cluster
        for word in (name.surname, *name.given):
            by_letter[word[0]].add(cluster)

    for index in sorted(full, key=lambda i: (-counts[full[i].key], -len(full[i].key), i)):
        person = full[index]
        candidates = [n for n in nearby(person) if clusters[n].admits(person)]
        if candidates:
            chosen = max(
                candidates, key=lambda n: fuzz.ratio(person.key, clusters[n].parsed[0].key)
            )
        else:
            clusters.append(SpeakerCluster())
            chosen = len(clusters) - 1
        assign(index, chosen, person)
    # 3. Short names: the one compatible person (a surname match beats a given-name
    # match), else the organisation or role decides, unless the roles disagree;
    # else a speaker of their own (shared with the same short name elsewhere).
    known = len(clusters)
    for index, short in enumerate(parsed):
        if short is None or short.is_full:
            continue
        candidates = [n for n in nearby(short) if n < known and clusters[n].admits(short)]
        by_surname = [n for n in candidates if clusters[n].has_surname(short.surname)]
        if not by_surname and not short.given and short.surname in words.first_names:
            candidates = []  # "Bruno" alone is not someone's middle name elsewhere
        resolved = _break_tie(by_surname or candidates, clusters, mentions[index])
        if resolved is not None and clusters[resolved].contradicts_role(mentions[index]):
            resolved = None  # "o presidente Soares" is not "a chefe da Vigilância, Noélia Soares"
        if resolved is None:
            resolved = next(
                (n for n in nearby(short) if n >= known and clusters[n].admits(short)), None
            )
        if resolved is None:
            clusters.append(SpeakerCluster())
            resolved = len(clusters) - 1
        assign(index, resolved, short)
    return SpeakerClusters(people, {n: cluster.canonical for n, cluster in enumerate(clusters)})


def _break_tie(
    candidates: Sequence[int], clusters: Sequence[SpeakerCluster], mention: SpeakerMention
) -> int | None:
    """The only candidate; else the one most often seen with the mention's
    organisation; else the one most often seen with its role; else None."""
    if len(candidates) == 1:
        return candidates[0]
    evidence = [
        (lambda cluster: cluster.organizations, mention.organization),
        (lambda cluster: cluster.roles, role_key(mention.role) if mention.role else None),
    ]
    for counts_of, key in evidence:
        if key is None or not candidates:
            continue
        scores = {n: counts_of(clusters[n])[key] for n in candidates}
        best = max(scores.values())
        winners = [n for n, score in scores.items() if score == best]
        if best > 0 and len(winners) == 1:
            return winners[0]
    return None
