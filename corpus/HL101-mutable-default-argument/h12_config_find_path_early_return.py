"""Config lookup: a recursive search records the key path in a default list, but the found branch returns before popping."""
import itertools


def find_path(node, key, path=[]):  # expect: HL101 confirmed
    if not isinstance(node, dict):
        return None
    for name, child in node.items():
        path.append(name)
        if name == key:
            return "/".join(path)
        found = find_path(child, key, path)
        if found:
            return found
        path.pop()
    return None


_configs = itertools.count()


def scenario():
    n = next(_configs)
    cfg = {"server": {f"host{n}": "localhost", "tls": {f"cert{n}": "x.pem"}}, "debug": False}
    return find_path(cfg, f"cert{n}")
