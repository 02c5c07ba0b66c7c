from . import words


class Page:
    def __init__(self, slug, title, body):
        self.slug = slug
        self.title = title
        self.body = body

    def url(self):
        return f"/posts/{self.slug}/"


def publish(title, body):
    """Store a page under a slug of its own."""
    slug = words.unique_slug(title)
    return Page(slug, title, body)


def preview(title, body):
    """Show the slug a page would get, without claiming it."""
    slug = words.unique_slug(title, claim=False)
    return Page(slug, title, body)
