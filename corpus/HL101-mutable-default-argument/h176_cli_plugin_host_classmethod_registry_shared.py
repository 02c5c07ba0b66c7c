"""Plugin host for a CLI tool: `PluginHost.configure()` installs the
registry dict the host class uses (`cls.registry = registry`), defaulting to
an empty dict, and `load()` registers each plugin under its name. Every
invocation reconfigures with the default, which is the same dict each
time, so the plugins of every invocation pile up in it."""
import itertools

_invocations = itertools.count()


class PluginHost:
    app = None
    registry = None

    @classmethod
    def configure(cls, app, registry={}):  # expect: HL101 confirmed
        cls.app = app
        cls.registry = registry

    @classmethod
    def load(cls, name, entry_point):
        cls.registry[name] = {"entry": entry_point, "app": cls.app}
        return len(cls.registry)


def scenario():
    n = next(_invocations)
    PluginHost.configure("tool-%d" % n)
    return PluginHost.load("export-%d" % n, "plugins.export_%d:main" % n)
