"""Game server: when a match ends, `post_score()` records the player's score
in `board`, a default list of (score, player) pairs, sorts it and returns the
top ten for the lobby screen. After sorting it deletes everything below the
tenth place (`del board[10:]`), so the shared board holds at most ten pairs
and a score that does not make the cut is dropped at once."""
import itertools

_matches = itertools.count()


def post_score(player, score, board=[]):  # expect: HL101 refuted
    board.append((score, player))
    board.sort(reverse=True)
    del board[10:]
    return board[:10]


def scenario():
    n = next(_matches)
    top = post_score(f"player-{n}", (n * 7919) % 10007)
    return top[0][1]
