"""HTML output: headings get anchors, collected for the table of contents."""
from ..base import Renderer
from ..slugs import slugify


class HtmlRenderer(Renderer):
    def render(self, title, body):
        anchor = self.option("anchor_prefix", "") + slugify(title)
        self.options.setdefault("anchors", []).append(anchor)
        toc = "".join(f'<a href="#{a}">{a}</a>' for a in self.options["anchors"][-3:])
        return f'<nav>{toc}</nav><h1 id="{anchor}">{title}</h1><p>{body}</p>'
