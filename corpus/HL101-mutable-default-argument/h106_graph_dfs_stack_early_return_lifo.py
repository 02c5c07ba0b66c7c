"""Network tooling: can one host reach another? A depth-first search keeps
its pending nodes on a list default used as a stack. It returns as soon as
it pops the target, leaving the unexplored siblings on the stack; the next
search pushes its own source on top and pops from the top (LIFO), finds its
target before reaching the old entries, and leaves its own on top of them."""
import itertools

_ids = itertools.count()


def reachable(adjacency, source, target, stack=[]):  # expect: HL101 confirmed
    seen = {source}
    stack.append(source)
    while stack:
        node = stack.pop()
        if node == target:
            return True
        for nxt in adjacency.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


def topology(site):
    core, edge = f"{site}-core", f"{site}-edge"
    racks = [f"{site}-rack{i}" for i in range(4)]
    adjacency = {core: [edge] + racks, edge: [core]}
    adjacency.update({rack: [core] + [f"{rack}-host{j}" for j in range(3)] for rack in racks})
    return adjacency, edge, f"{racks[3]}-host2"


def scenario():
    adjacency, gateway, host = topology(f"dc{next(_ids)}")
    return "%s -> %s: %s" % (gateway, host, reachable(adjacency, gateway, host))
