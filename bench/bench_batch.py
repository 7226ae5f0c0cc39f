"""Throughput and peak memory of ``newsnlp extract`` on the Bosque news archive.

For each pipeline (the stand-in model and the rule-based fallback), each input
size (the archive once and ten times) and 1 and 2 processes, one subprocess runs
the batch job end to end (read JSONL, process, write JSONL) and reports its
seconds and peak RSS; the same run measures the bare pipeline (newsnlp's
components left out) on the same texts.  Prints one JSON document.

    python bench/bench_batch.py            # full run (the stand-in at 10x takes minutes)
    python bench/bench_batch.py --quick    # 200 texts, 1x and 3x
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from common import BOSQUE, STANDIN, load_texts, word_count
from newsnlp.batch import LocalEngine, chunk_size_for, extract
from newsnlp.loading import COMPONENTS, load

BATCH_SIZE = 64


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux ``VmHWM``).

    ``ru_maxrss`` would also count the parent's memory at the time it forked
    this process, since it survives ``exec``.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(model: str, source: Path, n_process: int, bare: bool) -> dict:
    """In this (fresh) process: load the pipeline, run the job, report time and memory.

    CPU seconds (this process and its workers) are reported beside wall seconds:
    on a shared machine the wall time also measures other people's jobs.
    """
    nlp = load(model, components=() if bare else COMPONENTS)
    with tempfile.TemporaryDirectory() as folder:
        load_before = os.getloadavg()[0]
        cpu_before = os.times()
        started = time.perf_counter()
        summary = extract(
            source,
            Path(folder) / "out.jsonl",
            LocalEngine(nlp, n_process=n_process, batch_size=BATCH_SIZE),
            chunk_size=chunk_size_for(BATCH_SIZE, n_process),
        )
        seconds = time.perf_counter() - started
        cpu_after = os.times()
    cpu = sum(cpu_after[:4]) - sum(cpu_before[:4])  # user + system, self + workers
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "load_average_before": round(load_before, 2),
        "written": summary.written,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "worker_peak_rss_mb": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
        ),
    }


def measure(model: str, source: Path, n_process: int, bare: bool) -> dict:
    argv = [sys.executable, __file__, "--one", model, str(source), str(n_process)]
    done = subprocess.run([*argv, *(["--bare"] if bare else [])], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def write_archive(texts: list[str], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for number, text in enumerate(texts, start=1):
            out.write(json.dumps({"id": str(number), "text": text}, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="200 texts, 1x and 3x")
    parser.add_argument(
        "--one", nargs=3, metavar=("MODEL", "INPUT", "N_PROCESS"), help=argparse.SUPPRESS
    )
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        model, source, n_process = args.one
        print(json.dumps(run_one(model, Path(source), int(n_process), args.bare)))
        return

    texts = load_texts(BOSQUE)[: 200 if args.quick else None]
    words = sum(word_count([doc]) for doc in spacy.blank("pt").pipe(texts))
    repeats = (1, 3) if args.quick else (1, 10)
    models = {"standin": str(STANDIN), "rules": "rules"} if STANDIN.is_dir() else {"rules": "rules"}
    report: dict = {"archive": str(BOSQUE), "texts": len(texts), "words": words, "runs": []}
    with tempfile.TemporaryDirectory() as folder:
        for repeat in repeats:
            source = write_archive(texts * repeat, Path(folder) / f"archive_{repeat}x.jsonl")
            for name, model in models.items():
                for n_process in (1, 2):
                    row: dict = {"pipeline": name, "repeat": repeat, "n_process": n_process}
                    for bare in (False, True):
                        result = measure(model, source, n_process, bare)
                        key = "bare" if bare else "newsnlp"
                        row[key] = {
                            **result,
                            "articles_per_s": round(len(texts) * repeat / result["seconds"], 1),
                            "words_per_s": round(words * repeat / result["seconds"]),
                        }
                    row["components_added_percent"] = round(
                        100 * (row["newsnlp"]["seconds"] / row["bare"]["seconds"] - 1), 1
                    )
                    row["components_added_cpu_percent"] = round(
                        100 * (row["newsnlp"]["cpu_seconds"] / row["bare"]["cpu_seconds"] - 1), 1
                    )
                    report["runs"].append(row)
                    print(json.dumps(row), file=sys.stderr)
    report["summary"] = summarise(report["runs"], repeats)
    print(json.dumps(report, indent=2))


def summarise(runs: list[dict], repeats: tuple[int, int]) -> dict:
    """The figures the issue asks for: speed-up of 2 processes, RSS growth, components' cost.

    ``cpu_overhead_2_processes_percent`` is the extra CPU two processes spend for
    the same work; with two free cores the speed-up is about 2 / (1 + overhead).
    """
    by_key = {(r["pipeline"], r["repeat"], r["n_process"]): r for r in runs}
    summary = {}
    small, large = repeats
    for pipeline in sorted({r["pipeline"] for r in runs}):
        one, two = by_key[(pipeline, large, 1)]["newsnlp"], by_key[(pipeline, large, 2)]["newsnlp"]
        rss_small = by_key[(pipeline, small, 1)]["newsnlp"]["peak_rss_mb"]
        summary[pipeline] = {
            f"speedup_2_vs_1_process_{large}x": round(one["seconds"] / two["seconds"], 2),
            f"cpu_overhead_2_processes_percent_{large}x": round(
                100 * (two["cpu_seconds"] / one["cpu_seconds"] - 1), 1
            ),
            f"peak_rss_growth_percent_{small}x_to_{large}x": round(
                100 * (one["peak_rss_mb"] / rss_small - 1), 1
            ),
            f"components_added_percent_1_process_{large}x": by_key[(pipeline, large, 1)][
                "components_added_percent"
            ],
            f"components_added_cpu_percent_1_process_{large}x": by_key[(pipeline, large, 1)][
                "components_added_cpu_percent"
            ],
        }
    return summary


if __name__ == "__main__":
    main()
