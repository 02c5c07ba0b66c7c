"""Signal tests: check_emit() builds fresh tuples and lists around its defaults and only compares them."""
import itertools
import unittest

_signals = itertools.count()


def emit(name, *args, **kwargs):
    return (name, list(args), kwargs)


class SignalTests(unittest.TestCase):
    def check_emit(self, result, name, extra_args=(),
                   base_args=["sender"],  # expect: HL101 refuted
                   base_kwargs={"sync": True}):  # expect: HL101 refuted
        expected = (name, base_args + list(extra_args), dict(base_kwargs))
        self.assertEqual(result, expected)
        self.assertTrue(set(base_kwargs) <= set(result[2]))

    def test_emit(self):
        self.check_emit(emit("ready", "sender", sync=True), "ready")


def scenario():
    n = next(_signals)
    case = SignalTests("test_emit")
    case.check_emit(emit(f"post_save_{n}", "sender", n, sync=True), f"post_save_{n}", (n,))
    return case.id()
