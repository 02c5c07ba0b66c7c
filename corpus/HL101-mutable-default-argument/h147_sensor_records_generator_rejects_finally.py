"""Sensor log importer: a generator yields parsed readings and files the
lines it cannot parse in a list default, logging how many there were when
it finishes. The caller only takes the first few readings with islice; the
dropped generator is closed, its `finally` runs and empties the list."""
import itertools
import logging
from dataclasses import dataclass

_batches = itertools.count()
log = logging.getLogger("sensors.import")


@dataclass(frozen=True)
class Reading:
    sensor: str
    value: float


def readings(lines, rejects=[]):  # expect: HL101 refuted
    try:
        for lineno, line in enumerate(lines, 1):
            sensor, _, raw = line.partition("=")
            try:
                yield Reading(sensor.strip(), float(raw))
            except ValueError:
                rejects.append((lineno, line))
    finally:
        log.debug("rejected %d lines", len(rejects))
        rejects.clear()


def scenario():
    n = next(_batches)
    lines = [f"t{n}=bad", f"t{n}=21.5", f"h{n}=", f"h{n}=40.{n % 10}", f"p{n}=1013"]
    first = list(itertools.islice(readings(lines), 2))
    return max(first, key=lambda r: r.value).sensor
