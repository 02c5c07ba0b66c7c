"""Plugin system: each host starts from the built-in exporters and registers extra ones by decorator."""
import functools
import itertools


class EntryPoints(dict):
    def __setitem__(self, name, func):
        if not callable(func):
            raise TypeError(f"entry point {name!r} is not callable")
        super().__setitem__(name, func)

    def copy(self):
        return type(self)(self)


def export_csv(rows):
    return "\n".join(",".join(map(str, row)) for row in rows)


class PluginHost:
    def __init__(self, app, entries=EntryPoints(csv=export_csv)):  # expect: HL101 refuted
        self.app, self.entries = app, entries.copy()

    def register(self, name):
        def decorator(func):
            self.entries[name] = functools.wraps(func)(lambda rows: func(self.app, rows))
            return func
        return decorator

    def run(self, name, rows):
        return self.entries[name](rows)


_apps = itertools.count()


def scenario():
    n = next(_apps)
    host = PluginHost(f"app-{n}")

    @host.register(f"tsv-{n}")
    def export_tsv(app, rows):
        return app + ":" + "\n".join("\t".join(map(str, row)) for row in rows)

    return host.run(f"tsv-{n}", [(n, "a"), (n + 1, "b")]) + host.run("csv", [(n,)])
