"""Sorting utilities: `natural_key` splits a file name into text and number
runs so `part10` sorts after `part9`, memoising the split in a dict default
because `sorted` and `max` both call it on the same names. Each export batch
names its files after the batch, so the memo gains every name for good."""
import functools
import itertools
import re

_ids = itertools.count()
_RUNS = re.compile(r"(\d+)")


def natural_key(name, _memo={}):  # expect: HL101 confirmed
    key = _memo.get(name)
    if key is None:
        key = _memo[name] = tuple(int(run) if run.isdigit() else run.lower() for run in _RUNS.split(name))
    return key


natural_sorted = functools.partial(sorted, key=natural_key)


def manifest(files):
    ordered = natural_sorted(files)
    latest = max(files, key=natural_key)
    return "\n".join(f"{'*' if name == latest else ' '} {name}" for name in ordered)


def scenario():
    n = next(_ids)
    return manifest([f"export-{n}-part{i}.csv" for i in (10, 9, 1, 2)])
