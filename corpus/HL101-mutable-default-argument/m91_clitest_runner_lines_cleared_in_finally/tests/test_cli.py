import unittest

from clikit import invoke
from greet import main


class GreetCliTests(unittest.TestCase):
    name = "ada"  # main.py sets a fresh name before each run

    def test_hello(self):
        result = invoke(main, ["hello", self.name])
        self.assertEqual(result.exit_code, 0)
        self.assertEqual(result.output, [f"Hello, {self.name}!"])

    def test_shout(self):
        result = invoke(main, ["shout", self.name])
        self.assertEqual(result.output, [f"HELLO, {self.name.upper()}!", "(that was loud)"])

    def test_unknown_command(self):
        result = invoke(main, ["wave", self.name])
        self.assertEqual(result.exit_code, 2)
        self.assertIn("unknown command: wave", result.output)
