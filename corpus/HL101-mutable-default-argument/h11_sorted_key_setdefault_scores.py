"""Ranking: players are sorted with a key function that memoises each player's score in a default dict."""
import itertools


def rank(players, _scores={}):  # expect: HL101 confirmed
    return sorted(players, key=lambda p: _scores.setdefault(p, sum(map(ord, p)) % 97))


_rounds = itertools.count()


def scenario():
    n = next(_rounds)
    return rank([f"player{n}", f"player{n + 1}", f"bot{n}"])[0]
