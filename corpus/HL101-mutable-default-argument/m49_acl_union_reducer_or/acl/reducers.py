"""Folding helpers for combining permission sets."""
import functools
import operator

__all__ = ["union_all", "common_to_all"]


def union_all(sets, start):
    return functools.reduce(operator.or_, sets, start)


def common_to_all(sets):
    sets = list(sets)
    if not sets:
        return frozenset()
    return functools.reduce(operator.and_, sets[1:], frozenset(sets[0]))
