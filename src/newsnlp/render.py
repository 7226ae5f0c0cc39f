"""See what newsnlp found on the article text, and summarise a result as HTML.

:func:`render` draws from the result schema (an :class:`~newsnlp.schema.Article`
plus its text), not from a ``Doc``, so a stored JSONL result renders exactly like
a freshly processed document.  It uses displaCy twice, with ``manual=True`` data:
the ``"ent"`` style for entities, organisations (with their catalogue ids), dates
(with their values) and resolutions, which may not overlap; and the ``"span"``
style for quotations (labelled with their speaker) and speaker mentions, which
may.  :func:`article_summary_html` is the compact table
view shown by ``Article._repr_html_`` and appended to :func:`render`'s output.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy import displacy
from spacy.tokens import Doc

from .convert import doc_to_article
from .schema import Article

#: The two displaCy views :func:`render` can draw.
STYLES = ("ent", "span")

#: Background colours per label (displaCy's ``colors`` option).
LABEL_COLORS = {
    "ORG": "#7aecec",
    "PER": "#aa9cfc",
    "LOC": "#ff9561",
    "MISC": "#e4e7d2",
    "DATE": "#bfe1d9",
    "TIME": "#bfe1d9",
    "DURATION": "#d9e1bf",
    "SET": "#d9e1bf",
    "RESOLUTION": "#feca74",
    "QUOTE": "#f3b8e8",
    "SPEAKER": "#aa9cfc",
}

# displaCy's entity template with a class per kind and a tooltip, so the markup
# says what each highlight is (the browser test and users' CSS rely on it).
ENT_TEMPLATE = """
<mark class="entity newsnlp-{kind}" title="{tooltip}" style="background: {bg}; padding: 0.45em 0.6em; margin: 0 0.25em; line-height: 1; border-radius: 0.35em;">
    {text}
    <span style="font-size: 0.8em; font-weight: bold; line-height: 1; border-radius: 0.35em; vertical-align: middle; margin-left: 0.5rem">{label}{kb_link}</span>
</mark>
"""  # noqa: E501

SPAN_TEMPLATES = {
    "span": """
<span style="font-weight: bold; display: inline-block; position: relative; height: {total_height}px;">
    {text}
    {span_slices}
    {span_starts}
</span>
""",  # noqa: E501
    "slice": """
<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; width: calc(100% + 2px); position: absolute;">
</span>
""",  # noqa: E501
    "start": """
<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">
    <span class="newsnlp-span-label" style="background: {bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px; white-space: nowrap">
        {label}{kb_link}
    </span>
</span>
""",  # noqa: E501
}

PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="pt">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-size: 16px; font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif;
       padding: 2rem; max-width: 70rem; }}
</style>
</head>
<body>
{content}
</body>
</html>
"""

SUMMARY_STYLE = """<style>
.newsnlp-summary table { border-collapse: collapse; margin: 0.3em 0 0.8em 0; font-size: 0.9em; }
.newsnlp-summary th, .newsnlp-summary td { border: 1px solid #ccc; padding: 2px 6px;
  text-align: left; vertical-align: top; }
</style>"""

#: Longest quotation text shown in a summary row before it is cut with "…".
SUMMARY_QUOTE_CHARS = 160


class RenderedHTML(str):
    """An HTML string that Jupyter displays as HTML when it is a cell's value."""

    def _repr_html_(self) -> str:
        return str(self)


