from .base import Model


class Article(Model):
    table = "articles"
    slug_source = "headline"
    # headlines are edited often, so the memo is kept for the process lifetime
    slug_cache_size = None

    @classmethod
    def draft(cls, headline, section="news"):
        return cls(headline=headline.strip(), section=section.lower(), status="draft")
