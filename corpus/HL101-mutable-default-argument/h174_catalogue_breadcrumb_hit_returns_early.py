"""Shop catalogue: finds the breadcrumb path to a category in the nested
category tree (dicts of dicts). The search pushes each key on a shared `path`
list default and pops after searching below it, but the level that finds the
target returns before its pop, so one entry is left on the default list (the
enclosing levels' pops are then off by one) after every lookup."""
import itertools

_lookups = itertools.count()


def find_path(tree, target, path=[]):  # expect: HL101 confirmed
    for key, sub in tree.items():
        path.append(key)
        if key == target:
            return list(path)
        hit = find_path(sub, target, path)
        path.pop()
        if hit:
            return hit
    return None


def scenario():
    n = next(_lookups)
    tree = {
        f"Home and garden catalogue {n}": {"Furniture": {"Chairs": {}, "Tables": {}}},
        f"Outdoor and camping catalogue {n}": {"Tents": {f"Family tents season {n}": {}}, "Stoves": {}},
    }
    return " > ".join(find_path(tree, f"Family tents season {n}") or ())
