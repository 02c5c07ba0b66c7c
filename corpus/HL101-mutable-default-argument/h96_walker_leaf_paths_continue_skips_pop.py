"""Services config walker: iter_leaves() yields (dotted path, value) for each leaf, pushing keys onto a shared path list; a None (disabled) entry is skipped with `continue` before the pop."""
import itertools


def iter_leaves(node, path=[]):  # expect: HL101 confirmed
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in items:
        path.append(str(key))
        if value is None:
            continue
        if isinstance(value, (dict, list)):
            yield from iter_leaves(value, path)
        else:
            yield ".".join(path), value
        path.pop()


_docs = itertools.count()


def scenario():
    n = next(_docs)
    doc = {
        f"api-{n}": {"replicas": [n % 3 + 1, None], "env": {"FEATURE_X": None, "LOG_LEVEL": "info"}},
        f"worker-{n}": None,
    }
    return dict(iter_leaves(doc))
