"""Plain-text renderer for e-mail bodies; it has no use for anchors."""
from .base import Renderer


class TextRenderer(Renderer):
    width = 32

    def header(self, report):
        return report.title.upper() + "\n" + "=" * len(report.title) + "\n"

    def render_section(self, report, name, rows, anchors):
        body = "".join(f"{k:<{self.width - 10}}{v:>10}\n" for k, v in rows)
        return f"\n{name.title()}\n{body}"
