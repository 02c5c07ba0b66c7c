"""Game leaderboard: keeps the best scores in a min-heap and reports the
top k. Scores are pushed into the default `board` list with heapq, and
once it holds more than k entries the lowest is popped, so the default
heap never holds more than k scores."""
import heapq
import itertools

_games = itertools.count()


def submit_score(player, score, k=3, board=[]):  # expect: HL101 refuted
    heapq.heappush(board, (score, player))
    if len(board) > k:
        heapq.heappop(board)
    return [name for _, name in sorted(board, reverse=True)]


def scenario():
    n = next(_games)
    player = "player-%d" % n
    podium = submit_score(player, (n * 7919) % 1000)
    return player in podium
