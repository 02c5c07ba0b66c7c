"""Trending-hashtags widget: each batch of posts is tallied with a Counter
and the top three tags from ``most_common(3)`` are unpacked with
``enumerate`` into rank and (tag, count). The board is a dict default keyed
by the tag itself, and batches carry new campaign tags, so old tags never
leave the board."""
import collections
import itertools

_ids = itertools.count()


def update_board(posts, board={}):  # expect: HL101 confirmed
    tally = collections.Counter(
        word.lower() for post in posts for word in post.split() if word.startswith("#")
    )
    for rank, (tag, count) in enumerate(tally.most_common(3), 1):
        board[tag] = (rank, count)
    return dict(board)


def scenario():
    n = next(_ids)
    posts = [f"Launch day #promo{n} #sale", f"#sale ends soon #promo{n}", "#news weekly"]
    return update_board(posts)
