"""Tracker SDK smoke test: the list-tickets checks, once per new project."""
import itertools
import unittest

import tests

_projects = itertools.count(1)


def scenario():
    n = next(_projects)
    result = unittest.TestResult()
    for name in ("test_every_page_is_followed", "test_titles_and_statuses_are_normalised"):
        case = tests.ListTicketsTests(name)
        case.project = f"P{n:05d}"
        case.run(result)
    if not result.wasSuccessful():
        raise AssertionError(result.failures or result.errors)
    return result.testsRun
