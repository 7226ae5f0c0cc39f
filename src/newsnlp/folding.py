"""Spelling-insensitive keys for matching names: case, accents and orthography folded.

Portuguese names of the same organisation differ in accents ("Econômica" /
"Económica"), in the 1990 orthographic agreement ("Colectiva" / "Coletiva",
"Direcção" / "Direção", "Egipto" / "Egito") and in the contracted preposition
("da ONU" / "do ONU"). Folding both the catalogue and the text the same way
makes all of these one key, so exact matching covers them without fuzzy search.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Contracted forms of "de", which names use interchangeably ("das Nações Unidas" / "da ONU").
DE_FORMS = frozenset({"de", "da", "do", "das", "dos", "d'"})

#: Silent consonants dropped by the 1990 agreement, folded on both sides.
_PRE_1990 = (("cc", "c"), ("ct", "t"), ("pt", "t"))


def strip_accents(text: str) -> str:
    """Lowercase, without accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text: str) -> str:
    """Lowercase, without accents and with pre-1990 silent consonants removed."""
    folded = strip_accents(text)
    for old, new in _PRE_1990:
        folded = folded.replace(old, new)
    return folded


@lru_cache(maxsize=200_000)
def token_key(word: str) -> str:
    """Matching key of one token: folded, and every form of "de" the same."""
    key = fold(word)
    return "de" if key in DE_FORMS else key
