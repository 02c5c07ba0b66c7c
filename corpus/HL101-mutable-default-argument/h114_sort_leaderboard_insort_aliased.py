"""Sorted containers: `Leaderboard` keeps (-points, player) pairs sorted with
`bisect.insort`, so the top entries are a slice and a player's rank is a
bisect. Its constructor takes initial entries defaulting to `[]` and keeps
that very list, so every match's board inserts into the one shared list."""
import bisect
import itertools

_ids = itertools.count()


class Leaderboard:
    def __init__(self, entries=[]):  # expect: HL101 confirmed
        self._entries = entries
        self._entries.sort()

    def add(self, player, points):
        bisect.insort(self._entries, (-points, player))

    def rank(self, points):
        return bisect.bisect_left(self._entries, (-points, "")) + 1

    @property
    def top(self):
        return [f"{player}: {-neg}" for neg, player in self._entries[:3]]


def scenario():
    n = next(_ids)
    board = Leaderboard()
    for seat in range(4):
        board.add(f"match{n}-p{seat}", (n * 7 + seat * 13) % 50)
    return board.top, board.rank(25)
