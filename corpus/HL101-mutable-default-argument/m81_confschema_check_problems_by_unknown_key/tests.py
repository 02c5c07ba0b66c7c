import unittest

from confschema import *
from settings import SCHEMA


class TenantConfigTests(unittest.TestCase):
    config = {}  # main.py sets the freshly loaded tenant config before each run

    def test_known_options_are_valid(self):
        problems = check(self.config, SCHEMA)
        for name in SCHEMA:
            self.assertNotIn(name, problems)

    def test_required_option_present(self):
        self.assertIn("host", self.config)
