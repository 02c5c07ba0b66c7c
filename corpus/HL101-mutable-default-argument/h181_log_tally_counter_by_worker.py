"""Log summariser: each line of a worker's log is matched by a regex and
counted per (worker, severity) in a `collections.Counter` default that
accumulates over runs. Every run comes from a new worker name, so each
run adds fresh keys to the shared counter."""
import collections
import itertools
import re

_LINE = re.compile(r"^(\S+) (\S+) \[(DEBUG|INFO|WARNING|ERROR)\] (.*)$")
_ids = itertools.count()


def tally(lines, counts=collections.Counter()):  # expect: HL101 confirmed
    for line in lines:
        match = _LINE.match(line)
        if match:
            counts[match.group(2), match.group(3)] += 1
    return counts.most_common(2)


def scenario():
    n = next(_ids)
    worker = f"worker-{n:06d}.queue"
    lines = [f"10:{i:02d} {worker} [{lvl}] job {n} step {i}"
             for i, lvl in enumerate(["INFO", "DEBUG", "INFO", "WARNING", "ERROR"])]
    return tally(lines)[0][1]
