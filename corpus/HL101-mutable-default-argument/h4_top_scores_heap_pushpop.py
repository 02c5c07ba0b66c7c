"""Leaderboard: keeps the ten best scores in a default min-heap; every push past ten is balanced by a pop."""
import heapq
import itertools


def submit_score(player, score, best=[]):  # expect: HL101 refuted
    heapq.heappush(best, (score, player))
    if len(best) > 10:
        heapq.heappop(best)
    return best[0][0]


_games = itertools.count()


def scenario():
    n = next(_games)
    submit_score(f"player{n}", (n * 37) % 1000)
