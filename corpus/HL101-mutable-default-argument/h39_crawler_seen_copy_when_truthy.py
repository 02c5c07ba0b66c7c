"""Crawler: visit() copies a non-empty `seen` set before adding to it; the default is never empty, so the add always lands in a copy."""
import itertools


def visit(url, links, seen={"https://example.org/robots.txt"}):  # expect: HL101 refuted
    if seen:
        seen = set(seen)
    seen.add(url)
    return [link for link in links if link not in seen], seen


_pages = itertools.count()


def scenario():
    n = next(_pages)
    links = [f"https://example.org/p/{n + 1}", "https://example.org/robots.txt"]
    todo, seen = visit(f"https://example.org/p/{n}", links)
    return len(todo), len(seen)
