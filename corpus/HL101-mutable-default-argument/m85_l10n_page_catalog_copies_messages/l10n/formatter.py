"""Formatter: renders one page's strings in the request's locale."""
from .catalog import Catalog

__all__ = ["PageCatalog", "render_page"]


class PageCatalog(Catalog):
    """The catalog a page is rendered with: locale messages plus the page's own strings."""

    def __init__(self, locale, page):
        super().__init__(locale)
        self.slug = page["slug"]
        self.merge({f"{self.slug}.{key}": text for key, text in page["strings"].items()})

    def page_text(self, key):
        return self.get(f"{self.slug}.{key}")


def render_page(locale, page):
    catalog = PageCatalog(locale, page)
    return (
        f"<h1>{catalog.page_text('title')}</h1><p>{catalog.page_text('lead')}</p>"
        f"<nav>{catalog.get('nav.home')}</nav><footer>{catalog.get('footer')}</footer>"
    )
