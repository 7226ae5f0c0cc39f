"""newsnlp on a real two-process Dask LocalCluster equals the local run, record for record."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

from newsnlp.batch import LocalEngine, extract, process_records
from newsnlp.dask import DaskEngine, extract_bag, extract_dataframe, pipeline_loads
from newsnlp.io import Columns, Record, Skip, record_from_mapping
from newsnlp.loading import load

DASK_ENGINE = ("--engine", "dask", "--n-process", "2", "--batch-size", "4")
TEXTS = [
    "A ONU e a OTSC reuniram-se ontem em Moscovo, disse o porta-voz.",
    "O Conselho de Segurança aprovou a resolução 2625 (2022).",
    "«Não haverá guerra», afirmou o ministro em Lisboa no dia 3 de março.",
    "A Folha de S.Paulo publicou hoje a pesquisa do Datafolha.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def rows() -> list[dict]:
    data: list[dict] = [
        {"id": f"n{i}", "text": f"{TEXTS[i % len(TEXTS)]} Nota {i}.", "date": "2022-02-16"}
        for i in range(40)
    ]
    data[7] = {"id": "n7", "text": None, "date": "2022-02-16"}
    data[21] = {"id": "n3", "text": "Um id repetido, de Brasília.", "date": None}
    return data


def local_outcomes(data: list[dict]) -> list[object]:
    items = [record_from_mapping(i, row, Columns()) for i, row in enumerate(data, start=1)]
    processed = iter(process_records(load("rules"), [r for r in items if isinstance(r, Record)]))
    return [next(processed) if isinstance(item, Record) else item for item in items]


def test_bag_on_the_cluster_equals_the_local_run(client):
    data = rows()
    results = extract_bag(db.from_sequence(data, npartitions=5), "rules", batch_size=4).compute()
    assert results == local_outcomes(data)
    assert isinstance(results[7], Skip) and results[7].position == 8
    loads = client.run(pipeline_loads)
    assert set(loads.values()) == {1}  # once per worker, not per task or partition


def test_dataframe_on_the_cluster_equals_the_local_run(client):
    data = rows()
    frame = dd.from_pandas(pd.DataFrame(data), npartitions=3)
    assert extract_dataframe(frame, "rules").compute() == local_outcomes(data)


def test_cli_engine_on_the_cluster_writes_the_local_output(client, tmp_path: Path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(row) for row in rows()) + "\n", encoding="utf-8")
    local_out, local_errors = tmp_path / "local.jsonl", tmp_path / "local_errors.jsonl"
    extract(source, local_out, LocalEngine(load("rules")), errors_path=local_errors, chunk_size=6)
    dask_out, dask_errors = tmp_path / "dask.jsonl", tmp_path / "dask_errors.jsonl"
    summary = extract(
        source,
        dask_out,
        DaskEngine(client, "rules", batch_size=3, max_in_flight=3),
        errors_path=dask_errors,
        chunk_size=6,
    )
    assert dask_out.read_bytes() == local_out.read_bytes()
    assert dask_errors.read_bytes() == local_errors.read_bytes()
    assert (summary.read, summary.written, summary.errors) == (40, 39, 1)


def test_extract_command_with_engine_dask(tmp_path: Path):
    from typer.testing import CliRunner

    from newsnlp.cli import app

    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(row) for row in rows()) + "\n", encoding="utf-8")
    local_out = tmp_path / "local.jsonl"
    extract(source, local_out, LocalEngine(load("rules")))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app,
        ["extract", str(source), "-o", str(out), "--model", "rules", *DASK_ENGINE],
    )
    assert result.exit_code == 3, result.output  # one record has no text
    assert out.read_bytes() == local_out.read_bytes()
    assert "read 40, written 39" in result.stderr
