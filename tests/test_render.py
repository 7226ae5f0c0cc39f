"""newsnlp.render and Article._repr_html_: what was found, drawn on the text."""

from __future__ import annotations

import html
import itertools
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import newsnlp
from newsnlp.render import (
    RenderedHTML,
    chromium_screenshot_command,
    entity_view_spans,
    split_tokens,
)
from newsnlp.schema import (
    Article,
    Entity,
    Mention,
    Organization,
    Quote,
    Resolution,
    Speaker,
    TimeExpression,
)

TEXT = (
    "Moscou. A CSTO defende a cooperação com a ONU, afirmou ontem o secretário-geral "
    "da CSTO, Stanislav Zas.\n\n"
    '"Nós defendemos a expansão dessa cooperação", disse Zas, citando a resolução 2354.'
)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def span(fragment: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(fragment, after)
    return start, start + len(fragment)


def hand_built_article() -> Article:
    quote = span("Nós defendemos a expansão dessa cooperação")
    return Article(
        id="a1",
        date="2022-02-16",
        entities=[
            Entity("Moscou", "LOC", *span("Moscou")),
            Entity("CSTO", "ORG", *span("CSTO")),
            Entity("Stanislav Zas", "PER", *span("Stanislav Zas")),
        ],
        organizations=[
            Organization(
                "CSTO",
                "Organização do Tratado de Segurança Coletiva",
                ["CSTO", "OTSC"],
                [Mention("CSTO", *span("CSTO")), Mention("CSTO", *span("CSTO", 20))],
            ),
            Organization(
                "UN", "Organização das Nações Unidas", ["ONU"], [Mention("ONU", *span("ONU"))]
            ),
        ],
        quotes=[
            Quote(
                TEXT[quote[0] : quote[1]],
                *quote,
                "direct",
                Speaker("Stanislav Zas", *span("Zas", quote[1])),
                "disse",
            )
        ],
        dates=[TimeExpression("ontem", *span("ontem"), "DATE", "2022-02-15")],
        resolutions=[Resolution("2354", *span("2354"), 2354, "UNSC", None)],
    )


def test_entity_view_draws_organisation_ids_date_values_and_resolutions():
    markup = newsnlp.render(hand_built_article(), text=TEXT, styles=["ent"], summary=False)
    assert markup.count('class="entity newsnlp-org"') == 3
    assert re.search(r"CSTO\s*<span[^>]*>ORG\s*<a[^>]*>CSTO</a>", markup)
    assert re.search(r"ONU\s*<span[^>]*>ORG\s*<a[^>]*>UN</a>", markup)
    assert re.search(r"ontem\s*<span[^>]*>DATE\s*<a[^>]*>2022-02-15</a>", markup)
    assert re.search(r"2354\s*<span[^>]*>RESOLUTION\s*<a[^>]*>UNSC 2354</a>", markup)
    assert "newsnlp-entity" in markup and ">LOC" in markup  # the remaining entities
    assert "<br><br>" in markup  # paragraphs kept


def test_entity_view_gives_overlapping_spans_to_organisations_first():
    items = entity_view_spans(hand_built_article())
    starts = [(item["start"], item["end"]) for item in items]
    assert len(starts) == len(set(starts))
    csto = TEXT.index("CSTO")
    assert [item["label"] for item in items if item["start"] == csto] == ["ORG"]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(starts))


def test_span_view_labels_each_quote_with_its_speaker():
    markup = newsnlp.render(hand_built_article(), text=TEXT, styles=["span"], summary=False)
    assert re.search(r"QUOTE\s*<a[^>]*>1 → Stanislav Zas</a>", markup)
    assert re.search(r"SPEAKER\s*<a[^>]*>1: Stanislav Zas</a>", markup)
    assert markup.count('class="spans"') == 2  # one block per paragraph


def test_a_quote_without_speaker_says_so():
    article = hand_built_article()
    quote = article.quotes[0]
    article.quotes[0] = Quote(quote.text, quote.start, quote.end, quote.kind, None, None)
    markup = newsnlp.render(article, text=TEXT, styles=["span"], summary=False)
    assert "1 → speaker unknown" in markup and "SPEAKER" not in markup


