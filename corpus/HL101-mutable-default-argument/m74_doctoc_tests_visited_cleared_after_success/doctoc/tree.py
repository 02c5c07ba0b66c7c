"""tree: one node per heading, nested by level ('#', '##', ...)."""


class Node:
    __slots__ = ("kind", "key", "level", "text", "children")

    def __init__(self, kind, key, level, text, children):
        self.kind, self.key, self.level, self.text = kind, key, level, text
        self.children = children


def parse(name, source):
    root = Node("document", name, 0, name, [])
    stack = [root]
    for i, line in enumerate(source.splitlines()):
        marks, _, text = line.partition(" ")
        if not marks or marks.strip("#"):
            continue  # body text: not part of the outline
        node = Node("heading", f"{name}:{i}", len(marks), text.strip(), [])
        while stack[-1].level >= node.level:
            stack.pop()
        stack[-1].children.append(node)
        stack.append(node)
    return root
