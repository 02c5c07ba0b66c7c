"""Base widget: a name, a style and child widgets."""


class Widget:
    def __init__(self, name, *, children=[], style=None):  # expect: HL101 confirmed
        self.name = name
        self.children = children
        self.style = dict(style or {})

    def add(self, child):
        self.children.append(child)
        return child

    def render(self):
        inner = "".join(child.render() for child in self.children)
        return f"<div id={self.name!r}>{inner}</div>"
