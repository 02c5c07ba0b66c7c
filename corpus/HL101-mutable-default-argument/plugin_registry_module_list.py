"""Plugin loader: plugins register their hooks in a shared registry."""
import itertools

_REGISTRY = []


def register_plugin(name, hooks, registry=_REGISTRY):  # expect: HL101 confirmed
    registry.append({"name": name, "hooks": tuple(hooks)})
    return len(registry)


def load_plugin(spec):
    name, _, hooks = spec.partition(":")
    return register_plugin(name, hooks.split("+"))


_specs = itertools.count()


def scenario():
    n = next(_specs)
    load_plugin(f"exporter_{n}:on_start+on_stop")
