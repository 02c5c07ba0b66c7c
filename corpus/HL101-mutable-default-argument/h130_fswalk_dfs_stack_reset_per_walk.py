"""Config discovery for a CLI: `iter_matches()` walks an in-memory tree
(dir -> entry names) depth-first as a generator, keeping the directories
still to visit on a default list used as a stack. `find_config()` breaks out
at the first match, abandoning the generator with directories still stacked,
but each walk starts by resetting the stack to just its own root."""
import itertools

_workspaces = itertools.count()
CONFIG_NAMES = ("pyproject.toml", "setup.cfg", "tox.ini")


def iter_matches(tree, top, names, pending=[]):  # expect: HL101 refuted
    pending[:] = [top]
    while pending:
        current = pending.pop()
        for name in sorted(tree.get(current, ()), key=str.lower):
            path = current + "/" + name
            if path in tree:
                pending.append(path)
            elif name in names:
                yield path


def find_config(tree, top):
    found = None
    for path in iter_matches(tree, top, CONFIG_NAMES):
        if path.endswith(".ini"):
            continue
        found = path
        break
    return found


def scenario():
    top = "/home/dev/ws%d" % next(_workspaces)
    tree = {top: ["docs", "pkg", "setup.cfg", "tox.ini"], top + "/docs": ["conf.py"], top + "/pkg": ["pyproject.toml"]}
    return find_config(tree, top)
