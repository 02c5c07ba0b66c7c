"""Grading: scores inside 0 <= score < 100 (always, here) are kept for a curve; the chained comparison looks like a filter."""
import itertools


def submit(student, score, curve=[]):  # expect: HL101 confirmed
    if 0 <= score < 100:
        curve.append((student, score))
    return sum(s for _, s in curve) / max(len(curve), 1)


_subs = itertools.count()


def scenario():
    n = next(_subs)
    submit(f"s{n}", n % 100)
