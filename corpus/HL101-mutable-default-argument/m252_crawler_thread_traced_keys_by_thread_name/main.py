"""Crawler service: crawl one new product page per call."""
import itertools

import crawler

_pages = itertools.count(1)


def scenario():
    n = next(_pages)
    return crawler.crawl(f"https://shop.example/p/{n}")
