"""Several processes give exactly the results of one, with fork and with spawn."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from conftest import SEED_ARTICLE, SHARED, standin_path
from newsnlp.batch import LocalEngine, process_records
from newsnlp.io import Record

BOSQUE = SHARED / "data" / "news" / "bosque_news.jsonl"


def sample_records(count: int) -> list[Record]:
    if not BOSQUE.exists():
        pytest.skip("shared Bosque news not available")
    records = []
    with BOSQUE.open(encoding="utf-8") as lines:
        for position, line in enumerate(lines, start=1):
            data = json.loads(line)
            records.append(Record(position, data["id"], data["text"], "2022-02-16"))
            if len(records) == count:
                break
    if SEED_ARTICLE.exists():
        seed = json.loads(SEED_ARTICLE.read_text(encoding="utf-8").splitlines()[0])
        records.append(Record(count + 1, seed["id"], seed["text"], seed["date"]))
    return records


def test_two_processes_equal_one_with_the_standin(standin_nlp):
    records = sample_records(48)
    one = process_records(standin_nlp, records, batch_size=8)
    chunks = [records[:20], records[20:]]
    two = [o for chunk in LocalEngine(standin_nlp, 2, 8).map(chunks) for o in chunk]
    assert two == one
    assert sum(len(article.entities) for article in one) > 0


SPAWN_SCRIPT = textwrap.dedent(
    """
    import json, multiprocessing, sys
    import newsnlp
    from newsnlp.batch import LocalEngine, process_records
    from newsnlp.io import Record

    if __name__ == "__main__":
        multiprocessing.set_start_method("spawn", force=True)
        records = [Record(i, str(i), t, "2022-02-16") for i, t in enumerate(json.load(sys.stdin))]
        nlp = newsnlp.load(sys.argv[1])
        one = process_records(nlp, records, batch_size=4)
        two = [o for chunk in LocalEngine(nlp, 2, 4).map([records]) for o in chunk]
        print(json.dumps({"equal": one == two, "results": [a.to_dict() for a in two]}))
    """
)


def test_spawned_workers_see_the_extensions_and_equal_one_process(tmp_path):
    model = str(standin_path() or "rules")
    texts = [record.text for record in sample_records(12)]
    script = tmp_path / "spawn_check.py"
    script.write_text(SPAWN_SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), model],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "retrying" not in done.stderr, done.stderr  # no record failed in a worker
    report = json.loads(done.stdout)
    assert report["equal"]
    assert all(result["date"] == "2022-02-16" for result in report["results"])
