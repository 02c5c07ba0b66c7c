"""Outline parser: indented text becomes a tree of compact __slots__ nodes."""
import itertools
import textwrap


class Node:
    __slots__ = ("tag", "text", "children")

    def __init__(self, tag, text="", children=[]):  # expect: HL101 refuted
        self.tag = tag
        self.text = text
        self.children = children or []

    def add(self, child):
        self.children.append(child)
        return child


def parse_outline(source):
    root = Node("root")
    stack = [(-1, root)]
    for line in textwrap.dedent(source).splitlines():
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip())
        while stack[-1][0] >= depth:
            stack.pop()
        node = stack[-1][1].add(Node("item", line.strip()))
        stack.append((depth, node))
    return root


_docs = itertools.count()


def scenario():
    n = next(_docs)
    tree = parse_outline(f"""
        Release {n}
          Fixes
            crash when saving draft #{n}
          Docs
        """)
    return len(tree.children)
