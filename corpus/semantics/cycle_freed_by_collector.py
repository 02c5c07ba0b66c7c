"""A reference cycle outlives reference counting but the cyclic collector frees it.

A tree node whose child points back to it survives refcounting once dropped;
gc.collect() reclaims the pair, so per-call cycles are no lasting growth.
"""
# retains: no
# survives-refcount: yes
# survives-gc: no


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def probe():
    root = Node("root")
    Node("leaf", root)
    return root


def scenario():
    root = Node("request")
    Node("response", root)
