"""Arcade leaderboard: a default min-heap holds the best TOP_K scores; a
new score only enters by replacing the current minimum (heapreplace), so
the heap never holds more than TOP_K games."""
import heapq
import itertools

TOP_K = 10
_games = itertools.count()


def record_score(player, score, _board=[]):  # expect: HL101 refuted
    """Record one finished game; return the current top three players."""
    entry = (score, player)
    if len(_board) < TOP_K:
        heapq.heappush(_board, entry)
    elif entry > _board[0]:
        heapq.heapreplace(_board, entry)
    top = heapq.nlargest(TOP_K, _board)
    return [name for _, name in top[:3]]


def scenario():
    n = next(_games)
    return record_score("player-%d" % n, (n * 7919) % 1000)
