"""Application models built on the orm base."""
from orm import Model


class TimestampMixin:
    def __init__(self, *args, **kwargs):
        self.created_at = kwargs.pop("created_at", 0)
        super().__init__(*args, **kwargs)


class Author(TimestampMixin, Model, table="authors"):
    columns = ("name", "email")


class Post(TimestampMixin, Model):
    columns = ("title", "slug", "author_id")

    def __init__(self, **values):
        if values.get("title") and not values.get("slug"):
            values["slug"] = "-".join(values["title"].lower().split())
        super().__init__(**values)
