"""Archive-level questions as DataFrames: who is quoted, which organisations appear
together, what was said when.

Each function takes results (Articles, their JSON dicts or Docs) and returns a
pandas DataFrame; :mod:`newsnlp.plots` draws them.  Speakers are normalised
across articles by :func:`newsnlp.speaker_names.cluster_speakers`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from .folding import fold
from .schema import Article, Quote
from .speaker_names import (
    NameWords,
    SpeakerMention,
    clean_name,
    cluster_speakers,
    compatible,
    default_name_words,
    parse_name,
    title_in_name,
)
from .tables import Result, as_article, as_articles, optional_dependency

if TYPE_CHECKING:
    import pandas as pd

#: An organisation mention this close (characters) to a speaker is their affiliation.
AFFILIATION_WINDOW = 120
#: Characters before the speaker's introduction searched for their title.
ROLE_WINDOW = 60
#: A date expression this close to a quote's attribution dates the statement.
STATEMENT_DATE_WINDOW = 40

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Articles that may open a speaker name ("o Governo", "o grupo Bordon").
ARTICLES = frozenset({"o", "a", "os", "as", "um", "uma"})
SENTENCE_END = re.compile(r"[.!?][\"”»]?\s")
#: ", a ministra" right after a name: the title in apposition.
APPOSITION = re.compile(r"\s*,\s*(?:(?:o|a|os|as)\s+)?([\w-]+)")


def org_label(organization_id: str | None, name: str) -> str:
    """How an organisation is named in archive tables: its catalogue id, else its name."""
    return organization_id or name


def speaker_anchor(article: Article, quote: Quote) -> tuple[int, int]:
    """Where the article introduces the quote's speaker: the first PER entity
    compatible with the speaker's name, else the speaker mention, else the quote."""
    speaker = quote.speaker
    spans = []
    if speaker and speaker.start is not None and speaker.end is not None:
        spans.append((speaker.start, speaker.end))
    name = parse_name(speaker.name) if speaker and speaker.name else None
    if name is not None:
        for entity in article.entities:
            other = parse_name(entity.text) if entity.label == "PER" else None
            if other is not None and compatible(name, other):
                spans.append((entity.start, entity.end))
    return min(spans) if spans else (quote.start, quote.end)


def affiliation(article: Article, quote: Quote) -> str | None:
    """The organisation the speaker is introduced with: the nearest mention (within
    :data:`AFFILIATION_WINDOW`) to where the article introduces them, preferring one
    before the name ("o secretário-geral da CSTO, Stanislav Zas"); else the
    article's most mentioned organisation."""
    start, end = speaker_anchor(article, quote)
    nearest: tuple[int, str] | None = None
    mentions: Counter[str] = Counter()
    for org in article.organizations:
        label = org_label(org.id, org.name)
        mentions[label] += len(org.mentions)
        for mention in org.mentions:
            before, after = start - mention.end, mention.start - end
            distance = max(before, 2 * after, 0)
            if distance <= AFFILIATION_WINDOW and (nearest is None or distance < nearest[0]):
                nearest = (distance, label)
    if nearest is not None:
        return nearest[1]
    return mentions.most_common(1)[0][0] if mentions else None


def speaker_role(article: Article, quote: Quote, text: str | None, words: NameWords) -> str | None:
    """The speaker's title ("ministra", "secretário-geral"): the one written in the
    speaker's name or in the mention the quote points to; else the title word
    nearest before the place the article introduces them (within
    :data:`ROLE_WINDOW` characters, in the same sentence); else one in apposition
    right after it ("Silva, ministra do Meio Ambiente")."""
    speaker = quote.speaker
    in_name = title_in_name(speaker.name if speaker and speaker.name else "", words)
    if in_name is not None or text is None:
        return in_name
    if speaker and speaker.start is not None and speaker.end is not None:
        # The mention the quote points to may be the role itself ("o secretário-geral").
        for match in re.finditer(r"[\w-]+", text[speaker.start : speaker.end]):
            if words.is_title(match.group()):
                return fold(match.group())
    start, end = speaker_anchor(article, quote)
    low = max(0, start - ROLE_WINDOW)
    before = [
        (match.end(), fold(match.group()))
        for match in re.finditer(r"[\w-]+", text[low:start])
        if words.is_title(match.group())
    ]
    for title_end, title in reversed(before):
        if not SENTENCE_END.search(text[low + title_end : start]):
            return title
    after = APPOSITION.match(text, end)
    if after and words.is_title(after.group(1)):
        return fold(after.group(1))
    return None


