"""Plugin registry tests: register() must reject factories that are not callable."""
import itertools
import unittest

_names = itertools.count()


class PluginError(TypeError):
    pass


# heaplint-todo: its only callers are test methods of classes the module's scenario also names, which are not run as the runner would, and no caller could be run (heaplint: unknown)
def register(name, factory, registry={}):  # expect: HL101 refuted
    if not callable(factory):
        raise PluginError("plugin %r: factory %r is not callable" % (name, factory))
    registry[name] = factory
    return registry


class RegistryTests(unittest.TestCase):
    def test_registers_builtin_codec(self):
        registry = register("json", dict)
        self.assertIs(registry["json"], dict)

    def test_rejects_non_callable(self):
        name = "broken-%d" % next(_names)
        with self.assertRaises(PluginError) as cm:
            register(name, {"factory": name, "priority": 10})
        self.assertIn(name, str(cm.exception))

    def test_rejects_none(self):
        with self.assertRaisesRegex(PluginError, "not callable"):
            register("missing-%d" % next(_names), None)


def scenario():
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(RegistryTests).run(result)
    assert result.wasSuccessful(), result.errors + result.failures
