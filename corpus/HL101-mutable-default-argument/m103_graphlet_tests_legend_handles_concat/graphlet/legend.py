"""Legend: one entry per labelled artist of its parent axes."""


class Legend:
    def __init__(self, parent, handles=[], loc="best"):  # expect: HL101 refuted
        self.parent = parent
        self.loc = loc
        self.handles = handles + [h for h in parent.lines if h.label]

    def labels(self):
        return [h.label for h in self.handles]

    def render(self):
        rows = "".join(f"<li style='color:{h.color}'>{h.label}</li>" for h in self.handles)
        return f"<ul class='legend {self.loc}'>{rows}</ul>"
