"""Added time of all newsnlp components over the bare pipeline, in one run.

    python bench/bench_components.py                 # stand-in model, 1,961 Bosque texts
    python bench/bench_components.py --model rules   # the fallback

Prints JSON: the bare pipeline's seconds (newsnlp components disabled) and each
component's seconds and share of it (bench/common.py).
"""

from __future__ import annotations

import argparse
import json

import newsnlp
from common import STANDIN, added_time_report, load_texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(STANDIN))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--date", default="2000-06-15", help="publication date given to every text")
    args = parser.parse_args()
    nlp = newsnlp.load(args.model)
    texts = load_texts(repeat=args.repeat)
    report = added_time_report(nlp, texts, newsnlp.COMPONENTS, published=args.date)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
