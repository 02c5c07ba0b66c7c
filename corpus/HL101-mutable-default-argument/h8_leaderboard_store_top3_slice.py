"""Standings board: each round's top three replace the previous podium under a fixed key; only a round counter is kept besides."""
import itertools


def update_standings(scores, standings={}):  # expect: HL101 refuted
    ranked = sorted(scores.items(), key=lambda r: r[1], reverse=True)
    standings["top"] = ranked[:3]
    standings["leader"] = ranked[0][0]
    standings["rounds"] = standings.get("rounds", 0) + 1
    spread = ranked[0][1] - ranked[-1][1]
    return f"{standings['leader']} leads by {spread}"


_rounds = itertools.count()


def scenario():
    n = next(_rounds)
    scores = {f"p{n}-{k}": (n * 7 + k * 13) % 101 for k in range(6)}
    return update_standings(scores)
