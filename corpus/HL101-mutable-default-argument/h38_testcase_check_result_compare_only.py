"""Factory tests: check_result() compares a (cls, args, kwargs) triple against its default args and kwargs."""
import itertools
import unittest

_calls = itertools.count()


def make_widget(*args, **kwargs):
    return (Widget, args, kwargs)


class Widget:
    pass


class FactoryTests(unittest.TestCase):
    def check_result(self, result,
                     expected_kwargs={},  # expect: HL101 refuted
                     expected_args=[]):  # expect: HL101 refuted
        self.assertEqual(result, (Widget, tuple(expected_args), expected_kwargs))

    def test_factory(self):
        self.check_result(make_widget())


def scenario():
    n = next(_calls)
    case = FactoryTests("test_factory")
    case.check_result(make_widget())
    case.check_result(make_widget(n, size=n % 7), {"size": n % 7}, [n])
    return case.id()
