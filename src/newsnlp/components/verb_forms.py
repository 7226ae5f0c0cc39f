"""Every inflected form of Portuguese verbs, so speech cues match without a lemmatiser.

The fallback pipeline has no lemmas and the stand-in's lemmatiser misses many
forms ("Informou" stays "Informou"), so cue verbs are matched on the lower-cased
token text against a set generated here: regular -ar/-er/-ir conjugation with
its spelling changes (explicar → expliquei, esclarecer → esclareço, concluir →
conclui), plus the irregular paradigms of ``data/verb_irregulars.txt``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..resources import DataError, read_lines

#: Endings of the regular conjugations, by infinitive ending; every simple tense,
#: the personal infinitive, gerund and the four participle forms.
_ENDINGS: dict[str, tuple[str, ...]] = {
    "ar": (
        "ar", "ares", "armos", "ardes", "arem", "ando", "ado", "ada", "ados", "adas",
        "o", "as", "a", "amos", "ais", "am",
        "ei", "aste", "ou", "astes", "aram",
        "ava", "avas", "ávamos", "áveis", "avam",
        "ara", "aras", "áramos", "áreis",
        "arei", "arás", "ará", "aremos", "areis", "arão",
        "aria", "arias", "aríamos", "aríeis", "ariam",
        "e", "es", "emos", "eis", "em",
        "asse", "asses", "ássemos", "ásseis", "assem",
    ),
    "er": (
        "er", "eres", "ermos", "erdes", "erem", "endo", "ido", "ida", "idos", "idas",
        "o", "es", "e", "emos", "eis", "em",
        "i", "este", "eu", "estes", "eram",
        "ia", "ias", "íamos", "íeis", "iam",
        "era", "eras", "êramos", "êreis",
        "erei", "erás", "erá", "eremos", "ereis", "erão",
        "eria", "erias", "eríamos", "eríeis", "eriam",
        "a", "as", "amos", "ais", "am",
        "esse", "esses", "êssemos", "êsseis", "essem",
    ),
    "ir": (
        "ir", "ires", "irmos", "irdes", "irem", "indo", "ido", "ida", "idos", "idas",
        "o", "es", "e", "imos", "is", "em",
        "i", "iste", "iu", "istes", "iram",
        "ia", "ias", "íamos", "íeis", "iam",
        "ira", "iras", "íramos", "íreis",
        "irei", "irás", "irá", "iremos", "ireis", "irão",
        "iria", "irias", "iríamos", "iríeis", "iriam",
        "a", "as", "amos", "ais", "am",
        "isse", "isses", "íssemos", "ísseis", "issem",
    ),
}  # fmt: skip

#: -uir verbs (concluir, atribuir) write these endings differently: conclui, concluís,
#: and an accent keeps the hiatus: concluía, concluíram, concluísse, concluído.
_UIR_ENDINGS = {
    "es": "is", "e": "i", "i": "í", "imos": "ímos", "iste": "íste", "istes": "ístes",
    "ia": "ía", "ias": "ías", "iam": "íam", "iram": "íram", "ira": "íra", "iras": "íras",
    "isse": "ísse", "isses": "ísses", "issem": "íssem",
    "ido": "ído", "ida": "ída", "idos": "ídos", "idas": "ídas",
}  # fmt: skip


def _spell(stem: str, infinitive_ending: str, ending: str) -> str:
    """Join stem and ending with Portuguese spelling changes (c/qu, g/gu, ç/c, c/ç, g/j)."""
    soft = ending[:1] in ("e", "é", "ê", "i", "í")
    if infinitive_ending == "ar" and soft:
        if stem.endswith("c"):
            return stem[:-1] + "qu" + ending
        if stem.endswith("g"):
            return stem + "u" + ending
        if stem.endswith("ç"):
            return stem[:-1] + "c" + ending
    if infinitive_ending in ("er", "ir") and not soft:
        if stem.endswith("gu"):
            return stem[:-1] + ending
        if stem.endswith("c"):
            return stem[:-1] + "ç" + ending
        if stem.endswith("g"):
            return stem[:-1] + "j" + ending
    return stem + ending


def regular_forms(infinitive: str) -> set[str]:
    """All forms of a regular -ar/-er/-ir verb (with its spelling changes)."""
    infinitive = infinitive.lower()
    ending = infinitive[-2:]
    if ending not in _ENDINGS:
        raise ValueError(f"not a Portuguese infinitive (-ar, -er, -ir): {infinitive!r}")
    stem = infinitive[:-2]
    uir = ending == "ir" and stem.endswith("u")
    forms = set()
    for suffix in _ENDINGS[ending]:
        if uir:
            suffix = _UIR_ENDINGS.get(suffix, suffix)
        forms.add(_spell(stem, ending, suffix))
    return forms


class VerbTable:
    """Irregular paradigms, compounds and stem-change forms, read from a data file."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.paradigms: dict[str, set[str]] = {}
        self.compounds: dict[str, str] = {}
        self.extra: dict[str, set[str]] = {}
        for line in lines:
            for operator, table in (("=", self.paradigms), ("+", self.extra)):
                verb, sep, rest = line.partition(f" {operator} ")
                if sep:
                    forms = rest.split()
                    if not forms:
                        raise DataError(f"irregular verb {verb!r} lists no forms: {line!r}")
                    table[verb.strip()] = set(forms)
                    break
            else:
                verb, sep, base = line.partition(" < ")
                if not sep:
                    raise DataError(
                        f"expected 'verb = forms', 'verb + forms' or 'verb < base': {line!r}"
                    )
                self.compounds[verb.strip()] = base.strip()
        for verb, base in self.compounds.items():
            if base not in self.paradigms:
                raise DataError(f"compound {verb!r} names {base!r}, which has no paradigm")

    def forms(self, infinitive: str) -> set[str]:
        """Every form of ``infinitive``: its paradigm, its base's with the prefix, or regular."""
        infinitive = infinitive.lower()
        if infinitive in self.paradigms:
            return set(self.paradigms[infinitive])
        base = self.compounds.get(infinitive)
        if base is not None:
            prefix = infinitive[: len(infinitive) - len(base.replace("ô", "o"))]
            return {prefix + _compound_accent(base, form) for form in self.paradigms[base]}
        return regular_forms(infinitive) | self.extra.get(infinitive, set())


def _compound_accent(base: str, form: str) -> str:
    """ter's compounds accent the 3rd person present (mantém, mantêm); pôr's drop it (propor)."""
    if base == "ter":
        return {"tem": "tém", "tens": "téns"}.get(form, form)
    if base == "pôr" and form == "pôr":
        return "por"
    return form


def load_verb_table() -> VerbTable:
    return VerbTable(read_lines("verb_irregulars.txt"))


def inflect_all(infinitives: Iterable[str], table: VerbTable) -> dict[str, str]:
    """Map every form of every verb to its infinitive (the first verb listed wins a shared form)."""
    lookup: dict[str, str] = {}
    for infinitive in infinitives:
        for form in table.forms(infinitive):
            lookup.setdefault(form, infinitive.lower())
    return lookup
