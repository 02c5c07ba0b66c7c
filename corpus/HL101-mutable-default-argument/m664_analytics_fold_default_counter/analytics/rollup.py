import collections
import functools


def _count_view(acc, view):
    acc[view["path"]] += 1
    return acc


def fold_views(views, into=collections.Counter()):  # expect: HL101 confirmed
    """Fold page views into per-path counts (into the given Counter)."""
    return functools.reduce(_count_view, filter(lambda v: v["status"] < 400, views), into)
