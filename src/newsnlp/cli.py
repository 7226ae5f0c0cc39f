"""``newsnlp`` command line: a thin Typer layer over :mod:`newsnlp.batch`."""

from __future__ import annotations

from pathlib import Path

import typer

from . import batch
from .loading import load, model_name

app = typer.Typer(add_completion=False, help="Structured facts from Portuguese news.")


@app.command()
def extract(
    input: Path = typer.Argument(..., exists=True, dir_okay=False, help="JSONL: id, text, date?"),
    output: Path | None = typer.Option(None, "-o", "--output", help="JSONL output (default: stdout)"),
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline name or path"),
) -> None:
    """Process a JSONL archive, one result per input line, in input order."""
    nlp = load(model)
    summary = batch.extract_jsonl(input, output, nlp)
    typer.echo(summary.describe(), err=True)
    raise typer.Exit(summary.exit_code)


@app.command()
def info(model: str | None = typer.Option(None, "--model", help="spaCy pipeline name or path")) -> None:
    """Print the resolved model, the pipeline and the catalogue size."""
    nlp = load(model)
    typer.echo(f"model: {model_name(nlp)}")
    typer.echo(f"pipeline: {', '.join(nlp.pipe_names)}")
    orgs = nlp.get_pipe("newsnlp_orgs") if "newsnlp_orgs" in nlp.pipe_names else None
    if orgs is not None:
        typer.echo(f"catalogue: {len(orgs.catalogue)} organisations")
