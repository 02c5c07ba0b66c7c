"""HTML renderer: every section heading gets a stable anchor id for deep links."""
from html import escape

from .base import Renderer


class HtmlRenderer(Renderer):
    def header(self, report):
        return f"<html><head><title>{escape(report.title)}</title></head><body>"

    def footer(self, report):
        return "</body></html>"

    def render_section(self, report, name, rows, anchors):
        anchor = anchors.setdefault(f"{report.slug}/{name}", f"sec-{len(anchors)}")
        cells = "".join(f"<tr><td>{escape(k)}</td><td>{v}</td></tr>" for k, v in rows)
        return f'<h2 id="{anchor}">{escape(name.title())}</h2><table>{cells}</table>'
