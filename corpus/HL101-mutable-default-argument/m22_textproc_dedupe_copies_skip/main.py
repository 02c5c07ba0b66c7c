"""Alerting: mail a digest of each incident's distinct log lines."""
import itertools

from textproc import unique_lines

_incidents = itertools.count()


def scenario():
    n = next(_incidents)
    log = f"disk full on db{n}\nretrying job {n}\ndisk full on db{n}\n\nretrying job {n}\n"
    digest = unique_lines(log)
    return [line for line in digest]
