from .base import Model


class Author(Model):
    table = "authors"
    columns = ("name", "email")

    def __init__(self, pk, name, email):
        super().__init__(pk)
        self.set("name", name)
        self.set("email", email)


class Article(Model):
    table = "articles"
    columns = ("title", "slug", "tags")

    def __init__(self, pk, title, tags=()):
        super().__init__(pk)
        self.set("title", title)
        self.set("slug", title.lower().replace(" ", "-"))
        for tag in tags:
            self.add("tags", tag)
