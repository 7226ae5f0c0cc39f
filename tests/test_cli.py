"""``newsnlp extract`` and ``newsnlp info`` through Typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsnlp.cli import app

runner = CliRunner()
NAMED_COLUMNS = ("--id-column", "key", "--text-column", "body")
NO_WAIT = ("--log-interval", "0")


def archive(path: Path) -> Path:
    path.write_text(
        "\n".join(
            [
                json.dumps(
                    {"id": "a", "text": "A ONU reuniu-se em Nova Iorque.", "date": "2022-02-16"}
                ),
                json.dumps({"id": "b", "text": "O presidente falou ontem."}),
                '{"id": "c", "text": 3}',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return path


def test_extract_writes_results_reports_errors_and_summarises(tmp_path):
    source = archive(tmp_path / "in.jsonl")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(
        app, ["extract", str(source), "-o", str(out), "--errors", str(errors), "--model", "rules"]
    )
    assert result.exit_code == 3, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "b"]
    assert json.loads(errors.read_text()) == {
        "position": 3,
        "id": "c",
        "reason": "'text' is int, not a string",
    }
    assert "read 3, written 2, skipped 0 (already done), errors 1" in result.stderr
    assert "('text' is int, not a string: 1)" in result.stderr


def test_extract_to_stdout_and_errors_to_stderr(tmp_path):
    source = archive(tmp_path / "in.jsonl")
    result = runner.invoke(app, ["extract", str(source), "--model", "rules"])
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]
    assert "record 3 (id c): skipped, 'text' is int, not a string" in result.stderr


def test_extract_parquet_tables(tmp_path):
    import pyarrow.parquet as pq

    source = archive(tmp_path / "in.jsonl")
    out = tmp_path / "out.parquet"
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--model", "rules"])
    assert result.exit_code == 3
    articles = pq.read_table(out / "articles").to_pylist()
    assert [(row["article_id"], row["date"]) for row in articles] == [
        ("a", "2022-02-16"),
        ("b", None),
    ]
    assert {p.name for p in out.iterdir()} == {
        "articles", "entities", "organizations", "quotes", "dates", "resolutions",
    }  # fmt: skip


def test_extract_csv_with_named_columns_exits_zero(tmp_path):
    source = tmp_path / "news.csv"
    source.write_text('key,body\nx1,"Lisboa, 16 de fevereiro."\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app,
        ["extract", str(source), "-o", str(out), "--model", "rules", *NAMED_COLUMNS],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["id"] == "x1"


def test_strict_stop_has_its_own_exit_code(tmp_path):
    source = archive(tmp_path / "in.jsonl")
    result = runner.invoke(
        app,
        ["extract", str(source), "-o", str(tmp_path / "o.jsonl"), "--model", "rules", "--strict"],
    )
    assert result.exit_code == 4
    assert "stopped (--strict) at record 3 (id c)" in result.stderr


def test_unusable_input_exits_2_without_a_traceback(tmp_path):
    source = tmp_path / "news.csv"
    source.write_text("id,body\n1,x\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source), "--model", "rules"])
    assert result.exit_code == 2
    assert "no 'text' column" in result.stderr
    result = runner.invoke(app, ["extract", str(source), "--resume", "--model", "rules"])
    assert result.exit_code == 2


def test_log_lines_when_not_on_a_terminal(tmp_path):
    source = archive(tmp_path / "in.jsonl")
    result = runner.invoke(
        app,
        ["extract", str(source), "-o", str(tmp_path / "o.jsonl"), "--model", "rules", *NO_WAIT],
    )
    assert "3/3 articles" in result.stderr and "articles/s" in result.stderr


def test_info_names_the_pipeline():
    result = runner.invoke(app, ["info", "--model", "rules"])
    assert result.exit_code == 0
    assert "pipeline: sentencizer, newsnlp_entities" in result.stdout


def test_fallback_warning_is_one_plain_line_on_stderr(monkeypatch):
    monkeypatch.delenv("NEWSNLP_MODEL", raising=False)
    monkeypatch.setattr("spacy.util.is_package", lambda name: False)
    result = CliRunner().invoke(app, ["info"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1
    assert "python -m spacy download pt_core_news_lg" in warnings[0]
    assert "catalogue: 57 organisations" in result.stdout
