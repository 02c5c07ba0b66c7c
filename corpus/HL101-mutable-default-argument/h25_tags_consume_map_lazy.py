"""Tag index: tags are registered by mapping the index's add over them."""
import collections
import itertools


def register_tags(tags, _known=set()):  # expect: HL101 refuted
    fresh = [t for t in tags if t not in _known]
    map(_known.add, fresh)
    return fresh


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return register_tags([f"topic-{n}", "news", f"author-{n % 7}"])
