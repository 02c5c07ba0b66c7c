"""Arcade leaderboard: every finished game pushes its score onto a default
heap, and the top TOP_K are picked with heapq.nlargest when the board is
shown. The heap keeps every game ever played."""
import heapq
import itertools

TOP_K = 10
_games = itertools.count()


def record_score(player, score, _board=[]):  # expect: HL101 confirmed
    """Record one finished game; return the current top three players."""
    heapq.heappush(_board, (score, player))
    top = heapq.nlargest(TOP_K, _board)
    return [name for _, name in top[:3]]


def scenario():
    n = next(_games)
    return record_score("player-%d" % n, (n * 7919) % 1000)
