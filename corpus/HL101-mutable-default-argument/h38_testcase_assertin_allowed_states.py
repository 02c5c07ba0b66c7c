"""Workflow tests: assert_moved_forward() reads a default list of ordered states with `in` and index() and never changes it."""
import itertools
import unittest

_tickets = itertools.count()


def transition(ticket, event):
    table = {"open": "triaged", "triaged": "in_progress", "in_progress": "done"}
    return {"id": ticket["id"], "state": table.get(ticket["state"], "open"), "event": event}


class WorkflowTests(unittest.TestCase):
    def assert_moved_forward(self, before, after, allowed=["open", "triaged", "in_progress", "done"]):  # expect: HL101 refuted
        self.assertIn(after["state"], allowed)
        self.assertGreater(allowed.index(after["state"]), allowed.index(before["state"]))

    def test_transition(self):
        ticket = {"id": 0, "state": "open"}
        self.assert_moved_forward(ticket, transition(ticket, "triage"))


def scenario():
    n = next(_tickets)
    case = WorkflowTests("test_transition")
    ticket = {"id": n, "state": ("open", "triaged", "in_progress")[n % 3]}
    case.assert_moved_forward(ticket, transition(ticket, f"evt-{n}"))
    return case.id()
