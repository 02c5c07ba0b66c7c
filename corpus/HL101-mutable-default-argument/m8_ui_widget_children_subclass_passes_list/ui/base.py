class Widget:
    kind = "widget"

    def __init__(self, name, children=[]):  # expect: HL101 refuted
        self.name = name
        self.children = children

    def add(self, child):
        self.children.append(child)
        return child

    def render(self):
        inner = "".join(child.render() for child in self.children)
        return f"<{self.kind} id={self.name}>{inner}</{self.kind}>"
