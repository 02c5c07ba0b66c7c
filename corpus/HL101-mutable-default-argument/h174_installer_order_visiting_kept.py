"""Package installer: computes the install order for a requirement with a
depth-first walk over the dependency index. Packages being visited are kept
in a `visiting` set default that is passed down every recursive call; names
are added on the way down but never removed, so every resolve leaves all of
its package names in the default set."""
import itertools

_runs = itertools.count()


def install_order(pkg, index, visiting=set()):  # expect: HL101 confirmed
    if pkg in visiting:
        return []
    visiting.add(pkg)
    order = []
    for dep in index.get(pkg, ()):
        order += [d for d in install_order(dep, index, visiting) if d not in order]
    return order + [pkg]


def scenario():
    n = next(_runs)
    app, web, orm, util = (f"{name}-{n}.0.1" for name in ("shopapp", "webkit", "orm", "textutil"))
    index = {app: [web, orm], web: [util], orm: [util, "sqlite3"]}
    return install_order(app, index)
