"""Plugin: a fixed-width text table under an underlined title."""


class Renderer:
    def __init__(self, title):
        self.title = title

    def render(self, rows):
        lines = [self.title, "=" * len(self.title)]
        lines += [f"{name:<12}{value:>10}" for name, value in rows]
        return "\n".join(lines)
