"""Plugin: comma-separated rows under a title line."""


class Renderer:
    def __init__(self, title):
        self.title = title

    def render(self, rows):
        return "\n".join([self.title] + [",".join(map(str, row)) for row in rows])
