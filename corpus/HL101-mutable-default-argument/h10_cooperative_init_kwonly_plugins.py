"""Services: cooperative __init__ across mixins; a kw-only plugins default collects every service name."""
import itertools


class Named:
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name


class Pluggable:
    def __init__(self, *, plugins=[], **kwargs):  # expect: HL101 confirmed
        super().__init__(**kwargs)
        plugins.append(kwargs.get("name", "anon"))
        self.plugins = plugins


class Service(Pluggable, Named):
    def start(self):
        return f"{self.name} with {len(self.plugins)} plugins"


_boots = itertools.count()


def scenario():
    n = next(_boots)
    return Service(name=f"svc-{n}").start()
