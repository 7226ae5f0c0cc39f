"""Finding organisation names in a tokenised text: pure functions on lists of words.

The component (:mod:`newsnlp.components.orgs`) turns a ``Doc`` into its words,
calls these functions and writes the results back.  Three kinds of evidence:

* exact names and acronyms from the catalogue, compiled into two token tries:
  full names keyed by :func:`~newsnlp.folding.token_key` (case, accents, old
  spellings and "da/do/das" folded) and acronyms keyed by the word as written
  (case-sensitive, so "ONU" matches and "onu" does not);
* fuzzy full names (rapidfuzz) for typos and transliterations, only for
  capitalised candidates that begin with a word some catalogue name begins with;
* acronym definitions written in the text, "Organização X (OX)" and
  "OX (Organização X)", also for organisations the catalogue does not know.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from ..catalogue import Catalogue
from ..folding import fold, strip_accents, token_key

#: Kinds of match, strongest first: a definition in the text overrides the
#: catalogue for that document; context names and fuzzy matches are weakest.
DEFINED, NAME, ACRONYM, CONTEXT, FUZZY = "defined", "name", "acronym", "context", "fuzzy"
KIND_PRIORITY = {DEFINED: 0, NAME: 1, ACRONYM: 1, CONTEXT: 2, FUZZY: 3}

#: Single-word names up to this length are matched case-sensitively, like acronyms
#: ("Otan" is NATO, "nato" is a Portuguese adjective).
SHORT_NAME_LENGTH = 5

#: Lowercase words that may occur inside an organisation's name (folded).
CONNECTORS = frozenset(
    fold(word)
    for word in [
        "de",
        "da",
        "do",
        "das",
        "dos",
        "d'",
        "e",
        "a",
        "o",
        "os",
        "as",
        "para",
        "pela",
        "pelo",
        "pelas",
        "pelos",
        "em",
        "no",
        "na",
        "nos",
        "nas",
        "ao",
        "aos",
        "à",
        "às",
        "sobre",
        "contra",
        "com",
        "of",
        "the",
        "for",
        "and",
        "on",
        "in",
        "del",
        "la",
        "el",
        "y",
        "et",
        "des",
        "du",
        "pour",
    ]
)

#: A fuzzy candidate starts with a word that shares this many first letters with the
#: first word of a catalogue name ("Organisação" for "Organização").
HEAD_PREFIX = 4

#: Longest name, in words, considered as a fuzzy or defined long form.
MAX_NAME_WORDS = 16

#: In a fuzzy match, every content word must be at least this similar (0-100) to the
#: name's word in the same position, so "Conselho de Segurança da Rússia" is never UNSC.
MIN_WORD_SIMILARITY = 75.0

_END = ""  # trie key of a terminal node; no token is the empty string

Trie = dict[str, Any]


@dataclass(frozen=True)
class Target:
    """What a catalogue pattern stands for."""

    org_id: str
    kind: str


@dataclass(frozen=True)
class OrgMatch:
    """Tokens ``start:end`` name an organisation: a catalogue id, or None if text-defined."""

    start: int
    end: int
    org_id: str | None
    kind: str
    score: float = 100.0
    #: for a text-defined organisation: its long form as written; else None
    defined_name: str | None = None


@dataclass(frozen=True)
class AcronymDefinition:
    """ "Long Form (LF)" or "LF (Long Form)": token ranges of the long and the short form."""

    long_start: int
    long_end: int
    short_start: int
    short_end: int


@dataclass(frozen=True)
class FuzzyName:
    org_id: str
    content: tuple[str, ...]


@dataclass
class OrgPatterns:
    """A catalogue compiled for matching; build with :func:`compile_patterns`."""

    folded: Trie = field(default_factory=dict)
    exact: Trie = field(default_factory=dict)
    #: fuzzy names by number of content words: (joined strings, names)
    fuzzy_by_size: dict[int, tuple[list[str], list[FuzzyName]]] = field(default_factory=dict)
    #: first letters (:data:`HEAD_PREFIX`) of the names fuzzy matching may start at
    head_prefixes: frozenset[str] = frozenset()
    #: id -> id of the top of its parent chain (UNSC -> UN)
    roots: dict[str, str] = field(default_factory=dict)
    #: id -> ids of its parent, grandparent... (CTC -> UNSC, UN)
    ancestors: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _add(trie: Trie, keys: Sequence[str], target: Any) -> None:
    node = trie
    for key in keys:
        node = node.setdefault(key, {})
    targets = node.setdefault(_END, [])
    if target not in targets:
        targets.append(target)


def _longest(trie: Trie, keys: Sequence[str], start: int) -> tuple[int, list[Any]] | None:
    """End and targets of the longest pattern of ``trie`` that starts at ``keys[start]``."""
    node = trie.get(keys[start])
    best = None
    position = start
    while node is not None:
        position += 1
        if _END in node:
            best = (position, node[_END])
        if position >= len(keys):
            break
        node = node.get(keys[position])
    return best


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def content_words(keys: Sequence[str]) -> tuple[str, ...]:
    """Folded words that carry the name: no connectors, no punctuation."""
    return tuple(key for key in keys if key not in CONNECTORS and any(c.isalnum() for c in key))


def _substitute(tokens: list[str], references: list[list[str]]) -> list[list[str]]:
    """Variants of a name with the parent's name in it written each other way
    ("Escritório das Nações Unidas sobre..." -> "Escritório da ONU sobre...")."""
    keys = [token_key(token) for token in tokens]
    found: tuple[int, int] | None = None
    for reference in sorted(references, key=len, reverse=True):
        ref_keys = [token_key(token) for token in reference]
        for start in range(len(keys) - len(ref_keys) + 1):
            if keys[start : start + len(ref_keys)] == ref_keys:
                found = (start, start + len(ref_keys))
                break
        if found:
            break
    if found is None:
        return []
    start, end = found
    return [tokens[:start] + reference + tokens[end:] for reference in references]


def _with_word_forms(acronyms: list[str]) -> list[str]:
    """The acronyms, and those of 4+ letters also written as words, as Brazilian
    newspapers do ("PNUD" -> "Pnud", "OTAN" -> "Otan")."""
    forms = list(acronyms)
    for acronym in acronyms:
        if len(acronym) >= 4 and acronym.isalpha() and acronym.isupper():
            word = acronym[0] + acronym[1:].lower()
            if word not in forms:
                forms.append(word)
    return forms


def _hyphenated(tokens: list[str], tokenize: Callable[[str], list[str]]) -> list[list[str]]:
    """The name with two neighbouring capitalised words joined by a hyphen, one pair at a
    time, as the 1990 agreement writes some ("Alto-Comissariado", "Assembleia-Geral")."""
    variants = []
    for index in range(len(tokens) - 1):
        first, second = tokens[index], tokens[index + 1]
        if first[:1].isupper() and second[:1].isupper() and first.isalpha() and second.isalpha():
            joined = tokenize(f"{first}-{second}")
            variants.append(tokens[:index] + joined + tokens[index + 2 :])
    return variants


def compile_patterns(catalogue: Catalogue, tokenize: Callable[[str], list[str]]) -> OrgPatterns:
    """Tries and fuzzy lists for every name, alias, acronym and derived form of the catalogue.

    Derived forms: a child organisation's names with its parent written any
    other way, and ``names_under_parent`` followed by "de" and any form of the
    parent ("Conselho de Segurança" + "da ONU"); alone, those are context names,
    valid only in a document that mentions the parent's family.
    """
    patterns = OrgPatterns(
        roots={org_id: catalogue.root(org_id) for org_id in catalogue},
        ancestors={org_id: tuple(catalogue.ancestors(org_id)) for org_id in catalogue},
    )
    forms: dict[str, list[list[str]]] = {}
    acronym_forms: dict[str, set[tuple[str, ...]]] = {}

    def all_forms(org_id: str) -> list[list[str]]:
        """Every written form of an organisation, as token lists (names first)."""
        if org_id in forms:
            return forms[org_id]
        org = catalogue[org_id]
        names = [tokenize(name) for name in org.all_names()]
        acronyms = [tokenize(acronym) for acronym in _with_word_forms(org.ordered_acronyms())]
        acronym_forms[org_id] = {tuple(acronym) for acronym in acronyms}
        derived: list[list[str]] = []
        if org.parent is not None:
            parent_forms = all_forms(org.parent)
            for name in names:
                derived.extend(_substitute(name, parent_forms))
            for local in org.names_under_parent:
                derived.extend([*tokenize(local), "de", *parent] for parent in parent_forms)
        forms[org_id] = names + derived + acronyms
        return forms[org_id]

    fuzzy: dict[tuple[str, ...], FuzzyName] = {}
    for org_id, org in catalogue.items():
        for tokens in all_forms(org_id):
            if tuple(tokens) in acronym_forms[org_id] or (
                len(tokens) == 1 and len(tokens[0]) <= SHORT_NAME_LENGTH
            ):
                _add(patterns.exact, tokens, Target(org_id, ACRONYM))
                continue
            keys = [token_key(token) for token in tokens]
            _add(patterns.folded, keys, Target(org_id, NAME))
            for variant in _hyphenated(tokens, tokenize):
                _add(patterns.folded, [token_key(token) for token in variant], Target(org_id, NAME))
            content = content_words(keys)
            if len(content) >= 2 and not any(token.isupper() for token in tokens):
                fuzzy.setdefault(content, FuzzyName(org_id, content))
        for local in org.names_under_parent:
            tokens = tokenize(local)
            for variant in [tokens, *_hyphenated(tokens, tokenize)]:
                _add(patterns.folded, [token_key(t) for t in variant], Target(org_id, CONTEXT))
    for name in fuzzy.values():
        joined, names = patterns.fuzzy_by_size.setdefault(len(name.content), ([], []))
        joined.append(" ".join(name.content))
        names.append(name)
    patterns.head_prefixes = frozenset(name.content[0][:HEAD_PREFIX] for name in fuzzy.values())
    return patterns


def _continues_name(words: Sequence[str], end: int) -> bool:
    """Whether the words after ``end`` carry on a proper name ("Conselho de Segurança Nacional")."""
    if end >= len(words):
        return False
    if is_capitalised(words[end]) and words[end][:1].isalpha():
        return True
    return token_key(words[end]) == "de" and end + 1 < len(words) and is_capitalised(words[end + 1])


def _starts_other_name(words: Sequence[str], end: int) -> bool:
    """Whether an acronym is followed by a capitalised word that makes it part of another
    name ("OAS Participações"); articles and prepositions ("Otan Os presidentes") do not."""
    if end >= len(words):
        return False
    following = words[end]
    return (
        is_capitalised(following)
        and any(char.islower() for char in following)
        and token_key(following) not in CONNECTORS
    )


def find_catalogue_matches(words: Sequence[str], patterns: OrgPatterns) -> list[OrgMatch]:
    """Exact catalogue names and acronyms, longest first, left to right, not overlapping.

    An acronym directly followed by a capitalised word is taken to be part of
    another name.  Context names (e.g. "Conselho de Segurança" alone) are kept only when the
    document mentions another member of the same family (the UN, its organs)
    and the words after them do not continue another proper name.
    """
    keys = [token_key(word) for word in words]
    found: list[tuple[int, int, list[Target]]] = []
    position = 0
    while position < len(words):
        by_name = (
            _longest(patterns.folded, keys, position) if keys[position] in patterns.folded else None
        )
        by_acronym = (
            _longest(patterns.exact, words, position) if words[position] in patterns.exact else None
        )
        if by_acronym is not None and _starts_other_name(words, by_acronym[0]):
            by_acronym = None  # "OAS Participações" is a company, not the OAS
        best = by_name
        if by_acronym is not None and (best is None or by_acronym[0] > best[0]):
            best = by_acronym
        if best is None:
            position += 1
            continue
        found.append((position, best[0], best[1]))
        position = best[0]
    matches = [
        OrgMatch(start, end, targets[0].org_id, targets[0].kind)
        for start, end, targets in found
        if targets[0].kind != CONTEXT
    ]
    families = {patterns.roots[match.org_id] for match in matches if match.org_id}
    for start, end, targets in found:
        if targets[0].kind != CONTEXT or _continues_name(words, end):
            continue
        for target in targets:
            if patterns.roots[target.org_id] in families:
                matches.append(OrgMatch(start, end, target.org_id, CONTEXT))
                break
    return _join_parents(sorted(matches, key=lambda match: match.start), words, patterns)


def _join_parents(
    matches: list[OrgMatch], words: Sequence[str], patterns: OrgPatterns
) -> list[OrgMatch]:
    """One match for a body followed by "de" and its parent: "[Programa Mundial de
    Alimentos] da [ONU]" is WFP, not WFP and the UN."""
    joined: list[OrgMatch] = []
    for match in matches:
        if joined:
            previous = joined[-1]
            if (
                previous.org_id is not None
                and match.org_id in patterns.ancestors.get(previous.org_id, ())
                and match.start == previous.end + 1
                and token_key(words[previous.end]) == "de"
            ):
                joined[-1] = OrgMatch(previous.start, match.end, previous.org_id, previous.kind)
                continue
        joined.append(match)
    return joined


