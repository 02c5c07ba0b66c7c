"""Shop catalogue: finds the breadcrumb path to a category in the nested
category tree (dicts of dicts). The search pushes each key on a shared `path`
list default; a hit copies the path, and every level pops its key before
returning the hit, so the default list is empty again after every lookup."""
import itertools

_lookups = itertools.count()


def find_path(tree, target, path=[]):  # expect: HL101 refuted
    for key, sub in tree.items():
        path.append(key)
        hit = list(path) if key == target else find_path(sub, target, path)
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
