"""App factory tests: each test derives an AppConfig from a base config plus one plugin."""
import dataclasses
import itertools
import unittest

_ids = itertools.count()


@dataclasses.dataclass(frozen=True)
class AppConfig:
    name: str = "app"
    debug: bool = False
    plugins: list = dataclasses.field(default_factory=list)


def configure(name, plugin, base=AppConfig(plugins=["auth", "sessions"])):  # expect: HL101 refuted
    config = dataclasses.replace(base, name=name, debug=True, plugins=[*base.plugins])
    config.plugins.append(plugin)
    return config


class AppFactoryTests(unittest.TestCase):
    def setUp(self):
        self.name = "tenant-%d" % next(_ids)
        self.config = configure(self.name, "billing:" + self.name)

    def test_name_and_debug(self):
        self.assertEqual(self.config.name, self.name)
        self.assertTrue(self.config.debug)

    def test_builtin_plugins_first(self):
        self.assertEqual(self.config.plugins[:2], ["auth", "sessions"])
        self.assertIn("billing:" + self.name, self.config.plugins)


def scenario():
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(AppFactoryTests).run(result)
    assert result.wasSuccessful(), result.errors + result.failures
