from .node import Node


class Page(Node):
    """A node with a title; pages created without tags start untagged."""

    def __init__(self, slug, title, tags=[]):  # expect: HL101 confirmed
        super().__init__(slug, tags=tags)
        self.title = title

    def heading(self):
        return self.title.capitalize()
