"""Rebuild the texts of ``bench/heldout124``–``151`` (not 127, 131, 135, 139, 144–147)
from Fake.br.

The articles are the "true" half of the Fake.br corpus (Monteiro et al., PROPOR
2018): Brazilian news of 2016–2018 (G1, Folha, Estadão and others), one plain-text
file per article in ``full_texts/true/`` of the public GitHub repository
``roneysco/Fake.br-Corpus`` (commit beaee636b1b71c10a5cb1216af65997b172ba5c6), whose
README asks users to cite the corpus and states no licence, so the texts are not
copied here.  Each gold file annotates the articles listed for it in ``ROUNDS``, in
that order; the articles were drawn at random (seeds 1329, 3129, 3229, 4129 and 5129
for rounds 29–30, 31, 32, 33 and 34), and those over 16,000 characters (1989, 629, 870,
380, 2853, 608, 604, 1165, 391) were left out, as was ``66.txt`` of heldout150, whose
annotator's copy came out 22 characters shorter than the file.  An article becomes
one JSONL line ``{"id": "full_texts/true/<N>.txt", "text": <the file, its line ends
as "\\n">}`` for
``eval_quotes.py --texts``.  Their paragraph breaks were lost when the corpus was
built, and headlines run into the text ("…  Os responsáveis…").

The annotators copied the files through a text tool: of heldout128's, ``795.txt``
lacked two invisible characters its annotator put back as zero-width spaces (U+200B),
which may differ from the repository's (offsets after them may be off by up to two);
heldout141's ``2326.txt`` lacked one, put back the same way after every quote of it.

    python bench/fakebr_texts.py path/to/Fake.br-Corpus fakebr_texts.jsonl
"""

from __future__ import annotations

import argparse
from pathlib import Path

from common import write_texts

#: The articles each gold file annotates, in order (numbers of ``full_texts/true/N.txt``).
ROUNDS = {
    "heldout124": [1647, 2480, 1682, 3471, 3389, 3189, 2117, 3040, 331, 3410, 3521, 1703, 1288],
    "heldout125": [
        3511,
        3240,
        9,
        1667,
        2875,
        89,
        1208,
        2707,
        2695,
        227,
        3196,
        1673,
        1211,
        3097,
        2921,
    ],
    "heldout126": [245, 2971, 845, 3218, 1576, 3192, 1772, 801, 2591, 1498, 1993, 532, 99, 136],
    "heldout128": [
        678,
        2658,
        1979,
        2008,
        1372,
        795,
        3548,
        3185,
        559,
        3227,
        447,
        2227,
        2216,
        1065,
        3455,
    ],
    "heldout129": [
        3505,
        640,
        1656,
        3057,
        1246,
        676,
        1222,
        912,
        1465,
        3173,
        2745,
        1319,
        1052,
        2392,
        503,
    ],
    "heldout130": [
        3584,
        1596,
        1746,
        3309,
        2676,
        2477,
        598,
        3374,
        34,
        280,
        2838,
        1290,
        3345,
        1023,
        742,
    ],
    "heldout132": [182, 58, 3191, 921, 377, 1334, 2710, 452, 2914, 3167, 2814, 628, 21, 2396, 3358],
    "heldout133": [
        943,
        384,
        251,
        2335,
        3553,
        3261,
        1617,
        1230,
        1408,
        284,
        504,
        1861,
        3105,
        2572,
        2553,
    ],
    "heldout134": [1575, 3563, 679, 2735, 2832, 2438, 2980, 1183, 472, 1766, 792, 2783],
    "heldout136": [
        1769,
        1653,
        495,
        1392,
        1303,
        540,
        1197,
        3147,
        234,
        151,
        509,
        951,
        3396,
        2532,
        1144,
    ],
    "heldout137": [
        1434,
        2663,
        3262,
        1752,
        3476,
        1852,
        2270,
        323,
        2003,
        2746,
        2391,
        1269,
        2860,
        298,
    ],
    "heldout138": [
        3231,
        2248,
        2698,
        355,
        2201,
        2637,
        3224,
        1554,
        2181,
        1006,
        2301,
        3110,
        1153,
        1832,
    ],
    "heldout140": [
        1450,
        1598,
        1672,
        1662,
        3594,
        1179,
        1469,
        901,
        3549,
        1384,
        2453,
        2362,
        2642,
        823,
    ],
    "heldout141": [
        2188,
        630,
        1298,
        2221,
        2351,
        1124,
        556,
        1309,
        2294,
        3085,
        3418,
        2269,
        2326,
        3286,
        478,
    ],
    "heldout142": [
        408,
        1315,
        1614,
        1540,
        3068,
        2085,
        233,
        2172,
        419,
        558,
        2471,
        869,
        1730,
        365,
        1031,
    ],
    "heldout143": [
        153,
        1193,
        1489,
        910,
        3207,
        1339,
        696,
        2590,
        1026,
        3395,
        2264,
        1572,
        1071,
        3090,
        1568,
    ],
    "heldout148": [
        3508,
        2240,
        1587,
        193,
        2096,
        1231,
        811,
        16,
        3472,
        531,
        3336,
        3547,
        301,
        2417,
        1456,
    ],
    "heldout149": [
        2693,
        2584,
        3314,
        2564,
        2896,
        2001,
        944,
        2630,
        2218,
        98,
        113,
        260,
        310,
        2356,
        569,
    ],
    "heldout150": [3143, 521, 1932, 704, 1753, 954, 1496, 2393, 596, 776, 974, 2366, 710, 445],
    "heldout151": [
        1394,
        252,
        714,
        2413,
        2271,
        2628,
        3146,
        2025,
        1140,
        2929,
        3583,
        314,
        1879,
        777,
        1699,
    ],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("repository", type=Path, help="a checkout of Fake.br-Corpus")
    parser.add_argument("out", type=Path, help="JSONL to write")
    args = parser.parse_args()
    paths = [f"full_texts/true/{number}.txt" for numbers in ROUNDS.values() for number in numbers]
    records = (  # read_text turns "\r\n" into "\n"
        {"id": path, "text": (args.repository / path).read_text(encoding="utf-8")} for path in paths
    )
    write_texts(args.out, records, "articles")


if __name__ == "__main__":
    main()
