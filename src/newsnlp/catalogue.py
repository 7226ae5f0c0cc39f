"""The organisation catalogue: loading, validation and merging of user files.

A catalogue file is JSON, ``{"organizations": [entry, ...]}`` (or a bare list of
entries); the format is documented in ``docs/catalogue.md``.  The package's own
catalogue is ``newsnlp/data/organizations.json``; users add files of the same
format, which may define new organisations or (with ``"extend": true``) add
names, acronyms and aliases to existing ones.  Every problem is reported as a
:class:`~newsnlp.resources.DataError` that names the file and the entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .folding import fold
from .resources import DataError, read_json, read_json_file

#: Package data file of the built-in catalogue.
PACKAGE_CATALOGUE = "organizations.json"

#: Order in which acronyms are listed: Portuguese first, then English, then the rest.
ACRONYM_LANGUAGE_ORDER = ("pt", "en")

ENTRY_KEYS = frozenset(
    {"id", "names", "acronyms", "aliases", "parent", "names_under_parent", "extend", "note"}
)


@dataclass
class Organization:
    """One catalogue entry; ``names["pt"][0]`` is the canonical Portuguese name."""

    id: str
    names: dict[str, list[str]]
    acronyms: dict[str, list[str]] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None
    names_under_parent: list[str] = field(default_factory=list)
    source: str = "?"

    @property
    def name(self) -> str:
        return self.names["pt"][0]

    def ordered_acronyms(self) -> list[str]:
        """All acronyms, Portuguese first, then English, then other languages; no repeats."""
        languages = [
            *ACRONYM_LANGUAGE_ORDER,
            *sorted(set(self.acronyms) - set(ACRONYM_LANGUAGE_ORDER)),
        ]
        ordered: list[str] = []
        for language in languages:
            for acronym in self.acronyms.get(language, []):
                if acronym not in ordered:
                    ordered.append(acronym)
        return ordered

    def all_names(self) -> list[str]:
        """Full names in every language and the aliases (not the acronyms)."""
        return [name for names in self.names.values() for name in names] + list(self.aliases)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "names": self.names, "acronyms": self.acronyms}
        data["aliases"] = self.aliases
        if self.parent is not None:
            data["parent"] = self.parent
        if self.names_under_parent:
            data["names_under_parent"] = self.names_under_parent
        return data


class Catalogue(Mapping[str, Organization]):
    """Validated organisations by id, in file order."""

    def __init__(self, organizations: Iterable[Organization] = ()) -> None:
        self._by_id: dict[str, Organization] = {}
        for organization in organizations:
            self.add(organization)
        self.validate()

    def __getitem__(self, org_id: str) -> Organization:
        return self._by_id[org_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def add(self, organization: Organization, extend: bool = False) -> None:
        """Add an entry, or with ``extend`` merge its names into the existing one."""
        existing = self._by_id.get(organization.id)
        if extend:
            if existing is None:
                raise DataError(
                    f'{organization.source}: entry {organization.id!r} has "extend": true '
                    "but no organisation with that id exists"
                )
            _merge_into(existing, organization)
            return
        if existing is not None:
            raise DataError(
                f"{organization.source}: duplicate id {organization.id!r} "
                f'(already defined in {existing.source}); use "extend": true to add to it'
            )
        self._by_id[organization.id] = organization

    def validate(self) -> None:
        """Cross-entry rules: parents exist, no cycles, no acronym or name shared by two ids."""
        acronym_owner: dict[str, Organization] = {}
        name_owner: dict[str, Organization] = {}
        for org in self._by_id.values():
            if org.parent is not None:
                if org.parent not in self._by_id:
                    raise DataError(f"{org.source}: {org.id!r} has unknown parent {org.parent!r}")
                self.ancestors(org.id)  # raises on a cycle
            for acronym in org.ordered_acronyms():
                other = acronym_owner.setdefault(acronym, org)
                if other.id != org.id:
                    raise DataError(
                        f"{org.source}: acronym {acronym!r} of {org.id!r} clashes with "
                        f"{other.id!r} ({other.source})"
                    )
            for name in org.all_names():
                other = name_owner.setdefault(fold(name), org)
                if other.id != org.id:
                    raise DataError(
                        f"{org.source}: name {name!r} of {org.id!r} clashes with "
                        f"{other.id!r} ({other.source})"
                    )

    def ancestors(self, org_id: str) -> list[str]:
        """Ids of the parent, grandparent... of ``org_id``, nearest first."""
        chain: list[str] = []
        parent = self._by_id[org_id].parent
        while parent is not None:
            if parent in chain or parent == org_id:
                raise DataError(f"{self._by_id[org_id].source}: parent cycle through {org_id!r}")
            chain.append(parent)
            parent = self._by_id[parent].parent
        return chain

    def root(self, org_id: str) -> str:
        chain = self.ancestors(org_id)
        return chain[-1] if chain else org_id

    def to_dict(self) -> dict[str, Any]:
        return {"version": 1, "organizations": [org.to_dict() for org in self._by_id.values()]}


def _merge_into(target: Organization, addition: Organization) -> None:
    for language, names in addition.names.items():
        target.names.setdefault(language, []).extend(
            n for n in names if n not in target.names.get(language, [])
        )
    for language, acronyms in addition.acronyms.items():
        target.acronyms.setdefault(language, []).extend(
            a for a in acronyms if a not in target.acronyms.get(language, [])
        )
    target.aliases.extend(a for a in addition.aliases if a not in target.aliases)
    target.names_under_parent.extend(
        n for n in addition.names_under_parent if n not in target.names_under_parent
    )


def _string_list(value: Any, where: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"{where}: {key!r} must be a list of non-empty strings")
    return [v.strip() for v in value]


def _language_lists(value: Any, where: str, key: str) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise DataError(f"{where}: {key!r} must be an object of language code -> list of strings")
    result: dict[str, list[str]] = {}
    for language, items in value.items():
        if not isinstance(language, str) or not language.isalpha() or not language.islower():
            raise DataError(f"{where}: {key!r} has a bad language code {language!r}")
        result[language] = _string_list(items, where, f"{key}.{language}")
    return result


def parse_entry(data: Any, source: str, index: int) -> tuple[Organization, bool]:
    """Validate one entry; returns the organisation and whether it extends an existing one."""
    where = f"{source}, entry {index}"
    if not isinstance(data, dict):
        raise DataError(f"{where}: an entry must be an object, not {type(data).__name__}")
    org_id = data.get("id")
    if not isinstance(org_id, str) or not org_id or org_id != org_id.strip() or " " in org_id:
        raise DataError(f"{where}: 'id' must be a non-empty string without spaces")
    where = f"{source}, entry {index} ({org_id!r})"
    unknown = set(data) - ENTRY_KEYS
    if unknown:
        raise DataError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(ENTRY_KEYS)}")
    extend = data.get("extend", False)
    if not isinstance(extend, bool):
        raise DataError(f"{where}: 'extend' must be true or false")
    names = _language_lists(data.get("names", {}), where, "names")
    if not extend and not names.get("pt"):
        raise DataError(f"{where}: 'names' must have at least one Portuguese name under 'pt'")
    parent = data.get("parent")
    if parent is not None and (not isinstance(parent, str) or not parent):
        raise DataError(f"{where}: 'parent' must be an organisation id")
    names_under_parent = _string_list(
        data.get("names_under_parent", []), where, "names_under_parent"
    )
    if names_under_parent and parent is None and not extend:
        raise DataError(f"{where}: 'names_under_parent' needs a 'parent'")
    organization = Organization(
        id=org_id,
        names=names,
        acronyms=_language_lists(data.get("acronyms", {}), where, "acronyms"),
        aliases=_string_list(data.get("aliases", []), where, "aliases"),
        parent=parent,
        names_under_parent=names_under_parent,
        source=source,
    )
    for acronym in organization.ordered_acronyms():
        if len(acronym) > 12:
            raise DataError(f"{where}: acronym {acronym!r} is longer than 12 characters")
    return organization, extend


def parse_catalogue(data: Any, source: str) -> list[tuple[Organization, bool]]:
    """Validate the entries of one catalogue file's parsed JSON."""
    if isinstance(data, dict):
        if "organizations" not in data:
            raise DataError(f"{source}: expected an object with an 'organizations' list")
        data = data["organizations"]
    if not isinstance(data, list):
        raise DataError(f"{source}: 'organizations' must be a list of entries")
    return [parse_entry(entry, source, index) for index, entry in enumerate(data)]


def read_catalogue_file(path: str | Path) -> list[tuple[Organization, bool]]:
    return parse_catalogue(read_json_file(path, "catalogue"), str(path))


def build_catalogue(parts: Sequence[list[tuple[Organization, bool]]]) -> Catalogue:
    """One catalogue from parsed files, in order; later files may extend earlier entries."""
    catalogue = Catalogue()
    for entries in parts:
        for organization, extend in entries:
            catalogue.add(organization, extend=extend)
    catalogue.validate()
    return catalogue


def load_catalogue(extra: Sequence[str | Path] = (), include_package: bool = True) -> Catalogue:
    """The package catalogue (unless ``include_package`` is false) plus the user's files."""
    parts = []
    if include_package:
        parts.append(
            parse_catalogue(read_json(PACKAGE_CATALOGUE), f"newsnlp/data/{PACKAGE_CATALOGUE}")
        )
    parts.extend(read_catalogue_file(path) for path in extra)
    return build_catalogue(parts)


def catalogue_from_dict(data: Any, source: str) -> Catalogue:
    """A catalogue from one parsed JSON document (e.g. a component's saved catalogue)."""
    return build_catalogue([parse_catalogue(data, source)])
