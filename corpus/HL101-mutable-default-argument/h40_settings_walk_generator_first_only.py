"""Settings: iter_settings() walks a nested config pushing keys on a default prefix list; callers take only the first leaf, so the abandoned generator never pops."""
import itertools


def iter_settings(tree, prefix=[]):  # expect: HL101 confirmed
    for key, value in tree.items():
        prefix.append(key)
        if isinstance(value, dict):
            yield from iter_settings(value, prefix)
        else:
            yield ".".join(prefix), value
        prefix.pop()


def first_setting(tree):
    return next(iter_settings(tree))


_services = itertools.count()


def scenario():
    n = next(_services)
    tree = {f"svc{n}": {"db": {"host": f"db{n}.internal", "port": 5432}, "debug": False}}
    return first_setting(tree)
