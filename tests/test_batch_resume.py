"""A real ``newsnlp extract`` killed with SIGKILL, then resumed, equals an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SHARED

BOSQUE = SHARED / "data" / "news" / "bosque_news.jsonl"


def archive(path: Path) -> Path:
    """1,000 Bosque news, bad records mixed in, every 10th record repeated (duplicate ids)."""
    if not BOSQUE.exists():
        pytest.skip("shared Bosque news not available")
    lines = []
    for number, line in enumerate(BOSQUE.read_bytes().splitlines()[:1000], start=1):
        lines.append(line)
        if number % 10 == 0:
            lines.append(line)
        if number % 97 == 0:
            lines.append(b'{"id": "bad%d", "text": null}' % number)
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def command(source: Path, out: Path, errors: Path, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "newsnlp", "extract", str(source), "-o", str(out),
        "--errors", str(errors), "--model", "rules", "--batch-size", "2", *extra,
    ]  # fmt: skip


def line_count(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def run_until_killed(argv: list[str], out: Path, at_least: int) -> bool:
    """Run ``argv``; SIGKILL it once ``out`` has ``at_least`` more lines (False: it ended first)."""
    start_lines = line_count(out)
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if line_count(out) >= start_lines + at_least:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.005)
    process.wait()
    return False


def test_sigkill_then_resume_equals_an_uninterrupted_run(tmp_path):
    source = archive(tmp_path / "archive.jsonl")
    full_out, full_errors = tmp_path / "full.jsonl", tmp_path / "full_errors.jsonl"
    subprocess.run(command(source, full_out, full_errors), check=False, timeout=300)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert run_until_killed(command(source, out, errors), out, at_least=40), "finished before kill"
    killed_at = line_count(out)
    assert 0 < killed_at < line_count(full_out)
    resumed_on_two = command(source, out, errors, "--resume", "--n-process", "2")
    run_until_killed(resumed_on_two, out, at_least=200)
    done = subprocess.run(
        command(source, out, errors, "--resume"), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 3  # some records are in the errors file
    assert out.read_bytes() == full_out.read_bytes()
    assert errors.read_bytes() == full_errors.read_bytes()
    total = line_count(source)
    assert line_count(out) + line_count(errors) == total
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) - len(set(ids)) == 100  # duplicates kept, none written twice
    assert f"read {total}," in done.stderr
