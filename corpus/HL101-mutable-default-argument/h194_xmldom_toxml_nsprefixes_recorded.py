"""XML DOM: toprettyxml() -> Node.toxml(), which hands its `nsprefixes={}` default
to iterxml(), overridden by Element, Text and Comment. Element, the first, records
each namespace it declares in that dict, so every document's URI stays in it."""
import itertools

_docs = itertools.count()

class Node:
    def toxml(self, nsprefixes={}):  # expect: HL101 confirmed
        return "".join(self.iterxml(nsprefixes))
    def toprettyxml(self):
        return self.toxml().replace("><", ">\n<")
    def iterxml(self, nsprefixes):
        raise NotImplementedError

class Element(Node):
    def __init__(self, tag, uri, *children):
        self.tag, self.uri, self.children = tag, uri, children
    def iterxml(self, nsprefixes):
        declare = self.uri not in nsprefixes
        prefix = nsprefixes.setdefault(self.uri, f"ns{len(nsprefixes)}")
        yield f"<{prefix}:{self.tag}" + (f' xmlns:{prefix}="{self.uri}">' if declare else ">")
        for child in self.children:
            yield from child.iterxml(nsprefixes)
        yield f"</{prefix}:{self.tag}>"

class Text(Node):
    def __init__(self, data):
        self.data = data
    def iterxml(self, nsprefixes):
        yield self.data.replace("&", "&amp;").replace("<", "&lt;")

class Comment(Text):
    def iterxml(self, nsprefixes):
        yield f"<!--{self.data}-->"

def scenario():
    n = next(_docs)
    uri = f"urn:acme:invoice:{n}"
    return len(Element("invoice", uri, Comment(f"#{n}"), Element("total", uri, Text(f"{n}.50"))).toprettyxml())
