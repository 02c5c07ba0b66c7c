"""Config loader that walks nested settings with a recursive generator, keeping
the current key path on a default list; each push is popped in a finally block,
so when lookup() stops at the first match and the generator is closed, the
GeneratorExit unwinds the pops and the shared path list ends up empty."""
import itertools

_ids = itertools.count()


# heaplint-todo: `next()` of a generator expression over the recursive generator, consumed in part and then closed, is not modelled (heaplint: unknown)
def walk(tree, _path=[]):  # expect: HL101 refuted
    for key, value in tree.items():
        _path.append(key)
        try:
            if isinstance(value, dict):
                yield from walk(value, _path)
            else:
                yield ".".join(_path), value
        finally:
            _path.pop()


def lookup(tree, suffix, default=None):
    """First setting whose dotted path is `suffix` or ends with it."""
    dotted_tail = "." + suffix
    matches = (v for k, v in walk(tree) if k == suffix or k.endswith(dotted_tail))
    return next(matches, default)


def load_settings(service, port):
    return {
        "server": {"host": "0.0.0.0", "port": port},
        service: {
            "db": {"dsn": "postgres://db/%s" % service, "pool": 5},
            "cache": {"ttl": 300},
        },
        "logging": {"level": "INFO"},
    }


def scenario():
    n = next(_ids)
    service = "billing_%d" % n
    settings = load_settings(service, 8000 + n % 100)
    dsn = lookup(settings, service + ".db.dsn")
    return len(dsn)
