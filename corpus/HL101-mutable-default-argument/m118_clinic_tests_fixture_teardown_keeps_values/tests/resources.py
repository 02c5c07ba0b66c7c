"""Fixtures for the clinic tests."""
import itertools

from clinic import Calendar

from .support import fixture

_doctors = itertools.count(1)


@fixture
def calendar():
    return Calendar(f"Dr. Ruiz #{next(_doctors)}", ["09:00", "09:30", "10:00"])
