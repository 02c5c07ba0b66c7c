"""Widget base: __init__ stores the children list; render() calls the populate() hook first."""


class Widget:
    def __init__(self, name, children=[]):  # expect: HL101 confirmed
        self.name = name
        self.children = children

    def add(self, child):
        self.children.append(child)
        return self

    def populate(self):
        pass

    def render(self):
        self.populate()
        inner = ",".join(child.name for child in self.children)
        return f"{self.name}({inner})"
