"""unittest-style tests of cmdkit; each test registers a scratch command of its own."""
import itertools
import unittest

import cmdkit
from cmdkit import runner

_ids = itertools.count()


class RunnerTests(unittest.TestCase):
    def setUp(self):
        self.name = f"scratch-{next(_ids)}"

        @cmdkit.command(self.name)
        def scratch(*args):
            return "|".join(args)

    def test_scratch_command_dispatches(self):
        self.assertEqual(runner.run([self.name, "a", "b"]), "a|b")

    def test_builtin_sum(self):
        self.assertEqual(runner.run(["sum", "2", "3"]), "5")
        self.assertIn("echo", cmdkit.names())
