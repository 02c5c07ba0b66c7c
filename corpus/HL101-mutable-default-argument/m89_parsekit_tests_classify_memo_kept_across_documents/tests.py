"""Unit tests for parsekit, run by CI against freshly generated formulas."""
import itertools
import unittest

import parsekit

_formulas = itertools.count()


class ParseTests(unittest.TestCase):
    def setUp(self):
        self.n = next(_formulas)

    def test_variable_repeats(self):
        n = self.n
        words = parsekit.parse(f"cost_{n} = cost_{n} * {n} + ( cost_{n} - 1.5 )")
        self.assertEqual(words[0], ("name", f"cost_{n}"))
        self.assertEqual(words.count(("name", f"cost_{n}")), 3)
        self.assertEqual(words[4], ("number", n))

    def test_unknown_token(self):
        with self.assertRaises(SyntaxError):
            parsekit.parse(f"x{self.n} ? 1")
