"""Plugin loading: load_plugin() builds each discovered plugin and registers it
in the registry dispatch() uses by default, reaching that default through
dispatch.__kwdefaults__ so tests can still pass a registry of their own."""
import itertools

_seq = itertools.count()


def dispatch(event, *, registry={}):  # expect: HL101 confirmed
    handler = registry.get(event["kind"])
    return handler(event) if handler else None


def make_handler(name):
    def handle(event):
        return f"{name} handled event {event['id']}"
    return handle


def load_plugin(name, factory):
    plugin = factory(name)
    dispatch.__kwdefaults__["registry"][name] = plugin
    return plugin


def scenario():
    n = next(_seq)
    name = f"plugin_{n}"
    load_plugin(name, make_handler)
    return dispatch({"kind": name, "id": n})
