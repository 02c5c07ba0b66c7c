"""Element and Comment nodes; elements map their namespace URI to a prefix."""
from xml.sax.saxutils import quoteattr

from .node import Node


class Element(Node):
    def __init__(self, tag, ns=None, children=(), **attrs):
        self.tag, self.ns = tag, ns
        self.children = list(children)
        self.attrs = attrs

    def writexml(self, out, prefixes):
        name, attrs = self.tag, dict(self.attrs)
        if self.ns:
            prefix = prefixes.setdefault(self.ns, f"ns{len(prefixes)}")
            name = f"{prefix}:{self.tag}"
            attrs[f"xmlns:{prefix}"] = self.ns
        out.write("<" + name + "".join(f" {k}={quoteattr(str(v))}" for k, v in attrs.items()) + ">")
        for child in self.children:
            child.writexml(out, prefixes)
        out.write(f"</{name}>")


class Comment(Node):
    def __init__(self, data):
        self.data = data.replace("--", "- -")

    def writexml(self, out, prefixes):
        out.write(f"<!--{self.data}-->")
