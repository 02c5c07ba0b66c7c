from .page import Page


class Article(Page):
    """A page with an author; authors are also exposed as tags for the tag cloud."""

    def __init__(self, slug, title, author):
        super().__init__(slug, title)
        self.author = author

    def add_tag(self, tag):
        if not self.tagged(tag):
            self.tags.append(tag)

    def byline(self):
        return f"{self.heading()} by {self.author} <{self.url()}>"
