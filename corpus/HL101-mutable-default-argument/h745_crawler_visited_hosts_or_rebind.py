"""Link crawler: reduces the links found on a fetched page to the hosts that
have not been visited yet. The visited set is the default argument; the new
hosts are merged with `visited = visited | fresh`, which builds a new set for
this call only, so the default set stays empty."""
import itertools

_pages = itertools.count()


def _host(link):
    return link.split("/")[2].lower()


def new_hosts(links, visited=set()):  # expect: HL101 refuted
    hosts = {_host(link) for link in links if "://" in link}
    fresh = hosts - visited
    visited = visited | fresh
    return sorted(fresh)


def scenario():
    n = next(_pages)
    links = [f"https://shop{n}.example.com/cart", f"https://cdn{n}.example.net/app.js",
             "https://example.org/about", "mailto:team@example.org"]
    return new_hosts(links)
