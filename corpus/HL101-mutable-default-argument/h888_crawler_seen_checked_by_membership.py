"""Crawler link filter: when the options hold a "seen" set, links already
visited are skipped and new ones are added to it. The shared defaults start
with an empty set."""
import itertools

_pages = itertools.count()


def should_visit(url, opts={"seen": set(), "max_depth": 3}):  # expect: HL101 confirmed
    if url.count("/") - 2 > opts.get("max_depth", 3):
        return False
    if "seen" in opts:
        if url in opts["seen"]:
            return False
        opts["seen"].add(url)
    return True


def scenario():
    n = next(_pages)
    return should_visit(f"https://docs.example.org/guide/page-{n}.html#section-intro")
