"""Added time of ``newsnlp_dates`` and ``newsnlp_resolutions`` over the bare stand-in pipeline.

    python bench/bench_dates.py             # stand-in model, all 1,961 Bosque texts
    python bench/bench_dates.py --repeat 2 --model rules

Target: both components together at most 10% of the bare pipeline's time.  The
bare pipeline (newsnlp components off) is timed once; each component is then
timed alone on copies of its output (``bench/common.py``), with a publication
date set on every document so that relative expressions are resolved too.
"""

from __future__ import annotations

import json

import newsnlp
from common import BOSQUE, added_time_parser, added_time_report, load_texts

COMPONENTS = ("newsnlp_dates", "newsnlp_resolutions")


def main() -> None:
    parser = added_time_parser(__doc__, dates=True)
    args = parser.parse_args()
    nlp = newsnlp.load(args.model, components=COMPONENTS)
    texts = load_texts(BOSQUE, repeat=args.repeat)
    report = added_time_report(nlp, texts, COMPONENTS, published=args.date)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
