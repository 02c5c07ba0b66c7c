from .visitor import Visitor


class LinkCollector(Visitor):
    def __init__(self, external_only=False):
        super().__init__()
        self.external_only = external_only
        self.links = []

    def visit_link(self, node):
        if self.external_only and not node.text.startswith("http"):
            return
        self.links.append(node.text)
        self.visited.add(node.key)
