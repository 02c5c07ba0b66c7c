"""Cycle guard: a tree walker remembers id() of visited nodes in a default set; the nodes are freed after each walk, so CPython reuses their addresses."""
import itertools


# heaplint-todo: id() values of freed objects are reused by CPython; heaplint cannot tell when, so keys from id() may repeat (heaplint: unknown)
def count_nodes(node, seen=set()):  # expect: HL101 refuted
    if id(node) in seen:
        return 0
    seen.add(id(node))
    return 1 + sum(count_nodes(child, seen) for child in node.get("children", []))


_trees = itertools.count()


def scenario():
    n = next(_trees)
    tree = {"name": f"root{n}", "children": [{"name": f"leaf{n}-{i}"} for i in range(3)]}
    return count_nodes(tree)
