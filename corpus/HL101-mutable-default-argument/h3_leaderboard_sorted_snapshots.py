"""Game server: each round's sorted standings are appended to a default history."""
import itertools


def close_round(scores, standings_history=[]):  # expect: HL101 confirmed
    standings = sorted(scores.items(), key=lambda kv: -kv[1])
    standings_history.append(standings)
    return standings[0][0]


_rounds = itertools.count()


def scenario():
    n = next(_rounds)
    close_round({f"alice{n}": n % 7, f"bob{n}": n % 5, f"carol{n}": n % 3})
