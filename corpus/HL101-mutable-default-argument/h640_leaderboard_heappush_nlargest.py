"""Arcade leaderboard: each finished game submits (score, player) to the
`board` heap default and gets back the current top three. heapq.nlargest
only reads the heap, so every submitted score stays in it."""
import heapq
import itertools

_games = itertools.count()


def submit(player, score, board=[], size=3):  # expect: HL101 confirmed
    heapq.heappush(board, (score, player))
    return [name for _, name in heapq.nlargest(size, board)]


def scenario():
    n = next(_games)
    return submit(f"player-{n}", (n * 7919) % 10007)
