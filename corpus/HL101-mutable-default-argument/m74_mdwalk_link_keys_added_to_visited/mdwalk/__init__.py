"""mdwalk: parse markdown-ish pages into node trees and walk them with visitors."""


class Node:
    __slots__ = ("kind", "key", "text", "children")

    def __init__(self, kind, key, text="", children=()):
        self.kind = kind
        self.key = key
        self.text = text
        self.children = children


def parse(name, source):
    """One node per line: '# title' is a heading, '[label](url)' a link, the rest paragraphs."""
    children = []
    for i, line in enumerate(source.splitlines()):
        if line.startswith("# "):
            kind, text = "heading", line[2:]
        elif line.startswith("[") and line.endswith(")") and "](" in line:
            kind, text = "link", line[line.index("](") + 2:-1]
        else:
            kind, text = "para", line
        children.append(Node(kind, f"{name}:{i}", text))
    return Node("document", name, name, tuple(children))
