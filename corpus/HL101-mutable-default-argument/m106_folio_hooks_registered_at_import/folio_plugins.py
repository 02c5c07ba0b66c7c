"""Bundled plugins: a sitemap entry for every page, a feed item for dated ones."""
from xml.sax.saxutils import escape

from folio import bus


def sitemap_entry(site, page):
    site.sitemap.append(f"<url><loc>{escape(site.base_url + page['url'])}</loc></url>")


def feed_item(site, page):
    if "date" in page:
        site.feed.append((page["date"], page["title"], site.base_url + page["url"]))


def setup(site):
    site.generator = "folio-plugins 1.2"


bus.on("page_built", sitemap_entry)
bus.on("page_built", feed_item)
