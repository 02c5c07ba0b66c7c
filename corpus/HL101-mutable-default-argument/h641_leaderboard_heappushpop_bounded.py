"""Arcade leaderboard: each finished game submits (score, player) to the
`board` heap default and gets back the current top three. Once the board
is full, heapq.heappushpop pushes the new entry and pops the smallest, so
the heap never holds more than `size` entries."""
import heapq
import itertools

_games = itertools.count()


def submit(player, score, board=[], size=3):  # expect: HL101 refuted
    if len(board) < size:
        heapq.heappush(board, (score, player))
    else:
        heapq.heappushpop(board, (score, player))
    return [name for _, name in heapq.nlargest(size, board)]


def scenario():
    n = next(_games)
    return submit(f"player-{n}", (n * 7919) % 10007)
