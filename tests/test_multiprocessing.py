"""spaCy's own ``nlp.pipe(n_process=2)`` gives the same results as one process.

Runs in a fresh interpreter under the ``spawn`` start method, where children
import newsnlp from scratch: the extension attributes must be registered there
and hold only picklable values.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, standin_path

SCRIPT = """
import json, multiprocessing, sys
import newsnlp

def docs(nlp, records):
    for record in records:
        doc = nlp.make_doc(record["text"])
        doc._.published = record.get("date")
        doc._.article_id = record["id"]
        yield doc

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    nlp = newsnlp.load(sys.argv[1])
    records = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
    one = [newsnlp.doc_to_article(d).to_dict() for d in nlp.pipe(docs(nlp, records))]
    two = [
        newsnlp.doc_to_article(d).to_dict()
        for d in nlp.pipe(docs(nlp, records), n_process=2, batch_size=4)
    ]
    print(json.dumps({"one": one, "two": two}))
"""


def run_spawned(model: str, tmp_path: Path) -> dict:
    script = tmp_path / "spawn_pipe.py"
    script.write_text(SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), model, str(REPO / "examples" / "sample.jsonl")],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.mark.parametrize("model", ["rules", "standin"])
def test_nlp_pipe_with_two_spawned_processes_equals_one(model: str, tmp_path: Path) -> None:
    if model == "standin":
        path = standin_path()
        if path is None:
            pytest.skip("stand-in model not available (set NEWSNLP_TEST_MODEL)")
        model = str(path)
    results = run_spawned(model, tmp_path)
    assert results["two"] == results["one"]
    found = results["one"]
    assert all(article["date"] for article in found), "publication dates reached the children"
    assert any(article["quotes"] for article in found)
    assert any(article["dates"] for article in found)
    assert any(org["id"] for article in found for org in article["organizations"])