def _candidate_ends(words: Sequence[str], start: int) -> list[int]:
    """Ends of capitalised multiword spans from ``start``, longest first."""
    ends = []
    position = start + 1
    while position < len(words) and position - start < MAX_NAME_WORDS:
        word = words[position]
        if is_capitalised(word) and word[:1].isalpha():
            ends.append(position + 1)
        elif token_key(word) not in CONNECTORS:
            break
        position += 1
    return ends[::-1]


def _words_agree(candidate: Sequence[str], name: Sequence[str]) -> bool:
    return all(
        Levenshtein.normalized_similarity(a, b) * 100 >= MIN_WORD_SIMILARITY
        for a, b in zip(candidate, name, strict=True)
    )


def find_fuzzy_matches(
    words: Sequence[str],
    patterns: OrgPatterns,
    threshold: float,
    exact: Sequence[OrgMatch] = (),
) -> list[OrgMatch]:
    """Long names within ``threshold`` (rapidfuzz ratio, 0-100) of a catalogue name.

    Candidates are capitalised spans starting like a word that begins some
    catalogue name (Organização, Conselho, Escritório...); their content words
    are compared, in order, with names of the same length.  Acronyms are never
    fuzzy-matched.  A fuzzy match may overlap an exact match only if it is more
    than twice as long ("Escritorio das [Nacoes Unidas] sobre Drogas e Crimes");
    otherwise the exact match stands.
    """
    covered = {(match.start, match.end) for match in exact}
    matches: list[OrgMatch] = []
    position = 0
    while position < len(words):
        word = words[position]
        if not is_capitalised(word) or token_key(word)[:HEAD_PREFIX] not in patterns.head_prefixes:
            position += 1
            continue
        best: OrgMatch | None = None
        for end in _candidate_ends(words, position):
            if (position, end) in covered:
                break
            content = content_words([token_key(w) for w in words[position:end]])
            choices = patterns.fuzzy_by_size.get(len(content))
            if choices is None:
                continue
            joined, names = choices
            for _, score, index in process.extract(
                " ".join(content), joined, scorer=fuzz.ratio, score_cutoff=threshold, limit=3
            ):
                if _words_agree(content, names[index].content):
                    best = OrgMatch(position, end, names[index].org_id, FUZZY, float(score))
                    break
            if best is not None:
                break
        if best is not None and any(
            match.start < best.end
            and best.start < match.end
            and 2 * (match.end - match.start) > best.end - best.start
            for match in exact
        ):
            best = None
        if best is None:
            position += 1
        else:
            matches.append(best)
            position = best.end
    return matches


