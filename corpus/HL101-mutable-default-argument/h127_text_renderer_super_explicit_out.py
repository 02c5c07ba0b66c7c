"""Text rendering: `TextRenderer.render` formats each node of a document into
an output list default and joins the lines it added; `HtmlRenderer` wraps the
result in a container and forwards its keyword arguments through super(),
first giving them a fresh `out` list of its own, so the base class default
is never the list that gets the lines."""
import html
import itertools

_ids = itertools.count()


class TextRenderer:
    def __init__(self, nodes):
        self.nodes = nodes

    def format(self, node):
        return node

    def render(self, out=[]):  # expect: HL101 refuted
        start = len(out)
        for node in self.nodes:
            out.append(self.format(node))
        return "\n".join(out[start:])


class HtmlRenderer(TextRenderer):
    def format(self, node):
        return f"<p>{html.escape(node)}</p>"

    def render(self, **kwargs):
        kwargs.setdefault("out", [])
        return '<div class="doc">\n' + super().render(**kwargs) + "\n</div>"


def scenario():
    n = next(_ids)
    return HtmlRenderer([f"Chapter {n}", f"Tom & Jerry #{n}"]).render()
