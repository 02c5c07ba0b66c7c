"""Plugin host for a CLI tool: `PluginHost.configure()` installs the
registry dict the host class uses, defaulting to an empty dict, and `load()`
registers each plugin under its name. `configure()` installs a copy
(`cls.registry = dict(registry)`), so each invocation starts from a fresh
dict, the previous one is dropped, and the default stays empty."""
import itertools

_invocations = itertools.count()


class PluginHost:
    app = None
    registry = None

    @classmethod
    def configure(cls, app, registry={}):  # expect: HL101 refuted
        cls.app = app
        cls.registry = dict(registry)

    @classmethod
    def load(cls, name, entry_point):
        cls.registry[name] = {"entry": entry_point, "app": cls.app}
        return len(cls.registry)


def scenario():
    n = next(_invocations)
    PluginHost.configure("tool-%d" % n)
    return PluginHost.load("export-%d" % n, "plugins.export_%d:main" % n)
