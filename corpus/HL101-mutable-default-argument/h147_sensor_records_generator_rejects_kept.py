"""Sensor log importer: a generator yields parsed readings and files the
lines it cannot parse in a list default, for a later "rejected lines"
report. The caller only takes the first few readings with islice, and the
rejects list is never emptied, so every batch's bad lines stay in it."""
import itertools
from dataclasses import dataclass

_batches = itertools.count()


@dataclass(frozen=True)
class Reading:
    sensor: str
    value: float


def readings(lines, rejects=[]):  # expect: HL101 confirmed
    for lineno, line in enumerate(lines, 1):
        sensor, _, raw = line.partition("=")
        try:
            yield Reading(sensor.strip(), float(raw))
        except ValueError:
            rejects.append((lineno, line))


def scenario():
    n = next(_batches)
    lines = [f"t{n}=bad", f"t{n}=21.5", f"h{n}=", f"h{n}=40.{n % 10}", f"p{n}=1013"]
    first = list(itertools.islice(readings(lines), 2))
    return max(first, key=lambda r: r.value).sensor
