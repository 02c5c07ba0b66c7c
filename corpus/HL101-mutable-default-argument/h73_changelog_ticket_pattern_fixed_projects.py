"""Changelog tests: a helper compiles and caches the ticket-reference pattern of each project."""
import itertools
import re
import textwrap
import unittest

_ids = itertools.count(100)

PROJECTS = ("CORE", "WEB", "OPS")


# heaplint-todo: its only callers are test methods of classes the module's scenario also names, which are not run as the runner would, and no caller could be run (heaplint: unknown)
def ticket_pattern(project, _compiled={}):  # expect: HL101 refuted
    if project not in _compiled:
        _compiled[project] = re.compile(r"\b%s-(\d+)\b" % re.escape(project))
    return _compiled[project]


def referenced_tickets(project, changelog):
    return [int(num) for num in ticket_pattern(project).findall(changelog)]


class ChangelogTests(unittest.TestCase):
    def setUp(self):
        n = next(_ids)
        self.project = PROJECTS[n % 3]
        self.changelog = textwrap.dedent(f"""\
            * Fix login redirect ({self.project}-{n})
            * Bump dependencies (see {self.project}-{n + 1}, OTHER-{n})
        """)

    def test_finds_project_tickets(self):
        tickets = referenced_tickets(self.project, self.changelog)
        self.assertEqual(len(tickets), 2)
        self.assertEqual(tickets[1] - tickets[0], 1)

    def test_ignores_other_projects(self):
        self.assertNotIn(0, referenced_tickets(self.project, self.changelog))


def scenario():
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(ChangelogTests).run(result)
    assert result.wasSuccessful(), result.errors + result.failures
