"""JSON export of a category tree: the `default` hook turns Node objects into dicts.

The hook guards against reference cycles with a `_seen` set default but only ever adds uids,
never discarding them after the node is encoded, so the shared set keeps every uid of every
exported tree and grows per call.
"""
import itertools
import json

_ids = itertools.count()


class Node:
    __slots__ = ("uid", "label", "children")

    def __init__(self, uid, label, children=()):
        self.uid = uid
        self.label = label
        self.children = list(children)


def encode_node(obj, _seen=set()):  # expect: HL101 confirmed
    if not isinstance(obj, Node):
        raise TypeError("%s is not JSON serialisable" % type(obj).__name__)
    if obj.uid in _seen:
        raise ValueError("cycle through node %s" % obj.uid)
    _seen.add(obj.uid)
    return {
        "id": obj.uid,
        "label": obj.label,
        "children": [encode_node(child) for child in obj.children],
    }


def export_tree(root):
    return json.dumps(root, default=encode_node, sort_keys=True)


def scenario():
    n = next(_ids)
    leaves = [Node("cat-%d-%d" % (n, i), "Leaf %d" % i) for i in range(3)]
    root = Node("cat-%d" % n, "Catalogue %d" % n, [Node("cat-%d-mid" % n, "Mid", leaves)])
    return export_tree(root)
