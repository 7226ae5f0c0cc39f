"""``newsnlp`` command line: a thin Typer layer over :mod:`newsnlp.batch`.

Exit codes of ``newsnlp extract`` (see docs/batch.md): 0 every record written;
3 the run completed but some records are in the errors file; 4 ``--strict``
stopped at a bad record; 2 unusable arguments or input (nothing processed);
1 an unexpected failure.
"""

from __future__ import annotations

import sys
import time
import warnings
from contextlib import ExitStack
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from spacy.language import Language

from . import batch
from .io import INPUT_FORMATS, Columns, InputError, OutputError, count_records, detect_format
from .loading import ModelNotInstalledWarning, load, model_name

app = typer.Typer(add_completion=False, help="Structured facts from Portuguese news.")

#: Exit code for arguments or input that cannot be used at all.
EXIT_USAGE = 2


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"


class EngineName(str, Enum):
    local = "local"
    dask = "dask"


class ProgressReporter:
    """A progress bar on a terminal; a log line every ``interval`` seconds otherwise."""

    def __init__(self, total: int | None, interval: float, stack: ExitStack) -> None:
        self.total = total
        self.interval = interval
        self.started = time.monotonic()
        self.last_log = self.started
        self.bar: Any = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.bar = stack.enter_context(
                Progress(
                    TextColumn("articles"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]:.1f} articles/s"),
                    TimeRemainingColumn(),
                    console=Console(stderr=True),
                )
            )
            self.task = self.bar.add_task("extract", total=total, rate=0.0)

    def __call__(self, summary: batch.Summary) -> None:
        now = time.monotonic()
        processed = summary.read - summary.resumed
        rate = processed / max(now - self.started, 1e-9)
        if self.bar is not None:
            self.bar.update(self.task, completed=summary.read, rate=rate)
            return
        if now - self.last_log < self.interval:
            return
        self.last_log = now
        of_total = f"/{self.total}" if self.total is not None else ""
        eta = ""
        if self.total is not None and rate > 0:
            eta = f", ETA {(self.total - summary.read) / rate:.0f} s"
        typer.echo(
            f"{summary.read}{of_total} articles, {rate:.1f} articles/s{eta}, "
            f"errors {summary.errors}",
            err=True,
        )


def load_pipeline(model: str | None) -> Language:
    """:func:`newsnlp.load`, with the fallback warning as one plain line on stderr."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ModelNotInstalledWarning)
        nlp = load(model)
    for warning in caught:
        typer.echo(f"warning: {warning.message}", err=True)
    return nlp


def _engine(
    stack: ExitStack,
    engine: EngineName,
    scheduler: str | None,
    model: str | None,
    n_process: int,
    batch_size: int,
) -> batch.Engine:
    if scheduler is None and engine is EngineName.local:
        nlp = load_pipeline(model)
        typer.echo(f"model: {model_name(nlp)}", err=True)
        return batch.LocalEngine(nlp, n_process=n_process, batch_size=batch_size)
    from distributed import Client, LocalCluster

    from .dask import DaskEngine

    if scheduler is not None:
        client = stack.enter_context(Client(scheduler))
    else:
        cluster = stack.enter_context(
            LocalCluster(
                n_workers=n_process, threads_per_worker=1, processes=True, dashboard_address=":0"
            )
        )
        client = stack.enter_context(Client(cluster))
    typer.echo(f"dask: {client.dashboard_link}", err=True)
    return DaskEngine(client, model=model, batch_size=batch_size)


@app.command()
def extract(
    input: Path = typer.Argument(
        ..., exists=True, help="JSONL (.gz/.bz2/.xz), CSV, TSV, Parquet, or a folder of .txt"
    ),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="JSONL file, or folder for Parquet (default: stdout)"
    ),
    output_format: OutputFormat | None = typer.Option(
        None, "--format", help="jsonl or parquet (default: parquet if OUTPUT ends in .parquet)"
    ),
    input_format: str | None = typer.Option(
        None, "--input-format", help=f"one of {', '.join(INPUT_FORMATS)} (default: by name)"
    ),
    id_column: str = typer.Option("id", help="field/column with the article id"),
    text_column: str = typer.Option("text", help="field/column with the article text"),
    date_column: str = typer.Option("date", help="field/column with the publication date"),
    n_process: int = typer.Option(1, "--n-process", min=1, help="worker processes (or workers)"),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="texts per nlp.pipe batch"),
    resume: bool = typer.Option(False, "--resume", help="continue an interrupted run"),
    errors: Path | None = typer.Option(
        None, "--errors", help="JSONL of skipped records (default: stderr)"
    ),
    strict: bool = typer.Option(False, "--strict", help="stop at the first bad record"),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline name or path"),
    engine: EngineName = typer.Option(
        EngineName.local, "--engine", help="local (spaCy processes) or dask (a local cluster)"
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="address of an existing Dask scheduler"
    ),
    log_interval: float = typer.Option(30.0, help="seconds between log lines off a terminal"),
) -> None:
    """Process an archive: one result per input record, in input order; bad records reported."""
    chosen_format = output_format.value if output_format else None
    if chosen_format is None:
        is_parquet = output is not None and output.suffix.lower() == ".parquet"
        chosen_format = "parquet" if is_parquet else "jsonl"
    if resume and output is None:
        typer.echo("--resume needs an output file (-o)", err=True)
        raise typer.Exit(EXIT_USAGE)
    columns = Columns(id=id_column, text=text_column, date=date_column)
    with ExitStack() as stack:
        try:
            input_format = input_format or detect_format(input)
            progress = ProgressReporter(count_records(input, input_format), log_interval, stack)
            summary = batch.extract(
                input,
                output,
                _engine(stack, engine, scheduler, model, n_process, batch_size),
                output_format=chosen_format,
                input_format=input_format,
                columns=columns,
                errors_path=errors,
                resume=resume,
                strict=strict,
                chunk_size=batch.chunk_size_for(batch_size, n_process),
                on_progress=progress,
            )
        except (InputError, OutputError) as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(EXIT_USAGE) from error
    typer.echo(summary.describe(), err=True)
    raise typer.Exit(summary.exit_code)


@app.command()
def info(
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline name or path"),
) -> None:
    """Print the resolved model, the pipeline and the catalogue size."""
    nlp = load_pipeline(model)
    typer.echo(f"model: {model_name(nlp)}")
    typer.echo(f"pipeline: {', '.join(nlp.pipe_names)}")
    orgs: Any = nlp.get_pipe("newsnlp_orgs") if "newsnlp_orgs" in nlp.pipe_names else None
    if orgs is not None:
        typer.echo(f"catalogue: {len(orgs.catalogue)} organisations")
