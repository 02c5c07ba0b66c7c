"""CLI tool: configure() publishes its default plugin list as a module global; load() appends to it later."""
import itertools

ACTIVE = None


def configure(verbose=False, plugins=[]):  # expect: HL101 confirmed
    global ACTIVE
    ACTIVE = plugins
    return verbose


def load(name):
    ACTIVE.append({"name": name, "entry": f"{name}.main:run"})
    return len(ACTIVE)


_runs = itertools.count()


def scenario():
    n = next(_runs)
    configure(verbose=n % 2 == 0)
    load(f"plugin_{n}")