def is_acronym_like(word: str) -> bool:
    """A word that can be a defined short form: "OTSC", "PCdoB", "G-20", "Opas"."""
    return (
        2 <= len(word) <= 10
        and word[0].isupper()
        and all(char.isalnum() or char == "-" for char in word)
        and not word.isdigit()
    )


def _is_title_case(word: str) -> bool:
    """ "Opas", "Acnur": an acronym written as a word, which only counts with exact initials."""
    return sum(char.isupper() for char in word) < 2


#: How a short form abbreviates a long one, best first: by the initials in order, by
#: some of them in order ("AT" for "Autoridade Tributária e Aduaneira"), by the initials
#: in another order ("NATO"), by letters in order (Schwartz and Hearst: "MERCOSUL").
INITIALS, SOME_INITIALS, REORDERED, LETTERS = 0, 1, 2, 3


def acronym_fit(short: str, long_words: Sequence[str]) -> int | None:
    """How the short form abbreviates the long form (a tier above), or None.

    INITIALS: its letters are the initials of the long form's content words (parts
    of hyphenated words count: "Pan-Americana"), or of every word for a mixed-case
    form ("BdP" for "Banco de Portugal").  SOME_INITIALS: an all-caps short form's
    letters are some of those initials in order, the first word's first.
    REORDERED: the initials in another order ("NATO" for "Organização do Tratado do
    Atlântico Norte").  LETTERS: its letters appear in the long form in order, the
    first one opening its first word ("MERCOSUL" for "Mercado Comum do Sul").
    """
    letters = [char for char in strip_accents(short) if char.isalpha()]
    content = content_words([strip_accents(word) for word in long_words])
    if len(letters) < 2 or len(content) < 2:
        return None
    initials = [part[0] for word in content for part in word.split("-") if part]
    if initials == letters:
        return INITIALS
    every_word = [w[0] for w in (strip_accents(word) for word in long_words) if w[:1].isalpha()]
    if every_word == letters and short != short.upper():
        return INITIALS
    loose = not _is_title_case(short) and content[0][0] == letters[0]
    if loose and _letters_in_order(letters, [word[0] for word in content]):
        return SOME_INITIALS
    if sorted(initials) == sorted(letters):
        return REORDERED
    return LETTERS if loose and _letters_in_order(letters, content) else None


