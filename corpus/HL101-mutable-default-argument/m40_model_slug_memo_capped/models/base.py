from textutil import slugify


class Model:
    """Minimal active-record base: subclasses pick the slug source field."""

    slug_source = "title"
    slug_func = staticmethod(slugify)
    slug_cache_size = 256
    table = None

    def __init__(self, **fields):
        self.slug = fields.pop("slug", None)
        for name, value in fields.items():
            setattr(self, name, value)

    def save(self):
        if not self.slug:
            source = getattr(self, self.slug_source, "")
            self.slug = self.slug_func(source, max_entries=self.slug_cache_size)
        columns = sorted(k for k in vars(self) if not k.startswith("_"))
        return self.table, tuple((c, getattr(self, c)) for c in columns)