def organization_speaker(name: str, article: Article, words: NameWords) -> str | None:
    """The organisation a speaker name stands for ("disse a OMS"), as labelled in
    archive tables, or None for a person: the article's organisation group written
    that way (name, acronym or a mention), else the name itself when it starts
    with an organisation word ("Hospital de Santa Maria")."""
    folded = fold(clean_name(name, words) or name)
    for org in article.organizations:
        spellings = {org.name, *org.acronyms, *(mention.text for mention in org.mentions)}
        if folded in {fold(spelling) for spelling in spellings}:
            return org_label(org.id, org.name)
    first = next((fold(word) for word in name.split() if fold(word) not in ARTICLES), "")
    return name if first in words.organization_words else None


#: What the archive functions accept as texts: article id -> text.
Texts = Mapping[str, str]


def with_texts(
    results: Iterable[Result] | Result, texts: Texts | None
) -> list[tuple[Article, str | None]]:
    """Articles with their texts where known: a Doc's own, else ``texts[article.id]``."""
    items = [results] if isinstance(results, Article | dict | Doc) else list(results)
    pairs = []
    for item in items:
        article = as_article(item)
        text = item.text if isinstance(item, Doc) else (texts or {}).get(article.id or "")
        pairs.append((article, text))
    return pairs


def speaker_mentions(
    articles: Sequence[tuple[Article, str | None]], words: NameWords | None = None
) -> list[tuple[int, int, SpeakerMention]]:
    """Every quote with a speaker name, as (article position, quote index, mention)."""
    words = words or default_name_words()
    found = []
    for position, (article, text) in enumerate(articles):
        names = [q.speaker.name for q in article.quotes if q.speaker and q.speaker.name]
        people = [entity.text for entity in article.entities if entity.label == "PER"]
        context = tuple(dict.fromkeys([*names, *people]))
        for index, quote in enumerate(article.quotes):
            if quote.speaker and quote.speaker.name:
                source = organization_speaker(quote.speaker.name, article, words)
                mention = SpeakerMention(
                    article.id,
                    quote.speaker.name,
                    source or affiliation(article, quote),
                    context,
                    None if source else speaker_role(article, quote, text, words),
                    is_person=source is None,
                )
                found.append((position, index, mention))
    return found


def _speaker_rows(
    articles: Sequence[tuple[Article, str | None]], words: NameWords | None
) -> list[tuple[tuple[int, int], dict[str, Any]]]:
    """Rows of :func:`speakers`, each keyed by (article position, quote index)."""
    found = speaker_mentions(articles, words)
    clusters = cluster_speakers([mention for _, _, mention in found], words)
    rows = []
    for (position, index, mention), person in zip(found, clusters.people, strict=True):
        article = articles[position][0]
        if not mention.is_person:  # an organisation: named by its label
            speaker = mention.organization
        elif person is not None:
            speaker = clusters.names[person]
        else:
            speaker = mention.name
        row = {
            "article_id": article.id,
            "date": article.date,
            "quote": index,
            "name": mention.name,
            "speaker_id": person,
            "speaker": speaker,
            "organization": mention.organization,
            "role": mention.role,
        }
        rows.append(((position, index), row))
    return rows


SPEAKER_COLUMNS = [
    "article_id",
    "date",
    "quote",
    "name",
    "speaker_id",
    "speaker",
    "organization",
    "role",
]


def speakers(
    results: Iterable[Result] | Result,
    texts: Texts | None = None,
    words: NameWords | None = None,
) -> pd.DataFrame:
    """One row per quote with a speaker: the name as written and the normalised
    ``speaker`` (with a ``speaker_id``) it belongs to across the archive.

    ``quote`` is the quote's position in its article's ``quotes``; ``organization``
    and ``role`` are the speaker's affiliation and title, the tie-breakers between
    people sharing a surname.  An organisation quoted as a source ("disse a OMS")
    is named by its catalogue id or name and has no ``speaker_id``; so has a
    pronoun.  ``texts`` (article id -> text; Docs carry their own)
    lets the role be read off the text.  ``words`` replaces the titles and particles
    ignored in names (see :class:`newsnlp.speaker_names.NameWords`).
    """
    pd = optional_dependency("pandas")
    rows = [row for _, row in _speaker_rows(with_texts(results, texts), words)]
    frame = pd.DataFrame(rows, columns=SPEAKER_COLUMNS)
    frame["speaker_id"] = frame["speaker_id"].astype("Int64")
    return frame


