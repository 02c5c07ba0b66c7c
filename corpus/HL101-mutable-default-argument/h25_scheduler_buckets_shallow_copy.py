"""Job scheduler: jobs are sorted into priority buckets copied from a template."""
import copy
import itertools


def plan(jobs, _template=[[], [], []]):  # expect: HL101 confirmed
    buckets = list(_template)
    for name, priority in jobs:
        buckets[min(priority, 2)].append(name)
    return [len(b) for b in buckets]


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return plan([(f"job{n}", n % 4), (f"job{n}-retry", 2)])
