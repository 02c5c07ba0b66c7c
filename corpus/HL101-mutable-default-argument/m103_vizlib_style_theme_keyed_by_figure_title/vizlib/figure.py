"""A figure draws one series with the rc params of its theme."""
from . import style


class Figure:
    def __init__(self, kind, title="", accent="#1f77b4"):
        self.kind = kind
        self.title = title
        self.theme = f"{title}-theme"
        style.register(self.theme, **{"lines.color": accent})
        self.rc = style.rc_params("classic", self.theme)

    def render(self, ys):
        rc = self.rc
        head = f'<svg class="{self.kind}" style="background:{rc["axes.facecolor"]}">'
        title = f'<text font-size="{rc["font.size"]}">{self.title}</text>'
        points = " ".join(f"{x},{y}" for x, y in enumerate(ys))
        line = f'<polyline stroke="{rc["lines.color"]}" points="{points}"/>'
        return head + title + line + "</svg>"
