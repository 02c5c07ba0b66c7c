from .base import Page


class ArticlePage(Page):
    title = "Article"

    def __init__(self, slug, body):
        super().__init__(slug)
        self.body = body

    def breadcrumbs(self, trail=["Home", "Articles"]):  # expect: HL101 confirmed
        trail.append(self.slug)
        return trail

    def content(self):
        return f"<p>{self.body}</p>"
