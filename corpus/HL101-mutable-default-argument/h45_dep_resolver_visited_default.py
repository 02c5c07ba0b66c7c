"""Resolve the install order of a freshly parsed package manifest by a
depth-first walk that threads a ``visited`` set through the recursion to skip
diamond dependencies. ``resolve()`` starts the walk with the default set, so
the package names of every manifest stay in it and the set grows per call."""
import itertools

_builds = itertools.count()


class Package:
    def __init__(self, name):
        self.name = name
        self.requires = []

    def __repr__(self):
        return "Package(%r)" % self.name


def parse_manifest(text):
    """Parse ``name: dep dep`` lines; the first line is the root package."""
    packages = {}
    root = None
    for line in text.splitlines():
        name, _, rest = line.partition(":")
        name = name.strip()
        pkg = packages.setdefault(name, Package(name))
        root = root or pkg
        for dep in rest.split():
            pkg.requires.append(packages.setdefault(dep, Package(dep)))
    return root


# heaplint-todo: growth depends on tests of dependency names the model cannot evaluate (heaplint: unknown)
def _walk(pkg, order, visited=set()):  # expect: HL101 confirmed
    if pkg.name in visited:
        return
    visited.add(pkg.name)
    for dep in pkg.requires:
        _walk(dep, order, visited)
    order.append(pkg.name)


def resolve(root):
    order = []
    _walk(root, order)
    return order


def scenario():
    n = next(_builds)
    manifest = (
        "app-%d: web-%d db-%d\n"
        "web-%d: util-%d\n"
        "db-%d: util-%d\n"
        "util-%d:" % ((n,) * 8)
    )
    return resolve(parse_manifest(manifest))
