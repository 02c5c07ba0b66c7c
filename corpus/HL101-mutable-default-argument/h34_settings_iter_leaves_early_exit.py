"""Settings: a recursive generator yields dotted keys, pushing onto a default path list; an early exit skips the pop."""
import itertools


def iter_leaves(tree, path=[]):  # expect: HL101 confirmed
    for key, value in tree.items():
        path.append(key)
        if isinstance(value, dict):
            yield from iter_leaves(value, path)
        else:
            yield ".".join(path), value
        path.pop()


def find_setting(tree, suffix):
    return next((v for k, v in iter_leaves(tree) if k.endswith(suffix)), None)


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    settings = {f"tenant{n}": {"db": {"host": f"db{n}.internal", "port": 5432}, "cache": {"ttl": 60}}}
    return find_setting(settings, ".host"), find_setting(settings, ".ttl")
