"""Ragged table search: a depth-first walker yields (index, value) pairs and the caller stops at the first value over a threshold."""
import itertools


def iter_indexed(nested, index=[]):  # expect: HL101 confirmed
    for i, item in enumerate(nested):
        index.append(i)
        if isinstance(item, list):
            yield from iter_indexed(item, index)
        else:
            yield tuple(index), item
        index.pop()


def first_above(nested, threshold):
    return next(((idx, v) for idx, v in iter_indexed(nested) if v > threshold), None)


def describe(hit):
    if hit is None:
        return "no reading over threshold"
    idx, value = hit
    return "[" + "][".join(map(str, idx)) + f"] = {value:g}"


_tables = itertools.count()


def scenario():
    n = next(_tables)
    table = [[n, [n + 1, [n + 2, n + 90.5, n + 3]]], [n + 95.0, 2]]
    return describe(first_above(table, n + 50))