def render(
    doc_or_result: Doc | Article | dict[str, Any],
    text: str | None = None,
    *,
    styles: Sequence[str] = STYLES,
    summary: bool = True,
    title: str | None = None,
    path: str | Path | None = None,
) -> RenderedHTML:
    """Draw entities, organisations, quotes, dates and resolutions on the article text.

    doc_or_result: a processed ``Doc``, an :class:`Article`, or an article's JSON dict
        (a line of ``newsnlp extract`` output).  Results carry no text, so give ``text``.
    styles: which displaCy views to draw: ``"ent"`` (entities, organisations with ids,
        dates with values, resolutions) and/or ``"span"`` (quotes with their speaker).
    summary: append the tables of :func:`article_summary_html`.
    path: also write a standalone HTML page (UTF-8) there.
    Returns the HTML fragment; in Jupyter it displays itself as the cell's value.
    """
    article, text = _article_and_text(doc_or_result, text)
    unknown = [style for style in styles if style not in STYLES]
    if unknown:
        raise ValueError(f"unknown style(s) {unknown}; choose from {list(STYLES)}")
    parts = []
    if title is not None:
        parts.append(f"<h2>{html.escape(title)}</h2>")
    if "ent" in styles:
        parts.append("<h4>Entities, organisations, dates, resolutions</h4>")
        parts.append(_render_ents(article, text))
    if "span" in styles:
        parts.append("<h4>Quotes and their speakers</h4>")
        parts.append(_render_spans(article, text))
    if summary:
        parts.append(article_summary_html(article, quote_chars=None))
    fragment = '<div class="newsnlp-render">' + "\n".join(parts) + "</div>"
    if path is not None:
        page_title = title or f"newsnlp: {article.id or 'article'}"
        page = PAGE_TEMPLATE.format(title=html.escape(page_title), content=fragment)
        Path(path).write_text(page, encoding="utf-8")
    return RenderedHTML(fragment)


def chromium_screenshot_command(
    chromium: str | Path,
    page: Path,
    png: Path,
    profile: Path,
    size: tuple[int, int],
    dump_dom: bool = False,
) -> list[str]:
    """The command that has a headless Chromium take a picture of a rendered page.

    No network, no first-run prompts, a throwaway profile: ``subprocess.run`` it.
    dump_dom: also print the page's DOM on stdout (to check what a browser shows).
    """
    width, height = size
    return [
        str(chromium),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
        f"--screenshot={png}",
        *(["--dump-dom"] if dump_dom else []),
        page.as_uri(),
    ]


def _article_and_text(
    doc_or_result: Doc | Article | dict[str, Any], text: str | None
) -> tuple[Article, str]:
    if isinstance(doc_or_result, Doc):
        return doc_to_article(doc_or_result), doc_or_result.text if text is None else text
    article = Article.from_dict(doc_or_result) if isinstance(doc_or_result, dict) else doc_or_result
    if not isinstance(article, Article):
        raise TypeError(f"expected a Doc, Article or dict, not {type(doc_or_result).__name__}")
    if text is None:
        raise ValueError("an Article holds no text: call render(article, text=...)")
    check_offsets(article, text)
    return article, text


def check_offsets(article: Article, text: str) -> None:
    """Raise ValueError if ``text`` is not the text ``article`` was extracted from."""
    located: list[tuple[str, int, int]] = [
        *((m.text, m.start, m.end) for org in article.organizations for m in org.mentions),
        *((e.text, e.start, e.end) for e in article.entities),
        *((q.text, q.start, q.end) for q in article.quotes),
        *((d.text, d.start, d.end) for d in article.dates),
    ]
    for expected, start, end in located:
        if text[start:end] != expected:
            raise ValueError(
                f"the text does not belong to article {article.id!r}: expected "
                f"{expected!r} at {start}-{end}, found {text[start:end]!r}"
            )


def _kb(label: str, url: str) -> dict[str, str]:
    """displaCy's ``kb_id``/``kb_url`` pair; displaCy inserts both unescaped."""
    return {"kb_id": html.escape(label), "kb_url": html.escape(url, quote=True)}


def _anchor(prefix: str, key: str) -> str:
    return f"#{prefix}-{re.sub(r'[^0-9A-Za-z_-]+', '_', key)}"


