"""Component ``newsnlp_orgs``: organisations normalised to catalogue ids.

Runs after the model's ``ner`` (or the fallback's ``newsnlp_entities``).  It finds
catalogue names and acronyms, fuzzy long names and acronyms defined in the text
(:mod:`~newsnlp.components.org_matching`), then merges them with the entities
already in ``doc.ents``:

* a match wins over any entity it overlaps (the model's ORG is kept when it is
  exactly the match, extended when it is part of it, replaced when it contains
  it, and a PER/LOC over the same words is relabelled ORG); only the weak
  kinds, fuzzy and context matches, give way to a PER or LOC entity, and a
  catalogue name in the middle of an ORG that opens with an organisation word
  gives way to it ("Programa das Nações Unidas para o Meio Ambiente" is not the UN);
* a model ORG that matches nothing stays an ORG with ``org_id`` None and its own
  text as ``org_name``, and gets its own group (users expect every organisation
  of the article in ``doc._.organizations``, catalogued or not), unless it reads
  as a person's name ("Vladimir Zainetdinov", relabelled PER) or is a known
  place ("Federação Russa", relabelled LOC).

``doc._.organizations`` holds one group per organisation, in order of first mention.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..catalogue import Catalogue, catalogue_from_dict, load_catalogue
from ..extensions import register_extensions
from ..folding import fold, token_key
from .entity_rules import default_gazetteers, is_known_place, looks_like_person
from .org_matching import (
    CONTEXT,
    DEFINED,
    FUZZY,
    OrgMatch,
    OrgPatterns,
    compile_patterns,
    find_acronym_definitions,
    find_catalogue_matches,
    find_fuzzy_matches,
    find_phrases,
    resembles,
    resolve_overlaps,
)

register_extensions()

ORG = "ORG"

#: A long form defined in the text joins the id of the acronym it defines when it
#: is at least this close (token-set ratio) to one of that organisation's names.
DEFINITION_RESEMBLANCE = 80.0

CATALOGUE_FILE = "catalogue.json"

#: Acronyms the text defines, by group key (see :func:`_group_key`).
DefinedAcronyms = dict[tuple[str, str], list[str]]


def catalogue_mentions(doc: Doc) -> set[tuple[int, int, str]]:
    """Every organisation mention the catalogue identified: (start_char, end_char, id).

    The form gold files give them in, so scoring against one is a set comparison.
    """
    return {
        (ent.start_char, ent.end_char, ent._.org_id)
        for ent in doc.ents
        if ent.label_ == "ORG" and ent._.org_id is not None
    }


def _group_key(org_id: str | None, name: str) -> tuple[str, str]:
    """One group per catalogue id, or per long form (folded) for the others."""
    return ("id", org_id) if org_id is not None else ("text", fold(name))


CONFIG_FILE = "cfg"


class OrgNormalizer:
    """Finds organisations, gives them catalogue ids and groups their mentions."""

    def __init__(
        self,
        nlp: Language,
        name: str = "newsnlp_orgs",
        *,
        extra_catalogues: Sequence[str] = (),
        use_package_catalogue: bool = True,
        fuzzy_threshold: float = 90.0,
    ) -> None:
        """extra_catalogues: the user's catalogue files (JSON), merged after the package's;
        use_package_catalogue: false to use only ``extra_catalogues``;
        fuzzy_threshold: rapidfuzz ratio (0-100) for fuzzy long names; 100 turns fuzzy off."""
        self.name = name
        self.tokenizer = nlp.tokenizer
        self.extra_catalogues = [str(path) for path in extra_catalogues]
        self.use_package_catalogue = use_package_catalogue
        self.fuzzy_threshold = float(fuzzy_threshold)
        self._catalogue: Catalogue | None = None
        self._patterns: OrgPatterns | None = None
        self._head_words: frozenset[str] | None = None

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue in use, loaded on first use (or restored by ``from_disk``)."""
        if self._catalogue is None:
            self._catalogue = load_catalogue(self.extra_catalogues, self.use_package_catalogue)
        return self._catalogue

    @property
    def patterns(self) -> OrgPatterns:
        if self._patterns is None:
            self._patterns = compile_patterns(self.catalogue, self._tokenize)
        return self._patterns

    def _tokenize(self, text: str) -> list[str]:
        return [token.text for token in self.tokenizer(text)]

    def add_catalogue(self, path: str | Path) -> None:
        """Merge another catalogue file into the one in use."""
        merged = load_catalogue([path], include_package=False)
        data = self.catalogue.to_dict()
        data["organizations"].extend(org.to_dict() for org in merged.values())
        self._catalogue = catalogue_from_dict(data, f"{self.name} catalogue + {path}")
        self._patterns = self._head_words = None

    def initialize(self, get_examples: Any = None, nlp: Language | None = None) -> None:
        """Load and compile the catalogue now rather than on the first document."""
        self._patterns = compile_patterns(self.catalogue, self._tokenize)

    def __call__(self, doc: Doc) -> Doc:
        words = [token.text for token in doc]
        matches, defined_acronyms = self._find(doc, words)
        self._merge(doc, matches, defined_acronyms)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def _find(self, doc: Doc, words: list[str]) -> tuple[list[OrgMatch], DefinedAcronyms]:
        """Catalogue, fuzzy and text-defined matches, not overlapping, and the defined acronyms."""
        patterns = self.patterns
        matches = find_catalogue_matches(words, patterns)
        if self.fuzzy_threshold < 100:
            matches += find_fuzzy_matches(words, patterns, self.fuzzy_threshold, matches)
        matches = resolve_overlaps(matches)
        defined_acronyms: DefinedAcronyms = {}
        defined = self._definitions(doc, words, matches, defined_acronyms)
        return (resolve_overlaps(matches + defined) if defined else matches), defined_acronyms

    def _definitions(
        self, doc: Doc, words: list[str], matches: list[OrgMatch], defined_acronyms: DefinedAcronyms
    ) -> list[OrgMatch]:
        """Mentions of the acronyms and long forms the text defines, with their organisation;
        records each group's defined acronyms in ``defined_acronyms``."""
        by_span = {(m.start, m.end): m for m in matches}
        org_tokens = {i for e in doc.ents if e.label_ == ORG for i in range(e.start, e.end)}
        acronyms: dict[tuple[str, ...], tuple[str | None, str]] = {}
        long_forms: dict[tuple[str, ...], tuple[str | None, str]] = {}
        for definition in find_acronym_definitions(words):
            long_span = (definition.long_start, definition.long_end)
            long_words = words[definition.long_start : definition.long_end]
            long_text = doc[definition.long_start : definition.long_end].text
            short = tuple(words[definition.short_start : definition.short_end])
            long_match = by_span.get(long_span)
            short_match = by_span.get((definition.short_start, definition.short_end))
            org_id: str | None
            if long_match is not None:
                org_id = long_match.org_id
            elif short_match is not None and resembles(
                long_words,
                [self._tokenize(n) for n in self._names_of(short_match.org_id)],
                DEFINITION_RESEMBLANCE,
            ):
                org_id = short_match.org_id
            elif self._names_an_organisation(long_words, long_span, org_tokens):
                org_id = None
            else:
                continue  # "Produto Interno Bruto (PIB)", "Educação Ambiental (EA)"
            acronyms[short] = (org_id, long_text)
            if long_match is None:
                long_forms[tuple(token_key(w) for w in long_words)] = (org_id, long_text)
            written = doc[definition.short_start : definition.short_end].text
            group_acronyms = defined_acronyms.setdefault(_group_key(org_id, long_text), [])
            if written not in group_acronyms:
                group_acronyms.append(written)
        found = find_phrases(words, acronyms, case_sensitive=True)
        found += find_phrases(words, long_forms, case_sensitive=False)
        return [
            OrgMatch(start, end, org_id, DEFINED, defined_name=None if org_id else long_text)
            for start, end, (org_id, long_text) in found
        ]

    def _names_an_organisation(
        self, long_words: list[str], long_span: tuple[int, int], org_tokens: set[int]
    ) -> bool:
        """Whether a long form defined in the text is an organisation's name: it opens
        with an organisation word (Partido, Universidade, Banco...) or the model took
        it for an ORG.  Other abbreviations (PIB, IVA) are not organisations."""
        if fold(long_words[0]) in self.head_words:
            return True
        return not org_tokens.isdisjoint(range(*long_span))

    @property
    def head_words(self) -> frozenset[str]:
        """Folded first words of organisation names: the fallback's list and the catalogue's."""
        if self._head_words is None:
            catalogue_heads = {
                fold(name.split()[0]) for org in self.catalogue.values() for name in org.names["pt"]
            }
            self._head_words = default_gazetteers().org_heads | catalogue_heads
        return self._head_words

    def _names_of(self, org_id: str | None) -> list[str]:
        if org_id is None:
            return []
        org = self.catalogue[org_id]
        return [*org.all_names(), *org.names_under_parent]

    def _merge(self, doc: Doc, matches: list[OrgMatch], defined_acronyms: DefinedAcronyms) -> None:
        """New ``doc.ents`` with the matches as ORG, attributes and groups."""
        weak = {FUZZY, CONTEXT}
        taken: dict[int, OrgMatch] = {i: m for m in matches for i in range(m.start, m.end)}
        dropped: set[int] = set()
        ents: list[Span] = []
        for ent in doc.ents:
            overlapping = {id(taken[i]): taken[i] for i in range(ent.start, ent.end) if i in taken}
            if not overlapping:
                ents.append(_checked_org(ent) if ent.label_ == ORG else ent)
            elif (
                ent.label_ in ("PER", "LOC") and all(m.kind in weak for m in overlapping.values())
            ) or self._names_a_unit_within(ent, overlapping.values()):
                ents.append(ent)
                dropped.update(overlapping)
        kept = [m for m in matches if id(m) not in dropped]
        ents.extend(Span(doc, m.start, m.end, label=ORG) for m in kept)
        doc.ents = sorted(ents, key=lambda span: span.start)
        by_span = {(m.start, m.end): m for m in kept}
        doc._.organizations = self._groups(doc, by_span, defined_acronyms)

    def _names_a_unit_within(self, ent: Span, matches: Iterable[OrgMatch]) -> bool:
        """Whether an ORG entity is another body that merely contains a catalogue name in
        its middle: "Programa das [Nações Unidas] para o Meio Ambiente", "Missão das
        [Nações Unidas] no Mali" (not "Secretariado da [CSTO]", where the match ends it,
        unless the text gives the whole its own acronym)."""
        if ent.label_ != ORG or fold(ent[0].text) not in self.head_words:
            return False
        inside = all(ent.start < m.start and m.end < ent.end for m in matches)
        return inside or (
            all(ent.start < m.start for m in matches) and _acronym_follows(ent)
        )  # "Fundo de População das [Nações Unidas] (UNFPA)": a body of its own name

    def _groups(
        self,
        doc: Doc,
        by_span: dict[tuple[int, int], OrgMatch],
        defined_acronyms: DefinedAcronyms,
    ) -> list[dict[str, Any]]:
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        for ent in doc.ents:
            if ent.label_ != ORG:
                continue
            match = by_span.get((ent.start, ent.end))
            org_id = match.org_id if match is not None else None
            if org_id is not None:
                org = self.catalogue[org_id]
                name, acronyms = org.name, org.ordered_acronyms()
            else:
                name = (
                    match.defined_name
                    if match and match.defined_name
                    else " ".join(ent.text.split())
                )
                acronyms = []
            ent._.org_id = org_id
            ent._.org_name = name
            key = _group_key(org_id, name)
            group = groups.get(key)
            if group is None:
                acronyms += [a for a in defined_acronyms.get(key, []) if a not in acronyms]
                group = groups[key] = {
                    "id": org_id,
                    "name": name,
                    "acronyms": acronyms,
                    "mentions": [],
                }
            group["mentions"].append([ent.start_char, ent.end_char])
        return list(groups.values())

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the catalogue in use (package entries and user additions) and the settings."""
        path = Path(path)
        if not path.exists():
            path.mkdir(parents=True)
        srsly.write_json(path / CATALOGUE_FILE, self.catalogue.to_dict())
        srsly.write_json(path / CONFIG_FILE, {"fuzzy_threshold": self.fuzzy_threshold})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> OrgNormalizer:
        path = Path(path)
        self._catalogue = catalogue_from_dict(
            srsly.read_json(path / CATALOGUE_FILE), str(path / CATALOGUE_FILE)
        )
        self.fuzzy_threshold = float(srsly.read_json(path / CONFIG_FILE)["fuzzy_threshold"])
        self._patterns = self._head_words = None
        return self


def _acronym_follows(ent: Span) -> bool:
    """An acronym in brackets right after the entity: "… das Nações Unidas (UNFPA)"."""
    doc, end = ent.doc, ent.end
    return (
        end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 1].text.isupper()
        and doc[end + 1].is_alpha
        and doc[end + 2].text == ")"
    )


def _checked_org(ent: Span) -> Span:
    """A model ORG that matched nothing: relabelled PER when it reads as a person's name
    and LOC when it is a known place; else kept."""
    words = [token.text for token in ent]
    if looks_like_person(words):
        return Span(ent.doc, ent.start, ent.end, label="PER")
    if is_known_place(words):
        return Span(ent.doc, ent.start, ent.end, label="LOC")
    return ent


@Language.factory(
    "newsnlp_orgs",
    default_config={
        "extra_catalogues": [],
        "use_package_catalogue": True,
        "fuzzy_threshold": 90.0,
    },
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.organizations", "span._.org_id", "span._.org_name"],
)
def make_org_normalizer(
    nlp: Language,
    name: str,
    extra_catalogues: list[str],
    use_package_catalogue: bool,
    fuzzy_threshold: float,
) -> OrgNormalizer:
    return OrgNormalizer(
        nlp,
        name,
        extra_catalogues=extra_catalogues,
        use_package_catalogue=use_package_catalogue,
        fuzzy_threshold=fuzzy_threshold,
    )
