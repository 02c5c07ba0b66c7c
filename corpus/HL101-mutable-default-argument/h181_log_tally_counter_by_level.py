"""Log summariser: each line of a worker's log is matched by a regex and
counted per severity in a `collections.Counter` default that accumulates
over runs. There are only four levels, so the shared counter keeps four
keys whose counts change while the worker names are not kept."""
import collections
import itertools
import re

_LINE = re.compile(r"^(\S+) (\S+) \[(DEBUG|INFO|WARNING|ERROR)\] (.*)$")
_ids = itertools.count()


def tally(lines, counts=collections.Counter()):  # expect: HL101 refuted
    for line in lines:
        match = _LINE.match(line)
        if match:
            counts[match.group(3)] += 1
    return counts.most_common(2)


def scenario():
    n = next(_ids)
    worker = f"worker-{n:06d}.queue"
    lines = [f"10:{i:02d} {worker} [{lvl}] job {n} step {i}"
             for i, lvl in enumerate(["INFO", "DEBUG", "INFO", "WARNING", "ERROR"])]
    return tally(lines)[0][1]