def entity_view_spans(article: Article) -> list[dict[str, Any]]:
    """Non-overlapping displaCy ``ent`` items: organisations first, then resolutions,
    dates and the remaining entities (the first claim on a stretch of text wins)."""
    candidates: list[dict[str, Any]] = []
    for org in article.organizations:
        key = org.id or org.name
        for mention in org.mentions:
            candidates.append(
                {
                    "start": mention.start,
                    "end": mention.end,
                    "label": "ORG",
                    **_kb(key, _anchor("org", key)),
                    "params": {"kind": "org", "tooltip": html.escape(org.name, quote=True)},
                }
            )
    for resolution in article.resolutions:
        described = describe_resolution(resolution.number, resolution.issuer, resolution.year)
        candidates.append(
            {
                "start": resolution.start,
                "end": resolution.end,
                "label": "RESOLUTION",
                **_kb(described, "#newsnlp-resolutions"),
                "params": {"kind": "resolution", "tooltip": html.escape(described, quote=True)},
            }
        )
    for date in article.dates:
        value = date.value or "?"
        candidates.append(
            {
                "start": date.start,
                "end": date.end,
                "label": date.type or "DATE",
                **_kb(value, "#newsnlp-dates"),
                "params": {"kind": "date", "tooltip": html.escape(value, quote=True)},
            }
        )
    for entity in article.entities:
        candidates.append(
            {
                "start": entity.start,
                "end": entity.end,
                "label": entity.label,
                "params": {"kind": "entity", "tooltip": html.escape(entity.label, quote=True)},
            }
        )
    taken: list[tuple[int, int]] = []
    chosen = []
    for item in candidates:  # already in priority order
        if item["start"] >= item["end"]:
            continue
        if any(item["start"] < end and start < item["end"] for start, end in taken):
            continue
        taken.append((item["start"], item["end"]))
        chosen.append(item)
    return sorted(chosen, key=lambda item: (item["start"], item["end"]))


def describe_resolution(number: int, issuer: str | None, year: int | None) -> str:
    """E.g. ``UNSC 2354 (2017)``; unknown parts are left out."""
    described = f"{issuer} {number}" if issuer else str(number)
    return f"{described} ({year})" if year else described


def _render_ents(article: Article, text: str) -> str:
    data = {"text": text, "ents": entity_view_spans(article), "title": None}
    options = {"colors": LABEL_COLORS, "template": ENT_TEMPLATE}
    markup: str = displacy.render(data, style="ent", manual=True, options=options, jupyter=False)
    return markup


def quote_view_spans(article: Article) -> list[dict[str, Any]]:
    """Character spans for the displaCy ``span`` view: quotations labelled with their
    number and speaker, and the speaker mentions they point to."""
    spans: list[dict[str, Any]] = []
    for number, quote in enumerate(article.quotes, start=1):
        speaker = quote.speaker
        name = speaker.name if speaker and speaker.name else None
        spans.append(
            {
                "start": quote.start,
                "end": quote.end,
                "label": "QUOTE",
                **_kb(f"{number} → {name or 'speaker unknown'}", f"#quote-{number}"),
            }
        )
        if speaker and speaker.start is not None and speaker.end is not None:
            spans.append(
                {
                    "start": speaker.start,
                    "end": speaker.end,
                    "label": "SPEAKER",
                    **_kb(f"{number}: {name or '?'}", f"#quote-{number}"),
                }
            )
    return [span for span in spans if span["start"] < span["end"]]


def split_tokens(text: str, start: int, end: int, cuts: Iterable[int]) -> list[tuple[int, int]]:
    """Whitespace-separated pieces of ``text[start:end]``, also cut at each offset in
    ``cuts``, so every span boundary falls between two tokens."""
    inner = sorted({cut for cut in cuts if start < cut < end})
    tokens: list[tuple[int, int]] = []
    for match in re.finditer(r"\S+", text[start:end]):
        token_start, token_end = start + match.start(), start + match.end()
        first = bisect.bisect_right(inner, token_start)
        last = bisect.bisect_left(inner, token_end)
        bounds = [token_start, *inner[first:last], token_end]
        tokens.extend(itertools.pairwise(bounds))
    return tokens


