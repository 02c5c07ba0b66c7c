"""Game server: after each round the podium (top three by score) is appended to a running log via extend(sorted(...))."""
import itertools


def record_round(round_id, scores, podium_log=[]):  # expect: HL101 confirmed
    ranked = sorted(scores.items(), key=lambda r: r[1], reverse=True)
    if not ranked:
        return None
    podium_log.extend(sorted(ranked, key=lambda r: r[1], reverse=True)[:3])
    winner, best = ranked[0]
    return f"round {round_id}: {winner} wins with {best}"


_rounds = itertools.count()


def scenario():
    n = next(_rounds)
    scores = {f"p{n}-{k}": (n * 7 + k * 13) % 101 for k in range(6)}
    return record_round(n, scores)
