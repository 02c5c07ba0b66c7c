"""Client tests: check_call() remembers the first options seen per path in its default dict, keyed by fresh paths."""
import itertools
import unittest

_requests = itertools.count()


def send(path, **options):
    return ("GET", path, dict({"timeout": 30, "retries": 2}, **options))


class ClientTests(unittest.TestCase):
    def check_call(self, result, path,
                   # heaplint-todo: the case is built by `T("test_x")`, which runs unittest.TestCase.__init__, a base class constructor outside the case module that the single-module check cannot follow (heaplint: unknown)
                   expected_by_path={}):  # expect: HL101 confirmed
        expected = expected_by_path.setdefault(path, dict(result[2]))
        self.assertEqual(result[:2], ("GET", path))
        self.assertEqual(result[2]["timeout"], expected["timeout"])

    def test_send(self):
        self.check_call(send("/health"), "/health")


def scenario():
    n = next(_requests)
    case = ClientTests("test_send")
    case.check_call(send(f"/orders/{n}", retries=n % 4), f"/orders/{n}")
    return case.id()
