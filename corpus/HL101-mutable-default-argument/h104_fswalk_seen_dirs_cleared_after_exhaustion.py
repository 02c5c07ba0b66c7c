"""Walk helper over an in-memory directory tree (dict of dir -> entries, with
symlinks as "name->target" entries). The seen set guards against symlink loops
and is emptied once the walk is finished, but `find_first()` stops at the
first match, the generator is dropped mid-walk and never reaches the clear."""
import itertools

_trees = itertools.count()


def _walk(tree, top, seen):
    for entry in tree.get(top, ()):
        name, _, target = entry.partition("->")
        path = top + "/" + name
        real = target or path
        if real in seen:
            continue
        seen.add(real)
        yield path
        yield from _walk(tree, real, seen)


def walk(tree, top, seen=set()):  # expect: HL101 confirmed
    seen.add(top)
    yield from _walk(tree, top, seen)
    seen.clear()


def find_first(tree, top, suffix):
    for path in walk(tree, top):
        if path.endswith(suffix):
            return path
    return None


def scenario():
    n = next(_trees)
    root = "/mnt/vol%d" % n
    tree = {root: ["docs", "current->" + root, "src"], root + "/src": ["main.py", "util.py"], root + "/docs": ["index.md"]}
    return find_first(tree, root, ".py")
