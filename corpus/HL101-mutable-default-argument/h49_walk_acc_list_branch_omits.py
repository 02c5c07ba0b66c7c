"""Flattens nested settings (dicts and lists) into environment variables for a child process."""
import itertools

_ids = itertools.count()


def walk(node, prefix="", acc=[]):  # expect: HL101 confirmed
    if isinstance(node, dict):
        for key, value in node.items():
            walk(value, prefix + str(key).upper().replace("-", "_") + "_", acc)
    elif isinstance(node, (list, tuple)):
        for index, item in enumerate(node):
            walk(item, "%s%d_" % (prefix, index))
    elif isinstance(node, bool):
        acc.append((prefix.rstrip("_"), "1" if node else "0"))
    else:
        acc.append((prefix.rstrip("_"), "" if node is None else str(node)))
    return acc


def to_environ(settings, namespace="APP"):
    pairs = walk(settings, namespace + "_", [])
    return {name: value for name, value in pairs if value}


def scenario():
    n = next(_ids)
    settings = {
        "db": {"host": "db-%d.internal" % n, "port": 5432, "replica-hosts": ["r1-%d" % n, "r2-%d" % n]},
        "debug": n % 2 == 0,
        "workers": [{"queue": "q%d" % n, "concurrency": 4}],
    }
    return to_environ(settings)
