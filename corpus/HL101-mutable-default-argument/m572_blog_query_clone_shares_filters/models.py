"""Blog models; ``objects()`` starts a fresh query on the model's table."""
from orm import Query


class Article:
    table = "blog_article"

    @classmethod
    def objects(cls):
        return Query(cls.table)


class Author:
    table = "blog_author"

    @classmethod
    def objects(cls):
        return Query(cls.table)
