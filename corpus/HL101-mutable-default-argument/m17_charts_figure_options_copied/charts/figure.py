"""Figure: a chart kind plus its drawing options."""


class Figure:
    def __init__(self, kind, width=640, height=320, options={}):  # expect: HL101 refuted
        self.kind = kind
        self.width = width
        self.height = height
        self.options = options

    def to_svg(self, options=None):
        options = self.options if options is None else options
        lines = [f'<svg class="{self.kind}" width="{self.width}" height="{self.height}">']
        for key, points in sorted(options.items()):
            if key.startswith("series:"):
                coords = " ".join(f"{x},{y}" for x, y in enumerate(points))
                lines.append(f'<polyline data-name="{key[7:]}" points="{coords}"/>')
        lines.append("</svg>")
        return "\n".join(lines)
