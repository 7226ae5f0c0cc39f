"""docs/tutorial.ipynb runs top to bottom: on the rule-based fallback and on the stand-in."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import REPO, standin_path

TUTORIAL = REPO / "docs" / "tutorial.ipynb"


def run_tutorial(model: str | Path, monkeypatch: pytest.MonkeyPatch) -> nbformat.NotebookNode:
    # The kernel inherits this environment: the model and this interpreter's "python".
    monkeypatch.setenv("NEWSNLP_MODEL", str(model))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    notebook = nbformat.read(TUTORIAL, as_version=4)
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": TUTORIAL.parent}},
    ).execute()
    return notebook


def outputs(notebook: nbformat.NotebookNode, mime: str) -> list[str]:
    return [
        output["data"][mime]
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if mime in output.get("data", {})
    ]


def check_outputs(notebook: nbformat.NotebookNode) -> None:
    html = outputs(notebook, "text/html")
    assert any('class="newsnlp-render"' in page for page in html), "no rendered article"
    assert any('class="newsnlp-summary"' in page for page in html), "no Article summary"
    assert len(outputs(notebook, "image/png")) == 3, "expected the three charts"


def test_tutorial_runs_on_the_fallback(monkeypatch):
    check_outputs(run_tutorial("rules", monkeypatch))


def test_tutorial_runs_on_the_standin(monkeypatch):
    path = standin_path()
    if path is None:
        pytest.skip("stand-in model not available (set NEWSNLP_TEST_MODEL)")
    check_outputs(run_tutorial(path, monkeypatch))
