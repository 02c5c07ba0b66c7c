from textutil import slugify


class Article:
    make_slug = staticmethod(slugify)

    def __init__(self, title, body, author=None):
        self.title = " ".join(title.split())
        self.body = body
        self.author = author or "anonymous"
        try:
            self.slug = self.make_slug(self.title)
        except ValueError:
            self.slug = f"post-{abs(hash(self.body)) % 100000}"

    @property
    def url(self):
        return f"/posts/{self.slug}/"

    def summary(self, words=12):
        head = self.body.split()[:words]
        return " ".join(head) + (" ..." if len(head) == words else "")
