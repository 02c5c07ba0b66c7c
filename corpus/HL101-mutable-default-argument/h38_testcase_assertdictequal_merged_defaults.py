"""Config tests: check_config() merges overrides over its default dict into a new dict for assertDictEqual."""
import itertools
import unittest

_runs = itertools.count()


def load_config(**overrides):
    config = {"debug": False, "workers": 4, "log_level": "info"}
    config.update(overrides)
    return config


class ConfigTests(unittest.TestCase):
    def check_config(self, config, overrides,
                     defaults={"debug": False, "workers": 4, "log_level": "info"}):  # expect: HL101 refuted
        expected = {**defaults, **overrides}
        self.assertDictEqual(config, expected)

    def test_defaults(self):
        self.check_config(load_config(), {})


def scenario():
    n = next(_runs)
    case = ConfigTests("test_defaults")
    overrides = {"workers": n % 16 + 1, f"feature_{n}": True}
    case.check_config(load_config(**overrides), overrides)
    return case.id()
