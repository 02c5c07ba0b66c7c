"""Service discovery: every job resolves a new host through resolver.resolve."""
import itertools

from resolver import resolve

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return resolve(f"worker-{n}.internal", 8000 + n % 100)
