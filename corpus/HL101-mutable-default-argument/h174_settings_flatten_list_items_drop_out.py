"""Settings loader: flattens a nested config document (dicts and lists) into
dotted keys such as "billing-7.replicas.0.host". `load()` passes a fresh dict
to the top call and dict values are flattened into it, but the list branch
recurses without passing `out` on, so every list item is written into the
shared default dict under a key named after its service, and stays there."""
import itertools

_requests = itertools.count()


def flatten(node, prefix="", out={}):  # expect: HL101 confirmed
    if isinstance(node, dict):
        for key, value in node.items():
            flatten(value, f"{prefix}{key}.", out)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            flatten(item, f"{prefix}{index}.")
    else:
        out[prefix.rstrip(".")] = node
    return out


def load(document):
    return flatten(document, "", {})


def scenario():
    n = next(_requests)
    return load({f"billing-{n}": {
        "primary": f"db{n}.internal",
        "replicas": [{"host": f"replica-{n}-a.internal"}, {"host": f"replica-{n}-b.internal"}],
        "features": [f"flag-{n}-invoices", f"flag-{n}-refunds"],
    }})
