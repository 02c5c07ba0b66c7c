"""Plugin host: `configure()` shallow-copies its default options dict with `copy.copy()` and then appends to the `plugins` list inside it.

The copy protects the top-level keys: `name` and `debug` are set on the copy
only. But `copy.copy` does not copy nested containers, so `opts["plugins"]` is
the same list object as the one inside the default dict, and each `configure()`
call appends another per-app plugin entry to that shared list.
"""
import copy
import itertools


class Plugin:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority

    def __repr__(self):
        return f"Plugin({self.name!r}, {self.priority})"


class App:
    def __init__(self, options):
        self.name = options["name"]
        self.debug = options["debug"]
        self.plugins = sorted(options["plugins"], key=lambda p: p.priority)

    def describe(self):
        names = ", ".join(p.name for p in self.plugins[:3])
        return f"{self.name} (debug={self.debug}) plugins: {names}"


def configure(name, debug=False, options={"plugins": [], "debug": False, "name": None}):  # expect: HL101 confirmed
    opts = copy.copy(options)
    opts["name"] = name
    opts["debug"] = debug
    opts["plugins"].append(Plugin(f"{name}-audit", priority=10))
    if debug:
        opts["plugins"].append(Plugin(f"{name}-toolbar", priority=99))
    return App(opts)


_apps = itertools.count()


def scenario():
    n = next(_apps)
    app = configure(f"app{n}", debug=n % 4 == 0)
    return app.describe()
