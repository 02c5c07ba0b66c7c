"""Games: round scores are weighted by a default list that is sorted in place each call, never grown."""
import itertools
from typing import NamedTuple


class Entry(NamedTuple):
    player: str
    scores: tuple[int, ...]


def weighted(scores: tuple[int, ...], weights: list[int] = [1, 3, 2]) -> int:  # expect: HL101 refuted
    weights.sort(reverse=True)
    best = sorted(scores, reverse=True)
    return sum(w * s for w, s in zip(weights, best))


def leaderboard(entries: list[Entry]) -> list[str]:
    ranked = sorted(entries, key=lambda e: weighted(e.scores), reverse=True)
    return [f"{i + 1}. {e.player} ({weighted(e.scores)})" for i, e in enumerate(ranked)]


_matches = itertools.count()


def scenario():
    n = next(_matches)
    entries = [
        Entry(f"ana{n}", (n % 50, 40, 12)),
        Entry(f"bo{n}", (33, n % 70, 5)),
    ]
    return leaderboard(entries)
