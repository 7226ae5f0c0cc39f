"""Regenerate the pictures in docs/ that the README shows.

    NEWSNLP_MODEL=../shared/models/pt_standin_news python docs/make_pictures.py

Processes examples/sample.jsonl with ``newsnlp.load()`` (so ``NEWSNLP_MODEL``
picks the model), renders the seed article (../shared/data/seed, else the first
sample article) and screenshots it in headless Chromium, and saves the three
archive charts.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt

import newsnlp
from newsnlp.render import chromium_screenshot_command

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent
SAMPLE = REPO / "examples" / "sample.jsonl"
SEED = REPO.parent / "shared" / "data" / "seed" / "seed_article.jsonl"


def read_jsonl(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def screenshot(page: Path, png: Path, width: int = 1000, height: int = 1800) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("chromium is needed for the rendered article's picture")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            chromium_screenshot_command(chromium, page, png, Path(profile), (width, height)),
            check=True,
            capture_output=True,
            timeout=120,
        )


def main() -> None:
    nlp = newsnlp.load()
    records = read_jsonl(SAMPLE)
    results = []
    for record in records:
        doc = newsnlp.process(record["text"], date=record["date"], nlp=nlp, id=record["id"])
        results.append(newsnlp.doc_to_article(doc))
    seed = read_jsonl(SEED)[0] if SEED.exists() else records[0]
    seed_doc = newsnlp.process(seed["text"], date=seed["date"], nlp=nlp, id=seed["id"])
    views = {"render_seed.png": ["ent"], "render_seed_quotes.png": ["span"]}
    with tempfile.TemporaryDirectory() as folder:
        for name, styles in views.items():
            page = Path(folder) / "seed.html"
            newsnlp.render(seed_doc, styles=styles, summary=False, path=page)
            screenshot(page, DOCS / name)
    texts = {record["id"]: record["text"] for record in records}
    charts = {
        "top_speakers.png": lambda: newsnlp.plot_top_speakers(
            newsnlp.quotes_per_speaker(results, texts=texts)
        ),
        "org_comentions.png": lambda: newsnlp.plot_org_comentions(newsnlp.org_comentions(results)),
        "timeline.png": lambda: newsnlp.plot_timeline(newsnlp.timeline(results, texts=texts)),
    }
    for name, draw in charts.items():
        ax = draw()
        ax.figure.savefig(DOCS / name, dpi=90)
        plt.close(ax.figure)
    print("wrote", ", ".join([*views, *charts]), "to", DOCS)


if __name__ == "__main__":
    main()
