"""The result schema: plain dataclasses shared by the Python API, the CLI and the notebook helpers.

The JSON form (:meth:`Article.to_dict`) is a contract other tools read; see
``docs/schema.md``.  All ``start``/``end`` values are character offsets into the
article text (Python string indices).  :func:`article_tables` flattens articles
into the tables written to Parquet and returned by ``newsnlp.to_frame``: one
definition for both.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    text: str
    label: str
    start: int
    end: int


@dataclass
class Organization:
    id: str | None
    name: str
    acronyms: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class Speaker:
    name: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True)
class Quote:
    text: str
    start: int
    end: int
    kind: str
    speaker: Speaker | None
    cue: str | None


@dataclass(frozen=True)
class TimeExpression:
    text: str
    start: int
    end: int
    type: str
    value: str | None


@dataclass(frozen=True)
class Resolution:
    text: str
    start: int
    end: int
    number: int
    issuer: str | None
    year: int | None


@dataclass
class Article:
    id: str | None
    date: str | None
    entities: list[Entity] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[TimeExpression] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: keys exactly as documented in docs/schema.md."""
        return asdict(self)

    def _repr_html_(self) -> str:
        """Compact HTML summary, shown when an article is a notebook cell's value."""
        from .render import article_summary_html

        return article_summary_html(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from its JSON form (e.g. a line of newsnlp's JSONL output)."""
        return cls(
            id=data.get("id"),
            date=data.get("date"),
            entities=[Entity(**e) for e in data.get("entities", [])],
            organizations=[
                Organization(
                    id=o["id"],
                    name=o["name"],
                    acronyms=list(o.get("acronyms", [])),
                    mentions=[Mention(**m) for m in o.get("mentions", [])],
                )
                for o in data.get("organizations", [])
            ],
            quotes=[
                Quote(**{**q, "speaker": Speaker(**q["speaker"]) if q.get("speaker") else None})
                for q in data.get("quotes", [])
            ],
            dates=[TimeExpression(**d) for d in data.get("dates", [])],
            resolutions=[Resolution(**r) for r in data.get("resolutions", [])],
        )


#: The flat tables of an archive, each row keyed by ``article_id``.
TABLES = ("articles", "entities", "organizations", "quotes", "dates", "resolutions")


def article_tables(articles: Iterable[Article]) -> dict[str, list[dict[str, Any]]]:
    """Flatten articles into one list of rows per table (see :data:`TABLES`).

    Organisations get one row per mention (with the group's id, name and
    acronyms); quotes get the speaker's fields inlined.  Parquet output and
    ``newsnlp.to_frame`` both use this, so their columns are the same.
    """
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for article in articles:
        key = {"article_id": article.id}
        tables["articles"].append(
            {
                **key,
                "date": article.date,
                "n_entities": len(article.entities),
                "n_organizations": len(article.organizations),
                "n_quotes": len(article.quotes),
                "n_dates": len(article.dates),
                "n_resolutions": len(article.resolutions),
            }
        )
        tables["entities"].extend({**key, **asdict(e)} for e in article.entities)
        for org in article.organizations:
            for mention in org.mentions:
                tables["organizations"].append(
                    {
                        **key,
                        "org_id": org.id,
                        "name": org.name,
                        "acronyms": list(org.acronyms),
                        "text": mention.text,
                        "start": mention.start,
                        "end": mention.end,
                    }
                )
        for quote in article.quotes:
            speaker = quote.speaker or Speaker(None, None, None)
            tables["quotes"].append(
                {
                    **key,
                    "text": quote.text,
                    "start": quote.start,
                    "end": quote.end,
                    "kind": quote.kind,
                    "speaker": speaker.name,
                    "speaker_start": speaker.start,
                    "speaker_end": speaker.end,
                    "cue": quote.cue,
                }
            )
        tables["dates"].extend({**key, **asdict(d)} for d in article.dates)
        tables["resolutions"].extend({**key, **asdict(r)} for r in article.resolutions)
    return tables


@lru_cache(maxsize=1)
def table_columns() -> dict[str, list[str]]:
    """Each table's columns, read off :func:`article_tables` for an article holding one
    item of every kind, so that empty tables (frames, Parquet schemas) still have them."""
    specimen = Article(
        id="",
        date=None,
        entities=[Entity("", "", 0, 0)],
        organizations=[Organization(None, "", [], [Mention("", 0, 0)])],
        quotes=[Quote("", 0, 0, "", Speaker(None, None, None), None)],
        dates=[TimeExpression("", 0, 0, "", None)],
        resolutions=[Resolution("", 0, 0, 0, None, None)],
    )
    return {name: list(rows[0]) for name, rows in article_tables([specimen]).items()}
