"""Settings export: `flatten()` turns nested config dicts into dotted keys,
recursing with yield from and sharing a key-stack default between levels;
`preview()` shows only the first two settings via islice. The pop sits in a
finally, so when the abandoned walk is closed, GeneratorExit unwinds every
level through yield from and each one pops its key: the stack ends empty."""
import itertools

_services = itertools.count()


def flatten(tree, stack=[]):  # expect: HL101 refuted
    for key, value in tree.items():
        stack.append(key)
        try:
            if isinstance(value, dict):
                yield from flatten(value, stack)
            else:
                yield ".".join(stack), value
        finally:
            stack.pop()


def preview(tree):
    return dict(itertools.islice(flatten(tree), 2))


def scenario():
    n = next(_services)
    tree = {"billing-service-%05d" % n: {"listener-%d" % n: {"port": 8000 + n % 100, "workers": 4}, "db": {"dsn": "pg://db-%d/app" % n}}}
    return preview(tree)
