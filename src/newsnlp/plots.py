"""Charts of an archive with matplotlib: top speakers, organisation co-mentions, timeline.

Each helper draws one DataFrame from :mod:`newsnlp.archive` on a matplotlib
``Axes`` (a new figure if none is given) and returns the ``Axes``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tables import optional_dependency

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

#: Longest quotation text written next to a point on the timeline.
TIMELINE_LABEL_CHARS = 60
#: More statements than this are drawn without text labels, which would overlap.
MAX_LABELLED = 12


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    plt = optional_dependency("matplotlib.pyplot")
    _, new_ax = plt.subplots(figsize=size, layout="constrained")
    return new_ax


def plot_top_speakers(per_speaker: pd.DataFrame, n: int = 10, ax: Axes | None = None) -> Axes:
    """Horizontal bars: quotes of the ``n`` most quoted speakers
    (the frame of :func:`newsnlp.archive.quotes_per_speaker`)."""
    top = per_speaker.head(n).iloc[::-1]
    ax = _axes(ax, (7, 0.45 * max(len(top), 2) + 1))
    ax.barh(top["speaker"], top["quotes"], color="#4c72b0")
    for y, (quotes, articles) in enumerate(zip(top["quotes"], top["articles"], strict=True)):
        ax.annotate(f" {articles} art.", (quotes, y), va="center", fontsize=8, color="#555555")
    ax.margins(x=0.15)  # room for the article counts
    ax.set_xlabel("quotes")
    ax.set_title(f"Most quoted speakers (top {min(n, len(per_speaker))})")
    ax.xaxis.set_major_locator(optional_dependency("matplotlib.ticker").MaxNLocator(integer=True))
    return ax


def plot_org_comentions(matrix: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Heat map of :func:`newsnlp.archive.org_comentions`: articles mentioning both
    organisations (the diagonal: articles mentioning each)."""
    size = 0.5 * len(matrix) + 2.5
    ax = _axes(ax, (size + 1, size))
    ax.set_title("Organisations mentioned in the same article")
    if matrix.empty:
        ax.text(0.5, 0.5, "no organisations", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    image = ax.imshow(matrix.to_numpy(), cmap="Blues")
    ax.set_xticks(range(len(matrix.columns)), labels=list(matrix.columns), rotation=60, ha="right")
    ax.set_yticks(range(len(matrix.index)), labels=list(matrix.index))
    high = matrix.to_numpy().max()
    for row in range(len(matrix.index)):
        for column in range(len(matrix.columns)):
            count = int(matrix.iat[row, column])
            if count:
                color = "white" if count > high / 2 else "black"
                ax.text(column, row, str(count), ha="center", va="center", fontsize=8, color=color)
    ax.figure.colorbar(image, ax=ax, label="articles", shrink=0.8)
    return ax


def plot_timeline(
    statements: pd.DataFrame, ax: Axes | None = None, label: bool | None = None
) -> Axes:
    """Dated statements (:func:`newsnlp.archive.timeline`): one row per speaker,
    one point per quote; hollow points are dated only by publication.  ``label``
    writes each quote's start by its point (default: when there are at most
    :data:`MAX_LABELLED` statements)."""
    dated = statements.dropna(subset=["date"])
    if label is None:
        label = len(dated) <= MAX_LABELLED
    speakers = list(dict.fromkeys(dated["speaker"].fillna("(unknown)")))
    ax = _axes(ax, (10, 0.5 * max(len(speakers), 2) + 1.5))
    rows = {speaker: position for position, speaker in enumerate(speakers)}
    for source, fill, legend in (
        ("text", "#c44e52", "dated in the text"),
        ("published", "none", "publication date"),
    ):
        part = dated[dated["date_source"] == source]
        y = [rows[speaker] for speaker in part["speaker"].fillna("(unknown)")]
        ax.scatter(part["date"], y, c=fill, edgecolors="#c44e52", label=legend, zorder=3)
        if label:
            for when, position, text in zip(part["date"], y, part["text"], strict=True):
                short = (
                    text
                    if len(text) <= TIMELINE_LABEL_CHARS
                    else text[: TIMELINE_LABEL_CHARS - 1] + "…"
                )
                ax.annotate(
                    short,
                    (when, position),
                    xytext=(4, 4),
                    textcoords="offset points",
                    fontsize=7,
                    color="#444444",
                )
    ax.set_yticks(range(len(speakers)), labels=speakers)
    ax.set_ylim(-0.7, len(speakers) - 0.3)
    ax.grid(axis="x", alpha=0.3)
    ax.legend(loc="upper left", fontsize=8)
    ax.set_title("Statements over time")
    ax.figure.autofmt_xdate()
    return ax
