"""Base widget: a name, a style mapping and the child widgets."""


class Widget:
    def __init__(self, name, children=[], style=None):  # expect: HL101 refuted
        self.name = name
        self.children = children
        self.style = dict(style or {})

    def child_names(self):
        return [child.name for child in self.children]
