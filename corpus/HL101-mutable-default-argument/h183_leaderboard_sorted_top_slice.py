"""Game server: when a match ends, `post_score()` records the player's score
in `board`, a default list of (score, player) pairs, sorts it and returns the
top ten for the lobby screen. The top ten is a slice of the sorted board;
the board itself keeps every score ever posted and is re-sorted each time."""
import itertools

_matches = itertools.count()


def post_score(player, score, board=[]):  # expect: HL101 confirmed
    board.append((score, player))
    board.sort(reverse=True)
    return board[:10]


def scenario():
    n = next(_matches)
    top = post_score(f"player-{n}", (n * 7919) % 10007)
    return top[0][1]