def _letters_in_order(letters: Sequence[str], content: Sequence[str]) -> bool:
    """Schwartz and Hearst's test: the letters in order, the first opening a word, and
    not many more words than letters."""
    text = " ".join(content)
    position = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        while position >= 0 and (
            text[position] != letters[index]
            or (index == 0 and position > 0 and text[position - 1] != " ")
        ):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return len(content) <= len(letters) + 2


def acronym_fits(short: str, long_words: Sequence[str], strict: bool = False) -> bool:
    """Whether the short form abbreviates the long form (see ``acronym_fit``); ``strict``
    leaves out letters in order that are not all initials."""
    fit = acronym_fit(short, long_words)
    return fit is not None and not (strict and fit == LETTERS)


def _long_form_before(words: Sequence[str], paren: int, short: str) -> tuple[int, int] | None:
    """The shortest capitalised span ending before ``paren`` whose initials are the short
    form's letters, else the shortest that abbreviates it less closely (see ``acronym_fit``)."""
    start = paren
    while start > 0 and paren - start < MAX_NAME_WORDS:
        word = words[start - 1]
        if not (is_capitalised(word) and word[:1].isalpha()) and token_key(word) not in CONNECTORS:
            break
        start -= 1
    fits = {
        candidate: acronym_fit(short, words[candidate:paren])
        for candidate in range(paren - 1, start - 1, -1)
        if is_capitalised(words[candidate])
    }
    for wanted in (INITIALS, SOME_INITIALS, REORDERED, LETTERS):
        shortest = next((c for c, fit in fits.items() if fit == wanted), None)
        if shortest is not None:
            return shortest, paren
    return None


