import unittest

import graphkit


class CycleTests(unittest.TestCase):
    prefix = "t"  # main.py sets fresh target names before each run

    def setUp(self):
        p = self.prefix
        self.dag = {f"{p}.app": [f"{p}.lib"], f"{p}.lib": [f"{p}.core"], f"{p}.core": []}
        self.loop = {f"{p}.a": [f"{p}.b"], f"{p}.b": [f"{p}.c"], f"{p}.c": [f"{p}.a"]}

    def test_dag_has_no_cycle(self):
        self.assertFalse(graphkit.has_cycle(self.dag, f"{self.prefix}.app"))

    def test_loop_is_found(self):
        self.assertTrue(graphkit.has_cycle(self.loop, f"{self.prefix}.a"))

    def test_cycle_roots_of_dag(self):
        self.assertEqual(graphkit.find_cycle_roots(self.dag), [])
