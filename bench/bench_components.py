"""Added time of all newsnlp components over the bare pipeline, in one run.

    python bench/bench_components.py                 # stand-in model, 1,961 Bosque texts
    python bench/bench_components.py --model rules   # the fallback

Prints JSON: the bare pipeline's seconds (newsnlp components disabled) and each
component's seconds and share of it (bench/common.py).
"""

from __future__ import annotations

import json

import newsnlp
from common import added_time_parser, added_time_report, load_texts


def main() -> None:
    parser = added_time_parser(__doc__, dates=True)
    args = parser.parse_args()
    nlp = newsnlp.load(args.model)
    texts = load_texts(repeat=args.repeat)
    report = added_time_report(nlp, texts, newsnlp.COMPONENTS, published=args.date)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
