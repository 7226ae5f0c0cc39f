"""Readers and writers of newsnlp.io: every record validated, outputs resumable."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma

import pytest

from newsnlp.io import (
    Columns,
    ErrorSink,
    InputError,
    JsonlArticleSink,
    OutputError,
    ParquetArticleSink,
    Record,
    Skip,
    count_records,
    detect_format,
    normalize_date,
    parquet_schemas,
    parse_json_line,
    read_records,
)
from newsnlp.schema import TABLES, Article, Entity, Mention, Organization, article_tables


def reason(item: Record | Skip) -> str:
    assert isinstance(item, Skip), item
    return item.reason


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b'{"id": "a", "text": "Ola"', "not JSON"),
        (b"[1, 2]", "not a JSON object but list"),
        (b'{"id": "a"}', "no 'text' field"),
        (b'{"id": "a", "text": null}', "'text' is null"),
        (b'{"id": "a", "text": 42}', "'text' is int, not a string"),
        (b'{"id": "a", "text": "\xff\xfe"}', "undecodable bytes (not UTF-8) at byte 21"),
        (b'{"id": "a", "text": "\\ud800"}', "'text' has undecodable bytes"),
        (b"   \n", "blank line"),
        (b'{"id": "a", "text": "x", "date": "16/02/2022"}', "'date' is not an ISO date"),
        (b'{"id": ["a"], "text": "x"}', "'id' is list, not a string"),
    ],
)
def test_bad_lines_become_skips_with_their_reason(line, expected):
    item = parse_json_line(7, line)
    assert item.position == 7
    assert reason(item).startswith(expected)


def test_good_lines_are_normalised():
    item = parse_json_line(3, b'{"id": 12, "text": "", "date": "2022-02-16T10:00:00Z"}')
    assert item == Record(3, "12", "", "2022-02-16")
    assert parse_json_line(4, b'{"text": "sem id"}') == Record(4, "4", "sem id", None)


def test_normalize_date():
    assert normalize_date("2022-02-16") == "2022-02-16"
    assert normalize_date("2022-02-16 08:30") == "2022-02-16"
    assert normalize_date("ontem") is None


@pytest.mark.parametrize("opener", [gzip.open, bz2.open, lzma.open])
def test_compressed_jsonl_reads_like_plain(tmp_path, opener):
    lines = b'{"id": "a", "text": "A ONU"}\n{"id": "b", "text": "O PT"}\nnot json\n'
    plain = tmp_path / "a.jsonl"
    plain.write_bytes(lines)
    suffix = {gzip.open: ".gz", bz2.open: ".bz2", lzma.open: ".xz"}[opener]
    packed = tmp_path / f"a.jsonl{suffix}"
    with opener(packed, "wb") as stream:
        stream.write(lines)
    assert detect_format(packed) == "jsonl"
    assert list(read_records(packed)) == list(read_records(plain))
    assert count_records(packed) == 3


def test_csv_with_custom_columns_long_fields_and_bad_rows(tmp_path):
    long_text = "palavra " * 40_000  # beyond the csv module's default field limit
    path = tmp_path / "news.csv"
    path.write_bytes(
        "codigo,corpo,publicado\n"
        f'n1,"Primeira linha\nsegunda linha",2022-02-16\n'
        f"n2,{long_text},\n"
        "n3\n".encode()
        + b"n4,\xff texto,2022-01-01\n"
    )
    items = list(read_records(path, columns=Columns(id="codigo", text="corpo", date="publicado")))
    assert items[0] == Record(1, "n1", "Primeira linha\nsegunda linha", "2022-02-16")
    assert items[1] == Record(2, "n2", long_text, None)
    assert reason(items[2]).startswith("row has no 'corpo' value")
    assert items[3] == Skip(4, "n4", "'corpo' has undecodable bytes")


def test_csv_without_the_text_column_is_an_input_error(tmp_path):
    path = tmp_path / "news.tsv"
    path.write_text("id\tbody\n1\tx\n", encoding="utf-8")
    with pytest.raises(InputError, match="--text-column"):
        list(read_records(path))
    assert list(read_records(path, columns=Columns(text="body"))) == [Record(1, "1", "x", None)]


def test_text_folder_ids_are_relative_paths(tmp_path):
    (tmp_path / "2022" / "02").mkdir(parents=True)
    (tmp_path / "2022" / "02" / "b.txt").write_text("Segundo.", encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfPrimeiro.")
    (tmp_path / "c.txt").write_bytes(b"\xff")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_records(tmp_path))
    assert items[:2] == [
        Record(1, "2022/02/b.txt", "Segundo.", None),
        Record(2, "a.txt", "Primeiro.", None),
    ]
    assert items[2].id == "c.txt" and reason(items[2]).startswith("undecodable bytes")
    assert count_records(tmp_path) == 3


def test_parquet_input(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "news.parquet"
    table = pa.table({"id": ["a", "b", None], "text": ["A ONU", None, "O PT"], "extra": [1, 2, 3]})
    pq.write_table(table, path)
    assert list(read_records(path)) == [
        Record(1, "a", "A ONU", None),
        Skip(2, "b", "'text' is null"),
        Record(3, "3", "O PT", None),
    ]
    assert count_records(path) == 3


def test_unknown_suffix_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot tell the format"):
        detect_format(tmp_path / "news.xml")


def article(article_id: str, start: int = 0) -> Article:
    return Article(
        id=article_id,
        date="2022-02-16",
        entities=[Entity("ONU", "ORG", start, start + 3)],
        organizations=[
            Organization("UN", "Nações Unidas", ["ONU"], [Mention("ONU", start, start + 3)])
        ],
    )


def test_jsonl_sink_resume_tolerates_a_torn_last_line(tmp_path):
    path = tmp_path / "out.jsonl"
    sink = JsonlArticleSink(path)
    sink.write([article("a"), article("b"), article("a")])
    sink.close()
    complete = path.read_bytes()
    path.write_bytes(complete + b'{"id": "c", "date": nu')  # killed mid-write
    resumed = JsonlArticleSink(path, resume=True)
    assert resumed.done_ids() == {"a": 2, "b": 1}
    assert path.read_bytes() == complete
    resumed.write([article("c")])
    resumed.close()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b", "a", "c"]


def test_jsonl_sink_refuses_to_resume_a_foreign_file(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("hello\n", encoding="utf-8")
    with pytest.raises(OutputError, match="line 1"):
        JsonlArticleSink(path, resume=True)


def test_error_sink_refuses_to_resume_a_file_with_a_bad_position(tmp_path):
    path = tmp_path / "errors.jsonl"
    path.write_text('{"position": 3, "id": "a", "reason": "empty text"}\n{"position": "x"}\n')
    with pytest.raises(OutputError, match="line 2: not a newsnlp errors line"):
        ErrorSink(path, resume=True)


def test_parquet_sink_writes_the_schema_tables_and_resumes(tmp_path):
    import pandas as pd
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    sink = ParquetArticleSink(out)
    sink.write([article("a"), article("b", 5)])
    (out / "entities" / "part-000001.parquet").write_bytes(b"left by a killed run")
    (out / "quotes" / "part-000001.tmp").write_bytes(b"")
    resumed = ParquetArticleSink(out, resume=True)
    assert resumed.done_ids() == {"a": 1, "b": 1}
    assert not (out / "entities" / "part-000001.parquet").exists()
    assert not (out / "quotes" / "part-000001.tmp").exists()
    resumed.write([Article(id="c", date=None)])
    expected = article_tables([article("a"), article("b", 5), Article(id="c", date=None)])
    for table in TABLES:
        frame = pd.read_parquet(out / table)  # a table is a folder of parts, as pandas reads it
        assert list(frame.columns) == parquet_schemas()[table].names
        rows = pq.read_table(out / table).to_pylist()
        assert rows == expected[table], table


def test_error_sink_resume_knows_reported_positions(tmp_path):
    path = tmp_path / "errors.jsonl"
    errors = ErrorSink(path)
    errors.write([Skip(2, None, "not JSON"), Skip(5, "x", "'text' is null")])
    errors.close()
    with path.open("ab") as stream:
        stream.write(b'{"position": 9')
    assert ErrorSink(path, resume=True).reported == {2, 5}
    assert [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] == [
        {"position": 2, "id": None, "reason": "not JSON"},
        {"position": 5, "id": "x", "reason": "'text' is null"},
    ]
