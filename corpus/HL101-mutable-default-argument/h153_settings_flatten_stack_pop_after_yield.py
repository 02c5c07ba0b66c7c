"""Settings export: `flatten()` turns nested config dicts into dotted keys,
recursing with yield from and sharing a key-stack default between levels;
`preview()` shows only the first two settings via islice. The pop after each
yield only runs when the consumer asks for more, so the abandoned walk is
closed with its open keys still on the shared stack, three per preview."""
import itertools

_services = itertools.count()


def flatten(tree, stack=[]):  # expect: HL101 confirmed
    for key, value in tree.items():
        stack.append(key)
        if isinstance(value, dict):
            yield from flatten(value, stack)
        else:
            yield ".".join(stack), value
        stack.pop()


def preview(tree):
    return dict(itertools.islice(flatten(tree), 2))


def scenario():
    n = next(_services)
    tree = {"billing-service-%05d" % n: {"listener-%d" % n: {"port": 8000 + n % 100, "workers": 4}, "db": {"dsn": "pg://db-%d/app" % n}}}
    return preview(tree)