def find_acronym_definitions(words: Sequence[str]) -> Iterator[AcronymDefinition]:
    """Acronyms defined in the text: "Long Form (LF)" and "LF (Long Form)"."""
    for paren, word in enumerate(words):
        if word != "(":
            continue
        if paren + 2 < len(words) and words[paren + 2] == ")" and is_acronym_like(words[paren + 1]):
            span = _long_form_before(words, paren, words[paren + 1])
            if span is not None:
                yield AcronymDefinition(span[0], span[1], paren + 1, paren + 2)
            continue
        if paren == 0 or not is_acronym_like(words[paren - 1]):
            continue
        limit = min(len(words), paren + 1 + MAX_NAME_WORDS)
        close = next((i for i in range(paren + 1, limit) if words[i] == ")"), None)
        if (
            close is not None
            and close - paren > 2
            and is_capitalised(words[paren + 1])
            and acronym_fits(words[paren - 1], words[paren + 1 : close])
        ):
            yield AcronymDefinition(paren + 1, close, paren - 1, paren)


def find_phrases(
    words: Sequence[str], phrases: dict[tuple[str, ...], Any], case_sensitive: bool
) -> list[tuple[int, int, Any]]:
    """Longest non-overlapping occurrences of the given token sequences, left to right."""
    trie: Trie = {}
    for tokens, value in phrases.items():
        _add(trie, tokens, value)
    keys: Sequence[str] = words if case_sensitive else [token_key(word) for word in words]
    found = []
    position = 0
    while position < len(keys):
        best = _longest(trie, keys, position) if keys[position] in trie else None
        if best is None:
            position += 1
            continue
        found.append((position, best[0], best[1][0]))
        position = best[0]
    return found


def resolve_overlaps(matches: Sequence[OrgMatch]) -> list[OrgMatch]:
    """Non-overlapping matches: longer first, then the stronger kind, then the earlier."""
    ranked = sorted(matches, key=lambda m: (-(m.end - m.start), KIND_PRIORITY[m.kind], m.start))
    taken: set[int] = set()
    kept = []
    for match in ranked:
        tokens = range(match.start, match.end)
        if taken.isdisjoint(tokens):
            kept.append(match)
            taken.update(tokens)
    return sorted(kept, key=lambda match: match.start)


def resembles(long_words: Sequence[str], names: Sequence[Sequence[str]], threshold: float) -> bool:
    """Whether a long form is close to one of an organisation's names (token-set ratio)."""
    candidate = " ".join(content_words([token_key(word) for word in long_words]))
    return any(
        fuzz.token_set_ratio(candidate, " ".join(content_words([token_key(w) for w in name])))
        >= threshold
        for name in names
    )
