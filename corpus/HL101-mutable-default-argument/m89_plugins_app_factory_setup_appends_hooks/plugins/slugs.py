"""Fills in a URL slug from the page title."""
import re


def add_slug(page):
    slug = re.sub(r"[^a-z0-9]+", "-", page["title"].lower()).strip("-")
    return {**page, "slug": slug}


def setup(host):
    host.hooks().append(host.Hook("pre_save", add_slug))
