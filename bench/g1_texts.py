"""Rebuild the texts of ``bench/heldout63``–``66`` from the g1 RSS file they annotate.

The file is ``g1/globo.xml`` of the public GitHub repository ``MaiRodrigues/SpokenNLP``
(commit 27912b9c8c69f325434ef165c977442cf527bb06): 100 regional news items of g1
(Globo), July 2018, whose text may not be copied here.  Each item becomes one JSONL
line ``{"id": <its link>, "text": <headline, blank line, body>}`` for
``eval_quotes.py --texts``.

The XML was pretty-printed at a width of 100 columns, which broke the paragraphs into
lines: a line break is kept as a paragraph break exactly when the next line's first
word would have fitted on the line, and is a space otherwise.

    python bench/g1_texts.py globo.xml g1_texts.jsonl
"""

from __future__ import annotations

import argparse
import html
import re
from pathlib import Path

from common import write_texts

#: The width the file was pretty-printed at.
WIDTH = 100


def unwrap(lines: list[str]) -> str:
    """Join pretty-printed lines: a paragraph break where the next word would have fitted."""
    lines = [line for line in lines if line.strip()]
    joined = []
    for i, line in enumerate(lines):
        joined.append(line.strip())
        if i + 1 < len(lines):
            next_word = lines[i + 1].split()[0]
            fits = len(line.rstrip()) + 1 + len(next_word) <= WIDTH
            joined.append("\n" if fits else " ")
    return "".join(joined)


def item_text(item: str) -> tuple[str, str]:
    """The link and the text (headline, blank line, body) of one ``<item>``."""

    def field(tag: str) -> str:
        found = re.search(rf"<{tag}>(.*?)</{tag}>", item, re.S)
        if found is None:
            raise ValueError(f"an item without <{tag}>")
        return found.group(1)

    link = field("link").strip()
    title = unwrap(("            " + field("title")).split("\n")).replace("\n", " ")
    # line lengths are those of the file, with the CDATA image; the image goes after
    body = unwrap(field("description").split("\n"))
    body = re.sub(r"^\s*<!\[CDATA\[.*?\]\]>", "", body, flags=re.S).strip()
    return link, html.unescape(title + "\n\n" + body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("xml", type=Path, help="g1/globo.xml")
    parser.add_argument("out", type=Path, help="JSONL to write")
    args = parser.parse_args()
    xml = args.xml.read_text(encoding="utf-8")
    items = re.findall(r"<item>(.*?)</item>", xml, re.S)
    records = ({"id": link, "text": text} for link, text in map(item_text, items))
    write_texts(args.out, records, "items")


if __name__ == "__main__":
    main()