def _render_spans(article: Article, text: str) -> str:
    spans = quote_view_spans(article)
    cuts = [offset for span in spans for offset in (span["start"], span["end"])]
    parsed = []
    # One displaCy "doc" per paragraph, since the span view has no line breaks.
    for paragraph in re.finditer(r"[^\n]+", text):
        tokens = split_tokens(text, paragraph.start(), paragraph.end(), cuts)
        if not tokens:
            continue
        starts = [token_start for token_start, _ in tokens]
        paragraph_spans = []
        for span in spans:
            start, end = max(span["start"], paragraph.start()), min(span["end"], paragraph.end())
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end)
            if first < last:
                paragraph_spans.append({**span, "start_token": first, "end_token": last})
        parsed.append(
            {
                "text": paragraph.group(),
                "tokens": [text[s:e] for s, e in tokens],
                "spans": paragraph_spans,
                "settings": {"lang": "pt", "direction": "ltr"},
            }
        )
    options = {"colors": LABEL_COLORS, "template": SPAN_TEMPLATES}
    markup: str = displacy.render(parsed, style="span", manual=True, options=options, jupyter=False)
    # Room on the right for labels that start near the end of a line.
    return f'<div class="newsnlp-quotes-view" style="padding-right: 9rem">{markup}</div>'


def _table(css_class: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    head = "".join(f"<th>{html.escape(name)}</th>" for name in header)
    body = []
    for row in rows:
        row_id, *cells = row
        id_attr = f' id="{html.escape(row_id[1:], quote=True)}"' if row_id else ""
        tds = "".join(
            f"<td>{html.escape('' if cell is None else str(cell))}</td>" for cell in cells
        )
        body.append(f"<tr{id_attr}>{tds}</tr>")
    return f'<table class="{css_class}" id="{css_class}"><tr>{head}</tr>{"".join(body)}</table>'


def _cut(text: str, limit: int | None) -> str:
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def article_summary_html(article: Article, quote_chars: int | None = SUMMARY_QUOTE_CHARS) -> str:
    """A compact HTML summary: counts, then one table each for organisations (with
    ids), quotes (with speakers), dates (with values) and resolutions."""
    labels = Counter(entity.label for entity in article.entities)
    counts = ", ".join(f"{n} {label}" for label, n in sorted(labels.items())) or "none"
    parts = [
        SUMMARY_STYLE,
        '<div class="newsnlp-summary">',
        f"<p><b>Article</b> {html.escape(article.id or '(no id)')}"
        f" · {html.escape(article.date or 'no date')} · entities: {html.escape(counts)}"
        f" · {len(article.organizations)} organisations · {len(article.quotes)} quotes"
        f" · {len(article.dates)} dates · {len(article.resolutions)} resolutions</p>",
    ]
    if article.organizations:
        parts.append(
            _table(
                "newsnlp-organizations",
                ["id", "name", "acronyms", "mentions"],
                (
                    (
                        _anchor("org", org.id or org.name),
                        org.id,
                        org.name,
                        ", ".join(org.acronyms),
                        ", ".join(dict.fromkeys(m.text for m in org.mentions)),
                    )
                    for org in article.organizations
                ),
            )
        )
    if article.quotes:
        parts.append(
            _table(
                "newsnlp-quote-table",
                ["#", "speaker", "kind", "cue", "quote"],
                (
                    (
                        f"#quote-{number}",
                        number,
                        quote.speaker.name if quote.speaker else None,
                        quote.kind,
                        quote.cue,
                        _cut(quote.text, quote_chars),
                    )
                    for number, quote in enumerate(article.quotes, start=1)
                ),
            )
        )
    if article.dates:
        parts.append(
            _table(
                "newsnlp-dates",
                ["text", "type", "value"],
                ((None, d.text, d.type, d.value) for d in article.dates),
            )
        )
    if article.resolutions:
        parts.append(
            _table(
                "newsnlp-resolutions",
                ["text", "number", "issuer", "year"],
                ((None, r.text, r.number, r.issuer, r.year) for r in article.resolutions),
            )
        )
    parts.append("</div>")
    return "\n".join(parts)
