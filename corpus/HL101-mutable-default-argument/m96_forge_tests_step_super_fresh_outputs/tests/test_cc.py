import itertools
import unittest

from forge import CompileStep

_units = itertools.count()


class CompileStepTests(unittest.TestCase):
    def setUp(self):
        self.name = f"unit{next(_units)}"
        self.step = CompileStep(self.name)

    def test_emits_object(self):
        path = self.step.run(f"int {self.name}(void) {{ return 0; }}".encode())
        self.assertEqual(path, f"out/{self.name}.o")
        self.assertIn(path, self.step.produced())
