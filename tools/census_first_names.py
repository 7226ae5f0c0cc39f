"""Print the given names of the 1990 US Census that the fallback recogniser may add.

The census lists (public domain) come in PyPI's ``names`` package; the Portuguese
dictionaries are Debian's ``hunspell-pt-pt`` and ``hunspell-pt-br``, read with
``spylls``.  A name is kept when at least ``--share`` per cent of people bear it,
it is not a Portuguese word in lower case ("Linda", "Clara", "Major"), nor an
English one unless at least ``--common`` per cent bear it ("Jack" stays, "Amber",
"Hope" and "Crystal" go: in Portuguese news they are titles and brands more often
than people), and it is not a place or already listed.  The output was appended, once, to
``src/newsnlp/data/first_names.txt``; none of these tools is a dependency.

    pip download --no-deps names && tar xzf names-*.tar.gz
    apt-get download hunspell-pt-pt hunspell-pt-br wamerican && dpkg-deb -x <each .deb> x
    python tools/census_first_names.py names-0.3.0/names x/usr/share/hunspell \
        x/usr/share/dict/american-english
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spylls.hunspell import Dictionary

from newsnlp.components.entity_rules import default_gazetteers
from newsnlp.folding import fold

#: Given names that Portuguese news mostly writes for something else (a club, a
#: brand, a bank, a city), and the census's abbreviation of William.
NOT_PEOPLE = frozenset({"Chelsea", "Mercedes", "Morgan", "Rosario", "Wm"})


def census_names(folder: Path, share: float) -> list[tuple[str, float]]:
    """Given names borne by at least ``share`` per cent of men or of women, with that share."""
    found = []
    for sex in ("male", "female"):
        for line in (folder / f"dist.{sex}.first").read_text().splitlines():
            name, percent, *_ = line.split()
            if float(percent) >= share:
                found.append((name.capitalize(), float(percent)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("census", type=Path, help="folder with dist.male.first, dist.female.first")
    parser.add_argument("hunspell", type=Path, help="folder with pt_PT.dic/.aff and pt_BR.dic/.aff")
    parser.add_argument("english", type=Path, help="a list of English words, one a line")
    parser.add_argument("--share", type=float, default=0.02)
    parser.add_argument("--common", type=float, default=0.05)
    args = parser.parse_args()
    dictionaries = [Dictionary.from_files(str(args.hunspell / lang)) for lang in ("pt_PT", "pt_BR")]
    gazetteers = default_gazetteers()
    english = set(args.english.read_text().split())
    places = {fold(key[0]) for key in gazetteers.places if len(key) == 1}
    seen = set(gazetteers.first_names)
    for name, percent in census_names(args.census, args.share):
        key = fold(name)
        if key in seen or key in places or name in NOT_PEOPLE:
            continue  # "Virginia", "Georgia"
        if any(d.lookup(name.lower()) for d in dictionaries):
            continue  # "Linda", "Clara", "Major": a Portuguese word
        if name.lower() in english and percent < args.common:
            continue
        seen.add(key)
        print(name)


if __name__ == "__main__":
    main()
