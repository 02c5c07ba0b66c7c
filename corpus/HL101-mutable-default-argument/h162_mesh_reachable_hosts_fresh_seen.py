"""Ops tool: finds every host reachable from a gateway in a service mesh
map. The recursive search keeps visited hosts in a `seen` set and passes it
explicitly to the recursive calls; the caller also passes a fresh set() at
the top, so the set default is never used and never grows."""
import itertools

_ids = itertools.count()


# heaplint-todo: Default set of `reachable` grows if called without `seen`; no call in this file does (heaplint: unknown)
def reachable(mesh, host, seen=set()):  # expect: HL101 refuted
    seen.add(host)
    for peer in mesh.get(host, ()):
        if peer not in seen:
            reachable(mesh, peer, seen)
    return seen


def mesh_for(cluster):
    hosts = [f"{cluster}-node{i}.svc.internal" for i in range(6)]
    return {h: [hosts[(i + 1) % 6], hosts[(i + 3) % 6]] for i, h in enumerate(hosts)}


def scenario():
    n = next(_ids)
    mesh = mesh_for(f"cluster{n}")
    return len(reachable(mesh, f"cluster{n}-node0.svc.internal", set()) & mesh.keys())
