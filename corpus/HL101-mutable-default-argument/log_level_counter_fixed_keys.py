"""Log ingester that tallies records per level; levels come from a fixed set."""
import itertools

LEVELS = ("debug", "info", "warning", "error")


def tally(level, counts={"debug": 0, "info": 0, "warning": 0, "error": 0}):  # expect: HL101 refuted
    counts[level] += 1
    return counts[level]


def ingest(line):
    level, _, message = line.partition(" ")
    if level in LEVELS:
        tally(level)
    return message


_lines = itertools.count()


def scenario():
    n = next(_lines)
    ingest(f"{LEVELS[n % 4]} request {n} served")
