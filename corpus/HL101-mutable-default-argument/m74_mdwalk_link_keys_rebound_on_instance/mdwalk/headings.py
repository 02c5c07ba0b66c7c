from .visitor import Visitor


class HeadingCollector(Visitor):
    def __init__(self):
        super().__init__()
        self.titles = []

    def visit_heading(self, node):
        self.titles.append(node.text)
