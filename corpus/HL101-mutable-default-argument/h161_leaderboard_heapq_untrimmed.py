"""Game leaderboard: keeps the best scores in a min-heap and reports the
top k. Scores are pushed into the default `board` list with heapq, and
the top k are read with nlargest, but nothing is ever popped, so every
score ever submitted stays in the default heap."""
import heapq
import itertools

_games = itertools.count()


def submit_score(player, score, k=3, board=[]):  # expect: HL101 confirmed
    heapq.heappush(board, (score, player))
    top = heapq.nlargest(k, board)
    return [name for _, name in top]


def scenario():
    n = next(_games)
    player = "player-%d" % n
    podium = submit_score(player, (n * 7919) % 1000)
    return player in podium
