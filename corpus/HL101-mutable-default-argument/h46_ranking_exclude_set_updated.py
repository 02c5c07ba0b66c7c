"""Recommendation ranking: top_n() sorts candidates by score, skipping ids in an `exclude` set.

To avoid recommending an item twice, top_n() also `.update()`s `exclude` with the ids it picked;
callers rely on the `exclude=set()` default, so every picked id of every request piles up there.
"""
import itertools
import operator

_ids = itertools.count()


class Candidate:
    __slots__ = ("id", "title", "score")

    def __init__(self, id, title, score):
        self.id = id
        self.title = title
        self.score = score


def top_n(candidates, n, key=operator.attrgetter("score"), exclude=set()):  # expect: HL101 confirmed
    """Return the n best candidates whose id is not in `exclude`, best first."""
    eligible = [c for c in candidates if c.id not in exclude]
    ranked = sorted(eligible, key=key, reverse=True)
    exclude.update(c.id for c in ranked[:n])  # never show the same item twice
    return ranked[:n]


def best(candidates, key=operator.attrgetter("score")):
    picked = top_n(candidates, 1, key=key)
    return picked[0] if picked else None


def recommend(user_id, catalogue):
    shortlist = top_n(catalogue, 3)
    headline = best(catalogue)
    return {
        "user": user_id,
        "headline": headline.title if headline else None,
        "more": [c.title for c in shortlist[1:]],
    }


def scenario():
    n = next(_ids)
    catalogue = [
        Candidate("item-%d-%d" % (n, i), "Title %d/%d" % (n, i), (n * 31 + i * 17) % 100)
        for i in range(6)
    ]
    return recommend("user-%d" % n, catalogue)
