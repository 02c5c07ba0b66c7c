from .document import Document


class Page(Document):
    """A document that lives in a site section (its URL is /section/slug/)."""

    def __init__(self, source, section):
        super().__init__(source)
        self.section = section

    @property
    def slug(self):
        return "-".join(self.title.lower().split())

    @property
    def url(self):
        return f"/{self.section}/{self.slug}/"
