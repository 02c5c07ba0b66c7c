"""Source-tree walker for a linter front end: `TreeWalker` walks an in-memory
tree (dir -> entry names) depth-first and prunes vendored and cache folders.
Each pruned folder's full path is kept in `self.pruned` for the summary line;
that set is the constructor's default, shared by every walker ever built."""
import itertools
import posixpath

_checkouts = itertools.count()
PRUNE = frozenset({"node_modules", "__pycache__", ".git", "vendor"})


class TreeWalker:
    def __init__(self, tree, root, pruned=set()):  # expect: HL101 confirmed
        self.tree = tree
        self.root = root
        self.pruned = pruned

    @property
    def files(self):
        found, stack = [], [self.root]
        while stack:
            top = stack.pop()
            for name in self.tree.get(top, ()):
                path = posixpath.join(top, name)
                if name in PRUNE:
                    self.pruned.add(path)
                    continue
                (stack if path in self.tree else found).append(path)
        return sorted(found)

    def summary(self):
        files = self.files
        return "%s: %d files, %d folders pruned" % (self.root, len(files), len(self.pruned))


def scenario():
    n = next(_checkouts)
    root = "/ci/build-%d" % n
    tree = {root: ["src", ".git", "setup.py"], root + "/src": ["app.py", "__pycache__", "vendor"]}
    return TreeWalker(tree, root).summary()
