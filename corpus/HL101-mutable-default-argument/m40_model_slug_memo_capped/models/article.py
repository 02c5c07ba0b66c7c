from .base import Model


class Article(Model):
    table = "articles"
    slug_source = "headline"
    # headlines are edited often; keep only the most recent slugs memoised
    slug_cache_size = 64

    @classmethod
    def draft(cls, headline, section="news"):
        return cls(headline=headline.strip(), section=section.lower(), status="draft")
