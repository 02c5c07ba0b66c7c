"""Crawler: each link's host (from urllib.parse.urlsplit) is added to a default set of hosts seen so far."""
import itertools
from urllib.parse import urlsplit


def note_host(url, hosts=set()):  # expect: HL101 confirmed
    netloc = urlsplit(url).netloc.lower()
    new = netloc not in hosts
    hosts.add(netloc)
    return new


def crawl(page_links):
    return sum(1 for url in page_links if note_host(url))


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return crawl([f"https://shop{n}.example.com/item/{n}", "https://cdn.example.com/app.js"])
