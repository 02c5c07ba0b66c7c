"""Config lookup: `find_key` searches a nested settings tree depth-first
and returns the dotted path of the first matching key. The current path
is kept in a list default; the branch that finds the key returns without
popping it, and since every lookup finds its key, each call leaves one
entry behind in the shared list."""
import itertools

_services = itertools.count()


def find_key(tree, target, path=[]):  # expect: HL101 confirmed
    for key, value in tree.items():
        path.append(key)
        if key == target:
            return ".".join(path)
        if isinstance(value, dict):
            hit = find_key(value, target)
            if hit:
                path.pop()
                return hit
        path.pop()
    return None


def scenario():
    n = next(_services)
    tree = {"logging": {"level": "info"}, f"billing{n}": {"timeout": n % 30, "retries": 3}}
    return find_key(tree, "timeout")
