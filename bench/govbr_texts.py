"""Rebuild the texts of ``bench/heldout67``–``70`` from the gov.br news files they annotate.

The files are daily JSON extractions of Brazilian government news (2024) in the
public GitHub repository ``nitaibezerra/govbrnews-scraper`` (commit
39f558dcca381931ad2688e6066198bb292766b9; the ``mec`` files at d7b3558a…), whose
text is not copied here.  Each gold file annotates the first ``MAX_ITEMS`` news items
of four of them, in the order listed in ``ROUNDS``; an item becomes one JSONL line
``{"id": <its url>, "text": <title, blank line, content>}`` for ``eval_quotes.py
--texts``.

    python bench/govbr_texts.py path/to/govbrnews-scraper govbr_texts.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

#: How many news items of each daily file were annotated.
MAX_ITEMS = 6

#: The files each gold file annotates, in order (paths in the repository).
ROUNDS = {
    "heldout67": [
        "raw_extractions/saude/saude_2024-02-06.json",
        "raw_extractions/mec/mec_2024-03-12.json",
        "raw_extractions/planalto/planalto_2024-02-21.json",
        "raw_extractions/pf/pf_2024-03-14.json",
    ],
    "heldout68": [
        "raw_extractions/saude/saude_2024-03-19.json",
        "raw_extractions/mec/mec_2024-04-16.json",
        "raw_extractions/planalto/planalto_2024-03-13.json",
        "raw_extractions/pf/pf_2024-04-10.json",
    ],
    "heldout69": [
        "raw_extractions/saude/saude_2024-04-09.json",
        "raw_extractions/mec/mec_2024-02-27.json",
        "raw_extractions/planalto/planalto_2024-04-17.json",
        "raw_extractions/pf/pf_2024-05-22.json",
    ],
    "heldout70": [
        "raw_extractions/saude/saude_2024-01-23.json",
        "raw_extractions/mec/mec_2024-05-08.json",
        "raw_extractions/planalto/planalto_2024-01-24.json",
        "raw_extractions/pf/pf_2024-06-13.json",
    ],
}


def news_items(path: Path) -> list[dict[str, str]]:
    """The first MAX_ITEMS items of one daily file, as ``{"id", "text"}``."""
    items = json.loads(path.read_text(encoding="utf-8"))
    return [
        {"id": item["url"], "text": item["title"].strip() + "\n\n" + item["content"].strip()}
        for item in items[:MAX_ITEMS]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("repository", type=Path, help="a checkout of govbrnews-scraper")
    parser.add_argument("out", type=Path, help="JSONL to write")
    args = parser.parse_args()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for paths in ROUNDS.values():
            for path in paths:
                for item in news_items(args.repository / path):
                    out.write(json.dumps(item, ensure_ascii=False) + "\n")
                    count += 1
    print(f"{count} items written to {args.out}")


if __name__ == "__main__":
    main()
