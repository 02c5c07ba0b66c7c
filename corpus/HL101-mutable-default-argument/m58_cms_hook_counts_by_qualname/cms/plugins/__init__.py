from .seo import MetaTags, Emphasis

__all__ = ["Emphasis", "MetaTags"]
