"""Speaker normalisation across an archive, on real names: accuracy and time.

Person names from the HAREM golden collections (PESSOA/INDIVIDUAL, a given name
and a surname) are written the ways news write them, each in its own
"article": in full; with a typo in the surname; as initial and surname; as the
surname alone in an article that also names them in full; as the surname alone
with only the speaker's organisation (one of a small pool, so people share
them) to go on.  Reports B-cubed precision/recall/F1 of
:func:`newsnlp.speaker_names.cluster_speakers` against the true person, the
clusters that merge different people, and the time taken.  The truth treats
two written forms of one HAREM name as two people ("Afonso Henriques" and
"D.Afonso Henriques", "Oliveira Salazar" and "António de Oliveira Salazar"),
so precision is a lower bound.

    python bench/bench_speakers.py [--organisations 40] [--limit 0]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Sequence

from common import SHARED
from newsnlp.speaker_names import SpeakerMention, clean_name, cluster_speakers, parse_name

HAREM = [
    SHARED / "data" / "harem" / name for name in ("harem1_golden.jsonl", "harem2_classic.jsonl")
]


def harem_people() -> list[str]:
    """Distinct full person names (one written form per folded key)."""
    people: dict[str, str] = {}
    for path in HAREM:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                for entity in json.loads(line)["entities"]:
                    if entity.get("categ") != "PESSOA" or entity.get("tipo") != "INDIVIDUAL":
                        continue
                    name = clean_name(entity["text"])
                    parsed = parse_name(name)
                    if parsed is not None and parsed.is_full and len(parsed.surname) > 2:
                        people.setdefault(parsed.key, name)
    return sorted(people.values())


def typo(word: str, rng: random.Random) -> str:
    """One letter doubled inside ``word`` ("Zas" -> "Zass")."""
    position = rng.randrange(1, len(word))
    return word[:position] + word[position - 1] + word[position:]


def archive(people: Sequence[str], organisations: int, rng: random.Random):
    """Mentions and the true person of each."""
    mentions: list[SpeakerMention] = []
    truth: list[int] = []
    for person, name in enumerate(people):
        words = name.split()
        surname = words[-1]
        org = f"org{rng.randrange(organisations)}"
        variants = [
            SpeakerMention(f"{person}-full", name, org),
            SpeakerMention(f"{person}-typo", " ".join([*words[:-1], typo(surname, rng)]), org),
            SpeakerMention(f"{person}-initial", f"{words[0][0]}. {surname}", org),
            SpeakerMention(f"{person}-context", surname, None, (name,)),
            SpeakerMention(f"{person}-short", surname, org),
        ]
        mentions.extend(variants)
        truth.extend([person] * len(variants))
    return mentions, truth


def b_cubed(predicted: Sequence[int | None], truth: Sequence[int]) -> tuple[float, float]:
    clusters: dict[int, list[int]] = defaultdict(list)
    for index, cluster in enumerate(predicted):
        clusters[cluster if cluster is not None else -1 - index].append(index)
    gold: dict[int, list[int]] = defaultdict(list)
    for index, person in enumerate(truth):
        gold[person].append(index)
    precision = recall = 0.0
    for index, person in enumerate(truth):
        cluster = predicted[index] if predicted[index] is not None else -1 - index
        members = clusters[cluster]  # type: ignore[index]
        same = sum(1 for other in members if truth[other] == person)
        precision += same / len(members)
        recall += same / len(gold[person])
    return precision / len(truth), recall / len(truth)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=40)
    parser.add_argument("--limit", type=int, default=0, help="use only this many people")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    people = harem_people()
    if args.limit:
        people = rng.sample(people, args.limit)
    mentions, truth = archive(people, args.organisations, rng)
    started = time.perf_counter()
    clusters = cluster_speakers(mentions)
    seconds = time.perf_counter() - started
    precision, recall = b_cubed(clusters.people, truth)
    mixed: Counter[str] = Counter()
    members: dict[int, set[int]] = defaultdict(set)
    for person, cluster in zip(truth, clusters.people, strict=True):
        if cluster is not None:
            members[cluster].add(person)
    mixed["clusters merging different people"] = sum(1 for p in members.values() if len(p) > 1)
    per_variant: dict[str, list[bool]] = defaultdict(list)
    full_cluster = {truth[i]: clusters.people[i] for i in range(0, len(truth), 5)}
    for mention, person, cluster in zip(mentions, truth, clusters.people, strict=True):
        per_variant[mention.article_id.split("-")[-1]].append(cluster == full_cluster[person])
    report = {
        "people": len(people),
        "mentions": len(mentions),
        "organisations": args.organisations,
        "b_cubed_precision": round(precision, 4),
        "b_cubed_recall": round(recall, 4),
        "b_cubed_f1": round(2 * precision * recall / (precision + recall), 4),
        "speakers_found": len(members),
        **mixed,
        "joined_to_the_full_name_share": {
            variant: round(sum(hits) / len(hits), 4) for variant, hits in per_variant.items()
        },
        "seconds": round(seconds, 3),
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