def quotes_per_speaker(
    results: Iterable[Result] | Result,
    texts: Texts | None = None,
    words: NameWords | None = None,
) -> pd.DataFrame:
    """One row per normalised speaker, most quoted first: number of quotes and
    articles, the names used for them, their organisations, first and last date."""
    pd = optional_dependency("pandas")
    table = speakers(results, texts, words)
    columns = ["speaker", "quotes", "articles", "names", "organizations", "first", "last"]
    if table.empty:
        return pd.DataFrame(columns=columns)
    grouped = table.groupby(table["speaker_id"].fillna(-1).astype(str) + "|" + table["speaker"])
    frame = pd.DataFrame(
        {
            "speaker": grouped["speaker"].first(),
            "quotes": grouped.size(),
            "articles": grouped["article_id"].nunique(),
            "names": grouped["name"].agg(lambda names: sorted(set(names))),
            "organizations": grouped["organization"].agg(
                lambda orgs: [org for org, _ in Counter(orgs.dropna()).most_common()]
            ),
            "first": grouped["date"].min(),
            "last": grouped["date"].max(),
        }
    )
    frame = frame.sort_values(["quotes", "articles", "speaker"], ascending=[False, False, True])
    return frame.reset_index(drop=True)[columns]


def org_comentions(results: Iterable[Result] | Result, min_articles: int = 1) -> pd.DataFrame:
    """Square table of organisations: the cell (a, b) counts the articles that
    mention both, the diagonal the articles that mention each.  Organisations in
    fewer than ``min_articles`` articles are left out; most mentioned first."""
    pd = optional_dependency("pandas")
    per_article = [
        sorted({org_label(org.id, org.name) for org in article.organizations if org.mentions})
        for article in as_articles(results)
    ]
    counts = Counter(label for labels in per_article for label in labels)
    kept = sorted(
        (label for label in counts if counts[label] >= min_articles),
        key=lambda label: (-counts[label], label),
    )
    pairs: Counter[tuple[str, str]] = Counter()
    for labels in per_article:
        present = [label for label in labels if counts[label] >= min_articles]
        pairs.update((label, label) for label in present)
        for a, b in combinations(present, 2):
            pairs[a, b] += 1
            pairs[b, a] += 1
    cells = [[pairs[row, column] for column in kept] for row in kept]
    return pd.DataFrame(cells, index=pd.Index(kept, name="organization"), columns=kept, dtype=int)


def statement_date(article: Article, quote: Quote) -> tuple[str | None, str]:
    """When a quote was said, and how that is known: a full date (``YYYY-MM-DD``)
    in the attribution around it ("disse ontem"), else the publication date.

    Dates inside the quotation are about what is said, not when, so they are
    skipped, as are dates after publication.
    """
    speaker = quote.speaker
    ends = [quote.start, quote.end]
    if speaker and speaker.start is not None and speaker.end is not None:
        ends += [speaker.start, speaker.end]
    low, high = min(ends) - STATEMENT_DATE_WINDOW, max(ends) + STATEMENT_DATE_WINDOW
    candidates = []
    for date in article.dates:
        value = date.value or ""
        inside_quote = quote.start <= date.start < quote.end
        if (
            FULL_DATE.match(value)
            and not inside_quote
            and low <= date.start < high
            and (article.date is None or value <= article.date)
        ):
            candidates.append((min(abs(date.start - edge) for edge in ends), value))
    if candidates:
        return min(candidates)[1], "text"
    return article.date, "published"


TIMELINE_COLUMNS = ["date", "date_source", "article_id", "speaker", "kind", "text"]


def timeline(
    results: Iterable[Result] | Result,
    texts: Texts | None = None,
    words: NameWords | None = None,
) -> pd.DataFrame:
    """Dated statements, oldest first: one row per quote with its date
    (:func:`statement_date`), normalised speaker (None when unknown), kind and text."""
    pd = optional_dependency("pandas")
    articles = with_texts(results, texts)
    names = {key: row["speaker"] for key, row in _speaker_rows(articles, words)}
    rows = []
    for position, (article, _) in enumerate(articles):
        for index, quote in enumerate(article.quotes):
            when, source = statement_date(article, quote)
            rows.append(
                {
                    "date": when,
                    "date_source": source,
                    "article_id": article.id,
                    "speaker": names.get((position, index)),
                    "kind": quote.kind,
                    "text": quote.text,
                }
            )
    frame = pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    return frame.sort_values("date", kind="stable").reset_index(drop=True)
