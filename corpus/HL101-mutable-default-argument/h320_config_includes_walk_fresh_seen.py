"""Config loader: collect_includes() walks a tree of config files (each may
include others) depth-first and returns them in load order, skipping files
already loaded; load_site() starts each walk with its own set."""
import itertools

_sites = itertools.count()


# heaplint-todo: every call in this file passes `seen` (the top-level one a fresh set); outside callers of this module-level function may not, and it grows when they leave it to its default (latent: unknown, not refuted) (heaplint: unknown)
def collect_includes(node, seen=set()):  # expect: HL101 refuted
    if node["name"] in seen:
        return []
    seen.add(node["name"])
    order = [node["name"]]
    for child in node.get("includes", ()):
        order.extend(collect_includes(child, seen))
    return order


def load_site(site):
    common = {"name": f"{site}/common.conf"}
    database = {"name": f"{site}/db.conf", "includes": [common]}
    root = {"name": f"{site}/site.conf", "includes": [common, database]}
    return collect_includes(root, set())


def scenario():
    return load_site(f"site{next(_sites)}")
