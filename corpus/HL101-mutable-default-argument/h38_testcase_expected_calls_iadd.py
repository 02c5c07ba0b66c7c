"""Mock-call tests: assert_calls() extends its default expected list in place with += before comparing the tail."""
import itertools
import unittest

_events = itertools.count()


class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, *args):
        self.calls.append(args)


class HookTests(unittest.TestCase):
    # heaplint-todo: the case is built by `T("test_x")`, which runs unittest.TestCase.__init__, a base class constructor outside the case module that the single-module check cannot follow (heaplint: unknown)
    def assert_calls(self, recorder, new_calls, expected=[]):  # expect: HL101 confirmed
        expected += new_calls
        self.assertEqual(recorder.calls, expected[-len(new_calls):])

    def test_hook(self):
        rec = Recorder()
        rec("boot")
        self.assert_calls(rec, [("boot",)])


def scenario():
    n = next(_events)
    case = HookTests("test_hook")
    rec = Recorder()
    rec("saved", n)
    case.assert_calls(rec, [("saved", n)])
    return case.id()
