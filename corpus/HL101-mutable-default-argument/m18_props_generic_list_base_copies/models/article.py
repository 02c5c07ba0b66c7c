"""Article model assembled from typed properties."""
from props import List, Property


class Article:
    def __init__(self, title, first_tag):
        self.title = Property(default=title)
        self.tags = List(first_tag)

    def to_dict(self):
        return {"title": self.title.get(), "tags": self.tags.values()}
