"""Bundled plugins: a sitemap entry for every page, a feed item for dated ones."""
import functools
from xml.sax.saxutils import escape


def sitemap_entry(site, page):
    site.sitemap.append(f"<url><loc>{escape(site.base_url + page['url'])}</loc></url>")


def feed_item(site, page):
    if "date" in page:
        site.feed.append((page["date"], page["title"], site.base_url + page["url"]))


def setup(site):
    site.on("page_built", functools.partial(sitemap_entry, site))
    site.on("page_built", functools.partial(feed_item, site))