def test_names_from_results_are_escaped():
    article = hand_built_article()
    quote = article.quotes[0]
    speaker = Speaker("<b>Zas</b>", quote.speaker.start, quote.speaker.end)  # type: ignore[union-attr]
    article.quotes[0] = Quote(quote.text, quote.start, quote.end, quote.kind, speaker, "disse")
    markup = newsnlp.render(article, text=TEXT)
    assert "<b>Zas</b>" not in markup and html.escape("<b>Zas</b>") in markup


def test_render_takes_a_doc_an_article_or_a_json_dict(fallback_nlp):
    doc = newsnlp.process(TEXT, date="2022-02-16", nlp=fallback_nlp, id="a1")
    from_doc = newsnlp.render(doc)
    from_article = newsnlp.render(newsnlp.doc_to_article(doc), text=TEXT)
    from_dict = newsnlp.render(newsnlp.doc_to_article(doc).to_dict(), text=TEXT)
    assert from_doc == from_article == from_dict
    assert isinstance(from_doc, RenderedHTML) and from_doc._repr_html_() == str(from_doc)


def test_an_article_needs_its_text_and_styles_are_checked():
    with pytest.raises(ValueError, match="text="):
        newsnlp.render(hand_built_article())
    with pytest.raises(ValueError, match="does not belong"):
        newsnlp.render(hand_built_article(), text=TEXT.upper())
    with pytest.raises(ValueError, match="unknown style"):
        newsnlp.render(hand_built_article(), text=TEXT, styles=["dep"])


def test_path_writes_a_standalone_utf8_page(tmp_path):
    target = tmp_path / "article.html"
    fragment = newsnlp.render(hand_built_article(), text=TEXT, path=target)
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert fragment in page and "cooperação" in page


def test_article_repr_html_is_a_compact_summary():
    summary = hand_built_article()._repr_html_()
    assert "a1" in summary and "2022-02-16" in summary
    assert re.search(r"<tr id=\"org-CSTO\"><td>CSTO</td><td>Organização do Tratado", summary)
    assert "<td>Stanislav Zas</td><td>direct</td><td>disse</td>" in summary
    assert "<td>ontem</td><td>DATE</td><td>2022-02-15</td>" in summary
    assert "<td>2354</td><td>2354</td><td>UNSC</td>" in summary
    assert "<table" not in Article("empty", None)._repr_html_()


def test_split_tokens_cuts_at_span_boundaries():
    text = 'disse: "Vamos cooperar", ontem'
    start = text.index("Vamos")
    tokens = split_tokens(text, 0, len(text), [start, start + len("Vamos cooperar")])
    assert [text[s:e] for s, e in tokens] == ["disse:", '"', "Vamos", "cooperar", '",', "ontem"]


def seed_html(nlp, record: dict, path: Path) -> tuple[Article, str]:
    doc = newsnlp.process(record["text"], date=record["date"], nlp=nlp, id=record["id"])
    article = newsnlp.doc_to_article(doc)
    return article, newsnlp.render(doc, title=record["title"], path=path)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_seed_article_in_headless_chromium(any_nlp, seed_record, tmp_path):
    """The rendered seed, opened in a real browser: every quote shows its speaker and
    every organisation its id, and a screenshot is taken."""
    page = tmp_path / "seed.html"
    article, _ = seed_html(any_nlp, seed_record, page)
    assert article.quotes and article.organizations
    screenshot = tmp_path / "seed.png"
    result = subprocess.run(
        chromium_screenshot_command(
            CHROMIUM, page, screenshot, tmp_path / "profile", (1200, 3000), dump_dom=True
        ),
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    dom = result.stdout
    assert result.returncode == 0, result.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 10_000
    for number, quote in enumerate(article.quotes, start=1):
        speaker = quote.speaker.name if quote.speaker and quote.speaker.name else None
        label = f"{number} → {html.escape(speaker or 'speaker unknown')}"
        assert re.search(rf"QUOTE\s*<a[^>]*>{re.escape(label)}</a>", dom), label
    for org in article.organizations:
        key = html.escape(org.id or org.name)
        label = rf"<span[^>]*>ORG\s*<a[^>]*>{re.escape(key)}</a>"
        assert re.search(rf'<mark class="entity newsnlp-org"[^>]*>[^<]*{label}', dom), key
