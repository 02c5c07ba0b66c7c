"""Network tooling: hop count between two hosts by breadth-first search,
with the frontier in a deque default reused between calls. The search
returns as soon as it dequeues the target, leaving the rest of the frontier
on the deque; the next search appends its source behind those leftovers
and pops them first (FIFO), so only the latest search's tail is ever kept."""
import collections
import itertools

_ids = itertools.count()


def hops(adjacency, source, target, queue=collections.deque()):  # expect: HL101 refuted
    seen = {source}
    queue.append((source, 0))
    while queue:
        node, dist = queue.popleft()
        if node == target:
            return dist
        for nxt in adjacency.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, dist + 1))
    return None


def topology(site):
    core, edge = f"{site}-core", f"{site}-edge"
    racks = [f"{site}-rack{i}" for i in range(4)]
    adjacency = {core: [edge] + racks, edge: [core]}
    adjacency.update({rack: [core] + [f"{rack}-host{j}" for j in range(3)] for rack in racks})
    return adjacency, edge, f"{racks[1]}-host2"


def scenario():
    adjacency, gateway, host = topology(f"dc{next(_ids)}")
    return "%s -> %s: %s hops" % (gateway, host, hops(adjacency, gateway, host))
