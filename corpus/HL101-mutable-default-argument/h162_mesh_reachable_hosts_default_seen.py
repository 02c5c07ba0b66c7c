"""Ops tool: finds every host reachable from a gateway in a service mesh
map. The recursive search keeps visited hosts in a `seen` set default and
passes it explicitly to the recursive calls; the top-level call leaves it
to the default, so the hosts of every mesh ever searched stay in it."""
import itertools

_ids = itertools.count()


def reachable(mesh, host, seen=set()):  # expect: HL101 confirmed
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
    return len(reachable(mesh, f"cluster{n}-node0.svc.internal") & mesh.keys())
