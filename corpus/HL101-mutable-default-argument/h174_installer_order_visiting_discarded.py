"""Package installer: computes the install order for a requirement with a
depth-first walk over the dependency index. Packages on the current path are
kept in a `visiting` set default (to cut cycles) that is passed down every
recursive call; each frame discards its package before returning, so the
default set is empty again when the top-level call returns."""
import itertools

_runs = itertools.count()


def install_order(pkg, index, visiting=set()):  # expect: HL101 refuted
    if pkg in visiting:
        return []
    visiting.add(pkg)
    order = []
    for dep in index.get(pkg, ()):
        order += [d for d in install_order(dep, index, visiting) if d not in order]
    visiting.discard(pkg)
    return order + [pkg]


def scenario():
    n = next(_runs)
    app, web, orm, util = (f"{name}-{n}.0.1" for name in ("shopapp", "webkit", "orm", "textutil"))
    index = {app: [web, orm], web: [util], orm: [util, "sqlite3"]}
    return install_order(app, index)
