"""Added time of ``newsnlp_quotes`` over the bare stand-in pipeline on the Bosque news texts.

    python bench/bench_quotes.py            # stand-in model, all 1,961 texts
    python bench/bench_quotes.py --repeat 2

Target: at most 10% of the bare pipeline's time.  Prints a JSON report (see
``bench/common.py``: the bare pipeline is timed once, the component alone on copies
of its output).
"""

from __future__ import annotations

import json

import newsnlp
from common import BOSQUE, added_time_parser, added_time_report, load_texts


def main() -> None:
    parser = added_time_parser(__doc__)
    args = parser.parse_args()
    nlp = newsnlp.load(args.model, components=("newsnlp_orgs", "newsnlp_quotes"))
    texts = load_texts(BOSQUE, repeat=args.repeat)
    # newsnlp_orgs runs in the "bare" pipeline: quotes read its entities.
    report = added_time_report(nlp, texts, ["newsnlp_quotes"])
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
