"""Node base class: toxml() serialises the tree, each node kind implements writexml()."""
import io
from xml.sax.saxutils import escape


class Node:
    def toxml(self, prefixes={}):  # expect: HL101 confirmed
        out = io.StringIO()
        self.writexml(out, prefixes)
        return out.getvalue()

    def pretty(self):
        return self.toxml().replace("><", ">\n<")

    def writexml(self, out, prefixes):
        raise NotImplementedError(type(self).__name__)


class Text(Node):
    def __init__(self, data):
        self.data = data

    def writexml(self, out, prefixes):
        out.write(escape(self.data))


class CData(Text):
    def writexml(self, out, prefixes):
        out.write(f"<![CDATA[{self.data}]]>")
